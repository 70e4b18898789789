namespace CaoMonitor.Domain;

/// <summary>How binding a labelled arrangement is (see the domain primer).</summary>
public enum Strength { Verwijzing = 0, Inspanning = 1, Recht = 2 }

public static class Strengths
{
    public static string Code(this Strength s) => s switch
    {
        Strength.Recht => "recht",
        Strength.Inspanning => "inspanning",
        _ => "verwijzing",
    };

    public static Strength? Parse(string? s) => s?.Trim().ToLowerInvariant() switch
    {
        "recht" => Strength.Recht,
        "inspanning" => Strength.Inspanning,
        "verwijzing" => Strength.Verwijzing,
        _ => null,
    };
}

/// <summary>A character span into a clause's text that supports a label.</summary>
public readonly record struct Span(int Start, int End);

/// <summary>Attributes extracted for a label; all optional.</summary>
public sealed record LabelAttributes
{
    public decimal? AmountEur { get; init; }
    public string? Period { get; init; }
    public decimal? PercentOfSalary { get; init; }
    public decimal? Hours { get; init; }
    public decimal? Days { get; init; }
    public int? MinYearsOfService { get; init; }
    public int? MinAge { get; init; }
    public IReadOnlyList<string>? ContractTypes { get; init; }
    public string? Payer { get; init; }
    public string? TargetGroup { get; init; }
}

/// <summary>A VWNW/LLO label on a clause, with the evidence and rules that produced it.</summary>
public sealed record Label(
    string Code,
    Strength Strength,
    double Confidence,
    IReadOnlyList<Span> Evidence,
    LabelAttributes Attributes,
    IReadOnlyList<string> Rules);
