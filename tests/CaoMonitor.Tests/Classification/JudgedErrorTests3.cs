using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Error classes from the third judged sample and the cao-level reading of real cao's (issue 11), each written again
/// in our own words. Each wrong case has a right case beside it, so a rule that simply drops the category fails.
/// </summary>
public class JudgedErrorTests3
{
    // --- The next article's heading, glued to the end of a clause, states nothing. ---

    [Theory]
    [InlineData("LLO.ONTWIKKELGESPREK", "De pensioenpremie wordt gelijk verdeeld over werkgever en werknemer.\n12.1\n\n12.2\n\nWat zijn de afspraken over opleiding en ontwikkeling?")]
    [InlineData("VWNW.LOOPBAAN", "Werkgevers stellen gratis verzorgingsproducten beschikbaar op de werkvloer.\n9.2\n\nKansen voor instroom, loopbaanontwikkeling en professionalisering")]
    [InlineData("LLO.DUURZAME_INZETBAARHEID", "De werknemer heeft recht op een toeslag van 50% voor overuren.\n\n7 Scholing, POP en duurzame inzetbaarheid")]
    public void A_heading_at_the_end_of_a_clause_is_not_evidence(string code, string text)
    {
        Assert.DoesNotContain(Classify(text, "Artikel 11 Overige bepalingen"), l => l.Code == code);
    }

    [Fact]
    public void A_short_last_list_item_is_still_evidence()
    {
        // A list after a colon is part of the clause, even when its last item is short and has no full stop.
        var labels = Classify("De werkgever biedt iedere werknemer eens per drie jaar de volgende voorzieningen:\n\n1. Opleiding\n\n2. Loopbaanscan", "Artikel 14 Voorzieningen");
        Assert.Contains(labels, l => l.Code == "VWNW.LOOPBAAN");
    }

    // --- Tables of contents without dot leaders. ---

    [Fact]
    public void A_numbered_table_of_contents_gets_no_label()
    {
        Assert.Empty(Classify("7.2 Vakantieverlof\n7.3 Verlofsparen\n7.4 Levensfasebudget.\n7.5 Verlof bij ziekte ..\n7.6 Seniorendagen", "Inhoud hoofdstuk 7"));
        Assert.Empty(Classify("Thema 5 Mijn ontwikkeling blz. 30\n5.1 Ontwikkelingsbudget blz. 30\n5.2 Leerbedrijf blz. 31\n5.3 Stages blz. 31", "Thema 5"));
    }

    [Fact]
    public void Numbered_paragraphs_with_sentences_are_not_a_table_of_contents()
    {
        var labels = Classify("6.1 De werknemer heeft jaarlijks recht op twee opleidingsdagen.\n6.2 De werkgever betaalt de kosten.\n6.3 De dagen worden in overleg vastgesteld.", "Artikel 6 Opleiding");
        Assert.Contains(labels, l => l.Code == "LLO.TIJD");
    }

    // --- A chapter title that blocks (pay tables) does not silence an article whose own title names a subject. ---

    [Fact]
    public void An_article_that_names_its_subject_is_read_under_a_pay_chapter()
    {
        const string text = "Het sectorinstituut maakt loopbaanscans bekend; elke werknemer kan eens per drie jaar gebruikmaken van zo'n scan.";
        Assert.Contains(Classify(text, "Loopbaanbeleid", "Loonschalen en loonberekening"), l => l.Code == "VWNW.LOOPBAAN");
        // Without a naming title the pay chapter still blocks (a function or pay table mentions all sorts of words).
        Assert.Empty(Classify(text, "Tabel 3", "Loonschalen en loonberekening"));
    }

    [Fact]
    public void A_function_level_description_gets_no_label()
    {
        Assert.Empty(Classify("Beheert het opleidingsbudget van de vestiging en adviseert collega's over studiemogelijkheden.", "Functieniveaukarakteristiek"));
        Assert.Empty(Classify("Maakt het etaleerplan en draagt het over aan het winkelteam.", "Functieniveau B Functieniveau C"));
    }

    // --- Repaying something that is not a course is not a studiekostenregeling. ---

    [Theory]
    [InlineData("Blijft er na verrekening een schuld aan min-uren over, dan moet de werknemer die binnen twee maanden terugbetalen.", "Artikel 2.10 Meer uren")]
    [InlineData("Heeft de gewezen werknemer betaald werk verricht, dan kan de uitkering van hem worden teruggevorderd als onverschuldigde betaling.", "Artikel 19 Voorwaarden")]
    public void Repaying_a_debt_or_a_benefit_is_not_study_costs(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void Repaying_course_costs_is_study_costs()
    {
        Assert.Contains(Classify("Gaat de werknemer binnen een jaar na het examen uit dienst, dan moet hij de helft van de kosten terugbetalen.", "Artikel 17 Scholing"), l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("De werknemer die op eigen verzoek vertrekt, valt onder de terugbetalingsregeling.", "Artikel 17 Vertrek"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    // --- An appraisal talk is not a development talk; a talk that covers development is. ---

    [Fact]
    public void An_appraisal_for_a_pay_step_is_not_a_development_talk()
    {
        const string text = "Voert de werkgever geen beoordelingsgesprekken, dan gaat het salaris ieder jaar een trede omhoog. Deelname aan een opleiding telt daarbij niet mee.";
        Assert.DoesNotContain(Classify(text, "Artikel 8 Periodieken"), l => l.Code == "LLO.ONTWIKKELGESPREK");
        var labels = Classify("Ieder jaar voert de leidinggevende met de werknemer een functioneringsgesprek over zijn ontwikkeling en de scholing die hij nodig heeft.", "Artikel 15 Gesprekken");
        Assert.Contains(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Fact]
    public void Arrangements_for_the_course_in_a_learning_contract_are_not_development_goals()
    {
        Assert.DoesNotContain(Classify("In het aanhangsel bij deze leerovereenkomst staan de afspraken voor de opleiding.", "Modelovereenkomst"), l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.Contains(Classify("Werkgever en werknemer leggen jaarlijks afspraken over de persoonlijke ontwikkeling schriftelijk vast.", "Artikel 9 Ontwikkeling"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    // --- Collective training policy: a plan that is made, a share of the loonsom for training. ---

    [Fact]
    public void A_share_of_the_loonsom_that_is_only_a_threshold_is_not_collective_training_policy()
    {
        Assert.DoesNotContain(Classify("De cao geldt niet voor een uitzendbureau dat voor ten minste 25% van de loonsom arbeidskrachten uitleent aan andere sectoren.", "Werkingssfeer uitzendbureaus"), l => l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("De werkgever besteedt jaarlijks ten minste 1,5% van de loonsom aan opleiding van het personeel.", "Artikel 21"), l => l.Code == "LLO.COLLECTIEF");
        // "Hiervoor" points back at development: the budget word carries it.
        Assert.Contains(Classify("Ontwikkeling van werknemers is van belang. Het budget hiervoor is ten minste 2% van de loonsom.", "Artikel 21"), l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void A_plan_only_named_is_not_collective_training_policy()
    {
        Assert.DoesNotContain(Classify("k. het subsidiëren van het Opleidingsplan en de Werkervaringsplaatsen;", "Doelen van het sectorfonds"), l => l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("De werkgever stelt jaarlijks in overleg met de ondernemingsraad een opleidingsplan vast.", "Artikel 22"), l => l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("Opleidingen die deel uitmaken van het opleidingsplan worden volledig in tijd en geld vergoed.", "Artikel 22"), l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void A_retraining_plan_for_one_sick_worker_is_not_collective_policy()
    {
        var labels = Classify("Vraagt passend werk bij een andere werkgever om omscholing, dan maakt de werkgever met de werknemer een bijscholingsplan.", "Protocol ziekte");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void A_policy_title_gives_way_to_the_instrument_in_the_paragraph()
    {
        var labels = Classify("d. De werkgever vergoedt de kosten van de scholing; de werknemer betaalt ze terug als hij binnen een jaar vertrekt.", "Beleid voor opleiding en scholing");
        Assert.Contains(labels, l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.COLLECTIEF");
    }

    // --- Offsetting against the transitievergoeding is that category, not internal mobility or career guidance. ---

    [Theory]
    [InlineData("VWNW.INTERN", "Het loon over de herplaatsingsperiode wordt niet in mindering gebracht op de transitievergoeding.", "Artikel 5 Inkomen")]
    [InlineData("VWNW.LOOPBAAN", "De werkgever mag de kosten van loopbaanactiviteiten niet aftrekken van de transitievergoeding.", "Artikel 9 Ontslag")]
    public void An_offset_against_the_transitievergoeding_is_not_this_category(string code, string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == code);
    }

    // --- Prior experience in another sector counted for pay is not intersectoral mobility. ---

    [Fact]
    public void Experience_from_another_sector_counted_in_the_pay_scale_is_not_mobility()
    {
        Assert.DoesNotContain(Classify("Voor een werknemer die eerder in andere sectoren werkte, telt die ervaring mee bij de inschaling.", "Artikel 4 Inschaling"), l => l.Code == "VWNW.INTERSECTORAAL");
        Assert.Contains(Classify("Een werknemer kan met behoud van salaris een proefplaatsing van drie maanden doen bij een werkgever in een andere sector.", "Artikel 12 Mobiliteit"), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- Leave to look for another job after notice: an article of its own is part of a job-to-job track; the same day in a
    //     general list of paid leave ("Bijzonder verlof") is not (rules 1.15: four judges of three rounds, no cao-level cell). ---

    [Fact]
    public void Leave_to_find_a_new_employer_after_notice_is_a_traject()
    {
        var labels = Classify("Na opzegging door de werkgever krijgt de werknemer ten hoogste één dag betaald verlof voor het zoeken van een nieuwe werkgever.", "Artikel 65 Verlof voor sollicitatie");
        Assert.Contains(labels, l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("Na opzegging door de werkgever krijgt de werknemer ten hoogste één dag betaald verlof voor het zoeken van een nieuwe werkgever.", "Artikel 65 Bijzonder verlof"), l => l.Code == "VWNW.TRAJECT");
    }

    // --- A list of uses opened by a purpose sentence names uses, not provisions. ---

    [Fact]
    public void Uses_listed_after_a_purpose_sentence_are_not_provisions()
    {
        var labels = Classify("De werknemer kan het balansverlof in overleg inzetten voor bijvoorbeeld:\na. minder werken;\nb. loopbaanoriëntatie en ontwikkeling;\nc. mantelzorg.", "Artikel 2 Balansverlof");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.LOOPBAAN");
        // A list opened by a sentence that arranges the item itself still counts.
        labels = Classify("De werkgever biedt de werknemer het volgende aan:\na. een loopbaanscan;\nb. een gesprek met een coach.", "Artikel 3 Loopbaan");
        Assert.Contains(labels, l => l.Code == "VWNW.LOOPBAAN");
    }

    // --- Funds: the sentence with the fund must be about training or its premium. ---

    [Fact]
    public void A_fund_named_in_passing_is_not_a_training_fund()
    {
        const string text = "Werkgever is de onderneming zoals omschreven in de cao van het Fonds Collectieve Belangen.\nDe werkgever meldt de opleiding van een stagiair binnen een week.";
        Assert.DoesNotContain(Classify(text, "Verletkosten"), l => l.Code == "LLO.FONDS");
        // The premium of the fund, or what it does for training, is about the fund.
        Assert.Contains(Classify("De premie voor het fonds bedraagt 0,4% van het loon.\nDe werkgever meldt de opleiding van een stagiair binnen een week.", "Verletkosten"), l => l.Code == "LLO.FONDS");
    }

    [Fact]
    public void Employability_needs_an_arrangement_in_its_sentence()
    {
        Assert.DoesNotContain(Classify("Het fonds heeft tot doel de werking van de arbeidsmarkt te verbeteren en de employability van werknemers te vergroten; het fonds kan daartoe bijdragen uit zijn middelen.", "Artikel 83 Doel"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.Contains(Classify("Elke werknemer krijgt een employabilitybudget van € 400 per jaar voor scholing of loopbaanadvies.", "Artikel 12"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID" || l.Code == "LLO.BUDGET");
    }

    // --- A definition sentence inside a long clause does not silence the whole clause. ---

    [Fact]
    public void A_definition_inside_a_long_clause_only_drops_its_own_sentence()
    {
        const string text = "a. De werkgever stelt jaarlijks met instemming van de ondernemingsraad het scholingsplan vast.\n" +
            "b. Het plan regelt ook de tijd en de kosten van opleidingen die de werkgever opdraagt.\n" +
            "c. Onder noodzakelijke scholing wordt verstaan: scholing die voor het eigen werk nodig is, zoals een loopbaanscan.";
        var labels = Classify(text, "Artikel 10 Scholing");
        Assert.Contains(labels, l => l.Code == "LLO.COLLECTIEF");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.LOOPBAAN");
        // A clause that opens with a definition is still a definition.
        Assert.Empty(Classify("In deze cao wordt verstaan onder loopbaanscan: een test van de eigen loopbaanmogelijkheden.", "Artikel 1"));
    }

    [Fact]
    public void A_yearly_talk_about_functioning_and_development_is_a_development_talk()
    {
        var labels = Classify("De leidinggevende heeft minimaal één keer per jaar een gesprek met de medewerker over diens functioneren, ontwikkeling en scholingsbehoefte.", "Artikel 15");
        Assert.Contains(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Fact]
    public void Study_costs_under_a_union_leave_title_are_union_training()
    {
        Assert.DoesNotContain(Classify("De loonkosten van de werknemer die de cursus volgt, worden aan de werkgever vergoed.", "Vakbondsverlof"), l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("De kosten van de cursus worden aan de werknemer vergoed.", "Scholing"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void A_list_of_contents_a_regulation_must_cover_keeps_its_provisions()
    {
        // "Aandacht besteed aan:" lists what a regulation arranges, not the uses of a budget.
        var labels = Classify("De werkgever stelt een regeling voor studiekosten op. In deze regeling wordt ten minste aandacht besteed aan:\n" +
            "- de kosten die worden vergoed;\n- de tijd waarvoor studieverlof wordt gegeven.", "Artikel 10 Scholing");
        Assert.Contains(labels, l => l.Code == "LLO.TIJD");
    }

    [Fact]
    public void A_pupil_in_the_framework_of_the_bbl_is_werkend_leren()
    {
        var labels = Classify("Voor een werknemer die leerling is in het kader van de BBL tellen de uren op de schooldag mee als werktijd.", "Artikel 5 Werktijd");
        Assert.Contains(labels, l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Fact]
    public void A_career_development_budget_is_a_budget_not_career_guidance()
    {
        var labels = Classify("Wie in de loop van het jaar in dienst komt, heeft recht op een individueel loopbaanontwikkelingsbudget naar rato van de resterende maanden.", "Loopbaanontwikkeling");
        Assert.Contains(labels, l => l.Code == "LLO.BUDGET");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void Costs_of_a_first_aid_diploma_are_not_study_costs()
    {
        Assert.DoesNotContain(Classify("a. De werkgever betaalt het inschrijfgeld, het lesgeld en het examengeld.", "Kosten van het EHBO-diploma"), l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("a. De werkgever betaalt het inschrijfgeld, het lesgeld en het examengeld.", "Kosten van de vakopleiding"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void A_paragraph_under_a_budget_title_counts_when_it_speaks_of_the_budget()
    {
        var labels = Classify("6. Het gebruik van het studiebudget kan worden gecombineerd met het scholingsverlof van artikel 36.", "Persoonlijk studiebudget");
        Assert.Contains(labels, l => l.Code == "LLO.BUDGET");
        // The use of the budget in a list of talk topics names it without arranging it.
        labels = Classify("g. de opleidingen die je wilt volgen en het gebruik van het persoonlijk studiebudget.", "Jaargesprek");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.BUDGET");
    }
}
