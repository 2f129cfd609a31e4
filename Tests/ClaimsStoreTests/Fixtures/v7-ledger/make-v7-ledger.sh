#!/usr/bin/env bash
# Rebuilds v7-ledger.sqlite, the fixture of the v7 -> v8 migration test (LedgerMigrationV8Tests.swift):
# a ledger written by the release whose last migration is "v7 lean storage" (commit 5d4d124 on
# main), before "v8 dataset rows kept once" existed. Same steps and inputs as ../v6-ledger (whose
# make-v6-ledger.sh describes them). Do not regenerate it with a newer binary.
#
# Usage: bash make-v7-ledger.sh PATH-TO-A-v7-claims-BINARY
set -euo pipefail
CLAIMS=${1:?usage: make-v7-ledger.sh PATH-TO-claims}
HERE=$(cd "$(dirname "$0")" && pwd)
INPUTS="$HERE/../v6-ledger"
DB="$HERE/v7-ledger.sqlite"
rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
export CLAIMS_DB="$DB"

"$CLAIMS" init
"$CLAIMS" import-piterfm "$INPUTS/piterfm"
"$CLAIMS" log "$INPUTS/article-accepted.txt" --accept --url https://example.org/fixture/south-night \
    --outlet "Fixture Wire" --published 2025-01-14
"$CLAIMS" log "$INPUTS/article-queued.txt" --url https://example.org/fixture/competing-accounts \
    --outlet "Fixture Post" --published 2025-02-02
# Two hand-logged claims that are the same statement relayed by two outlets (`--new` keeps the
# second a claim of its own rather than a citation of the first): merged below.
"$CLAIMS" add --kind intercept --system ATACMS --count 6 --claimant ru-mod --location Crimea --date 2025-01-20 \
    --source https://example.org/fixture/atacms-a --published 2025-01-20 --outlet "Outlet A" \
    --quote "The ministry said six ATACMS missiles were shot down over Crimea."
"$CLAIMS" add --kind intercept --system ATACMS --count 6 --claimant ru-mod --location Crimea --date 2025-01-20 \
    --source https://example.org/fixture/atacms-b --published 2025-01-20 --outlet "Outlet B" \
    --relay "Outlet B citing TASS" --new \
    --quote "Six ATACMS were downed over Crimea, the Defence Ministry said."
LAST=$(sqlite3 "$DB" "SELECT max(id) FROM claim")
"$CLAIMS" merge $((LAST - 1)) "$LAST" --reason "the same ministry statement relayed by two outlets"
# A claim the validator warns about (the Russian MoD "intercepting" a Kalibr: self-intercept),
# so the ledger holds stored warnings.
"$CLAIMS" add --kind intercept --system Kalibr --count 2 --claimant ru-mod --date 2025-01-21 \
    --source https://example.org/fixture/self-intercept --published 2025-01-21 --outlet "Outlet C" \
    --quote "The ministry said two Kalibr missiles were intercepted."
# An edit, a status change and a retraction.
"$CLAIMS" edit 1 --count 53 --reason "the air force corrected its figure"
"$CLAIMS" edit 2 --status disputed --reason "no independent confirmation"
"$CLAIMS" retract 4 --reason "fixture: the report was withdrawn"
# The review queue: accept one candidate, reject one, leave the rest pending.
FIRST=$(sqlite3 "$DB" "SELECT min(id) FROM candidate WHERE status = 'pending'")
"$CLAIMS" review accept "$FIRST"
"$CLAIMS" review reject $((FIRST + 1)) --reason "fixture: left out"
"$CLAIMS" verify
# One file, no -wal beside it.
sqlite3 "$DB" "PRAGMA journal_mode = DELETE" >/dev/null
