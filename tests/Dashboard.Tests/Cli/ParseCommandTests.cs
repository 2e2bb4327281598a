using System.Text.Json;

namespace Dashboard.Tests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Parse_PrintsOneObjectPerFile_InTheOrderGiven()
    {
        string[] files =
        [
            Sample("021-en-error-0xC0000022-no-final-period.txt"),
            Sample("009-en-dli-win10pro-oem-dm-licensed-minimal.txt"),
        ];

        var result = await CliRunner.RunAsync(null, ["parse", .. files]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(files, json.RootElement.EnumerateArray().Select(entry => entry.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Parse_PrintsCamelCaseNames_AndKeepsNulls()
    {
        var result = await CliRunner.RunAsync(null, "parse", Sample("021-en-error-0xC0000022-no-final-period.txt"));

        using var json = JsonDocument.Parse(result.Output);
        var entry = json.RootElement[0];
        Assert.Equal(
            ["file", "encoding", "language", "product", "products", "errors", "redactedKeys", "warnings"],
            entry.EnumerateObject().Select(property => property.Name));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("product").ValueKind);
        Assert.Equal("0xC0000022", entry.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Parse_PrintsProductFieldsWithStatusAsName()
    {
        var result = await CliRunner.RunAsync(null, "parse", Sample("009-en-dli-win10pro-oem-dm-licensed-minimal.txt"));

        using var json = JsonDocument.Parse(result.Output);
        var product = json.RootElement[0].GetProperty("product");
        Assert.Equal("OEM_DM", product.GetProperty("channel").GetString());
        Assert.Equal("RC2PP", product.GetProperty("partialProductKey").GetString());
        Assert.Equal("Licensed", product.GetProperty("licenseStatus").GetString());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("installationId").ValueKind);
    }

    [Fact]
    public async Task Parse_GivesErrorObjectForMissingFile_AndStillParsesTheOthers()
    {
        var missing = Path.Combine(_temp.Root, "absent.txt");
        var sample = Sample("009-en-dli-win10pro-oem-dm-licensed-minimal.txt");

        var result = await CliRunner.RunAsync(null, "parse", sample, missing, sample);

        Assert.NotEqual(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal(["file", "error"], entries[1].EnumerateObject().Select(property => property.Name));
        Assert.Equal(missing, entries[1].GetProperty("file").GetString());
        Assert.Equal("Licensed", entries[2].GetProperty("product").GetProperty("licenseStatus").GetString());
    }

    [Fact]
    public async Task Parse_NeverPrintsAFullProductKey()
    {
        var sample = Sample("016-en-pwsh-upk-cpky-ckms-ipk-skms-ato-success-excerpt.txt");
        Assert.Contains("44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q", File.ReadAllText(sample));

        var result = await CliRunner.RunAsync(null, "parse", sample);

        Assert.DoesNotContain("44TQ8-PTX4P-HCGVD-MKQYX", result.Output);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(2, json.RootElement[0].GetProperty("redactedKeys").GetInt32());
    }

    public void Dispose() => _temp.Dispose();

    private static string Sample(string name) => Path.Combine(CheckoutRoot(), "data", "samples", name);

    private static string CheckoutRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dashboard.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dashboard.sln not found above the tests.");
    }
}
