using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.12.x (session 30, helper llo30, issue 11 item 8): wording classes behind cao-level cells of the LLO categories that
/// the readers found and by_cao.csv missed. In our own words (never real cao text); every positive case had no label of its
/// category before 2.12.0.
/// </summary>
public class LloRecallTests30
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>A sector body known by its own name (not called "fonds" in the clause) that grants the money for courses: "de cursussen
    /// waar [Naam] een vergoeding voor verstrekt", "de vergoeding bij [Naam] aanvragen", "een bijdrage vanuit het [ACRONIEM]" for
    /// training, or employers who apply for a subsidy for training (trigger named-body-pays-training, rules 2.12.0; rules 1.30.0 and
    /// 1.70.0: a subsidy of the fund for training is LLO.FONDS). The employer's own reimbursement, a benefit from the UWV and a
    /// body that pays for something else are not.</summary>
    [Fact]
    public void Named_sector_body_that_pays_for_courses_is_a_fund()
    {
        Assert.True(Has(Classify("b. De medewerker kiest een cursus uit het aanbod waar Groenwerk Opleidingen een vergoeding voor verstrekt; de werkgever betaalt het cursusgeld en kan de vergoeding bij Groenwerk Opleidingen aanvragen.", "Cursusverlof"), "LLO.FONDS"));
        Assert.True(Has(Classify("Voor een vakopleiding die ook buiten de eigen branche van nut is, krijgt de werkgever een tegemoetkoming in de kosten vanuit het SBT van ten hoogste 1.200 euro per medewerker per jaar.", "Opleidingskosten"), "LLO.FONDS"));
        Assert.True(Has(Classify("2. Op grond van de aparte cao voor de stichting kunnen werkgevers en werknemers een subsidie aanvragen voor het volgen van vakcursussen.", "Arbeidsmarktbeleid"), "LLO.FONDS"));
        Assert.False(Has(Classify("De werknemer kan bij de werkgever een vergoeding aanvragen voor een opleiding die in het belang van het bedrijf is.", "Studiekosten"), "LLO.FONDS"));
        Assert.False(Has(Classify("Tijdens het zorgverlof ontvangt de werknemer een uitkering van het UWV; de werkgever vraagt die uitkering aan.", "Zorgverlof"), "LLO.FONDS"));
        Assert.False(Has(Classify("De werkgever kan de kosten van het vakbondsverlof declareren bij Sectorbureau Groen.", "Vakbondsverlof"), "LLO.FONDS"));
    }

    /// <summary>A training or study scheme of the employer that is agreed with the works council is training policy at the level of the
    /// organisation (trigger works-council-agreed-training-scheme, rules 2.12.0). A scheme that only the employer sets, or the works
    /// council's say on working hours, is not.</summary>
    [Fact]
    public void Training_scheme_agreed_with_the_works_council_is_collective_training_policy()
    {
        Assert.True(Has(Classify("4. De werkgever heeft een opleidingsregeling die met de ondernemingsraad is overeengekomen, zodat medewerkers zich ook buiten hun eigen functie kunnen ontwikkelen."), "LLO.COLLECTIEF"));
        Assert.True(Has(Classify("De ondernemingsraad moet instemmen met de scholingsregeling die de werkgever voor alle afdelingen vaststelt.", "Scholing"), "LLO.COLLECTIEF"));
        Assert.False(Has(Classify("De ondernemingsraad heeft instemmingsrecht bij een wijziging van de werktijdenregeling.", "Werktijden"), "LLO.COLLECTIEF"));
    }
}
