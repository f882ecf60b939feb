#!/usr/bin/env bash
# make eval: quality on the dev set and on the peer suites.
#
#   scripts/eval.sh [NEWSEV_BINARY] [SHARED_DIR] [score.py options...]
#
# Extra arguments (make eval EVAL_ARGS=--show-misses) go to the dev-set scorer.
# Outputs stay in build/eval/ for inspection.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/newsev}
SHARED=${2:-../shared}
shift $(($# < 2 ? $# : 2))
PY=${PYTHON:-python3}
OUT=build/eval
export NEWSEV_CONFIG_DIR=${NEWSEV_CONFIG_DIR:-$PWD/configs}

[ -x "$BIN" ] || { echo "eval: $BIN missing; run make" >&2; exit 1; }
if [ ! -f "$SHARED/eval/dev.items.jsonl" ]; then
    echo "eval: SKIP: $SHARED/eval/dev.items.jsonl not found (../shared absent)"
    exit 0
fi
mkdir -p "$OUT"
rc=0

echo "== dev set ($SHARED/eval/dev.items.jsonl)"
"$BIN" extract "$SHARED/eval/dev.items.jsonl" >"$OUT/dev.events.jsonl" 2>"$OUT/dev.err"
echo "extract: exit $?, $(grep -c . "$OUT/dev.events.jsonl") records," \
    "$(grep -c 'code=' "$OUT/dev.err") item errors"
"$PY" "$SHARED/eval/score.py" "$SHARED/eval/dev.gold.jsonl" "$OUT/dev.events.jsonl" \
    --by-source "$SHARED/eval/dev.items.jsonl" "$@" || rc=1

if [ -f "$SHARED/peer/score_peer.py" ]; then
    echo
    echo "== peer suites ($SHARED/peer)"
    mkdir -p build
    "$PY" "$SHARED/peer/score_peer.py" --items >build/peer.items.jsonl || rc=1
    "$BIN" extract build/peer.items.jsonl >build/peer.events.jsonl 2>"$OUT/peer.err"
    echo "extract: exit $?, $(grep -c . build/peer.events.jsonl) records," \
        "$(grep -c 'code=' "$OUT/peer.err") item errors"
    "$PY" "$SHARED/peer/score_peer.py" build/peer.events.jsonl || rc=1
else
    echo "eval: SKIP peer suites: $SHARED/peer/score_peer.py not found"
fi
exit "$rc"
