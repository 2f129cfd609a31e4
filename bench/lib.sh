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
