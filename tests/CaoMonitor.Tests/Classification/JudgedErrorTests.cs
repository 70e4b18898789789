using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Error classes an independent judge found on a sample of real cao labels (issue 11), each written again in our
/// own words: union and safety training are not study costs, a cost offset against the transitievergoeding is not a
/// sociaal plan or traject, an employee's own investment and an individual plan are not collective policy, pay and
/// safety certificates are not EVC; and a cross-reference inside the cao does not make a rule a mere reference.
/// </summary>
public class JudgedErrorTests
{
    [Theory]
    [InlineData("LLO.STUDIEKOSTEN", "Artikel 30 Kaderleden", "De uren die een werknemer voor een opleiding in verband met zijn kaderlidmaatschap niet heeft gewerkt, worden door de werkgever vergoed.")]
    [InlineData("LLO.STUDIEKOSTEN", "Artikel 31 Hulpverlening", "De werkgever vergoedt de opleidingskosten van het BHV-diploma van de werknemer die als bedrijfshulpverlener is aangewezen.")]
    [InlineData("VWNW.SOCIAAL_PLAN", "Artikel 15.3 Kosten", "Op de transitievergoeding en een aanvulling daarop mogen de kosten voor inzetbaarheid met instemming van de werknemer of op grond van een sociaal plan in mindering worden gebracht.")]
    [InlineData("LLO.COLLECTIEF", "Artikel 5 Ontwikkeling", "De werknemer neemt zelf het initiatief en investeert in zijn eigen ontwikkeling; de werkgever denkt daarbij mee.")]
    [InlineData("LLO.COLLECTIEF", "Artikel 6 Startende docent", "Voor iedere startende docent stelt de leidinggevende een opleidings- en begeleidingsplan op.")]
    [InlineData("LLO.COLLECTIEF", "Artikel 2 Doel van het fonds", "Het fonds ondersteunt werkgevers bij het uitvoeren van het Bedrijfstak Scholingsplan.")]
    [InlineData("LLO.EVC", "Artikel 12 Toeslagen", "De werknemer die een deelcertificaat van de vakopleiding heeft behaald, ontvangt een toeslag van 2% op zijn salaris.")]
    [InlineData("VWNW.INTERSECTORAAL", "Artikel 20 Flexpool", "De omvang van de flexpool is zo dat afwezigheid op de afdelingen kan worden opgevangen door een werknemer uit de flexpool.")]
    [InlineData("VWNW.INTERSECTORAAL", "Artikel 6 Stages", "Stagiairs die een snuffelstage doen, ontvangen geen stagevergoeding.")]
    [InlineData("VWNW.TRANSITIEVERGOEDING", "Artikel 40 Arbeidsongeschiktheid", "Een uitkering uit het pensioenfonds bij arbeidsongeschiktheid wordt verrekend met de transitievergoeding.")]
    public void Not_this_category(string code, string title, string text)
    {
        var labels = Classify(text, title);
        Assert.DoesNotContain(labels, l => l.Code == code);
    }

    [Fact]
    public void A_cost_offset_of_training_against_the_transitievergoeding_still_counts_as_such()
    {
        var labels = Classify("De kosten van een omscholingstraject naar ander werk mogen in mindering worden gebracht op de transitievergoeding.", "Artikel 15.4 Transitievergoeding");
        Assert.Contains(labels, l => l.Code == "VWNW.TRANSITIEVERGOEDING");
        // So does offsetting a used development budget.
        labels = Classify("In die overeenkomst geeft de werknemer toestemming dat het gebruikte individuele ontwikkelbudget wordt verrekend met een eventuele transitievergoeding bij het einde van het dienstverband.", "Artikel 8.3 Ontwikkelbudget");
        Assert.Contains(labels, l => l.Code == "VWNW.TRANSITIEVERGOEDING");
    }

    [Theory]
    [InlineData("LLO.TIJD", "Artikel 9 Studieverlof", "De werkgever verleent de onbevoegde leraar studieverlof voor studieactiviteiten die onder werktijd plaatsvinden.")]
    [InlineData("LLO.STUDIEKOSTEN", "Artikel 10 Studiekosten", "Op een vergoeding van de studiekosten zoals bedoeld in lid 5 bestaat alleen aanspraak als de werknemer ten minste een jaar in dienst is.")]
    [InlineData("LLO.TIJD", "Artikel 11 Scholing buiten werktijd", "Wordt de scholing als bedoeld in de leden 1 en 2 buiten werktijd gevolgd, dan worden de scholingsuren als werktijd betaald.")]
    [InlineData("LLO.DUURZAME_INZETBAARHEID", "Artikel 8 Levensfasebudget", "Een opgebouwd levensfasebudget kan niet door tijdsverloop vervallen.")]
    public void A_firm_rule_is_a_right_even_beside_a_cross_reference(string code, string title, string text)
    {
        var l = Single(Classify(text, title), code);
        Assert.Equal(Strength.Recht, l.Strength);
    }
}
