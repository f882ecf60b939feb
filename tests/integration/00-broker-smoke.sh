#!/usr/bin/env bash
# it-timeout: 600
# Smoke test of the real-Kafka harness: single-node produce/consume, transactions with
# read_committed (librdkafka 2.0.2 via /usr/bin/python3 confluent_kafka), consumer-group commit,
# and a 3-node cluster that survives kill-node 2 and rejoins after restart-node 2.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

print_timings() { # label envfile
    local label=$1 f=$2 n pid
    [[ -f $f ]] || return 0
    (
        # shellcheck disable=SC1090
        . "$f"
        note "$label: format $(ms_to_s "$KAFKA_FORMAT_MS") s, start-to-ready $(ms_to_s "$KAFKA_START_TO_READY_MS") s, RSS at ready (KB per node) $KAFKA_READY_RSS_KB"
        for ((n = 1; n <= KAFKA_NODES; n++)); do
            pid_var="KAFKA_NODE${n}_PID"
            pid=${!pid_var}
            if [[ -n $pid ]]; then note "$label: node $n pid $pid RSS now $(ps -o rss= -p "$pid" | tr -d ' ') KB"; fi
        done
    )
}

# ------------------------------------------------------------------ single node
t0=$(now_ms)
it_broker_up
note "broker up in $(ms_to_s "$(elapsed_ms "$t0")") s (includes start when not shared)"
if [[ -n ${KAFKA_RUN_DIR:-} ]]; then print_timings "single node" "$KAFKA_RUN_DIR/env"; fi

topic=$(unique_name smoke)
assert_ok "create topic $topic with 3 partitions" topic_create "$topic" 3
parts=$(kcat -L -b "$KAFKA_BOOTSTRAP" -t "$topic" | grep -c 'partition [0-9]*, leader' || true)
assert_eq "metadata shows 3 partitions" 3 "$parts"

for ((i = 1; i <= 1000; i++)); do echo "k$((i % 7)):line-$i"; done >"$IT_TMP/in.txt"
t0=$(now_ms)
assert_ok "kcat produces 1000 lines" produce_file "$topic" "$IT_TMP/in.txt" -K:
note "produce 1000: $(elapsed_ms "$t0") ms"
t0=$(now_ms)
consume_all "$topic" -f '%k:%s\n' >"$IT_TMP/out.txt"
note "consume 1000: $(elapsed_ms "$t0") ms"
assert_eq "consumed 1000 messages" 1000 "$(wc -l <"$IT_TMP/out.txt" | tr -d ' ')"
sort "$IT_TMP/in.txt" >"$IT_TMP/in.sorted"
sort "$IT_TMP/out.txt" >"$IT_TMP/out.sorted"
assert_files_equal "consumed keys and values match the input" "$IT_TMP/in.sorted" "$IT_TMP/out.sorted"
wm=$(watermarks "$topic" | awk '{ s += $3 - $2 } END { print s }')
assert_eq "watermarks add up to 1000" 1000 "$wm"

# consumer group with a synchronous commit (checks the offsets topic works on one node)
group=$(unique_name smoke-grp)
cat >"$IT_TMP/group.py" <<'EOF'
import sys
from confluent_kafka import Consumer
boot, topic, group, want = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
c = Consumer({"bootstrap.servers": boot, "group.id": group, "auto.offset.reset": "earliest",
              "enable.auto.commit": False, "session.timeout.ms": 6000})
c.subscribe([topic])
n = 0
while n < want:
    m = c.poll(20)
    if m is None:
        break
    if m.error():
        continue
    n += 1
c.commit(asynchronous=False)
c.close()
print(n)
EOF
t0=$(now_ms)
got=$("$PY" "$IT_TMP/group.py" "$KAFKA_BOOTSTRAP" "$topic" "$group" 1000 2>"$IT_TMP/group.err" || echo error)
note "group join + consume + commit: $(elapsed_ms "$t0") ms"
assert_eq "group consumer reads 1000" 1000 "$got"
committed=$(committed_offsets "$group" "$topic" | awk '{ s += $2 } END { print s }')
assert_eq "group committed offsets add up to 1000" 1000 "$committed"

# transactions: commit one, abort one; read_committed sees only the committed one
txtopic=$(unique_name smoke-txn)
assert_ok "create topic $txtopic" topic_create "$txtopic" 1
cat >"$IT_TMP/txn.py" <<'EOF'
import sys
from confluent_kafka import Producer
boot, topic, txid = sys.argv[1], sys.argv[2], sys.argv[3]
p = Producer({"bootstrap.servers": boot, "transactional.id": txid})
p.init_transactions(30)
p.begin_transaction()
for i in range(5):
    p.produce(topic, value=b"committed-%d" % i)
p.commit_transaction(30)
p.begin_transaction()
for i in range(3):
    p.produce(topic, value=b"aborted-%d" % i)
p.flush(30)          # make sure the aborted records really are in the log
p.abort_transaction(30)
print("ok")
EOF
t0=$(now_ms)
txout=$("$PY" "$IT_TMP/txn.py" "$KAFKA_BOOTSTRAP" "$txtopic" "$(unique_name smoke-txid)" 2>"$IT_TMP/txn.err" || true)
note "init_transactions + commit + abort: $(elapsed_ms "$t0") ms"
assert_eq "transactional producer: commit and abort succeed" ok "$txout"
[[ $txout == ok ]] || note "txn stderr: $(tail -n 5 "$IT_TMP/txn.err")"
rc_out=$(consume_all "$txtopic" read_committed)
assert_eq "read_committed sees 5 messages" 5 "$(grep -c . <<<"$rc_out" || true)"
assert_not_contains "read_committed sees no aborted message" "$rc_out" aborted
ru_out=$(consume_all "$txtopic" read_uncommitted)
assert_eq "read_uncommitted sees all 8 messages" 8 "$(grep -c . <<<"$ru_out" || true)"
assert_ok "delete topic $txtopic" topic_delete "$txtopic"

# ------------------------------------------------------------------ 3 nodes
c3="$IT_TMP/cluster3"
t0=$(now_ms)
if it_cluster_start "$c3" 3; then
    pass "3-node cluster starts"
else
    fail "3-node cluster starts"
    it_finish
fi
note "3-node start (fetch check + format + start): $(ms_to_s "$(elapsed_ms "$t0")") s"
print_timings "3 nodes" "$c3/env"
B3=$IT_CLUSTER_BOOTSTRAP
assert_eq "metadata lists 3 brokers" 3 "$(kcat -L -b "$B3" -m 5 | grep -cE '^ +broker [0-9]+ at ' || true)"

ft=$(unique_name smoke-rf3)
assert_ok "create RF-3 topic $ft" kafka_broker topic create "$ft" 3 3 --bootstrap "$B3"
kb() { kcat -q -b "$B3" -X acks=all -X message.timeout.ms=60000 "$@"; }
seq 1 100 | kb -P -t "$ft" && pass "produce 100 (acks=all) to 3 nodes" || fail "produce 100 (acks=all) to 3 nodes"

assert_ok "kill-node 2" kafka_broker kill-node 2 --dir "$c3"
status=$(kafka_broker status --dir "$c3" || true)
assert_contains "status shows node 2 down" "$status" "node 2: down"
t0=$(now_ms)
seq 101 200 | kb -P -t "$ft" && pass "produce 100 (acks=all) with node 2 killed" || fail "produce 100 (acks=all) with node 2 killed"
note "produce with node 2 down (includes leader failover): $(elapsed_ms "$t0") ms"
# kcat -e can stop short while a partition that the killed node led has no leader yet
# (CI saw 167 of 200 once), so read again until the failover has settled.
n=0
all_200() { n=$(kb -C -t "$ft" -o beginning -e 2>/dev/null | wc -l | tr -d ' '); [[ $n == 200 ]]; }
wait_until 60 all_200 || true
assert_eq "consume 200 with node 2 down" 200 "$n"
assert_eq "metadata lists 2 brokers" 2 "$(kcat -L -b "$B3" -m 5 | grep -cE '^ +broker [0-9]+ at ' || true)"

t0=$(now_ms)
assert_ok "restart-node 2" kafka_broker restart-node 2 --dir "$c3"
note "restart-node 2: $(ms_to_s "$(elapsed_ms "$t0")") s to be listed"
in_isr() { # every partition of $ft has 3 ISRs
    local md
    md=$(kcat -L -b "$B3" -m 5 -t "$ft")
    [[ $(grep -cE 'isrs: [0-9]+,[0-9]+,[0-9]+$' <<<"$md") == 3 ]]
}
t0=$(now_ms)
if wait_until 60 in_isr; then pass "node 2 back in the ISR of all partitions"; else
    fail "node 2 back in the ISR of all partitions" "$(kcat -L -b "$B3" -t "$ft" 2>&1 | tail -n 3)"
fi
note "ISR catch-up: $(elapsed_ms "$t0") ms"
assert_eq "metadata lists 3 brokers again" 3 "$(kcat -L -b "$B3" -m 5 | grep -cE '^ +broker [0-9]+ at ' || true)"
seq 201 300 | kb -P -t "$ft" && pass "produce 100 after rejoin" || fail "produce 100 after rejoin"
kb -C -t "$ft" -o beginning -e | sort -n >"$IT_TMP/rf3.txt"
seq 1 300 >"$IT_TMP/rf3.want"
assert_files_equal "consume 1..300 from the 3-node cluster" "$IT_TMP/rf3.want" "$IT_TMP/rf3.txt"
print_timings "3 nodes (end)" "$c3/env"

t0=$(now_ms)
assert_ok "stop 3-node cluster" kafka_broker stop --dir "$c3"
note "3-node stop: $(ms_to_s "$(elapsed_ms "$t0")") s"
left=$(kafka_broker status --dir "$c3" | grep -c running || true)
assert_eq "no node left running" 0 "$left"
assert_ok "stop is safe twice" kafka_broker stop --dir "$c3"

if [[ -n ${KAFKA_RUN_DIR:-} && -f $KAFKA_RUN_DIR/env ]]; then
    pid=$(. "$KAFKA_RUN_DIR/env" && echo "${KAFKA_NODE1_PID:-}")
    if [[ -n $pid ]]; then note "single node: RSS at end of smoke test $(ps -o rss= -p "$pid" | tr -d ' ') KB"; fi
fi
assert_ok "delete topic $topic" topic_delete "$topic"
it_finish
