using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Engine 30 (session 22, issue 11 item 3, helper gen22): two kinds of clause that arrange nothing, found by their structure
/// rather than their wording, derived on the 2022 census and checked on the 2024 one. An alphabetical glossary (letter lines
/// "A", "B" and entries "Term : de ...") defines terms; a function description lists the tasks of a job as bare infinitives
/// ("- voeren van functioneringsgesprekken") under a result area or core tasks. In our own words (never real cao text); each
/// negative case was labelled by engine 24, each positive case keeps its label.
/// </summary>
public class ClauseRoleTests22
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    const string Glossary =
        "▪ Cao: met 'de cao' wordt bedoeld de cao Groenbouw.\n" +
        "▪ Bpv-overeenkomst (praktijkovereenkomst): de overeenkomst die bij de start van de bbl-opleiding wordt gesloten tussen de " +
        "leerling-werknemer, het leerbedrijf en de school. In de bpv-overeenkomst staan de rechten en plichten bij de praktijkopleiding.\n" +
        "▪ BW: Burgerlijk Wetboek.\n\n" +
        "D\n" +
        "▪ Deeltijd : een arbeidsduur korter dan de normale arbeidsduur.\n\n" +
        "L\n" +
        "▪ Leerling-werknemer : de werknemer die een bbl 2 of bbl 3 opleiding volgt in het vak.\n" +
        "▪ Leermeester : de werknemer die de leerling-werknemers in het leerbedrijf begeleidt en beoordeelt.";

    /// <summary>An alphabetical glossary defines the practice agreement and the learner; it arranges neither.</summary>
    [Fact]
    public void An_alphabetical_glossary_is_no_provision()
    {
        Assert.DoesNotContain(Classify(Glossary, null, "Over deze cao"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>The glossary starts at its first letter line; an arrangement above it is read as usual.</summary>
    [Fact]
    public void An_arrangement_before_a_glossary_keeps_its_label()
    {
        var text = "De werkgever geeft de bbl-leerling de schooldag vrij met behoud van loon.\n\n" + Glossary;
        Assert.Contains(Classify(text, "Bbl-leerlingen"), l => l.Code == "LLO.WERKEND_LEREN");
    }

    /// <summary>A list of leave kinds with a colon each, without letter lines, is an arrangement, not a glossary.</summary>
    [Fact]
    public void A_list_of_leave_kinds_stays_time_for_learning()
    {
        var text = "De werknemer heeft recht op de volgende vormen van verlof met behoud van loon:\n" +
                   "- Studieverlof: vijf dagen per jaar voor een opleiding die met zijn functie samenhangt.\n" +
                   "- Examenverlof: de dag van het examen.\n" +
                   "- Reisverlof: de reistijd naar de opleiding.";
        Assert.Contains(Classify(text, "Studieverlof"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>The personnel tasks in a job's result area: holding appraisal talks and making development agreements is a task, not a right.</summary>
    [Theory]
    [InlineData("3. Personeelszaken\n- aansturen van de medewerkers van de afdeling;\n- voeren van de jaarlijkse ontwikkelgesprekken en opstellen van persoonlijke ontwikkelplannen met de medewerkers;\n- beoordelen van de medewerkers;\n- signaleren van opleidingsbehoeften en doen van voorstellen voor scholing.\nResultaat: een goed bezette en ontwikkelde afdeling.", "3. Personeelszaken", "Teamleider magazijn")]
    [InlineData("Resultaat: de medewerkers zijn inzetbaar en werken volgens de planning.\n• Aansturen van de toegewezen medewerkers;\n• Bevorderen van de ontwikkeling van de medewerkers, onder meer via jaargesprekken;\n• Zorgdragen voor het werkoverleg en de persoonlijke ontwikkelplannen van het team;\n• Bewaken van het verzuim.", "2.1 Leidinggeven", "Coördinator zorgteam")]
    public void A_function_description_is_no_development_talk(string text, string title, string parent)
    {
        Assert.DoesNotContain(Classify(text, title, parent), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>A function profile written in prose under the headings of a function book (function aim, place in the organisation,
    /// result areas, knowledge and skills): the manager's development talks are a task of the job, not a talk the worker is given.</summary>
    [Fact]
    public void A_function_profile_in_prose_is_no_development_talk()
    {
        var text = "Functiedoel\nLeidinggeven aan het team.\nPlaats in de organisatie\nRapporteert aan de teamleider zorg.\nResultaatgebieden\n" +
                   "De leidinggevende voert met iedere medewerker jaarlijks een ontwikkelgesprek; de afspraken staan in een persoonlijk ontwikkelplan.\n" +
                   "Kennis en vaardigheden\nMbo-4 werk- en denkniveau; kennis van de beroepsopleiding.";
        Assert.DoesNotContain(Classify(text, "Teamleider"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>A development talk that discusses the function requirements and skills names two such words and stays a talk.</summary>
    [Fact]
    public void A_talk_about_function_requirements_stays_a_development_talk()
    {
        var text = "In het jaarlijkse ontwikkelgesprek bespreken werkgever en werknemer de functie-eisen en de kennis en vaardigheden die de " +
                   "werknemer wil ontwikkelen. Zij leggen de afspraken vast in een persoonlijk ontwikkelplan.";
        Assert.Contains(Classify(text, "Ontwikkelgesprek"), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    /// <summary>The tasks of a practice trainer towards a learner, without a function book's result area, stay werkend leren.</summary>
    [Fact]
    public void A_practice_trainers_tasks_stay_werkend_leren()
    {
        var text = "De werkgever wijst voor iedere bbl-leerling een praktijkopleider aan. De praktijkopleider heeft de volgende taken:\n" +
                   "- begeleiden van de leerling op de werkplek;\n- beoordelen van de voortgang van de leerling;\n" +
                   "- voeren van voortgangsgesprekken met de leerling en de school;\n- bijhouden van het praktijkboek.";
        Assert.Contains(Classify(text, "Praktijkopleider"), l => l.Code == "LLO.WERKEND_LEREN");
    }
}
