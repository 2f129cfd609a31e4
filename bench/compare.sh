#!/usr/bin/env bash
# `claims compare --between russia,ukraine --by event` (whole process) on the imported piterfm
# dataset plus a few Russian claims (issue 13). Target: < 1 s. For context it also times
# `--by system` on the same ledger and `claims --version` (the process floor).
#
# Usage: bash bench/compare.sh [RUNS]   (dataset: ../shared/data/piterfm, or $CLAIMS_SHARED/data/piterfm)
set -euo pipefail
RUNS=${1:-5}
source "$(dirname "$0")/lib.sh"
DATA="${CLAIMS_SHARED:-$ROOT/../shared}/data/piterfm"
[ -f "$DATA/missile_attacks_daily.csv" ] || { echo "no dataset at $DATA" >&2; exit 1; }
build_release

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/ledger.sqlite"
"$CLAIMS" init --db "$DB" >/dev/null 2>&1
"$CLAIMS" import-piterfm --db "$DB" "$DATA" >/dev/null 2>&1
# A few Russian claims about nights the dataset reports (the Defence Ministry's usual wording).
add() { "$CLAIMS" add --db "$DB" --claimant ru-mod --source "https://example.org/ru-mod/$1-$2-$3" --quote "$4" \
    --kind "$1" --system "$2" --date "$3" "${@:5}" >/dev/null; }
add strike kinzhal 2024-05-14 "a group strike with Kinzhal hypersonic missiles" --count-text several
add strike shahed-136 2024-05-14 "strike drones hit the targets" --count-text several
add intercept unspecified-drone 2024-05-14 "air defence destroyed 20 Ukrainian drones" --count 20
add strike kinzhal 2024-03-22 "a massive strike with Kinzhal and Kh-101 missiles" --count-text several
add strike kh-101 2024-03-22 "a massive strike with Kinzhal and Kh-101 missiles" --count-text several
add intercept unspecified-drone 2024-03-22 "30 Ukrainian drones were downed" --count 30
CLAIMS_IN=$(sqlite3 "$DB" "SELECT count(*) FROM claim")
ROWS=$("$CLAIMS" compare --db "$DB" --between russia,ukraine --by event --format json | python3 -c "import json,sys; r=json.load(sys.stdin); print(len(r), sum(1 for x in r if x['paired']))")
echo "ledger: $CLAIMS_IN claims; compare --by event: $(echo "$ROWS" | cut -d' ' -f1) rows, $(echo "$ROWS" | cut -d' ' -f2) paired"

best() {  # best LABEL CMD...: fastest of $RUNS runs into BEST
    local label=$1; shift
    BEST=""
    for _ in $(seq "$RUNS"); do
        measure "$label" "$@" >/dev/null
        if [ -z "$BEST" ] || python3 -c "import sys; sys.exit(0 if $SECS < $BEST else 1)"; then BEST=$SECS; fi
    done
    printf '  %-60s %6.3f s (fastest of %d), peak %d MB\n' "$label" "$BEST" "$RUNS" "$PEAK_MB"
}
best "claims compare --by event" "$CLAIMS" compare --db "$DB" --between russia,ukraine --by event --format json
EVENT=$BEST
best "claims compare --by event (table)" "$CLAIMS" compare --db "$DB" --between russia,ukraine --by event
best "claims compare --by system" "$CLAIMS" compare --db "$DB" --between russia,ukraine --by system --format json
best "claims --version (process floor)" "$CLAIMS" --version
# Baseline in the same run: the sqlite3 shell reading the same counted claims and grouping them
# by side, system and day (what a hand-written script would do, without events or counting rules).
best "sqlite3: GROUP BY side, system, day over the same claims" sqlite3 "$DB" \
    "SELECT claimantSide, system, substr(eventEnd, 1, 10), count(*), sum(count) FROM currentClaim WHERE status <> 'retracted' AND mergedInto IS NULL GROUP BY 1, 2, 3"
BASE=$BEST
echo
echo "compare --by event on $CLAIMS_IN claims: $EVENT s   (target < 1 s); ratio to the sqlite3 GROUP BY: $(python3 -c "print(f'{$EVENT / max($BASE, 0.001):.1f}x')")"
