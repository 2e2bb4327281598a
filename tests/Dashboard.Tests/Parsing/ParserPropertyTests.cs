using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Core.Parsing;
using FsCheck.Xunit;

namespace Dashboard.Tests.Parsing;

/// <summary>Random and mutated input: the parser never fails and never lets a full key through.</summary>
public sealed partial class ParserPropertyTests
{
    private const string KeyAlphabet = "BCDFGHJKMNPQRTVWXY2346789";

    private static readonly string[] s_corpus = Corpus.AllFiles().Select(File.ReadAllText).ToArray();

    [Property(MaxTest = 1000)]
    public void Parse_RandomBytes_ReturnsAReport(byte[] bytes)
    {
        AssertWellFormed(ReportParser.Parse(bytes ?? []));
    }

    [Property(MaxTest = 500)]
    public void Parse_MutatedCorpusCapture_ReturnsAReport(int seed)
    {
        var random = new Random(seed);
        var text = Mutate(s_corpus[random.Next(s_corpus.Length)], random);

        var encoding = random.Next(4) switch
        {
            0 => Encoding.Unicode,
            1 => Encoding.BigEndianUnicode,
            _ => Encoding.UTF8,
        };

        AssertWellFormed(ReportParser.Parse(encoding.GetBytes(text)));
    }

    [Property(MaxTest = 300)]
    public void Parse_KeyInsertedAnywhere_NeverSurvives(int seed)
    {
        var random = new Random(seed);
        var key = RandomKey(random);
        var text = s_corpus[random.Next(s_corpus.Length)];
        var position = random.Next(text.Length + 1);
        var withKey = text[..position] + " " + key + " " + text[position..];

        var report = ReportParser.Parse(Encoding.UTF8.GetBytes(withKey));

        var firstFour = key[..23];
        Assert.True(report.RedactedKeys >= 1);
        Assert.DoesNotContain(firstFour, report.RedactedText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(firstFour, ReportJson.Serialize(report), StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertWellFormed(ParsedReport report)
    {
        Assert.DoesNotContain(
            report.Warnings,
            warning => warning.StartsWith("The capture could not be read (", StringComparison.Ordinal));
        Assert.NotNull(report.Encoding);
        Assert.NotNull(report.Language);
        Assert.All(report.Errors, error => Assert.Matches(CodeShape(), error.Code));
        Assert.All(report.Products, product =>
        {
            Assert.True(product.NotificationReason is null || CodeShape().IsMatch(product.NotificationReason));
            Assert.True(product.PartialProductKey is null || PartialKeyShape().IsMatch(product.PartialProductKey));
        });
        Assert.False(ProductKeyRedactor.ContainsKey(report.RedactedText));
        Assert.True(report.Product is null || report.Products.Contains(report.Product));
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        for (var step = random.Next(1, 12); step > 0 && chars.Length > 0; step--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(6))
            {
                case 0: chars.Remove(at, Math.Min(random.Next(1, 20), chars.Length - at)); break;
                case 1: chars.Insert(at, (char)random.Next(0, 0xFFFF)); break;
                case 2: chars.Insert(at, "\n\n"); break;
                case 3: chars.Insert(at, ": 0x" + random.Next().ToString("X8")); break;
                case 4: chars.Insert(at, chars.ToString(at, Math.Min(40, chars.Length - at))); break;
                default:
                    chars[at] = char.IsUpper(chars[at])
                        ? char.ToLowerInvariant(chars[at])
                        : char.ToUpperInvariant(chars[at]);
                    break;
            }
        }

        return chars.ToString();
    }

    private static string RandomKey(Random random) => string.Join('-', Enumerable.Range(0, 5)
        .Select(_ => new string(Enumerable.Range(0, 5)
            .Select(_ => KeyAlphabet[random.Next(KeyAlphabet.Length)])
            .ToArray())));

    [GeneratedRegex("^0x[0-9A-F]{8}$")]
    private static partial Regex CodeShape();

    [GeneratedRegex("^[A-Z0-9]{5}$")]
    private static partial Regex PartialKeyShape();
}
