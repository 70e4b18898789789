using CaoMonitor.Analysis;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Analysis;

public class DutchStemmerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("lichamelijk", "licham")]
    [InlineData("lichamelijke", "licham")]
    [InlineData("opleidingen", "opleid")]
    [InlineData("werkgevers", "werkgever")]
    [InlineData("werknemers", "werknemer")]
    [InlineData("maan", "man")]
    [InlineData("ontwikkelen", "ontwikkel")]
    [InlineData("budgetten", "budget")]
    [InlineData("", "")]
    [InlineData("a", "a")]
    public void StemsKnownWords(string word, string expected) =>
        Assert.Equal(expected, DutchStemmer.Stem(word));

    [Fact]
    public void LongWordDoesNotThrow() =>
        Assert.NotEmpty(DutchStemmer.Stem(new string('a', 1000) + "heden"));

    [Fact]
    public void ConformsToSnowballReferenceVocabulary()
    {
        var dir = Repo.Shared("data/snowball-dutch");
        if (!File.Exists(Path.Combine(dir, "voc.txt")) || !File.Exists(Path.Combine(dir, "output-porter.txt")))
            Assert.Skip("Snowball Dutch reference data not found at ../shared/data/snowball-dutch/ (voc.txt, output-porter.txt) relative to the solution root.");

        var words = File.ReadAllLines(Path.Combine(dir, "voc.txt"));
        var expected = File.ReadAllLines(Path.Combine(dir, "output-porter.txt"));
        Assert.Equal(words.Length, expected.Length);

        int ok = 0;
        var misses = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            var got = DutchStemmer.Stem(words[i]);
            if (got == expected[i]) ok++;
            else if (misses.Count < 20) misses.Add($"{words[i]} -> {got} (expected {expected[i]})");
        }
        double rate = (double)ok / words.Length;
        output.WriteLine($"Snowball Dutch (porter) conformance: {ok}/{words.Length} = {rate:P3}");
        foreach (var m in misses) output.WriteLine("  miss: " + m);
        Assert.True(rate >= 0.995, $"conformance {rate:P3} below 99.5%");
    }
}
