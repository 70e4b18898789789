using CaoMonitor.Classification;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

public class AttributeTests
{
    [Theory]
    [InlineData("een ontwikkelbudget van € 1.500,- per jaar", 1500, "per jaar")]
    [InlineData("een ontwikkelbudget van €1.500 per jaar", 1500, "per jaar")]
    [InlineData("een ontwikkelbudget van EUR 1500 per kalenderjaar", 1500, "per kalenderjaar")]
    [InlineData("een ontwikkelbudget van 1.500 euro per jaar", 1500, "per jaar")]
    [InlineData("een ontwikkelbudget van € 750,00 per maand", 750, "per maand")]
    [InlineData("een ontwikkelbudget van € 2.000 per drie jaar", 2000, "per drie jaar")]
    [InlineData("een ontwikkelbudget van € 1.200,- per twee kalenderjaren", 1200, "per twee jaar")]
    [InlineData("eenmalig een ontwikkelbudget van € 2.500,--", 2500, "eenmalig")]
    [InlineData("een ontwikkelbudget van € 3.000 gedurende de looptijd van deze cao", 3000, "per cao-periode")]
    [InlineData("een ontwikkelbudget van € 3.000 per cao-periode", 3000, "per cao-periode")]
    [InlineData("een ontwikkelbudget van € 400", 400, null)]
    [InlineData("jaarlijks een ontwikkelbudget van € 350,50", 350.50, "per jaar")]
    public void Dutch_amount_notation(string phrase, decimal amount, string? period)
    {
        var p = Single(Classify("De werknemer ontvangt " + phrase + "."), "LLO.BUDGET");
        Assert.Equal(amount, p.Attributes.AmountEur);
        Assert.Equal(period, p.Attributes.Period);
        Assert.Contains("attr:amount", p.Rules);
    }

    [Fact]
    public void Range_takes_the_maximum()
    {
        var p = Single(Classify("Het scholingsbudget bedraagt € 500 tot € 1.000 per jaar, afhankelijk van het aantal dienstjaren."), "LLO.BUDGET");
        Assert.Equal(1000m, p.Attributes.AmountEur);
        var q = Single(Classify("Het scholingsbudget bedraagt € 500 - 1.000 per jaar."), "LLO.BUDGET");
        Assert.Equal(1000m, q.Attributes.AmountEur);
    }

    [Fact]
    public void Salary_figures_are_not_the_provision_amount()
    {
        var p = Single(Classify("De werknemer met een maandsalaris tot € 3.500 ontvangt een opleidingsbudget van € 900 per jaar."), "LLO.BUDGET");
        Assert.Equal(900m, p.Attributes.AmountEur);
    }

    [Fact]
    public void Increased_amount_takes_the_new_figure()
    {
        var p = Single(Classify("Het opleidingsbudget wordt per 1 juli 2025 verhoogd van € 400 naar € 500 per jaar."), "LLO.BUDGET");
        Assert.Equal(500m, p.Attributes.AmountEur);
    }

    [Fact]
    public void Amounts_go_to_the_nearest_label()
    {
        var ps = Classify("De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 600 per jaar. De werkgever vergoedt daarnaast de kosten van een loopbaanscan tot € 1.250.");
        Assert.Equal(600m, Single(ps, "LLO.BUDGET").Attributes.AmountEur);
        Assert.Equal(1250m, Single(ps, "VWNW.LOOPBAAN").Attributes.AmountEur);
    }

    [Fact]
    public void Percentage_hours_and_days()
    {
        Assert.Equal(1.5m, Single(Classify("De werkgever besteedt jaarlijks 1,5% van de loonsom aan opleidingen."), "LLO.COLLECTIEF").Attributes.PercentOfSalary);
        var h = Single(Classify("Iedere werknemer heeft recht op 32 uur studieverlof per jaar."), "LLO.TIJD");
        Assert.Equal(32m, h.Attributes.Hours);
        Assert.Equal("per jaar", h.Attributes.Period);
        Assert.Equal(3m, Single(Classify("De werknemer krijgt drie opleidingsdagen per jaar."), "LLO.TIJD").Attributes.Days);
    }

    [Fact]
    public void Deadlines_and_clock_times_are_not_learning_time()
    {
        var p = Single(Classify("De aanvraag voor studieverlof wordt binnen 14 dagen beoordeeld; de cursus begint om 17.00 uur."), "LLO.TIJD");
        Assert.Null(p.Attributes.Days);
        Assert.Null(p.Attributes.Hours);
    }

    [Fact]
    public void Eligibility_contract_types_payer_and_target_group()
    {
        var p = Single(Classify("Werknemers van 55 jaar en ouder met ten minste vijf jaar in dienst, ook uitzendkrachten en oproepkrachten, hebben recht op een loopbaanscan. De kosten komen voor rekening van de werkgever."), "VWNW.LOOPBAAN");
        Assert.Equal(55, p.Attributes.MinAge);
        Assert.Equal(5, p.Attributes.MinYearsOfService);
        Assert.Equal(["uitzendkrachten", "oproepkrachten"], p.Attributes.ContractTypes);
        Assert.Equal("werkgever", p.Attributes.Payer);
        Assert.Equal("ouderen", p.Attributes.TargetGroup);

        var q = Single(Classify("Werknemers met een tijdelijk contract hebben eveneens recht op het scholingsbudget; het O&O-fonds vergoedt de kosten."), "LLO.BUDGET");
        Assert.Equal(["tijdelijk contract"], q.Attributes.ContractTypes);
        Assert.Equal("O&O-fonds", q.Attributes.Payer);

        var r = Single(Classify("Boventallige werknemers hebben recht op outplacement; de kosten worden in mindering gebracht op de transitievergoeding."), "VWNW.TRAJECT");
        Assert.Equal("boventalligen", r.Attributes.TargetGroup);
        Assert.Equal("transitievergoeding", r.Attributes.Payer);
    }

    [Fact]
    public void Frequency_without_amount_gives_a_period()
    {
        var p = Single(Classify("De werknemer heeft eens per twee jaar recht op een loopbaangesprek."), "VWNW.LOOPBAAN");
        Assert.Null(p.Attributes.AmountEur);
        Assert.Equal("per twee jaar", p.Attributes.Period);
    }
}
