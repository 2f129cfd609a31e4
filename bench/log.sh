#!/usr/bin/env bash
# `claims log --accept` of one long generated article (default 1 MB, thousands of claims) into an
# empty ledger: the whole command, one write transaction that validates every claim against the
# article's text. Baselines in the same run: `claims extract` of the same file (the extraction
# alone, nothing stored) and `grep -c` over the same bytes. Fastest of RUNS runs each.
#
# Usage: bash bench/log.sh            (SIZE_MB=1 RUNS=3 by default)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SIZE_MB=${SIZE_MB:-1}
RUNS=${RUNS:-3}
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
build_release

ARTICLE="$OUT/log-article.txt"
python3 "$ROOT/bench/generate_articles.py" --megabytes "$SIZE_MB" --seed 11 > "$ARTICLE"
echo "article: $(( $(wc -c < "$ARTICLE") / 1024 )) KB of generated text"

LEDGER="$OUT/log.sqlite"
best_log=""
for run in $(seq "$RUNS"); do
    rm -f "$LEDGER" "$LEDGER"-*
    "$CLAIMS" init --db "$LEDGER" >/dev/null 2>&1
    measure "claims log --accept (run $run of $RUNS)" "$CLAIMS" log --db "$LEDGER" "$ARTICLE" \
        --url https://example.org/long --published 2024-06-12 --accept
    if [ -z "$best_log" ] || python3 -c "import sys; sys.exit(0 if $SECS < $best_log else 1)"; then best_log=$SECS; fi
done
LOG=$best_log; LOG_MB=$PEAK_MB
CLAIMS_STORED=$("$CLAIMS" verify --db "$LEDGER" --format json | python3 -c "import json, sys; print(json.load(sys.stdin)['claims'])")
measure_best "$RUNS" "$OUT/unused.sqlite" "claims extract (same file, nothing stored)" \
    "$CLAIMS" extract "$ARTICLE" --published 2024-06-12 --format json
EXTRACT=$SECS
measure_best "$RUNS" "$OUT/unused.sqlite" "grep -c Shahed (same bytes)" grep -c Shahed "$ARTICLE"
GREP=$SECS

echo
echo "fastest of $RUNS: claims log --accept $LOG s ($CLAIMS_STORED claims stored, peak $LOG_MB MB), claims extract $EXTRACT s, grep $GREP s"
echo "claims log / claims extract: $(ratio "$LOG" "$EXTRACT")x   claims log / grep: $(ratio "$LOG" "$(python3 -c "print(max($GREP, 0.01))")")x (grep floored at 10 ms)"
