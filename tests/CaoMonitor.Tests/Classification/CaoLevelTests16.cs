using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.18.0, engine 15 (session 16, issue 11 requirement 8: cao-level agreement): wording classes behind cells the readers'
/// cao-level truth found missed, in our own words (never real cao text), each with counter-cases.
/// </summary>
public class CaoLevelTests16
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- VWNW.TRAJECT: training for another function paid for a worker whose job lapses (reorganisation, redundancy) is a track to
    //     other work, as "omscholing" of a worker at risk already was. The worker at risk must be in the same sentence; the words
    //     "andere functie" of the training itself do not count as the risk. ---

    [Theory]
    [InlineData("Vervalt de functie van een medewerker door een reorganisatie, dan betaalt de werkgever een opleiding voor een andere functie.", "Scholing")]
    [InlineData("De boventallige werknemer kan op kosten van de werkgever een cursus volgen gericht op een nieuwe functie.", "Faciliteiten")]
    // a PDF split inside "andere"
    [InlineData("Als de functie van de werknemer vervalt, vergoedt de werkgever een training voor een ander e functie.", "Opleidingsfaciliteiten")]
    public void Training_for_another_function_when_the_job_lapses_is_a_track_to_other_work(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.TRAJECT");
    }

    [Theory]
    // a worker who trains for another function of his own accord: no risk to the job
    [InlineData("Wie bij zijn werkgever al werkt en een opleiding volgt voor een andere functie, heet in dit artikel een doorstromer.", "Salaris tijdens opleiding")]
    [InlineData("De werkgever vergoedt een opleiding voor een nieuwe functie binnen de afdeling wanneer de leidinggevende daarmee instemt.", "Studiekosten")]
    // the risk is in another sentence
    [InlineData("Bij een reorganisatie wordt de ondernemingsraad gehoord. De werkgever vergoedt een opleiding voor een andere functie als de werknemer dat wil.", "Opleidingen")]
    public void Training_for_another_function_without_a_lapsing_job_is_no_track(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.TRAJECT");
    }

    // --- LLO.BUDGET: an individual budget whose aim the sentence before states as development ("Partijen willen dat werknemers
    //     zich blijven ontwikkelen. De werknemer krijgt daartoe een persoonlijk budget") is a development budget, also where it is
    //     called a DI budget (rules 1.18.0; domain.md: "alleen wanneer ontwikkeling het doel is"). ---

    [Theory]
    [InlineData("Partijen willen dat medewerkers zich blijven ontwikkelen. De medewerker krijgt daartoe elk jaar een persoonlijk budget van € 600.", "Inzetbaarheidsbudget")]
    [InlineData("Het is van belang dat werknemers zich regelmatig bijscholen. Hiertoe kan iedere werknemer per kalenderjaar een individueel budget van € 900 gebruiken.", "Budget")]
    public void An_individual_budget_with_development_as_its_stated_aim_is_a_development_budget(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.BUDGET");
    }

    [Theory]
    // the aim before "daartoe" is vitality, not development
    [InlineData("Partijen willen dat medewerkers gezond hun pensioen halen. De medewerker krijgt daartoe elk jaar een persoonlijk budget van € 600.", "Vitaliteit")]
    // a personal budget for several purposes, no aim stated
    [InlineData("De medewerker ontvangt jaarlijks een persoonlijk budget van € 600, dat hij kan gebruiken voor extra verlof of laten uitbetalen.", "Persoonlijk budget")]
    public void An_individual_budget_without_development_as_its_aim_is_no_development_budget(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.BUDGET");
    }

    // --- VWNW.LOOPBAAN (engine 15, trigger flag stands_alone): a plan or talk aimed at moving on to other work ("gericht op
    //     uitstroom of doorstroom") is career guidance; the wording names the instrument and its aim, so it needs no strength cue. ---

    [Theory]
    [InlineData("3. Het persoonlijk plan is een plan gericht op uitstroom, doorstroom of ontwikkeling van de medewerker.", null)]
    [InlineData("De werkgever voert jaarlijks een gesprek met de werknemer gericht op doorstroom naar ander werk.", "Gesprekken")]
    public void A_plan_aimed_at_moving_on_is_career_guidance(string? text, string? title)
    {
        Assert.Contains(Classify(text!, title), l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void A_plan_aimed_at_moving_on_needs_no_strength_cue()
    {
        var label = Assert.Single(Classify("Het ontwikkelplan is een plan gericht op uitstroom."), l => l.Code == "VWNW.LOOPBAAN");
        // Rules 2.04.0 (session 28): the instrument named with its aim arranges it by itself, so it is a right (strength:stands-alone);
        // the judges of 20311 (n39), 28100 (n81) and strength28 judge-4 (n14) called the former inspanning wrong.
        Assert.Equal(Strength.Recht, label.Strength);
    }

    [Theory]
    // the flow of pupils or of pay steps, no plan or talk aimed at it
    [InlineData("De doorstroom van leerlingen naar het hoger beroepsonderwijs wordt jaarlijks gemeten.", "Onderwijs")]
    [InlineData("Het beleid is gericht op doorstroom binnen de salarisschaal.", "Salaris")]
    // a plan aimed at development only
    [InlineData("Het ontwikkelplan is een plan gericht op ontwikkeling van de medewerker.", null)]
    public void Flow_without_a_plan_aimed_at_it_is_no_career_guidance(string text, string? title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.LOOPBAAN");
    }
}
