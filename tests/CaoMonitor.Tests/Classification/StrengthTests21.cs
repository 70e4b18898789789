using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.40.0 (session 21, issue 11, helper prec21b, first batch): strengths of VWNW and LLO.ONTWIKKELGESPREK labels judged
/// wrong in the 2024 census and samples and in the 2022 census, by the role of the wording. A duty to negotiate or consult about
/// a sociaal plan (whether one comes, what goes in it) is an effort (rules 1.20.0); a development talk with a set frequency, or a
/// development plan that "wordt opgesteld", is a duty even beside effort words ("ondersteunt"); "bij voorkeur" in the gelegenheid
/// gesteld is a preference, "met voorrang solliciteren" a right; "de werkgever kan de werknemer ... opdragen / herplaatsen" is the
/// employer's discretion, not the worker's possibility. In our own words (never real cao text); each case had the other strength
/// under rules 1.29.4.
/// </summary>
public class StrengthTests21
{
    static Label One(string code, string text, string? title = null, string? parent = null) =>
        Assert.Single(Classify(text, title, parent), l => l.Code == code);

    /// <summary>Agreeing with the unions whether a sociaal plan is drawn up is an effort (sociaal-plan-negotiated), not the
    /// "wordt ... opgesteld" of a right.</summary>
    [Fact]
    public void Agreeing_whether_a_sociaal_plan_comes_is_an_effort()
    {
        var label = One("VWNW.SOCIAAL_PLAN", "Heeft een reorganisatie ingrijpende gevolgen voor de medewerkers, dan wordt met de vakbonden in het georganiseerd overleg afgesproken of aanvullend een sociaal plan wordt opgesteld.", "Sociaal plan");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>A duty to inform the unions "met als doel overleg te voeren over een sociaal plan" is a duty to consult
    /// (rules 1.20.0: inspanning), although the sentence says "verplicht".</summary>
    [Fact]
    public void A_duty_to_inform_the_unions_to_consult_on_a_sociaal_plan_is_an_effort()
    {
        var label = One("VWNW.SOCIAAL_PLAN", "Voordat hij een reorganisatieplan uitvoert, is de werkgever verplicht de vakorganisaties tijdig te informeren met als doel overleg te voeren over een sociaal plan.", "Reorganisatie");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>"Afspraken over de rechten ... worden ... vastgelegd in een sociaal plan" (rules 1.20.0) beats "wordt aangeboden"
    /// in the same sentence.</summary>
    [Fact]
    public void Rights_to_be_laid_down_in_a_sociaal_plan_are_an_effort()
    {
        var label = One("VWNW.SOCIAAL_PLAN", "Afspraken over de rechten van de medewerkers van de stichtingen die samengaan worden na het fusieoverleg vastgelegd in een sociaal plan dat wordt aangeboden aan de ondernemingsraad.", "Fusie");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>Boundary kept: the firm duty to draw up a sociaal plan with its provisions stays a right (most readers judged it
    /// so; the cue does not read "zal ... een sociaal plan opstellen").</summary>
    [Fact]
    public void A_firm_duty_to_draw_up_a_sociaal_plan_stays_a_right()
    {
        var label = One("VWNW.SOCIAAL_PLAN", "Als de plannen gevolgen hebben voor het personeel, zal de werkgever in overleg met de vakbonden een sociaal plan opstellen met de voorzieningen voor de betrokken medewerkers.", "Sociaal plan");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>"heeft minimaal één keer per jaar een ontwikkelgesprek" is a duty (periodic-talk), even beside "ondersteunt".</summary>
    [Fact]
    public void A_yearly_development_talk_is_a_duty_beside_support()
    {
        var label = One("LLO.ONTWIKKELGESPREK", "De leidinggevende ondersteunt de medewerker bij zijn ontwikkeling en heeft minimaal één keer per jaar een ontwikkelgesprek met hem.", "Ontwikkeling");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>"bespreekt ... ten minste één keer per jaar" across an "en/of" list of talks is a duty, beside "ondersteunt".</summary>
    [Fact]
    public void Discussing_development_at_least_yearly_is_a_duty()
    {
        var label = One("LLO.ONTWIKKELGESPREK", "De werkgever ondersteunt de medewerker en bespreekt in het jaargesprek en/of het loopbaangesprek ten minste één keer per jaar zijn opleiding en ontwikkeling.", "Ontwikkelgesprekken");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>A personal development plan that "wordt ... opgesteld" is a duty; that both may agree to skip it (next sentence,
    /// "kunnen ... afspreken") does not make it an effort.</summary>
    [Fact]
    public void A_plan_that_is_drawn_up_is_a_duty_despite_a_mutual_opt_out()
    {
        var label = One("LLO.ONTWIKKELGESPREK", "Om het gesprek over leren richting te geven, wordt door de medewerker, met hulp van zijn leidinggevende, een persoonlijk ontwikkelplan opgesteld. Werkgever en medewerker kunnen samen afspreken dat er geen plan nodig is.", "Persoonlijk ontwikkelplan");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>Boundary kept: "gaan ... met elkaar in gesprek" without a frequency stays an effort.</summary>
    [Fact]
    public void A_talk_without_a_frequency_stays_an_effort()
    {
        var label = One("LLO.ONTWIKKELGESPREK", "Met het oog op een lange loopbaan gaan werkgever en werknemer met elkaar in gesprek over ontwikkeling en de behoefte aan scholing.", "Inzetbaarheid");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>"bij voorkeur in de gelegenheid gesteld" to apply for vacancies is a preference (by-preference), not a right.</summary>
    [Fact]
    public void Internal_applicants_by_preference_is_an_effort()
    {
        var label = One("VWNW.INTERN", "Ontstaan er vacatures, dan worden de eigen medewerkers bij voorkeur in de gelegenheid gesteld om daarop te solliciteren.", "Vacatures");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>"kunnen ... met voorrang solliciteren" is a priority right (with-priority), not a mere possibility.</summary>
    [Fact]
    public void Applying_with_priority_is_a_right()
    {
        var label = One("VWNW.INTERN", "Tot een jaar na het einde van het dienstverband kunnen oud-medewerkers met voorrang solliciteren op passende vacatures bij de werkgever. Dit wordt vastgelegd in de beëindigingsovereenkomst.", "Vacatures bij de oude werkgever");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>"De werkgever kan de werknemer ... een andere functie opdragen": the employer's discretion (employer-may-place),
    /// not the worker's "kan".</summary>
    [Fact]
    public void The_employer_may_assign_another_job_is_an_effort()
    {
        var label = One("VWNW.INTERN", "De werkgever kan de werknemer die door ziekte zijn eigen werk niet meer kan doen een andere passende functie binnen het bedrijf opdragen.", "Andere functie bij ziekte");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>"zodat de werkgever medewerkers mogelijk kan herplaatsen": the employer's possibility, no right.</summary>
    [Fact]
    public void The_employer_possibly_redeploying_is_an_effort()
    {
        var label = One("VWNW.INTERN", "In het plan staat welke functies vervallen en welke functies uitwisselbaar zijn, zodat de werkgever medewerkers mogelijk kan herplaatsen in passende functies binnen de organisatie.", "Reorganisatieplan");
        Assert.Equal(Strength.Inspanning, label.Strength);
    }

    /// <summary>Rules 1.41.3: "bespreekt periodiek" (the verb first) is a duty too, beside "ondersteunt".</summary>
    [Fact]
    public void Discussing_careers_periodically_is_a_duty()
    {
        var label = One("VWNW.LOOPBAAN", "De werkgever ondersteunt de werknemer en de leidinggevende bespreekt periodiek met hem de loopbaanmogelijkheden en de loopbaanbegeleiding die hij nodig heeft.", "Loopbaan");
        Assert.Equal(Strength.Recht, label.Strength);
    }

    /// <summary>Rules 1.41.3: "ten minste eenmaal per jaar een jaargesprek" (a frequency before the talk, whatever the verb) is a
    /// duty, beside "stimuleert".</summary>
    [Fact]
    public void A_talk_at_least_once_a_year_is_a_duty()
    {
        var label = One("LLO.ONTWIKKELGESPREK", "Met iedere werknemer zal ten minste eenmaal per jaar een jaargesprek worden gehouden, waarin de werkgever zijn ontwikkeling stimuleert en een ontwikkelplan wordt besproken.", "Jaargesprek");
        Assert.Equal(Strength.Recht, label.Strength);
    }
}
