using System.Globalization;
using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Ingestion;
using CaoMonitor.Registry;
using CaoMonitor.Sources;
using CaoMonitor.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web.Pages;

/// <summary>
/// Upload (admins): one document with its registry metadata. It is stored under data/uploads/, its
/// registry row is written, and it goes through the same ingest pipeline as a folder ingest.
/// </summary>
public static partial class UploadPage
{
    public static readonly IReadOnlyList<string> AllowedExtensions = [".pdf", ".docx", ".html", ".htm", ".txt"];

    /// <summary>Room for the metadata fields and multipart framing beside the file itself.</summary>
    private const long FormSlack = 16 * 1024;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")] private static partial Regex Id();

    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/upload", (HttpContext ctx, WebOptions o) => Form(ctx, o, null, StatusCodes.Status200OK)).ExcludeFromDescription();
        // The size limit must be raised before the antiforgery check reads the form.
        g.MapPost("/upload", Upload).AddEndpointFilter(RaiseBodyLimit).WithAntiforgery().ExcludeFromDescription();
    }

    private static ValueTask<object?> RaiseBodyLimit(EndpointFilterInvocationContext c, EndpointFilterDelegate next)
    {
        var o = c.HttpContext.RequestServices.GetRequiredService<WebOptions>();
        if (c.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = o.MaxUploadBytes + FormSlack;
        if (c.HttpContext.Request.ContentLength > o.MaxUploadBytes + FormSlack)
            return ValueTask.FromResult<object?>(Form(c.HttpContext, o, "Het bestand is groter dan toegestaan.", StatusCodes.Status413PayloadTooLarge));
        return next(c);
    }

    private static IResult Form(HttpContext ctx, WebOptions o, string? error, int status)
    {
        var h = new Html();
        h.Add($"<h1>Document uploaden</h1><p>Een cao of beleidsdocument ({string.Join(", ", AllowedExtensions)}, hoogstens {(o.MaxUploadBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture)} MB) met de gegevens uit het register. Het document doorloopt dezelfde verwerking als een map met documenten en is daarna te vinden.</p>");
        if (error is not null) h.Add($"<p class=\"error\" role=\"alert\">{error}</p>");
        h.Add($"""
            <form method="post" action="/upload" enctype="multipart/form-data" class="grid-form">{Forms.Token(ctx)}
            <label>Bestand<input type="file" name="bestand" required accept="{string.Join(",", AllowedExtensions)}"></label>
            <label>Versie-id (bijv. metaal-2027)<input name="id" required pattern="[a-z0-9][a-z0-9._\-]*" maxlength="100"></label>
            <label>Cao-id (verbindt versies)<input name="cao" required pattern="[a-z0-9][a-z0-9._\-]*" maxlength="100"></label>
            <label>Naam<input name="naam" maxlength="300"></label>
            <label>Soort<select name="type"><option value="sector">sector-cao</option><option value="company">ondernemings-cao</option><option value="policy">beleidsdocument</option></select></label>
            <label>Sector<input name="sector" maxlength="100"></label>
            <label>Partijen<input name="partijen" maxlength="1000"></label>
            <label>Ingangsdatum<input type="date" name="start"></label>
            <label>Einddatum<input type="date" name="einde"></label>
            <label>Werknemers<input type="number" name="werknemers" min="0" max="10000000"></label>
            <label><span><input type="checkbox" name="avv" value="ja"> algemeen verbindend verklaard</span></label>
            <div><button type="submit">Uploaden en verwerken</button></div></form>
            """);
        return Layout.Page(ctx, "Uploaden", h.ToMarkup(), status);
    }

    private static async Task<IResult> Upload(HttpContext ctx, WebOptions o, CaoStore store, UploadLock gate)
    {
        IFormCollection form;
        try { form = await ctx.Request.ReadFormAsync(); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Form(ctx, o, "Het bestand is groter dan toegestaan.", StatusCodes.Status413PayloadTooLarge);
        }
        // Antiforgery has read the form already; the filter ran before this handler.
        var file = form.Files.GetFile("bestand");
        if (file is null || file.Length == 0) return Form(ctx, o, "Kies een bestand.", StatusCodes.Status400BadRequest);
        if (file.Length > o.MaxUploadBytes) return Form(ctx, o, "Het bestand is groter dan toegestaan.", StatusCodes.Status413PayloadTooLarge);
        var ext = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!AllowedExtensions.Contains(ext))
            return Form(ctx, o, $"Bestanden van het type '{ext}' worden niet aangenomen; wel: {string.Join(", ", AllowedExtensions)}.", StatusCodes.Status415UnsupportedMediaType);
        var id = form["id"].ToString().Trim().ToLowerInvariant();
        var agreement = form["cao"].ToString().Trim().ToLowerInvariant();
        if (!Id().IsMatch(id) || !Id().IsMatch(agreement))
            return Form(ctx, o, "Versie-id en cao-id bestaan uit kleine letters, cijfers, punt, streep en liggend streepje.", StatusCodes.Status400BadRequest);
        DateOnly? Date(string key) => DateOnly.TryParseExact(form[key].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        string? Text(string key, int max) => form[key].ToString().Trim() is { Length: > 0 } s ? s[..Math.Min(s.Length, max)] : null;

        // The stored name is ours (id + extension): the client's file name never becomes a path.
        var registryPath = $"uploads/{id}/{id}{ext}";
        var full = Path.Combine(store.DataDir, "uploads", id, id + ext);
        var version = new CaoVersion(id, agreement, Text("naam", 300) ?? "", DocumentTypes.Parse(form["type"]) ?? DocumentType.Sector,
            Text("sector", 100), Text("partijen", 1000), Date("start"), Date("einde"), form["avv"] == "ja",
            int.TryParse(form["werknemers"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, registryPath);

        await gate.Gate.WaitAsync(ctx.RequestAborted);
        IngestOutcome outcome;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var tmp = full + ".part";
            await using (var fs = File.Create(tmp)) await file.CopyToAsync(fs, ctx.RequestAborted);
            File.Move(tmp, full, overwrite: true);
            store.UpsertRegistry([new RegistryEntry(version, "upload")]);
            outcome = await Task.Run(() => new IngestPipeline(store).Ingest(new SourceFile(full, registryPath), ctx.RequestAborted));
        }
        finally { gate.Gate.Release(); }

        if (outcome.Status == IngestStatus.Failed || outcome.DocumentId is null)
            return Form(ctx, o, $"Het document kon niet worden verwerkt ({outcome.Reason}): {outcome.Error}", StatusCodes.Status422UnprocessableEntity);
        return Results.Redirect($"/documents/{outcome.DocumentId}");
    }
}
