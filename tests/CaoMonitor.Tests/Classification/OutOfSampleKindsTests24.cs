using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.90.x and engine 32 (session 24, helper prec24): kinds of error the judges found on cao versions nobody had tuned on
/// (issue 11 items 1, 3 and 4), written in our own words (never real cao text). Each negative case is labelled by rules 1.80.2 /
/// engine 31; each positive case keeps its label.
/// </summary>
public class OutOfSampleKindsTests24
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    /// <summary>A job-grading handbook walks through a function's scores factor by factor (knowledge, time pressure, risk of
    /// damage, expression, "overige"); what it says about training describes the function, it arranges nothing (item 3).</summary>
    [Fact]
    public void Grading_factors_of_a_function_are_a_function_description()
    {
        const string text = "Toelichting op de indeling van de functies\nKennis\nDe functie vraagt een afgeronde opleiding op mbo-niveau 3 en de " +
            "bereidheid om interne trainingen te volgen. De medewerker kan een opleiding volgen op kosten van de werkgever.\nTijdsdruk\nDe " +
            "werkzaamheden moeten binnen strakke termijnen worden afgerond, vooral aan het einde van de maand.\nRisico op schade\nFouten bij " +
            "het inplannen leiden tot schade aan materieel of vertraging bij de klant.\nUitdrukkingsvaardigheid\nMondeling en schriftelijk " +
            "helder rapporteren aan de leidinggevende.\nOverige\nDe medewerker werkt mee aan het inwerken van nieuwe collega's en het " +
            "opleidingsplan van de afdeling.";
        Assert.Empty(Classify(text, "Bijlage 6 Toelichting indeling"));
        // One grading word in an arrangement is no handbook: a werkdruk article that mentions time pressure keeps its label.
        Assert.Contains(Classify("De werknemer die door tijdsdruk zijn opleiding niet kan afronden, heeft recht op vijf extra dagen betaald studieverlof.",
            "Studieverlof"), l => l.Code == "LLO.TIJD");
    }

    /// <summary>A lid headed by the grading factor itself ("Tijdsdruk") is part of a function description.</summary>
    [Fact]
    public void A_lid_headed_by_a_grading_factor_is_a_function_description()
    {
        Assert.Empty(Classify("De medewerker plant de opleidingen en cursussen van de afdeling in, vergoedt namens de werkgever de studiekosten " +
            "van collega's en moet daarbij strakke termijnen halen.", "Tijdsdruk"));
    }

    /// <summary>An article of a function handbook ("Art. 7" under "Functiehandboek") describes the function's requirements.</summary>
    [Fact]
    public void An_article_under_a_function_handbook_is_a_function_description()
    {
        const string text = "De werkgever vergoedt de kosten van de opleiding die voor de functie vereist is; de medewerker volgt de cursus in werktijd.";
        Assert.Empty(Classify(text, "Art. 7", "Functiehandboek"));
        Assert.Contains(Classify(text, "Art. 7", "Opleiding"), l => l.Code == "LLO.STUDIEKOSTEN");
    }

    /// <summary>A budget set as a percentage of the personnel costs or of the sum of the salaries, for the school or institution,
    /// is the organisation's training budget (LLO.COLLECTIEF), no individual budget (issue 11 item 4).</summary>
    [Fact]
    public void A_percentage_of_the_salary_total_is_a_collective_budget()
    {
        var school = Classify("Het schoolbestuur besteedt jaarlijks minimaal 6% van de personele lasten aan een professionaliseringsbudget voor de " +
            "scholing van het personeel.", "Professionalisering");
        Assert.DoesNotContain(school, l => l.Code == "LLO.BUDGET");
        Assert.Contains(school, l => l.Code == "LLO.COLLECTIEF");
        var guideline = Classify("Als richtlijn voor de omvang van de loopbaanbudgetten geldt 3% van de totale som van de jaarsalarissen van de instelling.",
            "Loopbaanbudget");
        Assert.DoesNotContain(guideline, l => l.Code == "LLO.BUDGET");
        Assert.Contains(guideline, l => l.Code == "LLO.COLLECTIEF");
        Assert.DoesNotContain(Classify("De instelling stelt minimaal 5% van haar begroting beschikbaar als professionaliseringsbudget voor het " +
            "onderwijzend personeel.", "Professionalisering"), l => l.Code == "LLO.BUDGET");
        // A percentage of the worker's own salary is his budget.
        Assert.Contains(Classify("De werknemer heeft recht op een loopbaanbudget van 3% van zijn jaarsalaris per jaar.", "Loopbaanbudget"),
            l => l.Code == "LLO.BUDGET");
    }

    /// <summary>A four-day week built from leave rights is working time, no development (the definition's own boundary).</summary>
    [Fact]
    public void A_four_day_week_from_leave_rights_is_no_durable_employability()
    {
        Assert.DoesNotContain(Classify("1. De werknemer kan de werkgever vragen om een vierdaagse werkweek met behoud van een voltijds dienstverband, " +
            "door gebruik te maken van zijn vrije-tijdsrechten. Hij kan daarvoor gebruiken:\na. atv-uren;\nb. vakantie-uren boven het wettelijk " +
            "minimum;\nc. inzetbaarheidsuren voor werknemers vanaf 55 jaar.", "Vierdaagse werkweek"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        Assert.DoesNotContain(Classify("De werknemer kan met zijn spaarverlof en zijn duurzame-inzetbaarheidsuren zijn werkweek terugbrengen tot " +
            "vier dagen van negen uur, met behoud van zijn voltijdsalaris.", "Werktijden"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
        // Hours that may go to training stay DI, also beside a four-day week.
        Assert.Contains(Classify("De werknemer kan zijn inzetbaarheidsuren naar eigen keuze besteden aan scholing en ontwikkeling of aan een " +
            "vierdaagse werkweek.", "Inzetbaarheid"), l => l.Code == "LLO.DUURZAME_INZETBAARHEID");
    }

    /// <summary>A certificate for a passed exam part is exam certification, not recognition of prior learning.</summary>
    [Fact]
    public void An_exam_part_certificate_is_no_evc()
    {
        Assert.DoesNotContain(Classify("Voor elk afgerond examenonderdeel krijgt de werknemer een mbo-certificaat. De werkgever vergoedt de kosten " +
            "en de werknemer heeft recht op een dag verlof voor het examen.", "Certificering"), l => l.Code == "LLO.EVC");
        Assert.Contains(Classify("De werknemer kan een EVC-traject volgen om zijn praktijkervaring te laten erkennen; hij ontvangt een " +
            "deelcertificaat per erkend onderdeel. De werkgever vergoedt de kosten.", "Erkenning"), l => l.Code == "LLO.EVC");
    }
}
