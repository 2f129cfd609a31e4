#!/usr/bin/env bash
# `claims report` and `claims export` over N claims (issue 14: < 3 s each at 1,000,000).
#
# Makes an N-claim ledger once (generate_claims.py + `claims import`, kept in bench/out/), then,
# fastest of RUNS runs each (the machine is shared), wall and CPU (user + sys) time and peak memory:
#   - `claims report --out FILE` against the sqlite3 shell running the report's three tallies
#     (`claims tally --sql` prints them: by system for intercepts, by weapon side and month for
#     intercepts, by month and side) on the same file: what the report computed before it made
#     them in one pass;
#   - `claims export --format jsonl` and `--format csv` (to a file) against the sqlite3 shell
#     writing the same claims, revisions and citations with `.mode json` (to a file);
#   - the file-system floor: `cp` of the exported file to a new file (what writing that many
#     bytes costs the kernel here, whoever writes them).
# With CLAIMS_BASE=PATH (an older `claims`), it also times that binary in the same run and checks
# that both write the same bytes (report and jsonl export, with SOURCE_DATE_EPOCH fixed).
#
# Usage: bash bench/report.sh [N] [RUNS]     (defaults 1000000 and 3)
#        CLAIMS_BIN=PATH to measure that binary instead of building one (see bench/lib.sh).
set -euo pipefail
N=${1:-1000000}
RUNS=${2:-3}
source "$(dirname "$0")/lib.sh"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
build_release
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
export SOURCE_DATE_EPOCH=1733500000  # same stamp in every run: outputs can be compared byte for byte

LEDGER="$OUT/report-$N.sqlite"
if [[ ! -f $LEDGER ]] || [[ $(sqlite3 "$LEDGER" "SELECT count(*) FROM claim" 2>/dev/null || echo 0) != "$N" ]]; then
    echo "making a $N-claim ledger (generate_claims.py + claims import)..." >&2
    rm -f "$LEDGER" "$LEDGER-wal" "$LEDGER-shm"
    python3 "$ROOT/bench/generate_claims.py" "$N" > "$OUT/report-$N.jsonl"
    "$CLAIMS" init --db "$LEDGER" >/dev/null 2>&1
    "$CLAIMS" import --db "$LEDGER" "$OUT/report-$N.jsonl" >&2
    rm -f "$OUT/report-$N.jsonl"
fi
echo "ledger: $N claims, $(( $(stat -c %s "$LEDGER") / 1048576 )) MB; sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# fastest RUNS LABEL CMD...: fastest wall time of RUNS runs (SECS), with that run's CPU seconds
# (CPU) and the largest peak memory (PEAK_MB).
fastest() {
    local runs=$1 label=$2 best="" cpu="" peak=0 timing
    shift 2
    timing=$(mktemp)
    for run in $(seq "$runs"); do
        /usr/bin/time -f "%e %U %S %M" -o "$timing" "$@" >/dev/null 2>"$timing.err" || { cat "$timing.err" >&2; exit 1; }
        read -r wall user sys kb < <(tail -n 1 "$timing")
        printf '  %-52s %6.2f s wall %6.2f s cpu %6d MB\n' "$label (run $run)" "$wall" "$(python3 -c "print($user + $sys)")" $(( kb / 1024 ))
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $wall < $best else 1)"; then best=$wall; cpu=$(python3 -c "print(round($user + $sys, 2))"); fi
        [ $(( kb / 1024 )) -gt "$peak" ] && peak=$(( kb / 1024 ))
    done
    rm -f "$timing" "$timing.err"
    SECS=$best; CPU=$cpu; PEAK_MB=$peak
}

# The report's three tallies, as the sqlite3 shell runs them.
{
    "$CLAIMS" tally --by system --kind intercept --sql
    "$CLAIMS" tally --by weapon_side,month --kind intercept --sql
    "$CLAIMS" tally --by month,side --sql
} > "$OUT/report-tallies.sql"
cat > "$OUT/export-rows.sql" <<'SQL'
.mode json
SELECT c.id, r.*, lower(hex(r.prevHash)) AS prev, lower(hex(r.hash)) AS hash, ci.quote, ci.relay, ci.sourceId, s.url, s.outlet
FROM claim c JOIN revision r ON r.claimId = c.id JOIN citation ci ON ci.claimId = c.id JOIN source s ON s.id = ci.sourceId
ORDER BY c.id, r.number, ci.id;
SQL

declare -A RESULT
run_all() {  # run_all NAME BINARY
    local name=$1 bin=$2
    fastest "$RUNS" "$name: claims report" "$bin" report --db "$LEDGER" --out "$OUT/report-$name.html"
    RESULT[$name-report]="$SECS $CPU $PEAK_MB"
    fastest "$RUNS" "$name: claims export --format jsonl" sh -c "rm -f '$OUT/export-$name.jsonl'; exec '$bin' export --db '$LEDGER' --format jsonl --out '$OUT/export-$name.jsonl'"
    RESULT[$name-jsonl]="$SECS $CPU $PEAK_MB"
    fastest "$RUNS" "$name: claims export --format csv" sh -c "rm -f '$OUT/export-$name.csv'; exec '$bin' export --db '$LEDGER' --format csv --out '$OUT/export-$name.csv'"
    RESULT[$name-csv]="$SECS $CPU $PEAK_MB"
}

fastest "$RUNS" "baseline: sqlite3, the report's three tallies" sqlite3 "$LEDGER" ".read $OUT/report-tallies.sql"
RESULT[tallies]="$SECS $CPU $PEAK_MB"
fastest "$RUNS" "baseline: sqlite3 .mode json, claims+revisions+citations" sh -c "rm -f '$OUT/rows.json'; exec sqlite3 '$LEDGER' '.read $OUT/export-rows.sql' > '$OUT/rows.json'"
RESULT[rows]="$SECS $CPU $PEAK_MB"
run_all new "$CLAIMS"
fastest "$RUNS" "floor: cp of the jsonl export to a new file" sh -c "rm -f '$OUT/copy.jsonl'; exec cp '$OUT/export-new.jsonl' '$OUT/copy.jsonl'"
RESULT[floor]="$SECS $CPU $PEAK_MB"
rm -f "$OUT/copy.jsonl" "$OUT/rows.json"
if [ -n "${CLAIMS_BASE:-}" ]; then
    run_all base "$CLAIMS_BASE"
    cmp "$OUT/report-base.html" "$OUT/report-new.html" && echo "report: identical bytes"
    cmp "$OUT/export-base.jsonl" "$OUT/export-new.jsonl" && echo "export jsonl: identical bytes"
    cmp "$OUT/export-base.csv" "$OUT/export-new.csv" && echo "export csv: identical bytes"
fi
echo "jsonl export: $(( $(stat -c %s "$OUT/export-new.jsonl") / 1048576 )) MB; csv: $(( $(stat -c %s "$OUT/export-new.csv") / 1048576 )) MB"
rm -f "$OUT"/export-*.jsonl "$OUT"/export-*.csv

echo
printf '%-46s %10s %10s %8s %12s\n' "$N claims, fastest of $RUNS" "wall" "cpu" "peak" "vs baseline"
line() {  # line LABEL KEY BASEKEY
    read -r wall cpu peak <<< "${RESULT[$2]}"
    read -r bwall _ _ <<< "${RESULT[$3]}"
    printf '%-46s %8.2f s %8.2f s %5d MB %10sx\n' "$1" "$wall" "$cpu" "$peak" "$(ratio "$wall" "$bwall")"
}
line "sqlite3: the report's three tallies" tallies tallies
line "claims report" new-report tallies
[ -n "${CLAIMS_BASE:-}" ] && line "claims report (CLAIMS_BASE)" base-report tallies
line "sqlite3 .mode json of the rows" rows rows
line "claims export --format jsonl" new-jsonl rows
[ -n "${CLAIMS_BASE:-}" ] && line "claims export --format jsonl (CLAIMS_BASE)" base-jsonl rows
line "claims export --format csv" new-csv rows
[ -n "${CLAIMS_BASE:-}" ] && line "claims export --format csv (CLAIMS_BASE)" base-csv rows
line "floor: cp of the jsonl file" floor rows
echo "target: claims report and claims export --format jsonl < 3 s each at 1,000,000 claims; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
