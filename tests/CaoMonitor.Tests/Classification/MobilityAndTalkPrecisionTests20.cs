using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.28.0 and 1.29.4 (session 20, issue 11, helper prec20b): labels of VWNW, LLO.DUURZAME_INZETBAARHEID, LLO.ONTWIKKELGESPREK and
/// LLO.COLLECTIEF that the judges marked wrong (earlier samples, the start sample 20286 and the session 20 census), grouped by the
/// role the clause plays (bookkeeping, procedure, appraisal, principle, examples, another category's subject). In our own words, never
/// real cao text; each negative case was labelled before its rule, each positive case keeps its label.
/// </summary>
public class MobilityAndTalkPrecisionTests20
{
    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>a pro-rata rule for part-timers without a figure is bookkeeping; with the number of hours it states the budget and stays.</summary>
    [Fact]
    public void Pro_rata_hours_for_part_timers_are_budget_bookkeeping()
    {
        Assert.False(Has(Classify("3. Voor de deeltijder wordt het aantal uren persoonlijk budget vastgesteld naar rato van de werktijdfactor.", "Duurzame inzetbaarheid", null), "LLO.DUURZAME_INZETBAARHEID"));
        Assert.True(Has(Classify("2. De werknemer heeft recht op 50 uur persoonlijk budget per jaar, naar rato van de werktijdfactor.", "Duurzame inzetbaarheid", null), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>a savings term of the budget is bookkeeping.</summary>
    [Fact]
    public void How_long_a_di_budget_may_be_saved_is_bookkeeping()
    {
        Assert.False(Has(Classify("4. Je mag je DI-budget ten hoogste vier jaar opsparen. Wat na vier jaar over is, vervalt.", "Duurzame inzetbaarheid", null), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>use of the budget during (partial) sickness is the budget's mechanics.</summary>
    [Fact]
    public void Using_the_di_scheme_during_sickness_is_budget_mechanics()
    {
        Assert.False(Has(Classify("De oudere werknemer kan de uren van zijn budget ook sparen.\n\nBij gedeeltelijk ziekteverlof kan de werknemer voor het deel dat hij werkt gebruikmaken van de regeling duurzame inzetbaarheid. Dit naar verhouding van de uren die hij werkt.", "Toelichting", null), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>works-council consent to the form of the budget is procedure; a sentence opening with 'Bijvoorbeeld' lists examples of the previous sentence.</summary>
    [Fact]
    public void Works_council_consent_and_examples_of_uses_are_no_di_arrangement()
    {
        Assert.False(Has(Classify("3. De werkgever heeft de instemming van de ondernemingsraad nodig om het budget in te richten als individueel duurzaam inzetbaarheidsbudget met vaste bestedingsdoelen.\nBijvoorbeeld voor een duurzame inzetbaarheidsscan, coaching, sport of een cursus.", "Duurzame inzetbaarheid", null), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>a contribution to training costs (or tracks that can also qualify for one) is LLO.STUDIEKOSTEN or LLO.FONDS.</summary>
    [Fact]
    public void A_contribution_to_training_costs_via_an_employability_scheme_is_no_di_arrangement()
    {
        Assert.False(Has(Classify("1. Een werknemer kan bij het sectorfonds een bijdrage in de scholingskosten aanvragen. Scholing en loopbaantrajecten kunnen ook in aanmerking komen voor een bijdrag e via de employabilityregeling.", "Scholing", null), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>hours that depend on age, without development, are a senior or vitality scheme.</summary>
    [Fact]
    public void Age_bound_extra_hours_are_a_senior_scheme()
    {
        Assert.False(Has(Classify("1. De werknemer die 55 jaar of ouder is, heeft recht op 16 extra inzetbaarheidsuren per jaar. Het aantal uren hangt af van de leeftijd van de werknemer.", "Extra uren voor oudere werknemers", "Verlof"), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>an apprentice's leerroute in his training plan is LLO.WERKEND_LEREN.</summary>
    [Fact]
    public void The_learning_route_of_an_apprentice_is_werkend_leren()
    {
        Assert.False(Has(Classify("3. Zodra de kandidaat-leerling is toegelaten wordt een persoonlijk opleidingsplan opgesteld. In het persoonlijk opleidingsplan wordt de leerroute vastgelegd.", "Opleiding van leerlingen", null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>a talk about performing below the agreed level is appraisal.</summary>
    [Fact]
    public void A_talk_about_performing_below_expectation_is_appraisal()
    {
        Assert.False(Has(Classify("2. Als de leidinggevende vindt dat de medewerker onder het - samen afgesproken - niveau functioneert, bespreekt hij dat tussentijds in een functioneringsgesprek, zodat de medewerker de kans krijgt zich te ontwikkelen.", "Beoordeling", null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>a rating scale of an appraisal system.</summary>
    [Fact]
    public void An_appraisal_rating_scale_is_no_development_talk()
    {
        Assert.False(Has(Classify("Goed (presteert conform verwachting). Wordt gebruikt voor medewerkers die hun doelen halen.\nHet beoordelingsgesprek gaat ook na waarom de ontwikkelafspraken wel of niet zijn gehaald.", "Goed", null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>a sentence on how the appraisal is done.</summary>
    [Fact]
    public void How_the_appraisal_is_done_is_no_development_talk()
    {
        Assert.False(Has(Classify("2 De beoordeling van de arts in opleiding vindt plaats op aspecten die niets met de opleiding te maken hebben, op grond van artikel 4.2 (jaargesprek).", null, null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>the dispute route when the employer fails its plan duty is procedure.</summary>
    [Fact]
    public void The_dispute_route_about_a_development_plan_is_procedure()
    {
        Assert.False(Has(Classify("5. Vindt de werknemer dat de werkgever zijn plicht om een persoonlijk ontwikkelingsplan op te stellen niet nakomt, dan kan hij zich wenden tot de geschillencommissie.", "Persoonlijk ontwikkelingsplan", null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>who pays the plan's costs and time is LLO.STUDIEKOSTEN or LLO.TIJD.</summary>
    [Fact]
    public void Who_pays_the_costs_and_time_of_the_plan_is_another_category()
    {
        Assert.False(Has(Classify("6. De werkgever draagt alle kosten van het ontwikkelplan. De tijd die het ontwikkelplan kost, komt ook voor rekening van de werkgever.", null, null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>conditions for drawing budget not yet built up are LLO.BUDGET's mechanics, also where a list item names the plan.</summary>
    [Fact]
    public void Drawing_budget_in_advance_is_budget_mechanics()
    {
        Assert.False(Has(Classify("8.2 De werknemer kan onder deze voorwaarden budget opnemen dat nog niet is opgebouwd:\n- ten hoogste twee jaar vooruit;\n- in het persoonlijk ontwikkelplan staat waaraan het budget wordt besteed.", null, null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>an own interest and responsibility of both sides is a statement of principle; a right to a yearly talk stays.</summary>
    [Fact]
    public void A_shared_responsibility_for_the_plans_is_a_principle()
    {
        Assert.False(Has(Classify("Met betrekking tot de ontwikkelingsplannen hebben werkgever en werknemer elk een eigen belang en een eigen verantwoordelijkheid. De werknemer ontvangt daarbij ondersteuning.", null, null), "LLO.ONTWIKKELGESPREK"));
        Assert.True(Has(Classify("De werknemer heeft recht op een jaarlijks ontwikkelgesprek met zijn leidinggevende.", null, null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>'Dedatum waarop je wordt herplaatst' as the PDF glued it is the end date of a supplement.</summary>
    [Fact]
    public void A_glued_date_of_redeployment_is_the_end_of_a_supplement()
    {
        Assert.False(Has(Classify("De aanvulling op je loon eindigt per:\na Dedatum waarop je wordt herplaatst, of\nb de datum waarop je arbeidsovereenkomst eindigt.", "Einde aanvulling", null), "VWNW.INTERN"));
    }

    /// <summary>herplaatsing 'binnen de onderneming of daarbuiten' goes both ways.</summary>
    [Fact]
    public void Redeployment_inside_or_outside_the_company_is_no_internal_mobility()
    {
        Assert.False(Has(Classify("c. Daarna bespreekt hij met de vakbonden welke maatregelen de herplaatsing binnen de onderneming of daarbuiten bevorderen.", null, null), "VWNW.INTERN"));
    }

    /// <summary>a re-integration ranking from the own job to outside the sector goes both ways (VWNW.TRAJECT).</summary>
    [Fact]
    public void A_ranking_that_ends_outside_the_sector_is_no_internal_mobility()
    {
        Assert.False(Has(Classify("De werkgever zal proberen de zieke werknemer in deze volgorde te herplaatsen:\na in het eigen werk, b in ander passend werk binnen het bedrijf, c in passend werk binnen de sector, d in passend werk buiten de sector.", "Herplaatsing in eigen bedrijf", null), "VWNW.INTERN"));
    }

    /// <summary>redeployment as the condition under which transitional rules keep applying; an inquiry into internal redeployment stays.</summary>
    [Fact]
    public void Redeployment_as_the_condition_of_which_rules_apply_is_no_internal_mobility()
    {
        Assert.False(Has(Classify("2. Wordt de werknemer tegen zijn wil herplaatst in een andere functie binnen de organisatie, dan blijven de bepalingen van de overgangsregeling op hem van toepassing.", null, null), "VWNW.INTERN"));
        Assert.True(Has(Classify("De werkgever onderzoekt eerst de mogelijkheden voor herplaatsing binnen de eigen organisatie.", null, null), "VWNW.INTERN"));
    }

    /// <summary>time to coach starting colleagues and zij-instromers in a work-allocation plan.</summary>
    [Fact]
    public void Time_to_coach_starting_colleagues_and_career_changers_is_no_intersectoral_mobility()
    {
        Assert.False(Has(Classify("In het werkverdelingsplan staat in ieder geval:\n- de tijd voor het begeleiden van startende collega's en zij-instromers;\n- de pauzes.", null, null), "VWNW.INTERSECTORAAL"));
    }

    /// <summary>career changers named as a benefit of something else.</summary>
    [Fact]
    public void A_benefit_for_career_changers_is_a_mention()
    {
        Assert.False(Has(Classify("Werknemers kunnen modules volgen. Dit draagt eraan bij dat zij-instromers sneller bevoegd zijn voor hun werk.", null, null), "VWNW.INTERSECTORAAL"));
    }

    /// <summary>a sentence opening with 'Bijvoorbeeld' lists uses of a budget.</summary>
    [Fact]
    public void Examples_of_budget_uses_are_no_career_guidance()
    {
        Assert.False(Has(Classify("2. Het POB wordt ingezet voor een opleiding die de positie op de arbeidsmarkt versterkt. Bijvoorbeeld maar niet uitsluitend: een loopbaancheck, een cursus of een training.", null, null), "VWNW.LOOPBAAN"));
    }

    /// <summary>'nauw met elkaar verbonden' is a statement of principle.</summary>
    [Fact]
    public void Present_and_future_functioning_tied_together_is_a_principle()
    {
        Assert.False(Has(Classify("1. Het huidige en toekomstige functioneren van werknemer en bedrijf zijn nauw met elkaar verbonden.", "Loopbaanadvies en ontwikkeling", null), "VWNW.LOOPBAAN"));
    }

    /// <summary>a sociaal plan called 'Van werk naar werk' is a pointer to the plan (VWNW.SOCIAAL_PLAN stays).</summary>
    [Fact]
    public void A_sociaal_plan_named_van_werk_naar_werk_is_no_track()
    {
        Assert.False(Has(Classify("4. Boventallige werknemers kunnen uitsluitend een beroep doen op het sociaal plan “Van werk naar werk” van 1 maart 2001.", null, null), "VWNW.TRAJECT"));
        Assert.True(Has(Classify("4. Boventallige werknemers kunnen uitsluitend een beroep doen op het sociaal plan “Van werk naar werk” van 1 maart 2001.", null, null), "VWNW.SOCIAAL_PLAN"));
    }

    /// <summary>'in een sociaal plan worden afspraken gemaakt over een mobiliteitstraject' is the plan's contents (VWNW.SOCIAAL_PLAN stays).</summary>
    [Fact]
    public void What_a_sociaal_plan_makes_agreements_on_is_its_contents()
    {
        Assert.False(Has(Classify("b. In een sociaal plan worden afspraken gemaakt over een mobiliteitstraject en scholing om de kansen op werk te vergroten.", null, null), "VWNW.TRAJECT"));
        Assert.True(Has(Classify("b. In een sociaal plan worden afspraken gemaakt over een mobiliteitstraject en scholing om de kansen op werk te vergroten.", null, null), "VWNW.SOCIAAL_PLAN"));
    }

    /// <summary>a list of possible advices.</summary>
    [Fact]
    public void Possible_outcomes_of_an_advice_are_no_track()
    {
        Assert.False(Has(Classify("Mogelijke adviezen aan de deelnemer kunnen zijn:\n- geen maatregelen;\n- bemiddeling naar een andere functie binnen of buiten het bedrijf.", "Uitkomsten van het advies", null), "VWNW.TRAJECT"));
    }

    /// <summary>an article of points of attention (aandachtspunten) is a checklist.</summary>
    [Fact]
    public void A_checklist_of_points_of_attention_is_no_track()
    {
        Assert.False(Has(Classify("5. Voorzieningen voor ander werk. Het sollicitatieverlof kan worden verlengd en soms helpt steun bij omscholing.", "B. Aandachtspunten voor bijzondere regelingen", null), "VWNW.TRAJECT"));
    }

    /// <summary>a model verzuimreglement is the sickness procedure.</summary>
    [Fact]
    public void A_model_absence_regulation_is_sickness_procedure()
    {
        Assert.False(Has(Classify("7. Bij langer verzuim zal de arbodienst onderzoeken hoe de werknemer weer aan het werk kan.\n- In het plan van aanpak staat wat het doel is van het re-integratietraject (terugkeer in de eigen functie, een andere functie in het bedrijf of uitplaatsing naar een ander bedrijf).", "Model verzuimreglement", null), "VWNW.TRAJECT"));
    }

    /// <summary>support for works councils in drawing up plans.</summary>
    [Fact]
    public void Union_support_for_works_councils_is_no_collective_plan()
    {
        Assert.False(Has(Classify("3. Ondernemingsraden kunnen op hun verzoek vanuit de vakbonden worden ondersteund bij het opstellen van scholingsplannen en opleidingsbeleid.", null, null), "LLO.COLLECTIEF"));
    }

    /// <summary>'laat onverlet' the duty elsewhere.</summary>
    [Fact]
    public void A_plan_duty_left_untouched_elsewhere_is_a_mention()
    {
        Assert.False(Has(Classify("De arbeidsduur is 38 uur per week. Dit laat onverlet de plicht tot het voeren van een opleidingsbeleid zoals beschreven in artikel 40.", null, null), "LLO.COLLECTIEF"));
    }

    /// <summary>the plan as a subject of the parties' talks (evaluation).</summary>
    [Fact]
    public void Parties_discussing_the_plan_is_evaluation()
    {
        Assert.False(Has(Classify("2 In het overleg tussen cao-partijen is de voortgang van het professionaliseringsplan onderwerp van gesprek. Partijen zullen dit periodiek agenderen en evalueren.", null, null), "LLO.COLLECTIEF"));
    }

    /// <summary>an example application form in an appendix (the right is arranged elsewhere).</summary>
    [Fact]
    public void Example_form_text_is_no_career_arrangement()
    {
        Assert.False(Has(Classify("4A. Formulier aanvraag cursus (voorbeeld)\n\nWil je een cursus volgen, dan kun je dit formulier gebruiken. Lever het formulier in bij je leidinggevende.\n\nIn te vullen door de leidinggevende:\nAkkoord / Niet akkoord\n\n4B. Formulier aanvraag loopbaanscan (voorbeeld)\n\nJe kan een keer per vier jaar een loopbaanscan doen. De loopbaanscan vraag je aan door dit formulier in te vullen en in te leveren bij je leidinggevende.\n\nNaam:\nFunctie:", "Formulieren", null), "VWNW.LOOPBAAN"));
    }

    /// <summary>functiegebonden scholing the employer orders, under a career chapter.</summary>
    [Fact]
    public void Training_the_employer_orders_for_the_job_is_no_career_guidance()
    {
        Assert.False(Has(Classify("3.1 De werkgever kan een werknemer opdracht geven een training te volgen als dat volgens hem nodig is voor zijn functie, nu en in de toekomst (functiegebonden scholing).", "Scholing en ontwikkeling", "Loopbaanontwikkeling"), "VWNW.LOOPBAAN"));
    }

    /// <summary>'Dit doet zij door ... loopbaangesprekken aan te bieden' describes a fund (LLO.FONDS).</summary>
    [Fact]
    public void The_activities_of_a_fund_that_is_paid_into_are_no_career_guidance()
    {
        Assert.False(Has(Classify("2. Werkgever en werknemer betalen een bijdrage aan de Stichting Leerfonds Wonen, zodat werknemers hun werk gezond kunnen blijven doen. Dit doet zij door tests, loopbaangesprekken en trainingen aan te bieden aan werkgevers en werknemers.", "Loopbaan en ontwikkeling", null), "VWNW.LOOPBAAN"));
    }

    /// <summary>'Dit is de brancheorganisatie van ... outplacement' describes an organisation (as VWNW.LOOPBAAN's rule).</summary>
    [Fact]
    public void Describing_a_branch_organisation_is_no_track()
    {
        Assert.False(Has(Classify("Het gaat om bureaus die werken conform artikel 72a WW. Ook wijzen partijen op VIA. Dit is de brancheorganisatie van re-integratiebedrijven en bureaus voor outplacement en loopbaanbegeleiding.", null, null), "VWNW.TRAJECT"));
    }

    /// <summary>a share of workers with a POP as the target of a bonus (title names the uitkering, parent the beloningen).</summary>
    [Fact]
    public void A_bonus_target_in_a_pay_article_is_no_development_plan()
    {
        Assert.False(Has(Classify("4.2 Desgewenst kunnen afspraken worden gemaakt over een gedeeltelijke uitkering.\nVoorbeeld van een doel: aan het eind van het jaar heeft ten minste 80% van de werknemers een persoonlijk ontwikkelingsplan.", "Resultaatuitkering", "Beloningen"), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>a second opinion on one's development possibilities is career advice (VWNW.LOOPBAAN).</summary>
    [Fact]
    public void A_second_opinion_on_development_is_career_advice()
    {
        Assert.False(Has(Classify("De werknemer kan desgewenst een second opinion vragen over zijn ontwikkelmogelijkheden. De werkgever vergoedt de redelijke kosten daarvan.", "Persoonlijk ontwikkelingsplan", null), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>a list item ending in ', of' under a company-plan title.</summary>
    [Fact]
    public void A_list_fragment_under_a_plan_title_is_no_collective_plan()
    {
        Assert.False(Has(Classify("2. het volgen van een training die volgens je werkgever nodig is voor je inzetbaarheid binnen of buiten het bedrijf en die niet in de avond kan worden gevolgd, of", "Bedrijfsopleidingsplan", null), "LLO.COLLECTIEF"));
    }

    /// <summary>'Denk hierbij aan ... Of aan het opstellen van een jaarlijks scholingsplan' lists topics.</summary>
    [Fact]
    public void Topics_to_think_of_are_a_list_of_topics()
    {
        Assert.False(Has(Classify("Partijen bespreken jaarlijks signalen uit de praktijk. Denk hierbij aan de vergoeding van registratiekosten. Of aan het opstellen van een jaarlijks scholingsplan en de vergoeding van cursussen.", null, null), "LLO.COLLECTIEF"));
    }

    /// <summary>'sc holingsplan' as the PDF split it is a yearly plan made with the works council.</summary>
    [Fact]
    public void A_yearly_training_plan_split_by_the_pdf_is_found()
    {
        Assert.True(Has(Classify("a. De werkgever bepaalt met de OR welke scholing verplicht is. De afspraken die zo worden gemaakt, worden vastgelegd in het jaarlijkse sc holingsplan.", null, null), "LLO.COLLECTIEF"));
    }

    /// <summary>a sector institute that promotes scans and a vitality programme.</summary>
    [Fact]
    public void An_institute_promoting_scans_is_no_di_arrangement()
    {
        Assert.False(Has(Classify("3. Om bij te dragen aan de duurzame inzetbaarheid van werknemers zal het sectorinstituut het gebruik van employability- en loopbaanscans en een vitaliteitsprogramma promoten. Werknemers kunnen eens per drie jaar van deze instrumenten gebruikmaken.", "Duurzame inzetbaarheid", null), "LLO.DUURZAME_INZETBAARHEID"));
    }

    /// <summary>redeployment for the restverdiencapaciteit in a long-term sickness track (VWNW.TRAJECT).</summary>
    [Fact]
    public void Redeployment_for_the_residual_earning_capacity_is_reintegration()
    {
        Assert.False(Has(Classify("Het sectorale traject helpt werknemers die langer dan twee jaar ziek zijn. Partijen streven daarbij naar herplaatsing voor de volledige restverdiencapaciteit.", null, null), "VWNW.INTERN"));
    }

    /// <summary>a lump sum when the worker earns less at the new employer after the second track is pay.</summary>
    [Fact]
    public void Pay_after_the_second_track_is_no_track()
    {
        Assert.False(Has(Classify("a. Als de werknemer na het 2e spoor uit dienst gaat en bij de nieuwe werkgever een lager salaris verdient, betaalt de werkgever een bedrag ineens.", "Vergoeding na het tweede spoor", null), "VWNW.TRAJECT"));
    }
}
