using System.Text;
using Dashboard.Core.Parsing;
using Dashboard.Core.Triage;
using Dashboard.Web.Features.Batches;

namespace Dashboard.Tests.Features.Batches;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void Cell_PrefixesApostrophe_WhenValueStartsLikeAFormula(string value, string expected)
    {
        Assert.Equal(expected, CsvText.Cell(value));
    }

    [Theory]
    [InlineData("SN-1", "SN-1")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData(null, "")]
    public void Cell_QuotesOnlyWhenNeeded(string? value, string expected)
    {
        Assert.Equal(expected, CsvText.Cell(value));
    }

    [Fact]
    public async Task WriteAsync_WritesHeaderAndOneEscapedLinePerDevice()
    {
        var captured = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var row = new DeviceRow("=SN1", DeviceState.KeyRejected, "Key blocked, 0xC004C003", "IoTEnterpriseS",
            "OEM_DM", "ABCDE", LicenseStatus.Notification, captured, 2, null);
        using var stream = new MemoryStream();

        await BatchCsvExport.WriteAsync(stream, Rows(row), default);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("serial,state,", lines[0], StringComparison.Ordinal);
        Assert.Equal(
            "'=SN1,KeyRejected,\"Key blocked, 0xC004C003\",IoTEnterpriseS,OEM_DM,ABCDE,Notification,"
                + "2026-01-02T03:04:05Z,2,",
            lines[1]);
    }

    private static async IAsyncEnumerable<DeviceRow> Rows(params DeviceRow[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
