using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Web.Data.Configurations;

internal sealed class BatchStateCountConfiguration : IEntityTypeConfiguration<BatchStateCount>
{
    public void Configure(EntityTypeBuilder<BatchStateCount> builder)
    {
        builder.HasKey(count => new { count.BatchId, count.State });
        builder.Property(count => count.State).HasConversion<string>().HasMaxLength(32);
    }
}
