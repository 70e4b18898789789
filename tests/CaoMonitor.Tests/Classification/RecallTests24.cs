using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.95.0 (session 24, issue 11 items 8 and 1, helper recall24): provisions that the cao-level readers found and the rules
/// missed, most of them the re-integration of sick or partly disabled workers towards other work (VWNW.TRAJECT, rules 1.26.0 and
/// 1.29.4) and towards another function with the own employer (VWNW.INTERN). In our own words (never real cao text); every
/// positive case got no label before rules 1.95.0, every negative case shows where the new wording stops.
/// </summary>
public class RecallTests24
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>The statutory re-integration ladder: when the own work is out of reach the employer furthers placement in suitable
    /// work with another employer (trigger reintegration-at-other-employer). A wage supplement after such a placement is pay, no track.</summary>
    [Fact]
    public void Furthering_placement_in_suitable_work_with_another_employer_is_a_track()
    {
        Assert.Contains(Classify("2. De werkgever spant zich in om een zieke werknemer te re-integreren in zijn eigen werk. Lukt dat niet, dan bevordert de werkgever de plaatsing van de werknemer in passende arbeid bij een andere werkgever.", "Re-integratie"), l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("Bij herplaatsing in een passende functie bij een andere werkgever krijgt de werknemer een aanvulling van 80% op zijn nieuwe loon.", "Arbeidsongeschiktheid"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>"Een andere groepering van taken" (the statute's words for adapting the own job) is no list of tasks: the purpose cue
    /// "taken" no longer hides the plan of approach aimed at suitable work outside the company later in the same sentence.</summary>
    [Fact]
    public void A_regrouping_of_tasks_does_not_hide_the_track_that_follows()
    {
        Assert.Contains(Classify("Kan de werkgever aantonen dat geen geschikte functie te maken is door een andere groepering van taken, dan wordt het plan van aanpak gericht op het vinden van passend werk buiten het bedrijf.", "Plichten van de werkgever"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>An offer of internal and then external suitable work to a sick worker names both directions: a track (trigger
    /// internal-or-external-suitable-work). The worker's duty to cooperate with internal or external re-integration is not.</summary>
    [Fact]
    public void Internal_then_external_suitable_work_is_a_track()
    {
        Assert.Contains(Classify("Lukt een aanbod tot intern passend werk niet, dan is de werkgever verplicht de zieke werknemer een aanbod tot extern passend werk in de branche te doen.", "Passend werk"), l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("De zieke werknemer werkt actief mee aan interne of externe re-integratie.", "Plichten van de werknemer"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>The employer lets a partly disabled worker use his remaining earning capacity outside the company: re-integration
    /// towards other work (trigger employer-lets-use-remaining-capacity, and "stelt ... in staat" enables). Rules 1.98.0: inside the
    /// own company it is internal mobility instead (FnBoundaryTests25). The supplement for a worker who uses it is pay.</summary>
    [Fact]
    public void Letting_a_partly_disabled_worker_use_his_remaining_capacity_is_a_track()
    {
        Assert.Contains(Classify("De werkgever stelt een gedeeltelijk arbeidsongeschikte werknemer in staat zijn restverdiencapaciteit te benutten buiten het bedrijf.", "Arbeidsongeschiktheid"), l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("Benut de werknemer zijn restverdiencapaciteit volledig, dan krijgt hij een aanvulling van 70% van het verschil met zijn oude loon.", "Arbeidsongeschiktheid"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>The employer's effort to re-integrate a sick worker in another function with the own employer is internal mobility
    /// (trigger reintegrate-in-other-internal-function); training needed for it is the occasion of a training plan, not mobility.</summary>
    [Fact]
    public void Re_integrating_in_another_function_with_the_own_employer_is_internal_mobility()
    {
        Assert.Contains(Classify("Is terugkeer in de eigen functie niet mogelijk, dan spant de werkgever zich in om de werknemer te re-integreren in een andere functie bij de werkgever.", "Re-integratie"), l => l.Code == "VWNW.INTERN");
        Assert.DoesNotContain(Classify("Is voor re-integratie in een andere functie bij de werkgever omscholing nodig, dan stelt de werkgever met de werknemer een scholingsplan op.", "Re-integratie"), l => l.Code == "VWNW.INTERN");
    }

    /// <summary>"De werkgever zal zich richten op herplaatsing" is an effort (strength cue streven), so the redeployment arranges something.</summary>
    [Fact]
    public void An_employer_who_will_aim_at_redeployment_makes_an_effort()
    {
        var labels = Classify("Wordt een werknemer arbeidsongeschikt voor zijn functie, dan zal de werkgever zich eerst richten op herplaatsing binnen het bedrijf.", "Ziekte");
        Assert.Contains(labels, l => l.Code == "VWNW.INTERN" && l.Strength == Strength.Inspanning);
    }

    /// <summary>"Professionalisering" and "deskundigheidsbevordering" are development (as rules 1.60.0 read them for talks): an amount a
    /// worker gets for them is a development budget. A school's amount for its team as a whole is not individual.</summary>
    [Fact]
    public void An_individual_amount_for_professionalisering_is_a_development_budget()
    {
        Assert.Contains(Classify("Iedere docent heeft per schooljaar recht op € 500 voor professionalisering. Hij kiest zelf waaraan hij het besteedt.", "Persoonlijk recht in geld"), l => l.Code == "LLO.BUDGET");
        Assert.DoesNotContain(Classify("De school besteedt jaarlijks € 20.000 aan de professionalisering van het team als geheel.", "Teamontwikkeling"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>Rules 1.95.1: the training budget the employer makes available for its workers together is a collective budget
    /// (trigger budget-for-all-workers, as LLO.BUDGET's definition 1.16 says); an amount the worker spends himself is not.</summary>
    [Fact]
    public void A_training_budget_for_all_workers_together_is_collective()
    {
        Assert.Contains(Classify("3. De werkgever stelt jaarlijks een opleidingsbudget beschikbaar voor zijn medewerkers. Dit bedraagt, voor de medewerkers gezamenlijk te besteden, ten minste 2% van de totale bedrijfskosten.", "Opleiding (minimum)"), l => l.Code == "LLO.COLLECTIEF");
        Assert.DoesNotContain(Classify("De werkgever stelt een bedrag van € 300 beschikbaar dat de medewerker zelf kan besteden aan een cursus naar keuze.", "Persoonlijk budget"), l => l.Code == "LLO.COLLECTIEF");
    }

    /// <summary>Rules 1.95.2 (judge-1): a training plan for when placement in a suitable function "(intern of extern)" needs training is
    /// training, not the track (off_topic training-plan-for-reintegration); a personal budget that is part of the yearly hours
    /// "naast de uren ten behoeve van deskundigheidsbevordering" is no development budget.</summary>
    [Fact]
    public void Training_for_re_integration_and_hours_beside_a_budget_are_not_what_they_mention()
    {
        Assert.DoesNotContain(Classify("Vereist plaatsing in een passende functie (intern of extern) omscholing, dan stelt de werkgever met de werknemer een scholingsplan op.", "Arbeidsongeschiktheid"), l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("2. Het persoonlijk budget maakt deel uit van de jaartaak van 1600 uur en wordt toegekend naast de 40 uur ten behoeve van deskundigheidsbevordering.", "Persoonlijk budget"), l => l.Code == "LLO.BUDGET");
    }
}
