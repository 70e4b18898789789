using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaoMonitor.Extraction;

/// <summary>
/// The parent side of isolated PDF parsing: a pool of `caomonitor extract-child` processes, each with
/// a heap cap (DOTNET_GCHeapHardLimit), reused for many files because a child's start-up (runtime and
/// JIT of PdfPig) costs more than parsing a typical cao. Every request has a time limit and an
/// output cap; on either, or when the child dies, the child is killed and the file fails with a
/// stable reason. The calling process never parses PDF itself.
/// </summary>
public sealed class PdfChildren : IDisposable
{
    public static PdfChildren Shared { get; } = new();

    private readonly ConcurrentBag<Child> _idle = [];
    private int _started;

    /// <summary>Children started so far (a measure of start-up paid).</summary>
    public int Started => _started;

    private long _parseMicros, _layoutMicros;

    /// <summary>Time the children spent in PdfPig, and in our line layout, summed over files (the rest of a read is start-up and IPC).</summary>
    public (TimeSpan Parse, TimeSpan Layout) ChildTime =>
        (TimeSpan.FromMicroseconds(Interlocked.Read(ref _parseMicros)), TimeSpan.FromMicroseconds(Interlocked.Read(ref _layoutMicros)));

    public IReadOnlyList<PdfPigPage> Read(string path, ExtractionLimits limits, CancellationToken ct)
    {
        var request = JsonSerializer.Serialize(new ChildRequest(Path.GetFullPath(path), limits.MaxPages, limits.MaxTextChars), ExtractionChild.Json);
        for (int attempt = 0; ; attempt++)
        {
            var child = Rent(limits);
            try
            {
                child.Input.Write(request);
                child.Input.Write('\n');
                child.Input.Flush();
            }
            catch (IOException) when (attempt == 0)
            {
                // It had just exited while idle: take a fresh one.
                child.Kill();
                continue;
            }
            var response = child.ReadResponse(limits, ct);
            Interlocked.Add(ref _parseMicros, (long)(response.ParseMs * 1000));
            Interlocked.Add(ref _layoutMicros, (long)(response.LayoutMs * 1000));
            if (response.Ok && response.Pages is { } pages)
            {
                _idle.Add(child);
                return pages;
            }
            if (response.Reason is "too-large") child.Kill(); else _idle.Add(child);
            throw new ExtractionException(response.Reason ?? "corrupt", response.Message ?? "the PDF could not be read");
        }
    }

    /// <summary>Ends the idle children now (they would otherwise exit after <see cref="ExtractionChild.IdleExit"/>).</summary>
    public void Dispose()
    {
        while (_idle.TryTake(out var c)) c.Kill();
    }

    private Child Rent(ExtractionLimits limits)
    {
        while (_idle.TryTake(out var c))
        {
            if (!c.Exited && c.HeapBytes == limits.ChildHeapBytes) return c;
            c.Kill();
        }
        Interlocked.Increment(ref _started);
        return Child.Start(limits.ChildHeapBytes);
    }

    /// <summary>Where the extraction child lives: the CLI's own assembly.</summary>
    public static (string File, IReadOnlyList<string> Args) Command()
    {
        var dll = Environment.GetEnvironmentVariable("CAOMONITOR_CLI") is { Length: > 0 } env ? env : LocateCli()
            ?? throw new ExtractionException("internal",
                "the PDF extraction child (CaoMonitor.Cli.dll) was not found; build the CLI or set CAOMONITOR_CLI to its path");
        return (DotnetHost(), [dll, ExtractionChild.Verb]);
    }

    private static string? LocateCli()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "CaoMonitor.Cli.dll");
        if (File.Exists(here) && File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json"))) return here;
        // Tests of the library run from their own bin folder: use the CLI built in the same repo.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var bin = Path.Combine(dir.FullName, "src", "CaoMonitor.Cli", "bin");
            if (!Directory.Exists(bin)) continue;
            return new[] { "Release", "Debug" }.Select(c => Path.Combine(bin, c, "net10.0", "CaoMonitor.Cli.dll"))
                .Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        }
        return null;
    }

    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "dotnet")))
            return Path.Combine(root, "dotnet");
        return "dotnet";
    }

    private sealed class Child
    {
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        public StreamWriter Input => _process.StandardInput;
        public long HeapBytes { get; }
        public bool Exited { get { try { return _process.HasExited; } catch (InvalidOperationException) { return true; } } }

        private Child(Process p, long heap)
        {
            _process = p;
            HeapBytes = heap;
            // stderr only carries a crash message (stack overflow, fatal error): keep its head. Its own
            // thread: the loop blocks for the child's whole life and must not hold a thread-pool thread.
            new Thread(() =>
            {
                var buf = new char[4096];
                int n;
                try
                {
                    while ((n = p.StandardError.Read(buf, 0, buf.Length)) > 0)
                        lock (_stderr) if (_stderr.Length < 8000) _stderr.Append(buf, 0, n);
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
            }) { IsBackground = true, Name = "pdf-child-stderr" }.Start();
        }

        public static Child Start(long heapBytes)
        {
            var (file, args) = Command();
            var psi = new ProcessStartInfo(file)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardInputEncoding = new UTF8Encoding(false),
            };
            foreach (var a in args) psi.ArgumentList.Add(a);
            psi.Environment["DOTNET_GCHeapHardLimit"] = heapBytes.ToString("X", CultureInfo.InvariantCulture);
            // One GC heap and few threads: the batch already runs files in parallel.
            psi.Environment["DOTNET_gcServer"] = "0";
            // A 4 MB allocation budget between collections instead of 16 MB: a child's peak resident memory
            // 100 -> 89 MB on the corpus x10 at no measurable processor time (2026-12-04).
            psi.Environment["DOTNET_GCgen0size"] = "0x400000";
            // Two malloc arenas, not glibc's eight per core: a child is single-threaded in its work.
            psi.Environment["MALLOC_ARENA_MAX"] = "2";
            psi.Environment["DOTNET_TieredPGO"] = "0";
            // PdfPig's code compiled fully optimised at once instead of tier 0 first: a child's first 84
            // corpus PDFs took 2.8-3.3 s of processor time instead of 4.1-4.9 s, later files the same or
            // less, at +0.25 s for a child that reads one file (measured 2026-12-03, load 15-28).
            psi.Environment["DOTNET_TieredCompilation"] = "0";
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            try
            {
                var p = Process.Start(psi) ?? throw new ExtractionException("internal", "could not start the PDF extraction child");
                return new Child(p, heapBytes);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new ExtractionException("internal", $"could not start the PDF extraction child ({file}): {e.Message}");
            }
        }

        public ChildResponse ReadResponse(ExtractionLimits limits, CancellationToken ct)
        {
            // JSON escapes cost at most a few characters per text character; anything longer is junk.
            long cap = limits.MaxTextChars * 2 + 1_000_000;
            var sb = new StringBuilder();
            bool overflow = false, complete = false;
            // Its own thread, not the pool's: a batch's file threads block on this read, and a busy test host
            // or web server can leave a pool work item waiting longer than the read's time limit.
            var reader = Task.Factory.StartNew(() =>
            {
                var buf = new char[64 * 1024];
                try
                {
                    int n;
                    while ((n = _process.StandardOutput.Read(buf, 0, buf.Length)) > 0)
                    {
                        int nl = Array.IndexOf(buf, '\n', 0, n);
                        sb.Append(buf, 0, nl >= 0 ? nl : n);
                        if (nl >= 0) { complete = true; return; }
                        if (sb.Length > cap) { overflow = true; return; }
                    }
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            bool finished;
            try { finished = reader.Wait(limits.ToolTimeout, ct); }
            catch (OperationCanceledException) { Kill(); throw; }
            if (!finished)
            {
                Kill();
                throw new ExtractionException("timeout", $"reading the PDF took longer than {limits.ToolTimeout.TotalSeconds:0} s");
            }
            if (overflow)
            {
                Kill();
                throw new ExtractionException("too-large", $"the PDF's text is longer than {limits.MaxTextChars:N0} characters");
            }
            if (!complete) throw Died();
            try
            {
                return JsonSerializer.Deserialize<ChildResponse>(sb.ToString(), ExtractionChild.Json)
                    ?? throw new JsonException("null response");
            }
            catch (JsonException)
            {
                Kill();
                throw new ExtractionException("internal", "the PDF extraction child answered something unreadable");
            }
        }

        /// <summary>The child ended without answering: a crash the runtime could not turn into an exception.</summary>
        private ExtractionException Died()
        {
            if (!_process.WaitForExit(5000)) Kill();
            Thread.Sleep(50); // let the stderr reader take the last message
            string err;
            lock (_stderr) err = _stderr.ToString();
            int code = Exited ? _process.ExitCode : -1;
            _process.Dispose();
            if (err.Contains("OutOfMemory", StringComparison.Ordinal) || err.Contains("out of memory", StringComparison.OrdinalIgnoreCase)
                || err.Contains("GCHeapHardLimit", StringComparison.Ordinal))
                return new ExtractionException("too-large", "the PDF needs more memory than the extraction limit allows");
            if (err.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
                return new ExtractionException("corrupt", "the PDF's objects are nested too deeply (the parser overflowed its stack)");
            var first = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no message";
            if (first.Length > 200) first = first[..200];
            return new ExtractionException("corrupt", $"the PDF parser crashed (exit {code}): {first}");
        }

        public void Kill()
        {
            try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(5000); }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
            try { _process.Dispose(); } catch (InvalidOperationException) { }
        }
    }
}
