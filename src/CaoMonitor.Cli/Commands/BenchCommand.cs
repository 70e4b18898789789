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
/// pdftotext on the same files with the same parallelism, with the memory of the whole process tree.
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
        // The reference side is poppler itself, and pdffonts picks the text PDFs: without them there is nothing to compare with.
        if (new[] { "pdffonts", "pdftotext" }.FirstOrDefault(t => !ExternalTool.Exists(t)) is { } missing)
            return CliOptions.Fail($"bench ingest compares with poppler's pdftotext, and {missing} is not installed (install poppler-utils; ./start and ./test install it)");
        try { return Measure(corpus, scale); }
        catch (ExtractionException e)
        {
            // A tool that vanished or failed mid-run: one line, not a stack trace.
            return CliOptions.Fail($"bench ingest stopped: {e.Message}");
        }
    }

    private static int Measure(DirectoryInfo corpus, int scale)
    {
        // Text PDFs only: scanned ones measure tesseract, not us.
        var pdfs = corpus.EnumerateFiles("*.pdf", SearchOption.AllDirectories)
            .Where(f => ExternalTool.Run("pdffonts", ["-l", "1", f.FullName], TimeSpan.FromSeconds(30), 100_000).Stdout.Split('\n').Length > 3)
            .Select(f => f.FullName).Order().ToList();
        if (pdfs.Count == 0) return CliOptions.Fail("no text PDFs found");
        var work = Directory.CreateTempSubdirectory("caomonitor-bench-");
        try
        {
            var (first, next) = ChildStartup(pdfs[0]);
            var table = new Table().AddColumns("set", "files", "pages", "pdftotext s", "ingest s", "ratio", "pdftotext cpu s", "ingest cpu s", "cpu ratio", "pages/s", "peak MB", "children");
            var stages = new Table().AddColumns("set", "stage", "seconds (summed over threads)", "share");
            foreach (var (set, label, copies) in new[] { (0, "corpus", 1), (1, $"corpus x{scale}", scale) })
            {
                // Each set starts from a collected heap, as its own `caomonitor ingest` would: the garbage the
                // previous set left (its documents, index writers, JSON) is no memory of this one.
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                var dir = Directory.CreateDirectory(Path.Combine(work.FullName, $"set{set}")).FullName;
                var files = Copies(pdfs, dir, copies);
                int parallel = Math.Clamp(Environment.ProcessorCount, 1, 4);

                var cpu0 = Cpu.Now();
                var sw = Stopwatch.StartNew();
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallel },
                    f => ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-q", f, "-"], TimeSpan.FromMinutes(2), 50_000_000));
                var reference = sw.Elapsed;
                var referenceCpu = Cpu.Now() - cpu0;

                // End to end: index and classification included, as in a real ingest; PDF parsing in
                // fresh extraction children, whose memory counts too.
                using var children = new PdfChildren();
                using var store = IngestPipeline.OpenStore(Path.Combine(work.FullName, $"data{set}"));
                using var memory = new TreeMemory();
                var pipeline = new IngestPipeline(store, new Extractor(children: children));
                cpu0 = Cpu.Now();
                var childCpu0 = Cpu.Children();
                sw.Restart();
                var summary = new IngestBatch(store, pipeline) { Parallelism = parallel }.Run([dir]);
                var ours = sw.Elapsed;
                var peak = memory.Stop() / 1048576.0;
                children.Dispose(); // ended and reaped, so their processor time counts
                var oursCpu = Cpu.Now() - cpu0;
                var oursChildCpu = Cpu.Children() - childCpu0;
                stages.AddRow(label, "processor time: extraction children", $"{oursChildCpu:0.00}", "");
                stages.AddRow(label, "processor time: this process", $"{oursCpu - oursChildCpu:0.00}", "");
                AddStages(stages, label, pipeline.Stages, children, store);
                var failed = summary.Failures.ToList();
                if (failed.Count > 0) AnsiConsole.MarkupLine($"[yellow]{failed.Count} files failed[/], first {Markup.Escape(failed[0].File)}: {Markup.Escape(failed[0].Error ?? "")}");
                table.AddRow(label, files.Count.ToString(), summary.Pages.ToString(), $"{reference.TotalSeconds:0.00}", $"{ours.TotalSeconds:0.00}",
                    $"{ours / reference:0.00}x",
                    $"{referenceCpu:0.00}", $"{oursCpu:0.00}", $"{oursCpu / referenceCpu:0.00}x", $"{summary.Pages / ours.TotalSeconds:0}", $"{peak:0}", children.Started.ToString());
            }
            // Redirected output (logs, CI) gets Spectre's default 80 columns, too narrow for these tables.
            if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
            AnsiConsole.Write(table);
            AnsiConsole.Write(stages);
            Console.WriteLine("stages: time per pipeline stage summed over files and threads. extract = PdfPig in the child + our line layout there + the rest");
            Console.WriteLine("(start-up, IPC, JSON, OCR); store = the document's transaction incl. its clause writers, of which index analysis and");
            Console.WriteLine("classification are measured again afterwards on one thread over the stored leaves.");
            Console.WriteLine("cpu = processor time (user + system) of this process and its ended children over the same span: unlike the wall clock,");
            Console.WriteLine("it does not depend on what else the machine runs (the memory sampler's own time counts against ingest).");
            Console.WriteLine("ratio = our end-to-end ingest time / bare pdftotext time on the same files, same parallelism; peak MB = the highest sum of");
            Console.WriteLine("resident memory of this process and all its children (extraction children, tesseract), sampled every 20 ms.");
            Console.WriteLine($"extraction child start-up: first file {first.TotalMilliseconds:0} ms (start, JIT, parse) against {next.TotalMilliseconds:0} ms for the same file in a running child; one child serves many files.");
            return 0;
        }
        finally { work.Delete(recursive: true); }
    }

    private static void AddStages(Table table, string set, IngestStages stages, PdfChildren children, CaoMonitor.Storage.CaoStore store)
    {
        var total = stages.All.Sum(s => s.Time.TotalSeconds);
        void Row(string stage, TimeSpan t) => table.AddRow(set, stage, $"{t.TotalSeconds:0.00}", $"{t.TotalSeconds / total:P0}");
        foreach (var (stage, time) in stages.All)
        {
            Row(stage, time);
            if (stage == "extract")
            {
                var (parse, layout) = children.ChildTime;
                Row("  of which PdfPig (child)", parse);
                Row("  of which line layout (child)", layout);
            }
            if (stage == "store")
            {
                // The clause writers' CPU work, timed again outside the pipeline on the stored leaves.
                var leaves = store.Leaves(currentOnly: false).ToList();
                var sw = Stopwatch.StartNew();
                foreach (var c in leaves) CaoMonitor.Search.SearchIndex.Analyse(c.Heading.Title, c.Text);
                Row("  of which index analysis", sw.Elapsed);
                var classifier = new CaoMonitor.Classification.ClauseClassifier();
                sw.Restart();
                foreach (var c in leaves) classifier.Classify(new CaoMonitor.Classification.ClauseInput(c.Text, c.Heading.Title, c.Heading.ParentTitle));
                Row("  of which classification", sw.Elapsed);
            }
        }
    }

    /// <summary>Processor seconds of this process plus its waited-for children, from /proc/self/stat.</summary>
    private static class Cpu
    {
        public static double Now() => Self() + Children();

        public static double Self() => Ticks(11, 12);

        public static double Children() => Ticks(13, 14);

        private static double Ticks(int from, int to)
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long ticks = 0;
            for (int i = from; i <= to; i++) ticks += long.Parse(f[i], System.Globalization.CultureInfo.InvariantCulture);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        }
    }

    /// <summary>A fresh child's first file against the same file in the running child (median of 5).</summary>
    private static (TimeSpan First, TimeSpan Next) ChildStartup(string pdf)
    {
        var firsts = new List<TimeSpan>();
        var nexts = new List<TimeSpan>();
        for (int r = 0; r < 5; r++)
        {
            using var children = new PdfChildren();
            var sw = Stopwatch.StartNew();
            children.Read(pdf, ExtractionLimits.Default, default);
            firsts.Add(sw.Elapsed);
            sw.Restart();
            children.Read(pdf, ExtractionLimits.Default, default);
            nexts.Add(sw.Elapsed);
        }
        return (firsts.Order().ElementAt(2), nexts.Order().ElementAt(2));
    }

    /// <summary>Samples the resident memory of this process plus all its descendants (Linux /proc).</summary>
    private sealed class TreeMemory : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public TreeMemory()
        {
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    _peak = Math.Max(_peak, Sample());
                    Thread.Sleep(20);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return _peak;
        }

        public void Dispose() { _stop = true; }

        /// <summary>
        /// Walks the tree through /proc/PID/task/TID/children rather than every process's stat file: a
        /// full /proc scan every 20 ms cost a noticeable share of a core, charged to the ingest.
        /// </summary>
        private static long Sample()
        {
            long total = 0;
            var todo = new Stack<int>();
            todo.Push(Environment.ProcessId);
            int seen = 0;
            while (todo.Count > 0 && seen++ < 1000)
            {
                var pid = todo.Pop();
                try
                {
                    var statm = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
                    total += long.Parse(statm[1], System.Globalization.CultureInfo.InvariantCulture) * Environment.SystemPageSize;
                    foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                        foreach (var child in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                            todo.Push(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { }
            }
            return total;
        }
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
            // Warm-up: one pass over every clause, timed apart. Patterns start interpreted and are compiled after
            // 1,000 uses (TieredRegex), so the first pass is the cold one and the rounds after it the steady state.
            var cold = Stopwatch.StartNew();
            foreach (var c in clauses) classifier.Classify(c);
            cold.Stop();
            var reference = new System.Text.RegularExpressions.Regex(@"\b(?:opleiding|scholing|loopbaan|budget)\w*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled, PatternBudget.Default);
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
            t.AddRow("classifier, first pass (patterns being compiled)", $"{clauses.Count / cold.Elapsed.TotalSeconds:N0}", $"{cold.Elapsed.TotalMicroseconds / clauses.Count:0.0}");
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
