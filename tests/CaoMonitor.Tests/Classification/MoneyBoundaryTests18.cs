using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.23.x (session 18, issue 11, helper prec18a): the money boundary between LLO.BUDGET, LLO.DUURZAME_INZETBAARHEID,
/// LLO.FONDS and LLO.STUDIEKOSTEN, as judged in the label samples of seeds 20272-20275. In our own words (never real cao
/// text); each negative case was labelled before its rule, each positive case keeps its label.
/// </summary>
public class MoneyBoundaryTests18
{
    // --- LLO.BUDGET spent-on-di-only: a career budget whose only stated use is the worker's individual inzetbaarheid is no
    //     development budget (rules 1.20.1 read "duurzame inzetbaarheid" only). ---

    [Theory]
    [InlineData("De medewerker kan het Carrièrebudget op verzoek inzetten voor zijn individuele inzetbaarheid. Het budget bestaat uit een bedrag en uit fitheidsuren. Het bedrag wordt toegekend nadat werkgever en medewerker afspraken hebben gemaakt.", "Loopbaanbudget")]
    [InlineData("De fitheidsuren kunnen in het kader van individuele inzetbaarheid worden benut. Ze kunnen ook worden omgezet in een bedrag op het loopbaanbudget.", "Fitheidsuren")]
    public void A_budget_only_for_individual_inzetbaarheid_is_no_llo_budget(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void A_budget_for_inzetbaarheid_that_names_training_stays_llo_budget()
    {
        var labels = Classify("De medewerker kan het loopbaanbudget inzetten voor zijn individuele inzetbaarheid, bijvoorbeeld voor een opleiding of een cursus.", "Loopbaanbudget");
        Assert.Contains(labels, l => l.Code == "LLO.BUDGET");
    }

    // --- sector-money-by-parties: money the cao parties make available at sector level (through a sector body) is a sector
    //     or fund arrangement, not an individual budget and not a DI arrangement. ---

    [Theory]
    [InlineData("7. Opleidingspot\nDe cao-partijen stellen opnieuw via het sectorinstituut een bedrag beschikbaar om de brede inzetbaarheid van werknemers te bevorderen. Binnen dit budget is ook een bedrag beschikbaar voor loopbaangesprekken.")]
    [InlineData("3. Voor de financiering van het sectorprogramma Vakkracht en de bijbehorende trajecten stellen sociale partners jaarlijks een budget beschikbaar.", "Vakkracht", "Duurzame inzetbaarheid")]
    public void Sector_money_made_available_by_the_parties_is_no_individual_budget_or_di(string text, string? title = null, string? parent = null)
    {
        var labels = Classify(text, title, parent);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.BUDGET");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void Vouchers_the_parties_make_available_per_worker_stay_an_individual_budget()
    {
        var labels = Classify("a. Cao-partijen stellen voor 2025 een aantal opleidingsvouchers beschikbaar. Een opleidingsvoucher is een scholingsbudget voor een individuele werknemer van € 1.200.", "Opleidingsvouchers");
        Assert.Contains(labels, l => l.Code == "LLO.BUDGET");
    }

    // --- LLO.DUURZAME_INZETBAARHEID bookkeeping: extra worked hours added to a life-phase budget, implementing rules agreed
    //     with the works council, and the mechanics of DI hours are no DI arrangement. ---

    [Fact]
    public void Plus_hours_added_to_a_life_phase_budget_are_bookkeeping()
    {
        var text = "Houdt de medewerker aan het einde van het jaar plus-uren over? Dan kan zij de uren aan het einde van het kalenderjaar toevoegen aan haar levensfasebudget. Het aantal uren dat zij mag toevoegen is ten hoogste twee keer haar weekuren.";
        Assert.DoesNotContain(Classify(text, "Jaarurensystematiek"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void Implementing_rules_agreed_with_the_works_council_are_no_di_arrangement()
    {
        var labels = Classify("4 Je werkgever kan over het DI-budget een uitvoeringsregeling afspreken met de ondernemingsraad.", null, "Budget voor duurzame inzetbaarheid");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void Mechanics_of_di_hours_are_no_di_arrangement()
    {
        var text = "1 DI-uren kunnen niet worden omgezet in loon.\n2 De beslissing over de aanwending van DI-uren ligt bij de werknemer.\n3 Worden DI-uren ingezet voor werk bij de eigen werkgever, dan is goedkeuring van de werkgever nodig.";
        Assert.DoesNotContain(Classify(text, "Algemeen", "Duurzame inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void A_di_budget_for_training_stays_di()
    {
        var labels = Classify("1 Je werkgever stelt jaarlijks een persoonlijk DI-budget van € 600 ter beschikking, dat je kunt besteden aan opleiding en ontwikkeling.", null, "Budget voor duurzame inzetbaarheid");
        Assert.Contains(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    // --- LLO.STUDIEKOSTEN salary-exchange: swapping gross salary for a net allowance, with a course as one example, is a
    //     fiscal exchange and no study-cost scheme. ---

    [Fact]
    public void A_salary_exchange_with_study_costs_as_example_is_no_studiekosten()
    {
        var text = "b. Werkgever en werknemer kunnen afspreken dat een deel van het brutosalaris tijdelijk wordt uitgeruild voor een netto vergoeding. Voorbeelden zijn:\n• een elektrische fiets;\n• een abonnement op een sportschool; of\n• de kosten van een opleiding die de werkgever niet betaalt.";
        Assert.DoesNotContain(Classify(text, "Uitruilen van salaris"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void A_study_cost_reimbursement_stays_studiekosten()
    {
        var labels = Classify("De werkgever vergoedt de kosten van een opleiding die de werknemer in overleg volgt, inclusief boeken en examengeld.", "Studiekosten");
        Assert.Contains(labels, l => l.Code == "LLO.STUDIEKOSTEN");
    }

    // --- Rules 1.23.1: the employer deploying a company budget; a training plan handed in to a fund for its subsidy; accounting
    //     for the money in the annual report; courses paid out of an individual budget. ---

    [Fact]
    public void A_company_budget_the_employer_deploys_is_no_individual_budget()
    {
        var labels = Classify("3. Je werkgever zet dit budget in voor het inwerken van nieuwe collega's, voor verplichte trainingen en voor loopbaanadvies.", null, "Opleidingsbudget");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void An_individual_budget_the_worker_spends_stays_llo_budget()
    {
        var labels = Classify("3. Je zet dit budget in voor een opleiding of cursus naar eigen keuze.", null, "Opleidingsbudget");
        Assert.Contains(labels, l => l.Code == "LLO.BUDGET");
    }

    [Theory]
    [InlineData("- Een bedrijf moet voor 1 maart van elk jaar een opleidingsplan indienen; opleidingsplannen die na 1 april van dat jaar worden ingediend komen niet meer in aanmerking voor subsidie.")]
    [InlineData("- Bij de aanvraag moeten de facturen worden meegestuurd, en ook het opleidingsplan van het betreffende jaar te worden meegezonden.")]
    public void A_training_plan_handed_in_to_a_fund_is_no_collective_training_policy(string text)
    {
        Assert.DoesNotContain(Classify(text, "Voorwaarden", "Subsidiereglement"), l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void A_training_plan_the_company_draws_up_for_a_fund_stays_collectief()
    {
        var labels = Classify("Werkgevers kunnen bij het fonds subsidie aanvragen voor opleidingen, op voorwaarde dat het bedrijf vooraf een opleidingsplan opstelt.", "Subsidie opleidingen");
        Assert.Contains(labels, l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void Accounting_for_the_money_in_the_annual_report_is_no_collective_plan()
    {
        var labels = Classify("5. Jaarlijks wordt verantwoording over de inzet van de middelen afgelegd in het jaarverslag.", null, "Collectief opleidingsplan");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void A_payroll_share_with_a_report_in_the_same_sentence_stays_collectief()
    {
        var labels = Classify("Elk jaar is ten minste 1,5% van de loonsom beschikbaar voor opleiding, en in het jaarverslag legt de werkgever verantwoording af over de besteding.", "Scholing");
        Assert.Contains(labels, l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void Courses_paid_from_an_individual_budget_are_no_study_cost_scheme()
    {
        var labels = Classify("Opleidingen die worden betaald uit het bij de stichting gestorte persoonlijk ontwikkelbudget gelden als vergoed door de werkgever.", "Persoonlijk ontwikkelbudget");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.STUDIEKOSTEN");
    }

    // --- Rules 1.24.4: "gelden" as a verb is no DI money; a summer supplement on the hourly wage is pay; employers reserving an
    //     amount for their own workers is a company budget; a budget named among the topics of a plan or a talk is a mention. ---

    [Fact]
    public void Employability_oriented_training_with_the_verb_gelden_is_no_di()
    {
        var text = "3 Volgt de specialist een opleiding voor een andere functie, dan is dat employabilitygerichte scholing. Een terugbetalingsregeling kan alleen gelden bij employabilitygerichte scholing.";
        Assert.DoesNotContain(Classify(text, "Scholing", "Bijzondere bepalingen voor specialisten"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void Di_funds_called_gelden_stay_di()
    {
        var text = "De werkgever stelt extra gelden beschikbaar voor employability, die werknemers kunnen besteden aan scholing en loopbaancoaching.";
        Assert.Contains(Classify(text, "Inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void A_summer_supplement_on_the_hourly_wage_is_no_di_arrangement()
    {
        var text = "• Op de luchthaven is extra aandacht voor het verbeteren van de duurzame inzetbaarheid van werknemers.\n• Er komen projecten over de ontwikkeling van competenties.\n• Je ontvangt een zomertoeslag op het uurloon van € 4,75 bruto per gewerkt uur in de zomermaanden.";
        Assert.DoesNotContain(Classify(text, null, "Over duurzame inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    [Fact]
    public void Employers_reserving_an_amount_for_their_own_workers_is_no_individual_budget()
    {
        var text = "De branchevereniging bouwt een nieuwe leeromgeving. Daarnaast reserveren werkgevers jaarlijks een bedrag voor kosten van scholing en ontwikkeling van hun eigen werknemers.";
        Assert.DoesNotContain(Classify(text, "Ontwikkeling in de branche"), l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void An_amount_per_worker_for_training_stays_llo_budget()
    {
        var text = "De werkgever reserveert jaarlijks voor iedere werknemer een bedrag van € 400 voor scholing en ontwikkeling.";
        Assert.Contains(Classify(text, "Persoonlijk opleidingsbudget"), l => l.Code == "LLO.BUDGET");
    }

    [Theory]
    [InlineData("In het persoonlijk ontwikkelplan wordt in elk geval aandacht besteed aan de volgende punten:\n- de scholing die de werkgever wenst;\n- de wijze waarop de werknemer zijn loopbaanbudget wil besteden.", "LLO.BUDGET")]
    [InlineData("2. In het jaargesprek wordt ten minste aandacht besteed aan:\n• het rooster voor het komende jaar;\n• de besteding van het levensfasebudget;\n• het functioneren van de werknemer.", "LLO.DUURZAME_INZETBAARHEID")]
    public void A_budget_among_the_topics_of_a_plan_or_talk_is_a_mention(string text, string code)
    {
        Assert.DoesNotContain(Classify(text, "Gesprekken"), l => l.Code == code);
    }
}
