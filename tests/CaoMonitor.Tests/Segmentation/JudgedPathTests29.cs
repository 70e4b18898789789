using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors independent judges found in real samples (session 29), each in a fixture of our own words with the real text's
/// layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests29
{
    [Fact]
    public void ABareLidLabelOverItemAOpensItsLid()
    {
        // "Lid 2 De werkgever ..." / "Lid 3" alone / "a. ..." / "b. ...": lid 3 opens with its items, its label alone on its line.
        // Before: "Lid 3" was taken for one of a side column of labels, so lid 3 and every later lid ran on in lid 2.
        var cs = Seg("Artikel 48 Vakantie\nLid 1 De werknemer neemt zijn vakantie in overleg met de werkgever op.\n"
            + "Lid 2 Wie lang in dienst is, krijgt een extra vakantiedag per jaar.\nLid 3\n"
            + "a. De zomervakantie valt tussen mei en september.\nb. De werknemer mag eens per twee jaar een langere vakantie opnemen.\n"
            + "Lid 4 De andere dagen neemt de werknemer verspreid over het jaar op.\n\n"
            + "Artikel 49 Ziekte tijdens vakantie\nLid 1 Wie ziek wordt tijdens zijn vakantie, meldt dat direct.");
        Assert.Equal("Art. 48 > lid 2", Leaf(cs, "extra vakantiedag").Path);
        Assert.Equal("Art. 48 > lid 3", Leaf(cs, "zomervakantie valt").Path);
        Assert.Contains("langere vakantie", Leaf(cs, "zomervakantie valt").Text);
        Assert.Equal("Art. 48 > lid 4", Leaf(cs, "verspreid over het jaar").Path);
    }

    [Fact]
    public void StackedBareLidLabelsStillNumberNothing()
    {
        // "Lid 1" / "Lid 2" / "Lid 3" one under the other, a side column the extractor printed apart: still no leden from them,
        // also when a lettered item follows the last label.
        var cs = Seg("Artikel 24 Overwerk\n\nLid 1\n\nLid 2\n\nLid 3\n\n"
            + "a. De werkgever vergoedt de helft van de overuren in geld.\n\nb. De rest wordt in vrije tijd gegeven.\n\n"
            + "Artikel 25 Reiskosten\n1. De werkgever vergoedt de reiskosten.");
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 24 > lid 3", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleOverTheSentenceThatLeadsInItsListIsASubHeading()
    {
        // "Taak vertrouwenspersonen" / "Tot de taak behoort onder andere:" (a short lead-in) / "a. ..." after another sub-heading's list.
        // Before: the title was no sub-heading, so its items a-e ran on in item b of the list before and f sat under the wrong title.
        var cs = Seg("Bijlage C Klachtenregeling\n\nPlichten van werkgever en werknemer\n"
            + "a. De werkgever zorgt ervoor dat werknemers beschermd worden tegen ongewenst gedrag op het werk.\n"
            + "b. De werknemer draagt zelf ook bij aan een veilige werkplek voor iedereen in het bedrijf.\n\n"
            + "Taak vertrouwenspersonen\nTot de taak behoort onder andere:\n"
            + "a. het opvangen van wie met ongewenst gedrag te maken kreeg;\nb. het doorverwijzen naar hulp;\n"
            + "c. het geven van uitleg over de klachtenregeling.");
        Assert.Equal("Bijlage C > Plichten van werkgever en werknemer > lid b", Leaf(cs, "veilige werkplek").Path);
        Assert.DoesNotContain("opvangen", Leaf(cs, "veilige werkplek").Text);
        Assert.Equal("Bijlage C > Taak vertrouwenspersonen > lid a", Leaf(cs, "het opvangen").Path);
        Assert.Equal("Bijlage C > Taak vertrouwenspersonen > lid c", Leaf(cs, "uitleg over de klachtenregeling").Path);
    }

    [Fact]
    public void ASentenceStartOverALeadInIsNoSubHeading()
    {
        // "Als de werkgever" over "Meer dan twee keer per jaar:": a sentence's start, no title.
        var cs = Seg("Artikel 6 Roosters\n1. De werkgever maakt het rooster vier weken vooraf bekend.\n\n"
            + "Als de werkgever het rooster wijzigt\nMeer dan twee keer per jaar geldt:\n"
            + "a. de werknemer krijgt een toeslag;\nb. de werknemer mag weigeren.");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Als de werkgever", StringComparison.Ordinal));
    }

    [Fact]
    public void ADecimalArticleTitleMayOpenWithABracketOrAQuoteOrCarryScanNoise()
    {
        // "3.5 (Tussentijdse) beëindiging", "3.6 'Meerwerk' door deeltijders", "3.7 —_Uitsluiting" and "3.8, Voorwaarden". Before: these
        // headings were lost, and their leden read as leden of the article before.
        var cs = Seg("3.4 Proeftijd\n1. De proeftijd duurt twee maanden.\n\n"
            + "3.5 (Tussentijdse) beëindiging van de arbeidsovereenkomst\n1. De werknemer kan de overeenkomst tussentijds opzeggen.\n\n"
            + "3.6 'Meerwerk' door deeltijders\n1. Een deeltijder die langer werkt, krijgt die uren terug in vrije tijd.\n\n"
            + "3.7 —_Uitsluiting van bepalingen\n1. Artikel 3.2 geldt niet voor de combinatiefunctionaris.\n\n"
            + "3.8, Voorwaarden\n1. De stagiair wordt voor bepaalde tijd benoemd.");
        Assert.Equal("Art. 3.5 > lid 1", Leaf(cs, "tussentijds opzeggen").Path);
        Assert.Equal("Art. 3.6 > lid 1", Leaf(cs, "deeltijder die langer").Path);
        Assert.Equal("Art. 3.7 > lid 1", Leaf(cs, "combinatiefunctionaris").Path);
        Assert.Equal("Art. 3.8 > lid 1", Leaf(cs, "stagiair").Path);
    }

    [Fact]
    public void AFunctionCodeWithADashOrItsSectorInBracketsIsNoArticle()
    {
        // "02.07 — Planner" and "00.3.2 (Bloementeelt)": a function's code in a list, no article.
        var cs = Seg("Bijlage 2 Functies\n\nDe functies staan hieronder met hun code.\n\n02. Logistiek\n\n02.09 - Teamleider logistiek\n"
            + "02.07 — Personeelsplanner\n\n02.02 - Chauffeur\n\n00.3.2 (Bloementeelt)\n00.4.2 (Veredeling) c 00.2.1 (Potplanten)\n");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 02.07", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 00.", StringComparison.Ordinal));
    }

    [Fact]
    public void ASentenceThatOpensWithAnAppendixNameIsNoAppendixHeading()
    {
        // "Bijlage C - Functieboek bevat de functielijst, de waarderingen" / "en een procedure ." inside appendix B: a sentence saying
        // what appendix C holds. Before: it opened appendix C, and the articles of appendix B sat under "Bijlage C".
        var cs = Seg("Bijlage B Salarisregeling\n\nHet functieboek beschrijft alle functies in de sector.\n\n"
            + "Bijlage C - Functieboek bevat de functielijst, de waarderingen\nvan alle functies en een procedure voor bezwaar .\n\n"
            + "Artikel 1 - Begrippen\na. Salaris: het bedrag uit de schaal van de werknemer;\nb. Schaal: een reeks van bedragen.\n\n"
            + "Artikel 2 - Periodieken\n1. Het salaris stijgt elk jaar met een periodiek.\n\n"
            + "Bijlage C Functieboek\n\nArtikel 1 - Indeling\n1. De werkgever deelt elke functie in een groep in.");
        Assert.Equal("Bijlage B > Art. 1 > lid b", Leaf(cs, "reeks van bedragen").Path);
        Assert.Equal("Bijlage B > Art. 2 > lid 1", Leaf(cs, "elk jaar met een periodiek").Path);
        Assert.Equal("Bijlage C > Art. 1 > lid 1", Leaf(cs, "deelt elke functie").Path);
    }

    [Fact]
    public void AModelContractsFootnoteIsNoLid()
    {
        // "Optie: bepaalde tijd1" / ... / "1 De werkgever laat ..." / "2 In de overeenkomst kan ...": footnotes under a model contract's
        // article, their marks run into the words above. Before: they were read as leden 1 and 2 of the article, which has none.
        var cs = Seg("Bijlage 8 Model-arbeidsovereenkomst\n\nARTIKEL 1 AARD VAN DE OVEREENKOMST\nOptie: bepaalde tijd1\n"
            + "De werknemer treedt in dienst voor de periode van ... tot ... .\n\nOptie: tussentijds opzegbeding2\n"
            + "Beide partijen kunnen de overeenkomst tussentijds opzeggen met een termijn van een maand.\n\n"
            + "ARTIKEL 2 PROEFTIJD\nDe werknemer is aangenomen zonder proeftijd.\n\n"
            + "1 De werkgever laat de werknemer een maand voor het einde weten of de overeenkomst wordt verlengd.\n\n"
            + "2 In de overeenkomst kan een tussentijds opzegbeding worden opgenomen, dan gelden de gewone regels.\n\n"
            + "ARTIKEL 3 FUNCTIE\nDe werknemer treedt in dienst als hulpkracht.");
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 2 > lid", StringComparison.Ordinal));
        Assert.Equal("Bijlage 8 > Art. 2", Leaf(cs, "gewone regels").Path);
    }

    [Fact]
    public void DotlessLedenWithoutFootnoteMarksStayLeden()
    {
        // "1 De werkgever ..." / "2 Opzegging ...": a cao that writes its leden without dots; no word above carries their numbers.
        var cs = Seg("ARTIKEL 11.3 Opzegging\n1 De werkgever en de werknemer kunnen de arbeidsovereenkomst opzeggen met inachtneming van de termijn.\n"
            + "2 Opzegging gebeurt tegen het einde van de maand zodat de termijn begint op de eerste dag van een maand.\n"
            + "3 Met wederzijds goedvinden kan van de opzegtermijn worden afgeweken, met inachtneming van de wet.");
        Assert.Equal("Art. 11.3 > lid 2", Leaf(cs, "einde van de maand").Path);
        Assert.Equal("Art. 11.3 > lid 3", Leaf(cs, "wederzijds goedvinden").Path);
    }

    [Fact]
    public void ABracketedListInsideALetteredLidIsNoLid()
    {
        // "b. De redenen ...:" / "a) ..." ... "e) ..." / "c. De arbeidsvoorwaarden ...": a list lettered with brackets inside lid b.
        // Before: its item c) opened lid c, items d) and e) leden d and e, and the real lid c ran on in "lid e".
        var cs = Seg("Artikel 3 - Toetsing\nPartijen toetsen een verzoek in ieder geval op de volgende punten:\n"
            + "a. Er is een andere cao die geldt voor de werkgever.\n"
            + "b. De redenen voor het verzoek zijn goed onderbouwd. De taken van een bibliotheek staan in de wet:\n"
            + "a) kennis en informatie delen;\nb) ontwikkeling mogelijk maken;\nc) lezen bevorderen;\nd) ontmoeting organiseren;\n"
            + "e) kunst en cultuur laten zien.\n"
            + "c. De arbeidsvoorwaarden van de werknemers blijven voldoende gewaarborgd.\n"
            + "d. De voorwaarden zijn niet in strijd met de wet.");
        Assert.Equal("Art. 3 > lid b", Leaf(cs, "lezen bevorderen").Path);
        Assert.Equal("Art. 3 > lid c", Leaf(cs, "voldoende gewaarborgd").Path);
        Assert.Equal("Art. 3 > lid d", Leaf(cs, "strijd met de wet").Path);
    }
}
