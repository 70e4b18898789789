using CaoMonitor.Domain;
using CaoMonitor.Segmentation;
using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors the independent judges found in the real corpora (path censuses and samples of 2024 and 2022 text, sessions 17-22),
/// each in a fixture of our own words with the real text's layout: the right reading and the wrong one.
/// </summary>
public class JudgedPathTests23
{
    /// <summary>A contents without page numbers: "art. N Title" entries under group titles, the definitions entry with its own short
    /// list of names, then the special parts, each listing its articles from 1 again (one part's entries run together on one line),
    /// and the appendices; then the body.</summary>
    private static string[] ContentsWithParts() =>
    [
        """
        Cao Fictieve Kantines 2022
        Inhoudsopgave

        Algemeen deel

        art. 1 Begrippen

        1. Cao
        2. Dienst
        3. Feestdag
        4. Locatie
        5. Werknemer

        Werkingssfeer

        art. 2 Werkingssfeer algemeen
        art. 3 Werkingssfeer sectoren

        Werk en rust

        art. 4 Dienstrooster
        art. 5 Rustdagen art. 6 Nachtdienst art. 7 Reistijd
        art. 8 Pauzes

        Loon

        art. 9 Loonbetaling
        art. 10 Toeslagen

        Sluiting, reorganisatie e.d.

        art. 11 Sociaal plan
        art. 12 Overleg met de bonden

        Slotbepalingen

        art. 13 Duur van de cao
        """,
        """
        Bijzondere delen

        Deel A Regeling voor bedrijfskantines

        art. 1 Algemeen
        art. 2 Lonen
        art. 3 Overwerk
        Bijlage A1 Loonschalen bedrijfskantines

        Deel B Regeling voor de kantines van scholen en universiteiten art. 1 Algemeen art. 2 Loonindeling art. 3 Lonen art. 4 Roostervrije tijd art. 5 Overwerk art. 6 Toeslagen
        Bijlage B1 Loonschalen schoolkantines

        Bijlagen bij de cao

        Bijlage 1 Regeling vakbondscontributie
        Bijlage 2 Formulier voor afspraken over vrije dagen
        """,
        """
        Deze cao geldt van 1 april 2022 tot en met 31 maart 2023. Partijen hebben haar op 2 juni 2022 gesloten.

        Algemeen deel

        ARTIKEL 1: Begrippen
        In deze cao wordt verstaan onder:
        1. Cao: deze collectieve arbeidsovereenkomst met haar bijlagen.
        2. Dienst: de tijd die de werknemer volgens zijn rooster werkt.

        ARTIKEL 2: Werkingssfeer algemeen
        1. Deze cao geldt voor werkgevers die kantines voor anderen exploiteren.
        2. Zij geldt niet voor werkgevers die alleen dranken verkopen.

        ARTIKEL 9: Loonbetaling
        1. De werkgever betaalt het loon uiterlijk op de laatste werkdag van de maand.
        2. De werknemer krijgt bij elke betaling een loonstrook.
        """,
        """
        Deel A Regeling voor bedrijfskantines

        ARTIKEL 1: Algemeen
        1. Dit deel geldt voor de werknemer in een bedrijfskantine.

        ARTIKEL 2: Lonen
        1. De werknemer in een bedrijfskantine krijgt het loon van de schaal in bijlage A1.
        """,
        """
        Bijlage 2 Formulier voor afspraken over vrije dagen

        Naam werknemer:
        Jaar:
        """,
    ];

    [Fact]
    public void ContentsOfPartsWithoutPageNumbersOpensNothing()
    {
        // 7810 n88, 7811 n89-90, 7802 n45: a contents with no page numbers ("art. 12 Soorten dienstrooster" under group titles) whose
        // definitions entry lists the defined words ("1. Cao" / "2. Consignatie"), and whose special parts list their articles from 1
        // again; its last entries ("Deel D ...", "Bijlage 4 Formulier ...") opened a part and an appendix that held the whole body
        // ("Deel D > Bijlage 4 > Art. 57 > lid b"). The contents opens nothing: the body's articles stand at the top.
        var cs = Seg(ContentsWithParts());
        Assert.StartsWith("1. Deze cao geldt voor werkgevers", ByPath(cs, "Art. 2 > lid 1").Text);
        Assert.StartsWith("2. De werknemer krijgt bij elke betaling", ByPath(cs, "Art. 9 > lid 2").Text);
        Assert.StartsWith("ARTIKEL 2: Lonen", ByPath(cs, "Deel A > Art. 2").Text);
        Assert.DoesNotContain(cs, c => c.Path.Contains("Bijlage 2 >", StringComparison.Ordinal) && c.Path.Contains("Art.", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Deel B", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Text.StartsWith("art. 1", StringComparison.Ordinal));
    }

    /// <summary>Chapters known only by their articles' numbers (1.1, 2.1: no chapter headings in the text), chapter 2's text listing
    /// the articles a contract may not depart from, by number and title, one under the other and across the chapters (one number
    /// without its dot), before the chapter's next article.</summary>
    private static string[] ArticleListInChapter() =>
    [
        """
        Cao Fictieve Netbeheerders 2024
        1.1 Werkingssfeer
        1 Deze cao geldt voor de werkgevers in de sector netbeheer.
        2 Zij geldt niet voor de directie.
        1.2 Looptijd
        Deze cao loopt van 1 januari 2024 tot en met 31 december 2025.
        2.1 Aanstelling
        1 Bij indiensttreding krijg je een schriftelijke arbeidsovereenkomst.
        2 Wijzigingen krijg je ook op papier.
        2.2 Einde van de arbeidsovereenkomst bij de pensioenleeftijd
        1 Je arbeidsovereenkomst eindigt op de dag dat je de pensioenleeftijd bereikt.
        2 Werk je daarna door, dan geldt daarvoor de wet.

        Maatwerkcontracten

        Met een werknemer in een leidinggevende functie kan de werkgever een maatwerkcontract sluiten. Van de volgende

        onderdelen van deze cao kan zo'n contract niet afwijken.

        2.1 Aanstelling

        2.2 Einde van de arbeidsovereenkomst bij de pensioenleeftijd en doorwerken

        na de pensioen- gerechtigde leeftijd

        2.3 Proeftijd

        2.4 Detachering

        2.5 Keuring

        3.1 Werkweek

        3.2 Werktijden

        3.4 Pauzes

        41 Vergoeding voor dienstreizen

        4.6 Persoonlijk budget

        5.2 Verlof bij ziekte

        5.3 Verlof bij zorg

        6.1 Pensioen

        6.2 Arbeidsongeschiktheid
        """,
        """
        2.3 Proeftijd

        De proeftijd is een maand voor een contract tot twee jaar en twee maanden voor een langer contract.

        2.4 Detachering

        1 Je werkgever kan je bij een ander bedrijf detacheren.

        2 Je arbeidsvoorwaarden blijven tijdens de detachering gelijk.

        3.1 Werkweek

        1 De werkweek telt 36 uur.

        2 De werkgever stelt het rooster vast na overleg met de ondernemingsraad.
        """,
    ];

    [Fact]
    public void ArticleAfterAListOfArticlesGoesOnInItsChapter()
    {
        // 7751 n6, 7743 n1: a list of the articles a contract may not depart from ("2.4 Ketenregeling" ... "12.5 Loonaanvulling"), read
        // as contents, closed chapter 2; the articles after it stood at the top ("Art. 2.7 > lid 1"). They go on in chapter 2.
        var cs = Seg(ArticleListInChapter());
        Assert.StartsWith("1 Je werkgever kan je", ByPath(cs, "H2 > Art. 2.4 > lid 1").Text);
        Assert.StartsWith("2.3 Proeftijd", ByPath(cs, "H2 > Art. 2.3").Text);
        Assert.StartsWith("3.1 Werkweek", ByPath(cs, "H3 > Art. 3.1").Text);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("Art.", StringComparison.Ordinal));
    }
}
