using System.Reflection;

namespace CaoMonitor.Analysis;

/// <summary>Reads the editable data files (synonyms, compound words, stem overrides) embedded in the assembly.</summary>
internal static class EmbeddedData
{
    public static TextReader Open(string fileName)
    {
        var name = "CaoMonitor.Analysis." + fileName;
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing; check the EmbeddedResource item in CaoMonitor.csproj.");
        return new StreamReader(stream);
    }

    /// <summary>Non-empty lines with '#' comments removed and whitespace trimmed.</summary>
    public static IEnumerable<string> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length > 0) yield return line;
        }
    }
}
