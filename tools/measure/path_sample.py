#!/usr/bin/env python3
"""Draw a random sample of leaf clause paths from a store, with the text before each clause so a judge can check
the path. Usage: path_sample.py DB OUT.jsonl SEED [N]"""
import sqlite3, sys, random, json, re
# Lines further back than the window that look like headings, by a plain pattern of our own (not the segmenter's), so a
# judge can see the article and chapter a clause sits under when they start more than 3,000 characters before it.
HEADING = re.compile(r"^(?:(?:hoofdstuk|artikel|art\.|bijlage|deel|paragraaf|protocol|reglement|titel|afdeling)\b"
                     r"|\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+[A-Z]|[IVX]{1,6}\.?\s+[A-Z])", re.IGNORECASE)


def headings_back(doc, start, k=12):
    """The last k heading-like lines that end before the window (which starts 3,000 characters before the clause)."""
    out, pos = [], 0
    for line in doc[:max(0, start - 3000)].split("\n"):
        t = line.strip()
        digits = sum(ch.isdigit() for ch in t)
        if 3 <= len(t) <= 90 and HEADING.match(t) and digits <= 8 and digits / len(t) < 0.2:
            out.append((pos, t))
        pos += len(line) + 1
    return [f"{start - p} characters before the clause: {t}" for p, t in out[-k:]]


db, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
n = int(sys.argv[4]) if len(sys.argv) > 4 else 50
c = sqlite3.connect(db)
rows = c.execute("""select c.id, d.id, d.name, d.source_file, c.path, c.page_start, c.page_end, c.start, c."end", c.text
                    from clauses c join documents d on d.id = c.document_id
                    where c.is_leaf = 1 and d.status = 'ok' order by c.id""").fetchall()
rng = random.Random(seed)
pick = sorted(rng.sample(range(len(rows)), n))
texts = {}
with open(out, 'w') as f:
    for k, i in enumerate(pick, 1):
        cid, did, name, src, path, p0, p1, s, e, text = rows[i]
        if did not in texts:
            texts[did] = c.execute("select text from documents where id=?", (did,)).fetchone()[0] or ''
        doc = texts[did]
        f.write(json.dumps({"n": k, "clause_id": cid, "document": name, "file": src, "path": path,
                            "pages": f"{p0}-{p1}", "clause_text": text[:1500],
                            "text_before": doc[max(0, s - 3000):s], "text_after": doc[e:e + 400],
                            "headings_further_back": headings_back(doc, s)},
                           ensure_ascii=False) + "\n")
print(f"{n} of {len(rows)} leaf clauses, seed {seed} -> {out}")
