using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.26.2 (session 19, issue 11, helper prec19a, third batch): strengths of LLO labels judged wrong in seeds 20277-20281,
/// by type. A plan the cao has someone work out, and training "op grond van het scholingsplan" the cao itself sets up, arrange
/// something (no reference elsewhere); a regulation in an appendix declared applicable to the article is a reference. In our own
/// words (never real cao text); each case had the other strength under rules 1.26.1.
/// </summary>
public class StrengthTests19
{
    /// <summary>"nader inhoudelijk uitgewerkt in een collectief opleidingsplan": a duty to make the plan (neutral cue
    /// proposal-worked-out), not a pointer to a plan elsewhere.</summary>
    [Fact]
    public void A_plan_to_be_worked_out_is_no_reference()
    {
        var label = Assert.Single(Classify("3. Deze uitgangspunten worden per vestiging jaarlijks en in overleg met de ondernemingsraad nader inhoudelijk uitgewerkt in een collectief opleidingsplan.", "Collectief opleidingsplan", "Professionalisering"),
            l => l.Code == "LLO.COLLECTIEF");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>Training "op grond van het scholingsplan" the employer must draw up takes place in working time: the plan is the
    /// clause's own (neutral cue by-the-own-plan).</summary>
    [Fact]
    public void Training_under_the_plan_the_clause_sets_up_is_a_right()
    {
        var label = Assert.Single(Classify("b. Is voor herplaatsing in een andere functie bij de werkgever bijscholing nodig, dan stelt de werkgever in overleg met de werknemer een scholingsplan op. Scholing op grond van het scholingsplan vindt plaats op kosten van de werkgever en in werktijd van de werknemer.", "Re-integratie", "Ziekte"),
            l => l.Code == "LLO.TIJD");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>"Op dit artikel ... is het Reglement ... (bijlage 7) van toepassing" declares another regulation applicable: the
    /// neutral cue own-rules no longer reads across the parenthesised appendix.</summary>
    [Fact]
    public void A_regulation_in_an_appendix_declared_applicable_is_a_reference()
    {
        var label = Assert.Single(Classify("6. Op dit artikel en de genoemde trajecten is het Reglement Duurzame Inzetbaarheid (bijlage 7) van toepassing.", "Mijn loopbaan", "Arbeidsongeschiktheid en duurzame inzetbaarheid"),
            l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.Equal(Strength.Verwijzing, label.Strength);
    }

    /// <summary>Rules 1.26.5: what a fund does ("voert onderzoeken uit" among its activities) describes the fund (neutral cue
    /// fund-objective); the premium "geïnd" in the sector is the duty (strength cue contribution-duty).</summary>
    [Fact]
    public void A_fund_that_does_research_and_collects_a_premium_is_a_duty()
    {
        var label = Assert.Single(Classify("Het opleidings- en ontwikkelingsfonds Zorg (OFZ) start en financiert activiteiten op het gebied van opleiding en scholing, arbeidsmarkt en gezond werken en voert onderzoeken uit naar ontwikkelingen in de sector.\nSinds 1 januari 2023 wordt in de sector een premie geïnd van 0,05% van de loonsom, die de werkgever afdraagt aan het OFZ.", "Bijdrage Opleidingsfonds Zorg"),
            l => l.Code == "LLO.FONDS");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>Rules 1.26.5: a fund that "speelt een grote rol" by offering instruments is described, not obliged (neutral cue
    /// fund-objective): no right.</summary>
    [Fact]
    public void A_fund_that_plays_a_role_is_no_right()
    {
        var label = Assert.Single(Classify("Het O&O-fonds van de sector speelt een grote rol in het versterken van de inzetbaarheid door instrumenten aan te bieden waarmee werknemers zelf de regie over hun loopbaan nemen. De werkgroep inzetbaarheid wordt door het O&O-fonds ondersteund bij het uitwerken van voorstellen.", "Rollen en taken", "Duurzame inzetbaarheid"),
            l => l.Code == "LLO.FONDS");
        Assert.NotEqual(Strength.Recht, label.Strength);
    }
}
