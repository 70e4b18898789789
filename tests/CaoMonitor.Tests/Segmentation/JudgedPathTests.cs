using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// The path errors an independent judge found in a sample of real clause paths (session 7), each in a
/// fixture of our own words that has the same shape as the real text.
/// </summary>
public class JudgedPathTests
{
    private static IReadOnlyList<Clause> Seg(params string[] pages) =>
        CaoSegmenter.Segment(TextNormaliser.Normalise(pages.Select((t, i) => new ExtractedPage(i + 1, t, false)).ToList()));

    private static Clause ByPath(IReadOnlyList<Clause> cs, string path) =>
        cs.SingleOrDefault(c => c.Path == path) ?? throw new Xunit.Sdk.XunitException($"no clause {path}; have: {string.Join(" | ", cs.Select(c => c.Path))}");

    [Fact]
    public void APageNumberGluedBeforeALidDoesNotHideIt()
    {
        // Every page starts with its printed number, glued to the first line; on page 3 it stands before
        // lid 3, whose dot the extractor lost.
        var cs = Seg(
            "1 Cao voor de Fictieve Tuinbouw\nLooptijd 1 januari 2025 tot en met 31 december 2025",
            "2 Artikel 11 Herplaatsing\n1. De werkgever zoekt eerst passend werk in de eigen onderneming voor de zieke werknemer.\n2. Bij passend werk met een lager loon vult de werkgever het loon het eerste jaar aan tot het oude loon.",
            "3 3  Bij passend werk bij een andere werkgever vult de oude werkgever het loon twee jaar lang aan.\n4. De werknemer kan de werkgever om een second opinion vragen.",
            "4 Artikel 12 Overlijden\nBij overlijden ontvangen de nabestaanden het loon over de lopende maand.",
            "5 Artikel 13 Vakantie\na) De werknemer heeft recht op vijfentwintig vakantiedagen per jaar.\nb) Hij neemt ze in overleg op.",
            "6 c) Niet opgenomen dagen vervallen na vijf jaar.\nArtikel 14 Slot\nDeze cao geldt voor alle leden van de partijen.");
        Assert.Contains("lager loon", ByPath(cs, "Art. 11 > lid 2").Text);
        Assert.DoesNotContain("andere werkgever", ByPath(cs, "Art. 11 > lid 2").Text);
        Assert.Contains("andere werkgever", ByPath(cs, "Art. 11 > lid 3").Text);
        Assert.Contains("second opinion", ByPath(cs, "Art. 11 > lid 4").Text);
        Assert.Contains("vervallen", ByPath(cs, "Art. 13 > lid c").Text);
        Assert.DoesNotContain("vervallen", ByPath(cs, "Art. 13 > lid b").Text);
    }

    [Fact]
    public void AnIndentedLidIsALid()
    {
        var cs = Seg("""
            Artikel 11. Opzegtermijn
            1. De werkgever zegt op met een termijn van ten minste een maand.
            2. De werknemer zegt op met een termijn van een maand.
             3. Wie per maand wordt betaald, zegt op tegen het einde van een maand.
            Artikel 12. Pensioen
            De werknemer neemt deel aan het pensioenfonds van de sector.
            """);
        Assert.DoesNotContain("einde van een maand", ByPath(cs, "Art. 11 > lid 2").Text);
        Assert.Contains("einde van een maand", ByPath(cs, "Art. 11 > lid 3").Text);
    }

    [Fact]
    public void AnArticleNumberStandingAloneAboveItsTitleOpensTheArticle()
    {
        var cs = Seg("""
            Artikel 8.4 Vakantie
            De werknemer bouwt vakantieverlof op naar rato van zijn aanstelling.

            8.5

            Intrekken van vakantieverlof

            De werkgever trekt verleend vakantieverlof in wanneer de wet dat bij samenloop met ander verlof eist.

            8.6

            Kort verlof met behoud van loon

            De werkgever geeft de werknemer kort verlof met behoud van loon in de volgende gevallen:
            a. de geboorte van een kind van de werknemer;
            b. het huwelijk van de werknemer.
            """);
        Assert.Contains("samenloop", ByPath(cs, "Art. 8.5").Text);
        Assert.Equal("Intrekken van vakantieverlof", ByPath(cs, "Art. 8.5").Title);
        Assert.Contains("huwelijk", ByPath(cs, "Art. 8.6 > lid b").Text);
        Assert.DoesNotContain("kort verlof", ByPath(cs, "Art. 8.4").Text);
    }

    [Fact]
    public void AStackOfBareNumbersOpensNoArticle()
    {
        // Margin numbers the extractor put apart from their titles: which title is whose cannot be known.
        var cs = Seg("""
            Artikel 6.1 Loon
            De werknemer ontvangt loon volgens de schaal van zijn functie.
            6.2

            6.3

            6.4

            In november ontvangt de werknemer een eenmalige uitkering van tweehonderd euro bruto.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 6.2", StringComparison.Ordinal) || c.Path.StartsWith("Art. 6.4", StringComparison.Ordinal));
    }

    [Fact]
    public void ArticlesNumberedAfterTheirAppendixLetterAreArticles()
    {
        var cs = Seg("""
            Artikel 7 Scholing
            De werkgever stelt jaarlijks een opleidingsplan op.
            Bijlage B Vervallen regelingen

            Paragraaf 1 Oude regels

            Artikel B.1 Oude wachtgeldregeling
            Wie voor 2001 werkloos werd, houdt recht op de uitkering van de oude wachtgeldregeling.

            Artikel B.2 Overgang van de oude instelling
            1. Rechten die de oude instelling gaf, blijven gelden.
            2. Voor werknemers van de oude instelling gelden de begrippen van die instelling.
            """);
        Assert.Contains("wachtgeldregeling", ByPath(cs, "Bijlage B > Art. B.1").Text);
        Assert.DoesNotContain("Overgang", ByPath(cs, "Bijlage B > Art. B.1").Text);
        Assert.Contains("blijven gelden", ByPath(cs, "Bijlage B > Art. B.2 > lid 1").Text);
    }

    [Fact]
    public void ATableHeaderRowIsNoSubHeading()
    {
        var cs = Seg("""
            Bijlage 3 Functieniveaus
            Niveau A Niveau B Niveau C Niveau D
            Aard van het werk: je doet eenvoudig werk; je doet afwisselend werk; je lost zelf problemen op; je geeft leiding.
            Opleiding: geen; vmbo; mbo; hbo.
            """);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Niveau", StringComparison.Ordinal));
        Assert.Contains("leiding", ByPath(cs, "Bijlage 3").Text);
    }

    [Fact]
    public void ARunningTitleGluedToThePageTextIsCutOff()
    {
        // The running title "Cao Fictief Onderwijs 2025/2026" is glued to each page's first line, on odd
        // pages with the page number between, on even pages straight onto the text.
        var cs = Seg(
            "Cao Fictief Onderwijs 2025/2026 1Artikel 1 Begrippen\nWerknemer: wie bij de werkgever in dienst is.",
            "Cao Fictief Onderwijs 2025/2026Artikel 2 Looptijd\nDeze cao loopt van 1 januari 2025 tot en met 31 december 2026.",
            "Cao Fictief Onderwijs 2025/2026 3Artikel 3 Loon\nDe werknemer ontvangt loon volgens de loontabel.",
            "Cao Fictief Onderwijs 2025/2026Bijlage 10. Werkloosheid\nA. Aanvullende uitkering\nDe werknemer die werkloos wordt, ontvangt een aanvulling op zijn uitkering.",
            "Cao Fictief Onderwijs 2025/2026 5i. tot het loon behoort ook de vakantietoeslag.");
        Assert.Contains("loontabel", ByPath(cs, "Art. 3").Text);
        Assert.DoesNotContain("Werkloosheid", ByPath(cs, "Art. 3").Text);
        Assert.Contains(cs, c => c.Path.StartsWith("Bijlage 10", StringComparison.Ordinal) && c.Text.Contains("aanvulling op zijn uitkering"));
        Assert.DoesNotContain(cs, c => c.Text.Contains("Cao Fictief Onderwijs 2025/2026", StringComparison.Ordinal) && c.Path != "Voorblad");
    }
}
