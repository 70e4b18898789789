// CaoMonitor fictional corpus: the LONG agreements (60-150 pages each), as varied as real cao's.
// Usage: dotnet run --file corpus/generator/GenerateLong.cs -- <corpus-dir> <build-dir>
// Writes into <build-dir>:
//   <id>.html            one HTML file per agreement (rendered by Chromium, or converted by LibreOffice)
//   <id>.ms              groff ms source (groff-rendered agreements)
//   long-manifest.tsv    id, producer (groff | chromium | libreoffice), source file, target path
//   long-registry.csv, long-ground-truth.csv, long-near-misses.csv   rows (no header) for the corpus CSVs
// Each agreement has its own vocabulary, its own article texts (composed per agreement from phrase banks
// with a fixed seed, so no lid recurs in another agreement), parts whose numbering restarts, long
// appendices (job profiles, salary tables, a sociaal plan with its own articles) and a cover that states
// the period in one of the real forms. Deterministic: System.Random with a fixed seed, no clock.
using System.Globalization;
using System.Net;
using System.Text;

var corpusDir = Path.GetFullPath(args.Length > 0 ? args[0] : "corpus");
var build = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "caocorpus-long"));
Directory.CreateDirectory(build);

var manifest = new StringBuilder();
var registry = new StringBuilder();
var truth = new StringBuilder();
var nears = new StringBuilder();
foreach (var spec in Specs.All)
{
    var doc = new Writer(spec).Build();
    var ext = "pdf";
    var rel = $"documents/{spec.Id}.{ext}";
    File.WriteAllText(Path.Combine(build, spec.Id + ".html"), Render.Html(doc, spec), new UTF8Encoding(false));
    if (spec.Producer == "groff") File.WriteAllText(Path.Combine(build, spec.Id + ".ms"), Render.Ms(doc, spec), new UTF8Encoding(false));
    manifest.Append($"{spec.Id}\t{spec.Producer}\t{spec.Id}\t{rel}\n");
    registry.Append(Csv(spec.Id, spec.Agreement, spec.Name, spec.Type, spec.Sector, string.Join("; ", spec.Parties),
        spec.RegistryPeriod ? spec.Start : "", spec.RegistryPeriod ? spec.End : "", spec.Avv ? "ja" : "nee", spec.Employees.ToString(CultureInfo.InvariantCulture), rel));
    foreach (var t in doc.Truth) truth.Append(Csv(spec.Id, t.Article, t.Code, t.Strength, t.Amount, t.Period, "", t.Hours, "", t.Note));
    foreach (var n in doc.Nears) nears.Append(Csv(spec.Id, n.Article, n.Fragment, n.Why));
    Console.WriteLine($"  {spec.Id}: {doc.Blocks.Count} blocks, {doc.Words} words");
}
File.WriteAllText(Path.Combine(build, "long-manifest.tsv"), manifest.ToString());
File.WriteAllText(Path.Combine(build, "long-registry.csv"), registry.ToString());
File.WriteAllText(Path.Combine(build, "long-ground-truth.csv"), truth.ToString());
File.WriteAllText(Path.Combine(build, "long-near-misses.csv"), nears.ToString());

static string Csv(params string[] cells) =>
    string.Join(",", cells.Select(c => c.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)) + "\n";

// ---------------------------------------------------------------------------------------------------------------

enum K { Part, Chapter, Article, Appendix, Sub, Lid, Bullet, Para, Table, Page }

sealed record Block(K Kind, string Number = "", string Text = "", List<string[]>? Rows = null);
sealed record Truth(string Article, string Code, string Strength, string Amount = "", string Period = "", string Hours = "", string Note = "");
sealed record Near(string Article, string Fragment, string Why);

sealed class Doc
{
    public List<string> Cover = [];
    public List<Block> Blocks = [];
    public List<Truth> Truth = [];
    public List<Near> Nears = [];
    public int Words => Blocks.Sum(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + (b.Rows?.Sum(r => r.Length) ?? 0));
}

/// <summary>One provision article written for one agreement: its title, leden and ground-truth rows.</summary>
sealed record Provision(string Title, string[] Lids, Truth[] Rows);

sealed record Spec(
    string Id, string Agreement, string Name, string Sector, string Type, string[] Parties, string Start, string End,
    string CoverPeriod, bool RegistryPeriod, bool Avv, long Employees, string Producer,
    string Wn, string Wg, bool Question, string[] PartTitles, string Place, string[] Units, string[] Jobs,
    Provision[] Development, Provision[] SocialPlan, (string Title, string Text, string Why)[] NearMisses, int Seed, int Size);

static class Specs
{
    static Truth T(string code, string strength, string amount = "", string period = "", string hours = "", string note = "") => new("", code, strength, amount, period, hours, note);

    public static readonly Spec[] All =
    [
        new("havens-2025", "havens", "Cao Fictieve Havenbedrijven 2025-2026", "vervoer", "sector",
            ["Fictieve Vereniging van Havenwerkgevers (FVH)", "FNV Havens (fictief)", "CNV Vakmensen (fictief)"],
            "2025-01-01", "2026-12-31", "1 januari 2025 tot en met 31 december 2026", true, true, 9400, "groff",
            "werknemer", "werkgever", false,
            ["Algemene bepalingen", "Bepalingen voor de containeroverslag", "Bepalingen voor de stukgoedterminals"],
            "op de terminal", ["de kadeploeg", "de walploeg", "de planningsafdeling", "de technische dienst"],
            ["Kraanmachinist", "Sjorder", "Planner kadezijde", "Monteur havenkranen", "Straddlecarrierchauffeur", "Ploegleider kade", "Medewerker gate", "Wegerman"],
            [
                new("Loopbaanscan voor havenwerkers", [
                    "Iedere werknemer die vijf jaar of langer in een ploegendienst werkt, heeft recht op een loopbaanscan bij een erkend loopbaanadviesbureau. De werkgever betaalt de scan.",
                    "De uitkomsten van de loopbaanscan zijn van de werknemer; hij kan ze bespreken met zijn ploegleider of met de afdeling personeelszaken."],
                    [T("VWNW.LOOPBAAN", "recht")]),
                new("Persoonlijk ontwikkelbudget", [
                    "De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 900,- per jaar.",
                    "Hij besteedt het budget aan opleidingen, trainingen of coaching die zijn ontwikkeling dienen, ook buiten de haven."],
                    [T("LLO.BUDGET", "recht", "900", "per jaar")]),
                new("Havenopleidingsfonds", [
                    "Werkgevers dragen jaarlijks 0,4 procent van de loonsom af aan het Fictief Opleidingsfonds Havens. Het fonds vergoedt vakopleidingen voor werknemers in de haven.",
                    "Het reglement van het fonds is te vinden op de website van het fonds."],
                    // The fund paying for vocational courses is a study-cost arrangement as well.
                    [T("LLO.FONDS", "recht"), T("LLO.STUDIEKOSTEN", "recht", note: "via het fonds")]),
            ],
            [
                new("Begeleiding naar ander werk", [
                    "De werknemer wiens arbeidsplaats door automatisering van de terminal vervalt, heeft recht op een van-werk-naar-werktraject van ten hoogste twaalf maanden, begeleid door een extern mobiliteitsbureau.",
                    "Tijdens het traject behoudt de werknemer zijn salaris en krijgt hij vrij voor sollicitatiegesprekken."],
                    [T("VWNW.TRAJECT", "recht")]),
                new("Werkingssfeer van dit sociaal plan", [
                    "Dit sociaal plan geldt bij reorganisaties die leiden tot het vervallen van arbeidsplaatsen bij een werkgever in de containeroverslag.",
                    "Het sociaal plan geldt voor de looptijd van deze cao."],
                    [T("VWNW.SOCIAAL_PLAN", "recht")]),
            ],
            [("Pensioen", "gedurende de gehele loopbaan in de haven bouwt de werknemer pensioen op bij het fictieve bedrijfstakpensioenfonds", "\"loopbaan\" only in the sense of pension accrual")],
            11, 29),

        new("thuiszorg-2024", "thuiszorg", "Cao Fictieve Thuiszorg en Wijkverpleging", "zorg", "sector",
            ["Fictieve Branchevereniging Thuiszorg (FBT)", "FNV Zorg en Welzijn (fictief)", "CNV Zorg en Welzijn (fictief)", "NU'91 (fictief)"],
            "2024-07-01", "2026-06-30", "juli 2024 tot en met juni 2026", false, true, 61000, "chromium",
            "medewerker", "werkgever", true,
            ["Algemeen deel", "Wijkverpleging en huishoudelijke hulp"],
            "in de wijk", ["het wijkteam", "het planningsbureau", "de nachtzorg", "de thuisbegeleiding"],
            ["Wijkverpleegkundige", "Verzorgende IG", "Helpende", "Huishoudelijk medewerker", "Planner", "Teamcoach", "Nachtzorgmedewerker", "Thuisbegeleider", "Praktijkopleider"],
            [
                new("Hoe ontwikkel je je in je vak?", [
                    "De werkgever en de medewerker voeren elk jaar een ontwikkelgesprek over de kennis en vaardigheden die de medewerker nodig heeft, nu en in de toekomst.",
                    "De afspraken uit het gesprek worden vastgelegd in een persoonlijk ontwikkelplan."],
                    [T("LLO.ONTWIKKELGESPREK", "recht")]),
                new("Wie betaalt je opleiding?", [
                    "De werkgever vergoedt de studiekosten van een opleiding die nodig is voor de functie volledig: lesgeld, boeken en examengeld.",
                    "De opleidingsuren gelden als werktijd."],
                    // Training hours that count as working time are time to learn.
                    [T("LLO.STUDIEKOSTEN", "recht"), T("LLO.TIJD", "recht")]),
                new("Kun je je ervaring laten erkennen?", [
                    "De medewerker die zijn ervaring wil laten vastleggen, heeft recht op een EVC-procedure. De werkgever betaalt de kosten van de procedure.",
                    "Het ervaringscertificaat is van de medewerker."],
                    [T("LLO.EVC", "recht")]),
                new("Kun je leren en werken combineren?", [
                    "De werkgever biedt leerling-verzorgenden een leerwerkplek in de beroepsbegeleidende leerweg (BBL) aan en wijst een praktijkbegeleider aan.",
                    "De werkgever streeft ernaar ieder jaar ten minste vijf nieuwe leerwerkplekken te openen."],
                    [T("LLO.WERKEND_LEREN", "recht")]),
            ],
            [
                new("Wat als je werk verdwijnt?", [
                    "De medewerker die boventallig wordt, heeft recht op begeleiding van werk naar werk gedurende ten hoogste negen maanden. De werkgever betaalt een mobiliteitsbureau dat de medewerker begeleidt naar een andere baan.",
                    "Tijdens de begeleiding behoudt de medewerker zijn salaris."],
                    [T("VWNW.TRAJECT", "recht")]),
                new("Wanneer geldt dit sociaal plan?", [
                    "Dit sociaal plan geldt bij elke reorganisatie waardoor arbeidsplaatsen vervallen en medewerkers boventallig worden.",
                    "Werkgever en vakbonden stellen geen ander sociaal plan op zolang dit plan geldt."],
                    [T("VWNW.SOCIAAL_PLAN", "recht")]),
            ],
            [("Functieniveau", "Vereist opleidingsniveau: mbo niveau 3", "opleidingsniveau is a job grading criterion, not a training arrangement")],
            22, 22),

        new("suikerverwerking-2025", "suikerverwerking", "Cao Fictieve Suikerverwerkende Industrie 2025-2026", "voedingsindustrie", "sector",
            ["Fictieve Werkgeversvereniging Suiker en Zetmeel", "FNV Voedingsindustrie (fictief)", "CNV Vakmensen (fictief)"],
            "2025-01-01", "2026-12-31", "1-1-2025 t/m 31-12-2026", true, false, 5200, "libreoffice",
            "werknemer", "werkgever", false,
            [],
            "in de fabriek", ["de campagneploeg", "het pakstation", "het laboratorium", "de onderhoudsdienst"],
            ["Procesoperator", "Campagnemedewerker", "Laborant", "Heftruckchauffeur", "Storingsmonteur", "Teamleider productie", "Medewerker expeditie", "Kwaliteitscontroleur"],
            [
                new("Scholingsbudget", [
                    "Iedere werknemer ontvangt een individueel scholingsbudget van € 1.250,- per jaar.",
                    "De werknemer kiest zelf waaraan hij het scholingsbudget besteedt, mits het zijn ontwikkeling of zijn kansen op de arbeidsmarkt dient."],
                    [T("LLO.BUDGET", "recht", "1250", "per jaar")]),
                new("Opleidingsdagen", [
                    "De werknemer heeft recht op drie opleidingsdagen per jaar met behoud van loon om een opleiding of cursus te volgen.",
                    "Niet opgenomen opleidingsdagen vervallen aan het einde van het jaar."],
                    [T("LLO.TIJD", "recht")]),
                new("Duurzame inzetbaarheid", [
                    "De werknemer ontvangt een budget voor duurzame inzetbaarheid van 24 uur per jaar.",
                    "Hij gebruikt de uren naar eigen keuze voor extra verlof of voor activiteiten die zijn gezondheid en vitaliteit bevorderen."],
                    [T("LLO.DUURZAME_INZETBAARHEID", "recht", hours: "24", period: "per jaar")]),
            ],
            [
                new("Transitievergoeding en scholing", [
                    "De werknemer die wordt ontslagen wegens het sluiten van een fabriek, kan ervoor kiezen zijn transitievergoeding geheel of voor een deel in te zetten voor een opleiding of een traject naar nieuw werk.",
                    "De werkgever betaalt het ingezette deel dan rechtstreeks aan de opleider of het bureau."],
                    [T("VWNW.TRANSITIEVERGOEDING", "recht")]),
                new("Outplacement", [
                    "De werknemer wiens arbeidsovereenkomst om bedrijfseconomische redenen eindigt, heeft recht op een outplacementtraject. De werkgever betaalt het outplacementbureau.",
                    "Het bureau wordt in overleg met de werknemer gekozen."],
                    [T("VWNW.TRAJECT", "recht")]),
                new("Toepassing van dit sociaal plan", [
                    "Dit sociaal plan is van toepassing op alle werknemers die als gevolg van een reorganisatie of sluiting boventallig worden.",
                    "De werkgever meldt een voorgenomen reorganisatie tijdig aan de vakbonden."],
                    [T("VWNW.SOCIAAL_PLAN", "recht")]),
            ],
            [("Functieniveau", "Vereist opleidingsniveau: vmbo of mbo niveau 2", "opleidingsniveau is a job grading criterion, not a training arrangement")],
            33, 20),

        new("softwarehuizen-2025", "softwarehuizen", "Cao Fictieve Softwarehuizen 2025-2027", "ICT", "sector",
            ["Fictieve Werkgeversvereniging Softwarebedrijven (FWS)", "FNV Media & Cultuur (fictief)", "De Unie (fictief)"],
            "2025-04-01", "2027-03-31", "looptijd: 1 april 2025 tot 1 april 2027", true, false, 23000, "chromium",
            "medewerker", "werkgever", true,
            [],
            "op kantoor", ["het productteam", "de servicedesk", "het implementatieteam", "de beheerafdeling"],
            ["Softwareontwikkelaar", "Tester", "Scrum master", "Consultant implementatie", "Servicedeskmedewerker", "Systeembeheerder", "Productowner", "Data-analist"],
            [
                new("Hoe werk je aan je loopbaan?", [
                    "De medewerker heeft eens per drie jaar recht op loopbaanadvies bij een onafhankelijke loopbaanadviseur. De werkgever betaalt het advies.",
                    "Het advies gaat over de mogelijkheden van de medewerker binnen en buiten de onderneming."],
                    [T("VWNW.LOOPBAAN", "recht")]),
                new("Wat is je ontwikkelbudget?", [
                    "De medewerker heeft recht op een ontwikkelbudget van € 1.500,- per jaar voor opleidingen, certificeringen en trainingen naar eigen keuze.",
                    "Niet besteed budget schuift door naar het volgende jaar, tot ten hoogste drie keer het jaarbedrag."],
                    [T("LLO.BUDGET", "recht", "1500", "per jaar")]),
                new("Krijg je tijd om te leren?", [
                    "De medewerker heeft recht op 40 uur studieverlof per jaar met behoud van salaris voor een opleiding die hij met zijn ontwikkelbudget volgt.",
                    "Het studieverlof wordt in overleg met de leidinggevende ingepland."],
                    [T("LLO.TIJD", "recht")]),
                new("Kun je binnen de onderneming van functie wisselen?", [
                    "Interne vacatures worden eerst binnen de onderneming bekendgemaakt. De werkgever streeft ernaar medewerkers voorrang te geven bij interne mobiliteit naar een andere functie.",
                    "De medewerker die overstapt, krijgt een inwerkperiode van drie maanden."],
                    [T("VWNW.INTERN", "inspanning")]),
            ],
            [],
            [("Salaris", "de ontwikkeling van de lonen in de sector volgt de prijsindex", "\"ontwikkeling\" of wages, not of people")],
            44, 20),

        new("wegenbouw-2025", "wegenbouw", "Cao Fictieve Wegenbouw en Grondwerk", "bouw", "sector",
            ["Fictieve Vereniging Wegenbouw en Grondwerk (FVWG)", "FNV Bouwen & Wonen (fictief)", "CNV Vakmensen (fictief)"],
            "2025-01-01", "2026-12-31", "per 1 januari 2025, voor de duur van 24 maanden", false, true, 31000, "libreoffice",
            "werknemer", "werkgever", false,
            ["Cao-tekst", "Regelingen voor uitvoerend personeel"],
            "op het werk", ["de asfaltploeg", "de grondploeg", "de maatvoering", "de werkplaats"],
            ["Asfalteerder", "Machinist grondverzet", "Uitvoerder", "Maatvoerder", "Stratenmaker", "Monteur werkplaats", "Werkvoorbereider", "Grondwerker"],
            [
                new("Ontwikkelgesprek", [
                    "Werkgever en werknemer voeren ten minste eenmaal per jaar een ontwikkelgesprek. In het gesprek komen de wensen van de werknemer voor scholing en zijn verdere ontwikkeling aan de orde.",
                    "De werkgever legt de gemaakte afspraken schriftelijk vast."],
                    [T("LLO.ONTWIKKELGESPREK", "recht")]),
                new("Opleidingsfonds Wegenbouw", [
                    "Werknemers kunnen voor vakopleidingen een beroep doen op het Fictief Opleidings- en Ontwikkelingsfonds Wegenbouw (OOFW). Het reglement van het fonds regelt de voorwaarden.",
                    "De werkgever draagt jaarlijks een premie van 0,6 procent van de loonsom aan het fonds af."],
                    [T("LLO.FONDS", "recht")]),
                new("Werk in een andere sector", [
                    "Partijen zetten zich in voor een regionaal netwerk met werkgevers uit de installatietechniek en de infra, zodat werknemers die niet in de wegenbouw kunnen blijven, een overstap kunnen maken naar een andere sector.",
                    "De werkgever bevordert dat werknemers met een fysiek zware functie zich tijdig oriënteren op ander werk in een andere sector."],
                    [T("VWNW.INTERSECTORAAL", "inspanning")]),
            ],
            [
                new("Doel van dit sociaal plan", [
                    "Dit sociaal plan regelt de gevolgen van reorganisaties voor werknemers van wie de functie vervalt, en geldt voor alle werkgevers onder deze cao.",
                    "Het plan geldt gedurende de looptijd van deze cao."],
                    [T("VWNW.SOCIAAL_PLAN", "recht")]),
                new("Van werk naar werk", [
                    "De werknemer van wie de functie vervalt, heeft recht op een van-werk-naar-werktraject van zes maanden. Een extern bureau begeleidt hem naar ander passend werk.",
                    "De werkgever betaalt de kosten van het traject."],
                    [T("VWNW.TRAJECT", "recht")]),
            ],
            [("Veiligheid", "het VCA-diploma is een voorwaarde voor het werken op de bouwplaats", "a VCA certificate as a job condition, not a training arrangement")],
            55, 24),
    ];
}

/// <summary>Composes one agreement: cover, contents, parts, chapters, articles, appendices.</summary>
sealed class Writer(Spec s)
{
    readonly Random rnd = new(s.Seed);
    readonly Doc doc = new();
    readonly HashSet<string> used = new(StringComparer.Ordinal);

    T Pick<T>(IReadOnlyList<T> xs) => xs[rnd.Next(xs.Count)];
    string Wn => s.Wn;
    string Wg => s.Wg;
    string Unit => Pick(s.Units);
    string Cap(string t) => t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..];

    public Doc Build()
    {
        doc.Cover.AddRange([s.Name, "Collectieve arbeidsovereenkomst", s.CoverPeriod, "Partijen:", .. s.Parties, "Fictief voorbeeld – CaoMonitor testcorpus"]);
        var chapterTitles = Topics.Select(t => t.Chapter).ToList();
        // Contents without page numbers: a title and the chapter headings.
        doc.Blocks.Add(new(K.Sub, "", "Inhoud"));
        if (s.PartTitles.Length > 0) doc.Blocks.Add(new(K.Para, "", $"Deel A {s.PartTitles[0]}"));
        foreach (var (t, i) in chapterTitles.Select((t, i) => (t, i)).Take(s.PartTitles.Length > 0 ? Topics.Length * 2 / 3 + 1 : Topics.Length))
            doc.Blocks.Add(new(K.Para, "", $"Hoofdstuk {i + 1} {t}"));
        for (int pi = 1; pi < s.PartTitles.Length; pi++) doc.Blocks.Add(new(K.Para, "", $"Deel {(char)('A' + pi)} {s.PartTitles[pi]}"));
        doc.Blocks.Add(new(K.Page));

        int article = 0;
        bool parts = s.PartTitles.Length > 0;
        var partA = parts ? s.PartTitles[0] : null;
        if (partA is not null) doc.Blocks.Add(new(K.Part, "A", partA));
        int chapter = 0;
        int split = parts ? Topics.Length * 2 / 3 : Topics.Length;
        for (int ti = 0; ti < split; ti++)
        {
            var topic = Topics[ti];
            doc.Blocks.Add(new(K.Chapter, (++chapter).ToString(), topic.Chapter));
            int n = s.Size + rnd.Next(4);
            for (int a = 0; a < n; a++) Article(++article, topic);
            if (ti == 4) // the development chapter sits after the chapters on pay
            {
                doc.Blocks.Add(new(K.Chapter, (++chapter).ToString(), s.Question ? "Hoe blijf je je ontwikkelen?" : "Ontwikkeling en werkzekerheid"));
                foreach (var p in s.Development) ProvisionArticle(++article, p, null);
            }
        }
        // Later parts restart their article numbering at 1 ("Deel B > Art. 1").
        for (int pi = 1; pi < s.PartTitles.Length; pi++)
        {
            var letter = ((char)('A' + pi)).ToString();
            doc.Blocks.Add(new(K.Part, letter, s.PartTitles[pi]));
            int partArticle = 0;
            int from = split + (pi - 1) * (Topics.Length - split) / (s.PartTitles.Length - 1);
            int to = split + pi * (Topics.Length - split) / (s.PartTitles.Length - 1);
            for (int ti = from; ti < to; ti++)
            {
                doc.Blocks.Add(new(K.Sub, "", Topics[ti].Chapter));
                int n = s.Size * 2 / 3 + rnd.Next(4);
                for (int a = 0; a < n; a++) Article(++partArticle, Topics[ti]);
            }
        }
        // Near misses sit in an ordinary article of their own.
        foreach (var (title, text, why) in s.NearMisses.Where(n => !n.Text.StartsWith("Vereist opleidingsniveau")))
        {
            int no = ++article;
            if (parts) { doc.Blocks.Add(new(K.Part, ((char)('A' + s.PartTitles.Length)).ToString(), "Slotbepalingen")); no = 1; }
            else doc.Blocks.Add(new(K.Chapter, (++chapter).ToString(), "Slotbepalingen"));
            doc.Blocks.Add(new(K.Article, no.ToString(), s.Question ? $"Wat geldt er voor {title.ToLowerInvariant()}?" : title));
            doc.Blocks.Add(new(K.Para, "", Cap(text) + ". " + Sentence(Topics[^1])));
            doc.Nears.Add(new(no.ToString(), text.Split(':')[0], why));
            if (parts) break;
        }

        int app = 0;
        // Appendix 1: salary tables, one per year and scale group (long, as real ones are).
        doc.Blocks.Add(new(K.Appendix, (++app).ToString(), "Salaristabellen"));
        foreach (var year in new[] { 2025, 2026 })
            foreach (var kind in new[] { "maandsalarissen", "uurlonen" })
            {
                doc.Blocks.Add(new(K.Sub, "", $"Tabel {kind} per 1 januari {year}"));
                doc.Blocks.Add(new(K.Table, "", "", SalaryTable(year, kind == "uurlonen")));
            }
        // Appendix 2: job profiles, each under the name of its function.
        doc.Blocks.Add(new(K.Appendix, (++app).ToString(), "Functiebeschrijvingen"));
        foreach (var job in s.Jobs)
        {
            doc.Blocks.Add(new(K.Para, "", $"Functienaam: {job}"));
            foreach (var part in new[] { "Doel van de functie", "Resultaatgebieden", "Functie-eisen", "Bezwarende omstandigheden" })
            {
                doc.Blocks.Add(new(K.Sub, "", part));
                for (int k = 0; k < 3; k++) doc.Blocks.Add(new(K.Para, "", JobSentence(job, part)));
                if (part == "Functie-eisen" && s.NearMisses.Any(n => n.Text.StartsWith("Vereist opleidingsniveau")) && job == s.Jobs[0])
                {
                    var near = s.NearMisses.First(n => n.Text.StartsWith("Vereist opleidingsniveau"));
                    doc.Blocks.Add(new(K.Para, "", near.Text + "."));
                    doc.Nears.RemoveAll(n => n.Fragment == "Vereist opleidingsniveau");
                    doc.Nears.Add(new($"Bijlage {app}", "Vereist opleidingsniveau", near.Why));
                }
            }
        }
        // Appendix 3: a sociaal plan with its own articles, numbered from 1.
        if (s.SocialPlan.Length > 0)
        {
            var spNo = (++app).ToString();
            doc.Blocks.Add(new(K.Appendix, spNo, "Sociaal plan"));
            int spa = 0;
            foreach (var p in s.SocialPlan.Reverse().Where(p => p.Rows.Any(r => r.Code == "VWNW.SOCIAAL_PLAN"))
                         .Concat(s.SocialPlan.Where(p => p.Rows.All(r => r.Code != "VWNW.SOCIAAL_PLAN"))))
            {
                ProvisionArticle(++spa, p, $"Bijlage {spNo}");
                if (spa == 1)
                    for (int a = 0; a < 3; a++) Article(++spa, SocialTopic);
            }
            for (int a = 0; a < 4; a++) Article(++spa, SocialTopic);
        }
        // Appendix: a protocol of agreements for the coming period (no provisions; long prose).
        doc.Blocks.Add(new(K.Appendix, (++app).ToString(), "Protocolafspraken"));
        for (int k = 0; k < s.Size / 2; k++)
        {
            var topic = Pick(Topics[..^1]);
            doc.Blocks.Add(new(K.Sub, "", $"Afspraak {k + 1}: {Pick(topic.Titles).TrimEnd('?')}"));
            doc.Blocks.Add(new(K.Para, "", $"Partijen spreken af dat zij in de komende periode {Pick(Studies)}. " + Sentence(topic) + " " + Sentence(topic)));
        }
        doc.Blocks.Add(new(K.Para, "", $"Aldus overeengekomen te Fictiefstad, {Date(s.Start)}."));
        foreach (var p in s.Parties) doc.Blocks.Add(new(K.Para, "", "Namens " + p));
        return doc;
    }

    static string Date(string iso)
    {
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-20);
        return d.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
    }

    void ProvisionArticle(int no, Provision p, string? appendix)
    {
        doc.Blocks.Add(new(K.Article, no.ToString(), p.Title));
        if (p.Lids.Length == 1) doc.Blocks.Add(new(K.Para, "", p.Lids[0]));
        else for (int i = 0; i < p.Lids.Length; i++) doc.Blocks.Add(new(K.Lid, (i + 1).ToString(), p.Lids[i]));
        foreach (var r in p.Rows) doc.Truth.Add(r with { Article = appendix ?? no.ToString() });
    }

    void Article(int no, Topic topic)
    {
        var title = Pick(topic.Titles);
        if (!s.Question) title = topic.Plain(title);
        // Titles recur in real cao's only with a qualifier ("Dienstrooster voor de kadeploeg").
        var bare = title;
        for (int k = 0; !used.Add("title:" + title) && k < 12; k++)
            title = (bare.EndsWith('?') ? bare[..^1] : bare) + " " + Fill(Pick(Qualifiers)) + (bare.EndsWith('?') ? "?" : "");
        doc.Blocks.Add(new(K.Article, no.ToString(), title));
        int lids = 1 + rnd.Next(5);
        if (lids == 1) { doc.Blocks.Add(new(K.Para, "", Lid(topic))); return; }
        for (int i = 1; i <= lids; i++)
        {
            var text = Lid(topic);
            // Some leden open a list of conditions.
            if (rnd.Next(6) == 0)
            {
                doc.Blocks.Add(new(K.Lid, i.ToString(), Cap(Fill(Pick(ListLeads))) + ":"));
                int items = 2 + rnd.Next(3);
                for (int b = 0; b < items; b++) doc.Blocks.Add(new(K.Bullet, ((char)('a' + b)).ToString(), Clause(topic) + (b == items - 1 ? "." : ";")));
                continue;
            }
            doc.Blocks.Add(new(K.Lid, i.ToString(), text));
        }
    }

    // Which agreement first wrote a lid: a lid is never repeated in another agreement, as real cao's have their own wording.
    static readonly Dictionary<string, string> Owner = new(StringComparer.Ordinal);

    string Lid(Topic topic)
    {
        for (int attempt = 0; ; attempt++)
        {
            var t = Sentence(topic) + (rnd.Next(3) > 0 ? " " + Sentence(topic) : "");
            if (Owner.TryGetValue(t, out var owner) && owner != s.Id) continue;
            Owner[t] = s.Id;
            if (used.Add(t) || attempt > 5) return t;
        }
    }

    string Fill(string t)
    {
        // "[a|b|c]": one of the alternatives.
        while (t.IndexOf('[') is int open and >= 0)
        {
            int close = t.IndexOf(']', open);
            var options = t[(open + 1)..close].Split('|');
            t = t[..open] + Pick(options) + t[(close + 1)..];
        }
        return Expand(t);
    }

    string Expand(string t) => t
        .Replace("{wn}", Wn).Replace("{wg}", Wg).Replace("{unit}", Unit).Replace("{place}", s.Place)
        .Replace("{n}", (2 + rnd.Next(11)).ToString()).Replace("{h}", (4 + rnd.Next(9)).ToString())
        .Replace("{pct}", $"{10 + 5 * rnd.Next(15)}").Replace("{weeks}", Pick(Numbers))
        .Replace("{eur}", $"€ {(5 + rnd.Next(60)) * 5},{(rnd.Next(2) == 0 ? "-" : "00")}")
        .Replace("{day}", Pick(Days)).Replace("{month}", Pick(Months));

    string Sentence(Topic topic) =>
        Cap(Fill($"{Pick(topic.Clauses)}{Maybe(Conditions)}")) + ".";

    // A list item: one condition or moment, lower case.
    string Clause(Topic topic) => Fill(rnd.Next(2) == 0 ? Pick(Conditions) : Pick(topic.Clauses));

    string Maybe(string[] bank) => rnd.Next(2) == 0 ? "" : (bank == Conditions ? ", " : " ") + Fill(Pick(bank));

    string JobSentence(string job, string part) => part switch
    {
        "Doel van de functie" => Cap(Fill($"De {job.ToLowerInvariant()} zorgt ervoor dat {Pick(JobGoals)} binnen {{unit}}, {Pick(JobManners)}.")),
        "Resultaatgebieden" => Cap(Fill($"{Pick(JobResults)} {Pick(JobManners)}.")),
        "Functie-eisen" => Cap(Fill($"{Pick(JobKnowledge)}, {Pick(JobManners)}.")),
        _ => Cap(Fill($"{Pick(JobBurdens)}, [vooral|met name|soms ook] [in de winter|in drukke periodes|bij storingen|tijdens nachtdiensten].")),
    };

    List<string[]> SalaryTable(int year, bool hourly)
    {
        var rows = new List<string[]> { new[] { "Schaal" }.Concat(Enumerable.Range(0, 9).Select(i => $"Trede {i}")).ToArray() };
        double baseAmount = (hourly ? 14.2 : 2350) * (year == 2026 ? 1.035 : 1.0) * (1 + s.Seed / 1000.0);
        for (int scale = 1; scale <= 14; scale++)
        {
            var row = new List<string> { ((char)('A' + scale - 1)).ToString() };
            for (int step = 0; step < 9; step++)
                row.Add((baseAmount * (1 + 0.07 * (scale - 1)) * (1 + 0.025 * step)).ToString(hourly ? "#,0.00" : "#,0.00", CultureInfo.GetCultureInfo("nl-NL")));
            rows.Add(row.ToArray());
        }
        return rows;
    }

    // ---- phrase banks: no VWNW or LLO words (scholing, opleiding, loopbaan, ontwikkel-, budget, fonds ...) ----

    sealed record Topic(string Chapter, string[] Titles, string[] Clauses)
    {
        // Question titles become statements in agreements that do not ask ("Hoeveel uur werk je?" -> "Arbeidsduur").
        public string Plain(string t) => t.EndsWith('?') ? Statement.GetValueOrDefault(t, Chapter) : t;
        public Dictionary<string, string> Statement { get; init; } = [];
    }

    static readonly string[] Qualifiers = ["voor {unit}", "in bijzondere gevallen", "bij deeltijd", "bij tijdelijke contracten", "voor nieuwe {wn}s",
        "op zon- en feestdagen", "in {unit}", "bij wisselende diensten", "na een reorganisatie van {unit}", "voor leidinggevenden", "bij invalwerk", "in de nacht"];
    static readonly string[] Numbers = ["twee weken", "drie weken", "vier weken", "zes weken", "een maand", "twee maanden", "drie maanden"];
    static readonly string[] Days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
    static readonly string[] Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
    static readonly string[] ListLeads = ["daarbij gelden de volgende voorwaarden", "de {wg} houdt daarbij rekening met het volgende", "de {wn} let daarbij op de volgende punten",
        "een afwijking is alleen mogelijk in deze gevallen", "dit geldt [niet|alleen] in de volgende situaties"];
    static readonly string[] Studies = ["de regels voor piketdiensten vereenvoudigen", "een gezamenlijke werkgroep over roosters instellen", "de kilometervergoeding toetsen aan de werkelijke kosten",
        "de tekst van de cao herschrijven in begrijpelijke taal", "de regeling voor feestdagen evalueren", "onderzoeken hoe de werkdruk in {unit} kan afnemen",
        "de afspraken over thuiswerken opnieuw bekijken", "de toeslagen voor avondwerk vergelijken met andere sectoren"];
    static readonly string[] Conditions = [
        "tenzij de bedrijfsomstandigheden zich daartegen verzetten", "mits de ondernemingsraad daarmee heeft ingestemd", "voor zover de wet niet anders bepaalt",
        "behalve wanneer de {wn} zelf om een wijziging heeft gevraagd", "ook als de {wn} in deeltijd werkt", "met inachtneming van de Arbeidstijdenwet",
        "na overleg met de personeelsvertegenwoordiging", "zolang de {wn} in {unit} werkzaam is", "indien de {wg} daartoe schriftelijk opdracht geeft",
        "naar rato van de arbeidsduur", "op basis van de gegevens in het personeelssysteem", "met uitzondering van de eerste {n} dagen",
        "zonder dat daarvoor een aparte aanvraag nodig is", "wanneer het rooster dat toelaat", "als beide partijen daarmee akkoord gaan"];
    static readonly string[] Times = [
        "binnen {weeks}", "uiterlijk op de laatste werkdag van {month}", "ten minste {weeks} van tevoren", "elk kwartaal", "eenmaal per kalenderjaar",
        "voor {n} {month}", "op de eerstvolgende betaaldatum", "in de maand {month}", "per vier weken", "in de week na de aanvraag", "op {day} van de betreffende week"];
    static readonly string[] JobGoals = ["het werk veilig en volgens planning verloopt", "de dagelijkse gang van zaken {place} ordelijk blijft",
        "storingen snel worden verholpen", "de gegevens in het systeem kloppen", "de afspraken met klanten worden nagekomen", "de voorraad op peil blijft",
        "het materieel in goede staat blijft", "de overdracht tussen diensten volledig is"];
    static readonly string[] JobResults = ["Het rooster van {unit} is op tijd rond", "Afwijkingen worden gemeld bij de leidinggevende", "De werkplek is schoon en veilig",
        "Meldingen zijn binnen de afgesproken tijd afgehandeld", "De registratie van uren en materiaal is volledig", "Klachten zijn vastgelegd en doorgezet",
        "Het materieel is dagelijks gecontroleerd", "Nieuwe collega's zijn wegwijs gemaakt in {unit}"];
    static readonly string[] JobKnowledge = ["Kent de veiligheidsvoorschriften die {place} gelden", "Kan werken met het planningssysteem", "Heeft kennis van de gangbare meetinstrumenten",
        "Kan zelfstandig een storing analyseren", "Communiceert helder met collega's van andere diensten", "Kan prioriteiten stellen bij drukte",
        "Kent de procedures voor het melden van incidenten", "Kan eenvoudige rapportages opstellen"];
    static readonly string[] JobBurdens = ["Werken in wisselende diensten", "Lawaai en trillingen {place}", "Werken bij koude en regen", "Langdurig staan en lopen",
        "Tillen van lasten tot twintig kilo", "Werken onder tijdsdruk", "Beeldschermwerk gedurende een groot deel van de dag", "Omgaan met geïrriteerde klanten"];
    static readonly string[] JobManners = ["volgens de werkinstructies", "in overleg met de leidinggevende", "binnen de geldende veiligheidsregels", "met oog voor de kwaliteit van het werk",
        "zelfstandig en nauwkeurig", "in samenwerking met de andere diensten"];

    static readonly Topic SocialTopic = new("Sociaal plan",
        ["Informatie aan de vakbonden", "Bezwaarcommissie", "Hardheidsclausule", "Geheimhouding van gegevens", "Afspiegeling", "Kosten van een bezwaar"],
        ["de {wg} informeert [de betrokken {wn}s|de vakbonden|de ondernemingsraad] schriftelijk over het besluit",
         "de {wn} die het niet eens is met zijn plaatsing, kan binnen {weeks} bezwaar maken bij de bezwaarcommissie",
         "de bezwaarcommissie doet [binnen {weeks}|zo spoedig mogelijk] een bindende uitspraak over het bezwaar",
         "[de {wg}|de bezwaarcommissie] behandelt de persoonsgegevens van de {wn} vertrouwelijk",
         "de {wg} volgt bij de keuze van de vervallen functies het afspiegelingsbeginsel per functiegroep",
         "de {wg} vergoedt de kosten van juridisch advies bij een bezwaar tot {eur}",
         "de {wg} kan in bijzondere gevallen ten gunste van de {wn} afwijken van dit plan",
         "de vakbonden ontvangen de adviesaanvraag [gelijktijdig met|een week na] de ondernemingsraad"]);

    static readonly Topic[] Topics =
    [
        new("Algemene bepalingen",
            ["Definities", "Werkingssfeer", "Voor wie geldt deze cao?", "Wat wordt bedoeld met de begrippen in deze cao?", "Dispensatie", "Looptijd en opzegging"],
            ["deze cao is van toepassing op iedere arbeidsovereenkomst die na [de ingangsdatum|1 {month}] wordt gesloten",
             "deze cao geldt als minimumregeling, zodat gunstiger afspraken [blijven bestaan|niet vervallen]",
             "een {wg} kan bij de cao-partijen dispensatie vragen van een of meer bepalingen",
             "[de nieuwe {wn}|iedere {wn}] ontvangt bij indiensttreding een exemplaar van deze cao",
             "een {wg} valt onder deze cao als de werkzaamheden hoofdzakelijk {place} plaatsvinden",
             "een {wn} met een oproepcontract wordt voor de vakantieregeling gelijkgesteld met een voltijder",
             "[een uitzendkracht|een invalkracht] heeft recht op dezelfde beloning als een {wn} in een gelijke functie",
             "onder {wn} wordt verstaan ieder die met de {wg} een arbeidsovereenkomst heeft",
             "cao-partijen kunnen deze cao [met drie maanden|met zes maanden] opzeggen tegen het einde van de looptijd"])
        { Statement = { ["Voor wie geldt deze cao?"] = "Werkingssfeer", ["Wat wordt bedoeld met de begrippen in deze cao?"] = "Begripsbepalingen" } },
        new("Het dienstverband",
            ["Proeftijd", "Arbeidsovereenkomst", "Wanneer eindigt je contract?", "Opzegtermijnen", "Nevenwerkzaamheden", "Geheimhouding", "Schorsing en non-actiefstelling"],
            ["de {wg} legt de arbeidsovereenkomst [schriftelijk|digitaal] vast en geeft de {wn} een afschrift",
             "[de nieuwe {wn}|een {wn} met een contract voor onbepaalde tijd] heeft een proeftijd van ten hoogste {weeks}",
             "de {wn} meldt nevenwerkzaamheden vooraf bij [de {wg}|zijn leidinggevende]",
             "[de {wg}|de {wn}] houdt bij opzegging een termijn aan van {weeks}",
             "de {wg} deelt de {wn} met een tijdelijk contract uiterlijk {weeks} voor het einde mee of het contract wordt verlengd",
             "de {wn} bewaart geheimhouding over [bedrijfsgegevens|gegevens van klanten|de tarieven van de {wg}]",
             "de {wg} kan de {wn} op non-actief stellen zolang een onderzoek naar een ernstig incident loopt",
             "de {wn} ontvangt bij het einde van het dienstverband een getuigschrift"])
        { Statement = { ["Wanneer eindigt je contract?"] = "Einde van de arbeidsovereenkomst" } },
        new("Arbeidsduur en werktijden",
            ["Arbeidsduur", "Hoeveel uur werk je?", "Dienstrooster", "Pauzes", "Werken in ploegendienst", "Wanneer hoor je je rooster?", "Consignatie"],
            ["de {wn} werkt [gemiddeld|ten hoogste] {h} uur per dienst en niet meer dan vijf diensten per week",
             "de {wg} maakt het rooster voor {unit} bekend {weeks} voordat het ingaat",
             "de {wn} heeft recht op een pauze van [een half uur|drie kwartier] na vijf uur werk",
             "de {wg} roostert een {wn} niet vaker dan {n} keer per maand in voor een nachtdienst",
             "[de {wn}|een {wn} in {unit}] kan in overleg met de planner een dienst ruilen met een collega",
             "de {wg} stelt de roosters vast in overleg met de ondernemingsraad",
             "de {wn} ontvangt voor een consignatiedienst een vaste vergoeding van {eur}",
             "de {wg} roostert de {wn} na een nachtdienst niet binnen elf uur opnieuw in"])
        { Statement = { ["Hoeveel uur werk je?"] = "Arbeidsduur", ["Wanneer hoor je je rooster?"] = "Bekendmaking van het rooster" } },
        new("Salaris en toeslagen",
            ["Salarisschalen", "Periodieken", "Welk salaris krijg je?", "Toeslag voor onregelmatige uren", "Overwerk", "Eindejaarsuitkering", "Vakantietoeslag"],
            ["de {wn} ontvangt elk jaar per 1 {month} een periodiek tot het maximum van de schaal is bereikt",
             "de toeslag voor werk op [zaterdag|zondag|feestdagen] bedraagt {pct} procent van het uurloon",
             "de {wg} betaalt het salaris uiterlijk op de laatste werkdag van de maand",
             "de {wn} ontvangt in december een eindejaarsuitkering van {n} procent van het jaarsalaris",
             "de {wn} kiest of overuren worden uitbetaald of als vrije tijd worden toegekend",
             "de {wn} ontvangt in mei een vakantietoeslag van acht procent van het jaarsalaris",
             "de {wg} deelt de {wn} in de schaal in die bij [zijn functie|de functie in {unit}] hoort",
             "de {wn} die in de nacht werkt, ontvangt een toeslag van {eur} per dienst"])
        { Statement = { ["Welk salaris krijg je?"] = "Salaris" } },
        new("Vergoedingen",
            ["Reiskosten", "Werkkleding", "Maaltijdvergoeding", "Krijg je je reiskosten vergoed?", "Telefoon en laptop", "Verhuiskosten"],
            ["de {wg} vergoedt de kosten van [reizen met het openbaar vervoer|het woon-werkverkeer per trein] volledig",
             "de {wn} die met eigen vervoer reist, ontvangt een vergoeding van {eur} per dag",
             "de {wg} stelt werkkleding en veiligheidsschoenen kosteloos beschikbaar",
             "de {wn} ontvangt een maaltijdvergoeding van {eur} bij overwerk van meer dan twee uur",
             "de {wn} krijgt [een telefoon|een laptop|een telefoon en een laptop] in bruikleen voor zakelijk gebruik",
             "de {wg} betaalt vergoedingen netto uit voor zover de fiscale regels dat toelaten"])
        { Statement = { ["Krijg je je reiskosten vergoed?"] = "Reiskosten" } },
        new("Vakantie en verlof",
            ["Vakantie", "Hoeveel vakantie heb je?", "Feestdagen", "Bijzonder verlof", "Zorgverlof", "Ouderschapsverlof", "Verlof bij verhuizing"],
            ["de {wn} heeft recht op {n} vakantiedagen boven het wettelijke minimum",
             "de {wn} kan in overleg [drie|vier] weken aaneengesloten vakantie opnemen",
             "de {wn} krijgt één dag verlof met behoud van loon [bij een verhuizing|bij de verhuizing naar een andere woonplaats]",
             "de {wn} heeft recht op betaald verlof bij het huwelijk van een [kind|broer of zus|ouder]",
             "de {wn} ontvangt tijdens kortdurend zorgverlof [zeventig|tachtig] procent van het loon",
             "de {wn} vraagt [vakantie|verlof] ten minste {weeks} van tevoren aan bij de leidinggevende",
             "de {wn} is op erkende feestdagen vrij, tenzij het rooster van {unit} anders bepaalt"])
        { Statement = { ["Hoeveel vakantie heb je?"] = "Vakantiedagen" } },
        new("Ziekte en arbeidsongeschiktheid",
            ["Loondoorbetaling bij ziekte", "Wat doe je als je ziek bent?", "Aanvulling op het loon", "Controlevoorschriften", "Verplichtingen tijdens ziekte"],
            ["de {wn} die ziek is, meldt zich voor [negen|acht] uur 's ochtends ziek bij de leidinggevende",
             "de {wg} betaalt in het eerste ziektejaar het volledige loon door",
             "de {wg} vult het loon in het tweede ziektejaar aan tot [negentig|vijfentachtig] procent",
             "de zieke {wn} houdt zich aan de controlevoorschriften van de {wg}",
             "de leidinggevende neemt binnen {weeks} contact op met de zieke {wn}",
             "de {wn} geeft gehoor aan een redelijke oproep van de bedrijfsarts"])
        { Statement = { ["Wat doe je als je ziek bent?"] = "Ziekmelding" } },
        new("Gezond en veilig werken",
            ["Arbeidsomstandigheden", "Persoonlijke beschermingsmiddelen", "Agressie en geweld", "Hoe werk je veilig?", "Werken bij hitte"],
            ["de {wg} houdt de risico-inventarisatie [actueel|jaarlijks bij]",
             "de {wn} draagt {place} de voorgeschreven beschermingsmiddelen",
             "de {wn} meldt een incident [dezelfde dag|direct] bij de leidinggevende",
             "de {wg} biedt de {wn} nazorg na een incident met agressie",
             "de {wg} past de werktijden aan bij temperaturen boven [dertig|tweeëndertig] graden",
             "de preventiemedewerker houdt toezicht op de naleving van de veiligheidsregels in {unit}"])
        { Statement = { ["Hoe werk je veilig?"] = "Veiligheid" } },
        new("Medezeggenschap en vakbond",
            ["Vakbondsfaciliteiten", "Vakbondscontributie", "Kaderleden", "Overleg met de ondernemingsraad"],
            ["de {wg} stelt een ruimte beschikbaar voor vakbondsvergaderingen",
             "een kaderlid krijgt {n} dagen verlof per jaar voor vakbondswerk",
             "de {wn} kan de vakbondscontributie verrekenen met de eindejaarsuitkering",
             "de {wg} informeert de ondernemingsraad tijdig over voorgenomen besluiten",
             "de {wn} mag in werktijd een ledenvergadering van zijn vakbond bijwonen"]),
        new("Pensioen en slotbepalingen",
            ["Pensioenregeling", "Geschillen", "Hardheidsclausule", "Wat als partijen het oneens zijn?"],
            ["de {wg} meldt de {wn} aan bij het bedrijfstakpensioenfonds",
             "de geschillencommissie doet binnen {weeks} een uitspraak",
             "[de {wn}|de {wg}] kan een geschil over de uitleg van deze cao voorleggen aan de geschillencommissie",
             "cao-partijen overleggen tussentijds als de wetgeving ingrijpend wijzigt",
             "de pensioenregeling wordt uitgevoerd volgens het reglement van het pensioenfonds"])
        { Statement = { ["Wat als partijen het oneens zijn?"] = "Geschillenregeling" } },
    ];
}

static class Render
{
    static string H(string s) => WebUtility.HtmlEncode(s);

    /// <summary>HTML for Chromium's print-to-PDF and for LibreOffice (which turns it into DOCX first).</summary>
    public static string Html(Doc d, Spec s)
    {
        var o = new StringBuilder();
        o.Append($"<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{H(s.Name)}</title>\n<style>\n");
        o.Append("@page { size: A4; margin: 22mm 20mm 22mm 20mm; }\n");
        o.Append("body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; text-align: justify; hyphens: auto; }\n");
        o.Append(".running { position: fixed; top: -14mm; left: 0; right: 0; font-size: 8pt; color: #555; }\n");
        o.Append("h1 { font-size: 15pt; break-before: page; } h2 { font-size: 12.5pt; break-before: page; } h3 { font-size: 10.5pt; margin: 1em 0 .3em; }\n");
        o.Append(".cover { text-align: center; margin-top: 60mm; } .cover p { font-size: 14pt; } .page { break-after: page; }\n");
        o.Append("table { border-collapse: collapse; font-size: 8.5pt; margin: .5em 0 1em; } td, th { border: 1px solid #999; padding: 2px 4px; text-align: right; }\n");
        o.Append("ol.lid { margin: 0 0 .4em; padding-left: 1.6em; } p { margin: .25em 0 .45em; }\n</style></head><body>\n");
        o.Append("<div class=\"cover page\">\n");
        foreach (var c in d.Cover) o.Append($"<p>{H(c)}</p>\n");
        o.Append("</div>\n");
        bool inList = false;
        foreach (var b in d.Blocks)
        {
            if (inList && b.Kind != K.Bullet) { o.Append("</ol>\n"); inList = false; }
            switch (b.Kind)
            {
                case K.Part: o.Append($"<h1>Deel {H(b.Number)} {H(b.Text)}</h1>\n"); break;
                case K.Chapter: o.Append($"<h2>Hoofdstuk {H(b.Number)} {H(b.Text)}</h2>\n"); break;
                case K.Appendix: o.Append($"<h1>Bijlage {H(b.Number)} {H(b.Text)}</h1>\n"); break;
                case K.Article: o.Append($"<h3>Artikel {H(b.Number)} {H(b.Text)}</h3>\n"); break;
                case K.Sub: o.Append($"<h3>{H(b.Text)}</h3>\n"); break;
                case K.Lid: o.Append($"<p>{H(b.Number)}. {H(b.Text)}</p>\n"); break;
                case K.Bullet:
                    if (!inList) { o.Append("<ol class=\"lid\" type=\"a\">\n"); inList = true; }
                    o.Append($"<li>{H(b.Text)}</li>\n"); break;
                case K.Para: o.Append($"<p>{H(b.Text)}</p>\n"); break;
                case K.Page: o.Append("<div class=\"page\"></div>\n"); break;
                case K.Table:
                    o.Append("<table>\n");
                    foreach (var (r, i) in b.Rows!.Select((r, i) => (r, i)))
                        o.Append("<tr>" + string.Concat(r.Select(c => i == 0 ? $"<th>{H(c)}</th>" : $"<td>{H(c)}</td>")) + "</tr>\n");
                    o.Append("</table>\n"); break;
            }
        }
        if (inList) o.Append("</ol>\n");
        o.Append("</body></html>\n");
        return o.ToString();
    }

    static string T(string s) => s.Replace("\\", "\\e").Replace("€", "\\[Eu]").Replace("'", "\\(aq").Replace("–", "\\(en");
    static string Line(string s) => (s.StartsWith('.') || s.StartsWith('\'') ? "\\&" : "") + T(s);

    /// <summary>groff ms: running header (the cao's name), page numbers at the foot, justified text.</summary>
    public static string Ms(Doc d, Spec s)
    {
        var o = new StringBuilder();
        o.Append(".nr PS 10\n.nr VS 12\n.nr PO 1i\n.nr LL 6.2i\n.nr HM 0.8i\n.nr FM 0.8i\n.hy 4\n");
        o.Append($".ds LH \\s-1{T(s.Name)}\\s0\n.ds CH\n.ds RH\n.ds CF \\s-1Pagina \\n%\\s0\n");
        o.Append(".LP\n.ce 20\n.sp 2i\n");
        foreach (var c in d.Cover) o.Append($"\\s+4{Line(c)}\\s0\n.sp 0.4\n");
        o.Append(".ce 0\n.bp\n");
        foreach (var b in d.Blocks)
        {
            switch (b.Kind)
            {
                case K.Part: o.Append($".bp\n.SH\n\\s+4Deel {T(b.Number)} {T(b.Text)}\\s0\n.LP\n"); break;
                case K.Chapter: o.Append($".SH\n\\s+2Hoofdstuk {T(b.Number)} {T(b.Text)}\\s0\n.LP\n"); break;
                case K.Appendix: o.Append($".bp\n.SH\n\\s+2Bijlage {T(b.Number)} {T(b.Text)}\\s0\n.LP\n"); break;
                case K.Article: o.Append($".SH\nArtikel {T(b.Number)} {T(b.Text)}\n.LP\n"); break;
                case K.Sub: o.Append($".SH\n{Line(b.Text)}\n.LP\n"); break;
                case K.Lid: o.Append($".IP {T(b.Number)}. 3n\n{Line(b.Text)}\n"); break;
                case K.Bullet: o.Append($".IP \"\" 3n\n{T(b.Number)}. {Line(b.Text)}\n"); break;
                case K.Para: o.Append($".LP\n{Line(b.Text)}\n"); break;
                case K.Page: o.Append(".bp\n"); break;
                case K.Table:
                    o.Append(".ps 7\n.vs 9\n.TS\ncenter box;\n" + string.Join(" ", b.Rows![0].Select(_ => "c")) + "\n" + string.Join(" ", b.Rows[0].Select(_ => "r")) + ".\n");
                    foreach (var r in b.Rows) o.Append(string.Join("\t", r.Select(T)) + "\n");
                    o.Append(".TE\n.ps 10\n.vs 12\n.LP\n"); break;
            }
        }
        return o.ToString();
    }
}
