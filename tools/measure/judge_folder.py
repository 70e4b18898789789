#!/usr/bin/env python3
"""Make a judge's folder: the brief, and for labels domain.md plus the taxonomy's definitions, and the sample
without clause ids (a judge must not be able to look clauses up). Usage:
  judge_folder.py labels SAMPLE.jsonl OUTDIR   (SAMPLE from `caomonitor review sample ... --out`)
  judge_folder.py paths  SAMPLE.jsonl OUTDIR   (SAMPLE from path_sample.py)
Keep the sample with ids yourself: it maps verdicts back to clauses."""
import json, os, shutil, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
kind, sample, out = sys.argv[1], sys.argv[2], sys.argv[3]
if kind not in ("labels", "paths"):
    sys.exit("kind must be 'labels' or 'paths'")
os.makedirs(out, exist_ok=True)
if os.listdir(out):
    sys.exit(f"{out} is not empty: a judge starts from a clean folder")

if kind == "labels":
    shutil.copy(os.path.join(here, "JUDGE-LABELS.md"), out)
    domain = os.path.join(root, "..", "shared", "domain.md")
    if not os.path.exists(domain):
        sys.exit(f"{domain} not found: the label judge needs the domain description")
    shutil.copy(domain, out)
    taxonomy = json.load(open(os.path.join(root, "src", "CaoMonitor", "Classification", "taxonomy.v1.json"), encoding="utf-8"))
    lines = ["# Category definitions and boundary decisions (the taxonomy file, in Dutch)", ""]
    lines += [f"- `{c['code']}` ({c['label']}): {c['definition']}" for c in taxonomy["categories"]]
    with open(os.path.join(out, "taxonomy-definitions.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
else:
    shutil.copy(os.path.join(here, "JUDGE-PATHS.md"), out)

n = 0
with open(sample, encoding="utf-8") as src, open(os.path.join(out, "sample.jsonl"), "w", encoding="utf-8") as dst:
    for line in src:
        if line.strip():
            row = json.loads(line)
            row.pop("clause_id", None)
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
print(f"{out}: {kind} judge folder with {n} sample lines (rules {taxonomy['rules_version']})" if kind == "labels"
      else f"{out}: paths judge folder with {n} sample lines")
