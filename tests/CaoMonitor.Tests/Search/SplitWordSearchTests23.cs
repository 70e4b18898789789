namespace CaoMonitor.Tests.Search;

/// <summary>A word the PDF split by a stray space is found by the normal word once the normaliser joined it.</summary>
public class SplitWordSearchTests23 : IDisposable
{
    private readonly SearchTestStore _s = new(
        new SearchTestStore.Doc("bakkers-2024", "bakkers", "Cao Bakkers", "sector", "voeding", "2024-01-01", "2024-12-31", """
            Artikel 1 Werkingssfeer
            Deze cao geldt voor werkgevers en werknemers in het bakkersbedrijf. De werkgever kan een werknemer laten solliciteren.
            Artikel 2 Scholing
            De kosten van een opleiding worden vergoed. Reiskosten worden vergoed.
            Artikel 3 Herplaatsing
            De werknemer mag intern sol liciteren. Zijn kosten wor den vergoed.
            """));

    public void Dispose() => _s.Dispose();

    [Fact]
    public void TheNormalWordFindsTheClauseWhoseWordWasSplit()
    {
        var hits = _s.Search("solliciteren").Hits;
        Assert.Contains(hits, h => h.Text.Contains("intern solliciteren"));
        Assert.Contains(_s.Search("\"kosten worden vergoed\"").Hits, h => h.Text.Contains("Zijn kosten worden vergoed"));
    }
}
