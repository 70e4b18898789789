using CaoMonitor.Classification;

namespace CaoMonitor.Monitoring;

/// <summary>The key of a figure: what is measured, at which strength, for which slice.</summary>
public sealed record FigureKey(int Year, string Measure, string MeasureKind, string Strength, string Breakdown, string Slice);

/// <summary>
/// One number of the monitor: of <see cref="Caos"/> counted cao's (<see cref="Employees"/> employees),
/// <see cref="CaosWith"/> have the measure. Changes are in percentage points; null where there is
/// no earlier year or the slice did not exist then.
/// </summary>
public sealed record Figure(
    FigureKey Key,
    int Caos,
    int CaosWith,
    long Employees,
    long EmployeesWith,
    IReadOnlyList<string> VersionsWith)
{
    public double ShareCaos => Caos == 0 ? 0 : (double)CaosWith / Caos;
    public double ShareEmployees => Employees == 0 ? 0 : (double)EmployeesWith / Employees;
    public double? CaosPpVsBaseline { get; init; }
    public double? CaosPpVsPrevious { get; init; }
    public double? EmployeesPpVsBaseline { get; init; }
    public double? EmployeesPpVsPrevious { get; init; }
}

/// <summary>A cao (or sector) without any provision of a group in a year.</summary>
public sealed record Gap(int Year, string Group, string Kind, string Sector, string? VersionId, string? Name, long Employees);

/// <summary>Which version of each agreement counted in a year.</summary>
public sealed record CountedVersion(int Year, MonitoredVersion Version);

/// <summary>
/// What a snapshot was computed from; identical manifests mean identical outputs. Incomplete years
/// count fewer cao's than the definition's share of the baseline's (their texts are not all in yet).
/// </summary>
public sealed record SnapshotManifest(
    int Year,
    int BaselineYear,
    IReadOnlyList<int> Years,
    string CorpusHash,
    string TaxonomyVersion,
    string ClassifierVersion,
    string DefinitionVersion,
    string DefinitionHash,
    IReadOnlyList<int> IncompleteYears)
{
    public bool Incomplete(int year) => IncompleteYears?.Contains(year) == true; // null in snapshots written before it existed
}

/// <summary>A computed monitor: figures per year, the versions counted, and the gaps.</summary>
public sealed record MonitorSnapshot(
    SnapshotManifest Manifest,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<CountedVersion> Counted,
    IReadOnlyList<Gap> Gaps)
{
    /// <summary>Precision per category measured on reviewed sample labels (shown beside each coverage figure).</summary>
    public IReadOnlyList<CategoryPrecision> Precision { get; init; } = [];

    /// <summary>The measured precision of a category, or an unmeasured one.</summary>
    public CategoryPrecision PrecisionOf(string code) => Precision.FirstOrDefault(p => p.Code == code) ?? new CategoryPrecision(code, 0, 0);

    public Figure? Find(int year, string measure, string strength = "any", string breakdown = "all", string slice = "all") =>
        Figures.FirstOrDefault(f => f.Key.Year == year && f.Key.Measure == measure && f.Key.Strength == strength
                                    && f.Key.Breakdown == breakdown && f.Key.Slice == slice);
}
