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
        (new(@"^unclosed quote in NEAR\(\.\.\.\)"), _ => "er ontbreekt een afsluitend aanhalingsteken binnen NEAR(...)"),
        (new(@"^unclosed quote"), m => "er ontbreekt een afsluitend aanhalingsteken"),
        (new(@"^NEAR\( is not closed"), m => "NEAR( wordt niet gesloten met ')'"),
        (new(@"^unknown filter '([^':]*):?'"), m => $"het filter '{m.Groups[1].Value}' bestaat niet (wel: sector:, jaar:, type:, cao:, categorie:, sterkte:)"),
        (new(@"^sterkte: must be recht, inspanning or verwijzing, not '(.*)'"), m => $"sterkte moet recht, inspanning of verwijzing zijn, niet '{m.Groups[1].Value}'"),
        (new(@"^no clause with id (\d+)"), m => $"er is geen bepaling met nummer {m.Groups[1].Value}"),
        (new(@"^clause (\d+) is not a leaf clause"), m => $"bepaling {m.Groups[1].Value} is geen artikellid; labels staan op leden en op artikelen zonder leden"),
        (new(@"^page size must be between 1 and (\d+)"), m => $"het aantal resultaten per pagina moet tussen 1 en {m.Groups[1].Value} liggen"),
        (new(@"^page must be between 1 and (\d+)"), m => $"de pagina moet tussen 1 en {m.Groups[1].Value} liggen"),
        (new(@"^categorie: is not available until classification has run"), _ => "categorie: kan pas als de classificatie heeft gedraaid"),
        (new(@"^unknown category code '([^']*)'"), m => $"de categorie '{m.Groups[1].Value}' bestaat niet"),
        (new(@"^adding a label needs a strength"), _ => "een label toevoegen kan alleen met een sterkte (recht, inspanning of verwijzing)"),
        (new(@"^a decision needs the name of who made it"), _ => "een beslissing heeft de naam nodig van wie haar nam"),
        (new(@"^the amount must be between 0 and ([\d,]+) euro"), m => $"het bedrag moet tussen 0 en {m.Groups[1].Value.Replace(',', '.')} euro liggen"),
        (new(@"^unknown review action '([^']*)'"), m => $"onbekende actie '{m.Groups[1].Value}' (bevestigen, verwerpen of toevoegen)"),
        (new(@"^the query is empty"), _ => "de zoekvraag is leeg"),
        (new(@"^the search index could not run the query"), _ => "de zoekindex kon deze zoekvraag niet uitvoeren; probeer het met minder tekens of zonder leestekens"),
    ];

    [GeneratedRegex(@"\(at (?:character|position) (\d+)\)")] private static partial Regex Position();

    /// <summary>The Dutch text of a library message; Dutch messages (written for the web) pass unchanged.</summary>
    public static string Dutch(string message, string fallback = "de invoer kan niet worden verwerkt")
    {
        foreach (var (pattern, dutch) in Known)
            if (pattern.Match(message) is { Success: true } m)
                return dutch(m) + (Position().Match(message) is { Success: true } p ? $" (bij teken {p.Groups[1].Value})" : "");
        return LooksDutch(message) ? message : fallback;
    }

    private static bool LooksDutch(string s) => Regex.IsMatch(s, @"\b(is geen|de|het|een|niet|moet|bestaat)\b") && !Regex.IsMatch(s, @"\b(the|is not|must|with|no)\b");
}
