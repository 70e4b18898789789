using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.10 (engine 7): general classes from all judged real samples (seeds up to 20249), written in our own words.
/// Each wrong case has a right case beside it, so a rule that simply drops the category fails.
/// </summary>
public class JudgedErrorTests7
{
    // --- The arrangement frame: a category word with nothing in the clause that arranges anything (no right, duty,
    // possibility, effort or reference) and no title naming the subject is a mention. ---

    [Theory]
    [InlineData("Leerbedrijf: de onderneming die is aangesloten bij het fonds voor de sector en leerlingen opleidt.", "Beperkingen", "LLO.FONDS")]
    [InlineData("6. Kosten van een cursus Nederlands voor anderstaligen", "Uitruil van arbeidsvoorwaarden", "LLO.STUDIEKOSTEN")]
    [InlineData("c. Welke mogelijke alternatieven voor herplaatsing binnen het bedrijf zijn er nog?", "Vragenlijst bij een langdurig zieke", "VWNW.INTERN")]
    [InlineData("8. De gevolgen van het opstellen van een sociaal plan voor de dienstroosters.", "Onderwerpen van overleg", "VWNW.SOCIAAL_PLAN")]
    public void A_category_word_without_any_arrangement_or_naming_title_is_a_mention(string text, string title, string code)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == code);
    }

    [Theory]
    [InlineData("De werkgever vergoedt de kosten van een cursus Nederlands voor anderstaligen.", "Uitruil van arbeidsvoorwaarden", "LLO.STUDIEKOSTEN")]
    [InlineData("Als herplaatsing in de eigen functie niet lukt, zoekt de werkgever een andere passende functie binnen het bedrijf.", "Herplaatsing", "VWNW.INTERN")]
    [InlineData("De werknemer kan via een proefplaatsing bij een werkgever in een andere sector ervaring opdoen.", "Mobiliteit", "VWNW.INTERSECTORAAL")]
    public void The_same_words_with_an_arrangement_are_still_labelled(string text, string title, string code)
    {
        Assert.Contains(Classify(text, title), l => l.Code == code);
    }

    [Fact]
    public void A_title_that_names_the_subject_still_carries_a_label_without_arrangement_wording()
    {
        // The article is about the plan; the paragraph is its purpose, stated without any right or duty.
        var labels = Classify("Dit plan is bedoeld voor werknemers die boventallig worden: hun begeleiding naar een nieuwe baan binnen of buiten de branche.", "Sociaal plan");
        var l = Assert.Single(labels, x => x.Code == "VWNW.SOCIAAL_PLAN");
        Assert.Contains("strength:unsupported", l.Rules);
    }

    [Fact]
    public void A_named_training_fund_is_itself_the_provision()
    {
        // An O&O-fonds that exists is a standing instrument (a reference to its regulation), even when no verb arranges it.
        Assert.Contains(Classify("Voor de sector bestaat het Opleidings- en Ontwikkelingsfonds Metaal, met een eigen reglement en bestuur.", "Deel B"),
            l => l.Code == "LLO.FONDS");
        // A figure fixes something by itself: a budget of 2% of the loonsom is collective training policy.
        Assert.Contains(Classify("Ontwikkeling van werknemers is van belang. Het budget hiervoor is ten minste 2% van de loonsom.", "Artikel 21"),
            l => l.Code == "LLO.COLLECTIEF");
        // A bare "fonds" in a definition is not.
        Assert.DoesNotContain(Classify("Werkgever: de natuurlijke of rechtspersoon die bij het fonds is aangesloten en leerlingen in dienst heeft.", "Verletkosten"),
            l => l.Code == "LLO.FONDS");
    }

    // --- Arrangement wording the frame relies on: an offset, a budget that moves along, a duty (moet), hours that count, parties that will act. ---

    [Theory]
    [InlineData("Heeft de werknemer een opleiding gevolgd, dan worden de kosten daarvan met zijn instemming tot de helft in mindering gebracht op de transitievergoeding.", "Transitievergoeding", "VWNW.TRANSITIEVERGOEDING", "recht")]
    [InlineData("Wie naar een andere sector overstapt, neemt het resterende saldo van zijn ontwikkelbudget mee.", "Overstap", "LLO.BUDGET", "recht")]
    [InlineData("Gaat de werknemer binnen een jaar na het examen uit dienst, dan moet hij de helft van de opleidingskosten terugbetalen.", "Scholing", "LLO.STUDIEKOSTEN", "recht")]
    [InlineData("Voor een BBL-leerling tellen de uren op de schooldag mee als werktijd.", "Werktijd", "LLO.WERKEND_LEREN", "recht")]
    [InlineData("Cao-partijen zullen in het komende jaar een raamsociaal plan met begeleiding naar ander werk opstellen.", "Protocol", "VWNW.SOCIAAL_PLAN", "inspanning")]
    public void Arrangement_wording_gives_the_strength(string text, string title, string code, string strength)
    {
        var l = Assert.Single(Classify(text, title), x => x.Code == code);
        Assert.Equal(strength, l.Strength.ToString().ToLowerInvariant());
    }

    // --- Budgets and duurzame inzetbaarheid: the arrangement must be in the sentence with the budget word. ---

    [Theory]
    [InlineData("Het formulier vermeldt naam, afdeling en het gekozen doel van het loopbaanbudget. De werkgever stuurt een kopie aan de werknemer.", "Aanvraag", "LLO.BUDGET")]
    [InlineData("In dit hoofdstuk staan afspraken over werktijden, vakantie en het levensfasebudget. De werkgever kan in overleg een rooster vaststellen.", "Arbeidsduur", "LLO.DUURZAME_INZETBAARHEID")]
    public void A_budget_word_in_a_sentence_that_arranges_nothing_is_a_mention(string text, string title, string code)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == code);
    }

    [Theory]
    [InlineData("Iedere werknemer heeft recht op een loopbaanbudget van € 1.000 per drie jaar.", "Aanvraag", "LLO.BUDGET")]
    [InlineData("De werknemer kan zijn duurzame-inzetbaarheidsbudget besteden aan een opleiding of aan loopbaanbegeleiding.", "Arbeidsduur", "LLO.DUURZAME_INZETBAARHEID")]
    public void A_budget_arranged_in_its_own_sentence_is_still_found(string text, string title, string code)
    {
        Assert.Contains(Classify(text, title), l => l.Code == code);
    }

    // --- Experience and examples from other sectors are no move to another sector. ---

    [Theory]
    [InlineData("Bij de ontwikkeling van de scan sluiten partijen aan bij bestaande instrumenten en gebruiken zij de ervaringen in andere sectoren.", "Vitaliteitsscan")]
    [InlineData("Als nieuwkomers gelden werknemers die relevante beroepservaring hebben opgedaan in een andere sector.", "Bijzondere groepen")]
    public void Experience_from_other_sectors_is_not_sector_mobility(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Fact]
    public void A_work_trial_in_another_sector_is_still_sector_mobility()
    {
        Assert.Contains(Classify("De boventallige werknemer kan een proefplaatsing van twee maanden vervullen in een andere sector om ervaring op te doen.", "Mobiliteit"),
            l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- Career development named as the purpose of a budget or a study is no career guidance. ---

    [Theory]
    [InlineData("Als de opleiding bijdraagt aan de loopbaanontwikkeling van de werknemer en zijn toekomst op de arbeidsmarkt, vergoedt de werkgever de helft van het lesgeld.", "Studiefaciliteiten")]
    [InlineData("Het persoonlijk budget wordt ingezet ten behoeve van de loopbaanontwikkeling van de werknemer en zijn toekomst, en kan worden gebruikt voor een cursus.", "Persoonlijk budget")]
    public void Career_development_as_a_purpose_is_not_career_guidance(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void Career_guidance_itself_is_still_found()
    {
        Assert.Contains(Classify("Iedere werknemer heeft eens per drie jaar recht op een gesprek met een loopbaanadviseur over zijn loopbaanontwikkeling.", "Loopbaan"),
            l => l.Code == "VWNW.LOOPBAAN");
    }

    // --- An overview of articles and a lone lead-in state nothing themselves. ---

    [Fact]
    public void An_overview_of_articles_is_no_budget()
    {
        var text = "De volgende artikelen vragen om instemming van de personeelsvertegenwoordiging:\n• Artikel 4: inkrimping van het personeel.\n• Artikel 31 lid 5: jaarlijks overzicht omvang en besteding opleidingsbudget.\n• Artikel 38: collectieve vrije dagen.";
        Assert.DoesNotContain(Classify(text, "Medezeggenschap"), l => l.Code == "LLO.BUDGET");
    }

    [Fact]
    public void A_lone_lead_in_announces_provisions_that_are_elsewhere()
    {
        Assert.Empty(Classify("Wie in dienst komt voor een BBL-opleiding, voor hem gelden de volgende afspraken:", "BBL Beroepsbegeleidende leerweg"));
        Assert.Contains(Classify("Wie in dienst komt voor een BBL-opleiding, voor hem gelden de volgende afspraken:\na. de werkgever betaalt het lesgeld;\nb. de schooldag telt als werktijd.", "BBL Beroepsbegeleidende leerweg"),
            l => l.Code == "LLO.WERKEND_LEREN");
    }

    // --- Rules 1.10.1. A career adviser's costs under an EVC chapter are career guidance, not EVC: the chapter title
    // gives way to text evidence of VWNW.LOOPBAAN, and "erkend" before a bureau or adviser is no recognition. ---

    [Theory]
    [InlineData("De werkgever vergoedt de kosten van een gesprek bij een erkend loopbaanadviesbureau.")]
    [InlineData("b. begeleidingskosten van een erkende loopbaanadviseur;")]
    public void A_career_advisers_costs_under_an_evc_chapter_are_not_evc(string text)
    {
        Assert.DoesNotContain(Classify(text, "Vergoedingen", "EVC"), l => l.Code == "LLO.EVC");
    }

    [Fact]
    public void Evc_itself_under_the_same_chapter_is_still_found()
    {
        Assert.Contains(Classify("De werkgever vergoedt de kosten van een ervaringscertificaat.", "Vergoedingen", "EVC"), l => l.Code == "LLO.EVC");
        Assert.Contains(Classify("De werknemer heeft eens per vijf jaar recht op een EVC-procedure bij een erkend EVC-centrum.", "EVC"), l => l.Code == "LLO.EVC");
    }

    // --- A salary rule whose title names a change of function is no internal mobility; nor, since rules 1.13/1.14 (the definition:
    // "de loon- of reiskostengevolgen van een herplaatsing ... zijn geen interne mobiliteit"; judged wrong in session 11), is pay after
    // redeployment in an article about salary. Redeployment itself in a salary article's sentence without the pay title still counts. ---

    [Fact]
    public void A_salary_rule_on_a_change_of_function_is_not_internal_mobility()
    {
        Assert.DoesNotContain(Classify("Het salaris van de werknemer die in een functie met een hogere schaal wordt benoemd, wordt vastgesteld op het naasthogere bedrag in die schaal.",
            "Vaststelling salaris bij functiewisseling", "Salaris"), l => l.Code == "VWNW.INTERN");
        Assert.DoesNotContain(Classify("Bij herplaatsing in een lager ingedeelde functie behoudt de werknemer gedurende twee jaar zijn salaris.", "Salaris na herplaatsing"),
            l => l.Code == "VWNW.INTERN");
        Assert.Contains(Classify("Bij herplaatsing in een lager ingedeelde functie behoudt de werknemer gedurende twee jaar zijn salaris.", "Herplaatsing"),
            l => l.Code == "VWNW.INTERN");
    }

    // --- Reporting to the unions and registering a plan with the ministry arrange nothing on the plan itself. ---

    [Theory]
    [InlineData("De commissie brengt elk half jaar verslag uit aan de werkgever. Indien een sociaal plan geldt, wordt het verslag ook aan de vakbonden toegezonden.", "Adviescommissie")]
    [InlineData("De werkgever kan met de bonden afspreken een sociaal plan aan te melden bij het ministerie van SZW.", "Status van deze cao")]
    public void Reporting_and_registering_are_no_social_plan(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    [Fact]
    public void A_social_plan_with_guidance_is_still_found()
    {
        Assert.Contains(Classify("Bij een reorganisatie stelt de werkgever een sociaal plan op met begeleiding van werk naar werk.", "Reorganisatie"),
            l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    // --- A job classification system lists education levels; that is a near miss. ---

    [Fact]
    public void Education_levels_in_a_job_classification_system_are_no_work_based_learning()
    {
        Assert.Empty(Classify("Niveau 2: een afgeronde opleiding op mbo-niveau 2, bijvoorbeeld via de BBL, of een vergelijkbaar niveau.", "Kennis en ervaring", "Functieclassificatiesysteem"));
        Assert.Contains(Classify("De werkgever biedt jaarlijks vijf leerbanen aan voor de BBL op mbo-niveau 2.", "Leerbanen"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    // --- Rules 1.10.2. Scope articles of the cao and definition titles ("Onder ... wordt verstaan:") arrange nothing;
    // the scope of a sociaal plan is still that plan. ---

    [Theory]
    [InlineData("Deze cao geldt ook voor uitzendbureaus en voor paritaire arbeidspools die werknemers ter beschikking stellen aan werkgevers in de sector.", "Uitzendbureaus", "Voor wie geldt de cao?", "VWNW.INTERSECTORAAL")]
    [InlineData("Werkgevers met een eigen regeling kunnen ontheffing vragen. De cao kent onder meer een loopbaanbudget en een regeling voor ouderen; een eigen regeling moet minstens even gunstig zijn.", "Besluiten over toepasselijkheid of ontheffing van de cao", null, "LLO.BUDGET")]
    [InlineData("g. detachering (het uitlenen van werknemers);", "Onder dienstverlening wordt verstaan:", null, "VWNW.INTERSECTORAAL")]
    public void Scope_and_definition_titles_carry_no_provision(string text, string title, string? parent, string code)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == code);
    }

    [Fact]
    public void The_scope_of_a_social_plan_is_still_that_plan()
    {
        Assert.Contains(Classify("Dit sociaal plan is van toepassing op alle werknemers met een arbeidsovereenkomst voor onbepaalde tijd.", "Werkingssfeer sociaal plan"),
            l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    // --- The organisation's development goals are no individual development talk; a personal professionalisation plan is one. ---

    [Fact]
    public void Organisation_goals_are_not_a_development_talk_but_a_personal_plan_is()
    {
        Assert.DoesNotContain(Classify("De werkgever stelt elk jaar de ontwikkelingsdoelen van de organisatie vast in overleg met de ondernemingsraad.", "Strategisch beleid"),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.Contains(Classify("In het persoonlijk professionaliseringsplan legt de werknemer met zijn leidinggevende vast welke activiteiten hij de komende drie jaar volgt.", "Professionalisering"),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
    }
}
