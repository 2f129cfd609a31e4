# Shared helpers for the benchmarks (sourced, not run).
# Builds `claims` in release mode into .build-release and measures commands with /usr/bin/time.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLAIMS="$ROOT/.build-release/release/claims"

build_release() {
    echo "building claims (release, .build-release)..." >&2
    swift build -c release --scratch-path "$ROOT/.build-release" --product claims >&2
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

# measure_storage_floor LEDGER: the sqlite3 shell copying every row of a finished ledger into a
# fresh one (same schema, one transaction, rollback journal, the import's page cache and sorter
# thread), row by row (`WHERE 1` keeps SQLite from copying whole pages), with the indexes an
# import into an empty ledger defers built after the rows, as the import does. No parsing,
# hashing or validation: what SQLite alone needs to store what the import stored. Sets FLOOR_SECS.
measure_storage_floor() {
    local ledger=${1//\'/\'\'} copy
    copy=$(mktemp -d)/floor.sqlite
    "$CLAIMS" init --db "$copy" >/dev/null 2>&1
    sqlite3 "$copy" "PRAGMA journal_mode = DELETE" >/dev/null
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
INSERT INTO revision SELECT * FROM done.revision WHERE 1;
INSERT INTO citation SELECT * FROM done.citation WHERE 1;
INSERT INTO finding SELECT * FROM done.finding WHERE 1;
CREATE INDEX revision_on_key ON revision(claimant, kind, system, eventEnd);
CREATE INDEX citation_on_source ON citation(sourceId);
CREATE INDEX finding_on_claim ON finding(claimId);
COMMIT;
SQL
    measure "(reference) sqlite3: copy its rows, same schema" sqlite3 "$copy" ".read $copy.sql"
    FLOOR_SECS=$SECS
    rm -rf "$(dirname "$copy")"
}
