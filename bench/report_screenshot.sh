#!/usr/bin/env bash
# Builds a small sample ledger, writes `claims report` from it and screenshots the page with
# headless Chromium (Debian: apt-get install -y chromium fonts-dejavu-core), so that a person can
# look at it: charts readable, labels not overlapping, Cyrillic shown.
#
# Usage: bash bench/report_screenshot.sh [OUT_DIR]   (default bench/out; prints the PNG path)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench/out}
mkdir -p "$out"
swift build --product claims >/dev/null
claims=$(swift build --show-bin-path)/claims
db="$out/report-sample.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
export SOURCE_DATE_EPOCH=1735689600  # 2025-01-01: after every source date (validation refuses future publications)

# 60 synthetic claims spread over 40 months (some months have none: the chart shows gaps).
python3 bench/generate_claims.py 60 --seed 7 > "$out/report-sample.jsonl"
"$claims" init --db "$db" >/dev/null
"$claims" import --db "$db" "$out/report-sample.jsonl" >/dev/null

# A few hand-written claims: Cyrillic quotes, bounded and vague counts, markup that must be escaped.
add() { "$claims" add --db "$db" "$@" >/dev/null; }
add --kind intercept --system Калибр --count 12 --launched 14 --claimant "Повітряні сили" --location Odesa \
    --date 2024-05-15 --source https://example.org/ua/kalibr --published 2024-05-15 --outlet "Укрінформ" \
    --quote "Сили ППО знищили 12 із 14 крилатих ракет «Калібр» над Одещиною"
add --kind intercept --system ATACMS --count-text "at least 20" --claimant "Минобороны России" --location Crimea \
    --date 2024-05-16 --source https://example.org/ru/atacms --published 2024-05-16 --outlet "ТАСС" \
    --quote "Средствами ПВО сбиты не менее 20 ракет ATACMS над Крымом"
add --kind intercept --system Kinzhal --count-text several --claimant ua-air-force --location Kyiv \
    --date 2024-05-16 --source https://example.org/kinzhal --published 2024-05-16 \
    --quote "Several Kinzhal missiles were shot down <b>over Kyiv</b> & its suburbs"
add --kind intercept --system "X-101/X-555 and Kalibr" --count 30 --launched 34 --claimant ua-air-force \
    --date 2024-05-20 --source https://example.org/composite --published 2024-05-20 \
    --quote "30 of 34 Kh-101/Kh-555 and Kalibr cruise missiles were destroyed"

"$claims" report --db "$db" --out "$out/report.html" --title "Sample report — Звіт" 2>/dev/null
if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$out/report.png" \
        --window-size=1280,2400 "file://$PWD/$out/report.html" >/dev/null 2>&1
    echo "$out/report.png"
else
    echo "chromium not installed: open $out/report.html in a browser (apt-get install -y chromium)" >&2
fi
