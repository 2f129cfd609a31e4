#!/usr/bin/env bash
# Validating N claims (every rule, whole ledger) against the sqlite3 shell reading the same
# current claims with their citations. Prints both times, the time per 100k claims and the ratio.
# Usage: bash bench/validate.sh [N]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
OUT=${BENCH_OUT:-$(mktemp -d)}
command -v sqlite3 >/dev/null || { echo "bench: the sqlite3 shell is needed (apt-get install -y sqlite3)" >&2; exit 2; }

swift build -c release --static-swift-stdlib --scratch-path .build-release --product claims >/dev/null
BIN=$(swift build -c release --static-swift-stdlib --scratch-path .build-release --show-bin-path)/claims
python3 bench/generate_claims.py "$N" > "$OUT/claims.jsonl"
rm -f "$OUT"/ledger.sqlite*
"$BIN" import --db "$OUT/ledger.sqlite" "$OUT/claims.jsonl" >/dev/null 2>&1

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
SQL="SELECT c.id, r.kind, r.system, r.claimant, r.count, r.launched, r.eventEnd, r.place, ci.sourceId, ci.quote, s.published FROM claim c JOIN revision r ON r.seq = c.headRevision LEFT JOIN citation ci ON ci.claimId = c.id LEFT JOIN source s ON s.id = ci.sourceId ORDER BY c.id;"
baseline=$(for i in 1 2 3 4 5; do /usr/bin/time -f %e sqlite3 "$OUT/ledger.sqlite" "$SQL" 2>&1 >/dev/null | tail -1; done | median)
ours=$(for i in 1 2 3 4 5; do /usr/bin/time -f %e "$BIN" validate --db "$OUT/ledger.sqlite" --format json 2>&1 >"$OUT/findings.json" | tail -1; done | median)
findings=$(python3 -c "import json; f=json.load(open('$OUT/findings.json')); print(len(f))")

echo "claims validated:                 $N ($findings findings)"
echo "sqlite3 shell, read claims+cites: ${baseline}s"
echo "claims validate (all rules):      ${ours}s  (whole process)"
python3 -c "n=$N; t=float('$ours'); print(f'per 100k claims:                  {t*100000/n:.3f}s'); print(f'ratio validate/sqlite3:            {t/float(\"$baseline\"):.2f}x')"
