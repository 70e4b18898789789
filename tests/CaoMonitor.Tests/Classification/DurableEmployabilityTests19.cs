using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.25.0 (session 19, issue 11, helper prec19a): LLO.DUURZAME_INZETBAARHEID as judged in the label samples of seeds
/// 20277-20281: the bookkeeping of a budget (a cap on the balance, accrual "naar rato"), the contents of a spending proposal, tools
/// read as money, development initiatives agreed with the manager under a DI title, an aim sentence that refers back to saving leave. In our own words (never real
/// cao text); each negative case was labelled by rules 1.24.6, each positive case keeps its label.
/// </summary>
public class DurableEmployabilityTests19
{
    /// <summary>"Het saldo mag op 31 december ... niet meer bedragen dan": the cap reads over more words than before.</summary>
    [Fact]
    public void A_cap_on_the_balance_is_bookkeeping()
    {
        Assert.DoesNotContain(Classify("d. Het PLF-saldo mag op 31 december van enig jaar niet meer bedragen dan twintig maal de wekelijkse arbeidsduur.", "Persoonlijk levensfasebudget (PLF)"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>The hours are built up pro rata per month: how the budget fills, not what it is.</summary>
    [Fact]
    public void Accrual_pro_rata_without_a_figure_is_bookkeeping()
    {
        Assert.DoesNotContain(Classify("3. De medewerker bouwt de LFU-uren naar rato per kalendermaand op.", "Levensfaseuren (LFU)", "Werktijden"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>With a number of hours in the sentence the accrual states the budget's size.</summary>
    [Fact]
    public void Accrual_with_its_own_figure_stays()
    {
        Assert.Contains(Classify("3. De medewerker bouwt naar rato per kalendermaand 4 uur duurzame inzetbaarheidsbudget op, te besteden aan scholing.", "Levensfaseuren (LFU)", "Werktijden"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>What the worker writes in his proposal for spending the budget is a topic of the talk (rules 1.24.4).</summary>
    [Fact]
    public void The_contents_of_a_spending_proposal_are_no_arrangement()
    {
        Assert.DoesNotContain(Classify("4 De besteding van het aanvullend persoonlijk budget komt aan de orde in het functioneringsgesprek.\nDe werknemer doet een onderbouwd voorstel voor de besteding van zijn aanvullend persoonlijk budget. Hierin wordt opgenomen op welke wijze zijn duurzame inzetbaarheid daarmee wordt versterkt.", "Besteding", "Aanvullend persoonlijk budget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>A sector body that develops a refresher course "ter bevordering van de duurzame inzetbaarheid" arranges no DI budget, hours or plan (off-topic course-being-developed).</summary>
    [Fact]
    public void A_course_being_developed_is_no_di_arrangement()
    {
        Assert.DoesNotContain(Classify("4. Opfrisdag schoonmakers\nNa de basisopleiding blijven de meeste medewerkers bij door ervaring op te doen en door instructie over nieuwe machines, middelen en materialen. Ter bevordering van de duurzame inzetbaarheid van medewerkers wordt door het sectorfonds een herhaling van de basisopleiding ontwikkeld.", "Opfrisdag", "Protocol"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>Yearly development initiatives agreed with the manager under a DI title are LLO.ONTWIKKELGESPREK (trigger development-initiatives); the title-only DI label yields to it.</summary>
    [Fact]
    public void Agreed_development_initiatives_are_a_talk_not_di()
    {
        var labels = Classify("2. Iedere medewerker kiest jaarlijks een of meer ontwikkelinitiatieven en bespreekt die met zijn leidinggevende. Daarna wordt in overleg vastgelegd welke kant de medewerker op wil, in welk tempo en welke middelen daarvoor nodig zijn.", "Ontwikkeling en duurzame inzetbaarheid technisch personeel");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.Contains(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>"financiële middelen" the employer makes available for DI stay money.</summary>
    [Fact]
    public void Financial_means_made_available_stay()
    {
        Assert.Contains(Classify("De werkgever stelt jaarlijks financiële middelen beschikbaar voor de duurzame inzetbaarheid van de werknemers, zoals opleidingen en een loopbaanscan.", "Duurzame inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>"Hiermee wordt beoogd de DI te bevorderen" after a sentence about saving leave hours: the aim of a leave-saving scheme.</summary>
    [Fact]
    public void An_aim_sentence_referring_back_to_saving_leave_is_no_arrangement()
    {
        Assert.DoesNotContain(Classify("b. Het LFV geeft de werknemer ruimte om verlofuren te sparen en een gespaard verlofbudget later op te nemen wanneer zijn levensfase daarom vraagt. Hiermee wordt beoogd de duurzame inzetbaarheid van de werknemer te bevorderen.", "Levensfaseverlof (LFV)", "Levensfaseverlof (LFV)"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>"In dit voorstel wordt nader uitgewerkt hoe ..." says what the proposal holds, not that the rules are elsewhere (neutral cue proposal-worked-out).</summary>
    [Fact]
    public void A_proposal_that_works_out_the_use_is_no_reference()
    {
        Assert.Equal(Strength.Recht, Assert.Single(Classify("4. Voor elke werknemer wordt een Persoonlijk plan LFB gemaakt, dat wordt besproken in het jaargesprek. Om tot het plan te komen doet de werknemer een voorstel voor de inzet van zijn LFB-uren. In dit voorstel wordt nader uitgewerkt hoe zijn duurzame inzetbaarheid met de inzet van de uren wordt vergroot. Het plan kan de inzet van LFB-uren voor employabilitygerichte scholing bevatten.", "Uitgangspunten levensfasebudget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID").Strength);
    }
}
