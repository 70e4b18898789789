using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 2.15.x and engine 35 (session 31, helper llo31, issue 11 item 8): wording classes behind cao-level cells of the LLO
/// categories that the readers found and by_cao.csv missed. In our own words (never real cao text); every positive case had no
/// label of its category before 2.15.0.
/// </summary>
public class LloRecallTests31
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Examples.Classify(text, title, parent);

    static bool Has(IReadOnlyList<Label> labels, string code) => labels.Any(l => l.Code == code);

    /// <summary>The employer may not charge the costs of (mandatory) training to the worker: the employer bears them, a study-costs
    /// arrangement (trigger costs-not-charged-to-worker, rules 2.15.0), when the sentence or the one before names the training. Costs
    /// of something else that may not be reclaimed are not.</summary>
    [Fact]
    public void Training_costs_the_employer_may_not_reclaim_are_a_study_costs_arrangement()
    {
        Assert.True(Has(Classify("2. Je volgt een opleiding die de wet voor je functie verplicht stelt.\na. De werkgever mag de kosten daarvan niet aan jou terugvragen.\nb. De tijd van de opleiding telt als werktijd.", "Verplichte scholing"), "LLO.STUDIEKOSTEN"));
        Assert.True(Has(Classify("De kosten van een cursus die de werkgever nodig vindt voor het werk mogen niet bij de werknemer in rekening worden gebracht."), "LLO.STUDIEKOSTEN"));
        Assert.False(Has(Classify("De werkgever mag de kosten van de werkkleding niet aan de werknemer terugvragen.", "Bedrijfskleding"), "LLO.STUDIEKOSTEN"));
        Assert.False(Has(Classify("De werknemer mag de reiskosten niet declareren als hij een leaseauto heeft.", "Reiskosten"), "LLO.STUDIEKOSTEN"));
    }

    /// <summary>An article title that names a safety course and "andere cursussen" is not only about the safety diploma (unless of
    /// blocker safety-diploma-title, rules 2.15.0); a lid about the first-aid course itself stays off topic.</summary>
    [Fact]
    public void Title_naming_a_first_aid_course_and_other_courses_does_not_block_study_costs()
    {
        const string title = "Wat geldt bij een BHV-cursus of andere cursussen?";
        Assert.True(Has(Classify("3. De werkgever vergoedt de kosten van een opleiding die nodig is voor je functie.", title), "LLO.STUDIEKOSTEN"));
        Assert.False(Has(Classify("1. De werkgever vergoedt de kosten van de BHV-cursus als hij je vraagt die te volgen.", title), "LLO.STUDIEKOSTEN"));
        Assert.False(Has(Classify("3. De werkgever vergoedt de kosten van een opleiding die nodig is voor je functie.", "BHV-cursus"), "LLO.STUDIEKOSTEN"));
    }

    const string LeaveTable =
        "Gebeurtenis Duur Voorwaarden\n" +
        "Eigen huwelijk 2 dagen Een week van tevoren melden\n" +
        "Verhuizing 1 dag Hooguit eens per jaar\n" +
        "Bezoek aan tandarts of huisarts De nodige tijd Als dit aantoonbaar niet buiten werktijd kan\n" +
        "Afleggen van een examen voor een erkend vakdiploma De werkelijk benodigde tijd, met reistijd Het examen hoort bij het vak\n" +
        "Een plicht die de overheid oplegt De benodigde tijd Kan niet in de vrije tijd\n" +
        "Er is geen vergoeding van derden\n" +
        "Vakbondsbijeenkomsten Hooguit vier dagen per jaar";

    /// <summary>Engine 35: a table of paid-leave events without sentence punctuation is no longer one sentence when it holds an exam
    /// row (table_row_cues): each row is a sentence, so the negation or the union row elsewhere in the table no longer silences the
    /// exam row (LLO.TIJD rules 1.16.3: exam leave in a list of paid leave is time for learning).</summary>
    [Fact]
    public void Exam_row_in_a_paid_leave_table_is_time_for_learning()
    {
        Assert.True(Has(Classify(LeaveTable, "Kort verzuim", "Verlof"), "LLO.TIJD"));
        // Without an exam row the table gives no time for learning.
        var noExam = LeaveTable.Replace("Afleggen van een examen voor een erkend vakdiploma De werkelijk benodigde tijd, met reistijd Het examen hoort bij het vak\n", "");
        Assert.False(Has(Classify(noExam, "Kort verzuim", "Verlof"), "LLO.TIJD"));
        // A negation in the exam row itself still counts for that row.
        var refused = LeaveTable.Replace("De werkelijk benodigde tijd, met reistijd", "Er is geen recht op verlof, ook niet voor de reistijd");
        Assert.False(Has(Classify(refused, "Kort verzuim", "Verlof"), "LLO.TIJD"));
    }

    /// <summary>Engine 35: the split into rows needs a table row cue, a run over 400 characters and three line breaks before a capital;
    /// prose sentences and short runs are split as before.</summary>
    [Fact]
    public void Only_long_runs_with_a_table_row_cue_are_split_into_rows()
    {
        var tx = Examples.Classifier.Taxonomy;
        Assert.True(Sentences.Split(LeaveTable, tx.TableRowCues).Count > Sentences.Split(LeaveTable).Count);
        const string shortRun = "Afleggen van een examen De benodigde tijd\nVerhuizing 1 dag\nHuwelijk 2 dagen\nJubileum 1 dag";
        Assert.Equal(Sentences.Split(shortRun).Count, Sentences.Split(shortRun, tx.TableRowCues).Count);
        var form = LeaveTable.Replace("Afleggen van een examen voor een erkend vakdiploma", "Cursus voor een erkend vakdiploma");
        Assert.Equal(Sentences.Split(form).Count, Sentences.Split(form, tx.TableRowCues).Count);
    }
}
