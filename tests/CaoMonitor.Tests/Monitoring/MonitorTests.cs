using System.Globalization;
using CaoMonitor.Domain;
using CaoMonitor.Monitoring;
using CaoMonitor.Tests.Support;
using CsvHelper;

namespace CaoMonitor.Tests.Monitoring;

public class RuleExpressionTests
{
    private static readonly MonitorDefinition Def = MonitorDefinition.Default;

    [Theory]
    [InlineData("", "empty")]
    [InlineData("VWNW.LOOPBAAN AND", "ends")]
    [InlineData("(VWNW.TRAJECT OR LLO.BUDGET", "missing ')'")]
    [InlineData("VWNW.LOOPBAAN:sterk", "is not a strength")]
    [InlineData("VWNW.LOOPBAN", "unknown category")]
    [InlineData("AND LLO.BUDGET", "needs something on its left")]
    [InlineData("LLO.BUDGET ) OR", "unexpected")]
    [InlineData("LLO.BUDGET $ LLO.FONDS", "unexpected")]
    public void BadRulesAreRejectedWithAClearMessage(string rule, string message)
    {
        var e = Assert.Throws<RuleSyntaxException>(() => RuleExpression.Parse(rule, Def.KnownNames()));
        Assert.Contains(message, e.Message);
        Assert.Contains("position", e.Message);
    }

    [Fact]
    public void StrengthsAreAtLeastAndGroupsMeanAnyMember()
    {
        var rule = RuleExpression.Parse("VWNW.LOOPBAAN:inspanning AND (LLO OR NOT VWNW.TRAJECT)", Def.KnownNames());
        Strength? S(string code, Dictionary<string, Strength> d) => d.TryGetValue(code, out var s) ? s : null;
        var a = new Dictionary<string, Strength> { ["VWNW.LOOPBAAN"] = Strength.Recht, ["LLO.TIJD"] = Strength.Verwijzing, ["VWNW.TRAJECT"] = Strength.Recht };
        var b = new Dictionary<string, Strength> { ["VWNW.LOOPBAAN"] = Strength.Verwijzing };
        var c = new Dictionary<string, Strength> { ["VWNW.LOOPBAAN"] = Strength.Inspanning, ["VWNW.TRAJECT"] = Strength.Recht };
        Assert.True(rule.Holds(code => S(code, a), Def));
        Assert.False(rule.Holds(code => S(code, b), Def)); // verwijzing is weaker than inspanning
        Assert.False(rule.Holds(code => S(code, c), Def)); // no LLO, and it has a traject
    }

    [Fact]
    public void ABadDefinitionFileIsRefused()
    {
        var json = """{"reference_date":"01-01","groups":{"VWNW":["VWNW.LOOPBAAN"]},"minimum_conditions":"VWNW.LOOPBAAN AND"}"""u8.ToArray();
        Assert.Contains("minimum_conditions", Assert.Throws<InvalidDataException>(() => MonitorDefinition.Load(json)).Message);
        var date = """{"reference_date":"13-45","groups":{"VWNW":["VWNW.LOOPBAAN"]},"minimum_conditions":"VWNW"}"""u8.ToArray();
        Assert.Contains("reference_date", Assert.Throws<InvalidDataException>(() => MonitorDefinition.Load(date)).Message);
        var shape = """{"reference_date":"1 januari","groups":{"VWNW":["VWNW.LOOPBAAN"]},"minimum_conditions":"VWNW"}"""u8.ToArray();
        Assert.Contains("MM-DD", Assert.Throws<InvalidDataException>(() => MonitorDefinition.Load(shape)).Message);
    }
}

public class MonitorCalculatorTests
{
    private static readonly MonitorDefinition Def = MonitorDefinition.Default;

    private static LabelEvidence L(string code, Strength s, decimal? amount = null) =>
        new(code, s, "classifier", 1, "Art. 1", 1, "bewijs", amount, amount is null ? null : "per jaar");

    private static MonitoredVersion V(string id, string agreement, string sector, DocumentType type, int startYear, int endYear, int employees, params LabelEvidence[] labels) =>
        new(id, agreement, id.GetHashCode() & 0xffff, id, type, sector, new DateOnly(startYear, 1, 1), new DateOnly(endYear, 12, 31), employees, labels);

    public static MonitorInput Sample() => new(
    [
        V("metaal-2023", "metaal", "metaal", DocumentType.Sector, 2023, 2024, 100_000, L("LLO.BUDGET", Strength.Recht, 500), L("VWNW.LOOPBAAN", Strength.Inspanning)),
        V("metaal-2025", "metaal", "metaal", DocumentType.Sector, 2025, 2026, 110_000, L("LLO.BUDGET", Strength.Recht, 750), L("VWNW.LOOPBAAN", Strength.Recht), L("VWNW.TRAJECT", Strength.Recht)),
        V("zorg-2023", "zorg", "zorg", DocumentType.Sector, 2023, 2025, 300_000, L("LLO.FONDS", Strength.Verwijzing)),
        V("bank-2024", "bank", "financieel", DocumentType.Company, 2024, 2025, 20_000, L("VWNW.SOCIAAL_PLAN", Strength.Recht)),
        V("brief-2024", "brief", "beleid", DocumentType.Policy, 2024, 2030, 0, L("LLO.BUDGET", Strength.Recht)),
    ], "corpus-hash-0000000000", "taxonomy 1", "rules 1");

    [Fact]
    public void CountsVersionsInForceOnTheReferenceDateAndNeverPolicy()
    {
        var s = MonitorCalculator.Compute(Sample(), Def, 2025, 2023);
        Assert.Equal(["metaal-2023", "zorg-2023"], s.Counted.Where(c => c.Year == 2023).Select(c => c.Version.VersionId));
        Assert.Equal(["bank-2024", "metaal-2023", "zorg-2023"], s.Counted.Where(c => c.Year == 2024).Select(c => c.Version.VersionId));
        Assert.Equal(["bank-2024", "metaal-2025", "zorg-2023"], s.Counted.Where(c => c.Year == 2025).Select(c => c.Version.VersionId));
    }

    [Fact]
    public void SharesOfCaosAndEmployeesPerStrength()
    {
        var s = MonitorCalculator.Compute(Sample(), Def, 2025, 2023);
        var budget = s.Find(2025, "LLO.BUDGET")!;
        Assert.Equal((3, 1, 430_000L, 110_000L), (budget.Caos, budget.CaosWith, budget.Employees, budget.EmployeesWith));
        Assert.Equal(1.0 / 3, budget.ShareCaos, 6);
        var llo = s.Find(2025, "LLO")!;
        Assert.Equal(2, llo.CaosWith); // zorg's fund reference counts at any strength...
        Assert.Equal(1, s.Find(2025, "LLO", "recht")!.CaosWith); // ...but not as a right
        Assert.Equal(["metaal-2025", "zorg-2023"], llo.VersionsWith);
        var company = s.Find(2025, "VWNW", "any", "type", "company")!;
        Assert.Equal((1, 1), (company.Caos, company.CaosWith));
        Assert.Equal((1, 0), (s.Find(2025, "VWNW", "any", "sector", "zorg")!.Caos, s.Find(2025, "VWNW", "any", "sector", "zorg")!.CaosWith));
    }

    [Fact]
    public void MinimumConditionsAndMinistryGroups()
    {
        var s = MonitorCalculator.Compute(Sample(), Def, 2025, 2023);
        Assert.Equal(["metaal-2025"], s.Find(2025, MonitorCalculator.Minimum)!.VersionsWith);
        Assert.Empty(s.Find(2024, MonitorCalculator.Minimum)!.VersionsWith); // loopbaan was only an effort then
        Assert.Equal(2, s.Find(2025, "mobiliteit")!.CaosWith);
        Assert.Equal(2, s.Find(2025, "scholing")!.CaosWith);
    }

    [Fact]
    public void ChangesInPercentagePointsAgainstBaselineAndPreviousYear()
    {
        var s = MonitorCalculator.Compute(Sample(), Def, 2025, 2023);
        var vwnw23 = s.Find(2023, "VWNW")!; // 1 of 2
        var vwnw24 = s.Find(2024, "VWNW")!; // 2 of 3
        var vwnw25 = s.Find(2025, "VWNW")!; // 2 of 3
        Assert.Null(vwnw23.CaosPpVsBaseline);
        Assert.Equal((2.0 / 3 - 0.5) * 100, vwnw24.CaosPpVsBaseline!.Value, 4);
        Assert.Equal(0, vwnw25.CaosPpVsPrevious!.Value, 4);
        Assert.Equal((2.0 / 3 - 0.5) * 100, vwnw25.CaosPpVsBaseline!.Value, 4);
    }

    [Fact]
    public void GapsLargestFirst()
    {
        var s = MonitorCalculator.Compute(Sample(), Def, 2025, 2023);
        var gaps = s.Gaps.Where(g => g.Year == 2025 && g.Group == "VWNW").ToList();
        Assert.Equal(["zorg"], gaps.Where(g => g.Kind == "sector").Select(g => g.Sector));
        Assert.Equal(["zorg-2023"], gaps.Where(g => g.Kind == "cao").Select(g => g.VersionId));
        var llo = s.Gaps.Where(g => g.Year == 2025 && g.Group == "LLO" && g.Kind == "cao").Select(g => g.VersionId);
        Assert.Equal(["bank-2024"], llo);
    }

    [Fact]
    public void BaselineAfterYearIsRefused() =>
        Assert.Throws<ArgumentException>(() => MonitorCalculator.Compute(Sample(), Def, 2023, 2025));
}

public class SnapshotTests
{
    private static readonly MonitorDefinition Def = MonitorDefinition.Default;

    [Fact]
    public void CsvFilesParseBackAndMatchTheFigures()
    {
        using var tmp = new TempDir();
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2025, 2023);
        SnapshotFolder.Write(s, Def, tmp.Path, dutch: false);
        using var reader = new StreamReader(tmp.File("summary.csv"));
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { HasHeader = true }, false);
        int rows = 0;
        while (csv.Read())
        {
            rows++;
            var f = s.Find(int.Parse(csv.GetString("year")), csv.GetString("measure"), csv.GetString("strength"))!;
            Assert.Equal(f.CaosWith, int.Parse(csv.GetString("caos_with")));
            Assert.Equal(f.EmployeesWith, long.Parse(csv.GetString("employees_with")));
            Assert.Equal(Math.Round(f.ShareCaos, 4), double.Parse(csv.GetString("share_caos"), CultureInfo.InvariantCulture));
        }
        Assert.Equal(s.Figures.Count(f => f.Key.Breakdown == "all"), rows);
        var byCao = File.ReadAllLines(tmp.File("by_cao.csv"));
        Assert.Contains(byCao, l => l.StartsWith("2025,metaal-2025,") && l.Contains(",recht,") && l.EndsWith(",ja"));
        var provisions = File.ReadAllText(tmp.File("provisions.csv"));
        Assert.Contains("2025,metaal-2025,metaal-2025,metaal,LLO.BUDGET,recht,classifier,Art. 1,1,1,750,per jaar", provisions);
    }

    [Fact]
    public void ProvisionsHoldPerYearExactlyTheLabelsOfTheVersionsCountedThatYear()
    {
        using var tmp = new TempDir();
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2025, 2023);
        SnapshotFolder.Write(s, Def, tmp.Path, dutch: false);
        var rows = File.ReadAllLines(tmp.File("provisions.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        // metaal-2023 counts in 2023 and 2024, so its budget appears once per year; never in 2025, when metaal-2025 counts.
        Assert.Equal(["2023", "2024"], rows.Where(r => r[1] == "metaal-2023" && r[4] == "LLO.BUDGET").Select(r => r[0]));
        Assert.Equal(["2025"], rows.Where(r => r[1] == "metaal-2025" && r[4] == "LLO.BUDGET").Select(r => r[0]));
        var counted = s.Counted.Select(c => $"{c.Year}/{c.Version.VersionId}").ToHashSet();
        Assert.All(rows, r => Assert.Contains($"{r[0]}/{r[1]}", counted));
        Assert.DoesNotContain(rows, r => r[1] == "brief-2024");
    }

    [Fact]
    public void AOneYearExportHoldsOnlyThatYearInEveryFile()
    {
        using var tmp = new TempDir();
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2025, 2023);
        new CsvExport(false, [2025]).WriteAll(s, Def, tmp.Path);
        foreach (var f in new[] { "summary.csv", "by_sector.csv", "by_cao.csv", "provisions.csv", "gaps.csv" })
        {
            var lines = File.ReadAllLines(tmp.File(f));
            Assert.StartsWith("year,", lines[0]);
            Assert.True(lines.Length > 1, f);
            Assert.All(lines.Skip(1), l => Assert.StartsWith("2025,", l));
        }
    }

    [Fact]
    public void ByCaoGivesTheMinimumConditionsPerStrengthSoTheSummaryRowsTraceToIt()
    {
        var input = MonitorCalculatorTests.Sample();
        // A version that meets the rule only with an effort among its labels: yes at any strength, no as rights only.
        var effort = new MonitoredVersion("haven-2025", "haven", 77, "haven-2025", DocumentType.Sector, "haven", new DateOnly(2025, 1, 1), null, 1_000,
        [
            new LabelEvidence("VWNW.LOOPBAAN", Strength.Recht, "classifier", 7, "Art. 2", 1, "bewijs"),
            new LabelEvidence("VWNW.TRAJECT", Strength.Inspanning, "classifier", 8, "Art. 3", 1, "bewijs"),
            new LabelEvidence("LLO.FONDS", Strength.Recht, "classifier", 9, "Art. 4", 1, "bewijs"),
        ]);
        var s = MonitorCalculator.Compute(input with { Versions = [.. input.Versions, effort] }, Def, 2025, 2023);
        using var tmp = new TempDir();
        SnapshotFolder.Write(s, Def, tmp.Path, dutch: false);
        var lines = File.ReadAllLines(tmp.File("by_cao.csv"));
        Assert.EndsWith($",{MonitorCalculator.Minimum},{CsvExport.MinimumRecht}", lines[0]);
        var y2025 = lines.Skip(1).Where(l => l.StartsWith("2025,")).ToList();
        Assert.EndsWith(",ja,nee", y2025.Single(l => l.Contains(",haven-2025,")));
        Assert.EndsWith(",ja,ja", y2025.Single(l => l.Contains(",metaal-2025,")));
        Assert.Equal(s.Find(2025, MonitorCalculator.Minimum)!.CaosWith, y2025.Count(l => l.Split(',')[^2] == "ja"));
        Assert.Equal(s.Find(2025, MonitorCalculator.Minimum, "recht")!.CaosWith, y2025.Count(l => l.Split(',')[^1] == "ja"));
    }

    [Fact]
    public void TheDutchVariantHasABomDutchHeadersAndDutchValuesAndStillReadsBack()
    {
        using var tmp = new TempDir();
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2025, 2023);
        SnapshotFolder.Write(s, Def, tmp.Path, dutch: true);
        foreach (var f in new[] { "summary.csv", "by_sector.csv", "by_cao.csv", "provisions.csv", "gaps.csv" })
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(tmp.File(f))[..3]);
        var summary = File.ReadAllLines(tmp.File("summary.csv"));
        Assert.Equal("jaar;maatstaf;soort_maatstaf;sterkte;caos;caos_met;aandeel_caos;werknemers;werknemers_met;aandeel_werknemers;" +
                     "caos_pp_tov_nulmeting;caos_pp_tov_vorig_jaar;werknemers_pp_tov_nulmeting;werknemers_pp_tov_vorig_jaar", summary[0].TrimStart('\uFEFF'));
        Assert.Contains(summary, l => l.StartsWith("2025;LLO.BUDGET;categorie;alle;", StringComparison.Ordinal));
        Assert.StartsWith("jaar;versie_id;naam;sector;code;sterkte;bron;artikel;pagina;", File.ReadAllLines(tmp.File("provisions.csv"))[0].TrimStart('\uFEFF'));
        Assert.Contains(File.ReadAllLines(tmp.File("provisions.csv")), l => l.Contains(";recht;classificatie;"));
        Assert.Equal(1.0 / 3, SnapshotFolder.ReadSummary(tmp.Path)[(2025, "LLO.BUDGET", "any")].Caos!.Value, 4);
        // The English variant has no BOM: programs that read it need none.
        using var en = new TempDir();
        SnapshotFolder.Write(s, Def, en.Path, dutch: false);
        Assert.Equal((byte)'y', File.ReadAllBytes(en.File("summary.csv"))[0]);
    }

    [Fact]
    public void AYearWithFewCountedCaosIsMarkedIncompleteInTheSnapshotAndTheReport()
    {
        var def = Def with { IncompleteBelow = 0.75 };
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), def, 2026, 2023);
        // 2023 counts metaal and zorg; 2026 only metaal-2025: 1 < 0.75 x 2.
        Assert.Equal([2026], s.Manifest.IncompleteYears);
        Assert.Empty(MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2026, 2023).Manifest.IncompleteYears); // 1 is not below half of 2
        using var tmp = new TempDir();
        SnapshotFolder.Write(s, def, tmp.Path, dutch: false);
        Assert.Contains("\"incomplete_years\": [\n      2026\n    ]", File.ReadAllText(tmp.File(SnapshotFolder.ManifestFile)).Replace("\r\n", "\n"));
        var report = File.ReadAllText(tmp.File("report.html"));
        Assert.Contains("2026 is onvolledig: er is 1 cao geteld, tegen 2 cao&#39;s in de nulmeting (2023)", report);
        Assert.Equal([2026], SnapshotFolder.ReadManifest(tmp.Path).Snapshot.IncompleteYears);
    }

    [Fact]
    public void TheYearsCoveredRunFromTheBaselineToTheLastYearACountedVersionIsInForce()
    {
        // brief-2024 runs to 2030 but is a policy document: it never counts, so it does not stretch the years.
        Assert.Equal((2023, 2026), MonitorCalculator.YearsCovered(MonitorCalculatorTests.Sample(), Def));
    }

    [Fact]
    public void DutchSpreadsheetsGetSemicolonsAndDecimalCommas()
    {
        using var tmp = new TempDir();
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2025, 2023);
        SnapshotFolder.Write(s, Def, tmp.Path, dutch: true);
        var line = File.ReadAllLines(tmp.File("summary.csv")).First(l => l.StartsWith("2025;LLO.BUDGET;categorie;alle;"));
        Assert.Contains(";0,3333;", line);
        Assert.Equal(0.3333, SnapshotFolder.ReadSummary(tmp.Path)[(2025, "LLO.BUDGET", "any")].Caos!.Value, 4);
    }

    [Fact]
    public void SameInputsGiveByteIdenticalFilesAndADifferentSnapshotIsNotOverwrittenSilently()
    {
        using var tmp = new TempDir();
        var input = MonitorCalculatorTests.Sample();
        Assert.Equal(SnapshotFolder.Result.Written, SnapshotFolder.Write(MonitorCalculator.Compute(input, Def, 2025, 2023), Def, tmp.Path, false));
        var before = SnapshotFolder.Files.ToDictionary(f => f, f => File.ReadAllBytes(tmp.File(f)));
        Assert.Equal(SnapshotFolder.Result.Unchanged, SnapshotFolder.Write(MonitorCalculator.Compute(input, Def, 2025, 2023), Def, tmp.Path, false));
        foreach (var (f, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(tmp.File(f)));

        var changed = input with { Versions = input.Versions.Skip(1).ToList(), CorpusHash = "other-corpus-hash-000" };
        var e = Assert.Throws<IOException>(() => SnapshotFolder.Write(MonitorCalculator.Compute(changed, Def, 2025, 2023), Def, tmp.Path, false));
        Assert.Contains("already holds a different snapshot", e.Message);
        foreach (var (f, bytes) in before) Assert.Equal(bytes, File.ReadAllBytes(tmp.File(f)));

        using var other = new TempDir();
        SnapshotFolder.Write(MonitorCalculator.Compute(changed, Def, 2025, 2023), Def, other.Path, false);
        var diff = SnapshotFolder.Compare(tmp.Path, other.Path);
        Assert.Contains(diff, c => c.Year == 2023 && c.Measure == "LLO.BUDGET" && c.ShareCaosA == 0.5 && c.ShareCaosB == 0);
    }

    [Fact]
    public void ReportIsSelfContainedAndEncodesDocumentText()
    {
        var input = MonitorCalculatorTests.Sample();
        var evil = input with { Versions = [.. input.Versions, new MonitoredVersion("x-2025", "x", 9, "<script>alert(1)</script>", DocumentType.Sector, "<b>sector</b>", new DateOnly(2025, 1, 1), null, 5, [])] };
        var html = HtmlReport.Render(MonitorCalculator.Compute(evil, Def, 2025, 2023), Def);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<b>sector", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
        Assert.Equal(3, html.Split("<svg").Length - 1); // coverage, heat map, trend
    }

    [Fact]
    public void ReportExplainsEveryMeasureAndItsChartsSpeakDutchWithALegend()
    {
        var s = MonitorCalculator.Compute(MonitorCalculatorTests.Sample(), Def, 2025, 2023);
        var html = System.Net.WebUtility.HtmlDecode(HtmlReport.Render(s, Def));
        // The rule of the minimum conditions in words, what a ministry group counts, what pp compares.
        Assert.Contains("Cao's die voldoen aan de regel: Loopbaanadvies en -begeleiding als recht en (Van-werk-naar-werktraject of Sociaal plan met begeleiding naar ander werk) en (Individueel ontwikkelbudget of Opleidings- en ontwikkelingsfonds)", html);
        Assert.Contains("Indeling die het ministerie van SZW gebruikt. Telt een cao met minstens één afspraak in: Loopbaanadvies en -begeleiding, Ontwikkelgesprek en persoonlijk ontwikkelplan, Erkenning van verworven competenties", html);
        Assert.Contains("Procentpunten: het verschil in het aandeel cao's (niet werknemers)", html);
        // Charts: Dutch names in full, a legend, hatching for "als recht", printed values in the heat map, dashed trend lines.
        Assert.Contains(">Transitievergoeding voor scholing of VWNW<", html);
        Assert.Contains("gearceerd: waarvan als recht", html);
        Assert.Contains("<pattern id=\"recht-cao\"", html);
        Assert.Contains("Getal in het vak: % van de cao's van de sector", html);
        Assert.Contains("stroke-dasharray", html);
        Assert.Contains(">Minimumvoorwaarden handreiking<", html);
        // Gaps for both groups.
        Assert.Contains("cao's zonder VWNW-afspraak", html);
        Assert.Contains("cao's zonder LLO-afspraak", html);
    }

    [Fact]
    public void SectorsAreSortedWithoutRegardToCase()
    {
        var input = MonitorCalculatorTests.Sample();
        var lower = new MonitoredVersion("a-2025", "a", 5, "a", DocumentType.Sector, "bouw", new DateOnly(2025, 1, 1), null, 1, []);
        var upper = new MonitoredVersion("b-2025", "b", 6, "b", DocumentType.Sector, "Afval", new DateOnly(2025, 1, 1), null, 1, []);
        var s = MonitorCalculator.Compute(input with { Versions = [.. input.Versions, lower, upper] }, Def, 2025, 2023);
        var sectors = s.Figures.Where(f => f.Key.Year == 2025 && f.Key.Breakdown == "sector" && f.Key.Measure == "VWNW" && f.Key.Strength == "any").Select(f => f.Key.Slice);
        Assert.Equal(["Afval", "bouw", "financieel", "metaal", "zorg"], sectors);
    }
}

public class EvidenceTextTests
{
    [Fact]
    public void AShortSentenceIsGivenWholeWithoutAMark()
    {
        const string text = "Artikel 4. De werknemer heeft recht op een opleidingsbudget van € 1.500,00. Dit vervalt na drie jaar.";
        int at = text.IndexOf("opleidingsbudget", StringComparison.Ordinal);
        Assert.Equal("De werknemer heeft recht op een opleidingsbudget van € 1.500,00.",
            MonitorSource.EvidenceText(text, new Span(at, at + "opleidingsbudget".Length)));
    }

    [Fact]
    public void ALongSentenceCutAroundTheEvidenceIsMarkedOnBothSides()
    {
        // One sentence of some 1,100 characters with the evidence in its middle: the cut shows at both ends.
        var filler = string.Join(" ", Enumerable.Repeat("de werkgever en de werknemer overleggen daarover", 12));
        var text = "Om " + filler + " en daarom heeft de werknemer recht op een persoonlijk ontwikkelbudget en " + filler + " zo lang als nodig.";
        int at = text.IndexOf("ontwikkelbudget", StringComparison.Ordinal);
        var evidence = MonitorSource.EvidenceText(text, new Span(at, at + "ontwikkelbudget".Length));
        Assert.StartsWith("… ", evidence);
        Assert.EndsWith(" …", evidence);
        Assert.Contains("persoonlijk ontwikkelbudget", evidence);
        Assert.True(evidence.Length <= 410, $"{evidence.Length} characters");
    }
}
