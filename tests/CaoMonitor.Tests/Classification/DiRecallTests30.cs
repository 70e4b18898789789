using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.13.0 (session 30, issue 11 item 8, helper di30): two wording classes of cao-level misses in LLO.BUDGET and
/// LLO.DUURZAME_INZETBAARHEID. (1) A budget whose only stated uses are development activities ("kan worden ingezet voor coaching,
/// opleiding of trainingen") is an individual development budget, also when it is called a DI-budget (rules 1.18.0: development
/// is then the aim, not an example); a budget whose uses also include other things (vitality, leave, pay) stays DI only.
/// (2) Agreements on the worker's duurzame inzetbaarheid made in or from his personal development plan (POP, IOP,
/// ontwikkelingsplan) are a DI plan that serves development; such agreements without a development plan nearby are not.
/// In our own words.
/// </summary>
public class DiRecallTests30
{
    const string DI = "LLO.DUURZAME_INZETBAARHEID";
    const string Budget = "LLO.BUDGET";

    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    [Fact]
    public void A_budget_spent_only_on_development_is_an_individual_budget()
    {
        Assert.True(Has(Classify("1. Iedere werknemer krijgt jaarlijks een DI-budget van € 350,- (excl. btw) dat kan worden ingezet voor coaching, opleiding of trainingen op het gebied van zijn eigen inzetbaarheid."), Budget));
        Assert.True(Has(Classify("De werknemer ontvangt een persoonlijk budget van € 600 per jaar. Dit budget mag uitsluitend worden besteed aan cursussen en loopbaanbegeleiding."), Budget));
    }

    [Fact]
    public void A_budget_with_other_uses_besides_development_is_not_an_individual_budget()
    {
        Assert.False(Has(Classify("1. Iedere werknemer krijgt jaarlijks een DI-budget van € 350,- dat kan worden ingezet voor opleiding, sport of extra verlof."), Budget));
        Assert.False(Has(Classify("Het DI-budget van € 500 kan worden ingezet voor bijvoorbeeld een opleiding, een fiets of een vitaliteitsprogramma."), Budget));
    }

    [Fact]
    public void Hours_without_a_budget_spent_on_training_are_not_a_budget()
    {
        Assert.False(Has(Classify("De werknemer heeft recht op 24 uren per jaar. Deze uren kunnen worden ingezet voor scholing of training."), Budget));
    }

    [Fact]
    public void Agreements_on_durable_employability_in_a_development_plan_are_DI()
    {
        Assert.True(Has(Classify("3. Het persoonlijk ontwikkelplan beschrijft hoe de werknemer zich via training en opleiding verder kan ontwikkelen. Daarnaast maken werkgever en werknemer afspraken over duurzame inzetbaarheid, zodat de werknemer gezond aan het werk kan blijven.", "Persoonlijk ontwikkelplan"), DI));
        Assert.True(Has(Classify("Minstens eenmaal per jaar bespreken werknemer en leidinggevende de voortgang van de afspraken in het persoonlijk ontwikkelingsplan (POP). Dit gesprek moet leiden tot concrete afspraken over de duurzame inzetbaarheid van de werknemer.", "Jaargesprek"), DI));
    }

    [Fact]
    public void Agreements_on_durable_employability_without_a_development_plan_are_not_DI()
    {
        Assert.False(Has(Classify("Werkgever en werknemer kunnen op basis van vrijwilligheid nadere afspraken maken over duurzame inzetbaarheid en eerder uittreden.", "Regeling eerder uittreden"), DI));
        Assert.False(Has(Classify("Voor de pensioenpremie geldt een andere verdeling. Zie hiervoor hoofdstuk 10: de afspraken over duurzame inzetbaarheid.", "Premie"), DI));
    }
}
