using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.60.0 (session 22, issue 11 item 8, helper recall22): provisions that careful readers found in whole cao's (the
/// caotruth-2024-s16 ... s21h folders) and the rules missed, by the kind of wording, not by cao. In our own words (never real cao
/// text); every positive case got no label before rules 1.60.0, every negative case shows where the new wording stops.
/// </summary>
public class RecallTests22
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>Agreements about one's own development with the object first ("over zijn scholingsactiviteiten afspraken"), and
    /// "professionalisering" as the word for development (trigger agreements-on-own-development).</summary>
    [Fact]
    public void Agreements_about_own_development_with_the_object_first_are_a_development_talk()
    {
        Assert.Contains(Classify("1. De docent maakt over zijn scholingsactiviteiten afspraken met zijn leidinggevende. Deze afspraken worden op schrift gesteld.", "Scholing docent"), l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.Contains(Classify("2. De medewerker maakt met de teamleider afspraken over zijn professionalisering voor de komende twee jaar.", "Professionele ontwikkeling"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>"Een plan voor je persoonlijke ontwikkeling" is a personal development plan in other words (plan-for-own-development);
    /// a plan for the organisation's development is not.</summary>
    [Fact]
    public void A_plan_for_ones_own_development_is_a_pop()
    {
        Assert.Contains(Classify("Samen met je leidinggevende stel je elk jaar een plan voor je persoonlijke ontwikkeling op.", "Ontwikkeling"), l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.DoesNotContain(Classify("De directie stelt een plan voor de ontwikkeling van de organisatie op en bespreekt dit met de ondernemingsraad.", "Strategie"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>The contents of a talk in the next sentence ("Daarin wordt besproken ... opleiding"): the talk is about development
    /// (talk-contents-development, with the talk named in that sentence or the one before); "daarin" after a plan is not a talk.</summary>
    [Fact]
    public void A_talk_whose_next_sentence_names_development_is_a_development_talk()
    {
        Assert.Contains(Classify("Met iedere medewerker wordt jaarlijks een beoordelingsgesprek gevoerd.\nDaarin wordt onder meer besproken welke opleiding de medewerker wil volgen en hoe hij zich verder kan ontwikkelen.", "Beoordeling"), l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.DoesNotContain(Classify("De werkgever stelt een jaarplan op.\nDaarin wordt onder meer besproken welke opleidingen de afdeling aanbiedt.", "Jaarplan"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>A talk at a set frequency arranges something by itself (beneficiary cue talk-at-set-frequency), also when the verb that
    /// would say so is missing or broken; the same words without a frequency stay a mention.</summary>
    [Fact]
    public void A_talk_at_a_set_frequency_is_an_arrangement()
    {
        var ps = Classify("Elk kalenderjaar een gesprek over loopbaan, ontwikkeling en opleiding met de leidinggevende.", "Eenmaal per jaar");
        Assert.Contains(ps, l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.Contains(ps, l => l.Code == "VWNW.LOOPBAAN");
        Assert.Empty(Classify("Een gesprek over de loopbaan en ontwikkeling van medewerkers.", "Loopbaan"));
    }

    /// <summary>"uitgezonderd" negates a sentence only as its predicate ("zijn uitgezonderd van"); an exception in brackets inside an
    /// arrangement ("(uitgezonderd de seniorendagen)") leaves the arrangement standing.</summary>
    [Fact]
    public void An_exception_in_brackets_does_not_negate_the_arrangement()
    {
        Assert.Contains(Classify("Werknemers kunnen op eigen verzoek een ontwikkelingsbudget samenstellen door de waarde van roostervrije dagen (uitgezonderd de seniorendagen) te ruilen voor beroepsgerichte opleidingen.", "Ontwikkeling"), l => l.Code == "LLO.BUDGET");
        Assert.DoesNotContain(Classify("Werknemers met een oproepcontract zijn uitgezonderd van het recht op een persoonlijk ontwikkelbudget van € 500 per jaar.", "Ontwikkelbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>The employer bears the course costs in other words: "op zijn kosten", "op kosten van de werkgever", costs "voor rekening
    /// van de werkgever" after a long subject (employer-bears-the-costs, in a sentence about training); not a medical check.</summary>
    [Fact]
    public void Course_costs_borne_by_the_employer_are_study_costs()
    {
        Assert.Contains(Classify("B. Heeft de werkgever bij indiensttreding met de werknemer afgesproken dat hij het vakdiploma behaalt, dan biedt de werkgever deze opleiding op zijn kosten aan.", "Vakopleiding"), l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("A. De kosten van voor de uitoefening van de functie noodzakelijke en relevante opleidingen, gevolgd op verzoek van of met instemming van de werkgever, zijn in tijd en geld voor rekening van de werkgever.", "Opleiding"), l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("3. Werknemers met een opleiding onder mbo-2-niveau krijgen de gelegenheid om op kosten van de werkgever een startkwalificatie te behalen.", "Startkwalificatie"), l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.DoesNotContain(Classify("De werknemer ondergaat op kosten van de werkgever een periodiek medisch onderzoek.", "Medisch onderzoek"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>Replacement work "in de eigen organisatie" is internal mobility (work-in-own-organisation).</summary>
    [Fact]
    public void Replacement_work_in_the_own_organisation_is_internal_mobility()
    {
        Assert.Contains(Classify("Bij verlies van een opdracht zoekt de werkgever voor de betrokken werknemers zoveel mogelijk vervangend werk in de eigen organisatie.", "Overgang van een opdracht"), l => l.Code == "VWNW.INTERN");
    }

    /// <summary>Finding suitable or other work outside the organisation is a traject to other work (suitable-work-outside); work
    /// outside the organisation beside one's job is not.</summary>
    [Fact]
    public void Finding_work_outside_the_organisation_is_a_traject()
    {
        Assert.Contains(Classify("3. De werkgever zal zich inspannen om samen met de werknemer te komen tot het vinden van ander werk buiten de organisatie.", "Boventalligheid"), l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("De werknemer meldt nevenwerkzaamheden buiten de organisatie vooraf aan de werkgever.", "Nevenwerkzaamheden"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>Training to continue the employment when the function lapses (the wording of art. 7:611a BW, often copied into a cao) is
    /// a traject to other work (training-to-continue-employment, rules 1.18.0: the sentence names the risk and the training).</summary>
    [Fact]
    public void Training_to_continue_the_employment_when_the_function_lapses_is_a_traject()
    {
        Assert.Contains(Classify("De werkgever stelt de werknemer in staat scholing te volgen die nodig is voor het voortzetten van de arbeidsovereenkomst als zijn functie komt te vervallen.", "Scholing"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>Under a budget title, a share of the worker's own salary is the budget's size (context budget-words); a share of the
    /// wage bill stays collective.</summary>
    [Fact]
    public void A_share_of_the_own_salary_under_a_budget_title_is_an_individual_budget()
    {
        Assert.Contains(Classify("Voor de opleiding die werkgever en werknemer afspreken geldt als richtlijn 2% van het jaarsalaris van de werknemer.", "Opleidingsbudget"), l => l.Code == "LLO.BUDGET");
        Assert.DoesNotContain(Classify("De werkgever reserveert jaarlijks 1% van de loonsom voor opleidingen in het bedrijf.", "Opleidingsbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>Rules 1.60.1: a priority for a vacancy arranges something by itself (priority-for-vacancy stands alone: "geniet voorrang bij
    /// plaatsing in een vacante functie", "bij de vervulling van vacatures ... voorrang"); "voorkeur" for a kind of applicant does not.</summary>
    [Fact]
    public void A_priority_for_a_vacancy_is_internal_mobility_by_itself()
    {
        Assert.Contains(Classify("1. Bij de vervulling van vacatures geeft de werkgever in beginsel voorrang aan eigen werknemers die op de functie solliciteren.", "Werving"), l => l.Code == "VWNW.INTERN");
        Assert.Contains(Classify("2. Na vijf jaar in de nachtdienst geniet de werknemer voorrang bij plaatsing in een vacante dagfunctie.", "Nachtdienst"), l => l.Code == "VWNW.INTERN");
        Assert.DoesNotContain(Classify("Bij een vacature gaat de voorkeur uit naar sollicitanten met ervaring in de sector.", "Werving"), l => l.Code == "VWNW.INTERN");
    }

    /// <summary>Rules 1.60.1: a cao in questions and answers puts the vacancy in one sentence and the priority in the next ("Komt er een
    /// vacature vrij? Dan heb je hierop voorrang"): priority-on-it, with the vacancy in its sentence or the one before.</summary>
    [Fact]
    public void A_priority_on_the_vacancy_of_the_previous_question_is_internal_mobility()
    {
        Assert.Contains(Classify("2. Heb je een contract voor het seizoen? En komt er een vacature vrij in een vaste functie? Dan heb je hierop voorrang, als je goed functioneert.", "Seizoenswerk"), l => l.Code == "VWNW.INTERN");
        Assert.DoesNotContain(Classify("2. Wil je een cursus volgen? Dan heb je hierop voorrang als je langer dan een jaar in dienst bent.", "Cursussen"), l => l.Code == "VWNW.INTERN");
    }

    /// <summary>Rules 1.61.1 (written as 1.60.2): "niet langer in staat" describes an incapacity (art. 7:611a BW: "indien de functie komt te vervallen of hij niet
    /// langer in staat is deze te vervullen"), not a negation of the arrangement; "niet langer recht op" still negates.</summary>
    [Fact]
    public void No_longer_able_is_a_condition_not_a_negation()
    {
        Assert.Contains(Classify("De werkgever stelt de werknemer in staat de scholing te volgen die nodig is voor het voortzetten van de arbeidsovereenkomst als zijn functie vervalt of hij niet langer in staat is die uit te oefenen.", "Scholing"), l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("De werknemer heeft na zijn zestigste niet langer recht op een opleidingsbudget van € 300 per jaar.", "Opleidingsbudget"), l => l.Code == "LLO.BUDGET");
    }
}
