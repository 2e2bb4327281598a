using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.HasKey(device => device.Serial);
        builder.Property(device => device.Serial).HasMaxLength(64);
        builder.Property(device => device.BatchId).HasMaxLength(64);
        builder.Property(device => device.Station).HasMaxLength(64);
        builder.Property(device => device.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(device => device.LicenseStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(device => device.StateReason).HasMaxLength(500);
        builder.Property(device => device.StateAction).HasMaxLength(500);
        builder.Property(device => device.Edition).HasMaxLength(200);
        builder.Property(device => device.Channel).HasMaxLength(64);
        builder.Property(device => device.PartialProductKey).HasMaxLength(5);

        // The batch grid pages by key within a batch, filtered or sorted by these columns.
        builder.HasIndex(device => new { device.BatchId, device.Serial });
        builder.HasIndex(device => new { device.BatchId, device.State, device.Serial });
        builder.HasIndex(device => new { device.BatchId, device.LastCapturedAt });

        builder.HasOne<Batch>().WithMany().HasForeignKey(device => device.BatchId);
    }
}
