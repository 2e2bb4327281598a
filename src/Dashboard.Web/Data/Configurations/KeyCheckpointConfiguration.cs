using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class KeyCheckpointConfiguration : IEntityTypeConfiguration<KeyCheckpoint>
{
    public void Configure(EntityTypeBuilder<KeyCheckpoint> builder)
    {
        builder.Property(checkpoint => checkpoint.EnteredBy).HasMaxLength(100);
        builder.Property(checkpoint => checkpoint.Source).HasConversion<string>().HasMaxLength(16);

        // Two readings of the same key at the same moment cannot both be true.
        builder.HasIndex(checkpoint => new { checkpoint.KeyId, checkpoint.AsOf }).IsUnique();

        builder.HasOne<EpkeaKey>().WithMany().HasForeignKey(checkpoint => checkpoint.KeyId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
