using System.Runtime.InteropServices;

namespace CaoMonitor.Cli;

/// <summary>
/// glibc gives each thread that allocates its own malloc arena (up to 8 per core), and an arena keeps
/// what was freed in it. In this process SQLite, the JIT and the runtime allocate from many threads
/// (parallel ingest, index writes, the thread pool), so native memory grew through a long ingest. Two
/// arenas are enough for two cores' worth of writers; the same as MALLOC_ARENA_MAX=2, set from inside
/// because the CLI is started as `dotnet CaoMonitor.Cli.dll`. (The extraction children get the
/// variable itself, see PdfChildren.) Measured with `bench ingest` on the corpus x10 together with
/// TieredPGO off: the CLI's peak resident memory 213-223 MB -> 185 MB.
/// </summary>
internal static partial class MallocArenas
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    public static void Limit(int arenas = 2)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is { Length: > 0 }) return;
        try { _ = Mallopt(ArenaMax, arenas); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { } // not glibc (musl): nothing to limit
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int param, int value);
}
