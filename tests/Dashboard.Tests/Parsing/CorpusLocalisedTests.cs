using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Parsing;

/// <summary>Captures in languages other than English; expected values are read off the files.</summary>
public sealed class CorpusLocalisedTests
{
    [Fact]
    public void Parse_026_ReadsRetypedChineseActivationSuccess()
    {
        var report = Corpus.Parse("026");

        Assert.Equal("zh-CN", report.Language);
        Assert.Equal([ReportEvent.ActivationSucceeded], report.Events);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Products);
    }

    [Fact]
    public void Parse_027_ReadsChineseDlvWithMixedColonsAndTypos()
    {
        var report = Corpus.Parse("027");

        Assert.Equal("zh-CN", report.Language);
        var product = Assert.Single(report.Products);
        Assert.Same(product, report.Product);
        Assert.Equal("Windows(R), Enterprises edition", product.Name);
        Assert.Equal(("EnterpriseS", "VOLUME_KMSCLIENT"), (product.Edition, product.Channel));
        Assert.Equal("Volume:GVLK", product.ProductKeyChannel);
        Assert.Null(product.ActivationId);
        Assert.Null(product.ApplicationId);
        Assert.Null(product.ExtendedPid);
        Assert.Null(product.InstallationId);
        Assert.Equal("BKH6F", product.PartialProductKey);
        Assert.Equal((LicenseStatus.Licensed, 259197), (product.LicenseStatus, product.GraceMinutes));
        Assert.Equal(GraceKind.VolumeActivation, product.GraceKind);
        Assert.Equal((1001, 1001), (product.WindowsRearmCount, product.SkuRearmCount));
        Assert.Equal("2020/2/27 11:48:43", product.TrustedTime);
        Assert.Equal(4, report.Warnings.Count(warning => warning.Contains("masked", StringComparison.Ordinal)));
        Assert.DoesNotContain(report.Warnings, warning => warning.Contains("skipped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("029", "0xC004F074", "软件授权服务报告无法激活计算机")]
    [InlineData("031", "0xC0000022", "在运行 Microsoft Windows 非核心版本的计算机上")]
    [InlineData("032", "0xC004F069", "在运行Microsoft Windows 非核心版本的计算机上")]
    [InlineData("033", "0xC004F069", "以显示错误文本")]
    public void Parse_ChineseError_ReadsCodeAndMessage(string sample, string code, string messagePart)
    {
        var report = Corpus.Parse(sample);

        Assert.Equal("zh-CN", report.Language);
        var error = Assert.Single(report.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_032_DropsThePopupsOkButtonFromTheMessage()
    {
        var error = Assert.Single(Corpus.Parse("032").Errors);

        Assert.EndsWith("以显示错误文本。", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("038", "it", LicenseStatus.Licensed)]
    [InlineData("039", "ja", LicenseStatus.Licensed)]
    [InlineData("040", "ja", LicenseStatus.Notification)]
    public void Parse_QuotedXprMessage_ReadsTheStatusItStates(string sample, string language, LicenseStatus status)
    {
        var report = Corpus.Parse(sample);

        Assert.Equal(language, report.Language);
        Assert.Equal(status, report.Product?.LicenseStatus);
        Assert.Null(report.Product?.Name);
    }

    [Fact]
    public void Parse_041_ReadsJapaneseRearmCountWithoutSpaceAfterColon()
    {
        var report = Corpus.Parse("041");

        Assert.Equal("ja", report.Language);
        Assert.Equal(1001, report.Product?.WindowsRearmCount);
    }

    [Fact]
    public void Parse_042_ReadsRussianPartialProductKey()
    {
        var report = Corpus.Parse("042");

        Assert.Equal("ru", report.Language);
        Assert.Equal("RCDNK", report.Product?.PartialProductKey);
    }

    [Theory]
    [InlineData("043", "de", "Vom Softwarelizenzierungsdienst wurde gemeldet")]
    [InlineData("045", "es", "El Servicio de licencias de software ha notificado")]
    public void Parse_TranslatedError_ReadsCodeAndLanguage(string sample, string language, string messageStart)
    {
        var report = Corpus.Parse(sample);

        Assert.Equal(language, report.Language);
        var error = Assert.Single(report.Errors);
        Assert.Equal("0xC004F074", error.Code);
        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }
}
