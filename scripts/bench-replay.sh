#!/usr/bin/env bash
# bench-replay.sh: `newsev replay` throughput next to the daemon's, and the cost of logging.
#
#   scripts/bench-replay.sh [NEWSEV_BIN] [SHARED_DIR]       (make bench-replay)
#
# Starts its own single-node broker (scripts/kafka-broker.sh, temp dir, stopped at exit),
# produces BENCH_ITEMS (default 100,000) corpus items to a 3-partition topic (the corpus lines
# repeated, copies with fresh ids), then in the same run, each to its own output topics:
#   run       `newsev run` (at-least-once) from start until its stats line (every 0.2 s)
#             says every item is consumed and delivered (consumed=N inflight=0);
#   replay    `newsev replay --from earliest` from start to exit (it exits at the end);
#   logging   replay at the default level (info: config, progress, stats, summary lines) and
#             with --log-level error, BENCH_RUNS pairs (default 5), run back to back. Each pair
#             gives the difference of the replay process's CPU time (user + sys) and of wall
#             time; the median over the pairs is the cost of logging (target < 2%). Pairs
#             cancel slow drifts of a shared machine's load; the spread of the pairs is printed
#             so that noise larger than the effect is visible.
# Every run includes its start-up (group join or offset lookups) and its final flush. The input
# is read once with kcat first, so that every run finds it in the page cache.
# Environment: BENCH_ITEMS, BENCH_RUNS, BENCH_KEEP=1 (keep the temp dir).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
BIN=$(realpath "${1:-$REPO_ROOT/build/newsev}")
SHARED=${2:-$REPO_ROOT/../shared}
CORPUS=$SHARED/corpus/news.jsonl
N=${BENCH_ITEMS:-100000}
RUNS=${BENCH_RUNS:-5}
PY=/usr/bin/python3
BROKER_SH=$REPO_ROOT/scripts/kafka-broker.sh
export NEWSEV_CONFIG_DIR=${NEWSEV_CONFIG_DIR:-$REPO_ROOT/configs}

[[ -x $BIN ]] || { echo "bench-replay: $BIN not built (make)" >&2; exit 1; }
[[ -f $CORPUS ]] || { echo "bench-replay: SKIP: $CORPUS not found" >&2; exit 0; }
for t in kcat java; do command -v "$t" >/dev/null || { echo "bench-replay: $t not found" >&2; exit 1; }; done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/newsev-bench-replay.XXXXXX")
DAEMON_PID=""
cleanup() {
    [[ -n $DAEMON_PID ]] && kill -TERM "$DAEMON_PID" 2>/dev/null || true
    "$BROKER_SH" stop --dir "$TMP/broker" >/dev/null 2>&1 || true
    if [[ -n ${BENCH_KEEP:-} ]]; then echo "# kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", n * 1000 / ms }'; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

B=$("$BROKER_SH" start --dir "$TMP/broker" 2>"$TMP/broker.log") || { cat "$TMP/broker.log" >&2; exit 1; }
admin() { "$PY" "$REPO_ROOT/scripts/kafka/admin.py" --bootstrap "$B" "$@"; }
topic() { "$BROKER_SH" topic create "$1" "$2" 1 --bootstrap "$B" >/dev/null 2>&1; }
end_sum() { admin watermarks "$1" | awk '{ s += $3 } END { print s + 0 }'; }

IN=bench.in
topic "$IN" 3
topic "$IN.dlq" 3
outs=(run replay log-info log-error)
for o in "${outs[@]}"; do
    for t in meeting statement signing; do topic "bench.$o.$t" 3; done
done

"$PY" - "$CORPUS" "$N" >"$TMP/items.jsonl" <<'EOF'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n = int(sys.argv[2])
w = sys.stdout.write
for i in range(n):
    line = lines[i % len(lines)]
    k = i // len(lines)
    if k == 0:
        w(line if line.endswith("\n") else line + "\n")
    else:
        item = json.loads(line)
        item["id"] = "%s~r%d" % (item["id"], k)
        w(json.dumps(item, ensure_ascii=False) + "\n")
EOF
bytes=$(stat -c %s "$TMP/items.jsonl")
kcat -P -q -b "$B" -t "$IN" -X acks=all -X linger.ms=50 <"$TMP/items.jsonl"
got=$(end_sum "$IN")
[[ $got == "$N" ]] || { echo "bench-replay: produced $got of $N" >&2; exit 1; }
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "bench-replay: $N items ($mb MB) on a 3-partition topic, broker $B, $(nproc) CPUs"

conf() { # conf FILE TEMPLATE
    cat >"$1" <<EOF
kafka.bootstrap.servers = $B
input.topics = $IN
group.id = bench-daemon
output.topic_template = $2
commit.interval.ms = 500
EOF
}

kcat -C -q -b "$B" -t "$IN" -o beginning -e >/dev/null # warm the page cache

# ---- the daemon
conf "$TMP/run.conf" 'bench.run.{type}'
echo "stats.interval.ms = 200" >>"$TMP/run.conf"
t0=$(now_ms)
"$BIN" run --config "$TMP/run.conf" 2>"$TMP/run.log" &
DAEMON_PID=$!
until grep -q "msg=\"stats\" consumed=$N .* inflight=0 " "$TMP/run.log"; do
    kill -0 "$DAEMON_PID" 2>/dev/null || { echo "bench-replay: the daemon died" >&2; tail "$TMP/run.log" >&2; exit 1; }
    sleep 0.1
done
run_ms=$(($(now_ms) - t0))
kill -TERM "$DAEMON_PID"
wait "$DAEMON_PID" || true
DAEMON_PID=""

# ---- replay
replay_ms() { # replay_ms TEMPLATE [ARGS...]: wall ms to the exit (0 expected)
    local tmpl=$1 t0 rc=0
    shift
    conf "$TMP/replay.conf" "$tmpl"
    t0=$(now_ms)
    /usr/bin/time -f '%U %S' -o "$TMP/cpu" \
        "$BIN" replay --config "$TMP/replay.conf" --from earliest --progress log "$@" \
        >/dev/null 2>"$TMP/replay.log" || rc=$?
    if ((rc != 0)); then
        echo "bench-replay: replay exited $rc" >&2
        tail -n 5 "$TMP/replay.log" >&2
        exit 1
    fi
    echo $(($(now_ms) - t0))
}
rep_ms=$(replay_ms 'bench.replay.{type}')
records=$(grep 'msg="replay complete"' "$TMP/replay.log" |
    awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^events\./) { split($i, a, "="); s += a[2] } } END { print s + 0 }')
loglines=$(wc -l <"$TMP/replay.log" | tr -d ' ')

printf '\n%-28s %10s %10s %9s\n' "" "wall s" "items/s" "MB/s"
printf '%-28s %10s %10s %9s\n' "newsev run (all delivered)" "$(secs "$run_ms")" "$(rate "$N" "$run_ms")" \
    "$(awk -v b="$bytes" -v ms="$run_ms" 'BEGIN { printf "%.1f", b / 1e3 / ms }')"
printf '%-28s %10s %10s %9s\n' "newsev replay (to exit)" "$(secs "$rep_ms")" "$(rate "$N" "$rep_ms")" \
    "$(awk -v b="$bytes" -v ms="$rep_ms" 'BEGIN { printf "%.1f", b / 1e3 / ms }')"
echo "replay / run throughput: $(awk -v a="$run_ms" -v b="$rep_ms" 'BEGIN { printf "%.2f", a / b }')  ($records records out, $loglines log lines at info)"

# ---- logging cost: RUNS pairs; per-pair differences of CPU and wall time, their median
cpu_ms() { awk '{ printf "%d", ($1 + $2) * 1000 }' "$TMP/cpu"; }
wi=() we=() ci=() ce=()
for ((i = 1; i <= RUNS; i++)); do
    a=$(replay_ms 'bench.log-info.{type}')
    ca=$(cpu_ms)
    info_lines=$(wc -l <"$TMP/replay.log" | tr -d ' ')
    b=$(replay_ms 'bench.log-error.{type}' --log-level error)
    cb=$(cpu_ms)
    err_lines=$(wc -l <"$TMP/replay.log" | tr -d ' ')
    echo "  pair $i: info wall $(secs "$a") s cpu $(secs "$ca") s ($info_lines lines) | error wall $(secs "$b") s cpu $(secs "$cb") s ($err_lines lines)"
    wi+=("$a") we+=("$b") ci+=("$ca") ce+=("$cb")
done
pct() { awk -v i="$1" -v e="$2" 'BEGIN { printf "%+.1f", (i - e) * 100 / e }'; }
dc=() dw=()
for ((i = 0; i < RUNS; i++)); do
    dc+=("$(pct "${ci[i]}" "${ce[i]}")")
    dw+=("$(pct "${wi[i]}" "${we[i]}")")
done
med() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%+.1f", m }'; }
spread() { printf '%s\n' "$@" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%+.1f..%+.1f", lo, hi }'; }
echo "per pair, info vs error: cpu ${dc[*]} %; wall ${dw[*]} %"
echo "cost of logging at the default level (median of $RUNS pairs): $(med "${dc[@]}")% cpu time," \
    "$(med "${dw[@]}")% wall time (target < 2%); pair spread cpu $(spread "${dc[@]}")%, wall $(spread "${dw[@]}")%"
