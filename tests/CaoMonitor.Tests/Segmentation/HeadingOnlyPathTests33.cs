using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Heading-only clauses (issue 16 items 3 and 4) that independent judges found in real samples (session 33): a title block or a
/// table's column captions stored as a clause of its own. Fixtures in our own words with the real text's layout.
/// </summary>
public class HeadingOnlyPathTests33
{
    private const string Body = "HOOFDSTUK 1 Algemeen\n\nArtikel 1 Looptijd\nDeze cao loopt van 1 januari 2024 tot en met 31 december 2024.\n";

    [Fact]
    public void AReferenceLineUnderAnAppendixTitleIsNoIntroClause()
    {
        // "BIJLAGE 2 ..." / "(Zie artikel 1.4 van de cao)" / the appendix's own articles. Before: "Bijlage 2 > inleiding" held only the
        // reference line (judged heading only).
        var cs = Seg(Body, "BIJLAGE 2 Verklaring samenwonen\n(Zie artikel 1.4 van de cao)\n\nArtikel 1 Doel\n"
            + "Met deze verklaring toont de werknemer aan dat hij met zijn partner samenwoont.\n\nArtikel 2 Ondertekening\n"
            + "Beide partners tekenen de verklaring en leveren die in bij de werkgever.");
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Path.StartsWith("Bijlage 2 > inleiding", StringComparison.Ordinal));
        Assert.Equal("Bijlage 2 > Art. 1", Leaf(cs, "met zijn partner samenwoont").Path);
        Assert.Equal("Bijlage 2 > Art. 2", Leaf(cs, "Beide partners tekenen").Path);
        // the words stay in the appendix's text
        Assert.Contains("(Zie artikel 1.4 van de cao)", ByPath(cs, "Bijlage 2").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppendixTitleBlockInCapitalsIsNoIntroClause()
    {
        // "7. GEEN OPBOUW ...": a title over two lines in capitals and "Zie artikel 40 CAO" before the appendix's first article: no text of its own.
        var cs = Seg(Body, "BIJLAGE 7 Vakantie\n\n7. GEEN OPBOUW VAN VAKANTIEDAGEN BIJ\nONBETAALD VERLOF\nZie artikel 40 CAO\n\nArtikel 1 Uitzondering\n"
            + "De werknemer die onbetaald verlof opneemt, bouwt over die dagen geen vakantiedagen op.\n\nArtikel 2 Duur\n"
            + "Dit geldt voor verlof van meer dan vier weken aaneen.");
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Path.StartsWith("Bijlage 7 > inleiding", StringComparison.Ordinal));
        Assert.Equal("Bijlage 7 > Art. 1", Leaf(cs, "bouwt over die dagen").Path);
    }

    [Fact]
    public void AnIntroWithASentenceStaysAClause()
    {
        // A scope sentence in brackets and a sentence under a title in capitals are text of their own: they stay "inleiding" clauses.
        var cs = Seg(Body, "BIJLAGE 3 Regeling thuiszorg\n(Dit artikel is alleen van toepassing voor werknemers in de thuiszorg)\n\n"
            + "Artikel 1 Reistijd\nReistijd tussen twee cliënten geldt als werktijd.\n",
            "BIJLAGE 4 Wetsartikelen\n(zie ook artikel 66a cao)\nWET ARBEID EN ZORG\nHieronder zijn enige artikelen uit de wet opgenomen\n\n"
            + "Artikel 1 Kort verzuim\nDe werknemer heeft recht op kort verzuimverlof bij een calamiteit.");
        Assert.Equal("Bijlage 3 > inleiding", Leaf(cs, "alleen van toepassing voor werknemers").Path);
        Assert.Equal("Bijlage 4 > inleiding", Leaf(cs, "enige artikelen uit de wet").Path);
        Assert.Equal("Bijlage 3 > Art. 1", Leaf(cs, "Reistijd tussen twee").Path);
    }

    [Fact]
    public void AFunctionSheetsColumnCaptionsAreNoClause()
    {
        // "Resultaatgebieden" / "Wat moet ik bereiken? Wat kan ik doen ...?" / "(resultaten) (activiteiten)" over the numbered result
        // areas of a function sheet. Before: a leaf "... > Resultaatgebieden" with only the captions (judged heading only).
        var cs = Seg(Body, "BIJLAGE 2 Functiebeschrijvingen\n\nBeheerder\n\nFunctienaam: Beheerder\n\n"
            + "Binnen welke kaders ben ik werkzaam? (context)\n\nDe functie komt voor bij organisaties met gebouwen in eigen beheer.\n\n"
            + "Wat is het doel van functie? (doel)\n\nHet zorgen voor het gebruik en onderhoud van het gebouw.\n\n"
            + "Resultaatgebieden\n\nWat moet ik bereiken? Wat kan ik doen om de doelen te bereiken?\n(resultaten) (activiteiten)\n\n"
            + "1. Toezichthouder\n\nToezicht gehouden op het gebouw, zodanig dat het veilig is. De Toezichthouder controleert de sloten.\n\n"
            + "2. Exploitant\n\nDe zalen verhuurd, zodanig dat zij goed bezet zijn. De Exploitant maakt afspraken met huurders.");
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.TrimStart().StartsWith("Resultaatgebieden", StringComparison.Ordinal));
        Assert.Contains("Toezichthouder", Leaf(cs, "controleert de sloten").Path, StringComparison.Ordinal);
        Assert.Contains("Exploitant", Leaf(cs, "afspraken met huurders").Path, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormsQuestionsUnderASubHeadingStayAClause()
    {
        // Questions alone under a sub-heading are a form's questions, not a table's captions: they stay a clause.
        var cs = Seg(Body, "BIJLAGE 6 Aanvraagformulier\n\nAlgemeen\n\nWat is de reden van de aanvraag?\nWat is er gewijzigd in de functie?\n\n"
            + "Organisatie\n\nSchets de structuur van de afdeling waar de functie is geplaatst.\n");
        Assert.Contains(cs, c => c.IsLeaf && c.Text.Contains("Wat is de reden van de aanvraag?", StringComparison.Ordinal));
    }
    [Fact]
    public void ASectionTitleInCapitalsBetweenArticlesLeavesTheClauseBeforeIt()
    {
        // "... op de rekening van de werknemer." / "ARBEIDSONGESCHIKTHEID EN RE-INTEGRATIE" / "Artikel 38 ...": the title of the next
        // group of articles. Before: the last lid of Art. 37 ended with it (a clause spanning two headings).
        var cs = Seg("Artikel 37 Loon\n1. De werkgever betaalt het loon per maand.\n2. Het loon wordt overgemaakt op de rekening van de werknemer.\n\n"
            + "ARBEIDSONGESCHIKTHEID EN RE-INTEGRATIE\n\nArtikel 38 Ziekte\n1. De werknemer meldt zich ziek bij zijn leidinggevende.\n"
            + "2. De werkgever betaalt het loon door tijdens ziekte.");
        var lid = Leaf(cs, "overgemaakt op de rekening");
        Assert.Equal("Art. 37 > lid 2", lid.Path);
        Assert.DoesNotContain("ARBEIDSONGESCHIKTHEID", lid.Text, StringComparison.Ordinal);
        Assert.Equal("Art. 38 > lid 1", Leaf(cs, "meldt zich ziek").Path);
    }

    [Fact]
    public void ATitleBlockInCapitalsOverTwoLinesStaysWhereItWas()
    {
        // Two lines in capitals at a clause's end are no single section title: the clause keeps them (another rule's case).
        var cs = Seg("Artikel 12 Scholing\n1. De werkgever stelt jaarlijks een scholingsplan op.\n2. De werknemer volgt de afgesproken scholing.\n\n"
            + "REGELING VOOR SCHOLING EN\nONTWIKKELING VAN WERKNEMERS\n\nArtikel 13 Budget\n1. Iedere werknemer heeft een budget voor scholing.");
        Assert.Contains("ONTWIKKELING VAN WERKNEMERS", Leaf(cs, "volgt de afgesproken scholing").Text, StringComparison.Ordinal);
    }
    [Fact]
    public void TheRestOfATitleOnTheLineUnderItsHeadingIsNoIntroClause()
    {
        // "2.3 Einde arbeidsovereenkomst AOW-gerechtigde leeftijd" / "en doorwerken na AOW-gerechtigde leeftijd": the title's second
        // line. Before: "H2 > Art. 2.3 > inleiding" held only that line.
        var cs = Seg("Hoofdstuk 2 Arbeidsovereenkomst\n\n2.1 Proeftijd\nDe proeftijd is een maand.\n\n"
            + "2.3 Einde arbeidsovereenkomst AOW-gerechtigde leeftijd\nen doorwerken na AOW-gerechtigde leeftijd\n"
            + "1. De arbeidsovereenkomst eindigt op de dag dat de werknemer de AOW-leeftijd bereikt.\n"
            + "2. Werkgever en werknemer kunnen afspreken dat de werknemer daarna doorwerkt.");
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Path.EndsWith("inleiding", StringComparison.Ordinal));
        Assert.EndsWith("lid 1", Leaf(cs, "de AOW-leeftijd bereikt").Path, StringComparison.Ordinal);
    }
}
