using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.41.0 (session 21, issue 11, helper prec21a, second batch, written as 1.30.1): more labels judged wrong in the 2022 and 2024 censuses, by
/// role: a training fund's statutes (a board made up of both sides, changing the statutes, winding the fund up), definitions in a
/// stage or learner regulation (who counts as a stagiair, what a stage aims at), a definition item that points to
/// the article of the regulation, the form and paperwork of a development budget, and a
/// course that expressly does not count as working time. In our own words (never real cao text); each negative case was labelled by
/// rules 1.30.0, each positive case keeps its label.
/// </summary>
public class DefinitionsAndStatutesTests21
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>The fund's board and the rules for changing its statutes or winding it up (off-topic fund-governance).</summary>
    [Theory]
    [InlineData("Het bestuur van het Opleidingsfonds Groenvoorziening is paritair samengesteld uit leden van de werkgeversorganisatie en de vakbonden.")]
    [InlineData("3. Een besluit tot wijziging van de statuten van het Opleidingsfonds Groenvoorziening vergt twee derde van de stemmen van alle bestuursleden.")]
    [InlineData("5. Ontbinding van het O&O-fonds kan alleen na afloop van de algemeen verbindend verklaring van de cao. Het O&O-fonds wordt ook ontbonden als zijn doel is bereikt.")]
    public void The_statutes_on_the_board_and_winding_up_are_no_fund_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Bestuur", "Statuten Stichting Opleidingsfonds Groenvoorziening"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>Who counts as a stagiair and what a stage aims at: definitions (off-topic definition-of-terms).</summary>
    [Theory]
    [InlineData("1. Werkingssfeer\nAls stagiair, op wie deze stageregeling van toepassing is, wordt beschouwd de persoon die een opleiding volgt aan een roc of hogeschool en die in het kader van die opleiding een periode van praktisch werken doorbrengt in de sector.", "Stageregeling")]
    [InlineData("2. Een stage heeft tot doel het onder begeleiding opdoen van relevante ervaring binnen een stagebedrijf. De stage heeft een opleidend en voorbereidend karakter.", "Stage en beroepspraktijkvorming")]
    public void Definitions_in_a_learner_regulation_are_no_werkend_leren(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>An employer that offers bbl places keeps its werkend-leren label.</summary>
    [Fact]
    public void Offering_bbl_places_stays_werkend_leren()
    {
        Assert.Contains(Classify("De werkgever biedt ieder jaar ten minste twee bbl-plaatsen aan voor leerlingen die de opleiding tot monteur volgen.", "Leerlingen"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>A definition item that only points to the regulation's article on study costs (off-topic definition-item).</summary>
    [Fact]
    public void A_definition_item_pointing_to_the_article_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("b. tegemoetkoming in de studiekosten als bedoeld in artikel 4 van deze regeling;", "Begripsomschrijvingen", "Regeling studiefaciliteiten"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>The form to use and the paperwork of a development budget (off-topic spending-administration).</summary>
    [Theory]
    [InlineData("4. Voor de besteding van het persoonlijk ontwikkelbudget gebruikt de werknemer het bestedingsformulier uit bijlage 6 van deze cao.")]
    [InlineData("6. De werknemer informeert de werkgever tijdig over de besteding van zijn ontwikkelbudget.\nDe werkgever regelt de administratieve afhandeling en betaalt de factuur.")]
    public void The_paperwork_of_a_budget_is_no_budget(string text)
    {
        Assert.DoesNotContain(Classify(text, "Persoonlijk ontwikkelbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>The budget itself, with the form named beside it, stays a budget.</summary>
    [Fact]
    public void A_budget_with_its_form_named_stays_a_budget()
    {
        Assert.Contains(Classify("1. De werknemer heeft per kalenderjaar recht op een persoonlijk ontwikkelbudget van € 500. Hij vraagt het aan met het bestedingsformulier uit bijlage 6.", "Persoonlijk ontwikkelbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A course that expressly does not count as working time is no time for learning (off-topic not-working-time).</summary>
    [Fact]
    public void A_course_that_is_not_working_time_is_no_learning_time()
    {
        Assert.DoesNotContain(Classify("3. Werknemers die vrijwillig het diploma bedrijfshulpverlening willen halen, krijgen daarvoor de gelegenheid. Het volgen van de cursus wordt niet gezien als arbeidstijd.", "Opleidingen"), l => l.Code == "LLO.TIJD");
    }
}
