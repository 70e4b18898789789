using System.Diagnostics;
using System.Text;

namespace CaoMonitor.Extraction;

/// <summary>What came back from an external tool run to completion.</summary>
public sealed record ToolResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs poppler and tesseract as subprocesses. Documents are untrusted, so every run has a
/// time limit and an output cap; on either the whole process tree is killed.
/// </summary>
public static class ExternalTool
{
    public static ToolResult Run(string tool, IEnumerable<string> args, TimeSpan timeout, long maxOutputChars,
        CancellationToken ct = default, byte[]? stdin = null)
    {
        var psi = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // tesseract's OpenMP threads fight the parallel ingest for the cores (4x slower on 2 cores);
        // the batch already runs documents in parallel, so each tool run gets one thread.
        psi.Environment["OMP_THREAD_LIMIT"] = "1";
        Process p;
        try
        {
            p = Process.Start(psi) ?? throw new ExtractionException("tool-missing", $"could not start {tool}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ExtractionException("tool-missing",
                $"{tool} is not installed (install poppler-utils and tesseract-ocr-nld; ./start installs them)");
        }
        using (p)
        {
            var stdout = new StringBuilder();
            var overflow = false;
            // The readers run on their own threads, not the pool's: a tool whose output nobody drains blocks on a
            // full pipe, and on a busy pool that would turn into a timeout.
            var outTask = Task.Factory.StartNew(() =>
            {
                var buf = new char[64 * 1024];
                int n;
                while ((n = p.StandardOutput.Read(buf, 0, buf.Length)) > 0)
                {
                    if (stdout.Length + n > maxOutputChars) { overflow = true; Kill(p); break; }
                    stdout.Append(buf, 0, n);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var errTask = Task.Factory.StartNew(() =>
            {
                // stderr is only for messages: keep its head.
                var all = p.StandardError.ReadToEnd();
                return all.Length > 4000 ? all[..4000] : all;
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (stdin is not null)
            {
                try { p.StandardInput.BaseStream.Write(stdin); p.StandardInput.Close(); }
                catch (IOException) { /* tool exited early; its exit code tells why */ }
            }
            using var reg = ct.Register(() => Kill(p));
            if (!p.WaitForExit(timeout))
            {
                Kill(p);
                p.WaitForExit();
                throw new ExtractionException("timeout", $"{tool} took longer than {timeout.TotalSeconds:0} s");
            }
            p.WaitForExit(); // flushes async readers
            outTask.Wait(TimeSpan.FromSeconds(10));
            ct.ThrowIfCancellationRequested();
            if (overflow)
                throw new ExtractionException("too-large", $"{tool} produced more than {maxOutputChars:N0} characters of text");
            return new ToolResult(p.ExitCode, stdout.ToString(), errTask.Result.Trim());
        }
    }

    private static void Kill(Process p)
    {
        try { if (!p.HasExited) p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    public static bool Exists(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
