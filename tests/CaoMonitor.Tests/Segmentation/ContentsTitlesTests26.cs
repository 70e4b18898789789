using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Chapter and article numbers printed in a side column that the extractor set apart from the titles, or lost (issue 16
/// item 4, session 26): a scanned cao whose pages begin with "2.2" / "2.3" stacked, its chapter titles ("Over deze cao") and
/// article titles ("Voor wie geldt de cao?") standing alone further down. Only the contents still pairs each number with its
/// title, in the scan's spelling ("2.1 Looptijd Van De CaO ......"). The body's titles were read as sub-headings of the last
/// article that had a number ("H1 > Art. 1.26 > Looptijd", the whole of chapters 2 to 5 under it). Each title the contents
/// names now opens its chapter or article, and a title between two named ones takes the number left between them.
/// Fixtures in our own words.
/// </summary>
public class ContentsTitlesTests26
{
    private static readonly (string Number, string Title, string Text)[] Body =
    [
        ("1", "Begrippen", "In deze cao gelden de volgende begrippen."),
        ("1.1", "Werkgever", "De werkgever is de rechtspersoon die een of meer instellingen voor jeugdhulp in stand houdt."),
        ("1.2", "Werknemer", "De werknemer is degene die met de werkgever een arbeidsovereenkomst heeft gesloten."),
        ("1.3", "Salaris", "Het salaris is het bruto bedrag per maand dat bij de functie en de trede van de werknemer hoort."),
        ("1.4", "Arbeidsduur", "De arbeidsduur is het aantal uren per week dat in de arbeidsovereenkomst is afgesproken."),
        ("1.5", "Standplaats", "De standplaats is de plaats waar de werknemer gewoonlijk zijn werk verricht."),
        ("2", "Over deze cao", "Dit hoofdstuk zegt voor wie en hoe lang de afspraken gelden."),
        ("2.1", "Hoe lang gelden de afspraken?", "De afspraken gelden van 1 januari van het eerste jaar tot en met 31 december van het tweede jaar."),
        ("2.2", "Voor wie gelden de afspraken?", "De cao geldt voor iedere werkgever en werknemer in de sector jeugdhulp."),
        ("2.3", "Afwijken van de cao", "De werkgever mag alleen in het voordeel van de werknemer afwijken van deze cao."),
        ("2.4", "Naleving", "Partijen zien samen toe op de naleving van de afspraken in deze cao."),
        ("3", "Werk en ontwikkeling", "In dit hoofdstuk staan de afspraken over opleiding en loopbaan."),
        ("3.1", "Scholingsplan", "De werkgever stelt ieder jaar een scholingsplan op in overleg met de ondernemingsraad."),
        ("3.2", "Studiekosten", "De werkgever vergoedt de kosten van een opleiding die voor de functie nodig is volledig."),
        ("3.3", "Studieverlof", "De werknemer krijgt voor het volgen van een opleiding verlof met behoud van salaris."),
        ("3.4", "Loopbaangesprek", "De werknemer heeft eens per twee jaar recht op een gesprek over zijn loopbaan."),
        ("3.5", "Ontwikkelbudget", "Iedere werknemer heeft een persoonlijk budget van vijfhonderd euro per jaar voor zijn ontwikkeling."),
    ];

    // The contents in the scan's spelling: odd capitals, dot leaders with stray letters, one entry garbled beyond reading.
    private const string Contents =
        "Inhoudsopgave\n\n1. BegripPen ......ceeeeeeeeeeeeee 3\n1.1 WerkGever .........ccccceeeeeeeeeeeeeee 3\n1.2 WERKNEMER ........eeeeeeee 3\n"
        + "1.3 SalaRis ..............eeeeeeeeeeeee 3\n1.4 ArbeidsDuur ..........seeeeee 3\n1.5 StandPlaats ...........eeeeeee 4\n"
        + "2. Over deze CaO ......cccccceeeee 5\n2.1 Hoe lang gelden de afspraken? .......eeeee 5\n2.2 Voor wie gelden de AfspraKen? ......eeee 5\n"
        + "2.3 Afwijken Van De CaO .......eeeeeee 5\n2.4 NaLeving ...........eeeeeee 6\n3. Werk en ontwikkeling ........eeeeee 7\n"
        + "3.1 ScholingsPlan ......eeeeeeeeeee 7\n3.2 STUDIEKOSTEN .........eeeee 7\n3.3 Xl0e] [6 ........eeeeeeee 7\n"
        + "3.4 LoopbaanGesprek .........eeeee 8\n3.5 OntwikkelBudget ..........eeeee 8\n";

    /// <summary>The cover, the contents, then the body: per page a side column's numbers (some lost) above the titles and texts.</summary>
    private static string[] Pages(bool numberedTitles = false)
    {
        var pages = new List<string>
        {
            "Cao Jeugdhulp\n\nLooptijd: 1 januari 2024 tot en met 31 december 2025\n\nAfgesloten door de werkgevers en de bonden in de jeugdhulp\n\n1",
            Contents + "\n2",
        };
        for (int p = 0; p < Body.Length; p += 3)
        {
            var chunk = Body.Skip(p).Take(3).ToList();
            // The side column: the page's numbers on lines of their own at its top; the first of each page was lost by the scan.
            var side = numberedTitles ? "" : string.Join("\n\n", chunk.Skip(1).Select(b => b.Number)) + "\n\n";
            var text = string.Join("\n\n", chunk.Select(b => (numberedTitles ? b.Number + " " : "") + b.Title + "\n" + b.Text + " Dit geldt ook voor de werknemer in deeltijd, naar rato van zijn arbeidsduur."));
            pages.Add(side + text + $"\n\n{pages.Count + 1}");
        }
        // The long body of an appendix, so that the contents stands in the first pages of the text.
        for (int k = 1; k <= 12; k++)
            pages.Add((k == 1 ? "Bijlage 1 Salaristabellen\n\n" : "") + string.Join("\n\n", Enumerable.Range(1, 6).Select(r => $"Trede {k}.{r} van de schaal bedraagt per maand het bedrag dat in de tabel staat.")) + $"\n\n{pages.Count + 1}");
        return pages.ToArray();
    }

    [Fact]
    public void TitlesNamedByTheContentsOpenTheirChaptersAndArticles()
    {
        var cs = Seg(Pages());
        Assert.Equal("H1 > Art. 1.2", Leaf(cs, "met de werkgever een arbeidsovereenkomst heeft gesloten").Path);
        Assert.Equal("H2 > Art. 2.1", Leaf(cs, "tot en met 31 december van het tweede jaar").Path);
        Assert.Equal("H2 > Art. 2.3", Leaf(cs, "in het voordeel van de werknemer afwijken").Path);
        Assert.Equal("H3 > Art. 3.2", Leaf(cs, "die voor de functie nodig is volledig").Path);
        Assert.Equal("H3 > Art. 3.5", Leaf(cs, "persoonlijk budget van vijfhonderd euro").Path);
        // Before: "H1 > Art. 1.5 > Studiekosten" and the like, chapters 2 and 3 read as sub-headings of the last numbered article.
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H1 > Art. 1.5 >", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleBetweenTwoNamedOnesTakesTheNumberLeftBetweenThem()
    {
        // "3.3 Xl0e] [6" in the contents is unreadable; "Studieverlof" stands alone between 3.2 and 3.4.
        var cs = Seg(Pages());
        Assert.Equal("H3 > Art. 3.3", Leaf(cs, "verlof met behoud van salaris").Path);
    }

    [Fact]
    public void TheContentsLinesAndTheSideNumbersBelongToNoClause()
    {
        var cs = Seg(Pages());
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("ScholingsPlan", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Kind == Domain.ClauseKind.Article && c.Title is null or "");
    }

    [Fact]
    public void ABodyThatNumbersItsOwnHeadingsIsReadAsBefore()
    {
        // "2.1 Hoe lang gelden de afspraken?" with its number: the body's own numbers do the work, the contents names nothing.
        var cs = Seg(Pages(numberedTitles: true));
        Assert.Equal("H2 > Art. 2.1", Leaf(cs, "tot en met 31 december van het tweede jaar").Path);
        Assert.Equal("H3 > Art. 3.3", Leaf(cs, "verlof met behoud van salaris").Path);
    }
}
