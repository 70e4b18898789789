#!/bin/bash
# One measured round on real text: a fresh ingest of a real corpus with this checkout's Release build, then the
# structure, cao-level, ministry, dev-set and gold figures; with seeds also the label and path samples and the judges'
# folders. Usage, from the project root after `dotnet build CaoMonitor.sln -c Release`:
#   tools/measure/round.sh CORPUS OUT [LABELSEED PATHSEED]
# CORPUS is made by ../shared/tools/real-szw-corpus.py CORPUS 2024; OUT must not hold anything you want to keep.
set -euo pipefail
CORPUS=$1; OUT=$2; LS=${3:-}; PS=${4:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI="dotnet $ROOT/src/CaoMonitor.Cli/bin/Release/net10.0/CaoMonitor.Cli.dll"
DEV=$ROOT/../shared/data/real-clauses-dev/real-clauses-dev.jsonl
rm -rf "$OUT"; mkdir -p "$OUT"
$CLI ingest "$CORPUS" --data "$OUT/store" > "$OUT/ingest.log" 2>&1 || { echo "ingest failed, see $OUT/ingest.log"; exit 1; }
$CLI quality structure --data "$OUT/store" --json > "$OUT/structure.json"
$CLI monitor --year 2024 --data "$OUT/store" --out "$OUT/snap" > "$OUT/monitor.log" 2>&1
echo "== round at $(git -C "$ROOT" rev-parse --short HEAD)"
for T in "$ROOT"/tools/measure/caotruth-2024*; do
  echo "-- $(basename "$T")"; python3 "$ROOT/tools/measure/caolevel.py" "$OUT/snap" "$T" "$CORPUS/registry.csv"
done
python3 "$ROOT/tools/measure/ministry.py" "$OUT/snap" 2024
if [ -f "$DEV" ]; then $CLI eval --gold "$DEV" --summary | sed -n 1,8p; else echo "no dev set at $DEV"; fi
$CLI eval --gold "$ROOT/tests/CaoMonitor.Tests/Classification/Gold/gold.jsonl" --summary | sed -n 3,4p
python3 - "$OUT/structure.json" "$OUT/store/caomonitor.db" <<'PY'
import json, sqlite3, sys
s = json.load(open(sys.argv[1]))
print("structure:", {k: v for k, v in s.items() if not isinstance(v, (list, dict))})
print("labels:", sqlite3.connect(sys.argv[2]).execute("select count(*) from labels").fetchone()[0])
PY
if [ -n "$LS" ] && [ -n "$PS" ]; then
  $CLI review sample --per-category 7 --seed "$LS" --data "$OUT/store" --out "$OUT/labels-$LS.jsonl" > /dev/null
  python3 "$ROOT/tools/measure/path_sample.py" "$OUT/store/caomonitor.db" "$OUT/paths-$PS.jsonl" "$PS" 50
  python3 "$ROOT/tools/measure/judge_folder.py" labels "$OUT/labels-$LS.jsonl" "$OUT/judge-labels-$LS"
  python3 "$ROOT/tools/measure/judge_folder.py" paths "$OUT/paths-$PS.jsonl" "$OUT/judge-paths-$PS"
fi
