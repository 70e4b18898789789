using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Article numbers a side column printed apart from their titles, page by page (issue 16 item 4): the extractor puts a page's
/// numbers ("4.7" / "4.8") on lines of their own at the top of the page, and the titles ("Reiskostenvergoeding",
/// "Thuiswerkvergoeding") stand alone further down it, each above its text. The titles were read as sub-headings of the last
/// article whose number did stand with its title (judged paths: "Art. 6.6 > Overlijdensuitkering" for article 6.13).
/// Each title now opens the page's next number, only where the numbers go on from the last article and the page has as many
/// titles as numbers. Fixtures in our own words.
/// </summary>
public class SidePageNumbersTests25
{
    private static string[] Pages(string thirdPageTop = "4.6\n\n4.7\n") =>
    [
        "Hoofdstuk 4 Beloning\n\n4.1 Salaris\n\nDe werknemer ontvangt het salaris dat bij zijn functiegroep hoort volgens de tabel in bijlage 2.\n\n"
        + "4.2 Salarisbetaling\n\n1. Het salaris wordt uiterlijk op de laatste werkdag van de maand betaald.\n\n2. De werknemer ontvangt elke maand een loonstrook\n\n21",
        "4.3\n\n4.4\n\nwaarop het bruto en het netto bedrag staan.\n\nEindejaarsuitkering\n\nDe werknemer ontvangt in december een eindejaarsuitkering van acht procent van zijn jaarsalaris.\n\n"
        + "Vakantietoeslag\n\nDe werknemer ontvangt in mei een vakantietoeslag over de twaalf maanden die aan die maand voorafgaan.\n\n22",
        thirdPageTop + "\nDe toeslag wordt naar rato betaald aan de werknemer die in deeltijd werkt.\n\nReiskostenvergoeding\n\nDe werkgever vergoedt de kosten van het reizen tussen de woning en het werk met het openbaar vervoer.\n\n"
        + "Thuiswerkvergoeding\n\nDe werknemer die op afspraak thuis werkt, ontvangt voor elke thuiswerkdag een vaste vergoeding.\n\n"
        + "Hoofdstuk 5 Verlof\n\n5.1 Vakantie\n\nDe werknemer heeft recht op vijf weken vakantie per jaar met behoud van salaris.\n\n23",
        .. Enumerable.Range(2, 5).Select(k => $"5.{k} Verlofregeling {k}\n\nDe werknemer heeft in geval {k} recht op verlof met behoud van salaris.\n\n{22 + k}"),
    ];

    [Fact]
    public void EachTitleOfThePageOpensThePagesNextNumber()
    {
        var cs = Seg(Pages());
        Assert.Equal("H4 > Art. 4.3", Leaf(cs, "eindejaarsuitkering van acht procent").Path);
        Assert.Equal("H4 > Art. 4.4", Leaf(cs, "vakantietoeslag over de twaalf maanden").Path);
        Assert.Equal("H4 > Art. 4.6", Leaf(cs, "woning en het werk").Path);
        Assert.Equal("H4 > Art. 4.7", Leaf(cs, "elke thuiswerkdag").Path);
        Assert.Equal("H5 > Art. 5.1", Leaf(cs, "vijf weken vakantie").Path);
    }

    [Fact]
    public void ANumberRunIntoTheSentenceLeftOpenCountsAsWell()
    {
        // "4.7 deeltijd werkt. ...": the page's second number, run into the sentence the page before left open.
        var pages = Pages("4.6\n\n4.7 deeltijd werkt. De toeslag wordt in mei betaald.\n");
        pages[2] = pages[2].Replace("\nDe toeslag wordt naar rato betaald aan de werknemer die in deeltijd werkt.\n", "");
        pages[1] = pages[1].Replace("voorafgaan.\n", "voorafgaan, ook aan de werknemer die in\n");
        var cs = Seg(pages);
        Assert.Equal("H4 > Art. 4.6", Leaf(cs, "woning en het werk").Path);
        Assert.Equal("H4 > Art. 4.7", Leaf(cs, "elke thuiswerkdag").Path);
    }

    [Fact]
    public void APageWithMoreTitlesThanNumbersIsLeftAlone()
    {
        // Three titles, two numbers: which title is whose is a guess, so none is numbered from the column.
        var pages = Pages();
        pages[2] = pages[2].Replace("Thuiswerkvergoeding\n", "Fietsvergoeding\n\nDe werknemer die met de fiets naar het werk komt, ontvangt een vergoeding per kilometer.\n\nThuiswerkvergoeding\n");
        var cs = Seg(pages);
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H4 > Art. 4.6", StringComparison.Ordinal));
    }

    [Fact]
    public void NumbersThatDoNotGoOnFromTheLastArticleOpenNothing()
    {
        // "4.9" / "4.10" after article 4.4: too far on to be this page's articles (a table's numbers, a list of references).
        var cs = Seg(Pages("4.9\n\n4.10\n"));
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H4 > Art. 4.9", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.Path.StartsWith("H4 > Art. 4.10", StringComparison.Ordinal));
    }
}
