using CaoMonitor.Domain;
using CaoMonitor.Registry;
using CaoMonitor.Tests.Support;

namespace CaoMonitor.Tests.Registry;

public class RegistryTests
{
    [Fact]
    public void ReadsOurRegistryFormat()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("registry.csv"), """
            id,agreement_id,name,type,sector,parties,start,end,avv,employees,file
            metaal-2025,metaal,Cao Fictieve Metaal 2025-2026,sector,metaal,"Werkgevers; FNV (fictief)",2025-01-01,2026-12-31,ja,"45000",documents/metaal-2025.pdf
            brief-2024,brief,,policy,,,,,,,documents/brief.pdf
            """);
        var rows = RegistryFile.Read(tmp.File("registry.csv"));
        Assert.Equal(2, rows.Count);
        var v = rows[0].Version;
        Assert.Equal(("metaal", DocumentType.Sector, true, 45000), (v.AgreementId, v.Type, v.Avv!.Value, v.Employees!.Value));
        Assert.Equal(new DateOnly(2026, 12, 31), v.End);
        Assert.Equal("Werkgevers; FNV (fictief)", v.Parties);
        Assert.Equal(("", DocumentType.Policy, (DateOnly?)null), (rows[1].Version.Name, rows[1].Version.Type, rows[1].Version.Start));
    }

    [Fact]
    public void BadRowsNameTheLine()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("r.csv"), "id,agreement_id,name,type,start\na,a,A,sector,2025-01-01\nb,b,B,sector,31-31-2025\n");
        var e = Assert.Throws<InvalidDataException>(() => RegistryFile.Read(tmp.File("r.csv")));
        Assert.Contains("line 3", e.Message);
        Assert.Contains("31-31-2025", e.Message);
    }

    [Fact]
    public void UnknownHeaderIsRefusedClearly()
    {
        using var tmp = new TempDir();
        File.WriteAllText(tmp.File("r.csv"), "foo,bar\n1,2\n");
        Assert.Contains("unknown registry format", Assert.Throws<InvalidDataException>(() => RegistryFile.Read(tmp.File("r.csv"))).Message);
    }

    [Fact]
    public void ReadsTheMinistrysEmployeesTable()
    {
        var rows = RegistryFile.Read(Repo.Shared("data/szw-cao-afspraken-2024/employees-by-cao.csv"));
        Assert.Equal(149, rows.Count);
        var bouw = rows.Single(r => r.CaoCode == "10");
        Assert.Equal((78846, 38875, 117721), (bouw.EmployeesCao!.Value, bouw.EmployeesAvv!.Value, bouw.Version.Employees!.Value));
        Assert.Equal(DocumentType.Sector, bouw.Version.Type);
        Assert.Equal("bouw", bouw.Version.Sector);
        Assert.Equal(DocumentType.Company, rows.Single(r => r.CaoCode == "15").Version.Type);
    }

    [Fact]
    public void ReadsTheMinistrysResearchTable()
    {
        var rows = RegistryFile.Read(Repo.Shared("data/szw-cao-afspraken-2024/onderzoekcaos.csv"));
        Assert.Equal(149, rows.Count); // the totals row is not a cao
        var open = rows.Single(r => r.CaoCode == "1944");
        Assert.Equal(("Open Teelten", 46400, new DateOnly(2023, 3, 1)), (open.Version.Name, open.Version.Employees!.Value, open.Version.Start!.Value));
        Assert.Equal("Landbouw, bosbouw en visserij", open.Version.Sector);
    }

    [Theory]
    [InlineData("Cao Fictieve Schoonmaak\nlooptijd: 1 januari 2025 tot en met 31 december 2026", "Cao Fictieve Schoonmaak", "2025-01-01", "2026-12-31")]
    [InlineData("Fictief voorbeeld\nCollectieve arbeidsovereenkomst Bakkerij\n1 april 2024 t/m 31 maart 2025", "Collectieve arbeidsovereenkomst Bakkerij", "2024-04-01", "2025-03-31")]
    public void CoverPageGivesNameAndPeriod(string text, string name, string start, string end)
    {
        var f = CoverPage.Read(text);
        Assert.Equal(name, f.Name);
        Assert.Equal(DateOnly.Parse(start), f.Start);
        Assert.Equal(DateOnly.Parse(end), f.End);
        Assert.True(f.LooksLikeCao);
    }
}
