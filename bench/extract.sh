#!/usr/bin/env bash
# Extraction throughput: MB/s of article text through `claims extract` (release build, one
# core), against a plain byte scan of the same corpus in the same run (`grep -c` of a weapon
# name), with the ratio. Target: at least 20 MB/s.
#
# Usage: bash bench/extract.sh            (SIZE_MB=8 RUNS=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MB=${SIZE_MB:-8}
RUNS=${RUNS:-3}
OUT=bench/out
mkdir -p "$OUT"

echo "building claims (release)..." >&2
swift build -c release --scratch-path .build-release --product claims >/dev/null
BIN=.build-release/release/claims

CORPUS="$OUT/articles.txt"
python3 bench/generate_articles.py --megabytes "$SIZE_MB" --seed 7 > "$CORPUS"
BYTES=$(wc -c < "$CORPUS")

# One core: pin to CPU 0 when taskset is available.
PIN=()
if command -v taskset >/dev/null 2>&1; then PIN=(taskset -c 0); fi

# Best wall-clock seconds of RUNS runs of a command (stdout discarded).
best_of() {
  local best=""
  for _ in $(seq "$RUNS"); do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$elapsed < $best" | bc -l)" = 1 ]; then best=$elapsed; fi
  done
  echo "$best"
}

EXTRACT=$(best_of "${PIN[@]}" "$BIN" extract "$CORPUS" --published 2024-06-12 --format json)
GREP=$(best_of "${PIN[@]}" grep -c Shahed "$CORPUS")
CANDIDATES=$("$BIN" extract "$CORPUS" --published 2024-06-12 --format json | grep -o '"kind":' | wc -l)

MB=$(echo "$BYTES / 1048576" | bc -l)
printf 'corpus:            %.1f MB of generated article text (%d bytes), %d candidates\n' "$MB" "$BYTES" "$CANDIDATES"
printf 'claims extract:    %.3f s  %7.1f MB/s\n' "$EXTRACT" "$(echo "$MB / $EXTRACT" | bc -l)"
printf 'grep -c Shahed:    %.3f s  %7.1f MB/s\n' "$GREP" "$(echo "$MB / $GREP" | bc -l)"
printf 'ratio:             extract is %.1fx slower than a plain byte scan (target: >= 20 MB/s)\n' "$(echo "$EXTRACT / $GREP" | bc -l)"
