using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.Property(batch => batch.Id).HasMaxLength(64);
        builder.Property(batch => batch.Name).HasMaxLength(200);
        builder.Property(batch => batch.Notes).HasMaxLength(4000);
        builder.HasIndex(batch => batch.LastReportAt);
        builder.HasOne<EpkeaKey>()
            .WithMany()
            .HasForeignKey(batch => batch.ExpectedKeyId)
            .OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(batch => batch.StateCounts)
            .WithOne()
            .HasForeignKey(count => count.BatchId);
    }
}
