namespace Dashboard.Tests.Parsing;

public sealed class CorpusCoverageTests
{
    // Every sample has a test of its own in the Corpus*Tests classes; a new sample must get one too.
    private static readonly HashSet<string> s_covered =
    [
        "001", "002", "004", "005", "006", "007", "009", "010", "012", "013", "015", "016", "017", "018", "020",
        "021", "023", "024", "026", "027", "028", "029", "031", "032", "033", "035", "037", "038", "039", "040",
        "041", "042", "043", "045",
    ];

    [Fact]
    public void Corpus_EverySample_HasATest()
    {
        var numbers = Corpus.AllFiles().Select(file => Path.GetFileName(file)[..3]).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, number => Assert.Contains(number, s_covered));
    }
}
