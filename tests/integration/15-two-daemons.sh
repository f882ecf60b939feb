#!/usr/bin/env bash
# it-timeout: 180
# Two daemons in one group over a 6-partition topic (6,000 corpus items; both slowed with
# max.inflight=100, producer.linger.ms=100 so the stop lands mid-stream). Daemon A gets SIGTERM
# mid-stream: it drains, commits and leaves; B takes over all 6 partitions and finishes.
# Counts add up: consumed(A) + consumed(B) = inputs + re-consumed (0 expected after a clean
# handover: A commits what it drained, B commits its own on the eager revoke), each daemon's
# consumed = with events + without + dead letters, records downstream = events(A) + events(B),
# and the event ids downstream equal newsev extract's.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"
N=6000

it_broker_up
nsv_topics "$(unique_name pair)" 6
NSV_GROUP=$(unique_name pair-grp)
nsv_conf "$IT_TMP/newsev.conf" max.inflight=100 producer.linger.ms=100

nsv_make_items "$N" "$IT_TMP/items.jsonl"
nsv_offline_ids "$IT_TMP/items.jsonl" "$IT_TMP/want.ids"
want_n=$(wc -l <"$IT_TMP/want.ids" | tr -d ' ')
note "$N items, $want_n events offline"
# round robin over the 6 partitions (keyless kcat batches can leave some nearly empty)
for ((p = 0; p < 6; p++)); do
    awk -v p="$p" '(NR - 1) % 6 == p' "$IT_TMP/items.jsonl" >"$IT_TMP/items.$p"
    produce_file "$NSV_IN" "$IT_TMP/items.$p" -p "$p"
done
assert_eq "$N items on the 6-partition input topic" "$N" "$(nsv_end_sum "$NSV_IN")"

assigned() { grep -c 'msg="partition assigned"' "$IT_TMP/$1.log" 2>/dev/null || true; }
both_working() {
    local a b
    a=$(nsv_stat "$IT_TMP/A.log" consumed)
    b=$(nsv_stat "$IT_TMP/B.log" consumed)
    [[ -n $a && -n $b ]] && ((a >= 300 && b >= 300))
}

bg_start A "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
bg_start B "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 60 both_working; then pass "both daemons consume"; else fail "both daemons consume"; fi
note "partition assignments logged so far: A $(assigned A), B $(assigned B)"
b_mark=$(wc -l <"$IT_TMP/B.log")
rc=0
bg_stop A || rc=$?
assert_eq "A exits 0 on SIGTERM" 0 "$rc"
cA=$(nsv_final "$IT_TMP/A.log" consumed)
note "A consumed $cA before its stop"
assert_le "A stopped mid-stream" $((N - 1)) "$cA"

takeover() { (($(tail -n +"$((b_mark + 1))" "$IT_TMP/B.log" | grep -c 'msg="partition assigned"') >= 6)); }
t0=$(now_ms)
if wait_until 60 takeover; then pass "B is assigned all 6 partitions after A left"; else
    fail "B is assigned all 6 partitions after A left"
fi
note "takeover: $(elapsed_ms "$t0") ms after A exited"
parts=$(tail -n +"$((b_mark + 1))" "$IT_TMP/B.log" | grep 'msg="partition assigned"' |
    grep -o 'partition=[0-9]*' | sort -u | tr '\n' ' ')
assert_eq "B owns partitions 0-5" "partition=0 partition=1 partition=2 partition=3 partition=4 partition=5 " "$parts"
if wait_until 120 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "B: all inputs committed"; else
    fail "B: all inputs committed" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of $N"
fi
rc=0
bg_stop B || rc=$?
assert_eq "B exits 0 on SIGTERM" 0 "$rc"

cB=$(nsv_final "$IT_TMP/B.log" consumed)
for d in A B; do
    log=$IT_TMP/$d.log
    c=$(nsv_final "$log" consumed)
    s=$(($(nsv_final "$log" items_with_events) + $(nsv_final "$log" items_without_events) + $(nsv_final "$log" dead_letters)))
    assert_eq "$d: consumed ($c) = with events + without + dead letters" "$c" "$s"
done
reconsumed=$((cA + cB - N))
note "consumed: A $cA + B $cB = $((cA + cB)) for $N inputs (re-consumed: $reconsumed)"
assert_ge "consumed(A) + consumed(B) covers every input" "$N" "$((cA + cB))"
assert_eq "clean handover: no input consumed twice" 0 "$reconsumed"
evA=$(nsv_final "$IT_TMP/A.log" events)
evB=$(nsv_final "$IT_TMP/B.log" events)
nsv_downstream_ids "$IT_TMP/got.ids"
got_n=$(wc -l <"$IT_TMP/got.ids" | tr -d ' ')
assert_eq "records downstream = events(A) + events(B)" $((evA + evB)) "$got_n"
LC_ALL=C sort -u "$IT_TMP/want.ids" >"$IT_TMP/want.uniq"
LC_ALL=C sort -u "$IT_TMP/got.ids" >"$IT_TMP/got.uniq"
assert_files_equal "distinct event ids downstream = newsev extract's" "$IT_TMP/want.uniq" "$IT_TMP/got.uniq"
assert_eq "duplicate records downstream = records of re-consumed inputs" $((evA + evB - want_n)) $((got_n - want_n))
if ((reconsumed == 0)); then
    assert_files_equal "no re-consumption: every event id exactly once" "$IT_TMP/want.ids" "$IT_TMP/got.ids"
fi
it_finish
