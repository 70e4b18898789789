using CaoMonitor.Registry;

namespace CaoMonitor.Tests.Registry;

/// <summary>Cover pages in the forms real cao's use (issue 16), in our own words.</summary>
public class CoverFormsTests
{
    [Theory]
    [InlineData("Cao Fictieve Glazenwassers\n1 januari 2025 tot en met 31 december 2026", "2025-01-01", "2026-12-31")]
    [InlineData("Cao Fictieve Schoonmaak\njuli 2024 tot en met juni 2026", "2024-07-01", "2026-06-30")]
    [InlineData("Cao Fictief Tuinbouw\n1-1-2025 t/m 31-12-2026", "2025-01-01", "2026-12-31")]
    [InlineData("Cao Fictief Onderwijs\nLooptijd: 1 april 2023 tot 1 april 2025", "2023-04-01", "2025-03-31")]
    [InlineData("Cao Fictief Drukwerk\nvan 1 april 2023 tot 1 april 2025", "2023-04-01", "2025-03-31")]
    [InlineData("Cao Fictieve Recreatie\n1 januari 202 4 tot en met 31 december 2025", "2024-01-01", "2025-12-31")]
    [InlineData("Cao Fictief Vervoer\nDeze cao geldt per 1 januari 2024, voor de duur van 24 maanden.", "2024-01-01", "2025-12-31")]
    [InlineData("Cao Fictieve Zoetwaren\nLooptijd\n1 januari 2023 t/m 30 september 2024", "2023-01-01", "2024-09-30")]
    public void PeriodForms(string cover, string start, string end)
    {
        var f = CoverPage.Read(cover);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (f.Start!.Value, f.End!.Value));
    }

    [Fact]
    public void APeriodOnlyInTheLooptijdArticleIsFound()
    {
        var text = "Cao Fictief Vakwerk\nPartijen hebben het volgende afgesproken.\n" + new string('x', 50) +
                   "\nArtikel 3 Looptijd\nDeze cao heeft een looptijd van 1 mei 2024 tot en met 30 april 2025.";
        var f = CoverPage.Read("Cao Fictief Vakwerk\nPartijen hebben het volgende afgesproken.", text);
        Assert.Equal((new DateOnly(2024, 5, 1), new DateOnly(2025, 4, 30)), (f.Start!.Value, f.End!.Value));
    }

    [Theory]
    [InlineData("Collectieve arbeidsovereenkomst voor de sector zorg\nCao Fictieve Openbare Apotheken 2023-2025\nLooptijd: 1 juli 2023 tot en met 30 juni 2025", "Cao Fictieve Openbare Apotheken 2023-2025")]
    [InlineData("COLLECTIEVE ARBEIDSOVEREENKOMST\nVOOR DE\nFICTIEVE SNOEPINDUSTRIE\n\nLooptijd\n1 januari 2023 t/m 30 september 2024", "COLLECTIEVE ARBEIDSOVEREENKOMST VOOR DE FICTIEVE SNOEPINDUSTRIE")]
    [InlineData("Inhoudsopgave\nCao Fictieve Tankstations\n1 januari 2024 – 31 maart 2025", "Cao Fictieve Tankstations")]
    public void TheCaosOwnNameNotTheGenericHeading(string cover, string name)
    {
        Assert.Equal(name, CoverPage.Read(cover).Name);
    }

    [Fact]
    public void PartiesFromThePartijenList()
    {
        var f = CoverPage.Read("Cao Fictieve Bakkers\nLooptijd: 1 juli 2024 tot en met 31 december 2025\nPartijen:\n• Fictieve Bakkersvereniging\n• FNV Voeding (fictief)\n• CNV Vakmensen (fictief)\n\nAlgemeen verbindend verklaard.");
        Assert.Equal("Fictieve Bakkersvereniging; FNV Voeding (fictief); CNV Vakmensen (fictief)", f.Parties);
    }

    [Fact]
    public void PartiesFromTheClauseThatNamesBothSides()
    {
        var f = CoverPage.Read("""
            Cao Fictieve Glasbranche
            Looptijd: 1 januari 2025 tot en met 31 december 2026

            Tussen ondergetekenden:

            Fictieve Glasunie, gevestigd te Utrecht, als partij ter ene zijde en

            1. FNV Fictief, gevestigd te Amsterdam;
            2. De Fictieve Unie te Culemborg
            Postbus 12, 1000 AA Amsterdam
            Website: www.fictief.example
            elk als partij ter andere zijde,
            is de volgende cao aangegaan.
            """);
        Assert.Equal("Fictieve Glasunie; FNV Fictief; De Fictieve Unie", f.Parties);
    }

    [Fact]
    public void PartiesFromTheSignaturePage()
    {
        var cover = "Cao Fictieve Glasbranche\nLooptijd: 1 januari 2025 tot en met 31 december 2026\n";
        var text = cover + "Artikel 1 Werkingssfeer\nDeze cao geldt voor de fictieve glasbranche.\n" +
                   "Aldus overeengekomen en ondertekend te Utrecht op 1 december 2024.\n\nVoor akkoord werkgever\nNamens Fictieve Glasunie:\nJ. Jansen, voorzitter\n\nNamens FNV Fictief:\nP. de Vries\n\nNamens de werknemers:\nA. Bakker\n";
        Assert.Equal("Fictieve Glasunie; FNV Fictief", CoverPage.Read(cover, text).Parties);
        Assert.Null(CoverPage.Read(cover).Parties);
    }

    [Fact]
    public void ARegistryRowWithTheMinistrysCaoCodeTakesEmployeesSectorAndType()
    {
        var dir = Directory.CreateTempSubdirectory("caomonitor-cover-").FullName;
        try
        {
            var ours = Path.Combine(dir, "registry.csv");
            File.WriteAllText(ours, "id,agreement_id,name,type,sector,parties,start,end,avv,employees,file,cao_code\nglas-2025,glas,Cao Fictief Glas,,,,2025-01-01,2026-12-31,,,glas-2025.pdf,4711\n");
            var szw = Path.Combine(dir, "employees-by-cao.csv");
            File.WriteAllText(szw, "cao_code,cao_name,start_date,expiration_date,notification_date,sbi_code,sbi_sector,employees_cao,employees_avv,employees_total,cao_type,panel_development\n4711,GLAS FICTIEF,2025-01-01,2026-12-31,2024-12-01,23,industrie,9000,1000,10000,Onderneming,Selected\n");
            var rows = RegistryFile.FillFromMinistry(RegistryFile.Read(ours), RegistryFile.Read(szw));
            var v = Assert.Single(rows).Version;
            Assert.Equal((10000, "industrie", CaoMonitor.Domain.DocumentType.Company), (v.Employees!.Value, v.Sector, v.Type));
            Assert.Equal("Cao Fictief Glas", v.Name);
        }
        finally { Directory.Delete(dir, true); }
    }
}
