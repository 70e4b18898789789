using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.26.1 (session 19, issue 11, helper prec19a, second batch): LLO.BUDGET, LLO.FONDS, LLO.TIJD, LLO.STUDIEKOSTEN and
/// LLO.COLLECTIEF judged wrong in seeds 20277-20281, by type: the fiscal treatment and the settling of a budget, monitoring by the
/// cao table, form text; a fund's cao declared applicable, a duty to consult when developments occur; teaching, a study that maps
/// working hours, a task line of a function profile, the working-time table of minors; a learner agreement's allowances, the
/// recognition of an exam bureau; the works council's rights under the WOR. In our own words (never real cao text); each negative
/// case was labelled by rules 1.25.0, each positive case keeps its label.
/// </summary>
public class MoneyAndTimeTests19
{
    /// <summary>"géén loonbestanddeel", "telt niet mee in de berekening": how the budget is taxed and counted (off-topic fiscal-treatment).</summary>
    [Fact]
    public void The_fiscal_treatment_of_a_budget_arranges_nothing()
    {
        Assert.DoesNotContain(Classify("9.3.1 Het persoonlijk ontwikkelbudget is géén loonbestanddeel. Het telt niet mee in de berekening van de eindejaarsuitkering en de pensioenopbouw.", "Fiscale aspecten ontwikkelbudget", "Ontwikkeling"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>The employer settles what is owed on the budget against the worker's claims at dismissal (off-topic settled-against-claims).</summary>
    [Fact]
    public void Settling_the_budget_against_claims_is_bookkeeping()
    {
        Assert.DoesNotContain(Classify("9.4.2 De werkgever kan openstaande verplichtingen op grond van het ontwikkelbudget verrekenen met aanspraken van de werknemer, als hij op staande voet is ontslagen.", "Einde dienstverband en het ontwikkelbudget", "Ontwikkeling"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A scholingstegoed "verrekend met de transitievergoeding" is still the worker's budget (the bundled gold case).</summary>
    [Fact]
    public void A_credit_offset_against_the_transitievergoeding_stays_a_budget()
    {
        Assert.Contains(Classify("Werknemers met een tijdelijk contract dat niet wordt verlengd, hebben recht op een scholingstegoed van € 750, dat later wordt verrekend met de transitievergoeding.", "Scholingstegoed bij einde contract"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>Signals such as the availability of training budgets discussed by the cao table (off-topic progress-monitored).</summary>
    [Fact]
    public void The_cao_table_following_progress_is_no_budget()
    {
        Assert.DoesNotContain(Classify("• Het overleg volgt de voortgang en signalen worden besproken, zoals de beschikbaarheid van opleidingsbudgetten en het behoud van kennis.", "Ontwikkelen en doorgroeien"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A form that serves "ter oriëntatie", gives "geen rechten" and tells which form to fill in (off-topic form-procedure).</summary>
    [Fact]
    public void Form_text_about_a_budget_is_no_budget()
    {
        Assert.DoesNotContain(Classify("Dit Persoonlijk Ontwikkelplan dient ter oriëntatie voor de inzet van het Ontwikkelbudget. De medewerker kan aan deze vastlegging geen rechten op toekenning van het Ontwikkelbudget ontlenen. Voor de besteding van het Ontwikkelbudget moet het formulier 'Besteding Ontwikkelbudget' worden ingevuld.", "Yy (inzetbaarheidsuren)", "Formulieren jaargesprek"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>"Op deze leerovereenkomst zijn de cao en de cao van het opleidingsfonds van toepassing" (off-topic fund-cao-applicable).</summary>
    [Fact]
    public void A_funds_cao_declared_applicable_is_no_fund_provision()
    {
        Assert.DoesNotContain(Classify("1. Op deze leer-/arbeidsovereenkomst zijn de Cao Apotheken en de Cao Stichting Opleidingsfonds Apotheken zoals deze nu luiden of later zullen luiden van toepassing.", "Toepasselijke bepalingen", "Model leerovereenkomst"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>Parties consult when "ingrijpende ontwikkelingen" occur for the sector or its funds (off-topic developments-occur).</summary>
    [Fact]
    public void A_duty_to_consult_when_developments_occur_is_no_fund_provision()
    {
        Assert.DoesNotContain(Classify("4. Partijen zijn gehouden direct overleg te voeren en zo nodig de cao te wijzigen, als zich voor de sector of de opleidingsfondsen ingrijpende ontwikkelingen voordoen.", "Verplichtingen van partijen"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>"pensioengevend salaris", the base of a training fund's premium, is no pension wording: the blocker pension-text no
    /// longer drops the fund's weak evidence for it (the cao-level readers cite such an article).</summary>
    [Fact]
    public void A_premium_on_the_pensionable_salary_keeps_the_fund()
    {
        Assert.Contains(Classify("Het fonds heeft tot doel het opzetten en ondersteunen van activiteiten op het terrein van arbeidsmarkt, scholing en personeelsbeleid in de sector. Werkgevers zijn jaarlijks een bijdrage verschuldigd van 0,5% van het pensioengevend salaris van hun werknemers.", "Sociaal fonds"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>Time "als docent van interne cursussen" counts as working time: teaching, not learning (off-topic teaching-not-learning).</summary>
    [Fact]
    public void Time_spent_teaching_is_no_time_for_learning()
    {
        Assert.DoesNotContain(Classify("3 De tijd die de specialist als docent van interne cursussen werkzaam is, geldt als werktijd.", "Interne scholing"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>The worker follows compulsory training in working time.</summary>
    [Fact]
    public void Compulsory_training_in_working_time_stays_time_for_learning()
    {
        Assert.Contains(Classify("De werknemer volgt de door de werkgever verplichte opleiding in werktijd.", "Opleidingen"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>Parties "brengen in kaart" working hours in relation to training time (off-topic mapping-study).</summary>
    [Fact]
    public void A_study_mapping_working_hours_is_no_time_for_learning()
    {
        Assert.DoesNotContain(Classify("De werkgevers geven eigen medewerkers eerste keuze bij het invullen van roosters.\nStudieafspraak assistenten\nPartijen brengen samen met de beroepsvereniging in kaart hoe de werkelijke werkuren zich verhouden tot de afgesproken arbeidsuren, ook in relatie tot de opleidingstijd.", "Medewerkers eerst"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>"Houdt de eigen expertise op peil door ... het bijwonen van studiedagen" is a task line (off-topic keeps-expertise-up).</summary>
    [Fact]
    public void A_function_profile_task_is_no_time_for_learning()
    {
        Assert.DoesNotContain(Classify("• Houdt de eigen expertise op peil door het volgen van vakliteratuur, het bijwonen van studiedagen en het uitwisselen van kennis met collega's.", "2 Kennis bijhouden", "Jeugdarts"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>School time of a minor counted as working time, hours "inclusief tijd voor scholing" (off-topic minors-working-time).</summary>
    [Fact]
    public void The_working_time_table_of_minors_is_no_time_for_learning()
    {
        Assert.DoesNotContain(Classify("Let op: de tijd waarop de jongere onderwijs volgt (incl. pauzes) geldt als arbeidstijd: 8 uur per dienst maximaal.\n\nArbeidstijd voor leerlingen, inclusief tijd voor scholing: gemiddeld 38 uur per week.", "Let op: de tijd waarop de jongere onderwijs volgt"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>The allowances, pocket money and their repayment in a learner agreement (off-topic learner-agreement-terms).</summary>
    [Fact]
    public void A_learner_agreements_allowances_and_their_repayment_are_no_study_costs()
    {
        Assert.DoesNotContain(Classify("3 In de leerovereenkomst worden geregeld:\na de vergoedingen aan de leerling;\nb het zakgeld;\nc de terugbetalingsverplichting voor de genoten vergoedingen als de leerling de opleiding niet afmaakt.", "Leerperiode"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>A contribution only once a request is "positief beoordeeld": the procedure for recognising an exam bureau (off-topic recognition-procedure).</summary>
    [Fact]
    public void Recognising_an_exam_bureau_is_no_study_costs_scheme()
    {
        Assert.DoesNotContain(Classify("8. Een ander bureau kan het sectorinstituut vragen de examens af te nemen. Alleen als het sectorinstituut het verzoek positief heeft beoordeeld, is een bijdrage van het instituut in de opleidingskosten voor de werkgever beschikbaar.", "Opleiding"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>"instemmingsrecht inzake ... opleidingsbeleid (art. 27 ...)" lists the WOR (off-topic works-council-rights).</summary>
    [Fact]
    public void The_works_councils_rights_under_the_wor_are_no_training_policy()
    {
        Assert.DoesNotContain(Classify("• Er is adviesrecht als het thuiswerken een technische voorziening vergt die moet worden ingevoerd (art. 25 WOR).\n• Daarnaast heeft de ondernemingsraad op onderdelen instemmingsrecht inzake werktijden (art. 27, lid 1 b), arbeidsomstandigheden (art. 27, lid 1 d), aanstellingsbeleid (art. 27, lid 1 e) en opleidingsbeleid (art. 27, lid 1 f).", "Wet op de ondernemingsraden"), l => l.Code == "LLO.COLLECTIEF");
    }
}
