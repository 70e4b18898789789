using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Engine 30 and rules 1.61.0 (written as 1.50.0; session 22, issue 11 item 3, helper gen22): three forms of a table of contents or index that the
/// masks missed, found by layout. A contents list of numbered articles without page numbers ("99. Kwalificatieplichtige
/// werknemer", chapter lines in capitals between); a subject index that refers to article numbers instead of pages ("Overwerk
/// 4.7.6"); a list of appendices numbered in Roman numerals ("* Bijlage IX: Model leerovereenkomst"). In our own words (never real
/// cao text); each negative case was labelled by engine 24 and rules 1.41.4, each positive case keeps its label.
/// </summary>
public class TableOfContentsTests22
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>A contents list of articles 81 to 88 names a development day and a training fund; it arranges neither.</summary>
    [Fact]
    public void A_contents_list_of_numbered_articles_is_no_provision()
    {
        var text = "XII. OPLEIDING\n81. Leerplichtige werknemer\n82. Deeltijdonderwijs\n83. Verplichte scholing\n84. Ontwikkelingsdag\n85. EVC\n" +
                   "XIII. WERKGELEGENHEID\n86. Werkgelegenheid\n87. Generatiepact\n\nXIV. BIJZONDERE BEPALINGEN\n" +
                   "88. Stichting Opleidings- en Ontwikkelingsfonds voor de Groenbouw\n\nDe werknemer heeft recht op een exemplaar van deze cao.";
        var labels = Classify(text);
        Assert.DoesNotContain(labels, l => l.Code == "LLO.TIJD");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.FONDS");
    }

    /// <summary>A short numbered list of what a budget may pay for starts at 1 and stays a list of uses.</summary>
    [Fact]
    public void A_short_numbered_list_of_uses_keeps_its_label()
    {
        var text = "De werknemer heeft per kalenderjaar recht op een persoonlijk ontwikkelbudget van € 600. Hij kan het budget besteden aan:\n" +
                   "1. Opleidingen en cursussen\n2. Loopbaanadvies\n3. Een EVC-traject\n4. Boeken en lesmateriaal";
        Assert.Contains(Classify(text, "Persoonlijk ontwikkelbudget"), l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A subject index that refers to articles names the sociaal plan, study leave and training costs; it arranges none of them.</summary>
    [Fact]
    public void A_subject_index_with_article_numbers_is_no_provision()
    {
        var text = "Scholing, opleiding en vergoeding van opleidingskosten voor arts-assistenten 13.4\nSociaal beleid bij reorganisaties bijlage J\n" +
                   "Sociaal beleidskader voor de instellingen en herplaatsing 1.7Sociaal plan 1.8\nStagevergoeding voor studenten van het hoger onderwijs bijlage G\n" +
                   "Studieverlof en studiedagen van de academisch medisch specialist 15.9.2\nTelefoonkostenvergoeding bij bereikbaarheidsdiensten en thuiswerk 5.5\n" +
                   "Toelage ter stimulering van de mobiliteit binnen de instelling 4.9\nVakantie en vakantieverlof van de academisch medisch specialist 15.7\n";
        var labels = Classify(text);
        Assert.DoesNotContain(labels, l => l.Code == "VWNW.SOCIAAL_PLAN");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.TIJD");
        Assert.DoesNotContain(labels, l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>A list of appendices numbered in Roman numerals names a model learning agreement; it arranges nothing.</summary>
    [Fact]
    public void A_list_of_appendices_in_roman_numerals_is_no_werkend_leren()
    {
        var text = "Bijlagen\n* Bijlage VII: Model Leerovereenkomst Praktijkperiode\n* Bijlage VIII: Model Leer-arbeidsovereenkomst\n" +
                   "* Bijlage IX: Model Opleidingsreglement voor opleidingen in dienstverband\n* Bijlage X: Stageovereenkomst";
        Assert.DoesNotContain(Classify(text, "Bijlagen"), l => l.Code == "LLO.WERKEND_LEREN");
    }
}
