using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.17.3 (session 15, the judged round s15a: LLO.DUURZAME_INZETBAARHEID 2/7 and the budget and fund boundary classes), in our own
/// words (never real cao text), each class with counter-cases that keep their label. Every negative case got the wrong label from rules
/// 1.17.1 and from main at rules 1.17.2.
/// </summary>
public class DiBudgetJudgedTests15
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- LLO.DUURZAME_INZETBAARHEID: how the worker asks to take leave or budget (notice in weeks or months, the employer granting or
    //     refusing the request, "substantial" withdrawals) is the mechanics of the budget, as the approval of a leave request was
    //     (rules 1.16.9). It arranges no DI provision. ---

    [Theory]
    [InlineData("3. Wil de werknemer een substantieel deel van zijn budget opnemen, dan vraagt hij dit ten minste drie maanden van tevoren schriftelijk aan bij zijn leidinggevende.", "Levensfasebudget")]
    [InlineData("5. Opname van het levensfaseverlof gebeurt in overleg. De werkgever willigt het verzoek in, tenzij een zwaarwegend dienstbelang zich daartegen verzet.", "Persoonlijk levensfasebudget")]
    [InlineData("5. De opname van het levensfasebudget kan naar eigen wens van de werknemer, met inachtneming van de volgende regels: - de werkgever willigt het verzoek in, tenzij het dienstbelang zich daartegen verzet.", "Persoonlijk levensfasebudget")]
    [InlineData("6. Als de werkgever het verzoek om levensfaseverlof afwijst, moet hij dat schriftelijk motiveren.", "Levensfasebudget")]
    public void The_request_procedure_of_a_life_phase_budget_is_no_DI_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Theory]
    [InlineData("1. De werknemer heeft ieder jaar recht op een levensfasebudget van 40 uur, dat hij kan inzetten voor scholing, extra verlof of een loopbaancoach.", "Levensfasebudget")]
    [InlineData("2. De werknemer kan de DI-uren gebruiken voor opleiding en ontwikkeling. Hij bespreekt de besteding jaarlijks met zijn leidinggevende.", "Duurzame inzetbaarheid")]
    [InlineData("De werknemer kan zijn inzetbaarheidsbudget van € 400 aanvragen voor een cursus naar keuze.", "Inzetbaarheidsbudget")]
    public void A_life_phase_budget_itself_stays_a_DI_provision(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    // --- LLO.DUURZAME_INZETBAARHEID: duurzame inzetbaarheid as a point of attention ("er is aandacht voor", "besteedt aandacht aan")
    //     in plans about something else (workload, rosters) is a mention, even where the plan is an arrangement of its own. ---

    [Theory]
    // a numbered agreement whose own heading names DI, in a container of agreements
    [InlineData("7. Werkdruk en duurzame inzetbaarheid\nAlle scholen hebben een plan tegen de werkdruk opgesteld. Tijdens de looptijd voeren de werkgevers deze plannen uit, waarbij ook aandacht voor duurzame inzetbaarheid is. Partijen bevelen aan blijvend te letten op de ontwikkeling van werknemers.\n", "Overige afspraken")]
    [InlineData("Werkdruk en duurzame inzetbaarheid\nIedere afdeling maakt een plan tegen de werkdruk. In deze plannen besteedt de werkgever ook aandacht aan duurzame inzetbaarheid en aan de ontwikkeling van het team.\n", "Afspraken")]
    public void Attention_for_DI_in_another_plan_is_no_DI_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Theory]
    [InlineData("Partijen hebben aandacht voor duurzame inzetbaarheid. Iedere werknemer heeft daarom recht op 24 DI-uren per jaar, te besteden aan ontwikkeling.", "Duurzame inzetbaarheid")]
    [InlineData("Werkdruk en duurzame inzetbaarheid\nIedere afdeling maakt een plan tegen de werkdruk. In deze plannen besteedt de werkgever ook aandacht aan duurzame inzetbaarheid. Iedere werknemer krijgt daarnaast 16 DI-uren per jaar voor ontwikkeling.\n", "Afspraken")]
    [InlineData("Partijen vinden duurzame inzetbaarheid belangrijk. Daarom krijgt iedere werknemer een DI-budget van € 500 per jaar voor scholing of coaching.", "Inzetbaarheid")]
    public void A_DI_budget_beside_attention_for_DI_stays_a_DI_provision(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    // --- LLO.DUURZAME_INZETBAARHEID: vitality leave or hours named in a sentence with no use, budget or development (a shorter working
    //     week, hours that keep accruing during parental leave) are a vitality scheme, also where another sentence of the clause names
    //     training (which lifts the vitality-scheme blocker for the whole clause). ---

    [Theory]
    [InlineData("De werknemer heeft recht op twee scholingsdagen per jaar. Werknemers van 60 jaar en ouder kunnen via de regeling vitaliteitsverlof een vierdaagse werkweek krijgen.", "Arbeidsduur")]
    [InlineData("Tijdens het ouderschapsverlof bouwt de werknemer geen vakantie-uren op, maar wel vitaliteitsuren. Het verlof telt mee voor de studiekostenregeling.", "Ouderschapsverlof")]
    public void Vitality_hours_without_a_use_are_no_DI_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Theory]
    [InlineData("De werknemer van 57 jaar en ouder heeft recht op 40 vitaliteitsuren per jaar, die hij kan gebruiken voor scholing of extra verlof.", "Vitaliteit")]
    [InlineData("Iedere werknemer krijgt een vitaliteitsbudget van € 300 per jaar. Hij kan het besteden aan een opleiding of een sportabonnement.", "Vitaliteitsbudget")]
    public void Vitality_hours_or_budget_that_can_go_to_training_stay_a_DI_provision(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    // --- VWNW.INTERSECTORAAL: "andere werkgever" as one of the goals of re-integration under a health-policy title (Gezondheidsbeleid)
    //     is the sickness procedure, as under a sickness title (rules 1.14). The detachering of a partly disabled worker at another
    //     employer still counts. ---

    [Theory]
    [InlineData("De werkgever spant zich in voor de re-integratie van de zieke werknemer. Die is gericht op het hervatten van het werk in de eigen of een andere functie, of bij een andere werkgever.", "Terugkeer naar werk", "Gezondheidsbeleid")]
    [InlineData("De werkgever zorgt ervoor dat de re-integratie gericht is op hervatting van het werk in een andere functie of bij een andere werkgever.", "Werken aan gezondheid")]
    public void Another_employer_as_a_goal_of_reintegration_under_a_health_title_is_no_sector_mobility(string text, string title, string? parent = null)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Theory]
    [InlineData("Een gedeeltelijk arbeidsgeschikte werknemer kan worden gedetacheerd bij een andere werkgever om daar ervaring op te doen in ander werk.", "Gezondheid en werk", null)]
    [InlineData("De werkgever spant zich in voor de re-integratie van de zieke werknemer. Die is gericht op het hervatten van het werk in de eigen of een andere functie, of bij een andere werkgever.", "Van werk naar werk", null)]
    [InlineData("De werkgever zorgt ervoor dat de re-integratie gericht is op hervatting van het werk in een andere functie of bij een andere werkgever.", "Mobiliteit", null)]
    public void Detachering_or_another_employer_outside_a_health_title_stays_sector_mobility(string text, string title, string? parent)
    {
        Assert.Contains(Classify(text, title, parent), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- VWNW.INTERSECTORAAL (rules 1.17.4): "binnen of buiten de organisatie" is both directions (rules 1.15.3), also where the PDF split
    //     "binnen" ("b innen of buiten de universiteit"; judged wrong in s13a and s14b). "Binnen of buiten de sector" still counts. ---

    [Theory]
    [InlineData("1. Bij een reorganisatie geldt: a. de werkgever zal de met ontslag bedreigde werknemer zo goed mogelijk ondersteunen bij het vinden van een passende functie b innen of buiten de gemeente; b. de werknemer werkt daaraan actief mee.", "Uitgangspunten", "Reorganisatie")]
    public void A_function_within_or_outside_the_organisation_split_by_the_PDF_is_no_sector_mobility(string text, string title, string parent)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Theory]
    [InlineData("1. Bij een reorganisatie geldt: a. de werkgever zal de met ontslag bedreigde werknemer zo goed mogelijk ondersteunen bij het vinden van een passende functie buiten de gemeente; b. de werknemer werkt daaraan actief mee.", "Uitgangspunten", "Reorganisatie")]
    [InlineData("De werkgever ondersteunt de boventallige werknemer bij het vinden van een andere functie b innen of buiten de sector.", "Begeleiding", "Reorganisatie")]
    public void A_function_outside_the_organisation_or_within_or_outside_the_sector_stays_sector_mobility(string text, string title, string parent)
    {
        Assert.Contains(Classify(text, title, parent), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- LLO.BUDGET: the amount shown on the annual salary statement is administration, also where the PDF split the word
    //     ("salaris-jaaro verzicht"). ---

    [Theory]
    [InlineData("5. De werkgever vermeldt het saldo van het opleidingsbudget op het salaris-jaaro verzicht.", "Persoonlijk opleidingsbudget")]
    public void A_budget_on_the_annual_statement_is_no_budget_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.BUDGET");
    }

    [Theory]
    [InlineData("1. Iedere werknemer heeft recht op een opleidingsbudget van € 600 per jaar.", "Persoonlijk opleidingsbudget")]
    public void The_budget_itself_stays_a_budget_provision(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.BUDGET");
    }
}
