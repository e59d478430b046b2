#!/usr/bin/env bash
# Benchmarks of SPEC §7 for `tracklint check`: generated 10k- and 20k-event catalogs, the
# parse floor (read + parse only, same parser) and, when installed, check-jsonschema.
# Usage: bench/run.sh   (from anywhere; RUNS=7 timed runs per figure after one warm-up)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-7}"
PEER_RUNS="${PEER_RUNS:-$RUNS}"
BIN="${CARGO_TARGET_DIR:-target}/release"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tracklint-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

fail() {
    echo "bench: $*" >&2
    exit 1
}

# Wall time of one run, in nanoseconds; a failing command aborts the bench.
time_once() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || fail "command failed: $*"
    end=$(date +%s%N)
    echo $((end - start))
}

# Median wall time in seconds of N runs after one warm-up: measure N CMD...
measure() {
    local runs=$1
    shift
    "$@" >/dev/null 2>&1 || fail "command failed: $*"
    for _ in $(seq "$runs"); do
        time_once "$@"
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.4f\n", t[int((NR + 1) / 2)] / 1e9 }'
}

# The catalog must be clean: exit 0 and no output at all.
verify_clean() {
    local dir=$1 out status=0
    out=$("$BIN/tracklint" check --color never "$dir" 2>&1) || status=$?
    if [[ $status -ne 0 || -n $out ]]; then
        echo "$out" | head -40 >&2
        fail "tracklint check $dir: exit $status, $(echo -n "$out" | grep -c '' || true) lines of output (expected exit 0, no output)"
    fi
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }

# verdict NAME VALUE OP LIMIT: prints PASS/FAIL and records failures.
FAILED=0
verdict() {
    local name=$1 value=$2 op=$3 limit=$4
    if awk -v v="$value" -v l="$limit" -v op="$op" \
        'BEGIN { exit !((op == "<" && v < l) || (op == "<=" && v <= l) || (op == ">=" && v >= l)) }'; then
        printf '  PASS  %-34s %8s %-2s %s\n' "$name" "$value" "$op" "$limit"
    else
        printf '  FAIL  %-34s %8s %-2s %s\n' "$name" "$value" "$op" "$limit"
        FAILED=1
    fi
}

echo "== building (release)" >&2
cargo build --release --examples --bins >&2

for n in 10000 20000; do
    echo "== generating $n events" >&2
    "$BIN/examples/gen_catalog" "$n" "$WORK/c$n"
    verify_clean "$WORK/c$n"
done
C10="$WORK/c10000"
files=$(find "$C10" -name '*.yaml' | wc -l)
bytes=$(find "$C10" -name '*.yaml' -exec cat {} + | wc -c)

LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
echo "== timing (median of $RUNS after one warm-up)" >&2
check10=$(measure "$RUNS" "$BIN/tracklint" check --color never "$C10")
check20=$(measure "$RUNS" "$BIN/tracklint" check --color never "$WORK/c20000")
floor10=$(measure "$RUNS" "$BIN/examples/parse_floor" "$C10")
events10=$(measure "$RUNS" "$BIN/examples/parse_floor" --events "$C10")

peer=""
if command -v check-jsonschema >/dev/null 2>&1; then
    echo "== timing check-jsonschema (median of $PEER_RUNS)" >&2
    # The same files tracklint validates against the schema (the config is not a catalog file).
    mapfile -t catalog_files < <(find "$C10/dictionary" "$C10/plans" -name '*.yaml' | sort)
    peer=$(measure "$PEER_RUNS" check-jsonschema --schemafile catalog.schema.yaml "${catalog_files[@]}")
fi

echo
echo "tracklint check benchmark ($(nproc) cores; 10k catalog: $files files, $bytes bytes)"
# Other work on the machine (a parallel build) inflates every figure; say so.
echo "  load average before timing: $LOAD"
printf '  %-34s %10s\n' "figure" "seconds"
printf '  %-34s %10s\n' "check, 10k events" "$check10"
printf '  %-34s %10s\n' "check, 20k events" "$check20"
printf '  %-34s %10s\n' "parse floor, 10k events" "$floor10"
printf '  %-34s %10s\n' "parser events only, 10k events" "$events10"
printf '  %-34s %10s\n' "ratio check 20k / 10k" "$(ratio "$check20" "$check10")"
printf '  %-34s %10s\n' "ratio check / floor (10k)" "$(ratio "$check10" "$floor10")"
printf '  %-34s %10s\n' "ratio check / events only (10k)" "$(ratio "$check10" "$events10")"
if [[ -n $peer ]]; then
    printf '  %-34s %10s\n' "check-jsonschema, 10k events" "$peer"
    printf '  %-34s %10s\n' "ratio check-jsonschema / check" "$(ratio "$peer" "$check10")"
else
    printf '  %-34s %10s\n' "check-jsonschema, 10k events" "n/a (not on PATH)"
fi

echo
echo "budgets (SPEC §7)"
verdict "check 10k (s)" "$check10" "<" 0.3
verdict "check 20k / 10k" "$(ratio "$check20" "$check10")" "<=" 2.2
verdict "check / floor" "$(ratio "$check10" "$floor10")" "<=" 1.5
if [[ -n $peer ]]; then
    verdict "check-jsonschema / check" "$(ratio "$peer" "$check10")" ">=" 10
else
    echo "  SKIP  check-jsonschema / check           (pip install check-jsonschema to compare)"
fi
exit "$FAILED"
