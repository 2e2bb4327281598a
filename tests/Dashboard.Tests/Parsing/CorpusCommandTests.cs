using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Parsing;

/// <summary>Captures of key, activation and error output; expected values are read off the files.</summary>
public sealed class CorpusCommandTests
{
    [Fact]
    public void Parse_016_RedactsEchoedKeyAndReadsEveryCommandOutcome()
    {
        var report = Corpus.Parse("016");

        Assert.Equal(2, report.RedactedKeys);
        Assert.DoesNotContain("44TQ8", report.RedactedText, StringComparison.Ordinal);
        Assert.DoesNotContain("HCGVD-MKQYX", report.RedactedText, StringComparison.Ordinal);
        Assert.Contains("*****-*****-*****-*****-BPB3Q", report.RedactedText, StringComparison.Ordinal);
        Assert.Equal(
            [
                ReportEvent.KeyUninstalled,
                ReportEvent.KeyClearedFromRegistry,
                ReportEvent.KeyInstalled,
                ReportEvent.ActivationSucceeded,
            ],
            report.Events);
        Assert.Empty(report.Products);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Parse_017_ReadsWmiErrorThroughScriptHostBanners()
    {
        var report = Corpus.Parse("017");

        var error = Assert.Single(report.Errors);
        Assert.Equal(new ReportError("0x80080005", "Server execution failed  (SWbemObjectEx)"), error);
        Assert.Equal(2, report.RedactedKeys);
        Assert.DoesNotContain("JNQ9P", report.RedactedText, StringComparison.Ordinal);
        Assert.Equal([ReportEvent.KeyInstalled], report.Events);
        Assert.Equal("en", report.Language);
    }

    [Theory]
    [InlineData(
        "018",
        "0xC004F074",
        "The Software Licensing Service reported that the computer could not be activated.")]
    [InlineData(
        "020",
        "0xC004E016",
        "On a computer running Microsoft Windows non-core edition, run 'slui.exe 0x2a 0xC004E016'")]
    [InlineData("021", "0xC0000022", "to display the error text")]
    [InlineData("023", "0xC004D302", "run 'slui.exe 0x2a 0xC004D302' to display")]
    [InlineData("024", "0xC004C032", "On a computer ru nning MIcrosoft Windows")]
    public void Parse_EnglishErrorLine_ReadsOneCodeAndItsMessage(string sample, string code, string messageStart)
    {
        var report = Corpus.Parse(sample);

        var error = Assert.Single(report.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(messageStart, error.Message, StringComparison.Ordinal);
        Assert.Equal("en", report.Language);
        Assert.Null(report.Product);
    }

    [Fact]
    public void Parse_028_ReadsOsppOfficeBlocksUnderChineseBanner()
    {
        var report = Corpus.Parse("028");

        Assert.Equal("zh-CN", report.Language);
        Assert.Null(report.Product);
        Assert.Equal(2, report.Products.Count);
        Assert.All(report.Products, office => Assert.Equal("Office16ProPlusVL_KMS_Client", office.Edition));
        Assert.All(report.Products, office => Assert.Equal("B4XF4", office.PartialProductKey));
        Assert.Equal(
            (LicenseStatus.Licensed, 259200),
            (report.Products[1].LicenseStatus, report.Products[1].GraceMinutes));
        Assert.Equal([ReportEvent.ActivationSucceeded], report.Events);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_035_TakesOsppErrorDescriptionAsMessage()
    {
        var error = Assert.Single(Corpus.Parse("035").Errors);

        Assert.Equal("0xC004F069", error.Code);
        Assert.Equal("The Software Licensing Service reported that the product SKU is not found.", error.Message);
    }

    [Fact]
    public void Parse_037_ReadsTruncatedOsppErrorOnce()
    {
        var report = Corpus.Parse("037");

        var error = Assert.Single(report.Errors);
        Assert.Equal("0x8007000D", error.Code);
        Assert.Equal("Run the following: cscript ospp.vbs /ddescr:0x8007000D", error.Message);
        var office = Assert.Single(report.Products);
        Assert.Equal("50149957-56e6-1d6b-91cd-a411dfd72f1a", office.ActivationId);
        Assert.Equal(("OfficeProPlusVL_KMS_Client", "FGGXK"), (office.Edition, office.PartialProductKey));
        Assert.Null(report.Product);
    }
}
