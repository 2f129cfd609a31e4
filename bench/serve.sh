#!/usr/bin/env bash
# Load test of `claims serve` (issue 15): wrk against loopback, 16 connections, bounded in time,
# on a 173,400-claim ledger (50 copies of the public piterfm dataset), for
#   1. GET /api/tally?by=system&kind=intercept   (one URL)
#   2. GET /claims?page=N                        (N drawn at random over every page)
#   3. GET /api/tally?...&to=D                    (D at random: a new filter each time, so the
#                                                  cache of tally rows misses: the uncached cost)
#   4. 1. again while one more connection runs 3.   (does a slow read hold up the fast ones?)
# It prints p50, p99 and the errors of each. Target: p99 < 50 ms and no error.
# The baseline is measured in the same run: the sqlite3 shell running the same statements on the
# same file (`claims tally --sql`; the page's COUNT and LIMIT/OFFSET), median of its `.timer`.
#
# Usage: bash bench/serve.sh [SECONDS] [COPIES]   (default 10 s per URL, 50 copies)
# The ledger is built once (claims import-piterfm, about a minute) and kept in bench/out/.
set -euo pipefail
DURATION=${1:-10}
COPIES=${2:-50}
CONNECTIONS=16
source "$(dirname "$0")/lib.sh"
DATA="${CLAIMS_SHARED:-$ROOT/../shared}/data/piterfm"
[ -f "$DATA/missile_attacks_daily.csv" ] || { echo "no dataset at $DATA" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "wrk is missing: installing it (apt-get install wrk)..." >&2
    if ! { $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null; }; }; then
        echo "skipped: wrk could not be installed (apt-get install wrk)" >&2
        exit 0
    fi
fi
build_release

OUT=$ROOT/bench/out
mkdir -p "$OUT"
LEDGER=$OUT/serve-${COPIES}x.sqlite
if [[ ! -f $LEDGER ]] || ! "$CLAIMS" tally --db "$LEDGER" --by none --format json >/dev/null 2>&1; then
    echo "making the ledger: ${COPIES}x the piterfm dataset (claims import-piterfm)..." >&2
    WORK=$(mktemp -d)
    mkdir "$WORK/copy"
    {
        head -n 1 "$DATA/missile_attacks_daily.csv"
        for _ in $(seq "$COPIES"); do tail -n +2 "$DATA/missile_attacks_daily.csv"; done
    } > "$WORK/copy/missile_attacks_daily.csv"
    cp "$DATA/missiles_and_uavs.csv" "$WORK/copy/"
    rm -f "$LEDGER" "$LEDGER-wal" "$LEDGER-shm"
    "$CLAIMS" import-piterfm --db "$LEDGER" "$WORK/copy" >/dev/null
    rm -rf "$WORK"
fi
CLAIMS_TOTAL=$(sqlite3 "$LEDGER" "SELECT count(*) FROM claim")
CURRENT=$(sqlite3 "$LEDGER" "SELECT count(*) FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE r.status <> 'retracted' AND r.mergedInto IS NULL")
PAGES=$(( (CURRENT + 49) / 50 ))
echo "ledger: $CLAIMS_TOTAL claims ($CURRENT current, $PAGES pages of 50), $(( $(stat -c %s "$LEDGER") / 1048576 )) MB"

# sql_ms SQLFILE: the median of 7 runs of the sqlite3 shell's `.timer` (real) for the file, in ms.
sql_ms() {
    local runs=()
    for _ in $(seq 7); do
        runs+=("$( { echo ".timer on"; cat "$1"; } | sqlite3 "$LEDGER" 2>&1 | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' \
            | python3 -c 'import sys; print(sum(float(x) for x in sys.stdin) * 1000)' )")
    done
    python3 -c "import statistics, sys; print(f'{statistics.median(float(x) for x in sys.argv[1:]):.2f}')" "${runs[@]}"
}
BASEWORK=$(mktemp -d)
"$CLAIMS" tally --by system --kind intercept --sql > "$BASEWORK/tally.sql"
MIDDLE=$(( PAGES / 2 * 50 ))
cat > "$BASEWORK/page.sql" <<SQL
SELECT COUNT(*) FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE r.status <> 'retracted' AND r.mergedInto IS NULL;
SELECT c.id FROM claim c JOIN revision r ON r.seq = c.headRevision WHERE r.status <> 'retracted' AND r.mergedInto IS NULL ORDER BY c.id LIMIT 50 OFFSET $MIDDLE;
SQL

# Measured first, on an idle machine (before the server and wrk run).
TALLY_SQL=$(sql_ms "$BASEWORK/tally.sql")
PAGE_SQL=$(sql_ms "$BASEWORK/page.sql")
rm -rf "$BASEWORK"

# The server: loopback only, a free port, and a time limit of its own.
WORK=$(mktemp -d)
timeout --kill-after=5 $(( 4 * DURATION + 120 )) "$CLAIMS" serve --db "$LEDGER" --host 127.0.0.1 --port 0 > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER=$!
# On exit: SIGTERM, then (if tally computations that wrk gave up on still hold the graceful
# shutdown after 5 s) SIGKILL to the server itself (the child of `timeout`).
stop_server() {
    kill "$SERVER" 2>/dev/null || return 0
    for _ in $(seq 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER" 2>/dev/null; then
        echo "(the server was still finishing abandoned requests after 5 s: killed)" >&2
        pkill -KILL -P "$SERVER" 2>/dev/null; kill -KILL "$SERVER" 2>/dev/null
    fi
    wait "$SERVER" 2>/dev/null || true
}
trap 'stop_server; rm -rf "$WORK"' EXIT
for _ in $(seq 200); do grep -q '^listening on ' "$WORK/serve.out" && break; sleep 0.05; done
BASE=$(sed -n 's/^listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$WORK/serve.out")
[ -n "$BASE" ] || { echo "claims serve did not start: $(cat "$WORK/serve.err")" >&2; exit 1; }

# wrk's summary as one line: requests, p50, p99, max (ms), socket errors, non-2xx answers.
cat > "$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.2f %.2f %.2f %d %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors, summary.errors.status))
end
LUA
{
    echo "math.randomseed(os.time() + tonumber(tostring({}):match('0x(%x+)') or '0', 16))"
    echo "request = function() return wrk.format('GET', '/claims?page=' .. math.random(1, $PAGES)) end"
    cat "$WORK/report.lua"
} > "$WORK/pages.lua"
# Every request a different filter (`to` = a random day of the dataset's span): the tally cache
# misses, so this is the cost of computing a tally of the whole ledger under load.
{
    echo "math.randomseed(os.time() + tonumber(tostring({}):match('0x(%x+)') or '0', 16))"
    echo "local start = os.time({year = 2022, month = 10, day = 1, hour = 12})"
    echo "request = function() return wrk.format('GET', '/api/tally?by=system&kind=intercept&to=' .. os.date('!%Y-%m-%d', start + 86400 * math.random(0, 1000))) end"
    cat "$WORK/report.lua"
} > "$WORK/uncached.lua"

# load LABEL SCRIPT URL [TIMEOUT]: warms up for 2 s, then wrk for DURATION (a request taking over
# TIMEOUT, default 5 s, is an error); sets P50 P99 ERRORS and prints the line.
load() {
    local label=$1 script=$2 url=$3 timeout=${4:-5s} line
    wrk -t2 -c"$CONNECTIONS" -d2s -s "$script" "$url" >/dev/null
    line=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$timeout" -s "$script" "$url" | grep '^RESULT')
    read -r _ REQUESTS P50 P99 MAX ERRORS NON2XX <<<"$line"
    printf '  %-40s %7d requests (%6.0f/s)  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  errors %d, non-2xx %d\n' \
        "$label" "$REQUESTS" "$(python3 -c "print($REQUESTS / $DURATION)")" "$P50" "$P99" "$MAX" "$ERRORS" "$NON2XX"
}

FAILED=0
echo
echo "wrk, $CONNECTIONS connections, ${DURATION} s each (after 2 s of warm-up), against $BASE:"
load "GET /api/tally?by=system&kind=intercept" "$WORK/report.lua" "$BASE/api/tally?by=system&kind=intercept"
TALLY_P50=$P50; TALLY_P99=$P99; [ "$ERRORS" -eq 0 ] && [ "$NON2XX" -eq 0 ] || FAILED=1
load "GET /claims?page=N (random N)" "$WORK/pages.lua" "$BASE/claims"
PAGE_P50=$P50; PAGE_P99=$P99; [ "$ERRORS" -eq 0 ] && [ "$NON2XX" -eq 0 ] || FAILED=1
# (not part of the target: what the cache saves; a 60 s timeout so that slow answers are measured)
load "GET /api/tally?...&to=D (random D)" "$WORK/uncached.lua" "$BASE/api/tally" 60s
MISS_P50=$P50; MISS_P99=$P99
# 4. The cached tally while one more connection keeps asking uncached ones (not part of the target:
# whether a slow read holds up the fast ones; with one connection for every read it did).
wrk -t1 -c1 -d"$(( DURATION + 4 ))s" --timeout 60s -s "$WORK/uncached.lua" "$BASE/api/tally" >/dev/null &
BUSY=$!
sleep 1
load "GET /api/tally?by=system... beside 1 uncached" "$WORK/report.lua" "$BASE/api/tally?by=system&kind=intercept"
MIXED_P50=$P50; MIXED_P99=$P99; [ "$ERRORS" -eq 0 ] && [ "$NON2XX" -eq 0 ] || FAILED=1
wait "$BUSY" || true
echo
echo "baseline, the sqlite3 shell on the same file before the load (median of 7 .timer runs, one client):"
echo "  claims tally --by system --kind intercept --sql       $TALLY_SQL ms"
echo "  COUNT + LIMIT 50 OFFSET $MIDDLE (a middle page)     $PAGE_SQL ms"
echo
echo "tally:  p50 $TALLY_P50 ms, p99 $TALLY_P99 ms (target < 50 ms); p50 / sqlite3 $(python3 -c "print(f'{$TALLY_P50 / $TALLY_SQL:.3f}')")x (the server answers from its cache)"
echo "claims: p50 $PAGE_P50 ms, p99 $PAGE_P99 ms (target < 50 ms); p50 / sqlite3 $(python3 -c "print(f'{$PAGE_P50 / $PAGE_SQL:.3f}')")x (it slices the cached ids of the filter)"
echo "tally with a new filter each request (no cache): p50 $MISS_P50 ms, p99 $MISS_P99 ms; p50 / sqlite3 $(ratio "$MISS_P50" "$TALLY_SQL")x"
echo "cached tally while another connection asks uncached ones: p50 $MIXED_P50 ms, p99 $MIXED_P99 ms"
[ "$FAILED" -eq 0 ] || { echo "some requests failed" >&2; exit 1; }
