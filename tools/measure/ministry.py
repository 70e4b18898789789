#!/usr/bin/env python3
"""Employee-weighted coverage of the 2024 monitor snapshot in the ministry's groups. Usage: ministry.py SNAPDIR [YEAR]"""
import csv, sys
snap, year = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else '2024')
rows = [r for r in csv.DictReader(open(f"{snap}/by_cao.csv")) if r['year'] == year]
if not rows:
    sys.exit(print(f"no cao in force in {year} in this snapshot") or 0)
LLO = [c for c in rows[0] if c.startswith('LLO.')]
groups = [
    ("scholing (2018/2020)", "99%", LLO),
    ("loopbaanbeleid (2018/2020)", "81-82%", ["VWNW.LOOPBAAN", "LLO.ONTWIKKELGESPREK", "LLO.EVC"]),
    ("mobiliteit (2018/2020)", "40-46%", ["VWNW.TRAJECT", "VWNW.SOCIAAL_PLAN", "VWNW.INTERN", "VWNW.INTERSECTORAAL", "VWNW.TRANSITIEVERGOEDING"]),
    ("individueel ontwikkelbudget (2018)", "27%", ["LLO.BUDGET"]),
    ("studiekosten (2018)", "74%", ["LLO.STUDIEKOSTEN"]),
    ("scholingsverlof (2018)", "75%", ["LLO.TIJD"]),
    ("EVC (2018)", "30%", ["LLO.EVC"]),
    ("interne mobiliteit (2018)", "28%", ["VWNW.INTERN"]),
    ("externe mobiliteit (2018)", "37%", ["VWNW.INTERSECTORAAL"]),
]
total = sum(int(r['employees'] or 0) for r in rows)
print(f"{len(rows)} cao's, {total} employees")
print("| ministry measure | published | ours any strength | ours recht | difference | categories |")
print("|---|---|---|---|---|---|")
for name, pub, cats in groups:
    anyw = sum(int(r['employees'] or 0) for r in rows if any(r[c] for c in cats))
    recw = sum(int(r['employees'] or 0) for r in rows if any(r[c] == 'recht' for c in cats))
    lo = int(pub.split('-')[-1].rstrip('%'))
    a, b = round(100 * anyw / total), round(100 * recw / total)
    print(f"| {name} | {pub} | {a}% | {b}% | {a - lo:+d} | {', '.join(c.split('.')[1] for c in cats) if cats is not LLO else 'any LLO'} |")
