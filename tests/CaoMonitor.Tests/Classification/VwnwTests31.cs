using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.14.x (session 31, issue 11 item 8, helper vwnw31): cao-level cells of the VWNW categories the readers found and
/// by_cao.csv missed, by kind of wording. In our own words (never real cao text).
/// </summary>
public class VwnwTests31
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>A talk that looks at the worker's perspective within the company is career guidance (rules 2.11.0) also where
    /// the layout put it under a function-grouping or pay-table title: the global title blocker `pay-table-title` has an
    /// `unless` for that talk (rules 2.14.0). The rest of such an article (grading, objections) stays blocked.</summary>
    [Fact]
    public void A_talk_on_the_perspective_in_the_company_counts_under_a_function_grouping_title()
    {
        Assert.True(Has(Classify("Heeft de werknemer zijn vakopleiding afgerond, dan heeft hij recht op een gesprek met de werkgever over zijn indeling en om na te gaan wat het perspectief is binnen het bedrijf.", "Functiegroepen", null), "VWNW.LOOPBAAN"));
        Assert.True(Has(Classify("Heeft de werknemer zijn vakopleiding afgerond, dan heeft hij recht op een gesprek met de werkgever over zijn indeling en om na te gaan wat het perspectief is binnen het bedrijf.", null, "Functiegroepen"), "VWNW.LOOPBAAN"));
        Assert.Empty(Classify("De werknemer kan bezwaar maken tegen zijn indeling in een functiegroep; de werkgever bespreekt het bezwaar in een gesprek met hem. Daarna is een loopbaanscan mogelijk.", "Functiegroepen", null));
        Assert.Empty(Classify("De werkgever deelt de werknemer in een functiegroep in en vermeldt die in de arbeidsovereenkomst. Voor een loopbaanadvies verwijzen we naar artikel 40.", "Salarisschalen", null));
    }

    /// <summary>A PDF that splits "loopbaangesprekken" right after its joint ("loopbaang esprekken") still names career talks
    /// (VWNW.LOOPBAAN loopbaan-compound, rules 2.14.0); "loopbaan" with other words after it does not change.</summary>
    [Fact]
    public void Career_talks_split_by_the_pdf_still_count()
    {
        Assert.True(Has(Classify("Uit de bijdrage aan het opleidingsfonds is ook een bedrag beschikbaar voor loopbaang esprekken met werknemers.", "Opleidingsfonds", null), "VWNW.LOOPBAAN"));
        Assert.False(Has(Classify("De pensioenopbouw over de gehele loopbaan gebeurt volgens het middelloonsysteem.", "Pensioen", null), "VWNW.LOOPBAAN"));
    }

    /// <summary>A talk between employer and worker whose focus (in that sentence or the next) is the worker staying employable
    /// on the labour market looks at his future work (VWNW.LOOPBAAN talk-on-staying-employable-on-labour-market, rules 2.14.0).
    /// Without a talk, the same aim (of a training or a budget) is not career guidance.</summary>
    [Fact]
    public void A_talk_aimed_at_staying_employable_on_the_labour_market_is_career_guidance()
    {
        Assert.True(Has(Classify("Elk jaar gaan de leidinggevende en de werknemer met elkaar in gesprek over zijn werk en zijn ontwikkeling. Daarbij staat centraal hoe de werknemer inzetbaar blijft op de arbeidsmarkt.", "Jaargesprek", null), "VWNW.LOOPBAAN"));
        Assert.False(Has(Classify("De werkgever vergoedt een opleiding die ervoor zorgt dat de werknemer inzetbaar blijft op de arbeidsmarkt.", "Scholing", null), "VWNW.LOOPBAAN"));
    }
}
