using CaoMonitor.Domain;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules that keep look-alikes out (parts of another provision, chapter titles, ordinary leave) and read
/// the strength of references, fund clauses and discretionary wording. Our own short examples.
/// </summary>
public class LabelBoundaryTests
{
    static string Codes(IReadOnlyList<Label> ps) => string.Join(", ", ps.Select(p => $"{p.Code} {p.Strength.Code()}"));

    [Theory]
    // Exam leave for a driving licence is ordinary special leave, not time for learning.
    [InlineData(null, "d. voor het afleggen van een examen voor het rijbewijs voor een bedrijfsauto: de benodigde tijd.", "LLO.TIJD")]
    // Working time for a career scan belongs to the career provision.
    [InlineData("Loopbaanscan", "De tijd die de werknemer aan de loopbaanscan besteedt, geldt als werktijd.", "LLO.TIJD")]
    // Lesgeld of a BBL pupil is part of the werkend-leren arrangement.
    [InlineData("Leerlingen", "De leerling in de BBL krijgt een vaste begeleider. De werkgever vergoedt het lesgeld en de leermiddelen.", "LLO.STUDIEKOSTEN")]
    // A fund regulation that says in general terms what the fund pays describes the fund.
    [InlineData("Reglement Opleidingsfonds Tuinbouw", "Het fonds verstrekt een vergoeding voor opleidingen uit de catalogus van het fonds.", "LLO.STUDIEKOSTEN")]
    // Internal secondment, job search at other employers and side-entrants as learners are not intersectoral mobility.
    [InlineData("Interne mobiliteit", "De werkgever maakt tijdelijke detacheringen naar andere afdelingen mogelijk.", "VWNW.INTERSECTORAAL")]
    [InlineData("Begeleiding bij ontslag", "Onderdeel van de begeleiding is actieve bemiddeling naar vacatures bij andere werkgevers.", "VWNW.INTERSECTORAAL")]
    [InlineData("Leerwerkplaatsen", "De werkgever biedt een leerwerkplaats aan een leerling in de BBL of aan een zij-instromer die een praktijkopleiding volgt.", "VWNW.INTERSECTORAAL")]
    [InlineData("Loopbaanuren", "De werknemer krijgt 8 uur per jaar voor loopbaanactiviteiten, zoals een oriëntatiebezoek bij een andere werkgever.", "VWNW.INTERSECTORAAL")]
    // The topic of a career conversation is not a job-to-job track.
    [InlineData("Loopbaangesprek", "In het gesprek komt aan de orde of een overstap naar ander werk op termijn verstandig is.", "VWNW.TRAJECT")]
    // Reporting on the training budget to the works council, and spending a budget named elsewhere, are no individual budget.
    [InlineData("Opleidingsbeleid", "De werkgever rapporteert jaarlijks aan de ondernemingsraad over de besteding van het opleidingsbudget.", "LLO.BUDGET")]
    [InlineData("Inzetbaarheidsbudget", "Bij inzet van het budget voor scholing verhoogt de werkgever het bedrag met 10%.", "LLO.BUDGET")]
    // "Het fonds" in a pension text is the pension fund.
    [InlineData("Ontwikkeling", "De werkgever is aangesloten bij het bedrijfstakpensioenfonds. De premie van het fonds bedraagt 25%.", "LLO.FONDS")]
    // A vocational course paid by a fund is not werkend leren by itself.
    [InlineData("Bijdrage opleidingsfonds", "Uit de middelen van het fonds worden vergoed: vakopleidingen en subsidies voor praktijkopleiders.", "LLO.WERKEND_LEREN")]
    public void Part_of_another_provision_or_look_alike_is_not_labelled(string? title, string text, string code) =>
        Assert.DoesNotContain(Classify(text, title), p => p.Code == code);

    [Fact]
    public void Working_time_for_a_course_is_still_time_for_learning()
    {
        var p = Single(Classify("De lesuren van de opleiding gelden als werktijd."), "LLO.TIJD");
        Assert.Equal(Strength.Recht, p.Strength);
        Assert.Contains(Classify("De werknemer volgt een BBL-traject. De lesdagen gelden als werktijd."), x => x.Code == "LLO.TIJD");
    }

    [Fact]
    public void A_fund_regulation_with_a_figure_is_a_studiekostenregeling()
    {
        var ps = Classify("Het fonds vergoedt 60% van de cursuskosten, met een maximum van € 1.000 per jaar.", "Reglement Opleidingsfonds Tuinbouw");
        Assert.Contains(ps, p => p.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void A_line_break_inside_a_sentence_does_not_split_it()
    {
        var p = Single(Classify("1. Dreigt ontslag, dan zal de werkgever zich inspannen om de werknemer\n\nte begeleiden naar ander werk.", "Begeleiding"), "VWNW.TRAJECT");
        Assert.Equal(Strength.Inspanning, p.Strength);
    }

    [Fact]
    public void A_clause_that_is_only_its_heading_gets_no_label() =>
        Assert.Empty(Classify("8.1 Van werk naar werk", "Van werk naar werk"));

    [Fact]
    public void A_negated_heading_runs_into_its_sentence() =>
        Assert.Empty(Classify("Artikel 22 Geen studieverlof\nDe werknemer heeft geen recht op studieverlof. Voor verlof gelden de gewone regels.", "Geen studieverlof"));

    [Fact]
    public void The_article_title_outranks_the_chapter_title()
    {
        // Under a "Van werk naar werk" chapter, an article about something else is not a traject.
        const string text = "De werkgever meldt vacatures en boventallige werknemers bij het regionale werkcentrum.";
        Assert.DoesNotContain(Classify(text, "Regionale samenwerking", "Van werk naar werk"), p => p.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("Indien de werkgever een reorganisatie overweegt, voert hij overleg met de vakorganisaties.", "Sociaal beleid", "Van werk naar werk"),
            p => p.Code == "VWNW.TRAJECT");
        // An appendix title still colours a neutral article title.
        Assert.Contains(Classify("De boventallige werknemer wordt begeleid naar een andere baan.", "Doel", "Sociaal plan"), p => p.Code == "VWNW.SOCIAAL_PLAN");
    }

    [Theory]
    // A fund's objective commits nobody; a contribution duty without its level points at the fund's rules.
    [InlineData("Opleidingsfonds", "LLO.FONDS", "De Stichting Opleidingsfonds Glas bevordert de scholing van werknemers. De werkgever is verplicht de bijdrage aan de stichting af te dragen.", "verwijzing")]
    [InlineData("Opleidingsfonds", "LLO.FONDS", "De Stichting Opleidingsfonds Glas bevordert de scholing van werknemers. De werkgever draagt jaarlijks een premie van 0,5% van de loonsom af aan de stichting.", "recht")]
    // Using a fund's service, or a budget "volgens de regeling van" a fund, is a reference without a figure.
    [InlineData("Loopbaandienstverlening", "VWNW.LOOPBAAN", "De werknemer kan gebruikmaken van de loopbaandienstverlening van het opleidingsfonds. De voorwaarden staan in het reglement van het fonds.", "verwijzing")]
    [InlineData("Loopbaancoaching", "VWNW.LOOPBAAN", "De werknemer kan gebruikmaken van loopbaancoaching ter waarde van € 1.000. De voorwaarden staan in het reglement.", "recht")]
    [InlineData("Ontwikkelbudget", "LLO.BUDGET", "De werknemer kan aanspraak maken op een ontwikkelbudget volgens de regeling van het sectorfonds.", "verwijzing")]
    [InlineData("Studiekosten", "LLO.STUDIEKOSTEN", "Voor de vergoeding van studiekosten geldt de regeling van de werkgever op het intranet.", "verwijzing")]
    // The employer "kan ... vergoeden / in contact brengen": a discretion, not a right.
    [InlineData("Studiekosten", "LLO.STUDIEKOSTEN", "De werkgever kan in overleg met de werknemer de studiekosten geheel of gedeeltelijk vergoeden.", "inspanning")]
    [InlineData("Loopbaanbeleid", "VWNW.LOOPBAAN", "De werkgever kan de werknemer die daarom vraagt in contact brengen met een loopbaanadviseur.", "inspanning")]
    // Effort wording.
    [InlineData("Leren", "LLO.TIJD", "De werkgever spant zich ervoor in dat opleidingen zoveel als kan in werktijd worden gevolgd.", "inspanning")]
    [InlineData("Zij-instroom", "VWNW.INTERSECTORAAL", "Werkgevers staan open voor zij-instromers en bieden hun een proefplaatsing aan.", "inspanning")]
    [InlineData("Regionale samenwerking", "VWNW.INTERSECTORAAL", "De werkgever neemt deel aan het regionale werkgeversnetwerk en meldt daar vacatures aan.", "inspanning")]
    [InlineData("Jobrotatie", "VWNW.INTERN", "Partijen vinden het van belang dat werknemers regelmatig van functie wisselen via jobrotatie.", "inspanning")]
    [InlineData("Gesprek over ontwikkeling", "LLO.ONTWIKKELGESPREK", "Leidinggevenden worden gestimuleerd om met hun werknemers een ontwikkelgesprek te voeren.", "inspanning")]
    // "Voor het bevorderen van" names a purpose; the clause only refers.
    [InlineData("Intersectorale mobiliteit", "VWNW.INTERSECTORAAL", "Voor het bevorderen van de overstap naar andere sectoren verwijzen partijen naar het sectorplan.", "verwijzing")]
    // The redeployment check before dismissal is a duty, not a study.
    [InlineData("Herplaatsing", "VWNW.INTERN", "Voordat de werkgever ontslag aanvraagt, onderzoekt hij of de werknemer kan worden herplaatst binnen het concern.", "recht")]
    // "faciliteert in tijd en geld" commits resources; the POP itself is a right.
    [InlineData("Persoonlijk ontwikkelplan", "LLO.ONTWIKKELGESPREK", "Iedere werknemer stelt met zijn leidinggevende een persoonlijk ontwikkelplan op. De werkgever faciliteert het POP in tijd en geld.", "recht")]
    public void Strength_of_references_funds_and_discretion(string title, string code, string text, string strength)
    {
        var ps = Classify(text, title);
        var p = ps.SingleOrDefault(x => x.Code == code);
        Assert.True(p is not null, $"expected {code}, got [{Codes(ps)}]");
        Assert.True(p.Strength.Code() == strength, $"{code}: expected {strength}, got {p.Strength.Code()} [{string.Join(", ", p.Rules)}]");
    }
}
