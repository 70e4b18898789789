using CaoMonitor.Domain;
using System.Text.RegularExpressions;

namespace CaoMonitor.Classification;

/// <summary>
/// What the classifier reads: the clause text, the title of its article, and optionally the title of
/// the chapter or appendix around it (a "Sociaal plan" article or a fund regulation appendix colours
/// the paragraphs inside it).
/// </summary>
public sealed record ClauseInput(string Text, string? Title = null, string? ParentTitle = null);

/// <summary>
/// Rule-based VWNW/LLO classifier over a <see cref="Taxonomy"/>. Immutable and thread-safe; build one
/// and reuse it (all patterns are compiled in the taxonomy).
/// </summary>
public sealed class ClauseClassifier
{
    /// <summary>Bump when the decision logic in this class changes (rules changes show in the rules hash).</summary>
    public const string EngineVersion = "35";

    public Taxonomy Taxonomy { get; }

    public ClauseClassifier() : this(Taxonomy.Embedded) { }
    public ClauseClassifier(Taxonomy taxonomy) => Taxonomy = taxonomy;

    /// <summary>Taxonomy and rules version as declared in the file, e.g. "1/1.0.0".</summary>
    public string TaxonomyVersion => Taxonomy.TaxonomyVersion;

    /// <summary>Changes whenever the rules file or the engine changes: store it beside every label.</summary>
    public string ClassifierVersion => $"rules {Taxonomy.RulesVersion}+{Taxonomy.RulesHash}; engine {EngineVersion}";

    readonly record struct Hit(int Start, int End, string RuleId, bool Weak);
    readonly record struct Cue(int Start, int End, Rule Rule);

    sealed class Candidate
    {
        public required Category Category;
        public required List<Hit> Hits;          // live (non-negated) text evidence
        public Rule? TitleRule;
        public Hit? ContextHit;
        public Cue? StrengthCue;
        public bool CueInSentence;
        public List<string> ExtraRules = [];
    }

    public IReadOnlyList<Label> Classify(ClauseInput input)
    {
        string text = input.Text ?? "";
        string title = input.Title ?? "";
        string parent = input.ParentTitle ?? "";
        var tx = Taxonomy;

        // Cheap gate: a vectorised search for the category's keywords; most clauses of a cao stop here.
        List<Category>? open = null;
        foreach (var cat in tx.Categories)
            if (cat.MayMatch(text) || cat.MayMatch(title) || cat.MayMatch(parent))
                (open ??= []).Add(cat);
        if (open is null) return [];

        if (HeadingOnly(text, title)) return [];
        // Structure first: table-of-contents, index, abbreviation and definition lines and headings state nothing.
        var lines = ClauseLines.Analyse(text, tx.NoiseLines, title);
        if (lines.TocShare >= 0.5) return [];
        // Engine 30: a clause that is only an alphabetical glossary, or a function description, arranges nothing (issue 11 item 3).
        if (lines.Glossary && lines.AllMasked) return [];
        if (ClauseLines.FunctionDescription(text, title, parent)) return [];
        // The segmenter often keeps an article's heading as the clause's first line and gives no title.
        if (title.Length == 0 && lines.Heading is { } heading) title = heading;
        // A numbered agreement in a container of agreements ("Protocolbepalingen", "Overige afspraken") opens with a heading of its own
        // ("3. Duurzame inzetbaarheid"): that heading says what the paragraph is about; the container title becomes the parent.
        else if (lines.Heading is { } own && ContainerTitle.IsMatch(title)) { parent = title; title = own; }
        // Engine 33: an introduction, preamble or reading guide of 15,000 characters or more summarises the cao (its changes, the
        // parties' aims); what it names is arranged in the cao's own articles (issue 11 item 3, held-out errors of 17,000-43,000 characters).
        if (text.Length >= LongSummaryChars && SummaryTitle.IsMatch(title)) return [];

        // An article whose own title names a subject ("Duurzame inzetbaarheid") is read on its own, even when the
        // layout put it under a chapter title that blocks ("Loonschalen"): the title patterns say what it is about.
        bool ownTitleNames = false;
        if (title.Length > 0 && parent.Length > 0)
            foreach (var cat in open)
                if (AnyMatch(cat.TitlePatterns, title, out _)) { ownTitleNames = true; break; }
        foreach (var b in tx.GlobalBlockers)
        {
            if (b.TitleScope)
            {
                // Rules 2.14.0: a global title blocker's `unless` names wording that arranges something whatever the title
                // (a talk about the worker's perspective in the company under "Functiegroepen"); without `unless` nothing changes.
                if (b.IsMatch(title)) { if (b.ExceptedIn(text)) continue; return []; }
                // A numbered lid or an article under a "Begripsbepalingen" chapter: the layout put an article there.
                if (!ownTitleNames && b.IsMatch(parent) && !(b.ParentUnlessSource?.IsMatch(text) ?? false) && !b.ExceptedIn(text)) return [];
                continue;
            }
            var m = b.Match(text);
            if (!m.Success) continue;
            // A definition opening covers the clause up to the next numbered lid; what follows it is read as usual
            // (blanked, not cut, so evidence offsets stay those of the clause).
            var next = b.UntilSource?.Match(text, m.Index + m.Length);
            if (next is not { Success: true }) return [];
            text = new string(' ', next.Index) + text[next.Index..];
            lines = ClauseLines.Analyse(text, tx.NoiseLines, title);
        }

        // A chapter or appendix title only colours a paragraph whose own article title names no subject:
        // under "Van werk naar werk", the article "Regionale samenwerking" is about that, not about a traject.
        string wholeParent = parent;
        var titleCues = TitleCues(tx.StrengthCues, title, parent);
        if (parent.Length > 0 && title.Length > 0)
            foreach (var cat in open)
                if (NamesCategory(cat, title)) { parent = ""; break; }

        var sentences = Sentences.Split(text, tx.TableRowCues);
        // A lone lead-in ("Als je in dienst komt in het kader van een BBL-opleiding gelden de volgende bepalingen:")
        // announces provisions that are not in this clause.
        if (sentences.Count == 1 && text.AsSpan().TrimEnd().EndsWith(":")) return [];
        // The cue scans (the costliest part on real text) run when a category first needs them: most clauses that pass the
        // keyword gate have no trigger and no naming title, and need none (ClauseCues).
        var cues = new ClauseCues(tx, text, lines);

        var candidates = new List<Candidate>();
        foreach (var cat in open)
        {
            var c = Evaluate(cat, text, title, cat.ParentTitleColoursAll ? wholeParent : parent, sentences, lines, cues, titleCues, tx.BeneficiaryCues);
            if (c is not null) candidates.Add(c);
        }
        // A category known only from the title gives way to a neighbour with evidence in the text.
        candidates.RemoveAll(c => c.Hits.Count == 0 && c.Category.TitleYieldsTo.Count > 0
            && candidates.Exists(o => o.Hits.Count > 0 && c.Category.TitleYieldsTo.Contains(o.Category.Code)));
        if (candidates.Count == 0) return [];

        return Build(candidates, text, sentences, cues.Negations, cues.Strength);
    }

    /// <summary>The title names the category: a title pattern or a strong trigger matches it.</summary>
    static bool NamesCategory(Category cat, string title)
    {
        foreach (var r in cat.TitlePatterns)
            if (r.IsMatch(title)) return true;
        foreach (var t in cat.Triggers)
            if (!t.Weak && t.IsMatch(title)) return true;
        return false;
    }

    const int LongSummaryChars = 15_000;

    // Classifier patterns like the rules': a processor-time budget (TieredRegex), compiled once used often.
    static readonly TieredRegex SummaryTitle = new(
        @"^\W*((artikel|art\.|hoofdstuk|bijlage|deel)\s*[\dIVXLC.]*[a-z]?\s*)?[:.\-]?\s*(inleiding|introductie|preambule|considerans|leeswijzer|voorwoord|toelichting|algemene toelichting|samenvatting|wijzigingen|overzicht (van )?(de )?wijzigingen|belangrijkste wijzigingen|wat is er (nieuw|veranderd|gewijzigd))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Taxonomy.MatchTimeout);

    static readonly TieredRegex ContainerTitle = new(
        @"^\W*((bijlage|hoofdstuk|deel)\s*\S+\s*)?(protocol|protocollen|protocolafspraken|protocolbepalingen|(overige|nadere|aanvullende|diverse) (afspraken|bepalingen|onderwerpen)|afspraken|afspraken (tussen|van) (cao-? ?)?partijen\w*)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Taxonomy.MatchTimeout);

    /// <summary>A clause that is only its heading ("8.1 Van werk naar werk") states no provision.</summary>
    static bool HeadingOnly(string text, string title)
    {
        var t = title.Trim();
        var s = text.Trim();
        if (t.Length == 0 || s.Length > t.Length + 30 || !s.EndsWith(t, StringComparison.OrdinalIgnoreCase)) return false;
        var head = s[..^t.Length].Trim().TrimEnd(':', '.', '-').Trim();
        if (head.Length == 0) return true;
        // What precedes the title may only be a number with an optional keyword: "Artikel 12", "Art. 5.3", "§ 3", "8.1".
        int i = 0;
        foreach (var kw in (string[])["artikel", "art.", "§", "bijlage", "hoofdstuk"])
            if (head.StartsWith(kw, StringComparison.OrdinalIgnoreCase)) { i = kw.Length; break; }
        for (; i < head.Length; i++)
            if (!(char.IsDigit(head[i]) || char.IsWhiteSpace(head[i]) || head[i] is '.' or ':' || (char.IsLetter(head[i]) && i == head.Length - 1)))
                return false;
        return true;
    }

    /// <summary>
    /// The cue matches of one clause, each list scanned on first use (so a clause where no category gets as far as its cues
    /// scans none). Every list is what the eager scan gave: the same rules over the same text and masked lines.
    /// </summary>
    sealed class ClauseCues(Taxonomy tx, string text, ClauseLines lines)
    {
        List<Cue>? negations, mentions, strength, frame, conditions, purposes;

        public List<Cue> Negations => negations ??= Cues(tx.NegationCues, text, lines);
        public List<Cue> Mentions => mentions ??= Cues(tx.MentionCues, text, lines);
        public List<Cue> Conditions => conditions ??= Cues(tx.ConditionCues, text, lines);
        public List<Cue> Purposes => purposes ??= Cues(tx.PurposeCues, text, lines);

        /// <summary>The strength cues, less those inside neutral wording.</summary>
        public List<Cue> Strength { get { ScanStrength(); return strength!; } }

        /// <summary>What the arrangement frame sees, or null when it sees exactly <see cref="Strength"/>.</summary>
        public List<Cue>? Frame { get { ScanStrength(); return frame; } }

        void ScanStrength()
        {
            if (strength is not null) return;   // scanned (the list is never null after the scan)
            var strengthCues = Cues(tx.StrengthCues, text, lines);
            // The arrangement frame sees the same cues, except strength-only ones (and it still sees those that a strength-only
            // neutral cue hides from the strength decision); null when it sees exactly the strength cues (the common case).
            List<Cue>? frameCues = null;
            // Cues inside neutral wording ("het fonds bevordert ...", "voor het bevorderen van") commit nobody.
            if (tx.NeutralCues.Count > 0 && strengthCues.Count > 0)
            {
                var neutral = Cues(tx.NeutralCues, text, lines);
                if (neutral.Count > 0)
                {
                    if (neutral.Exists(n => n.Rule.StrengthOnly))
                    {
                        frameCues = new List<Cue>(strengthCues);
                        frameCues.RemoveAll(c => neutral.Exists(n => !n.Rule.StrengthOnly && n.Start < c.End && n.End > c.Start));
                    }
                    strengthCues.RemoveAll(c => neutral.Exists(n => n.Start < c.End && n.End > c.Start));
                }
            }
            if (strengthCues.Exists(c => c.Rule.StrengthOnly) || frameCues is not null)
            {
                frameCues ??= new List<Cue>(strengthCues);
                frameCues.RemoveAll(c => c.Rule.StrengthOnly);
            }
            strength = strengthCues;
            frame = frameCues;
        }
    }

    static List<Cue> Cues(IReadOnlyList<Rule> rules, string text, ClauseLines lines)
    {
        var list = new List<Cue>();
        foreach (var r in rules)
        {
            if (r.TitleScope) continue;   // a title-scope strength cue reads the titles, not the text (TitleCues)
            // A cue with "unless" does not hold in a clause the unless pattern matches (rules 2.07.0: a topic list whose items
            // include the provisions to soften a reorganisation's adverse effects arranges them). No cue had "unless" before.
            if (r.ExceptedIn(text)) continue;
            foreach (var m in r.EnumerateMatches(text))
                if (!lines.Overlaps(m.Index, m.Index + m.Length))
                    list.Add(new(m.Index, m.Index + m.Length, r));
        }
        return list;
    }

    /// <summary>Strength cues with scope "title" that match the article or chapter title ("Aanbeveling re-integratie"): they hold
    /// for every label of the clause (position -1: no evidence span).</summary>
    static List<Cue>? TitleCues(IReadOnlyList<Rule> rules, string title, string parent)
    {
        List<Cue>? list = null;
        foreach (var r in rules)
            if (r.TitleScope && ((title.Length > 0 && r.IsMatch(title)) || (parent.Length > 0 && r.IsMatch(parent))))
                (list ??= []).Add(new(-1, -1, r));
        return list;
    }

    /// <summary>A strong trigger in a title, unless a near-miss phrase covers it ("Opleidings- en begeleidingsplan promovendus").</summary>
    static bool TitleTrigger(Category cat, Rule t, string title)
    {
        if (title.Length == 0) return false;
        foreach (var m in t.EnumerateMatches(title))
            if (!Excluded(cat, title, m.Index, m.Index + m.Length)) return true;
        return false;
    }

    static bool AnyMatch(IReadOnlyList<Rule> rules, string s, out Rule? which)
    {
        foreach (var r in rules)
            if (s.Length > 0 && r.IsMatch(s)) { which = r; return true; }
        which = null;
        return false;
    }

    static void ScanTriggers(Category cat, string text, ClauseLines lines, List<Hit> hits)
    {
        foreach (var t in cat.Triggers)
            foreach (var m in t.EnumerateMatches(text))
                if (!lines.Overlaps(m.Index, m.Index + m.Length) && !Excluded(cat, text, m.Index, m.Index + m.Length))
                    hits.Add(new(m.Index, m.Index + m.Length, t.Id, t.Weak));
    }

    static Candidate? Evaluate(Category cat, string text, string title, string parent, Sentences sentences, ClauseLines lines,
        ClauseCues cues, List<Cue>? titleCues, IReadOnlyList<Rule> beneficiaries)
    {
        var hits = new List<Hit>();
        ScanTriggers(cat, text, lines, hits);
        // Engine 17: a category that takes no context from the chapter title still obeys a title blocker there ("Bijzonder
        // verlof" over a list item of hours to look for a new job is a leave list, whatever the item's own sub-heading).
        string blockerParent = parent;
        if (cat.IgnoreParentTitle) parent = "";

        // The title (or the chapter/appendix title) names the subject when it holds a strong trigger or a title pattern.
        Rule? titleRule = null;
        if (title.Length + parent.Length > 0)
        {
            if (!AnyMatch(cat.TitlePatterns, title, out titleRule) && !AnyMatch(cat.TitlePatterns, parent, out titleRule))
                foreach (var t in cat.Triggers)
                    if (!t.Weak && (TitleTrigger(cat, t, title) || TitleTrigger(cat, t, parent)))
                    { titleRule = t; break; }
        }
        var extra = new List<string>();
        // "Het budget kan worden besteed aan scholing of loopbaanbegeleiding": the later words are uses
        // of the budget (or contents of a referenced plan), not provisions of their own.
        if (cat.IgnoreAsPurpose && hits.Count > 0 && cues.Purposes.Count > 0)
        {
            int n = hits.Count;
            hits.RemoveAll(h => AfterCueInSentence(cues.Purposes, sentences, h.Start, text));
            if (hits.Count < n) extra.Add($"{cat.Code}:purpose-ignored");
        }
        // Rules 2.03.0: under an article title about the category (DI), a sentence that itself arranges development is evidence of it
        // (rules 2.03.1: the article's own title only; a chapter title coloured function training under 'Bijscholing', judge-1 n8).
        if (cat.DevelopmentUnderTitle.Count > 0 && !hits.Exists(h => !h.Weak)
            && AnyMatch(cat.DevelopmentTitles, title, out _))
            DevelopmentHits(cat, text, lines, sentences, cues.Frame ?? cues.Strength, hits);
        if (hits.Count == 0 && titleRule is null) return null;
        if (cat.Requires.Count > 0 && !AnyMatch(cat.Requires, text, out _) && !AnyMatch(cat.Requires, title, out _)) return null;

        foreach (var b in cat.Blockers)
        {
            bool hit = b.TitleScope ? (b.IsMatch(title) || b.IsMatch(blockerParent)) : b.IsMatch(text);
            if (!hit) continue;
            // "Het fonds vergoedt opleidingen uit zijn catalogus" in a fund regulation describes the fund; with a figure it is a scheme of its own.
            if (b.UnlessFigure && HasFigure(text)) continue;
            // A vitality or generation scheme is no development arrangement, unless the clause names a development use.
            if (b.ExceptedIn(text) || b.ExceptedIn(title)) continue;
            if (b.OnlyTriggers is { } ids)
            {
                // The named triggers belong to another arrangement here (lesgeld of a BBL pupil is part of werkend leren).
                if (hits.RemoveAll(h => ids.Contains(h.RuleId)) > 0) extra.Add($"{cat.Code}:blocker:{b.Id}");
                continue;
            }
            if (!b.WeakOnly) return null;
            hits.RemoveAll(h => h.Weak);
            titleRule = null;
            extra.Add($"{cat.Code}:blocker:{b.Id}");
        }

        if (hits.Count == 0 && titleRule is null) return null;
        var negations = cues.Negations;
        var mentions = cues.Mentions;

        // Context is only looked for when something depends on it (it is the costliest scan).
        bool needContext = titleRule is not null || hits.Exists(h => h.Weak) || !hits.Exists(h => !h.Weak);
        if (!needContext)
            foreach (var r in cat.ContextRequiredWhen)
                if (r.IsMatch(text)) { needContext = true; break; }
        Hit? context = needContext ? FirstContext(cat, text, lines, sentences, negations, mentions) : null;
        // Engine 16: the title's own words repeated in the text with a space the PDF put inside a word ("Loopbaanadvies" over
        // "recht op een loopbaana dvies") are the paragraph talking about the title's subject, as the unsplit words would be.
        if (context is null && titleRule is not null && TitleEcho(cat, titleRule, title, parent, text, lines, sentences, mentions) is { } echo)
            context = echo;

        // Some wording (severance in a sociaal plan) only counts with a context term beside it.
        if (context is null)
            foreach (var r in cat.ContextRequiredWhen)
                if (r.IsMatch(text)) return null;

        // Weak triggers ("transitievergoeding", "detachering") need a context term or a naming title.
        bool hasStrong = hits.Exists(h => !h.Weak);
        if (context is null && titleRule is null && !hasStrong) return null;
        if (context is null && titleRule is null) hits.RemoveAll(h => h.Weak);

        // Negation works per sentence: a negated sentence gives no evidence, another sentence still can.
        int before = hits.Count;
        hits.RemoveAll(h => SentenceHas(negations, sentences, h.Start));
        bool someNegated = hits.Count < before;
        // So does wording that only mentions the subject (informing the works council, a list of topics, a job requirement).
        int beforeMention = hits.Count;
        hits.RemoveAll(h => MentionCovers(mentions, sentences, text, h.Start));
        bool someMentioned = hits.Count < beforeMention;
        if (someMentioned) extra.Add($"{cat.Code}:mention-ignored");
        // Sentences that name the subject without supporting it alone ("tijdens de detachering behoudt hij zijn
        // salaris") still continue the arrangement, so they count for its strength, not as evidence.
        var continued = new List<Hit>(hits);
        if (cat.SentenceRequires.Count > 0 && hits.Count > 0)
        {
            int n = hits.Count;
            // Under a title that names the category ("Reglement O&O-fonds"), a weak word ("het fonds") refers to that subject.
            // Unless the requirement says it holds there too ("duurzame inzetbaarheid" as an aim under a DI chapter title).
            hits.RemoveAll(h => !(h.Weak && titleRule is not null && !StrictRequirement(cat, h)) && !SentenceSupports(cat, text, sentences, h));
            if (hits.Count < n) extra.Add($"{cat.Code}:sentence-unsupported");
        }
        // And evidence in a sentence about another subject (the salary or holidays of a BBL trainee).
        if (cat.OffTopic.Count > 0 && hits.Count > 0)
        {
            int n = hits.Count;
            hits.RemoveAll(h => OffTopic(cat, text, sentences, h.Start));
            if (hits.Count < n) extra.Add($"{cat.Code}:off-topic");
        }
        if (hits.Count == 0)
        {
            if (someNegated || someMentioned) return null;
            // Title-only: the article is about this category; the paragraph must still talk about it.
            if (titleRule is null || context is null) return null;
            if (SentenceHas(negations, sentences, context.Value.Start)) return null;
            if (cat.OffTopic.Count > 0 && OffTopic(cat, text, sentences, context.Value.Start)) return null;
            // Engine 23: the title names the category, but every sentence of the paragraph is about something else (time only).
            if (cat.TitleOnlyOffTopic.Count > 0 && TitleOnlyOffTopic(cat, text, lines, sentences)) return null;
        }
        if (someNegated) extra.Add($"{cat.Code}:negation-partial");

        var cand = new Candidate { Category = cat, Hits = hits, TitleRule = titleRule, ContextHit = context, ExtraRules = extra };

        // Strength: the strongest cue in the sentences with evidence, else anywhere in the clause.
        var strengthCues = cues.Strength;
        var frameCues = cues.Frame;
        var anchors = hits.Count > 0 ? continued : [context!.Value];
        var best = PickCue(strengthCues, text, sentences, anchors, out bool inSentence);
        var picked = best;
        // Evidence in several sentences: a sentence whose own strongest cue is firm (priority 6 or more) makes the label a right, although
        // a possibility ("kan") of higher priority sits in another sentence ("wordt studieverlof verleend. ... kan bovendien verlof
        // worden verleend"). Efforts and intentions in another sentence still win.
        if (inSentence && best is { } b0 && b0.Rule.Possibility && FirmSentenceCue(strengthCues, sentences, anchors) is { } firm) best = firm;
        // A clause-wide cue ("voor de tekst van de regeling, zie bijlage 4") holds for every label of the clause.
        foreach (var cue in strengthCues)
            if (cue.Rule.ClauseWide && (best is null || cue.Rule.Priority > best.Value.Rule.Priority)) best = cue;
        // So does a title that names the whole article a recommendation (title-scope cues, never seen by the frame).
        if (titleCues is not null)
            foreach (var cue in titleCues)
                if (best is null || cue.Rule.Priority > best.Value.Rule.Priority) best = cue;
        cand.CueInSentence = inSentence;
        cand.StrengthCue = best;
        // What the arrangement frame sees: the same cue unless strength-only cues are about.
        bool frameInSentence = inSentence;
        Cue? frameBest = picked;
        if (frameCues is not null) frameBest = PickCue(frameCues, text, sentences, anchors, out frameInSentence);
        // The arrangement frame: a category word with nothing that arranges anything (no right, duty, possibility,
        // effort or reference anywhere in the clause) and no title naming the subject is a mention: a definition,
        // a bare list item, a checklist question, a heading run into the text. A figure (an amount, a share, hours, days)
        // fixes something by itself ("het budget hiervoor is 2% van de loonsom").
        if (frameBest is null && titleRule is null && !(cat.InstrumentStandsAlone && hits.Exists(h => !h.Weak)) && !hits.Exists(h => !h.Weak && StandsAlone(cat, h.RuleId)) && !HasFigure(text)
            && !Framed(beneficiaries, text, sentences, anchors)) return null;
        if (cat.ArrangementInSentence && !frameInSentence && titleRule is null && !FigureInSentence(text, sentences, anchors)) return null;

        foreach (var cond in cues.Conditions)
            foreach (var a in anchors)
                if (sentences.IndexOf(cond.Start) == sentences.IndexOf(a.Start))
                {
                    if (!extra.Contains($"condition:{cond.Rule.Id}")) extra.Add($"condition:{cond.Rule.Id}");
                    break;
                }
        return cand;
    }

    /// <summary>Matches of the category's development rules in a sentence with arrangement wording (a strength cue) that the rule's
    /// "unless" does not match, as strong hits.</summary>
    static void DevelopmentHits(Category cat, string text, ClauseLines lines, Sentences sentences, List<Cue> cues, List<Hit> hits)
    {
        if (cues.Count == 0) return;
        foreach (var r in cat.DevelopmentUnderTitle)
            foreach (var m in r.EnumerateMatches(text))
            {
                if (lines.Overlaps(m.Index, m.Index + m.Length)) continue;
                int si = sentences.IndexOf(m.Index);
                // Not in a sentence the rule's "unless" matches (the parties' own plans, a talk that only discusses development).
                if (r.UnlessSource is not null)
                {
                    var (from, to) = sentences.At(text, m.Index);
                    if (r.ExceptedIn(text.AsSpan(from, to - from))) continue;
                }
                if (cues.Exists(c => sentences.IndexOf(c.Start) == si))
                    hits.Add(new(m.Index, m.Index + m.Length, r.Id, false));
            }
    }

    static bool StandsAlone(Category cat, string ruleId)
    {
        foreach (var t in cat.Triggers)
            if (t.StandsAlone && t.Id == ruleId) return true;
        return false;
    }

    /// <summary>A cue of <paramref name="rules"/> in a sentence with evidence.</summary>
    static bool Framed(IReadOnlyList<Rule> rules, string text, Sentences sentences, List<Hit> anchors)
    {
        foreach (var a in anchors)
        {
            var (from, to) = sentences.At(text, a.Start);
            foreach (var r in rules)
                if (r.IsMatch(text.AsSpan(from, to - from))) return true;
        }
        return false;
    }

    /// <summary>An amount, share, hours or days in a sentence with evidence ("een scholingsbudget van € 2.500").</summary>
    static bool FigureInSentence(string text, Sentences sentences, List<Hit> anchors)
    {
        foreach (var a in anchors)
        {
            var (from, to) = sentences.At(text, a.Start);
            if (HasFigure(text[from..to])) return true;
        }
        return false;
    }

    static bool SentenceHasFigure(string text, Sentences sentences, int position)
    {
        var (from, to) = sentences.At(text, position);
        return HasFigure(text[from..to]);
    }

    static bool HasFigure(string text) =>
        AttributeExtractor.Amounts(text).Exists(a => !a.Value.Salary) || AttributeExtractor.Percents(text).Count > 0
        || AttributeExtractor.Hours(text).Count > 0 || AttributeExtractor.Days(text).Count > 0;

    /// <summary>The first context term outside masked lines and outside sentences that only mention a subject.</summary>
    static Hit? FirstContext(Category cat, string text, ClauseLines lines, Sentences sentences, List<Cue> negations, List<Cue> mentions)
    {
        foreach (var r in cat.Context)
            foreach (var m in r.EnumerateMatches(text))
                if (!lines.Overlaps(m.Index, m.Index + m.Length) && !MentionCovers(mentions, sentences, text, m.Index))
                    return new Hit(m.Index, m.Index + m.Length, r.Id, true);
        return null;
    }

    /// <summary>Where the words the title rule matched in the title (or the parent title) come back in the text split by
    /// whitespace the title does not have: the text squeezed of whitespace holds them, the text itself does not. Only words the
    /// category reads as evidence by themselves (a strong trigger or a context term, not excluded) count: the echo stands in for
    /// the unsplit words, so it may not give more than they would.</summary>
    static Hit? TitleEcho(Category cat, Rule titleRule, string title, string parent, string text, ClauseLines lines, Sentences sentences, List<Cue> mentions)
    {
        string? flat = null; // the text squeezed of whitespace, lower-cased, built once for both headings
        List<int>? at = null; // where each of its characters stands in the text
        foreach (var heading in (ReadOnlySpan<string>)[title, parent])
        {
            if (heading.Length == 0) continue;
            var m = titleRule.Match(heading);
            if (!m.Success || !ReadsAsEvidence(cat, m.Value)) continue;
            var key = new System.Text.StringBuilder();
            int wsInKey = 0;
            foreach (char ch in m.Value)
                if (char.IsWhiteSpace(ch)) wsInKey++;
                else key.Append(char.ToLowerInvariant(ch));
            if (key.Length < 8) continue;
            string k = key.ToString();
            // Cheap gate: one stray space leaves the first or the last four letters whole.
            if (text.IndexOf(k[..4], StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf(k[^4..], StringComparison.OrdinalIgnoreCase) < 0) continue;
            if (flat is null)
            {
                var squeezed = new System.Text.StringBuilder(text.Length);
                at = new List<int>(text.Length);
                for (int i = 0; i < text.Length; i++)
                    if (!char.IsWhiteSpace(text[i])) { squeezed.Append(char.ToLowerInvariant(text[i])); at.Add(i); }
                flat = squeezed.ToString();
            }
            for (int p = flat.IndexOf(k, StringComparison.Ordinal); p >= 0; p = flat.IndexOf(k, p + 1, StringComparison.Ordinal))
            {
                int start = at![p], end = at[p + k.Length - 1] + 1;
                // Only a split the title does not have: unsplit words are read by the triggers and context as ever.
                int ws = 0;
                for (int i = start; i < end; i++) if (char.IsWhiteSpace(text[i])) ws++;
                if (ws <= wsInKey) continue;
                // The words must start a word in the text (the tail of a longer word is no echo).
                if (start > 0 && char.IsLetter(text[start - 1])) continue;
                if (lines.Overlaps(start, end) || MentionCovers(mentions, sentences, text, start)) continue;
                return new Hit(start, end, "title-echo", true);
            }
        }
        return null;
    }

    static bool ReadsAsEvidence(Category cat, string words)
    {
        foreach (var t in cat.Triggers)
            if (!t.Weak)
                foreach (var m in t.EnumerateMatches(words))
                    if (!Excluded(cat, words, m.Index, m.Index + m.Length)) return true;
        foreach (var r in cat.Context)
            if (r.IsMatch(words)) return true;
        return false;
    }

    /// <summary>A mention cue in the same sentence, or in a sentence ending in ":" that opens the list holding <paramref name="pos"/>.</summary>
    static bool MentionCovers(List<Cue> cues, Sentences sentences, string text, int pos)
    {
        if (cues.Count == 0) return false;
        int si = sentences.IndexOf(pos);
        foreach (var c in cues)
        {
            int ci = sentences.IndexOf(c.Start);
            if (ci == si) return true;
            // The list a mention opens ("afspraken over de volgende onderwerpen:" then "- ..."), not the sentences after it.
            if (ci < si && EndsWith(text, sentences, ci, ':') && ListRuns(text, sentences, ci + 1, si)) return true;
        }
        return false;
    }

    /// <summary>The highest-priority cue among the evidence sentences whose own strongest cue is a right (null when none is).</summary>
    static Cue? FirmSentenceCue(List<Cue> cues, Sentences sentences, List<Hit> anchors)
    {
        Cue? firm = null;
        var seen = new HashSet<int>();
        foreach (var a in anchors)
        {
            if (!seen.Add(sentences.IndexOf(a.Start))) continue;
            if (StrongestInSentences(cues, sentences, [a]) is { } t && t.Rule.Strength == Strength.Recht && t.Rule.Priority >= 6
                && (firm is null || t.Rule.Priority > firm.Value.Rule.Priority)) firm = t;
        }
        return firm;
    }

    /// <summary>The strongest cue in the sentences of the anchors (ties to the nearest), else of the sentence that opens their list
    /// with ":", else anywhere in the clause; <paramref name="inSentence"/> says whether one of the first two was found.</summary>
    static Cue? PickCue(List<Cue> cues, string text, Sentences sentences, List<Hit> anchors, out bool inSentence)
    {
        var best = StrongestInSentences(cues, sentences, anchors);
        // A list item without wording of its own takes that of the sentence that opens its list ("kan de werknemer kiezen uit:" then "b. ...").
        if (best is null)
            foreach (var cue in cues)
            {
                int si = sentences.IndexOf(cue.Start);
                if (!EndsWith(text, sentences, si, ':')) continue;
                foreach (var a in anchors)
                {
                    int ai = sentences.IndexOf(a.Start);
                    if (si < ai && ListRuns(text, sentences, si + 1, ai)
                        && (best is null || cue.Rule.Priority > best.Value.Rule.Priority)) { best = cue; break; }
                }
            }
        inSentence = best is not null;
        if (best is null)
            foreach (var cue in cues)
                if (best is null || cue.Rule.Priority > best.Value.Rule.Priority) best = cue;
        return best;
    }

    /// <summary>The strongest cue in the sentences of the anchors, ties to the one nearest an anchor (null when those sentences have none).</summary>
    static Cue? StrongestInSentences(List<Cue> cues, Sentences sentences, List<Hit> anchors)
    {
        Cue? best = null;
        int bestDist = int.MaxValue;
        foreach (var cue in cues)
        {
            int si = sentences.IndexOf(cue.Start);
            int dist = int.MaxValue;
            foreach (var a in anchors)
                if (sentences.IndexOf(a.Start) == si) dist = Math.Min(dist, Math.Abs(cue.Start - a.Start));
            if (dist == int.MaxValue) continue;
            if (best is null || cue.Rule.Priority > best.Value.Rule.Priority || (cue.Rule.Priority == best.Value.Rule.Priority && dist < bestDist))
            { best = cue; bestDist = dist; }
        }
        return best;
    }

    /// <summary>The sentence's last visible character is <paramref name="mark"/> (a colon opens a list, a question mark asks).</summary>
    static bool EndsWith(string text, Sentences sentences, int index, char mark)
    {
        var (from, end) = sentences.Bounds(index);
        int p = Math.Min(end, text.Length) - 1;
        while (p >= from && char.IsWhiteSpace(text[p])) p--;
        return p >= from && text[p] == mark;
    }

    static bool SentenceSupports(Category cat, string text, Sentences sentences, Hit h)
    {
        var (from, to) = sentences.At(text, h.Start);
        var span = text.AsSpan(from, to - from);
        bool applies = false;
        foreach (var r in cat.SentenceRequires)
        {
            if (r.OnlyTriggers is { } ids && !ids.Contains(h.RuleId)) continue;
            applies = true;
            if (r.IsMatch(span)) return true;
            // "De werknemer krijgt een budget van 50 uur. Hiermee vergroot hij zijn duurzame inzetbaarheid.": the sentence before names it.
            // Engine 35: not across the rows of a table (the row before is another event of a list of leave, not a lead-in).
            if (r.OrPrevious && sentences.IndexOf(h.Start) is > 0 and var si && !sentences.IsTableRow(si))
            {
                var (ps, pe) = sentences.Bounds(si - 1);
                if (r.IsMatch(text.AsSpan(ps, Math.Min(pe, text.Length) - ps))) return true;
            }
        }
        return !applies;
    }

    static bool StrictRequirement(Category cat, Hit h)
    {
        foreach (var r in cat.SentenceRequires)
            if (r.EvenUnderTitle && (r.OnlyTriggers is null || r.OnlyTriggers.Contains(h.RuleId))) return true;
        return false;
    }

    static bool OffTopic(Category cat, string text, Sentences sentences, int pos)
    {
        int si = sentences.IndexOf(pos);
        if (SentenceOffTopic(cat, text, sentences, si)) return true;
        // A list item belongs to the sentence that opens its list with ":" ("wordt het budget overgedragen, mits:" then "- ...").
        for (int ci = si - 1; ci >= 0; ci--)
        {
            if (!ListRuns(text, sentences, ci + 1, si)) break;
            if (EndsWith(text, sentences, ci, ':')) return SentenceOffTopic(cat, text, sentences, ci);
        }
        // Engine 22: a question and the "Dan ..." that answers it are one statement ("Is de voorman ook leermeester? Dan krijgt
        // hij één toeslag"; "Volgt hij een bbl-opleiding? En ...? Dan betaalt de werkgever een diplomabonus"): what the answer is
        // about, the question is about too.
        for (int qi = si; qi + 1 < sentences.Count && EndsWith(text, sentences, qi, '?'); qi++)
        {
            if (EndsWith(text, sentences, qi + 1, '?')) continue;
            if (StartsWithThen(text, sentences, qi + 1) && SentenceOffTopic(cat, text, sentences, qi + 1)) return true;
            break;
        }
        return false;
    }

    /// <summary>Every sentence of the clause (after a masked heading it opens with) matches a title-only off-topic rule.</summary>
    static bool TitleOnlyOffTopic(Category cat, string text, ClauseLines lines, Sentences sentences)
    {
        bool any = false;
        for (int i = 0; i < sentences.Count; i++)
        {
            var (from, end) = sentences.Bounds(i);
            int to = Math.Min(end, text.Length);
            foreach (var (ms, me, _) in lines.Masked)
                if (ms <= from && me > from) from = me;
            if (to <= from) continue;
            var span = text.AsSpan(from, to - from);
            bool letters = false;
            foreach (char c in span) if (char.IsLetter(c)) { letters = true; break; }
            if (!letters) continue;
            if (!AnyMatch(cat.TitleOnlyOffTopic, span)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The sentence opens with "Dan" (after list bullets): the answer to the question before it.</summary>
    static bool StartsWithThen(string text, Sentences sentences, int index)
    {
        var (from, end) = sentences.Bounds(index);
        int to = Math.Min(end, text.Length), p = from;
        while (p < to && (char.IsWhiteSpace(text[p]) || text[p] is '-' or '•' or '–' or '−' or '·' or '*' or '▪')) p++;
        return to - p > 4 && text.AsSpan(p, 3).Equals("dan", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[p + 3]);
    }

    static bool SentenceOffTopic(Category cat, string text, Sentences sentences, int index)
    {
        var (from, end) = sentences.Bounds(index);
        int to = Math.Min(end, text.Length);
        if (to <= from) return false;
        // Engine 31: an off-topic rule with `unless` does not apply to a sentence that also matches it (a fund that pays
        // for something other than learning is off topic, unless the same sentence names the learning it pays for).
        var span = text.AsSpan(from, to - from);
        foreach (var r in cat.OffTopic)
            if (r.IsMatch(span) && !r.ExceptedIn(span)) return true;
        return false;
    }

    internal static bool AnyMatch(IReadOnlyList<Rule> rules, ReadOnlySpan<char> span)
    {
        foreach (var r in rules)
            if (r.IsMatch(span)) return true;
        return false;
    }

    static bool Excluded(Category cat, string text, int start, int end)
    {
        // An exclusion is a near-miss phrase: it removes the trigger match it overlaps.
        // Search a small window around the match only, to keep this cheap.
        int from = Math.Max(0, start - 60), to = Math.Min(text.Length, end + 60);
        var window = text.AsSpan(from, to - from);
        foreach (var ex in cat.Exclusions)
            foreach (var m in ex.EnumerateMatches(window))
            {
                int s = from + m.Index, e = s + m.Length;
                if (s < end && e > start) return true;
            }
        return false;
    }

    /// <summary>
    /// After a cue in the same sentence, or in the list that a sentence with the cue opens with ":"
    /// ("kan het verlof inzetten voor bijvoorbeeld:" then "a. ...", "c. loopbaanoriëntatie").
    /// </summary>
    static bool AfterCueInSentence(List<Cue> cues, Sentences sentences, int pos, string text)
    {
        int si = sentences.IndexOf(pos);
        foreach (var c in cues)
        {
            int ci = sentences.IndexOf(c.Start);
            if (c.End <= pos && ci == si) return true;
            if (ci < si && c.Rule.OpensList && EndsWith(text, sentences, ci, ':') && ListRuns(text, sentences, ci + 1, si)
                // "In de regeling wordt aandacht besteed aan:" lists contents, which a cue without opens_list says.
                && !cues.Exists(o => !o.Rule.OpensList && o.Start < c.End && o.End > c.Start)) return true;
        }
        return false;
    }

    /// <summary>Sentences <paramref name="from"/> to <paramref name="to"/> are all list items (a., 2., -, •).</summary>
    static bool ListRuns(string text, Sentences sentences, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            var (s, e) = sentences.Bounds(i);
            int p = s;
            while (p < e && p < text.Length && char.IsWhiteSpace(text[p])) p++;
            if (p >= text.Length || p >= e) return false;
            char ch = text[p];
            // Engine 24: a Symbol-font bullet (a private-use character such as U+F02D or U+F0B7, as older PDFs carry them) is a bullet too.
            if ((ch is '-' or '•' or '–' or '−' or '·' or '*' or '▪' or 'o' || ch is >= '\uf000' and <= '\uf0ff') && p + 1 < text.Length && text[p + 1] == ' ') continue;
            int q = p;
            while (q < e && q - p < 3 && (char.IsDigit(text[q]) || (q == p && char.IsLower(text[q])))) q++;
            if (q > p && q < text.Length && text[q] is '.' or ')') continue;
            if (DefinitionItem(text, p, e)) continue;
            return false;
        }
        return true;
    }

    /// <summary>"a transitiekosten: kosten van ..." (a letter, the term, a colon): an entry of a definition list without a dot.</summary>
    static bool DefinitionItem(string text, int p, int end)
    {
        if (!char.IsLower(text[p]) || p + 2 >= text.Length || text[p + 1] != ' ' || !char.IsLetter(text[p + 2])) return false;
        for (int i = p + 2; i < Math.Min(end, Math.Min(text.Length, p + 62)); i++)
        {
            char c = text[i];
            if (c == ':') return true;
            if (c is '.' or ';' or '\n') return false;
        }
        return false;
    }

    static bool SentenceHas(List<Cue> cues, Sentences sentences, int pos)
    {
        if (cues.Count == 0) return false;
        int si = sentences.IndexOf(pos);
        foreach (var c in cues)
            if (sentences.IndexOf(c.Start) == si) return true;
        return false;
    }

    IReadOnlyList<Label> Build(List<Candidate> candidates, string text, Sentences sentences, List<Cue> negations, List<Cue> strengthCues)
    {
        // Attributes are found once per clause, then each value goes to the label whose evidence is nearest.
        var amounts = AttributeExtractor.Amounts(text);
        var percents = AttributeExtractor.Percents(text);
        var hours = AttributeExtractor.Hours(text);
        var days = AttributeExtractor.Days(text);
        var years = AttributeExtractor.YearsOfService(text);
        var ages = AttributeExtractor.Ages(text);
        var contracts = AttributeExtractor.Contracts(text);
        var payers = AttributeExtractor.PayerMentions(text);
        var groups = AttributeExtractor.TargetGroupMentions(text);

        // A salary figure is never the provision's amount, unless nothing else is there to take.
        var money = amounts.FindAll(a => !a.Value.Salary);
        bool clauseHasFigure = money.Count > 0 || percents.Count > 0 || hours.Count > 0 || days.Count > 0;
        Cue? reference = null;
        foreach (var cue in strengthCues)
            if (cue.Rule.Strength == Strength.Verwijzing && (reference is null || cue.Rule.Priority > reference.Value.Rule.Priority)) reference = cue;

        var result = new List<Label>(candidates.Count);
        for (int ci = 0; ci < candidates.Count; ci++)
        {
            var c = candidates[ci];
            var anchors = Anchors(c);
            var rules = new List<string>();
            var evidence = new List<Span>();
            foreach (var h in c.Hits)
            {
                evidence.Add(new Span(h.Start, h.End));
                AddOnce(rules, $"{c.Category.Code}:trigger:{h.RuleId}");
            }
            if (c.TitleRule is not null) rules.Add($"{c.Category.Code}:title:{c.TitleRule.Id}");
            if (c.ContextHit is { } ctx && (c.Hits.Count == 0 || c.Hits.Exists(h => h.Weak)))
            {
                rules.Add($"{c.Category.Code}:context:{ctx.RuleId}");
                if (c.Hits.Count == 0) evidence.Add(new Span(ctx.Start, ctx.End));
            }

            var amount = Nearest(money, anchors, candidates, ci, sentences);
            var percent = Nearest(percents, anchors, candidates, ci, sentences);
            var hour = Nearest(hours, anchors, candidates, ci, sentences);
            var day = Nearest(days, anchors, candidates, ci, sentences);
            var attrs = new LabelAttributes
            {
                AmountEur = amount?.Value.Value,
                Period = Period(text, sentences, anchors, amount, hour, day, percent),
                PercentOfSalary = percent?.Value,
                Hours = hour?.Value,
                Days = day?.Value,
                MinYearsOfService = NearestAny(years, anchors)?.Value,
                MinAge = NearestAny(ages, anchors)?.Value,
                ContractTypes = ContractList(contracts, sentences, negations),
                // Who pays is said once per clause, often in a sentence of its own: take the nearest mention.
                Payer = NearestAny(payers, anchors)?.Value,
                TargetGroup = groups.Count > 0 ? groups[0].Value : null,
            };
            if (amount is { } a) { evidence.Add(new Span(a.Start, a.End)); rules.Add("attr:amount"); }

            bool hasFigure = amount is not null || attrs.Hours is not null || attrs.Days is not null || attrs.PercentOfSalary is not null;

            Strength strength;
            if (c.StrengthCue is { } cue)
            {
                strength = cue.Rule.Strength;
                rules.Add($"strength:{cue.Rule.Id}");
                if (cue.Start >= 0) evidence.Add(new Span(cue.Start, cue.End));
                // Without a figure, a duty to pay "the contribution" or a right to "use the fund's service"
                // only points at an arrangement whose content is elsewhere.
                // Some cues look for the figure in their own sentence only ("EVC-trajecten kunnen in aanmerking komen voor een bijdrage",
                // while an amount in the next sentence belongs to another arrangement).
                bool figure = cue.Rule.FigureInSentence && cue.Start >= 0 ? SentenceHasFigure(text, sentences, cue.Start) : clauseHasFigure;
                if (!figure && cue.Rule.IfNoFigure is { } alt)
                {
                    strength = alt;
                    rules.Add($"strength:no-figure:{cue.Rule.Id}");
                }
                else if (!clauseHasFigure && cue.Rule.YieldsToReference && reference is { } r)
                {
                    strength = r.Rule.Strength;
                    rules.Add($"strength:{r.Rule.Id}");
                    evidence.Add(new Span(r.Start, r.End));
                }
            }
            else if (c.Category.DefaultStrength == Strength.Recht && c.Hits.Exists(h => !h.Weak && StandsAlone(c.Category, h.RuleId)))
            {
                // An instrument named with its aim ("het ontwikkelingsplan is een plan gericht op uitstroom") arranges it by itself.
                strength = Strength.Recht;
                rules.Add("strength:stands-alone");
            }
            else
            {
                // Nothing in the text says how binding this is: say so (and count it as low confidence) instead of assuming a right.
                strength = c.Category.DefaultStrength == Strength.Recht ? Strength.Inspanning : c.Category.DefaultStrength;
                rules.Add(UnsupportedStrength);
            }
            rules.AddRange(c.ExtraRules);

            double confidence = Confidence(c, hasFigure);
            if (c.StrengthCue is null) confidence = Math.Min(confidence, 0.4);
            result.Add(new Label(c.Category.Code, strength, confidence, Merge(evidence), attrs, rules));
        }
        return result;
    }

    /// <summary>The rule id on a label whose strength nothing in the text supports (a low-confidence label).</summary>
    public const string UnsupportedStrength = "strength:unsupported";

    static void AddOnce(List<string> list, string s) { if (!list.Contains(s)) list.Add(s); }

    /// <summary>Where a label's evidence is: its strong triggers if any, else all its hits, else its context term.</summary>
    static List<Hit> Anchors(Candidate c)
    {
        if (c.Hits.Count == 0) return [c.ContextHit!.Value];
        if (c.Hits.Exists(h => h.Weak) && c.Hits.Exists(h => !h.Weak)) return c.Hits.FindAll(h => !h.Weak);
        return c.Hits;
    }

    /// <summary>
    /// The period of the amount, from the closed set in <see cref="AttributeExtractor.PeriodSet"/>. Without an amount, the period
    /// near the hours, days or percentage, else a frequency in the evidence sentence ("eens per twee jaar").
    /// </summary>
    static string? Period(string text, Sentences sentences, List<Hit> anchors, Found<Amount>? amount,
        Found<decimal>? hour, Found<decimal>? day, Found<decimal>? percent)
    {
        // An amount without a period phrase nearby takes one said elsewhere in its sentence; else it has none
        // (not "eenmalig": a one-off is only what the text calls one).
        if (amount is { } a)
        {
            if (a.Value.Period is { } near) return near;
            var (from, to) = sentences.At(text, a.Start);
            return AttributeExtractor.PeriodIn(text, from, to);
        }
        foreach (var f in new[] { hour, day, percent })
            if (f is { } q && AttributeExtractor.FindPeriod(text, q.Start, q.End) is { } p) return p;
        foreach (var h in anchors)
        {
            var (from, to) = sentences.At(text, h.Start);
            if (AttributeExtractor.PeriodIn(text, from, to) is { } p) return p;
        }
        return null;
    }

    static double Confidence(Candidate c, bool hasFigure)
    {
        double p = 0.55;
        if (c.Hits.Exists(h => !h.Weak)) p += 0.2;
        else if (c.Hits.Count > 0) p += 0.1;
        if (c.TitleRule is not null) p += 0.07;
        if (c.CueInSentence) p += 0.1;
        else if (c.StrengthCue is not null) p += 0.04;
        if (hasFigure) p += 0.03;
        if (c.Hits.Count > 1) p += 0.03;
        if (c.ExtraRules.Exists(r => r.EndsWith("negation-partial", StringComparison.Ordinal))) p -= 0.1;
        return Math.Round(Math.Clamp(p, 0.05, 0.99), 2);
    }

    /// <summary>
    /// The value nearest this label's evidence. A value in another sentence goes only to the label whose
    /// evidence is nearest (so "budget € 500. ... 16 uur scholing in werktijd." gives the euros to BUDGET
    /// and the hours to TIJD); values in the label's own sentence win over values further away.
    /// </summary>
    static Found<T>? Nearest<T>(List<Found<T>> values, List<Hit> anchors, List<Candidate> all, int self, Sentences sentences)
    {
        Found<T>? best = null;
        long bestScore = long.MaxValue;
        foreach (var v in values)
        {
            long mine = Score(v.Start, anchors, sentences);
            // In the label's own sentence a value is shared; further away it goes to the nearest label only.
            bool owned = true;
            for (int i = 0; i < all.Count && owned && mine >= SentencePenalty; i++)
                if (i != self && Score(v.Start, Anchors(all[i]), sentences) < mine) owned = false;
            if (!owned) continue;
            if (mine < bestScore) { bestScore = mine; best = v; }
        }
        return best;
    }

    const long SentencePenalty = 100_000;

    static long Score(int pos, List<Hit> anchors, Sentences sentences)
    {
        int si = sentences.IndexOf(pos);
        long best = long.MaxValue;
        foreach (var a in anchors)
        {
            long d = Math.Abs(pos - a.Start);
            if (sentences.IndexOf(a.Start) != si) d += SentencePenalty;
            best = Math.Min(best, d);
        }
        return best;
    }

    static Found<T>? NearestAny<T>(List<Found<T>> values, List<Hit> anchors)
    {
        Found<T>? best = null;
        int bestD = int.MaxValue;
        foreach (var v in values)
            foreach (var a in anchors)
            {
                int d = Math.Abs(v.Start - a.Start);
                if (d < bestD) { bestD = d; best = v; }
            }
        return best;
    }

    /// <summary>Contract types mentioned; those in a negated sentence are marked "niet:" (excluded from the provision).</summary>
    static IReadOnlyList<string>? ContractList(List<Found<string>> contracts, Sentences sentences, List<Cue> negations)
    {
        if (contracts.Count == 0) return null;
        var list = new List<string>();
        foreach (var f in contracts)
        {
            var name = SentenceHas(negations, sentences, f.Start) ? "niet:" + f.Value : f.Value;
            if (!list.Contains(name)) list.Add(name);
        }
        return list;
    }

    static List<Span> Merge(List<Span> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<Span>(spans.Count);
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = new Span(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }
}
