namespace CaoMonitor.Extraction;

/// <summary>
/// A document that cannot be read. <see cref="Reason"/> is a stable short code (e.g. "encrypted",
/// "empty", "not-pdf", "timeout", "too-large", "too-many-pages"), the message a sentence for people.
/// </summary>
public sealed class ExtractionException(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
