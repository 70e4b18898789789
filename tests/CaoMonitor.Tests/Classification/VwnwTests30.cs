using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.11.x (session 30, issue 11 item 8, helper vwnw30): cao-level cells of the VWNW categories the readers found and
/// by_cao.csv missed, by kind of wording. In our own words (never real cao text).
/// </summary>
public class VwnwTests30
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>The employer consults the unions at a reorganisation so that measures are taken that soften the negative
    /// (employment) effects: the rules 1.20.0/2.06.1 duty (VWNW.SOCIAAL_PLAN 2.11.0, consult-unions-on-measures-against-effects).
    /// Talks with the unions about the economy, with no measures against effects, are not.</summary>
    [Fact]
    public void Consulting_the_unions_on_measures_that_soften_negative_effects_counts()
    {
        Assert.True(Has(Classify("Bij een sluiting of een inkrimping van de onderneming voert de werkgever tijdig overleg met de vakbonden. Het doel van dat overleg is samen maatregelen te nemen die de negatieve personeelseffecten beperken.", "Overleg bij reorganisatie", null), "VWNW.SOCIAAL_PLAN"));
        Assert.False(Has(Classify("De werkgever voert twee keer per jaar overleg met de vakbonden over de economische ontwikkelingen in de branche.", "Overleg", null), "VWNW.SOCIAAL_PLAN"));
    }

    /// <summary>When the sick worker cannot come back in the own company, the employer helps him (through a re-integration
    /// firm) to find suitable work elsewhere: the second track (VWNW.TRAJECT 2.11.0, help-find-suitable-work-elsewhere).</summary>
    [Fact]
    public void Helping_a_sick_worker_find_suitable_work_elsewhere_is_a_track()
    {
        Assert.True(Has(Classify("Lukt terugkeer in het eigen bedrijf niet, dan moet de werkgever de werknemer met inschakeling van een re-integratiebureau helpen om passend werk elders te vinden.", "Re-integratie", null), "VWNW.TRAJECT"));
        Assert.False(Has(Classify("De werknemer mag elders geen betaald werk verrichten zonder toestemming van de werkgever.", "Nevenwerkzaamheden", null), "VWNW.TRAJECT"));
    }

    /// <summary>A worker whose contract the employer ends gets time off with pay to apply for jobs, in an article of its own
    /// (VWNW.TRAJECT rules 1.15, begeleidingsplan 2.11.0); the same words in a list of leave occasions stay leave.</summary>
    [Fact]
    public void Paid_time_off_to_apply_after_notice_is_a_track_outside_a_leave_list()
    {
        Assert.True(Has(Classify("Zegt de werkgever de arbeidsovereenkomst op, dan krijgt de werknemer vrij met behoud van salaris om te solliciteren.", "Sollicitaties", null), "VWNW.TRAJECT"));
        Assert.False(Has(Classify("De werknemer krijgt vrij met behoud van loon: a. bij zijn huwelijk twee dagen; b. bij verhuizing een dag; c. om te solliciteren na opzegging de benodigde tijd.", "Bijzonder verlof", null), "VWNW.TRAJECT"));
    }

    /// <summary>Training aimed at the worker's employability outside the own organisation or sector is moving to other
    /// employers (VWNW.INTERSECTORAAL 2.11.0, training-for-employability-outside); 'in of buiten' goes both ways.</summary>
    [Fact]
    public void Training_for_employability_outside_the_organisation_is_intersectoral()
    {
        Assert.True(Has(Classify("Ook voor een opleiding die gericht is op inzetbaarheid buiten de eigen organisatie of sector betaalt het fonds een bijdrage van ten hoogste 1.000 euro per jaar.", "Bijdrage scholing", null), "VWNW.INTERSECTORAAL"));
        Assert.False(Has(Classify("De werkgever betaalt de opleiding die van belang is voor de inzetbaarheid in of buiten het bedrijf.", "Scholing", null), "VWNW.INTERSECTORAAL"));
    }

    /// <summary>A talk with the employer that looks at the worker's perspective within the company is a career conversation
    /// (VWNW.LOOPBAAN 2.11.0, talk-on-perspective-in-company). A perspective without a talk is not.</summary>
    [Fact]
    public void A_talk_on_the_perspective_within_the_company_is_career_guidance()
    {
        Assert.True(Has(Classify("Na het behalen van zijn diploma heeft de werknemer recht op een gesprek met de werkgever om te bespreken wat zijn perspectief is binnen het bedrijf.", "Diploma", null), "VWNW.LOOPBAAN"));
        Assert.False(Has(Classify("De sector biedt jongeren een goed perspectief in de regio.", null, null), "VWNW.LOOPBAAN"));
    }
}
