using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class EpkeaKeyConfiguration : IEntityTypeConfiguration<EpkeaKey>
{
    public void Configure(EntityTypeBuilder<EpkeaKey> builder)
    {
        builder.Property(key => key.Label).HasMaxLength(200);
        builder.Property(key => key.PartialProductKey).HasMaxLength(5);
        builder.Property(key => key.Notes).HasMaxLength(4000);
        builder.HasIndex(key => key.PartialProductKey).IsUnique();
    }
}
