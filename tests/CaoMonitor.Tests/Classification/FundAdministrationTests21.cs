using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.30.0 and engine 24 (session 21, issue 11, helper prec21a): labels of LLO.STUDIEKOSTEN, LLO.FONDS, LLO.WERKEND_LEREN and
/// LLO.BUDGET judged wrong in the 2024 census and the 2022 census, by the role the clause plays: the application and payment
/// administration of a fund's subsidy (where to send it, which data, a bank account, an invoice, when it is paid), the fund's
/// governance (its board, representation, powers), a compensation for lost working time (verletkosten), model contract text, and a
/// list of articles (term, exceptions to the extension). Engine 24 reads a Symbol-font bullet (U+F02D) as a list bullet, so the items
/// of such a list belong to the sentence that opens it. In our own words (never real cao text); each negative case was labelled by
/// rules 1.29.4 / engine 23, each positive case keeps its label.
/// </summary>
public class FundAdministrationTests21
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    const string PaymentData = "Uitbetaling bijdrage\nDe aanvraag wordt gestuurd aan het Opleidingsfonds Broodbakkers, per e-mail naar het secretariaat.\nOnder vermelding van:\n{0} naam en adres van het bedrijf;\n{0} het bankrekeningnummer van het bedrijf;\n{0} een overzicht van de deelnemers;\n{0} een specificatie van de cursuskosten en leermiddelen.";

    /// <summary>The data to send with a subsidy application name the course costs only as a line of the form (off-topic payment-administration).</summary>
    [Fact]
    public void The_data_to_send_for_a_fund_payment_are_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify(string.Format(PaymentData, "-"), "Uitbetaling bijdrage", "Bijdrageregeling"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>The same list with Symbol-font bullets (U+F02D), as an older PDF gives them: engine 24 reads them as bullets.</summary>
    [Fact]
    public void A_symbol_font_bullet_list_belongs_to_its_opening_sentence()
    {
        Assert.DoesNotContain(Classify(string.Format(PaymentData, "\uf02d"), "Uitbetaling bijdrage", "Bijdrageregeling"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>A fund that pays the worker's course costs stays a study-cost scheme; a sentence on where to send the request beside it does not undo that.</summary>
    [Fact]
    public void A_fund_paying_course_costs_beside_the_address_stays_a_study_cost_scheme()
    {
        var labels = Classify("De werknemer die een vakopleiding volgt, ontvangt van het Opleidingsfonds Broodbakkers een vergoeding van de cursuskosten tot € 600 per jaar. De aanvraag gaat per e-mail naar het secretariaat van het fonds.", "Bijdrage in de cursuskosten");
        Assert.Contains(labels, l => l.Code == "LLO.STUDIEKOSTEN");
        Assert.Contains(labels, l => l.Code == "LLO.FONDS");
    }

    /// <summary>Enrolling the worker and receiving the school's invoice: a step of the application (off-topic payment-administration).</summary>
    [Fact]
    public void Receiving_the_invoice_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("2. De werkgever schrijft de werknemer in bij de vakschool en krijgt van de vakschool een bevestiging van inschrijving. Daarna ontvangt de werkgever een factuur van de vakschool voor de kosten van de cursus.", "Aanvragen van de bijdrage"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>The conditions of a verletkostenvergoeding (lost working time paid to the employer) are no course costs (off-topic lost-time-allowance).</summary>
    [Fact]
    public void A_lost_time_allowance_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("1. De verletkostenvergoeding wordt alleen toegekend als:\n a. de werkgever bij het fonds is aangesloten;\n b. de werknemer alle lesdagen heeft bijgewoond;\n c. de werkgever de verschuldigde opleidingskosten heeft voldaan.", "Voorwaarden verletkostenvergoeding"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>The fee of the fund's office, charged over the course costs (off-topic payment-administration).</summary>
    [Fact]
    public void The_administration_fee_of_the_funds_office_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("3. De administratiekosten bedragen 8% van de opleidingskosten. Daarvoor ontvangt u van het servicebureau een factuur.", "Kosten"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>A model contract line in which the worker declares he has read the annex, perhaps with a repayment clause (off-topic model-text).</summary>
    [Fact]
    public void A_model_contract_declaration_is_no_study_cost_scheme()
    {
        Assert.DoesNotContain(Classify("4. Kennis te hebben genomen van de bijlage bij deze overeenkomst, zo nodig met een studiekostenbeding, en daarmee akkoord te gaan.", "Verklaring werknemer"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>The statutes of a training fund on its board and representation arrange no fund activity or contribution (off-topic fund-governance).</summary>
    [Theory]
    [InlineData("1. Het bestuur van het Opleidingsfonds Schoonmaak bestaat uit zes leden, van wie er drie worden benoemd door de werkgeversorganisatie.")]
    [InlineData("1. Het Opleidingsfonds Schoonmaak wordt in en buiten rechte vertegenwoordigd door de voorzitter en de secretaris samen.")]
    [InlineData("2. Het bestuur kan volmacht geven aan een of meer bestuurders om het Opleidingsfonds Schoonmaak te vertegenwoordigen.")]
    public void The_funds_governance_is_no_fund_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Bestuur", "Statuten Stichting Opleidingsfonds Schoonmaak"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>What the fund pays for stays a fund provision under the same statutes.</summary>
    [Fact]
    public void What_the_fund_pays_for_stays_a_fund_provision()
    {
        Assert.Contains(Classify("1. Het Opleidingsfonds Schoonmaak vergoedt werkgevers de kosten van vakopleidingen van hun werknemers.", "Doel", "Statuten Stichting Opleidingsfonds Schoonmaak"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>When the fund pays out and that the payment bears no interest: the fund's administration (off-topic payment-administration).</summary>
    [Theory]
    [InlineData("2. De vergoeding wordt in de regel binnen zes weken na de laatste lesdag door het O&O-fonds uitbetaald.")]
    [InlineData("3. De vergoeding is nooit rentedragend ten laste van het O&O-fonds.")]
    public void When_the_fund_pays_is_no_fund_provision(string text)
    {
        Assert.DoesNotContain(Classify(text, "Uitbetaling", "Uitkeringsreglement O&O-fonds"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>A term article that gives the budget article another end date names the budget only (off-topic articles-listed).</summary>
    [Fact]
    public void A_term_article_naming_the_budget_article_is_no_budget()
    {
        Assert.DoesNotContain(Classify("Looptijd\nDeze cao loopt van 1 april 2031 tot 1 april 2033. Voor artikel 9 over het persoonlijk ontwikkelbudget geldt een afwijkende looptijd tot 1 januari 2034.", "Slotbepalingen"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>The articles left out of the extension to the whole branch, the fund's article among them, as a Symbol-font bullet list
    /// (off-topic articles-listed; engine 24 reads the U+F0B7 bullets as list items of the opening sentence).</summary>
    [Fact]
    public void A_list_of_articles_left_out_of_the_extension_is_no_fund_provision()
    {
        var labels = Classify("Na de algemeen verbindend verklaring gelden de afspraken van deze cao voor alle werkgevers en werknemers in de branche, met uitzondering van de volgende artikelen:\n\uf0b7 Looptijd (artikel 1.6)\n\uf0b7 Opleidings- en ontwikkelingsfonds, betaalde scholingsdag (artikel 7.2, het O&O-fonds van de installatiebranche heeft namelijk een eigen cao)\n\uf0b7 Naleving van de cao (artikel 9.1)", "Algemeen verbindend verklaring");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.FONDS");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.TIJD");
    }

    /// <summary>The data a training company sends before the fund pays a subsidy for a BBL pupil (off-topic payment-administration).</summary>
    [Fact]
    public void The_data_for_a_learner_subsidy_payment_are_no_werkend_leren()
    {
        Assert.DoesNotContain(Classify("Het leerbedrijf moet aan het fonds de volgende gegevens aanleveren voordat het fonds de subsidie betaalt:\n- de begin- en einddatum van de bbl-opleiding;\n- het bankrekeningnummer van het leerbedrijf;\n- een afschrift van de praktijkovereenkomst.", "Uitbetaling leerlingsubsidie"), l => l.Code == "LLO.WERKEND_LEREN");
    }
}
