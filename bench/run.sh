#!/usr/bin/env bash
# Benchmarks of SPEC §7: `tracklint check` on generated 10k- and 20k-event catalogs, the parse
# floor (read + parse only, same parser) and, when installed, check-jsonschema; `tracklint
# validate` on a generated 400k-line NDJSON file against a Node.js script using Ajv2020 (npm
# installs ajv into a temp folder), both checked to flag exactly the planted bad lines.
# Usage: bench/run.sh   (from anywhere; RUNS=7 timed runs per figure after one warm-up;
#        ONLY=check or ONLY=validate runs one part; VALIDATE_LINES=400000)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-7}"
PEER_RUNS="${PEER_RUNS:-$RUNS}"
ONLY="${ONLY:-all}"
VALIDATE_LINES="${VALIDATE_LINES:-400000}"
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release"
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

# Median (seconds) of the nanosecond times given as arguments.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { printf "%.4f\n", t[int((NR + 1) / 2)] / 1e9 }'
}

# Median wall time in seconds of N runs after one warm-up: measure N CMD...
measure() {
    local runs=$1 times=()
    shift
    "$@" >/dev/null 2>&1 || fail "command failed: $*"
    for _ in $(seq "$runs"); do
        times+=("$(time_once "$@")")
    done
    median "${times[@]}"
}

# Medians of `check` and the floor on one catalog, their runs alternated after one warm-up of
# each, so that a slow spell of the machine weighs on both: prints "CHECK FLOOR".
measure_check_and_floor() {
    local runs=$1 dir=$2 check=() floor=()
    "$BIN/tracklint" check --color never "$dir" >/dev/null 2>&1 || fail "command failed: check $dir"
    "$BIN/examples/parse_floor" "$dir" >/dev/null 2>&1 || fail "command failed: parse_floor $dir"
    for _ in $(seq "$runs"); do
        check+=("$(time_once "$BIN/tracklint" check --color never "$dir")")
        floor+=("$(time_once "$BIN/examples/parse_floor" "$dir")")
    done
    echo "$(median "${check[@]}") $(median "${floor[@]}")"
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

# Runs a command whose exit 1 means "findings" (validate on a sample with planted errors).
findings_ok() {
    local status=0
    "$@" || status=$?
    [[ $status -le 1 ]]
}

# Peak resident memory (MiB) of one run: peak_rss CMD...
peak_rss() {
    if [[ ! -x /usr/bin/time ]]; then
        echo "n/a"
        return
    fi
    /usr/bin/time -f %M -o "$WORK/rss" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$WORK/rss" | awk '{ printf "%.0f\n", $1 / 1024 }'
}

check_bench() {
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
    read -r check10 floor10 < <(measure_check_and_floor "$RUNS" "$C10")
    check20=$(measure "$RUNS" "$BIN/tracklint" check --color never "$WORK/c20000")
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
}

# Peak resident memory (MiB) of one run, from the kernel's high-water mark (VmHWM) polled
# while it runs: for machines without GNU time. Stdin is passed on. hwm_rss CMD...
hwm_rss() {
    local pid kb hwm=0
    "$@" 0<&0 >/dev/null 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [[ -n $kb ]] && hwm=$kb
        sleep 0.02
    done
    wait "$pid" || true
    echo $((hwm / 1024))
}

validate_bench() {
    echo "== validate: generating $VALIDATE_LINES calls for examples/shop" >&2
    cp -r examples/shop "$WORK/shop"
    local calls="$WORK/calls.ndjson" bad="$WORK/calls.ndjson.bad"
    "$BIN/examples/gen_payloads" "$VALIDATE_LINES" "$calls" --catalog "$WORK/shop" --bad-every 1000
    local lines bytes planted
    lines=$(wc -l <"$calls")
    bytes=$(wc -c <"$calls")
    planted=$(wc -l <"$bad")
    (cd "$WORK/shop" && "$BIN/tracklint" export jsonschema --out schemas >/dev/null)

    echo "== validate: tracklint must flag exactly the $planted planted lines, with payload/schema only" >&2
    (cd "$WORK/shop" && findings_ok "$BIN/tracklint" validate --format concise "$calls" >"$WORK/tracklint.out" 2>/dev/null) ||
        fail "tracklint validate failed"
    if grep -v 'error\[payload/schema\]' "$WORK/tracklint.out" | head -5 | grep -q .; then
        grep -v 'error\[payload/schema\]' "$WORK/tracklint.out" | head -5 >&2
        fail "tracklint reported something else than payload/schema"
    fi
    sed -E 's/^.*:([0-9]+):1: error\[.*$/\1/' "$WORK/tracklint.out" | sort -n -u >"$WORK/tracklint.flagged"
    cmp -s "$WORK/tracklint.flagged" "$bad" || fail "tracklint flagged other lines than the planted ones"

    echo "== validate: installing ajv and ajv-formats with npm into a temp folder" >&2
    command -v node >/dev/null 2>&1 || fail "node is not installed (needed for the ajv comparison)"
    mkdir -p "$WORK/ajv"
    (cd "$WORK/ajv" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent ajv@8 ajv-formats@3 >&2) ||
        fail "npm install ajv ajv-formats failed"
    cp bench/validate_ajv.mjs "$WORK/ajv/"
    node "$WORK/ajv/validate_ajv.mjs" "$WORK/shop/schemas" "$calls" "$WORK/ajv.flagged"
    cmp -s "$WORK/ajv.flagged" "$bad" || fail "ajv flagged other lines than the planted ones"

    LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
    echo "== validate: timing (median of $RUNS after one warm-up)" >&2
    local ours peer
    ours=$(cd "$WORK/shop" && measure "$RUNS" findings_ok "$BIN/tracklint" validate --format concise "$calls")
    peer=$(measure "$RUNS" node "$WORK/ajv/validate_ajv.mjs" "$WORK/shop/schemas" "$calls" "$WORK/ajv.flagged")
    local rss=peak_rss
    [[ -x /usr/bin/time ]] || rss=hwm_rss
    local ours_rss peer_rss
    ours_rss=$(cd "$WORK/shop" && $rss "$BIN/tracklint" validate --format concise "$calls")
    peer_rss=$($rss node "$WORK/ajv/validate_ajv.mjs" "$WORK/shop/schemas" "$calls" "$WORK/ajv.flagged")
    # Memory at any size (SPEC §7): more distinct ids than the duplicate window holds, every
    # call distinct, streamed from stdin as they are generated (nothing on disk).
    local big_lines="${VALIDATE_BIG_LINES:-1200000}"
    echo "== validate: peak memory on $big_lines calls from stdin" >&2
    local big_rss
    big_rss=$("$BIN/examples/gen_payloads" "$big_lines" - --catalog "$WORK/shop" 2>/dev/null |
        (cd "$WORK/shop" && $rss "$BIN/tracklint" validate --format concise -))
    local ours_rate peer_rate
    ours_rate=$(awk -v n="$lines" -v t="$ours" 'BEGIN { printf "%.0f\n", n / t }')
    peer_rate=$(awk -v n="$lines" -v t="$peer" 'BEGIN { printf "%.0f\n", n / t }')

    echo
    echo "tracklint validate benchmark ($(nproc) cores; $lines calls, $bytes bytes, $((bytes / lines)) bytes a call, $planted schema-breaking)"
    echo "  load average before timing: $LOAD"
    printf '  %-34s %10s %12s %10s\n' "run" "seconds" "calls/s" "peak MiB"
    printf '  %-34s %10s %12s %10s\n' "tracklint validate" "$ours" "$ours_rate" "$ours_rss"
    printf '  %-34s %10s %12s %10s\n' "node + Ajv2020 + ajv-formats" "$peer" "$peer_rate" "$peer_rss"
    printf '  %-34s %10s\n' "ratio ajv / tracklint" "$(ratio "$peer" "$ours")"
    echo "  tracklint validate on $big_lines calls from stdin, every messageId and dedupe value"
    echo "  distinct (more than the duplicate window's 917,504 ids): peak $big_rss MiB"
    echo
    echo "budgets (SPEC §7)"
    verdict "ajv time / validate time" "$(ratio "$peer" "$ours")" ">=" 3.5
    verdict "validate peak MiB, $big_lines calls" "$big_rss" "<" 150
    echo "  PASS  both flag exactly the $planted planted lines"
}

# `tracklint docs` on a generated 10k-event catalog (ONLY=docs runs it alone): the HTML page's
# size and the median wall time of writing it with --out, against SPEC §7's budgets (under
# 20 MB, 1 MB = 10^6 bytes, and under a second).
docs_bench() {
    local events=10000
    local catalog="$WORK/docs$events" page="$WORK/dictionary.html"
    echo "== docs: generating $events events" >&2
    "$BIN/examples/gen_catalog" "$events" "$catalog"

    LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
    echo "== docs: timing (median of $RUNS after one warm-up)" >&2
    local seconds bytes megabytes
    seconds=$(measure "$RUNS" "$BIN/tracklint" docs --format html --out "$page" "$catalog")
    bytes=$(wc -c <"$page")
    megabytes=$(awk -v b="$bytes" 'BEGIN { printf "%.2f\n", b / 1e6 }')

    echo
    echo "tracklint docs benchmark ($(nproc) cores; $events events, html)"
    echo "  load average before timing: $LOAD"
    printf '  %-34s %10s\n' "figure" "value"
    printf '  %-34s %10s\n' "docs --out, 10k events (s)" "$seconds"
    printf '  %-34s %10s\n' "page size (MB)" "$megabytes"
    printf '  %-34s %10s\n' "bytes an event" "$((bytes / events))"
    echo
    echo "budgets (SPEC §7)"
    verdict "docs 10k (s)" "$seconds" "<" 1
    verdict "docs page 10k (MB)" "$megabytes" "<" 20
}

echo "== building (release)" >&2
cargo build --release --examples --bins >&2
case "$ONLY" in
check) check_bench ;;
validate) validate_bench ;;
docs) docs_bench ;;
*)
    check_bench
    validate_bench
    docs_bench
    ;;
esac
exit "$FAILED"
