using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.90.1 and engine 33 (session 24, helper prec24, second batch): more kinds of error the judges found on cao versions
/// nobody had tuned on, in our own words (never real cao text). Each negative case is labelled by rules 1.90.0 / engine 32;
/// each positive case keeps its label.
/// </summary>
public class BookkeepingAndMentionTests24
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>How long a DI budget may be saved and its cap are its bookkeeping (the definition, rules 1.13/1.14).</summary>
    [Fact]
    public void Saving_period_and_cap_of_a_di_budget_are_bookkeeping()
    {
        Assert.DoesNotContain(Classify("4. Je kunt je DI-budget maximaal drie jaar opsparen. In het vierde jaar stelt je werkgever opnieuw een DI-budget " +
            "van € 400,- beschikbaar, zodat je totale budget maximaal € 1.200,- bedraagt.", "Inzetbaarheidsbudget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        // Saving up for a training keeps its label.
        Assert.Contains(Classify("De werknemer kan zijn DI-budget van € 500 per jaar besteden aan opleiding en ontwikkeling. Hij kan het DI-budget " +
            "maximaal drie jaar opsparen voor een opleiding.", "Inzetbaarheidsbudget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>The employer pre-financing a DI budget and checking how it is spent is its bookkeeping (the DI definition); since rules
    /// 1.98.0 (LLO.BUDGET definition, decided per domain.md) the same holds for a development budget: pre-financing is payment
    /// procedure, no budget provision.</summary>
    [Fact]
    public void Prefinancing_and_checking_the_spending_are_bookkeeping()
    {
        Assert.DoesNotContain(Classify("De werkgever financiert het DI-budget voor en controleert de besteding aan de hand van de ingediende nota's.",
            "Persoonlijk budget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.DoesNotContain(Classify("De werkgever schiet het DI-budget voor en controleert achteraf de declaraties van de werknemer.",
            "Inzetbaarheidsbudget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.DoesNotContain(Classify("7. Werkgever financiert voor mits werkgever over voldoende saldo beschikt. Bij twijfel over de juistheid van de " +
            "besteding neemt werkgever contact op met de partijen bij deze cao.", "Leerrekening"), l => l.Code == "LLO.BUDGET");
        Assert.Contains(Classify("Iedere werknemer heeft recht op een individueel ontwikkelbudget van € 600,- per jaar.", "Ontwikkelbudget"),
            l => l.Code == "LLO.BUDGET");
        Assert.Contains(Classify("De werkgever financiert het loopbaanbudget voor opleidingen van de werknemer.", "Loopbaanbudget"),
            l => l.Code == "LLO.BUDGET");
    }

    /// <summary>The unspent part of a budget that is not paid out when the employment ends lapses: it arranges nothing (rules 1.22.1).</summary>
    [Fact]
    public void An_unspent_budget_not_paid_out_lapses()
    {
        Assert.DoesNotContain(Classify("Als de arbeidsovereenkomst eindigt, wordt het deel van het persoonlijke loopbaanbudget dat niet is besteed, niet " +
            "uitbetaald aan de werknemer.", "Loopbaanbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A balance used up before the pension is leave before retirement, no development (the DI definition).</summary>
    [Fact]
    public void A_balance_used_before_the_pension_is_no_durable_employability()
    {
        Assert.DoesNotContain(Classify("Het opgebouwde saldo van het levensfasebudget kan de werknemer opnemen voor de ingang van zijn pensioen.",
            "Levensfasebudget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.Contains(Classify("Het opgebouwde saldo van het levensfasebudget kan de werknemer gebruiken voor scholing of opnemen voor de ingang " +
            "van zijn pensioen.", "Levensfasebudget"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>A reference letter helps the worker find work, but it is no guidance to other work; guidance beside it keeps the label.</summary>
    [Fact]
    public void A_reference_letter_is_no_traject()
    {
        Assert.DoesNotContain(Classify("De werkgever verstrekt de boventallige werknemer een getuigschrift ter ondersteuning bij het vinden van een nieuwe baan.",
            "Einde dienstverband"), l => l.Code == "VWNW.TRAJECT");
        Assert.Contains(Classify("De werkgever begeleidt de boventallige werknemer bij het vinden van ander werk en verstrekt hem daartoe een getuigschrift.",
            "Boventalligheid"), l => l.Code == "VWNW.TRAJECT");
    }

    /// <summary>A sociaal plan named only as the exception ("tenzij in een sociaal plan anders is geregeld") or as a condition in a
    /// transition rule arranges no plan; the measure of the same sentence keeps its own label.</summary>
    [Fact]
    public void A_sociaal_plan_as_exception_or_in_a_transition_rule_is_a_mention()
    {
        var exception = Classify("1. Tenzij in een binnen de onderneming overeengekomen sociaal plan anders is geregeld, krijgen boventallige werknemers " +
            "een van-werk-naar-werktraject aangeboden.", "Boventalligheid");
        Assert.DoesNotContain(exception, l => l.Code == "VWNW.SOCIAAL_PLAN");
        Assert.Contains(exception, l => l.Code == "VWNW.TRAJECT");
        Assert.DoesNotContain(Classify("Voor werknemers die op 1 januari 2015 in dienst waren, geldt in plaats van artikel 12 de volgende staffel, tenzij een " +
            "sociaal plan van toepassing is waarin de vakantierechten zijn geregeld: tot 35 jaar 25 dagen, vanaf 35 jaar 26 dagen.",
            "Overgangsregeling vakantie"), l => l.Code == "VWNW.SOCIAAL_PLAN");
        Assert.Contains(Classify("Bij een reorganisatie sluit de werkgever met de vakbonden een sociaal plan dat voorziet in begeleiding naar ander werk.",
            "Reorganisatie"), l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    /// <summary>A fund's website named as the place to find information arranges nothing for the fund.</summary>
    [Fact]
    public void A_fund_website_as_information_source_is_a_mention()
    {
        Assert.DoesNotContain(Classify("Meer informatie over cursussen en subsidies is te vinden op de website van het Opleidingsfonds Metaal.", "Informatie"),
            l => l.Code == "LLO.FONDS");
        Assert.Contains(Classify("Werkgevers kunnen bij het Opleidingsfonds subsidie aanvragen voor de cursuskosten van hun werknemers. Meer informatie " +
            "over de regeling is te vinden op de website van het fonds.", "Scholingsfonds"), l => l.Code == "LLO.FONDS");
    }

    /// <summary>A training plan the employer must hand in to a fund as a condition of its subsidy is the fund's procedure, not the
    /// employer's training policy; a plan made with the works council stays LLO.COLLECTIEF.</summary>
    [Fact]
    public void A_training_plan_handed_in_to_a_fund_is_fund_procedure()
    {
        Assert.DoesNotContain(Classify("Werkgevers die subsidie van het sectorfonds willen ontvangen, stellen jaarlijks een opleidingsplan op en dienen dit " +
            "opleidingsplan in bij het sectorfonds.", "Opleidingen"), l => l.Code == "LLO.COLLECTIEF");
        Assert.Contains(Classify("De werkgever stelt jaarlijks in overleg met de ondernemingsraad een opleidingsplan op. Het opleidingsplan wordt ingediend " +
            "bij het sectorfonds als voorwaarde voor subsidie.", "Opleidingsplan"), l => l.Code == "LLO.COLLECTIEF");
    }

    /// <summary>Engine 33: an introduction of 15,000 characters or more summarises the cao; its arrangements are labelled in their own
    /// articles. The same text under an article title, or a short introduction, keeps its labels.</summary>
    [Fact]
    public void A_very_long_introduction_summarises_the_cao()
    {
        const string para = "In deze cao hebben partijen afspraken gemaakt over loon, werktijden en ontwikkeling. Nieuw is dat iedere werknemer recht " +
            "heeft op een persoonlijk opleidingsbudget van € 500 per jaar. Ook is de regeling voor betaald studieverlof uitgebreid tot vijf dagen per " +
            "jaar. De werkgever vergoedt de studiekosten van opleidingen die voor de functie nodig zijn. ";
        string longText = string.Concat(Enumerable.Repeat(para, 60));
        Assert.True(longText.Length >= 15_000);
        Assert.Empty(Classify(longText, "Inleiding"));
        Assert.Empty(Classify(longText, "Preambule"));
        Assert.Contains(Classify(longText, "Artikel 3 Opleiding"), l => l.Code == "LLO.BUDGET");
        Assert.Contains(Classify(string.Concat(Enumerable.Repeat(para, 10)), "Inleiding"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>Rules 1.90.2: a bonus for the diploma is pay (rules 1.70.0), also when the words are apart ("behaalt ... ontvangt een
    /// eenmalige bonus"); a safety certificate a trainee must hold is a job requirement, no werkend leren.</summary>
    [Fact]
    public void A_diploma_bonus_and_a_required_safety_certificate_are_no_werkend_leren()
    {
        Assert.DoesNotContain(Classify("De BBL-leerling die zijn diploma behaalt, ontvangt een eenmalige bonus van € 250,- bruto.", "Leerlingen"),
            l => l.Code == "LLO.WERKEND_LEREN");
        Assert.DoesNotContain(Classify("De stagiair moet voor aanvang van de stage in het bezit zijn van een VCA-diploma; de werkgever betaalt de cursus.",
            "Stage"), l => l.Code == "LLO.WERKEND_LEREN");
        Assert.Contains(Classify("De werkgever sluit met de BBL-leerling een leerarbeidsovereenkomst en wijst een praktijkbegeleider aan.", "Leerlingen"),
            l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>Rules 1.90.2: a function-differentiation matrix compares the levels of a function; it is a function description.</summary>
    [Fact]
    public void A_function_differentiation_matrix_is_a_function_description()
    {
        Assert.Empty(Classify("Bouwt een netwerk op met andere werkgevers in de regio om de uitwisseling van medewerkers te bevorderen.",
            "Functiedifferentiatiematrix: Projectleider"));
    }

    /// <summary>Rules 1.90.3: job-search leave in a list of leave occasions (marriage beside moving house, a birth or a death) is leave,
    /// no traject and no move to another employer, also under a title that says nothing (rules 1.15 decided it for leave titles).</summary>
    [Fact]
    public void Job_search_leave_in_a_list_of_leave_occasions_is_leave()
    {
        Assert.DoesNotContain(Classify("1. Buitengewoon verlof met behoud van salaris wordt verleend:\na. bij ondertrouw: 1 dag;\nb. voor het solliciteren " +
            "naar een andere functie bij een andere werkgever na ontslagaanzegging: ten hoogste 2 dagen;\nc. bij een verhuizing: 1 dag.", "Artikel 22"),
            l => l.Code == "VWNW.INTERSECTORAAL");
        Assert.DoesNotContain(Classify("1. Verlof met behoud van salaris wordt verleend:\na. bij het huwelijk van de werknemer: 2 dagen;\nb. bij de bevalling " +
            "van de echtgenote: 2 dagen;\nc. aan de boventallige werknemer voor het zoeken naar ander werk en gesprekken met het mobiliteitscentrum: " +
            "de benodigde tijd.", "Artikel 22"), l => l.Code == "VWNW.TRAJECT");
        // A traject that mentions moving house and death (no marriage) is still a traject.
        Assert.Contains(Classify("De boventallige werknemer heeft recht op een van-werk-naar-werktraject van ten hoogste zes maanden. Verhuist hij voor " +
            "een nieuwe baan, dan vergoedt de werkgever de verhuiskosten; bij overlijden van de werknemer eindigt het traject.",
            "Artikel 30 Van werk naar werk"), l => l.Code == "VWNW.TRAJECT");
    }
}
