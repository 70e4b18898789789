using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CaoMonitor.Classification;

/// <summary>
/// The processor time the calling thread has used: work done, not time passed. A match that was slow because the machine
/// was busy (other processes on every core, a garbage collection that paused all threads, the JIT compiling a pattern)
/// used little of it; a match that backtracks through a hostile text used all of it. See <see cref="TieredRegex"/>.
/// Linux and macOS read the thread's CPU clock, Windows the thread's kernel and user times; elsewhere (or when the call
/// fails) <see cref="Available"/> is false and <see cref="Now"/> falls back to the wall clock.
/// </summary>
internal static class ThreadTime
{
    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec { public nint Seconds; public nint Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    static extern int ClockGetTime(int clock, out TimeSpec value);

    [DllImport("kernel32")]
    static extern nint GetCurrentThread();

    [DllImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    static extern bool GetThreadTimes(nint thread, out long creation, out long exit, out long kernel, out long user);

    // CLOCK_THREAD_CPUTIME_ID: 3 in Linux's time.h, 16 in macOS's.
    static readonly int ThreadClock = OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() ? 16 : 3;

    /// <summary>True when <see cref="Now"/> measures the thread's processor time (false: wall-clock time).</summary>
    public static bool Available { get; } = Read() is not null;

    /// <summary>The calling thread's processor time so far, or (where it cannot be read) the wall clock.</summary>
    public static TimeSpan Now() => (Available ? Read() : null) ?? Stopwatch.GetElapsedTime(0);

    static TimeSpan? Read()
    {
        try
        {
            if (OperatingSystem.IsWindows())
                return GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user) ? TimeSpan.FromTicks(kernel + user) : null;
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
                return ClockGetTime(ThreadClock, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        return null;
    }
}
