// CaoMonitor fictional test corpus generator.
// Usage: dotnet run corpus/generator/Generate.cs -- <corpus-dir> <build-dir>
// Reads corpus/sources/*, writes:
//   <build-dir>/<id>.ms | <id>.md   intermediate documents for groff / pandoc
//   <build-dir>/manifest.tsv        what generate.sh must render
//   <corpus-dir>/documents/<id>.html (HTML documents are written directly)
//   <corpus-dir>/registry.csv, ground-truth.csv, near-misses.csv
// Everything is deterministic: variant choice uses a stable FNV-1a hash, never Random or the clock.
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

var corpusDir = Path.GetFullPath(args.Length > 0 ? args[0] : "corpus");
var buildDir = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "caocorpus-build"));
Directory.CreateDirectory(buildDir);
var docsDir = Path.Combine(corpusDir, "documents");
Directory.CreateDirectory(docsDir);
var src = Path.Combine(corpusDir, "sources");

var provisionLib = Lib.ParseEntries(Path.Combine(src, "provisions.cao"));
var boiler = Lib.ParseEntries(Path.Combine(src, "boilerplate.cao"));
var nearLib = Lib.ParseEntries(Path.Combine(src, "nearmisses.cao"));
var chapters = Lib.ParseChapters(Path.Combine(src, "boilerplate.cao"));
var agreements = Lib.ParseAgreements(Path.Combine(src, "agreements.cao"));

var registry = new List<string[]>();
var truth = new List<string[]>();
var nears = new List<string[]>();
var manifest = new StringBuilder();
var ids = new HashSet<string>();

foreach (var ag in agreements)
{
    foreach (var v in ag.Versions)
    {
        if (!ids.Add(v.Id)) throw new Exception($"duplicate id {v.Id}");
        var b = new Builder(ag, v, chapters, boiler, provisionLib, nearLib);
        var doc = b.Build();
        truth.AddRange(b.Truth);
        nears.AddRange(b.Nears);
        var ext = v.Format switch { "html" => "html", "docx" => "docx", _ => "pdf" };
        var rel = $"documents/{v.Id}.{ext}";
        registry.Add(new[] {
            v.Id, ag.Id, v.Blank.Contains("name") ? "" : doc.Title, ag.Type, ag.Sector,
            string.Join("; ", ag.Parties),
            v.Blank.Contains("period") ? "" : v.Start.ToString("yyyy-MM-dd"),
            v.Blank.Contains("period") ? "" : v.End.ToString("yyyy-MM-dd"),
            ag.Avv ? "ja" : "nee", (v.Employees ?? ag.Employees).ToString(CultureInfo.InvariantCulture), rel });
        Emit(doc, v.Id, v.Format, rel);
    }
}

// policy documents
foreach (var f in Directory.GetFiles(Path.Combine(src, "policy"), "*.md").OrderBy(x => x, StringComparer.Ordinal))
{
    var (doc, meta) = Policy.Parse(f);
    var id = meta["id"];
    if (!ids.Add(id)) throw new Exception($"duplicate id {id}");
    var fmt = meta["format"];
    var rel = $"documents/{id}.{(fmt == "html" ? "html" : fmt == "docx" ? "docx" : "pdf")}";
    registry.Add(new[] { id, id, doc.Title, "policy", "", meta["parties"], meta["date"], "", "", "", rel });
    Emit(doc, id, fmt, rel);
}

Lib.WriteCsv(Path.Combine(corpusDir, "registry.csv"),
    "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file", registry);
Lib.WriteCsv(Path.Combine(corpusDir, "ground-truth.csv"),
    "version_id,article,category,strength,amount_eur,period,percent,hours,days,note", truth);
Lib.WriteCsv(Path.Combine(corpusDir, "near-misses.csv"), "version_id,article,text_fragment,why", nears);
File.WriteAllText(Path.Combine(buildDir, "manifest.tsv"), manifest.ToString());
Console.WriteLine($"documents: {registry.Count}, provisions: {truth.Count}, near misses: {nears.Count}");
var repeated = Wording.Repeated();
Console.WriteLine($"lines in more than two agreements: {repeated.Count}");
foreach (var (text, n) in repeated) Console.WriteLine($"  {n}x {text}");

void Emit(Doc doc, string id, string fmt, string rel)
{
    switch (fmt)
    {
        case "html":
            File.WriteAllText(Path.Combine(corpusDir, rel), Render.Html(doc), new UTF8Encoding(false));
            break;
        case "docx":
            File.WriteAllText(Path.Combine(buildDir, id + ".md"), Render.Markdown(doc), new UTF8Encoding(false));
            manifest.Append($"{id}\tdocx\t{id}.md\t{rel}\n");
            break;
        default:
            File.WriteAllText(Path.Combine(buildDir, id + ".ms"), Render.Ms(doc, fmt == "pdf2c"), new UTF8Encoding(false));
            manifest.Append($"{id}\t{fmt}\t{id}.ms\t{rel}\n");
            break;
    }
}

// ---------------------------------------------------------------- model

record Entry(string Key, Dictionary<string, string> Attrs, Dictionary<string, string> Meta, List<(char Kind, string Text)> Lines);

record ChapterDef(string Key, List<string> Titles);

class Agreement
{
    public string Id = "";
    public Dictionary<string, string> P = new();
    public List<Version> Versions = new();
    public string Name => P["name"];
    public string Type => P["type"];
    public string Sector => P["sector"];
    public List<string> Parties => P["parties"].Split(';').Select(s => s.Trim()).ToList();
    public bool Avv => P.GetValueOrDefault("avv") == "ja";
    public int Employees => int.Parse(P["employees"], CultureInfo.InvariantCulture);
    public string Get(string k, string d) => P.TryGetValue(k, out var v) ? v : d;
}

class Version
{
    public string Id = "";
    public DateOnly Start, End;
    public string Format = "pdf";
    public int? Employees;
    public HashSet<string> Blank = new();
    public List<(string Cat, string Strength, Dictionary<string, string> A)> Provisions = new();
    public List<string> NearMisses = new();
}

record Item(string Kind, string Text, int Level = 0, string Label = "", List<string[]>? Rows = null, bool Toc = false);

class Doc
{
    public string Title = "";
    public string Header = "";
    public List<string> Cover = new(); // lines, first is title
    public string Footer = "pagina"; // pagina | dash
    public bool Policy;
    public bool NoToc;
    public string FontSize = "10.5";
    public List<Item> Items = new();
}

class Article
{
    public string Key = "";
    public string Title = "";
    public string Num = "";
    public List<(char Kind, string Text)> Lines = new();
    public string Section = ""; // werk|ontw for merged style
}

class Appendix
{
    public string Key = "";
    public string Title = "";
    public string Label = "";
    public List<(string? Sub, List<(char Kind, string Text)> Lines, List<string[]>? Table)> Parts = new();
}

// ---------------------------------------------------------------- builder

class Builder
{
    readonly Agreement ag; readonly Version v; readonly List<ChapterDef> chapterDefs;
    readonly List<Entry> boiler, provLib, nearLib;
    public List<string[]> Truth = new();
    public List<string[]> Nears = new();
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    static readonly string[] Months = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" };
    static readonly string[] NumWords = { "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf" };

    public Builder(Agreement a, Version ver, List<ChapterDef> cd, List<Entry> b, List<Entry> p, List<Entry> n)
    { ag = a; v = ver; chapterDefs = cd; boiler = b; provLib = p; nearLib = n; }

    public static string DutchDate(DateOnly d) => $"{d.Day} {Months[d.Month - 1]} {d.Year}";

    string Years => v.Start.Year == v.End.Year ? $"{v.Start.Year}" : $"{v.Start.Year}-{v.End.Year}";

    static readonly Dictionary<int, decimal> Index = new() { [2019] = 0.97m, [2020] = 1.0m, [2021] = 1.02m, [2022] = 1.05m, [2023] = 1.12m, [2024] = 1.18m, [2025] = 1.23m, [2026] = 1.27m, [2027] = 1.30m };
    static readonly Dictionary<int, string> Raise = new() { [2019] = "2,5", [2020] = "2", [2021] = "2", [2022] = "3", [2023] = "6,5", [2024] = "5", [2025] = "4", [2026] = "3", [2027] = "2,5" };

    Dictionary<string, string> Ctx()
    {
        var c = new Dictionary<string, string>
        {
            ["cao"] = $"{ag.Name} {Years}", ["naam"] = ag.Name, ["Wg"] = Lib.Cap(ag.Get("wg", "werkgever")), ["Wn"] = Lib.Cap(ag.Get("wn", "werknemer")), ["sector"] = ag.Sector,
            ["wg"] = ag.Get("wg", "werkgever"), ["wn"] = ag.Get("wn", "werknemer"),
            // Company cao's name no sector scope: their employer is the company itself.
            ["scope"] = ag.Get("scope", ag.Type == "company" ? $"{ag.Get("bedrijf", ag.Parties[0])}, gevestigd te {ag.Get("stad", "Utrecht")}" : ""), ["uren"] = ag.Get("uren", "38"),
            ["vakantiedagen"] = ag.Get("vakantiedagen", "25"), ["pensioenfonds"] = ag.Get("pensioenfonds", "het bedrijfstakpensioenfonds"),
            ["start"] = DutchDate(v.Start), ["end"] = DutchDate(v.End),
            ["periode"] = $"{DutchDate(v.Start)} tot en met {DutchDate(v.End)}",
            ["wgpartij"] = ag.Parties[0], ["bonden"] = Lib.JoinNl(ag.Parties.Skip(1).ToList()),
            ["partijen"] = Lib.JoinNl(ag.Parties), ["fonds"] = ag.Get("fonds", "het opleidingsfonds"), ["Fonds"] = Lib.Cap(ag.Get("fonds", "het opleidingsfonds")),
            ["fondsafk"] = ag.Get("fondsafk", "het fonds"), ["or"] = ag.Get("or", "ondernemingsraad"),
            ["bedrijf"] = ag.Get("bedrijf", ag.Parties[0]), ["stad"] = ag.Get("stad", "Utrecht"),
            ["eindejaar"] = ag.Get("eindejaar", "4"), ["year1"] = v.Start.Year.ToString(),
            ["raise1"] = Raise[v.Start.Year], ["raise2"] = Raise[Math.Min(v.End.Year, 2027)],
            ["raisedate1"] = DutchDate(v.Start), ["raisedate2"] = DutchDate(new DateOnly(v.End.Year, v.Start.Month, 1) < v.End && v.End.Year > v.Start.Year ? new DateOnly(v.End.Year, v.Start.Month, 1) : v.Start.AddMonths(6)),
            ["toeslag"] = ag.Get("toeslag", "25"), ["proeftijd"] = ag.Get("proeftijd", "twee maanden"),
        };
        return c;
    }

    string Money(decimal amt)
    {
        var style = ag.Get("money", "dash");
        var n = amt == Math.Floor(amt) ? amt.ToString("N0", Nl) : amt.ToString("N2", Nl);
        return style switch
        {
            "dash" => amt == Math.Floor(amt) ? $"€ {n},-" : $"€ {n}",
            "cents" => $"€ {amt.ToString("N2", Nl)}",
            "eur" => $"EUR {n}",
            "word" => $"{n} euro",
            _ => $"€ {n}",
        };
    }

    string Period(string p)
    {
        var h = Lib.Hash(ag.Id) % 2;
        return p switch
        {
            "per jaar" => h == 0 ? "per jaar" : "per kalenderjaar",
            "per drie jaar" => h == 0 ? "per drie jaar" : "per periode van drie jaar",
            "per cao-periode" => h == 0 ? "per cao-periode" : "voor de looptijd van deze cao",
            "eenmalig" => "eenmalig",
            _ => throw new Exception($"unknown period {p} in {v.Id}")
        };
    }

    string Count(string n) => ag.Get("numwords", "nee") == "ja" && int.TryParse(n, out var i) && i <= 12 ? NumWords[i] : n.Replace('.', ',');

    string Fill(string text, Dictionary<string, string> ctx, Dictionary<string, string>? attrs, Func<string, string>? refs)
    {
        return Regex.Replace(text, @"\{([A-Za-z0-9:]+)\}", m =>
        {
            var k = m.Groups[1].Value;
            if (attrs != null)
            {
                if (k == "amount" && attrs.TryGetValue("amount", out var a)) return Money(decimal.Parse(a, CultureInfo.InvariantCulture));
                if (k == "period" && attrs.TryGetValue("period", out var p)) return Period(p);
                if (k == "percent" && attrs.TryGetValue("percent", out var pc)) return pc.Replace('.', ',') + (ag.Get("pct", "sign") == "sign" ? "%" : " procent");
                if (k == "hours" && attrs.TryGetValue("hours", out var h)) return h.Replace('.', ',');
                if (k == "days" && attrs.TryGetValue("days", out var d)) return Count(d);
                if (k == "ref" && attrs.TryGetValue("ref", out var r) && refs != null) return refs(r);
            }
            if (ctx.TryGetValue(k, out var val)) return val;
            throw new Exception($"unknown placeholder {{{k}}} in {v.Id}: {text}");
        });
    }

    /// <summary>
    /// One source line as this agreement words it: its "[a|b|c]" alternatives chosen so that the printed text
    /// is one no other agreement wrote (see <see cref="Wording"/>), boilerplate also in the agreement's drafting style.
    /// The slot names the line, so successive versions of one agreement keep their wording.
    /// </summary>
    string Say(string slot, string text, Dictionary<string, string> ctx, Dictionary<string, string>? attrs, Func<string, string>? refs, bool style, bool own = true) =>
        Wording.Compose(ag.Id, slot, text, t => { var f = Fill(t, ctx, attrs, refs); return style ? Style(f) : f; }, own);

    /// <summary>An entry's lines: a sub-item under a numbered lid is part of that lid's text (the lid makes it unique),
    /// one under a plain paragraph is a text of its own; table rows are data.</summary>
    List<(char Kind, string Text)> SayLines(string slot, List<(char Kind, string Text)> lines, Dictionary<string, string> ctx, Dictionary<string, string>? attrs, Func<string, string>? refs, bool style)
    {
        var said = new List<(char Kind, string Text)>();
        char parent = ' ';
        for (int i = 0; i < lines.Count; i++)
        {
            var (kind, text) = lines[i];
            if (kind != '-') parent = kind;
            said.Add((kind, kind == '|' ? Fill(text, ctx, attrs, refs) : Say($"{slot}/{i}", text, ctx, attrs, refs, style, own: kind != '-' || parent != '#')));
        }
        return said;
    }

    // Drafting habits that differ between cao's: each agreement uses one phrase of each set throughout its
    // boilerplate. Only neutral phrases; provision wording is varied by hand in provisions.cao.
    static readonly string[][] Habits =
    {
        new[] { "ten minste", "minimaal", "ten minste" },
        new[] { "ten hoogste", "maximaal", "hoogstens" },
        new[] { "indien", "als", "wanneer" },
        new[] { "uiterlijk", "niet later dan", "uiterlijk" },
        new[] { "jaar en ouder", "jaar of ouder" },
        new[] { "zoveel mogelijk", "zo veel mogelijk", "waar mogelijk" },
        new[] { "met inachtneming van", "met toepassing van", "binnen de grenzen van" },
        new[] { "in beginsel", "in de regel", "doorgaans" },
        new[] { "partijen", "cao-partijen", "partijen" },
        new[] { "verstrekt", "geeft", "verstrekt" },
        new[] { "kalenderjaar", "jaar", "kalenderjaar" },
        new[] { "bekendgemaakt", "gepubliceerd", "bekendgemaakt" },
        new[] { "alleen", "uitsluitend", "alleen" },
        new[] { "eens per", "eenmaal per", "één keer per" },
        new[] { "ontvangt", "krijgt", "ontvangt" },
        new[] { "vergoedt", "betaalt", "vergoedt" },
        new[] { "uitbetaald", "betaald", "uitgekeerd" },
        new[] { "deze cao", "deze cao", "deze collectieve arbeidsovereenkomst", "de cao" },
        new[] { "bedraagt", "is", "bedraagt" },
        new[] { "salaris", "loon", "salaris" },
        new[] { "leidinggevende", "direct leidinggevende", "leidinggevende" },
        new[] { "in overleg met", "in samenspraak met", "in overleg met" },
    };

    string Style(string text)
    {
        foreach (var set in Habits)
        {
            var use = set[(int)(Lib.Hash(ag.Id + "/" + set[0]) % (uint)set.Length)];
            if (use == set[0]) continue;
            text = Regex.Replace(text, $@"(?<![\w-]){Regex.Escape(set[0])}(?![\w-])", use);
            text = Regex.Replace(text, $@"(?<![\w-]){Regex.Escape(Lib.Cap(set[0]))}(?![\w-])", Lib.Cap(use));
        }
        return text;
    }

    static readonly string[] GtKeys = { "amount", "period", "percent", "hours", "days", "ref" };

    static HashSet<string> Placeholders(Entry e)
    {
        var s = new HashSet<string>();
        foreach (var l in e.Lines.Select(x => x.Text).Append(e.Meta.GetValueOrDefault("title", "")))
            foreach (Match m in Regex.Matches(l, @"\{([a-z]+)\}"))
                if (GtKeys.Contains(m.Groups[1].Value)) s.Add(m.Groups[1].Value);
        return s;
    }

    Entry PickProvision(string cat, string strength, Dictionary<string, string> a)
    {
        var want = a.Keys.Where(k => GtKeys.Contains(k)).ToHashSet();
        var cands = provLib.Where(e => e.Key == $"{cat} {strength}" && Placeholders(e).SetEquals(want)).ToList();
        if (cands.Count == 0) throw new Exception($"no variant for {cat} {strength} with {{{string.Join(",", want)}}} ({v.Id})");
        int idx = a.TryGetValue("v", out var vs) ? int.Parse(vs) - 1 : (int)(Lib.Hash(ag.Id + cat + strength) % (uint)cands.Count);
        return cands[idx % cands.Count];
    }

    bool Fits(Entry e)
    {
        if (e.Attrs.TryGetValue("type", out var t) && t != ag.Type) return false;
        var size = ag.Get("size", "m");
        if (e.Attrs.TryGetValue("size", out var s) && !s.Contains(size)) return false;
        if (e.Attrs.TryGetValue("need", out var need) && !ag.P.ContainsKey(need)) return false;
        return true;
    }

    public Doc Build()
    {
        var ctx = Ctx();
        var style = ag.Get("style", "artikel");
        var chapters = new List<(ChapterDef Def, List<Article> Arts)>();
        foreach (var cd in chapterDefs)
        {
            var arts = new List<Article>();
            var keys = boiler.Where(e => e.Key.StartsWith(cd.Key + "/") && Fits(e)).Select(e => e.Key).Distinct().ToList();
            foreach (var k in keys)
            {
                var variants = boiler.Where(e => e.Key == k && Fits(e)).ToList();
                var vi = (int)(Lib.Hash(ag.Id + k) % (uint)variants.Count);
                var e = variants[vi];
                arts.Add(new Article { Key = k, Title = Fill(e.Meta["title"], ctx, null, null), Lines = SayLines($"{k}/{vi}", e.Lines, ctx, null, null, true) });
            }
            chapters.Add((cd, arts));
        }

        var appendices = new List<Appendix>();
        var salary = new Appendix { Key = "salaris", Title = ag.Get("loontitel", "Salarisschalen") };
        salary.Parts.Add((null, new() { ('>', Say("salaris/intro", "[De bedragen in deze bijlage gelden|Deze bijlage geeft de bedragen die gelden|De onderstaande bedragen gelden] [met ingang van|vanaf|per] {start}. " + (ag.Get("loon", "maand") == "uur"
            ? "[Het betreft|Genoemd zijn|Vermeld zijn] bruto uurlonen[| exclusief toeslagen| zonder vakantietoeslag]."
            : "[Het betreft|Genoemd zijn|Vermeld zijn] bruto maandsalarissen bij [een volledige arbeidsduur|een voltijds dienstverband|een volledig dienstverband] van {uren} uur per week[| exclusief toeslagen| zonder vakantietoeslag]."), ctx, null, null, false)) }, SalaryTable()));
        appendices.Add(salary);

        // provisions: deferred numbering, so keep references to articles / appendices
        var placed = new List<(string Cat, string Strength, Dictionary<string, string> A, Article? Art, Appendix? App)>();
        Article? last = null;
        foreach (var (cat, strength, a) in v.Provisions)
        {
            var e = PickProvision(cat, strength, a);
            Func<string, string> refs = key => "{REF:" + key + "}";
            var slot = $"{cat} {strength}/{provLib.IndexOf(e)}";
            var lines = SayLines(slot, e.Lines, ctx, a, refs, false);
            if (a.TryGetValue("where", out var where) && where.StartsWith("bijlage:"))
            {
                var key = where[8..];
                var app = appendices.FirstOrDefault(x => x.Key == key);
                if (app == null) { app = new Appendix { Key = key, Title = a.GetValueOrDefault("btitle", e.Meta.GetValueOrDefault("btitle", "Sociaal plan")) }; appendices.Add(app); }
                app.Parts.Add((Fill(e.Meta["title"], ctx, a, refs), lines, null));
                placed.Add((cat, strength, a, null, app));
                last = null;
                continue;
            }
            if (a.ContainsKey("with") && last != null)
            {
                last.Lines.AddRange(lines);
                placed.Add((cat, strength, a, last, null));
                continue;
            }
            var chapKey = a.GetValueOrDefault("at", cat.StartsWith("VWNW") ? "werk" : "ontw");
            var ch = chapters.First(c => c.Def.Key == chapKey);
            var art = new Article { Key = "prov", Title = a.GetValueOrDefault("title", Fill(e.Meta["title"], ctx, a, refs)), Lines = lines, Section = cat.StartsWith("VWNW") ? "werk" : "ontw" };
            if (a.TryGetValue("pos", out var pos)) ch.Arts.Insert(Math.Min(int.Parse(pos), ch.Arts.Count), art); else ch.Arts.Add(art);
            placed.Add((cat, strength, a, art, null));
            last = art;
        }

        var nearPlaced = new List<(Entry E, Article? Art, Appendix? App)>();
        foreach (var nk in v.NearMisses)
        {
            var e = nearLib.FirstOrDefault(x => x.Key == nk) ?? throw new Exception($"unknown near miss {nk} in {v.Id}");
            var lines = SayLines($"near/{nk}", e.Lines, ctx, null, null, false);
            if (!lines.Any(l => l.Item2.Contains(e.Meta["frag"], StringComparison.Ordinal))) throw new Exception($"near miss {nk}: the fragment '{e.Meta["frag"]}' is not in the text");
            if (e.Attrs.TryGetValue("bijlage", out var bk))
            {
                var app = new Appendix { Key = bk, Title = Fill(e.Meta["btitle"], ctx, null, null) };
                app.Parts.Add((null, lines.Where(l => l.Kind != '|').ToList(), lines.Where(l => l.Kind == '|').Select(l => l.Item2.Split('|').Select(s => s.Trim()).ToArray()).ToList()));
                appendices.Add(app);
                nearPlaced.Add((e, null, app));
                continue;
            }
            var ch = chapters.First(c => c.Def.Key == e.Attrs["at"]);
            Article art;
            if (e.Attrs.TryGetValue("merge", out var mk))
            {
                art = ch.Arts.FirstOrDefault(x => x.Key == $"{e.Attrs["at"]}/{mk}") ?? throw new Exception($"near miss {nk}: no article {mk} in {v.Id}");
                art.Lines.AddRange(lines);
            }
            else
            {
                art = new Article { Key = "near", Title = Fill(e.Meta["title"], ctx, null, null), Lines = lines };
                ch.Arts.Add(art);
            }
            nearPlaced.Add((e, art, null));
        }

        // extra appendices for large documents
        foreach (var e in boiler.Where(x => x.Key.StartsWith("bijlage/") && Fits(x)))
        {
            var app = new Appendix { Key = e.Key, Title = Fill(e.Meta["title"], ctx, null, null) };
            app.Parts.Add((null, SayLines(e.Key, e.Lines, ctx, null, null, true), null));
            appendices.Add(app);
        }

        // drop empty chapters
        chapters = chapters.Where(c => c.Arts.Count > 0).ToList();

        // numbering
        bool merged = style == "section";
        var bstyle = ag.Get("bijlagen", "nummer");
        for (int i = 0; i < appendices.Count; i++)
            appendices[i].Label = "Bijlage " + (bstyle == "letter" ? ((char)('A' + i)).ToString() : bstyle == "romeins" ? Lib.Roman(i + 1) : (i + 1).ToString());

        var doc = new Doc
        {
            Title = $"{ag.Name} {Years}",
            Footer = ag.Get("footer", "pagina"),
            FontSize = ag.Get("ps", "10.5"),
        };
        doc.Header = doc.Title;
        doc.Cover.Add(doc.Title);
        doc.Cover.Add(ag.Type == "company" ? $"Collectieve arbeidsovereenkomst voor de werknemers van {ctx["bedrijf"]}" : $"Collectieve arbeidsovereenkomst voor de sector {ag.Sector}");
        doc.Cover.Add($"Looptijd: {ctx["periode"]}");
        doc.Cover.Add("Partijen:");
        foreach (var p in ag.Parties) doc.Cover.Add("• " + p);
        if (ag.Avv) doc.Cover.Add($"Algemeen verbindend verklaard bij besluit van de (fictieve) minister, gepubliceerd in de Staatscourant (fictief).");
        doc.Cover.Add("Fictief voorbeeld – CaoMonitor testcorpus");

        // TOC + body items
        var toc = new List<Item>();
        var body = new List<Item>();
        int artNo = 0; int chapNo = 0;
        var chapWord = ag.Get("hoofdstuk", "Hoofdstuk");
        for (int ci = 0; ci < chapters.Count; ci++)
        {
            var (def, arts) = chapters[ci];
            if (merged && def.Key == "ontw" && ci > 0 && chapters[ci - 1].Def.Key == "werk") continue; // handled with werk
            chapNo++;
            var ctitle = def.Titles[(int)(Lib.Hash(ag.Id + def.Key) % (uint)def.Titles.Count)];
            var group = new List<(string Sec, List<Article> Arts)>();
            if (merged && def.Key == "werk")
            {
                ctitle = "Werkzekerheid en ontwikkeling";
                group.Add(("Van werk naar werk", arts));
                if (ci + 1 < chapters.Count && chapters[ci + 1].Def.Key == "ontw") group.Add(("Leven lang ontwikkelen", chapters[ci + 1].Arts));
            }
            else if (merged && def.Key == "ontw") { ctitle = "Werkzekerheid en ontwikkeling"; group.Add(("Leven lang ontwikkelen", arts)); }
            else group.Add(("", arts));
            var chHead = merged ? $"{chapNo} {ctitle}" : $"{chapWord} {chapNo} {ctitle}";
            body.Add(new Item("h", chHead, 1, Toc: true));
            int secNo = 0;
            foreach (var (sec, sarts) in group)
            {
                if (sec != "") { secNo++; body.Add(new Item("h", $"{chapNo}.{secNo} {sec}", 3, Toc: true)); }
                int inChap = 0; string? letterBase = null; char letter = 'a';
                foreach (var art in sarts)
                {
                    inChap++;
                    string num, head;
                    switch (style)
                    {
                        case "decimaal": num = $"{chapNo}.{inChap}"; head = $"Art. {num} {art.Title}"; break;
                        case "paragraaf": artNo++; num = artNo.ToString(); head = $"§ {num} {art.Title}"; break;
                        case "section":
                            num = sec != "" ? $"{chapNo}.{secNo}.{inChap}" : $"{chapNo}.{inChap}"; head = $"{num} {art.Title}"; break;
                        case "letter":
                            // articles added to the development chapters in later cao's carry a letter suffix
                            if (art.Key == "prov" && letterBase != null) { num = letterBase + letter; letter++; }
                            else { artNo++; num = artNo.ToString(); if (art.Key == "prov") { letterBase = num; letter = 'a'; } }
                            head = $"Artikel {num} {art.Title}"; break;
                        default: artNo++; num = artNo.ToString(); head = $"{ag.Get("artikelwoord", "Artikel")} {num} {art.Title}"; break;
                    }
                    if (style == "artikel" && ag.Get("kop", "") == "dubbelepunt") head = $"{ag.Get("artikelwoord", "Artikel")} {num}: {art.Title}";
                    art.Num = num;
                    body.Add(new Item("h", head, 2, Toc: ag.Get("tocniveau", "2") == "2"));
                    EmitLines(body, art.Lines);
                }
            }
        }
        foreach (var app in appendices)
        {
            body.Add(new Item("break", ""));
            body.Add(new Item("h", $"{app.Label} {app.Title}", 1, Toc: true));
            foreach (var (sub, lines, table) in app.Parts)
            {
                if (sub != null) body.Add(new Item("h", sub, 3));
                EmitLines(body, lines);
                if (table != null && table.Count > 0) body.Add(new Item("table", "", Rows: table));
            }
        }
        // resolve appendix references
        string Resolve(string s) => Regex.Replace(s, @"\{REF:([a-z0-9]+)\}", m => (appendices.FirstOrDefault(a => a.Key == m.Groups[1].Value) ?? throw new Exception($"missing appendix {m.Groups[1].Value} in {v.Id}")).Label.Replace("Bijlage", "bijlage"));
        body = body.Select(i => i with { Text = Resolve(i.Text) }).ToList();

        doc.Items = body;

        foreach (var (cat, strength, a, art, app) in placed)
        {
            var article = art != null ? art.Num : app!.Label;
            Truth.Add(new[] { v.Id, article, cat, strength, a.GetValueOrDefault("amount", ""), a.GetValueOrDefault("period", ""),
                a.GetValueOrDefault("percent", ""), a.GetValueOrDefault("hours", ""), a.GetValueOrDefault("days", ""), a.GetValueOrDefault("note", "") });
        }
        foreach (var (e, art, app) in nearPlaced)
            Nears.Add(new[] { v.Id, art != null ? art.Num : app!.Label, e.Meta["frag"], e.Meta["why"] });
        return doc;
    }

    static void EmitLines(List<Item> body, List<(char Kind, string Text)> lines)
    {
        int lids = lines.Count(l => l.Kind == '#');
        int lid = 0; char sub = 'a';
        foreach (var (k, t) in lines)
        {
            switch (k)
            {
                case '#':
                    if (lids == 1) body.Add(new Item("p", t));
                    else { lid++; sub = 'a'; body.Add(new Item("lid", t, Label: $"{lid}.")); }
                    break;
                case '-': body.Add(new Item("sub", t, Label: $"{sub++}.")); break;
                case '>': body.Add(new Item("p", t)); break;
                case '*': body.Add(new Item("h", t, 3)); break;
            }
        }
    }

    List<string[]> SalaryTable()
    {
        bool hourly = ag.Get("loon", "maand") == "uur";
        decimal baseAmt = decimal.Parse(ag.Get("basisloon", hourly ? "12.40" : "2150"), CultureInfo.InvariantCulture);
        int scales = int.Parse(ag.Get("schalen", "8"));
        decimal idx = Index[v.Start.Year];
        var rows = new List<string[]> { new[] { ag.Get("schaalnaam", "Schaal"), "Minimum", "Maximum", "Periodiek" } };
        for (int i = 0; i < scales; i++)
        {
            decimal min = Math.Round(baseAmt * idx * (1 + 0.085m * i), 2);
            decimal max = Math.Round(min * 1.28m, 2);
            decimal per = Math.Round((max - min) / 8, 2);
            string name = ag.Get("schaalnaam", "Schaal") == "Functiegroep" ? ((char)('A' + i)).ToString() : (i + 1).ToString();
            rows.Add(new[] { name, "€ " + min.ToString("N2", Nl), "€ " + max.ToString("N2", Nl), "€ " + per.ToString("N2", Nl) });
        }
        return rows;
    }
}

// ---------------------------------------------------------------- policy documents

static class Policy
{
    public static (Doc, Dictionary<string, string>) Parse(string file)
    {
        var lines = File.ReadAllLines(file);
        var meta = new Dictionary<string, string>();
        int i = 0;
        for (; i < lines.Length && lines[i] != "---"; i++)
        {
            var c = lines[i].IndexOf(':');
            if (c > 0) meta[lines[i][..c].Trim()] = lines[i][(c + 1)..].Trim();
        }
        var doc = new Doc { Title = meta["title"], Header = meta.GetValueOrDefault("header", meta["title"]), Policy = true, Footer = meta.GetValueOrDefault("footer", "pagina"), FontSize = "11" };
        doc.NoToc = meta.GetValueOrDefault("toc", "ja") == "nee";
        doc.Cover.Add(meta["title"]);
        if (meta.TryGetValue("subtitle", out var st)) doc.Cover.Add(st);
        doc.Cover.Add(meta["from"]);
        doc.Cover.Add(meta["datum"]);
        doc.Cover.Add("Fictief voorbeeld – CaoMonitor testcorpus");
        var para = new StringBuilder();
        void Flush() { if (para.Length > 0) { var t = para.ToString().Trim(); var m = Regex.Match(t, @"^(\d+(?:\.\d+)*\.?)\s+(.*)$"); doc.Items.Add(m.Success ? new Item("lid", m.Groups[2].Value, Label: m.Groups[1].Value) : new Item("p", t)); para.Clear(); } }
        for (i++; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.StartsWith("# ")) { Flush(); doc.Items.Add(new Item("h", l[2..].Trim(), 1, Toc: true)); }
            else if (l.StartsWith("## ")) { Flush(); doc.Items.Add(new Item("h", l[3..].Trim(), 2, Toc: true)); }
            else if (l.StartsWith("- ")) { Flush(); doc.Items.Add(new Item("sub", l[2..].Trim(), Label: "–")); }
            else if (l.Trim() == "") Flush();
            else para.Append(l.Trim()).Append(' ');
        }
        Flush();
        return (doc, meta);
    }
}

// ---------------------------------------------------------------- wording

/// <summary>
/// Per-agreement wording, as real cao's have (issue 16, item 5): a source line holds "[a|b|c]" alternatives
/// (the syntax of GenerateLong's phrase banks), and an agreement takes the first combination, from a start fixed
/// by its id and the line's slot, whose printed text no other agreement wrote; failing that one that only one
/// other agreement wrote. So no lid recurs in more than two agreements, and versions of one agreement keep theirs.
/// </summary>
static class Wording
{
    static readonly Dictionary<string, HashSet<string>> Owners = new(StringComparer.Ordinal);
    static readonly Dictionary<string, long> Combinations = new(StringComparer.Ordinal);
    static readonly Dictionary<string, string> SlotOf = new(StringComparer.Ordinal);

    public static string Compose(string agreement, string slot, string template, Func<string, string> fill, bool own = true)
    {
        var groups = Regex.Matches(template, @"\[([^\[\]]*)\]").Cast<Match>().ToList();
        long n = 1;
        foreach (var g in groups) n = Math.Min(n * g.Groups[1].Value.Split('|').Length, 1_000_000);
        long start = Lib.Hash(agreement + "|" + slot) % n;
        if (!own) return fill(Choose(template, groups, start));
        Combinations[slot] = n;
        string? fallback = null, first = null;
        for (long i = 0; i < n; i++)
        {
            long idx = (start + i) % n;
            var text = fill(Choose(template, groups, idx));
            SlotOf[text] = slot;
            first ??= text;
            int others = Owners.TryGetValue(text, out var o) ? o.Count(x => x != agreement) : 0;
            if (others == 0) return Own(text, agreement);
            if (others == 1) fallback ??= text;
        }
        return Own(fallback ?? first!, agreement);
    }

    static string Choose(string template, List<Match> groups, long idx)
    {
        var sb = new StringBuilder();
        int at = 0;
        var picks = new string[groups.Count];
        for (int k = groups.Count - 1; k >= 0; k--)
        {
            var options = groups[k].Groups[1].Value.Split('|');
            picks[k] = options[idx % options.Length];
            idx /= options.Length;
        }
        for (int k = 0; k < groups.Count; k++)
        {
            sb.Append(template, at, groups[k].Index - at).Append(picks[k]);
            at = groups[k].Index + groups[k].Length;
        }
        return sb.Append(template, at, template.Length - at).ToString();
    }

    /// <summary>Texts of 40 characters or more that more than two agreements print (the generator reports them).</summary>
    public static List<(string Text, int Agreements)> Repeated() =>
        Owners.Where(kv => kv.Key.Length >= 40 && kv.Value.Count > 2).Select(kv => ($"[{SlotOf.GetValueOrDefault(kv.Key)} {Combinations.GetValueOrDefault(SlotOf.GetValueOrDefault(kv.Key) ?? "")}] {kv.Key}", kv.Value.Count)).OrderByDescending(x => x.Item2).ToList();

    public static IEnumerable<(string Slot, long N)> Slots => Combinations.Select(kv => (kv.Key, kv.Value));

    static string Own(string text, string agreement)
    {
        (Owners.TryGetValue(text, out var o) ? o : Owners[text] = new()).Add(agreement);
        return text;
    }
}

// ---------------------------------------------------------------- renderers

static class Render
{
    static string T(string s)
    {
        // escape for troff text lines
        s = s.Replace("\\", "\\e");
        s = s.Replace("'", "\\(aq");                                  // straight apostrophe: cao's
        s = Regex.Replace(s, @"(€|EUR) (?=\d)", "$1\\~");               // keep € and amount together
        if (s.StartsWith(".") || s.StartsWith("'")) s = "\\&" + s;
        return s;
    }

    public static string Ms(Doc d, bool twoCol)
    {
        var o = new StringBuilder();
        o.Append($".\\\" generated by corpus/generator/Generate.cs - do not edit\n");
        o.Append(".hla nl\n.hpf HYPHENFILE\n.hy 4\n");
        o.Append($".nr PS {d.FontSize}\n.nr VS {(decimal.Parse(d.FontSize, CultureInfo.InvariantCulture) * 1.25m).ToString("0.#", CultureInfo.InvariantCulture)}\n.nr LL 16c\n.nr PO 2.5c\n.nr HM 2c\n.nr FM 2.2c\n.nr PD 0.4v\n");
        o.Append(".so TOCFILE\n");
        o.Append($".ds LH \\s-1{T(d.Header)}\\s0\n.ds CH\n.ds RH \\s-1{(d.Policy ? "" : "Fictief voorbeeld")}\\s0\n");
        o.Append(d.Footer == "dash" ? ".ds CF \\- \\\\n% \\-\n" : ".ds CF Pagina \\\\n% van \\\\*[NP]\n");
        o.Append(".ds LF\n.ds RF\n");
        // cover
        o.Append(".LP\n.sp 5c\n.ce 1\n");
        o.Append($"\\s+8\\fB{T(d.Cover[0])}\\fP\\s0\n.sp 1.5c\n");
        foreach (var l in d.Cover.Skip(1))
        {
            if (l.StartsWith("Fictief voorbeeld")) o.Append(".sp 3c\n.ce 1\n\\fI" + T(l) + "\\fP\n");
            else o.Append(".sp 0.4c\n.ce 1\n" + T(l) + "\n");
        }
        o.Append(".bp\n");
        // toc
        var tocItems = d.NoToc ? new List<Item>() : d.Items.Where(i => i.Kind == "h" && i.Toc).ToList();
        if (!d.NoToc) {
        o.Append(".SH\n\\s+2Inhoud\\s0\n.LP\n.nf\n.ta \\n(.luR\n.tc .\n");
        for (int k = 0; k < tocItems.Count; k++)
        {
            var it = tocItems[k];
            var ind = it.Level == 1 ? "" : it.Level == 3 ? "\\h'1.2m'" : "\\h'2.4m'";
            var txt = it.Level == 1 ? $"\\fB{T(it.Text)}\\fP" : T(it.Text);
            if (it.Level == 1 && k > 0) o.Append(".sp 0.3v\n");
            o.Append($"{ind}{txt}\t\\*[toc{k}]\n");
        }
        o.Append(".tc\n.fi\n.bp\n");
        }
        if (twoCol) o.Append(".2C\n");
        int tocIdx = 0; bool inSub = false; bool col1 = false;
        foreach (var it in d.Items)
        {
            if (inSub && it.Kind != "sub") { o.Append(".RE\n"); inSub = false; }
            switch (it.Kind)
            {
                case "h":
                    if (twoCol && !col1 && it.Text.StartsWith("Bijlage")) { o.Append(".1C\n"); col1 = true; }
                    o.Append(it.Level == 1 ? ".ne 8v\n" : ".ne 5v\n");
                    if (it.Toc) o.Append($".tm TOC {tocIdx++} \\n%\n");
                    o.Append(".SH\n");
                    o.Append(it.Level == 1 ? $"\\s+2{T(it.Text)}\\s0\n" : it.Level == 3 ? $"\\fI{T(it.Text)}\\fP\n" : T(it.Text) + "\n");
                    break;
                case "p": o.Append(".PP\n" + T(it.Text) + "\n"); break;
                case "lid": o.Append($".IP \"{it.Label}\" {Math.Max(4, it.Label.Length + 2)}n\n{T(it.Text)}\n"); break;
                case "sub":
                    if (!inSub) { o.Append(".RS\n"); inSub = true; }
                    o.Append($".IP \"{it.Label}\" 4n\n{T(it.Text)}\n"); break;
                case "break": if (!twoCol || col1) o.Append(".bp\n"); break;
                case "table":
                    var rows = it.Rows!;
                    o.Append(".sp 0.5v\n.TS\ncenter box tab(|);\n");
                    o.Append(string.Join(" ", rows[0].Select(_ => "cb")) + "\n");
                    o.Append(string.Join(" ", rows[0].Select((_, ix) => ix == 0 ? "l" : rows.Skip(1).All(r => r[ix].StartsWith("€")) ? "r" : "l")) + ".\n");
                    o.Append(string.Join("|", rows[0].Select(T)) + "\n_\n");
                    foreach (var r in rows.Skip(1)) o.Append(string.Join("|", r.Select(T)) + "\n");
                    o.Append(".TE\n");
                    break;
            }
        }
        if (inSub) o.Append(".RE\n");
        return o.ToString();
    }

    static string H(string s) => WebUtility.HtmlEncode(s).Replace("&#8364;", "€").Replace("&#235;", "ë").Replace("&#233;", "é").Replace("&#239;", "ï").Replace("&#8211;", "–").Replace("&#246;", "ö").Replace("&#167;", "§").Replace("&#8226;", "•").Replace("&#232;", "è").Replace("&#252;", "ü");

    public static string Html(Doc d)
    {
        var o = new StringBuilder();
        o.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n");
        o.Append($"<title>{H(d.Title)} | Fictief cao-portaal</title>\n");
        o.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        o.Append("<style>\nbody{font-family:Georgia,serif;max-width:52em;margin:0 auto;padding:1em;color:#222}\nnav.site a{margin-right:1em}\n.toc li{list-style:none}\n.cookie{position:fixed;bottom:0;background:#eee;padding:1em}\nh2{border-bottom:1px solid #ccc}\n.lid{margin-left:2em;text-indent:-2em}\n.sub{margin-left:4em;text-indent:-2em}\ntable{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .6em}\n</style>\n");
        o.Append("<script>\nwindow.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\ngtag('config', 'G-FICTIEF00');\ndocument.addEventListener('DOMContentLoaded', function () { var c = document.querySelector('.cookie'); if (localStorage.getItem('ok')) { c.remove(); } });\n</script>\n");
        o.Append("</head>\n<body>\n");
        o.Append("<header><p class=\"logo\">Fictief cao-portaal</p>\n<nav class=\"site\"><a href=\"/\">Home</a><a href=\"/caos\">Alle cao's</a><a href=\"/nieuws\">Nieuws</a><a href=\"/contact\">Contact</a><a href=\"/inloggen\">Inloggen</a></nav></header>\n");
        o.Append("<main>\n<article>\n");
        o.Append($"<h1>{H(d.Cover[0])}</h1>\n<div class=\"cover\">\n");
        foreach (var l in d.Cover.Skip(1)) o.Append($"<p>{H(l)}</p>\n");
        o.Append("</div>\n<nav class=\"toc\" aria-label=\"Inhoudsopgave\">\n<h2>Inhoudsopgave</h2>\n<ul>\n");
        int k = 0;
        foreach (var it in d.Items.Where(i => i.Kind == "h" && i.Toc))
            o.Append($"<li class=\"toc{it.Level}\"><a href=\"#s{k++}\">{H(it.Text)}</a></li>\n");
        o.Append("</ul>\n</nav>\n");
        k = 0;
        foreach (var it in d.Items)
        {
            switch (it.Kind)
            {
                case "h":
                    var tag = it.Level == 1 ? "h2" : it.Level == 2 ? "h3" : "h4";
                    o.Append(it.Toc ? $"<{tag} id=\"s{k++}\">{H(it.Text)}</{tag}>\n" : $"<{tag}>{H(it.Text)}</{tag}>\n"); break;
                case "p": o.Append($"<p>{H(it.Text)}</p>\n"); break;
                case "lid": o.Append($"<p class=\"lid\">{H(it.Label)} {H(it.Text)}</p>\n"); break;
                case "sub": o.Append($"<p class=\"sub\">{H(it.Label)} {H(it.Text)}</p>\n"); break;
                case "table":
                    o.Append("<table>\n<thead><tr>" + string.Concat(it.Rows![0].Select(c => $"<th>{H(c)}</th>")) + "</tr></thead>\n<tbody>\n");
                    foreach (var r in it.Rows.Skip(1)) o.Append("<tr>" + string.Concat(r.Select(c => $"<td>{H(c)}</td>")) + "</tr>\n");
                    o.Append("</tbody>\n</table>\n"); break;
            }
        }
        o.Append("</article>\n</main>\n<footer><p>© Fictief cao-portaal – alle teksten in dit testcorpus zijn verzonnen.</p><nav><a href=\"/privacy\">Privacy</a> <a href=\"/disclaimer\">Disclaimer</a></nav></footer>\n");
        o.Append("<div class=\"cookie\">Deze site gebruikt cookies. <button onclick=\"localStorage.setItem('ok',1)\">Akkoord</button></div>\n");
        o.Append("</body>\n</html>\n");
        return o.ToString();
    }

    static string M(string s) => Regex.Replace(s, @"([\\`*_\[\]<>#|])", "\\$1").Replace("€", "€");

    public static string Markdown(Doc d)
    {
        var o = new StringBuilder();
        o.Append("---\n");
        o.Append($"title: \"{d.Cover[0].Replace("\"", "'")}\"\n");
        o.Append("lang: nl-NL\n---\n\n");
        foreach (var l in d.Cover.Skip(1)) o.Append(M(l).Replace("• ", "") + "\n\n");
        o.Append("::: {custom-style=\"TOC Heading\"}\nInhoudsopgave\n:::\n\n");
        foreach (var it in d.Items.Where(i => i.Kind == "h" && i.Toc))
            o.Append($"::: {{custom-style=\"toc {(it.Level == 1 ? 1 : 2)}\"}}\n{M(it.Text)}\n:::\n\n");
        foreach (var it in d.Items)
        {
            switch (it.Kind)
            {
                case "h": o.Append($"{new string('#', it.Level)} {M(it.Text)}\n\n"); break;
                case "p": o.Append(M(it.Text) + "\n\n"); break;
                case "lid": o.Append($"{it.Label.Replace(".", "\\.")} {M(it.Text)}\n\n"); break;
                case "sub": o.Append($"> {it.Label.Replace(".", "\\.")} {M(it.Text)}\n\n"); break;
                case "table":
                    var rows = it.Rows!;
                    o.Append("| " + string.Join(" | ", rows[0].Select(M)) + " |\n");
                    o.Append("|" + string.Concat(rows[0].Select((_, i) => i == 0 ? ":---|" : "---:|")) + "\n");
                    foreach (var r in rows.Skip(1)) o.Append("| " + string.Join(" | ", r.Select(M)) + " |\n");
                    o.Append('\n'); break;
            }
        }
        return o.ToString();
    }
}

// ---------------------------------------------------------------- parsing helpers

static class Lib
{
    public static uint Hash(string s)
    {
        uint h = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(s)) { h ^= b; h *= 16777619; }
        return h;
    }

    public static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string JoinNl(List<string> xs) => xs.Count <= 1 ? string.Join("", xs) : string.Join(", ", xs.Take(xs.Count - 1)) + " en " + xs[^1];

    public static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => "X" + Roman(n - 10) };

    static readonly HashSet<string> Flags = new() { "with" };

    public static Dictionary<string, string> KeyValues(string s)
    {
        var d = new Dictionary<string, string>();
        string? cur = null;
        foreach (var tok in s.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var m = Regex.Match(tok, @"^(\w+)=(.*)$");
            if (m.Success) { cur = m.Groups[1].Value; d[cur] = m.Groups[2].Value; }
            else if (Flags.Contains(tok)) { d[tok] = "1"; cur = null; }
            else if (cur != null) d[cur] += " " + tok;
            else throw new Exception($"cannot parse attribute '{tok}' in: {s}");
        }
        return d;
    }

    static IEnumerable<string> Clean(string file) => File.ReadAllLines(file).Select(l => l.TrimEnd()).Where(l => !l.StartsWith("//"));

    public static List<Entry> ParseEntries(string file)
    {
        var list = new List<Entry>();
        Entry? cur = null;
        foreach (var l in Clean(file))
        {
            if (l.StartsWith("@")) { cur = null; continue; }
            if (l.StartsWith("== "))
            {
                var rest = l[3..].Trim();
                var parts = rest.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                // provisions: "== CAT strength attrs"; others: "== key attrs"
                string key; string attrs;
                if (parts[0].Contains('.') && parts.Length > 1 && (parts[1] is "recht" or "inspanning" or "verwijzing")) { key = parts[0] + " " + parts[1]; attrs = parts.Length > 2 ? parts[2] : ""; }
                else { key = parts[0]; attrs = rest.Length > parts[0].Length ? rest[parts[0].Length..] : ""; }
                cur = new Entry(key, KeyValues(attrs), new(), new());
                list.Add(cur);
                continue;
            }
            if (cur == null || l.Trim() == "") continue;
            var mm = Regex.Match(l, @"^(title|frag|why|btitle):\s*(.*)$");
            if (mm.Success) { cur.Meta[mm.Groups[1].Value] = mm.Groups[2].Value; continue; }
            if (l.Length >= 2 && "#->|*".Contains(l[0]) && l[1] == ' ') cur.Lines.Add((l[0], l[2..].Trim()));
            else if (cur.Lines.Count > 0 && l.StartsWith("  ")) { var (k, t) = cur.Lines[^1]; cur.Lines[^1] = (k, t + " " + l.Trim()); }
            else throw new Exception($"{Path.GetFileName(file)}: cannot parse line: {l}");
        }
        return list;
    }

    public static List<ChapterDef> ParseChapters(string file) =>
        Clean(file).Where(l => l.StartsWith("@chapter ")).Select(l =>
        {
            var p = l[9..].Split(' ', 2);
            return new ChapterDef(p[0], p[1].Split('|').Select(s => s.Trim()).ToList());
        }).ToList();

    public static List<Agreement> ParseAgreements(string file)
    {
        var list = new List<Agreement>();
        Agreement? a = null; Version? v = null;
        foreach (var l in Clean(file))
        {
            if (l.Trim() == "") continue;
            if (l.StartsWith("@agreement ")) { a = new Agreement { Id = l[11..].Trim() }; list.Add(a); v = null; continue; }
            if (l.StartsWith("@version "))
            {
                var p = l[9..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                v = new Version { Id = p[0], Start = DateOnly.Parse(p[1], CultureInfo.InvariantCulture), End = DateOnly.Parse(p[2], CultureInfo.InvariantCulture), Format = p.Length > 3 ? p[3] : "pdf" };
                a!.Versions.Add(v);
                continue;
            }
            if (l.StartsWith("+ "))
            {
                var p = l[2..].Trim().Split(' ', 3);
                v!.Provisions.Add((p[0], p[1], KeyValues(p.Length > 2 ? p[2] : "")));
                continue;
            }
            if (l.StartsWith("~ ")) { v!.NearMisses.Add(l[2..].Trim()); continue; }
            var c = l.IndexOf(':');
            if (c < 0) throw new Exception($"agreements: cannot parse {l}");
            var key = l[..c].Trim(); var val = l[(c + 1)..].Trim();
            if (v != null)
            {
                if (key == "blank") foreach (var b in val.Split(',')) v.Blank.Add(b.Trim());
                else if (key == "employees") v.Employees = int.Parse(val);
                else throw new Exception($"unknown version key {key}");
            }
            else a!.P[key] = val;
        }
        return list;
    }

    public static void WriteCsv(string path, string header, List<string[]> rows)
    {
        var sb = new StringBuilder(header + "\n");
        foreach (var r in rows)
            sb.Append(string.Join(",", r.Select(f => f.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + f.Replace("\"", "\"\"") + "\"" : f))).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
