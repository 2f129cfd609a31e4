#!/usr/bin/env bash
# `claims import-piterfm` of a 50x copy of the public dataset (50 x 3,468 = 173,400 rows),
# against the sqlite3 shell's `.import` of the same CSV into a flat table, in the same run.
# Target: within 3x. The copy is built in a temporary directory and deleted afterwards.
#
# Usage: bash bench/piterfm.sh [COPIES]    (dataset: ../shared/data/piterfm, or $CLAIMS_SHARED/data/piterfm)
set -euo pipefail
COPIES=${1:-50}
source "$(dirname "$0")/lib.sh"
DATA="${CLAIMS_SHARED:-$ROOT/../shared}/data/piterfm"
[ -f "$DATA/missile_attacks_daily.csv" ] || { echo "no dataset at $DATA" >&2; exit 1; }
build_release

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/copy"
{
    head -n 1 "$DATA/missile_attacks_daily.csv"
    for _ in $(seq "$COPIES"); do tail -n +2 "$DATA/missile_attacks_daily.csv"; done
} > "$WORK/copy/missile_attacks_daily.csv"
cp "$DATA/missiles_and_uavs.csv" "$WORK/copy/"
ROWS=$(( $(wc -l < "$WORK/copy/missile_attacks_daily.csv") - 1 ))
echo "input: ${COPIES}x the dataset = $ROWS rows, $(( $(stat -c %s "$WORK/copy/missile_attacks_daily.csv") / 1048576 )) MB"

# Each side is run three times and its fastest run kept (the machine is shared).
measure_best 3 "$WORK/flat.sqlite" "sqlite3 .import (csv → flat table)" \
    sqlite3 "$WORK/flat.sqlite" ".import --csv $WORK/copy/missile_attacks_daily.csv attacks"
BASE=$SECS
measure_best 3 "$WORK/ledger.sqlite" "claims import-piterfm" "$CLAIMS" import-piterfm --db "$WORK/ledger.sqlite" "$WORK/copy"
FIRST=$SECS; FIRST_MB=$PEAK_MB
measure_storage_floor "$WORK/ledger.sqlite" 3
measure "claims import-piterfm again (all unchanged)" "$CLAIMS" import-piterfm --db "$WORK/ledger.sqlite" "$WORK/copy"
AGAIN=$SECS

# Issue 14's tally target: `claims tally --by system --kind intercept` (whole process) over the
# imported ledger against a GROUP BY model over the flat table (fastest of 5 each, warm cache).
"$CLAIMS" tally --db "$WORK/ledger.sqlite" --by system --kind intercept --format json >/dev/null
best_of 5 "sqlite3: SELECT model, count(*), sum(destroyed) GROUP BY model" \
    sqlite3 "$WORK/flat.sqlite" "SELECT model, count(*), sum(destroyed) FROM attacks GROUP BY model"
FLAT_TALLY=$SECS
best_of 5 "claims tally --by system --kind intercept" \
    "$CLAIMS" tally --db "$WORK/ledger.sqlite" --by system --kind intercept --format json
TALLY=$SECS
table_sizes "$WORK/ledger.sqlite"

echo
echo "fastest of 3 runs each: sqlite3 .import $BASE s, claims import-piterfm $FIRST s, storage floor $FLOOR_SECS s"
echo "claims import-piterfm / sqlite3 .import: $(ratio "$FIRST" "$BASE")x   (target ≤ 3x); peak memory $FIRST_MB MB"
echo "  storage floor: the sqlite3 shell copying the imported ledger's rows: $(ratio "$FLOOR_SECS" "$BASE")x;"
echo "  claims import-piterfm / that floor: $(ratio "$FIRST" "$FLOOR_SECS")x"
echo "database size: flat table $(( $(stat -c %s "$WORK/flat.sqlite") / 1048576 )) MB, ledger $(( $(stat -c %s "$WORK/ledger.sqlite") / 1048576 )) MB (claims, revisions with the kept columns and hashes, citations quoting each row)"
echo "re-import of the same file / sqlite3 .import: $(ratio "$AGAIN" "$BASE")x"
echo "ledger / flat table size: $(ratio "$(stat -c %s "$WORK/ledger.sqlite")" "$(stat -c %s "$WORK/flat.sqlite")")x   (target ≤ 2x)"
echo "claims tally --by system --kind intercept $TALLY s / flat GROUP BY model $FLAT_TALLY s: $(ratio "$TALLY" "$FLAT_TALLY")x   (target ≤ 1.5x)"
