using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class KeyActivationConfiguration : IEntityTypeConfiguration<KeyActivation>
{
    public void Configure(EntityTypeBuilder<KeyActivation> builder)
    {
        builder.Property(activation => activation.DeviceSerial).HasMaxLength(64);
        builder.Property(activation => activation.BatchId).HasMaxLength(64);
        builder.Property(activation => activation.Station).HasMaxLength(64);
        builder.Property(activation => activation.PartialProductKey).HasMaxLength(5);

        // Consumption is summed per key and day, per batch, and per station (line).
        builder.HasIndex(activation => new { activation.PartialProductKey, activation.ActivatedAt });
        builder.HasIndex(activation => new { activation.BatchId, activation.ActivatedAt });
        builder.HasIndex(activation => activation.DeviceSerial);
        builder.HasIndex(activation => activation.ReportId).IsUnique();

        builder.HasOne<Device>().WithMany().HasForeignKey(activation => activation.DeviceSerial);
    }
}
