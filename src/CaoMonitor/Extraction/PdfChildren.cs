using System.Buffers;
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
    /// <summary>A child nobody asks for this long is ended by the pool (the pool decides, not the child); a new one starts when needed.
    /// A property, not a static field: <see cref="Shared"/> is built by a static initializer, and a field declared after it
    /// was still zero then, so the shared pool (`caomonitor ingest`, the worker, the web app) ended every child as soon as it
    /// was idle and started a new one for nearly every file.</summary>
    public static TimeSpan IdleExit => TimeSpan.FromSeconds(60);

    /// <summary>The pool `caomonitor ingest`, the worker and the web app share.</summary>
    public static PdfChildren Shared { get; } = new();

    // Idle children, the most recently used last: Rent takes from the end, the reaper retires from the front.
    private readonly List<Child> _idle = [];
    private readonly Lock _gate = new();
    private readonly TimeSpan _idleExit;
    private readonly Timer _reaper;
    private bool _reaperArmed, _disposed;
    private int _started;
    private long _lastId;

    public PdfChildren() : this(IdleExit) { }

    /// <param name="idleExit">How long a child may wait unused before the pool ends it (tests use a tiny one).</param>
    public PdfChildren(TimeSpan idleExit)
    {
        _idleExit = idleExit;
        _reaper = new Timer(_ => Reap());
    }

    /// <summary>How long this pool lets a child wait unused before it ends it.</summary>
    public TimeSpan IdleAfter => _idleExit;

    /// <summary>Children started so far (a measure of start-up paid).</summary>
    public int Started => _started;

    /// <summary>Children waiting for work now.</summary>
    public int Idle { get { lock (_gate) return _idle.Count; } }

    private long _parseMicros, _layoutMicros;

    /// <summary>Time the children spent in PdfPig, and in our line layout, summed over files (the rest of a read is start-up and IPC).</summary>
    public (TimeSpan Parse, TimeSpan Layout) ChildTime =>
        (TimeSpan.FromMicroseconds(Interlocked.Read(ref _parseMicros)), TimeSpan.FromMicroseconds(Interlocked.Read(ref _layoutMicros)));

    /// <summary>
    /// One PDF through a child. Each request carries an id the child echoes; an answer with another id,
    /// an unreadable line or a child that was gone before the request reached it ends that child, and
    /// the request is sent once more to a fresh one. An answer is never taken for another file's.
    /// </summary>
    public IReadOnlyList<PdfPigPage> Read(string path, ExtractionLimits limits, CancellationToken ct)
    {
        var fullPath = Path.GetFullPath(path);
        for (int attempt = 0; ; attempt++)
        {
            var child = Rent(limits, fresh: attempt > 0);
            long id = Interlocked.Increment(ref _lastId);
            var request = JsonSerializer.SerializeToUtf8Bytes(new ChildRequest(fullPath, limits.MaxPages, limits.MaxTextChars) { Id = id }, ExtractionChild.Json);
            ChildResponse response;
            try { response = child.Ask(request, id, limits, ct); }
            catch (Stray e)
            {
                child.Kill();
                if (attempt == 0) continue;
                throw new ExtractionException("internal", $"the PDF extraction child {e.Message}");
            }
            Interlocked.Add(ref _parseMicros, (long)(response.ParseMs * 1000));
            Interlocked.Add(ref _layoutMicros, (long)(response.LayoutMs * 1000));
            if (response.Ok && response.Pages is { } pages)
            {
                Return(child);
                return pages;
            }
            if (response.Reason is "too-large") child.Kill(); else Return(child);
            throw new ExtractionException(response.Reason ?? "corrupt", response.Message ?? "the PDF could not be read");
        }
    }

    /// <summary>Ends the idle children now (they would otherwise be ended after <see cref="IdleExit"/> unused).</summary>
    public void Dispose()
    {
        List<Child> idle;
        lock (_gate)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }
        _reaper.Dispose();
        foreach (var c in idle) c.Kill();
    }

    private Child Rent(ExtractionLimits limits, bool fresh)
    {
        while (!fresh)
        {
            Child? c = null;
            lock (_gate)
                if (_idle.Count > 0) { c = _idle[^1]; _idle.RemoveAt(_idle.Count - 1); }
            if (c is null) break;
            // A child that ended, or said something nobody asked for, serves no one.
            if (c.Usable && c.HeapBytes == limits.ChildHeapBytes) return c;
            c.Kill();
        }
        Interlocked.Increment(ref _started);
        return Child.Start(limits.ChildHeapBytes);
    }

    private void Return(Child child)
    {
        child.IdleSince = Environment.TickCount64;
        lock (_gate)
        {
            if (!_disposed)
            {
                _idle.Add(child);
                if (!_reaperArmed) { _reaperArmed = true; _reaper.Change(ReapPeriod, Timeout.InfiniteTimeSpan); }
                return;
            }
        }
        child.Kill();
    }

    private TimeSpan ReapPeriod => TimeSpan.FromTicks(Math.Max(_idleExit.Ticks / 4, TimeSpan.TicksPerMillisecond));

    /// <summary>
    /// The idle exit, decided here and not in the child: a child taken out of the pool under the lock is
    /// nobody's, so ending it cannot swallow a request, and a child never ends itself while a request may
    /// be on its way. Its stdin is closed; it reads what was sent before the end of input, and exits.
    /// </summary>
    private void Reap()
    {
        var cutoff = Environment.TickCount64 - (long)_idleExit.TotalMilliseconds;
        List<Child> old = [];
        lock (_gate)
        {
            while (_idle.Count > 0 && _idle[0].IdleSince <= cutoff) { old.Add(_idle[0]); _idle.RemoveAt(0); }
            _reaperArmed = _idle.Count > 0 && !_disposed;
            if (_reaperArmed) _reaper.Change(ReapPeriod, Timeout.InfiniteTimeSpan);
        }
        foreach (var c in old) c.Retire();
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

    /// <summary>A request that got no answer of its own: the child is ended and the request sent again once.</summary>
    private sealed class Stray(string message) : Exception(message);

    /// <summary>One line of the child's stdout, or how the output ended.</summary>
    private sealed record Line(ReadOnlyMemory<byte> Bytes, bool End = false, bool Overflow = false);

    private sealed class Child
    {
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        // Every line the child writes, complete, in order: one reader per child for its whole life.
        private readonly BlockingCollection<Line> _lines = [];
        private long _lineCap = long.MaxValue;
        private volatile bool _ended;
        public long HeapBytes { get; }
        public long IdleSince { get; set; }
        public bool Exited { get { try { return _process.HasExited; } catch (InvalidOperationException) { return true; } } }

        /// <summary>Alive and silent: nothing unasked-for waits in its output.</summary>
        public bool Usable => !_ended && _lines.Count == 0 && !Exited;

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
            // stdout: raw bytes split at newlines here, not through StreamReader.Read(char[]), which keeps
            // reading while a pipe read fills its 4 KiB buffer and so waited forever for the rest of an
            // answer that ended exactly there (issue 15: a good file failed as `timeout` after 120 s).
            // Bytes after a newline start the next line; none is dropped.
            new Thread(ReadLines) { IsBackground = true, Name = "pdf-child-stdout" }.Start();
        }

        private void ReadLines()
        {
            try
            {
                var stream = _process.StandardOutput.BaseStream;
                var buf = new byte[64 * 1024];
                var line = new ArrayBufferWriter<byte>(16 * 1024);
                int n;
                while ((n = stream.Read(buf, 0, buf.Length)) > 0)
                {
                    var rest = buf.AsSpan(0, n);
                    while (rest.Length > 0)
                    {
                        int nl = rest.IndexOf((byte)'\n');
                        var part = nl < 0 ? rest : rest[..nl];
                        if (line.WrittenCount + part.Length > Interlocked.Read(ref _lineCap))
                        {
                            // The output cap: stop reading; the parent ends the child.
                            _lines.Add(new Line(default, Overflow: true));
                            return;
                        }
                        line.Write(part);
                        if (nl < 0) break;
                        _lines.Add(new Line(line.WrittenMemory));
                        line = new ArrayBufferWriter<byte>(16 * 1024);
                        rest = rest[(nl + 1)..];
                    }
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
            finally
            {
                _ended = true;
                _lines.Add(new Line(default, End: true));
            }
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
                StandardInputEncoding = new UTF8Encoding(false),
            };
            foreach (var a in args) psi.ArgumentList.Add(a);
            psi.Environment["DOTNET_GCHeapHardLimit"] = heapBytes.ToString("X", CultureInfo.InvariantCulture);
            // One GC heap and few threads: the batch already runs files in parallel.
            psi.Environment["DOTNET_gcServer"] = "0";
            // A 4 MB allocation budget between collections instead of 16 MB: a child's peak resident memory
            // 102 -> 90 MB over 174 corpus PDFs, for about 5-10% more processor time in the child (6.9 -> 7.5 s,
            // 3 runs each at load 8-12, 2026-12-04); it kept the x10 bench's process tree under 400 MB.
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

        /// <summary>Sends one request and waits for the answer with its id, within the time limit and the output cap.</summary>
        public ChildResponse Ask(byte[] request, long id, ExtractionLimits limits, CancellationToken ct)
        {
            // JSON escapes cost at most a few characters per text character; anything longer is junk.
            Interlocked.Exchange(ref _lineCap, limits.MaxTextChars * 2 + 1_000_000);
            try
            {
                var stdin = _process.StandardInput.BaseStream;
                stdin.Write(request);
                stdin.WriteByte((byte)'\n');
                stdin.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                throw new Stray("was gone before the request reached it");
            }
            Line line;
            try
            {
                if (!_lines.TryTake(out line!, (int)Math.Min(limits.ToolTimeout.TotalMilliseconds, int.MaxValue), ct))
                {
                    Kill();
                    throw new ExtractionException("timeout", $"reading the PDF took longer than {limits.ToolTimeout.TotalSeconds:0} s");
                }
            }
            catch (OperationCanceledException) { Kill(); throw; }
            if (line.Overflow)
            {
                Kill();
                throw new ExtractionException("too-large", $"the PDF's text is longer than {limits.MaxTextChars:N0} characters");
            }
            if (line.End) throw Died();
            ChildResponse? response;
            try { response = JsonSerializer.Deserialize<ChildResponse>(line.Bytes.Span, ExtractionChild.Json); }
            catch (JsonException) { response = null; }
            if (response is null) throw new Stray("answered something unreadable");
            if (response.Id != id) throw new Stray($"answered request {response.Id} when asked {id}");
            return response;
        }

        /// <summary>The idle exit: end of input, and the child ends; killed if it does not within a few seconds.</summary>
        public void Retire()
        {
            try { _process.StandardInput.Close(); }
            catch (Exception e) when (e is IOException or InvalidOperationException) { }
            try { if (!_process.WaitForExit(5000)) Kill(); else _process.Dispose(); }
            catch (InvalidOperationException) { }
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
