using System.Text.Json;
using CaoMonitor.Extraction;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Extraction;

/// <summary>
/// The pool of real extraction children under concurrent callers: every file comes back with its own
/// text, never another file's, never a lost answer (issue 15: about half of the `bench ingest --scale 10`
/// runs under load lost one answer, and a good small PDF failed as `timeout` after 120 s).
/// </summary>
public class PdfChildrenStressTests
{
    // A lost answer must fail the test in seconds, not in the production 120 s.
    private static readonly ExtractionLimits Limits = new() { ToolTimeout = TimeSpan.FromSeconds(15) };

    [Fact]
    public void ConcurrentCallersEachGetTheirOwnFilesTextAtEveryAnswerLength()
    {
        using var tmp = new TempDir();
        using var children = new PdfChildren();
        // The old parent read the child's stdout through StreamReader.Read(char[64K]), which keeps reading
        // while a pipe read fills its 4,096-byte buffer: an answer whose last read was a full 4,096 bytes
        // (a lagging parent, the answer's length a multiple of 4,096) waited for bytes that never came.
        // So the answers here are made to end at and around 4 KiB boundaries: a probe file tells what the
        // child's answer for a page of n filler lines weighs, and each file adds a tail line of the length
        // that puts its answer within a few bytes of a boundary (the child's timings vary by a few digits).
        var bulk = Enumerable.Range(0, 50).Select(i => $"Regel {i:D2} van de opvulling, lid {i % 7} over scholing, loopbaan en het budget.").ToList();
        long Weight(string path)
        {
            var pages = children.Read(path, Limits, TestContext.Current.CancellationToken);
            var answer = new ChildResponse(true, null, null, pages) { ParseMs = 12.3456, LayoutMs = 1.2345 };
            return JsonSerializer.SerializeToUtf8Bytes(answer, ExtractionChild.Json).Length + 1;
        }
        void Write(string path, string marker, int lines, int tail) =>
            TestPdf.Write(path, Enumerable.Range(0, lines).Select(i => bulk[i % bulk.Count]).Chunk(50)
                .Select((c, i) => i == (lines - 1) / 50 ? Page(marker, c, tail) : c).DefaultIfEmpty(Page(marker, [], tail)));
        var probe = tmp.File("probe.pdf");
        Write(probe, "Bestand probe", 0, 10);
        long w0 = Weight(probe);
        Write(probe, "Bestand probe", bulk.Count, 10);
        long wBulk = Weight(probe);
        Write(probe, "Bestand probe", bulk.Count, 70);
        double perLine = (wBulk - w0) / (double)bulk.Count, perChar = (Weight(probe) - wBulk) / 60.0;
        Assert.True(perLine > 0 && perChar > 0);

        var files = new List<(string Path, string Marker)>();
        for (long boundary = 4096; boundary <= 4 * 4096; boundary += 4096)
            for (int d = -10; d <= 10; d++)
            {
                // Bulk lines to come within about 100 bytes of the target, then a tail line that closes the
                // gap: measured once through the pool, written again with the tail that fits.
                long target = boundary + d;
                int lines = (int)Math.Clamp(Math.Floor((target - 100 - w0) / perLine), 0, 400);
                var marker = $"Bestand {files.Count:D3}";
                var path = tmp.File($"f{files.Count:D3}.pdf");
                Write(path, marker, lines, 10);
                int tail = (int)Math.Clamp(10 + Math.Round((target - Weight(path)) / perChar), 1, 160);
                Write(path, marker, lines, tail);
                files.Add((path, marker));
            }

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, f =>
        {
            try
            {
                var text = string.Concat(children.Read(f.Path, Limits, TestContext.Current.CancellationToken).Select(p => p.Text));
                if (!text.Contains(f.Marker + " begint hier", StringComparison.Ordinal) || !text.Contains(f.Marker + " eindigt hier", StringComparison.Ordinal))
                    failures.Add($"{Path.GetFileName(f.Path)}: another file's text");
            }
            catch (ExtractionException e) { failures.Add($"{Path.GetFileName(f.Path)}: {e.Reason}: {e.Message}"); }
        });
        Assert.Empty(failures);
    }

    [Fact]
    public void AnIdleChildIsEndedByThePoolAndTheNextFileStartsAFreshOne()
    {
        using var tmp = new TempDir();
        using var children = new PdfChildren(idleExit: TimeSpan.FromMilliseconds(50));
        var a = tmp.File("a.pdf");
        TestPdf.Write(a, [Page("Bestand a", [], 5)]);
        Assert.Contains("Bestand a begint hier", children.Read(a, Limits, TestContext.Current.CancellationToken)[0].Text);
        Assert.Equal(1, children.Started);
        // Waits for the pool's idle exit (a condition, not a time: it normally comes within 100 ms).
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (children.Idle > 0 && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.Equal(0, children.Idle);
        Assert.Contains("Bestand a begint hier", children.Read(a, Limits, TestContext.Current.CancellationToken)[0].Text);
        Assert.Equal(2, children.Started);
    }

    [Fact]
    public void TheSharedPoolAndADefaultPoolKeepTheirChildBetweenFiles()
    {
        // The shared pool (`caomonitor ingest`, worker, web) was built by a static initializer that ran before
        // the idle-exit field it read was set: it ended every idle child at once, so nearly every file paid a
        // child's start-up (20 files: 18 children; the bench's own pool was not affected and showed 2).
        Assert.True(PdfChildren.IdleExit >= TimeSpan.FromSeconds(10));
        Assert.Equal(PdfChildren.IdleExit, PdfChildren.Shared.IdleAfter);
        using var tmp = new TempDir();
        using var children = new PdfChildren();
        Assert.Equal(PdfChildren.IdleExit, children.IdleAfter);
        var a = tmp.File("a.pdf");
        TestPdf.Write(a, [Page("Bestand a", [], 5)]);
        for (int i = 0; i < 3; i++)
        {
            Assert.Contains("Bestand a begint hier", children.Read(a, Limits, TestContext.Current.CancellationToken)[0].Text);
            Thread.Sleep(50); // longer than the old zero idle exit's reaper period (1 ms)
        }
        Assert.Equal(1, children.Started);
    }

    [Fact]
    public void TheProtocolLineCarriesEveryTextExactlyWithLettersUnescaped()
    {
        // The answers are written with relaxed escaping (a pipe between our own processes, never HTML):
        // letters outside ASCII go as themselves, but quotes, backslashes, control characters, line and
        // paragraph separators still make no raw line break, and what the parent reads equals what was sent.
        var texts = new[]
        {
            "Artikel 5 – Opleiding: € 500, één creëlen, ﬁnanciële § 3, 'loon' <b> & \"budget\"",
            "regel 1\nregel 2\r\ttab \u0001\u001f \\ eind",
            "scheiding\u2028en\u2029verder \u0085 \ud83d\ude00",
        };
        var answer = new ChildResponse(true, null, null, texts.Select((t, i) => new PdfPigPage(i + 1, t, t.Length, 0, [new LineHint(0, 1.5, true)], ["kop"])).ToList()) { Id = 42 };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(answer, ExtractionChild.Json);
        Assert.DoesNotContain((byte)'\n', bytes);
        Assert.DoesNotContain((byte)'\r', bytes);
        var line = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains("€ 500, één", line); // as letters, not \u20AC
        Assert.DoesNotContain("\u2028", line); // the separators are escaped, not raw
        var back = JsonSerializer.Deserialize<ChildResponse>(bytes, ExtractionChild.Json)!;
        Assert.Equal(42, back.Id);
        Assert.Equal(texts, back.Pages!.Select(p => p.Text));
        // A broken surrogate comes back as the default escaping brings it back.
        var broken = answer with { Pages = [new PdfPigPage(1, "half \ud800 pair", 1, 0, [], [])] };
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Assert.Equal(JsonSerializer.Deserialize<ChildResponse>(JsonSerializer.SerializeToUtf8Bytes(broken, web), web)!.Pages![0].Text,
            JsonSerializer.Deserialize<ChildResponse>(JsonSerializer.SerializeToUtf8Bytes(broken, ExtractionChild.Json), ExtractionChild.Json)!.Pages![0].Text);
    }

    [Fact]
    public void RequestsRacingTheIdleExitAreAllAnswered()
    {
        // Idle children are ended after a millisecond while four callers keep asking: a request must
        // never go to a child on its way out (the old child decided on its own to exit, and a request
        // written in that moment was lost).
        using var tmp = new TempDir();
        using var children = new PdfChildren(idleExit: TimeSpan.FromMilliseconds(1));
        var files = Enumerable.Range(0, 40).Select(i =>
        {
            var path = tmp.File($"r{i:D2}.pdf");
            TestPdf.Write(path, [Page($"Bestand {i:D2}", [], 1 + i)]);
            return (Path: path, Marker: $"Bestand {i:D2}");
        }).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, f =>
        {
            try
            {
                if (!children.Read(f.Path, Limits, TestContext.Current.CancellationToken)[0].Text.Contains(f.Marker + " begint hier", StringComparison.Ordinal))
                    failures.Add($"{f.Marker}: another file's text");
                // A pause now and then, so children do go idle and get ended between requests.
                if (f.Marker.EndsWith('0')) Thread.Sleep(30);
            }
            catch (ExtractionException e) { failures.Add($"{f.Marker}: {e.Reason}: {e.Message}"); }
        });
        Assert.Empty(failures);
    }

    [Fact]
    public void TheChildAnswersEachRequestOnItsOwnLineWithItsId()
    {
        // The real child, driven by hand: two good requests and a line of junk written at once. Each
        // answer is one line on stdout with the id of its request, in order, and nothing else is there.
        using var tmp = new TempDir();
        var a = tmp.File("a.pdf");
        var b = tmp.File("b.pdf");
        TestPdf.Write(a, [Page("Bestand a", [], 5)]);
        TestPdf.Write(b, [Page("Bestand b", [], 9)]);
        var (file, args) = PdfChildren.Command();
        var psi = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        using var child = System.Diagnostics.Process.Start(psi)!;
        string Request(string path, long id) => JsonSerializer.Serialize(new ChildRequest(path, 10, 100_000) { Id = id }, ExtractionChild.Json);
        child.StandardInput.Write(Request(a, 7) + "\nnot json\n" + Request(b, 9) + "\n");
        child.StandardInput.Close(); // end of input: the child answers what it got, then exits

        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(child.WaitForExit(30_000));
        Assert.Equal(0, child.ExitCode);
        Assert.Equal(3, lines.Length);
        var answers = lines.Select(l => JsonSerializer.Deserialize<ChildResponse>(l, ExtractionChild.Json)!).ToList();
        Assert.Equal([7L, 0L, 9L], answers.Select(r => r.Id));
        Assert.Contains("Bestand a begint hier", answers[0].Pages![0].Text);
        Assert.Equal("internal", answers[1].Reason);
        Assert.Contains("Bestand b begint hier", answers[2].Pages![0].Text);
    }

    private static string[] Page(string marker, IEnumerable<string> body, int tail) =>
        [marker + " begint hier", .. body, new string('i', tail), marker + " eindigt hier"];
}
