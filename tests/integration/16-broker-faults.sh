#!/usr/bin/env bash
# it-timeout: 300
# Broker faults mid-stream, the daemon is never restarted (5,000 corpus items on 3 partitions per
# part; the daemon slowed with max.inflight=100, producer.linger.ms=100 so faults land mid-stream):
#   1. single node (its own cluster): the broker is stopped, stays down 10 s, and is started
#      again on the same data dir and ports; the daemon keeps running, logs that the brokers
#      are down, resumes and finishes;
#   2. three nodes, RF 3: node 2 is killed (SIGKILL) mid-stream and stays down; the daemon
#      finishes on the other two.
# Both: every event id of newsev extract is downstream (nothing lost; duplicates counted) and
# the daemon exits 0 on SIGTERM.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"
N=5000

nsv_make_items "$N" "$IT_TMP/items.jsonl"
nsv_offline_ids "$IT_TMP/items.jsonl" "$IT_TMP/want.ids"
LC_ALL=C sort -u "$IT_TMP/want.ids" >"$IT_TMP/want.uniq"
want_n=$(wc -l <"$IT_TMP/want.ids" | tr -d ' ')
note "$N items, $want_n events offline"

# kafka-broker.sh start fails when the random cluster id begins with '-' (kafka-storage takes it
# for an option; about 1 start in 64): one retry
cluster_start() { it_cluster_start "$1" "$2" || it_cluster_start "$1" "$2"; }

consumed_at_least() { local c; c=$(nsv_stat "$IT_TMP/$1.log" consumed); [[ -n $c ]] && ((c >= $2)); }
alive() { kill -0 "$(bg_pid "$1")" 2>/dev/null; }

# check_downstream LABEL DAEMON: nothing lost, counts
check_downstream() {
    local label=$1 d=$2 got_n missing unknown
    nsv_downstream_ids "$IT_TMP/$d.got"
    got_n=$(wc -l <"$IT_TMP/$d.got" | tr -d ' ')
    LC_ALL=C sort -u "$IT_TMP/$d.got" >"$IT_TMP/$d.got.uniq"
    missing=$(LC_ALL=C comm -23 "$IT_TMP/want.uniq" "$IT_TMP/$d.got.uniq" | wc -l | tr -d ' ')
    unknown=$(LC_ALL=C comm -13 "$IT_TMP/want.uniq" "$IT_TMP/$d.got.uniq" | wc -l | tr -d ' ')
    note "$label: $got_n records downstream for $want_n offline events (extra copies $((got_n - want_n))); consumed $(nsv_final "$IT_TMP/$d.log" consumed), delivery_failed $(nsv_final "$IT_TMP/$d.log" delivery_failed), errors $(nsv_final "$IT_TMP/$d.log" errors)"
    assert_eq "$label: no event id missing downstream" 0 "$missing"
    assert_eq "$label: no unknown event id downstream" 0 "$unknown"
    assert_eq "$label: no dead letters" 0 "$(count_messages "$NSV_DLQ" 2>/dev/null)"
}

# ------------------------------------------------------------------ 1. single node restart
c1="$IT_TMP/single"
t0=$(now_ms)
if cluster_start "$c1" 1; then pass "1: own single-node broker starts"; else fail "1: own single-node broker starts"; it_finish; fi
KAFKA_BOOTSTRAP=$IT_CLUSTER_BOOTSTRAP
note "1: broker $KAFKA_BOOTSTRAP up in $(elapsed_ms "$t0") ms"
nsv_topics "$(unique_name bounce)" 3
NSV_GROUP=$(unique_name bounce-grp)
nsv_conf "$IT_TMP/single.conf" max.inflight=100 producer.linger.ms=100
produce_file "$NSV_IN" "$IT_TMP/items.jsonl"

bg_start single "$NEWSEV_BIN" run --config "$IT_TMP/single.conf"
if wait_until 60 consumed_at_least single 800; then pass "1: daemon is consuming"; else fail "1: daemon is consuming"; fi
pid1=$(. "$c1/env" && echo "$KAFKA_NODE1_PID")
t0=$(now_ms)
kill -TERM "$pid1"
wait_until 60 bash -c "! kill -0 $pid1" || kill -KILL "$pid1" 2>/dev/null || true
cdown=$(nsv_stat "$IT_TMP/single.log" consumed)
note "1: broker stopped in $(elapsed_ms "$t0") ms, daemon had consumed $cdown"
sleep 10
if alive single; then pass "1: daemon survives 10 s without a broker"; else fail "1: daemon survives 10 s without a broker"; fi
assert_contains "1: the daemon logs that the brokers are down" "$(cat "$IT_TMP/single.log")" "all brokers down"
t0=$(now_ms)
assert_ok "1: broker restarted on the same dir and ports" kafka_broker restart-node 1 --dir "$c1"
note "1: broker back in $(elapsed_ms "$t0") ms"
t0=$(now_ms)
if wait_until 150 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "1: all inputs committed after the restart"; else
    fail "1: all inputs committed after the restart" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of $N"
fi
note "1: finished $(elapsed_ms "$t0") ms after the broker came back"
if alive single; then pass "1: same daemon process throughout (never restarted)"; else fail "1: same daemon process throughout (never restarted)"; fi
rc=0
bg_stop single || rc=$?
assert_eq "1: daemon exits 0 on SIGTERM" 0 "$rc"
check_downstream "1" single
it_cluster_stop "$c1" >/dev/null 2>&1 || true

# ------------------------------------------------------------------ 2. three nodes, one killed
c3="$IT_TMP/three"
t0=$(now_ms)
if cluster_start "$c3" 3; then pass "2: 3-node cluster starts"; else fail "2: 3-node cluster starts"; it_finish; fi
KAFKA_BOOTSTRAP=$IT_CLUSTER_BOOTSTRAP
note "2: cluster $KAFKA_BOOTSTRAP up in $(elapsed_ms "$t0") ms"
nsv_topics "$(unique_name kill3)" 3
NSV_GROUP=$(unique_name kill3-grp)
nsv_conf "$IT_TMP/three.conf" max.inflight=100 producer.linger.ms=100
produce_file "$NSV_IN" "$IT_TMP/items.jsonl"
rf=$(kcat -L -b "$KAFKA_BOOTSTRAP" -t "$NSV_IN" | grep -c 'replicas: [0-9]*,[0-9]*,[0-9]*,' || true)
assert_eq "2: input partitions have 3 replicas" 3 "$rf"

bg_start three "$NEWSEV_BIN" run --config "$IT_TMP/three.conf"
if wait_until 60 consumed_at_least three 800; then pass "2: daemon is consuming"; else fail "2: daemon is consuming"; fi
assert_ok "2: kill-node 2 (SIGKILL)" kafka_broker kill-node 2 --dir "$c3"
note "2: node 2 killed, daemon had consumed $(nsv_stat "$IT_TMP/three.log" consumed)"
t0=$(now_ms)
if wait_until 150 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "2: all inputs committed with node 2 down"; else
    fail "2: all inputs committed with node 2 down" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of $N"
fi
note "2: finished $(elapsed_ms "$t0") ms after the kill"
if alive three; then pass "2: same daemon process throughout (never restarted)"; else fail "2: same daemon process throughout (never restarted)"; fi
rc=0
bg_stop three || rc=$?
assert_eq "2: daemon exits 0 on SIGTERM" 0 "$rc"
check_downstream "2" three
it_finish
