using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.26.0 (session 19, issue 11, helper prec19b): VWNW.INTERN, VWNW.TRAJECT and VWNW.SOCIAAL_PLAN labels judged wrong in the
/// label rounds of seeds 20277-20280, grouped into wording types and each type read in the whole real 2024 corpus; and three strength
/// types that hold for every category. In our own words (never real cao text); each negative case was labelled before its rule, each
/// positive case keeps its label.
/// </summary>
public class MobilityPrecisionTests19
{
    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);
    static Label One(IReadOnlyList<Label> labels, string code) => Assert.Single(labels, l => l.Code == code);

    // --- VWNW.INTERN: sickness re-integration and what follows a redeployment. ---

    [Fact]
    public void A_redeployment_that_does_not_work_out_before_a_dismissal_is_no_internal_mobility()
    {
        const string text = "Lukt de terugkeer niet, dan volgt het volgende. Indien de herplaatsing binnen twaalf maanden niet lukt kan het dienstv erband " +
            "met inachtneming van de wet worden verbroken.";
        Assert.False(Has(Classify(text, "Arbeidsongeschiktheid"), "VWNW.INTERN"));
        // A failed redeployment in the own function followed by a search within the company stays internal mobility (JudgedErrorTests7).
        Assert.True(Has(Classify("Als herplaatsing in de eigen functie niet lukt, zoekt de werkgever een andere passende functie binnen het bedrijf.", "Herplaatsing"), "VWNW.INTERN"));
    }

    [Fact]
    public void The_legal_options_of_the_worker_to_obtain_redeployment_are_no_internal_mobility()
    {
        const string text = "4. Bereiken werkgever en werknemer geen overeenstemming over de kansen op herplaatsing bij de eigen werkgever, dan kan de werknemer " +
            "de mogelijkheden benutten die de wet hem geeft om herplaatsing bij de eigen werkgever af te dwingen.";
        Assert.False(Has(Classify(text), "VWNW.INTERN"));
    }

    [Fact]
    public void The_aftercare_a_reintegration_company_must_arrange_is_no_internal_mobility()
    {
        const string text = "In de overeenkomst ligt vast dat het re-integratiebedrijf de werknemer een vaste contactpersoon biedt en de nazorg bij herplaatsing " +
            "op een goede manier regelt.";
        Assert.False(Has(Classify(text, "Re-integratie van zieke werknemers"), "VWNW.INTERN"));
    }

    [Fact]
    public void Pay_and_allowances_as_a_consequence_of_a_redeployment_are_no_internal_mobility()
    {
        const string a = "5 Vervalt of daalt de toeslag voor avonddiensten van de werknemer als gevolg van zijn herplaatsing, dan geldt de afbouwregeling van artikel 6.";
        const string b = "3 De werknemer die wordt herplaatst voor minder uren dan voorheen, geniet voor de uren waarvoor hij niet is herplaatst betaald verlof.";
        Assert.False(Has(Classify(a, "Doorbetaling bij ziekte"), "VWNW.INTERN"));
        Assert.False(Has(Classify(b, "Doorbetaling bij ziekte"), "VWNW.INTERN"));
    }

    [Fact]
    public void A_sector_centre_that_mediates_in_redeployment_is_no_internal_mobility()
    {
        const string text = "Bij dalende werkgelegenheid wenden partijen zich tot het opleidingscentrum van de branche, dat nagaat hoe het een bemiddelende rol " +
            "kan spelen bij herplaatsing en bijscholing.";
        Assert.False(Has(Classify(text, "Overleg bij krimp"), "VWNW.INTERN"));
    }

    [Fact]
    public void An_internal_mobility_centre_that_delivers_the_guidance_is_no_internal_mobility()
    {
        const string text = "2. De werknemer heeft recht op een budget voor professionele begeleiding van werk naar werk. Die begeleiding kan ook worden gegeven " +
            "door een intern mobiliteitscentrum.";
        var labels = Classify(text, "Reorganisatie");
        Assert.False(Has(labels, "VWNW.INTERN"));
        Assert.True(Has(labels, "VWNW.TRAJECT"));
    }

    [Fact]
    public void Job_rotation_as_the_aim_of_a_training_is_no_internal_mobility()
    {
        const string text = "De werkgever kan je opleidingen laten volgen. Die kunnen gericht zijn op:\n- je inzetbaarheid in je eigen functie;\n" +
            "- kwalificaties voor verbreding (jobrotation) of promotie;\n- je kansen op de arbeidsmarkt.";
        Assert.False(Has(Classify(text, "Loopbaan en inzetbaarheid"), "VWNW.INTERN"));
    }

    [Theory]
    [InlineData("De werkgever spant zich in om de zieke werknemer te herplaatsen in een andere functie binnen het bedrijf.")]
    [InlineData("Werknemers van wie de functie vervalt hebben voorrang bij interne vacatures.")]
    [InlineData("Werknemers kunnen in het kader van functieroulatie tijdelijk in een andere functie binnen de onderneming werken.")]
    public void Internal_redeployment_itself_keeps_its_label(string text)
    {
        Assert.True(Has(Classify(text), "VWNW.INTERN"));
    }

    // --- VWNW.TRAJECT: a plan's contents, a policy aim, an insurer's services and income from re-integration work are no track. ---

    [Fact]
    public void The_contents_list_of_a_social_plan_is_no_track()
    {
        const string text = "2. In het sociaal plan wordt o.a. aandacht besteed aan:\n• herplaatsing, eventueel in combinatie met een tijdelijke plaatsing;\n" +
            "• outplacement en andere vormen van ondersteuning om de kansen op de arbeidsmarkt te vergroten;\n• een salarisgarantie.";
        var labels = Classify(text, "Sociaal plan");
        Assert.False(Has(labels, "VWNW.TRAJECT"));
        Assert.True(Has(labels, "VWNW.SOCIAAL_PLAN"));
    }

    [Fact]
    public void The_aim_of_a_social_plan_is_no_track()
    {
        const string text = "4. Het sociaal plan moet werkgever en werknemer prikkelen om nieuw werk te zoeken, omdat het plan erop is gericht mensen van werk naar werk te helpen.";
        Assert.False(Has(Classify(text, "Uitgangspunten"), "VWNW.TRAJECT"));
    }

    [Fact]
    public void Guidance_from_work_to_work_as_the_centre_of_a_policy_is_an_effort()
    {
        // Two of three judges counted such a policy aim as a track, all three as an effort, not a right.
        const string text = "In het te voeren sociaal beleid bij reorganisaties staat centraal om werknemers van werk naar werk te begeleiden.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Uitgangspunten"), "VWNW.TRAJECT").Strength);
    }

    [Fact]
    public void Outplacement_among_the_means_of_career_development_is_no_track()
    {
        const string text = "- Je werkgever ondersteunt je loopbaanontwikkeling, afhankelijk van jouw wensen en die van de organisatie, door o.a. het bieden van scholing, " +
            "interne stages en outplacement.";
        Assert.False(Has(Classify(text, "Loopbaanontwikkeling"), "VWNW.TRAJECT"));
    }

    [Fact]
    public void A_social_plan_that_arranges_the_guidance_itself_keeps_the_track()
    {
        const string text = "De boventallige werknemer heeft recht op outplacement gedurende zes maanden. Het sociaal plan is erop gericht gedwongen ontslag te voorkomen.";
        Assert.True(Has(Classify(text, "Reorganisatie"), "VWNW.TRAJECT"));
    }

    [Fact]
    public void The_services_of_an_insurer_are_no_track()
    {
        const string text = "Het verzuimcluster van de sector wordt uitgevoerd door een onderlinge verzekeraar. Zijn diensten liggen op het gebied van:\n" +
            "• loondoorbetaling bij ziekte;\n• ondersteuning bij eerste en tweede spoortrajecten, onder meer plaatsing bij een andere werkgever;\n• verzuimbegeleiding.";
        Assert.False(Has(Classify(text, "Verzekeren"), "VWNW.TRAJECT"));
    }

    [Fact]
    public void Income_from_work_during_reintegration_is_no_track()
    {
        const string text = "1. Verricht de zieke werknemer op advies van de bedrijfsarts wenselijk geachte arbeid, dan worden de inkomsten daaruit op zijn salaris " +
            "in mindering gebracht. De werkzaamheden maken deel uit van een opbouwend re-integratietraject.";
        Assert.False(Has(Classify(text, "Inkomsten tijdens ziekte"), "VWNW.TRAJECT"));
    }

    [Fact]
    public void Reintegration_inside_or_outside_the_company_is_a_track()
    {
        const string text = "4. De werkgever heeft een maximale inspanningsverplichting om werknemers die minder dan 35% arbeidsongeschikt zijn te re-integreren " +
            "binnen dan wel buiten het bedrijf.";
        var label = One(Classify(text, "Arbeidsongeschiktheid"), "VWNW.TRAJECT");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    [Fact]
    public void A_sick_workers_duty_to_cooperate_in_reintegration_is_no_track()
    {
        const string text = "1. Voor de aanvulling op je loon gelden deze voorwaarden:\na. je volgt de regels bij ziekte;\nb. je werkt mee aan re-integratie binnen of buiten de onderneming.";
        Assert.False(Has(Classify(text, "Aanvulling bij ziekte"), "VWNW.TRAJECT"));
    }

    // --- VWNW.INTERN (rules 1.26.0, seed 20281): training towards redeployment and the external market, and a recruitment plan. ---

    [Fact]
    public void Retraining_both_for_redeployment_and_for_the_external_market_is_no_internal_mobility()
    {
        const string text = "1. De met ontslag bedreigde werknemer komt in aanmerking voor voorzieningen zoals:\n- om- of bijscholing, gericht op het vergroten van " +
            "de mogelijkheden voor herplaatsing en van de kansen op de externe arbeidsmarkt;\n- outplacement.";
        var labels = Classify(text, "Reorganisatie");
        Assert.False(Has(labels, "VWNW.INTERN"));
        Assert.True(Has(labels, "VWNW.TRAJECT"));
    }

    [Fact]
    public void Advancement_in_a_recruitment_and_diversity_plan_is_no_internal_mobility()
    {
        const string text = "1. De werkgever stelt met de ondernemingsraad een plan vast over de werving van nieuwe medewerkers en de doorstroming naar hogere functies " +
            "van zittende medewerkers, met aandacht voor een divers personeelsbestand.";
        Assert.False(Has(Classify(text, "Personeelsbeleid"), "VWNW.INTERN"));
    }

    // --- VWNW.LOOPBAAN (rules 1.26.0): appraisal talks, spending options of a track, examples of informal learning; talks on moving on. ---

    [Fact]
    public void Periodic_talks_about_current_and_future_functioning_are_appraisal_talks_not_career_guidance()
    {
        // "het (toekomstige) functioneren", in brackets, is the appraisal cycle (judged wrong four times); without brackets it stays a career talk.
        const string text = "Door of namens de werkgever worden ieder jaar met elke werknemer gesprekken gevoerd over het (toekomstige) functioneren van de werknemer.";
        Assert.False(Has(Classify(text, "Gesprekscyclus"), "VWNW.LOOPBAAN"));
        const string future = "Met iedere werknemer van 55 jaar of ouder wordt een gesprek gevoerd over het toekomstige functioneren.";
        Assert.True(Has(Classify(future, "Gesprekken"), "VWNW.LOOPBAAN"));
    }

    [Fact]
    public void Career_advice_among_the_spending_options_of_a_reintegration_track_is_no_career_guidance()
    {
        const string text = "Zolang het plafond niet is bereikt, houdt de werknemer recht op financiering van activiteiten. Bestedingsmogelijkheden zijn:\n" +
            "– outplacement\n– loopbaanadvisering\n– opleidingen om de kansen op de arbeidsmarkt te vergroten.";
        Assert.False(Has(Classify(text, "Persoonsgebonden traject"), "VWNW.LOOPBAAN"));
    }

    [Fact]
    public void A_career_adviser_as_an_example_of_informal_learning_is_no_career_guidance()
    {
        const string text = "De werknemer werkt aan zijn ontwikkeling door een opleiding te volgen, maar ook door informeel te leren, bijvoorbeeld met een stage " +
            "of een gesprek met een loopbaanadviseur. Hij besteedt hier minimaal 16 uur per jaar aan.";
        Assert.False(Has(Classify(text, "Scholing en ontwikkeling", "Loopbaanontwikkeling"), "VWNW.LOOPBAAN"));
    }

    [Fact]
    public void Agreements_on_moving_to_other_functions_are_career_guidance()
    {
        const string text = "Werkgever en werknemer voeren overleg over de ontwikkeling van de werknemer. Afspraken kunnen gaan over scholing, inzetbaarheid en " +
            "doorstroming naar andere interne of externe functies.";
        Assert.True(Has(Classify(text, "Individuele ontwikkeling"), "VWNW.LOOPBAAN"));
    }

    // --- VWNW.INTERSECTORAAL (rules 1.26.0): the statutory second track of a sick worker. ---

    [Fact]
    public void The_statutory_second_track_of_a_sick_worker_is_no_intersectoral_mobility()
    {
        const string a = "a. De werkgever spant zich in om de zieke werknemer te laten terugkeren in zijn eigen functie. Indien de werkgever aannemelijk maakt dat " +
            "geen andere functie voor de werknemer in aanmerking komt, bevordert de werkgever de plaatsing van de werknemer in passende arbeid bij een andere werkgever.";
        const string c = "c. De werkgever bevestigt een aanbod aan de werknemer tot plaatsing in passende arbeid bij een andere werkgever schriftelijk. " +
            "De werkgever bevordert de re-integratie.";
        Assert.False(Has(Classify(a), "VWNW.INTERSECTORAAL"));
        Assert.False(Has(Classify(c), "VWNW.INTERSECTORAAL"));
    }

    // --- Strength (rules 1.26.0): a principle ("uitgangspunt is dat") and agreements to be made in a local forum or plan are efforts. ---

    [Fact]
    public void A_principle_is_an_effort_but_does_not_outweigh_a_right()
    {
        const string aim = "Uitgangspunt is dat instroom in een uitkering wordt voorkomen door tijdig afspraken te maken over het begeleiden van boventallige " +
            "werknemers naar een andere baan.";
        Assert.Equal(Strength.Inspanning, One(Classify(aim, "Van werk naar werk"), "VWNW.TRAJECT").Strength);
        const string right = "Uitgangspunt is dat de werkgever de kosten van outplacement voor de boventallige werknemer vergoedt.";
        Assert.Equal(Strength.Recht, One(Classify(right, "Van werk naar werk"), "VWNW.TRAJECT").Strength);
    }

    [Fact]
    public void Agreements_to_be_made_in_local_consultation_are_an_effort()
    {
        const string text = "2 In het lokaal overleg worden afspraken gemaakt over het in mindering brengen van de kosten van begeleiding van werk naar werk " +
            "op de transitievergoeding.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Transitievergoeding en transitiekosten"), "VWNW.TRANSITIEVERGOEDING").Strength);
    }

    // --- VWNW.SOCIAAL_PLAN: a plan named only as the exception or as what takes precedence. ---

    [Fact]
    public void A_plan_named_only_as_what_takes_precedence_is_no_social_plan()
    {
        // "Tenzij ... een sociaal plan anders regelt" stays a social plan: judged right in session 14 and wrong in session 18 (JudgedErrorTests14).
        const string text = "Werknemers in het mobiliteitscentrum krijgen begeleiding naar ander werk. Als er in een sociaal plan met de vakbonden meer specifieke " +
            "afspraken over begeleiding zijn gemaakt, gaan deze voor.";
        Assert.False(Has(Classify(text, "Boventalligheid"), "VWNW.SOCIAAL_PLAN"));
    }

    // --- Strength (all categories). ---

    [Fact]
    public void A_long_aside_before_vast_still_sets_a_plan()
    {
        const string text = "Naast het sociaal beleidskader stelt de werkgever, nadat daarover overeenstemming is bereikt met de meerderheid van de betrokken vakbonden, " +
            "in de volgende gevallen een sociaal plan vast:\na bij fusies;\nb bij reorganisaties met gedwongen ontslag van meer dan tien werknemers.";
        Assert.Equal(Strength.Recht, One(Classify(text, "Sociaal plan"), "VWNW.SOCIAAL_PLAN").Strength);
    }

    [Fact]
    public void Carrying_out_a_change_and_a_definition_in_another_sentence_give_no_right()
    {
        const string text = "3 Het lokale overleg zal zich richten op het tot stand brengen van een sociaal plan ter begeleiding van de gevolgen van de reorganisatie. " +
            "Onder gevolgen worden in dit verband verstaan wijzigingen in functie, standplaats en rechtspositie.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Overleg"), "VWNW.SOCIAAL_PLAN").Strength);
        const string policy = "Om een reorganisatie door te voeren, nodigt de werkgever de vakbonden uit voor overleg over een sociaal plan.";
        Assert.NotEqual(Strength.Recht, One(Classify(policy, "Sociaal plan"), "VWNW.SOCIAAL_PLAN").Strength);
    }

    [Fact]
    public void An_effort_split_by_the_pdf_is_still_an_effort()
    {
        const string text = "c. Werkgevers span nen zich in voor outplacement van boventallige werknemers. d. De werkgever is gehouden het promotiebeleid toe te passen.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Reorganisatie"), "VWNW.TRAJECT").Strength);
    }

    // --- Rules 1.26.3 (second batch). ---

    [Theory]
    [InlineData("De startende docent (inclusief zij-instromer) heeft recht op begeleiding door een coach.")]
    [InlineData("Het verdient aanbeveling dat de startende docent en de zij-instromer vooral worden ingezet voor lesgeven.")]
    [InlineData("Met de zij-instromer die de wettelijke bevoegdheid nog niet heeft, wordt een arbeidsovereenkomst voor bepaalde tijd van ten hoogste twee jaar aangegaan.")]
    [InlineData("De arbeidsovereenkomst met de zij-instromer wordt aangegaan onder de ontbindende voorwaarde dat hij binnen twee jaar zijn bevoegdheid haalt.")]
    public void A_lateral_entrant_named_in_a_starters_rule_or_in_contract_terms_is_no_intersectoral_mobility(string text)
    {
        Assert.False(Has(Classify(text, "Startende docenten"), "VWNW.INTERSECTORAAL"));
    }

    [Fact]
    public void A_lateral_entry_scheme_itself_stays()
    {
        const string text = "Werkgevers stimuleren de zij-instroom van werknemers uit andere sectoren met een leerwerktraject en een zij-instroomtoelage.";
        Assert.True(Has(Classify(text, "Zij-instroom"), "VWNW.INTERSECTORAAL"));
    }

    [Fact]
    public void A_checklist_question_about_a_running_reintegration_track_is_no_track()
    {
        const string text = "c. Leidt het lopende re-integratietraject tot een duurzame herplaatsing van ten minste 50% van de restverdiencapaciteit bij de werkgever?";
        Assert.False(Has(Classify(text), "VWNW.TRAJECT"));
    }

    [Fact]
    public void An_intention_in_a_condition_gives_no_right()
    {
        const string text = "1. Indien de werkgever het voornemen heeft een reorganisatie uit te voeren die gevolgen heeft voor tien of meer werknemers, nodigt hij " +
            "de vakbonden tijdig uit voor overleg over een sociaal plan.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Overleg"), "VWNW.SOCIAAL_PLAN").Strength);
    }

    [Fact]
    public void Agreements_that_go_into_a_social_plan_are_an_effort()
    {
        const string text = "De afspraken over de rechtspositie van de werknemers van de fuserende organisaties komen in een sociaal plan te staan.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Fusie"), "VWNW.SOCIAAL_PLAN").Strength);
    }

    [Fact]
    public void An_employer_that_may_possibly_qualify_for_a_subsidy_is_an_effort()
    {
        const string text = "5 b. De werkgever kan mogelijk in aanmerking komen voor een tegemoetkoming van 50% van de kosten tot € 2.000 bij inschakeling van een " +
            "re-integratiebedrijf voor het tweede spoor.";
        Assert.Equal(Strength.Inspanning, One(Classify(text, "Re-integratie"), "VWNW.TRAJECT").Strength);
    }

    [Fact]
    public void A_long_purpose_clause_does_not_make_a_wage_supplement_an_effort()
    {
        const string text = "Om herplaatsing in een andere functie die de werknemer nog wel kan uitoefenen, dan wel herplaatsing in zijn oude functie voor minder " +
            "uren te bevorderen, kent de cao een tijdelijke loonaanvulling. Deze aanvulling wordt alleen uitgekeerd als de herplaatsing definitief is.";
        Assert.Equal(Strength.Recht, One(Classify(text, "Gedeeltelijk arbeidsongeschikt"), "VWNW.INTERN").Strength);
    }

    // --- Rules 1.26.4: points of attention for a plan are suggestions (an effort), not a right or a pointer. ---

    [Fact]
    public void Points_of_attention_for_a_social_plan_are_an_effort()
    {
        const string text = "5. Faciliteiten voor ander werk. Het sollicitatieverlof op grond van de cao kan worden uitgebreid. Soms helpt steun bij omscholing.";
        var labels = Classify(text, "B. Aandachtspunten voor bijzondere regelingen", "Aandachtspunten voor een sociaal plan");
        Assert.Equal(Strength.Inspanning, One(labels, "VWNW.SOCIAAL_PLAN").Strength);
    }
}
