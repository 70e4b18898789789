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

                using var store = CaoStore.Open(Path.Combine(work.FullName, $"data{copies}"));
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
