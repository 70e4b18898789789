using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.16.0 (session 31, issue 11 item 8, helper di31): a wording class of cao-level misses in LLO.BUDGET.
/// (1) A personal budget that the worker spends on work or activities aimed at his professionalisation or career development
/// ("wordt ... aangewend voor het verrichten van werkzaamheden gericht op professionalisering") is an individual development
/// budget (rules 1.95.0), also when a relative clause stands between the budget and its use; the same budget spent on the
/// development of the school or the organisation, or on assigned work, is not. (2) Rules 2.16.1: a sector fund's subsidy budget for training that only the
/// employer can claim is no individual budget, even with an amount per worker per year (judge-1 of di31: fund money). The frame cue `frame-budget-used-for` reads "het budget wordt ... aangewend voor" as arranging wording also when a
/// neutral aside ("op wie lid 3 van toepassing is") stands inside it. In our own words.
/// </summary>
public class DiRecallTests31
{
    const string Budget = "LLO.BUDGET";

    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    [Fact]
    public void A_personal_budget_spent_on_professionalisation_work_is_an_individual_budget()
    {
        Assert.True(Has(Classify("2. Het persoonlijk budget wordt door de medewerker, voor wie lid 1 niet geldt, gebruikt voor activiteiten gericht op zijn professionalisering.", "Besteding"), Budget));
        Assert.True(Has(Classify("3. Het persoonlijk budget wordt door de docent, op wie lid 2 van toepassing is, aangewend voor het verrichten van werkzaamheden gericht op professionalisering en/of loopbaanontwikkeling.", "Inzet van het budget"), Budget));
        Assert.True(Has(Classify("Het individuele budget kan door de werknemer worden ingezet voor activiteiten ten behoeve van zijn loopbaanontwikkeling.", "Budget"), Budget));
    }

    [Fact]
    public void A_personal_budget_spent_on_the_school_or_on_assigned_work_is_not_an_individual_budget()
    {
        Assert.False(Has(Classify("3. Het persoonlijk budget wordt door de werknemer, die deel uitmaakt van een team, aangewend voor het verrichten van werkzaamheden ten behoeve van de ontwikkeling van het onderwijs.", "Aanwending"), Budget));
        Assert.False(Has(Classify("Het persoonlijk budget wordt door de werknemer aangewend voor zijn opgedragen werkzaamheden in het team.", "Aanwending"), Budget));
    }

    [Fact]
    public void A_fund_subsidy_budget_only_the_employer_can_claim_is_not_an_individual_budget()
    {
        // Rules 2.16.1: judge-1 of di31 called such labels wrong (fund money, LLO.FONDS), although an amount per worker is named.
        Assert.False(Has(Classify("Het subsidiebudget voor opleiding en ontwikkeling bedraagt met ingang van dit jaar € 1.200,- per jaar per werknemer. Alleen de werkgever kan de subsidie aanvragen bij het fonds.", "Rol werkgevers"), Budget));
    }

    [Fact]
    public void A_subsidy_budget_without_an_amount_per_worker_is_not_an_individual_budget()
    {
        Assert.False(Has(Classify("Sociale partners stellen via het fonds een subsidiebudget voor opleiding en ontwikkeling beschikbaar voor de bedrijven in de sector.", "Opleidingen"), Budget));
    }
}
