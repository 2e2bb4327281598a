using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class SpotCheckItemConfiguration : IEntityTypeConfiguration<SpotCheckItem>
{
    public void Configure(EntityTypeBuilder<SpotCheckItem> builder)
    {
        builder.Property(i => i.DeviceSerial).HasMaxLength(64);
        builder.Property(i => i.Station).HasMaxLength(64);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Ticks).HasMaxLength(1000);
        builder.Property(i => i.Note).HasMaxLength(2000);
        builder.Property(i => i.CheckedBy).HasMaxLength(100);
        builder.Property(i => i.PhotoFileName).HasMaxLength(100);
        builder.Property(i => i.Discrepancy).HasMaxLength(2000);

        builder.HasIndex(i => new { i.SpotCheckId, i.DeviceSerial }).IsUnique();
        builder.HasOne<Device>().WithMany().HasForeignKey(i => i.DeviceSerial);
    }
}
