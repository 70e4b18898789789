using System.Net;
using CaoMonitor.Ingestion;
using CaoMonitor.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CaoMonitor.Web.Tests;

/// <summary>Issue 17, item 2 on the page: a year with few counted cao's is marked incomplete (a store of its own, served on loopback).</summary>
public sealed class MonitorPageTests
{
    [Fact]
    public async Task A_year_with_fewer_counted_caos_than_half_the_baseline_is_marked_incomplete_on_the_page()
    {
        using var tmp = new TempDir();
        var input = tmp.Sub("in");
        var registry = new List<string> { "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file" };
        // Four cao's in the baseline year 2023; only one runs on into 2024.
        foreach (var (id, start, end) in new[] { ("a-2023", "2023-01-01", "2023-12-31"), ("b-2023", "2023-01-01", "2023-12-31"),
                     ("c-2023", "2023-01-01", "2023-12-31"), ("d-2023", "2023-01-01", "2024-12-31") })
        {
            File.WriteAllText(Path.Combine(input, id + ".txt"), $"Cao {id}\n\nArtikel 1 Scholing\nDe werknemer heeft recht op een persoonlijk ontwikkelbudget van € 300 per jaar.\n");
            registry.Add($"{id},{id[..1]},Cao {id},sector,proef,,{start},{end},,1000,{id}.txt");
        }
        File.WriteAllLines(Path.Combine(input, "registry.csv"), registry);
        var data = tmp.Sub("data");
        using (var store = IngestPipeline.OpenStore(data))
            Assert.Empty(new IngestBatch(store, new IngestPipeline(store)).Run([input]).Failures);

        var app = WebApp.Build(new WebOptions { DataDir = data, Urls = "http://127.0.0.1:0", Quiet = true });
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var c = WebFixture.Client(url);
            var html = WebUtility.HtmlDecode(await c.GetStringAsync("/monitor?jaar=2024", TestContext.Current.CancellationToken));
            Assert.Contains("<option value=\"2024\" selected>2024 (onvolledig)</option>", html);
            Assert.Matches("<p class=\"warning\" role=\"note\" id=\"onvolledig-2024\">2024 is onvolledig: er is 1 cao geteld, tegen 4 cao's in de nulmeting \\(2023\\)", html);
            var baseline = WebUtility.HtmlDecode(await c.GetStringAsync("/monitor?jaar=2023", TestContext.Current.CancellationToken));
            Assert.Contains("<option value=\"2023\" selected>2023</option>", baseline);
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
        }
    }
}
