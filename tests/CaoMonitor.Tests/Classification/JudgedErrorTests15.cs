using CaoMonitor.Classification;
using CaoMonitor.Domain;
using Xunit;

namespace CaoMonitor.Tests.Classification;

/// <summary>
/// Rules 1.17.2, 1.17.5, 1.17.6 (session 15, issue 11 requirement 1: the judged round s15a, seed 20263, on rules 1.17.0, and the classes of
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
    // --- LLO.ONTWIKKELGESPREK: agreements cao parties made about the development of workers in general are policy; agreements "over
    //     scholingsverlof" are time; a collective professionalisation plan is LLO.COLLECTIEF (rules 1.17.5). ---

    [Theory]
    [InlineData("Onderzoek naar ontwikkeling. In eerdere cao's zijn afspraken gemaakt over de persoonlijke ontwikkeling van werknemers en over een eigen opleidingsbudget. Partijen onderzoeken waarom daarvan weinig gebruik wordt gemaakt.", "Onderwerpen voor nader onderzoek")]
    [InlineData("In het bedrijfsopleidingsplan kunnen ook afspraken staan over scholingsverlof. Het verlof kan ook in geld worden uitbetaald.", "Opleidingsverlof")]
    [InlineData("2. Op bestuursniveau worden met de medezeggenschapsraad eens per vier jaar de kaders vastgesteld waarbinnen de professionalisering plaatsvindt.\nDaarbij wordt in elk geval aandacht besteed aan:\na. de wijze waarop middelen voor teams en personen worden verdeeld;\nb. hoe deze ontwikkelingsdoelen zich verhouden tot wat de samenleving van de school vraagt.", "Collectief professionaliseringsplan")]
    [InlineData("Het bestuur stelt met de medezeggenschapsraad de ontwikkelingsdoelen vast waarbinnen de professionalisering van teams en personen plaatsvindt.", "Collectief professionaliseringsplan")]
    public void Development_policy_in_general_is_no_ontwikkelgesprek(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    [Theory]
    [InlineData("De leidinggevende en de werknemer maken jaarlijks afspraken over de persoonlijke ontwikkeling van de werknemer en leggen die vast.", "Jaargesprek")]
    [InlineData("In het gesprek worden afspraken over scholing gemaakt en vastgelegd.", "Ontwikkeling")]
    [InlineData("De werknemer en de leidinggevende leggen de ontwikkeldoelen van de werknemer jaarlijks vast in een persoonlijk ontwikkelplan.", "Professionalisering")]
    [InlineData("b. hoe de ontwikkeldoelen van de werknemer worden vastgelegd in zijn persoonlijk ontwikkelplan.", "Individueel professionaliseringsplan")]
    public void Agreed_development_goals_of_the_worker_keep_ontwikkelgesprek(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.ONTWIKKELGESPREK");
    }

    // --- LLO.WERKEND_LEREN (rules 1.17.5): a learner's salary in the first two practice years is pay; an article about a training other
    //     than BBL; a definition of a person with a place between ("is de persoon binnen het leerbedrijf die"); a blank contract template
    //     with bracketed placeholders. ---

    [Theory]
    [InlineData("1. De leerling die de duale opleiding tot verpleegkundige volgt, ontvangt tijdens de eerste twee praktijkleerjaren salaris volgens de bijlage.", "Duale opleiding verpleegkunde")]
    [InlineData("2. Wil je een opleiding volgen die de werkgever nuttig vindt voor je werk? Dan betaalt de werkgever je loon door voor een deel van de uren die je naar school gaat, tot 20 uur per jaar.", "Je volgt een andere opleiding dan een BBL-opleiding. Wat is er afgesproken?")]
    [InlineData("1. De praktijkopleider is de persoon binnen het erkende leerbedrijf die de leerling in de beroepspraktijkvorming begeleidt.", "Praktijkopleider")]
    [InlineData("STAGEOVEREENKOMST\nTussen de partijen:\nHet leerbedrijf:\nNaam bedrijf: [Naam van het leerbedrijf]\nAdres bedrijf: [Adres van het leerbedrijf]\nHierna te noemen \"het bedrijf\" en:\nDe stagiair:\nNaam stagiair: [Naam van de stagiair]\nGeboortedatum stagiair: [Geboortedatum van de stagiair]\nHierna te noemen \"de stagiair.\"", "Concept-stageovereenkomst")]
    public void Pay_other_training_definitions_and_blank_templates_are_no_werkend_leren(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    [Theory]
    [InlineData("1. De werkgever biedt de leerling in de duale opleiding tot verpleegkundige een leerwerkplek en een praktijkbegeleider.", "Duale opleiding verpleegkunde")]
    [InlineData("2. Volg je een BBL-opleiding? Dan maakt de werkgever met jou en de school afspraken over je praktijkbegeleiding en je lesdagen.", "Je volgt een BBL-opleiding. Wat is er afgesproken?")]
    [InlineData("1. De werkgever wijst voor iedere leerling een praktijkopleider aan die de leerling in de beroepspraktijkvorming begeleidt.", "Praktijkopleider")]
    [InlineData("Het leerbedrijf zorgt voor een stageplaats en een praktijkbegeleider voor de stagiair [1]. De stagiair ontvangt een stagevergoeding volgens artikel [12].", "Stages")]
    public void Learning_places_and_guidance_keep_werkend_leren(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "LLO.WERKEND_LEREN");
    }

    // --- Rules 1.17.6. VWNW.LOOPBAAN: a sentence that describes a branch organisation of advice bureaus names them, it
    //     arranges no career guidance. VWNW.INTERN: an employer who moves the worker to another branch in the company's interest gives an order. ---

    [Theory]
    [InlineData("Cao-partijen verwijzen ook naar de vereniging Loopbaanwerk. Dit is de brancheorganisatie van adviesbureaus op het gebied van loopbaanbegeleiding, outplacement en jobcoaching. Zie de website van de vereniging.", "Toelichting")]
    public void A_description_of_bureaus_is_no_career_guidance(string text, string title)
    {
        Assert.DoesNotContain(Classify(text, title), l => l.Code == "VWNW.LOOPBAAN");
    }

    [Theory]
    [InlineData("De werkgever voert eens per drie jaar met iedere werknemer een gesprek over zijn toekomstige loopbaan en de mogelijkheden buiten de eigen functie.", "Loopbaangesprek")]
    [InlineData("De werkgever voert met de werknemer van 55 jaar of ouder een gesprek over het toekomstig functioneren en zijn plannen voor de laatste jaren van zijn loopbaan.", "Levensfasebewust beleid")]
    [InlineData("De werkgever schakelt voor de werknemer een erkend adviesbureau op het gebied van loopbaanbegeleiding in en betaalt de kosten.", "Loopbaanbegeleiding")]
    public void Talks_about_the_future_career_and_a_hired_bureau_keep_career_guidance(string text, string title)
    {
        Assert.Contains(Classify(text, title), l => l.Code == "VWNW.LOOPBAAN");
    }

    [Fact]
    public void A_transfer_to_another_branch_in_the_company_interest_is_no_internal_mobility()
    {
        Assert.DoesNotContain(Classify("Overplaatsing:\nDe werkgever kan na overleg de werknemer om reden van het bedrijfsbelang overplaatsen naar een andere vestiging van de onderneming. Overplaatsing is mogelijk, tenzij dit in redelijkheid niet van de werknemer kan worden verlangd.", "Algemene bepalingen"), l => l.Code == "VWNW.INTERN");
        Assert.Contains(Classify("Bij een reorganisatie onderzoekt de werkgever of de boventallige werknemer kan worden herplaatst in een passende functie op een andere vestiging van de onderneming.", "Herplaatsing"), l => l.Code == "VWNW.INTERN");
    }
}
