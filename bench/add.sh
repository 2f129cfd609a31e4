#!/usr/bin/env bash
# Adding N claims through the library in one transaction, against the sqlite3 shell inserting
# the same rows into a plain table in one transaction. Prints both times and the ratio.
# Usage: bash bench/add.sh [N]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
OUT=${BENCH_OUT:-$(mktemp -d)}
command -v sqlite3 >/dev/null || { echo "bench: the sqlite3 shell is needed (apt-get install -y sqlite3)" >&2; exit 2; }

swift build -c release --static-swift-stdlib --scratch-path .build-release --product claims-bench >/dev/null
BIN=$(swift build -c release --static-swift-stdlib --scratch-path .build-release --show-bin-path)/claims-bench

python3 bench/generate_claims.py "$N" --format csv > "$OUT/claims.csv"
python3 - "$OUT/claims.csv" > "$OUT/insert.sql" <<'PY'
import csv, sys
rows = csv.reader(open(sys.argv[1], newline=""))
next(rows)
print("CREATE TABLE plain (kind, system, claimant, claimant_side, weapon_side, count, count_text, qualifier, launched, event_date, place, source, quote);")
print("BEGIN;")
q = lambda v: "NULL" if v == "" else "'" + v.replace("'", "''") + "'"
for r in rows:
    print("INSERT INTO plain VALUES (" + ",".join(q(v) for v in r) + ");")
print("COMMIT;")
PY

best() { sort -n | head -1; }
baseline=$(for i in 1 2 3; do rm -f "$OUT/plain.sqlite"; /usr/bin/time -f %e sqlite3 "$OUT/plain.sqlite" < "$OUT/insert.sql" 2>&1 >/dev/null | tail -1; done | best)
ours=$(for i in 1 2 3; do rm -f "$OUT"/ledger.sqlite*; "$BIN" add "$OUT/ledger.sqlite" "$OUT/claims.csv"; done | best)
"$(swift build -c release --static-swift-stdlib --scratch-path .build-release --show-bin-path)/claims" verify --db "$OUT/ledger.sqlite" >/dev/null 2>&1 || true

echo "claims added:            $N"
echo "sqlite3 shell, plain:    ${baseline}s"
echo "claims library, ledger:  ${ours}s  (revisions hashed and chained, citations, sources)"
python3 -c "print(f'ratio ledger/sqlite3:    {float(\"$ours\")/float(\"$baseline\"):.2f}x')"
