# Shared helpers for the benchmarks (sourced, not run).
# Builds `claims` in release mode into .build-release and measures commands with /usr/bin/time.
# Every benchmark measures the build the README installs: release, with the Swift runtime linked
# into the binary (`--static-swift-stdlib`), so it runs on a machine without the toolchain.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# CLAIMS_BIN=PATH measures that binary instead of building one (e.g. an older release, for a
# before/after comparison in the same conditions).
CLAIMS="${CLAIMS_BIN:-$ROOT/.build-release/release/claims}"

build_release() {
    if [ -n "${CLAIMS_BIN:-}" ]; then echo "measuring $CLAIMS_BIN (CLAIMS_BIN: not building)" >&2; return; fi
    echo "building claims (release, .build-release)..." >&2
    swift build -c release --static-swift-stdlib --scratch-path "$ROOT/.build-release" --product claims >&2
}

# measure LABEL CMD...: runs CMD, records wall seconds and peak RSS (MB) in SECS and PEAK_MB.
measure() {
    local label=$1; shift
    local timing
    timing=$(mktemp)
    if ! /usr/bin/time -f "%e %M" -o "$timing" "$@" >/dev/null 2>"$timing.err"; then
        echo "FAILED: $label" >&2
        cat "$timing.err" >&2
        rm -f "$timing" "$timing.err"
        exit 1
    fi
    read -r SECS KB < <(tail -n 1 "$timing")
    PEAK_MB=$(( KB / 1024 ))
    rm -f "$timing" "$timing.err"
    printf '  %-44s %8.2f s  %6d MB peak\n' "$label" "$SECS" "$PEAK_MB"
}

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

# measure_best RUNS FILE LABEL CMD...: runs CMD RUNS times, deleting FILE (and its -journal/-wal)
# before each, and keeps the fastest (SECS) and the largest peak (PEAK_MB): on a shared machine
# the fastest run is the one least disturbed by others.
measure_best() {
    local runs=$1 file=$2 label=$3 best="" peak=0
    shift 3
    for run in $(seq "$runs"); do
        rm -f "$file" "$file-journal" "$file-wal" "$file-shm"
        measure "$label (run $run of $runs)" "$@"
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $SECS < $best else 1)"; then best=$SECS; fi
        [ "$PEAK_MB" -gt "$peak" ] && peak=$PEAK_MB
    done
    SECS=$best
    PEAK_MB=$peak
}

# measure_storage_floor LEDGER [RUNS]: the sqlite3 shell copying every row of a finished ledger into a
# fresh one (same schema, one transaction, rollback journal, the import's page cache and sorter
# thread), row by row (`WHERE 1` keeps SQLite from copying whole pages), with the indexes an
# import into an empty ledger defers built after the rows, as the import does. No parsing,
# hashing or validation: what SQLite alone needs to store what the import stored. Sets FLOOR_SECS
# (the fastest of RUNS).
measure_storage_floor() {
    local ledger=${1//\'/\'\'} copy
    copy=$(mktemp -d)/floor.sqlite
    cat > "$copy.sql" <<SQL
ATTACH '$ledger' AS done;
PRAGMA cache_size = -32768;
PRAGMA threads = 1;
BEGIN;
DROP INDEX revision_on_key;
DROP INDEX citation_on_source;
DROP INDEX finding_on_claim;
INSERT INTO source SELECT * FROM done.source WHERE 1;
INSERT INTO claim SELECT * FROM done.claim WHERE 1;
INSERT INTO extraKeys SELECT * FROM done.extraKeys WHERE 1;
INSERT INTO revision SELECT * FROM done.revision WHERE 1;
INSERT INTO relayStem SELECT * FROM done.relayStem WHERE 1;
INSERT INTO citation SELECT * FROM done.citation WHERE 1;
INSERT INTO findingText SELECT * FROM done.findingText WHERE 1;
INSERT INTO finding SELECT * FROM done.finding WHERE 1;
CREATE INDEX revision_on_key ON revision(claimant, kind, system, eventEnd);
CREATE INDEX citation_on_source ON citation(sourceId);
CREATE INDEX finding_on_claim ON finding(claimId);
COMMIT;
SQL
    local runs=${2:-1} best=""
    for run in $(seq "$runs"); do
        rm -f "$copy"
        "$CLAIMS" init --db "$copy" >/dev/null 2>&1
        sqlite3 "$copy" "PRAGMA journal_mode = DELETE" >/dev/null
        measure "(reference) storage floor (run $run of $runs)" sqlite3 "$copy" ".read $copy.sql"
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $SECS < $best else 1)"; then best=$SECS; fi
    done
    FLOOR_SECS=$best
    rm -rf "$(dirname "$copy")"
}

# best_of RUNS LABEL CMD...: runs CMD RUNS times (nothing deleted between runs) and keeps the
# fastest wall time in SECS.
best_of() {
    local runs=$1 label=$2 best=""
    shift 2
    for run in $(seq "$runs"); do
        measure "$label (run $run of $runs)" "$@"
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $SECS < $best else 1)"; then best=$SECS; fi
    done
    SECS=$best
}

# table_sizes LEDGER: bytes per table and index (SQLite's dbstat), largest first, with bytes per
# claim.
table_sizes() {
    local claims
    claims=$(sqlite3 "$1" "SELECT count(*) FROM claim")
    echo "  bytes per table and index ($claims claims):"
    sqlite3 -separator ' ' "$1" "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC" |
        while read -r name bytes; do
            printf '    %-28s %12d bytes  %8.1f per claim\n' "$name" "$bytes" "$(python3 -c "print($bytes / max($claims, 1))")"
        done
}
