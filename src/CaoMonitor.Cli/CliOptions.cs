using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaoMonitor.Storage;

namespace CaoMonitor.Cli;

internal static class CliOptions
{
    public static readonly Option<DirectoryInfo> Data = new("--data")
    {
        Description = "Folder of the store (database and originals)",
        DefaultValueFactory = _ => new DirectoryInfo("data"),
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (a documented, stable interface)" };

    // Index and labels are written in the same transaction as the clauses (see IngestPipeline.OpenStore).
    public static CaoStore OpenStore(ParseResult pr) => CaoMonitor.Ingestion.IngestPipeline.OpenStore(pr.GetValue(Data)!.FullName);

    /// <summary>snake_case, unescaped UTF-8 (Dutch text stays readable), indented.</summary>
    public static readonly JsonSerializerOptions JsonOut = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void PrintJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOut));

    /// <summary>One clear line on stderr and a non-zero exit code, for the user's mistakes.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"caomonitor: {message}");
        return 2;
    }
}
