#!/usr/bin/env python3
"""Cao-level agreement of a snapshot's by_cao.csv with readers' truth CSVs. Usage: caolevel.py SNAPDIR TRUTHDIR [REGISTRY [YEAR]]"""
import csv, sys, glob, os, collections
snap, truth = sys.argv[1], sys.argv[2]
reg = sys.argv[3] if len(sys.argv) > 3 else '/tmp/real2024/registry.csv'
year = sys.argv[4] if len(sys.argv) > 4 else '2024'
by_file = {r['file']: r['id'] for r in csv.DictReader(open(reg))}
ours = {r['version_id']: r for r in csv.DictReader(open(f"{snap}/by_cao.csv")) if r['year'] == year}
agree = total = fp = fn = 0
per = collections.defaultdict(lambda: [0, 0, 0, 0])  # agree, total, fp, fn
errs = []
for f in sorted(glob.glob(f"{truth}/szw-*.csv")):
    vid = by_file.get(os.path.basename(f)[:-4] + '.txt')
    if vid is None or vid not in ours:
        continue  # this cao is not in the corpus measured (another year's corpus holds only some cao's)
    mine = ours[vid]
    for t in csv.DictReader(open(f)):
        p = t['present'].strip().lower()
        if p not in ('yes', 'no'):
            continue
        have = bool(mine[t['category']])
        truth_yes = p == 'yes'
        c = per[t['category']]
        c[1] += 1; total += 1
        if have == truth_yes:
            c[0] += 1; agree += 1
        elif have:
            c[2] += 1; fp += 1; errs.append(f"FP {os.path.basename(f)} {t['category']} ours={mine[t['category']]} ({t['note'][:90]})")
        else:
            c[3] += 1; fn += 1; errs.append(f"FN {os.path.basename(f)} {t['category']} truth {t['articles'][:40]} ({t['note'][:80]})")
if total == 0:
    sys.exit(print(f"no cao of this truth folder in this corpus's snapshot for {year}") or 0)
print(f"cao-level agreement {agree}/{total} = {agree/total:.3f}; claimed wrongly {fp}, missed {fn}")
for k, (a, t_, p_, n_) in sorted(per.items()):
    print(f"  {k:28s} {a}/{t_}  fp {p_} fn {n_}")
print("\n".join(errs))
