# shellcheck shell=bash
# tests/integration/crash-restart.sh: body of 13-crash-at-least-once.sh and
# 14-crash-exactly-once.sh (sourced by them after lib.sh and newsev-lib.sh, with
# NSV_GUARANTEE=at_least_once or exactly_once).
#
# 10,000 corpus items (the 9,599-line corpus, then copies with ids "<id>~r1") on 3 partitions.
# Run 1 is slowed (max.inflight=200, producer.linger.ms=100) so that `kill -9` lands mid-
# stream: after at least 3,000 inputs and at least one offset commit, with records in flight.
# Restarted (default speed) with the same group (and transactional.id): it resumes from the committed offsets
# and finishes. The event ids downstream are compared with `newsev extract` over the same input
# (event_id does not depend on Kafka coordinates):
#   at_least_once: every offline event id is present (duplicates allowed, counted, and only of
#                  known ids);
#   exactly_once:  a read_committed reader sees every offline event id exactly once.
N=${NSV_CRASH_ITEMS:-10000}
nsv_need_shared "$NSV_CORPUS"
eos=0
[[ $NSV_GUARANTEE == exactly_once ]] && eos=1
iso=read_uncommitted
((eos)) && iso=read_committed

it_broker_up
nsv_topics "$(unique_name crash)" 3
NSV_GROUP=$(unique_name crash-grp)
txid=$(unique_name crash-txn)
nsv_conf "$IT_TMP/newsev.conf" processing.guarantee="$NSV_GUARANTEE" transactional.id="$txid"
# run 1 only: slowed down so that the kill lands mid-stream
cp "$IT_TMP/newsev.conf" "$IT_TMP/slow.conf"
printf '%s\n' "max.inflight = 200" "producer.linger.ms = 100" "transaction.max.messages = 500" \
    "transaction.interval.ms = 500" >>"$IT_TMP/slow.conf"

t0=$(now_ms)
nsv_make_items "$N" "$IT_TMP/items.jsonl"
nsv_offline_ids "$IT_TMP/items.jsonl" "$IT_TMP/want.ids"
want_n=$(wc -l <"$IT_TMP/want.ids" | tr -d ' ')
LC_ALL=C sort -u "$IT_TMP/want.ids" >"$IT_TMP/want.uniq"
note "$N items, $want_n events offline ($(wc -l <"$IT_TMP/want.uniq" | tr -d ' ') distinct ids), $(elapsed_ms "$t0") ms"
produce_file "$NSV_IN" "$IT_TMP/items.jsonl"
assert_eq "$N items on the input topic" "$N" "$(nsv_end_sum "$NSV_IN")"

midway() {
    local c
    c=$(nsv_stat "$IT_TMP/run1.log" consumed)
    [[ -n $c ]] && ((c >= 3000)) && (($(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") > 0))
}

t0=$(now_ms)
bg_start run1 "$NEWSEV_BIN" run --config "$IT_TMP/slow.conf"
if wait_until 90 midway; then pass "run 1 consumed >= 3000 and committed some offsets"; else
    fail "run 1 consumed >= 3000 and committed some offsets"
fi
pid=$(bg_pid run1)
inflight=$(nsv_stat "$IT_TMP/run1.log" inflight)
kill -KILL "$pid"
rc=0
bg_stop run1 || rc=$?
assert_eq "run 1 died of SIGKILL" 137 "$rc"
c1=$(nsv_stat "$IT_TMP/run1.log" consumed)
committed=$(nsv_committed_sum "$NSV_GROUP" "$NSV_IN")
records1=$(nsv_records_count)
note "killed after $(elapsed_ms "$t0") ms: last stats consumed=$c1 inflight=$inflight; committed $committed of $N; $records1 records (all isolations) out"
assert_ge "kill landed after a commit" 1 "$committed"
assert_le "kill landed before the end (committed < $N)" $((N - 1)) "$committed"
assert_eq "run 1 printed no summary (it was killed)" "" "$(grep 'msg="stopped"' "$IT_TMP/run1.log" || true)"

t0=$(now_ms)
bg_start run2 "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 180 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "run 2: all inputs committed"; else
    fail "run 2: all inputs committed" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of $N"
fi
rc=0
bg_stop run2 || rc=$?
assert_eq "run 2 exits 0 on SIGTERM" 0 "$rc"
c2=$(nsv_final "$IT_TMP/run2.log" consumed)
note "run 2: consumed $c2 in $(elapsed_ms "$t0") ms"
assert_eq "run 2 resumed from the committed offsets (consumed = $N - committed)" $((N - committed)) "$c2"
assert_eq "run 2: no dead letters" 0 "$(nsv_final "$IT_TMP/run2.log" dead_letters)"
if ((eos)); then
    assert_contains "run 2 started transactions (fencing the killed instance)" "$(cat "$IT_TMP/run2.log")" 'guarantee=exactly_once'
fi

nsv_downstream_ids "$IT_TMP/got.ids" "$iso"
got_n=$(wc -l <"$IT_TMP/got.ids" | tr -d ' ')
LC_ALL=C sort -u "$IT_TMP/got.ids" >"$IT_TMP/got.uniq"
missing=$(LC_ALL=C comm -23 "$IT_TMP/want.uniq" "$IT_TMP/got.uniq" | wc -l | tr -d ' ')
unknown=$(LC_ALL=C comm -13 "$IT_TMP/want.uniq" "$IT_TMP/got.uniq" | wc -l | tr -d ' ')
note "downstream ($iso): $got_n records, $(wc -l <"$IT_TMP/got.uniq" | tr -d ' ') distinct; offline $want_n; missing $missing, unknown $unknown, extra copies $((got_n - want_n))"
assert_eq "every offline event id is downstream (none missing)" 0 "$missing"
assert_eq "no event id downstream that newsev extract does not make" 0 "$unknown"
if ((eos)); then
    assert_files_equal "read_committed: every event id exactly once" "$IT_TMP/want.ids" "$IT_TMP/got.ids"
    nsv_downstream_ids "$IT_TMP/got-ru.ids" read_uncommitted
    note "read_uncommitted sees $(wc -l <"$IT_TMP/got-ru.ids" | tr -d ' ') records: $(($(wc -l <"$IT_TMP/got-ru.ids") - got_n)) from transactions aborted by the kill (fenced at restart)"
else
    assert_ge "at-least-once: at least one record per offline event" "$want_n" "$got_n"
fi
assert_eq "nothing dead-lettered" 0 "$(count_messages "$NSV_DLQ")"
it_finish
