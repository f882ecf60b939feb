#!/usr/bin/env bash
# make bench: throughput and memory of `newsev extract` over the shared corpus,
# next to `wc -w` over the same file in the same run.
#
#   scripts/bench-extract.sh [NEWSEV_BINARY] [SHARED_DIR]
#
# Wall clock is the best of 3 runs for each; peak RSS comes from /usr/bin/time -v.
# Also compares peak RSS on the first 1,000 items with the whole file: memory
# must not grow with the input.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/newsev}
SHARED=${2:-../shared}
CORPUS=${BENCH_CORPUS:-$SHARED/corpus/news.jsonl}
RUNS=${BENCH_RUNS:-3}
export NEWSEV_CONFIG_DIR=${NEWSEV_CONFIG_DIR:-$PWD/configs}

if [ ! -f "$CORPUS" ]; then
    echo "bench: SKIP: $CORPUS not found (../shared absent)"
    exit 0
fi
[ -x "$BIN" ] || { echo "bench: $BIN missing; run make" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ns() { date +%s%N; }
# best_of CMD...: prints the best wall time in seconds over $RUNS runs.
best_of() {
    local best="" t0 t1 dt i
    for ((i = 0; i < RUNS; i++)); do
        t0=$(now_ns)
        "$@" >/dev/null 2>"$tmp/stderr" || true
        t1=$(now_ns)
        dt=$((t1 - t0))
        if [ -z "$best" ] || [ "$dt" -lt "$best" ]; then best=$dt; fi
    done
    awk -v ns="$best" 'BEGIN { printf "%.3f", ns / 1e9 }'
}
peak_rss_kb() { # peak_rss_kb CMD...
    /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time" || true
    sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$tmp/time"
}

bytes=$(stat -c %s "$CORPUS")
items=$(grep -c . "$CORPUS")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }')
echo "bench: $CORPUS: $items items, $mb MB; best of $RUNS runs, wall clock"

# Warm the page cache so both tools read from memory.
cat "$CORPUS" >/dev/null

wc_s=$(best_of wc -w "$CORPUS")
ex_s=$(best_of "$BIN" extract "$CORPUS")
"$BIN" extract "$CORPUS" 2>"$tmp/errors" >"$tmp/records" || true
nrec=$(grep -c . "$tmp/records" || true)
nerr=$(grep -c 'code=' "$tmp/errors" || true)

head -n 1000 "$CORPUS" >"$tmp/first1000.jsonl"
rss_all=$(peak_rss_kb "$BIN" extract "$CORPUS")
rss_1k=$(peak_rss_kb "$BIN" extract "$tmp/first1000.jsonl")
rss_wc=$(peak_rss_kb wc -w "$CORPUS")

awk -v b="$bytes" -v n="$items" -v wc="$wc_s" -v ex="$ex_s" -v rec="$nrec" -v err="$nerr" \
    -v r1k="$rss_1k" -v rall="$rss_all" -v rwc="$rss_wc" 'BEGIN {
    wc_mbs = b / 1e6 / wc; ex_mbs = b / 1e6 / ex
    printf "\n%-28s %10s %10s %12s\n", "", "seconds", "MB/s", "items/s"
    printf "%-28s %10.3f %10.1f %12s\n", "wc -w", wc, wc_mbs, "-"
    printf "%-28s %10.3f %10.1f %12.0f\n", "newsev extract", ex, ex_mbs, n / ex
    printf "\nextract / wc -w speed ratio: %.3f (wc -w is %.1fx faster)\n", ex_mbs / wc_mbs, wc_mbs / ex_mbs
    printf "records: %d, items with errors: %d\n", rec, err
    printf "peak RSS: extract all items %.1f MB, first 1,000 items %.1f MB (wc -w %.1f MB)\n", \
        rall / 1024, r1k / 1024, rwc / 1024
    printf "memory growth all vs 1,000 items: %+.1f MB\n", (rall - r1k) / 1024
    printf "target: >= 25 MB/s on one core: %s\n", (ex_mbs >= 25 ? "met" : "NOT met")
}'
