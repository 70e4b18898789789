using System.Diagnostics;

namespace CaoMonitor.Classification;

/// <summary>Throughput of the classifier on one thread, for <c>caomonitor bench</c>. Not a timed test.</summary>
public static class ClassifierBenchmark
{
    /// <summary>
    /// A mix like a real cao: mostly clauses about pay, hours and holidays that the category gates
    /// reject, and a third with VWNW/LLO wording that runs the full rules and attributes.
    /// </summary>
    internal static readonly ClauseInput[] Sample =
    [
        new("De werknemer heeft jaarlijks recht op een persoonlijk ontwikkelbudget van € 500,-. Het budget kan worden besteed aan opleidingen, cursussen en trainingen. Niet besteed budget vervalt aan het einde van het kalenderjaar.", "Artikel 12 Persoonlijk ontwikkelbudget"),
        new("De werkgever vergoedt de kosten van een opleiding die noodzakelijk is voor de functie volledig. Bij vertrek binnen twee jaar na afronding betaalt de werknemer de vergoeding naar rato terug.", "Artikel 9 Studiekosten"),
        new("De werknemer die boventallig wordt verklaard, heeft recht op een van-werk-naar-werktraject van maximaal twaalf maanden. De kosten komen voor rekening van de werkgever tot een maximum van € 7.500,-.", "Artikel 27 Van werk naar werk"),
        new("Partijen onderzoeken in 2026 of een sectoraal loopbaancentrum kan worden opgericht.", "Protocolafspraak 2"),
        new("De werknemer ontvangt een vakantietoeslag van 8% van het jaarsalaris, die in de maand mei wordt uitbetaald.", "Artikel 14 Vakantietoeslag"),
        new("De normale arbeidsduur bedraagt gemiddeld 38 uur per week. De werkgever stelt na overleg met de ondernemingsraad het rooster vast.", "Artikel 6 Arbeidsduur"),
        new("Voor werk in een vijfploegendienst ontvangt de werknemer een toeslag van 30% van het uurloon.", "Artikel 25 Ploegentoeslag"),
        new("De werknemer heeft recht op 25 vakantiedagen per kalenderjaar met behoud van salaris. Vakantiedagen worden in overleg met de werkgever vastgesteld.", "Artikel 15 Vakantie"),
        new("Bij een arbeidsovereenkomst voor onbepaalde tijd geldt een proeftijd van twee maanden.", "Artikel 3 Proeftijd"),
        new("De werkgever vergoedt de reiskosten voor woon-werkverkeer tot een maximum van 30 kilometer enkele reis, tegen € 0,23 per kilometer.", "Artikel 12 Reiskosten"),
        new("De functies zijn ingedeeld met behulp van het functiewaarderingssysteem ORBA. Bij de indeling zijn onder meer kennis, zelfstandigheid en sociale vaardigheden gewogen.", "Artikel 2 Functiewaardering"),
        new("De werknemer die arbeidsongeschikt is wegens ziekte, ontvangt gedurende het eerste ziektejaar 100% en gedurende het tweede ziektejaar 70% van het loon.", "Artikel 22 Loondoorbetaling bij ziekte"),
    ];

    /// <summary>Classifies <paramref name="clauses"/> clauses from a fixed mix and returns clauses per second.</summary>
    public static double Run(int clauses, ClauseClassifier? classifier = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clauses);
        var c = classifier ?? new ClauseClassifier();
        // Warm up: patterns start interpreted and are compiled after TieredRegex.Threshold uses, so a long
        // measurement first classifies the mix that many times (a short one, as in the tests, just the clauses asked for).
        for (int i = 0, warm = Math.Min(clauses, TieredRegex.Threshold * Sample.Length); i < Math.Max(warm, Sample.Length); i++)
            c.Classify(Sample[i % Sample.Length]);
        long labels = 0;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < clauses; i++)
            labels += c.Classify(Sample[i % Sample.Length]).Count;
        sw.Stop();
        GC.KeepAlive(labels);
        return clauses / Math.Max(sw.Elapsed.TotalSeconds, 1e-9);
    }
}
