using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class MachineCredentialConfiguration : IEntityTypeConfiguration<MachineCredential>
{
    public void Configure(EntityTypeBuilder<MachineCredential> builder)
    {
        builder.Property(credential => credential.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(credential => credential.Name).HasMaxLength(100);
        builder.Property(credential => credential.SecretHash).HasMaxLength(64);
        builder.Property(credential => credential.Hint).HasMaxLength(8);
        builder.Property(credential => credential.CreatedBy).HasMaxLength(256);
        builder.Property(credential => credential.RevokedBy).HasMaxLength(256);

        // Every request a machine sends is looked up by the hash of its secret.
        builder.HasIndex(credential => credential.SecretHash).IsUnique();
    }
}
