using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.02.x (session 27, issue 11 item 8, helper recall27): wording classes behind cao-level cells the readers found and
/// by_cao.csv missed (VWNW categories, LLO.ONTWIKKELGESPREK, LLO.EVC). In our own words (never real cao text); every positive
/// case had no label of its category before 2.02.0.
/// </summary>
public class RecallTests27
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>A talk about the worker's career written in the polite or informal form ("over uw loopbaan", "over je loopbaan") is
    /// career guidance like "over zijn loopbaan" (VWNW.LOOPBAAN 2.02.0, trigger gesprek-over-loopbaan).</summary>
    [Fact]
    public void A_talk_about_your_career_in_the_polite_form_is_career_guidance()
    {
        Assert.True(Has(Classify("Vraagt u om een gesprek met uw werkgever over uw loopbaan, dan is uw werkgever verplicht daaraan mee te werken.", null, null), "VWNW.LOOPBAAN"));
        Assert.True(Has(Classify("Je hebt recht op een gesprek met je leidinggevende over je verdere loopbaan.", null, null), "VWNW.LOOPBAAN"));
        Assert.False(Has(Classify("Uw pensioen hangt af van de premie die over uw hele loopbaan is betaald.", null, null), "VWNW.LOOPBAAN"));
    }

    /// <summary>"In dit gesprek bespreekt u hoe u zich wilt ontwikkelen" names the worker's development as what the talk is about
    /// (LLO.ONTWIKKELGESPREK 2.02.0, trigger talk-discusses-development; "uw" now also in talk-about-own-development).</summary>
    [Fact]
    public void Discussing_how_you_want_to_develop_in_the_talk_is_a_development_talk()
    {
        Assert.True(Has(Classify("Uw werkgever houdt op uw verzoek een gesprek met u. In dit gesprek bespreekt u hoe u zich verder wilt ontwikkelen en welke opleiding daarbij past.", null, null), "LLO.ONTWIKKELGESPREK"));
        Assert.True(Has(Classify("Eenmaal per jaar bespreekt uw leidinggevende met u uw persoonlijke ontwikkeling.", null, null), "LLO.ONTWIKKELGESPREK"));
        Assert.False(Has(Classify("In dit gesprek bespreekt u hoe het werkrooster voor de komende maand eruitziet.", null, null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>The second track in other words: the employer promotes that the sick worker is "ingeschakeld" in suitable work "in
    /// het bedrijf van een andere werkgever", or must arrange adapted work at another employer (VWNW.TRAJECT 2.02.0, trigger
    /// reintegration-at-other-employer; rules 1.95.0/1.98.0). The worker's duty to cooperate stays no track.</summary>
    [Fact]
    public void Second_track_placement_at_another_employer_in_other_words_is_a_track()
    {
        Assert.True(Has(Classify("4. Is er bij de eigen werkgever geen passend werk, dan bevordert de werkgever dat de werknemer wordt ingeschakeld in passende arbeid in het bedrijf van een andere werkgever.", "Re-integratie", null), "VWNW.TRAJECT"));
        Assert.True(Has(Classify("2. Heeft uw werkgever zelf geen aangepast werk voor u? Dan moet hij aangepast werk regelen bij een andere werkgever.", null, "Als u ziek bent"), "VWNW.TRAJECT"));
        Assert.False(Has(Classify("De werknemer werkt mee aan zijn re-integratie bij een andere werkgever.", "Re-integratie", null), "VWNW.TRAJECT"));
    }

    /// <summary>A wage supplement up to the old wage after re-integration at a lower wage is pay, not a track (rules 1.29.4; VWNW.TRAJECT
    /// 2.02.0 off_topic pay-after-move now also reads "lager loon" and "aanvulling ... tot").</summary>
    [Fact]
    public void A_supplement_after_reintegration_at_a_lower_wage_is_pay()
    {
        Assert.False(Has(Classify("3. Wordt de werknemer in het tweede spoor geplaatst in werk met een lager loon, dan ontvangt hij het eerste jaar een aanvulling tot 100% van zijn oude loon.", "Loonaanvulling", null), "VWNW.TRAJECT"));
    }

    /// <summary>"Vervalt de functie? Dan stelt de werkgever de werknemer in staat scholing te volgen die het mogelijk maakt het dienstverband
    /// voort te zetten": training to keep a worker whose job lapses in work, the risk in the question before (VWNW.TRAJECT 2.02.0, trigger
    /// function-lapses-then-training; rules 1.18.0 read across the question mark).</summary>
    [Fact]
    public void Training_to_keep_the_contract_when_the_function_lapses_is_a_track()
    {
        Assert.True(Has(Classify("De werkgever maakt jaarlijks een opleidingsplan. Komt de functie van de werknemer te vervallen? Dan stelt de werkgever hem in staat scholing te volgen die het mogelijk maakt de arbeidsovereenkomst voort te zetten.", "Plichten van de werkgever", null), "VWNW.TRAJECT"));
        Assert.False(Has(Classify("De werkgever stelt de werknemer in staat scholing te volgen die nodig is voor zijn huidige functie.", "Plichten van de werkgever", null), "VWNW.TRAJECT"));
    }

    /// <summary>A dismissal for closure or reorganisation that may only be decided after consultation with the unions on the measures
    /// to be taken is the duty to agree a social plan with them (VWNW.SOCIAAL_PLAN 2.02.0, trigger consult-unions-on-measures with
    /// unions-consulted-here; the definition since rules 1.20.0). Measures without the unions are not.</summary>
    [Fact]
    public void Consulting_the_unions_on_measures_before_a_reorganisation_dismissal_is_a_social_plan()
    {
        Assert.True(Has(Classify("2. Bij sluiting of reorganisatie van het bedrijf neemt de werkgever pas een besluit over ontslag nadat hij met de vakbonden overleg heeft gevoerd over de te treffen regelingen.", "Reorganisatie", null), "VWNW.SOCIAAL_PLAN"));
        Assert.False(Has(Classify("Bij sluiting van het bedrijf in de zomer neemt de werkgever de te treffen maatregelen tegen inbraak.", "Bedrijfssluiting", null), "VWNW.SOCIAAL_PLAN"));
    }

    /// <summary>Work outside the sector or industry the worker wants, or redeployment within the sector of the cao, is moving to other
    /// employers (VWNW.INTERSECTORAAL 2.02.0, trigger work-outside-the-sector).</summary>
    [Fact]
    public void Work_outside_the_industry_and_redeployment_within_the_sector_are_moves_to_other_employers()
    {
        Assert.True(Has(Classify("Wil de werknemer werk doen buiten de grafische industrie? Dan kan de werkgever met hem een opleidingsplan maken voor dat werk.", null, null), "VWNW.INTERSECTORAAL"));
        Assert.True(Has(Classify("De werkgever bevordert de herplaatsing van de boventallige werknemer binnen de bedrijfstak.", "Boventalligheid", null), "VWNW.INTERSECTORAAL"));
    }

    /// <summary>Reintegration of a sick worker in suitable work outside the sector is the second track (VWNW.TRAJECT), not a move to
    /// another sector (judge-1 of 2.02.0; VWNW.INTERSECTORAAL 2.02.1 blocker sickness-reintegration-elsewhere on work-outside-the-sector).</summary>
    [Fact]
    public void Suitable_work_outside_the_sector_for_a_sick_worker_is_no_sector_move()
    {
        Assert.False(Has(Classify("- Lukt een aanbod van intern passend werk niet, dan doet de werkgever een aanbod tot extern passend werk buiten de sector aan de zieke werknemer.", "Passend werk", null), "VWNW.INTERSECTORAAL"));
    }

    /// <summary>A budget the worker keeps when he leaves but goes on working within the scope of the cao is an entitlement kept when
    /// moving to another employer under the cao (VWNW.INTERSECTORAAL 2.02.1, trigger budget-kept-within-scope; rules 1.20.0).</summary>
    [Fact]
    public void A_budget_kept_when_the_worker_stays_within_the_scope_of_the_cao_is_a_retained_entitlement()
    {
        Assert.True(Has(Classify("4. Blijft de werknemer na zijn vertrek werkzaam binnen de werkingssfeer van deze cao, dan behoudt hij het opgebouwde budget.", "Inzetbaarheidsbudget", null), "VWNW.INTERSECTORAAL"));
        Assert.False(Has(Classify("4. Bij zijn vertrek vervalt het opgebouwde budget van de werknemer.", "Inzetbaarheidsbudget", null), "VWNW.INTERSECTORAAL"));
    }

    /// <summary>A yearly talk about the worker's need for training is a development talk (LLO.ONTWIKKELGESPREK 2.02.1, trigger
    /// talk-about-training-needs), and an article that opens with a definition is read again after the paragraph that holds the
    /// definition (global blocker definition-text 2.02.1: "until" also stops at a blank line after a full stop).</summary>
    [Fact]
    public void A_talk_about_training_needs_after_a_definition_paragraph_is_a_development_talk()
    {
        Assert.True(Has(Classify("Elk jaar voert de werkgever met de werknemer een gesprek over zijn behoefte aan scholing.", null, null), "LLO.ONTWIKKELGESPREK"));
        var labels = Classify("Onder opleiding wordt verstaan: iedere georganiseerde leeractiviteit die kennis of vaardigheden oplevert.\n\nIeder jaar dient de werkgever met de werknemer een gesprek te voeren over zijn scholingsbehoefte.", "Opleiding", null);
        Assert.True(Has(labels, "LLO.ONTWIKKELGESPREK"));
        Assert.Empty(Classify("Onder opleiding wordt verstaan: iedere georganiseerde leeractiviteit, zoals een cursus of training, die de werknemer volgt.", "Opleiding", null));
    }

    /// <summary>Only an article that opens with "Onder ... wordt verstaan" is read again after its definition paragraph (global blocker
    /// definition-paragraph 2.02.3); a menu whose first sentence defines a word in passing stays unread as a whole (judge-2 of 2.02.1
    /// called a study-cost goal in such a menu a mention).</summary>
    [Fact]
    public void A_menu_that_defines_a_word_in_passing_stays_unread_after_its_first_paragraph()
    {
        Assert.Empty(Classify("1 Voor de keuzeregeling gelden de volgende bronnen en doelen, waarbij onder bronnen de voorwaarden worden verstaan die de werknemer kan ruilen.\n\nDoelen in geld:\n- een bijdrage in de studiekosten;\n- een fiets.", "Keuzeregeling", null));
    }

    /// <summary>"Voor de werknemer op wie lid 6 niet van toepassing is, kan een EVC-traject deel uitmaken van het plan": the negation sits
    /// in the relative clause (verb last, then a comma), not in the arrangement (negation cue niet-van-toepassing 2.02.0); "Dit artikel is
    /// niet van toepassing" still negates.</summary>
    [Fact]
    public void Not_applicable_in_a_relative_clause_does_not_negate_the_arrangement()
    {
        Assert.True(Has(Classify("2. Voor de werknemer op wie lid 6 van artikel 3.1 niet van toepassing is, kan een EVC-traject onderdeel zijn van zijn ontwikkelplan.", null, null), "LLO.EVC"));
        Assert.False(Has(Classify("2. Een EVC-traject is voor uitzendkrachten niet van toepassing.", null, null), "LLO.EVC"));
    }
}
