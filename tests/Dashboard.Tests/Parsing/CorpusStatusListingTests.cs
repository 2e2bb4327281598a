using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Parsing;

/// <summary>The <c>/dli</c>, <c>/dlv</c> and <c>/xpr</c> captures; expected values are read off the files.</summary>
public sealed class CorpusStatusListingTests
{
    [Fact]
    public void Parse_001_ReadsRetailDlvPastedFromPopup()
    {
        var report = Corpus.Parse("001");

        Assert.Equal(("utf-8", "en"), (report.Encoding, report.Language));
        var product = Assert.Single(report.Products);
        Assert.Same(product, report.Product);
        Assert.Equal("Windows(R), Professional edition", product.Name);
        Assert.Equal(("Professional", "RETAIL"), (product.Edition, product.Channel));
        Assert.Equal("a84bba07-931d-b925-306a-0799dc6ebd71", product.ActivationId);
        Assert.Equal("55c92734-d682-4d71-983e-d6ec3f16059f", product.ApplicationId);
        Assert.Equal("03612-03308-000-000000-00-1033-26100.0000-3102025", product.ExtendedPid);
        Assert.Equal("Retail", product.ProductKeyChannel);
        Assert.Equal("945463382606058651675019920453805803355860821440974992135577", product.InstallationId);
        Assert.Equal("RCDNK", product.PartialProductKey);
        Assert.Equal(LicenseStatus.Licensed, product.LicenseStatus);
        Assert.Equal((1000, 1000), (product.WindowsRearmCount, product.SkuRearmCount));
        Assert.Equal("3/18/2026 12:34:20 PM", product.TrustedTime);
        Assert.Null(product.NotificationReason);
        Assert.Empty(report.Errors);
        Assert.Contains(report.Warnings, warning => warning.Contains("60 digits", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_002_ReadsNotificationReasonWithoutTrailingDot()
    {
        var product = Corpus.Parse("002").Product!;

        Assert.Equal(LicenseStatus.Notification, product.LicenseStatus);
        Assert.Equal("0xC004F034", product.NotificationReason);
        Assert.Equal(63, product.InstallationId!.Length);
        Assert.Equal("03612-03308-000-000000-00-2057-26200.0000-0782026", product.ExtendedPid);
        Assert.Equal("20/03/2026 12:44:15", product.TrustedTime);
        Assert.Null(product.GraceMinutes);
    }

    [Fact]
    public void Parse_004_ReadsWindows7KmsClientWithIndentedKmsBlock()
    {
        var report = Corpus.Parse("004");

        var product = Assert.Single(report.Products);
        Assert.Equal("Windows(R) 7, Enterprise edition", product.Name);
        Assert.Equal(
            ("Enterprise", "VOLUME_KMSCLIENT", "RV7XY"),
            (product.Edition, product.Channel, product.PartialProductKey));
        Assert.Equal(LicenseStatus.Licensed, product.LicenseStatus);
        Assert.Equal(243720, product.GraceMinutes);
        Assert.Equal(GraceKind.VolumeActivation, product.GraceKind);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_005_ReadsKmsHostThroughBlankLineDoubling()
    {
        var report = Corpus.Parse("005");

        var product = Assert.Single(report.Products);
        Assert.Equal("Windows Server(R), ServerEnterprise edition", product.Name);
        Assert.Equal(
            ("ServerEnterprise", "VOLUME_KMS_C", "88B4F"),
            (product.Edition, product.Channel, product.PartialProductKey));
        Assert.Equal(LicenseStatus.Licensed, product.LicenseStatus);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_006_ReadsInitialGraceOfEvaluation()
    {
        var product = Assert.Single(Corpus.Parse("006").Products);

        Assert.Equal(
            ("Enterprise", "TIMEBASED_EVAL", "889KM"),
            (product.Edition, product.Channel, product.PartialProductKey));
        Assert.Equal(LicenseStatus.InitialGrace, product.LicenseStatus);
        Assert.Equal(12960, product.GraceMinutes);
        Assert.Equal(GraceKind.GracePeriod, product.GraceKind);
    }

    [Fact]
    public void Parse_007_ReadsKmsClientWithoutIndentation()
    {
        var report = Corpus.Parse("007");

        var product = Assert.Single(report.Products);
        Assert.Equal(
            ("ServerStandard", "VOLUME_KMSCLIENT", "JB6RW"),
            (product.Edition, product.Channel, product.PartialProductKey));
        Assert.Equal((LicenseStatus.Licensed, 253564), (product.LicenseStatus, product.GraceMinutes));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_009_ReadsMinimalOemDli()
    {
        var product = Assert.Single(Corpus.Parse("009").Products);

        Assert.Equal(
            ("Professional", "OEM_DM", "RC2PP"),
            (product.Edition, product.Channel, product.PartialProductKey));
        Assert.Equal(LicenseStatus.Licensed, product.LicenseStatus);
        Assert.Null(product.GraceMinutes);
    }

    [Fact]
    public void Parse_010_ReadsOfficeKmsHostButPicksNoWindowsProduct()
    {
        var report = Corpus.Parse("010");

        Assert.Null(report.Product);
        var office = Assert.Single(report.Products);
        Assert.Equal(("OfficeKMSHostVL_KMS_Host", "VOLUME_KMS"), (office.Edition, office.Channel));
        Assert.Equal("D236D31D-EF0B-9D29-9313-4B65AB3ADF32", office.ActivationId);
        Assert.Equal("0ff1ce16-a989-479d-af46-f275c6370663", office.ApplicationId);
        Assert.Equal("05426-00206-506-647532-03-1033-9200.0000-0992013", office.ExtendedPid);
        Assert.Equal("088567324168805305250305178891594744947757337780452243", office.InstallationId);
        Assert.Equal(("VBVTK", LicenseStatus.Licensed), (office.PartialProductKey, office.LicenseStatus));
        Assert.Equal(1000, office.WindowsRearmCount);
        Assert.Null(office.SkuRearmCount);
        Assert.Null(office.ProductKeyChannel);
        Assert.Equal("10/26/2016 9:58:33 AM", office.TrustedTime);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Parse_012_ReadsXprTimebasedExpiry()
    {
        var report = Corpus.Parse("012");

        var product = Assert.Single(report.Products);
        Assert.Same(product, report.Product);
        Assert.Equal("ServerStandardEval", product.Edition);
        Assert.Equal(LicenseStatus.Licensed, product.LicenseStatus);
        Assert.Equal(GraceKind.TimebasedActivation, product.GraceKind);
        Assert.Null(product.PartialProductKey);
    }

    [Fact]
    public void Parse_013_ReadsExcerptWithoutDescription()
    {
        var product = Assert.Single(Corpus.Parse("013").Products);

        Assert.Equal("ServerStandardEval", product.Edition);
        Assert.Null(product.Channel);
        Assert.Equal((LicenseStatus.Licensed, 252828), (product.LicenseStatus, product.GraceMinutes));
        Assert.Equal(GraceKind.TimebasedActivation, product.GraceKind);
        Assert.Equal((2, 2), (product.WindowsRearmCount, product.SkuRearmCount));
    }

    [Fact]
    public void Parse_015_ReadsGvlkNotificationAfterPowerShellPrompt()
    {
        var report = Corpus.Parse("015");

        var product = Assert.Single(report.Products);
        Assert.Equal(
            ("Professional", "VOLUME_KMSCLIENT", "Volume:GVLK"),
            (product.Edition, product.Channel, product.ProductKeyChannel));
        Assert.Equal("e52d057e-0bd0-4ab3-0054-40698c83998e", product.ActivationId);
        Assert.Equal("030892553885358791617918212554341038049027276251499476992397297", product.InstallationId);
        Assert.Equal(("BPB3Q", LicenseStatus.Notification), (product.PartialProductKey, product.LicenseStatus));
        Assert.Equal("0xC004F056", product.NotificationReason);
        Assert.Equal((1001, 1001), (product.WindowsRearmCount, product.SkuRearmCount));
        Assert.Equal("8/11/2026 1:51:01 PM", product.TrustedTime);
        Assert.Empty(report.Warnings);
    }
}
