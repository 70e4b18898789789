using CaoMonitor.Classification;
using CaoMonitor.Domain;

namespace CaoMonitor.Tests.Classification;

/// <summary>Our own development examples (written for these tests, not taken from the gold set).</summary>
public static class Examples
{
    public static readonly ClauseClassifier Classifier = new();

    public static IReadOnlyList<Label> Classify(string text, string? title = null, string? parent = null) =>
        Classifier.Classify(new ClauseInput(text, title, parent));

    public static Label Single(IReadOnlyList<Label> ps, string code) =>
        ps.SingleOrDefault(p => p.Code == code) ?? throw new Xunit.Sdk.XunitException(
            $"expected {code}, got [{string.Join(", ", ps.Select(p => p.Code))}]");

    /// <summary>(title, text, code, strength) with one expected label each; other labels may appear too.</summary>
    public static readonly TheoryData<string, string, string, string> Positive = new()
    {
        { "Artikel 14 Loopbaanadvies", "Elke medewerker kan eens per drie jaar op kosten van de werkgever een loopbaanscan laten maken bij een erkend bureau.", "VWNW.LOOPBAAN", "recht" },
        { "Artikel 3 Toekomst", "De werkgever biedt medewerkers vanaf 45 jaar een gesprek met een loopbaancoach aan.", "VWNW.LOOPBAAN", "recht" },
        { "Artikel 19 Werkzekerheid", "De werknemer wiens arbeidsplaats vervalt, heeft recht op een van-werk-naar-werktraject van ten hoogste negen maanden.", "VWNW.TRAJECT", "recht" },
        { "Artikel 8 Begeleiding", "De werkgever schakelt voor boventallige medewerkers een outplacementbureau in en draagt de kosten daarvan.", "VWNW.TRAJECT", "recht" },
        { "Protocol", "Partijen streven ernaar dat werknemers die met ontslag worden bedreigd, worden bemiddeld naar ander werk in de regio.", "VWNW.TRAJECT", "inspanning" },
        { "Artikel 30 Reorganisatie", "Bij een reorganisatie sluit de werkgever met de vakbonden een sociaal plan dat voorziet in begeleiding naar ander werk en omscholing.", "VWNW.SOCIAAL_PLAN", "recht" },
        { "Artikel 31 Sociaal plan", "Het Sociaal Plan Zorggroep West 2025-2028 is van toepassing op alle reorganisaties.", "VWNW.SOCIAAL_PLAN", "verwijzing" },
        { "Artikel 12 Vacatures", "Openstaande functies worden eerst intern opengesteld; interne kandidaten krijgen bij gelijke geschiktheid voorrang.", "VWNW.INTERN", "recht" },
        { "Artikel 22 Herplaatsing", "De werkgever zoekt voor de boventallige werknemer actief naar herplaatsing in een passende functie binnen de onderneming.", "VWNW.INTERN", "recht" },
        { "Artikel 5 Zij-instroom", "Werkgevers in de sector bieden zij-instromers uit andere branches een betaald omscholingstraject aan.", "VWNW.INTERSECTORAAL", "recht" },
        { "Artikel 6 Proefplaatsing", "De werknemer kan met behoud van zijn dienstverband een proefplaatsing van drie maanden doen bij een andere werkgever.", "VWNW.INTERSECTORAAL", "recht" },
        { "Artikel 9 Transitievergoeding en scholing", "Met instemming van de werknemer mag de werkgever de kosten van omscholing naar ander werk verrekenen met de transitievergoeding.", "VWNW.TRANSITIEVERGOEDING", "recht" },
        { "Artikel 10 Scholingsbudget", "Iedere werknemer heeft recht op een individueel scholingsbudget van € 600,- per jaar.", "LLO.BUDGET", "recht" },
        { "Leerrekening", "Op je leerrekening wordt elk jaar EUR 400 gestort, die je vrij mag besteden aan cursussen.", "LLO.BUDGET", "recht" },
        { "Artikel 11 Studieverlof", "Voor het afleggen van een examen krijgt de werknemer een dag betaald studieverlof.", "LLO.TIJD", "recht" },
        { "Artikel 12 Leertijd", "Werknemers mogen jaarlijks 24 uur van hun werktijd besteden aan opleiding en ontwikkeling.", "LLO.TIJD", "recht" },
        { "Artikel 13 Studiekosten", "De werkgever vergoedt het cursusgeld, de examengelden en de verplichte studieboeken.", "LLO.STUDIEKOSTEN", "recht" },
        { "Artikel 14 Terugbetaling", "Bij ontslag op eigen verzoek binnen een jaar na afronding van de opleiding betaalt de werknemer de studiekosten voor de helft terug.", "LLO.STUDIEKOSTEN", "recht" },
        { "Artikel 40 Fondsen", "De werkgever draagt jaarlijks 0,4% van de loonsom af aan het O&O-fonds van de branche.", "LLO.FONDS", "recht" },
        { "Artikel 41 Opleidingsfonds", "Voor de subsidievoorwaarden wordt verwezen naar het reglement van het opleidingsfonds.", "LLO.FONDS", "verwijzing" },
        { "Artikel 15 EVC", "De werknemer die zijn vakmanschap wil laten vastleggen, kan op kosten van de werkgever een EVC-procedure volgen.", "LLO.EVC", "recht" },
        { "Artikel 16 Ontwikkelgesprek", "Leidinggevende en werknemer voeren jaarlijks een ontwikkelgesprek en leggen de afspraken vast in een persoonlijk ontwikkelplan.", "LLO.ONTWIKKELGESPREK", "recht" },
        { "Artikel 17 Leerlingen", "De werkgever biedt jaarlijks ten minste twee BBL-leerplaatsen aan en wijst voor iedere leerling een praktijkbegeleider aan.", "LLO.WERKEND_LEREN", "recht" },
        { "Artikel 18 Duurzame inzetbaarheid", "Iedere werknemer ontvangt een budget duurzame inzetbaarheid van 20 uur per jaar, dat ook voor scholing kan worden gebruikt.", "LLO.DUURZAME_INZETBAARHEID", "recht" },
        { "Artikel 19 Opleidingsplan", "De werkgever stelt ieder jaar met instemming van de ondernemingsraad een opleidingsplan vast.", "LLO.COLLECTIEF", "recht" },
        { "Artikel 20 Scholingsbeleid", "De werkgever besteedt jaarlijks ten minste 1,2% van de loonsom aan opleidingen van het personeel.", "LLO.COLLECTIEF", "recht" },
        { "Protocolafspraak 4", "Cao-partijen richten een werkgroep op die onderzoekt hoe een sectoraal loopbaancentrum kan worden opgezet en rapporteert voor 1 juli 2026.", "VWNW.LOOPBAAN", "inspanning" },
    };

    /// <summary>(title, text) that must produce no label at all: near misses, negations, definitions.</summary>
    public static readonly TheoryData<string, string> NearMisses = new()
    {
        { "Artikel 3 Functie-indeling", "Voor indeling in functiegroep C is een opleidingsniveau van ten minste mbo-4 vereist." },
        { "Artikel 9 Veiligheid", "De chauffeur moet in het bezit zijn van een geldig VCA-certificaat en een rijbewijs CE." },
        { "Artikel 40 Pensioen", "De werknemer bouwt over zijn gehele loopbaan pensioen op in het bedrijfstakpensioenfonds." },
        { "Artikel 7 Einde dienstverband", "Bij beëindiging van de arbeidsovereenkomst op initiatief van de werkgever heeft de werknemer recht op de wettelijke transitievergoeding." },
        { "Artikel 1 Begripsbepalingen", "In deze cao wordt verstaan onder: a. opleidingsbudget: het budget als bedoeld in artikel 10; b. werkgever: de onderneming." },
        { "Artikel 9 Uitzonderingen", "Vakantiekrachten en stagiairs hebben geen recht op het scholingsbudget." },
        { "Artikel 12 Werkloosheid", "Voor de hoogte van de WW-uitkering wordt verwezen naar de Werkloosheidswet." },
        { "Artikel 2 Looptijd", "Deze cao loopt van 1 januari 2025 tot en met 31 december 2026. Partijen hielden rekening met de economische ontwikkeling." },
        { "Artikel 25 Toeslagen", "Voor avondwerk ontvangt de werknemer een toeslag van 25% van het uurloon." },
        { "Artikel 8 Reorganisatie", "Er is voor deze cao geen sociaal plan afgesproken." },
        { "Bijlage 3 Salarisschalen BBL-leerlingen", "BBL-leerling in het tweede leerjaar: € 1.650 per maand." },
        { "Artikel 20 Mobiliteitsbudget", "De werknemer ontvangt een mobiliteitsbudget van € 400 per maand voor een leaseauto of het openbaar vervoer." },
    };
}
