using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(entry => entry.Actor).HasMaxLength(256);
        builder.Property(entry => entry.Action).HasMaxLength(64);
        builder.Property(entry => entry.Target).HasMaxLength(256);
        builder.Property(entry => entry.Details).HasMaxLength(4000);

        // Read newest first, and filtered by what was changed.
        builder.HasIndex(entry => entry.At);
        builder.HasIndex(entry => new { entry.Action, entry.At });
    }
}
