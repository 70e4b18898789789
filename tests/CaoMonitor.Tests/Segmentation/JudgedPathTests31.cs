using static CaoMonitor.Tests.Segmentation.SegmentFixture;

namespace CaoMonitor.Tests.Segmentation;

/// <summary>
/// Path errors independent judges found in real samples (session 31: a clause that runs on into the next unit, and a page's sidebar
/// contents stored as a clause), each in a fixture of our own words with the real text's layout.
/// </summary>
public class JudgedPathTests31
{
    [Fact]
    public void APageNumberGluedBeforeADecimalHeadingIsCutOff()
    {
        // "18 7.4 Scholingsverlof": the page number the extractor put before the heading that starts the page. Before: the heading was
        // no heading, and article 7.4 ran on in 7.3 (so too 7.5 in 7.4 here).
        var cs = Seg(
            "Hoofdstuk 7 Verlof\n\n7.1 Kort verzuim\nDe werknemer krijgt vrij bij de geboorte van een kind.\n\n"
            + "7.2 Bijzonder verlof\nDe werkgever kan in bijzondere gevallen verlof geven.",
            "2 7.3 Wettelijke verlofregelingen\nDe werknemer kan een beroep doen op de verlofregelingen van de wet.",
            "3 7.4 Scholingsverlof\nDe werknemer krijgt vier onbetaalde studiedagen per jaar als hij daarom vraagt.",
            "4 7.5 Verlof voor religieuze feestdagen\nDe werknemer mag twee dagen per jaar vrij nemen voor religieuze feestdagen.");
        Assert.Equal("H7 > Art. 7.3", Leaf(cs, "verlofregelingen van de wet").Path);
        Assert.Equal("H7 > Art. 7.4", Leaf(cs, "onbetaalde studiedagen").Path);
        Assert.Equal("H7 > Art. 7.5", Leaf(cs, "religieuze feestdagen.").Path);
        Assert.DoesNotContain("studiedagen", Leaf(cs, "verlofregelingen van de wet").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASidebarListOfSplitArticleNumbersIsContents()
    {
        // A page's side list of the chapter's sections, "1. 2 E ERDERE ..." and "1. 5 E INDE ..." with the number split by a stray space
        // and the titles in spaced capitals, inside section 1.1. Before: "1. 2" and "1. 5" were no article numbers, the list was too
        // short for contents, and its lines became leden ("Art. 1.4 > lid 1"); the body's own "1. 3 A ANPASSING ..." ran on in 1.2.1.
        var cs = Seg("Hoofdstuk 1 Arbeidsovereenkomst\n\n1.1 B EGIN VAN HET DIENSTVERBAND\n\n1.1.1 Soort contract\n"
            + "De werkgever en de werknemer sluiten een contract voor bepaalde of onbepaalde tijd.\n\n"
            + "1.1.2 Proeftijd\nEen proeftijd geldt alleen als die op papier staat.\n"
            + " 1.1 B EGIN VAN HET DIENSTVERBAND\n1. 2 E ERDERE UITZENDPERIODES\n1.3 A ANPASSING VAN DE UREN\n1.4 V OLTIJD EN DEELTIJD\n"
            + "1. 5 E INDE VAN HET DIENSTVERBAND\n1.2 E ERDERE UITZENDPERIODES\n\n1.2.1 Eén contract\n"
            + "De periodes bij het uitzendbureau tellen mee voor het eerste contract.\n\n1. 3 A ANPASSING VAN DE UREN\n\n"
            + "1.3.1 Minder uren\nDe werknemer mag vragen om minder uren te werken.\n");
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("E INDE VAN HET", StringComparison.Ordinal));
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Text.Contains("E ERDERE UITZENDPERIODES", StringComparison.Ordinal) && !c.Text.Contains("uitzendbureau", StringComparison.Ordinal));
        Assert.Equal("H1 > Art. 1.2.1", Leaf(cs, "tellen mee").Path);
        Assert.DoesNotContain("A ANPASSING", Leaf(cs, "tellen mee").Text, StringComparison.Ordinal);
        Assert.Equal("H1 > Art. 1.3.1", Leaf(cs, "minder uren te werken").Path);
    }

    [Fact]
    public void ASplitTwoDigitNumberOverATitleInCapitalsIsOneNumber()
    {
        // "3.1 0 P ENSIOEN": article 3.10, its last digit split off. Before: no heading, so a side list ending in it kept 3.9 as an article.
        var cs = Seg("Hoofdstuk 3 Beloning\n\n3.9 I NKOMEN BIJ WERKLOOSHEID\n\nDe werkgever vult de uitkering aan tot het oude loon.\n\n"
            + "3.1 0 P ENSIOEN\n\nDe werknemer neemt deel aan de pensioenregeling van de sector.");
        Assert.Equal("H3 > Art. 3.10", Leaf(cs, "pensioenregeling van de sector").Path);
    }

    [Fact]
    public void ProtocolProvisionsAfterTheSignaturesAreNoPartOfTheLastArticle()
    {
        // "Partijen te ener zijde:" and the signers after the last article, then "Protocolbepalingen cao-..." with its lettered parts. Before:
        // the signatures, the protocol's title and its first part ran on in the last article, and every part of the protocol was a
        // sub-heading of that article ("Art. 98 > Loopbaanscan").
        var cs = Seg("Deel A Algemene bepalingen\n\nARTIKEL 97: Looptijd\n\nDeze cao loopt van 1 april 2024 tot en met 31 maart 2025.\n"
            + "Partijen te ener zijde:\n Partijen te andere zijde:\nVereniging van Werkgevers\nJ. de Vries Bond van Werknemers\nK. Jansen\n"
            + "Protocolbepalingen cao-Schoonmaak\n\nA. Duurzame inzetbaarheid\n\nLoopbaanscan\n"
            + "Partijen ontwikkelen een scan waarmee werknemers hun loopbaan kunnen bekijken.\n\n"
            + "B. Werkgelegenheid\n\nPartijen bespreken elk jaar de werkgelegenheid in de sector met elkaar.\n");
        var last = Leaf(cs, "loopt van 1 april");
        Assert.Equal("Deel A > Art. 97", last.Path);
        Assert.DoesNotContain("Protocolbepalingen", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Partijen te ener zijde", last.Text, StringComparison.Ordinal);
        Assert.StartsWith("Deel A > Protocolbepalingen cao-Schoonmaak >", Leaf(cs, "loopbaan kunnen bekijken").Path);
        Assert.StartsWith("Deel A > Protocolbepalingen cao-Schoonmaak >", Leaf(cs, "werkgelegenheid in de sector").Path);
    }

    [Fact]
    public void AModelLettersSignatureLinesEndItsLastItem()
    {
        // A model letter's "Aldus gedaan en afgegeven te" and its signature lines, then the notes to fill it in. Before: the last item
        // ("c. Enz ....") took in the signature lines and every note.
        var cs = Seg("Bijlage 4 Voorbeeld van een aanstellingsbrief\n\n"
            + "De werkgever bevestigt dat de werknemer in dienst treedt onder de volgende voorwaarden:\n"
            + "a. op de arbeidsovereenkomst is de cao van toepassing;\nb. de functie is ..............................;\n"
            + "c. Enz ..............................\n\nAldus gedaan en afgegeven te\n(handtekening werkgever) (handtekening werknemer)\n\n"
            + "Zie voor de noten de toelichting.\nBIJLAGE TOELICHTING BIJ DE VOORBEELDBRIEF\n1. Hier het adres van de werkgever invullen.\n"
            + "2. Hier de naam van de functie invullen.\n\nBijlage 5 Ontslag\n\nDe werkgever volgt bij ontslag de regels van de wet.\n");
        var item = Leaf(cs, "c. Enz");
        Assert.Equal("Bijlage 4 > lid c", item.Path);
        Assert.DoesNotContain("handtekening", item.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(cs, c => c.IsLeaf && c.Path.StartsWith("Bijlage 4", StringComparison.Ordinal) && c.Text.Contains("adres van de werkgever", StringComparison.Ordinal));
        Assert.Equal("Bijlage 5", Leaf(cs, "regels van de wet").Path);
    }
    [Fact]
    public void AFunctionsLevelTableIsAPartOfItsOwn()
    {
        // "Niveau onderscheidende kenmerken (NOK) ..." after a function's profile: the levels of its family, printed over two pages (its
        // header again on the second). Before: the whole table ran on in the profile's last part, "Bezwarende omstandigheden".
        var cs = Seg("Bijlage A Functieprofielen\n\nFunctiegroep: logistiek Bezorger II Functienummer: L.05\n\nFUNCTIEPROFIEL\n"
            + "Kenmerken van de referentiefunctie\nDe bezorger brengt de bestelde producten met een bestelauto naar de klanten in de regio.\n"
            + "Bezwarende omstandigheden\n- Tillen van kratten bij het laden en lossen van de auto.\n- Hinder van weer en wind bij het afleveren.\n"
            + "Datum: juli 2011 Salarisschaal: 3\n Niveau onderscheidende kenmerken (NOK) BE ZORGER Functienummer: L.05\n\n"
            + "KENMERK - BEZORGER I BEZORGER II\nType vervoermiddel\nGeen referentie beschikbaar - Bestelauto waarvoor rijbewijs B nodig is.\n"
            + "Niveau onderscheidende kenmerken (NOK) BE ZORGER Functienummer: L.05\n\nCOMPETENTIES - BEZORGER I BEZORGER II\n"
            + "Idem bezorger II. Klantgericht werken (2):\n- houdt rekening met de wensen van de klant.\n"
            + "Functiegroep: logistiek Magazijnmedewerker II Functienummer: L.06\n\nFUNCTIEPROFIEL\nKenmerken van de referentiefunctie\n"
            + "De magazijnmedewerker ontvangt en controleert de goederen die binnenkomen.\n");
        var burden = Leaf(cs, "Tillen van kratten");
        Assert.Equal("Bijlage A > Bezorger II > Bezwarende omstandigheden", burden.Path);
        Assert.DoesNotContain("rijbewijs", burden.Text, StringComparison.Ordinal);
        Assert.Equal("Bijlage A > Bezorger II > Niveau onderscheidende kenmerken", Leaf(cs, "rijbewijs B").Path);
        Assert.Equal("Bijlage A > Bezorger II > Niveau onderscheidende kenmerken", Leaf(cs, "wensen van de klant").Path);
    }

    [Fact]
    public void AFunctionsComplexitySectionUnderItsPageHeaderIsNoPartOfItsLastTask()
    {
        // "Complexiteit" right under the page header of a function sheet's second page, over a sentence that wraps. Before: it was no
        // sub-heading (no finished sentence above it, no full stop at the end of the next line), and ran on in the last task.
        var cs = Seg("Bijlage 3 Functieboek\n\nArtikel 5 Medewerker verkoop\n\nA. Klanten helpen\n1. Beantwoordt vragen van klanten.\n"
            + "2. Verwerkt de bestellingen van klanten in het systeem.\n Functiefamilie 1 Naam van de referentiefunctie\n"
            + "Verkoop binnendienst E 5 Medewerker verkoop\n Complexiteit\n"
            + "De functie is gericht op het helpen van klanten in de winkel en aan de telefoon, en op het verwerken\nvan hun bestellingen.\n"
            + "Zelfstandigheid\nDeelt de eigen tijd in en vraagt de leidinggevende om raad bij nieuwe vragen.\n");
        Assert.Equal("Bijlage 3 > Art. 5 > Complexiteit", Leaf(cs, "gericht op het helpen").Path);
        Assert.DoesNotContain("Complexiteit", Leaf(cs, "Verwerkt de bestellingen").Text, StringComparison.Ordinal);
    }
}
