using CaoMonitor.Domain;
using CaoMonitor.Jobs.Tests.Support;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Jobs.Tests;

public class DropFolderTests
{
    [Fact]
    public async Task AFileStillBeingWrittenIsNotReadHalfWay()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(Hosts.Folder(drop, type: "policy")), TestContext.Current.CancellationToken);

        var path = Path.Combine(drop, "brief.txt");
        await using (var writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read)))
        {
            await writer.WriteLineAsync("Artikel 1 Begin\nDe eerste helft van de brief.");
            await writer.FlushAsync(TestContext.Current.CancellationToken);
            // Held open across several polls: the file is seen but never queued.
            var polls = host.History("poll:drop").Count;
            await Wait.Until(() => host.History("poll:drop").Count >= polls + 3, "three polls while the file is open");
            Assert.Empty(host.Services.Store.ListDocuments());
            await writer.WriteLineAsync("Artikel 2 Einde\nDe tweede helft. EINDE");
        }

        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 1, "brief.txt ingested after it was closed");
        var doc = host.Services.Store.ListDocuments().Single();
        Assert.Contains("EINDE", host.Services.Store.GetText(doc.Id));
        Assert.Equal(DocumentType.Policy, doc.Version.Type); // the source's metadata
    }

    [Fact]
    public async Task NewAndChangedFilesArePickedUpAndARegistryNextToThemIsRead()
    {
        using var tmp = new TempDir();
        var drop = tmp.Sub("drop");
        File.WriteAllText(Path.Combine(drop, "registry.csv"),
            "id,agreement_id,name,type,sector,start,end,file\nbouw-2025,bouw,Cao Bouw,sector,Bouw,2025-01-01,2026-12-31,bouw.txt\n");
        File.WriteAllText(Path.Combine(drop, "bouw.txt"), "Artikel 1 Scholing\nDe werknemer heeft recht op scholing.");
        await using var host = await JobsHost.Start(tmp.Sub("data"), Hosts.Options(Hosts.Folder(drop)), TestContext.Current.CancellationToken);

        await Wait.Until(() => host.Services.Store.ListDocuments().Count == 1, "bouw.txt ingested");
        var doc = host.Services.Store.ListDocuments().Single();
        Assert.Equal("bouw-2025", doc.Version.Id);
        Assert.Equal("Bouw", doc.Version.Sector);

        File.WriteAllText(Path.Combine(drop, "bouw.txt"), "Artikel 1 Scholing\nDe werknemer heeft recht op scholing.\nArtikel 2 Budget\nEen ontwikkelbudget.");
        File.SetLastWriteTimeUtc(Path.Combine(drop, "bouw.txt"), DateTime.UtcNow.AddMinutes(1));
        File.Copy(Repo.Fixture("cao-twopage.pdf"), Path.Combine(drop, "nieuw.pdf"));
        await Wait.Until(() => host.Services.Store.ListDocuments(currentOnly: false).Count == 3, "the new revision and the new file");
        var current = host.Services.Store.ListDocuments(currentOnly: true);
        Assert.Equal(2, current.Count);
        Assert.Contains(current, d => d.Version.Id == "bouw-2025" && d.Document.Revision == 2);
    }
}
