using Dashboard.Core.Parsing;

namespace Dashboard.Tests.Parsing;

public sealed class ProductKeyRedactorTests
{
    [Fact]
    public void Redact_FullKey_KeepsOnlyTheLastFiveCharacters()
    {
        var (text, count) =
            ProductKeyRedactor.Redact("Installed product key 7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT successfully.");

        Assert.Equal("Installed product key *****-*****-*****-*****-7Q2WT successfully.", text);
        Assert.Equal(1, count);
    }

    [Fact]
    public void Redact_KeyWrappedAcrossLines_MasksBothPieces()
    {
        var (text, count) = ProductKeyRedactor.Redact("/ipk 7XKQH-2B9WD-VMH\r\n3C-PT8RG-7Q2WT\r\nnext");

        Assert.Equal(1, count);
        Assert.DoesNotContain("7XKQH", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PT8RG", text, StringComparison.Ordinal);
        Assert.EndsWith("7Q2WT\r\nnext", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT", "x*****-*****-*****-*****-7Q2WT")]
    [InlineData("7XKQH-2B9WD-VMH3C-PT8RG-7Q2WTX", "*****-*****-*****-*****-7Q2WTX")]
    [InlineData("key=7XKQH2B9WDVMH3CPT8RG7Q2WT;", "key=********************7Q2WT;")]
    [InlineData("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "*****-*****-*****-*****-EEEEE-FFFFF")]
    public void Redact_KeyGluedToOtherText_IsMasked(string text, string expected)
    {
        Assert.Equal((expected, 1), ProductKeyRedactor.Redact(text));
    }

    [Fact]
    public void Redact_KeysOnConsecutiveLines_CountsEachKey()
    {
        var (text, count) = ProductKeyRedactor.Redact("7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT\n7XKQH-2B9WD-VMH3C-PT8RG-7Q2WT");

        Assert.Equal(2, count);
        Assert.False(ProductKeyRedactor.ContainsKey(text));
    }

    [Theory]
    [InlineData("7xkqh-2b9wd-vmh3c-pt8rg-7q2wt")]
    [InlineData("7XKQH–2B9WD–VMH3C–PT8RG–7Q2WT")]
    [InlineData("７XKQH-2B9WD-VMH3C-PT8RG-7Q2WT")]
    [InlineData("7XKQH2B9WDVMH3CPT8RG7Q2WT")]
    [InlineData("7XKQH 2B9WD VMH3C PT8RG 7Q2WT")]
    public void Redact_RetypedKey_IsStillMasked(string key)
    {
        var (text, count) = ProductKeyRedactor.Redact($"key: {key}.");

        Assert.Equal(1, count);
        Assert.DoesNotContain("2B9WD", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("VK7JG - NPHTM - C97JM - 9MPGT - 3V66T")]
    [InlineData("VK7JG-NPHTM-\r\n    C97JM-9MPGT-3V66T")]
    [InlineData("VK7JG NPHTM\n\tC97JM 9MPGT 3V66T")]
    [InlineData("VK7JG\tNPHTM\tC97JM\t9MPGT\t3V66T")]
    [InlineData("VK7JG  NPHTM  C97JM  9MPGT  3V66T")]
    [InlineData("VK7JG_NPHTM_C97JM_9MPGT_3V66T")]
    [InlineData("VK7JG/NPHTM/C97JM/9MPGT/3V66T")]
    [InlineData("VK7JG.NPHTM.C97JM.9MPGT.3V66T")]
    [InlineData("VK7JG;NPHTM;C97JM;9MPGT;3V66T")]
    [InlineData("VK7JG:NPHTM:C97JM:9MPGT:3V66T")]
    [InlineData("VK7JG | NPHTM | C97JM | 9MPGT | 3V66T")]
    [InlineData("VK7JG+NPHTM+C97JM+9MPGT+3V66T")]
    [InlineData("VK7JG\\NPHTM\\C97JM\\9MPGT\\3V66T")]
    [InlineData("VK7JG, NPHTM, C97JM, 9MPGT, 3V66T")]
    [InlineData("\"VK7JG\",\"NPHTM\",\"C97JM\",\"9MPGT\",\"3V66T\"")]
    [InlineData("\u201CVK7JG\u201D \u201CNPHTM\u201D \u201CC97JM\u201D \u201C9MPGT\u201D \u201C3V66T\u201D")]
    [InlineData("'VK7JG' 'NPHTM' 'C97JM' '9MPGT' '3V66T'")]
    [InlineData("VK7JG\u00ADNPHTM\u00ADC97JM\u00AD9MPGT\u00AD3V66T")]
    [InlineData("VK7JG\u200BNPHTM\u200BC97JM\u200B9MPGT\u200B3V66T")]
    [InlineData("VK7\u200BJG-NPH\u2060TM-C97JM-9MP\uFEFFGT-3V66T")]
    [InlineData("VK7JG\u2014NPHTM\u2014C97JM\u2014 9MPGT\u2014 3V66T")]
    [InlineData("VK7JG\u2212NPHTM\u2212C97JM\u22129MPGT\u22123V66T")]
    [InlineData("VK7JG\u30FCNPHTM\u30FCC97JM\u30FC9MPGT\u30FC3V66T")]
    [InlineData("\uFF36\uFF2B\uFF17\uFF2A\uFF27\u3000\uFF2E\uFF30\uFF28\uFF34\uFF2D\u3000C97JM\u30009MPGT\u30003V66T")]
    [InlineData("VK7JG\uFF0CNPHTM\uFF0CC97JM\uFF0C9MPGT\uFF0C3V66T")]
    [InlineData("VK7JG\u3001NPHTM\u3001C97JM\u30019MPGT\u30013V66T")]
    [InlineData("vk7jg npHTM c97jm 9mpgt 3v66t")]
    [InlineData("VK7JG\u00A0NPHTM\u00A0C97JM\u00A09MPGT\u00A03V66T")]
    [InlineData("VK7JGNPHTM C97JM9MPGT\r\n3V66T")]
    [InlineData("VK7JGNPHTMC97\r\nJM9MPGT3V66T")]
    [InlineData("VK7JG~NPHTM~C97JM~9MPGT~3V66T")]
    [InlineData("VK7JG=NPHTM=C97JM=9MPGT=3V66T")]
    [InlineData("VK7JG#NPHTM#C97JM#9MPGT#3V66T")]
    [InlineData("(VK7JG)(NPHTM)(C97JM)(9MPGT)(3V66T)")]
    [InlineData("[VK7JG] [NPHTM] [C97JM] [9MPGT] [3V66T]")]
    [InlineData("VK7JG\u00B7NPHTM\u00B7C97JM\u00B79MPGT\u00B73V66T")]
    [InlineData("VK7JG\u2022NPHTM\u2022C97JM\u2022 9MPGT\u2022 3V66T")]
    [InlineData("VK7JG<NPHTM>C97JM^9MPGT$3V66T")]
    public void Redact_KeyGroupsSplitAnyWay_IsMaskedDownToItsLastFive(string key)
    {
        var (text, count) = ProductKeyRedactor.Redact($"slmgr /ipk {key} done");

        Assert.Equal(1, count);
        Assert.True(ProductKeyRedactor.ContainsKey(key));
        Assert.DoesNotContain("NPHTM", Letters(text), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("VK7JG", Letters(text), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("3V66T", Letters(text), StringComparison.Ordinal);
        Assert.Equal(20, text.Count(c => c == '*'));
        Assert.StartsWith("slmgr /ipk ", text, StringComparison.Ordinal);
        Assert.EndsWith(" done", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_KeySplitByStars_IsMaskedAndFoundNoMore()
    {
        var (text, count) = ProductKeyRedactor.Redact("key=VK7JG*NPHTM*C97JM*9MPGT*3v66t;");

        Assert.Equal(1, count);
        Assert.Equal("key=************************3V66T;", text);
        Assert.False(ProductKeyRedactor.ContainsKey(text));
    }

    [Fact]
    public void Redact_QuotedCommaSeparatedKey_KeepsTheQuotesAndCommas()
    {
        var (text, count) = ProductKeyRedactor.Redact("[\"VK7JG\",\"NPHTM\",\"C97JM\",\"9MPGT\",\"3v66t\"]");

        Assert.Equal(1, count);
        Assert.Equal("[\"*****\",\"*****\",\"*****\",\"*****\",\"3V66T\"]", text);
    }

    [Fact]
    public void Redact_KeyWithIndentedLineBreakAndSoftHyphens_KeepsLayoutAndTheLastFive()
    {
        var (text, count) = ProductKeyRedactor.Redact("VK7JG\u00ADNPHTM \r\n    C97JM - 9MPGT\u20133V66T.");

        Assert.Equal(1, count);
        Assert.Equal("*****\u00AD***** \r\n    ***** - *****-3V66T.", text);
    }

    [Fact]
    public void Redact_KeysOnConsecutiveLinesWithSpaces_KeepsEachKeysLastFive()
    {
        var (text, count) = ProductKeyRedactor.Redact("VK7JG NPHTM C97JM 9MPGT 3V66T\nBCDF2 GHJK3 MPQR4 TVWX6 Y7898");

        Assert.Equal(2, count);
        Assert.Equal("***** ***** ***** ***** 3V66T\n***** ***** ***** ***** Y7898", text);
    }

    [Theory]
    [InlineData("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-IIIII")]
    [InlineData("CRYPT NYMPH MYRRH PYGMY CRYPT VK7JG NPHTM C97JM 9MPGT 3V66T")]
    [InlineData("VK7JG-NPHTM-C97JM-9MPGT-3V66T-VK7JG-NPHTM-C97JM-9MPGT")]
    public void Redact_RunOfMoreThanFiveGroups_LeavesNoFullKeyBehind(string run)
    {
        var (text, count) = ProductKeyRedactor.Redact(run);

        Assert.True(count >= 1);
        Assert.False(ProductKeyRedactor.ContainsKey(text), text);
        Assert.Equal(run[^5..], text[^5..]);
    }

    [Theory]
    [InlineData("VK7JG - NPHTM - C97JM - 9MPGT")]
    [InlineData("VK7JG      NPHTM C97JM 9MPGT 3V66T")]
    [InlineData("VK7JG - - - NPHTM C97JM 9MPGT 3V66T")]
    [InlineData("VK7JG\r\n\r\n\r\n\r\n\r\nNPHTM C97JM 9MPGT 3V66T")]
    [InlineData("VK7JG NPHTM C97JM 9MPGT 3V66")]
    [InlineData("VK7JGA NPHTM C97JM 9MPGT 3V66T")]
    [InlineData("VK7JE NPHTM C97JM 9MPGT 3V66T")]
    [InlineData("VK7JG NPHTM C97JM 9MPGT 3V56T")]
    [InlineData("Installation ID: 123456 123456 123456 123456 123456 123456 123456 123456 123456")]
    [InlineData("Confirmation ID: 234678-234678-234678-234678-234678-234678-234678-234678")]
    [InlineData("Installation ID: 2346789 2346789 2346789 2346789 2346789 2346789 2346789")]
    [InlineData("Activation ID: d236d31d-ef0b-9d29-9313-4b65ab3adf32")]
    [InlineData("Application ID: 55c92734-d682-4d71-983e-d6ec3f16059f")]
    [InlineData("Extended PID: 03612-03308-000-000000-00-1033-26100.0000-3102025")]
    [InlineData("Product ID: 00331-10000-00001-AA382")]
    [InlineData("sha256 7c4f9d2b3a6e8f0c1d2b3a4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80")]
    [InlineData("crypt nymph myrrh pygmy crypt")]
    [InlineData("CRYPT, NYMPH, MYRRH, PYGMY, CRYPT")]
    [InlineData("Build 26100.2894, 26100.3194, 26100.3476, 26100.3775, 26100.4061")]
    [InlineData("2024/03/10 2024/03/11 2024/03/12")]
    [InlineData("HWID 4D7F2 8C3B6 9F2D4 7B3C8")]
    [InlineData("12:34:56; 23:46:78; 34:67:89; 46:78:92; 67:89:23")]
    [InlineData("C:\\Windows\\System32\\spp\\store\\2.0\\tokens.dat")]
    public void Redact_VariantLookAlikes_AreLeftAlone(string text)
    {
        Assert.Equal((text, 0), ProductKeyRedactor.Redact(text));
        Assert.False(ProductKeyRedactor.ContainsKey(text));
    }

    [Fact]
    public void Redact_LongRunsOfKeyLikeGroups_TakesLinearTime()
    {
        var groups = string.Concat(Enumerable.Repeat("BCDFG - ", 100_000));
        var dashes = string.Concat(Enumerable.Repeat("7XKQH-2B9W", 50_000));
        var timer = System.Diagnostics.Stopwatch.StartNew();

        var (_, letters) = ProductKeyRedactor.Redact(groups);
        var (_, glued) = ProductKeyRedactor.Redact(dashes);

        Assert.Equal(0, letters);
        Assert.Equal(0, glued);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"took {timer.Elapsed}");
    }

    private static string Letters(string text) => new([.. text.Where(char.IsAsciiLetterOrDigit)]);

    [Theory]
    [InlineData("03612-03308-000-000000-00-1033-26100.0000-3102025")]
    [InlineData("a84bba07-931d-b925-306a-0799dc6ebd71")]
    [InlineData("*****-*****-*****-*****-7Q2WT")]
    [InlineData("123456712345671234567123456712345671234567123456712345671234567")]
    [InlineData("2346789234678923467892346")]
    [InlineData("There would never occur these WORDS TODAY")]
    [InlineData("BCDFG HJKMN PQRTV WXYBC DFGHJ")]
    public void Redact_LookAlikes_AreLeftAlone(string text)
    {
        Assert.Equal((text, 0), ProductKeyRedactor.Redact(text));
    }
}
