using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Web.Data;

public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<Batch> Batches => Set<Batch>();

    public DbSet<BatchStateCount> BatchStateCounts => Set<BatchStateCount>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<EpkeaKey> EpkeaKeys => Set<EpkeaKey>();

    public DbSet<KeyActivation> KeyActivations => Set<KeyActivation>();

    public DbSet<KeyCheckpoint> KeyCheckpoints => Set<KeyCheckpoint>();

    public DbSet<PhoneCase> PhoneCases => Set<PhoneCase>();

    public DbSet<PhoneCaseEvent> PhoneCaseEvents => Set<PhoneCaseEvent>();

    public DbSet<SpotCheck> SpotChecks => Set<SpotCheck>();

    public DbSet<SpotCheckItem> SpotCheckItems => Set<SpotCheckItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored in UTC; SQLite keeps no kind, so mark values as UTC when read back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
