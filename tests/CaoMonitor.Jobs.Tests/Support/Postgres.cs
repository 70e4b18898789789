using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CaoMonitor.Jobs.Tests.Support;

/// <summary>
/// A real PostgreSQL server from Debian's package, started for the tests: initdb and pg_ctl in a
/// temporary folder, as a non-root user (initdb refuses root; as root the server runs as nobody),
/// on a free loopback port, trust authentication for local connections only. Stopped and deleted
/// on dispose. <see cref="Missing"/> says why it cannot start (the package is absent).
/// </summary>
public sealed class Postgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    public int Port { get; }

    private Postgres(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
    }

    /// <summary>The newest installed server's bin folder (Debian: /usr/lib/postgresql/VERSION/bin).</summary>
    public static string? BinDir() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
            : null;

    public static string? Missing => BinDir() is null ? "PostgreSQL is not installed (./test installs Debian's postgresql package)" : null;

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<Postgres> Start()
    {
        var bin = BinDir() ?? throw new InvalidOperationException(Missing);
        var dir = Directory.CreateTempSubdirectory("caomonitor-pg-").FullName;
        if (IsRoot) await Run("chown", "nobody", dir);
        var port = FreePort();
        var pg = new Postgres(bin, dir, port);
        await pg.AsServerUser(Path.Combine(bin, "initdb"), "-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await pg.AsServerUser(Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "-t", "120",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        return pg;
    }

    /// <summary>A new, empty database; its URL for --jobs-store.</summary>
    public async Task<string> CreateDatabase(string name)
    {
        await AsServerUser(Path.Combine(_bin, "createdb"), "-h", "127.0.0.1", "-p", Port.ToString(), "-U", "postgres", name);
        return $"postgres://postgres@127.0.0.1:{Port}/{name}";
    }

    private Task AsServerUser(string exe, params string[] args) =>
        IsRoot ? Run("runuser", ["-u", "nobody", "--", exe, .. args]) : Run(exe, args);

    private static async Task Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', args)} exited with {p.ExitCode}: {await err}{await output}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try { await AsServerUser(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
