using Dashboard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Tests.Data;

/// <summary>The last line of defence: whatever a feature saves goes through the same key detection.</summary>
public sealed class ProductKeyGuardInterceptorTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<DashboardDbContext> _options;

    public ProductKeyGuardInterceptorTests()
    {
        _connection.Open();
        _options = new DbContextOptionsBuilder<DashboardDbContext>()
            .UseSqlite(_connection)
            .AddInterceptors(new ProductKeyGuardInterceptor())
            .Options;
        using var db = new DashboardDbContext(_options);
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData("VK7JG - NPHTM - C97JM - 9MPGT - 3V66T", "***** - ***** - ***** - ***** - 3V66T")]
    [InlineData("VK7JG_NPHTM_C97JM_9MPGT_3V66T", "*****_*****_*****_*****_3V66T")]
    [InlineData("\"VK7JG\",\"NPHTM\",\"C97JM\",\"9MPGT\",\"3V66T\"", "\"*****\",\"*****\",\"*****\",\"*****\",\"3V66T\"")]
    [InlineData("VK7JG\u200BNPHTM\u200BC97JM\u200B9MPGT\u200B3V66T", "*****\u200B*****\u200B*****\u200B*****\u200B3V66T")]
    public async Task SaveChanges_TextWithRetypedKey_IsStoredMasked(string key, string masked)
    {
        await using (var db = new DashboardDbContext(_options))
        {
            db.Batches.Add(new Batch { Id = "B-1", Notes = $"Spare key {key}." });
            await db.SaveChangesAsync();
        }

        await using var read = new DashboardDbContext(_options);
        Assert.Equal($"Spare key {masked}.", (await read.Batches.SingleAsync()).Notes);
    }

    [Fact]
    public async Task SaveChanges_NewRowWithRetypedKeyAsItsId_IsRefused()
    {
        await using var db = new DashboardDbContext(_options);
        db.Batches.Add(new Batch { Id = "VK7JG_NPHTM_C97JM_9MPGT_3V66T" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_RowStoredBeforeWithKeyInItsId_StillTakesChangesAndMasksItsText()
    {
        await using (var db = new DashboardDbContext(_options))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Batches (Id, Notes, CreatedAt, LastReportAt, DeviceCount, ReportCount) "
                + "VALUES ('VK7JG_NPHTM_C97JM_9MPGT_3V66T', 'VK7JG.NPHTM.C97JM.9MPGT.3V66T', '2026-01-01', "
                + "'2026-01-01', 0, 0)");
        }

        await using (var db = new DashboardDbContext(_options))
        {
            (await db.Batches.SingleAsync()).ReportCount = 1;
            await db.SaveChangesAsync();
        }

        await using var read = new DashboardDbContext(_options);
        var batch = await read.Batches.SingleAsync();
        Assert.Equal(1, batch.ReportCount);
        Assert.Equal("*****.*****.*****.*****.3V66T", batch.Notes);
    }
}
