#!/usr/bin/env bash
# Run the libFuzzer target for a bounded time (make fuzz FUZZ_SECONDS=N).
#
#   tests/fuzz/run.sh FUZZ_BINARY WORK_DIR SECONDS
#
# Seed corpus: configs/samples (JSONL split into one file per line, raw-*.txt as
# they are) and the golden inputs. New inputs go to WORK_DIR/corpus; crashes are
# written to WORK_DIR/artifacts/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$1
work=$2
secs=${3:-60}

seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$seeds" "$work/corpus" "$work/artifacts"
n=0
split_jsonl() { # split_jsonl FILE PREFIX
    local i=0 line
    while IFS= read -r line || [ -n "$line" ]; do
        i=$((i + 1))
        [ -n "$line" ] || continue
        printf '%s' "$line" >"$seeds/$2-$i.json"
        n=$((n + 1))
    done <"$1"
}
for f in configs/samples/*.jsonl; do
    [ -f "$f" ] && split_jsonl "$f" "sample-$(basename "$f" .jsonl)"
done
for f in configs/samples/*.txt tests/golden/*/input.txt; do
    [ -f "$f" ] || continue
    cp "$f" "$seeds/$(echo "$f" | tr / _)"
    n=$((n + 1))
done
for f in tests/golden/*/input.jsonl; do
    [ -f "$f" ] && split_jsonl "$f" "golden-$(basename "$(dirname "$f")")"
done
echo "fuzz: $n seed inputs, ${secs}s"

export NEWSEV_CONFIG_DIR=${NEWSEV_CONFIG_DIR:-$PWD/configs}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$bin" -max_total_time="$secs" -max_len=65536 -timeout=25 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" \
    2>&1 | tail -n 40
echo "fuzz: no crash in ${secs}s"
