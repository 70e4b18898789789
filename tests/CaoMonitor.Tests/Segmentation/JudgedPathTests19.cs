using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real 2024 corpus at sessions 18 and 19 (and their kin elsewhere in it), each in
/// a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests19
{
    private const string Body =
        """
        Cao Fictieve Rijwielherstellers
        Looptijd 1 januari 2025 tot en met 31 december 2026
        Hoofdstuk 1 Algemeen
        Artikel 1 Werkingssfeer
        Deze cao geldt voor iedere rijwielhersteller met personeel in dienst.
        Artikel 2 Looptijd
        Deze cao loopt twee jaar en eindigt zonder opzegging.
        Artikel 3 Loon
        De werkgever betaalt het loon uiterlijk op de laatste werkdag van de maand.
        """;

    [Fact]
    public void TheDotsOfAModelContractAreBlanksToFillInNotContentsLines()
    {
        // A model contract's lines of dots ("wonende te ........", a line of dots alone, "... bedraagt ........ uren") are blanks
        // to write in. Read as contents lines they ended the appendix, and its articles became the cao's own ("Art. 2") or a part.
        var cs = Seg(Body,
            """
            Bijlage 5 Model arbeidsovereenkomst voor leerlingen
            Werkgever
            ..................................... .....................................
            ..................................... .....................................
            gevestigd te .....................................
            en de heer/mevrouw ..................................... geboren op ..........................
            wonende te. .....................................
            verklaren de volgende arbeidsovereenkomst te zijn aangegaan:

            Artikel 1 Duur
            De overeenkomst gaat in op ............ en geldt voor de duur van de opleiding.
            Artikel 2 Arbeidsduur
            De arbeidsduur bedraagt gemiddeld ..................... uren per week.
            Het salaris wordt vastgesteld op ..................... ........................ ............
            Artikel 3 Cao
            Op deze overeenkomst is de cao voor rijwielherstellers van toepassing.
            """);
        Assert.Contains("gemiddeld", ByPath(cs, "Bijlage 5 > Art. 2").Text);
        Assert.Contains("rijwielherstellers van toepassing", ByPath(cs, "Bijlage 5 > Art. 3").Text);
        Assert.Contains("wonende te", ByPath(cs, "Bijlage 5").Text);
        Assert.DoesNotContain(cs, c => c.Path == "Art. 2 (2)" || c.Path.StartsWith("Deel 2", StringComparison.Ordinal));
    }

    [Fact]
    public void ABoxToTickAndAFormSentenceWithDotsAreNoContents()
    {
        // "☐ anders, namelijk ........" and "Het salaris bij indiensttreding bedraagt ........ bruto": lines of a form, inside an article
        // of the model contract, which goes on after them.
        var cs = Seg(Body,
            """
            Bijlage 6 Model arbeidsovereenkomst
            Artikel 1 Indiensttreding
            De werknemer treedt in dienst op de eerste dag van de maand.
            Artikel 2 Werkpatroon
            De werknemer werkt volgens:
            ☐ een vast rooster;
            ☐ anders, namelijk ..........................................
            Artikel 3 Salaris
            Het salaris bij indiensttreding bedraagt ……€…….. bruto per maand volgens de schaal voor ………
            De eerste verhoging volgt na een jaar.
            Artikel 4 Slot
            Op deze overeenkomst is de cao van toepassing.
            """);
        Assert.Contains("namelijk", ByPath(cs, "Bijlage 6 > Art. 2").Text);
        Assert.Contains("eerste verhoging", ByPath(cs, "Bijlage 6 > Art. 3").Text);
        Assert.Contains("cao van toepassing", ByPath(cs, "Bijlage 6 > Art. 4").Text);
    }

    [Fact]
    public void AContentsWithDotLeadersStaysContents()
    {
        // The guard of the rule above: entries with dot leaders and page numbers, or wrapped with their page number lost, are still
        // a contents, and no article opens there.
        var cs = Seg(
            """
            Cao Fictieve Rijwielherstellers
            Inhoud
            Artikel 1 Werkingssfeer ................................ 3
            Artikel 2 Looptijd ................................ 3
            Artikel 3 Loon ................................ 4
            Artikel 4 Vakantie ................................
            """,
            Body["Cao Fictieve Rijwielherstellers\n".Length..]);
        Assert.DoesNotContain(cs, c => c.Path.EndsWith("(2)", StringComparison.Ordinal));
        Assert.Contains("laatste werkdag", Assert.Single(cs, c => c.Path.EndsWith("Art. 3", StringComparison.Ordinal)).Text);
        Assert.DoesNotContain(cs, c => c.Path.EndsWith("Art. 4", StringComparison.Ordinal));
    }

    [Fact]
    public void AModelContractArticleMayOpenWithItsSentenceOnTheHeadingLine()
    {
        // "Artikel 2 De dienstbetrekking is aangegaan voor ..." in a model contract: the number and the article's first sentence on one
        // line, no title. Articles 1, 2, 3 ... of the appendix, not one long introduction of it.
        var cs = Seg(Body,
            """
            Bijlage 7 Model oproepovereenkomst
            Deze overeenkomst wordt gebruikt als het aantal uren per week wisselt.

            Artikel 1 De werknemer treedt in dienst in de functie van monteur.
            Artikel 2 De dienstbetrekking is aangegaan voor bepaalde tijd van zes maanden.
            Artikel 3 a. De werknemer werkt in de regio van de vestiging;
            b. reistijd wordt vergoed.
            Artikel 4 De arbeidsduur bedraagt minimaal acht uur per week.
            """);
        Assert.Contains("monteur", ByPath(cs, "Bijlage 7 > Art. 1").Text);
        Assert.Contains("zes maanden", ByPath(cs, "Bijlage 7 > Art. 2").Text);
        Assert.Contains("reistijd", ByPath(cs, "Bijlage 7 > Art. 3").Text);
        Assert.Contains("acht uur", ByPath(cs, "Bijlage 7 > Art. 4").Text);
    }

    [Fact]
    public void ASentenceThatNamesAnArticleInAnAppendixOpensNoArticle()
    {
        // The guard: "Artikel 5 De ..." out of the appendix's numbering (its first article would be 1) is a sentence citing the body.
        var cs = Seg(Body,
            """
            Bijlage 8 Toelichting
            Deze toelichting hoort bij de cao.
            Artikel 3 De werkgever betaalt het loon ook bij een feestdag door.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 8 > Art.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bijlage ii voorbeeld individuele arbeidsovereenkomst", "Bijlage II")]
    [InlineData("Bijlage x voorbeeld leer-arbeidsovereenkomst", "Bijlage X")]
    public void AnAppendixWrittenInLowerCaseRomanNumeralsOpensItsAppendix(string heading, string path)
    {
        // A cao that writes "Bijlage ii voorbeeld ..." in lower case: the model contract's articles are that appendix's, not the
        // body's last chapter's or a new part's.
        var cs = Seg(Body,
            $"""
            {heading}
            Ondergetekenden verklaren het volgende te zijn overeengekomen:
            Artikel 1 dienstverband
            De werknemer treedt in dienst op de eerste dag van de maand.
            Artikel 2 arbeidsduur
            De arbeidsduur is die van een voltijdse betrekking.
            """);
        Assert.Contains("eerste dag van de maand", ByPath(cs, $"{path} > Art. 1").Text);
        Assert.Contains("voltijdse", ByPath(cs, $"{path} > Art. 2").Text);
    }
    [Fact]
    public void AnAppendixGluedBehindTheLastSignerOpensItsAppendix()
    {
        // The signature page: names over lines of dots, and the extractor ran the next page's "Bijlage A Statuut ..." onto the last
        // name. The statute is Bijlage A, not a run of sub-headings of the body's last chapter (nor text of no clause).
        var cs = Seg(Body,
            """
            Aldus overeengekomen te Utrecht.

            .................................................................
            De heer P. de Vries

            .................................................................
            Mevrouw K. Bakker  Bijlage A Statuut personeelsbeleid

            Doelen van het personeelsbeleid
            De instelling geeft iedere werknemer ruimte om zich te ontwikkelen in het werk.

            Aandachtsgebied opleiding
            De werkgever maakt elk jaar een opleidingsplan en bespreekt het met de ondernemingsraad.
            """);
        Assert.Contains("opleidingsplan", Leaf(cs, "opleidingsplan").Text);
        Assert.StartsWith("Bijlage A", Leaf(cs, "opleidingsplan").Path, StringComparison.Ordinal);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H1 >", StringComparison.Ordinal) && c.Text.Contains("opleidingsplan", StringComparison.Ordinal));
    }
    [Fact]
    public void LidLabelsStackedApartFromTheirTextsNumberTheParagraphsThatFollow()
    {
        // "Lid 1" / "Lid 2" / "Lid 3" in a side column the extractor printed above the texts: the three paragraphs after them are
        // leden 1, 2 and 3 (the lettered items stay in their lid), not one clause under the bare article.
        var cs = Seg(Body,
            """
            Hoofdstuk 2 Werktijden
            Artikel 4 Deeltijd

            Lid 1

            Lid 2

            Lid 3

            Een deeltijder werkt ten minste drie uur achter elkaar op een werkdag.

            Over uren boven de afgesproken uren betaalt de werkgever het uurloon met een toeslag:

            a. van 25% op werkdagen;

            b. van 50% op zaterdag.

            Uren boven acht per dag zijn overuren.

            Artikel 5 Ploegen
            De werkgever mag in twee ploegen laten werken.
            """);
        Assert.StartsWith("Een deeltijder", ByPath(cs, "H2 > Art. 4 > lid 1").Text, StringComparison.Ordinal);
        Assert.Contains("b. van 50%", ByPath(cs, "H2 > Art. 4 > lid 2").Text);
        Assert.StartsWith("Uren boven acht", ByPath(cs, "H2 > Art. 4 > lid 3").Text, StringComparison.Ordinal);
        Assert.DoesNotContain(cs, c => c.Path == "H2 > Art. 4 > inleiding");
    }

    [Fact]
    public void StackedLidLabelsOverMoreParagraphsThanLabelsNumberNothing()
    {
        // The guard: two labels over three paragraphs cannot be matched one to one, so no paragraph is given a lid number.
        var cs = Seg(Body,
            """
            Hoofdstuk 2 Werktijden
            Artikel 4 Deeltijd

            Lid 1

            Lid 2

            Een deeltijder werkt ten minste drie uur achter elkaar op een werkdag.

            Over uren boven de afgesproken uren betaalt de werkgever een toeslag.

            Uren boven acht per dag zijn overuren.
            """);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H2 > Art. 4 > lid", StringComparison.Ordinal) && c.Text.Contains("deeltijder", StringComparison.Ordinal));
    }
    [Fact]
    public void AChapterHeadingInCapitalsMayCloseItsTitleWithAFullStop()
    {
        // "HOOFDSTUK 3 Pensioen en overlijdensuitkering." at the top of a page: the next chapter, whose articles are its own, not the
        // chapter before's.
        var cs = Seg(Body,
            """
            HOOFDSTUK 2 Verlof
            Artikel 4 Vakantie
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar.
            """,
            """
            HOOFDSTUK 3 Pensioen en overlijdensuitkering.

            Artikel 5 Pensioen
            De werknemer neemt deel aan de pensioenregeling van het bedrijfstakpensioenfonds.
            """);
        Assert.Contains("pensioenregeling", ByPath(cs, "H3 > Art. 5").Text);
        Assert.DoesNotContain(cs, c => c.Path == "H2 > Art. 5");
    }

    [Theory]
    [InlineData("HOOFDSTUK 3. = Arbeidstijden", "H3 > Art. 5")]
    [InlineData("HOOFDSTUK 3. ___ Arbeidstijden", "H3 > Art. 5")]
    public void ADashThatTheScanReadAsAnEqualsSignOrUnderscoresStillSeparatesNumberAndTitle(string heading, string path)
    {
        // OCR read the dash between a chapter's number and its title as "=" or "___": the chapter heading still opens its chapter.
        var cs = Seg(Body,
            """
            HOOFDSTUK 2 Verlof
            Artikel 4 Vakantie
            De werknemer heeft recht op vijfentwintig vakantiedagen per jaar.
            """,
            $"""
            {heading}
            Artikel 5 Werktijden
            De werkdag begint niet voor zes uur in de ochtend.
            """);
        Assert.Contains("zes uur", ByPath(cs, path).Text);
    }
    [Fact]
    public void ATitledLidWhoseDotThePrintLostIsTheNextLid()
    {
        // "3     Pauzes zonder loon" over its sentence, after "2. Rusttijden": lid 3 (its dot lost), so "4." and "5." after it are leden 4
        // and 5, not the text of lid 2; lid 5's own list "1." / "2." stays in it.
        var cs = Seg(Body,
            """
            Hoofdstuk 2 Werktijden
            Artikel 4 Arbeidstijden
            1. Werkdag
            Een werkdag duurt niet langer dan negen uur.

            2. Rusttijden
            De werkdag wordt na vijf uur werk onderbroken door een pauze van een half uur.

            3     Pauzes zonder loon
            Een pauze van langer dan een uur op een werkdag is niet toegestaan.

            4. Reistijd
            Reistijd in het busje van de werkgever boven een uur per dag telt als werktijd.

            5. Reiskosten
            De werknemer krijgt een vergoeding voor zijn reiskosten:
            1. De vergoeding is € 0,19 per kilometer.
            2. De eerste tien kilometer worden niet vergoed.
            """);
        Assert.Contains("langer dan een uur", ByPath(cs, "H2 > Art. 4 > lid 3").Text);
        Assert.Contains("busje", ByPath(cs, "H2 > Art. 4 > lid 4").Text);
        Assert.Contains("tien kilometer", ByPath(cs, "H2 > Art. 4 > lid 5").Text);
        Assert.DoesNotContain("busje", ByPath(cs, "H2 > Art. 4 > lid 2").Text);
    }
    [Fact]
    public void ALongArticleTitleWithAClosingRemarkInBracketsIsStillAHeading()
    {
        // "Artikel 5.9 Aanvullende bepalingen over ... (van toepassing tot 1 januari 2023)": the remark in brackets makes the line too long
        // for a heading by count alone; without it the title is an ordinary long one. Its leden are 5.9's, not 5.8's.
        var cs = Seg(Body,
            """
            Hoofdstuk 5 Diensten
            Artikel 5.8 Wachtdienst
            1. Een wachtdienst is een dienst waarin de werknemer thuis bereikbaar moet zijn voor spoedgevallen.
            2. De werknemer krijgt voor elk uur wachtdienst een kwartier vrije tijd.
            Artikel 5.9 Aanvullende bepalingen over de vergoeding van wachtdiensten, bereikbaarheidsdiensten en aanwezigheidsdiensten voor de winkels op het platteland (van toepassing tot 1 januari 2027)
            1. Wie in drie maanden meer dan acht weekenddagen dienst heeft, krijgt een extra toeslag van twintig procent.
            2. De toeslag wordt in de maand na de dienst uitbetaald.
            """);
        Assert.Contains("acht weekenddagen", ByPath(cs, "H5 > Art. 5.9 > lid 1").Text);
        Assert.Contains("maand na de dienst", ByPath(cs, "H5 > Art. 5.9 > lid 2").Text);
        Assert.DoesNotContain(cs, c => c.Path == "H5 > Art. 5.8 > lid 3");
    }

    [Fact]
    public void LedenGluedBehindTheirSideTitlesOpenAtTheirNumbers()
    {
        // "Definitie 1. Als ..." / "Vergoeding 2. Je ontvangt ...": side titles the extractor ran onto the leden. Lid 1 opens where a
        // glued "2." follows it, also when the next article comes soon after (no lid 2 of another article needed).
        var cs = Seg(Body,
            """
            Hoofdstuk 5 Diensten
            Artikel 5.5 Bereikbaarheidsdienst
            Definitie 1. Als je buiten je werktijd bereikbaar moet zijn voor een oproep, heb je een bereikbaarheidsdienst.
            Vergoeding 2. Je krijgt voor elk uur bereikbaarheidsdienst een achtste uur vrije tijd.
            Artikel 5.6 Aanwezigheidsdienst
            Een aanwezigheidsdienst draai je op de werkplek zelf.
            """);
        Assert.Contains("buiten je werktijd", ByPath(cs, "H5 > Art. 5.5 > lid 1").Text);
        Assert.Contains("achtste uur", ByPath(cs, "H5 > Art. 5.5 > lid 2").Text);
    }
}
