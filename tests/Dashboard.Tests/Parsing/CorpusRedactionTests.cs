using Dashboard.Core.Parsing;
using Dashboard.Core.Parsing.Decoding;

namespace Dashboard.Tests.Parsing;

/// <summary>
/// Key detection against real captures: it masks the keys they echo and nothing else, neither an
/// Installation ID, an Extended PID, an activation ID nor any other field or line.
/// </summary>
public sealed class CorpusRedactionTests
{
    // Every full key the field captures hold, found by reading them; each is masked to its last five.
    private static readonly string[] s_keysInCorpus =
    [
        "44TQ8-PTX4P-HCGVD-MKQYX-BPB3Q",
        "JNQ9P-GCR8X-47Q9Q-G8GW2-BKH6F",
    ];

    public static TheoryData<string> Captures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Corpus.AllFiles())
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Parse_FieldCapture_MasksTheEchoedKeysAndNothingElse(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var decoded = CaptureDecoder.Decode(bytes).Text;

        var report = ReportParser.Parse(bytes);

        Assert.Equal(Expected(decoded), report.RedactedText);
        Assert.Equal(s_keysInCorpus.Sum(key => Occurrences(decoded, key)), report.RedactedKeys);
        Assert.All(report.Products, product => Assert.DoesNotContain(
            '*',
            $"{product.InstallationId}{product.ExtendedPid}{product.ActivationId}{product.ApplicationId}"
            + $"{product.PartialProductKey}{product.Name}{product.Edition}{product.Channel}"));
    }

    // The same capture with a retyped key put in front: the key is masked, and the capture after it
    // comes out as it did alone, so the looser forms join no field of a capture to a key.
    [Theory]
    [MemberData(nameof(Captures))]
    public void Parse_FieldCaptureAfterASpacedKey_MasksThatKeyOnly(string path)
    {
        var decoded = CaptureDecoder.Decode(File.ReadAllBytes(path)).Text;
        const string Key = "PS C:\\> slmgr /ipk vk7jg - NPHTM\t C97JM  9MPGT,\u200B3V66T\r\n";

        var report = ReportParser.Parse(Key + decoded);

        Assert.Equal(
            "PS C:\\> slmgr /ipk ***** - *****\t *****  *****,\u200B3V66T\r\n" + Expected(decoded),
            report.RedactedText);
    }

    private static string Expected(string decoded) =>
        s_keysInCorpus.Aggregate(decoded, (text, key) => text.Replace(key, "*****-*****-*****-*****-" + key[^5..]));

    private static int Occurrences(string text, string key) => text.Split(key).Length - 1;
}
