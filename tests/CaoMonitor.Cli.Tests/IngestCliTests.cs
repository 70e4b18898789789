using CaoMonitor.Tests.Support;
namespace CaoMonitor.Cli.Tests;

public class IngestCliTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cao-twopage.pdf");

    [Fact]
    public void IngestThenDocumentsAndShowAsJson()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        File.Copy(Fixture, Path.Combine(input, "proef.pdf"));
        File.WriteAllBytes(Path.Combine(input, "kapot.pdf"), [1, 2, 3]);
        File.WriteAllText(Path.Combine(input, "registry.csv"),
            "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file\n" +
            "proef-2025,proef,,sector,proefsector,Fictieve partijen,,,ja,12000,proef.pdf\n");
        var data = Path.Combine(tmp.Path, "data");

        var ingest = CliProcess.Run("ingest", input, "--data", data);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr + ingest.Stdout);
        Assert.Contains("failed", ingest.Stdout);

        var docs = CliProcess.Run("documents", "--json", "--data", data);
        Assert.Equal(0, docs.ExitCode);
        var list = docs.Json.EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var ok = list.Single(d => d.GetProperty("status").GetString() == "ok");
        Assert.Equal("proef-2025", ok.GetProperty("version_id").GetString());
        Assert.Equal("proef", ok.GetProperty("agreement_id").GetString());
        Assert.Equal("Collectieve arbeidsovereenkomst voor de Fictieve Proefsector", ok.GetProperty("name").GetString());
        Assert.Equal("sector", ok.GetProperty("type").GetString());
        Assert.Equal("proefsector", ok.GetProperty("sector").GetString());
        Assert.Equal("2025-01-01", ok.GetProperty("start").GetString());
        Assert.Equal("2026-12-31", ok.GetProperty("end").GetString());
        Assert.Equal(12000, ok.GetProperty("employees").GetInt32());
        Assert.Equal("proef.pdf", ok.GetProperty("file").GetString());
        Assert.Equal(4, ok.GetProperty("pages").GetInt32());
        Assert.True(ok.GetProperty("clauses").GetInt32() >= 6);
        Assert.Equal(["name", "start", "end"], ok.GetProperty("derived").EnumerateArray().Select(e => e.GetString()));
        // Read by PdfPig in the CLI's own extraction child.
        Assert.Equal("pdfpig", ok.GetProperty("extractor").GetString());
        var bad = list.Single(d => d.GetProperty("status").GetString() == "failed");
        Assert.Equal("kapot.pdf", bad.GetProperty("file").GetString());
        Assert.Contains("named as PDF", bad.GetProperty("error").GetString());

        var show = CliProcess.Run("show", ok.GetProperty("id").GetInt64().ToString(), "--json", "--data", data);
        Assert.Equal(0, show.ExitCode);
        var articles = show.Json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["1", "2.1", "2.2"], articles.Select(a => a.GetProperty("number").GetString()));
        var a21 = articles[1];
        Assert.Equal("Persoonlijk ontwikkelbudget", a21.GetProperty("title").GetString());
        Assert.Equal("H2 > Art. 2.1", a21.GetProperty("path").GetString());
        Assert.Equal(3, a21.GetProperty("page_start").GetInt32());
        Assert.Equal(4, a21.GetProperty("page_end").GetInt32());
        Assert.Contains("€ 1.500,-", a21.GetProperty("text").GetString());

        // Again: nothing changed, nothing written.
        var again = CliProcess.Run("ingest", input, "--data", data, "--json");
        Assert.Contains(again.Json.EnumerateArray(), o => o.GetProperty("status").GetString() == "unchanged");
    }

    [Fact]
    public void UserMistakesGiveOneClearLineAndANonZeroExit()
    {
        using var tmp = new TempDir();
        var missing = CliProcess.Run("ingest", Path.Combine(tmp.Path, "bestaat-niet"), "--data", tmp.Sub("d"));
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("does not exist", missing.Stderr);
        Assert.DoesNotContain("   at ", missing.Stderr); // no stack trace

        var show = CliProcess.Run("show", "999", "--data", tmp.Sub("d2"));
        Assert.NotEqual(0, show.ExitCode);
        Assert.Contains("no document with id 999", show.Stderr);

        File.WriteAllText(Path.Combine(tmp.Path, "r.csv"), "x,y\n1,2\n");
        var reg = CliProcess.Run("registry", "import", Path.Combine(tmp.Path, "r.csv"), "--data", tmp.Sub("d3"));
        Assert.NotEqual(0, reg.ExitCode);
        Assert.Contains("unknown registry format", reg.Stderr);
    }

    [Fact]
    public void RegistryImportReadsTheMinistrysTables()
    {
        var szw = Repo.Shared("data/szw-cao-afspraken-2024/employees-by-cao.csv");
        using var tmp = new TempDir();
        var r = CliProcess.Run("registry", "import", szw, "--data", tmp.Sub("d"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("imported 149 registry rows", r.Stdout);
    }
}
