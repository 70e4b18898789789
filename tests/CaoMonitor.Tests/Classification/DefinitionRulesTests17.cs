using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.20.0, engine 17 (session 17, issue 11 requirements 4 and 8): the rules brought in line with the taxonomy's own written
/// definitions where the readers of whole cao's (tools/measure/caotruth-2024*) applied them and the rules did not. In our own words
/// (never real cao text), each with counter-cases for the non-cases the definitions list. Every positive case here got no label with
/// the 1.19.3 rules, and every negative case of the leave list got one.
/// </summary>
public class DefinitionRulesTests17
{
    static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        new ClauseClassifier().Classify(new ClauseInput(text, title, parent));

    // --- VWNW.SOCIAAL_PLAN: the duty to draw up a sociaal plan counts (rules 1.16), also as a duty to negotiate it with the unions, to lay
    //     the agreed rights down in one, or (without the word) to work out arrangements that limit a reorganisation's harm to the staff. ---

    [Theory]
    [InlineData("Bij een samenvoeging van twee stichtingen worden de afspraken over de rechten van de betrokken medewerkers vastgelegd in een sociaal plan.", "Samenvoeging")]
    [InlineData("De werkgever zorgt ervoor dat de afspraken over de rechtspositie van de medewerkers van beide organisaties in een sociaal plan komen te staan.", "Bij een fusie")]
    [InlineData("d. Krijgt de verandering gevolgen voor je personeel? Dan maak je een sociaal plan. Dat doe je samen met de vakbond.", "Wat moet je als werkgever doen?")]
    [InlineData("Zo nodig overlegt de werkgever met de vakbonden over de inhoud van een sociaal plan.", "Fusie en reorganisatie")]
    [InlineData("Heeft een reorganisatie gevolgen voor het personeel, dan nodigt de werkgever de vakbonden tijdig uit om te overleggen over de gevolgen en de in een sociaal plan op te nemen maatregelen.", "Verplichtingen werkgever")]
    [InlineData("2. In het daaropvolgende overleg werken de werkgever en de bonden regelingen uit om de nadelige gevolgen van de sluiting voor de betrokken werknemers zo veel mogelijk te beperken.", "Sluiting van de onderneming")]
    [InlineData("Samen met de vakbonden bekijkt de werkgever of voorzieningen getroffen kunnen worden om de nadelige gevolgen voor de werknemers te voorkomen of te verminderen.", "Inkrimping")]
    public void A_duty_to_make_or_negotiate_a_social_plan_is_one(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    [Theory]
    [InlineData("Dreigt de continuïteit van het bedrijf in gevaar te komen, dan maakt de werkgever met de vakbond afspraken over de uitbetaling van de gespaarde uren. Deze afspraken worden vastgelegd in een sociaal plan.", "Slechte tijden")]
    [InlineData("Bij elk besluit wordt rekening gehouden met de sociale gevolgen voor de werkgelegenheid. Zo nodig worden tijdig maatregelen getroffen.", "Arbeidsverhoudingen")]
    [InlineData("Bij een fusie informeert de werkgever de vakbonden tijdig over de redenen en de te verwachten gevolgen.", "Fusie")]
    [InlineData("Het vervullen van de taak van praktijkbegeleider mag geen nadelige gevolgen hebben voor het salaris van de werknemer.", "Praktijkbegeleider")]
    public void Saved_hours_informing_or_other_consequences_are_no_social_plan(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.SOCIAAL_PLAN");
    }

    // --- VWNW.INTERSECTORAAL: a budget or entitlement the worker keeps when he moves to another employer (decided earlier) is found
    //     wherever the cao lets it go along, not only where the sentence names the sector. ---

    [Theory]
    [InlineData("Bij het einde van het dienstverband wordt het opgebouwde ontwikkelbudget op verzoek van de werknemer overgedragen aan een nieuwe werkgever die onder deze cao valt.", "Persoonlijk budget")]
    [InlineData("Treedt de werknemer binnen drie maanden in dienst bij een nieuwe werkgever in de branche, dan neemt hij zijn verlofspaarsaldo mee.", "Verlofsparen")]
    [InlineData("De werknemer neemt zijn ervaringsjaren mee als hij van werkgever verandert.", "Ervaringsjaren")]
    [InlineData("Partijen spreken af te onderzoeken hoe het loopbaanbudget overdraagbaar kan worden van de ene naar de andere werkgever.", "Afspraken voor de looptijd")]
    public void A_budget_that_goes_along_to_a_new_employer_is_intersectoral(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    [Theory]
    [InlineData("Het persoonlijk budget blijft bij de werkgever en gaat niet mee naar een nieuwe werkgever.", "Persoonlijk budget")]
    [InlineData("Bij een aanbesteding neemt de nieuwe vervoerder de werknemers over en neemt de werknemer zijn verlofsaldo mee naar de nieuwe werkgever.", "Contractwisseling")]
    [InlineData("De werknemer neemt zijn persoonlijke beschermingsmiddelen mee naar de nieuwe werkgever.", "Beschermingsmiddelen")]
    public void No_budget_or_a_tender_transfer_is_not_intersectoral(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.INTERSECTORAAL");
    }

    // --- VWNW.TRAJECT: hours to look for a new job in a list of paid leave are no traject (rules 1.15), also where only the chapter
    //     title names the leave list (engine 17: a title blocker reads the chapter title even for a category that takes no context from it). ---

    [Fact]
    public void Job_search_hours_in_a_leave_chapter_are_no_traject()
    {
        const string text = "g. Nieuw werk zoeken: heeft de werkgever de arbeidsovereenkomst opgezegd, dan heeft de werknemer recht op een halve dag verlof per week voor het zoeken van een nieuwe baan.";
        Assert.DoesNotContain(Classify(text, "Verlof om andere redenen", "Vrije dagen en bijzonder verlof"), l => l.Code == "VWNW.TRAJECT");
        Assert.Contains(Classify(text, "Verlof om andere redenen", "Einde van de arbeidsovereenkomst"), l => l.Code == "VWNW.TRAJECT");
    }

    // --- Rules 1.20.1. A lettered lid with a caption before its sentence ("b. Caption : De werknemer neemt ...") is a provision, not a
    //     definition-list entry: the caption is followed by a worker or employer and a verb. ---

    [Theory]
    [InlineData("b. Meenemen : De werknemer neemt zijn ervaringsjaren mee als hij van werkgever verandert.", "Ervaringsjaren", "VWNW.INTERSECTORAAL")]
    [InlineData("c. Leerplek : De werkgever sluit met iedere leerling een praktijkovereenkomst voor de beroepsbegeleidende leerweg.", "Vakopleiding", "LLO.WERKEND_LEREN")]
    public void A_captioned_lid_is_read_as_a_provision(string text, string title, string code)
    {
        Assert.Contains(Classify(text, title), l => l.Code == code);
    }

    // --- LLO.BUDGET only when development is its purpose: an old budget whose only uses are duurzame inzetbaarheid, leave or a payout
    //     is no development budget, whatever its name (the 1.18.0 decision applied to the spending words). ---

    [Fact]
    public void A_budget_spent_only_on_duurzame_inzetbaarheid_is_no_development_budget()
    {
        Assert.DoesNotContain(Classify("De werknemer behoudt het opgebouwde loopbaanbudget; er vindt geen opbouw meer plaats. Hij kan het opgebouwde loopbaanbudget aanwenden voor activiteiten gericht op duurzame inzetbaarheid, laten omzetten in verlof of laten uitbetalen.", "Opgebouwd loopbaanbudget"),
            l => l.Code == "LLO.BUDGET");
        Assert.Contains(Classify("De werknemer kan zijn loopbaanbudget besteden aan opleidingen en aan activiteiten voor zijn duurzame inzetbaarheid.", "Loopbaanbudget"),
            l => l.Code == "LLO.BUDGET");
    }

    // --- The explanation of how a pay allowance was calculated names budgets as inputs, it arranges none of them. ---

    [Fact]
    public void The_calculation_of_an_allowance_arranges_no_budget()
    {
        Assert.Empty(Classify("Voor de overgangstoeslag zijn de verschillen tussen beide regelingen vergeleken. Dat zijn de eindejaarsuitkering, het vitaliteitsbudget en het ontwikkelbudget van € 500 per jaar.", "Toelichting op de hoogte van de overgangstoeslag"));
    }

    // --- VWNW.INTERSECTORAAL: training aimed at jobs "binnen als buiten de sector" counts (the definition), also in the plural. ---

    [Fact]
    public void Training_for_functions_outside_the_sector_is_intersectoral()
    {
        Assert.Contains(Classify("De tegemoetkoming geldt voor scholing gericht op functies zowel binnen als buiten de branche."), l => l.Code == "VWNW.INTERSECTORAAL");
        Assert.DoesNotContain(Classify("De tegemoetkoming geldt voor scholing gericht op functies binnen of buiten de organisatie."), l => l.Code == "VWNW.INTERSECTORAAL");
    }
}
