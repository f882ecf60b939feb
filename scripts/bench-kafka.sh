#!/usr/bin/env bash
# bench-kafka.sh: `newsev run` against a real single-node Kafka broker, next to kcat.
#
#   scripts/bench-kafka.sh [NEWSEV_BIN] [SHARED_DIR]       (make bench-kafka)
#
# Starts its own broker (scripts/kafka-broker.sh, in a temp dir, stopped at exit), produces
# BENCH_ITEMS (default 100,000) corpus items to a 3-partition input topic (the corpus repeated,
# copies with distinct ids), then in the same run:
#   kcat      `kcat -C -e | kcat -P` copies the input topic to another topic (pass-through
#             baseline, default kcat/librdkafka producer settings);
#   alo       `newsev run` at-least-once (defaults) until every input offset is committed;
#   eos       `newsev run` exactly-once (defaults: transaction.max.messages=1000, 100 ms) likewise;
# and for each daemon run a live phase: BENCH_LIVE items (default 10,000) produced at
# BENCH_LIVE_RATE/s (default 2,000) to a second input topic while the daemon is caught up, read
# back by a read_committed consumer: the end-to-end latency a downstream reader sees.
#
# Figures per run: msgs/s and MB/s of input (elapsed = last output record's Kafka timestamp
# minus the process start, so group join and start-up are included), output records and MB,
# latency percentiles from Kafka timestamps (output record CreateTime minus its source input's
# CreateTime, or minus the process start when the input was older: with a pre-loaded backlog
# this is mostly time spent waiting in the backlog), live latency percentiles, RSS sampled every second (min/max, first/last: flat or not), and the
# ratio to kcat's msgs/s (targets: alo >= 0.8, eos >= 0.5).
# Environment: BENCH_ITEMS, BENCH_LIVE, BENCH_LIVE_RATE, BENCH_KEEP=1 (keep the temp dir).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
BIN=$(realpath "${1:-$REPO_ROOT/build/newsev}")
SHARED=${2:-$REPO_ROOT/../shared}
CORPUS=$SHARED/corpus/news.jsonl
N=${BENCH_ITEMS:-100000}
LIVE=${BENCH_LIVE:-10000}
LIVE_RATE=${BENCH_LIVE_RATE:-2000}
PY=/usr/bin/python3
BROKER_SH=$REPO_ROOT/scripts/kafka-broker.sh

[[ -x $BIN ]] || { echo "bench-kafka: $BIN not built (make)" >&2; exit 1; }
[[ -f $CORPUS ]] || { echo "bench-kafka: SKIP: $CORPUS not found" >&2; exit 0; }
for t in kcat java; do command -v "$t" >/dev/null || { echo "bench-kafka: $t not found" >&2; exit 1; }; done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/newsev-bench-kafka.XXXXXX")
PIDS=()
cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    "$BROKER_SH" stop --dir "$TMP/broker" >/dev/null 2>&1 || true
    if [[ -n ${BENCH_KEEP:-} ]]; then echo "# kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
say() { printf '%s\n' "$*"; }

B=$("$BROKER_SH" start --dir "$TMP/broker" 2>"$TMP/broker.log") || { cat "$TMP/broker.log" >&2; exit 1; }
admin() { "$PY" "$REPO_ROOT/scripts/kafka/admin.py" --bootstrap "$B" "$@"; }
topic() { "$BROKER_SH" topic create "$1" "$2" 1 --bootstrap "$B" >/dev/null 2>&1; }
end_sum() { admin watermarks "$1" | awk '{ s += $3 } END { print s + 0 }'; }
committed_sum() { admin committed "$1" "$2" | awk '{ if ($2 > 0) s += $2 } END { print s + 0 }'; }

IN=bench.in
topic "$IN" 3
topic "$IN.dlq" 3
topic bench.copy 3
for m in alo eos; do
    topic "bench.$m.live" 3
    topic "bench.$m.live.dlq" 3
    for ty in statement meeting signing; do topic "bench.$m.ev.$ty" 3; done
done

say "# newsev Kafka benchmark: $N corpus items, broker $B (1 node), $(nproc) CPUs, $(rdkafka_v=$("$PY" -c 'import confluent_kafka as c; print(c.libversion()[0])' 2>/dev/null); echo "librdkafka $rdkafka_v")"
t0=$(now_ms)
"$PY" - "$CORPUS" "$N" >"$TMP/items.jsonl" <<'EOF'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n = int(sys.argv[2])
for i in range(n):
    line = lines[i % len(lines)]
    k = i // len(lines)
    if k == 0:
        sys.stdout.write(line if line.endswith("\n") else line + "\n")
    else:
        item = json.loads(line)
        item["id"] = "%s~r%d" % (item["id"], k)
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
EOF
IN_BYTES=$(($(wc -c <"$TMP/items.jsonl") - N))
t1=$(now_ms)
kcat -P -q -b "$B" -t "$IN" -X acks=all -X linger.ms=20 <"$TMP/items.jsonl"
t2=$(now_ms)
[[ $(end_sum "$IN") == "$N" ]] || { echo "bench-kafka: input topic has $(end_sum "$IN") of $N" >&2; exit 1; }
say "# input: $N items, $(awk -v b="$IN_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB (avg $((IN_BYTES / N)) B); generated in $((t1 - t0)) ms, produced in $((t2 - t1)) ms"

# live items: distinct ids again
"$PY" - "$CORPUS" "$LIVE" >"$TMP/live.jsonl" <<'EOF'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for i in range(int(sys.argv[2])):
    item = json.loads(lines[i % len(lines)])
    item["id"] = "%s~live%d" % (item["id"], i)
    sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
EOF
LIVE_EVENTS=$("$BIN" extract "$TMP/live.jsonl" | wc -l)

rss_sampler() { # pid file: "rss_kb cpu_seconds" every second
    local l
    while kill -0 "$1" 2>/dev/null; do
        l=$(ps -o rss=,times= -p "$1" 2>/dev/null) && echo $l >>"$2"
        sleep 1
    done
}

# ------------------------------------------------------------------ analysis helpers
cat >"$TMP/lat.py" <<'EOF'
# lat.py IN_TSV OUT_TSV START_MS: percentiles of output CreateTime - max(source input
# CreateTime, START_MS): how long after an item was available to this run its record was made
import sys
start = int(sys.argv[3])
ts = {}
for line in open(sys.argv[1]):
    t, p, o, ms = line.split()
    ts[(t, p, o)] = int(ms)
lat = []
last = 0
for line in open(sys.argv[2]):
    ms, hdrs = line.rstrip("\n").split(" ", 1)
    h = dict(kv.split("=", 1) for kv in hdrs.split(",") if "=" in kv)
    k = (h.get("newsev.source.topic"), h.get("newsev.source.partition"), h.get("newsev.source.offset"))
    if k in ts:
        lat.append(int(ms) - max(ts[k], start))
    last = max(last, int(ms))
lat.sort()
def pct(q):
    return lat[min(len(lat) - 1, int(q * len(lat)))] if lat else -1
print("%d %d %d %d %d %d" % (len(lat), pct(0.5), pct(0.9), pct(0.99), lat[-1] if lat else -1, last))
EOF

cat >"$TMP/live.py" <<'EOF'
# live.py BOOT LIVE_TOPIC ITEMS RATE EXPECTED_EVENTS EVENT_TOPIC...: produce ITEMS at RATE/s,
# read the event topics read_committed from their end; latency = receipt - input CreateTime
import sys, threading, time
from confluent_kafka import Consumer, Producer, TopicPartition, OFFSET_END
boot, topic, items, rate, expected = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
outs = sys.argv[6:]
c = Consumer({"bootstrap.servers": boot, "group.id": "bench-live-reader", "enable.auto.commit": False,
              "isolation.level": "read_committed", "fetch.wait.max.ms": 10})
parts = []
for t in outs:
    md = c.list_topics(t, timeout=10)
    for p in md.topics[t].partitions:
        parts.append(TopicPartition(t, p, OFFSET_END))
c.assign(parts)
c.poll(0.5)
sent = {}
def produce():
    p = Producer({"bootstrap.servers": boot, "linger.ms": 5, "acks": "all"})
    def dr(err, m):
        if not err:
            sent[(m.partition(), m.offset())] = m.timestamp()[1]
    start = time.time()
    for i, line in enumerate(open(items, "rb")):
        due = start + i / rate
        d = due - time.time()
        if d > 0:
            time.sleep(d)
        p.produce(topic, value=line.rstrip(b"\n"), on_delivery=dr)
        p.poll(0)
    p.flush(60)
th = threading.Thread(target=produce)
th.start()
got = []
deadline = time.time() + 120
while len(got) < expected and time.time() < deadline:
    m = c.poll(0.2)
    if m is None or m.error():
        continue
    now = int(time.time() * 1000)
    h = dict(m.headers() or [])
    if h.get("newsev.source.topic", b"").decode() != topic:
        continue
    got.append((int(h["newsev.source.partition"]), int(h["newsev.source.offset"]), now))
th.join()
c.close()
lat = sorted(now - sent[(p, o)] for p, o, now in got if (p, o) in sent)
def pct(q):
    return lat[min(len(lat) - 1, int(q * len(lat)))] if lat else -1
print("%d %d %d %d %d %d" % (len(got), pct(0.5), pct(0.9), pct(0.99), lat[-1] if lat else -1, expected))
EOF

kcat -C -q -b "$B" -t "$IN" -o beginning -e -f '%t %p %o %T\n' >"$TMP/in.tsv"

# the normalizer alone, one thread, no Kafka: the ceiling for a single-threaded daemon
t0=$(now_ms)
"$BIN" extract "$TMP/items.jsonl" >/dev/null
el=$(($(now_ms) - t0))
say "# newsev extract over the same $N items (1 thread, no Kafka): $el ms, $(awk -v n="$N" -v ms="$el" 'BEGIN { printf "%.0f", n * 1000 / ms }') items/s"

declare -A RATE MBS
report_lat() { # label "n p50 p90 p99 max ..."
    local a
    read -r -a a <<<"$2"
    say "  $1: p50 ${a[1]} ms, p90 ${a[2]} ms, p99 ${a[3]} ms, max ${a[4]} ms (${a[0]} records)"
}

# ------------------------------------------------------------------ (a) kcat pass-through
say ""
say "== kcat pass-through: kcat -C -e | kcat -P ($IN -> bench.copy)"
start=$(now_ms)
kcat -C -q -b "$B" -t "$IN" -o beginning -e -f '%s\n' | kcat -P -q -b "$B" -t bench.copy &
kpid=$!
PIDS+=("$kpid")
wait "$kpid"
wall=$(($(now_ms) - start))
copied=$(end_sum bench.copy)
last=$(kcat -C -q -b "$B" -t bench.copy -o beginning -e -f '%T\n' | sort -n | tail -n 1)
el=$((last - start))
RATE[kcat]=$(awk -v n="$N" -v ms="$el" 'BEGIN { printf "%.0f", n * 1000 / ms }')
MBS[kcat]=$(awk -v b="$IN_BYTES" -v ms="$el" 'BEGIN { printf "%.1f", b / 1e3 / ms }')
say "  copied $copied messages in $el ms (last record timestamp; wall to exit $wall ms): ${RATE[kcat]} msgs/s, ${MBS[kcat]} MB/s"

# ------------------------------------------------------------------ (b)(c) newsev
run_newsev() { # mode guarantee
    local mode=$1 g=$2 group="bench-$1" log="$TMP/$1.log" pid start el last out_n out_b lat live rc=0
    say ""
    say "== newsev run, $g ($IN -> bench.$mode.ev.{type})"
    cat >"$TMP/$mode.conf" <<EOC
kafka.bootstrap.servers = $B
input.topics = $IN,bench.$mode.live
group.id = $group
output.topic_template = bench.$mode.ev.{type}
processing.guarantee = $g
transactional.id = bench-$mode-$$
stats.interval.ms = 1000
EOC
    : >"$TMP/rss.$mode"
    start=$(now_ms)
    "$BIN" run --config "$TMP/$mode.conf" 2>"$log" &
    pid=$!
    PIDS+=("$pid")
    rss_sampler "$pid" "$TMP/rss.$mode" &
    until [[ $(committed_sum "$group" "$IN") -ge $N ]]; do
        kill -0 "$pid" 2>/dev/null || { say "  daemon exited early:"; tail -n 5 "$log"; return 1; }
        (($(now_ms) - start < 1800000)) || { say "  timed out"; return 1; }
        sleep 1
    done
    local wall=$(($(now_ms) - start))
    : >"$TMP/$mode.out.tsv"
    out_n=0
    out_b=0
    for ty in statement meeting signing; do
        kcat -C -q -b "$B" -t "bench.$mode.ev.$ty" -o beginning -e -X isolation.level=read_committed \
            -f '%T %h\n' >>"$TMP/$mode.out.tsv"
        out_b=$((out_b + $(kcat -C -q -b "$B" -t "bench.$mode.ev.$ty" -o beginning -e \
            -X isolation.level=read_committed -f '%S\n' | awk '{ s += $1 } END { print s + 0 }')))
    done
    out_n=$(wc -l <"$TMP/$mode.out.tsv")
    lat=$("$PY" "$TMP/lat.py" "$TMP/in.tsv" "$TMP/$mode.out.tsv" "$start")
    last=$(awk '{ print $6 }' <<<"$lat")
    el=$((last - start))
    RATE[$mode]=$(awk -v n="$N" -v ms="$el" 'BEGIN { printf "%.0f", n * 1000 / ms }')
    MBS[$mode]=$(awk -v b="$IN_BYTES" -v ms="$el" 'BEGIN { printf "%.1f", b / 1e3 / ms }')
    say "  $N inputs in $el ms (process start to last output record; all offsets committed after $wall ms): ${RATE[$mode]} msgs/s, ${MBS[$mode]} MB/s in"
    say "  out: $out_n records, $(awk -v b="$out_b" 'BEGIN { printf "%.1f", b / 1e6 }') MB ($(awk -v b="$out_b" -v ms="$el" 'BEGIN { printf "%.1f", b / 1e3 / ms }') MB/s)"
    report_lat "backlog latency (output CreateTime - max(input CreateTime, process start))" "$lat"
    live=$("$PY" "$TMP/live.py" "$B" "bench.$mode.live" "$TMP/live.jsonl" "$LIVE_RATE" "$LIVE_EVENTS" \
        "bench.$mode.ev.statement" "bench.$mode.ev.meeting" "bench.$mode.ev.signing" 2>>"$TMP/live.err" || echo "0 -1 -1 -1 -1 0")
    report_lat "live latency ($LIVE items at $LIVE_RATE/s; read_committed receipt - input CreateTime)" "$live"
    kill -TERM "$pid"
    wait "$pid" || rc=$?
    local summary
    summary=$(grep 'msg="stopped"' "$log" | tail -n 1 | sed 's/.*msg="stopped" //')
    say "  SIGTERM: exit $rc; $summary"
    local rss
    # skip the first 2 samples (process still loading)
    rss=$(awk 'NF { v[n] = $1; c = $2; n++ } END {
            if (n < 4) { print "too few samples"; exit }
            mn = v[2]; mx = v[2]; for (i = 2; i < n; i++) { if (v[i] < mn) mn = v[i]; if (v[i] > mx) mx = v[i] }
            h = int(n / 2); mh = 0; for (i = h; i < n; i++) if (v[i] > mh) mh = v[i]
            m1 = 0; for (i = 2; i < h; i++) if (v[i] > m1) m1 = v[i]
            printf "%d samples: peak %.1f MB, min %.1f MB (from the 3rd s), last %.1f MB; peak in 1st half %.1f MB, in 2nd half %.1f MB; CPU %d s",
                n, mx / 1024, mn / 1024, v[n-1] / 1024, m1 / 1024, mh / 1024, c }' "$TMP/rss.$mode")
    say "  RSS (ps every 1 s over backlog + live phase): $rss"
}

run_newsev alo at_least_once
run_newsev eos exactly_once

say ""
say "== summary ($N items, $(awk -v b="$IN_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB in)"
for m in kcat alo eos; do
    [[ -n ${RATE[$m]:-} ]] || continue
    line=$(printf '  %-5s %8s msgs/s %7s MB/s' "$m" "${RATE[$m]}" "${MBS[$m]}")
    if [[ $m != kcat ]]; then
        target=0.8
        [[ $m == eos ]] && target=0.5
        ratio=$(awk -v a="${RATE[$m]}" -v k="${RATE[kcat]}" 'BEGIN { printf "%.2f", a / k }')
        met=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r >= t) ? "met" : "MISSED" }')
        line+="   ratio to kcat $ratio (target >= $target: $met)"
    fi
    say "$line"
done
