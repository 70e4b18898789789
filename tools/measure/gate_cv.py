#!/usr/bin/env python3
"""Cross-validated check of a learned label gate (issue 11, requirement 6).

Reads judged label samples (sample JSONL with text/title/code/strength and the judge's verdicts JSONL,
matched on "n"), keeps one row per distinct (text, code) with the majority verdict, and scores a
logistic-regression gate over word features with folds grouped by text, so that a clause sampled in
two rounds never sits on both sides. Prints the precision of the labels the gate keeps against the
share of judged-right labels it keeps.

usage: gate_cv.py SAMPLE.jsonl:VERDICTS.jsonl [...] [--folds 6]
No real text is written anywhere; only figures are printed.
"""
import json, math, random, re, sys, zlib

def load(pairs):
    rows = {}
    for pair in pairs:
        sample_path, verdict_path = pair.split(":")
        sample = {j["n"]: j for j in map(json.loads, open(sample_path))}
        for v in map(json.loads, open(verdict_path)):
            x = sample[v["n"]]
            rows.setdefault((x["text"], x["code"]), [x, []])[1].append(v["correct"] == "yes")
    return [(x, 1 if 2 * sum(v) >= len(v) else 0) for x, v in rows.values()]

def words(t):
    return re.findall(r"[a-zà-ÿ]+", t.lower())

def features(x, crossed):
    ws = [w[:6] for w in words(x["text"])]
    f = {"w:" + w for w in ws} | {"b:" + a + "_" + b for a, b in zip(ws, ws[1:])}
    f |= {"t:" + w[:6] for w in words(x.get("title") or "")}
    f |= {"c:" + x["code"], "s:" + x["strength"], "len:%d" % min(5, int(math.log2(len(x["text"]) + 1)) - 4)}
    if crossed:
        f |= {x["code"] + "|" + w for w in ws}
    return f

def train(rows, crossed, l2=1.0, epochs=30, lr=0.1):
    w, b = {}, 0.0
    xs = [(features(x, crossed), y) for x, y in rows]
    for epoch in range(epochs):
        random.Random(epoch).shuffle(xs)
        for f, y in xs:
            p = 1 / (1 + math.exp(-(b + sum(w.get(k, 0) for k in f))))
            b -= lr * (p - y)
            for k in f:
                w[k] = w.get(k, 0) - lr * ((p - y) + l2 * w.get(k, 0) / len(xs))
    return w, b

def score(model, x, crossed):
    w, b = model
    return 1 / (1 + math.exp(-(b + sum(w.get(k, 0) for k in features(x, crossed)))))

def main():
    args = sys.argv[1:]
    folds = 6
    if "--folds" in args:
        i = args.index("--folds"); folds = int(args[i + 1]); del args[i:i + 2]
    rows = load(args)
    right = sum(y for _, y in rows)
    print(f"{len(rows)} distinct judged labels, {right} right (precision {right / len(rows):.3f})")
    for crossed in (False, True):
        scored = []
        for k in range(folds):
            fold = lambda x: zlib.crc32(x["text"].encode()) % folds == k
            model = train([(x, y) for x, y in rows if not fold(x)], crossed)
            scored += [(score(model, x, crossed), y) for x, y in rows if fold(x)]
        scored.sort(key=lambda t: -t[0])
        cells = []
        for keep in (1.0, 0.9, 0.8, 0.7, 0.6):
            kept = scored[:int(len(scored) * keep)]
            good = sum(y for _, y in kept)
            cells.append(f"keep {keep:.0%}: precision {good / len(kept):.3f}, right kept {good / right:.3f}")
        print(("words x category" if crossed else "words") + ": " + " | ".join(cells))

main()
