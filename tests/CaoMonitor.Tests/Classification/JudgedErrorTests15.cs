using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.17.2 and later (session 15, issue 11 requirement 1: the judged round s15a, seed 20263, on rules 1.17.0, and the classes of
/// LLO.ONTWIKKELGESPREK, VWNW.LOOPBAAN and LLO.WERKEND_LEREN that all judged rounds still produced), in our own words (never real cao
/// text), each with counter-cases that keep their label. Every negative case produced the wrong label before its rule.
/// </summary>
public class JudgedErrorTests15
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- Function descriptions: a task line of a job (a subjectless verb or a nominalised task opening a list item) that supervises
    //     interns or holds talks is the job's content, no werkend leren and no ontwikkelgesprek. ---

    [Theory]
    [InlineData("3.2 Taken\n• Plant de afspraken van de praktijk en beheert de agenda;\n• Begeleidt en beoordeelt stagiaires van de opleiding tot assistent;\n• Houdt de voorraad bij.", "3.2 Taken in de praktijk", "Assistent praktijk B")]
    [InlineData("Kerntaken van de functie zijn onder meer:\n- voert de dagelijkse controles uit volgens protocol;\n- begeleidt nieuwe collega's en stagiairs bij hun werk in de praktijk;\n- rapporteert aan de manager.", "Werkzaamheden", "Medewerker apotheek")]
    [InlineData("• Verzorgt voorlichting aan cliënten over de zorg;\n• Draagt zorg voor de overdracht van kennis en vaardigheden aan stagiaires en collega's in opleiding.", "Voorlichting", "Verpleegkundige A")]
    public void A_task_line_about_interns_is_no_werkend_leren(string text, string title, string parent)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("De werkgever begeleidt de stagiair tijdens de beroepspraktijkvorming met een vaste praktijkopleider.", "Stagiairs")]
    [InlineData("De werkgever zorgt ervoor dat stagiaires een vaste praktijkbegeleider hebben die hen begeleidt tijdens de opleiding.", "Stages")]
    public void The_employer_supervising_interns_keeps_werkend_leren(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("2. Personeelszaken\n- aansturen en coachen van de teamleden, voeren van functioneringsgesprekken en maken van ontwikkelafspraken;\n- bewaken van de planning en de kwaliteit.", "2. Personeelszaken", "Teamleider A")]
    [InlineData("Resultaat: het team werkt volgens plan.\n• Aansturen van de medewerkers en bewaken van hun ontwikkeling;\n• Uitvoeren van het personeelsbeleid, waaronder werving, jaargesprekken, ziekteverzuim en opleiding;\n• Zelf meewerken waar nodig.", "Leidinggeven", "Vestigingsmanager")]
    [InlineData("Als basisfunctie, aangevuld met:\n\n• Sociale vaardigheden voor het motiveren en begeleiden van kinderen en hun ouders.\n\n• Zelfstandigheid voor het mede opstellen en bijstellen van het ontwikkelingsplan.", "Specifieke functiekenmerken", "Differentiatie")]
    public void A_task_line_or_job_characteristic_about_talks_is_no_ontwikkelgesprek(string text, string title, string parent)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Theory]
    [InlineData("De werkgever voert ieder jaar met elke werknemer een ontwikkelgesprek, waarin afspraken over scholing worden vastgelegd.", "Ontwikkelgesprek")]
    [InlineData("De leidinggevende is verantwoordelijk voor het voeren van de jaargesprekken over de ontwikkeling van de medewerker.", "Jaargesprek")]
    [InlineData("De werkgever houdt jaarlijks met iedere werknemer een gesprek over zijn ontwikkeling; de afspraken worden vastgelegd in een persoonlijk ontwikkelplan.", "Persoonlijk ontwikkelplan")]
    public void A_talk_the_employer_holds_with_the_worker_keeps_ontwikkelgesprek(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }
}
