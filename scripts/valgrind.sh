#!/usr/bin/env bash
# make valgrind: no memory errors and no definite/indirect leak in `newsev extract`
# on the seed item, the first 1,000 corpus items and the samples, and in `newsev demo`
# (the daemon's loop, its worker threads included, on librdkafka's mock cluster).
#
#   scripts/valgrind.sh [NEWSEV_BINARY] [SHARED_DIR]
#
# valgrind exits 1 on a memory error or leak (--error-exitcode=1); extract also
# exits 1 when an item is rejected, so the verdict is read from valgrind's own
# ERROR SUMMARY in the log, and rejected items are only reported.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/newsev}
SHARED=${2:-../shared}
VALGRIND=${VALGRIND:-valgrind}
OUT=build/valgrind
export NEWSEV_CONFIG_DIR=${NEWSEV_CONFIG_DIR:-$PWD/configs}
mkdir -p "$OUT"
[ -x "$BIN" ] || { echo "valgrind: $BIN missing; run make" >&2; exit 1; }

inputs=()
if [ -f "$SHARED/eval/seed.items.jsonl" ]; then
    inputs+=("seed:$SHARED/eval/seed.items.jsonl")
else
    echo "valgrind: SKIP seed: $SHARED/eval/seed.items.jsonl not found"
fi
if [ -f "$SHARED/corpus/news.jsonl" ]; then
    head -n 1000 "$SHARED/corpus/news.jsonl" >"$OUT/corpus-1000.jsonl"
    inputs+=("corpus-1000:$OUT/corpus-1000.jsonl")
else
    echo "valgrind: SKIP corpus: $SHARED/corpus/news.jsonl not found"
fi
[ -f configs/samples/items.jsonl ] && inputs+=("samples:configs/samples/items.jsonl")
inputs+=("demo:-")

fail=0
for entry in "${inputs[@]}"; do
    name=${entry%%:*}
    file=${entry#*:}
    if [ "$name" = demo ]; then
        cmd=("$BIN" demo)
    else
        cmd=("$BIN" extract "$file")
    fi
    $VALGRIND --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
        --log-file="$OUT/$name.log" "${cmd[@]}" >"$OUT/$name.out.jsonl" 2>"$OUT/$name.err"
    rc=$?
    summary=$(grep -h 'ERROR SUMMARY' "$OUT/$name.log" | tail -1 | sed 's/^==[0-9]*== //')
    lost=$(grep -hE 'definitely lost|indirectly lost' "$OUT/$name.log" | sed 's/^==[0-9]*== *//' | tr '\n' ';')
    nerr=$(grep -c 'code=' "$OUT/$name.err" || true)
    if grep -q 'ERROR SUMMARY: 0 errors' "$OUT/$name.log"; then
        echo "PASS valgrind/$name: $summary (${cmd[1]} exit $rc, $nerr item errors) ${lost}"
    else
        echo "FAIL valgrind/$name: ${summary:-no summary} ${lost} (log: $OUT/$name.log)"
        grep -E '^==[0-9]+== (Invalid|Conditional|Use of|[0-9,]+ bytes in)' "$OUT/$name.log" | head -10
        fail=1
    fi
done
exit "$fail"
