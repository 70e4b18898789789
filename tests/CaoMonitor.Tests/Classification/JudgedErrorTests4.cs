using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Error classes from the fourth judged sample of the real 2024 corpus and our own self-check samples (issue 11),
/// each written again in our own words. Each wrong case has a right case beside it, so a rule that simply drops
/// the category fails.
/// </summary>
public class JudgedErrorTests4
{
    // --- A sociaal plan only named (in a list of articles, a committee's remit, an article on contracts) is no provision. ---

    [Theory]
    [InlineData("Partijen gaan dit jaar de volgende artikelen herschrijven: artikel 40 (vakantie), artikel 41 (reorganisatie en het sociaal plan) en artikel 42 (arbo).", "Thema's")]
    [InlineData("De adviescommissie brengt alleen op verzoek van een werknemer advies uit over de uitleg van het sociaal plan.", "Adviescommissie")]
    [InlineData("Voor werknemers die voor 2012 in dienst waren, blijft de oude vakantieregeling gelden, ook als een sociaal plan iets anders zegt.", "Overgangsregeling vakantie")]
    public void A_sociaal_plan_only_named_is_not_a_provision(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    [Theory]
    [InlineData("Leiden de plannen tot ontslagen, dan stelt de werkgever samen met de vakbonden een sociaal plan op.", "recht")]
    [InlineData("Bij een reorganisatie zal de werkgever in overleg met de vakbonden een sociaal plan opstellen.", "recht")]
    [InlineData("De werkgever heeft een sociaal statuut dat ten minste regelt: herplaatsing binnen de organisatie en begeleiding naar een andere werkgever.", null)]
    public void A_sociaal_plan_that_is_made_or_guides_to_work_is_a_provision(string text, string? strength)
    {
        var label = Single(Classify(text, "Artikel 20 Werkgelegenheid"), "VWNW.SOCIAAL_PLAN");
        if (strength is not null) Assert.Equal(strength, label.Strength.ToString().ToLowerInvariant());
    }

    // --- The transitievergoeding as one topic of a plan still to be negotiated. ---

    [Fact]
    public void The_transitievergoeding_as_a_topic_of_a_plan_is_not_an_offset()
    {
        Assert.DoesNotContain(Classify("Bij een reorganisatie overlegt de werkgever met de bonden over een sociaal plan. Daarin staan onder meer van-werk-naar-werkafspraken en afspraken over de transitievergoeding.", "Reorganisatie"),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
        Assert.Contains(Classify("Kosten van een opleiding naar ander werk mag de werkgever tot € 3.000 in mindering brengen op de transitievergoeding.", "Transitievergoeding"),
            l => l.Code == "VWNW.TRANSITIEVERGOEDING");
    }

    // --- A training-and-guidance plan for a trainee is not a job-to-job plan; retraining needs at-risk wording beside it. ---

    [Fact]
    public void A_training_and_guidance_plan_for_a_trainee_is_not_a_traject()
    {
        Assert.DoesNotContain(Classify("Met de beginnende docent wordt binnen drie maanden een opleidings- en begeleidingsplan opgesteld.", "Startende docenten"),
            l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("Het plan wordt elk jaar bijgesteld.", "Opleidings- en begeleidingsplan promovendus"),
            l => l.Code == "VWNW.TRAJECT" || l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("Voor iedere boventallige werknemer stelt de werkgever binnen een maand een begeleidingsplan naar ander werk op.", "Boventalligheid"),
            l => l.Code == "VWNW.TRAJECT");
    }

    [Fact]
    public void Retraining_in_a_sick_pay_rule_is_not_a_traject()
    {
        Assert.DoesNotContain(Classify("In het tweede ziektejaar ontvangt de werknemer 80% van zijn loon. Als re-integratie geldt ook een omscholing die de bedrijfsarts adviseert bij ziekte.", "Loon bij ziekte"),
            l => l.Code == "VWNW.TRAJECT");
        Assert.Contains(Classify("De boventallige werknemer heeft recht op een omscholing naar een andere functie, betaald door de werkgever.", "Reorganisatie"),
            l => l.Code == "VWNW.TRAJECT");
    }

    // --- EVC named as a document or as a topic of advice. ---

    [Theory]
    [InlineData("Bij het verzoek stuurt de indiener een kopie mee van het diploma, het EVC-certificaat of een getuigschrift.", "Gelijkstelling")]
    [InlineData("Vergoed worden ook de kosten van informatie door een erkend bureau over opleidingen, cursussen en EVC.", "Loopbaanadvies")]
    public void Evc_named_as_a_document_or_topic_is_not_recognition(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.EVC");
    }

    [Theory]
    [InlineData("De kosten van een EVC-procedure komen voor rekening van de werkgever.")]
    [InlineData("Ook EVC- en loopbaantrajecten kunnen in aanmerking komen voor een bijdrage uit de regeling.")]
    public void An_evc_arrangement_is_recognition(string text)
    {
        Assert.Contains(Classify(text, "Artikel 30 Ontwikkeling"), l => l.Code == "LLO.EVC");
    }

    // --- A regulation of a fund counts only when the fund's name says it is for training. ---

    [Fact]
    public void A_regulation_title_of_another_fund_is_not_a_training_fund()
    {
        const string text = "De bonnen vertegenwoordigen een geldwaarde die het bestuur van het Fonds jaarlijks vaststelt.";
        Assert.DoesNotContain(Classify(text, "Reglement Vakbondsfaciliteiten-Fonds"), l => l.Code == "LLO.FONDS");
        Assert.DoesNotContain(Classify(text, "Reglement XYZ-Fonds"), l => l.Code == "LLO.FONDS");
        Assert.Contains(Classify("Het Fonds vergoedt de cursuskosten van de deelnemers.", "Reglement O&O-fonds Bakkerij"), l => l.Code == "LLO.FONDS");
    }

    [Fact]
    public void An_address_list_gets_no_label()
    {
        Assert.Empty(Classify("Stichting Opleidingsfonds Detailhandel Postbus 12 1000 AA Amsterdam telefoon 020 - 1234567", "ADRESSEN"));
    }

    // --- Leave under a union title is a facility of representatives. ---

    [Fact]
    public void Training_days_under_a_union_leave_title_are_not_time_for_learning()
    {
        const string text = "Van de tien dagen bijzonder verlof mogen ten hoogste vier dagen worden gebruikt voor scholing.";
        Assert.DoesNotContain(Classify(text, "Vakbondsverlof"), l => l.Code == "LLO.TIJD");
        Assert.Contains(Classify(text, "Verlof voor ontwikkeling"), l => l.Code == "LLO.TIJD");
    }

    // --- A training plan made with one worker (re-integration) is personal, not collective. ---

    [Fact]
    public void A_training_plan_made_with_one_worker_is_not_collective()
    {
        Assert.DoesNotContain(Classify("Is voor terugkeer in een andere functie bijscholing nodig, dan stelt de werkgever in overleg met de werknemer een opleidingsplan op.", "Ziekte"),
            l => l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("De werkgever stelt ieder jaar met instemming van de ondernemingsraad een opleidingsplan vast.", "Opleiding"),
            l => l.Code == "LLO.COLLECTIEF");
    }

    // --- An index flowed into running text: a dense run of section numbers states nothing. ---

    [Fact]
    public void An_index_run_inside_a_clause_is_not_evidence()
    {
        const string index = "Trefwoorden Aansprakelijkheid 9.2.1 Adoptieverlof 7.3.6 Arbeidsduur 6.1 Loopbaanadvies 10.4 Nachtdienst 6.5.2 Ontwikkelbudget 10.2 Overwerk 6.7 Pensioen 12.1";
        var labels = Classify("De stagevergoeding wordt naar rato van de stageweek betaald. " + index, "Stagevergoeding");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.LOOPBAAN" || l.Code == "LLO.BUDGET");
        // A sentence that cites a few articles is not an index.
        Assert.Contains(Classify("De werknemer heeft recht op loopbaanadvies als bedoeld in artikel 10.4 en 10.5 van deze cao.", "Loopbaan"),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void A_run_of_bare_page_numbers_in_a_table_of_contents_is_masked()
    {
        var labels = Classify("Artikel 35. Salaris bij een nieuw functiejaar 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 omscholing 17 18 19 20 21 22 23 24", "Inhoud");
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.TRAJECT");
    }

    // --- Strength: binding wording in so many words. ---

    [Theory]
    [InlineData("Iedere onderneming is verplicht een scholingsplan te ontwikkelen en dit aan de werknemers aan te bieden.", "LLO.COLLECTIEF", "Scholing")]
    [InlineData("De werkgever geeft de werknemer ten hoogste 40 uur betaald scholingsverlof per jaar.", "LLO.TIJD", "Scholingsverlof")]
    [InlineData("Bij een vacature hebben interne kandidaten voorkeur boven externe sollicitanten.", "VWNW.INTERN", "Vacatures")]
    [InlineData("De werknemer kan volgens de regels van dit artikel het saldo van zijn leerrekening gebruiken voor een opleiding naar keuze.", "LLO.BUDGET", "Leerrekening")]
    public void Binding_wording_is_a_right(string text, string code, string title)
    {
        Assert.Equal(Strength.Recht, Single(Classify(text, title), code).Strength);
    }

    [Theory]
    [InlineData("De werkgever heeft een inspanningsverplichting om de werknemer te herplaatsen in een passende functie.", "VWNW.INTERN")]
    [InlineData("Partijen zullen in 2026 een raamsociaal plan voor de sector opstellen met afspraken over van werk naar werk.", "VWNW.SOCIAAL_PLAN")]
    public void Effort_wording_stays_an_effort(string text, string code)
    {
        Assert.Equal(Strength.Inspanning, Single(Classify(text, "Artikel 9"), code).Strength);
    }
    // --- Cao-level misses: professionalisation policy, talks about future functioning, own staff first on a vacancy. ---

    [Fact]
    public void A_multi_year_professionalisation_policy_is_collective()
    {
        Assert.Contains(Classify("De werkgever formuleert in overleg met de medezeggenschapsraad een meerjarig professionaliseringsbeleid met het beschikbare budget.", "Professionalisering"),
            l => l.Code == "LLO.COLLECTIEF");
        Assert.DoesNotContain(Classify("De werkgever voert een zorgvuldig personeelsbeleid.", "Personeel"), l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void Periodic_talks_about_future_functioning_are_career_talks()
    {
        Assert.Contains(Classify("Met iedere werknemer worden periodiek gesprekken gevoerd over het toekomstige functioneren en de inzetbaarheid.", "Gesprekken"),
            l => l.Code == "VWNW.LOOPBAAN");
        Assert.DoesNotContain(Classify("Met iedere werknemer wordt jaarlijks een gesprek gevoerd over het functioneren in het afgelopen jaar.", "Gesprekken"),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    [Theory]
    [InlineData("Ontstaat er een vacature, dan krijgen de eigen werknemers eerst de gelegenheid om te solliciteren.")]
    [InlineData("Komt er een functie vacant, dan geeft de werkgever zijn werknemers de mogelijkheid daarop te solliciteren.")]
    public void Own_staff_first_on_a_vacancy_is_internal_mobility(string text)
    {
        Assert.Contains(Classify(text, "Werving"), l => l.Code == "VWNW.INTERN");
    }

    [Fact]
    public void A_chance_to_apply_elsewhere_is_not_internal_mobility()
    {
        Assert.DoesNotContain(Classify("De boventallige werknemer krijgt de gelegenheid om te solliciteren bij andere werkgevers in de regio.", "Boventalligheid"),
            l => l.Code == "VWNW.INTERN");
    }

    // --- Another employer named in a sick-pay rule is no move between employers; a move with a pay top-up is. ---

    [Fact]
    public void Another_employer_in_a_sick_pay_rule_is_not_intersectoral()
    {
        Assert.DoesNotContain(Classify("De werknemer met een resterende verdiencapaciteit die werkt bij een andere werkgever, ontvangt een toeslag volgens de polis van de verzekering.", "Arbeidsongeschiktheid"),
            l => l.Code == "VWNW.INTERSECTORAAL");
        Assert.Contains(Classify("De boventallige werknemer die een lager betaalde baan aanvaardt bij een andere werkgever, krijgt twee jaar een aanvulling op zijn nieuwe salaris.", "Van werk naar werk"),
            l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- Forms, a share of the loonsom, a general repayment scheme, the works council's insight, an apprentice's plan. ---

    [Fact]
    public void A_form_to_fill_in_gets_no_label()
    {
        Assert.Empty(Classify("Naam: ---------------- Afdeling: ---------------- [ ] Ik volg een opleiding bekostigd uit mijn loopbaanbudget [ ] Ik vraag een loopbaanscan aan", "Bijlage 4 Bestedingsformulier loopbaanbudget"));
    }

    [Fact]
    public void A_share_of_the_loonsom_for_training_is_collective_not_study_costs()
    {
        var labels = Classify("De werkgever reserveert jaarlijks 0,5% van zijn loonsom voor een bijdrage in de kosten van scholing.", "Scholing");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(labels, l => l.Code == "LLO.COLLECTIEF");
    }

    [Fact]
    public void A_repayment_scheme_for_debts_is_not_study_costs()
    {
        Assert.DoesNotContain(Classify("Blijft bij het einde van het dienstverband een schuld van de werknemer over, dan treffen werkgever en werknemer een terugbetalingsregeling.", "Betaling van het loon"),
            l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(Classify("Voor opleidingen langer dan een jaar geldt een terugbetalingsregeling naar rato van de resterende maanden.", "Studiekosten"),
            l => l.Code == "LLO.STUDIEKOSTEN");
    }

    [Fact]
    public void Insight_for_the_works_council_into_a_budget_is_a_mention()
    {
        Assert.DoesNotContain(Classify("Op verzoek van de ondernemingsraad geeft de werkgever eens per jaar inzicht in het gebruik van het loopbaanbudget.", "Medezeggenschap"),
            l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void The_learning_plan_of_an_apprentice_is_not_a_development_plan()
    {
        Assert.DoesNotContain(Classify("Wordt de kandidaat-leerling toegelaten, dan wordt een persoonlijk opleidingsplan voor de bbl-opleiding opgesteld.", "Vakopleiding"),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.Contains(Classify("Iedere werknemer stelt met zijn leidinggevende een persoonlijk ontwikkelplan op.", "Ontwikkeling"),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
    }
}
