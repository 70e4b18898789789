using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.08.x (session 29, helper llo29, issue 11 item 8): wording classes behind cao-level cells of the LLO categories that
/// the readers found and by_cao.csv missed. In our own words (never real cao text); every positive case had no label of its
/// category before 2.08.0.
/// </summary>
public class LloRecallTests29
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>"Doorbetaald verlof" is paid leave like "betaald verlof" (trigger werktijd-weak, rules 2.08.0): in a sentence about
    /// an exam or a course it is time for learning. Paid leave for a birth or a move is not.</summary>
    [Fact]
    public void Continued_pay_leave_for_an_exam_or_course_is_time_for_learning()
    {
        Assert.True(Has(Classify("2. Wie een opleiding volgt die de werkgever heeft goedgekeurd, krijgt voor de voorbereiding op het examen twee dagdelen doorbetaald verlof."), "LLO.TIJD"));
        Assert.True(Has(Classify("De medewerker heeft jaarlijks recht op ten hoogste zes dagdelen doorbetaald verlof om cursussen uit de lijst van het sectorfonds te volgen."), "LLO.TIJD"));
        Assert.False(Has(Classify("De medewerker heeft recht op twee dagen doorbetaald verlof bij de geboorte van een kind of bij verhuizing.", "Bijzonder verlof"), "LLO.TIJD"));
    }

    /// <summary>A talk whose stated topic ("met als onderwerp") is the worker's individual or personal development is a development
    /// talk (trigger talk-topic-development, rules 2.08.0; rules 2.00.1). A talk on another topic is not.</summary>
    [Fact]
    public void Talk_with_the_workers_development_as_its_topic_is_a_development_talk()
    {
        Assert.True(Has(Classify("1. Eens per jaar houden leidinggevende en medewerker een gestructureerd gesprek, met als onderwerp de voortgang van de persoonlijke ontwikkeling van de medewerker.", "Jaargesprekken"), "LLO.ONTWIKKELGESPREK"));
        Assert.False(Has(Classify("1. Eens per jaar houden leidinggevende en medewerker een gesprek, met als onderwerp het rooster en de werkdruk.", "Jaargesprekken"), "LLO.ONTWIKKELGESPREK"));
    }

    /// <summary>Hours or days for development that the worker may also take as their value in money, to spend on development,
    /// are an individual development budget (trigger learning-time-or-its-money, rules 2.08.0), next to time for learning.
    /// Holiday hours paid out in money are not.</summary>
    [Fact]
    public void Learning_hours_or_their_value_in_money_are_an_individual_budget()
    {
        Assert.True(Has(Classify("3. De medewerker mag zijn opleidingsuren of - als de werkgever instemt - de tegenwaarde daarvan in geld gebruiken voor zijn eigen loopbaan."), "LLO.BUDGET"));
        Assert.True(Has(Classify("Je kunt het studieverlof ook in geld laten uitbetalen om er een cursus van te betalen.", "Studieverlof"), "LLO.BUDGET"));
        Assert.True(Has(Classify("Je hebt per jaar recht op twee opleidingsdagen. Deze dagen of het geld gebruik je voor het volgen van een training die bij je werk past."), "LLO.BUDGET"));
        Assert.False(Has(Classify("Vakantie-uren boven het wettelijk minimum kunnen in geld worden uitbetaald.", "Vakantie"), "LLO.BUDGET"));
    }

    /// <summary>A sector training fund known by its own name (Voion, SOOB, OTIB, Zestor) that runs or pays for training, in that
    /// sentence or the one before ("schoolleiders kunnen financiering van een masteropleiding aanvragen. Voion voert deze regeling
    /// uit"), is LLO.FONDS (trigger named-sector-training-fund, rules 2.08.1; rules 1.70.0: a fund that pays for or offers learning).
    /// The name where the fund pays for something else (union leave) is not.</summary>
    [Fact]
    public void Sector_training_fund_known_by_its_name_that_pays_for_training_is_a_fund()
    {
        Assert.True(Has(Classify("Leraren kunnen een beurs aanvragen voor een opleiding tot schoolleider. Voion voert deze beursregeling uit.", "Beurs voor schoolleiders"), "LLO.FONDS"));
        Assert.True(Has(Classify("Moet de chauffeur voor een andere functie worden bijgeschoold, dan maakt de werkgever een plan. SOOB subsidieert de cursussen uit dat plan.", "Passend werk"), "LLO.FONDS"));
        Assert.False(Has(Classify("Werkgevers kunnen voor het doorbetalen van vakbondsverlof een vergoeding aanvragen bij SOOB.", "Vakbondsverlof"), "LLO.FONDS"));
    }
}
