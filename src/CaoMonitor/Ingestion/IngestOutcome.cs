namespace CaoMonitor.Ingestion;

public enum IngestStatus { Added, NewRevision, Unchanged, Failed }

/// <summary>What happened to one file.</summary>
public sealed record IngestOutcome(string File, IngestStatus Status, long? DocumentId, int Pages, int Clauses, int OcrPages, string? Error)
{
    public string? Reason { get; init; }
}

/// <summary>Totals of a batch, for the CLI's closing table.</summary>
public sealed record IngestSummary(IReadOnlyList<IngestOutcome> Outcomes, int RegistryRows)
{
    public int Count(IngestStatus s) => Outcomes.Count(o => o.Status == s);
    public int Pages => Outcomes.Where(o => o.Status is IngestStatus.Added or IngestStatus.NewRevision).Sum(o => o.Pages);
    public int Clauses => Outcomes.Where(o => o.Status is IngestStatus.Added or IngestStatus.NewRevision).Sum(o => o.Clauses);
    public IEnumerable<IngestOutcome> Failures => Outcomes.Where(o => o.Status == IngestStatus.Failed);
}
