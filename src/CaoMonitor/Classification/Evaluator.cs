using System.Globalization;
using System.Text;
using CaoMonitor.Domain;

namespace CaoMonitor.Classification;

/// <summary>Presence of one category over all gold clauses.</summary>
public sealed record CategoryScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;
    // No prediction and no gold for a category gives no evidence; such rows are left out of the macro average.
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Support == 0 ? (FalsePositives == 0 ? 1 : 0) : (double)TruePositives / Support;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One disagreement with the gold set. Kinds: missed, spurious, strength, amount, period, percent, hours, days.</summary>
public sealed record EvaluationError(string Id, string Kind, string Code, string Detail, string? Title, string Text);

public sealed record EvaluationReport(
    string ClassifierVersion,
    int Clauses,
    IReadOnlyList<CategoryScore> Categories,
    double MacroPrecision,
    double MacroRecall,
    double MacroF1,
    int StrengthTotal,
    int StrengthCorrect,
    int AmountTotal,
    int AmountCorrect,
    int PeriodTotal,
    int PeriodCorrect,
    int QuantityTotal,
    int QuantityCorrect,
    IReadOnlyList<EvaluationError> Errors)
{
    /// <summary>All categories pooled (label-level true/false positives and misses).</summary>
    public CategoryScore Micro { get; init; } = new("micro", 0, 0, 0);
    /// <summary>Per clause: does it hold any provision at all (gold has a label / the classifier gives one)?</summary>
    public CategoryScore AnyProvision { get; init; } = new("any", 0, 0, 0);
    /// <summary>Clauses without gold labels (near misses), and how many of them got a label anyway.</summary>
    public int NearMisses { get; init; }
    public int NearMissesLabelled { get; init; }
    public double NearMissRate => NearMisses == 0 ? 0 : (double)NearMissesLabelled / NearMisses;
    /// <summary>Clauses marked ambiguous in the gold file and left out of every figure.</summary>
    public int AmbiguousSkipped { get; init; }

    /// <summary>Over true-positive labels.</summary>
    public double StrengthAccuracy => StrengthTotal == 0 ? 1 : (double)StrengthCorrect / StrengthTotal;
    /// <summary>Over gold labels with an amount whose category was found.</summary>
    public double AmountExactMatch => AmountTotal == 0 ? 1 : (double)AmountCorrect / AmountTotal;
    /// <summary>Over gold labels with a period whose category was found.</summary>
    public double PeriodMatch => PeriodTotal == 0 ? 1 : (double)PeriodCorrect / PeriodTotal;
    /// <summary>Percent, hours and days together, over gold labels with one whose category was found.</summary>
    public double QuantityMatch => QuantityTotal == 0 ? 1 : (double)QuantityCorrect / QuantityTotal;

    /// <summary>Plain text for <c>caomonitor eval</c>: the figures, a table per category, then every error.</summary>
    public string ToText(bool includeErrors = true)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine($"Classifier: {ClassifierVersion}");
        sb.AppendLine(AmbiguousSkipped > 0 ? $"Clauses: {Clauses} ({AmbiguousSkipped} marked ambiguous left out)" : $"Clauses: {Clauses}");
        sb.AppendLine(string.Format(ci, "Macro precision {0:0.000}  recall {1:0.000}  F1 {2:0.000}", MacroPrecision, MacroRecall, MacroF1));
        sb.AppendLine(string.Format(ci, "Micro precision {0:0.000}  recall {1:0.000}  F1 {2:0.000} ({3} TP, {4} FP, {5} FN)",
            Micro.Precision, Micro.Recall, Micro.F1, Micro.TruePositives, Micro.FalsePositives, Micro.FalseNegatives));
        sb.AppendLine(string.Format(ci, "Provision or not (per clause): precision {0:0.000}  recall {1:0.000}  F1 {2:0.000}",
            AnyProvision.Precision, AnyProvision.Recall, AnyProvision.F1));
        sb.AppendLine(string.Format(ci, "Near misses labelled {0:0.000} ({1}/{2} clauses without a provision got a label)", NearMissRate, NearMissesLabelled, NearMisses));
        sb.AppendLine(string.Format(ci, "Strength accuracy {0:0.000} ({1}/{2} true positives)", StrengthAccuracy, StrengthCorrect, StrengthTotal));
        sb.AppendLine(string.Format(ci, "Amount exact match {0:0.000} ({1}/{2})", AmountExactMatch, AmountCorrect, AmountTotal));
        sb.AppendLine(string.Format(ci, "Period match {0:0.000} ({1}/{2})", PeriodMatch, PeriodCorrect, PeriodTotal));
        sb.AppendLine(string.Format(ci, "Percent/hours/days match {0:0.000} ({1}/{2})", QuantityMatch, QuantityCorrect, QuantityTotal));
        sb.AppendLine();
        sb.AppendLine($"{"Category",-28} {"TP",4} {"FP",4} {"FN",4} {"P",6} {"R",6} {"F1",6}");
        foreach (var c in Categories)
            sb.AppendLine(string.Format(ci, "{0,-28} {1,4} {2,4} {3,4} {4,6:0.000} {5,6:0.000} {6,6:0.000}",
                c.Code, c.TruePositives, c.FalsePositives, c.FalseNegatives, c.Precision, c.Recall, c.F1));
        if (includeErrors && Errors.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine($"Errors ({Errors.Count}):");
            foreach (var e in Errors)
            {
                sb.AppendLine($"- {e.Id} {e.Kind} {e.Code}: {e.Detail}");
                if (!string.IsNullOrEmpty(e.Title)) sb.AppendLine($"    title: {e.Title}");
                sb.AppendLine($"    text: {e.Text}");
            }
        }
        return sb.ToString();
    }
}

public static class Evaluator
{
    /// <summary>Scores the classifier on <paramref name="gold"/>; clauses marked ambiguous are left out unless
    /// <paramref name="includeAmbiguous"/>.</summary>
    public static EvaluationReport Evaluate(ClauseClassifier classifier, IReadOnlyList<GoldClause> gold, bool includeAmbiguous = false)
    {
        int ambiguous = includeAmbiguous ? 0 : gold.Count(g => g.Ambiguous);
        if (!includeAmbiguous) gold = gold.Where(g => !g.Ambiguous).ToList();
        int anyTp = 0, anyFp = 0, anyFn = 0, near = 0, nearLabelled = 0;
        var counts = new Dictionary<string, (int tp, int fp, int fn)>();
        foreach (var c in classifier.Taxonomy.Categories) counts[c.Code] = (0, 0, 0);
        var errors = new List<EvaluationError>();
        int sTotal = 0, sOk = 0, aTotal = 0, aOk = 0, pTotal = 0, pOk = 0, qTotal = 0, qOk = 0;

        foreach (var g in gold)
        {
            var predicted = classifier.Classify(g.ToInput());
            var byCode = new Dictionary<string, Label>();
            foreach (var p in predicted) byCode.TryAdd(p.Code, p);
            var goldCodes = new HashSet<string>();
            bool goldAny = g.Labels.Count > 0, predAny = byCode.Count > 0;
            if (goldAny && predAny) anyTp++;
            else if (predAny) anyFp++;
            else if (goldAny) anyFn++;
            if (!goldAny) { near++; if (predAny) nearLabelled++; }
            void Err(string kind, string code, string detail) => errors.Add(new(g.Id, kind, code, detail, g.Title, g.Text));

            foreach (var l in g.Labels)
            {
                if (!goldCodes.Add(l.Code)) continue;
                var (tp, fp, fn) = counts.GetValueOrDefault(l.Code);
                if (!byCode.TryGetValue(l.Code, out var p))
                {
                    counts[l.Code] = (tp, fp, fn + 1);
                    Err("missed", l.Code, $"gold {l.Strength.Code()}");
                    continue;
                }
                counts[l.Code] = (tp + 1, fp, fn);
                sTotal++;
                if (p.Strength == l.Strength) sOk++;
                else Err("strength", l.Code, $"gold {l.Strength.Code()}, got {p.Strength.Code()} [{string.Join(", ", p.Rules)}]");
                var a = p.Attributes;
                if (l.AmountEur is { } amt)
                {
                    aTotal++;
                    if (a.AmountEur == amt) aOk++;
                    else Err("amount", l.Code, $"gold {Fmt(amt)}, got {Fmt(a.AmountEur)}");
                }
                if (l.Period is { } per)
                {
                    pTotal++;
                    if (a.Period == per) pOk++;
                    else Err("period", l.Code, $"gold {per}, got {a.Period ?? "-"}");
                }
                Quantity("percent", l.Percent, a.PercentOfSalary);
                Quantity("hours", l.Hours, a.Hours);
                Quantity("days", l.Days, a.Days);

                void Quantity(string kind, decimal? want, decimal? got)
                {
                    if (want is null) return;
                    qTotal++;
                    if (got == want) qOk++;
                    else Err(kind, l.Code, $"gold {Fmt(want)}, got {Fmt(got)}");
                }
            }
            foreach (var p in byCode.Values)
            {
                if (goldCodes.Contains(p.Code)) continue;
                var (tp, fp, fn) = counts.GetValueOrDefault(p.Code);
                counts[p.Code] = (tp, fp + 1, fn);
                Err("spurious", p.Code, $"got {p.Strength.Code()} [{string.Join(", ", p.Rules)}]");
            }
        }

        var scores = counts.Select(kv => new CategoryScore(kv.Key, kv.Value.tp, kv.Value.fp, kv.Value.fn)).ToList();
        var scored = scores.Where(s => s.TruePositives + s.FalsePositives + s.FalseNegatives > 0).ToList();
        double Avg(Func<CategoryScore, double> f) => scored.Count == 0 ? 0 : scored.Average(f);
        return new EvaluationReport(classifier.ClassifierVersion, gold.Count, scores,
            Avg(s => s.Precision), Avg(s => s.Recall), Avg(s => s.F1),
            sTotal, sOk, aTotal, aOk, pTotal, pOk, qTotal, qOk, errors)
        {
            Micro = new("micro", scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives)),
            AnyProvision = new("any", anyTp, anyFp, anyFn),
            NearMisses = near,
            NearMissesLabelled = nearLabelled,
            AmbiguousSkipped = ambiguous,
        };
    }

    static string Fmt(decimal? d) => d?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
