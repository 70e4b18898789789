using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.07.x (session 29, issue 11 item 8, helper vwnw29): cao-level cells of the VWNW categories the readers found and
/// by_cao.csv missed, by kind of wording. In our own words (never real cao text).
/// </summary>
public class VwnwTests29
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>A yearly talk in which the worker brings up his wishes for his further development with a view to his work,
    /// function and career is a periodic career conversation (VWNW.LOOPBAAN 2.07.0, trigger development-wishes-in-talk; the talk
    /// may be named in the sentence before). Wishes for a holiday or a talk without the career are not.</summary>
    [Fact]
    public void A_talk_about_development_wishes_with_a_view_to_the_career_is_career_guidance()
    {
        Assert.True(Has(Classify("Een keer per jaar houdt de leidinggevende met de medewerker een voortgangsgesprek. Daarin geeft de medewerker aan welke wensen hij heeft voor zijn verdere ontwikkeling, met het oog op zijn werk, zijn functie en zijn loopbaan.", "Voortgangsgesprek", null), "VWNW.LOOPBAAN"));
        Assert.True(Has(Classify("Jaarlijks bespreek je met je leidinggevende wat je wensen zijn voor je verdere ontwikkeling, gelet op je functie en loopbaan.", null, null), "VWNW.LOOPBAAN"));
        Assert.False(Has(Classify("De werknemer geeft uiterlijk in maart aan welke wensen hij heeft voor zijn vakantie; de werkgever houdt rekening met zijn loopbaan in het bedrijf.", null, null), "VWNW.LOOPBAAN"));
    }

    /// <summary>When jobs are cut, the employer offers replacement work within the company or group, or looks for other suitable
    /// work in the company when a schedule does not suit the worker: internal mobility (VWNW.INTERN 2.07.0, trigger
    /// seeks-or-offers-other-work-in-the-company). Training aimed at another function in the company is not.</summary>
    [Fact]
    public void Replacement_work_offered_or_sought_in_the_company_is_internal_mobility()
    {
        Assert.True(Has(Classify("Vervallen er arbeidsplaatsen? Dan biedt de werkgever zo veel als mogelijk vervangende werkzaamheden aan binnen het bedrijf of de groep.", "Vervallen van arbeidsplaatsen", null), "VWNW.INTERN"));
        Assert.True(Has(Classify("Is het rooster volgens de bedrijfsarts niet geschikt voor de medewerker? Dan zoekt de werkgever samen met hem naar andere passende werkzaamheden in het bedrijf.", null, null), "VWNW.INTERN"));
        Assert.False(Has(Classify("De studie moet gericht zijn op de eigen functie of op een andere functie in het bedrijf.", null, null), "VWNW.INTERN"));
    }

    /// <summary>A list of topics the employer and the unions attend to at a closure or reorganisation that includes the provisions
    /// to prevent or soften the adverse consequences for the workers arranges those provisions: the topic-list mention cue gives
    /// way (mention cue topic-list, unless; VWNW.SOCIAAL_PLAN limits-adverse-consequences). A plain topic list still drops its items.</summary>
    [Fact]
    public void A_topic_list_that_holds_the_provisions_against_adverse_consequences_counts()
    {
        Assert.True(Has(Classify("4. Zodra het nodig is, besteedt de werkgever samen met de vakbonden aandacht aan de volgende onderwerpen:\n- wanneer de ondernemingsraad wordt ingelicht;\n- wanneer en hoe het personeel wordt ingelicht;\n- in hoeverre voorzieningen getroffen kunnen worden om de nadelige gevolgen voor de werknemers zo veel mogelijk te voorkomen of te verminderen.", "Fusie en reorganisatie", null), "VWNW.SOCIAAL_PLAN"));
        Assert.False(Has(Classify("In het werkoverleg komen de volgende onderwerpen aan bod:\n- de werkdruk;\n- de roosters;\n- een sociaal plan dat elders in de sector is gesloten.", null, null), "VWNW.SOCIAAL_PLAN"));
    }
}
