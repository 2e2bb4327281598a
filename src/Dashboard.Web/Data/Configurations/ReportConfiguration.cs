using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.Property(report => report.DeviceSerial).HasMaxLength(64);
        builder.Property(report => report.BatchId).HasMaxLength(64);
        builder.Property(report => report.Station).HasMaxLength(64);
        builder.Property(report => report.ContentHash).HasMaxLength(64);
        builder.Property(report => report.SourceName).HasMaxLength(260);
        builder.Property(report => report.Encoding).HasMaxLength(32);
        builder.Property(report => report.Language).HasMaxLength(16);
        builder.Property(report => report.Edition).HasMaxLength(200);
        builder.Property(report => report.Channel).HasMaxLength(64);
        builder.Property(report => report.PartialProductKey).HasMaxLength(5);
        builder.Property(report => report.ErrorCodes).HasMaxLength(400);
        builder.Property(report => report.StateReason).HasMaxLength(500);
        builder.Property(report => report.StateAction).HasMaxLength(500);
        builder.Property(report => report.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(report => report.LicenseStatus).HasConversion<string>().HasMaxLength(32);

        // A station that retries sends the same text again: one device never stores it twice.
        builder.HasIndex(report => new { report.DeviceSerial, report.ContentHash }).IsUnique();
        builder.HasIndex(report => new { report.DeviceSerial, report.CapturedAt });
        builder.HasIndex(report => report.BatchId);

        builder.HasOne<Device>().WithMany().HasForeignKey(report => report.DeviceSerial);
    }
}
