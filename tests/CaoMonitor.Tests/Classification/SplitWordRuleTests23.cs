using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.80.0 (session 23, helper norm23). Joining the words the PDF split by a stray space (TextNormaliser.JoinSplitWords)
/// let rules read sentences they could not read before; four of those sentences arrange nothing for the category that now
/// matched, and the judges had said so where the same wording stood unsplit. In our own words (never real cao text); each
/// negative case is labelled by rules 1.61.1, each positive case keeps its label.
/// </summary>
public class SplitWordRuleTests23
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>A bonus paid net when it is spent on training is a tax facility, no development budget.</summary>
    [Fact]
    public void A_bonus_paid_net_when_spent_on_training_is_no_budget()
    {
        Assert.DoesNotContain(Classify("3. De werknemer ontvangt de loyaliteitsbonus als netto bedrag indien deze bonus wordt gebruikt voor persoonlijke scholing."),
            l => l.Code == "LLO.BUDGET");
        Assert.Contains(Classify("4.1 De werknemer heeft recht op een persoonlijk loopbaanbudget van € 750 per jaar.", "Individueel loopbaanbudget"),
            l => l.Code == "LLO.BUDGET");
    }

    /// <summary>Telling the worker how large the budget is does not arrange it, even under the budget's own title.</summary>
    [Fact]
    public void Informing_about_the_height_of_a_budget_is_a_mention()
    {
        Assert.DoesNotContain(Classify("4.2 De werkgever informeert de werknemer bij indiensttreding en elk voorjaar over de hoogte van het totale persoonlijke loopbaanbudget.",
            "Individueel loopbaanbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A yearly talk that is only the condition of paid study leave is LLO.TIJD's, no development talk (rules 1.13.1).</summary>
    [Fact]
    public void A_talk_as_the_condition_of_study_leave_is_no_development_talk()
    {
        var labels = Classify("3. Voorwaarde voor het betaald persoonlijk scholingsverlof is dat je tijdens het jaargesprek hebt aangegeven van het " +
            "scholingsverlof gebruik te willen maken en dat de opleiding een relatie heeft met het vak en/of werken in de branche. Voor de inhoud " +
            "van mogelijke trainingen wordt verwezen naar het aanbod van het Opleidingsfonds Bloemisterij.", "Betaald persoonlijk scholingsverlof");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.ONTWIKKELGESPREK");
        Assert.Contains(labels, l => l.Code == "LLO.TIJD");
        Assert.Contains(Classify("1. Ieder jaar voert de leidinggevende met je een jaargesprek over je ontwikkeling en de opleidingen die je wilt volgen.", "Jaargesprek"),
            l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>Room within a sector fund, and its premium, are the fund's (LLO.FONDS includes the contribution), not the employer's collective budget.</summary>
    [Fact]
    public void Room_within_a_sector_fund_is_no_collective_budget()
    {
        var labels = Classify("Voor het inzetbaarheidsbudget is de totale collectieve aanspraak begrensd tot 0,2% van de bestedingsruimte binnen het " +
            "opleidingsfonds van de sector, ofwel ten hoogste € 250.000 per jaar.", "Premieverdeling");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("De werkgever stelt jaarlijks een collectief opleidingsbudget beschikbaar van 1% van de loonsom voor de scholing van alle werknemers.",
            "Opleidingsbudget"), l => l.Code == "LLO.COLLECTIEF");
    }

    /// <summary>Rules 1.80.2: a fund that pays for training among other things stays a training fund; naming its senior scheme
    /// beside the training subsidy does not make the sentence about pensions (FONDS off-topic pension-or-reintegration, unless).</summary>
    [Fact]
    public void A_fund_naming_a_senior_scheme_beside_training_subsidy_stays_a_training_fund()
    {
        Assert.Contains(Classify("Het fonds Groen Werk biedt werkgevers en werknemers onder meer subsidie voor scholing, seniorenregeling en arbeidsmarktprojecten."),
            l => l.Code == "LLO.FONDS");
        Assert.DoesNotContain(Classify("Het fonds Groen Werk voert de seniorenregeling uit en vergoedt de loonkosten van de seniorendagen.", "Het sociaal fonds Groen Werk"),
            l => l.Code == "LLO.FONDS");
    }
}
