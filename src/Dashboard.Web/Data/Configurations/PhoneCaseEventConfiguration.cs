using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class PhoneCaseEventConfiguration : IEntityTypeConfiguration<PhoneCaseEvent>
{
    public void Configure(EntityTypeBuilder<PhoneCaseEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => new { e.CaseId, e.At });
    }
}
