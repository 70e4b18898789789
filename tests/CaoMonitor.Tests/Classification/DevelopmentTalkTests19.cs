using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.25.0 (session 19, issue 11, helper prec19a): LLO.ONTWIKKELGESPREK judged wrong in seeds 20274-20281 where a talk or plan
/// is only named: a talk as the place to agree a deviation, talks counted as a training activity, a list of say and influence, a pay
/// system that "offers possibilities", a plan title over costs paid by the employer; a recommendation protocol's talk is an effort.
/// In our own words.
/// </summary>
public class DevelopmentTalkTests19
{
    /// <summary>A startkwalificatie at the employer's cost under a personal plan title is LLO.STUDIEKOSTEN, not a development plan.</summary>
    [Fact]
    public void Costs_paid_by_the_employer_under_a_plan_title_are_no_talk()
    {
        Assert.DoesNotContain(Classify("6. Medewerkers met een opleiding onder mbo-2-niveau krijgen de kans een startkwalificatie te halen op kosten van de werkgever.", "Persoonlijk ontwikkelingsplan", "Professionele ontwikkeling"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>"tenzij in het jaargesprek een andere afspraak is gemaakt" names the talk as where a cost rule may be set aside.</summary>
    [Fact]
    public void A_talk_as_the_place_to_agree_a_deviation_is_no_talk_provision()
    {
        Assert.DoesNotContain(Classify("3 De kosten van de opleiding, bedoeld in het tweede lid, komen voor rekening van de werkgever, tenzij in het jaargesprek hierover een andere afspraak is gemaakt.", "Opleidingen", "Bijzondere bepalingen voor medisch specialisten"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>Appraisal talks "geschaard" under training days define what counts as training (LLO.TIJD).</summary>
    [Fact]
    public void Talks_counted_as_a_training_activity_are_no_talk_provision()
    {
        Assert.DoesNotContain(Classify("Tot de activiteiten die als opleidingsdag kunnen gelden worden ook teamoverleggen, coachings- en functioneringsgesprekken geschaard.", "Uitleg bij opleidingsdagen", "Opleiding"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>A list of say and influence names the development talk as one way to raise one's wishes.</summary>
    [Fact]
    public void Say_and_influence_pillars_are_no_talk_provision()
    {
        Assert.DoesNotContain(Classify("3 Leren en loopbaan: over je eigen ambities en opleidingswensen heb je deels zeggenschap en deels invloed, door ze bijvoorbeeld te bespreken in je ontwikkelingsgesprek.", "Waar gaat het om", "Meepraten"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>A pay handbook that "biedt mogelijkheden voor personeelsbeleid" mentions development agreements as a possible outcome.</summary>
    [Fact]
    public void A_pay_system_offering_possibilities_is_no_talk_provision()
    {
        Assert.DoesNotContain(Classify("Het functiehandboek biedt mogelijkheden voor een modern personeelsbeleid, waarbij veranderde eisen aan het werk kunnen worden vertaald in bijvoorbeeld nieuwe functies of ontwikkelingsafspraken.", "Handboek loonsysteem bouwmaterialen"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>The yearly talk and its written agreements stay LLO.ONTWIKKELGESPREK.</summary>
    [Fact]
    public void A_yearly_development_talk_stays()
    {
        Assert.Contains(Classify("1. De werkgever en de werknemer voeren jaarlijks een ontwikkelgesprek en leggen de gemaakte ontwikkelafspraken vast in een persoonlijk ontwikkelingsplan.", "Persoonlijk ontwikkelingsplan"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>The title cue recommendation-title also reads "aa nbevelingen" as the PDF split it.</summary>
    [Fact]
    public void A_talk_under_a_recommendations_protocol_is_an_effort()
    {
        Assert.Equal(Strength.Inspanning, Assert.Single(Classify("c. De werkgever zal minimaal één maal per jaar een functioneringsgesprek voeren met de werknemer, waarin zijn loopbaanwensen en scholingswensen aan de orde komen.", "Werkgelegenheid", "Protocol (aa nbevelingen)"), l => l.Code == "LLO.ONTWIKKELGESPREK").Strength);
    }
}
