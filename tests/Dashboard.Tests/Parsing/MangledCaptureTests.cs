using System.Text;
using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Parsing;

/// <summary>What consoles, chat clients and retyping do to captures, applied to corpus text.</summary>
public sealed class MangledCaptureTests
{
    private const string IotDlv = """
        Software licensing service version: 10.0.26100.1

        Name: Windows(R), IoTEnterpriseS edition
        Description: Windows(R) Operating System, VOLUME_MAK channel
        Activation ID: 11111111-2222-3333-4444-555555555555
        Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f
        Extended PID: 03612-04567-123-456789-03-1033-26100.0000-3122026
        Product Key Channel: Volume:MAK
        Installation ID: 123456712345671234567123456712345671234567123456712345671234567
        Partial Product Key: 7Q2WT
        License Status: Initial grace period
        Time remaining: 43200 minute(s) (30 day(s))
        Remaining Windows rearm count: 1000
        Remaining SKU rearm count: 1000
        Trusted time: 12/3/2026 9:00:00 AM

        Name: Windows(R), Client-ESU-Year1 add-on for Windows 10,IoTEnterprise edition
        Description: Windows(R) Operating System, Volume:MAK channel
        Partial Product Key: ZZ9T4
        License Status: Licensed

        """;

    [Fact]
    public void Parse_AddOnAfterBaseEdition_PicksTheBaseEditionAsPrimary()
    {
        var report = ReportParser.Parse(IotDlv);

        Assert.Equal(2, report.Products.Count);
        Assert.Equal("IoTEnterpriseS", report.Product?.Edition);
        Assert.Equal(("VOLUME_MAK", "Volume:MAK"), (report.Product!.Channel, report.Product.ProductKeyChannel));
        Assert.Equal((LicenseStatus.InitialGrace, 43200), (report.Product.LicenseStatus, report.Product.GraceMinutes));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_AddOnListedFirst_StillPicksTheBaseEdition()
    {
        var blocks = IotDlv.Split("\n\n");
        var reordered = string.Join("\n\n", blocks[0], blocks[2], blocks[1]);

        var report = ReportParser.Parse(reordered);

        Assert.Equal("IoTEnterpriseS", report.Product?.Edition);
    }

    [Fact]
    public void Parse_BlankLineAfterEveryLine_ReadsTheSame()
    {
        var doubled = string.Join("\n\n", IotDlv.Split('\n'));

        AssertSameProducts(ReportParser.Parse(IotDlv), ReportParser.Parse(doubled));
    }

    [Fact]
    public void Parse_LostIndentationAndTrailingSpaces_ReadsTheSame()
    {
        var mangled = string.Join("\r\n", IotDlv.Split('\n').Select(line => "    " + line.Trim() + "   "));

        AssertSameProducts(ReportParser.Parse(IotDlv), ReportParser.Parse(mangled));
    }

    [Fact]
    public void Parse_DescriptionWrappedInsideAWord_JoinsTheWord()
    {
        var text = """
            Name: Windows(R) 7, Enterprise edition
            Description: Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT chan
            nel
            License Status: Licensed
            """;

        var report = ReportParser.Parse(text);

        Assert.Equal("VOLUME_KMSCLIENT", report.Product?.Channel);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_ErrorTextWrappedAt100Columns_JoinsTheMessage()
    {
        var line = "Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activa";
        var text = line.PadRight(100)[..100] + "\nted. No Key Management Service (KMS) could be contacted.";

        var error = Assert.Single(ReportParser.Parse(text).Errors);

        Assert.Contains("could not be activated. No Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FullWidthPunctuationAndOcrDamagedLabels_ReadsTheFields()
    {
        var text = """
            Name： Windows(R)， IoTEnterpriseS edition
            Descripton： Windows(R) Operating System， VOLUME_MAK channel
            Partial Product Kev： ７Q２WT
            Licence Status： Licensed
            Remaining SKIJ rearm count： 1000
            """;

        var product = ReportParser.Parse(text).Product;

        Assert.Equal(
            ("IoTEnterpriseS", "VOLUME_MAK", "7Q2WT"),
            (product?.Edition, product?.Channel, product?.PartialProductKey));
        Assert.Equal((LicenseStatus.Licensed, 1000), (product!.LicenseStatus, product.SkuRearmCount));
    }

    [Fact]
    public void Parse_TranscriptWithSeveralCommands_ReadsEachOutcomeAndTheStatus()
    {
        var text = $"""
            **********************
            Windows PowerShell transcript start
            Start time: 20261203090000
            Username: FACTORY\station01
            **********************
            PS C:\> cscript //nologo slmgr.vbs /ipk 7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT
            Installed product key 7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT successfully.

            PS C:\> cscript //nologo slmgr.vbs /ato
            Activating Windows(R), IoTEnterpriseS edition (11111111-2222-3333-4444-555555555555) ...
            Error: 0x80072EE7 On a computer running Microsoft Windows non-core edition, run 'slui.exe 0x2a 0x80072EE7' to display the error text.

            PS C:\> cscript //nologo slmgr.vbs /dlv
            {IotDlv}
            """;

        var report = ReportParser.Parse(text);

        Assert.Equal(2, report.RedactedKeys);
        Assert.DoesNotContain("7XKQH", report.RedactedText, StringComparison.Ordinal);
        Assert.Equal("0x80072EE7", Assert.Single(report.Errors).Code);
        Assert.Equal([ReportEvent.KeyInstalled], report.Events);
        Assert.Equal("IoTEnterpriseS", report.Product?.Edition);
        Assert.Equal("en", report.Language);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_LowerCaseCodeWithoutErrorPrefix_NormalisesTheCode()
    {
        var report = ReportParser.Parse("0xc004c020 The MAK has exceeded its activation limit");

        Assert.Equal("0xC004C020", Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Parse_SquashedLineWithFullWidthColon_FindsTheCode()
    {
        var report = ReportParser.Parse(Encoding.UTF8.GetBytes("激活失败。错误：0XC004C003该产品密钥已被阻止。"));

        Assert.Equal("0xC004C003", Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Parse_UnknownLanguage_ReadsUntranslatedValuesAndSaysSo()
    {
        var text = """
            Nom : Windows(R), IoTEnterpriseS edition
            Description : Windows(R) Operating System, VOLUME_MAK channel
            ID d'activation : 11111111-2222-3333-4444-555555555555
            Canal de la clé de produit : Volume:MAK
            ID d'installation : 123456712345671234567123456712345671234567123456712345671234567
            Raison de la notification : 0xC004F009 (délai de grâce expiré).
            """;

        var report = ReportParser.Parse(text);

        var product = report.Product;
        Assert.Equal(
            ("IoTEnterpriseS", "VOLUME_MAK", "Volume:MAK"),
            (product?.Edition, product?.Channel, product?.ProductKeyChannel));
        Assert.Equal("11111111-2222-3333-4444-555555555555", product!.ActivationId);
        Assert.Equal(63, product.InstallationId?.Length);
        Assert.Equal("0xC004F009", product.NotificationReason);
        Assert.Contains(
            report.Warnings,
            warning => warning.Contains("language the parser has no table for", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DlvAllWithUnusedLicence_PicksTheProductWithAKey()
    {
        var text = """
            Name: Windows(R), IoTEnterprise edition
            Description: Windows(R) Operating System, RETAIL channel
            This license is not in use.
            License Status: Unlicensed

            Name: Windows(R), IoTEnterpriseS edition
            Description: Windows(R) Operating System, VOLUME_MAK channel
            Partial Product Key: 7Q2WT
            License Status: Licensed
            """;

        var report = ReportParser.Parse(text);

        Assert.Equal(2, report.Products.Count);
        Assert.Equal(("IoTEnterpriseS", "7Q2WT"), (report.Product?.Edition, report.Product?.PartialProductKey));
    }

    [Fact]
    public void Parse_BinaryData_SaysItIsNotText()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var report = ReportParser.Parse(bytes);

        Assert.False(report.IsText);
        Assert.StartsWith("The capture does not look like text", report.Warnings[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 254, 255 })]
    [InlineData(new byte[] { 0x41, 0, 0x00, 0xD8, 0x0A, 0 })]
    public void Parse_LoneSurrogatesAndNoncharacters_AreReadNotFailed(byte[] bytes)
    {
        var report = ReportParser.Parse(bytes);

        Assert.DoesNotContain(report.Warnings, warning => warning.StartsWith("The capture could not be read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("027")]
    [InlineData("005")]
    public void Parse_CorpusCapture_IsText(string sample)
    {
        Assert.True(Corpus.Parse(sample).IsText);
    }

    private static void AssertSameProducts(ParsedReport expected, ParsedReport actual)
    {
        Assert.Equal(expected.Products, actual.Products);
        Assert.Equal(expected.Product, actual.Product);
    }
}
