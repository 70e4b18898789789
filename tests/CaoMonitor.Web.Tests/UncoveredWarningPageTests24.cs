using System.Net;
using CaoMonitor.Ingestion;
using CaoMonitor.Storage;
using CaoMonitor.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web.Tests;

/// <summary>Issue 16 on the page: a document that leaves much of its text in no clause says so (a store of its own, served on loopback).</summary>
public sealed class UncoveredWarningPageTests24
{
    [Fact]
    public async Task The_document_page_warns_when_much_text_is_in_no_clause()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        var lines = new List<string> { "Cao Fictieve Drukkerijen 2025", "", "Artikel 1 Begrippen", "1. Werkgever: de onderneming die drukwerk maakt.", "" };
        for (int i = 1; i <= 500; i++) lines.Add($"Onderwerp {i} van de regeling voor drukkers ........................ {i % 90 + 3}");
        lines.AddRange(["", "Artikel 2 Scholing", "1. De werknemer heeft recht op twee dagen scholing per jaar met behoud van loon.", ""]);
        File.WriteAllText(Path.Combine(input, "lost.txt"), string.Join('\n', lines));
        File.WriteAllText(Path.Combine(input, "plain.txt"), "Cao Fictieve Zeefdrukkers 2025\n\nArtikel 1 Scholing\n1. De werknemer heeft recht op een persoonlijk ontwikkelbudget van € 400 per jaar.\n");
        File.WriteAllText(Path.Combine(input, "registry.csv"),
            "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file\n" +
            "lost-2025,lost,Cao Fictieve Drukkerijen,sector,proef,,2025-01-01,2025-12-31,,1000,lost.txt\n" +
            "plain-2025,plain,Cao Fictieve Zeefdrukkers,sector,proef,,2025-01-01,2025-12-31,,1000,plain.txt\n");
        var data = tmp.Sub("data");
        long lostId, plainId;
        using (var store = IngestPipeline.OpenStore(data))
        {
            Assert.Empty(new IngestBatch(store, new IngestPipeline(store)).Run([input]).Failures);
            var docs = store.ListDocuments(currentOnly: true);
            lostId = docs.Single(d => d.Version.Id == "lost-2025").Id;
            plainId = docs.Single(d => d.Version.Id == "plain-2025").Id;
        }

        var app = WebApp.Build(new WebOptions { DataDir = data, Urls = "http://127.0.0.1:0", Quiet = true });
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var c = WebFixture.Client(url);
            var html = WebUtility.HtmlDecode(await c.GetStringAsync($"/documents/{lostId}", TestContext.Current.CancellationToken));
            Assert.Matches(@"<p class=""notice"" role=""status"">Let op: \d+% van de tekst van dit document \([\d.]+ tekens\) staat in geen enkel artikel of lid\.", html);
            Assert.Contains($"<a href=\"/documents/{lostId}/original\">originele bestand</a>", html);
            var plain = WebUtility.HtmlDecode(await c.GetStringAsync($"/documents/{plainId}", TestContext.Current.CancellationToken));
            Assert.DoesNotContain("staat in geen enkel artikel of lid", plain);
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
        }
    }
}
