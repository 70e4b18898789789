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
}
