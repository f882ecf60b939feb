#!/usr/bin/env bash
# it-timeout: 180
# SIGTERM drains and commits. 4,000 corpus items on 3 partitions; the daemon is slowed down
# (max.inflight=100, producer.linger.ms=100) so that the stop lands mid-stream:
#   A: SIGTERM mid-stream -> exit 0, committed offsets = inputs consumed, every record of them
#      delivered;
#   B: restart -> consumes exactly the rest (nothing reprocessed), downstream = newsev extract's
#      event ids exactly once; SIGTERM -> committed = end offsets;
#   C: restart -> consumes nothing.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"
N=4000

it_broker_up
nsv_topics "$(unique_name drain)" 3
NSV_GROUP=$(unique_name drain-grp)
nsv_conf "$IT_TMP/newsev.conf" max.inflight=100 producer.linger.ms=100

nsv_make_items "$N" "$IT_TMP/items.jsonl"
nsv_offline_ids "$IT_TMP/items.jsonl" "$IT_TMP/want.ids"
want_n=$(wc -l <"$IT_TMP/want.ids" | tr -d ' ')
note "$N items, $want_n events offline"
produce_file "$NSV_IN" "$IT_TMP/items.jsonl"
assert_eq "$N items on the input topic" "$N" "$(nsv_end_sum "$NSV_IN")"

consumed_at_least() { local c; c=$(nsv_stat "$IT_TMP/$1.log" consumed); [[ -n $c ]] && ((c >= $2)); }

# ---- A: stop mid-stream
bg_start runA "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 60 consumed_at_least runA 800; then pass "A: daemon is consuming"; else fail "A: daemon is consuming"; fi
t0=$(now_ms)
rc=0
bg_stop runA || rc=$?
note "A: SIGTERM to exit: $(elapsed_ms "$t0") ms"
assert_eq "A: exit 0 after SIGTERM" 0 "$rc"
logA=$IT_TMP/runA.log
cA=$(nsv_final "$logA" consumed)
note "A: consumed $cA of $N before the stop"
assert_ge "A: stopped mid-stream (consumed > 0)" 1 "$cA"
assert_le "A: stopped mid-stream (consumed < $N)" $((N - 1)) "$cA"
assert_contains "A: log says it stopped on the signal" "$(cat "$logA")" 'msg="stopping" reason=signal'
assert_contains "A: log says stored offsets were committed at close" "$(cat "$logA")" "closed, stored offsets committed"
assert_eq "A: committed offsets = inputs consumed" "$cA" "$(nsv_committed_sum "$NSV_GROUP" "$NSV_IN")"
evA=$(nsv_final "$logA" events)
nsv_downstream_ids "$IT_TMP/gotA.ids"
assert_eq "A: every record made was delivered before exit" "$evA" "$(wc -l <"$IT_TMP/gotA.ids" | tr -d ' ')"
assert_eq "A: no delivery failed" 0 "$(nsv_final "$logA" delivery_failed)"

# ---- B: restart, finish, clean stop
bg_start runB "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 120 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "B: all inputs committed"; else
    fail "B: all inputs committed" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of $N"
fi
rc=0
bg_stop runB || rc=$?
assert_eq "B: exit 0 after SIGTERM" 0 "$rc"
cB=$(nsv_final "$IT_TMP/runB.log" consumed)
note "B: consumed $cB"
assert_eq "B: consumed exactly the rest (nothing reprocessed)" $((N - cA)) "$cB"
assert_eq "B: committed = end offsets" "$(nsv_end_sum "$NSV_IN")" "$(nsv_committed_sum "$NSV_GROUP" "$NSV_IN")"
nsv_downstream_ids "$IT_TMP/got.ids"
assert_files_equal "downstream event ids = newsev extract's, each once" "$IT_TMP/want.ids" "$IT_TMP/got.ids"

# ---- C: restart after the clean stop: nothing to do
bg_start runC "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 60 grep -q 'partition assigned' "$IT_TMP/runC.log"; then pass "C: partitions assigned"; else fail "C: partitions assigned"; fi
sleep 4
rc=0
bg_stop runC || rc=$?
assert_eq "C: exit 0 after SIGTERM" 0 "$rc"
assert_eq "C: restart after a clean stop consumes nothing" 0 "$(nsv_final "$IT_TMP/runC.log" consumed)"
assert_eq "C: no new records" "$want_n" "$(nsv_records_count)"
it_finish
