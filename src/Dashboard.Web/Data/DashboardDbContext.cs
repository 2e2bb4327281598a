using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Web.Data;

/// <summary>The ledger, the settings, and the people who may see them (ASP.NET Core Identity's tables).</summary>
/// <remarks>
/// This type runs on SQLite and owns the SQLite migrations; <see cref="Postgres.PostgresDashboardDbContext"/>
/// is the same model on PostgreSQL, a type of its own because EF Core keeps one migrations set per type.
/// </remarks>
public class DashboardDbContext : IdentityDbContext<IdentityUser>, IDataProtectionKeyContext
{
    public DashboardDbContext(DbContextOptions<DashboardDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type, which passes its own options.</summary>
    protected DashboardDbContext(DbContextOptions options)
        : base(options)
    {
    }

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

    public DbSet<MachineCredential> MachineCredentials => Set<MachineCredential>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>The keys that protect sign-in cookies, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
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
