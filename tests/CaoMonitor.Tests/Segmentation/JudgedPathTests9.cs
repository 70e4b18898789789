using CaoMonitor.Domain;
using CaoMonitor.Extraction;
using CaoMonitor.Normalisation;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// The path errors an independent judge found in a random sample of real clause paths (session 9, seed 7709), each
/// in a fixture of our own words with the same layout as the real text, with the right reading and the wrong one.
/// </summary>
public class JudgedPathTests9
{
    [Fact]
    public void ASymbolGlyphBetweenArticleNumberAndTitleHidesNoArticle()
    {
        // A symbol font's glyph (private use area) stands between the number and the title of every article.
        var cs = Seg("Artikel 1 \uF09F Begrippen\nWerknemer: wie bij de werkgever in dienst is.\nArtikel 2 \uF09F Looptijd\nDeze cao loopt van 1 januari 2025 tot en met 31 december 2026.\n\uF0B7 Een regel die met het teken opent.");
        Assert.Contains("in dienst", ByPath(cs, "Art. 1").Text);
        Assert.Contains("31 december 2026", ByPath(cs, "Art. 2").Text);
        Assert.DoesNotContain("31 december", ByPath(cs, "Art. 1").Text);
        Assert.Contains("\uF0B7", ByPath(cs, "Art. 2").Text); // one that opens a line stays: it is the line's bullet
    }

    [Fact]
    public void APageNumberRunTogetherWithTheArticleNumberBehindARunningTitleIsCut()
    {
        // Each page starts with the running title and the page number (printed number = page - 2), glued to the text;
        // on page 7 the number runs straight into the heading "18.4." and on page 9 into lid 3.
        var cs = Seg(
            "Cao Fictieve Scholen 2025/2026\nLooptijd 1 januari 2025 tot en met 31 december 2026",
            "Inleiding van partijen over deze cao en wat zij ermee willen.",
            "Cao Fictieve Scholen 2025/2026 1De partijen spreken het volgende af.\n18.1. Gesprekken\nDe werkgever voert ieder jaar een gesprek met de werknemer.",
            "Cao Fictieve Scholen 2025/2026 2Het gesprek gaat ook over de werkdruk.\n18.2. Scholing\n1. De werknemer volgt scholing in werktijd.\n2. De werkgever betaalt de kosten.",
            "Cao Fictieve Scholen 2025/2026 3Voor scholing buiten werktijd krijgt de werknemer verlof.\n18.3. Werkplek\nDe werkgever zorgt voor een veilige werkplek.",
            "Cao Fictieve Scholen 2025/2026 4Daar hoort een goede stoel bij.",
            "Cao Fictieve Scholen 2025/2026 518.4. Nevenwerk\n1. De werknemer meldt betaald werk naast zijn functie.\n2. De werkgever kan dat werk weigeren als het de school schaadt.",
            "Cao Fictieve Scholen 2025/2026 618.5. Reiskosten\n1. De werkgever vergoedt de reiskosten.\n2. Dat geldt ook voor reizen in opdracht.",
            "Cao Fictieve Scholen 2025/2026 73. Een fiets van de zaak is toegestaan.\n18.6. Slot\nDeze regeling geldt voor alle werknemers.");
        Assert.Contains("naast zijn functie", ByPath(cs, "Art. 18.4 > lid 1").Text);
        Assert.DoesNotContain("naast zijn functie", ByPath(cs, "Art. 18.3").Text);
        Assert.Contains("fiets", ByPath(cs, "Art. 18.5 > lid 3").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Art. 518") || c.Path.Contains("lid 73"));
    }

    [Fact]
    public void APageNumberGluedBeforeACapitalisedHeadingOrADotlessLidIsCut()
    {
        // Page numbers (printed = page + 10) stand glued before the first line: "13ARTIKEL 2", "154 Een ..." (page 15, lid 4).
        var cs = Seg(
            "Cao Fictieve Zorgcentra\nLooptijd 1 januari 2025 tot en met 31 december 2026",
            "12ARTIKEL 1 Begrippen\n1 Werknemer is ieder die bij de werkgever in dienst is volgens deze cao.\n2 Werkgever is ieder die een zorgcentrum in stand houdt en werknemers heeft.",
            "13ARTIKEL 2 Werkingssfeer\n1 Deze cao geldt voor alle werknemers van een zorgcentrum in het land.\n2 Zij geldt niet voor de leden van de raad van bestuur van het centrum.",
            "14ARTIKEL 3 Arbeidsduur\n1 De arbeidsduur bedraagt zesendertig uur per week voor een volledige baan.\n2 De werkgever stelt het rooster vast na overleg met het team van de werknemer.\n3 Het rooster is vier weken vooraf bekend bij iedere werknemer van het team.",
            "154 Een wijziging van het rooster binnen die vier weken gaat alleen met instemming.\n15ARTIKEL 4 Slot\nDeze cao treedt in werking op 1 januari 2025.");
        Assert.Contains("vier weken vooraf", ByPath(cs, "Art. 3 > lid 3").Text);
        Assert.Contains("instemming", ByPath(cs, "Art. 3 > lid 4").Text);
        Assert.Contains("in werking", ByPath(cs, "Art. 4").Text);
        Assert.DoesNotContain("in werking", ByPath(cs, "Art. 3 > lid 4").Text);
    }

    [Fact]
    public void LedenNumberedWithoutADotAreLeden()
    {
        var cs = Seg("""
            ARTIKEL 4.6 Overwerk
            1 Van overwerk is sprake als de werkgever de werknemer opdraagt langer te werken dan zijn rooster.
            2 Werk van minder dan een half uur voor of na de dienst telt niet als overwerk.
            ARTIKEL 4.7 Toelage
            1 De werknemer met een zware functie krijgt een toelage van vijf procent van zijn salaris.
            ARTIKEL 4.8 Vervoer
            Wie 's nachts werkt, krijgt een taxi naar huis.
            1 Januari is de dag waarop de toelage wordt herzien.
            """);
        Assert.Contains("rooster", ByPath(cs, "Art. 4.6 > lid 1").Text);
        Assert.Contains("half uur", ByPath(cs, "Art. 4.6 > lid 2").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 4.6 > inleiding", StringComparison.Ordinal));
        // One "1 ..." with no "2 ..." after it opens no numbering.
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 4.7 > lid", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 4.8 > lid", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleNumberSplitBeforeItsDotIsReadWhole()
    {
        var cs = Seg("""
            Artikel 12. Einde van een vaste arbeidsovereenkomst
            1. Een vaste arbeidsovereenkomst eindigt met opzegging of met wederzijds goedvinden.
            Artikel 1 3 . Einde van een tijdelijke arbeidsovereenkomst
            1. Een tijdelijke arbeidsovereenkomst eindigt van rechtswege op de afgesproken dag.
            2. De werkgever laat een maand vooraf weten of hij de overeenkomst voortzet.
            Artikel 1 4 . Proeftijd
            De proeftijd is ten hoogste twee maanden.
            Artikel 14 a . Deeltijdpensioen
            De werknemer kan vanaf zestig jaar voor een deel met pensioen gaan.
            """);
        Assert.Contains("van rechtswege", ByPath(cs, "Art. 13 > lid 1").Text);
        Assert.Contains("maand vooraf", ByPath(cs, "Art. 13 > lid 2").Text);
        Assert.Contains("twee maanden", ByPath(cs, "Art. 14").Text);
        Assert.DoesNotContain("zestig", ByPath(cs, "Art. 14").Text);
        Assert.Contains("zestig", ByPath(cs, "Art. 14a").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 1 ", StringComparison.Ordinal) || c.Path == "Art. 1");
    }

    [Fact]
    public void AJobProfileOfATwoWordGroupWithASplitNumberWordOpensItsOwnProfile()
    {
        var cs = Seg("""
            Artikel 30 Slot
            Deze cao geldt tot en met 31 december 2026.
            Bijlage A Functieprofielen
            Functiegroep: productie Operator II Functienummer: P.06
            1. Voorbereiding van de productie en het controleren van de grondstoffen.
            2. Bewaking van het proces en het bijregelen van de machines.
            Functiegroep: technische dienst Chef onderhoud II Functi enummer: T.01
            1. Onderhoudsplanning opstellen en afstemmen met de productieleiding.
            2. Storingen analyseren en de monteurs aansturen bij reparaties.
            """);
        Assert.Contains("grondstoffen", ByPath(cs, "Bijlage A > Operator II > lid 1").Text);
        Assert.Contains("monteurs", ByPath(cs, "Bijlage A > Chef onderhoud II > lid 2").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage A > Operator II", StringComparison.Ordinal) && c.Text.Contains("monteurs"));
    }

    [Fact]
    public void AHeadingThatRunsOnIntoItsFirstLidLeavesRoomForTheOthers()
    {
        var cs = Seg("""
            9.2 Sociaal plan
            Bij ingrijpende veranderingen stelt de werkgever met de vakbonden een sociaal plan op.

            9.3 Vakbondswerk in de onderneming 1. Bestuurders van de vakbonden mogen hun leden in de onderneming spreken.
            2. Lid 1 geldt ook voor kaderleden die het volgende werk doen:
            a. het verspreiden van stukken van de vakbond;
            b. het houden van overleg met andere leden;
            c. het bijstaan van een werknemer bij een klacht

            3. Het bepaalde in lid 1 en 2 gaat uit van normale verhoudingen in de onderneming.
            4. De vakbonden melden welke kaderleden vakbondswerk doen.
            """);
        Assert.Contains("Bestuurders", ByPath(cs, "Art. 9.3 > lid 1").Text);
        Assert.Contains("bijstaan", ByPath(cs, "Art. 9.3 > lid 2").Text);
        Assert.Contains("normale verhoudingen", ByPath(cs, "Art. 9.3 > lid 3").Text);
        Assert.DoesNotContain("normale verhoudingen", ByPath(cs, "Art. 9.3 > lid 2").Text);
        Assert.Contains("kaderleden vakbondswerk", ByPath(cs, "Art. 9.3 > lid 4").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("lid c") || c.Path.Contains("inleiding"));
        Assert.Equal("Vakbondswerk in de onderneming", ByPath(cs, "Art. 9.3").Title);
    }

    [Fact]
    public void AnExplanationAfterALidDoesNotSwallowTheNextLeden()
    {
        var cs = Seg("""
            9.2. Tijdelijk contract
            1. Een tijdelijk contract kan worden aangegaan voor ten hoogste een jaar.
            2. Twee maanden voor het einde beslist de werkgever of hij de werknemer een vast contract geeft.
             Toelichting
             Met een contract van een jaar wordt gelijkgesteld een contract dat loopt van de zomer tot de volgende zomer.
            3. Beslist de werkgever niet op tijd, dan wordt het contract met een jaar verlengd.
            4. Een tijdelijk contract kan ook worden aangegaan:
            a. bij vervanging van een zieke werknemer;
            b. voor een project met eigen geld.
            5. Contracten met een onderbreking van een half jaar of minder tellen als opvolgend.
             Verlof
             Voor verlof gelden de volgende regels, naast wat de wet daarover zegt.
            6. Zwangerschapsverlof
            a. De werkneemster heeft recht op zwangerschapsverlof volgens de wet.
            b. Zij behoudt in die tijd haar volle salaris.
            7. Ouderschapsverlof
            Voor ouderschapsverlof geldt de wet, met behoud van de helft van het salaris.
            9.3. Functies
            1. De werkgever deelt iedere functie in een van de volgende families in.
             Functiefamilies
             1. Montage
             2. Houtbewerking
             3. Magazijn
            """);
        Assert.Contains("zomer", ByPath(cs, "Art. 9.2 > Toelichting").Text);
        Assert.DoesNotContain("verlengd", ByPath(cs, "Art. 9.2 > Toelichting").Text);
        Assert.Contains("verlengd", ByPath(cs, "Art. 9.2 > lid 3").Text);
        Assert.Contains("zieke werknemer", ByPath(cs, "Art. 9.2 > lid 4").Text);
        Assert.Contains("half jaar", ByPath(cs, "Art. 9.2 > lid 5").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Toelichting > lid"));
        // A numbered title above its own lettered items is a section with its own leden.
        Assert.Contains("volle salaris", ByPath(cs, "Art. 9.2 > 6. Zwangerschapsverlof > lid b").Text);
        Assert.DoesNotContain("helft", ByPath(cs, "Art. 9.2 > 6. Zwangerschapsverlof > lid b").Text);
        Assert.Contains("helft", ByPath(cs, "Art. 9.2 > 7. Ouderschapsverlof").Text);
        // A list of names under a sub-heading goes on no numbering of the article.
        Assert.Contains("Houtbewerking", ByPath(cs, "Art. 9.3 > Functiefamilies").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 9.3 > lid 2", StringComparison.Ordinal));
    }

    [Fact]
    public void LedenLetteredInCapitalsAreLedenAndTheirNumberedItemsStayInside()
    {
        var cs = Seg("""
            5.3 Werktijden en rusttijden

            A. De werkgever maakt met de ondernemingsraad afspraken over de werktijden en de rusttijden. Die afspraken volgen de
            Arbeidstijdenwet.

            B. Zonder zulke afspraken gelden de volgende regels voor werknemers van achttien jaar en ouder:
            1. Een dienst duurt ten hoogste tien uur.
            2. Na een nachtdienst volgt een rust van ten minste veertien uur.

            C. De werkgever legt de afspraken schriftelijk vast.
            5.4 Consignatie
            A. Een korte naam van een taak zonder zin
            1. De werknemer is bereikbaar buiten zijn rooster.
            B. Het voorbereiden, uitvoeren en rapporteren over
            1. De werknemer meldt zich binnen een half uur op het werk.
            """);
        Assert.Contains("ondernemingsraad", ByPath(cs, "Art. 5.3 > lid A").Text);
        Assert.Contains("veertien uur", ByPath(cs, "Art. 5.3 > lid B").Text);
        Assert.Contains("schriftelijk", ByPath(cs, "Art. 5.3 > lid C").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 5.3 > inleiding", StringComparison.Ordinal) || c.Path.StartsWith("Art. 5.3 > lid 1", StringComparison.Ordinal));
        // A lettered title (no sentence) is no lid.
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 5.4 > lid A", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberedProfileNameInCapitalsAboveItsGeneralTraitsOpensTheProfile()
    {
        var cs = Seg("""
            Artikel 25 Slot
            Deze cao geldt tot en met 31 december 2026.
            Bijlage 12 Functieboek
            Differentiatie

            Algemene kenmerken

            De functie van begeleider kent een aantal zwaardere varianten.

            4. PRAKTIJKBEGELEIDER

            ALGEMENE KENMERKEN

            De praktijkbegeleider begeleidt de leerlingen die op de groep stage lopen en de functie leren.

            DOEL VAN DE FUNCTIE
            Het opleiden van nieuwe collega's op de werkvloer, zodat zij na een jaar zelfstandig op een groep kunnen werken.
            5. PLANNER

            ALGEMENE KENMERKEN

            De planner verdeelt de kinderen over de groepen en bewaakt de wachtlijst voor de functie.
            """);
        Assert.Contains("stage", ByPath(cs, "Bijlage 12 > Praktijkbegeleider > ALGEMENE KENMERKEN").Text);
        Assert.Contains("werkvloer", ByPath(cs, "Bijlage 12 > Praktijkbegeleider > DOEL VAN DE FUNCTIE").Text);
        Assert.Contains("wachtlijst", ByPath(cs, "Bijlage 12 > Planner > ALGEMENE KENMERKEN").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Bijlage 12 > Differentiatie", StringComparison.Ordinal) && c.Text.Contains("wachtlijst"));
    }

    [Fact]
    public void AChapterHeadingLeftAtTheEndOfALineOpensItsChapter()
    {
        // A joined page break left "Hoofdstuk 11 ..." behind the last sentence of chapter 10, and a running title in
        // capitals stands before "HOOFDSTUK 12 ...".
        var cs = Seg("""
            Hoofdstuk 10 Werktijden
            Artikel 10.1 Rooster
            1. De werkgever stelt het rooster vast na overleg met het team.
            2. Is er geen overeenstemming bereikt, dan blijft het rooster van de werkgever gelden. Hoofdstuk 11 Onkostenvergoedingen
            Artikel 11.1 Reiskosten
            De werkgever vergoedt de reiskosten van woon-werkverkeer per kilometer.
            FICTIEF-CAO 2025-2026 HOOFDSTUK 12 DUURZAME INZETBAARHEID
            Artikel 12.1 Scholing
            De werknemer heeft recht op twee scholingsdagen per jaar.
            Artikel 12.2 Verwijzing
            Zie voor de uitvoering het reglement van het fonds. Artikel 7:629 van het Burgerlijk Wetboek blijft van toepassing.
            """);
        Assert.DoesNotContain("Onkostenvergoedingen", ByPath(cs, "H10 > Art. 10.1 > lid 2").Text);
        Assert.Equal("Onkostenvergoedingen", ByPath(cs, "H11").Title);
        Assert.Contains("kilometer", ByPath(cs, "H11 > Art. 11.1").Text);
        Assert.DoesNotContain("DUURZAME", ByPath(cs, "H11 > Art. 11.1").Text);
        Assert.DoesNotContain("FICTIEF-CAO", ByPath(cs, "H11 > Art. 11.1").Text); // the running title belongs to no clause
        Assert.Contains("scholingsdagen", ByPath(cs, "H12 > Art. 12.1").Text);
        // A sentence that starts with an article reference stays in its text.
        Assert.Contains("Burgerlijk Wetboek", ByPath(cs, "H12 > Art. 12.2").Text);
    }

    [Fact]
    public void AHeadingOverAListOfBulletsIsASubHeadingOfItsOwn()
    {
        var cs = Seg("""
            Artikel 2.1 Medewerker planning
            De medewerker planning maakt de roosters voor de afdelingen.
            Oplettendheid
            Het werk vraagt voortdurende aandacht bij het invoeren van de gegevens van de klanten in het systeem.

            Overige functie-eisen
            - kan omgaan met tegenslagen;
            - gaat vertrouwelijk om met gegevens.

            Inconveniënten
            - werkt soms in een koude ruimte.
            Artikel 2.2 Slot
            De werkgever moet dit melden.
            Als de werknemer ziek is
            - meldt hij zich voor tienen;
            - blijft hij thuis bereikbaar.
            Een ziektedag is niet
            - een dag van verlof.
            """);
        Assert.DoesNotContain("tegenslagen", ByPath(cs, "Art. 2.1 > Oplettendheid").Text);
        Assert.Contains("tegenslagen", ByPath(cs, "Art. 2.1 > Overige functie-eisen").Text);
        Assert.Contains("koude", ByPath(cs, "Art. 2.1 > Inconveniënten").Text);
        Assert.DoesNotContain("koude", ByPath(cs, "Art. 2.1 > Overige functie-eisen").Text);
        // A sentence that its bullets finish is no heading.
        Assert.Contains("bereikbaar", ByPath(cs, "Art. 2.2").Text);
        Assert.Contains("dag van verlof", ByPath(cs, "Art. 2.2").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art. 2.2 >", StringComparison.Ordinal));
    }
}
