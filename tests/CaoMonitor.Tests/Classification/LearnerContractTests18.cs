using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.24.6 (session 18, issue 11): a learner's working hours and the form or length of a learner's employment contract are
/// contract terms, not LLO.WERKEND_LEREN (judged wrong in seeds 20279 and 20280). A contract the employer must offer a learner for
/// the training, and one tied to the practice agreement, stay (the cao-level readers count them). In our own words.
/// </summary>
public class LearnerContractTests18
{
    [Theory]
    [InlineData("3. De arbeidsduur van een bbl-leerling bedraagt gemiddeld 36 uur per week, de uren voor de lesdag inbegrepen.", "Leerlingen")]
    [InlineData("Artikel 61 In afwijking van de artikelen 9 en 12 kan met een leerling in de beroepsbegeleidende leerweg een dienstbetrekking voor de duur van de opleiding worden aangegaan.", null)]
    public void Learner_hours_and_contract_form_are_no_werkend_leren(string text, string? title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("2. De werkgever sluit een leerarbeidsovereenkomst met de student die de duale leerweg volgt, zodra het eerste studiejaar is afgerond.", "Duale opleiding")]
    [InlineData("Lid 4 De werknemer die een opleiding in de beroepsbegeleidende leerweg volgt, werkt op basis van een arbeidsovereenkomst die gekoppeld is aan de praktijkovereenkomst met de school.", "Dienstverband en bbl")]
    [InlineData("c. Met een student in de beroepsbegeleidende leerweg sluit de werkgever een leerarbeidsovereenkomst voor de duur van de opleiding, met begeleiding door een praktijkopleider.", "Arbeidsovereenkomst")]
    public void A_learning_contract_for_the_training_stays_werkend_leren(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }
}
