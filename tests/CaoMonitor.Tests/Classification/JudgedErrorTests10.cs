using CaoMonitor.Classification;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.12 (engine 10): provisions the cao-level readers found and the classifier missed (caotruth9), and the error
/// classes of the judged sample of seed 20251, written in our own words. Each case has a counter-case beside it.
/// </summary>
public class JudgedErrorTests10
{
    static IReadOnlyList<CaoMonitor.Domain.Label> Classify(string text, string? title, string? parent) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- Structure: an article the layout put under a definitions chapter, and a definition opening followed by a lid. ---

    [Fact]
    public void A_numbered_lid_under_a_definitions_chapter_is_read_as_an_article()
    {
        // The sector's career service regulation sits, after a layout slip, under the chapter "Begripsbepalingen".
        var labels = Classify("2. De werknemer die door zijn zware werk ander werk moet zoeken, krijgt advies en begeleiding van de loopbaandienst van de sector.", null, "Begripsbepalingen");
        Assert.Contains(labels, l => l.Code == "VWNW.TRAJECT");
        // A definition entry under the same chapter stays unlabelled.
        Assert.Empty(Classify("b. loopbaanadviseur: de deskundige die de werknemer begeleidt bij zijn loopbaan.", null, "Begripsbepalingen"));
        Assert.Empty(Classify("Loopbaanbudget: het budget dat de werknemer inzet voor een loopbaanadvies of een opleiding.", null, "Definities"));
    }

    [Fact]
    public void A_definition_opening_covers_only_its_own_lid()
    {
        const string text = "1 In dit artikel wordt verstaan onder:\na vergoeding: de wettelijke transitievergoeding.\nb begeleidingskosten: kosten van begeleiding van werk naar werk.\n"
            + "2 De werkgever brengt de begeleidingskosten in mindering op de transitievergoeding, zoals het decentraal overleg afspreekt.";
        var labels = Classify(text, "Samenloop van vergoedingen", null);
        Assert.Contains(labels, l => l.Code == "VWNW.TRANSITIEVERGOEDING");
        // The definitions themselves give nothing.
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.TRAJECT");
        Assert.Empty(Classify("1 In dit artikel wordt verstaan onder:\na vergoeding: de wettelijke transitievergoeding.\nb begeleidingskosten: kosten van begeleiding van werk naar werk.", "Samenloop van vergoedingen", null));
    }

    [Fact]
    public void A_topic_list_covers_its_items_not_the_sentences_after_them()
    {
        const string text = "Werkgever en bonden maken afspraken over de volgende onderwerpen:\n- vrijwillig vertrek;\n- de begeleiding van boventallige werknemers.\n"
            + "De werkgever biedt de boventallige werknemer de volgende instrumenten aan.\na. outplacement via een erkend bureau;\nb. scholing voor een andere functie.";
        var labels = Classify(text, "Reorganisatie", null);
        Assert.Contains(labels, l => l.Code == "VWNW.TRAJECT");
        // The list alone is a list of topics: nothing arranged.
        Assert.DoesNotContain(Classify("Werkgever en bonden maken afspraken over de volgende onderwerpen:\n- vrijwillig vertrek;\n- outplacement van boventallige werknemers.", "Reorganisatie", null),
            l => l.Code == "VWNW.TRAJECT");
    }

    // --- Career services described as tracks. ---

    [Theory]
    [InlineData("Het loopbaanpunt van de sector adviseert en begeleidt werknemers die vanwege hun gezondheid ander werk moeten zoeken.")]
    [InlineData("De werknemer die op termijn een nieuwe baan moet zoeken, kan een beroep doen op ondersteuning door het mobiliteitsteam.")]
    public void Guidance_for_workers_who_must_find_other_work_is_a_traject(string text)
    {
        Assert.Contains(Classify(text, "Dienstverlening", null), l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void Looking_for_other_work_without_guidance_is_no_traject()
    {
        Assert.DoesNotContain(Classify("De werknemer die ander werk zoekt, meldt zijn vertrek tijdig aan de werkgever.", "Opzegtermijn", null),
            l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void Advice_and_guidance_towards_another_function_is_career_guidance()
    {
        Assert.Contains(Classify("Medewerkers die een andere functie ambiëren, krijgen advies en begeleiding van het sectorale loopbaanpunt.", "Dienstverlening", null),
            l => l.Code == "VWNW.LOOPBAAN");
        // Advice and guidance on health alone is not.
        Assert.DoesNotContain(Classify("De bedrijfsarts geeft advies en begeleiding bij het verzuim van de werknemer.", "Verzuim", null),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    // --- Moves: outside the organisation, inside it, or both ways. ---

    [Theory]
    [InlineData("Moet de herplaatsingskandidaat een opleiding volgen om een functie buiten de organisatie te kunnen aanvaarden, dan vergoedt de werkgever de kosten tot een maximum.")]
    [InlineData("Wie een baan buiten de eigen organisatie aanvaardt, houdt gedurende negen maanden een terugkeergarantie.")]
    [InlineData("De werknemer heeft recht op bemiddeling naar ander werk binnen of buiten de bedrijfstak.")]
    public void A_move_outside_the_organisation_or_sector_is_intersectoral(string text)
    {
        Assert.Contains(Classify(text, "Mobiliteit", null), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Theory]
    [InlineData("Werknemers in deze functies krijgen waar nodig begeleiding naar een andere functie binnen of buiten de onderneming.", "Digitalisering")]
    [InlineData("Telt de werknemer vijf jaar ervaring in een vergelijkbare functie buiten de branche, dan mag hij een ervaringstoets doen.", "Ervaringstoets")]
    [InlineData("De werkgever mag de kosten van scholing gericht op een functie buiten de onderneming in mindering brengen op de transitievergoeding.", "Transitievergoeding")]
    public void Either_way_moves_experience_and_offsets_are_not_intersectoral(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title, null), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Fact]
    public void Being_placed_in_another_function_is_internal_mobility()
    {
        Assert.Contains(Classify("Wordt een werknemer door automatisering in een andere functie ingedeeld, dan behoudt hij zijn salarisniveau en krijgt hij de nodige omscholing.", "Technologische veranderingen", null),
            l => l.Code == "VWNW.INTERN");
        // Another function group in a pay table is grading.
        Assert.DoesNotContain(Classify("Wordt de functie in een andere functiegroep ingedeeld, dan geldt de nieuwe salarisschaal.", "Indeling", null),
            l => l.Code == "VWNW.INTERN");
    }

    // --- The transitievergoeding replaced by the cao's own arrangements (art. 7:673b BW). ---

    [Fact]
    public void A_transitievergoeding_replaced_by_the_caos_own_provision_counts()
    {
        Assert.Contains(Classify("Bij ontslag om bedrijfseconomische redenen vervalt op grond van artikel 7:673b BW het recht op de transitievergoeding; daarvoor in de plaats komen de voorzieningen van dit hoofdstuk.", "Transitievergoeding", null),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
        Assert.DoesNotContain(Classify("De werknemer heeft bij ontslag recht op de transitievergoeding conform artikel 7:673 BW.", "Einde dienstverband", null),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
    }

    // --- Abolished arrangements and lists of agreement topics. ---

    [Fact]
    public void An_abolished_arrangement_is_no_provision()
    {
        var labels = Classify("Met ingang van deze cao zijn de regeling voor het persoonlijk ontwikkelplan en de EVC-regeling vervallen.", "Wijzigingen", null);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.EVC");
        Assert.Contains(Classify("Iedere werknemer stelt samen met zijn leidinggevende jaarlijks een persoonlijk ontwikkelplan op.", "Ontwikkeling", null),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Fact]
    public void Agreements_about_topics_among_others_are_a_mention()
    {
        Assert.DoesNotContain(Classify("Partijen sluiten daarnaast een fonds-cao met afspraken over onder meer scholing en scholingsverlof.", "Fonds-cao", null),
            l => l.Code == "LLO.TIJD");
        Assert.Contains(Classify("De werknemer heeft recht op vijf dagen scholingsverlof per jaar.", "Scholingsverlof", null),
            l => l.Code == "LLO.TIJD");
    }

    // --- A training fund that only runs another scheme (a generation scheme, early retirement, financial advice). ---

    [Theory]
    [InlineData("Het opleidings- en ontwikkelingsfonds vergoedt de werkgever de helft van de loonkosten van de 80/90/100-regeling.")]
    [InlineData("Via het O&O-fonds kan de oudere werknemer een financieel advies krijgen over deelname aan de generatieregeling.")]
    [InlineData("Het O&O-fonds voert de RVU-regeling voor zwaar werk uit.")]
    public void A_training_fund_running_another_scheme_is_no_training_fund_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Regelingen", null), l => l.Code == "LLO.FONDS");
    }

    [Fact]
    public void A_training_fund_paying_for_courses_stays()
    {
        Assert.Contains(Classify("Het O&O-fonds vergoedt de cursuskosten van werknemers uit de sector tot € 500 per jaar.", "Regelingen", null),
            l => l.Code == "LLO.FONDS");
    }
    // --- Rules 1.12.1: the judged sample of seed 20251. ---

    [Theory]
    [InlineData("Scholingskosten mogen bij een gedwongen ontslag niet in mindering worden gebracht op de transitievergoeding.")]
    [InlineData("In artikel 9 staat welke kosten niet van de transitievergoeding afgetrokken mogen worden.")]
    public void A_forbidden_offset_against_the_transitievergoeding_is_no_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Transitievergoeding", null), l => l.Code == "VWNW.TRANSITIEVERGOEDING");
    }

    [Fact]
    public void A_permitted_offset_stays()
    {
        Assert.Contains(Classify("De werkgever mag de kosten van omscholing naar ander werk in mindering brengen op de transitievergoeding.", "Transitievergoeding", null),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
    }

    [Fact]
    public void A_career_title_gives_way_to_the_budget_or_plan_in_the_text()
    {
        // The spending rules of a career budget under a career-development title are LLO.BUDGET, not career guidance.
        var budget = Classify("Het loopbaanbudget kan alleen worden besteed aan een cursus of opleiding die gericht is op een toekomstig beroep.", "Loopbaanontwikkeling", null);
        Assert.Contains(budget, l => l.Code == "LLO.BUDGET");
        Assert.DoesNotContain(budget, l => l.Code == "VWNW.LOOPBAAN");
        // A personal development plan under a career title is a development plan.
        var plan = Classify("De werknemer stelt met steun van zijn werkgever een meerjarig persoonlijk ontwikkelplan op als leidraad voor het gesprek over zijn toekomst.", "Gesprekken", "Loopbaanontwikkeling");
        Assert.Contains(plan, l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.DoesNotContain(plan, l => l.Code == "VWNW.LOOPBAAN");
        // Career advice under the same title stays career guidance.
        Assert.Contains(Classify("De werknemer heeft eens per drie jaar recht op een gesprek met een externe adviseur over zijn toekomst op de arbeidsmarkt.", "Loopbaanontwikkeling", null),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void A_policy_plan_for_career_development_is_not_career_guidance()
    {
        Assert.DoesNotContain(Classify("De werkgever stelt jaarlijks een plan op voor zijn beleid voor opleiding, scholing en loopbaanontwikkeling van het personeel.", "Opleidingsbeleid", null),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void An_evc_right_under_a_development_plan_title_is_evc()
    {
        var labels = Classify("Werknemers zonder startkwalificatie hebben recht op een EVC-traject op kosten van de werkgever.", "Persoonlijk ontwikkelplan", null);
        Assert.Contains(labels, l => l.Code == "LLO.EVC");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Theory]
    [InlineData("De leerling in de beroepsbegeleidende leerweg ontvangt het salaris van de tabel, of het minimum(jeugd)loon als dat hoger is.", "Leerlingen")]
    [InlineData("b. zich omstandigheden voordoen waardoor het voortduren van de leerarbeidsovereenkomst niet kan worden verlangd.", "Einde leerovereenkomst")]
    public void Pay_and_contract_terms_of_a_learning_contract_are_not_werkend_leren(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title, null), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Fact]
    public void The_school_day_of_a_bbl_pupil_stays_werkend_leren()
    {
        Assert.Contains(Classify("De werkgever betaalt de schooldag door aan de werknemer die een BBL-opleiding volgt.", "Leerlingen", null),
            l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Fact]
    public void The_end_of_sick_pay_after_redeployment_is_no_internal_mobility()
    {
        Assert.DoesNotContain(Classify("De doorbetaling van het volledige of gedeeltelijke loon eindigt zodra de zieke werknemer formeel wordt herplaatst.", "Loon bij ziekte", null),
            l => l.Code == "VWNW.INTERN");
    }

    [Fact]
    public void A_repayment_duty_of_parental_leave_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("Wie binnen een jaar na het betaald ouderschapsverlof vertrekt, heeft een terugbetalingsverplichting voor het doorbetaalde loon.", "Ouderschapsverlof", null),
            l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("Wie binnen een jaar na de opleiding vertrekt, heeft een terugbetalingsverplichting voor de vergoede studiekosten.", "Studiekosten", null),
            l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void Study_in_ones_own_time_is_no_time_for_learning()
    {
        Assert.DoesNotContain(Classify("De arts in opleiding besteedt ook een deel van zijn eigen tijd aan studie.", "Verplichtingen", null),
            l => l.Code == "LLO.TIJD");
        Assert.Contains(Classify("De werknemer krijgt acht uur per jaar in werktijd voor studie.", "Studie", null), l => l.Code == "LLO.TIJD");
    }

    [Theory]
    [InlineData("Dit reglement wordt aangehaald als: reglement van het O&O-fonds voor verlofdeclaraties.", "Citeertitel", "LLO.FONDS")]
    [InlineData("Wil de werknemer geen gebruik maken van een mobiliteitsplan, dan wordt een vaststellingsovereenkomst gesloten.", "Einde dienstverband", "VWNW.TRAJECT")]
    [InlineData("1. De leermeester is de persoon die in het leerbedrijf de praktijkopleiding van de leerling verzorgt.", "Leermeester", "LLO.WERKEND_LEREN")]
    public void Citations_declined_arrangements_and_definitions_of_a_person_state_nothing(string text, string title, string code)
    {
        Assert.DoesNotContain(Classify(text, title, null), l => l.Code == code);
    }
    // --- Rules 1.12.1: more cao-level misses. ---

    [Fact]
    public void Lacking_a_diploma_is_a_condition_not_a_job_requirement()
    {
        Assert.Contains(Classify("Indien de werknemer niet beschikt over een vakdiploma, wordt in het ontwikkelgesprek besproken of een EVC-procedure zinvol is.", "EVC", null),
            l => l.Code == "LLO.EVC");
        Assert.DoesNotContain(Classify("Voor deze functie is vereist dat de kandidaat beschikt over een EVC-certificaat of diploma op mbo-niveau.", "Functie-eisen", null),
            l => l.Code == "LLO.EVC");
    }

    [Fact]
    public void Practical_vocational_training_and_young_workers_in_vocational_education_are_werkend_leren()
    {
        Assert.Contains(Classify("c. voor werknemers met een beroepspraktijkvormingsovereenkomst telt de schooldag als volledige werkdag mee.", "Jaaruren", null),
            l => l.Code == "LLO.WERKEND_LEREN");
        Assert.Contains(Classify("De werkgever bevordert de deelname van jonge werknemers aan het beroepsonderwijs.", "Ontwikkeling", null),
            l => l.Code == "LLO.WERKEND_LEREN");
        // A school's own students on placements are the teachers' work, not the workers' learning.
        Assert.DoesNotContain(Classify("Het team verdeelt de lessen, rekening houdend met de beschikbare lokalen en bpv-plaatsen van de studenten.", "Werkverdeling", null),
            l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Fact]
    public void The_duty_to_find_other_suitable_work_is_a_traject()
    {
        Assert.Contains(Classify("Verliest de werknemer buiten zijn schuld zijn werkplek, dan verplicht de werkgever zich tot het vinden en bieden van ander passend werk.", "Werkzekerheid", null),
            l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void A_return_guarantee_after_moving_to_another_employer_is_intersectoral()
    {
        Assert.Contains(Classify("De werknemer die overstapt naar een reguliere werkgever heeft een terugkeergarantie van twaalf maanden.", "Terugkeergarantie", null),
            l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Fact]
    public void A_collective_entitlement_is_not_an_individual_budget()
    {
        var labels = Classify("Voor het employabilitybudget is de totale collectieve aanspraak gemaximeerd op € 400.000 per jaar.", "Scholing", null);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.BUDGET");
        Assert.Contains(labels, l => l.Code == "LLO.COLLECTIEF");
    }
    // --- Rules 1.12.2: recall misses of the development set, in general wording. ---

    [Theory]
    [InlineData("Opgedragen scholing geldt als werk: de werkgever draagt alle kosten en de scholing vindt zo veel mogelijk in werktijd plaats.")]
    [InlineData("Sluit de opleiding aan op een functie in hetzelfde vakgebied, dan worden de kosten volledig vergoed.")]
    [InlineData("De werknemer dient voor vergoeding van zijn ontwikkelingskosten vooraf een verzoek in bij de werkgever.")]
    public void The_employer_bearing_training_costs_is_a_study_cost_scheme(string text)
    {
        Assert.Contains(Classify(text, "Scholing", null), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void Bearing_costs_outside_training_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("De werkgever draagt alle kosten van de keuring door de bedrijfsarts; de werknemer volgt daarna zijn eigen opleiding.", "Keuring", null),
            l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void Hours_for_professionalisering_and_a_paid_school_day_are_time_for_learning()
    {
        Assert.Contains(Classify("De werknemer heeft twee klokuren per week voor individuele professionalisering.", "Professionalisering", null),
            l => l.Code == "LLO.TIJD");
        Assert.Contains(Classify("Voor een werknemer jonger dan 21 jaar die een BBL-opleiding volgt, moet de werkgever de schooldag doorbetalen.", "Leerlingen", null),
            l => l.Code == "LLO.TIJD");
        Assert.DoesNotContain(Classify("Leerlingen werken op grond van een leerarbeidsovereenkomst; de schooldag wordt niet doorbetaald.", "Leerlingen", null),
            l => l.Code == "LLO.TIJD");
    }

    [Fact]
    public void Offering_a_suitable_function_is_internal_mobility()
    {
        Assert.Contains(Classify("Het bevoegd gezag biedt de herplaatsingskandidaat binnen twaalf maanden ten minste tweemaal een passende functie aan.", "Herplaatsing", null),
            l => l.Code == "VWNW.INTERN");
    }

    [Fact]
    public void Support_in_finding_a_suitable_function_or_guidance_towards_the_labour_market_is_a_traject()
    {
        Assert.Contains(Classify("De werkgever ondersteunt de met ontslag bedreigde werknemer zo goed als mogelijk bij het vinden van een passende functie.", "Reorganisatie", null),
            l => l.Code == "VWNW.TRAJECT");
        Assert.Contains(Classify("De militair die ontslagen zal worden, wordt aangemeld voor begeleiding naar een betrekking op de burgerarbeidsmarkt.", "Ontslag", null),
            l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void An_a_and_o_fund_is_a_training_fund()
    {
        Assert.Contains(Classify("Het A+O fonds van de sector betaalt de kosten van de EVC-procedures van de deelnemers.", "Project", null),
            l => l.Code == "LLO.FONDS");
    }
    // --- Rules 1.12.3: consequences and contract law around internal moves. ---

    [Theory]
    [InlineData("Wie in verband met zijn herplaatsing moet verhuizen, krijgt een tegemoetkoming in de verhuiskosten.", "Verhuiskosten")]
    [InlineData("Een dienstverband voor bepaalde tijd mag tot 36 maanden duren als het ter vervanging van een collega is, wegens ziekte of een interne detachering.", "Bepaalde tijd")]
    public void Moving_costs_and_fixed_term_rules_are_not_internal_mobility(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title, null), l => l.Code == "VWNW.INTERN");
    }

    [Fact]
    public void An_internal_secondment_offered_for_development_stays_internal_mobility()
    {
        // Redeployment efforts at the end of a fixed-term contract are mobility, not contract law.
        Assert.Contains(Classify("Bij het einde van een dienstverband voor bepaalde tijd verplicht de werkgever zich tot herplaatsingsinspanningen en tot scholing.", "Herplaatsing", null),
            l => l.Code == "VWNW.INTERN");
        Assert.Contains(Classify("De werknemer kan op eigen verzoek voor een jaar een interne detachering naar een andere afdeling krijgen om ervaring op te doen.", "Mobiliteit", null),
            l => l.Code == "VWNW.INTERN");
    }
}

