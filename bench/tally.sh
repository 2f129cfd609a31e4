#!/usr/bin/env bash
# Benchmark of `claims tally` (issue: reports). Prints medians and ratios measured in this run:
#   1. `claims tally --by system` over a 1,000,000-claim ledger against the sqlite3 shell running
#      the same statement on the same file (`claims tally --by system --sql` prints it). Target: ≤ 1.5×.
#      For context it also times a minimal GROUP BY (claims and the sum of counts per system only).
#   2. A whole `claims tally` process on a small ledger (100 claims). Target: < 50 ms.
#
# Usage: bash bench/tally.sh [RUNS]   (default 5 runs per measurement on the big ledger)
# The 1M ledger is built once with `claims import` (about a minute) and kept in bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
out=bench/out
mkdir -p "$out"

if [[ -n ${CLAIMS_BIN:-} ]]; then
    claims=$CLAIMS_BIN  # measure that binary, don't build (see bench/lib.sh)
else
    echo "building claims (release)..." >&2
    swift build -c release --static-swift-stdlib --scratch-path .build-release --product claims >/dev/null
    claims=$PWD/.build-release/release/claims
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed: apt-get install -y sqlite3" >&2; exit 1; }

big=$out/ledger-1m${TALLY_LEDGER_SUFFIX:-}.sqlite
if [[ ! -f $big ]] || [[ $(sqlite3 "$big" "SELECT count(*) FROM claim" 2>/dev/null || echo 0) != 1000000 ]] \
    || ! "$claims" tally --db "$big" --by none --format json >/dev/null 2>&1; then
    echo "making a 1,000,000-claim ledger (generate_claims.py + claims import)..." >&2
    rm -f "$big" "$big-wal" "$big-shm"
    python3 bench/generate_claims.py 1000000 > "$out/claims-1m.jsonl"
    "$claims" init --db "$big" >/dev/null 2>&1
    start=$(date +%s)
    "$claims" import --db "$big" "$out/claims-1m.jsonl" >&2
    echo "import took $(( $(date +%s) - start )) s" >&2
    rm -f "$out/claims-1m.jsonl"
fi

"$claims" tally --by system --sql > "$out/tally-by-system.sql"
cat > "$out/minimal-by-system.sql" <<'SQL'
SELECT r.system, count(*), sum(r.count) FROM claim c JOIN revision r ON r.seq = c.headRevision
WHERE r.status <> 'retracted' AND r.mergedInto IS NULL GROUP BY r.system;
SQL
cat > "$out/minimal-claim-by-system.sql" <<'SQL'
SELECT r.system, count(*), sum(r.count) FROM claim r WHERE r.status <> 'retracted' AND r.mergedInto IS NULL GROUP BY r.system;
SQL

small=$out/ledger-small.sqlite
rm -f "$small" "$small-wal" "$small-shm"
python3 bench/generate_claims.py 100 > "$out/claims-100.jsonl"
"$claims" init --db "$small" >/dev/null 2>&1
"$claims" import --db "$small" "$out/claims-100.jsonl" >/dev/null 2>&1

python3 - "$claims" "$big" "$small" "$out" "$runs" <<'PY'
import json, statistics, subprocess, sys, time
claims, big, small, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])

def median_time(args, n, stdin=None):
    times = []
    for _ in range(n):
        feed = open(stdin) if stdin else subprocess.DEVNULL
        start = time.perf_counter()
        subprocess.run(args, stdin=feed, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
        if stdin: feed.close()
    return statistics.median(times)

# Same numbers from both?
tool = json.loads(subprocess.run([claims, "tally", "--db", big, "--by", "system", "--format", "json"], capture_output=True, check=True).stdout)
shell = subprocess.run(["sqlite3", "-json", big], stdin=open(f"{out}/tally-by-system.sql"), capture_output=True, check=True).stdout
shell = {row["k0"]: row for row in json.loads(shell)}
assert all(shell[row["system"]]["claims"] == row["claims"] and shell[row["system"]]["sources"] == row["sources"] for row in tool), "tool and sqlite3 disagree"
print(f"1M ledger: {sum(row['claims'] for row in tool):,} counted claims in {len(tool)} systems; tool and sqlite3 agree")

median_time([claims, "tally", "--db", big, "--by", "system", "--format", "json"], 1)  # warm the page cache
t_tool = median_time([claims, "tally", "--db", big, "--by", "system", "--format", "json"], runs)
t_table = median_time([claims, "tally", "--db", big, "--by", "system"], runs)
t_shell = median_time(["sqlite3", big], runs, stdin=f"{out}/tally-by-system.sql")
t_min = median_time(["sqlite3", big], runs, stdin=f"{out}/minimal-by-system.sql")
t_flat = median_time(["sqlite3", big], runs, stdin=f"{out}/minimal-claim-by-system.sql")
print(f"claims tally --by system --format json : {t_tool:7.3f} s (median of {runs})")
print(f"claims tally --by system (table)       : {t_table:7.3f} s")
print(f"sqlite3 shell, same statement          : {t_shell:7.3f} s")
print(f"sqlite3 shell, minimal GROUP BY        : {t_min:7.3f} s (claims and sum of counts only, for context)")
print(f"sqlite3 shell, minimal GROUP BY claim  : {t_flat:7.3f} s (the same over the narrow claim rows alone: a flat table)")
print(f"ratio tool / sqlite3 (same statement)  : {t_tool / t_shell:7.2f}x   (target <= 1.5x)")
print(f"ratio tool / sqlite3 (minimal GROUP BY): {t_tool / t_min:7.2f}x   (issue 14's baseline: target <= 1.5x)")
print(f"ratio tool / minimal GROUP BY of claim : {t_tool / t_flat:7.2f}x")

n = max(20, runs * 4)
t_version = median_time([claims, "--version"], n)
t_json = median_time([claims, "tally", "--db", small, "--format", "json"], n)
t_small = median_time([claims, "tally", "--db", small], n)
t_tax = median_time([claims, "taxonomy", "list"], n)
t_sqlite_small = median_time(["sqlite3", small, "SELECT count(*) FROM claim"], n)
print(f"small ledger (100 claims), median of {n} whole processes:")
print(f"  claims tally (table, names from the taxonomy): {t_small * 1000:6.1f} ms   (target < 50 ms)")
print(f"  claims tally --format json (no taxonomy)     : {t_json * 1000:6.1f} ms")
print(f"  claims taxonomy list (taxonomy load + print) : {t_tax * 1000:6.1f} ms")
print(f"  claims --version (process start-up floor)    : {t_version * 1000:6.1f} ms")
print(f"  sqlite3 shell, one count(*)                  : {t_sqlite_small * 1000:6.1f} ms")
PY
