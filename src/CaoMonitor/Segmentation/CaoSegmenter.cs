using System.Text.RegularExpressions;
using CaoMonitor.Domain;
using CaoMonitor.Normalisation;

namespace CaoMonitor.Segmentation;

/// <summary>
/// Splits a cao into hoofdstukken, artikelen, leden and bijlagen. Headings are recognised line by
/// line (Artikel 12, Art. 5.3, Artikel 4a, § 3, 3.2.1 Titel, Hoofdstuk 5, Bijlage 2); the table of
/// contents is recognised and kept out of the structure; leden are numbered 1./2. or a./b. and must
/// follow each other, so a line that merely starts with a number is not taken for a lid.
/// </summary>
public static partial class CaoSegmenter
{
    private enum HeadingKind { Part, Appendix, Chapter, Article }

    private sealed record Heading(HeadingKind Kind, string Number, string Title, bool Sign = false);

    private sealed class Node(ClauseKind kind, string? number, string? title, int start, int? parent, string path, int bodyStart)
    {
        public ClauseKind Kind = kind;
        public string? Number = number;
        public string? Title = title;
        public int Start = start;
        public int End = start;
        public int? Parent = parent;
        public string Path = path;
        public int BodyStart = bodyStart;
        public bool HasChildren;
        public bool Indexed = true;
        public char LidStyle; // '1' numeric, 'a' lettered, '\0' none yet
        public string LastLid = "";
        public bool Implicit;
        public bool Inferred; // a chapter opened by its articles' numbers (9.7) where no chapter heading was open
        public int? NestedIn; // an appendix of an appendix ("Bijlage 15 > Bijlage 1")
        public bool Restarted; // a part named by the title above its articles' restart at 1
        public bool NumberedTitle; // opened by "2. Aanspraak op aanvulling" above its own leden
        public bool DecimalLeden; // an appendix article "8. Beraadslaging" whose leden are numbered 8.1, 8.2
        public bool Regulation; // a regulation inside an appendix, whose articles restart at 1 ("Bijlage V > Subsidiereglement")
        public string NumberingLastLid = ""; // an article's, appendix's or chapter's last numbered lid, also one under its sub-headings
        public int OwnPart; // the last part of an appendix's own ("Bijlage 6 > Deel 2"), where the appendix is written in parts
        public bool UnnumberedFirstLid; // its first lid has no number: its leden start at "2."
        public bool Notes; // "Aantekeningen:" over numbered notes: its items are no leden
        public bool LevelSheet; // one level sheet of a function family ("Niveaublad functiefamilie Verkoop"), its rows its parts
        public bool AfterSignature; // an unnumbered appendix opened by a title after a signature block ("Protocolbepalingen ...")
        public bool NamedByPlace; // a job profile whose name stands only above its recurring opening heading (RecurringProfileTitles)
        public bool ContentsOnly; // a clause of a contents remnant ("H5 (inhoud)") that holds only contents lines: no clause (DropContentsRemnants)
    }

    public static IReadOnlyList<Clause> Segment(NormalisedText doc)
    {
        var runningTitles = new HashSet<int>(); // a running title in capitals split off a chapter heading: part of no clause
        var lines = SplitGluedHeadings(TextLine.Split(doc.Text), runningTitles);
        var listed = new HashSet<int>(); // contents lines that list a section's own articles under its heading
        var toc = TableOfContents(lines, listed);
        // A keyword index at the back without page numbers ("TREFWOORDENLIJST" / "Aanpassing arbeidsduur" / ...): back matter, no clause.
        var keywordIndex = KeywordIndex(lines);
        toc.UnionWith(keywordIndex);
        // Chapters and articles whose numbers a side column printed apart or lost, named by the contents (session 26).
        var contentsTitles = ContentsTitles(lines, toc, out var contentsEntries, keywordIndex);
        toc.UnionWith(contentsEntries);
        toc.ExceptWith(contentsTitles.Keys);
        var sidebar = ChapterSidebar(lines, toc);
        toc.ExceptWith(sidebar);
        if (ContentsLastAppendixEntry(lines, toc) is { } lastEntry) toc.Add(lastEntry);
        var chapterLines = DecimalChapters(lines, toc);
        var untitled = LostArticleHeadings(lines, toc);
        var book = FunctionFamilies(lines, toc);
        var profileNames = RecurringProfileTitles(lines, toc);
        var boxedNames = BoxedProfileNames(lines, toc);
        bool levelSheets = lines.Count(l => LevelSheet().IsMatch(l.Text.Trim())) >= 3;
        bool levelProfiles = lines.Count(l => LevelProfile().IsMatch(l.Text.Trim())) >= 5;
        var stackedLids = StackedLidLabels(lines, toc, doc, out var stackedLabels);
        var stackedArticles = StackedArticleNumbers(lines, toc, out var stackedNumbers);
        var pageSide = PageSideNumbers(lines, toc, doc, out var pageSideLines);
        string? lastArticle = null; // the number of the last article opened, for a heading recovered from the contents
        // Chapter numbers that have a heading of their own in the main body, before the appendices (with a title, not
        // "Hoofdstuk 15." in a sentence); only the others are inferred from their articles' numbers.
        int appendicesFrom = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !toc.Contains(i) && !lines[i].IsBlank && AnyHeading(lines[i].Text) is { Kind: HeadingKind.Appendix, Number.Length: > 0 }, lines.Count);
        var headedChapters = Enumerable.Range(0, appendicesFrom).Where(i => !toc.Contains(i) && !lines[i].IsBlank)
            .Select(i => (i, h: chapterLines.Contains(i) ? DecimalChapter(lines[i].Text) : AnyHeading(lines[i].Text)))
            .Where(x => x.h is { Kind: HeadingKind.Chapter } && (x.h.Title.Length > 0 || NextNonBlank(lines, x.i) is { } n && IsTitleLike(lines[n].Text)))
            .Select(x => x.h!.Number).ToHashSet();
        // The body's article headings (not a sign's, not the contents'), read once for the two questions below.
        var bodyArticles = Enumerable.Range(0, lines.Count).Where(i => !toc.Contains(i) && !lines[i].IsBlank)
            .Select(i => AnyHeading(lines[i].Text)).Where(h => h is { Kind: HeadingKind.Article, Sign: false }).Select(h => h!.Number).ToList();
        // Articles numbered by chapter throughout (1.2, 3.4, 7.1): only then does "9.7" name a chapter of its own.
        bool numberedByChapter = bodyArticles.Select(n => ArticleChapter().Match(n)).Where(m => m.Success && m.Value.Contains('.'))
            .Select(m => m.Groups[1].Value).Distinct().Count() >= 3;
        // An article heading numbered in chapter 1 or 2 ("1.1 Begripsbepalingen"): where there is none (those chapters have no numbered
        // articles, or only a side column's bare numbers), the first chapter known from its articles' numbers may be chapter 3 (session 26).
        bool lowChapterArticles = bodyArticles.Any(n => LowChapterNumber().IsMatch(n));
        var nodes = new List<Node>();
        int? part = null, appendix = null, chapter = null, sub = null, lid = null;
        int? lastAppendix = null;
        bool lastInferred = false; // the last chapter was inferred from numbers: in such a cao a larger jump (1.26, then 5.5) is no stray
        int? unit = null; // one job profile of a function book ("Functienaam: Magazijnmedewerker")
        int? openFamily = null; // the family of a function book in families ("Functiefamilie: 7. ICT")
        var displaced = new Queue<string>(); // article numbers a side column printed apart from their titles, in order
        bool displacedCounted = false; // the titles for the displaced numbers were counted
        bool displacedUnderChapter = false; // the displaced numbers stand right under a chapter's heading, before its first article
        var articles = new List<int>(); // open articles, outer first (4.4 holds 4.4.1)
        var usedPaths = new HashSet<string>();
        int implicitParts = 1;
        int? lastChapterOrd = null, mainChapter = null; // chapter numbering, and the last chapter of the main body
        bool mainChapterOne = false; // the main body has had its chapter 1
        bool letteredChapters = false; // chapters numbered A, B, C
        char? partStyle = null; // how the first part was numbered: digits, letters or Roman numerals
        string? mainLast = null; // the last article number of the main body
        int? mainLastPart = null; // the part that article stands in
        var mainArticles = new Dictionary<string, (int Node, int Line)>(); // the main body's articles: number to node and heading line

        // Text before the first heading: the cover page (name, parties, period).
        int firstHeading = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !toc.Contains(i) && (chapterLines.Contains(i) || contentsTitles.ContainsKey(i) || AnyHeading(lines[i].Text) is not null), lines.Count);
        int tocStart = toc.Count > 0 ? toc.Min() : int.MaxValue;
        int coverEnd = Math.Min(firstHeading, tocStart);
        if (coverEnd > 0 && lines.Take(coverEnd).Any(l => !l.IsBlank))
        {
            var cover = new Node(ClauseKind.Section, null, "Voorblad", 0, null, "Voorblad", 0);
            cover.End = coverEnd < lines.Count ? lines[coverEnd].Start : doc.Text.Length;
            nodes.Add(cover);
            usedPaths.Add("Voorblad");
        }
        // Text between the contents and the first heading ("VOORWOORD" / "Voor u ligt de cao ..."): a section of its own,
        // named by its title, so it is neither lost nor read in the heading that follows the contents.
        if (toc.Where(t => t < firstHeading).DefaultIfEmpty(-1).Max() is var lastToc and >= 0
            && Enumerable.Range(lastToc + 1, Math.Max(0, firstHeading - lastToc - 1))
                .FirstOrDefault(k => !lines[k].IsBlank && !toc.Contains(k) && !LoosePageSuffix().IsMatch(lines[k].Text.Trim()) && !EntryLike(lines[k].Text.Trim()), -1) is var front and >= 0)
        {
            int frontEnd = firstHeading < lines.Count ? lines[firstHeading].Start : doc.Text.Length;
            // "VOORWOORD" read as the contents' last line (it has no page number), above the foreword's first sentence.
            var above = lines[lastToc].Text.Trim();
            if (!IsTitleLike(lines[front].Text.Trim()) && IsTitleLike(above) && !LoosePageSuffix().IsMatch(above) && !EntryLike(above) && !HasLeader(above)
                && !TocTitle().IsMatch(above))
            {
                toc.Remove(lastToc);
                front = lastToc;
            }
            var first = lines[front].Text.Trim();
            // Not "Bijlagen" (the rest of the contents, a list of the appendices), nor the rest of a contents the passes
            // above missed ("59 Aanspraak" / "59 Hoogte": most lines numbered).
            var frontLines = Enumerable.Range(front, firstHeading - front).Where(k => !lines[k].IsBlank).Select(k => lines[k].Text.Trim()).ToList();
            int numbered = frontLines.Count(l => LeadingNumber().IsMatch(l) || LoosePageSuffix().IsMatch(l) || EntryLike(l) || HasLeader(l));
            if (doc.Text[lines[front].Start..frontEnd].Trim().Length >= 80 && IsTitleLike(first) && first.Length <= 40 && !first.Any(char.IsDigit)
                && !first.StartsWith("Bijlage", StringComparison.OrdinalIgnoreCase) && numbered * 10 < frontLines.Count * 3)
            {
                // "Voorwoord", "Preambule", "Leeswijzer" name the section; another first line ("Looptijd" above a summary of
                // the agreement, the title page's "COLLECTIEVE ARBEIDSOVEREENKOMST") names no more than its start: "Inleiding".
                // "Definities" over the cao's definitions before its first chapter names them too (session 33: szw-301, judged in toc33's judge-2).
                var name = Unique(ForewordTitle().IsMatch(first) || FrontDefinitionsTitle().IsMatch(first) ? SentenceCase(first) : "Inleiding", usedPaths);
                nodes.Add(new Node(ClauseKind.Section, null, first, lines[front].Start, null, name, lines[front].Start) { End = frontEnd });
                usedPaths.Add(name);
            }
        }

        void Close(ref int? idx, int at) { if (idx is { } i) nodes[i].End = at; idx = null; }
        void CloseArticles(int at, int keep = 0)
        {
            while (articles.Count > keep) { nodes[articles[^1]].End = at; articles.RemoveAt(articles.Count - 1); }
        }
        // Everything open below a chapter or appendix: the lid, sub-heading, profile and articles.
        void CloseBelowChapter(int at) { Close(ref lid, at); Close(ref sub, at); Close(ref unit, at); CloseArticles(at); }
        string PartPrefix() => part is { } p ? nodes[p].Path + " > " : "";
        int Add(Node n)
        {
            if (n.Parent is { } pi) nodes[pi].HasChildren = true;
            nodes.Add(n);
            usedPaths.Add(n.Path);
            return nodes.Count - 1;
        }
        // Numbered lid "number" of node "owner" (an article, or an appendix, chapter or sub-heading whose numbering runs on), from
        // offset "from": its numbering goes on from it ("last", where the numbering counts it otherwise: lid "2.1" is its lid 2).
        void OpenLid(int owner, string number, int from, string? last = null, string? title = null)
        {
            var o = nodes[owner];
            o.LidStyle = '1'; o.LastLid = o.NumberingLastLid = last ?? number;
            lid = Add(new Node(ClauseKind.Paragraph, number, title, from, owner, Unique($"{o.Path} > lid {number}", usedPaths), from));
        }
        // A part of its own in "parent" that opens at line "at" (a form after a regulation, a function book's list or questionnaire),
        // held as the open unit so its lines stay under it; the lid, sub-heading and unit open before it end there. Its path step is
        // "name" (the title in sentence case).
        void OpenUnit(int? parent, string title, string name, TextLine at)
        {
            Close(ref lid, at.Start); Close(ref sub, at.Start); Close(ref unit, at.Start);
            unit = Add(new Node(ClauseKind.Section, null, title, at.Start, parent,
                Unique((parent is { } pp ? $"{nodes[pp].Path} > " : "") + Short(name), usedPaths), at.End));
        }
        // "Artikel 6: Werktijden" (also "Artikel 4.2 – Werktijden", or "Artikel 48" over its title on the next line), where the
        // main body has an article of that number and title.
        bool MainArticleRow(int k) =>
            ArticleWord().IsMatch(lines[k].Text.TrimStart()) && AnyHeading(lines[k].Text) is { Kind: HeadingKind.Article, Sign: false } r
            && mainArticles.TryGetValue(r.Number, out var at)
            && SameTitle(nodes[at.Node].Title, r.Title.Length > 0 ? r.Title : NthNonBlank(k, 1) is { } tl ? lines[tl].Text.Trim() : "");
        // Whether a line between offset "from" and line i (back from i) is text: not blank, not contents, not a list of articles.
        bool OwnTextAbove(int i, int from)
        {
            for (int j = i - 1; j >= 0 && lines[j].Start >= from; j--)
                if (!lines[j].IsBlank && !listed.Contains(j) && !toc.Contains(j)) return true;
            return false;
        }
        // "BIJLAGE 1 – REFERENTIEFUNCTIES" right above "Functieprofiel Productiemedewerker I ........ 18" and more such lines: the
        // appendix's own contents without a title, right under its heading (the heading's last line is the line above), its first
        // line with a dot leader and a page number. The appendix's text (its profiles) comes after it, not in no clause.
        bool OwnLeaderContents(int i, int app) =>
            HasLeader(lines[i].Text) && LoosePageSuffix().IsMatch(lines[i].Text.TrimEnd())
            && PreviousNonBlank(lines, i) is { } above && lines[above].Start >= nodes[app].Start && lines[above].End <= nodes[app].BodyStart;
        // The contents lines right above line i: at most five, none with a dot leader or a title ("Inhoud"), with text of the
        // section's own above them.
        bool ShortRowBlock(int i)
        {
            int rows = 0, j = i - 1;
            for (; j >= 0 && (lines[j].IsBlank || toc.Contains(j)); j--)
            {
                if (lines[j].IsBlank) continue;
                var t = lines[j].Text.Trim();
                // Not an index ("Aanzegplicht art. 11", "Adoptie art. 62, 87, bijlagen 4"), nor a table of old and new numbers.
                if (++rows > 5 || HasLeader(t) || TocTitle().IsMatch(t) || KeywordIndexEntry(t).IsMatch(t) || NamedPageSuffix(t).IsMatch(t)
                    || WasReference().IsMatch(t) || RowReference().IsMatch(t) || IndexWord().IsMatch(t)) return false;
            }
            return rows > 0 && j >= 0 && !lines[j].IsBlank;
        }
        // The d-th non-blank line after line i (before it, for a negative d), up to the contents.
        // (throughContents: past contents lines too, counting them.)
        int? NthNonBlank(int i, int d, bool throughContents = false)
        {
            int step = Math.Sign(d), seen = 0;
            for (int j = i + step; j >= 0 && j < lines.Count && (throughContents || !toc.Contains(j)); j += step)
                if (!lines[j].IsBlank && ++seen == Math.Abs(d)) return j;
            return null;
        }
        // Articles numbered from 1 again with no "Deel" heading. A title right above the restart
        // ("REGLEMENT OPLEIDINGSFONDS") names what starts there: an appendix of its own, under that title.
        // Without one, a new part starts, numbered.
        void RestartPart(string candidate, int at, int lineIndex, bool capitalsOnly = false)
        {
            if (!usedPaths.Contains(candidate)) return;
            var title = TitleAbove(lines, lineIndex, toc);
            // "REGLEMENT GENERATIEPACT ..." / "Definities" / "Artikel 1": the generic title heads the first article, and the title in
            // capitals above it names the part (session 33).
            if (capitalsOnly && title is { } gt && GenericSectionTitle().IsMatch(gt.Text) && TitleAbove(lines, gt.Line, toc) is { } above
                && above.Text.Where(char.IsLetter).All(char.IsUpper)) title = above;
            // After a part named by its title, only a title in capitals like it names the next ("Definities" is no part).
            if (capitalsOnly && title is not { } ct || capitalsOnly && !title!.Value.Text.Where(char.IsLetter).All(char.IsUpper)) return;
            int from = title is { } tt ? lines[tt.Line].Start : at;
            CloseBelowChapter(from); Close(ref chapter, from); Close(ref appendix, from);
            // The article closed by this heading ended at it; its text now ends above the title.
            foreach (var n in nodes) if (n.Start < from && n.End > from) n.End = from;
            if (title is { } named)
            {
                appendix = Add(new Node(ClauseKind.Appendix, null, named.Text, from, part, Unique(PartPrefix() + Short(SentenceCase(named.Text)), usedPaths), at) { Restarted = true });
                lastChapterOrd = null;
                return;
            }
            Close(ref part, at);
            implicitParts++;
            part = Add(new Node(ClauseKind.Section, implicitParts.ToString(), null, at, null, $"Deel {implicitParts}", at) { Implicit = true });
        }

        bool excluded = false;
        bool clusterOwnArticles = false; // the open cluster has "Artikel 1" headings of its own: its numbered titles stay chapters
        int titledHeadingEnd = -1; // the last line of the latest appendix or part heading that had a title
        int? commentary = null; // a "Toelichting" that comments on articles ("Artikel 1" / its points again): its items are no articles
        string? lastChapterWord = null; // the word of the main body's last chapter heading ("hoofdstuk", "afdeling")
        var chapterWordOrd = new Dictionary<string, int>(); // per such word, the number of its last chapter
        var appendixParts = new HashSet<int>(); // lettered parts of an appendix ("Bijlage 6 > 6B. Model bezwaarprocedure"), held as its chapter
        int? lidOfSubHeading = null; var subsInLid = new List<int>(); // the lid that holds the open sub-heading; every sub-heading so held
        int? notesIn = null; int notesLast = 0; // the holder of the open "Aantekeningen:" and its last note's number
        int? ownContentsOf = null; // an appendix its own contents closed right under its heading: the text after them may take it up again
        (int? Chapter, int? Appendix)? contentsBreak = null; // what contents lines inside the body closed: the article after them may go on in it
        for (int i = firstHeading; i < lines.Count; i++)
        {
            // A function family's list of its reference functions: text of the family, though it looks like contents.
            if (book.Listed.Contains(i)) continue;
            // A chapter's list of its own articles printed beside its text on a page ("7.2 Werkingssfeer" / ... / "7.9 Bemiddeling"
            // between two lines of 7.3's definitions): the lines open and close nothing; the text after them goes on where it was.
            if (sidebar.Contains(i)) continue;
            if (listed.Contains(i))
            {
                // A list of articles under a chapter or appendix heading: what it lists is not open yet, and the
                // section's own text starts after it.
                CloseBelowChapter(lines[i].Start);
                // Not past text of the section's own above the list (a table whose rows name articles that open nothing here).
                foreach (var section in new[] { chapter, appendix, part })
                    if (section is { } o && !nodes[o].HasChildren && !OwnTextAbove(i, nodes[o].BodyStart))
                        nodes[o].BodyStart = Math.Max(nodes[o].BodyStart, lines[i].End);
                continue;
            }
            if (toc.Contains(i))
            {
                // An index or a table of article numbers ends what is open: its lines belong to no clause.
                if (i > 0 && !toc.Contains(i - 1))
                {
                    // "Bijlage 7 Functiebeschrijvingen" right above "Inhoudsopgave functiebeschrijvingen" and its entries: the
                    // appendix's own contents, with nothing of the appendix's own between its heading and them. The appendix ends
                    // here as before, but the text after its contents may take it up again (below).
                    // Only contents titled so ("Inhoudsopgave ...") after the main body's articles: not a contents in the front pages that
                    // lists the appendices.
                    ownContentsOf = appendix is { } ocApp && mainLast is not null && chapter is null && articles.Count == 0 && sub is null && unit is null
                        && (TocTitle().IsMatch(lines[i].Text.Trim()) || OwnLeaderContents(i, ocApp))
                        && !nodes[ocApp].HasChildren && !OwnTextAbove(i, nodes[ocApp].BodyStart) ? ocApp : null;
                    // The chapter the block interrupts, in case the text after it goes on in it (below); after a stray line between
                    // contents lines, still the one before it.
                    if (chapter is not null || appendix is not null) contentsBreak = (chapter, appendix);
                    CloseBelowChapter(lines[i].Start);
                    Close(ref chapter, lines[i].Start); Close(ref appendix, lines[i].Start);
                }
                continue;
            }
            var line = lines[i];
            if (line.IsBlank) continue;
            // The first line after contents lines inside the body. "2.6 Verhuisplicht" after a list of article titles across the
            // chapters ("2.4 Ketenregeling" / "2.6 Verhuisplicht" / ... / "12.5 Loonaanvulling": the articles a contract may not depart
            // from), in the middle of chapter 2: the article goes on in that chapter, not at the top ("Art. 2.6"). A stray line among
            // the contents lines ("81 Vergoeding ...", its dot lost) is no such first line.
            if (contentsBreak is { } cb && !(AnyHeading(line.Text) is null && NextNonBlank(lines, i) is { } sn && toc.Contains(sn)))
            {
                contentsBreak = null;
                if (chapter is null && appendix is null && articles.Count == 0 && !runningTitles.Contains(i) && !chapterLines.Contains(i)
                    && AnyHeading(line.Text) is { Kind: HeadingKind.Article } nh && cb.Chapter is { } brokenChapter && cb.Appendix is null
                    && nodes[brokenChapter].Number is { Length: > 0 } cn && nh.Number.StartsWith(cn + ".", StringComparison.Ordinal))
                    chapter = brokenChapter;
                // "52. Leidinggevende 1" / "53. Leidinggevende 2" / "54. Leidinggevende 3" at the end of an appendix's list of its
                // functions (numbered names that end in a number, read as contents lines), then the appendix's text ("Functiematrix" /
                // "In onderstaand overzicht ..."): a short block without dot leaders or a title inside the appendix, after the main
                // body's articles (not in the front pages); the text after it goes on in the appendix instead of belonging to no clause.
                else if (mainLast is not null && chapter is null && appendix is null && articles.Count == 0 && sub is null && unit is null && cb.Chapter is null && cb.Appendix is { } brokenApp
                         && !runningTitles.Contains(i) && !chapterLines.Contains(i) && AnyHeading(line.Text) is null && ShortRowBlock(i)
                         && !IndexTitle().IsMatch(nodes[brokenApp].Title ?? ""))
                    appendix = brokenApp;
            }
            // "Lid 1" / "Lid 2" / "Lid 3" stacked under an article's heading, their texts after them (a side column the extractor
            // printed apart): the labels open nothing; each of the paragraphs after them opens its lid in turn.
            if (stackedLabels.Contains(i) && articles.Count > 0) continue;
            // "Artikel 54." / "Artikel 55." / "Artikel 56." stacked, their titles and texts after them: the numbers open nothing; each
            // title opens its article in turn (below).
            if (stackedNumbers.Contains(i)) continue;
            // "6.13" / "6.14" at the top of a page, "Overlijdensuitkering" and "Jubileumgratificatie" further down it: a side column
            // of article numbers the extractor printed apart from their titles (PageSideNumbers). The numbers open nothing.
            if (pageSideLines.Contains(i) && appendix is null && unit is null) continue;
            // Where the contents names the titles (ContentsTitles), a bare "10.2" is one of the side column's numbers: it opens nothing.
            // Not one right above a title the contents did not name ("8.5" / "Intrekking vakantieverlof"), which opens that article as before.
            if (contentsTitles.Count > 0 && appendix is null && BareDecimal().IsMatch(line.Text.Trim())
                && !(BareArticleNumber(lines, i) is not null && NextNonBlank(lines, i) is { } bnt && !contentsTitles.ContainsKey(bnt))) continue;
            if (stackedLids.TryGetValue(i, out var stackedLid) && articles.Count > 0 && unit is null)
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                var sa0 = nodes[articles[^1]];
                // No text of the article's own above the labels: its body starts at its first lid, not at the bare labels.
                int firstLabel = i;
                for (int k = i - 1; k >= 0 && (lines[k].IsBlank || stackedLabels.Contains(k)); k--) if (!lines[k].IsBlank) firstLabel = k;
                if (stackedLid == "1" && !OwnTextAbove(firstLabel, sa0.BodyStart)) sa0.BodyStart = line.Start;
                OpenLid(articles[^1], stackedLid, line.Start);
                continue;
            }
            // The first text after an appendix's own contents: a section or article of it ("1. Functies in het primaire zorgproces"
            // over "1.1 Apothekersassistent", as its contents listed them) or its text goes on in that appendix, not in a new part
            // of the cao ("Deel 2 > H1"). Not a heading of another appendix or part, which opens its own as before.
            if (ownContentsOf is { } reopen)
            {
                ownContentsOf = null;
                if (appendix is null && chapter is null && articles.Count == 0 && !runningTitles.Contains(i)
                    && (chapterLines.Contains(i) ? DecimalChapter(line.Text) : AnyHeading(line.Text)) is null or { Kind: HeadingKind.Chapter or HeadingKind.Article })
                {
                    appendix = reopen;
                    nodes[reopen].BodyStart = line.Start;
                }
            }
            if (runningTitles.Contains(i))
            {
                CloseBelowChapter(line.Start);
                continue;
            }
            // "Functiefamilie: 7. ICT (Ontwikkeling)" in a function book: the family's own text (its description and the list
            // of its reference functions) is a section of the chapter, and the family's profiles follow as its articles.
            if (book.Families.TryGetValue(i, out var family))
            {
                CloseBelowChapter(line.Start); Close(ref openFamily, line.Start);
                int? familyIn = chapter ?? appendix ?? part;
                unit = openFamily = Add(new Node(ClauseKind.Section, family, line.Text.Trim(), line.Start, familyIn,
                    Unique((familyIn is { } fi ? nodes[fi].Path + " > " : "") + $"Functiefamilie {family}", usedPaths), line.Start));
                excluded = false;
                continue;
            }
            // "FUNCTIEFAMILIE NUMMER: 7 BETREFT: ICT" after the family's profiles: a level table of the whole family, no part of
            // its last profile.
            if (openFamily is { } of && LevelTable().IsMatch(line.Text.Trim()))
            {
                CloseBelowChapter(line.Start);
                unit = Add(new Node(ClauseKind.Section, null, line.Text.Trim(), line.Start, of, Unique($"{nodes[of].Path} > Niveaublad", usedPaths), line.Start));
                excluded = false;
                continue;
            }
            // "Niveaublad functiefamilie Verkoop" over " Functieniveau D Functieniveau E" and the table of those levels, page after page of
            // an appendix: one level sheet of the family, its own container ("Bijlage 1C > Functiefamilie Verkoop > Functieniveau D-E"),
            // the family's sheets one after the other under the family. Not one clause of tens of pages.
            // "57 01a Functiefamilie Architectuur Niveau H" / "02 TECHNISCH ONTWERPEN Niveau D" in a book of such headings: one function
            // profile per family and level, a container of what holds it ("Deel B > 01a Architectuur niveau H > Regelcapaciteit"). A family's
            // own introduction ("02 TECHNISCH ONTWERPEN" over "Bereik van de functiefamilie") ends the profile before it.
            if (levelProfiles && !toc.Contains(i))
            {
                if (LevelProfileName(line.Text.Trim()) is { } levelProfile)
                {
                    CloseBelowChapter(line.Start);
                    int? profileIn = chapter ?? appendix ?? part;
                    unit = Add(new Node(ClauseKind.Section, null, levelProfile, line.Start, profileIn,
                        Unique((profileIn is { } lpi ? nodes[lpi].Path + " > " : "") + Short(levelProfile), usedPaths), line.End));
                    excluded = false;
                    continue;
                }
                if (unit is not null && Enumerable.Range(i + 1, 6).Where(k => k < lines.Count && !lines[k].IsBlank).Take(2)
                        .Any(k => lines[k].Text.TrimStart().StartsWith("Bere", StringComparison.Ordinal) && lines[k].Text.Contains("van de functiefamilie", StringComparison.Ordinal)))
                    Close(ref unit, line.Start);
            }
            // So too "Functiefamilie Administratie" (no number) over "Bereik niveaus A tot en met I" and its levels' descriptions, in
            // the same function book; the name repeated right under it (also as "Functiefamilie: Commercie") is part of its heading.
            if (levelSheets && appendix is not null && !toc.Contains(i) && (LevelSheet().Match(line.Text.Trim()) is { Success: true } sheet
                    || (sheet = NamedFamily().Match(line.Text.Trim())).Success
                       && Enumerable.Range(i + 1, 6).Where(k => k < lines.Count && !lines[k].IsBlank).Take(3).Any(k => lines[k].Text.Contains("Bereik niveaus", StringComparison.Ordinal))
                       && !(PreviousNonBlank(lines, i) is { } pnf && NamedFamily().IsMatch(lines[pnf].Text.Trim())))
                && appendix is { } sheetIn)
            {
                var familyName = sheet.Groups["f"].Value.Trim();
                CloseBelowChapter(line.Start);
                static string Letters(string? t) => new((t ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
                if (!(openFamily is { } sf && nodes[sf].Parent == sheetIn && nodes[sf].Number is null && Letters(nodes[sf].Title) == Letters(familyName)))
                {
                    Close(ref openFamily, line.Start);
                    openFamily = Add(new Node(ClauseKind.Section, null, familyName, line.Start, sheetIn,
                        Unique($"{nodes[sheetIn].Path} > Functiefamilie {Short(familyName)}", usedPaths), line.Start));
                }
                // The sheet's columns: " Functieniveau D Functieniveau E" (also over two lines) belong to its heading.
                var levels = new List<string>();
                int sheetHead = i;
                for (int k = i + 1, seen = 0; k < lines.Count && seen < 2; k++)
                {
                    if (lines[k].IsBlank) continue;
                    seen++;
                    var found = SheetLevel().Matches(lines[k].Text).Select(m => m.Groups["l"].Value).ToList();
                    if (found.Count == 0 || SheetRow().IsMatch(lines[k].Text.Trim())) break;
                    levels.AddRange(found);
                    sheetHead = k;
                }
                var sheetName = levels.Count switch { 0 => "Niveaublad", 1 => $"Functieniveau {levels[0]}", _ => $"Functieniveau {levels[0]}-{levels[^1]}" };
                unit = Add(new Node(ClauseKind.Section, null, line.Text.Trim(), line.Start, openFamily, Unique($"{nodes[openFamily!.Value].Path} > {sheetName}", usedPaths),
                    lines[sheetHead].End) { LevelSheet = true });
                i = sheetHead;
                excluded = false;
                continue;
            }
            // A row of a level sheet ("Aard van de functie Adviseren en verkopen ...", "Werkwijze ...", "Zakelijk risico ..."): its own
            // part of the sheet, up to the next row.
            if (unit is { } rowSheet && nodes[rowSheet].LevelSheet && SheetRow().Match(line.Text.Trim()) is { Success: true } sheetRow)
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                var rowName = sheetRow.Groups["r"].Value;
                rowName = IsCapitals(rowName) ? SentenceCase(rowName) : rowName;
                sub = Add(new Node(ClauseKind.Section, null, rowName, line.Start, rowSheet, Unique($"{nodes[rowSheet].Path} > {rowName}", usedPaths), line.Start));
                continue;
            }
            var h = chapterLines.Contains(i) ? DecimalChapter(line.Text) : AnyHeading(line.Text);
            // "Artikel 5 vaststelling salaris van de (leerling)werknemer die een vervolg- of" / "2de opleiding volgt" / "1. Onder ...": a
            // title printed over two lines, the first ending in a word that goes on, right after article 4 (session 26). Before, the
            // heading was lost and article 5's leden read as more leden of article 4.
            int? wrappedTitle = null;
            if (h is null && unit is null && WrappedArticleTitle().Match(line.Text.Trim()) is { Success: true } wat && OpenEnd().IsMatch(wat.Groups["t"].Value)
                && lastArticle is { } wla && int.TryParse(wla, out int wlan) && int.TryParse(wat.Groups["n"].Value, out int wan) && wan == wlan + 1
                && NextNonBlank(lines, i) is { } wn && !toc.Contains(wn) && lines[wn].Text.Trim() is { Length: > 0 and <= 50 } wt && !".;:,".Contains(wt[^1])
                && LidMarker(wt) is null && AnyHeading(wt) is null && NextNonBlank(lines, wn) is { } wb && LidMarker(lines[wb].Text) is not null)
            {
                h = new Heading(HeadingKind.Article, wat.Groups["n"].Value, wat.Groups["t"].Value.Trim() + " " + wt);
                wrappedTitle = wn;
            }
            // A profile named only by its place (RecurringProfileTitles) ends at the next heading or numbered title: what follows the
            // function book (its procedure, "1. Wijze van invoering" over its own "1. ...") is no step of the last profile.
            if (unit is { } ru && nodes[ru].NamedByPlace && (h is not null || NumberedTitleLine(lines, i) is not null))
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start); Close(ref unit, line.Start);
            }
            // "8. Beraadslaging en stemmen" above "8.1 De commissie besluit ...": in an appendix, a numbered title whose decimals
            // are sentences, not titles, is an article of the appendix's regulation, and 8.1, 8.2 are its leden (no chapter 8).
            bool decimalLeden = false, clusterArticle = false;
            if (h is { Kind: HeadingKind.Chapter } && chapterLines.Contains(i) && appendix is not null && unit is null && DecimalSentenceFollows(lines, i, h.Number))
            {
                h = new Heading(HeadingKind.Article, h.Number, h.Title);
                decimalLeden = true;
            }
            // "6. Differentiatie in werkingssfeer" over "6.1 ...", "6.3 ..." inside "Cluster 2. ...": a cluster's numbered titles are its
            // articles (the cao cites "artikel 4, Cluster 9"), and their decimals the articles' parts ("Cluster 2 > Art. 6 > lid 6.3").
            // Not in a cluster that has "Artikel 1 - Groothandel" headings of its own (a list inside one of its sections).
            else if (h is { Kind: HeadingKind.Chapter } && chapterLines.Contains(i) && appendix is null && unit is null && part is { } cl
                     && nodes[cl].Path.StartsWith("Cluster ", StringComparison.Ordinal) && !clusterOwnArticles)
            {
                h = new Heading(HeadingKind.Article, h.Number, h.Title);
                decimalLeden = clusterArticle = true;
            }
            // "2. Reistijd (A2)" over its text after "1.6" of the cluster's article 1: the cluster's next article, whose text has no decimals
            // of its own ("Cluster 9 > Art. 2"), not more of 1.6.
            if (h is null && unit is null && appendix is null && part is { } ncl && nodes[ncl].Path.StartsWith("Cluster ", StringComparison.Ordinal) && !clusterOwnArticles
                && articles.Count > 0 && nodes[articles[0]] is { DecimalLeden: true } clArt && int.TryParse(clArt.Number, out int clNo)
                // right in the text of one of the article's decimals ("1.6 ..."), not among the items of a list or a sub-heading in it
                && sub is null && lid is null && articles.Count >= 2 && (nodes[articles[^1]].Number ?? "").StartsWith(clNo + ".", StringComparison.Ordinal)
                && NumberedTitlePattern().Match(line.Text.Trim()) is { Success: true } nct && nct.Groups["n"].Value == (clNo + 1).ToString()
                && !OpenEnd().IsMatch(nct.Groups["t"].Value) && NextNonBlank(lines, i) is { } nctNext && lines[nctNext].Text.Trim() is { Length: >= 40 } nctBody
                && char.IsUpper(nctBody[0]) && LidMarker(nctBody) is null && AnyHeading(nctBody) is null)
            {
                h = new Heading(HeadingKind.Article, nct.Groups["n"].Value, nct.Groups["t"].Value.Trim());
                decimalLeden = clusterArticle = true;
            }
            // "4B. VOORBEELDEN INZAKE SALARISVERHOGINGEN EX" / "ARTIKEL 41 IN VRIJE TIJD": a title wrapped before the article it
            // names, no heading of that article.
            if (h is { Kind: HeadingKind.Article } && AfterWrappedReference(lines, i)) h = null;
            // "2. 5 Naar een andere salarisschaal" after article 2.4, "8. 2 . Het Persoonlijk Budget" after 8.1, "29 Pensioen" after 2.8:
            // a decimal article's number that the extractor split after its dot, or whose dot the OCR lost, over a title in mixed case.
            // Only where it is the next number of the last article (SplitDecimalHeading); else "2. 5 dagen ..." stays an item.
            if (h is null && unit is null && !toc.Contains(i) && SplitDecimalHeading(lines, i, lastArticle, lid is { } sdl ? nodes[sdl].Number : null) is { } splitDecimal) h = splitDecimal;
            // In an appendix, "Artikel 11 Cao Glastuinbouw" or "Artikel 14 Cao voor" / "Uitzendkrachten" out of the appendix's own
            // numbering (a cell of a table that compares two cao's): a cao's article cited, no heading. Not "Artikel 24 Cao-loon", nor
            // "Artikel 8 Cao" right after article 7 of a model contract.
            if (h is { Kind: HeadingKind.Article, Sign: false } && unit is null && CaoAfterNumber().IsMatch(h.Title.TrimStart(' ', '-', '–', ':'))
                && char.IsUpper(line.Text.TrimStart()[0]) && (appendix is { } capp && h.Number != "1"
                       && !(nodes.LastOrDefault(x => x.Kind == ClauseKind.Article && x.Start > nodes[capp].Start) is { } prevArt
                            && Ordinal(prevArt.Number ?? "") is { } pn0 && Ordinal(h.Number) == pn0 + 1)))
                h = null;
            // "2.1. Een mbo-opleiding bij een ROC." / "2.2. Een andere opleiding." inside article 1.12 of chapter 1, where the next
            // article after them is 1.13: points of a list numbered in the next chapter's style, no articles (and no chapter 2).
            if (h is { Kind: HeadingKind.Article, Sign: false } && appendix is null && unit is null && !ArticleWord().IsMatch(line.Text.TrimStart())
                && chapter is { } cc && Ordinal(nodes[cc].Number ?? "") is { } ccNo && mainLast is not null
                && ArticleChapter().Match(h.Number) is { Success: true } hc && Ordinal(hc.Groups[1].Value) == ccNo + 1
                && ArticleChapter().Match(mainLast) is { Success: true } lastCh && Ordinal(lastCh.Groups[1].Value) == ccNo
                && NextArticleOutside(lines, i, toc, hc.Groups[1].Value) is { } goesOn && ArticleChapter().Match(goesOn) is { Success: true } gc
                && Ordinal(gc.Groups[1].Value) == ccNo && PlainDecimal().Match(goesOn) is { Success: true } gd && PlainDecimal().Match(mainLast) is { Success: true } ld
                && int.Parse(gd.Groups[2].Value) - int.Parse(ld.Groups[2].Value) is >= 1 and <= 3)
                h = null;
            // The first line of a profile ("Positie van de functie in de organisatie") opens the reference function the
            // family's list names at that place ("7.1 Manager ICT I" for the first profile, "7.2 ..." for the second).
            bool profile = false;
            if (book.Profiles.TryGetValue(i, out var listedFunction))
            {
                h = new Heading(HeadingKind.Article, listedFunction.Number, listedFunction.Title);
                profile = true;
            }
            // A numbered paragraph whose text is a whole sentence ("4.1.4 De werkgever zorgt ... ligt."): an
            // article of its own where its number continues the open numbering, with no title of its own.
            bool sentenceArticle = false;
            if (h is null && contentsTitles.TryGetValue(i, out var named0)) h = named0;
            if (h is null && BareArticleNumber(lines, i) is { } bare) h = new Heading(HeadingKind.Article, bare, "");
            // A title whose "ARTIKEL 36" the extractor lost, named with its number in the contents; only where that number
            // goes on from the last article (or starts a part again at 1).
            if (h is null && untitled.TryGetValue(i, out var lost) && lost.Length == 0)
            {
                CloseBelowChapter(line.Start);
                continue;
            }
            if (h is null && stackedArticles.TryGetValue(i, out var stackedNo)) h = new Heading(HeadingKind.Article, stackedNo, line.Text.Trim());
            if (h is null && pageSide.TryGetValue(i, out var sideNo) && appendix is null && unit is null
                && (chapter is not { } sch || nodes[sch].Number is not { Length: > 0 } schNo || schNo == sideNo[..sideNo.IndexOf('.')]))
                h = new Heading(HeadingKind.Article, sideNo, line.Text.Trim());
            if (h is null && untitled.TryGetValue(i, out lost) && lost.Length > 0
                && (lost == "1" || lastArticle is null || int.TryParse(lastArticle, out int prevNo) && int.TryParse(lost, out int lostNo) && lostNo > prevNo && lostNo <= prevNo + 3))
                h = new Heading(HeadingKind.Article, lost, line.Text.Trim());
            if (h is null && NumberedParagraph(line.Text, articles.Select(a => nodes[a].Number ?? ""), chapter is { } oc ? nodes[oc].Number : null) is { } pn
                && !AfterWrappedReference(lines, i))
            {
                h = new Heading(HeadingKind.Article, pn, "");
                sentenceArticle = true;
            }
            // "Artikel 3 De werknemer verricht de arbeid in de regio ....": in a model contract (an appendix), an article whose first
            // sentence stands on its heading's line. Only "Artikel 1" as the appendix's first article, or the number after its last
            // one, at the start of a line that does not go on a sentence: no "Artikel 5 geldt ook ..." cited elsewhere.
            if (h is null && appendix is { } sapp && unit is null && SentenceArticle().Match(line.Text.Trim()) is { Success: true } sa
                && !IsReference(lines, i, doc) && PreviousNonBlank(lines, i) is { } sap && (lines[sap].EndsIn(".:;!?)") || AnyHeading(lines[sap].Text) is not null)
                && (nodes.LastOrDefault(x => x.Kind == ClauseKind.Article && x.Start > nodes[sapp].Start) is { } sprev
                        ? Ordinal(sprev.Number ?? "") is { } spn && Ordinal(sa.Groups["n"].Value) == spn + 1
                        : sa.Groups["n"].Value == "1"))
            {
                h = new Heading(HeadingKind.Article, sa.Groups["n"].Value, "");
                sentenceArticle = true;
            }
            // In an appendix, "3. Duur en hoogte van de aanvulling" right above its own "1. ..." is an article of
            // the appendix's regulation, not a lid that runs on into the next section.
            bool numberedTitle = false;
            if (h is null && unit is null && appendix is not null && (articles.Count == 0 || nodes[articles[^1]].NumberedTitle)
                && NumberedTitleLine(lines, i) is { } nt)
            {
                h = new Heading(HeadingKind.Article, nt.Number, nt.Title);
                numberedTitle = true;
            }
            // "2. Voorwaarden voor deelname" over an unnumbered sentence, after lid 2 of the appendix's article "1. Deelname aan spaarverlof"
            // (a numbered title over its own leden): lid 2 is taken, so the title is the regulation's next article, whose first lid has no
            // number ("2. De werknemer ..." follows it), not more of lid 2.
            bool unnumberedFirst = false;
            if (h is null && unit is null && appendix is not null && articles.Count > 0 && nodes[articles[^1]] is { NumberedTitle: true, LidStyle: '1' } nta
                && int.TryParse(nta.Number, out int ntaNo) && int.TryParse(nta.LastLid, out int ntaLast) && ntaLast >= ntaNo + 1
                && NumberedTitlePattern().Match(line.Text.Trim()) is { Success: true } ntm && ntm.Groups["n"].Value == (ntaNo + 1).ToString()
                && ntm.Groups["t"].Value.Trim() is { Length: <= 70 } ntTitle && !ntTitle.Contains(',') && !OpenEnd().IsMatch(ntTitle)
                && NextNonBlank(lines, i) is { } ntn && LidMarker(lines[ntn].Text) is null && AnyHeading(lines[ntn].Text) is null
                && lines[ntn].Text.Trim() is { Length: >= 20 } ntb && char.IsUpper(ntb[0]))
            {
                h = new Heading(HeadingKind.Article, ntm.Groups["n"].Value, ntTitle);
                numberedTitle = unnumberedFirst = true;
            }
            // "10. Doorwerking sancties UWV" over a sentence after lid 6 of the appendix's article "9. Verhuiskosten", and "11. Grensbedrag II"
            // after "10. Grensbedrag I" in a cluster: where the open article was opened by a numbered title (in a cluster also one whose parts
            // are decimals, "9. Jaarinkomen" over "9.1"), the next number over a title
            // and a sentence is the next article, not more of the article before (session 32). Not where it is the open lid's next number.
            bool inCluster = appendix is null && part is { } ncp && nodes[ncp].Path.StartsWith("Cluster ", StringComparison.Ordinal);
            if (h is null && unit is null && !excluded && (appendix is not null || inCluster)
                && articles.Count > 0 && nodes[articles[^1]] is { } nto && (nto.NumberedTitle || inCluster && nto.DecimalLeden) && int.TryParse(nto.Number, out int ntoNo)
                && NumberedTitlePattern().Match(line.Text.Trim()) is { Success: true } nxm && nxm.Groups["n"].Value == (ntoNo + 1).ToString()
                && !(lid is { } nxl && int.TryParse(nodes[nxl].Number, out int nxlNo) && nxlNo + 1 == ntoNo + 1)
                && nxm.Groups["t"].Value.Trim() is { Length: <= 70 } nxTitle && !nxTitle.Contains(',') && !OpenEnd().IsMatch(nxTitle)
                && NextNonBlank(lines, i) is { } nxn && LidMarker(lines[nxn].Text) is null && AnyHeading(lines[nxn].Text) is null
                && lines[nxn].Text.Trim() is { Length: >= 30 } nxb && char.IsUpper(nxb[0]))
            {
                h = new Heading(HeadingKind.Article, nxm.Groups["n"].Value, nxTitle);
                numberedTitle = true;
            }
            // "1. WERKINGSSFEER" / "2. SOCIAAL BELEID IN DE ONDERNEMING" straight under a part, chapter or appendix with no article
            // open: numbered titles in capitals over their own text are the section's articles, one after the other, no leden.
            if (h is null && unit is null && !excluded && (chapter ?? appendix ?? part) is not null
                && (articles.Count == 0 || nodes[articles[^1]].NumberedTitle) && CapitalTitleLine(lines, i) is { } ct
                && ct.Number == (articles.Count == 0 ? "1" : int.TryParse(nodes[articles[^1]].Number, out int prevTitled) ? (prevTitled + 1).ToString() : ""))
            {
                h = new Heading(HeadingKind.Article, ct.Number, ct.Title);
                numberedTitle = true;
            }
            // "2.1 Er geldt een overgangsregeling:" after lid 1 of "Artikel 51": where articles are numbered 1, 2, 3 through the
            // cao, the decimal numbers a lid of the open article (lid 2.1, then 2.2), not an article 2.1.
            if ((h is { Kind: HeadingKind.Article, Sign: false } || h is null && DecimalPattern().IsMatch(line.Text.Trim())) && !numberedTitle && !decimalLeden
                && unit is null && !excluded && !numberedByChapter && articles.Count > 0
                && char.IsDigit(line.Text.TrimStart()[0]) && nodes[articles[^1]] is { Kind: ClauseKind.Article } plain
                && (h?.Number ?? DecimalPattern().Match(line.Text.Trim()).Groups["num"].Value.Replace(" ", "")) is var subNumber
                && SubLidOf(plain, subNumber, doc.Text) is { } subLid)
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                OpenLid(articles[^1], subNumber, line.Start, last: subLid);
                continue;
            }
            // "Niveau onderscheidende kenmerken (NOK) CH AUFFEUR Functienummer: L.01" after a function's profile: the table of the levels
            // of its family, a part of the function of its own (not text of the profile's last part, "Bezwarende omstandigheden", as
            // before). The table's header again on its next page ("... (NOK) CH AUFFEUR ..." over the competences) opens nothing (session 31).
            if (h is null && unit is { } nokIn && !toc.Contains(i) && LevelFeaturesTitle().IsMatch(line.Text.Trim()))
            {
                if (sub is { } openNok && nodes[openNok].Title is { } nokTitle && LevelFeaturesTitle().IsMatch(nokTitle)) continue;
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                sub = Add(new Node(ClauseKind.Section, null, line.Text.Trim(), line.Start, nokIn,
                    Unique($"{nodes[nokIn].Path} > Niveau onderscheidende kenmerken", usedPaths), line.End));
                continue;
            }
            // Inside a job profile its own numbered parts ("4.5 Uitdrukkingsvaardigheid", "3. Resultaatgebieden")
            // are steps of the profile, no chapters, articles or leden of the cao.
            // Not in a function book's list or raster ("05.06 Vakkenvuller Winkel" is its row; session 32).
            if (unit is { } u && !toc.Contains(i) && !profile && !(nodes[u].Title is { } unitTitle && FunctionBookList().IsMatch(unitTitle)))
            {
                if (sentenceArticle) { h = null; sentenceArticle = false; }
                var ut = line.Text.Trim();
                if ((h is { Kind: HeadingKind.Article or HeadingKind.Chapter } && char.IsDigit(ut[0]) || h is null && UnitSection().IsMatch(ut) && ShortItem(ut))
                    && UnitTitle(ut) is null && ProfileTitle(lines, i, appendix is not null) is null)
                {
                    Close(ref lid, line.Start); Close(ref sub, line.Start);
                    sub = Add(new Node(ClauseKind.Section, null, ut, line.Start, u, Unique($"{nodes[u].Path} > {Short(ut)}", usedPaths), line.End));
                    continue;
                }
            }
            // After a signature block ("Partijen te ener zijde:" and the signers, or a model letter's "Aldus gedaan en afgegeven te" and its
            // blanks to sign): "Protocolbepalingen cao-...", "PROTOCOLAFSPRAKEN", a title over text of its own, opens an unnumbered appendix.
            // Its text is no part of the signatures, nor of the article they closed (which ran on over it before; session 31).
            bool signatureTitle = false;
            if (h is null && excluded && TitleAfterSignature(lines, i) is { } afterSignature) { h = afterSignature; signatureTitle = true; }
            if (h is null && excluded) continue;
            if (h is null && (SignatureStart().IsMatch(line.Text.Trim()) || AbbreviationsTitle().IsMatch(line.Text.Trim())))
            {
                // Signature blocks and abbreviation lists are no clauses: what is open ends here, and
                // their lines belong to nothing up to the next heading.
                Close(ref lid, line.Start); Close(ref sub, line.Start); Close(ref unit, line.Start);
                if (articles.Count > 0) CloseArticles(line.Start);
                else { Close(ref chapter, line.Start); Close(ref appendix, line.Start); }
                excluded = true;
                continue;
            }
            // The heading of the part, appendix or chapter already open, repeated: a running header.
            if (h is not null && h.Kind != HeadingKind.Article && (h.Kind switch
                {
                    HeadingKind.Part => part,
                    HeadingKind.Appendix => appendix,
                    _ => chapter,
                }) is { } open && nodes[open].Number == h.Number && h.Number.Length > 0 && (!nodes[open].Implicit || h.Kind == HeadingKind.Chapter))
                continue;
            // Chapters follow each other (or restart at 1): "Hoofdstuk 15" in a chapter 9 is a reference.
            // A larger jump is real when the chapter's own articles follow ("Hoofdstuk 15" then "Artikel 15.1"), or when a titled
            // heading stands right above the next article of the main body ("HOOFDSTUK 9 OVERIGE BEPALINGEN" / "Artikel 51"
            // after article 50: the headings of chapters 6 to 8 were lost).
            // "HOOFDSTUK III - VAKBONDSWERK" after "AFDELING 9" (a cao whose first chapter is written in sections, "Afdeling 1" to 9): a
            // chapter of the other word counts on from its own last one (none yet, or II), not from the sections.
            var headingWord = h is { Kind: HeadingKind.Chapter } && !chapterLines.Contains(i) && ChapterPattern().Match(line.Text.TrimStart()) is { Success: true } cw
                ? cw.Groups["word"].Value.Replace(" ", "").ToLowerInvariant().Replace("hoofstuk", "hoofdstuk") : null;
            bool otherWord = headingWord is not null && lastChapterWord is not null && headingWord != lastChapterWord && appendix is null && mainLast is not null && h!.Title.Trim().Length > 0
                && Ordinal(h.Number, letteredChapters) is { } wordOrd && (chapterWordOrd.TryGetValue(headingWord, out var wl) ? wordOrd == wl + 1 : wordOrd <= 3);
            if (h is { Kind: HeadingKind.Chapter } && !otherWord && Ordinal(h.Number, letteredChapters) is { } co && lastChapterOrd is { } lc && co != 1 && (co < lc || co > lc + 2)
                && !(co > lc && (OwnArticleFollows(lines, i, h.Number)
                                 || h.Title.Length > 0 && mainLast is not null && NextArticle(lines, i) is { } na && Continues(na, mainLast))))
                h = null;
            // Parts are numbered in one style: "Deel I" of a form inside "Deel A" is no part of the cao.
            if (h is { Kind: HeadingKind.Part } && partStyle is { } style && NumberStyle(h.Number) != style)
                h = null;
            // "zoals opgenomen in" / "bijlage XI." is a cross-reference, not the appendix's own heading.
            if (h is { Kind: HeadingKind.Appendix } && IsReference(lines, i, doc)) h = null;
            // "Artikel 7.1.3" / "Bijlage L" / "Artikel 7.1.4 Salariëring": a margin note naming the appendix an article refers to, printed
            // among the article numbers of a side column. An appendix's own heading never stands right under a bare article number.
            // The note goes with the number's heading: a bare number over nothing but its note is no clause.
            if (h is { Kind: HeadingKind.Appendix } && MarginAppendixReference(lines, i, doc) is { } marginOf)
            {
                h = null;
                if (articles.Count > 0 && nodes[articles[^1]] is { } noted && noted.BodyStart == lines[marginOf].End) noted.BodyStart = line.End;
                continue;
            }
            // "Artikel 3: De arbeidsovereenkomst" / "Artikel 6: Werktijden" in an appendix: rows of a table that names the main body's
            // articles by their numbers and titles (which of them apply to workers posted from abroad), next to each other. The rows
            // open no articles of the appendix: they stay in the text of the table (its subject "b) Werktijden", or the appendix).
            // Only where another such row stands within a few lines, with nothing but short cells between them ("Integraal",
            // "b) Werktijden"): an appendix that is a cao of its own ("Artikel 1a Werkingssfeer" / its text / "Artikel 1b
            // Definities") keeps its articles.
            if (h is { Kind: HeadingKind.Article, Sign: false } && appendix is not null && unit is null && MainArticleRow(i)
                // (also past the dashed points of a row: "- Lid 3 sub a en b, lid 5 en lid 8.", "- Voor lid 5 is de toestemming ... niet aan de orde.")
                // (also past rows the contents pass took for a contents without page numbers: "Artikel 65 Prestatie toeslag", the last row
                // after "Artikel 57 ..." to "Artikel 64 ...", has text under it, the table's next point)
                && new[] { 1, -1 }.Any(dir => Enumerable.Range(1, 6).Select(d => NthNonBlank(i, dir * d, throughContents: true)).TakeWhile(r => r is { } c && lines[c].Start > nodes[appendix.Value].Start)
                    .Select(r => r!.Value).TakeWhile(r => MainArticleRow(r) || TableCell(lines[r].Text) || DashedPoint().IsMatch(lines[r].Text)).Any(MainArticleRow)))
                h = null;
            // "2.8 Overwerk - 2.8.1: In de eerste alinea vervalt de laatste zin." in an appendix: a row of a table of the main
            // body's rules (what applies to whom, and how), named by the number and title of the main body's own article 2.8.
            // The row is no article of the appendix: it is a section of it, that ends at the next row. Not a number in the
            // appendix's own numbering (5.2.1 in Bijlage 5.2), and not one whose namesake was only a line of the contents.
            if ((h is null || h is { Kind: HeadingKind.Article, Sign: false }) && appendix is not null && unit is null && mainArticles.Count > 0
                && char.IsDigit(line.Text.TrimStart()[0]) && RuleRow(line.Text) is { } row
                && mainArticles.TryGetValue(row.Number, out var rowOf)
                && SameTitle(nodes[rowOf.Node].Title, row.Title)
                && (nodes[rowOf.Node].HasChildren || nodes[rowOf.Node].End - nodes[rowOf.Node].BodyStart >= 100 || !NearContents(rowOf.Line, toc))
                && !(nodes[appendix.Value].Number is { Length: > 0 } rowAppendix && row.Number.StartsWith(rowAppendix + ".", StringComparison.OrdinalIgnoreCase)))
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start); CloseArticles(line.Start);
                int rowIn = (chapter ?? appendix)!.Value;
                sub = Add(new Node(ClauseKind.Section, null, row.Label, line.Start, rowIn, Unique($"{nodes[rowIn].Path} > {Short(row.Label)}", usedPaths),
                    row.HasText ? line.Start : line.End));
                continue;
            }
            // "3.11" and "3.12" on lines of their own right after article 3.10's first sentence, with their titles further on
            // ("(Voorgenomen) schorsing", "Duur schorsing"): numbers a side column printed apart from their headings. They are
            // kept in order, and each next unnumbered title in the chapter opens the next of them.
            bool fromSideColumn = false;
            // So too right under a chapter's heading, before its first article: "13. Medezeggenschap" / "13.1" / "13.2" / the titles.
            if (h is null && (articles.Count > 0 || chapter is { } dch && nodes[dch].Number is { Length: > 0 } && !nodes[dch].HasChildren)
                && unit is null && sub is null && appendix is null && BareDecimal().IsMatch(line.Text.Trim()))
            {
                // One run of numbers, one under the other: a number standing apart from the last run starts anew.
                if (displaced.Count > 0 && !(PreviousNonBlank(lines, i) is { } pb && BareDecimal().IsMatch(lines[pb].Text.Trim()))) displaced.Clear();
                if (NextInNumbering(displaced.Count > 0 ? displaced.Last() : articles.Count > 0 ? nodes[articles[^1]].Number : nodes[chapter!.Value].Number + ".0",
                        line.Text.Trim().TrimEnd('.')))
                {
                    if (displaced.Count == 0) displacedUnderChapter = articles.Count == 0;
                    displaced.Enqueue(line.Text.Trim().TrimEnd('.'));
                    displacedCounted = false;
                    continue;
                }
            }
            if (h is null && displaced.Count > 0 && !toc.Contains(i) && SideTitle(lines, i))
            {
                // Only where as many titles as numbers follow before the next heading: else which title is whose is a guess.
                // Under a chapter's heading, a run of one number only is no side column (a contents line "12.1" / its title).
                if (!displacedCounted && (SideTitlesUntilHeading(lines, i, toc) != displaced.Count || displacedUnderChapter && displaced.Count < 2)) displaced.Clear();
                else
                {
                    h = new Heading(HeadingKind.Article, displaced.Dequeue(), line.Text.Trim());
                    fromSideColumn = true;
                }
                displacedCounted = displaced.Count > 0;
            }
            if (h is not null && !fromSideColumn) displaced.Clear();
            if (h is not null && commentary is { } cmt)
            {
                // "Artikel 1" in a commentary on the articles before it: the comment on article 1, a section of the commentary whose
                // points ("e. ...") are its own, not the regulation's article 1 again.
                if (h.Kind == HeadingKind.Article && !h.Sign && ArticleWord().IsMatch(line.Text.TrimStart()))
                {
                    Close(ref lid, line.Start); Close(ref sub, line.Start);
                    sub = Add(new Node(ClauseKind.Section, h.Number, line.Text.Trim(), line.Start, cmt, Unique($"{nodes[cmt].Path} > Art. {h.Number}", usedPaths), line.End));
                    continue;
                }
                Close(ref lid, line.Start); Close(ref sub, line.Start); Close(ref commentary, line.Start);
            }
            if (h is not null)
            {
                excluded = false;
                var title = h.Title;
                int headingLine = i;
                int bodyStart = sentenceArticle || profile ? line.Start : line.End;
                if (wrappedTitle is { } wtl) { bodyStart = lines[wtl].End; i = wtl; }
                // "Artikel 5" alone on a line, its title on the next.
                if (title.Length == 0 && !sentenceArticle && !profile && NextNonBlank(lines, i) is { } ni && !toc.Contains(ni) && IsTitleLike(lines[ni].Text))
                {
                    title = lines[ni].Text.Trim();
                    bodyStart = lines[ni].End;
                    i = ni;
                }
                // An appendix heading straight above another one is a list of appendices (contents without
                // page numbers): like the contents, it ends what is open and opens nothing.
                // One wrapped line of the entry's title may stand between ("Bijlage 16 Overgangsregeling van de cao naar de" /
                // "nieuwe cao" / "Bijlage 17 ...").
                static bool AppendixAt(List<TextLine> ls, int at) => AnyHeading(ls[at].Text) is { Kind: HeadingKind.Appendix };
                if (h.Kind == HeadingKind.Appendix && NextNonBlank(lines, i) is { } an && !toc.Contains(an)
                    && (AppendixAt(lines, an) || lines[an].Text.Trim().Length <= 60 && AnyHeading(lines[an].Text) is null && LidMarker(lines[an].Text) is null
                        && !lines[an].EndsIn(".:;!?") && NextNonBlank(lines, an) is { } an2 && !toc.Contains(an2) && AppendixAt(lines, an2)))
                {
                    CloseBelowChapter(line.Start);
                    Close(ref chapter, line.Start); Close(ref appendix, line.Start);
                    continue;
                }
                Close(ref lid, line.Start); Close(ref sub, line.Start); Close(ref unit, line.Start);
                if (h.Kind != HeadingKind.Article) Close(ref openFamily, line.Start);
                titledHeadingEnd = title.Length > 0 && h.Kind is HeadingKind.Appendix or HeadingKind.Part ? i : -1;
                switch (h.Kind)
                {
                    case HeadingKind.Part when appendix is { } pap && (part is { } op && Ordinal(h.Number) is { } hp && Ordinal(nodes[op].Number ?? "") is { } opn && hp <= opn
                                                                           || Ordinal(h.Number) is { } hq && nodes[pap].OwnPart > 0 && hq > nodes[pap].OwnPart && hq <= nodes[pap].OwnPart + 2):
                        // "DEEL 1 – ALGEMENE INFORMATIE" inside Bijlage 6 (a handbook in parts) where the cao's own part 2 is open, or its
                        // "DEEL 3" after that handbook part 2: a part of the appendix, not the cao's next part. It ends what is open in the
                        // appendix and heads the text up to its first article (the appendix's, as before).
                        CloseArticles(line.Start); Close(ref chapter, line.Start);
                        nodes[pap].OwnPart = Ordinal(h.Number) ?? 0;
                        sub = Add(new Node(ClauseKind.Section, h.Number, NullIfEmpty(title), line.Start, pap, Unique($"{nodes[pap].Path} > Deel {h.Number}", usedPaths), bodyStart));
                        break;
                    case HeadingKind.Part:
                        CloseArticles(line.Start); Close(ref chapter, line.Start); Close(ref appendix, line.Start); Close(ref part, line.Start);
                        partStyle ??= NumberStyle(h.Number);
                        var partPath = Unique($"{(line.Text.TrimStart().StartsWith("Cluster", StringComparison.OrdinalIgnoreCase) ? "Cluster" : "Deel")} {h.Number}", usedPaths);
                        part = Add(new Node(ClauseKind.Section, h.Number, NullIfEmpty(title), line.Start, null, partPath, bodyStart));
                        clusterOwnArticles = partPath.StartsWith("Cluster ", StringComparison.Ordinal) && ArticleHeadingBeforeNextPart(lines, i, toc);
                        break;
                    case HeadingKind.Appendix:
                        // "Bijlage 1: Referentiefuncties" where Bijlage 1 came already, inside Bijlage 15 (a handbook with its
                        // own appendices, numbered from 1 again): Bijlage 15's appendix, named so. A higher number ("Bijlage 16")
                        // goes on with the cao's own appendices. "Bijlage 11 Het generieke functieboek" after Bijlage 15, where the
                        // cao's Bijlage 11 had that title and only a few lines (a placeholder), is that appendix printed in full at
                        // the end: the cao's own (its path "(2)").
                        int? outer = lastAppendix is { } oa ? nodes[oa].NestedIn ?? oa : null; // also when its own contents closed it
                        CloseArticles(line.Start); Close(ref chapter, line.Start); Close(ref appendix, line.Start);
                        // The appendices after the last cluster are the cao's, not that cluster's.
                        if (part is { } cluster && nodes[cluster].Path.StartsWith("Cluster ", StringComparison.Ordinal)) Close(ref part, line.Start);
                        var named = h.Number.StartsWith("Protocol ", StringComparison.Ordinal) || h.Number.StartsWith("Aanhangsel ", StringComparison.Ordinal) ? h.Number : h.Number.Length > 0 ? $"Bijlage {h.Number}" : Short(title);
                        var apath = PartPrefix() + named;
                        int? nestedIn = null;
                        if (outer is { } o && Ordinal(h.Number) is { } hn && Ordinal(nodes[o].Number ?? "") is { } on && hn < on
                            && (usedPaths.Contains(apath) || lastAppendix is { } la && nodes[la].NestedIn is not null)
                            && !nodes.Any(x => x.Kind == ClauseKind.Appendix && x.Path == apath && x.End - x.Start < 1500 && SameTitle(x.Title, title)))
                        {
                            nestedIn = o;
                            apath = $"{nodes[o].Path} > {named}";
                        }
                        apath = Unique(apath, usedPaths);
                        appendix = lastAppendix = Add(new Node(ClauseKind.Appendix, NullIfEmpty(h.Number), NullIfEmpty(title), line.Start, part, apath, bodyStart) { NestedIn = nestedIn, AfterSignature = signatureTitle });
                        lastChapterOrd = null;
                        break;
                    case HeadingKind.Chapter:
                        CloseArticles(line.Start); Close(ref chapter, line.Start);
                        // An appendix before any article of the main body came from the contents.
                        if (appendix is not null && mainLast is null && part is null) Close(ref appendix, line.Start);
                        // "Hoofdstuk 15" after the main body's chapter 14, inside an appendix a page's side list opened ("Protocol II
                        // Cao value services" above the chapter's articles) that has no chapters of its own, where the next article
                        // goes on with the main body's numbering: the main body goes on; the appendix ends here.
                        if (appendix is { } side && mainChapter is { } lastMain && mainLast is not null
                            && Ordinal(h.Number, letteredChapters) is { } nextCh && Ordinal(nodes[lastMain].Number ?? "", letteredChapters) is { } mainCh && nextCh == mainCh + 1
                            && !nodes.Any(x => x.Kind == ClauseKind.Chapter && x.Parent == side) && NextBodyArticle(lines, i, toc) is { } nba && Continues(nba, mainLast))
                            Close(ref appendix, line.Start);
                        // The first "Hoofdstuk 1" of the cao, inside an appendix opened in the first pages (a
                        // summary of the agreement, an index entry): the cao's own text starts here.
                        if (appendix is { } early && !mainChapterOne && Ordinal(h.Number, letteredChapters) == 1
                            && doc.PageAt(nodes[early].Start) * 100 <= 15 * doc.PageAt(doc.Text.Length))
                            Close(ref appendix, line.Start);
                        string Cpath() => (appendix is { } ap ? nodes[ap].Path + " > " : PartPrefix()) + $"H{h.Number}";
                        // A chapter inferred earlier from numbers (a contents line read as an article) gives its path to the heading.
                        if (nodes.FindIndex(x => x.Inferred && x.Path == Cpath()) is var inferredAt and >= 0)
                        {
                            var old = nodes[inferredAt].Path;
                            MoveSubtree(nodes, old, Unique(old, usedPaths), usedPaths);
                        }
                        if (appendix is null && h.Number == "1") RestartPart(Cpath(), line.Start, headingLine);
                        chapter = Add(new Node(ClauseKind.Chapter, h.Number, NullIfEmpty(title), line.Start, appendix ?? part, Unique(Cpath(), usedPaths), bodyStart));
                        lastInferred = false;
                        letteredChapters = h.Number.Length == 1 && char.IsLetter(h.Number[0]) && (letteredChapters || !"IVX".Contains(h.Number[0]));
                        lastChapterOrd = Ordinal(h.Number, letteredChapters);
                        if (appendix is null && headingWord is not null && lastChapterOrd is { } lco)
                        {
                            // The body's first chapter: what the contents counted of other words is no count of the body's.
                            if (lco == 1) foreach (var other in chapterWordOrd.Keys.Where(k => k != headingWord).ToList()) chapterWordOrd.Remove(other);
                            lastChapterWord = headingWord;
                            chapterWordOrd[headingWord] = lco;
                        }
                        if (appendix is null) mainChapter = chapter;
                        if (appendix is null && lastChapterOrd == 1) mainChapterOne = true;
                        break;
                    default:
                        // An article that continues the main body's numbering ends an appendix taken from a
                        // reference or the contents ("Zie bijlage 10" / "Artikel 50" after article 49). Not the next article of an
                        // appendix's own regulation ("Artikel 4" after its articles 1 to 3, where the body's last was 3 too), nor an article
                        // of a law quoted in it ("Artikel 7:655 BW" after the body's article 6), nor in another part than the body's last
                        // article (Deel B's appendices after Deel A's articles), nor one titled by the law it quotes ("Artikel 6 Wet
                        // minimumloon en minimumvakantiebijslag").
                        if (appendix is { } contApp && mainLast is not null && !numberedTitle && !decimalLeden && Continues(h.Number, mainLast)
                            && h.Number.Contains(':') == mainLast.Contains(':') && mainLastPart == part
                            && !LawTitle().IsMatch(h.Title)
                            && !(lastArticle is { } la0 && Continues(h.Number, la0) && nodes.Any(x => x.Kind == ClauseKind.Article && x.Start > nodes[contApp].Start)))
                        {
                            CloseArticles(line.Start); Close(ref chapter, line.Start); Close(ref appendix, line.Start);
                            // The body's last chapter takes the article back only where the number is one of its own ("13.1" is no
                            // article of chapter 2): else that chapter would span the appendices between, and its text with them.
                            chapter = mainChapter is { } mch && (!h.Number.Contains('.') || h.Number.StartsWith((nodes[mch].Number ?? "") + ".", StringComparison.Ordinal))
                                ? mainChapter : null;
                            lastChapterOrd = chapter is { } mc ? Ordinal(nodes[mc].Number ?? "", letteredChapters) : null;
                        }
                        // An appendix article with decimal leden ("8. Beraadslaging") stands beside the numbered titles read as
                        // chapters before it ("1. Reglement ..." over "1.1 Taak"), not inside one.
                        if (decimalLeden && chapter is { } dc && nodes[dc].Parent == appendix) { CloseArticles(line.Start); Close(ref chapter, line.Start); }
                        // A decimal article (4.4.1) lives in the article it extends (4.4); any other closes the open ones.
                        int keep = articles.Count;
                        while (keep > 0 && !h.Number.StartsWith(nodes[articles[keep - 1]].Number + ".", StringComparison.Ordinal)) keep--;
                        CloseArticles(line.Start, keep);
                        var own = h.Sign ? $"§ {h.Number}" : $"Art. {h.Number}";
                        // "Artikel 4:15" names its chapter: where no heading opened chapter 4 (it stood only in a
                        // running header), the chapter opens here. "Artikel 6.1.9" does so only right after chapter 5's own
                        // articles (5.x): the heading of chapter 6 was missed. A function book's "7.2" in a chapter 3
                        // stays there, and a summary's articles before the cao's own chapters open nothing.
                        // Where no chapter heading is open at all (the headings stood only in a margin or a graphic), "9.7"
                        // names its chapter too: chapter 9 opens, and a later 10.1 opens chapter 10, so the path reads
                        // "H9 > Art. 9.7" as the cao's own numbering does.
                        bool titled = h.Title.Length > 0 || title.Length > 0;
                        bool OpensChapter(string number, string own)
                        {
                            if (number.Contains(':')) return chapter is not { } open || !string.Equals(nodes[open].Number, own, StringComparison.OrdinalIgnoreCase);
                            if (!int.TryParse(own, out int on)) return false; // "14a.1": an article inserted after chapter 14's
                            // Only in chapter order (the first, or one or two after the last), so a stray reference opens nothing.
                            // Not after the main body's articles were numbered 1, 2, 3 (a model contract's "2.2" is a lid of its "Artikel 2").
                            if (chapter is null || nodes[chapter.Value].Inferred)
                                return numberedByChapter && own[0] != '0' && !headedChapters.Contains(own) && !usedPaths.Contains(PartPrefix() + $"H{own}")
                                    && (lastChapterOrd is { } last ? on > last && (on <= last + 2 || lastInferred && NextArticleInChapter(lines, i, toc, own))
                                        : (on <= 2 || on == 3 && !lowChapterArticles && NextArticleInChapter(lines, i, toc, own)) && (mainLast is null || mainLast.Contains('.')));
                            if (chapter is not { } c || Ordinal(nodes[c].Number ?? "") is not { } current || on <= current) return false;
                            bool ownArticles = nodes.Any(x => x.Kind == ClauseKind.Article && x.Parent == c
                                && ArticleChapter().Match(x.Number ?? "") is { Success: true } xm && Ordinal(xm.Groups[1].Value) == current);
                            // "5.2" / "Beloning" after chapter 2's own 2.1, then "6.10", "7.12", "9.2": in a text whose chapter headings were all
                            // lost (OCR), the titled articles that are left climb the chapters. Each opens its chapter where the next three
                            // article headings go on upwards from it, with no other heading between.
                            // Not in a function book, whose families number their reference functions (19.1, 20A.1) inside one chapter.
                            bool climbs = ownArticles && numberedByChapter && titled && !profile && openFamily is null && !headedChapters.Contains(own) && !usedPaths.Contains(PartPrefix() + $"H{own}")
                                && !PageSuffix().IsMatch(line.Text) && ChaptersClimb(lines, i, toc, on, 3);
                            if (on > current + 3) return climbs;
                            // "6.5" then "6.6" in a chapter 5 whose heading stood alone (its own articles 5.1, 5.2 lost their titles):
                            // chapter 6 opens, its heading lost (not where the next article is no 6.x: a stray reference).
                            if (on == current + 1) return ownArticles || numberedByChapter && !headedChapters.Contains(own)
                                && !usedPaths.Contains(PartPrefix() + $"H{own}") && NextArticleInChapter(lines, i, toc, own);
                            // "4.1" after chapter 2's own 2.10, where the headings of chapters 3 and 4 were lost (a graphic, OCR):
                            // chapter 4 opens at its first article when the next article is numbered in it too (4.2), so a stray
                            // number (a contents line "10.5a ...") opens nothing.
                            // Where the chapter's first article was lost with it ("4.5 Effecten ..." after 2.10, OCR), a titled article
                            // opens it when the next article heading further on is one of its next few in the chapter (4.6, 4.8).
                            return climbs || ownArticles && numberedByChapter && !headedChapters.Contains(own) && !usedPaths.Contains(PartPrefix() + $"H{own}")
                                && (FirstOfChapter().IsMatch(number) && NextArticleInChapter(lines, i, toc, own)
                                    || titled && !PageSuffix().IsMatch(line.Text) && PlainDecimal().Match(number) is { Success: true } pd && NextArticleNumber(lines, i, toc, 150) is { } after
                                       && PlainDecimal().Match(after) is { Success: true } ad && ad.Groups[1].Value == own
                                       && int.Parse(ad.Groups[2].Value) - int.Parse(pd.Groups[2].Value) is >= 1 and <= 3);
                        }
                        if (keep == 0 && appendix is null && !letteredChapters && ArticleChapter().Match(h.Number) is { Success: true } cm
                            && OpensChapter(h.Number, cm.Groups[1].Value))
                        {
                            bool inferred = chapter is null || nodes[chapter.Value].Inferred;
                            lastInferred = inferred && !h.Number.Contains(':');
                            Close(ref chapter, line.Start);
                            var cn = cm.Groups[1].Value.ToUpperInvariant(); // "8A:12" is in chapter 8A
                            chapter = Add(new Node(ClauseKind.Chapter, cn, null, line.Start, part, Unique(PartPrefix() + $"H{cn}", usedPaths), line.Start)
                                { Implicit = true, Inferred = inferred && !h.Number.Contains(':') });
                            lastChapterOrd = Ordinal(cn);
                            mainChapter = chapter;
                        }
                        // "3.1 Drogisterijmedewerker" after 2.3 in an appendix written in numbered sections ("1. Functies in de zorg", "2
                        // Leidinggevende functies"), where the heading of section 3 was lost (OCR): section 3 of the appendix opens, as its
                        // first article's number says. Only the next section after one with articles of its own, at its first article.
                        else if (keep == 0 && appendix is { } capx && chapter is { } ach && nodes[ach].Parent == capx && !letteredChapters
                                 && PlainDecimal().Match(h.Number) is { Success: true } apd && apd.Groups[2].Value == "1"
                                 && Ordinal(nodes[ach].Number ?? "") is { } achNo && int.Parse(apd.Groups[1].Value) == achNo + 1
                                 && nodes.Any(x => x.Kind == ClauseKind.Article && x.Parent == ach && (x.Number ?? "").StartsWith(nodes[ach].Number + ".", StringComparison.Ordinal))
                                 && !usedPaths.Contains($"{nodes[capx].Path} > H{apd.Groups[1].Value}"))
                        {
                            Close(ref chapter, line.Start);
                            var acn = apd.Groups[1].Value;
                            chapter = Add(new Node(ClauseKind.Chapter, acn, null, line.Start, capx, Unique($"{nodes[capx].Path} > H{acn}", usedPaths), line.Start) { Implicit = true });
                            lastChapterOrd = Ordinal(acn);
                        }
                        // An inferred chapter holds only its own articles: "Artikel 12" or "1.15" after an inferred chapter 2
                        // shows the numbers that opened it were no chapter's, and the article stands without one.
                        else if (keep == 0 && appendix is null && chapter is { } ic && nodes[ic].Inferred
                                 && !(ArticleChapter().Match(h.Number) is { Success: true } am && string.Equals(am.Groups[1].Value, nodes[ic].Number, StringComparison.OrdinalIgnoreCase)))
                            Close(ref chapter, line.Start);
                        // A reference function of a function family is an article of that family ("Functiefamilie 3 > Art. 3.1"),
                        // apart from the chapter's own articles of the same numbers.
                        // "ARTIKEL 1: Algemeen" under a title ("Bedrijfscatering") after the text of a protocol that followed the signatures
                        // (TitleAfterSignature): the protocol ended above it, and the articles from 1 again start a part of their own, named
                        // by that title (RestartPart), as they did without the protocol (session 31).
                        if (keep == 0 && h.Number == "1" && appendix is { } signed && nodes[signed].AfterSignature && nodes[signed].HasChildren && chapter is null)
                            Close(ref appendix, line.Start);
                        int? container = profile && openFamily is { } pf ? pf : chapter ?? appendix ?? part;
                        string Path() => (container is { } c ? nodes[c].Path + " > " : "") + own;
                        // Articles from 1 again in a part, or in a part named by its title ("CAO-DEEL VOOR HOTELS"): the next part.
                        if (keep == 0 && h.Number == "1" && (container == part || container is { } rc && nodes[rc].Restarted))
                        { RestartPart(Path(), line.Start, headingLine, container != part); container = chapter ?? appendix ?? part; }
                        // Articles from 1 again inside an appendix (a fund's cao, then its "Uitvoeringsreglement", then its
                        // "Subsidiereglement"): each regulation is a section of the appendix, named by the title above its first article.
                        else if (keep == 0 && h.Number == "1" && appendix is { } ra && (container == ra || container is { } rc2 && nodes[rc2].Regulation)
                                 && (usedPaths.Contains(Path()) || nodes.Any(x => x.Kind == ClauseKind.Article && x.Parent == container))
                                 && RegulationTitle(lines, headingLine, toc) is { } reg)
                        {
                            int from = lines[reg.Line].Start;
                            // A sub-heading opened at the title (over the regulation's opening sentence) becomes the regulation.
                            var later = nodes.Select((x, k) => (x, k)).Where(t => t.x.Start >= from).ToList();
                            if (later.Count == 0 || later.Count == 1 && later[0].x is { Kind: ClauseKind.Section, HasChildren: false } && later[0].x.Start == from)
                            {
                                Close(ref chapter, from);
                                foreach (var x in nodes) if (x.Start < from && x.End > from) x.End = from;
                                var rpath = Unique($"{nodes[ra].Path} > {Short(SentenceCase(reg.Text))}", usedPaths);
                                if (later.Count == 1)
                                {
                                    var reused = later[0].x;
                                    usedPaths.Remove(reused.Path);
                                    reused.Parent = ra; reused.Path = rpath; reused.Title = reg.Text; reused.Regulation = true; reused.BodyStart = lines[reg.Line].End;
                                    usedPaths.Add(rpath);
                                    nodes[ra].HasChildren = true;
                                    chapter = later[0].k;
                                }
                                else chapter = Add(new Node(ClauseKind.Section, null, reg.Text, from, ra, rpath, lines[reg.Line].End) { Regulation = true });
                                container = chapter;
                            }
                        }
                        int? parent = keep > 0 ? articles[keep - 1] : container;
                        var apath2 = Path();
                        // "9.1.3 De werkgever ..." (a sentence, no title) under "Artikel 9.1 Gezondheid": the article is 9.1, and
                        // 9.1.3 a lid of it that carries the article's number.
                        // So too a titled one ("1.3.2 Werknemer" over its definition under "Artikel 1.3 Definities"): where the cao
                        // heads its articles "Artikel 1.3", the decimals under one number its leden, not articles of their own. Not one
                        // the cao heads as an article itself ("ARTIKEL 1.3.1 Overleg LOAZ", "Artikel 6.1.1 Zakelijke kilometers").
                        if ((sentenceArticle || !h.Sign && !profile && !ArticleWord().IsMatch(line.Text.TrimStart())) && keep > 0 && nodes[articles[keep - 1]] is { Kind: ClauseKind.Article } pa
                            && ArticleWord().IsMatch(doc.Text.AsSpan(pa.Start, Math.Min(12, doc.Text.Length - pa.Start)))
                            && (sentenceArticle || !SplitArticleNumber(doc.Text.AsSpan(pa.Start, Math.Min(40, doc.Text.Length - pa.Start)), pa.Number ?? "")))
                            apath2 = $"{pa.Path} > lid {h.Number}";
                        // "8.2 ..." under the appendix article "8. Beraadslaging en stemmen": a lid of article 8.
                        else if (keep > 0 && nodes[articles[keep - 1]] is { DecimalLeden: true } dl && h.Number.StartsWith(dl.Number + ".", StringComparison.Ordinal))
                            apath2 = $"{dl.Path} > lid {h.Number}";
                        articles.Add(Add(new Node(ClauseKind.Article, h.Number, NullIfEmpty(title), line.Start, parent, Unique(apath2, usedPaths), bodyStart) { NumberedTitle = numberedTitle, DecimalLeden = decimalLeden, UnnumberedFirstLid = unnumberedFirst }));
                        // "9.3 Vakbondswerk in de onderneming 1. Bezoldigde bestuurders ...": the heading and its first lid on one
                        // line. Lid 1 starts at its number, so "2." and the items under it find their places.
                        if (appendix is null && !h.Sign && title.Length > 0 && !profile) mainArticles[h.Number] = (articles[^1], headingLine);
                        if (headingLine == i && !profile && (GluedFirstLid(line.Text) ?? (GluedLidAt(lines, i, 1) is { } one && !h.Sign
                                ? (line.Text[..one].Trim() is var ht && AnyHeading(ht) is { } gh ? gh.Title : title, one) : null)) is { } glued)
                        {
                            int at = line.Start + glued.At;
                            nodes[articles[^1]].Title = glued.Title; nodes[articles[^1]].BodyStart = at;
                            OpenLid(articles[^1], "1", at);
                        }
                        if (appendix is null && !clusterArticle) { mainLast = h.Number; mainLastPart = part; }
                        lastArticle = h.Number;
                        break;
                }
                continue;
            }
            if (excluded) continue;

            int? holder = unit ?? (articles.Count > 0 ? articles[^1] : commentary ?? chapter ?? appendix ?? part);
            if (holder is not { } hi) continue;

            // "Aantekeningen:" right above its own "1. ...", "2. ...": notes on the lid or article they follow, numbered apart. They stay
            // in its text; the numbering in force goes on after them ("2. Heeft de werknemer ..." after notes 1-3 under lid 1 is lid 2).
            if (NoteTitle().IsMatch(line.Text.Trim()))
            {
                if (NextNonBlank(lines, i) is { } fn && LidMarker(lines[fn].Text) == "1")
                {
                    notesIn = hi; notesLast = 0;
                    // The notes are a section of the lid they follow ("Art. 30 > lid 1 > Aantekeningen"), else of the sub-heading or article.
                    var noteName = line.Text.Trim().TrimEnd(':').TrimEnd().EndsWith("en", StringComparison.OrdinalIgnoreCase) ? "Aantekeningen" : "Aantekening";
                    if (sub is { } nsub && !(lidOfSubHeading is { } nsl && nodes[nsub].Parent == nsl)) Close(ref sub, line.Start);
                    int noteIn;
                    if (sub is { } heldSub) { Close(ref sub, line.Start); noteIn = nodes[heldSub].Parent!.Value; }
                    else if (lid is { } nl0 && nodes[nl0].Parent == hi && (nodes[nl0].Number ?? "").All(char.IsDigit)) { noteIn = nl0; lid = null; lidOfSubHeading = nl0; }
                    else { Close(ref lid, line.Start); noteIn = hi; }
                    sub = Add(new Node(ClauseKind.Section, null, noteName, line.Start, noteIn, Unique($"{nodes[noteIn].Path} > {noteName}", usedPaths), line.End) { Notes = true });
                    if (noteIn != hi) subsInLid.Add(sub.Value);
                    continue;
                }
                notesIn = null;
            }
            else if (notesIn == hi && LidMarker(line.Text) is { } note && note.All(char.IsDigit))
            {
                int noteNo = int.Parse(note);
                var nc = nodes[sub ?? hi];
                // A number both lists may take: after a blank line, the numbering in force goes on (the notes stand together).
                bool inForce = (nc.LidStyle == '\0' ? noteNo == 1 : nc.LidStyle == '1' && int.TryParse(nc.LastLid, out int nl) && noteNo == nl + 1)
                               || int.TryParse(nodes[hi].NumberingLastLid, out int hl) && noteNo == hl + 1;
                if (noteNo == notesLast + 1 && !(inForce && notesLast > 0 && i > 0 && lines[i - 1].IsBlank)) { notesLast = noteNo; continue; }
                notesIn = null;
            }

            // A job profile in a function book starts with a line naming the function. Its repeated
            // sub-headings ("Doel van de functie", "Bezwarende omstandigheden") then read under that name.
            if ((UnitTitle(line.Text.Trim()) ?? ProfileTitle(lines, i, appendix is not null) ?? (profileNames.Contains(i) ? line.Text.Trim() : null)
                 ?? (boxedNames.TryGetValue(i, out var boxedName) ? boxedName : null)) is { } function)
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                // "Referentiefunctie" in a family of the function book, named in its box further on: a function of the family
                // ("Functiefamilie 3 > Administratief medewerker"), the family's own text ends here.
                if (boxedNames.ContainsKey(i) && openFamily is { } boxFamily)
                {
                    if (unit == boxFamily) unit = null;
                    Close(ref unit, line.Start);
                    unit = Add(new Node(ClauseKind.Section, null, function, line.Start, boxFamily, Unique($"{nodes[boxFamily].Path} > {Short(function)}", usedPaths), line.End));
                    continue;
                }
                Close(ref unit, line.Start);
                // A function sheet ("functiedocument functie Kassamedewerker Functiegroep B") stands on its own pages: no part of an
                // article before it (a procedure's last point, a row of the level table), but of the chapter, appendix or part.
                if (FunctionLine().Match(line.Text.Trim()).Groups["sheet"].Success) CloseArticles(line.Start);
                int? owner = articles.Count > 0 ? articles[^1] : chapter ?? appendix ?? part;
                unit = Add(new Node(ClauseKind.Section, null, function, line.Start, owner,
                    Unique((owner is { } ow ? $"{nodes[ow].Path} > " : "") + Short(function), usedPaths), line.End) { NamedByPlace = profileNames.Contains(i) });
                continue;
            }

            // "BIJLAGE AANVULLING ARBEIDSOVEREENKOMST, VERGOEDING VAN DE LIDMAATSCHAPSKOSTEN ..." (the word and a title in capitals, no
            // number) inside an appendix, after a regulation's last article or a model letter's last item: the form or notes that go
            // with it, a part of the appendix of its own. Its items ("a. geeft door invulling ...") are its own, not leden of the
            // article before it (session 32).
            if (appendix is { } formIn && !toc.Contains(i) && FormAppendixTitle().Match(line.Text.Trim()) is { Success: true } fm)
            {
                var formTitle = fm.Groups["t"].Value.Trim();
                CloseArticles(line.Start);
                if (commentary is not null) Close(ref commentary, line.Start);
                // Held as a unit, so a line of the form that reads as a sub-heading ("Ondergetekende, ...") stays under it.
                OpenUnit(formIn, formTitle, SentenceCase(formTitle), line);
                continue;
            }

            // "Functierangschikkingslijst speciaalzaken", "REFERENTIEFUNCTIERASTER", "Overzicht functieprofielen" after a job profile: a
            // list or raster of the function book's functions, no part of the profile before it. The profile ends; the list is a part
            // of what holds the profiles, and its rows ("05.01 Bedrijfsleider Speciaalzaak", "06.40 Teamleider Transport") read
            // under it until the next profile opens (session 32).
            if (unit is { } bookUnit && FunctionBookList().IsMatch(line.Text.Trim()))
            {
                OpenUnit(nodes[bookUnit].Parent, line.Text.Trim(), SentenceCase(line.Text.Trim()), line);
                continue;
            }
            // "DATUM ONTVANGST DATUM BEHANDELING VRAGENLIJST FUNCTIE-ONDERZOEK" after a profile or list: the function book's questionnaire,
            // a part of its own whose numbered questions ("2.1 Wat is de functie van uw direct leidinggevende?") are its steps, not the
            // cao's chapters and articles (as a profile's numbered parts).
            if (unit is { } qUnit && line.Text.Length <= 120 && Questionnaire().Match(line.Text) is { Success: true } qm)
            {
                var qTitle = SentenceCase(qm.Value.Trim());
                OpenUnit(nodes[qUnit].Parent, qTitle, qTitle, line);
                continue;
            }
            // Its rows ("05.06 Vakkenvuller Winkel" / " 30") are its text: no sub-heading or lid opens in it.
            if (unit is { } listUnit && nodes[listUnit].Title is { } openList && FunctionBookList().IsMatch(openList)) continue;

            // "6B. Model bezwaarprocedure" inside "BIJLAGE 6 MODELREGELINGEN": a lettered part of the appendix, with its own sub-headings
            // and leden from 1 again; no sub-heading or lid of the part before it (session 33: szw-1471's "Opschortende werking" of 6B
            // read as "Bijlage 6 > Opschortende werking" after 6A's last lid). Not a line of a list of the parts ("11A ..." / "11B ...").
            // So too "II. – PROCEDURE-AFSPRAKEN" beside "I. – SYSTEEMHOUDERSCHAP" (RomanAppendixPart).
            string? partTitle = null;
            if (appendix is { } partOf && (chapter is null || appendixParts.Contains(chapter.Value)) && !toc.Contains(i))
                partTitle = nodes[partOf].Number is { Length: > 0 } apNo && apNo.All(char.IsDigit) && AppendixPart(lines, i, apNo) is { } lettered ? lettered
                    : RomanAppendixPart(lines, i, toc);
            if (partTitle is not null && appendix is { } subOf)
            {
                CloseBelowChapter(line.Start); Close(ref chapter, line.Start);
                chapter = Add(new Node(ClauseKind.Section, null, partTitle, line.Start, subOf, Unique($"{nodes[subOf].Path} > {Short(partTitle)}", usedPaths), line.End));
                appendixParts.Add(chapter.Value);
                continue;
            }
            // "GESCHILLENREGLEMENT" over its own "1. ...", "PROTOCOLAFSPRAKEN" or "SPELREGELS BIJ GESCHIL ..." (its title wrapped in
            // capitals) after an article's last lid: a regulation or protocol of its own, no part of that article. It ends the
            // article and is a section of what holds it ("Bijlage 1 > Geschillenreglement > lid 1").
            // So too one titled in ordinary case ("Toetsingskader subsidies ...", TitledRegulationAfterArticle), held as a unit, so its own
            // numbered sections and sub-headings read under it (session 33).
            if (articles.Count > 0 && hi == articles[^1] && unit is null && TitledRegulationAfterArticle(lines, i))
            {
                var regTitle = line.Text.Trim();
                CloseArticles(line.Start);
                OpenUnit(chapter ?? appendix ?? part, regTitle, regTitle, line);
                continue;
            }
            if (articles.Count > 0 && hi == articles[^1] && RegulationAfterArticle(lines, i) is { } regEnd)
            {
                int? regIn = chapter ?? appendix ?? part;
                var regTitle = string.Join(" ", Enumerable.Range(i, regEnd - i + 1).Where(k => !lines[k].IsBlank).Select(k => lines[k].Text.Trim()));
                Close(ref lid, line.Start); Close(ref sub, line.Start); CloseArticles(line.Start);
                sub = Add(new Node(ClauseKind.Section, null, regTitle, line.Start, regIn,
                    Unique((regIn is { } ri ? nodes[ri].Path + " > " : "") + Short(SentenceCase(regTitle)), usedPaths), lines[regEnd].End));
                i = regEnd;
                continue;
            }

            // An unnumbered sub-heading ("Van-werk-naar-werktraject") standing on its own line above body text.
            // One right under an appendix's titled heading ("Bijlage 2 Sociaal plan" / "Doel en werkingssfeer")
            // opens the appendix as a whole: it is a step of the path, but its leden read under the appendix title.
            // "Toelichting" (also "14. Toelichting", "Toelichting op enkele artikelen") over comments headed "Artikel 1", "Artikel 4"
            // again: a commentary, a section of the appendix or chapter, not a sub-heading of the last article; its comments are its own.
            if (CommentaryTitle().IsMatch(line.Text.Trim()))
            {
                if (commentary is not null) continue; // "Toelichting" again right under it
                if (CommentsOnArticles(lines, i, toc, lastArticle))
                {
                    CloseBelowChapter(line.Start);
                    int? cin = chapter ?? appendix ?? part;
                    commentary = Add(new Node(ClauseKind.Section, null, line.Text.Trim(), line.Start, cin,
                        Unique((cin is { } cix ? nodes[cix].Path + " > " : "") + "Toelichting", usedPaths), line.End));
                    continue;
                }
            }
            bool opening = PreviousNonBlank(lines, i) == titledHeadingEnd;
            // "Loongroep III" / "Kantinebeheerder Beheren van de kantine ..." / "Medewerker suèdeafdeling" / "(spuiten)* Verrichten ...": under
            // a pay group's heading, a function's name that a table cell wrapped is a row of the group's list, no sub-heading; the next
            // group's heading ends the group (session 27).
            bool inGroupList = sub is { } gsub && nodes[gsub].Title is { } gTitle && PayGroupTitle().IsMatch(gTitle) && !PayGroupTitle().IsMatch(line.Text.Trim());
            // "De interne bezwarenprocedure" / "1." ... "9." / blank / "De externe procedure via de beroepscommissie Functie-indeling (hierna
            // te noemen 'commissie')" / "10. ...": a second sub-heading, too long for a title line, over the next lid of the article's
            // numbering that runs on across its sub-headings. The leden after it are the article's, headed by it, no longer the first
            // sub-heading's (session 32, szw-51 Art. 24).
            if (!inGroupList && sub is { } lsub && nodes[lsub] is { Kind: ClauseKind.Section, Title.Length: > 0, LidStyle: '1' } && nodes[lsub].Parent == hi
                && nodes[hi] is { Kind: ClauseKind.Article, NumberingLastLid.Length: > 0 } lart && char.IsDigit(lart.NumberingLastLid[0])
                && LongTitleOverLid(lines, i) is { } lln && LidMarker(lines[lln].Text) is { } llm && llm.All(char.IsDigit)
                && int.Parse(llm) == int.Parse(lart.NumberingLastLid) + 1 && !usedPaths.Contains($"{lart.Path} > lid {llm}"))
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                OpenLid(hi, llm, line.Start, title: line.Text.Trim());
                i = lln;
                continue;
            }
            if (!inGroupList && IsSubHeading(lines, i, opening))
            {
                // "Herleving" above "6. Voor ziektegevallen ..." where lid 5 came before, under another sub-heading: the
                // article's leden run on across its sub-headings, so this is lid 6 of the article, headed by its title.
                if (nodes[hi] is { Kind: ClauseKind.Article, LidStyle: '1' or '\0', NumberingLastLid.Length: > 0 } art && NextNonBlank(lines, i) is { } ln
                    && LidMarker(lines[ln].Text) is { } lm && char.IsDigit(lm[0]) && int.Parse(lm) == int.Parse(art.NumberingLastLid) + 1
                    && !LetteredTitle().IsMatch(line.Text.Trim()) && !usedPaths.Contains($"{art.Path} > lid {lm}"))
                {
                    Close(ref lid, line.Start); Close(ref sub, line.Start);
                    OpenLid(hi, lm, line.Start, title: line.Text.Trim());
                    i = ln;
                    continue;
                }
                // "Afbouw ploegentoeslag" over text of its own inside lid 1 ("1. Terugplaatsing in een lagere functie" / its text / the
                // sub-heading / its text and table), where "2." follows after it before the next heading: a sub-heading of lid 1, not of
                // the article ("Art. 4.16 > lid 1 > Afbouw ploegentoeslag"). Not one right above its own numbered leden.
                int? inLid = sub is { } os && lidOfSubHeading is { } sl && nodes[os].Parent == sl ? sl : sub is null ? lid : null;
                if (inLid is { } il && nodes[il] is { Kind: ClauseKind.Paragraph, Number: { } ilNo } && nodes[il].Parent == hi && nodes[hi].Kind == ClauseKind.Article
                    && ilNo.All(char.IsDigit) && NextNonBlank(lines, i) is { } sb && !(LidMarker(lines[sb].Text) is { } sbm && char.IsDigit(sbm[0]))
                    && !CommentaryTitle().IsMatch(line.Text.Trim()) // "Toelichting" on the lid: the article's, as before
                    // the lid after it, before any list of the sub-heading's own that starts at "1." (a list of definitions under "Definities")
                    && NextBeforeHeading(lines, i, t => LidMarker(t) is { } nm && (nm == "1" || nm == (int.Parse(ilNo) + 1).ToString())) is { } nextLid
                    && LidMarker(lines[nextLid].Text) != "1"
                    // "Verlof" between the sentence of lid 5 and the title "6. Zwangerschapsverlof": a heading over the titled leden after it.
                    && !(ShortTitleLid(lines[nextLid].Text) && !ShortTitleLid(doc.Text[nodes[il].Start..].Split('\n')[0])))
                {
                    if (sub is not null) Close(ref sub, line.Start);
                    else { lid = null; lidOfSubHeading = il; }
                    var term = TermTitle(line.Text);
                    sub = Add(new Node(ClauseKind.Section, null, term, line.Start, il, Unique($"{nodes[il].Path} > {Short(term)}", usedPaths), line.End));
                    subsInLid.Add(sub.Value);
                    continue;
                }
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                // "Leidinggevende functies" between two job profiles: a group of the function book, not a part of the profile
                // before it. The profile ends; the group's own sub-headings ("Vorm van het leidinggeven") read under it
                // until the next profile opens.
                if (unit is { } gu && FunctionGroup().IsMatch(line.Text.Trim()) && nodes[gu].Parent is { } go)
                {
                    Close(ref unit, line.Start);
                    unit = Add(new Node(ClauseKind.Section, null, line.Text.Trim(), line.Start, go, Unique($"{nodes[go].Path} > {Short(line.Text.Trim())}", usedPaths), line.End));
                    continue;
                }
                var subTitle = TermTitle(line.Text);
                var sp = Unique($"{nodes[hi].Path} > {Short(subTitle)}", usedPaths);
                // A defined term ("Loopbaanbudget :") in a list of definitions ("BEGRIPPENLIJST", "Definities") names its step of the path,
                // but it is no title saying what the clause arranges: its definition reads under the list's title.
                bool definedTerm = line.Text.TrimEnd().EndsWith(':') && DefinitionsTitle().IsMatch(nodes[hi].Title ?? "");
                sub = Add(new Node(ClauseKind.Section, null, opening || definedTerm ? null : subTitle, line.Start, hi, sp, line.End));
                continue;
            }

            // Leden live in the innermost container: sub-heading, article, else appendix, chapter or part.
            var ci = sub ?? hi;
            // "3. ..." after a "Toelichting" (or another sub-heading) under lid 2: the article's numbering goes on, the
            // sub-heading's text ends here and the lid is the article's.
            if (sub is { } so && nodes[hi] is { Kind: ClauseKind.Article, NumberingLastLid.Length: > 0 } owning && char.IsDigit(owning.NumberingLastLid[0])
                && LidMarker(line.Text) is { } next && next.All(char.IsDigit) && int.Parse(next) == int.Parse(owning.NumberingLastLid) + 1
                // "2. Kunststofverwerking" / "3. Houtbewerking": a list of names under the sub-heading, no lid.
                && !(ShortItem(line.Text) && NextNonBlank(lines, i) is { } nn && LidMarker(lines[nn].Text) is not (null or "•") && ShortItem(lines[nn].Text))
                // "8. Zwangerschapsverlof" above its own "a. ...": a numbered section with its own leden (below), as before.
                && NumberedTitleLine(lines, i, "a") is null
                && !(nodes[so].LidStyle == '1' && int.Parse(next) == int.Parse(nodes[so].LastLid) + 1) && !(nodes[so].LidStyle == '\0' && next == "1")
                // "D. Verkoopondersteuning" right above "6. ...": a lettered sub-heading over the items it heads, whose text it keeps.
                && !(LetteredTitle().IsMatch(nodes[so].Title ?? "") && PreviousNonBlank(lines, i) is { } above && lines[above].Start == nodes[so].Start)
                && !usedPaths.Contains($"{owning.Path} > lid {next}"))
            {
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                OpenLid(hi, next, line.Start);
                continue;
            }
            // "... Zie ook artikel" / "33. 3. Als je ...", "... door een bedrijfsongeva" / "l. 2. Wanneer ...": the number of a reference
            // (or the last letter of a word) the line before carried over, with the next lid behind it. The carried-over piece ends
            // the lid before; the next lid starts at its own number (else it and every lid after it stay in the lid before).
            if (nodes[ci] is { Kind: ClauseKind.Article, LidStyle: '1' } wa && int.TryParse(wa.LastLid, out var waLast)
                && lid is { } wLid && nodes[wLid].Parent == ci
                && CarriedOverBeforeLid().Match(line.Text) is { Success: true } carried && int.Parse(carried.Groups["n"].Value) == waLast + 1
                && PreviousNonBlank(lines, i) is { } cop && lines[cop].Text.TrimEnd() is { Length: > 0 } copt && char.IsLetter(copt[^1])
                && !usedPaths.Contains($"{wa.Path} > lid {waLast + 1}"))
            {
                int at = line.Start + carried.Groups["n"].Index;
                Close(ref lid, at);
                OpenLid(ci, (waLast + 1).ToString(), at);
                continue;
            }
            // "Vakkracht en vakvolwassen 1. Als je ..." above "2. ...": lid 1 ran on behind a margin keyword or a wrapped title. It
            // starts at its number, so it is a lid of its own and "2." follows it. So too a later lid after the one before ended
            // ("Kader medezeggenschap 4. Het kader ..." after lid 3).
            if (nodes[ci] is { Kind: ClauseKind.Article } first && (first.LidStyle == '\0' && lid is null || first.LidStyle == '1' && int.TryParse(first.LastLid, out _))
                && LidMarker(line.Text) is null && GluedLidAt(lines, i, first.LidStyle == '\0' ? 1 : int.Parse(first.LastLid) + 1) is { } gluedAt)
            {
                int at = line.Start + gluedAt;
                var number = first.LidStyle == '\0' ? "1" : (int.Parse(first.LastLid) + 1).ToString();
                // What stands before it on the line, right under the heading, is the end of a wrapped title or a margin keyword
                // ("en arbeidsovereenkomst 1. De ..."), no text of its own; after a lid, a margin keyword that lid does not hold.
                if (number == "1" && doc.Text[first.BodyStart..at].Trim() is { Length: <= 80 } before && !before.Any(ch => ".;:!?".Contains(ch))) first.BodyStart = at;
                Close(ref lid, line.Start);
                OpenLid(ci, number, at);
                continue;
            }
            // "4. Het systeem ..." right under the sub-heading "Invoering" after leden 1 to 3 under "Randvoorwaarden": an appendix's (or
            // chapter's) numbering that runs on across its sub-headings, so the lid is the sub-heading's. After text of the
            // sub-heading's own (a table under "Leidinggevende functies"), a numbered title ("5. Verplichting tot een plan") ends
            // the sub-heading, and the lid is the appendix's own ("Bijlage XV > lid 5"); its next leden follow it there.
            if (sub is { } rs && nodes[rs] is { LidStyle: '\0' } rsn && rsn.Parent is { } rx && rx == hi && nodes[rx].Kind is ClauseKind.Appendix or ClauseKind.Chapter
                && nodes[rx].NumberingLastLid is { Length: > 0 } sectionLast && LidMarker(line.Text) is { } rm && rm.All(char.IsDigit)
                && int.Parse(rm) == int.Parse(sectionLast) + 1
                // "2. Interne bezwaarprocedure" above its own "a. ...": a numbered section with its own leden (below), as before.
                && NumberedTitleLine(lines, i, "a") is null)
            {
                bool underHeading = PreviousNonBlank(lines, i) is { } ph && lines[ph].Start == rsn.Start;
                if (underHeading && !usedPaths.Contains($"{rsn.Path} > lid {rm}"))
                {
                    Close(ref lid, line.Start);
                    OpenLid(rs, rm, line.Start);
                    nodes[rx].NumberingLastLid = rm;
                    continue;
                }
                if (!underHeading && NumberedTitleText().Match(line.Text.Trim()) is { Success: true } ntt && !".;:,".Contains(ntt.Value[^1])
                    && NextNonBlank(lines, i) is { } tb && LidMarker(lines[tb].Text) is null && AnyHeading(lines[tb].Text) is null
                    // over a sentence of its own: not the next item of a list, nor a sub-heading
                    && lines[tb].Text.Trim() is { Length: >= 40 } tbt && char.IsUpper(tbt[0]) && (tbt.Length >= 60 || ".:;!?".Contains(tbt[^1]))
                    && !usedPaths.Contains($"{nodes[rx].Path} > lid {rm}"))
                {
                    Close(ref lid, line.Start); Close(ref sub, line.Start);
                    OpenLid(rx, rm, line.Start);
                    continue;
                }
            }
            // Where the open lid starts, if it is a lid of this container (the dotless and the accepting test both read it).
            int? openLidStart = lid is { } ol && nodes[ol].Parent == ci ? nodes[ol].Start : null;
            if (!nodes[ci].Notes && (LidMarker(line.Text) ?? DotlessLid(nodes[ci], lines, i, openLidStart, doc) ?? CapitalLid(nodes[ci], lines, i)) is { } marker && AcceptsLid(nodes[ci], marker, lines, i, openLidStart))
            {
                Close(ref lid, line.Start);
                var cn = nodes[ci];
                cn.LastLid = marker;
                lid = Add(new Node(ClauseKind.Paragraph, marker, null, line.Start, ci, Unique($"{cn.Path} > lid {marker}", usedPaths), line.Start));
                // The numbering that owns the lid: its article, or else its appendix or chapter (also through a sub-heading).
                if (char.IsDigit(marker[0]) && (cn.Kind == ClauseKind.Article ? cn : cn.Parent is { } cp && nodes[cp].Kind == ClauseKind.Article ? nodes[cp]
                        : cn.Kind is ClauseKind.Appendix or ClauseKind.Chapter ? cn
                        : cn.Kind == ClauseKind.Section && cn.Parent is { } sp && nodes[sp].Kind is ClauseKind.Appendix or ClauseKind.Chapter ? nodes[sp] : null) is { } owner)
                    owner.NumberingLastLid = marker;
            }
            else if (NumberedTitleLine(lines, i, "a") is not null || NextNumberedSection(sub is { } ns ? nodes[ns] : null, lines, i))
            {
                // "3. Onbetaald verlof" above its own "a. ...", where the numbering in force has no place for it: a
                // numbered section of the article, so the lid or section before it ends here.
                Close(ref lid, line.Start); Close(ref sub, line.Start);
                var st = line.Text.Trim();
                sub = Add(new Node(ClauseKind.Section, null, st, line.Start, hi, Unique($"{nodes[hi].Path} > {Short(st)}", usedPaths), line.End));
            }
        }
        int end = doc.Text.Length;
        { Close(ref lid, end); Close(ref sub, end); Close(ref unit, end); Close(ref commentary, end); CloseArticles(end); Close(ref openFamily, end); Close(ref chapter, end); Close(ref appendix, end); Close(ref part, end); }
        // A lid that holds sub-headings runs to the end of its last one.
        foreach (var si in subsInLid) if (nodes[si].Parent is { } sp) nodes[sp].End = Math.Max(nodes[sp].End, nodes[si].End);
        foreach (var n in nodes) if (n.End < n.Start) n.End = n.Start;
        NotesAfterLastLid(nodes, usedPaths);

        FrontMatterNames(nodes, doc.Text.Length, usedPaths);
        AddIntros(nodes, doc.Text, usedPaths);
        DropContentsRemnants(nodes, doc.Text);
        EndBeforeSidebar(nodes, lines, sidebar);
        TrimTrailingTitles(nodes, doc.Text);
        return ToClauses(nodes, doc);
    }

    /// <summary>
    /// The clauses of a contents remnant in the front pages (<see cref="FrontMatterNames"/>: "H5 (inhoud)", "Bijlage 8 (inhoud)")
    /// that hold nothing but contents lines ("Afdeling 7 - Arbeidsongeschiktheid" / "48 Melding aan werkgever" / "49 Uitkering ...",
    /// "2. Functie buiten de matrix", page numbers alone) are no clauses (session 33): contents are front matter. A clause there with
    /// a sentence or a long line of text (the parties, "Werkingssfeer" over its rule) stays; so does the remnant holding it.
    /// </summary>
    private static void DropContentsRemnants(List<Node> nodes, string text)
    {
        var children = ChildLists(nodes);
        bool Drop(int i)
        {
            var kids = children[i] ?? [];
            bool all = true;
            foreach (var k in kids) all &= Drop(k); // every child is looked at
            var n = nodes[i];
            // Its heading is a contents entry (that is what made it a remnant); the lines under it decide.
            int from = Math.Clamp(Math.Max(n.Start, n.BodyStart), 0, text.Length), to = Math.Clamp(n.End, from, text.Length);
            if (all && ContentsLinesOnly(text[from..to])) n.ContentsOnly = true;
            return n.ContentsOnly;
        }
        for (int i = 0; i < nodes.Count; i++)
            if (nodes[i].Parent is null && nodes[i].Path.EndsWith(" (inhoud)", StringComparison.Ordinal)) Drop(i);
    }

    /// <summary>"Artikel 6.1 Arbeidsduur 39 Artikel 7.5.1 Vakantiebijslag 51", "... gebeurtenissen 70 in ziekenhuizen en ter bestrijding van
    /// ziekteverzuim": an entry of a contents in two columns with the other column's entry, or the rest of its title, on one line.</summary>
    private static bool TwoEntries(string t)
    {
        foreach (Match m in SecondEntry().Matches(t))
            if (IsContentsEntry(t[..m.Index]) && t[(m.Index + 1)..] is var rest && (IsContentsEntry(rest) || rest.Length <= 100 && !".;:!?".Contains(rest[^1]))) return true;
        return false;
    }

    /// <summary>Text without a line of body text: no line over 100 characters, and no sentence over 60, that is not a contents entry.</summary>
    private static bool ContentsLinesOnly(string text)
    {
        foreach (var t in StructureQuality.TrimmedLines(text))
        {
            if (HasLeader(t) || IsContentsEntry(t) || t.Contains("....", StringComparison.Ordinal) || t.EndsWith("..", StringComparison.Ordinal) || TwoEntries(t)) continue;
            if (t.Length > 100 || t.Length > 60 && ".;:!?".Contains(t[^1])) return false;
        }
        return true;
    }

    /// <summary>
    /// A clause that ends where a chapter's side list of its articles ends (<see cref="ChapterSidebar"/>: the next heading or lid
    /// follows the list) ends above the list instead, so the list is in no clause. One whose text goes on after the list keeps it.
    /// </summary>
    private static void EndBeforeSidebar(List<Node> nodes, List<TextLine> lines, HashSet<int> sidebar)
    {
        if (sidebar.Count == 0) return;
        foreach (var first in sidebar.Where(i => !sidebar.Contains(PreviousNonBlank(lines, i) ?? -1)))
        {
            int last = first;
            while (NextNonBlank(lines, last) is { } n && sidebar.Contains(n)) last = n;
            int from = lines[first].Start, to = NextNonBlank(lines, last) is { } after ? lines[after].Start : int.MaxValue;
            foreach (var node in nodes)
                if (node.Start < from && node.End >= lines[last].End && node.End <= to) node.End = from;
        }
    }

    /// <summary>
    /// A section's title in capitals between two articles stuck at the end of the clause before it (session 33): "... een half
    /// maandsalaris." / "ARBEIDSONGESCHIKTHEID EN RE-INTEGRATIE" before "Artikel 38", "Artikel 54 Vervallen" / "OVERIGE
    /// BEPALINGEN". Issue 16: a clause never spans two headings. The title line leaves the clause; it stays in the text of the
    /// section around it. Only one line of two words or more in capitals, no digits, no final stop, under text of the clause's
    /// own with lower case (a title block in capitals over several lines, a table's caption row or a heading with its number
    /// stays as it is). Also a title in ordinary case ("Kostenvergoedingen", "Overige rechten en plichten bij arbeidsongeschiktheid")
    /// after a finished sentence, right before the next "Artikel N": at most eight words, no digits, colon, web address, finite
    /// verb or lead-in word ("Voor meer informatie zie ...").
    /// </summary>
    private static void TrimTrailingTitles(List<Node> nodes, string text)
    {
        foreach (var n in nodes)
        {
            if (n.HasChildren || n.End - n.Start < 30) continue;
            int e = n.End;
            while (e > n.Start && char.IsWhiteSpace(text[e - 1])) e--;
            int ls = text.LastIndexOf('\n', Math.Max(n.Start, e - 1), Math.Max(0, e - n.Start)) + 1;
            if (ls <= n.BodyStart || ls <= n.Start) continue;
            var last = text[ls..e].Trim();
            var before = text[n.Start..ls].TrimEnd();
            int ps = before.LastIndexOf('\n') + 1;
            var prev = before[ps..].Trim();
            if (before.Trim().Length < 20 || !before.Any(char.IsLower)) continue;
            if (IsCapitalsTitle(last))
            {
                if (IsCapitalsTitle(prev) || prev.Length > 0 && !prev.Any(char.IsLower)) continue;
            }
            // "... van de werkgever." / "Kostenvergoedingen" / "Artikel 12": a title in ordinary case after a finished sentence, right
            // before the next article's heading (the next article's title set above its number, or a group's title).
            else if (!(prev.Length > 0 && ".;".Contains(prev[^1]) && IsPlainTitle(last) && NextIsArticle(text, n.End))) continue;
            n.End = n.Start + before.Length;
        }
    }

    private static bool IsPlainTitle(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return line.Length is >= 6 and <= 70 && char.IsUpper(line[0]) && line.Any(char.IsLower) && !".:;,!?".Contains(line[^1])
            && words.Length <= 8 && !line.Any(char.IsDigit) && !line.Contains(':') && !line.Contains("www", StringComparison.OrdinalIgnoreCase)
            && !FiniteVerb().IsMatch(line) && !LeadIn().IsMatch(line);
    }

    private static bool NextIsArticle(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return NextArticleHeading().IsMatch(text.AsSpan(at, Math.Min(40, text.Length - at)));
    }

    [GeneratedRegex(@"^(?i:artikel|art\.)\s*\d")]
    private static partial Regex NextArticleHeading();

    private static bool IsCapitalsTitle(string line) =>
        line.Length is >= 6 and <= 90 && !".:;,".Contains(line[^1]) && !line.Any(char.IsDigit) && !line.Any(char.IsLower)
        && line.Count(char.IsLetter) >= 6 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 2;

    /// <summary>
    /// A heading that a joined page break left at the end of the line before it: "... blijven van toepassing. Hoofdstuk 11
    /// Onkostenvergoedingen" after a finished sentence, or "DHZ-CAO 2024-2026 HOOFDSTUK 9 DUURZAME INZETBAARHEID" behind a
    /// running title in capitals. The heading gets a line of its own, so it opens its section and ends the one before.
    /// </summary>
    private static List<TextLine> SplitGluedHeadings(List<TextLine> lines, HashSet<int> runningTitles)
    {
        List<TextLine>? result = null;
        // "BIJLAGE", "DEEL B": a running header in capitals that stands alone at the top of many pages.
        var headers = lines.Select(l => l.Text.Trim()).Where(t => RunningHeaderWord().IsMatch(t)).GroupBy(t => t).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet();
        for (int i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Text;
            // "BIJLAGE 6. Indien de uitspraak ...", "DEEL B k. De Commissie ...": that header glued before the first lid on its page.
            // The line starts at the lid's number (the header stays in the text of the clause before), so the lid opens there.
            if (headers.Count > 0 && HeaderBeforeLid().Match(t) is { Success: true } hl && headers.Contains(hl.Groups["h"].Value))
            {
                result ??= lines.Take(i).ToList();
                int k = hl.Groups["lid"].Index;
                result.Add(new TextLine(lines[i].Start + k, t[k..]));
                continue;
            }
            // "Artikel 16:20 (vacant)Artikel 16:21 (vacant)Artikel 16:22 Reiskosten": headings of vacant articles the extractor
            // ran together with the next heading. Each gets a line of its own, so the last one's text is not the first's.
            if (GluedAfterVacant(t).Matches(t) is { Count: > 0 } glued
                && AnyHeading(t[..glued[0].Index]) is { Kind: HeadingKind.Article })
            {
                result ??= lines.Take(i).ToList();
                int from = 0;
                foreach (Match g in glued)
                {
                    result.Add(new TextLine(lines[i].Start + from, t[from..g.Index].TrimEnd()));
                    from = g.Index + g.Length;
                }
                result.Add(new TextLine(lines[i].Start + from, t[from..]));
                continue;
            }
            if (GluedFunctionSheet(t).Match(t) is { Success: true } sheet && sheet.Groups["before"].Value.Length > 0)
            {
                result ??= lines.Take(i).ToList();
                int k = sheet.Groups["head"].Index;
                result.Add(new TextLine(lines[i].Start, t[..k].TrimEnd()));
                result.Add(new TextLine(lines[i].Start + k, t[k..]));
                continue;
            }
            var m = GluedHeadingAfterSentence().Match(t);
            // "opgenomen in bijlage" / "4. Hoofdstuk 3 Functie en salaris": the number a reference carried over to the next
            // line, with the next chapter's heading behind it.
            if (!m.Success && i > 0 && ReferenceWordEnd().IsMatch(lines[i - 1].Text)) m = GluedHeadingAfterNumber().Match(t);
            // "A - bepalingen: vet gedrukt 68 BIJLAGE B. REGLEMENT DISPENSATIE", "DHZ-CAO 2024-2026 BIJLAGE 3 Veiligheidsprotocol",
            // "(a) 32 en (b) 32 Bijlage c Protocol FunctieWaardering": a running footer or header and its page number or years,
            // or a table's last cell, with the next appendix's heading behind them (not a contents entry and its page number).
            // So too a page label ("Bijlage 4, blad 1  Bijlage 4 – Reglement geschillen", its title behind a dash).
            // Not a reference that names an appendix by its number and title ("... en artikel 2 Bijlage B – Salarisregeling").
            if (!m.Success && GluedAppendixAfterNumber(t).Match(t) is { Success: true } ga && !IsContentsEntry(ga.Groups["before"].Value)
                && !(ga.Groups["dash"].Success && NumberedReferenceEnd().IsMatch(ga.Groups["before"].Value))) m = ga;
            // "Bijlage 8, blad 2 5. Artikel 5 - Commissie": a page label before the heading at the top of the page.
            if (!m.Success && PageLabelBeforeHeading().Match(t) is { Success: true } pl && AnyHeading(pl.Groups["head"].Value) is not null) m = pl;
            // "... binnen de fiscale mogelijkheden. 5.12. Uitkering bij overlijden": the next decimal heading (5.11 stands a few
            // lines above) glued behind a finished sentence.
            if (!m.Success && GluedDecimalAfterSentence().Match(t) is { Success: true } gd && PreviousDecimalHeadingIs(lines, i, gd.Groups["num"].Value)) m = gd;
            // "Cao Universiteiten maart 202214Artikel 1.3 Looptijd", "12 0 CAO VO 2023/2024Bijlage 5. Regeling spaarverlof", "12 9Bijlage 6.
            // Sociaal Statuut": a running footer's year and page number (or the page number alone) with the next heading glued right
            // behind its last digit (not "HOOFDSTUK 3Artikel 31", a reference) (session 27).
            if (!m.Success && GluedHeadingAfterPageNumber().Match(t) is { Success: true } gp && !(i > 0 && ReferenceWordEnd().IsMatch(lines[i - 1].Text))) m = gp;
            // "De heer J. Jansen  Bijlage A Statuut sociaal beleid": the last signer's name, the next appendix's heading behind it.
            if (!m.Success && GluedAppendixAfterSigner().Match(t) is { Success: true } gs) m = gs;
            bool title = false;
            if (!m.Success && GluedChapterAfterTitle(t).Match(t) is { Success: true } c && !c.Groups["before"].Value.Any(char.IsLower)) { m = c; title = true; }
            if (m.Success && m.Groups["title"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10 && AnyHeading(m.Groups["head"].Value) is not null)
            {
                result ??= lines.Take(i).ToList();
                int k = m.Groups["head"].Index;
                if (title) runningTitles.Add(result.Count);
                result.Add(new TextLine(lines[i].Start, t[..k].TrimEnd()));
                result.Add(new TextLine(lines[i].Start + k, t[k..]));
            }
            else result?.Add(lines[i]);
        }
        return result ?? lines;
    }

    /// <summary>
    /// Whether the commentary title on line <paramref name="i"/> comments on articles: within its next 15 lines an "Artikel N" heading
    /// whose number goes back (not past <paramref name="lastArticle"/>, the last article opened): a comment, not the next article.
    /// </summary>
    private static bool CommentsOnArticles(List<TextLine> lines, int i, HashSet<int> toc, string? lastArticle)
    {
        if (lastArticle is null || NumberParts(lastArticle, '.', ':') is not { } last) return false;
        int seen = 0;
        for (int j = i + 1; j < lines.Count && seen < 15; j++)
        {
            if (lines[j].IsBlank || toc.Contains(j)) continue;
            seen++;
            if (!ArticleWord().IsMatch(lines[j].Text.TrimStart()) || AnyHeading(lines[j].Text) is not { Kind: HeadingKind.Article } a) continue;
            // A comment names its article only, over a sentence ("Artikel 1" / "De werkgever is gehouden ..."); "Artikel 1 Taak" or
            // "Artikel 1" over its title starts a regulation of its own.
            // A title that says so ("Toelichting op enkele artikelen") needs no such sign.
            if (!OnArticles().IsMatch(lines[i].Text) && (a.Title.Length > 0 || NextNonBlank(lines, j) is not { } body || IsTitleLike(lines[body].Text))) return false;
            // Before the last article in the numbering (not the next one, 4.4 after 4.3).
            if (NumberParts(a.Number, '.', ':') is not { } n) return false;
            for (int k = 0; k < Math.Min(n.Length, last.Length); k++)
                if (n[k] != last[k]) return n[k] < last[k];
            return false;
        }
        return false;
    }

    /// <summary>Whether a decimal heading one before <paramref name="number"/> ("5.11 Titel" for 5.12) opens one of the 40 lines above line <paramref name="i"/>.</summary>
    private static bool PreviousDecimalHeadingIs(List<TextLine> lines, int i, string number)
    {
        int dot = number.IndexOf('.');
        if (!int.TryParse(number[(dot + 1)..], out int n) || n < 2) return false;
        var before = $"{number[..dot]}.{n - 1}";
        for (int j = i - 1; j >= 0 && j >= i - 40; j--)
            if (DecimalPattern().Match(lines[j].Text.Trim()) is { Success: true } d && d.Groups["num"].Value.Replace(" ", "") == before) return true;
        return false;
    }

    /// <summary>
    /// An appendix heading that is really a reference: it continues the sentence on the line before
    /// ("... zoals opgenomen in" / "Bijlage 4"), or it is written in lower case without standing alone
    /// (after a blank line, at a page's top or after a finished sentence) or ends like a sentence.
    /// </summary>
    private static bool IsReference(List<TextLine> lines, int i, NormalisedText doc)
    {
        var t = lines[i].Text.Trim();
        bool lower = char.IsLower(t[0]);
        if (lower && ".,;".Contains(t[^1])) return true;
        if (PreviousNonBlank(lines, i) is not { } pi) return false;
        var prev = lines[pi].Text.TrimEnd();
        bool adjacent = pi == i - 1 && doc.PageAt(lines[pi].Start) == doc.PageAt(lines[i].Start);
        if (!adjacent) return false;
        if (prev.EndsWith(',') || ReferenceLead().IsMatch(prev)) return true;
        return lower && !".:;!?".Contains(prev[^1]);
    }

    /// <summary>
    /// An appendix heading right under a bare article number ("Artikel 2.6" with no title, on its own line): a margin reference
    /// to the appendix that a side column printed among the article numbers, not the appendix itself (session 22).
    /// On the same page only: "Artikel 97" at the foot of a page (the last row of a table naming articles) and "Bijlage 4" at the
    /// top of the next is the appendix. Returns the number's line.
    /// </summary>
    private static int? MarginAppendixReference(List<TextLine> lines, int i, NormalisedText doc) =>
        PreviousNonBlank(lines, i) is { } pi && BareArticleNumber(lines[pi].Text) is not null
        && doc.PageAt(lines[pi].Start) == doc.PageAt(lines[i].Start) ? pi : null;

    /// <summary>"Artikel 54." alone on its line: an article heading with the word "Artikel", a number and no title; else null.</summary>
    private static Heading? BareArticleNumber(string line) =>
        ArticleWord().IsMatch(line.Trim()) && AnyHeading(line) is { Kind: HeadingKind.Article, Title.Length: 0, Sign: false } h ? h : null;

    /// <summary>
    /// The title of a regulation whose "Artikel 1" is line <paramref name="i"/>: a short title line standing alone (after a
    /// blank line or a finished sentence, or with a blank line under it) at most three lines of prose above it ("Subsidiereglement" / "Het bestuur ...
    /// stelt het volgende reglement vast." / "Artikel 1 Definities"). Null where a heading, a lid or contents come between.
    /// </summary>
    private static (int Line, string Text)? RegulationTitle(List<TextLine> lines, int i, HashSet<int> toc)
    {
        int prose = 0;
        for (int j = i - 1; j >= 0 && prose <= 3; j--)
        {
            if (lines[j].IsBlank) continue;
            if (toc.Contains(j)) return null;
            var t = lines[j].Text.Trim();
            if (AnyHeading(t) is not null || LidMarker(t) is not null) return null;
            // "Definities", "Algemeen", "Toelichting" head a part of a regulation, not a regulation of its own.
            if (GenericSectionTitle().IsMatch(t)) return null;
            if (IsTitleLike(t) && t.Length >= 6 && !t.Any(char.IsDigit) && !OpenEnd().IsMatch(t)
                && (PreviousNonBlank(lines, j) is not { } p || lines[j - 1].IsBlank || lines[j + 1].IsBlank || lines[p].EndsIn(".:;!?")))
                return (j, t);
            prose++;
        }
        return null;
    }

    /// <summary>
    /// The title standing right above line <paramref name="i"/>: one or two short lines without closing
    /// punctuation that are no heading, lid or contents line ("REGLEMENT AANVULLING ARBEIDSOVEREENKOMST" /
    /// "WERKNEMERSORGANISATIE"). Null when the line above is body text.
    /// </summary>
    private static (int Line, string Text)? TitleAbove(List<TextLine> lines, int i, HashSet<int> toc)
    {
        static bool Titled(string t) =>
            t.Length is >= 4 and <= 120 && (char.IsUpper(t[0]) || t[0] == '(' && t.Where(char.IsLetter).All(char.IsUpper)) && !".;:,".Contains(t[^1]) && AnyHeading(t) is null && LidMarker(t) is null
            && (t.Count(char.IsLetter) > 0 && t.Where(char.IsLetter).All(char.IsUpper) || IsTitleLike(t));
        if (PreviousNonBlank(lines, i) is not { } p || toc.Contains(p) || !Titled(lines[p].Text.Trim())) return null;
        var text = lines[p].Text.Trim();
        // A title wrapped over two lines: both in capitals, the first not ending a sentence.
        if (p > 0 && !lines[p - 1].IsBlank && !toc.Contains(p - 1) && Titled(lines[p - 1].Text.Trim())
            && lines[p - 1].Text.Trim().Where(char.IsLetter).All(char.IsUpper) && text.Where(char.IsLetter).All(char.IsUpper))
            return (p - 1, lines[p - 1].Text.Trim() + " " + text);
        return (p, text);
    }

    /// <summary>
    /// A table row that names a rule by its number and title, with what changes in it behind a dash: "2.8 Overwerk - 2.8.1:
    /// Vervalt." is labelled "2.8 Overwerk", with text; "2.4 Verschoven uren" is only a label.
    /// </summary>
    private static (string Number, string Label, string Title, bool HasText)? RuleRow(string line)
    {
        var m = RuleRowPattern().Match(line.Trim());
        if (!m.Success) return null;
        var title = m.Groups["title"].Value.Trim();
        return (m.Groups["num"].Value, $"{m.Groups["num"].Value} {title}", title, m.Groups["rest"].Success);
    }

    /// <summary>Whether a line of the contents stands within three lines of line <paramref name="i"/>: a heading there may be an entry the contents did not recognise.</summary>
    private static bool NearContents(int i, HashSet<int> toc) => Enumerable.Range(i - 3, 7).Any(toc.Contains);

    /// <summary>Two titles that start with the same words (their first twelve letters, case aside); never two empty ones.</summary>
    private static bool SameTitle(string? a, string? b)
    {
        // "De arbeidsduur" and "Arbeidsduur" are one title.
        static string Key(string? t) => new(LeadingArticle().Replace(t ?? "", "").Where(char.IsLetter).Select(char.ToLowerInvariant).Take(12).ToArray());
        return Key(a).Length >= 6 && Key(a) == Key(b);
    }

    /// <summary>"REGLEMENT OPLEIDINGSFONDS" reads "Reglement opleidingsfonds" in a path; other titles stay as written.</summary>
    private static string SentenceCase(string title) =>
        title.Where(char.IsLetter).All(char.IsUpper) ? title[..1] + title[1..].ToLowerInvariant() : title;

    /// <summary>Whether the first article heading within a few lines after line <paramref name="i"/> is numbered inside chapter <paramref name="chapter"/> (15.1, 15.1.2).</summary>
    private static bool OwnArticleFollows(List<TextLine> lines, int i, string chapter)
    {
        int seen = 0;
        for (int j = i + 1; j < lines.Count && seen < 6; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            if (AnyHeading(lines[j].Text) is not { } h) continue;
            return h.Kind == HeadingKind.Article && h.Number.StartsWith(chapter + ".", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>Whether the next article heading (within 60 lines) is numbered in chapter <paramref name="chapter"/> too (5.4, then 5.5).</summary>
    private static bool NextArticleInChapter(List<TextLine> lines, int i, HashSet<int> toc, string chapter) =>
        NextArticleNumber(lines, i, toc, 60) is { } n && ArticleChapter().Match(n) is { Success: true } m && m.Groups[1].Value == chapter;

    /// <summary>
    /// Whether the next <paramref name="count"/> article headings after line <paramref name="i"/> (titled, or a number alone above
    /// its title; no contents lines; within 2,000 lines, with no chapter, part or appendix heading before them) are numbered by chapter, in chapter <paramref name="from"/> or
    /// later, each in the same chapter as the one before or a later one.
    /// </summary>
    private static bool ChaptersClimb(List<TextLine> lines, int i, HashSet<int> toc, int from, int count)
    {
        int last = from, seen = 0;
        for (int j = i + 1; j < lines.Count && j - i <= 2000 && seen < count; j++)
        {
            if (toc.Contains(j) || lines[j].IsBlank) continue;
            // A titled heading, or a number alone above its title ("6.10" / "Verhuiskosten").
            var number = AnyHeading(lines[j].Text) is { } h ? h.Kind == HeadingKind.Article && !h.Sign ? h.Number : "" : BareArticleNumber(lines, j);
            if (number is null) continue;
            if (ArticleChapter().Match(number) is not { Success: true } m || Ordinal(m.Groups[1].Value) is not { } ch || ch < last) return false;
            last = ch;
            seen++;
        }
        return seen == count;
    }

    /// <summary>
    /// The number of the first article heading within 60 lines after line <paramref name="i"/> that is not numbered in chapter
    /// <paramref name="chapter"/> (2.2, 2.3 are passed over for chapter 2); null where another heading comes first.
    /// </summary>
    private static string? NextArticleOutside(List<TextLine> lines, int i, HashSet<int> toc, string chapter) =>
        NextArticleNumber(lines, i, toc, 60, h => h.Kind == HeadingKind.Article && ArticleChapter().Match(h.Number) is { Success: true } m && m.Groups[1].Value == chapter);

    /// <summary>
    /// The number of the next article heading (no contents line) within <paramref name="within"/> lines after line <paramref name="i"/>,
    /// past the headings <paramref name="passOver"/> accepts; null where another heading comes first.
    /// </summary>
    private static string? NextArticleNumber(List<TextLine> lines, int i, HashSet<int> toc, int within, Func<Heading, bool>? passOver = null)
    {
        for (int j = i + 1; j < lines.Count && j - i <= within; j++)
        {
            if (toc.Contains(j) || lines[j].IsBlank || AnyHeading(lines[j].Text) is not { } h || passOver?.Invoke(h) == true) continue;
            return h.Kind == HeadingKind.Article ? h.Number : null;
        }
        return null;
    }

    /// <summary>
    /// "2. 5 Naar een andere salarisschaal", "8. 2 . Het Persoonlijk Arbeidsvoorwaarden Budget", "3. 5 Kostenvergoeding.": a decimal
    /// article's number split after its dot (session 32); "29 Pensioen": one whose dot the OCR lost. An article heading where the
    /// number is the next one after <paramref name="last"/> in the same chapter (2.4 -> 2.5, up to two skipped: 2.4 -> 2.7), or the
    /// first of the next chapter (10.3 -> 11.1, also "31 Goed werknemerschap" after 2.9; the dotless one not where it is the next
    /// of the open lid, <paramref name="openLid"/>), and the title is a short title that starts with a capital: no
    /// sentence ("3. 1 dag ...", "2. 5 jaar of langer ..."), no finite verb, at most a full stop at its end.
    /// </summary>
    private static Heading? SplitDecimalHeading(List<TextLine> lines, int i, string? last, string? openLid)
    {
        if (last is null || NumberParts(last, '.') is not { Length: 2 } lp) return null;
        var t = lines[i].Text.Trim();
        // A line among contents lines or a list of numbered names ("33 Bedrijfsleiding" / "34 Breed-technische ..."): the text after
        // a heading is no other heading or numbered name, and the line before it no numbered name.
        bool Listed(int? k, bool before) => k is { } kk && lines[kk].Text.Trim() is var lt
            && (AnyHeading(lt) is { } lh && !(before && lh.Kind is HeadingKind.Chapter or HeadingKind.Part)
                || lt.Length <= 80 && SplitNumberedName().IsMatch(lt) && !".;:".Contains(lt[^1]) || HasLeader(lt));
        if (Listed(NextNonBlank(lines, i), false) || Listed(PreviousNonBlank(lines, i), true)) return null;
        // "16. 10. Titel" between "(geldend voor schooljaar 2022/2023) 88" and "(geldend vanaf ...) 89": entries of the contents.
        if (NextNonBlank(lines, i) is { } pgn && PageNumberEnd().IsMatch(lines[pgn].Text.TrimEnd())
            || PreviousNonBlank(lines, i) is { } pgp && PageNumberEnd().IsMatch(lines[pgp].Text.TrimEnd())) return null;
        int major, minor;
        string title;
        bool split = false, lower = false;
        if (SplitDecimalLine().Match(t) is { Success: true } m)
        {
            split = true;
            major = int.Parse(m.Groups["a"].Value); minor = int.Parse(m.Groups["b"].Value); title = m.Groups["t"].Value.Trim();
            if (!(major == lp[0] && minor > lp[1] && minor <= lp[1] + 3 || major == lp[0] + 1 && minor == 1)) return null;
        }
        // Not "22 Werkgever" after lid 21 of article 2.1: a dotless lid that goes on.
        else if (DotlessDecimalLine().Match(t) is { Success: true } d && (d.Groups["n"].Value == $"{lp[0]}{lp[1] + 1}" || d.Groups["n"].Value == $"{lp[0] + 1}1")
                 && !(int.TryParse(openLid, out int ol) && ol + 1 == int.Parse(d.Groups["n"].Value)))
        {
            (major, minor) = d.Groups["n"].Value == $"{lp[0]}{lp[1] + 1}" ? (lp[0], lp[1] + 1) : (lp[0] + 1, 1);
            title = d.Groups["t"].Value.Trim();
        }
        // "6.11 seniorenregeling geldig tot 1 januari 2018" after 6.10: a decimal number over a title in lower case (the coordinator's
        // class from a re-judge of 7777), only as the next article in the same chapter and never a reference that goes on ("2.8 tot
        // en met 2.10", "5.13 en 5.14").
        else if (LowerDecimalLine().Match(t) is { Success: true } lo && int.Parse(lo.Groups["a"].Value) == lp[0]
                 && int.Parse(lo.Groups["b"].Value) is var lb && lb > lp[1] && lb <= lp[1] + 3 && !ReferenceGoesOn().IsMatch(lo.Groups["t"].Value))
        {
            major = lp[0]; minor = lb; title = lo.Groups["t"].Value.Trim();
            lower = true;
        }
        else return null;
        if (title.EndsWith('.') && title.Count(ch => ch == '.') == 1) title = title[..^1].TrimEnd();
        if (title.Length is < 3 or > 100 || title.Length > 80 && !lower || title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > (lower ? 14 : 10) || title.Any(ch => ".;:!".Contains(ch))
            || title.EndsWith(',') || !title.EndsWith('?') && (FiniteVerb().IsMatch(title) || LeadIn().IsMatch(title) && title.Split(' ').Length > 6)
            || split && QuantityInTitle().IsMatch(title)) return null;
        return new Heading(HeadingKind.Article, $"{major}.{minor}", title);
    }

    // "2. 5 Titel", "2 . 4 Titel", "8. 2 . Titel": a number split after (and before) its dot, a title in capitals or mixed case.
    [GeneratedRegex(@"^(?<a>\d{1,2}) ?\. (?<b>\d{1,2})(?: ?\.)?\s+(?<t>['‘]?\p{Lu}\p{Ll}.*)$")]
    private static partial Regex SplitDecimalLine();
    // "6.11 seniorenregeling geldig tot 1 januari 2018": a decimal number over a title in lower case, its first word a word.
    [GeneratedRegex(@"^(?<a>\d{1,2})\.(?<b>\d{1,2})\s+(?<t>\p{Ll}{3,}(?:\s+[\p{L}\d(][\p{L}\d()/,-]*)*)$")]
    private static partial Regex LowerDecimalLine();
    // "34 Breed-technische Adaptatie Voertuigen", "2.9 Pensioen": a short numbered name, as in a list or the contents.
    [GeneratedRegex(@"^\d{1,3}(?: ?\. ?\d{1,2})*\.?\s+['‘]?\p{Lu}")]
    private static partial Regex SplitNumberedName();
    // "(geldend voor schooljaar 2022/2023) 88": a contents entry's page number at a line's end (not a year).
    [GeneratedRegex(@"[\p{L})]\s+\d{1,3}$")]
    private static partial Regex PageNumberEnd();
    // "29 Pensioen" (also "73. Leeftijdsverlof vanaf 50 jaar" after 7.2): a number whose dot the OCR lost, a title in mixed case.
    [GeneratedRegex(@"^(?<n>\d{2,3})\.?\s+(?<t>\p{Lu}\p{Ll}+(?:\s+[\p{L}\d][\p{L}\d-]*){0,6})$")]
    private static partial Regex DotlessDecimalLine();

    /// <summary>Whether line <paramref name="i"/> goes on from a line that ends in a reference word ("... volgens tabel"), so its number is that reference's.</summary>
    private static bool AfterWrappedReference(List<TextLine> lines, int i) =>
        i > 0 && !lines[i - 1].IsBlank && WrappedBeforeReference().IsMatch(lines[i - 1].Text);

    /// <summary>Whether an "Artikel 1" heading (with the word) stands after line <paramref name="i"/> before the next part heading.</summary>
    private static bool ArticleHeadingBeforeNextPart(List<TextLine> lines, int i, HashSet<int> toc)
    {
        for (int j = i + 1; j < lines.Count; j++)
        {
            if (toc.Contains(j) || lines[j].IsBlank || AnyHeading(lines[j].Text) is not { } h) continue;
            if (h.Kind == HeadingKind.Part) return false;
            if (h.Kind == HeadingKind.Article && ArticleWord().IsMatch(lines[j].Text.TrimStart())) return true;
        }
        return false;
    }

    /// <summary>The number of the next article heading within 60 lines after line <paramref name="i"/>, past contents lines and appendix headings; null where a chapter or part comes first.</summary>
    private static string? NextBodyArticle(List<TextLine> lines, int i, HashSet<int> toc) =>
        NextArticleNumber(lines, i, toc, 60, h => h.Kind == HeadingKind.Appendix);

    /// <summary>The number of the first article heading within a few lines after line <paramref name="i"/>, if any.</summary>
    private static string? NextArticle(List<TextLine> lines, int i)
    {
        int seen = 0;
        for (int j = i + 1; j < lines.Count && seen < 4; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            if (AnyHeading(lines[j].Text) is { } h) return h.Kind == HeadingKind.Article ? h.Number : null;
        }
        return null;
    }

    /// <summary>
    /// The position a chapter number stands for: 7, 8a (8), VII (7), B (2). A single letter is a letter
    /// (C is 3, not 100), and I, V and X are letters too where the chapters are lettered (A, B, ... H, I).
    /// </summary>
    private static int? Ordinal(string number, bool lettered = false)
    {
        var m = Regex.Match(number, @"^\d+", RegexOptions.None, PatternBudget.Default);
        if (m.Success) return int.Parse(m.Value);
        if (number.Length == 1 && char.IsLetter(number[0]) && (lettered || !"IVX".Contains(char.ToUpperInvariant(number[0]))))
            return char.ToUpperInvariant(number[0]) - 'A' + 1;
        if (Regex.IsMatch(number, "^[IVXLC]+$", RegexOptions.None, PatternBudget.Default))
        {
            int total = 0, prev = 0;
            foreach (var ch in number.Reverse())
            {
                int v = ch switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 100 };
                total += v < prev ? -v : v;
                prev = Math.Max(prev, v);
            }
            return total;
        }
        return number.Length == 1 && char.IsLetter(number[0]) ? char.ToUpperInvariant(number[0]) - 'A' + 1 : null;
    }

    /// <summary>'1' for digits, 'I' for Roman numerals (II, IV; a lone I, V or X too), 'A' for letters.</summary>
    private static char NumberStyle(string number) =>
        char.IsDigit(number[0]) ? '1' : number.All(c => "IVX".Contains(c)) ? 'I' : 'A';

    /// <summary>The digits a number starts with ("3" of "3a", "" of "a"): an article number with its letter, read as a count.</summary>
    private static string LeadingDigits(string number) => new string(number.TakeWhile(char.IsDigit).ToArray());

    /// <summary>The counts of a number's parts ("5.14" -> 5, 14; "3.5a" -> 3, 5), split at <paramref name="separators"/>; null where a part has none.</summary>
    private static int[]? NumberParts(string number, params char[] separators)
    {
        var parts = number.Split(separators).Select(p => int.TryParse(LeadingDigits(p), out var v) ? v : -1).ToArray();
        return parts.Contains(-1) ? null : parts;
    }

    /// <summary>Whether article <paramref name="number"/> follows <paramref name="last"/> in one numbering (49 -> 50, 5.14 -> 5.15.1, 5.14 -> 6.1).</summary>
    private static bool Continues(string number, string last)
    {
        if (NumberParts(number, '.') is not { } a || NumberParts(last, '.') is not { } b || b[0] < 2) return false;
        if (a.Length == 1 && b.Length == 1) return a[0] > b[0] && a[0] <= b[0] + 2;
        if (a.Length == 1 || b.Length == 1) return false;
        if (a[0] == b[0]) return a[1] > b[1] || a[1] == b[1] && a.Length > 2;
        return a[0] == b[0] + 1 && a[1] <= 2;
    }

    /// <summary>
    /// "Artikel 2.1. 9 . Dienstblokken" read as article 2.1: a heading whose number goes on past the number it was given
    /// (a space the extractor put into "2.1.9"), so the article is no parent of the decimals after it.
    /// </summary>
    private static bool SplitArticleNumber(ReadOnlySpan<char> heading, string number)
    {
        int at = heading.IndexOf(number.AsSpan(), StringComparison.Ordinal);
        if (number.Length == 0 || at < 0) return false;
        var rest = heading[(at + number.Length)..].TrimStart('.').TrimStart();
        return rest.Length > 0 && char.IsDigit(rest[0]);
    }

    /// <summary>
    /// "Aantekeningen:" over numbered notes right after an article's last lid, with no lid of the article after them: the notes
    /// cover the whole article ("Art. 75 > Aantekeningen", not "Art. 75 > lid 3 > Aantekeningen"), so they become a section of the
    /// article and the lid ends where they start (session 33). Notes followed by a next lid stay with the lid they follow.
    /// </summary>
    private static void NotesAfterLastLid(List<Node> nodes, HashSet<string> used)
    {
        var children = ChildLists(nodes);
        for (int j = 0; j < nodes.Count; j++)
        {
            var n = nodes[j];
            if (!n.Notes || children[j] is not null || n.Parent is not { } li) continue;
            var lid = nodes[li];
            if (lid.Kind != ClauseKind.Paragraph || lid.Parent is not { } ai || nodes[ai].Kind != ClauseKind.Article) continue;
            // The notes are the lid's last part, and nothing of the article comes after the lid.
            if (children[li]!.Any(c => c != j && nodes[c].Start >= n.Start)) continue;
            if (children[ai]!.Any(c => c != li && nodes[c].Start > lid.Start)) continue;
            var name = n.Title ?? "";
            if (name is not ("Aantekening" or "Aantekeningen")) continue;
            used.Remove(n.Path);
            n.Parent = ai;
            n.Path = Unique($"{nodes[ai].Path} > {name}", used);
            used.Add(n.Path);
            lid.End = Math.Min(lid.End, n.Start);
            children[li]!.Remove(j);
            if (children[li]!.Count == 0) lid.HasChildren = false;
        }
    }

    /// <summary>Each node's children by index, in order; null for a node with none.</summary>
    private static List<int>?[] ChildLists(List<Node> nodes)
    {
        var children = new List<int>?[nodes.Count];
        for (int j = 0; j < nodes.Count; j++)
            if (nodes[j].Parent is { } p) (children[p] ??= []).Add(j);
        return children;
    }

    /// <summary>The path itself, or with " (2)", " (3)" ... where the document already has it (shared with the policy segmenter).</summary>
    internal static string Unique(string path, HashSet<string> used)
    {
        if (!used.Contains(path)) return path;
        for (int k = 2; ; k++)
            if (!used.Contains($"{path} ({k})")) return $"{path} ({k})";
    }

    private static string Short(string title) => title.Length <= 50 ? title : title[..50].TrimEnd() + "…";

    /// <summary>
    /// A part, chapter or appendix named twice at the top, first in the front pages as a small remnant of the contents
    /// ("Deel A" over a list of its articles, "H5" over one contents line), then where its text is ("Deel A (2)"): the real
    /// one takes the plain name, and the remnant is named as contents ("Deel A (inhoud)"). Only where the name occurs
    /// exactly twice, the first within the document's first tenth and less than half the size of the second.
    /// </summary>
    private static void FrontMatterNames(List<Node> nodes, int length, HashSet<string> used)
    {
        static bool Section(Node n) => n.Parent is null && n.Kind is ClauseKind.Section or ClauseKind.Chapter or ClauseKind.Appendix;
        foreach (var late in nodes.Where(n => Section(n) && n.Path.EndsWith(" (2)", StringComparison.Ordinal)).ToList())
        {
            var name = late.Path[..^4];
            if (nodes.FirstOrDefault(n => Section(n) && n.Path == name) is not { } early || used.Contains(name + " (3)") || used.Contains(name + " (inhoud)")) continue;
            // Also a remnant of a few pages of contents in the front pages ("Afdeling 9" over the contents lines after it) where the
            // real one in the body is only a little larger (its next chapters are of another word: "Hoofdstuk II").
            if ((long)early.Start * 10 >= length || (long)(early.End - early.Start) * 2 >= late.End - late.Start
                && !(early.End - early.Start < Math.Min(4000, late.End - late.Start) && (long)late.Start * 10 >= length)) continue;
            MoveSubtree(nodes, early.Path, name + " (inhoud)", used);
            MoveSubtree(nodes, late.Path, name, used);
            // "Deel B" of the contents stayed open over the contents into the body's general part ("Algemeen deel" / "Artikel 2A
            // Werkingssfeer" before "Deel A"): the articles under the remnant of a part are the cao's own, in no part.
            if (early.Kind != ClauseKind.Section) continue;
            int at = nodes.IndexOf(early);
            // Only articles with text of their own (leden, or a few sentences): not an entry of the contents read as an article.
            var own = nodes.Where(x => x.Parent == at && x.Kind is ClauseKind.Article or ClauseKind.Chapter && (x.HasChildren || x.End - x.Start >= 200)).ToList();
            foreach (var x in own)
            {
                x.Parent = early.Parent;
                MoveSubtree(nodes, x.Path, Unique(x.Path[(early.Path.Length + 3)..], used), used);
            }
            if (own.Count > 0)
            {
                early.End = Math.Min(early.End, own.Min(x => x.Start));
                early.HasChildren = nodes.Any(x => x.Parent == at);
            }
        }
    }

    /// <summary>Gives a node and everything under it the path prefix <paramref name="to"/> instead of <paramref name="from"/>, keeping the used paths in step.</summary>
    private static void MoveSubtree(List<Node> nodes, string from, string to, HashSet<string> used)
    {
        foreach (var x in nodes.Where(x => x.Path == from || x.Path.StartsWith(from + " > ", StringComparison.Ordinal)))
        {
            used.Remove(x.Path);
            x.Path = to + x.Path[from.Length..];
            used.Add(x.Path);
        }
    }

    /// <summary>Text between a container's heading and its first child becomes an "inleiding" clause, so no text is lost.</summary>
    private static void AddIntros(List<Node> nodes, string text, HashSet<string> used)
    {
        var count = nodes.Count;
        var firstNode = new int[count]; // each node's child that starts first (the earliest added on a tie), or -1
        Array.Fill(firstNode, -1);
        for (int j = 0; j < count; j++)
            if (nodes[j].Parent is { } p && (firstNode[p] < 0 || nodes[j].Start < nodes[firstNode[p]].Start)) firstNode[p] = j;
        for (int i = 0; i < count; i++)
        {
            var n = nodes[i];
            if (!n.HasChildren) continue;
            int fc = firstNode[i] >= 0 ? Math.Min(nodes[firstNode[i]].Start, n.End) : n.End;
            // A bare title between a heading and its first child ("Deel B ..." / "Ziekte en arbeidsongeschiktheid" /
            // "Artikel 1") is no text of its own: it stays in its section's text.
            var intro = fc > n.BodyStart ? text[n.BodyStart..fc] : "";
            if (intro.Trim().Length >= 20 && !StructureQuality.IsHeadingOnly(intro) && !IsTitleBlock(intro) && !IsCaptionsOnly(intro)
                && !IsTitleRest(n, intro))
            {
                // "3.14 Overwerk" / "Standaard werkweken" / its text / "Afwijkende werkweken" / its text: the first of an article's
                // unnumbered sub-headings, right under the article's heading, is named by its own title, like the sub-headings
                // after it, not "inleiding" (session 32).
                var title = firstNode[i] >= 0 ? FirstSubHeadingTitle(n, nodes[firstNode[i]], intro) : null;
                var path = Unique(title is null ? $"{n.Path} > inleiding" : $"{n.Path} > {Short(title)}", used);
                used.Add(path);
                // Only the path names it: the clause is read as before, without a title (a function sheet's "Binnen welke kaders ben ik
                // werkzaam? (context)" as a title let its description take a label).
                nodes.Add(new Node(title is null ? ClauseKind.Paragraph : ClauseKind.Section, null, null, n.BodyStart, i, path, n.BodyStart) { End = fc });
            }
        }
    }

    /// <summary>
    /// The rest of a heading's title on the line under it, read as the container's intro (session 33): "2.3 Einde
    /// arbeidsovereenkomst AOW-gerechtigde leeftijd" / "en doorwerken na AOW-gerechtigde leeftijd", "Hoofdstuk 5 Vakbondswerk,"
    /// / "werknemersorganisaties, beroepsvereniging en ...", with a reference line after it ("garantiebanen" / "Ex artikel 6.1").
    /// One line in lower case, no sentence (no final stop, no finite verb), under a heading whose title ends in no stop.
    /// </summary>
    private static bool IsTitleRest(Node container, string intro)
    {
        var lines = StructureQuality.TrimmedLines(intro);
        if (lines.Count is 0 or > 2 || container.Title is not { Length: > 0 } title || ".:;!?".Contains(title.TrimEnd()[^1])) return false;
        var t = lines[0];
        return t.Length <= 90 && char.IsLower(t[0]) && !".:;!?,".Contains(t[^1]) && !FiniteVerb().IsMatch(t)
            && lines.Skip(1).All(l => TitleReference().IsMatch(l));
    }

    /// <summary>
    /// A container's title block with no text of its own (session 33): an appendix's title over two or three lines in capitals
    /// ("11F. GEEN OPBOUW VAKANTIEDAGEN ..." / "8 UITZONDERINGEN" / "Zie artikel 53 CAO"), a reference line under a title
    /// ("(Zie artikel 1.4 van de cao)", "(Ex artikel 31 cao OB)", "Behorende bij artikel 19 (...)"), a date or scope note
    /// ("(geldend vanaf schooljaar 2023/2024)") or a form's title ("Uitvoeringsregeling A (Cao Kinderopvang 2005)"). Judges called
    /// such "inleiding" leaves heading only; like a bare title they stay in their container's text. Not a sentence (a line with
    /// several words in lower case, "De ondergetekenden, de organisatie van werkgevers"; "Onderstaand zijn enige artikelen ...
    /// opgenomen"), a field with a colon ("Functieniveau: 2"), a table's rows (numbers) or stacked lid labels ("Lid 1" / "Lid 2").
    /// </summary>
    private static bool IsTitleBlock(string intro)
    {
        var lines = StructureQuality.TrimmedLines(intro);
        if (lines.Count is 0 or > 4 || intro.Trim().Length > 250) return false;
        foreach (var l in lines)
        {
            if (l.Length > 100) return false;
            if (TitleReference().IsMatch(l)) continue;
            var words = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool sentence = l.Any(char.IsLower) && (words.Length >= 5 && words.Count(w => char.IsLower(w[0]) || w[0] == '(' && w.Length > 1 && char.IsLower(w[1])) >= 4
                || FiniteVerb().IsMatch(l));
            if (sentence) return false;
            // "(geldend vanaf schooljaar 2023/2024)", "(Op te maken in tweevoud)": an aside under a title, no sentence
            if (l[0] == '(' && l[^1] == ')' && l.IndexOf(')') == l.Length - 1) continue;
            if (LidLabelLine().IsMatch(l) || NumberGroup().Count(l) >= 3) return false;
            if (".:;!?,".Contains(l[^1]) || !(char.IsUpper(l[0]) || char.IsDigit(l[0]))) return false;
            if (l.Any(char.IsLower) && l.Contains(':')) return false;
        }
        return true;
    }

    /// <summary>
    /// The title of the text before an article's first unnumbered sub-heading when that text opens with a sub-heading of its own:
    /// a short title line ("Standaard werkweken", "Verlof met doorbetaling van loon", "Positie van de functie in de organisatie")
    /// over body text, where the article's first child is an unnumbered sub-heading too ("Afwijkende werkweken"). Not a sentence
    /// ("Salaris is de geldelijke beloning voor werk.", "Met de term 'salaris' bedoelt de CAO het brutoloon plus"), words that
    /// go on ("Werknemers met een"), a form's letter ("A.") or a table's header row.
    /// </summary>
    private static string? FirstSubHeadingTitle(Node container, Node first, string intro)
    {
        // An article; also an appendix, chapter or function sheet whose first part opens with its own title like the parts after it
        // ("BIJLAGE 11 ..." / "Duurzaam inzetbaarheidsbeleid" / ... / "Levensfasebewust personeelsbeleid"; a function's "Binnen welke
        // kaders ben ik werkzaam? (context)" / ... / "Wat is het doel van mijn functie? (doel)").
        if (container.Kind is not (ClauseKind.Article or ClauseKind.Appendix or ClauseKind.Chapter or ClauseKind.Section)
            || first.Kind != ClauseKind.Section || string.IsNullOrEmpty(first.Title) && !DefinitionsTitle().IsMatch(container.Title ?? "")
            || first.Path.EndsWith(" > inleiding", StringComparison.Ordinal)) return null;
        var lines = StructureQuality.TrimmedLines(intro);
        if (lines.Count < 2) return null;
        var t = lines[0];
        if (!IsTitleLike(t) || t.Length < 4 || t.Any(char.IsDigit) || BulletPattern().IsMatch(t) || VacatedTitle().IsMatch(t)
            || OpenEnd().IsMatch(t) || LeadIn().IsMatch(t) || FiniteVerb().IsMatch(t) && !t.EndsWith('?')) return null;
        // all capitals: a title or a table's header, no sub-heading like the ones after it
        if (!t.Any(char.IsLower)) return null;
        // not the container's own title again ("Bijlage 7" / "Functieprofielen")
        if (container.Kind != ClauseKind.Article && container.Title is { Length: > 0 } ct
            && (ct.Contains(t, StringComparison.OrdinalIgnoreCase) || t.Contains(ct, StringComparison.OrdinalIgnoreCase))) return null;
        var next = lines[1];
        // outside an article, a plain title over a sentence: not a table's header ("Functie-nummer Functienaam"), scanned noise or a
        // form's title over its fields
        if (container.Kind != ClauseKind.Article)
        {
            var tw = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (t.Any(c => !(char.IsLetter(c) || c is ' ' or '-' or '/' or '(' or ')' or '?' or '\'' or '&' or ','))
                || tw.Length >= 2 && tw.All(w => char.IsUpper(w[0])) || next.Length < 25 || !next.Any(char.IsLower)) return null;
        }
        return next.Any(char.IsLower) ? t : null;
    }

    /// <summary>
    /// The body of a sub-heading that holds only a table's column captions (session 33): a function sheet's "Resultaatgebieden" over
    /// "Wat moet ik bereiken? Wat kan ik doen om de doelen te bereiken?" / "(resultaten) (activiteiten)", with the numbered result
    /// areas after it as sub-headings of their own. A judge called such a leaf heading only; like a heading with no text it is no
    /// clause, its words stay in the text of the section around it. Only question lines and parenthesised captions, at least one of
    /// those; a sentence, an answer, a list item or a form's questions alone keep the sub-heading.
    /// </summary>
    private static bool IsCaptionsOnly(string body)
    {
        var lines = StructureQuality.TrimmedLines(body);
        if (lines.Count is 0 or > 4 || body.Trim().Length > 200) return false;
        // the bracketed captions are what makes it a table's header; questions alone are a form's questions ("Wat is het doel ...?")
        return lines.Any(l => CaptionLine().IsMatch(l))
            && lines.All(l => l.Length <= 120 && (l.EndsWith('?') && char.IsUpper(l[0]) || CaptionLine().IsMatch(l)));
    }

    private static List<Clause> ToClauses(List<Node> all, NormalisedText doc)
    {
        // A heading with no text under it and nothing inside (a heading-only fragment, an empty part)
        // is no clause: its words stay in the text of the section around it.
        var childCount = new int[all.Count];
        foreach (var n in all) if (n.Parent is { } p) childCount[p]++;
        var drop = new bool[all.Count];
        for (int i = all.Count - 1; i >= 0; i--)
        {
            var n = all[i];
            if (n.ContentsOnly && childCount[i] == 0)
            {
                drop[i] = true;
                if (n.Parent is { } cp) childCount[cp]--;
                continue;
            }
            if (childCount[i] > 0 || n.Kind == ClauseKind.Paragraph || n.Path == "Voorblad") continue;
            if (n.End <= n.BodyStart || doc.Text[n.BodyStart..n.End].Trim().Length == 0
                || n.Kind == ClauseKind.Section && IsCaptionsOnly(doc.Text[n.BodyStart..n.End]))
            {
                drop[i] = true;
                if (n.Parent is { } p) childCount[p]--;
            }
        }
        // A dropped heading (an entry of a chapter's own list of articles) leaves its name free: the
        // real article that was named "Art. 51 (2)" beside it takes "Art. 51" back.
        var kept = all.Where((n, i) => !drop[i]).Select(n => n.Path).ToHashSet();
        for (int i = 0; i < all.Count; i++)
        {
            if (!drop[i] || kept.Contains(all[i].Path)) continue;
            var free = all[i].Path;
            var twin = free + " (2)";
            if (!kept.Contains(twin)) continue;
            foreach (var n in all.Where((n, k) => !drop[k] && (n.Path == twin || n.Path.StartsWith(twin + " > ", StringComparison.Ordinal))))
            {
                kept.Remove(n.Path);
                n.Path = free + n.Path[twin.Length..];
                kept.Add(n.Path);
            }
        }
        var keepIndex = new int[all.Count];
        var nodes = new List<Node>();
        for (int i = 0; i < all.Count; i++)
        {
            keepIndex[i] = nodes.Count;
            if (!drop[i]) nodes.Add(all[i]);
        }
        foreach (var n in nodes) if (n.Parent is { } p) n.Parent = drop[p] ? null : keepIndex[p];

        var order = Enumerable.Range(0, nodes.Count).OrderBy(i => nodes[i].Start).ThenBy(i => Depth(nodes, i)).ToList();
        var newIndex = new int[nodes.Count];
        for (int k = 0; k < order.Count; k++) newIndex[order[k]] = k;
        var hasChild = new bool[nodes.Count];
        foreach (var n in nodes) if (n.Parent is { } p) hasChild[p] = true;

        var result = new List<Clause>(nodes.Count);
        foreach (var i in order)
        {
            var n = nodes[i];
            int s = n.Start, e = Math.Max(n.Start, n.End);
            // Leading and trailing white space belongs to no clause.
            while (e > s && char.IsWhiteSpace(doc.Text[e - 1])) e--;
            while (s < e && char.IsWhiteSpace(doc.Text[s])) s++;
            result.Add(new Clause(n.Kind, n.Number, n.Title, n.Path, s, e, doc.PageAt(s), doc.PageAt(Math.Max(s, e - 1)), doc.Text[s..e])
            {
                Ordinal = newIndex[i],
                ParentOrdinal = n.Parent is { } p ? newIndex[p] : null,
                IsLeaf = !hasChild[i] && n.Indexed,
            });
        }
        return result;
    }

    private static int Depth(List<Node> nodes, int i)
    {
        int d = 0;
        for (var p = nodes[i].Parent; p is { } pi; p = nodes[pi].Parent) d++;
        return d;
    }

    private static bool AcceptsLid(Node container, string marker, List<TextLine> lines, int i, int? openLidStart = null)
    {
        // "Lid 1" / "Lid 2" / "Lid 3" on lines of their own, one under the other: markers a two-column page
        // put apart from their text. They number nothing here, so the article's text stays whole.
        // But "Lid 2 De werkgever ..." / "Lid 3" / "a. De vakantie ..." / "b. ...": a lid whose text opens with its item a, the label
        // alone on its line in an article whose other leden carry their text behind the label; the label opens lid 3 (session 29).
        if (BareLid().IsMatch(lines[i].Text.Trim()) && NextNonBlank(lines, i) is { } nl && LidPattern().IsMatch(lines[nl].Text.Trim())
            && !LabelOverItemA(lines, i, nl))
            return false;
        // An unnumbered bullet is no lid: a reader cites "Art. 1.4.1", not a "lid 2" the text never
        // wrote. Bulleted items stay in the text of their article, sub-heading or lid.
        if (marker == "•") return false;
        char style = char.IsDigit(marker[0]) ? '1' : char.IsUpper(marker[0]) ? 'A' : 'a';
        if (container.LidStyle == '\0')
        {
            // "1." alone on its line (its text lost), then "2. De werkgever ...": the leden start, at 2 (not at "2. Samenstelling", a title).
            if (marker is not ("1" or "a" or "A") && !(marker == "2" && !ShortItem(lines[i].Text) && PreviousNonBlank(lines, i) is { } bare && lines[bare].Text.Trim() == "1.")
                && !(marker == "2" && container.UnnumberedFirstLid)) return false;
            // "1. Voor- en afmontage" / "2. Houtbewerking": a numbered list of names, no leden.
            if (ShortItem(lines[i].Text) && NextNonBlank(lines, i) is { } ni && LidMarker(lines[ni].Text) is not (null or "•") && ShortItem(lines[ni].Text))
                return false;
            container.LidStyle = style;
            return true;
        }
        if (style != container.LidStyle) return false; // a./b. inside numbered leden are sub-items
        return style == '1'
            ? int.Parse(marker) == int.Parse(container.LastLid) + 1 && !(openLidStart is { } ls && InnerListGoesOn(lines, i, ls, int.Parse(marker)))
            : marker[0] == container.LastLid[0] + 1 && !(style == 'a' && openLidStart is { } ls2 && InnerLetterListGoesOn(lines, i, ls2, marker[0]));
    }

    /// <summary>
    /// "b. De redenen ... (2014):" / "a) ter beschikking stellen ...;" / "b) ..." / "c) bevorderen ...": a list lettered with brackets
    /// inside lid b, lettered with dots, that goes on at its item c, no lid c (session 29). Only where its items a) up to the one
    /// before stand in the open lid, one after the other, all with the bracket, and the open lid's own letter has the dot.
    /// </summary>
    private static bool InnerLetterListGoesOn(List<TextLine> lines, int i, int lidStart, char marker)
    {
        var own = lines[i].Text.TrimStart();
        if (own.Length < 3 || own[0] != marker || own[1] != ')') return false;
        char expect = (char)(marker - 1);
        int j = i - 1;
        for (; j >= 0 && lines[j].Start > lidStart && i - j <= 60 && expect >= 'a'; j--)
        {
            var t = lines[j].Text.TrimStart();
            if (t.Length >= 3 && t[1] == ')' && t[2] == ' ' && t[0] is >= 'a' and <= 'z')
            {
                if (t[0] != expect) return false;
                expect--;
            }
        }
        if (expect >= 'a') return false;
        // The open lid's own marker: "b." (a dot), not "b)".
        for (; j >= 0 && i - j <= 400; j--)
            if (lines[j].Start <= lidStart && lidStart < lines[j].End + 1)
                return lines[j].Text[(lidStart - lines[j].Start)..].TrimStart() is { Length: >= 2 } lt && char.IsLetter(lt[0]) && lt[1] == '.';
        return false;
    }

    /// <summary>
    /// "Lid 3" alone on its line (lid 2 or higher), item "a." of a list on the next line, and no bare label on the line before:
    /// the label of a lid that opens with its items, not one of a side column of labels ("Lid 1" / "Lid 2" / "Lid 3" one under the other).
    /// </summary>
    private static bool LabelOverItemA(List<TextLine> lines, int i, int next)
    {
        if (LidLabel().Match(lines[i].Text.Trim()) is not { Success: true } m || !int.TryParse(m.Groups["n"].Value, out int n) || n < 2) return false;
        var t = lines[next].Text.Trim();
        if (LidMarker(t) != "a" || BareLidInText().IsMatch(t)) return false;
        return !(PreviousNonBlank(lines, i) is { } p && BareLid().IsMatch(lines[p].Text.Trim()));
    }

    /// <summary>A line of a table's cell, no sentence: short ("Integraal", "b) Maximale werktijden", "- Lid 1 en 2."), or a few words.</summary>
    private static bool TableCell(string line)
    {
        var t = line.Trim();
        return t.Length <= 120 && !(".;:".Contains(t[^1]) && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8);
    }

    /// <summary>
    /// Whether "<paramref name="n"/>." on line <paramref name="i"/> is the next point of a numbered list inside the open lid (which
    /// starts at offset <paramref name="lidStart"/>), not the article's next lid: "3. Het gaat om: ... c. het loon, waartoe horen:" /
    /// "1. ...;" / "2. ...;" / "3. ...,", then "4. de vergoeding ...". The list counts 1, 2, ... up to n - 1 on lines of the lid after
    /// its own first line (its last run from "1."), and its last point ends as a list item does (";", ",", "en", "of") or this one
    /// starts in lower case.
    /// </summary>
    private static bool InnerListGoesOn(List<TextLine> lines, int i, int lidStart, int n)
    {
        // The points of the list, back to its "1." (a list that began again counts from there).
        var points = new List<(int Line, int Number)>();
        for (int j = i - 1; j >= 0 && lines[j].Start > lidStart && i - j <= 60 && points is not [.., (_, 1)]; j--)
            if (ListPoint().Match(lines[j].Text.TrimStart()) is { Success: true } m) points.Add((j, int.Parse(m.Groups[1].Value)));
        if (points.Count != n - 1 || points is not [.., (_, 1)] || ListPoint().Match(lines[i].Text.TrimStart()) is not { Success: true } own) return false;
        points.Reverse();
        for (int k = 0; k < points.Count; k++) if (points[k].Number != k + 1) return false;
        if (PreviousNonBlank(lines, i) is not { } p) return false;
        var before = lines[p].Text.TrimEnd();
        return before.EndsWith(';') || before.EndsWith(',') || ListGoesOn().IsMatch(before) || char.IsLower(lines[i].Text.TrimStart()[own.Length]);
    }

    /// <summary>
    /// Where lid <paramref name="n"/> runs on behind other words of line <paramref name="i"/> ("Vakkracht en vakvolwassen 1. Als je ...",
    /// "1.20 Loon voor de vakkracht van 21 jaar 1. Het bedrag ...", the end of a wrapped title "Normale arbeidstijd 1. De ...", a margin
    /// keyword "Kader medezeggenschap 4. Het kader ..."): the offset of its number in the line, else null. Lid 1 only where lid 2
    /// follows on a line of its own before the next heading (and no lid 1 of its own comes first); a later lid only after the
    /// lid before it ended a sentence, behind a few words that end none.
    /// </summary>
    private static int? GluedLidAt(List<TextLine> lines, int i, int n)
    {
        if (GluedLid(lines[i].Text).Match(lines[i].Text) is not { Success: true } m || int.Parse(m.Groups["n"].Value) != n) return null;
        int at = m.Groups["n"].Index;
        if (n == 1)
            // Not where a lid 1 of its own follows ("... geregeld in Regeling 1. Hier ..." above "1. je vraagt ...").
            // A "2." glued behind its side title too ("Definitie 1. ..." over "Compensatie 2. ...").
            return NextBeforeHeading(lines, i, t => LidMarker(t) is "1" or "2" || GluedTwo(t)) is { } two
                   && (LidMarker(lines[two].Text) == "2" && !ShortItem(lines[two].Text) || GluedTwo(lines[two].Text))
                ? at : null;
            static bool GluedTwo(string t) => LidMarker(t) is null && GluedLid(t).Match(t) is { Success: true } g2 && g2.Groups["n"].Value == "2"
                                              && t[..g2.Groups["n"].Index].Trim() is { Length: > 0 } b2 && SideTitle(b2);
        return SideTitle(lines[i].Text[..at].Trim()) && PreviousNonBlank(lines, i) is { } p && lines[p].EndsIn(".;:")
            ? at : null;
        // "Definitie", "Arbeidsduur en werktijden": a few words in the margin before a lid's number, no sentence.
        static bool SideTitle(string s) => s.Length <= 40 && !s.Any(ch => ".;:!?,".Contains(ch));
    }

    /// <summary>
    /// The function a job profile describes, from the line that opens it: "Functienaam: Sociaal werker 1",
    /// "Functie Opperman Functiecode: 2.1.1", "Functiegroep: algemeen Manager HR Functienummer: A.03",
    /// "Functiegroep: kwaliteit &amp; productontwikkeling Kwaliteitsanalist Functienummer: K.03",
    /// "FUNCTIE Vestigingsmanager 10.01"; a group of two words ("Functiegroep: technische dienst Hoofd TD Functienummer")
    /// and the word "Functienummer" split by the extractor ("Functi enummer") too. Null for any other line.
    /// </summary>
    private static string? UnitTitle(string line)
    {
        if (line.Length > 140) return null;
        var m = FunctionLine().Match(line);
        if (!m.Success) return null;
        var name = m.Groups["n"].Value.Trim().TrimEnd(',', ';', ':').Trim();
        // "1e Verkoopmedewerker", "1E Kassamedewerker": a name that opens with an ordinal (session 32; before, the sheet ran on in the one before).
        return name.Length >= 2 && (char.IsLetter(name[0]) || name.Length > 3 && char.IsDigit(name[0]) && name[1] is 'e' or 'E' && name[2] == ' ') ? name : null;
    }

    /// <summary>
    /// The function a job profile describes, from the line that opens it and the line below: "2. Doktersassistent B"
    /// above "Schaal 5"; in an appendix, "Service Technicus" above "Algemeen" (or "Doel") whose text speaks of
    /// the function or names it. Null for any other line.
    /// </summary>
    private static string? ProfileTitle(List<TextLine> lines, int i, bool inAppendix)
    {
        var t = lines[i].Text.Trim();
        if (t.Length > 70 || NextNonBlank(lines, i) is not { } ni) return null;
        var next = lines[ni].Text.Trim();
        // "FUNCTIE" / "Discipline" / "FUNCTIECONTEXT" / "Applicatieontwikkelaar": a function sheet's header whose name a column layout
        // put under its labels.
        if (t == "FUNCTIE" && next.StartsWith("Discipline", StringComparison.Ordinal) && NextNonBlank(lines, ni) is { } nc
            && lines[nc].Text.Trim() == "FUNCTIECONTEXT" && NextNonBlank(lines, nc) is { } nn && IsTitleLike(lines[nn].Text) && !ProfileStart().IsMatch(lines[nn].Text.Trim()))
            return lines[nn].Text.Trim();
        // "Variant" / "Algemene kenmerken" / "Pedagogisch medewerker BSO", "Differentiatie" / "Pedagogisch medewerker — differentiatie 1":
        // a sheet of a variant or differentiation of a function, named by the line under the label or under "Algemene kenmerken"
        // (session 32; before, "Variant" named every such sheet, "Variant (3)", and a differentiation's sheet ran on in it).
        if (inAppendix && t is "Variant" or "Differentiatie" && (ProfileStart().IsMatch(next) ? NextNonBlank(lines, ni) : ni) is { } nameAt
            && lines[nameAt].Text.Trim() is { Length: >= 4 and <= 70 } variantName && IsTitleLike(variantName) && !ProfileStart().IsMatch(variantName)
            && !variantName.Any(char.IsDigit) | variantName.Contains(t, StringComparison.OrdinalIgnoreCase))
            return variantName.Contains(t, StringComparison.OrdinalIgnoreCase) ? variantName : $"{t} {variantName}";
        var m = NumberedName().Match(t);
        if (m.Success && ShortItem(t) && ScaleLine().IsMatch(next)) return m.Groups["n"].Value.Trim();
        // "4. PRAKTIJKOPLEIDER" above "ALGEMENE KENMERKEN": a function book's numbered profile.
        if (inAppendix && m.Success && ShortItem(t) && ProfileStart().IsMatch(next) && next.Where(char.IsLetter).All(char.IsUpper)
            && m.Groups["n"].Value.Where(char.IsLetter).All(char.IsUpper))
            return SentenceCase(m.Groups["n"].Value.Trim());
        if (!inAppendix || !ProfileStart().IsMatch(next) || !IsTitleLike(t) || t.Any(char.IsDigit) || LidMarker(t) is not null) return null;
        int seen = 0;
        for (int j = ni + 1; j < lines.Count && seen < 3; j++)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            if (lines[j].Text.Contains("functie", StringComparison.OrdinalIgnoreCase) || lines[j].Text.Contains(t, StringComparison.OrdinalIgnoreCase)) return t;
        }
        return null;
    }

    /// <summary>"2. Aanspraak op aanvulling" (a number and a title) whose next line is its first lid ("1. ...", or "a. ..."): its number and title.</summary>
    private static (string Number, string Title)? NumberedTitleLine(List<TextLine> lines, int i, string firstLid = "1")
    {
        var m = NumberedTitlePattern().Match(lines[i].Text.Trim());
        if (!m.Success || NextNonBlank(lines, i) is not { } ni) return null;
        var next = lines[ni].Text.Trim();
        if (!next.StartsWith(firstLid, StringComparison.Ordinal) || !FirstLid().IsMatch("1" + next[1..]) || ShortItem(next)) return null;
        // "6. Een onderneming kan zich aansluiten als" / "a. ...": a lid whose sentence its items finish.
        if (m.Groups["t"].Value.Length > 70 || OpenEnd().IsMatch(m.Groups["t"].Value)) return null;
        return (m.Groups["n"].Value, m.Groups["t"].Value.Trim());
    }

    /// <summary>
    /// Whether the line after numbered title <paramref name="number"/> (line <paramref name="i"/>) is its first decimal as a
    /// sentence: "8.1 De commissie besluit bij meerderheid." (a long line, or one that ends a clause), not a title "8.1 Taak".
    /// </summary>
    private static bool DecimalSentenceFollows(List<TextLine> lines, int i, string number)
    {
        if (NextNonBlank(lines, i) is not { } ni) return false;
        var next = lines[ni].Text.Trim();
        if (!next.StartsWith(number + ".1 ", StringComparison.Ordinal)) return false;
        var rest = next[(number.Length + 3)..].Trim();
        return rest.Length > 0 && char.IsUpper(rest[0]) && (rest.Length > 80 || ".;:".Contains(rest[^1])) && !IsTitleLike(rest);
    }

    /// <summary>
    /// "1. WERKINGSSFEER" (a number and a title in capitals, at least four letters) above a line of body text: its number and title.
    /// </summary>
    private static (string Number, string Title)? CapitalTitleLine(List<TextLine> lines, int i)
    {
        var m = NumberedTitlePattern().Match(lines[i].Text.Trim());
        if (!m.Success) return null;
        var title = m.Groups["t"].Value.Trim();
        if (!IsCapitals(title)) return null;
        if (NextNonBlank(lines, i) is not { } ni) return null;
        var next = lines[ni].Text.Trim();
        if (LidMarker(next) is not null || AnyHeading(next) is not null || NumberedTitlePattern().IsMatch(next) || !char.IsUpper(next[0])
            || next.Where(char.IsLetter).All(char.IsUpper)) return null;
        return (m.Groups["n"].Value, title);
    }

    /// <summary>
    /// "2.1" after lid 1 (or lid 2) of a plainly numbered "Artikel 51": the lid number it continues ("2"), else null. Not a number
    /// in the article's own numbering (51.1).
    /// </summary>
    private static string? SubLidOf(Node article, string number, string text)
    {
        if (article.Number is not { Length: > 0 } an || !char.IsDigit(an[0]) || an.Contains('.') || an.Contains(':')) return null;
        if (!ArticleWord().IsMatch(text.AsSpan(article.Start, Math.Min(12, text.Length - article.Start)))) return null;
        var m = PlainDecimal().Match(number);
        if (!m.Success || article.NumberingLastLid.Length == 0 || !char.IsDigit(article.NumberingLastLid[0])) return null;
        int n = int.Parse(m.Groups[1].Value), last = int.Parse(LeadingDigits(article.NumberingLastLid));
        if (LeadingDigits(an) == m.Groups[1].Value) return null;
        return n == last || n == last + 1 ? n.ToString() : null;
    }

    /// <summary>
    /// "6. Fusie en reorganisatie" above its text, right after the numbered section "5. Arbeidsomstandigheden" (opened above
    /// its own "a. ..."): the next numbered section, not text of the section before.
    /// </summary>
    private static bool NextNumberedSection(Node? open, List<TextLine> lines, int i)
    {
        if (open is not { Kind: ClauseKind.Section, Title: { } title } || NumberedTitleStart().Match(title) is not { Success: true } om) return false;
        var m = NumberedTitlePattern().Match(lines[i].Text.Trim());
        if (!m.Success || int.Parse(m.Groups["n"].Value) != int.Parse(om.Groups[1].Value) + 1 || m.Groups["t"].Value.Length > 70 || OpenEnd().IsMatch(m.Groups["t"].Value)) return false;
        return NextNonBlank(lines, i) is { } ni && !ShortItem(lines[ni].Text) && LidMarker(lines[ni].Text) is null;
    }

    /// <summary>"6. Zwangerschapsverlof", "10. Palliatief verlof.": a lid's number over a short title, no sentence.</summary>
    private static bool ShortTitleLid(string line) =>
        NumberedLidStart().Match(line.Trim()) is { Success: true } m && line.Trim()[m.Length..] is var rest && rest.Length is > 0 and <= 90
        && !rest.TrimEnd('.').Any(ch => ",;:!?".Contains(ch)) && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;
    [GeneratedRegex(@"^\d{1,2}\s?[.)]\s+")]
    private static partial Regex NumberedLidStart();

    /// <summary>A numbered line that only names something: short, with no sentence or clause end.</summary>
    private static bool ShortItem(string line)
    {
        var t = line.Trim();
        return t.Length <= 50 && !".;:,".Contains(t[^1]);
    }

    /// <summary>
    /// "3 Bij externe re-integratie ..." where the extractor lost the dot of a lid (at a page's top, behind
    /// the page number): the next number of numbered leden, after a finished sentence, on a line of body text.
    /// </summary>
    private static string? DotlessLid(Node container, List<TextLine> lines, int i, int? openLidStart, NormalisedText doc)
    {
        var t = lines[i].Text.Trim();
        // "Optie: bepaalde tijd1" ... "1 De werkgever moet ...": a model contract's footnote, its number run into a word above, where it
        // would open the numbering of an article that has no leden (session 29). Within leden in force the next number stays the next
        // lid: "docentfuncties6 )" / "6 Functies die niet voldoen aan ... het vorige lid" (the footnote's own text lost).
        if (container.LidStyle == '\0' && t.Length > 2 && char.IsDigit(t[0]) && FootnoteMarked(lines, i, t, doc)) return null;
        var m = DotlessLidPattern().Match(t);
        // "6     Geen onderbroken diensten" over its sentence, after lid 5 ("5. Rusttijden"): a titled lid whose dot the print lost.
        // Only as the next lid of a numbering in force, its title short and the next line a sentence.
        bool titled = m.Success && t.Length < 40 && container.LidStyle == '1' && int.TryParse(container.LastLid, out int tl) && int.Parse(m.Groups["n"].Value) == tl + 1
                      && !".;:,".Contains(t[^1]) && NextNonBlank(lines, i) is { } tn && lines[tn].Text.Trim() is { Length: >= 40 } tnt && char.IsUpper(tnt[0])
                      && ".;:".Contains(tnt[^1]) && LidMarker(tnt) is null;
        // "4 Vanaf 1 januari 2022 hanteren ..." / "4 Zie artikel 7 lid 3 van deze cao." after "3 In afwijking ...": in an article whose
        // leden are all written without a dot, the next number opens the next lid also where the dotless pattern's second word is
        // no word or its sentence is short, and where the lid before ended in a table or a list (session 27).
        if (!titled && container.LidStyle == '1' && int.TryParse(container.LastLid, out int dl)
            && DotlessSentence().Match(t) is { Success: true } ds && int.Parse(ds.Groups["n"].Value) == dl + 1
            && (".:".Contains(t[^1]) || t.Length >= 60 && t[^1] != ';') && openLidStart is { } ols && DotlessNumberingInForce(lines, i, ols, dl))
            return ds.Groups["n"].Value;
        // "5 a De in lid 2 bedoelde uren ..." after "4 De tijden ...": the next dotless lid opening with its item a, the item's letter
        // also without a dot (session 33; szw-359 writes its leden so). Only as the next lid of a dotless numbering in force, after a
        // finished sentence.
        if (!m.Success && container.LidStyle == '1' && int.TryParse(container.LastLid, out int il) && DotlessItemLid().Match(t) is { Success: true } im
            && int.Parse(im.Groups["n"].Value) == il + 1 && t.Length >= 40 && PreviousNonBlank(lines, i) is { } ip && lines[ip].EndsIn(".;:"))
            return im.Groups["n"].Value;
        // "1 In dit artikel wordt verstaan onder:", "1 Tot 1 mei 2024 betaalt ...", "1 Artikel 7.1.1, eerste lid, ..." right under the article's
        // heading, and a "2 Min-max arbeidsovereenkomsten ..." after a finished sentence further on: the article's leden are written
        // without a dot, though their first words do not fit the stricter pattern below (a short lead-in, a number or a hyphenated
        // word second) (session 33).
        if (container.LidStyle == '\0' && DotlessSentence().Match(t) is { Success: true } fs && fs.Groups["n"].Value == "1" && (t.Length >= 40 || t[^1] == ':')
            && PreviousNonBlank(lines, i) is { } hp && AnyHeading(lines[hp].Text) is { Kind: HeadingKind.Article }
            && NextBeforeHeading(lines, i, x => DotlessSentence().Match(x) is { Success: true } s2 && s2.Groups["n"].Value == "2") is { } j2
            && PreviousNonBlank(lines, j2) is { } p2 && lines[p2].EndsIn(".;:"))
            return "1";
        if (!m.Success) return null;
        if (t.Length < 40 && !titled) return null;
        // "1 De werkgever kan ..." / "2 Indien ...": a cao that writes all its leden without a dot. The first opens the
        // numbering where its article has none yet and a "2 ..." of the same shape follows, after a finished sentence,
        // before the next heading.
        if (container.LidStyle == '\0')
            return m.Groups["n"].Value == "1" && DotlessLidFollows(lines, i, 2) ? "1" : null;
        if (container.LidStyle != '1' || int.Parse(m.Groups["n"].Value) != int.Parse(container.LastLid) + 1) return null;
        // "... nog niet heeft ontvangen.3" / "7 De bindingstoelage ...": the sentence before may end in a footnote's number (session 26).
        // "2 ... volgens onderstaande staffel:" / " – vanaf 0,1 fte: 10 uur" / "3 De werkgever zorgt ...": or in the last item of a list
        // the lid before opened with a colon (session 27).
        if (PreviousNonBlank(lines, i) is not { } p || !(lines[p].EndsIn(".;:") || FootnoteEnd().IsMatch(lines[p].Text.TrimEnd())
                                                          || ListAfterColon(lines, p) && ".;:".Contains(t[^1]))) return null;
        return m.Groups["n"].Value;
    }

    /// <summary>
    /// Whether line <paramref name="i"/> ("2 In de arbeidsovereenkomst kan ...", its number without a dot) is a footnote: on its page,
    /// within the 150 lines above, its number stands run into the end of a word of at least three lower-case letters ("tussentijds opzegbeding2",
    /// "proeftijd3"), the way a footnote's mark is extracted, with no line opening with the same number between (a footnote
    /// takes its mark). A lid's number is never written so.
    /// </summary>
    private static bool FootnoteMarked(List<TextLine> lines, int i, string t, NormalisedText doc)
    {
        int len = t[1] is >= '0' and <= '9' ? 2 : 1;
        if (t.Length <= len || t[len] != ' ') return false;
        var n = t[..len];
        int page = doc.PageAt(lines[i].Start);
        for (int j = i - 1; j >= 0 && i - j <= 150 && doc.PageAt(lines[j].Start) == page; j--)
        {
            var s = lines[j].Text;
            // "1 Wetenschappelijk onderzoek ..." under its mark "regeling1", then "1 De arbeidsovereenkomst ...": a footnote takes its mark,
            // and a later line with the same number is a lid again.
            if (s.TrimStart() is var st && st.Length > len && st.StartsWith(n, StringComparison.Ordinal) && st[len] == ' ') return false;
            for (int k = s.IndexOf(n, StringComparison.Ordinal); k >= 0; k = s.IndexOf(n, k + 1, StringComparison.Ordinal))
            {
                int end = k + len;
                if (k < 3 || !char.IsLower(s[k - 1]) || !char.IsLower(s[k - 2]) || !char.IsLower(s[k - 3])) continue;
                if (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '°')) continue; // not "2° Pinksterdag"
                int w = k - 1;
                while (w >= 0 && char.IsLetter(s[w])) w--;
                if (w >= 0 && char.IsDigit(s[w])) continue; // "1een2°": digits around a word, no mark
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the open lid <paramref name="last"/>, which starts at offset <paramref name="lidStart"/>, opens "3 De ..." without a dot:
    /// a numbering written without dots (not a dotless inner list in dotted leden).
    /// </summary>
    private static bool DotlessNumberingInForce(List<TextLine> lines, int i, int lidStart, int last)
    {
        for (int j = i - 1; j >= 0 && i - j <= 400; j--)
            if (lines[j].Start <= lidStart && lidStart < lines[j].End + 1)
                return DotlessSentence().Match(lines[j].Text[(lidStart - lines[j].Start)..].Trim()) is { Success: true } dm && dm.Groups["n"].Value == last.ToString();
        return false;
    }

    /// <summary>
    /// Whether line <paramref name="p"/> is an item of a bulleted list ("– vanaf 0,3 fte: 30 uur") whose lead-in, at most ten lines
    /// up with only list items between, ends in a colon.
    /// </summary>
    private static bool ListAfterColon(List<TextLine> lines, int p)
    {
        for (int j = p, k = 0; j >= 0 && k <= 10; j--)
        {
            if (lines[j].IsBlank) continue;
            k++;
            // the lead-in may wrap onto a line that opens with a dash ("– OP en OOP – heeft ... staffel:")
            if (j < p && lines[j].EndsIn(":")) return true;
            if (!BulletPattern().IsMatch(lines[j].Text.TrimStart())) return false;
        }
        return false;
    }

    /// <summary>
    /// "A. De werkgever maakt ... afspraken." / "B. Als ...": leden lettered in capitals, each a sentence (a title such as
    /// "A. Verzorgen van het magazijn" is a sub-heading). "A" opens them where "B." of that shape follows before the next heading.
    /// </summary>
    private static string? CapitalLid(Node container, List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        var m = CapitalLidPattern().Match(t);
        if (!m.Success || !IsCapitalLidText(lines, i)) return null;
        char n = m.Groups["n"].Value[0];
        if (container.LidStyle == 'A') return n == container.LastLid[0] + 1 ? n.ToString() : null;
        if (container.LidStyle != '\0' || n != 'A') return null;
        return NextBeforeHeading(lines, i, u => CapitalLidPattern().Match(u) is { Success: true } b && b.Groups["n"].Value == "B") is { } j
               && IsCapitalLidText(lines, j) ? "A" : null;
    }

    /// <summary>
    /// A whole sentence (or a lead-in to a list), no title: "A. Herstellen van schade voorbereiden en uitvoeren" in a job
    /// profile names a task. A sentence may run on to the next line ("... de Arbeidstijdenwet en het" / "Arbeidstijdenbesluit.").
    /// </summary>
    private static bool IsCapitalLidText(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (t.Length < 40 || IsTitleLike(t)) return false;
        if (".;:".Contains(t[^1])) return true;
        if (!OpenEnd().IsMatch(t) || NextNonBlank(lines, i) is not { } n) return false;
        var next = lines[n].Text.Trim();
        return LidMarker(next) is null && AnyHeading(next) is null && CapitalLidPattern().Match(next) is { Success: false } && ".;:".Contains(next[^1]);
    }

    /// <summary>
    /// Where a heading line runs on into its first lid ("9.3 Vakbondswerk in de onderneming 1. Bezoldigde ..."): the
    /// heading's title and where lid 1 starts in the line. The title is short and ends no sentence.
    /// </summary>
    private static (string Title, int At)? GluedFirstLid(string line)
    {
        var m = GluedLidPattern().Match(line);
        if (!m.Success) return null;
        var title = m.Groups["title"].Value.Trim().TrimStart('-', '–', ':', '.').Trim();
        if (title.Length is < 3 or > 80 || !char.IsUpper(title[0]) || title.Any(c => ".;:!?".Contains(c))) return null;
        return (title, m.Groups["lid"].Index);
    }

    /// <summary>Whether lid <paramref name="n"/> without a dot ("2 De ...", 40 characters or more, after a finished sentence) follows line <paramref name="i"/> before the next heading.</summary>
    private static bool DotlessLidFollows(List<TextLine> lines, int i, int n) =>
        NextBeforeHeading(lines, i, t => t.Length >= 40 && (DotlessLidPattern().Match(t) is { Success: true } m ? m : DotlessItemLid().Match(t)) is { Success: true } mm
                                         && mm.Groups["n"].Value == n.ToString()) is { } j
        && PreviousNonBlank(lines, j) is { } p && lines[p].EndsIn(".;:");

    /// <summary>
    /// The first line after <paramref name="i"/> (within 80 lines, before the next heading) whose trimmed text is
    /// <paramref name="wanted"/>: where a marker's numbering goes on in the same section.
    /// </summary>
    private static int? NextBeforeHeading(List<TextLine> lines, int i, Func<string, bool> wanted)
    {
        for (int j = i + 1; j < lines.Count && j - i <= 80; j++)
        {
            if (lines[j].IsBlank) continue;
            var t = lines[j].Text.Trim();
            if (AnyHeading(t) is not null) return null;
            if (wanted(t)) return j;
        }
        return null;
    }

    private static string? LidMarker(string line)
    {
        line = line.TrimStart(); // " 3. Indien ...": an indent the extractor kept
        var m = LidPattern().Match(line);
        if (m.Success) return m.Groups["n"].Value.ToLowerInvariant();
        return BulletPattern().IsMatch(line) ? "•" : null;
    }

    /// <summary>
    /// "Lid 1" / "Lid 2" ... "Lid k" alone on their lines, one under the other (blank lines between), and after them the leden's
    /// texts as paragraphs: a side column of labels the extractor printed apart from the text. Where exactly k paragraphs (a line
    /// after a blank one, opening with a capital, no list item, heading or label) follow before the next heading or label, the
    /// j-th paragraph's first line maps to lid j, and the label lines go into <paramref name="labels"/>. Any other count: nothing.
    /// </summary>
    private static Dictionary<int, string> StackedLidLabels(List<TextLine> lines, HashSet<int> toc, NormalisedText doc, out HashSet<int> labels)
    {
        var result = new Dictionary<int, string>();
        labels = [];
        for (int i = 0; i < lines.Count; i++)
        {
            if (toc.Contains(i) || LidLabel().Match(lines[i].Text.Trim()) is not { Success: true } first || first.Groups["n"].Value != "1") continue;
            var stack = new List<int>();
            int j = i;
            for (; j < lines.Count && !toc.Contains(j); j++)
            {
                if (lines[j].IsBlank) continue;
                if (LidLabel().Match(lines[j].Text.Trim()) is { Success: true } l && l.Groups["n"].Value == (stack.Count + 1).ToString()) stack.Add(j);
                else break;
            }
            if (stack.Count < 2) continue;
            var starts = new List<int>();
            for (int m = j; m < lines.Count && m < j + 200 && !toc.Contains(m); m++)
            {
                if (lines[m].IsBlank) continue;
                var t = lines[m].Text.Trim();
                if (AnyHeading(t) is not null || LidLabel().IsMatch(t)) break;
                if ((m == j || lines[m - 1].IsBlank) && char.IsUpper(t[0]) && LidMarker(t) is null) starts.Add(m);
            }
            // Not after another column of labels ("Lid 1" / "Lid 2" / "Lid 3" / "Lid 1" / "Lid 2": two sub-articles' leden side by side).
            // The base reading also fails where the first line after the labels is a list item ("a. De werkgever ..."): it is lid 1's.
            bool itemFirst = j < lines.Count && LidMarker(lines[j].Text) is not null && !LidWord().IsMatch(lines[j].Text.Trim());
            if ((starts.Count != stack.Count || itemFirst) && j < lines.Count && !(PreviousNonBlank(lines, i) is { } pl && LidLabel().IsMatch(lines[pl].Text.Trim())))
                starts = StackedLidPageParagraphs(lines, toc, doc, j);
            if (starts.Count == stack.Count)
            {
                for (int k = 0; k < starts.Count; k++) result[starts[k]] = (k + 1).ToString();
                labels.UnionWith(stack);
            }
            i = j - 1;
        }
        return result;
    }

    /// <summary>
    /// The leden's first lines after stacked "Lid 1" / "Lid 2" ... labels, read on the labels' own page only (the side column is
    /// printed page by page: "Lid 5 Wanneer ..." on the next page carries its own number): the first line after the labels opens
    /// lid 1 whatever it is ("a. De werkgever mag ..." is lid 1's item a), and each later paragraph (after a blank line, opening with
    /// a capital, no list item) opens the next lid only where the line before it ends a sentence ("." or ";"): a paragraph after a
    /// sub-title ("Overgangsregeling per 1 januari 2023") or after a page's running title goes on in the lid before.
    /// </summary>
    private static List<int> StackedLidPageParagraphs(List<TextLine> lines, HashSet<int> toc, NormalisedText doc, int j)
    {
        var starts = new List<int>();
        int page = doc.PageAt(lines[j].Start);
        for (int m = j; m < lines.Count && m < j + 200 && !toc.Contains(m) && doc.PageAt(lines[m].Start) == page; m++)
        {
            if (lines[m].IsBlank) continue;
            var t = lines[m].Text.Trim();
            if (AnyHeading(t) is not null || LidLabel().IsMatch(t) || LidLabelInline().IsMatch(t)) break;
            // A worked example ("Voorbeeld 2:") splits a lid into paragraphs of its own: which paragraph opens a lid is a guess.
            if (WorkedExample().IsMatch(t)) return [];
            // A label run into a stray word ("Lid 4 kundige."): the column is broken, its order unknown.
            if (m == j && LidWord().IsMatch(t)) return [];
            bool opens = m == j || lines[m - 1].IsBlank && char.IsUpper(t[0]) && LidMarker(t) is null && PreviousNonBlank(lines, m) is { } p && lines[p].EndsIn(".;");
            if (!opens) continue;
            // A lid opens with a sentence, a list item, or a short title over a sentence ("Zondag" / "Als de zondag ..."); a title over
            // another title ("Definities" / "Werkgever — Werknemer") or a table's cell ("Per 1 januari 2024" / "€ 13,78") is no lid's start.
            bool sentence(string x) => x.Length >= 40 || LidMarker(x) is not null;
            if (!(sentence(t) || NextNonBlank(lines, m) is { } nx && sentence(lines[nx].Text.Trim()) && char.IsUpper(lines[nx].Text.Trim()[0]))) return [];
            starts.Add(m);
        }
        return starts;
    }

    /// <summary>
    /// "Artikel 54." / "Artikel 55." / ... / "Artikel 57." alone on their lines, one under the other (numbers that follow each other),
    /// and after them the articles' titles, each over its text: a side column of numbers the extractor printed apart. Where exactly
    /// as many titles (a short title standing alone whose next line is body text, not another title such as the chapter's) follow before the next
    /// heading, the j-th title maps to the j-th number, and the number lines go into <paramref name="numbers"/>. Else nothing.
    /// </summary>
    private static Dictionary<int, string> StackedArticleNumbers(List<TextLine> lines, HashSet<int> toc, out HashSet<int> numbers)
    {
        var result = new Dictionary<int, string>();
        numbers = [];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || toc.Contains(i) || BareArticleNumber(lines[i].Text.Trim()) is not { } first || Ordinal(first.Number) is not { } n0) continue;
            var stack = new List<(int Line, string Number)> { (i, first.Number) };
            int j = i + 1;
            for (; j < lines.Count && !toc.Contains(j); j++)
            {
                if (lines[j].IsBlank) continue;
                if (BareArticleNumber(lines[j].Text.Trim()) is { } b && Ordinal(b.Number) == n0 + stack.Count && b.Number.All(char.IsDigit)) stack.Add((j, b.Number));
                else break;
            }
            if (stack.Count < 2 || !first.Number.All(char.IsDigit)) { i = j - 1; continue; }
            var titles = new List<int>();
            for (int m = j; m < lines.Count && m < j + 400 && !toc.Contains(m); m++)
            {
                if (lines[m].IsBlank) continue;
                if (AnyHeading(lines[m].Text) is not null) break;
                var tt = lines[m].Text.Trim();
                if (IsTitleLike(tt) && tt.Length >= 4 && !tt.Any(char.IsDigit) && !BulletPattern().IsMatch(tt)
                    && (lines[m - 1].IsBlank || PreviousNonBlank(lines, m) is not { } pb || lines[pb].EndsIn(".:;!?"))
                    && NextNonBlank(lines, m) is { } nb && !IsTitleLike(lines[nb].Text) && AnyHeading(lines[nb].Text) is null) titles.Add(m);
            }
            if (titles.Count == stack.Count)
            {
                for (int k = 0; k < titles.Count; k++) result[titles[k]] = stack[k].Number;
                numbers.UnionWith(stack.Select(x => x.Line));
            }
            i = j - 1;
        }
        return result;
    }

    /// <summary>
    /// Article numbers a side column printed apart from their titles, page by page: "6.13" and "6.14" on lines of their own at the
    /// top of a page (or "6.10a van ontslag ...", a number run into the sentence the page before left open), and on the same page
    /// as many titles standing alone ("Overlijdensuitkering", "Jubileumgratificatie"). Each title gets the page's next number.
    /// Only where the numbers go on from the last article number before them (the same chapter, at most three further; a new
    /// chapter's first numbers are left to the run under its heading) and rise one by one, and where the page has exactly as many titles as numbers: else which title is
    /// whose is a guess. Returns the title lines with their numbers; <paramref name="numberLines"/> the lines that are numbers only.
    /// </summary>
    private static Dictionary<int, string> PageSideNumbers(List<TextLine> lines, HashSet<int> toc, NormalisedText doc, out HashSet<int> numberLines)
    {
        var result = new Dictionary<int, string>();
        numberLines = [];
        (int Major, int Minor, string Letter)? last = null;
        static (int, int, string)? Parse(string n)
        {
            var m = SideNumber().Match(n);
            return m.Success ? (int.Parse(m.Groups["a"].Value), int.Parse(m.Groups["b"].Value), m.Groups["l"].Value) : null;
        }
        static bool Follows((int Major, int Minor, string Letter)? a, (int Major, int Minor, string Letter) n) =>
            a is { } p && (n.Major == p.Major && (n.Minor > p.Minor && n.Minor - p.Minor <= 3 && n.Letter.Length == 0
                                                  || n.Minor == p.Minor && string.CompareOrdinal(n.Letter, p.Letter) > 0 && n.Letter.Length == 1));
        int i = 0;
        while (i < lines.Count)
        {
            int page = doc.PageAt(lines[i].Start), end = i;
            while (end < lines.Count && doc.PageAt(lines[end].Start) == page) end++;
            var numbers = new List<(int Line, string Number, bool Alone)>();
            var titles = new List<int>();
            var run = last;
            bool ok = true;
            var bareTitles = new HashSet<int>();
            // A page with contents lines on it is left alone: its bare numbers are contents entries.
            if (Enumerable.Range(i, end - i).Any(toc.Contains)) ok = false;
            for (int j = i; j < end; j++)
            {
                if (lines[j].IsBlank || toc.Contains(j)) continue;
                var t = lines[j].Text.Trim();
                if (BareArticleNumber(lines, j) is { } bare)
                {
                    if (Parse(bare) is { } bn) run = bn;
                    if (NextNonBlank(lines, j) is { } bt) bareTitles.Add(bt);
                    continue;
                }
                if (AnyHeading(t) is { } h)
                {
                    if (h.Kind == HeadingKind.Article && Parse(h.Number) is { } hn) run = hn;
                    else if (h.Kind == HeadingKind.Chapter && int.TryParse(h.Number, out int ch)) run = (ch, 0, "");
                    continue;
                }
                bool alone = BareDecimal().IsMatch(t) || SideNumber().IsMatch(t.TrimEnd('.'));
                string? num = alone ? t.TrimEnd('.') : GluedSideNumber().Match(t) is { Success: true } g
                                                        && PreviousNonBlank(lines, j) is { } pj && !lines[pj].EndsIn(".:;!?") ? g.Groups["n"].Value : null;
                if (num is not null && Parse(num) is { } sn)
                {
                    if (PreviousNonBlank(lines, j) is { } r && ReferenceWordEnd().IsMatch(lines[r].Text.TrimEnd())) { ok = false; continue; }
                    if (!Follows(run, sn)) ok = false;
                    run = sn;
                    numbers.Add((j, num, alone));
                    continue;
                }
                if (bareTitles.Contains(j)) continue;
                if (SideTitle(lines, j)) titles.Add(j);
                // "Vergoedingsregeling woon-werkverkeer (geldend per 1 januari 2024)": a title with a date, alone above its text, is
                // no side title (it has digits) but may be an article's: it is counted, so that the page is left as it is.
                else if (IsTitleLike(t) && t.Any(char.IsDigit) && PreviousNonBlank(lines, j) is { } tp && lines[tp].EndsIn(".:;!?")
                         && NextNonBlank(lines, j) is { } tn && lines[tn].Text.Trim() is { Length: > 40 } tx && char.IsUpper(tx[0])) titles.Add(-1 - j);
            }
            if (numbers.Count > 0 && ok && titles.Count == numbers.Count && titles.All(x => x >= 0))
            {
                for (int k = 0; k < titles.Count; k++) result[titles[k]] = numbers[k].Number;
                numberLines.UnionWith(numbers.Where(x => x.Alone).Select(x => x.Line));
            }
            if (ok || numbers.Count == 0) last = run;
            i = end;
        }
        return result;
    }

    /// <summary>
    /// "Protocolbepalingen cao-Contractcatering", "PROTOCOLAFSPRAKEN" at line i: the title of what follows a signature block, as an
    /// unnumbered appendix; else null. A short line without a sentence end, over a line of its own. (A model letter's notes after its
    /// signature lines, "BIJLAGE TOELICHTING BIJ DE VOORBEELD-AANSTELLINGSBRIEF", stay in no clause, as before.)
    /// </summary>
    private static Heading? TitleAfterSignature(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (t.Length > 100 || ".;:,".Contains(t[^1]) || TitleAfterSignaturePattern().Match(t) is not { Success: true } m) return null;
        if (NextNonBlank(lines, i) is not { } n || lines[n].Text.Trim().Length < 3) return null;
        var title = m.Groups["title"].Value.Trim();
        return new Heading(HeadingKind.Appendix, "", IsCapitals(title) ? SentenceCase(title) : title);
    }

    private static int? PreviousNonBlank(List<TextLine> lines, int i)
    {
        for (int j = i - 1; j >= 0; j--) if (!lines[j].IsBlank) return j;
        return null;
    }

    /// <summary>
    /// The last line of a regulation's or protocol's title in capitals at line i ("GESCHILLENREGLEMENT", "PROTOCOL WERKEN BIJ
    /// HITTE", "SPELREGELS BIJ GESCHIL ..." wrapped once), standing alone over text of its own; else null.
    /// </summary>
    private static int? RegulationAfterArticle(List<TextLine> lines, int i)
    {
        static bool Capitals(string t) => t.Length <= 90 && !t.Any(char.IsDigit) && IsCapitals(t);
        var t = lines[i].Text.Trim();
        if (!Capitals(t) || !RegulationWord().IsMatch(t) || t.Count(char.IsLetter) < 8) return null;
        // It stands alone: after a blank line or a finished sentence.
        if (!(i > 0 && lines[i - 1].IsBlank || PreviousNonBlank(lines, i) is not { } p || lines[p].EndsIn(".:;!?"))) return null;
        if (NextNonBlank(lines, i) is not { } n) return null;
        int end = i;
        // One wrapped line of the title, in capitals too ("SPELREGELS BIJ GESCHIL ... TANKSTATIONS" / "EN WASBEDRIJVEN").
        if (Capitals(lines[n].Text.Trim()) && lines[n].Text.Trim().Length <= 60 && !RegulationWord().IsMatch(lines[n].Text.Trim()) && n == i + 1)
        {
            end = n;
            if (NextNonBlank(lines, n) is not { } n2) return null;
            n = n2;
        }
        // Over text of its own: a first lid, or a sentence (not another heading).
        var body = lines[n].Text.Trim();
        return AnyHeading(body) is null && (LidMarker(body) == "1" || body.Length >= 40 && char.IsUpper(body[0])) ? end : null;
    }

    /// <summary>
    /// "6B. Model bezwaarprocedure", "3A OVERGANG PERSONEEL ...": the title of a lettered part of appendix <paramref name="number"/> at line
    /// i, standing alone (after a blank line or a finished sentence) over text of its own; else null. Not one in a list of the appendix's
    /// parts, where the line before or after it names a part of the same appendix too ("11 Inleiding" / "11A ..." / "11B ...").
    /// </summary>
    private static string? AppendixPart(List<TextLine> lines, int i, string number)
    {
        var t = lines[i].Text.Trim();
        if (AppendixPartTitle().Match(t) is not { Success: true } m || m.Groups["n"].Value != number) return null;
        var title = m.Groups["t"].Value.Trim();
        if (title.Length < 4 || !char.IsUpper(title[0]) || ".;:,".Contains(title[^1])) return null;
        if (!StandsAlone(lines, i)) return null;
        bool SamePart(int? k) => k is { } kk && Regex.IsMatch(lines[kk].Text.Trim(), $@"^{number}\s?[A-H]?[^\p{{L}}\d]", RegexOptions.None, PatternBudget.Default);
        if (SamePart(PreviousNonBlank(lines, i)) || SamePart(NextNonBlank(lines, i))) return null;
        if (NextNonBlank(lines, i) is not { } n || AnyHeading(lines[n].Text.Trim()) is { Kind: not HeadingKind.Article }) return null;
        return t;
    }
    /// <summary>
    /// "II. – PROCEDURE-AFSPRAKEN" in an appendix: a section numbered in Roman numerals with a title in capitals, standing alone, where the
    /// section before or after it in the appendix is numbered that way too ("I. – SYSTEEMHOUDERSCHAP", "III. – INDELING ..."): a part of
    /// the appendix, whose leden start at 1 again (session 33: szw-487's Bijlage G, its section I read as the appendix's own leden and
    /// section III's text in the last lid of II). The title, else null.
    /// </summary>
    private static string? RomanAppendixPart(List<TextLine> lines, int i, HashSet<int> toc)
    {
        var t = lines[i].Text.Trim();
        if (RomanPartTitle().Match(t) is not { Success: true } m || !IsCapitals(m.Groups["t"].Value)) return null;
        if (!StandsAlone(lines, i)) return null;
        int n = RomanValue(m.Groups["n"].Value);
        bool Neighbour(int step)
        {
            for (int j = i + step, seen = 0; j >= 0 && j < lines.Count && seen < 200; j += step, seen++)
            {
                if (lines[j].IsBlank || toc.Contains(j)) continue;
                var u = lines[j].Text.Trim();
                if (AnyHeading(u) is { Kind: HeadingKind.Appendix or HeadingKind.Part }) return false;
                if (RomanPartTitle().Match(u) is { Success: true } o && IsCapitals(o.Groups["t"].Value)) return RomanValue(o.Groups["n"].Value) == n + step;
            }
            return false;
        }
        return Neighbour(-1) || Neighbour(1) ? t : null;
    }
    /// <summary>A part's title at line i stands alone: after a blank line, a finished sentence or the appendix's heading, or over a blank line.</summary>
    private static bool StandsAlone(List<TextLine> lines, int i) =>
        i == 0 || lines[i - 1].IsBlank || i + 1 < lines.Count && lines[i + 1].IsBlank || PreviousNonBlank(lines, i) is not { } p
        || lines[p].EndsIn(".:;!?") || AnyHeading(lines[p].Text.Trim()) is { Kind: HeadingKind.Appendix };
    private static int RomanValue(string r) => r switch
    {
        "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6, "VII" => 7, "VIII" => 8, "IX" => 9, "X" => 10, "XI" => 11, "XII" => 12, _ => 0,
    };
    // "II. – P ROCEDURE - AFSPRAKEN", "V . – I NFORMATIE", "III. INDELING": a Roman numeral, its dot, an optional dash and a title.
    [GeneratedRegex(@"^(?<n>I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\s?\.\s*(?:[–-]\s*)?(?<t>\p{Lu}[^.;:!?]{3,80})$")]
    private static partial Regex RomanPartTitle();
    // "6B. Model bezwaarprocedure", "3 A OVERGANG PERSONEEL", "6 B . Model ...": an appendix's number, a capital letter and a title.
    [GeneratedRegex(@"^(?<n>\d{1,2})\s?(?<l>[A-H])\s?\.?\s+(?<t>\p{Lu}[^.;:!?]{3,80})$")]
    private static partial Regex AppendixPartTitle();

    /// <summary>
    /// "Toetsingskader subsidies Fonds Collectieve Belangen", "Uitvoeringsreglement Stichting ...": a regulation's title in ordinary
    /// case (a word naming a regulation first, and more words), standing alone after a blank line or a finished sentence, with a blank
    /// line under it and then its own opening ("Inleiding", a first lid, or a sentence): a regulation of its own after an article's last
    /// lid, no part of that article (session 33: szw-26's toetsingskader, its numbered sections and sub-headings read under Art. 7 of
    /// the subsidy regulation before it).
    /// </summary>
    private static bool TitledRegulationAfterArticle(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (!TitledRegulation().IsMatch(t) || t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || IsCapitals(t)) return false;
        if (!(i > 0 && lines[i - 1].IsBlank || PreviousNonBlank(lines, i) is not { } p || lines[p].EndsIn(".!?"))) return false;
        if (i + 1 >= lines.Count || !lines[i + 1].IsBlank || NextNonBlank(lines, i) is not { } n) return false;
        var body = lines[n].Text.Trim();
        return OpeningWord().IsMatch(body) || AnyHeading(body) is null && body.Length >= 40 && char.IsUpper(body[0]);
    }
    // "Toetsingskader ...", "Reglement ...", "Uitvoeringsreglement ...", "Protocol ...", "Statuten ...", "Huishoudelijk reglement ...":
    // a regulation's title in ordinary case, without digits or a closing mark.
    [GeneratedRegex(@"^(?:Toetsingskader|\p{Lu}\p{Ll}*reglement|Reglement|Protocol|Statuten|Huishoudelijk\s+reglement)\s[^\d.;:!?]{5,90}$")]
    private static partial Regex TitledRegulation();
    [GeneratedRegex(@"^(?:Inleiding|Algemeen|Doel|Doelstelling|Considerans|Preambule)$")]
    private static partial Regex OpeningWord();

    /// <summary>
    /// A short capitalised line without closing punctuation or digits, after the end of a sentence or a
    /// blank line, with body text (a lid or a sentence) on the next line.
    /// </summary>
    private static bool IsSubHeading(List<TextLine> lines, int i, bool afterTitledHeading)
    {
        var t = lines[i].Text.Trim();
        if (DefinitionTerm(lines, i)) return true;
        if (!(IsTitleLike(t) || TaskTitle(lines, i)) || t.Length < 4 || t.Any(char.IsDigit) || t.EndsWith('?') && t.Length > 80) return false;
        if (BulletPattern().IsMatch(t)) return false;
        // "Vervallen": the mark of a struck-out article or lid, no heading over the text after it.
        if (VacatedTitle().IsMatch(t)) return false;
        // "Deelnemers aan de regeling kunnen niet gelijktijdig gebruik maken van" / "(vormen van) opgespaard verlof ...": the first
        // line of a sentence that goes on, no title (session 32: such a line named a clause "Deelnemers aan de regeling kunnen niet
        // gelijktijdi…"). A line of six words or more that ends in a word that needs more, over a line that goes on in lower case
        // or a bracket, or with a verb of its own.
        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6 && DanglingWord().IsMatch(t) && NextNonBlank(lines, i) is { } gn
            && (lines[gn].Text.TrimStart() is { Length: > 0 } gt && (char.IsLower(gt[0]) || gt[0] == '(') || FiniteVerb().IsMatch(t))) return false;
        // A table's header row ("Niveau B Niveau C Niveau D") names columns, not a section.
        if (t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() >= 3)) return false;
        var prev = PreviousNonBlank(lines, i);
        // Directly under a titled heading ("Bijlage 2 Sociaal plan" / "Doel en werkingssfeer") it stands alone too.
        bool standsAlone = prev is null || afterTitledHeading || i > 0 && lines[i - 1].IsBlank || lines[prev.Value].EndsIn(".:;!?")
                           || LetteredTitle().IsMatch(t); // "A. Verzorgen van het magazijn" under "Typering van de activiteiten"
        // "Complexiteit" / "Zelfstandigheid" / "Afbreukrisico" in a function book: the headings of a function's characteristics, also
        // right under the page header of the function's second page ("Commerciële Binnendienst E 1.1 Medewerker ...") and over a
        // sentence that wraps to the next line. Before, such a section ran on in the function's last task (session 31).
        // Not a form's column header over its legend ("Te gebruiken tekens: xxx = identiek") or the next table's title.
        if (FunctionCharacteristic().IsMatch(t) && NextNonBlank(lines, i) is { } fc && lines[fc].Text.Trim() is { Length: >= 30 } fct && char.IsUpper(fct[0])
            && fct.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5 && !fct.Contains(':') && AnyHeading(fct) is null && LidMarker(fct) is null) return true;

        if (!standsAlone) return false;
        if (NextNonBlank(lines, i) is not { } ni) return false;
        var next = lines[ni].Text.Trim();
        if (LidPattern().IsMatch(next) || next.Length > 60 && ".:;!?".Contains(next[^1])) return true;
        if (ShortDefinition(lines, i, ni) || TitleOverWrappedSentence(lines, i, ni)) return true;
        // Set apart by blank lines over a sentence ("Herintreder" / blank / "Een werknemer die:").
        if (i > 0 && lines[i - 1].IsBlank && i + 1 < lines.Count && lines[i + 1].IsBlank && next.Length >= 12 && char.IsUpper(next[0]) && ".:".Contains(next[^1])
            && !DanglingWord().IsMatch(t)) return true; // not "Premieverdeling bij" over a table
        // "Taak vertrouwenspersonen" / "Tot de taak behoort onder andere:" / "a. de opvang ...": a title over the short sentence that
        // leads in its list, after a finished sentence or a blank line (session 29). Not a sentence's start ("Als de werkgever"), nor
        // words that go on ("Premieverdeling bij") or a clause with a verb ("Werknemers krijgen").
        if (next.Length >= 20 && char.IsUpper(next[0]) && next[^1] == ':' && NextNonBlank(lines, ni) is { } nn && LidMarker(lines[nn].Text.Trim()) is "a" or "1"
            && !OpenEnd().IsMatch(t) && !LeadIn().IsMatch(t) && !FiniteVerb().IsMatch(t) && AnyHeading(next) is null) return true;
        // "Typering van de activiteiten" above "A. (Standaard) werkzaamheden voorbereiden en uitvoeren": a heading over lettered tasks.
        if (TaskTitle(lines, ni)) return true;
        // "Overige functie-eisen" above "- kan omgaan met tegenslagen;": a heading over a list of bullets, after a finished
        // sentence or a blank line; "De werknemer heeft recht op" above bullets is a sentence the list goes on.
        return BulletPattern().IsMatch(next) && !OpenEnd().IsMatch(t) && !LeadIn().IsMatch(t) && !CompoundRest().IsMatch(next)
               && !(FiniteVerb().IsMatch(t) && !t.EndsWith('?')) // "Bakkersbedrijf is niet" above its bullets: a sentence
               && prev is { } pv && lines[pv].EndsIn(".:;!?");
    }

    /// <summary>
    /// "Plusuren" / "De uren die meer worden gewerkt dan de contracturen.": a term set apart by a blank line over a short
    /// sentence of its own (under 60 characters) that ends its paragraph, as in a list of definitions. Before, such a term ran
    /// on in the definition before it (session 32). Not the first words of a sentence ("De werkgever vraagt de uitkering aan
    /// bij" / "UWV."), words that go on, a clause with a verb, or a sentence's wrapped end ("Professional A.").
    /// </summary>
    private static bool ShortDefinition(List<TextLine> lines, int i, int ni)
    {
        var t = lines[i].Text.Trim();
        var next = lines[ni].Text.Trim();
        if (i == 0 || !lines[i - 1].IsBlank || ni != i + 1 || next.Length is < 30 or > 60 || next[^1] != '.' || !char.IsUpper(next[0])
            || next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 5 || next.EndsWith("..", StringComparison.Ordinal) || next.Contains('…')
            || next.Contains('=')) return false;
        if (OpenEnd().IsMatch(t) || LeadIn().IsMatch(t) || FiniteVerb().IsMatch(t) || t.EndsWith('?') || !t.Any(char.IsLower)) return false;
        // the sentence ends its paragraph, or a new sentence starts on the next line
        return ni + 1 >= lines.Count || lines[ni + 1].IsBlank || lines[ni + 1].Text.TrimStart() is { Length: > 0 } after && char.IsUpper(after[0]);
    }

    /// <summary>
    /// A long title line (over 80 characters or ten words, so no title line by <see cref="IsTitleLike"/>) after a blank line, right
    /// above a numbered lid: the line of that lid, else null.
    /// </summary>
    private static int? LongTitleOverLid(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (i == 0 || !lines[i - 1].IsBlank || t.Length is < 30 or > 130 || !char.IsUpper(t[0]) || ".:;,!?".Contains(t[^1]) || t.Any(char.IsDigit)
            || IsTitleLike(t) || AnyHeading(t) is not null || LidMarker(t) is not null || FiniteVerb().IsMatch(t) || DanglingWord().IsMatch(t)) return null;
        if (i + 1 >= lines.Count || lines[i + 1].IsBlank) return null;
        return LidMarker(lines[i + 1].Text) is { } m && m.All(char.IsDigit) ? i + 1 : null;
    }

    /// <summary>A sub-heading's title; a defined term's colon ("Arbeidsduur :") is no part of it.</summary>
    private static string TermTitle(string line)
    {
        var t = line.Trim();
        return t.EndsWith(':') && t.Length > 1 ? t[..^1].TrimEnd() : t;
    }

    /// <summary>
    /// "Arbeidsduur:" / "De arbeidsduur bij een voltijd dienstverband is ...": a term with a colon on its own line over its definition,
    /// in a run of at least three such terms, all different, with no heading between them (a list of definitions, a
    /// "Begrippenlijst"). Before, every term after the first ran on in the definition before it, and after an inline "3." in that
    /// definition's last lid (session 32). Not a form's fields ("Naam:" over dots), a label repeated over each item ("Resultaat:",
    /// "Antwoord:", "Aantekening:") or a sentence that leads in a list.
    /// </summary>
    private static bool DefinitionTerm(List<TextLine> lines, int i)
    {
        if (DefinedTerm(lines, i) is not { } term) return false;
        var terms = new List<string> { term };
        foreach (var step in new[] { -1, 1 })
            // a chain of terms, each within 12 lines of text of the one before
            for (int j = i + step, seen = 0; j >= 0 && j < lines.Count && seen < 12; j += step)
            {
                if (lines[j].IsBlank) continue;
                seen++;
                if (AnyHeading(lines[j].Text.Trim()) is not null) break;
                if (DefinedTerm(lines, j) is { } other) { terms.Add(other); seen = 0; }
            }
        if (terms.Count < 3 || terms.Distinct(StringComparer.OrdinalIgnoreCase).Count() != terms.Count) return false;
        // "a. Groen, grond en infrastructuur onderneming :" above the terms: they define the parts of an item's term, inside that
        // item, whose list ("b. Werkgevers:") goes on after them; no terms of the article.
        for (int j = i - 1, seen = 0; j >= 0 && seen < 30; j--)
        {
            if (lines[j].IsBlank) continue;
            seen++;
            var u = lines[j].Text.Trim();
            if (AnyHeading(u) is not null) break;
            if (LidMarker(u) is not { } um || um == "•" || BulletPattern().IsMatch(u)) continue;
            return !(um.Length == 1 && char.IsLetter(um[0]) && u.EndsWith(':') && u.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8);
        }
        return true;
    }

    private static string? DefinedTerm(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (t.Length is < 3 or > 50 || t[^1] != ':' || !char.IsUpper(t[0]) || t.Any(char.IsDigit)) return null;
        var term = t[..^1].TrimEnd();
        if (term.Length < 2 || term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4 || !term.All(c => char.IsLetter(c) || c is ' ' or '-' or '/' or '(' or ')' or '\''))
            return null;
        if (LeadIn().IsMatch(term) || FiniteVerb().IsMatch(term) || OpenEnd().IsMatch(term) || LidMarker(t) is not null) return null;
        if (NextNonBlank(lines, i) is not { } ni || ni > i + 2) return null;
        var next = lines[ni].Text.Trim();
        if (!char.IsUpper(next[0]) || !next.Any(char.IsLower) || next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) < 3
            || LidMarker(next) is not null || BulletPattern().IsMatch(next) || AnyHeading(next) is not null) return null;
        // "Het maandsalaris bestaat uit:" over the parts of the definition; not a form's next field ("Contactpersoon huidige cateraar:")
        if (next.EndsWith(':') && next.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4) return null;
        return term;
    }

    /// <summary>
    /// "Einde RVU-uitkering" / "De RVU-uitkering eindigt met ingang van de dag waarop de deelnemer de voor hem geldende" / ...:
    /// a title set apart by a blank line after a finished sentence, over a long sentence that the page or a blank line wrapped
    /// (so it does not end on its line). Before, such a sub-heading and its text ran on in the list item or paragraph before it
    /// (session 32). Not a table's header ("Periode Afbouw", "Functiegroep A B C"; every word capitalised, a word three times in
    /// the row below), a label with a colon ("Categorie: Ontwikkeling") or a row of words without a sentence.
    /// </summary>
    private static bool TitleOverWrappedSentence(List<TextLine> lines, int i, int ni)
    {
        var t = lines[i].Text.Trim();
        var next = lines[ni].Text.Trim();
        if (i == 0 || !lines[i - 1].IsBlank || ni != i + 1 || next.Length <= 60 || ".:;!?".Contains(next[^1]) || !char.IsUpper(next[0])) return false;
        // after a finished sentence; after a colon it is the header of the table or list the sentence announced
        // ("... dat hij arbeidsongeschikt is:" / "Periode arbeidsongeschiktheid Loondoorbetaling in % loon")
        if (PreviousNonBlank(lines, i) is not { } p || !lines[p].EndsIn(".!?")) return false;
        if (t.Contains(':') || t.Contains('%') || OpenEnd().IsMatch(t) || LeadIn().IsMatch(t) || FiniteVerb().IsMatch(t) || !t.Any(char.IsLower)) return false;
        var tw = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // a capitalised word ("Afbouw"), not an abbreviation ("RVU-uitkering", "WW")
        static bool Capitalised(string w) => w.Length >= 2 && char.IsUpper(w[0]) && char.IsLower(w[1]);
        if (tw.Length >= 2 && tw.All(w => !char.IsLetter(w[0]) || Capitalised(w))) return false;
        // "Opleiding en scholing Initiatief werkgever Jouw initiatief": column headers run together (capitalised words inside that
        // are no abbreviations)
        if (tw.Skip(1).Count(Capitalised) >= 2) return false;
        var nw = next.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Fysieke" / "Aspecten Werkt onder kantooromstandigheden.": a title split over two lines, no sub-heading over a sentence
        if (tw.Length == 1 && nw.Length >= 2 && char.IsUpper(nw[1][0])) return false;
        if (nw.Length < 8 || nw.Count(w => char.IsLower(w[0])) * 2 < nw.Length) return false;
        if (nw.Where(w => w.Length >= 3).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() >= 3)) return false;
        if (AnyHeading(next) is not null || LidMarker(next) is not null) return false;
        // A short pair whose next line is a heading or another title ("Werkhandschoenen" / "In de salon zal de werkgever ..." /
        // "Bijlage 8") would be a clause of two lines without a sentence end: left in the text before, as before.
        if (t.Length + next.Length < 160 && (NextNonBlank(lines, ni) is not { } k || AnyHeading(lines[k].Text.Trim()) is not null || IsTitleLike(lines[k].Text))) return false;
        return true;
    }

    /// <summary>
    /// "A. (Standaard) reinigings- en poetswerkzaamheden voorbereiden, uitvoeren en rapporteren": a job profile's task title,
    /// longer than other titles, with no sentence end and no finite verb (a lid lettered "A." is a sentence), above its "1. ...".
    /// </summary>
    private static bool TaskTitle(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        return t.Length <= 130 && LetteredTitle().IsMatch(t) && !".;:,".Contains(t[^1]) && !FiniteVerb().IsMatch(t) && !OpenEnd().IsMatch(t)
               && NextNonBlank(lines, i) is { } n && LidMarker(lines[n].Text) == "1"; // its numbered tasks follow
    }

    private static int? NextNonBlank(List<TextLine> lines, int i)
    {
        for (int j = i + 1; j < lines.Count; j++) if (!lines[j].IsBlank) return j;
        return null;
    }

    private static bool IsTitleLike(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= 80 && char.IsUpper(t[0]) && !".;,:".Contains(t[^1])
               && ParseHeading(t) is null && LidMarker(t) is null && t.Split(' ').Length <= 10;
    }

    private static Heading? ParseHeading(string line) => AnyHeading(line);

    /// <summary>
    /// The number of a paragraph that opens with a decimal number and goes on as a sentence ("4.1 Deze
    /// overeenkomst eindigt ... einddatum."), when that number continues the numbering in force: the first
    /// sub-number of an open article or chapter (4.1 under 4), or the next sibling of an open article
    /// (4.1.4 after 4.1.3). Elsewhere such a line is text (a list of figures, a reference).
    /// </summary>
    /// <remarks><paramref name="openArticles"/> is read only after the line matched: most lines are not numbered.</remarks>
    private static string? NumberedParagraph(string line, IEnumerable<string> openArticles, string? chapter)
    {
        var m = DecimalPattern().Match(line.Trim());
        if (!m.Success) return null;
        var num = m.Groups["num"].Value.Replace(" ", "");
        int dot = num.LastIndexOf('.');
        var parent = num[..dot];
        if (!int.TryParse(num[(dot + 1)..], out int last)) return null;
        if (last == 1 && (openArticles.Contains(parent) || !openArticles.Any() && parent == chapter)) return num;
        foreach (var open in openArticles)
        {
            int od = open.LastIndexOf('.');
            // After "3.5a" (an article inserted after 3.5) the next is 3.6.
            if (od < 0 || open[..od] != parent || !int.TryParse(LeadingDigits(open[(od + 1)..]), out int ol)) continue;
            if (last == ol + 1) return num;
        }
        return null;
    }

    private static Heading? AnyHeading(string line)
    {
        var t = DoubledAppendixWord().Replace(line.Trim(), ""); // "BIJLAGE BIJLAGE 8B": a side tab before the heading
        t = ListNumberBeforeArticle().Replace(t, ""); // "5. Artikel 5 - Commissie": a list's number printed before the heading it repeats
        // "... Verzorgingshuizen (van toepassing tot 1 januari 2023)": a closing remark in brackets does not count towards the length.
        int measured = LengthWithoutRemark(t);
        if (t.Length == 0 || t.Length > 120 && !(measured <= 180 && (ArticleWord().IsMatch(t) || t.StartsWith("bijlage", StringComparison.OrdinalIgnoreCase)))) return null;
        if (SocialPlanTitle().IsMatch(t)) return new Heading(HeadingKind.Appendix, "", "Sociaal plan");
        // "Bijlage: Reglement Commissie cao-zaken ten behoeve van de cao": an appendix with no number, its title behind a colon (session 32;
        // before, the regulation ran on in the cao's last article).
        if (ColonAppendix().Match(t) is { Success: true } ca) return new Heading(HeadingKind.Appendix, "", ca.Groups["t"].Value.Trim());
        // "05.01 Bedrijfsleider Speciaalzaak", "02. Logistiek", "06.40 Teamleider Transport": a code padded with a leading zero is a
        // row of a function raster or ranking list (a function's code, a family's group), or a time of day ("00.00", "06.00"),
        // never a cao's chapter or article number (session 32).
        if (ZeroPaddedCode().IsMatch(t)) return null;
        foreach (var (pattern, kind) in HeadingPatterns)
        {
            var m = pattern.Match(t);
            if (!m.Success) continue;
            var title = m.Groups["title"].Value.Trim().TrimStart('-', '–', '—', ':', '.', '|', '_', '=').Trim();
            // "Bijlage B.I, Arbeidstijden ...": a comma between a sub-appendix's number and its title.
            if (pattern == AppendixPattern() && title.StartsWith(',') && LetterRomanNumber().IsMatch(m.Groups["num"].Value)) title = title[1..].Trim();
            // "HOOFDSTUK 7 Seniorenregeling, pensioen en overlijdensuitkering.": a chapter's title in the word in capitals, closed by a
            // full stop, with no other in it and no finite verb: the title, not a sentence that cites the chapter.
            if (kind == HeadingKind.Chapter && t.StartsWith("HOOFDSTUK", StringComparison.Ordinal) && title.Length > 4 && title[^1] == '.'
                && title.Count(ch => ch == '.') == 1 && char.IsUpper(title[0]) && !FiniteVerb().IsMatch(title))
                title = title[..^1];
            // "Artikel 36. Een andere functie, herscholing, omscholing en bijscholing." (also "Art ikel 36." split so): an article's title
            // behind its word, closed by a full stop, with no other in it, no finite verb and no word that goes on a reference: the title.
            else if (kind == HeadingKind.Article && t.StartsWith("Art", StringComparison.Ordinal) && ArticleWord().IsMatch(t) && title.Length is > 4 and <= 100
                     && title[^1] == '.' && title.Count(ch => ch == '.') == 1 && char.IsUpper(title[0]) && !char.IsDigit(title[^2])
                     && !title.Any(ch => ";:!?".Contains(ch)) && !FiniteVerb().IsMatch(title) && !ReferenceGoesOn().IsMatch(title)
                     && !SentenceSubject().IsMatch(title)) // not "Artikel 1 De werknemer treedt in dienst als monteur." (a model contract's sentence)
                title = title[..^1].TrimEnd();
            // A long title behind the word "Artikel" or "Bijlage" ("Bijlage 7.3 Afwijkende lonen voor ... naar buitenlands recht").
            bool longTitle = (pattern == ArticlePattern() && ArticleWord().IsMatch(t) || pattern == AppendixPattern()) && LongArticleTitle(title);
            // "Bijlage ii voorbeeld individuele arbeidsovereenkomst": a cao that writes its appendices' numerals and titles in lower case.
            bool lowerRoman = pattern == AppendixPattern() && m.Groups["num"].Value is { Length: >= 1 } ln && ln.All(ch => "ivxlc".Contains(ch))
                             && (ln.Length >= 2 || "ivx".Contains(ln));
            // "Bijlage 1 functiebeschrijvingen": an appendix numbered in digits, its title in lower case too (not "BIJLAGE b. her- en
            // bijscholing", a side tab before a lettered item) (session 27).
            bool lowerNumbered = pattern == AppendixPattern() && m.Groups["num"].Value.Trim() is { Length: > 0 } an && an.All(char.IsDigit);
            if (!PlausibleTitle(title) && !((kind is HeadingKind.Article or HeadingKind.Chapter || lowerRoman || lowerNumbered) && char.IsUpper(t[0])
                                             && LowerCaseTitle(title, pattern == ArticlePattern() && ArticleWord().IsMatch(t))) && !longTitle) return null;
            if (t.Length > 120 && !longTitle) return null;
            // "BIJLAGE 3. 11,75 x 19,76 uur = 232,18 uur": a side tab glued to a step of a sum, no appendix.
            if (kind == HeadingKind.Appendix && SumTitle().IsMatch(title)) return null;
            // "Bijlage C - Functiewaarderingssysteem bevat de functiematrix, de waarderingen": a sentence that opens with an appendix's
            // name and says what it holds, not the appendix's heading (session 29).
            if (kind == HeadingKind.Appendix && AppendixSentenceVerb().IsMatch(title)) return null;
            // Article letters are lower case (4a), part, chapter and appendix numerals upper case (IV, B).
            // A number the extractor split ("3.2 0" for 3.20) is read whole.
            var num = m.Groups["num"].Value.Replace(" ", "");
            if (pattern == AppendixPattern() && LetterRomanNumber().IsMatch(num)) num = num.Replace('l', 'I');
            // "Bijlage 1.a. Arbeidsovereenkomst": a lettered sub-appendix, 1.A, its title behind the letter (session 27).
            if (pattern == AppendixPattern() && num.All(char.IsDigit) && AppendixSubLetter().Match(title) is { Success: true } sl)
                return new Heading(kind, num + "." + sl.Groups["l"].Value.ToUpperInvariant(), sl.Groups["t"].Value);
            // A protocol is an appendix of its own kind: "Protocol IV" keeps its word, in its number and its path.
            if (pattern == ProtocolPattern()) return new Heading(kind, "Protocol " + num.ToUpperInvariant(), title.TrimStart('|').Trim());
            // "Aanhangsel 2 Voorbeeld stageregeling": an appendix by another name, which it keeps in its number and path.
            if (pattern == AddendumPattern()) return new Heading(kind, "Aanhangsel " + num.ToUpperInvariant(), title);
            return new Heading(kind, kind == HeadingKind.Article ? (char.IsDigit(num[0]) ? num.ToLowerInvariant() : num) : num.ToUpperInvariant(), title,
                t.StartsWith('§') || t.StartsWith("paragraaf", StringComparison.OrdinalIgnoreCase));
        }
        return null;
    }

    /// <summary>
    /// "Artikel 1 algemeen", "Hoofdstuk 3 functiewaardering": a cao that writes its titles in lower case. A short title with
    /// no sentence end, no finite verb and no word that goes on a reference ("Artikel 5 van deze cao", "Artikel 7 lid 2 BW").
    /// Behind the word "Artikel" the title may be longer, as its two printed lines joined ("Artikel 20 werknemers aangesteld in het
    /// kader van de participatiewet en wet banenafspraak en quotum arbeidsbeperkten"): up to 130 characters and 16 words, not
    /// ending in a word that goes on (the first line of a sentence: "... ontvangt een vergoeding van").
    /// </summary>
    private static bool LowerCaseTitle(string title, bool articleWord = false)
    {
        int words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        bool shortTitle = title.Length <= 70 && words <= 8;
        return title.Length >= 4 && (shortTitle || articleWord && title.Length <= 130 && words <= 16 && !LowerTitleGoesOn().IsMatch(title))
            && char.IsLower(title[0]) && !".;,:".Contains(title[^1]) && !FiniteVerb().IsMatch(title)
            && !ReferenceGoesOn().IsMatch(title) && title.Count(char.IsLetter) >= 4 && !SentenceWord().IsMatch(title)
            // "Artikel 22 overgangsregelingen 45 jaar en ouder", "... met een voltijd-arbeidsduur van 36 uur, of meer": behind the word
            // "Artikel", an age or a number of hours in the title (each number followed by its unit); no other digits.
            && (!title.Any(char.IsDigit) || articleWord && !QuantityInTitle().Replace(title, "").Any(char.IsDigit));
    }

    [GeneratedRegex(@"\b(?:van|de|het|een|en|of|voor|op|aan|in|met|bij|naar|door|over|om|tot|te|per|die|dat|als|zijn|haar|hun|zich|niet)$", RegexOptions.IgnoreCase)]
    private static partial Regex LowerTitleGoesOn();
    [GeneratedRegex(@"(?<![\d.,:/-])\d{1,3} (?:jaar|uur|uren|dagen|weken|maanden)\b")]
    private static partial Regex QuantityInTitle();

    /// <summary>A heading's length without a closing remark in brackets ("(van toepassing tot 1 januari 2023)").</summary>
    private static int LengthWithoutRemark(string t) => t.Length - (ClosingRemark().Match(t) is { Success: true } cr ? cr.Length : 0);

    /// <summary>
    /// "Artikel 5.9 Aanvullende bepalingen over de vergoeding van ... diensten (van toepassing tot 1 januari 2023)", "Artikel 18 Wat
    /// geldt voor je salaris als je hulpkracht, leerling of uitzendkracht bent?": a title too long for the usual limit, behind the
    /// word "Artikel". Up to 160 characters (a colon at its end aside: "... begrippen die ook elders in de cao voorkomen:"), with no
    /// sentence mark inside (no contents leader "....", no "Lid 3: ..."), no finite
    /// verb but in a question, and no page number (a contents line: "... klinisch fysicus -BIG 50", "... gebeurtenissen 70 in ziekenhuizen ...").
    /// </summary>
    private static bool LongArticleTitle(string title)
    {
        if (title.EndsWith(':')) title = title.TrimEnd(':').TrimEnd();
        return LengthWithoutRemark(title) is > 0 and <= 160 && char.IsUpper(title[0]) && !title.Any(ch => ".;:!\"“”'".Contains(ch)) && !title.EndsWith(',')
            && (title.EndsWith('?') || !FiniteVerb().IsMatch(title)) && !title.Contains("artikel", StringComparison.OrdinalIgnoreCase)
            && !char.IsDigit(title[^1]) && !PageNumberInside().IsMatch(title);
    }

    /// <summary>
    /// "Artikel 5 is van toepassing op..." is a sentence, not a heading; "Wat is je arbeidsduur?" is a title, also a long
    /// question (up to 115 characters: "Wat geldt voor je salaris als je ... bent?").
    /// </summary>
    private static bool PlausibleTitle(string title) =>
        title.Length == 0 || ((title.Length <= 100 || title.Length <= 115 && title[^1] == '?') && (char.IsUpper(title[0]) || char.IsDigit(title[0]) || title[0] is '(' or '"' or '\'')
                              && !".;,".Contains(title[^1]));

    private static readonly (Regex, HeadingKind)[] HeadingPatterns =
    [
        (PartPattern(), HeadingKind.Part),
        (ChapterPattern(), HeadingKind.Chapter),
        (AppendixPattern(), HeadingKind.Appendix),
        (ProtocolPattern(), HeadingKind.Appendix),
        (AddendumPattern(), HeadingKind.Appendix),
        (ArticlePattern(), HeadingKind.Article),
        (SectionSignPattern(), HeadingKind.Article),
        (DecimalPattern(), HeadingKind.Article),
    ];

    /// <summary>
    /// Chapters numbered without the word "Hoofdstuk" ("1. In dienst – uit dienst"): a bare number and a
    /// title, where the next heading is its first decimal article ("1.1 Intredekeuring").
    /// </summary>
    private static HashSet<int> DecimalChapters(List<TextLine> lines, HashSet<int> toc)
    {
        // "1 Voor wie is deze cao?" in the contents: a numbered title it lists, as number and its first twelve letters
        // (the body may word the rest a little differently).
        static string Key(string n, string title) => n + ":" + new string(title.Where(char.IsLetter).Select(char.ToLowerInvariant).Take(12).ToArray());
        var listed = toc.Select(i => BareNumberTitle().Match(BareEntry(lines[i].Text).Trim())).Where(m => m.Success)
            .Select(m => Key(m.Groups["num"].Value, m.Groups["title"].Value)).ToHashSet();
        var result = new HashSet<int>();
        var titled = new List<(int Line, bool SameNumber)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (toc.Contains(i) || lines[i].IsBlank) continue;
            var m = BareNumberTitle().Match(lines[i].Text.Trim());
            if (!m.Success || NextNonBlank(lines, i) is not { } ni) continue;
            var next = lines[ni].Text.Trim();
            var n = m.Groups["num"].Value;
            if (Regex.IsMatch(next, $@"^(?:(?i:artikel|art\.)\s*)?{n}\.\d{{1,2}}(?:[.\s]|$)", RegexOptions.None, PatternBudget.Default)) result.Add(i);
            // Articles numbered on through the chapters ("5. Afspraken over uw loon" / "Artikel 15 Loon"): a chapter where
            // the contents lists the same numbered title.
            else if (Regex.Match(next, @"^(?i:artikel|art\.)\s*(\d+)", RegexOptions.None, PatternBudget.Default) is { Success: true } am && listed.Contains(Key(n, m.Groups["title"].Value)))
                titled.Add((i, am.Groups[1].Value == n));
        }
        // Where such titles mostly carry their article's own number ("77. WERKINGSSFEER" / "Artikel 77"), they are the
        // articles' titles, no chapters.
        if (titled.Count(t => !t.SameNumber) >= titled.Count(t => t.SameNumber)) result.UnionWith(titled.Select(t => t.Line));
        return result;
    }

    /// <summary>
    /// A function book in families (at least three "Functiefamilie: 7. ICT (Ontwikkeling)" headings): each family lists its
    /// reference functions ("7.1 Manager ICT I", "7.2 Applicatie-Engineer G") above their profiles, which follow in that
    /// order, each opening with "Positie van de functie in de organisatie". Where a family has as many profiles as listed
    /// functions, the k-th profile's first line opens the k-th function as an article; the list's lines open nothing.
    /// Families: heading line to family number ("7", "20A").
    /// </summary>
    private static (Dictionary<int, string> Families, Dictionary<int, (string Number, string Title)> Profiles, HashSet<int> Listed)
        FunctionFamilies(List<TextLine> lines, HashSet<int> toc)
    {
        var families = new Dictionary<int, string>();
        var profiles = new Dictionary<int, (string, string)>();
        var listed = new HashSet<int>();
        for (int i = 0; i < lines.Count; i++)
            if (!lines[i].IsBlank && !toc.Contains(i) && FamilyHeading().Match(lines[i].Text.Trim()) is { Success: true } m)
                families[i] = m.Groups["n"].Value + m.Groups["l"].Value;
        if (families.Count < 3) return (new(), profiles, listed);
        // "Functiefamilie: 12 (vervallen)" right above the next family: no section of its own, its line stays in the text before.
        foreach (var at in families.Keys.ToList())
            if (NextNonBlank(lines, at) is not { } n || families.ContainsKey(n)) families.Remove(at);
        foreach (var (at, family) in families)
        {
            var list = new List<(int Line, string Number, string Title)>();
            var starts = new List<int>();
            for (int j = at + 1; j < lines.Count && !families.ContainsKey(j); j++)
            {
                if (lines[j].IsBlank) continue;
                var t = lines[j].Text.Trim();
                // The list may have been read as the family's own list of articles (contents lines): it is still the list.
                if (starts.Count == 0 && ListedFunction().Match(t) is { Success: true } f && f.Groups["f"].Value == family)
                {
                    list.Add((j, $"{family}.{f.Groups["k"].Value}", f.Groups["t"].Value.Trim()));
                    continue;
                }
                if (toc.Contains(j)) continue;
                if (AnyHeading(t) is { Kind: not HeadingKind.Article }) break;
                if (ProfileOpening().IsMatch(t)) starts.Add(j);
            }
            if (list.Count == 0 || list.Count != starts.Count) continue;
            for (int k = 0; k < list.Count; k++)
            {
                listed.Add(list[k].Line);
                profiles[starts[k]] = (list[k].Number, list[k].Title);
            }
        }
        return (families, profiles, listed);
    }

    /// <summary>
    /// Reference functions named in a box after their tasks (session 22): a profile opens with a line "Referentiefunctie" alone, and
    /// further on, before the next one, a box "Afdeling/Groep  Naam van de functie" over "Administratie  B  Administratief Medewerker"
    /// (department, group letter, name; the department may stand on a line of its own above). The opening lines, each with its
    /// function's name (sentence case where the name is in capitals); only where three profiles at least are named so.
    /// </summary>
    private static Dictionary<int, string> BoxedProfileNames(List<TextLine> lines, HashSet<int> toc)
    {
        var result = new Dictionary<int, string>();
        static bool Opening(string t) => t.Equals("Referentiefunctie", StringComparison.OrdinalIgnoreCase);
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || toc.Contains(i) || !Opening(lines[i].Text.Trim())) continue;
            for (int j = i + 1; j < lines.Count && j < i + 250; j++)
            {
                var t = lines[j].Text.Trim();
                if (Opening(t) || FamilyHeading().IsMatch(t) || AnyHeading(t) is { Kind: not HeadingKind.Article }) break;
                if (!BoxLabel().IsMatch(t)) continue;
                for (int k = j + 1, seen = 0; k < lines.Count && seen < 2; k++)
                {
                    if (lines[k].IsBlank) continue;
                    seen++;
                    if (BoxedName().Match(lines[k].Text.Trim()) is { Success: true } m)
                    {
                        var name = m.Groups["name"].Value.Trim();
                        result[i] = IsCapitals(name) ? SentenceCase(name) : name;
                        break;
                    }
                }
                break;
            }
        }
        return result.Count >= 3 ? result : [];
    }

    /// <summary>
    /// "57 01a Functiefamilie Architectuur Niveau H", "02 TECHNISCH ONTWERPEN Niveau D" (a page number before it at times): the heading of one
    /// function profile of a book that describes each family per level (session 22), named "01a Architectuur niveau H"; else null.
    /// </summary>
    private static string? LevelProfileName(string line)
    {
        if (LevelProfile().Match(line) is not { Success: true } m) return null;
        var name = string.Join(' ', m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return $"{m.Groups["code"].Value} {(IsCapitals(name) ? SentenceCase(name) : name)} niveau {m.Groups["lvl"].Value.ToUpperInvariant()}";
    }

    [GeneratedRegex(@"^(?:\d{1,3}\s+){0,2}(?<code>\d{2}[a-z]?)\s+(?:Functie\s?f\s?amilie\s+)?(?<name>\p{L}[^\d:.;]{2,60}?)\s+Niveau\s+(?<lvl>[A-Za-z])$")]
    private static partial Regex LevelProfile();
    [GeneratedRegex(@"^Niveaublad functiefamilie\s+(?<f>\S.{1,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelSheet();
    [GeneratedRegex(@"^Functiefamilie:?\s+(?<f>\p{Lu}[^:\d]{2,50})$")]
    private static partial Regex NamedFamily();
    [GeneratedRegex(@"^(?<r>Aard van de functie|Werkwijze|Zakelijk risico|Typering|ROLLEN)\s+\S")]
    private static partial Regex SheetRow();
    [GeneratedRegex(@"\bFunctieniveau\s+(?<l>[A-Z]\d?)\b")]
    private static partial Regex SheetLevel();
    [GeneratedRegex(@"(?:^|\s)Naam van de functie$")]
    private static partial Regex BoxLabel();
    // "Administratie/Boekhouding  B  Administratief Medewerker": the department, the group's letter, the name (letters, no sentence).
    [GeneratedRegex(@"^(?:\S.*?\s+)?[A-N]\s+(?<name>\p{Lu}[\p{L}&/() -]{2,60})$")]
    private static partial Regex BoxedName();

    /// <summary>
    /// The names of a function book's profiles where nothing but their place marks them: a sub-heading that opens each profile
    /// ("Binnen welke kaders ben ik werkzaam?", "Functieniveaukarakteristiek") recurs at least four times, and right above most
    /// of its occurrences stands a short title of its own, each time another ("Jeugdzorgwerker A", "Functieladder 3 Calculatie"):
    /// the function's name. The lines of those names.
    /// </summary>
    private static HashSet<int> RecurringProfileTitles(List<TextLine> lines, HashSet<int> toc)
    {
        static string Key(string t) => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var names = new HashSet<int>();
        var byKey = new Dictionary<string, List<int>>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank || toc.Contains(i)) continue;
            var t = lines[i].Text.Trim();
            if (t.Length < 4 || !IsTitleLike(t) || BulletPattern().IsMatch(t)) continue;
            var key = Key(t);
            if (!byKey.TryGetValue(key, out var at)) byKey[key] = at = new List<int>();
            at.Add(i);
        }
        var recurring = byKey.Where(kv => kv.Value.Count >= 4).Select(kv => kv.Key).ToHashSet();
        foreach (var key in recurring)
        {
            // Only a profile's own opening heading (its purpose, context or level), over text: not a table's row label.
            if (!ProfileSection().IsMatch(key) || key.Any(char.IsDigit)) continue;
            var at = byKey[key].Where(i => NextNonBlank(lines, i) is { } n && !IsTitleLike(lines[n].Text) && AnyHeading(lines[n].Text) is null).ToList();
            var titled = new List<int>();
            foreach (var i in at)
                if (PreviousNonBlank(lines, i) is { } p && !toc.Contains(p) && lines[p].Text.Trim() is var name && name.Length is >= 3 and <= 60
                    && IsTitleLike(name) && !(recurring.Contains(Key(name)) && ProfileSection().IsMatch(Key(name))) && !BulletPattern().IsMatch(name) && !FunctionGroup().IsMatch(name)
                    && DigitRun().Matches(name).Count <= 1 && !name.Contains('€') && !ReportsTo().IsMatch(name)
                    && !(name.Count(c => c == ' ') >= 3 && IsCapitals(name))) // a glossary's title in capitals
                    titled.Add(p);
            // A book whose profiles are named already ("Functienaam: Sociaal werker 1") needs none of this.
            if (titled.Any(p => UnitTitle(lines[p].Text.Trim()) is not null)) continue;
            if (titled.Count >= 4 && titled.Count * 4 >= byKey[key].Count * 3
                && titled.Select(p => Key(lines[p].Text)).Distinct().Count() * 10 >= titled.Count * 9)
                names.UnionWith(titled);
        }
        return names;
    }

    /// <summary>
    /// Body lines that are an article's title standing alone ("OPLEIDING EN ONTWIKKELING") where the contents lists
    /// "Artikel 36 Opleiding en ontwikkeling" and the line above is no article heading (the "ARTIKEL 36" line was lost):
    /// line index to article number. Written in capitals or exactly as listed; of a run of the same title (a chapter of
    /// the same name right above), the last, the others mapped to "" (a title that ends what is open).
    /// </summary>
    private static Dictionary<int, string> LostArticleHeadings(List<TextLine> lines, HashSet<int> toc)
    {
        static string Key(string t) => new(t.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        var listed = new Dictionary<string, HashSet<string>>();
        var written = new HashSet<string>();
        foreach (var i in toc)
        {
            if (AnyHeading(BareEntry(lines[i].Text)) is not { Kind: HeadingKind.Article, Sign: false } h || Key(h.Title).Length < 6) continue;
            (listed.TryGetValue(Key(h.Title), out var set) ? set : listed[Key(h.Title)] = []).Add(h.Number);
            written.Add(h.Title.Trim());
        }
        var found = new Dictionary<int, string>();
        if (listed.Count == 0) return found;
        int lastLine = -10;
        string lastKey = "";
        for (int i = 0; i < lines.Count; i++)
        {
            if (toc.Contains(i) || lines[i].IsBlank) continue;
            var t = lines[i].Text.Trim();
            if (t.Length > 100 || ".;:,".Contains(t[^1]) || AnyHeading(t) is not null || LidMarker(t) is not null) continue;
            var key = Key(t);
            if (!listed.TryGetValue(key, out var numbers) || numbers.Count != 1) continue;
            if (!(t.Where(char.IsLetter).All(char.IsUpper) || written.Contains(t))) continue;
            if (PreviousNonBlank(lines, i) is { } p && AnyHeading(lines[p].Text) is { Kind: HeadingKind.Article }) continue;
            if (key == lastKey && i - lastLine <= 4) found[lastLine] = ""; // the chapter's title: it ends what is open, opens nothing
            found[i] = numbers.First();
            lastLine = i; lastKey = key;
        }
        return found;
    }

    /// <summary>
    /// Headings recovered from the contents where the body prints its numbers apart (session 26). In a cao whose pages carry the
    /// chapter and article numbers in a side column that the extractor printed apart from the titles, or lost ("10.1" / "10.2" at a
    /// page's top, "De medezeggenschap" and the articles' titles further down, numbers missing where the scan dropped them), the
    /// contents still lists each number with its title ("10 De medezeggenschap ....", "10.1 Een personeelsvertegenwoordiging
    /// instellen ...."). The titles are matched in order to the body's lines that stand alone (the same letters, a few read
    /// differently by the scan), and each matched line opens its chapter or article. Only where the contents lists twelve or more
    /// decimal articles of which fewer than four in ten come back in the body as a numbered heading, and more than half of the
    /// entries are found: else the body's own numbers do the work. Returns the title lines with their headings;
    /// <paramref name="entryLines"/> the contents lines read (they belong to no clause).
    /// </summary>
    private static Dictionary<int, Heading> ContentsTitles(List<TextLine> lines, HashSet<int> toc, out HashSet<int> entryLines, HashSet<int>? keywordIndex = null)
    {
        entryLines = [];
        static string Key(string t) => new(t.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        // The contents: from the first entry in the first fifth of the text, while entries keep coming (page headers between).
        int limit = lines.Count / 5, start = -1;
        for (int i = 0; i < limit && start < 0; i++)
            if (!lines[i].IsBlank && ContentsEntryNumber().Match(BareEntry(lines[i].Text).Trim()) is { Success: true } m0 && m0.Groups["n"].Value.Contains('.')
                && (toc.Contains(i) || HasLeader(lines[i].Text))) start = i;
        if (start < 0) return [];
        // The first chapter's entry above its first article's ("1. Begripsbepalingen ....." / "1.1 Werkgever .....").
        if (PreviousNonBlank(lines, start) is { } ps && ContentsEntryNumber().Match(BareEntry(lines[ps].Text).Trim()) is { Success: true } pm
            && !pm.Groups["n"].Value.Contains('.')) start = ps;
        var entries = new List<(int Line, string Number, string Key)>();
        int end = start, gap = 0;
        for (int i = start; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var t = BareEntry(lines[i].Text).Trim();
            if (AnyHeading(t) is { Kind: HeadingKind.Appendix }) break; // the appendices' entries: the main body's are all read
            if (ContentsEntryNumber().Match(t) is { Success: true } m && Key(m.Groups["t"].Value) is { Length: >= 4 } k)
            {
                entries.Add((i, m.Groups["n"].Value, k));
                end = i; gap = 0;
            }
            else if (++gap > 8) break;
        }
        var decimals = entries.Where(e => e.Number.Contains('.')).Select(e => e.Number).ToHashSet();
        if (decimals.Count < 12) return [];
        // The rest of the contents (its appendices' entries), then the body up to its first appendix heading.
        int regionEnd = end;
        gap = 0;
        for (int i = end + 1; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var t = BareEntry(lines[i].Text).Trim();
            if (HasLeader(lines[i].Text) || AnyHeading(t) is { Kind: HeadingKind.Appendix } || ContentsEntryNumber().IsMatch(t)) { regionEnd = i; gap = 0; }
            else if (++gap > 8) break;
        }
        int bodyEnd = lines.Count;
        for (int i = regionEnd + 1; i < lines.Count; i++)
            if (!toc.Contains(i) && !lines[i].IsBlank && AnyHeading(lines[i].Text) is { Kind: HeadingKind.Appendix, Number.Length: > 0 } ah && ah.Title.Length > 0) { bodyEnd = i; break; }
        // The body's lines, each with its number where it has one; a title right under the contents may have been read as one more
        // of its lines: it is a candidate still.
        var bodyLines = Enumerable.Range(regionEnd + 1, Math.Max(0, bodyEnd - regionEnd - 1))
            .Where(i => !(lines[i].IsBlank || toc.Contains(i) && (HasLeader(lines[i].Text) || ContentsEntryNumber().IsMatch(lines[i].Text.Trim()))
                          || keywordIndex is not null && keywordIndex.Contains(i))) // an index's keyword is no article's title
            .Select(i => (Line: i, Text: lines[i].Text.Trim(), Match: ContentsEntryNumber().Match(lines[i].Text.Trim()))).ToList();
        var numbered = bodyLines.Where(x => x.Match.Success && decimals.Contains(x.Match.Groups["n"].Value)).Select(x => x.Match.Groups["n"].Value).ToHashSet();
        if (numbered.Count * 10 >= decimals.Count * 4) return []; // the body numbers its own headings: the usual case, decided before any title is keyed
        var candidates = new List<(int Line, string Key, bool Numbered)>();
        foreach (var (i, t, hm) in bodyLines)
        {
            var title = hm.Success ? hm.Groups["t"].Value : t;
            if (title.Length > 120 || ".;:,".Contains(title[^1]) || !(char.IsUpper(title[0]) || title[0] == '(')) continue;
            if (Key(title) is { Length: >= 4 } ck) candidates.Add((i, ck, hm.Success));
        }
        static bool Close(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > Math.Max(a.Length, b.Length) / 5) return false;
            return Distance(a, b) <= Math.Max(a.Length, b.Length) / 5;
        }
        int? FirstMatch(int e, int from)
        {
            for (int c = from; c < candidates.Count; c++)
            {
                var ck = candidates[c].Key;
                if (Close(entries[e].Key, ck)) return c;
                // a title wrapped over two lines
                if (ck.Length < entries[e].Key.Length && c + 1 < candidates.Count && candidates[c + 1].Line <= candidates[c].Line + 2
                    && Close(entries[e].Key, ck + candidates[c + 1].Key)) return c;
            }
            return null;
        }
        int cur = 0, matched = 0;
        var result = new Dictionary<int, Heading>();
        var hits = new List<(int Line, string Number)>();
        for (int e = 0; e < entries.Count; e++)
        {
            if (FirstMatch(e, cur) is not { } c) continue;
            // A later entry found first: this one is not in the body (or not where it should be).
            if (e + 1 < entries.Count && FirstMatch(e + 1, cur) is { } c1 && c1 < c || e + 2 < entries.Count && FirstMatch(e + 2, cur) is { } c2 && c2 < c) continue;
            matched++;
            cur = c + 1;
            hits.Add((candidates[c].Line, entries[e].Number));
            if (candidates[c].Numbered) continue; // the body's own numbered heading
            var n = entries[e].Number;
            var line = lines[candidates[c].Line].Text.Trim();
            result[candidates[c].Line] = new Heading(n.Contains('.') ? HeadingKind.Article : HeadingKind.Chapter, n, line);
        }
        // Between two articles found ("1.10" and "1.13"), as many titles standing alone as numbers left out between them (the
        // scan garbled their entries or dropped them from the contents): the titles take those numbers in order.
        for (int k = 0; k + 1 < hits.Count; k++)
        {
            // A chapter's entry counts as its article 0: "1. Begripsbepalingen" and "1.2 De werknemer" leave 1.1 between them.
            var first = hits[k].Number.Contains('.') ? hits[k].Number : hits[k].Number + ".0";
            if (SideNumber().Match(first) is not { Success: true } a || SideNumber().Match(hits[k + 1].Number) is not { Success: true } b
                || a.Groups["l"].Value.Length > 0 || b.Groups["l"].Value.Length > 0 || a.Groups["a"].Value != b.Groups["a"].Value) continue;
            int from = int.Parse(a.Groups["b"].Value), to = int.Parse(b.Groups["b"].Value);
            if (to - from < 2 || to - from > 6) continue;
            var titles = new List<int>();
            for (int j = hits[k].Line + 1; j < hits[k + 1].Line; j++)
                if (!lines[j].IsBlank && !toc.Contains(j) && AnyHeading(lines[j].Text) is null && LidMarker(lines[j].Text.Trim()) is null
                    && !BareDecimal().IsMatch(lines[j].Text.Trim()) && SideTitle(lines, j)) titles.Add(j);
            if (titles.Count != to - from - 1) continue;
            for (int t = 0; t < titles.Count; t++)
                result[titles[t]] = new Heading(HeadingKind.Article, $"{a.Groups["a"].Value}.{from + 1 + t}", lines[titles[t]].Text.Trim());
        }
        if (matched * 2 <= entries.Count) return [];
        entryLines.UnionWith(entries.Select(x => x.Line));
        return result;
    }

    /// <summary>Levenshtein distance of two short keys.</summary>
    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static Heading? DecimalChapter(string line)
    {
        var m = BareNumberTitle().Match(line.Trim());
        if (ZeroPaddedCode().IsMatch(line.Trim())) return null; // "02. Logistiek": a group of a function raster (AnyHeading)
        return m.Success ? new Heading(HeadingKind.Chapter, m.Groups["num"].Value, m.Groups["title"].Value.Trim()) : null;
    }

    /// <summary>
    /// Lines of tables of contents and indexes: any line with dot leaders and a page number; runs of
    /// three or more heading-shaped lines ending in a page number (contents without dot leaders) or in
    /// "was 103" (a table of old and new article numbers); and from a title "Inhoud(sopgave)" or
    /// "Register" up to the first body text or the first heading that repeats one already listed.
    /// </summary>
    internal static HashSet<int> TableOfContents(List<TextLine> lines, HashSet<int>? listed = null)
    {
        var toc = new HashSet<int>();
        for (int i = 0; i < lines.Count; i++)
            if (HasLeader(lines[i].Text) && !FillInLine(lines[i].Text.Trim()) && !FormLine(lines, i)) toc.Add(i);

        // Runs of entries; one wrapped title line between entries is allowed.
        int runStart = -1, entries = 0, lastEntry = -1, gap = 0;
        void EndRun()
        {
            if (entries >= 3 && !RowsNotListed(lines, runStart, lastEntry)) for (int k = runStart; k <= lastEntry; k++) toc.Add(k);
            runStart = -1; entries = 0; gap = 0;
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            if (IsContentsEntry(lines[i].Text))
            {
                if (runStart < 0) runStart = i;
                entries++; lastEntry = i; gap = 0;
            }
            else if (runStart >= 0)
            {
                var t = lines[i].Text.Trim();
                // A wrapped title may sit between entries; body text never does.
                if (++gap > 1 || t.Length > 60 || ".:;!?".Contains(t[^1])) EndRun();
            }
        }
        EndRun();

        // Contents without page numbers: headings one under the other with no text between, four or more
        // of them articles. Their articles are contents lines; a chapter among them keeps its heading. The
        // last heading before text, and an article whose number the run already listed, are the real ones.
        var run = new List<(int Line, Heading H)>();
        var gaps = new List<int>(); // group titles between a run's entries ("Werkingssfeer" between "art. 1" and "art. 2")
        int titleGaps = 0; // group titles in a row since the run's last entry
        // Set at the first article with text under it (itself no contents line: not "Artikel 34 Reiskosten ....." above its
        // sub-entries): after that, a table listing articles in an appendix ("Artikel 29 Ploegendienst" / "Minimum aantal
        // vakantiedagen Artikel 59 ...") is no contents, so titles no longer join a run.
        bool bodySeen = false;
        void EndHeadingRun(bool bodyFollows, bool articleRepeats = false, int at = -1, int next = -1)
        {
            int runLast = at >= 0 ? at : run.Count > 0 ? run[^1].Line : -1; // where the list ends: the repeated article, else the run's last heading
            // Not body text: the contents' own list of what an entry holds ("art. 1 Definities" / "1. Cao" / "2. Consignatie"),
            // short numbered names one under the other; the contents goes on after them.
            if (bodyFollows && run.Count > 0)
            {
                bodySeen |= run[^1].H.Kind == HeadingKind.Article && !IsContentsEntry(lines[run[^1].Line].Text) && !(next >= 0 && NamesListed(lines, next));
                run.RemoveAt(run.Count - 1);
            }
            // "Hoofdstuk 1 - Over de cao" right above the body's first article (with text under it, or one the run listed
            // already), with no page number: the body's own heading too.
            // Not a protocol or appendix entry closing a chapter's own list of its articles (the list right under the chapter's heading):
            // "Hoofdstuk 14 ..." / "Artikel 92 ..." ... "Artikel 98 ..." / "Protocol I Over duurzame inzetbaarheid" / "Artikel 92" again.
            bool chapterList = run.Count > 0 && run[0].H.Kind == HeadingKind.Article && PreviousNonBlank(lines, run[0].Line) is { } cl && AnyHeading(lines[cl].Text) is { Kind: HeadingKind.Chapter }
                               || run.Count > 1 && run[0].H.Kind == HeadingKind.Chapter && run[1].H.Kind == HeadingKind.Article && !run.Skip(1).Any(e => e.H.Kind == HeadingKind.Chapter);
            while ((bodyFollows || articleRepeats) && run.Count > 0 && run[^1].H.Kind != HeadingKind.Article && !IsContentsEntry(lines[run[^1].Line].Text)
                   && !(articleRepeats && !bodyFollows && chapterList && run[^1].H.Kind == HeadingKind.Appendix)) run.RemoveAt(run.Count - 1);
            var articlesInRun = run.Where(e => e.H.Kind == HeadingKind.Article).ToList();
            if (articlesInRun.Count >= 4) foreach (var e in articlesInRun) { toc.Add(e.Line); listed?.Add(e.Line); }
            // Also after the last listed article, up to the run's last heading: "Protocol I Over duurzame inzetbaarheid" / "Schiphol akkoorden"
            // closing a chapter's list of its articles 92 to 98, above the real "Artikel 92" (not the protocol, which follows the chapter).
            int listEnd = articlesInRun.Count > 0 && runLast > articlesInRun[^1].Line ? runLast : articlesInRun.Count > 0 ? articlesInRun[^1].Line : -1;
            if (articlesInRun.Count >= 4) foreach (var g in gaps.Where(g => g > articlesInRun[0].Line && g < listEnd)) { toc.Add(g); listed?.Add(g); }
            // An appendix entry among them ("Bijlage A.A3 Matrix toeslagen" above the next group title) opens nothing either; one
            // right above its own listed articles keeps its heading. (A part there still ends the part the contents opened.)
            if (articlesInRun.Count >= 4)
                foreach (var e in run.Where(e => e.H.Kind == HeadingKind.Appendix && e.Line > articlesInRun[0].Line && e.Line < listEnd
                                                  && !(NextNonBlank(lines, e.Line) is { } ne && AnyHeading(BareEntry(lines[ne].Text)) is { Kind: HeadingKind.Article })))
                { toc.Add(e.Line); listed?.Add(e.Line); }
            gaps.Clear();
            // Two chapters with their articles listed one under the other: a contents, whose chapter lines open nothing either
            // (a chapter lists only its own articles under its heading).
            if (articlesInRun.Count >= 4 && run.Count(e => e.H.Kind == HeadingKind.Chapter) >= 2)
                foreach (var e in run.Where(e => e.H.Kind == HeadingKind.Chapter)) toc.Add(e.Line);
            run.Clear();
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var h = Vacant().IsMatch(lines[i].Text) ? null : AnyHeading(BareEntry(lines[i].Text));
            // "Thema 9 Verplichtingen werkgever bij ... en medezeggenschap": a chapter entry too long for a heading of the
            // body goes on the run; it is no body text after the run's last article.
            if (h is null && run.Count > 0 && BareEntry(lines[i].Text).Trim() is { Length: > 120 and <= 200 } longEntry
                && ChapterPattern().Match(longEntry) is { Success: true } lc && !".;:".Contains(longEntry[^1]))
                h = new Heading(HeadingKind.Chapter, lc.Groups["num"].Value.ToUpperInvariant(), lc.Groups["title"].Value.Trim());
            // A group title between the entries ("Werkingssfeer" above "art. 2 Vervallen"), a vacant entry, or a line of
            // several entries ("art. 7 Keten ... art. 8 Einde ...") goes on the run.
            if (h is null && run.Count > 0 && !bodySeen && RunGap(lines, i, titleGaps) is var kind and > 0)
            {
                gaps.Add(i);
                titleGaps = kind == 2 ? titleGaps + 1 : 0;
                continue;
            }
            titleGaps = 0;
            // "Schiphol  Schiphol akkoorden": a last entry of a chapter's list, right above the first article it listed.
            if (h is null && run.Count >= 4 && lines[i].Text.Trim() is { Length: <= 60 } listTail && !".;:!?,".Contains(listTail[^1])
                && NextNonBlank(lines, i) is { } le && AnyHeading(lines[le].Text) is { Kind: HeadingKind.Article } leh
                && run.Any(e => e.H.Kind == HeadingKind.Article && e.H.Number == leh.Number)) { gaps.Add(i); continue; }
            if (h is null) { if (run.Count > 0) EndHeadingRun(!HasLeader(lines[i].Text), next: i); continue; }
            if (h.Kind == HeadingKind.Article && run.Any(e => e.H.Kind == HeadingKind.Article && e.H.Number == h.Number)) EndHeadingRun(false, articleRepeats: true, at: i);
            run.Add((i, h));
        }
        if (run.Count > 0) EndHeadingRun(false);

        for (int start = 0; start < lines.Count; start++)
        {
            if (!TocTitle().IsMatch(lines[start].Text.Trim())) continue;
            var seen = new HashSet<string>();
            // A contents lists at least three entries; a lone "Inhoud" (a page's side tab) above one heading is no contents.
            var listedHere = new List<int> { start };
            int listedEntries = 0;
            for (int i = start + 1; i < lines.Count && i - start <= 600; i++)
            {
                if (lines[i].IsBlank) { listedHere.Add(i); continue; }
                var raw = lines[i].Text;
                var text = PageSuffix().Replace(PageWord().Replace(Strip(DotLeaderTail, WithoutOcrLeader(raw)), ""), "");
                // "ARTIKEL 35" alone on its line: its number is no page number.
                var h = AnyHeading(text) ?? DecimalChapter(text) ?? AnyHeading(raw)
                        // "1.6 De IFA-methode voor functiewaardering.": an entry whose title the contents closed with a full stop (session 27).
                        ?? (text.Trim() is { Length: > 4 and <= 100 } st && st[^1] == '.' && DecimalPattern().IsMatch(st) ? AnyHeading(st[..^1]) : null);
                // "Deel B Regeling ... art. 1 Algemeen art. 2 Loonindeling ...": a part's entries the extractor ran together.
                bool entry = toc.Contains(i) || IsContentsEntry(raw) || PageRefs().IsMatch(raw) && raw.Length <= 100 || EntriesLine(raw.Trim());
                if (h is not null)
                {
                    if (!seen.Add($"{h.Kind}:{h.Number}") && !entry) break;
                    // Each part of the cao lists its own articles from 1 again ("Deel A ..." / "art. 1 Algemeen").
                    if (h.Kind == HeadingKind.Part) seen.RemoveWhere(k => k.StartsWith($"{HeadingKind.Article}:", StringComparison.Ordinal));
                }
                else if (!entry && (raw.Length > 160 || raw.Length > 100 && !NumberedLine().IsMatch(raw) || ".:;!?".Contains(raw.TrimEnd()[^1]))) break;
                if (h is not null || entry || PageSuffix().IsMatch(raw)) listedEntries++;
                listedHere.Add(i);
            }
            if (listedEntries >= 3) toc.UnionWith(listedHere);
        }

        // An entry the passes above missed, right next to the contents ("HOOFDSTUK 8A 113", "Structurele regeling .113",
        // "Artikel 3.29 .110" between lines with dot leaders): a heading or a title with a page number, within two lines
        // of a contents line. It would open a chapter or an article of its own in the front pages.
        if (toc.Count > 0)
            for (bool grown = true; grown;)
            {
                grown = false;
                for (int i = 0; i < lines.Count; i++)
                {
                    if (toc.Contains(i) || lines[i].IsBlank || !NextToContents(lines, i, toc)) continue;
                    var t = lines[i].Text.Trim();
                    if (t.Length > 100) continue;
                    if (LoosePageSuffix().Match(t) is { Success: true } ps)
                    {
                        var bare = t[..ps.Index].Trim();
                        // Not "Artikel 1", "Bijlage 5", "Lid 2": a heading's own number is no page number.
                        // Nor "... Artikel 59 Vakantiedagen, lid 1 en lid 2" (a table row naming a lid).
                        if (bare.Length == 0 || ReferenceWordEnd().IsMatch(bare)
                            || !(AnyHeading(bare) is not null || IsTitleLike(bare) && bare.Contains(' ') && char.IsLetter(bare[^1]))) continue;
                    }
                    // An entry whose page number the scan lost, between contents lines ("7.1 Vakantie", "Bijlage 8 — Reglement
                    // gelijkstellingscommissie"): a heading or a numbered title, with contents lines before and after it and
                    // only such entries between (no body text: a model contract's "Artikel 2" between lines of dots is real).
                    // Not a chapter heading above its own list of articles (those are contents lines, the heading is real).
                    // Not a bare part heading ("Deel B" between the appendices listed for Deel A and Deel B's own list): it still ends
                    // the part the contents opened, so what follows the contents is not read in that part.
                    else if (!(EntryLike(t) && ContentsReached(lines, i, toc, -1) && ContentsReached(lines, i, toc, 1)
                               && AnyHeading(t) is not { Kind: HeadingKind.Part, Title.Length: 0 }
                               && !(listed is not null && NextNonBlank(lines, i) is { } nx && listed.Contains(nx)))) continue;
                    toc.Add(i);
                    grown = true;
                }
            }
        return toc;
    }

    /// <summary>
    /// The contents' last entry read as the body's first heading (session 33): an appendix heading right under the contents' entry
    /// of another appendix ("Bijlage 14. Verlofspaarregeling ..... 121" / "Bijlage 15. Afspraken over ... 123 i cao Zorg", its page
    /// number followed by a running title), before any other heading of the body, where the same appendix has a heading of its own
    /// later on. It once opened that appendix over the foreword and the first chapters. The text after it is read as the text
    /// between the contents and the first heading (a foreword, named by its title).
    /// </summary>
    private static int? ContentsLastAppendixEntry(List<TextLine> lines, HashSet<int> toc)
    {
        if (toc.Count == 0) return null;
        int first = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !toc.Contains(i) && !lines[i].IsBlank && AnyHeading(lines[i].Text) is not null, -1);
        if (first < 0 || AnyHeading(lines[first].Text) is not { Kind: HeadingKind.Appendix, Number.Length: > 0 } h) return null;
        if (PreviousNonBlank(lines, first) is not { } above || !toc.Contains(above)
            || AnyHeading(BareEntry(lines[above].Text)) is not { Kind: HeadingKind.Appendix } ah || ah.Number == h.Number) return null;
        // Not where articles numbered in the margin ("1.1" / "Begripsbepalingen") follow before the next heading: the text after the
        // entry would be read as one foreword over them.
        int next = Enumerable.Range(first + 1, lines.Count - first - 1).FirstOrDefault(i => !toc.Contains(i) && !lines[i].IsBlank && AnyHeading(lines[i].Text) is not null, lines.Count);
        if (Enumerable.Range(first + 1, next - first - 1).Any(k => !lines[k].IsBlank && BareArticleNumber(lines, k) is not null)) return null;
        for (int j = first + 1; j < lines.Count; j++)
            if (!toc.Contains(j) && !lines[j].IsBlank && AnyHeading(lines[j].Text) is { Kind: HeadingKind.Appendix } later && later.Number == h.Number) return first;
        return null;
    }

    /// <summary>
    /// A chapter's list of its own articles in the middle of its text (session 33): four or more article headings of one chapter
    /// one under the other, numbered in sequence ("7.2 Werkingssfeer" / "7.3 Definities" / ... / "7.9 Bemiddeling"), with body text
    /// right above them (a page's side column or a running overview the extractor put between two lines of an article), where every
    /// listed article has a heading of its own elsewhere in the text. Such lines are no headings: the last of them, right above text,
    /// once opened "Art. 7.9" over the rest of 7.3's definitions (the others, taken for contents lines, closed the chapter).
    /// </summary>
    private static HashSet<int> ChapterSidebar(List<TextLine> lines, HashSet<int> toc)
    {
        var result = new HashSet<int>();
        var headings = new Dictionary<int, Heading>();
        for (int i = 0; i < lines.Count; i++)
            if (!lines[i].IsBlank && !IsContentsEntry(lines[i].Text) && !HasLeader(lines[i].Text)
                && AnyHeading(lines[i].Text) is { Kind: HeadingKind.Article, Sign: false } h && h.Number.Contains('.')) headings[i] = h;
        var at = headings.GroupBy(kv => kv.Value.Number).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());
        for (int i = 0; i < lines.Count; i++)
        {
            if (!headings.TryGetValue(i, out var first)) continue;
            if (PreviousNonBlank(lines, i) is not { } above || toc.Contains(above) || headings.ContainsKey(above)) continue;
            var prev = lines[above].Text.Trim();
            // Body text right above: a sentence or a long line, no heading or title.
            if (AnyHeading(prev) is not null || !(prev.Length >= 60 || ".;:".Contains(prev[^1]))) continue;
            var run = new List<(int Line, Heading H)> { (i, first) };
            for (int j = NextNonBlank(lines, i) ?? lines.Count; j < lines.Count && headings.TryGetValue(j, out var next); j = NextNonBlank(lines, j) ?? lines.Count)
            {
                if (!InSequence(run[^1].H.Number, next.Number)) break;
                run.Add((j, next));
            }
            if (run.Count < 4 || !run.All(e => e.H.Title.Any(char.IsLetter))) continue;
            var lineSet = run.Select(e => e.Line).ToHashSet();
            if (!run.All(e => at[e.H.Number].Any(l => !lineSet.Contains(l) && !toc.Contains(l)))) continue;
            result.UnionWith(lineSet);
            i = run[^1].Line;
        }
        return result;

        // "7.2" then "7.3": one chapter, the next number.
        static bool InSequence(string a, string b)
        {
            int da = a.LastIndexOf('.'), db = b.LastIndexOf('.');
            return da > 0 && db > 0 && a[..da] == b[..db] && int.TryParse(a[(da + 1)..], out var x) && int.TryParse(b[(db + 1)..], out var y) && y == x + 1;
        }
    }

    /// <summary>
    /// A keyword index (back matter, session 33): a title "TREFWOORDENLIJST", "Trefwoordenregister", "Register" (also as an
    /// appendix's title: "Bijlage J Trefwoorden register") over at least twenty short keyword lines in alphabetical order
    /// ("Aanpassing arbeidsduur" / "ATV zie roostervrije tijd" / ... / "Zwangerschapsverlof"), with or without page or article
    /// numbers; or such a run without a title that refers on twice or more ("Stervensbegeleiding (zie palliatief verlof)").
    /// Its lines belong to no clause, as the contents' do. Not an alphabetical list of member companies or functions under an
    /// appendix's own title (content): that has no index title and no "(zie ...)".
    /// </summary>
    private static HashSet<int> KeywordIndex(List<TextLine> lines)
    {
        var result = new HashSet<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var t = lines[i].Text.Trim();
            bool titled = KeywordIndexTitle().IsMatch(t)
                          || AnyHeading(t) is { Kind: HeadingKind.Appendix, Title.Length: > 0 } ah && KeywordIndexTitle().IsMatch(ah.Title.Trim());
            int from = titled ? i + 1 : i;
            if (!titled && !(i == 0 || lines[i - 1].IsBlank || !IndexKeyword(lines[i - 1].Text.Trim()))) continue; // a run starts once
            var entries = new List<int>();
            int j = from;
            for (; j < lines.Count; j++)
            {
                if (lines[j].IsBlank) continue;
                var e = lines[j].Text.Trim();
                if (!IndexKeyword(e) || KeywordIndexTitle().IsMatch(e)) break; // an index's title starts a run of its own
                // A titled part, chapter or appendix after the index ends it.
                if (entries.Count > 0 && AnyHeading(e) is { Kind: HeadingKind.Appendix or HeadingKind.Part or HeadingKind.Chapter, Title.Length: > 0 }) break;
                entries.Add(j);
            }
            if (entries.Count < 20) { if (!titled) i = Math.Max(i, j - 1); continue; }
            var firsts = entries.Select(k => lines[k].Text.Trim()).Where(e => char.IsLetter(e[0])).Select(e => char.ToLowerInvariant(e[0])).ToList();
            int ordered = firsts.Zip(firsts.Skip(1)).Count(p => p.First <= p.Second);
            int refers = entries.Count(k => lines[k].Text.Contains("(zie", StringComparison.OrdinalIgnoreCase) || ZieWord().IsMatch(lines[k].Text));
            // Keywords over many letters, none of them most (not a contents: "Artikel 1.1 ..." / "Artikel 1.2 ..."), few of them headings.
            int headings = entries.Count(k => AnyHeading(lines[k].Text.Trim()) is not null);
            int most = firsts.Count == 0 ? 0 : firsts.GroupBy(c => c).Max(g => g.Count());
            bool index = firsts.Count >= 20 && ordered * 100 >= (firsts.Count - 1) * 85 && firsts.Distinct().Count() >= 8 && most * 10 <= firsts.Count * 3
                         && headings * 10 <= entries.Count && (titled || refers >= 2);
            if (index)
            {
                if (titled) result.Add(i);
                result.UnionWith(entries);
                // The blank lines inside belong to it too.
                for (int k = entries[0]; k <= entries[^1]; k++) if (lines[k].IsBlank) result.Add(k);
            }
            i = Math.Max(i, j - 1);
        }
        return result;

        // "Aanvullend vitaliteitsverlof", "- verplichting werkgever", "Aanwezigheidsdienst 60; 61; 63", "A", "69": short, no sentence end.
        static bool IndexKeyword(string e) => e.Length is > 0 and <= 90 && !".;:!?".Contains(e[^1]) && (char.IsLetterOrDigit(e[0]) || e[0] is '-' or '(' or '–' or '•');
    }

    /// <summary>
    /// A run of lines from <paramref name="from"/> to <paramref name="to"/> that read as contents entries only by a trailing number
    /// ("10 Wetenschappelijk Projectleider 2 Staf- / Beleids- Manager 1" / "11 Controller Manager 2" / "12 Manager 3"), none with a
    /// dot leader, a page named as such or an index's "Artikel 33", where fewer than half of the entries come back later as a
    /// heading: the rows of a table (a function matrix, a salary table), no contents. A contents lists headings the body has.
    /// </summary>
    private static bool RowsNotListed(List<TextLine> lines, int from, int to)
    {
        int entries = 0, recur = 0;
        for (int i = from; i <= to; i++)
        {
            var t = lines[i].Text.Trim();
            if (lines[i].IsBlank || !IsContentsEntry(t)) continue;
            if (HasLeader(t) || WasReference().IsMatch(t) || KeywordIndexEntry(t).IsMatch(t) || NamedPageSuffix(t).IsMatch(t)) return false;
            // "3.3 Extra vrije dagen ouderen 36c-d; 25 lid 2, 3 en 5", "7. Uitzendkrachten bijlage 2": a table of old and new
            // numbers, which names articles, leden and appendices; it belongs to no clause as before.
            if (RowReference().IsMatch(t)) return false;
            entries++;
            if (ListedLater(lines, to, PageSuffix().Replace(t, "").Trim())) recur++;
        }
        return recur * 2 < entries;
    }

    /// <summary>Whether an entry (its page number removed) comes back as a heading after line <paramref name="after"/>: a heading of
    /// the same kind and number, or a short line holding the entry's number and title.</summary>
    private static bool ListedLater(List<TextLine> lines, int after, string entry)
    {
        var h = AnyHeading(entry);
        var key = LettersAndDigits(entry);
        var m = BareNumberTitle().Match(entry);
        var title = m.Success ? LettersAndDigits(m.Groups["title"].Value) : "";
        for (int j = after + 1; j < lines.Count; j++)
        {
            var t = lines[j].Text.Trim();
            // Not the same row again (the table printed twice): a heading comes back without its page number.
            if (t.Length == 0 || t.Length > 150 || IsContentsEntry(t)) continue;
            if (h is not null && AnyHeading(t) is { } lh && lh.Kind == h.Kind && lh.Number == h.Number) return true;
            var lk = LettersAndDigits(t);
            if (key.Length >= 6 && lk.Contains(key, StringComparison.Ordinal) || title.Length >= 8 && lk.EndsWith(title, StringComparison.Ordinal)) return true;
        }
        return false;
        static string LettersAndDigits(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }

    /// <summary>
    /// A line inside a run of contents entries without page numbers that does not end the run: a vacant entry ("art. 2
    /// Vervallen"), a line holding several entries ("art. 7 Keten ... art. 8 Einde ..."), or a short group title with an
    /// entry right under it ("Werkingssfeer" / "art. 2 ..."), at most three titles in a row (<paramref name="inRow"/>: before this one).
    /// 1 for an entry line, 2 for a title, 0 for a line that ends the run.
    /// </summary>
    private static int RunGap(List<TextLine> lines, int i, int inRow)
    {
        // A line with a dot leader is a contents line of its own; it ends a run of headings as before.
        if (HasLeader(lines[i].Text)) return 0;
        var t = BareEntry(lines[i].Text).Trim();
        if (t.Length == 0) return 0;
        if (EntriesLine(t) || Vacant().IsMatch(t) && EntryStart().IsMatch(t)) return 1;
        // "Bijlage A.B2 Loonschalen voor werknemers na 1 juli" / "1994 in dienst": the rest of an entry the line wrapped.
        bool wrapped = i > 0 && !lines[i - 1].IsBlank && t.Length <= 50 && !".;:,!?".Contains(t[^1]) && LidMarker(t) is null && !char.IsLower(t[0]);
        if (inRow >= 3 || !GroupTitle(t) && !wrapped) return 0;
        if (NextNonBlank(lines, i) is not { } n) return 0;
        // Under it: an entry, or the next title of a stack ("Protocolbepalingen" / "Bijzondere delen deel A" / "Deel A.A ...").
        var next = BareEntry(lines[n].Text).Trim();
        return next.Length > 0 && (!Vacant().IsMatch(next) && AnyHeading(next) is not null || EntriesLine(next) || Vacant().IsMatch(next) && EntryStart().IsMatch(next)
                                   || inRow < 2 && GroupTitle(next)) ? 2 : 0;
        // "Werkingssfeer", "Verplichtingen bij bedrijfsbeëindiging, reorganisatie e.d.": short, capitalised, no sentence end.
        static bool GroupTitle(string t) => t.Length <= 80 && char.IsUpper(t[0]) && (!".;:,!?".Contains(t[^1]) || AbbreviationEnd().IsMatch(t))
                                            && t.Split(' ').Length <= 10 && LidMarker(t) is null;
    }

    /// <summary>
    /// Line <paramref name="i"/> and the next non-blank line are short numbered names ("1. Cao" / "2. Consignatie"): a list
    /// of what a contents entry holds, no body text under a heading.
    /// </summary>
    private static bool NamesListed(List<TextLine> lines, int i) =>
        ShortTitleLid(lines[i].Text) && ShortItem(lines[i].Text) && NextNonBlank(lines, i) is { } n && ShortTitleLid(lines[n].Text) && ShortItem(lines[n].Text);

    /// <summary>"art. 7 Keten ... art. 8 Einde ...", "Deel A.A Regeling ... art. 1 Algemeen art. 2 Lonen": contents entries run together.</summary>
    private static bool EntriesLine(string t) => t.Length <= 800 && EntryLead().IsMatch(t) && EntryStart().Count(t) >= 2;

    /// <summary>Whether one of the two non-blank lines before or after line <paramref name="i"/> is a contents line.</summary>
    private static bool NextToContents(List<TextLine> lines, int i, HashSet<int> toc) =>
        ContentsWithin(lines, i, toc, -1, 2, entriesBetween: false) || ContentsWithin(lines, i, toc, 1, 2, entriesBetween: false);

    /// <summary>Whether a contents line comes within three non-blank lines from line <paramref name="i"/> (in direction <paramref name="step"/>) with only entry-like lines between.</summary>
    private static bool ContentsReached(List<TextLine> lines, int i, HashSet<int> toc, int step) =>
        ContentsWithin(lines, i, toc, step, 3, entriesBetween: true);

    /// <summary>Walks up to <paramref name="reach"/> non-blank lines from line <paramref name="i"/> in direction <paramref name="step"/>:
    /// whether a contents line is among them (with <paramref name="entriesBetween"/>, only entry-like lines may come before it).</summary>
    private static bool ContentsWithin(List<TextLine> lines, int i, HashSet<int> toc, int step, int reach, bool entriesBetween)
    {
        int seen = 0;
        for (int j = i + step; j >= 0 && j < lines.Count && seen < reach; j += step)
        {
            if (lines[j].IsBlank) continue;
            if (toc.Contains(j)) return true;
            if (entriesBetween && !EntryLike(lines[j].Text.Trim())) return false;
            seen++;
        }
        return false;
    }

    /// <summary>A line shaped like a contents entry without its page number: a heading or a numbered title.</summary>
    private static bool EntryLike(string line) =>
        line.Length <= 100 && (AnyHeading(BareEntry(line)) is not null || BareNumberTitle().IsMatch(BareEntry(line).Trim()));

    /// <summary>A contents line without its dot leader, page number and loose dots ("Artikel 14. Staken van loon .." -> "Artikel 14. Staken van loon"); a sentence keeps its full stop.</summary>
    private static string BareEntry(string line) =>
        Strip(TrailingDots, PageSuffix().Replace(Strip(DotLeaderTail, WithoutOcrLeader(line)), ""));

    /// <summary>The text without what the pattern (picked by the text's length, see <see cref="PatternBudget.IsShort"/>) matches.</summary>
    private static string Strip(Func<string, Regex> pattern, string text) => pattern(text).Replace(text, "");

    private static bool IsContentsEntry(string line)
    {
        var t = line.Trim();
        if (t.Length > 140) return false;
        if (HasLeader(t) && !FillInLine(t) || WasReference().IsMatch(t)) return true;
        // "Afrekening van het loon Artikel 33", "Arbeidsongeschiktheid Artikel 64 e.v.": a line of an index by keyword (not a
        // table naming the law: "Temperatuur Arbobesluit artikel 6.1").
        if (KeywordIndexEntry(t).IsMatch(t)) return true;
        // "Bijlage III Voorschriften bij ziekte blz. 47", "1. Ziekmelding blz. 47 - 48": a page named as such.
        if (NamedPageSuffix(t).IsMatch(t)) return true;
        if (!PageSuffix().IsMatch(t)) return false;
        var bare = PageSuffix().Replace(t, "").Trim();
        return bare.Length > 0 && (AnyHeading(bare) is not null || BareNumberTitle().IsMatch(bare));
    }

    /// <summary>
    /// An article number standing alone on its line, its title on the next and body text after that ("8.5" /
    /// "Intrekking vakantieverlof" / "De werkgever ..."), as a page with the numbers in the margin reads. Not one
    /// of a stack of numbers ("6.2" / "6.3" / "6.4"): those the extractor took apart from their titles.
    /// </summary>
    private static string? BareArticleNumber(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (!BareDecimal().IsMatch(t)) return null;
        if (PreviousNonBlank(lines, i) is { } p && BareDecimal().IsMatch(lines[p].Text.Trim())) return null;
        // "... zoals bedoeld in artikel" / "5.3.": the number of a reference the line break carried over, no heading.
        if (PreviousNonBlank(lines, i) is { } r && ReferenceWordEnd().IsMatch(lines[r].Text.TrimEnd())) return null;
        if (NextNonBlank(lines, i) is not { } ti || !IsTitleLike(lines[ti].Text)) return null;
        if (NextNonBlank(lines, ti) is not { } bi) return null;
        var body = lines[bi].Text.Trim();
        if (BareDecimal().IsMatch(body) || !(body.Length >= 40 || ".:;".Contains(body[^1]))) return null;
        return t.TrimEnd('.');
    }

    /// <summary>
    /// A title that stands alone above its text: a sub-heading, or one that opens with a parenthesis ("(Voorgenomen) schorsing")
    /// after a blank line, above a sentence. Not a lettered title ("A. Verlof").
    /// </summary>
    private static bool SideTitle(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (LetteredTitle().IsMatch(t)) return false;
        // "SCHORSEN EN BEEINDIGEN" / "DIENSTVERBAND": a chapter's title in capitals, wrapped, among the numbers: no article's title.
        if (IsCapitals(t) && NextNonBlank(lines, i) is { } wn && IsTitleLike(lines[wn].Text) && IsCapitals(lines[wn].Text.Trim())) return false;
        if (IsSubHeading(lines, i, false)) return true;
        // "3.7" / "3.8" / ... / "Vervallen" / "Opzegging en benoeming ...": the title of an article that was struck out, alone after a
        // blank line, with no text of its own (the next title follows). It takes its number, so the next title gets the next one.
        if (VacatedTitle().IsMatch(t) && i > 0 && lines[i - 1].IsBlank) return true;
        // "8.9" / "8.10" / "Lang buitengewoon verlof ...": the title right under the numbers.
        if (IsTitleLike(t) && PreviousNonBlank(lines, i) is { } p && BareDecimal().IsMatch(lines[p].Text.Trim())) return true;
        return t.Length is > 3 and <= 80 && t[0] == '(' && char.IsLetter(t[1]) && !".;,:".Contains(t[^1]) && i > 0 && lines[i - 1].IsBlank
               && NextNonBlank(lines, i) is { } ni && lines[ni].Text.Trim() is var next && next.Length > 60 && ".:;".Contains(next[^1]);
    }

    /// <summary>A line in capitals: at least four letters, every one upper case ("DIENSTVERBAND", "1. WERKINGSSFEER").</summary>
    private static bool IsCapitals(string t) => t.Count(char.IsLetter) >= 4 && t.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>The titles (<see cref="SideTitle"/>) from line <paramref name="i"/> up to the next numbered heading.</summary>
    private static int SideTitlesUntilHeading(List<TextLine> lines, int i, HashSet<int> toc)
    {
        int n = 0;
        for (int j = i; j < lines.Count; j++)
        {
            if (lines[j].IsBlank || toc.Contains(j)) continue;
            if (AnyHeading(lines[j].Text) is not null || BareArticleNumber(lines, j) is not null || BareDecimal().IsMatch(lines[j].Text.Trim())) break;
            if (SideTitle(lines, j)) n++;
        }
        return n;
    }

    /// <summary>
    /// "3.11" after "3.10" (one more in the same chapter, two parts each); and, for a run of numbers a side column printed apart,
    /// "8.2.1" after "8.2" (its first sub-article), "8.1" after "7.3" or "7.2.4" (the next chapter's first article).
    /// </summary>
    private static bool NextInNumbering(string? last, string number)
    {
        if (last is null) return false;
        int a = last.IndexOf('.'), b = number.IndexOf('.');
        if (a > 0 && b > 0 && last.IndexOf('.', a + 1) < 0 && number.IndexOf('.', b + 1) < 0 && last[..a] == number[..b]
            && int.TryParse(LeadingDigits(last[(a + 1)..]), out int l) && int.TryParse(number[(b + 1)..], out int n) && n == l + 1) return true;
        if (number == last + ".1" && number.Count(c => c == '.') <= 2) return true;
        var np = number.Split('.');
        return np.Length == 2 && np[1] == "1" && a > 0 && int.TryParse(last[..a], out int lc) && int.TryParse(np[0], out int nc) && nc == lc + 1;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>Dot leaders up to a page number, a "?" (a broken field) or the line's end; or a leader OCR read as letters.</summary>
    private static bool HasLeader(string line) => DotLeader(line).IsMatch(line) || line.Length <= 220 && OcrLeaderAt(line) >= 0;

    /// <summary>
    /// Where a dot leader that OCR read as letters starts ("Artikel 9 Proeftijd enenneenenensnenen 4"): the
    /// first word of 18 or more letters written with at most a third as many different letters
    /// ("nenenseneneven"); real words, long Dutch compounds included, use far more. -1 for none.
    /// </summary>
    private static int OcrLeaderAt(string line)
    {
        foreach (Match m in LongWord(line).Matches(line))
            if (m.Value.ToLowerInvariant().Distinct().Count() * 3 <= m.Length) return m.Index;
        return -1;
    }

    /// <summary>
    /// A line of a form to fill in, not of a contents: its dots stand for what the reader writes in, and no page number follows them
    /// ("wonende te..........", "geboren ..........", "De arbeidsduur bedraagt ......... uren per week", "vanuit..........").
    /// It starts in lower case or with "(adres)", or the word before the dots is a word that goes on ("te", "van", "bedraagt"),
    /// or the dots stand between words.
    /// </summary>
    private static bool FillInLine(string t)
    {
        if (PageSuffix().IsMatch(t) || DotLeader(t).Match(t) is not { Success: true } leader || !(leader.Value.TrimEnd() is var lv && (lv.EndsWith('.') || lv.EndsWith('…')))) return false;
        // A line of dots only, no page number: a blank to write in (a contents line ends in its page number).
        if (!t.Any(char.IsLetterOrDigit)) return true;
        // "☐ anders, namelijk ........": a box to tick on a form.
        if ("☐❑□".Contains(t[0])) return true;
        if (char.IsLower(t[0]) || t[0] == '(' && t.Length > 1 && char.IsLower(t[1])) return true;
        // The word before the first run of dots ("... plaatsvinden op........ ......... ......", "... recht heeft, is....").
        var before = t[..(FillInDots().Match(t) is { Success: true } fd ? fd.Index : leader.Index)];
        // "De leerling wordt toegelaten tot de opleiding.........": a sentence of the form, not an entry's title.
        return FillInWord().IsMatch(before) || MidLeader().IsMatch(t[..leader.Index]) || FormSentence().IsMatch(before);
    }

    /// <summary>
    /// "Tussen de werkgever ........" above "gevestigd te ........", or "€ ........;" under "het uurloon bedraagt aldus" (a model
    /// contract's blanks to fill in): a line ending in dots (and a comma or semicolon) with no page number, next to a line that is a blank
    /// to write in. Not a contents entry, so it closes nothing.
    /// </summary>
    private static bool FormLine(List<TextLine> lines, int i)
    {
        var t = lines[i].Text.Trim();
        if (PageSuffix().IsMatch(t) || !t.TrimEnd(';', ',', ' ').EndsWith("...", StringComparison.Ordinal)) return false;
        if (!t.Any(char.IsLetterOrDigit)) return true; // "€ ........;": no words at all, only the blank
        return NextNonBlank(lines, i) is { } n && FillInLine(lines[n].Text.Trim()) || PreviousNonBlank(lines, i) is { } p && FillInLine(lines[p].Text.Trim());
    }

    private static string WithoutOcrLeader(string line) => OcrLeaderAt(line) is var at and >= 0 ? line[..at] : line;

    // "Functiefamilie: 7. ICT", "Functiefamilie: 20 A. Fiets", "Functiefamilie 1. Binnendienst", "Functiefamilie: 12 (vervallen)";
    // not a table's "Functiefamilie 1 Naam van de referentiefunctie".
    [GeneratedRegex(@"^Functiefamilie(?::\s*(?<n>\d{1,2})(?:\s?(?<l>[A-Z])\.)?\.?|\s+(?<n>\d{1,2})(?:\s?(?<l>[A-Z]))?\.)(?:\s+\S.*)?$")]
    private static partial Regex FamilyHeading();
    // "7.2 Applicatie-Engineer G", "20A.1 Eerste Fietstechnicus": a reference function of a family's list, with its level.
    [GeneratedRegex(@"^(?<f>\d{1,2}[A-Z]?)\.(?<k>\d{1,2})\.?\s+(?<t>\p{Lu}[^.;:]{1,60}?)(?:\s+[A-J])?$")]
    private static partial Regex ListedFunction();
    [GeneratedRegex(@"^FUNCTIEFAMILIE NUMMER:\s*\d")]
    private static partial Regex LevelTable();
    [GeneratedRegex(@"^Positie van de functie in de organisatie\b")]
    private static partial Regex ProfileOpening();

    // "Hoofdstuk 1 2 Onderwijs": a chapter number the extractor split is read whole (12); so is a Roman numeral in capitals
    // ("Hoofdstuk I II 80/90/100 REGELING" is chapter III, "Hoofdstuk I I MIJN LOOPBAAN" chapter II). So is the word itself
    // ("HOOF DSTUK III Arbeidsduur"), the typo "HOOFSTUK 3 ARBEIDSTIJD", and a number glued to it ("HOOFDSTUK6 VAKANTIE EN VERLOF"). Its word ("hoofdstuk", "afdeling") is kept.
    [GeneratedRegex(@"^(?:(?<word>h ?o ?o ?f ?d? ?s ?t ?u ?k)(?:\s+|(?=\d))|(?:(?<word>hfdst)\.|(?<word>thema|titel|afdeling|module))\s+)(?<num>\d{1,3}(?:\s\d(?=\s+[\p{Lu}\-–]|\s*$))?[a-z]?|(?-i:[IVX]{1,4}\s[IVX]{1,3})(?=\s+(?-i:[\p{Lu}\d])|\s*$)|[IVXLC]{1,6}|(?-i:[A-Z]))\b\.?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterPattern();
    // Numerals the extractor split are read whole: "BIJLAGE X IIA" is XIIA, "BIJLAGE IX B" IXB, "Bijlage 1 0" 10,
    // "Bijlage 1 1. Titel" 11, "BIJLAGE 11 E" (its title on the next line) 11E.
    // "Bijlage 5.3 Middelloonregeling" and "Bijlage G .1: Overgangsregeling": a sub-appendix keeps its whole number. "Bijlage xiv" is XIV.
    // "Bi jlage 8" (the extractor split the word, as "HOOF DSTUK 3"). "Bijlage B.IV Regels ..." (also "Bijlage B.I, Arbeidstijden"): a
    // sub-appendix of Bijlage B numbered in roman numerals ("B.IIl", an l for the last I, is B.III). "BULAGE 2: ..." and "BUJLAGE I - ..."
    // are the OCR's reading of BIJLAGE in capitals (IJ read as U; the same scans write "WERKTUJDEN", "ONDERWUS"), only with a colon or
    // dash after the number (or nothing): the scanned contents lines "BULAGE IX REGELING ..." stay what they were.
    [GeneratedRegex(@"^(?:bi ?jlage|(?-i:BUJ?LAGE)(?=\s+[\dIVX]{1,4}\s*(?:[:–—-]|$)))\s+(?<num>\d{1,2}(?:\.\s?\d{1,2}(?=[.\s]|$)){1,2}|\d{1,2}(?:\s\d(?=\.?\s+\p{Lu}|\s*$))?[a-z]?(?:\s(?-i:[A-H])(?=\s*$))?|\d{3}|(?-i:[A-Z]) ?\.\d{1,2}(?=[:.\s]|$)|(?-i:[A-Z]\.[IVX]{1,5}l?)(?=[,:.\s]|$)|(?-i:[IVXLC]{1,6}(?:\s[IVXLC]{1,4})?(?:\s?[A-H](?=\s|$))?)|(?-i:[ivxlc]{2,6})(?=\s)|[A-Z])\b\.?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixPattern();
    [GeneratedRegex(@"^0\d\.(?:\d{2}(?!\d))?")]
    private static partial Regex ZeroPaddedCode();
    [GeneratedRegex(@"^protocol\s+(?<num>\d{1,2}|(?-i:[IVX]{1,5}|[A-H]))\b[.:]?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProtocolPattern();
    [GeneratedRegex(@"^aanhangsel\s+(?<num>\d{1,2}|(?-i:[IVX]{1,5}|[A-H]))\b[.:]?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddendumPattern();
    // "BIJLAGE 3. 11,75 x 19,76 uur", "BIJLAGE 1. (100+4,0%+3,5%) ...": a step of a sum.
    [GeneratedRegex(@"^\d[\d.,:]*\s*(?:[-x×=/]|$)|=|\d%?\s*\+\s*\d")]
    private static partial Regex SumTitle();
    [GeneratedRegex(@"\b(?:in|van|de|het|een|zie|volgens|conform|tot|en|of|met|bij|op|aan|uit|naar|voor|als|onder|genoemd|bedoeld|opgenomen|vermeld|vastgelegd|staat|staan)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLead();
    // "Artikel B.2" and "Artikel Q-1": articles numbered after their appendix's or chapter's letter; "Artikel 8A:12" and
    // "Artikel 14A.1" in a chapter inserted after another; "Artikel 3. 19" a number the extractor split after its dot; "Artikel 1 3 . Titel" and "Artikel 15 a . Titel" ones split before their dot too;
    // "Artikel 4 5b. Titel" and "Artikel 3 3. Titel" are articles 45b and 33, "Artikel 7 a Titel" and "Artikel 30 a. Titel" 7a and 30a, "Artikel M-1-a" M-1-a,
    // "Artikel 1.2.a Titel" 1.2.a (in 1.2), "Artikel 1 2 - Titel" 12, "Artikel 14. 4" alone on its line 14.4, "Artikel 10 .1 Titel" 10.1, "Artikel 7: 661 BW" 7:661; "Artikel C.1 3" C.13 and "Artikel B. 4 Titel" B.4 (a lettered number split by the extractor); "Artikel 16 A  Jaarlijkse beoordeling" (also "Artikel 1 4 A. Werktijden") is article 16a, its letter set apart in capitals (not "Artikel 20 U bent ...", "Artikel 94 C ao ...").
    [GeneratedRegex(@"^(?:artikel|art\.|paragraaf)\s*(?<num>(?-i:[A-Z])(?:[.-]|\.\s)(?:\d\s\d(?=\s+[\p{Lu}(]|\s*$)|\d{1,2})(?:[a-z]|-(?-i:[a-z])(?!\p{L}))?(?:\.\d{1,2})?|\d{1,3}(?:[a-z](?=[.:]\d))?(?::\s?\d{1,4}[a-z]{0,2}(?=\s|$))?(?:\.\d{1,3}|\.\s\d{1,2}(?=\s+\p{Lu}|\s*$)| \.\d{1,2}(?=\s+[\p{Lu}(]|\s*$)){0,3}(?:\.(?-i:[a-z])(?=\s))?(?:\s\d(?=[a-z]?\.?(?:\s\.)?(?:\s+[\p{Lu}(]|\s+[-–]\s+\p{Lu}|\s*$)))?[a-z]?(?:\s(?-i:[a-z])(?=\s\.\s|\.?\s+(?:[-–]\s*)?(?-i:[\p{Lu}(])|\s+[-–]\s|\s*$)|\s(?-i:[A-H](?=\.?\s+[\p{Lu}(]|\.?\s*$)))?)\b\.?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlePattern();
    [GeneratedRegex(@"^§\s*(?<num>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)\b\.?(?<title>.*)$")]
    private static partial Regex SectionSignPattern();
    // "3.8 .1", "3. 5 .1", "3 .1. 4", "3.8 . 4", "3 . 2 . 6", "2 . 3 .2" and "10.16. 3" are numbers the extractor split, and so is
    // "2 . 3" or "1. 2" over a title in capitals ("2 . 3   P LOE GEND IENST", "1. 2 V OORAFGAANDE UITZENDR ELATIES", and "3.1 0 P ENSIOEN"
    // for 3.10; session 31);
    // "3. 5 De ..." is a lid, not article 3.5. "15.6.a Recht op verlof"
    // (also "15.7 .b") is a lettered sub-article of 15.6; "3.5a Oproepovereenkomst" an article inserted after 3.5.
    // "3.5 (Tussentijdse) beëindiging" and "3.4 'Meerwerk' door deeltijders": a title that opens with a bracket or a quote; "3.26 —_Uitsluiting"
    // and "3.23, Voorwaarden": scan noise between the number and its title (not "02.10 - Functienaam" or "02.07 — Planner", a function's
    // code, nor "00.3.2 (Bloementeelt)" or "00.1.1 (Groenteteelt) c 00.2.1", a code and its sector in brackets: a word must follow the bracket) (session 29).
    [GeneratedRegex(@"^(?<num>\d{1,2} ?\. ?\d{1,2} ?\. ?\d{1,2}(?=\.?\s+\p{Lu})|\d{1,2} ?\. \d{1,2}(?=\s+\p{Lu}[^\p{Ll}]*$)|\d{1,2}\.\d \d(?=\s+\p{Lu}[^\p{Ll}]*$)|\d{1,2}(?: ?\.\d{1,2}){1,3}(?:[a-z](?=\s)|(?: ?\.[a-h](?=\.?\s)))?|\d{1,2}\. \d{1,2} ?\.\d{1,2}(?: ?\.\d{1,2})?)\.?(?:\s+|\s?(?:[—–-]?_|,)\s*(?=\p{Lu})|(?=\(\p{Lu}))(?<title>(?:\((?=\p{Lu}[^()]{0,40}\)\s*\p{L}{3})|['‘](?=\p{Lu}))?\p{Lu}.*)$")]
    private static partial Regex DecimalPattern();
    // "IJKFUNCTIE ARCHITECTUUR & ONTWERP 4": the header of a reference function's sheet in a function house (session 32; before, the
    // sheets ran on in one another under the part, "Deel II > Contacten (14)").
    // "Functiecategorie: Productie Manager productie II Functienummer: P.08" reads as "Functiegroep: ..." (szw-1496: the MANAGER FINANCIEN
    // sheet was named after the one before it, "Bezorger (2)"); so does "... Operator inpak IIFunctienummer: P.05", the numeral glued to the word.
    // "functie Meewerkend voorman orderverzamelen Functiegroep" whose group letter the layout put on the next line ("C") is a sheet's
    // header too (session 32; before, the sheet ran on in the one before it, "Orderverzamelaar > Functiecontext (2)").
    [GeneratedRegex(@"^(?:Functienaam\s*:\s*(?<n>[^:]{2,60})|Functie\s+(?<n>\p{Lu}[^:]{1,60}?)\s+Functiecode\s*:.*|Functie(?:groep|categorie)\s*:\s*\S+\s+(?:(?:\p{Ll}|&)\S*\s+){0,3}(?<n>\p{Lu}[^:]{1,60}?)(?:\s+|(?<=[IVX])(?=Functienummer))F ?u ?n ?c ?t ?i ?e ?n ?u ?m ?m ?e ?r\s*:.*|FUNCTIE\s+(?<n>\p{Lu}[\p{L}\p{N} /&().,'-]{2,60}?)(?:\s+\d{1,2}(?:\.\d{1,2})*)?|FUNCTIEOMSCHRIJVING\s+(?<n>\p{Lu}[\p{L}\p{N} /&().,'-]{2,60}?)\s+[A-Z]{1,2}\.\d{1,2}(?:\.\d{1,2})*|IJKFUNCTIE\s+(?<n>\p{Lu}[\p{L}\p{N} /&().,'-]{2,60}?)|" +
        @"(?<sheet>(?:functiedocument\s+)?[Ff]unctie\s+(?<n>[\p{Lu}\d][^:]{1,60}?)\s+F ?u ?n ?c ?t ?i ?e ?g ?r ?o ?e ?p(?:\s+[A-Z])?))$")]
    private static partial Regex FunctionLine();
    // "Niet van toepassing. functiedocument functie Bedrijfsleider III Functiegroep H": a function sheet's header (its footer word, its
    // name and group) that a joined page break left behind the last sentence of the sheet before.
    private const string GluedFunctionSheetText = @"^(?<before>.*?\S)\s*(?<head>(?:functiedocument\s+)?functie\s+[\p{Lu}\d][^:]{1,60}?\s+F ?u ?n ?c ?t ?i ?e ?g ?r ?o ?e ?p\s+[A-Z])\s*$";
    [GeneratedRegex(GluedFunctionSheetText)]
    private static partial Regex GluedFunctionSheetTimed();
    [GeneratedRegex(GluedFunctionSheetText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex GluedFunctionSheetShort();
    private static Regex GluedFunctionSheet(string input) => PatternBudget.IsShort(input) ? GluedFunctionSheetShort() : GluedFunctionSheetTimed();
    // "Hoofdstuk 1 de arbeidsovereenkomst", "Artikel 2 de wettelijke transitievergoeding": a title may start with an article.
    [GeneratedRegex(@"^(?:van|lid|leden|sub|onder|en|of|tot|t/m|jo|bw|e\.v|eerste|tweede|derde|vierde|vijfde|in|op|bij|met|voor|uit|zoals|als|dat|die|deze|dit|wordt|is|zijn|geldt|gelden|bedoeld|genoemd|vermeld|blijft|vervalt|treedt|wet|cao)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceGoesOn();
    // "Hoofdstuk 9 bespreekt de instellingen waarin ...", "Artikel 8.6 zevende lid": a sentence or a reference, no title.
    [GeneratedRegex(@"\b(?:lid|leden|bespreekt|beschrijft|regelt|bevat|geeft|noemt|waarin|waarbij|welke|omdat|hierna|hieronder)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceWord();
    // "... bevat de functiematrix", "... beschrijft het", "... regelt een": a verb that says what a named text holds, then its object.
    [GeneratedRegex(@"\b(?:bevat|bevatten|beschrijft|beschrijven|regelt|regelen|bespreekt|omvat|omvatten)\s+(?:de|het|een|alle|nadere)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixSentenceVerb();
    [GeneratedRegex(@"^[A-Z][.)]\s+\(?\p{Lu}\p{Ll}")]
    private static partial Regex LetteredTitle();
    // "Leidinggevende functies", "Staffuncties": a group heading of a function book (not "Verschillen met andere functies").
    [GeneratedRegex(@"^(?:\p{L}[\p{L}-]+\s+)?[\p{L}-]*functies$", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionGroup();
    // "BIJLAGE AANVULLING ARBEIDSOVEREENKOMST, VERGOEDING VAN DE ...", "BIJLAGE TOELICHTING BIJ DE VOORBEELD-AANSTELLINGSBRIEF": the word
    // in capitals over an unnumbered title in capitals of three words or more.
    [GeneratedRegex(@"^BIJLAGE\s+(?!BIJLAGE\b)(?<t>[A-Z][A-Z'’,:&/()-]+(?:\s+[A-Z'’,:&/()-]+){2,})$")]
    private static partial Regex FormAppendixTitle();
    // The lists and rasters of a function book: "Functierangschikkingslijst supermarkten", "REFERENTIEFUNCTIERASTER", "Overzicht
    // functieprofielen", "Raster referentiefuncties ...", "Functieraster cao GEO", "Indelingsformulier functie-onderzoek"; and the overview of
    // the next family of reference functions, "FUNCTIEFAMILIE TECHNISCH ONTWERP" (in capitals, not "FUNCTIEFAMILIE NUMMER: 7 ...").
    [GeneratedRegex(@"^(?:Overzicht\s+functieprofielen|Functierangschikkingslijst|Referentiefunctieraster|Raster\s+referentiefuncties|Functieraster|Indelingsformulier|(?-i:FUNCTIEFAMILIE\s+[A-Z][^a-z:]*))\b[^.:;]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionBookList();
    [GeneratedRegex(@"(?<=^|\s)VRAGENLIJST\s+FUNCTIE\s?-?\s?ONDERZOEK\s*$")]
    private static partial Regex Questionnaire();
    [GeneratedRegex(@"^(?:Bijlage|BIJLAGE)\s?:\s+(?<t>\p{Lu}[^.;:…]{3,100})$")]
    private static partial Regex ColonAppendix();
    // The heading that opens a job profile: its purpose, context, level or place ("Functiedoel", "Binnen welke kaders ben ik werkzaam?
    // (Context)", "Functieniveaukarakteristiek", "Positie in de organisatie").
    [GeneratedRegex(@"^(?:functie\S*|doel\b.*|.*\bcontext\)?|.*\bkaders\b.*|.*karakteristiek|positie\b.*|plaats in de organisatie|algemene kenmerken)$")]
    private static partial Regex ProfileSection();
    // "Rapporteert aan teamleider", "Geeft leiding aan ...": a line of a profile's header, not its name.
    [GeneratedRegex(@"^(?:rapporteert|geeft|ressorteert|valt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportsTo();
    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();
    // "1. De werknemer", "b) het loon", and the lid written as a word: "Lid 3 De werkgever", "Lid 2." (a line of its own).
    // "1 a. Is de werknemer ziek?" is lid 1 that opens with its item a (and "1 b. ..." after it is still lid 1); so is "2.a. In het
    // kader van ..." (then "2.b. ...") lid 2 (session 32). "2 . Perspectief" and
    // "d . bij een jubileum": a marker whose dot the extractor set apart (not "2 . 1 .2 Titel", a decimal number split so).
    // "1.Het college:": a lid whose number the extractor ran into its first word. "Lid2 De werkgever ...": the word "Lid" run into
    // its number (session 32).
    [GeneratedRegex(@"^(?:(?<n>\d{1,2}|[a-z])(?:[.)]|\s\.(?=\s+[^\s\d]))\s+\S|(?<n>\d{1,2})\s(?=[a-h][.)]\s+\p{Lu})|(?<n>\d{1,2})\.(?=[a-h]\.\s+\p{Lu})|(?<n>\d{1,2})\.(?=\p{Lu}\p{Ll}{2,}\s)|Lid\s*(?<n>\d{1,2})\.?(?:\s+\S|\s*$))")]
    private static partial Regex LidPattern();
    // "Lid 3" alone on its line.
    [GeneratedRegex(@"^Lid\s+(?<n>\d{1,2})\.?$")]
    private static partial Regex LidLabel();

    [GeneratedRegex(@"^Lid\s*\d{1,2}\.?\s+\p{Lu}")]
    private static partial Regex LidLabelInline();

    [GeneratedRegex(@"^Lid\s*\d")]
    private static partial Regex LidWord();

    [GeneratedRegex(@"^Voorbeeld(\s+\d{1,2})?\s*:?$")]
    private static partial Regex WorkedExample();
    // "Cao Glastuinbouw", "CAO 24.00", "van de cao": a cao named right after an article's number (not "Cao-loon").
    [GeneratedRegex(@"^(?i:cao|van\s+de\s+cao)\b(?![-‐])")]
    private static partial Regex CaoAfterNumber();
    // "Wet minimumloon en minimumvakantiebijslag", "BW": the title of a law's article quoted in an appendix.
    [GeneratedRegex(@"^(?:Wet|Besluit)\s|\bBW$")]
    private static partial Regex LawTitle();
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+\p{Lu}\p{Ll}*\s+\p{L}")]
    private static partial Regex DotlessLidPattern();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s+a\s+\p{Lu}\p{Ll}*\s+\p{L}")]
    private static partial Regex DotlessItemLid();
    // "... heeft ontvangen.3": a sentence's end with a footnote's number run into it.
    [GeneratedRegex(@"\p{Ll}{2}[.;]\d{1,2}$")]
    private static partial Regex FootnoteEnd();
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+\p{Lu}\S*(?:\s+\S+){3}")]
    private static partial Regex DotlessSentence();
    // "4.5": chapter and article, nothing else.
    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})$")]
    private static partial Regex PlainDecimal();
    // "4.1", "4:1", "4.1.1": the first article of a chapter.
    [GeneratedRegex(@"^\d+[.:]1(?:\.1)*$")]
    private static partial Regex FirstOfChapter();
    [GeneratedRegex(@"^(\d{1,2})\.\s")]
    private static partial Regex NumberedTitleStart();
    [GeneratedRegex(@"^(?<n>[A-H])\.\s+\p{Lu}\p{Ll}*\s+\p{L}")]
    private static partial Regex CapitalLidPattern();
    [GeneratedRegex(@"^(?<before>.{19,}[.;:!?])\s+(?<head>(?:(?:Hoofdstuk|HOOFDSTUK|Artikel|ARTIKEL|Bijlage|BIJLAGE)\s+(?:\d{1,3}[a-z]?|[IVX]{1,5})|(?:Bijlage|BIJLAGE)\s+[A-Z])\.?\s+(?<title>\p{Lu}[^.;:!?\d]{2,70}))$")]
    private static partial Regex GluedHeadingAfterSentence();
    [GeneratedRegex(@"^(?<before>(?:De heer|Mevrouw|Dhr\.?|Mevr\.?|Mw\.?)\s.{2,50}?)\s+(?<head>(?:Bijlage|BIJLAGE|Protocol|PROTOCOL)\s+(?:\d{1,3}[a-z]?|[A-Z]|[IVX]{1,5})\.?\s+(?<title>\p{Lu}[^.;:!?\d]{2,70}))$")]
    private static partial Regex GluedAppendixAfterSigner();
    [GeneratedRegex(@"^(?<before>.{0,80}?(?:19|20)\d{2}\s?\d{0,3}|\d{1,3} \d{1,2}|\d{2,3})(?<=\d)(?<head>(?:Artikel|ARTIKEL|Bijlage|BIJLAGE|Hoofdstuk|HOOFDSTUK)\s+(?:\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?|[A-Z]|[IVX]{1,5})\.?(?:\s+(?<title>\p{Lu}[^.;:!?]{2,90}))?)$")]
    private static partial Regex GluedHeadingAfterPageNumber();
    [GeneratedRegex(@"^(?<l>[a-h])\.\s+(?<t>\p{Lu}.{2,90})$")]
    private static partial Regex AppendixSubLetter();
    [GeneratedRegex(@"^(?:Loongroep|Functiegroep|Salarisgroep|Salarisschaal|Schaal|Loonschaal)\s+[IVX]{1,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex PayGroupTitle();
    [GeneratedRegex(@"^(?<before>.{19,}[.;!?])\s+(?<head>(?<num>\d{1,2}\.\d{1,2})\.?\s+(?<title>\p{Lu}[^.;:!?\d]{2,60}))$")]
    private static partial Regex GluedDecimalAfterSentence();
    [GeneratedRegex(@"^(?<before>\d{1,3}[a-z]?[.,;]?)\s+(?<head>(?:Hoofdstuk|HOOFDSTUK|Artikel|ARTIKEL|Bijlage|BIJLAGE)\s+(?:\d{1,3}[a-z]?|[IVX]{1,5})\.?\s+(?<title>\p{Lu}[^.;:!?\d]{2,70}))$")]
    private static partial Regex GluedHeadingAfterNumber();
    private const string GluedAppendixAfterNumberText = @"^(?<before>.{3,}?\d) +(?<head>(?:BIJLAGE|Bijlage|AANHANGSEL|Aanhangsel) +(?:[A-Za-z]|\d{1,2}[A-Z]?|[IVX]{1,5}) ?\.? +(?<dash>[-–] +)?(?<title>\p{Lu}[^.;:!?\d]{2,70}))$";
    [GeneratedRegex(GluedAppendixAfterNumberText)]
    private static partial Regex GluedAppendixAfterNumberTimed();
    [GeneratedRegex(GluedAppendixAfterNumberText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex GluedAppendixAfterNumberShort();
    private static Regex GluedAppendixAfterNumber(string input) => PatternBudget.IsShort(input) ? GluedAppendixAfterNumberShort() : GluedAppendixAfterNumberTimed();
    [GeneratedRegex(@"\b(?i:artikel|art\.|lid|bijlage|hoofdstuk|sub)\s+\S{1,6}$")]
    private static partial Regex NumberedReferenceEnd();
    // "5. Verplichting tot een plan": a numbered title, short, over its own text.
    [GeneratedRegex(@"^\d{1,2}\.\s+\p{Lu}.{2,88}$")]
    private static partial Regex NumberedTitleText();
    // "PROTOCOL WERKEN BIJ HITTE", "PROTOCOLAFSPRAKEN", "SPELREGELS BIJ GESCHIL", "GESCHILLENREGLEMENT": a regulation's or protocol's title.
    [GeneratedRegex(@"^PROTOCOL|^SPELREGELS\b|REGLEMENT\b")]
    private static partial Regex RegulationWord();
    [GeneratedRegex(@"^(?<before>(?i:bijlage)\s+\w{1,5},\s*blad\s+\d{1,3})\s+(?<head>(?<title>\S.*))$")]
    private static partial Regex PageLabelBeforeHeading();
    [GeneratedRegex(@"\b(?i:bijlage|artikel|art\.|hoofdstuk|lid|pagina|blz\.)\s*$")]
    private static partial Regex ReferenceWordEnd();
    // "33. 3. Als je ...", "l. 2. Wanneer ...": a carried-over reference number or letter, then the next lid's number and its sentence.
    [GeneratedRegex(@"^\s*(?:\d{1,3}|\p{Ll})\.\s+(?<n>\d{1,2})\.\s+\p{Lu}")]
    private static partial Regex CarriedOverBeforeLid();
    [GeneratedRegex(@"^[A-Z]\.[IVX]{1,5}l?$")]
    private static partial Regex LetterRomanNumber();
    [GeneratedRegex(@"^(?:BIJLAGE|DEEL [A-Z])$")]
    private static partial Regex RunningHeaderWord();
    [GeneratedRegex(@"^(?<h>BIJLAGE|DEEL [A-Z])\s+(?<lid>(?:\d{1,2}|[a-z])\.\s+\S)")]
    private static partial Regex HeaderBeforeLid();
    private const string GluedChapterAfterTitleText = @"^(?<before>.{3,60}?[^\s.;:,])\s+(?<head>HOOFDSTUK\s+\d{1,2}\s+(?<title>[^\p{Ll}.;:!?\d]{3,70}))$";
    [GeneratedRegex(GluedChapterAfterTitleText)]
    private static partial Regex GluedChapterAfterTitleTimed();
    [GeneratedRegex(GluedChapterAfterTitleText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex GluedChapterAfterTitleShort();
    private static Regex GluedChapterAfterTitle(string input) => PatternBudget.IsShort(input) ? GluedChapterAfterTitleShort() : GluedChapterAfterTitleTimed();
    // "Artikel 5 Ziekte 1. De werknemer ...", "9.3 Vakbondswerk 1. Bestuurders ...": a heading, then lid 1 on the same line.
    [GeneratedRegex(@"^(?:(?i:artikel|art\.)\s*)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?\s+(?<title>[^\d]{3,90}?)\s(?<lid>1[.)]\s+\p{Lu}\p{Ll}*\s+\p{L})")]
    private static partial Regex GluedLidPattern();
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){1,2}\.?$")]
    private static partial Regex BareDecimal();
    // "10.1 Een personeelsvertegenwoordiging instellen", "10 De medezeggenschap", "2. Over deze cao": a contents entry's number and title.
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?:[^\p{L}\d(\s]{1,2}\s*)?(?<t>[\p{L}(].*)$")]
    private static partial Regex ContentsEntryNumber();
    // "6.10a": a chapter's article number with at most one letter, nothing else.
    [GeneratedRegex(@"^(?<a>\d{1,2})\.(?<b>\d{1,2})(?<l>[a-z]?)$")]
    private static partial Regex SideNumber();
    // "6.10a van ontslag. Het bepaalde ...": a side column's number run into the sentence it stood beside.
    [GeneratedRegex(@"^(?<n>\d{1,2}\.\d{1,2}[a-z]?) (?=\p{Ll}{2,}\s)")]
    private static partial Regex GluedSideNumber();
    [GeneratedRegex(@"^(?<num>\d{1,2}(?:\.\d{1,3}){1,3})\.?\s+(?<title>\p{Lu}[^:]*?)(?:\s+[-–]\s+(?!(?:en|of|tot)\b)(?<rest>.*))?$")]
    private static partial Regex RuleRowPattern();
    // "13 Vakbondswerk, medezeggenschap, ... sociaal jaarverslag": a long numbered title in a contents.
    [GeneratedRegex(@"^\s*\d{1,2}\.?\s+\p{Lu}[^.;:!?]*$")]
    private static partial Regex NumberedLine();
    [GeneratedRegex(@"^\d{1,2}\.?\s+(?<n>\p{Lu}.{1,60})$")]
    private static partial Regex NumberedName();
    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}")]
    private static partial Regex UnitSection();
    [GeneratedRegex(@"^(?:schaal|salarisschaal|functiegroep|functieniveau|loongroep|salarisgroep)\s*:?\s*[\w.-]{1,8}$", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleLine();
    [GeneratedRegex(@"^(?:Algemeen|Algemene kenmerken|Doel|Doel van de functie|Functiedoel|ALGEMEEN|ALGEMENE KENMERKEN|DOEL|DOEL VAN DE FUNCTIE|FUNCTIEDOEL)$")]
    private static partial Regex ProfileStart();
    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+(?<t>\p{Lu}[^.;:!?]{2,78})$")]
    private static partial Regex NumberedTitlePattern();
    [GeneratedRegex(@"^1[.)]\s+\p{Lu}")]
    private static partial Regex FirstLid();
    [GeneratedRegex(@"^(?i:bijlage)\s+(?=(?i:bijlage)\s)")]
    private static partial Regex DoubledAppendixWord();
    [GeneratedRegex(@"^(?<n>\d{1,3})\.\s*(?=(?i:artikel)\s+\k<n>\b)")]
    private static partial Regex ListNumberBeforeArticle();
    [GeneratedRegex(@"\((?:vacant|vervallen)\)\s*$|\b(?:vervallen|vacant)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Vacant();
    // "... gebeurtenissen 70 in ziekenhuizen ...": a contents line's page number inside a long title.
    [GeneratedRegex(@"\s\d{2,3}\s")]
    private static partial Regex PageNumberInside();
    // "Vakkracht en vakvolwassen 1. Als je ...": a lid behind a margin keyword (not "artikel 1. De", "7.1. De", "bijlage 1. Het"), also
    // one in capitals ("FWG VVT 1. Je werkgever ...").
    private const string GluedLidText = @"(?:\p{Ll}|\b\p{Lu}{2,5})\)?\s+(?<!(?i:artikel|art\.|lid|bijlage|hoofdstuk|sub|onder|punt|fase|stap|niveau|groep|schaal|deel)\s+)(?<n>\d{1,2})\.\s+\p{Lu}\p{Ll}*\s+\p{L}";
    [GeneratedRegex(GluedLidText)]
    private static partial Regex GluedLidTimed();
    [GeneratedRegex(GluedLidText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex GluedLidShort();
    private static Regex GluedLid(string input) => PatternBudget.IsShort(input) ? GluedLidShort() : GluedLidTimed();
    // "(vacant)Artikel 16:21", "(vacantArtikel 16:27", "vervallen Artikel 9": where the next article's heading starts on a vacant one's line.
    private const string GluedAfterVacantText = @"(?<=\((?:vacant|vervallen)\)?|\b(?:vacant|vervallen))\s*(?=(?:Artikel|ARTIKEL)\s*\d)";
    [GeneratedRegex(GluedAfterVacantText, RegexOptions.IgnoreCase)]
    private static partial Regex GluedAfterVacantTimed();
    [GeneratedRegex(GluedAfterVacantText, RegexOptions.IgnoreCase, PatternBudget.NoClock)]
    private static partial Regex GluedAfterVacantShort();
    private static Regex GluedAfterVacant(string input) => PatternBudget.IsShort(input) ? GluedAfterVacantShort() : GluedAfterVacantTimed();
    private const string TrailingDotsText = @"(?:\s+\.+|\.{2,}|(?<=^(?i:artikel|art\.)\s.{3,70})\.)\s*$";
    [GeneratedRegex(TrailingDotsText)]
    private static partial Regex TrailingDotsTimed();
    [GeneratedRegex(TrailingDotsText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex TrailingDotsShort();
    private static Regex TrailingDots(string input) => PatternBudget.IsShort(input) ? TrailingDotsShort() : TrailingDotsTimed();
    [GeneratedRegex(@"^(\d{1,2}[a-z]?)[:.]\d")]
    private static partial Regex ArticleChapter();
    [GeneratedRegex(@"^(?i:artikel|art\.)\s")]
    private static partial Regex ArticleWord();
    [GeneratedRegex(@"^\(?(?:Vervallen|VERVALLEN)\)?\.?$")]
    private static partial Regex VacatedTitle();
    // "Toelichting", "14. Toelichting", "Artikelsgewijze toelichting", "Toelichting op enkele artikelen van het reglement".
    [GeneratedRegex(@"^(?:\d{1,2}\.\s*)?(?i:(?:artikelsgewijze\s+)?toelichting(?:\s+op\s+(?:enkele\s+|de\s+)?artikelen\b.{0,60})?)$")]
    private static partial Regex CommentaryTitle();
    // "Aantekeningen:", "Aantekening :", "Aantekening en:" (a word the extractor split): notes under a lid or article.
    [GeneratedRegex(@"^(?i:aantekening(?:\s?en)?)\s*:?$")]
    private static partial Regex NoteTitle();
    [GeneratedRegex(@"^\s*(?i:de|het|een)\s+")]
    private static partial Regex LeadingArticle();
    [GeneratedRegex(@"^\s*[-–]\s+\S.{0,160}$")]
    private static partial Regex DashedPoint();
    [GeneratedRegex(@"^(?:De|Het|Deze|Dit|Hij|Zij|Wij|U|Je|Indien|Als|Bij|Op|In)\s")]
    private static partial Regex SentenceSubject();
    [GeneratedRegex(@"\bop\s+(?:enkele\s+|de\s+)?artikelen\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnArticles();
    // "art. 7 Keten", "Artikel 12 Loon": where a contents entry starts.
    [GeneratedRegex(@"(?:^|\s)(?i:artikel|art\.)\s*\d{1,3}[a-zA-Z]?\s+\p{Lu}")]
    private static partial Regex EntryStart();
    [GeneratedRegex(@"^(?i:artikel|art\.|deel|bijlage|hoofdstuk|thema)\s")]
    private static partial Regex EntryLead();
    [GeneratedRegex(@"\b(?:e\.d|e\.a|enz|etc)\.$")]
    private static partial Regex AbbreviationEnd();
    private const string KeywordIndexEntryText = @"^\p{Lu}[^.;:!?]{2,80}\s(?:Artikel|Art\.|art\.)\s*\d{1,3}[a-z]?(?:\.\d{1,2})?(?:\s*e\.v\.)?$";
    [GeneratedRegex(KeywordIndexEntryText)]
    private static partial Regex KeywordIndexEntryTimed();
    [GeneratedRegex(KeywordIndexEntryText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex KeywordIndexEntryShort();
    private static Regex KeywordIndexEntry(string input) => PatternBudget.IsShort(input) ? KeywordIndexEntryShort() : KeywordIndexEntryTimed();
    // "... volgens tabel" / "8.2.1. Op het ...": also a table's, an article's or a lid's number carried to the next line.
    // "... wordt verwezen naar" / "Artikel 27." and "... bij Artikel 17 en" / "Artikel 18 (n.a.v. ...)": a reference that goes on (session 32).
    [GeneratedRegex(@"\s(?i:ex|zie|volgens|conform|krachtens|bedoeld in|genoemd in|vermeld in|op grond van|behorend bij|behorende bij|tabel|artikel|artikelen|art\.|lid|paragraaf|verwezen naar|(?:artikel|art\.)\s*\d{1,3}[a-z]?(?:\.\d{1,2}){0,2}(?:,?\s+lid\s+\d{1,2})?\s+(?:en|of|t/m))\s*$")]
    private static partial Regex WrappedBeforeReference();
    [GeneratedRegex(@"^(?i:definities|begrippen|begripsbepalingen|algemeen|algemene bepalingen|toelichting|inleiding|slotbepalingen)$")]
    private static partial Regex GenericSectionTitle();
    [GeneratedRegex(@"\b(?:als|de|het|een|van|voor|op|aan|in|met|bij|naar|door|over|om|tot|te|per|en|of|dat|die|indien|wanneer|is|zijn|wordt|worden|heeft|hebben|kan|kunnen|zal|moet)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnd();
    // "Artikel 5 vaststelling salaris van de (leerling)werknemer die een vervolg- of": an article's word, number and (first line of) title.
    [GeneratedRegex(@"^(?:Artikel|ARTIKEL)\s+(?<n>\d{1,3})\.?\s+(?<t>\p{L}[^.;:!?]{10,100})$")]
    private static partial Regex WrappedArticleTitle();
    [GeneratedRegex(@"^[12]\.\d")]
    private static partial Regex LowChapterNumber();
    // "(Zie artikel 1.4 van de cao)", "Zie artikel 53 CAO", "(Ex artikel 31 cao OB)", "Behorende bij artikel 19 (...)": a title's reference line.
    [GeneratedRegex(@"^\(?\s*(?:zie(?: ook)?|ex|behorende? bij|als bedoeld in|op grond van)\s+(?:de\s+|het\s+)?(?:artikel|artikelen|art\.|hoofdstuk|afdeling|bijlage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleReference();
    // "(resultaten) (activiteiten)": a table's column captions in brackets.
    [GeneratedRegex(@"^(?:\([^()]{1,40}\)\s*){1,4}$")]
    private static partial Regex CaptionLine();
    [GeneratedRegex(@"^lid\s*\d+\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex LidLabelLine();
    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberGroup();
    // "4. de vergoeding", "2) 70% arbeidsduur": a numbered point of a list (not "Lid 2").
    [GeneratedRegex(@"^(\d{1,2})[.)]\s+(?=\S)")]
    private static partial Regex ListPoint();
    // "... ploegendienst en", "... reiskosten, of": a point of a list that the next one continues.
    [GeneratedRegex(@"\b(?:en|of|en/of|alsmede)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListGoesOn();
    // "Premieverdeling bij", "Kern van de": a title cut off before its last words.
    [GeneratedRegex(@"\b(?:als|de|het|een|van|voor|op|aan|in|met|bij|naar|door|over|om|tot|te|per|en|of)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();
    // "Als de werkgever" / "Tijdens verlof in verband met adoptie" above bullets: the start of a sentence its bullets finish.
    [GeneratedRegex(@"^(?:als|indien|wanneer|tijdens|bij|voor|na|in|op|met|door|zolang|dit|dat|deze|die|de|het|een|je|jij|jouw|u|uw|hij|zij|wij|er|daarnaast|daarbij|ook|niet|onder|vanaf|tot|om|of|en|waarbij|zoals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
    [GeneratedRegex(@"\b(?:is|zijn|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|mag|mogen|zal|zullen|gaat|gaan|krijgt|krijgen|geldt|gelden)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteVerb();
    // "Zwangerschaps" / "- en bevallingsverlof": the rest of a word the line broke, no bullet.
    [GeneratedRegex(@"^[-–]\s*(?:en|of|tot)\b")]
    private static partial Regex CompoundRest();
    [GeneratedRegex(@"^Lid\s+\d{1,2}\.?$")]
    private static partial Regex BareLid();
    // "a. Lid 2": a side column's next label run into a list marker.
    [GeneratedRegex(@"^\S{1,3}\s+Lid\s+\d")]
    private static partial Regex BareLidInText();
    // "Eenmalige uitkering ....", and a leader OCR ended in a few stray letters ("Karakter van de cao.....esseeee",
    // "......::eeee 22").
    private const string DotLeaderText = @"(?:(?:\.{3,}|…+|(?:\s\.){3,})[\s.…]*(?:\d{1,4}(?:\s+\d{1,4})?|\?)|\.{4,}(?:[a-z:;]{1,40}(?:\s+\d{1,4})?)?|…{2,})\s*$";
    [GeneratedRegex(DotLeaderText)]
    private static partial Regex DotLeaderTimed();
    [GeneratedRegex(DotLeaderText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex DotLeaderShort();
    /// <summary>
    /// DotLeader's build for this input (see <see cref="PatternBudget.ShortInput"/>). The pattern is cubic in a run of dots, "…"
    /// and white space (61 s on 2,000 "…" ending in "."): every branch starts in such a run and what follows it is bounded, so
    /// a place it tries costs at most the square of the run it starts in. Its clock-free build takes a text of at most 256
    /// characters, or one of at most <see cref="PatternBudget.ShortInput"/> whose runs are at most 64 long.
    /// </summary>
    private static Regex DotLeader(string input) =>
        PatternBudget.IsShort(input, 256) || PatternBudget.IsShort(input) && LeaderRunsShort(input) ? DotLeaderShort() : DotLeaderTimed();

    /// <summary>Whether no run of dots, "…" and white space in the text is longer than 64 characters (see <see cref="DotLeader(string)"/>).</summary>
    private static bool LeaderRunsShort(string s)
    {
        int run = 0;
        foreach (var ch in s)
            if (ch is '.' or '…' || char.IsWhiteSpace(ch)) { if (++run > 64) return false; }
            else run = 0;
        return true;
    }
    private const string LongWordText = @"\p{L}{18,}";
    [GeneratedRegex(LongWordText)]
    private static partial Regex LongWordTimed();
    [GeneratedRegex(LongWordText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex LongWordShort();
    private static Regex LongWord(string input) => PatternBudget.IsShort(input) ? LongWordShort() : LongWordTimed();
    [GeneratedRegex(@"(?:\b(?:te|van|per|op|in|bij|tot|vanuit|naar|bedraagt|is|en|als|de|het|een|datum|naam|plaats|adres|handtekening)|:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FillInWord();
    // "(van toepassing tot 1 januari 2023)" closing a title.
    [GeneratedRegex(@"\s*\((?:van toepassing|geldig|vervallen|tot|per|m\.i\.v\.|met ingang)[^()]{0,50}\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingRemark();
    // "Artikel 4 De arbeidsduur bedraagt per week ...", "Artikel 7 1. Het loon ...": the number, then a sentence (after its first
    // lid's number) that opens with a word that opens sentences.
    [GeneratedRegex(@"^Artikel\s+(?<n>\d{1,2})\s+(?:(?:a|1)\.\s+)?(?:De|Het|Een|Er|Bij|Als|Indien|Op|Voor|Tijdens|Deze|Dit|Partijen|Werkgever|Werknemer|Ondergetekenden?)\s+\S.{20,}$")]
    private static partial Regex SentenceArticle();
    [GeneratedRegex(@"\.{4,}|…")]
    private static partial Regex FillInDots();
    [GeneratedRegex(@"^(?:De|Het|Een|Dit|Deze|Aldus|Ondergetekenden?)\s+(?:\S+\s+){3,}\S+\s*$")]
    private static partial Regex FormSentence();
    [GeneratedRegex(@"\.{4,}[\s.]*\p{L}{2,}")]
    private static partial Regex MidLeader();
    private const string DotLeaderTailText = @"\s*(?:\.{3,}|…+|(?:\s\.){3,}).*$";
    [GeneratedRegex(DotLeaderTailText)]
    private static partial Regex DotLeaderTailTimed();
    [GeneratedRegex(DotLeaderTailText, RegexOptions.None, PatternBudget.NoClock)]
    private static partial Regex DotLeaderTailShort();
    private static Regex DotLeaderTail(string input) => PatternBudget.IsShort(input) ? DotLeaderTailShort() : DotLeaderTailTimed();
    [GeneratedRegex(@"\s+\d{1,4}\s*$")]
    private static partial Regex PageSuffix();
    [GeneratedRegex(@"^\d{1,3}\s")]
    private static partial Regex LeadingNumber();
    [GeneratedRegex(@"^(?:voorwoord|woord vooraf|ten geleide|preambule|leeswijzer|inleiding|considerans|toelichting)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForewordTitle();
    [GeneratedRegex(@"^(?:definities|begripsbepalingen|begrippen|begrippenlijst|woordenlijst)$", RegexOptions.IgnoreCase)]
    private static partial Regex FrontDefinitionsTitle();
    // "Structurele regeling 113", "Artikel 3.29 .110": a page number, perhaps behind the last dot of a broken leader.
    [GeneratedRegex(@"\s+\.{0,2}\d{1,3}$")]
    private static partial Regex LoosePageSuffix();
    private const string NamedPageSuffixText = @"\S\s+(?:pag|blz|pagina|bladzijde)\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$";
    [GeneratedRegex(NamedPageSuffixText, RegexOptions.IgnoreCase)]
    private static partial Regex NamedPageSuffixTimed();
    [GeneratedRegex(NamedPageSuffixText, RegexOptions.IgnoreCase, PatternBudget.NoClock)]
    private static partial Regex NamedPageSuffixShort();
    private static Regex NamedPageSuffix(string input) => PatternBudget.IsShort(input) ? NamedPageSuffixShort() : NamedPageSuffixTimed();
    [GeneratedRegex(@"\s+(?:pag|blz|pagina|bladzijde)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageWord();
    // "Trefwoordenregister deel A": the index of one part.
    [GeneratedRegex(@"^(?:(?:inhoud|inhoudsopgave|inhoudstafel|inhoud cao|trefwoordenregister|trefwoordenlijst|register|index|zoekregister)(?:\s+deel\s+\w{1,4})?\s*:?|inhoudsopgave\b[^.;:]{1,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex TocTitle();
    // "Afdeling B: Cao-partijen" (lettered, above numbered chapters) is a part; "Afdeling 3 - Functiegroepen" a chapter.
    // "Cluster 3. Keuzemodel Arbeidsvoorwaarden": the ICK cao's parts, each with its chapters numbered from 1.
    [GeneratedRegex(@"^(?:deel|part|cluster(?=\s+\d{1,2}\.\s+\p{Lu})|afdeling(?=\s+(?-i:[A-Z])\b))\s+(?<num>\d{1,2}|[A-Z]|[IVX]{1,5})\b[.:]?(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();
    [GeneratedRegex(@"^(?:RAAM)?SOCIAAL\s+PLAN\b[^.;a-z]{0,60}$")]
    private static partial Regex SocialPlanTitle();
    [GeneratedRegex(@"^(?<num>\d{1,2})\.?\s+(?<title>\p{Lu}[^.;:!]{1,110})$")]
    private static partial Regex BareNumberTitle();
    [GeneratedRegex(@"\b(?:art|artikel|artikelen|bijlage|bijlagen|zie)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IndexWord();
    [GeneratedRegex(@"register|index|trefwoord|inhoud", RegexOptions.IgnoreCase)]
    private static partial Regex IndexTitle();
    // "TREFWOORDENLIJST", "Trefwoorden register", "Alfabetisch register", "Zakenregister": a keyword index's title (KeywordIndex).
    [GeneratedRegex(@"^(?:trefwoorden\s*(?:lijst|register)|trefwoordenlijst|trefwoordenregister|(?:alfabetisch\s+)?(?:zaken|onderwerpen|zoek)?register|index)(?:\s+deel\s+\w{1,4})?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordIndexTitle();
    // "... 39 Artikel 7.5.1 ...": where a second contents entry starts after a page number (TwoEntries).
    [GeneratedRegex(@"(?<=\s\d{1,3})\s(?=\S)")]
    private static partial Regex SecondEntry();
    // "ATV zie roostervrije tijd": a keyword that refers on.
    [GeneratedRegex(@"\s(?:zie|see)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex ZieWord();
    [GeneratedRegex(@"[;]|\b(?:lid|leden|bijlage|art(?:ikel|\.)?)\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex RowReference();
    [GeneratedRegex(@"\b[Ww]as:?\s+(?:art(?:ikel|\.)?\s*)?\d{1,3}[a-z]?(?:\.\d{1,3})*\s*$")]
    private static partial Regex WasReference();
    [GeneratedRegex(@"\s\d{1,3}(?:\s*[,-]\s*\d{1,3})+\s*$")]
    private static partial Regex PageRefs();
    [GeneratedRegex(@"^(?:[•▪●■◦*·]|[-–](?=\s))\s*\S")]
    private static partial Regex BulletPattern();
    [GeneratedRegex(@"\b(?:begrip\w*|definitie\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionsTitle();
    [GeneratedRegex(@"^(?:aldus\s+(?:overeengekomen|opgemaakt|vastgesteld|getekend)|(?:namens|voor)\s+(?:de\s+)?(?:werkgevers?|werknemers?)(?:organisatie|vereniging|partij)?(?:s|en)?\s*[:,]?$|partijen\s+ter\s+(?:ene|andere)\s+zijde|partijen\s+te\s+(?:ene|ener|andere)\s+zijde\s*:?$|aldus\s+gedaan\b|w\.g\.|ondertekening$|handtekening)", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureStart();
    // "Protocolbepalingen cao-Contractcatering", "PROTOCOLAFSPRAKEN" (not "Protocol I", a numbered appendix heading of its own).
    [GeneratedRegex(@"^(?<title>(?i:protocol\p{L}+)(?:\s+\S.{1,80})?)$")]
    private static partial Regex TitleAfterSignaturePattern();
    // The headings of a function's characteristics in a function book (ORBA, CATS and the like).
    [GeneratedRegex(@"^(?:Complexiteit|Zelfstandigheid|Afbreukrisico|Fysieke aspecten|Bezwarende omstandigheden)$")]
    private static partial Regex FunctionCharacteristic();
    // "Niveau onderscheidende kenmerken (NOK) CH AUFFEUR Functienummer: L.01": the level table of a function's family, after its profile.
    [GeneratedRegex(@"^Niveau\s?onderscheidende kenmerken\b")]
    private static partial Regex LevelFeaturesTitle();
    [GeneratedRegex(@"^(?:lijst\s+(?:van\s+)?(?:gebruikte\s+)?afkortingen|afkortingen(?:lijst)?|gebruikte\s+afkortingen|begrippen\s+en\s+afkortingen|afkortingen\s+en\s+begrippen)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviationsTitle();
}
