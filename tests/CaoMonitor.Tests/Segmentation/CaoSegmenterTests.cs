using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

public class CaoSegmenterTests
{
    [Fact]
    public void ChaptersArticlesAndLeden()
    {
        var cs = Seg("""
            Hoofdstuk 5 Ontwikkeling
            Artikel 12 Persoonlijk ontwikkelbudget
            1. De werknemer heeft recht op een budget.
            2. Het budget bedraagt € 500,- per jaar.
            Artikel 13 Studieverlof
            De werknemer krijgt studieverlof.
            """);
        Assert.Equal("Ontwikkeling", ByPath(cs, "H5").Title);
        var art = ByPath(cs, "H5 > Art. 12");
        Assert.Equal("Persoonlijk ontwikkelbudget", art.Title);
        Assert.False(art.IsLeaf);
        var lid2 = ByPath(cs, "H5 > Art. 12 > lid 2");
        Assert.True(lid2.IsLeaf);
        Assert.Equal("2. Het budget bedraagt € 500,- per jaar.", lid2.Text);
        Assert.True(ByPath(cs, "H5 > Art. 13").IsLeaf); // no leden: the article is the clause
        Assert.Contains("Artikel 12", art.Text);
        Assert.Contains("2. Het budget", art.Text);
    }

    [Theory]
    [InlineData("Art. 5.3 Scholing", "Art. 5.3", "Scholing")]
    [InlineData("Artikel 4a Loopbaanscan", "Art. 4a", "Loopbaanscan")]
    [InlineData("ARTIKEL 7 - OPLEIDINGEN", "Art. 7", "OPLEIDINGEN")]
    [InlineData("§ 3 Duurzame inzetbaarheid", "§ 3", "Duurzame inzetbaarheid")]
    [InlineData("3.2.1 Studiekosten", "Art. 3.2.1", "Studiekosten")]
    [InlineData("Artikel 9:", "Art. 9", "Ontslag")]
    public void NumberingStyles(string heading, string path, string title)
    {
        var cs = Seg($"{heading}\nOntslag\n1. Eerste lid van dit artikel.\n2. Tweede lid.\n");
        if (heading == "Artikel 9:") Assert.Equal(title, ByPath(cs, path).Title); // title on the next line
        else Assert.Equal(title, ByPath(cs, path).Title);
        Assert.NotNull(cs.SingleOrDefault(c => c.Path == path + " > lid 2"));
    }

    [Fact]
    public void TableOfContentsEntriesAreNotArticles()
    {
        var cs = Seg("Cao Fictief\n1 januari 2025 tot en met 31 december 2026\n",
            "Inhoudsopgave\nHoofdstuk 1 Algemeen .......... 3\nArtikel 1 Definities ..... 3\nArtikel 2 Scholing 4\n",
            "Hoofdstuk 1 Algemeen\nArtikel 1 Definities\nTekst over definities.\nArtikel 2 Scholing\nTekst over scholing.\n");
        Assert.Single(cs, c => c.Kind == ClauseKind.Article && c.Number == "1");
        Assert.Single(cs, c => c.Kind == ClauseKind.Article && c.Number == "2");
        Assert.DoesNotContain(cs, c => c.Title == "Inhoud" || c.Text.Contains(".....")); // the contents are no clause at all
        Assert.Equal(3, ByPath(cs, "H1 > Art. 2").PageStart);
        Assert.Contains("1 januari 2025", ByPath(cs, "Voorblad").Text);
    }

    [Fact]
    public void LetteredItemsInsideNumberedLedenStayInTheirLid()
    {
        var cs = Seg("Artikel 3 Budget\n1. Het budget is bestemd voor:\na. scholing;\nb. loopbaanadvies.\n2. Het budget vervalt niet.\n");
        Assert.Contains("b. loopbaanadvies.", ByPath(cs, "Art. 3 > lid 1").Text);
        Assert.Null(cs.SingleOrDefault(c => c.Path == "Art. 3 > lid a"));
    }

    [Fact]
    public void LetteredLedenWhereThereAreNoNumbers()
    {
        var cs = Seg("Artikel 3 Budget\na. De werkgever stelt een budget beschikbaar.\nb. De werknemer besteedt het.\n");
        Assert.Contains("besteedt", ByPath(cs, "Art. 3 > lid b").Text);
    }

    [Fact]
    public void NumbersOutOfSequenceAreNotLeden()
    {
        var cs = Seg("Artikel 3 Budget\n1. De werknemer ontvangt een budget van\n18. jaar of ouder geldt dit niet.\n2. Tweede lid.\n");
        Assert.Contains("18. jaar", ByPath(cs, "Art. 3 > lid 1").Text);
        Assert.NotNull(ByPath(cs, "Art. 3 > lid 2"));
    }

    [Fact]
    public void SentencesThatStartWithArtikelAreNotHeadings()
    {
        var cs = Seg("Artikel 3 Budget\nDe werkgever stelt een budget beschikbaar, zoals\nArtikel 5 van het reglement bepaalt.\nBijlage 2 bevat de tabellen.\n");
        Assert.Single(cs, c => c.Kind == ClauseKind.Article);
        Assert.DoesNotContain(cs, c => c.Kind == ClauseKind.Appendix);
    }

    [Fact]
    public void AppendicesWithTheirOwnArticles()
    {
        var cs = Seg("Artikel 1 Looptijd\nDeze cao loopt twee jaar.\n",
            "Bijlage 3 Sociaal plan\nDit sociaal plan geldt bij reorganisatie.\nArtikel 1 Van werk naar werk\n1. De werkgever biedt een traject.\n");
        Assert.Equal("Sociaal plan", ByPath(cs, "Bijlage 3").Title);
        Assert.Contains("traject", ByPath(cs, "Bijlage 3 > Art. 1 > lid 1").Text);
        Assert.Contains("geldt bij reorganisatie", ByPath(cs, "Bijlage 3 > inleiding").Text);
        Assert.Equal(2, ByPath(cs, "Bijlage 3").PageStart);
    }

    [Fact]
    public void ArticleContinuingAcrossPagesHasAPageRange()
    {
        var cs = Seg("Artikel 1 Scholing\n1. De werknemer heeft recht op\n", "scholing in werktijd.\n2. Tweede lid.\n");
        var lid1 = ByPath(cs, "Art. 1 > lid 1");
        Assert.Equal((1, 2), (lid1.PageStart, lid1.PageEnd));
        Assert.Equal("1. De werknemer heeft recht op scholing in werktijd.", lid1.Text); // the sentence is whole again
        Assert.Equal((1, 2), (ByPath(cs, "Art. 1").PageStart, ByPath(cs, "Art. 1").PageEnd));
    }

    [Fact]
    public void ClauseOffsetsPointIntoTheDocumentText()
    {
        var doc = TextNormaliser.Normalise([new ExtractedPage(1, "Artikel 1 A\n1. Een.\n2. Twee.\nArtikel 2 B\nDrie.\n", false)]);
        foreach (var c in CaoSegmenter.Segment(doc))
            Assert.Equal(c.Text, doc.Text[c.Start..c.End]);
    }
}

public class PolicySegmenterTests
{
    [Fact]
    public void HeadingsAndParagraphs()
    {
        var doc = TextNormaliser.Normalise([new ExtractedPage(1, """
            Geachte voorzitter,

            Hierbij informeer ik u over van werk naar werk.

            1. Aanleiding
            De arbeidsmarkt verandert snel. Werkenden moeten
            kunnen overstappen naar ander werk.

            Tweede alinea over leven lang ontwikkelen.

            2. Maatregelen
            Het kabinet investeert in scholing.
            """, false)]);
        var cs = PolicySegmenter.Segment(doc);
        var sections = cs.Where(c => c.Kind == ClauseKind.Section).ToList();
        Assert.Equal(["Aanleiding", "Maatregelen"], sections.Select(s => s.Title));
        var paras = cs.Where(c => c.ParentOrdinal == sections[0].Ordinal).ToList();
        Assert.Equal(2, paras.Count);
        Assert.StartsWith("De arbeidsmarkt", paras[0].Text);
        Assert.EndsWith("ander werk.", paras[0].Text);
        Assert.All(cs.Where(c => c.IsLeaf), c => Assert.Equal(c.Text, doc.Text[c.Start..c.End]));
    }

    [Fact]
    public void Policy_sections_with_the_same_number_and_title_get_distinct_paths()
    {
        // A report whose annex numbers its sections from 1 again: two "1. Inleiding" sections, each with a paragraph.
        var doc = TextNormaliser.Normalise([new ExtractedPage(1, """
            1. Inleiding
            Dit rapport gaat over omscholing in de zorg.

            2. Bevindingen
            Werkgevers bieden vaker loopbaanadvies aan.

            1. Inleiding
            Deze bijlage beschrijft de gebruikte bronnen.
            """, false)]);
        var cs = PolicySegmenter.Segment(doc);
        var sections = cs.Where(c => c.Kind == ClauseKind.Section).ToList();
        Assert.Equal(["§ 1 Inleiding", "§ 2 Bevindingen", "§ 1 Inleiding (2)"], sections.Select(s => s.Path));
        Assert.Equal(cs.Count, cs.Select(c => c.Path).Distinct().Count());
        Assert.Equal("§ 1 Inleiding (2) > alinea 1", cs.Single(c => c.Text.StartsWith("Deze bijlage")).Path);
    }
}
