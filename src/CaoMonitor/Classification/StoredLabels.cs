using System.Text.Json;
using CaoMonitor.Domain;
using CaoMonitor.Storage;

namespace CaoMonitor.Classification;

/// <summary>An effective label of a clause (human decisions applied), as read from the view
/// effective_provisions. <see cref="Strength"/> is the strength code (recht, inspanning, verwijzing).</summary>
public sealed record StoredLabel(
    long ClauseId, string Code, string Strength, double Confidence, decimal? AmountEur, string? Period, decimal? Percent,
    decimal? Hours, decimal? Days, IReadOnlyList<Span> Evidence, string Source, string? DecidedBy);

/// <summary>Reads effective labels: the one place every face (CLI, web, review export) gets them from.</summary>
public static class StoredLabels
{
    /// <summary>Every effective label of the clauses of one document, by clause id.</summary>
    public static ILookup<long, StoredLabel> ForDocument(CaoStore store, long documentId) =>
        Read(store, "c.document_id = $id", documentId).ToLookup(l => l.ClauseId);

    public static IReadOnlyList<StoredLabel> ForClause(CaoStore store, long clauseId) => Read(store, "c.id = $id", clauseId);

    private static List<StoredLabel> Read(CaoStore store, string where, long id) => store.Query($"""
        SELECT e.clause_id, e.code, e.strength, e.confidence, e.amount_eur, e.period, e.percent, e.hours, e.days, e.evidence, e.source, e.decided_by
        FROM effective_provisions e JOIN clauses c ON c.id = e.clause_id
        WHERE {where} ORDER BY c.ordinal, e.code
        """, r => new StoredLabel(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDouble(3), Dec(r, 4), r.IsDBNull(5) ? null : r.GetString(5),
            Dec(r, 6), Dec(r, 7), Dec(r, 8), Evidence(r.GetString(9)), r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11)), ("$id", id));

    internal static decimal? Dec(Microsoft.Data.Sqlite.SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    /// <summary>The stored evidence JSON (<c>[{"start":..,"end":..}]</c>) as spans; empty when unreadable.</summary>
    public static IReadOnlyList<Span> Evidence(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.EnumerateArray()
                .Select(e => new Span(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
    }
}
