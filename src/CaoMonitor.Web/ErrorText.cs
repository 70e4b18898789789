using System.Text.RegularExpressions;

namespace CaoMonitor.Web;

/// <summary>
/// The library's messages are English (the CLI's language); the web UI shows them in Dutch. Known
/// messages are translated with their details (position, value); anything else gets a plain Dutch
/// sentence rather than English.
/// </summary>
public static partial class ErrorText
{
    private static readonly (Regex Pattern, Func<Match, string> Dutch)[] Known =
    [
        (R(@"^unclosed quote in NEAR\(\.\.\.\)"), _ => "er ontbreekt een afsluitend aanhalingsteken binnen NEAR(...)"),
        (R(@"^unclosed quote"), m => "er ontbreekt een afsluitend aanhalingsteken"),
        (R(@"^NEAR\( is not closed"), m => "NEAR( wordt niet gesloten met ')'"),
        (R(@"^unknown filter '([^':]*):?'"), m => $"het filter '{m.Groups[1].Value}' bestaat niet (wel: sector:, jaar:, type:, cao:, categorie:, sterkte:)"),
        (R(@"^sterkte: must be recht, inspanning or verwijzing, not '(.*)'"), m => $"sterkte moet recht, inspanning of verwijzing zijn, niet '{m.Groups[1].Value}'"),
        (R(@"^no clause with id (\d+)"), m => $"er is geen bepaling met nummer {m.Groups[1].Value}"),
        (R(@"^clause (\d+) is not a leaf clause"), m => $"bepaling {m.Groups[1].Value} is geen artikellid; labels staan op leden en op artikelen zonder leden"),
        (R(@"^page size must be between 1 and (\d+)"), m => $"het aantal resultaten per pagina moet tussen 1 en {m.Groups[1].Value} liggen"),
        (R(@"^page must be between 1 and (\d+)"), m => $"de pagina moet tussen 1 en {m.Groups[1].Value} liggen"),
        (R(@"^categorie: is not available until classification has run"), _ => "categorie: kan pas als de classificatie heeft gedraaid"),
        (R(@"^unknown category code '([^']*)'"), m => $"de categorie '{m.Groups[1].Value}' bestaat niet"),
        (R(@"^adding a label needs a strength"), _ => "een label toevoegen kan alleen met een sterkte (recht, inspanning of verwijzing)"),
        (R(@"^a decision needs the name of who made it"), _ => "een beslissing heeft de naam nodig van wie haar nam"),
        (R(@"^the amount must be between 0 and ([\d,]+) euro"), m => $"het bedrag moet tussen 0 en {m.Groups[1].Value.Replace(',', '.')} euro liggen"),
        (R(@"^unknown review action '([^']*)'"), m => $"onbekende actie '{m.Groups[1].Value}' (bevestigen, verwerpen of toevoegen)"),
        (R(@"^the query is empty"), _ => "de zoekvraag is leeg"),
        (R(@"^the search index could not run the query"), _ => "de zoekindex kon deze zoekvraag niet uitvoeren; probeer het met minder tekens of zonder leestekens"),
    ];

    [GeneratedRegex(@"\(at (?:character|position) (\d+)\)")] private static partial Regex Position();

    // Built at run time: with the time limit every pattern has (PatternBudget), whichever Regex the process built first.
    private static Regex R(string pattern) => new(pattern, RegexOptions.None, PatternBudget.Default);

    /// <summary>The Dutch text of a library message; Dutch messages (written for the web) pass unchanged.</summary>
    public static string Dutch(string message, string fallback = "de invoer kan niet worden verwerkt")
    {
        foreach (var (pattern, dutch) in Known)
            if (pattern.Match(message) is { Success: true } m)
                return dutch(m) + (Position().Match(message) is { Success: true } p ? $" (bij teken {p.Groups[1].Value})" : "");
        return LooksDutch(message) ? message : fallback;
    }

    private static bool LooksDutch(string s) => Regex.IsMatch(s, @"\b(is geen|de|het|een|niet|moet|bestaat)\b", RegexOptions.None, PatternBudget.Default)
        && !Regex.IsMatch(s, @"\b(the|is not|must|with|no)\b", RegexOptions.None, PatternBudget.Default);
}
