using CaoMonitor.Domain;

namespace CaoMonitor.Classification;

public enum ReviewAction { Confirm, Reject, Add }

/// <summary>A reviewer's decision on one label of one clause. Keyed by version, article path, text hash
/// and code, so it still applies after reclassification or after the same text is ingested again.</summary>
public sealed record ReviewDecision(
    string VersionId, string Path, string TextHash, string Code, ReviewAction Action,
    Strength? Strength, decimal? AmountEur, string? Period, string? Note, string DecidedBy, string DecidedAt);

/// <summary>The review actions in words (decisions are stored and read through <see cref="LabelStore"/>).</summary>
public static class Reviews
{
    public static string ActionCode(ReviewAction a) => a switch
    {
        ReviewAction.Confirm => "confirm",
        ReviewAction.Reject => "reject",
        _ => "add",
    };

    public static ReviewAction ParseAction(string s) => s.Trim().ToLowerInvariant() switch
    {
        "confirm" or "bevestig" => ReviewAction.Confirm,
        "reject" or "verwerp" => ReviewAction.Reject,
        "add" or "toevoegen" => ReviewAction.Add,
        _ => throw new ArgumentException($"unknown review action '{s}' (confirm, reject or add)"),
    };
}
