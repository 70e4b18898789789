using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.22.3 (session 17, issue 11, helper prec17c): LLO.WERKEND_LEREN judged wrong on a learner's pay and contract administration
/// (the linked contracts ending together, allowances, pay steps, a pay flowchart, safety rules for young workers). In our own words
/// (never real cao text); each negative case was labelled before the rule, each positive case keeps its label.
/// </summary>
public class PrecisionTests17c
{
    [Theory]
    [InlineData("3. De arbeidsovereenkomst van de leerling en de praktijkovereenkomst zijn aan elkaar gekoppeld. Daardoor vervalt de ene overeenkomst zodra de andere eindigt.", "Leerlingen")]
    [InlineData("2. Eindigt de beroepspraktijkovereenkomst omdat de leerling zijn examen heeft gehaald, dan eindigt de arbeidsovereenkomst op de laatste dag van de afgesproken looptijd.", "Leerlingen")]
    [InlineData("1. De vergoeding voor verblijfkosten uit artikel 31 geldt ook voor leerlingen van de beroepsbegeleidende leerweg die buiten de vestiging werken.", "BBL-leerlingen")]
    [InlineData("Voor jongeren in de beroepsbegeleidende leerweg (BBL) gelden de van het opleidingsniveau afhankelijke treden van de schaal.", "Jonge werknemers")]
    public void Pay_and_contract_administration_of_a_learner_is_no_werkend_leren(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("Schema: welk leerlingloon? Volgt de werknemer een bbl-opleiding op niveau 2? Kijk dan in tabel 5.2.", "Garantieloon leerling")]
    [InlineData("- onder toezicht van een leermeester werken op een steiger, tenzij de werknemer de bbl-opleiding voor steigerbouwer volgt;", "Jonge werknemers", "Arbeidsomstandigheden op het werk")]
    public void A_pay_or_safety_title_blocks_werkend_leren(string text, string title, string? parent = null)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("De werkgever biedt de BBL-leerling een leerarbeidsovereenkomst en wijst een praktijkopleider aan die hem op de werkplek begeleidt.", "Leerlingen")]
    [InlineData("De werkgever stelt jaarlijks ten minste twee BBL-leerplaatsen beschikbaar voor leerlingen van het mbo.", "Werkend leren")]
    [InlineData("De leerling met een beroepspraktijkovereenkomst gaat één dag per week naar school en krijgt op de werkplek begeleiding van een praktijkbegeleider.", "Leerlingen")]
    public void A_learning_arrangement_keeps_werkend_leren(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }
    // --- Engine 18: a keyword index whose entries have dash sub-entries ("Pensioen" then "- ouderdoms") is one index; before, the
    //     sub-entries broke the alphabetical runs and a sub-entry line under a sociaal-plan chapter title gave a label. ---

    const string IndexWithSubEntries =
        "Afvloeiing\nArbeidsduur\n- deeltijd\n- overwerk\nBedrijfsfonds\nBuitengewoon verlof\n- kort verzuim (huwelijk, verhuizing, jubileum)\n" +
        "Detachering\nFusie\nHerplaatsing\n- begeleiding naar ander werk\n- outplacement en bemiddeling\nJubileum\nLoopbaanscan\n" +
        "Ontslag\n- opzegtermijn\nPensioen\n- ouderdoms\n- nabestaanden\nReorganisatie\nScholing\n- vergoedingen\nWerkgelegenheid\n" +
        "- van-werk-naar-werkbegeleiding\n- re-integratie\nZiekte";

    [Fact]
    public void A_keyword_index_with_sub_entries_gets_no_label()
    {
        Assert.Empty(Classify(IndexWithSubEntries, "Afvloeiing", "Aandachtspunten voor een sociaal plan"));
    }

    [Fact]
    public void A_dash_list_in_an_article_still_counts()
    {
        const string text = "Bij een reorganisatie biedt de werkgever de boventallige werknemer een van-werk-naar-werktraject aan, met:\n" +
            "- begeleiding naar ander werk door een extern bureau\n- een scholingsbudget van EUR 3.000";
        Assert.Contains(Classify(text, "Sociaal plan"), l => l.Code.StartsWith("VWNW.", StringComparison.Ordinal));
    }

    // --- Engine 18: the next article's heading in capitals, wrapped over two lines at the end of a clause, is no text of the clause. ---

    [Fact]
    public void A_wrapped_capitals_heading_at_the_end_opens_the_next_article()
    {
        const string text = "Artikel 40\nDe werkgever betaalt de werknemer een vergoeding voor eigen werkschoenen die aan de veiligheidseisen voldoen.\n\n" +
            "41 STICHTING SCHOLINGS- EN ONTWIKKELINGSFONDS VOOR HET\nSCHILDERSBEDRIJF";
        Assert.DoesNotContain(Classify(text), l => l.Code == "LLO.FONDS");
    }

    [Fact]
    public void A_fund_sentence_before_a_capitals_line_still_counts()
    {
        const string text = "De werkgever draagt jaarlijks 0,3% van de loonsom af aan het opleidings- en ontwikkelingsfonds voor de sector.\n\n" +
            "41 STICHTING SCHOLINGS- EN ONTWIKKELINGSFONDS VOOR HET\nSCHILDERSBEDRIJF";
        Assert.Contains(Classify(text), l => l.Code == "LLO.FONDS");
    }
}
