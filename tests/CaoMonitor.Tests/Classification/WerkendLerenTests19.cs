using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.25.0 and engine 21 (session 19, issue 11, helper prec19a): LLO.WERKEND_LEREN judged wrong in seeds 20277-20281 on the
/// next section's headings glued to the end of a clause ("2. Subsidies" then "2.a. ... (BBL)"; "2.g. Pilot leerwerkplekken"), and an
/// intention to look at possibilities read as a right. In our own words.
/// </summary>
public class WerkendLerenTests19
{
    /// <summary>Engine 21: a numbered heading above a lettered sub-heading after a finished sentence opens the next section.</summary>
    [Fact]
    public void A_numbered_heading_run_at_the_end_is_masked()
    {
        Assert.DoesNotContain(Classify("q. het ondersteunen en financieren van de regeling voor zwaar werk, waarbij een uitkering wordt gedaan aan werknemers die kort voor hun AOW-leeftijd stoppen met werken.\n 3. Bijdragen\n\n3.b. Leeftijdsbijdragen en diplomapremies Beroepsbegeleidende Leerweg (BBL)", "1. Bijdragen*", "Vergoedingen"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>Engine 21: "2.h. Proef leerwerkplekken" after a finished sentence is the next section's heading, as "2. Title" was.</summary>
    [Fact]
    public void A_lettered_sub_heading_at_the_end_is_masked()
    {
        Assert.DoesNotContain(Classify("- Het bestuur kan nadere eisen stellen aan de inhoud van de opleidingen;\n- Een werkgever kan per jaar nooit meer bijdrage ontvangen dan de premie die hij in het jaar ervoor betaalde.\nDe administratie betaalt uit nadat de aanvraag is goedgekeurd.\n\n2.h. Proef leerwerkplekken", "Voorwaarden", "Opleidingsreglement"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>"kijken naar de mogelijkheden" is an effort, like onderzoeken (strength cue onderzoek).</summary>
    [Fact]
    public void Looking_at_possibilities_is_an_effort()
    {
        Assert.Equal(Strength.Inspanning, Assert.Single(Classify("3. Praktijkopleider\nHet moet aantrekkelijker worden om praktijkopleider te zijn bij een leerbedrijf. Partijen spreken af te kijken naar de mogelijkheden om de positie van de praktijkopleiders bij leerbedrijven te versterken.", "Praktijkopleider", "Protocollen"), l => l.Code == "LLO.WERKEND_LEREN").Strength);
    }
}
