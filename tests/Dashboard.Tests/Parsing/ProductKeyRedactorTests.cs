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
