using CaoMonitor.Classification;
using CaoMonitor.Domain;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

public class RuleTests
{
    [Theory]
    [MemberData(nameof(Examples.Positive), MemberType = typeof(Examples))]
    public void Each_category_is_found_with_its_strength(string title, string text, string code, string strength)
    {
        var p = Single(Classify(text, title), code);
        Assert.Equal(strength, p.Strength.Code());
        Assert.InRange(p.Confidence, 0.05, 0.99);
        Assert.NotEmpty(p.Evidence);
        Assert.Contains(p.Rules, r => r.StartsWith(code + ":", StringComparison.Ordinal));
        Assert.All(p.Evidence, e => Assert.True(e.Start >= 0 && e.End <= text.Length && e.Start < e.End));
    }

    [Theory]
    [MemberData(nameof(Examples.NearMisses), MemberType = typeof(Examples))]
    public void Near_misses_negations_and_definitions_give_no_label(string title, string text)
    {
        var ps = Classify(text, title);
        Assert.True(ps.Count == 0, $"got [{string.Join(", ", ps.Select(p => p.Code + " " + string.Join("|", p.Rules)))}]");
    }

    [Fact]
    public void One_label_per_code_even_with_many_triggers()
    {
        var ps = Classify("De werknemer heeft recht op een opleidingsbudget. Het opleidingsbudget bedraagt € 500 per jaar; het scholingsbudget wordt maandelijks opgebouwd.");
        Assert.Single(ps, p => p.Code == "LLO.BUDGET");
    }

    [Fact]
    public void Evidence_points_at_the_trigger_words()
    {
        const string text = "De werkgever stelt een persoonlijk ontwikkelbudget beschikbaar.";
        var p = Single(Classify(text), "LLO.BUDGET");
        Assert.Contains(p.Evidence, e => text[e.Start..e.End].Contains("ontwikkelbudget", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("LLO.BUDGET:trigger:budget-compound", p.Rules);
        Assert.Contains(p.Rules, r => r.StartsWith("strength:", StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_label_clause_gets_each_category()
    {
        var ps = Classify("1. De werknemer ontvangt een ontwikkelbudget van € 1.000 per twee jaar. 2. Daarnaast heeft hij recht op vier opleidingsdagen per jaar. 3. Jaarlijks vindt een ontwikkelgesprek plaats.");
        Assert.Equal(["LLO.BUDGET", "LLO.ONTWIKKELGESPREK", "LLO.TIJD"], ps.Select(p => p.Code).Order().ToArray());
    }
}

public class StrengthTests
{
    [Theory]
    [InlineData("De werknemer heeft recht op een loopbaanscan.", "recht")]
    [InlineData("De werkgever vergoedt de loopbaanbegeleiding volledig.", "recht")]
    [InlineData("Partijen onderzoeken of een loopbaanscan voor alle werknemers haalbaar is.", "inspanning")]
    [InlineData("De werkgever bevordert dat werknemers gebruikmaken van loopbaanbegeleiding.", "inspanning")]
    [InlineData("Een werkgroep van partijen brengt advies uit over loopbaanbegeleiding in de sector.", "inspanning")]
    [InlineData("Voor loopbaanbegeleiding wordt verwezen naar de regeling in bijlage 7.", "verwijzing")]
    [InlineData("De loopbaanregeling is te vinden op het intranet.", "verwijzing")]
    public void Strength_cues(string text, string expected) =>
        Assert.Equal(expected, Single(Classify(text), "VWNW.LOOPBAAN").Strength.Code());

    [Fact]
    public void Effort_wording_outranks_right_wording_in_the_same_sentence()
    {
        var p = Single(Classify("Partijen streven ernaar dat iedere werknemer recht krijgt op een persoonlijk ontwikkelbudget."), "LLO.BUDGET");
        Assert.Equal(Strength.Inspanning, p.Strength);
    }

    [Fact]
    public void Informal_wording_is_a_right()
    {
        var p = Single(Classify("Je krijgt ieder jaar een ontwikkelbudget van € 300."), "LLO.BUDGET");
        Assert.Equal(Strength.Recht, p.Strength);
    }
}

public class NegationAndConditionTests
{
    [Fact]
    public void Negated_sentence_gives_no_label()
    {
        Assert.Empty(Classify("Uitzendkrachten hebben geen recht op studieverlof."));
        Assert.Empty(Classify("De studiekostenregeling is niet van toepassing op werknemers in de proeftijd."));
        Assert.Empty(Classify("De werkgever vergoedt geen opleidingskosten voor hobbycursussen."));
    }

    [Fact]
    public void A_negated_exception_does_not_cancel_the_provision()
    {
        var p = Single(Classify("De werknemer heeft recht op studieverlof van vijf dagen per jaar. Uitzendkrachten hebben geen recht op studieverlof."), "LLO.TIJD");
        Assert.Equal(Strength.Recht, p.Strength);
        Assert.Contains("LLO.TIJD:negation-partial", p.Rules);
        Assert.Contains("niet:uitzendkrachten", p.Attributes.ContractTypes!);
    }

    [Fact]
    public void Conditions_keep_the_label_and_are_recorded()
    {
        var p = Single(Classify("Indien de opleiding verband houdt met de functie, vergoedt de werkgever de studiekosten."), "LLO.STUDIEKOSTEN");
        Assert.Equal(Strength.Recht, p.Strength);
        Assert.Contains("condition:condition", p.Rules);
    }

    [Fact]
    public void Uses_of_a_budget_are_not_provisions_of_their_own()
    {
        var ps = Classify("De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 800. Het budget kan worden besteed aan een loopbaanscan, een cursus of loopbaanbegeleiding.");
        Assert.Contains(ps, p => p.Code == "LLO.BUDGET");
        Assert.DoesNotContain(ps, p => p.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void Severance_only_sociaal_plan_is_not_vwnw()
    {
        Assert.Empty(Classify("Het sociaal plan regelt een ontslagvergoeding volgens de kantonrechtersformule.", "Artikel 5 Sociaal plan"));
    }
}

public class ContextTests
{
    [Fact]
    public void Sociaal_plan_title_colours_its_paragraphs()
    {
        const string text = "4.2 De boventallige werknemer wordt begeleid naar een andere baan door een extern bureau.";
        var ps = Classify(text, "Sociaal plan");
        Assert.Contains(ps, p => p.Code == "VWNW.SOCIAAL_PLAN" && p.Rules.Contains("VWNW.SOCIAAL_PLAN:title:title-sociaal-plan"));
        Assert.DoesNotContain(Classify(text, "Artikel 4 Boventalligheid"), p => p.Code == "VWNW.SOCIAAL_PLAN");
    }

    [Fact]
    public void Fund_regulation_appendix_labels_its_articles_by_content()
    {
        var reference = Single(Classify("Aanvragen worden ingediend volgens het reglement op de website van het fonds.", "Artikel 3 Aanvragen", "Bijlage 5 Reglement O&O-fonds Metaal"), "LLO.FONDS");
        Assert.Equal(Strength.Verwijzing, reference.Strength);
        var right = Single(Classify("Het bestuur kent een subsidie toe van 50% van de cursuskosten.", "Artikel 4 Subsidie", "Bijlage 5 Reglement O&O-fonds Metaal"), "LLO.FONDS");
        Assert.Equal(Strength.Recht, right.Strength);
    }

    [Fact]
    public void Title_naming_the_subject_lets_a_bare_paragraph_count()
    {
        var p = Single(Classify("De werknemer ontvangt jaarlijks € 450, dat hij mag sparen tot maximaal € 1.350.", "Artikel 7 Persoonlijk ontwikkelbudget"), "LLO.BUDGET");
        Assert.Equal(450m, p.Attributes.AmountEur);
        Assert.Equal("per jaar", p.Attributes.Period);
    }

    [Fact]
    public void Pension_title_blocks_weak_career_words()
    {
        Assert.Empty(Classify("De opbouw vindt plaats over de loopbaan volgens de middelloonregeling.", "Artikel 40 Pensioenregeling"));
    }
}
