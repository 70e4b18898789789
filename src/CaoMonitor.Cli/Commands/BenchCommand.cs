using System.CommandLine;
using System.Diagnostics;
using CaoMonitor.Extraction;
using CaoMonitor.Ingestion;
using CaoMonitor.Storage;
using Spectre.Console;

namespace CaoMonitor.Cli.Commands;

/// <summary>
/// Benchmarks that report ratios against a reference measured in the same run, never a timed test.
/// `bench ingest`: our end-to-end ingest of the corpus' text PDFs (and a scaled copy) against bare
/// pdftotext on the same files with the same parallelism.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder with PDFs", DefaultValueFactory = _ => new DirectoryInfo("corpus") };
        var scale = new Option<int>("--scale") { Description = "Size of the scaled copy (times the corpus)", DefaultValueFactory = _ => 10 };
        var ingest = new Command("ingest", "Ingest speed and memory against bare pdftotext") { corpus, scale };
        ingest.SetAction(pr => RunIngest(pr.GetValue(corpus)!, pr.GetValue(scale)));
        var bench = new Command("bench", "Benchmarks (ratios against a reference in the same run)") { ingest };
        return bench;
    }

    private static int RunIngest(DirectoryInfo corpus, int scale)
    {
        if (!corpus.Exists) return CliOptions.Fail($"'{corpus.FullName}' does not exist");
        // Text PDFs only: scanned ones measure tesseract, not us.
        var pdfs = corpus.EnumerateFiles("*.pdf", SearchOption.AllDirectories)
            .Where(f => ExternalTool.Run("pdffonts", ["-l", "1", f.FullName], TimeSpan.FromSeconds(30), 100_000).Stdout.Split('\n').Length > 3)
            .Select(f => f.FullName).Order().ToList();
        if (pdfs.Count == 0) return CliOptions.Fail("no text PDFs found");
        var work = Directory.CreateTempSubdirectory("caomonitor-bench-");
        try
        {
            var table = new Table().AddColumns("set", "files", "pages", "pdftotext s", "ingest s", "ratio", "pages/s", "peak MB");
            foreach (var (label, copies) in new[] { ("corpus", 1), ($"corpus x{scale}", scale) })
            {
                var dir = Directory.CreateDirectory(Path.Combine(work.FullName, $"set{copies}")).FullName;
                var files = Copies(pdfs, dir, copies);
                int parallel = Math.Clamp(Environment.ProcessorCount, 1, 4);

                var sw = Stopwatch.StartNew();
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallel },
                    f => ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-q", f, "-"], TimeSpan.FromMinutes(2), 50_000_000));
                var reference = sw.Elapsed;

                // End to end: index and classification included, as in a real ingest.
                using var store = IngestPipeline.OpenStore(Path.Combine(work.FullName, $"data{copies}"));
                sw.Restart();
                var summary = new IngestBatch(store, new IngestPipeline(store)) { Parallelism = parallel }.Run([dir]);
                var ours = sw.Elapsed;
                var failed = summary.Failures.ToList();
                if (failed.Count > 0) AnsiConsole.MarkupLine($"[yellow]{failed.Count} files failed:[/] {Markup.Escape(failed[0].Error ?? "")}");
                var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
                table.AddRow(label, files.Count.ToString(), summary.Pages.ToString(), $"{reference.TotalSeconds:0.00}", $"{ours.TotalSeconds:0.00}",
                    $"{ours / reference:0.00}x", $"{summary.Pages / ours.TotalSeconds:0}", $"{peak:0}");
            }
            AnsiConsole.Write(table);
            Console.WriteLine("ratio = our end-to-end ingest time / bare pdftotext time on the same files, same parallelism; peak MB = this process's peak working set so far (pdftotext children not included).");
            return 0;
        }
        finally { work.Delete(recursive: true); }
    }

    /// <summary>Copies that differ by a trailing PDF comment, so each is a new document to the store.</summary>
    private static List<string> Copies(List<string> pdfs, string dir, int copies)
    {
        var list = new List<string>();
        for (int c = 0; c < copies; c++)
            foreach (var pdf in pdfs)
            {
                var target = Path.Combine(dir, $"{c:D3}-{Path.GetFileName(pdf)}");
                File.Copy(pdf, target);
                File.AppendAllText(target, $"\n%copy {c}\n");
                list.Add(target);
            }
        return list;
    }
}

/// <summary>`bench classify` and `bench monitor`: throughput against a reference in the same run.</summary>
internal static class BenchMoreCommands
{
    public static Command Classify()
    {
        var cmd = new Command("classify", "Classifier throughput on one thread over the store's clauses (or a built-in mix), against one regex scan of the same texts");
        cmd.SetAction(pr =>
        {
            using var store = CliOptions.OpenStore(pr);
            // Every stored leaf under the heading it is classified under, as reclassify reads them.
            var clauses = store.Leaves(currentOnly: false).Select(c => new CaoMonitor.Classification.ClauseInput(c.Text, c.Heading.Title, c.Heading.ParentTitle)).ToList();
            var source = clauses.Count > 0 ? $"{clauses.Count} clauses from {store.DataDir}" : "the built-in mix (the store is empty)";
            if (clauses.Count == 0)
            {
                Console.Out.WriteLine($"built-in mix: {CaoMonitor.Classification.ClassifierBenchmark.Run(50_000):N0} clauses/s on one thread");
                return 0;
            }
            var classifier = new CaoMonitor.Classification.ClauseClassifier();
            foreach (var c in clauses.Take(200)) classifier.Classify(c); // warm-up
            var reference = new System.Text.RegularExpressions.Regex(@"\b(?:opleiding|scholing|loopbaan|budget)\w*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);
            int rounds = Math.Max(1, 50_000 / clauses.Count);
            long sink = 0;
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < rounds; r++) foreach (var c in clauses) sink += classifier.Classify(c).Count;
            var ours = sw.Elapsed;
            sw.Restart();
            for (int r = 0; r < rounds; r++) foreach (var c in clauses) sink += reference.Count(c.Text);
            var bare = sw.Elapsed;
            GC.KeepAlive(sink);
            double n = (double)rounds * clauses.Count;
            var t = new Table().AddColumns("measure", "clauses/s", "µs/clause");
            t.AddRow("classifier (one thread)", $"{n / ours.TotalSeconds:N0}", $"{ours.TotalMicroseconds / n:0.0}");
            t.AddRow("reference: one regex scan", $"{n / bare.TotalSeconds:N0}", $"{bare.TotalMicroseconds / n:0.0}");
            AnsiConsole.Write(t);
            Console.Out.WriteLine($"{source}, {rounds} round(s); classifier/reference time ratio {ours.TotalSeconds / bare.TotalSeconds:0.0}x");
            return 0;
        });
        return cmd;
    }

    public static Command Monitor()
    {
        var years = new Option<int>("--years") { Description = "Years in the monitor", DefaultValueFactory = _ => 10 };
        var versions = new Option<int>("--versions") { Description = "Generated cao versions", DefaultValueFactory = _ => 1000 };
        var cmd = new Command("monitor", "Monitor computation over a generated corpus (default 10 years x 1,000 versions)") { years, versions };
        cmd.SetAction(pr =>
        {
            var dir = Directory.CreateTempSubdirectory("caomonitor-bench-monitor-");
            try
            {
                var f = CaoMonitor.Monitoring.MonitorBenchmark.Run(pr.GetValue(years), pr.GetValue(versions), dir.FullName);
                var t = new Table().AddColumns("measure", "seconds");
                t.AddRow($"compute ({f.Years} years, {f.Versions} versions, {f.Labels} labels, {f.FigureCount} figures)", $"{f.Compute.TotalSeconds:0.000}");
                t.AddRow("CSV export", $"{f.Export.TotalSeconds:0.000}");
                t.AddRow("reference: versions in force per year", $"{f.Reference.TotalSeconds:0.000}");
                AnsiConsole.Write(t);
                Console.Out.WriteLine($"compute/reference ratio {f.Ratio:0.0}x; target: compute under 2 s");
                return 0;
            }
            finally { dir.Delete(recursive: true); }
        });
        return cmd;
    }
}
