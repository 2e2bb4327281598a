using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> builder)
    {
        builder.Property(c => c.BatchId).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.Property(c => c.Aql).HasPrecision(6, 3);
        builder.Property(c => c.InspectionLevel).HasConversion<string>().HasMaxLength(3);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.WaivedBy).HasMaxLength(100);
        builder.Property(c => c.WaiverReason).HasMaxLength(2000);

        // Readiness reads a batch's newest spot check.
        builder.HasIndex(c => new { c.BatchId, c.CreatedAt });
        builder.HasOne<Batch>().WithMany().HasForeignKey(c => c.BatchId);
        builder.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.SpotCheckId);
    }
}
