using CaoMonitor.Classification;
using CaoMonitor.Domain;

namespace CaoMonitor.Monitoring;

/// <summary>One label behind a figure, with where it stands (article, page, evidence) and who set it.</summary>
public sealed record LabelEvidence(
    string Code,
    Strength Strength,
    string Source,
    long ClauseId,
    string ArticlePath,
    int Page,
    string Evidence,
    decimal? AmountEur = null,
    string? Period = null,
    decimal? Percent = null);

/// <summary>A cao version as the monitor sees it: metadata and its effective labels (human decisions applied).</summary>
public sealed record MonitoredVersion(
    string VersionId,
    string AgreementId,
    long DocumentId,
    string Name,
    DocumentType Type,
    string Sector,
    DateOnly Start,
    DateOnly? End,
    int? Employees,
    IReadOnlyList<LabelEvidence> Labels)
{
    private Dictionary<string, Strength>? _strongest;

    /// <summary>The strongest strength of a category in this version, or null when it has none.</summary>
    public Strength? Strongest(string code)
    {
        _strongest ??= Labels.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.Max(l => l.Strength));
        return _strongest.TryGetValue(code, out var s) ? s : null;
    }

    public bool InForceOn(DateOnly date) => InForce.On(Start, End, date);
}

/// <summary>Everything a snapshot is computed from, with the versions of what produced the labels.</summary>
public sealed record MonitorInput(
    IReadOnlyList<MonitoredVersion> Versions,
    string CorpusHash,
    string TaxonomyVersion,
    string ClassifierVersion)
{
    /// <summary>Precision per category measured on reviewed sample labels (empty: nothing sampled).</summary>
    public IReadOnlyList<CategoryPrecision> Precision { get; init; } = [];
}
