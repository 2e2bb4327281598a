using System.Text;
using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Parsing;

/// <summary>Each corpus text saved the ways stations save it must read back the same.</summary>
public sealed class EncodingDetectionTests
{
    static EncodingDetectionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, int, string> LegacyPages => new()
    {
        { "027", 936, "gbk" },
        { "029", 936, "gbk" },
        { "031", 936, "gbk" },
        { "032", 936, "gbk" },
        { "026", 936, "gbk" },
        { "039", 932, "shift_jis" },
        { "040", 932, "shift_jis" },
        { "041", 932, "shift_jis" },
        { "042", 866, "ibm866" },
        { "042", 1251, "windows-1251" },
        { "043", 850, "ibm850" },
        { "045", 850, "ibm850" },
        { "043", 1252, "windows-1252" },
        { "038", 1252, "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(LegacyPages))]
    public void Parse_LegacyCodePage_ChoosesThePageThatReadsAsText(string sample, int codePage, string expected)
    {
        var text = Corpus.Text(sample);

        var report = ReportParser.Parse(Encoding.GetEncoding(codePage).GetBytes(text));

        Assert.Equal(expected, report.Encoding);
        AssertSameReading(Corpus.Parse(sample), report);
    }

    [Fact]
    public void Parse_GermanInOemPage437_ReadsTheSameLetters()
    {
        var text = "Fehler: 0xC004F074 Es konnte kein Schlüsselverwaltungsdienst erreicht werden.";

        var report = ReportParser.Parse(Encoding.GetEncoding(437).GetBytes(text));

        Assert.Contains(report.Encoding, new[] { "ibm437", "ibm850" });
        Assert.Equal(
            "Es konnte kein Schlüsselverwaltungsdienst erreicht werden.",
            Assert.Single(report.Errors).Message);
    }

    [Fact]
    public void Parse_RussianErrorInOemPage_ReadsCyrillic()
    {
        var text = "Ошибка: 0xC004F074 Служба лицензирования программного обеспечения сообщила об ошибке.\r\n";

        var report = ReportParser.Parse(Encoding.GetEncoding(866).GetBytes(text));

        Assert.Equal(("ibm866", "ru"), (report.Encoding, report.Language));
        Assert.StartsWith("Служба лицензирования", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001")]
    [InlineData("027")]
    [InlineData("042")]
    public void Parse_Unicode_ReadsEveryUnicodeForm(string sample)
    {
        var text = Corpus.Text(sample);
        var expected = Corpus.Parse(sample);

        var forms = new (byte[] Bytes, string Encoding)[]
        {
            ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "utf-8"),
            ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "utf-16le"),
            ([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)], "utf-16be"),
            (Encoding.Unicode.GetBytes(text), "utf-16le"),
            (Encoding.BigEndianUnicode.GetBytes(text), "utf-16be"),
        };

        Assert.All(forms, form =>
        {
            var report = ReportParser.Parse(form.Bytes);
            Assert.Equal(form.Encoding, report.Encoding);
            AssertSameReading(expected, report);
        });
    }

    [Fact]
    public void Parse_WindowsLineEnds_ReadsTheSameAsUnixLineEnds()
    {
        var text = Corpus.Text("015").ReplaceLineEndings("\r\n");

        var report = ReportParser.Parse(Encoding.UTF8.GetBytes(text));

        AssertSameReading(Corpus.Parse("015"), report);
    }

    private static void AssertSameReading(ParsedReport expected, ParsedReport actual)
    {
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Products, actual.Products);
        Assert.Equal(expected.Errors, actual.Errors);
        Assert.Equal(expected.Events, actual.Events);
    }
}
