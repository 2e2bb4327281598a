using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PhoneCaseConfiguration : IEntityTypeConfiguration<PhoneCase>
{
    public void Configure(EntityTypeBuilder<PhoneCase> builder)
    {
        builder.Property(c => c.DeviceSerial).HasMaxLength(64);
        builder.Property(c => c.BatchId).HasMaxLength(64);
        builder.Property(c => c.Station).HasMaxLength(64);
        builder.Property(c => c.InstallationId).HasMaxLength(80);
        builder.Property(c => c.LatestInstallationId).HasMaxLength(80);
        builder.Property(c => c.ConfirmationForInstallationId).HasMaxLength(80);
        builder.Property(c => c.ActivationId).HasMaxLength(64);
        builder.Property(c => c.PartialProductKey).HasMaxLength(5);
        builder.Property(c => c.Edition).HasMaxLength(200);
        builder.Property(c => c.ClaimedBy).HasMaxLength(100);
        builder.Property(c => c.ConfirmationId).HasMaxLength(48);
        builder.Ignore(c => c.CurrentInstallationId);

        // The queue lists open cases oldest first; ingestion looks up a device's open case.
        builder.HasIndex(c => new { c.ClosedAt, c.OpenedAt });
        builder.HasIndex(c => new { c.DeviceSerial, c.ClosedAt });

        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId);
        builder.HasOne<Device>().WithMany().HasForeignKey(c => c.DeviceSerial);
    }
}
