using System.Runtime.CompilerServices;

namespace CaoMonitor.Web;

/// <summary>
/// This assembly's source-generated patterns read the process's default match timeout on their first use; whatever host
/// loads the web app (the CLI's `serve`, a test server), it is set before then (see <see cref="PatternBudget"/>).
/// </summary>
internal static class PatternLimits
{
#pragma warning disable CA2255 // a module initializer in a library: on purpose, it must run before the first pattern
    [ModuleInitializer]
    internal static void OnLoad() => PatternBudget.Install();
#pragma warning restore CA2255
}
