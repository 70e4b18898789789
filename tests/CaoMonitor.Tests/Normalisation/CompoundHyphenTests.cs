using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Tests.Normalisation;

/// <summary>
/// PdfPig keeps every line-end hyphen (pdftotext joined them itself), so the normaliser decides
/// inside compounds too: a cut word is joined, a real part keeps its hyphen.
/// </summary>
public class CompoundHyphenTests
{
    private static string N(string text) => TextNormaliser.Normalise([new ExtractedPage(1, text, false)]).Text.Replace("\n", "");

    [Theory]
    [InlineData("stelt een risico-inventarisa-\ntie op, die", "risico-inventarisatie")]
    [InlineData("de sector-specifieke loop-\nbaanscan", "loopbaanscan")]
    [InlineData("een van-werk-naar-\nwerk traject en ander werk", "van-werk-naar-werk")]
    [InlineData("een van-werk-\nnaar-werktraject", "van-werk-naar-werktraject")]
    [InlineData("personeel in de doe-het-\nzelfbranche, zoals het", "doe-het-zelfbranche")]
    // The line break inside the sentence is now a space, so the rest reads as written ("scholings- of").
    [InlineData("ingezet voor een scho-\nlings- of van-werk-naar-werktraject", "een scholings- of van-werk")]
    public void HyphensInsideCompounds(string input, string expected) => Assert.Contains(expected, N(input));
}
