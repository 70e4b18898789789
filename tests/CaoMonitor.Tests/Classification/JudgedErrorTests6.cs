using Xunit;
using static CaoMonitor.Tests.Classification.Examples;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Error classes that the judged sample of seed 20248 (rules 1.9.1) still found, written again in our own words.
/// Each wrong case has a right case beside it, so a rule that simply drops the category fails.
/// </summary>
public class JudgedErrorTests6
{
    // --- Near misses of training time: emergency drills and pension preparation. ---

    [Theory]
    [InlineData("Uren die een werknemer besteedt aan oefeningen en trainingen als bedrijfshulpverlener gelden als werktijd.", "Arbeidstijden")]
    [InlineData("Wie 60 jaar of ouder is, krijgt twee dagen betaald verlof om via een cursus voor te bereiden op zijn pensioen.", "Oudere werknemers")]
    public void Certificates_drills_and_pension_courses_are_not_training_time(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.TIJD");
    }

    [Theory]
    [InlineData("De werknemer heeft recht op twee opleidingsdagen per jaar met behoud van loon.", "Opleidingsverlof")]
    [InlineData("Oefeningen als bedrijfshulpverlener vallen buiten deze regeling. De werknemer mag per jaar 16 uur van zijn werktijd besteden aan scholing.", "Scholing")]
    public void Real_training_time_is_still_found(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.TIJD");
    }

    // --- Job evaluation headings (strain, independence, social skills, staff management) describe a job, not a provision. ---

    [Theory]
    [InlineData("Belasting ontstaat bij drukke momenten en bij het begeleiden van stagiaires en leerlingen.", "Praktijkassistent > Inconveniënten")]
    [InlineData("- werkt volgens protocollen;\n- levert een bijdrage aan de begeleiding van BBL-leerlingen en nieuwe collega's.", "Assistent > Sociale vaardigheden")]
    [InlineData("- plant het eigen werk;\n- begeleidt stagiairs en leerlingen in de beroepspraktijk.", "Medewerker > Zelfstandigheid")]
    [InlineData("- voert functioneringsgesprekken en maakt ontwikkelafspraken met medewerkers;\n- keurt opleidingsvoorstellen goed.", "Teamleider > Personeelsmanagement")]
    public void Job_evaluation_aspects_carry_no_provision(string text, string title)
    {
        Assert.Empty(Classify(text, title));
    }

    [Fact]
    public void A_work_based_learning_article_is_still_found()
    {
        Assert.Contains(Classify("De werkgever biedt een leerling in de beroepsbegeleidende leerweg een leerarbeidsovereenkomst en een praktijkbegeleider.", "Leerlingen BBL"),
            l => l.Code == "LLO.WERKEND_LEREN");
    }

    // --- A bare duty to consult the unions about a social plan was no social plan here (rules 1.9.2); rules 1.20.0 reversed that
    //     decision after the readers' cao-level truth and the bundled gold (g0132): see DefinitionRulesTests17. ---

    [Theory]
    [InlineData("Bij een reorganisatie met gedwongen ontslagen stelt de werkgever in overleg met de vakbonden een sociaal plan op.", "Reorganisatie")]
    [InlineData("Het sociaal plan bevat afspraken over begeleiding van werk naar werk, scholing en outplacement.", "Sociaal plan")]
    public void A_social_plan_that_is_made_or_has_contents_is_still_found(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.SOCIAAL_PLAN");
    }
}
