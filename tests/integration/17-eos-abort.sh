#!/usr/bin/env bash
# it-timeout: 180
# Exactly-once when transactions abort: the meeting topic refuses every record (max.message.bytes
# 200: below any record batch, above the transaction markers the broker writes), so each
# transaction fails and is aborted.  The daemon rewinds to the
# committed offsets, drops what its workers still hold, retries, and after 5 aborts in a row
# exits 1 instead of looping for ever, with the aborted inputs uncommitted.  With the topic fixed, a restart delivers every event id exactly once.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"

it_broker_up
prefix=$(unique_name eosabort)
nsv_topics "$prefix" 3
NSV_GROUP=$(unique_name eosabort-grp)
meeting_topic=$prefix.ev.meeting
topic_delete "$meeting_topic" >/dev/null 2>&1
assert_ok "meeting topic recreated refusing batches over 200 bytes" \
    topic_create "$meeting_topic" 3 --config max.message.bytes=200
# transactions by count only (200 inputs, each batch holds a meeting), so every one aborts
nsv_conf "$IT_TMP/newsev.conf" processing.guarantee=exactly_once \
    "transactional.id=$prefix-txn" transaction.max.messages=200 transaction.interval.ms=60000

nsv_make_items 600 "$IT_TMP/items.jsonl"
nsv_offline_ids "$IT_TMP/items.jsonl" "$IT_TMP/want.ids"
assert_ge "the items have meetings offline" 1 \
    "$("$NEWSEV_BIN" extract "$IT_TMP/items.jsonl" | grep -c '"type":"meeting"')"
produce_file "$NSV_IN" "$IT_TMP/items.jsonl"

# phase 1: every transaction aborts
t0=$(now_ms)
rc=0
timeout 120 "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf" 2>"$IT_TMP/run1.log" || rc=$?
note "first run: exit $rc after $(ms_to_s "$(elapsed_ms "$t0")") s"
assert_eq "exits 1 after aborts in a row (not a timeout)" 1 "$rc"
aborts=$(grep -c 'msg="transaction aborted"' "$IT_TMP/run1.log" || true)
assert_eq "five transactions aborted" 5 "$aborts"
assert_contains "says why it gave up" "$(cat "$IT_TMP/run1.log")" "transactions keep aborting, giving up"
assert_contains "rewound to the committed offsets" "$(cat "$IT_TMP/run1.log")" "rewound to committed offsets"
# the abort comes with the first failed record: the transaction's other records are purged, not
# left to time out (librdkafka 2.0.2 can hold them for transaction.timeout.ms, a minute per abort)
assert_eq "no record of a failed transaction waited out its timeout" 0 \
    "$(grep -c 'err=_MSG_TIMED_OUT' "$IT_TMP/run1.log" || true)"
assert_eq "records the abort purged are no delivery failures" 0 \
    "$(grep -c 'msg="delivery failed".*err=_PURGE' "$IT_TMP/run1.log" || true)"
# a transaction that happened to hold no meeting may have committed; the aborted ones did not
committed=$(nsv_committed_sum "$NSV_GROUP" "$NSV_IN")
assert_le "the aborted inputs are not committed ($committed of 600 are)" 599 "$committed"
assert_eq "a read_committed reader sees no meeting record" 0 \
    "$(consume_all "$meeting_topic" read_committed | wc -l | tr -d ' ')"
consumed=$(nsv_final "$IT_TMP/run1.log" consumed)
sum=$(($(nsv_final "$IT_TMP/run1.log" items_with_events) + $(nsv_final "$IT_TMP/run1.log" items_without_events) + $(nsv_final "$IT_TMP/run1.log" dead_letters)))
assert_eq "counts add up after aborts (consumed = with + without + dead)" "$consumed" "$sum"

# phase 2: the topic accepts records again; a restart does it all, once
topic_delete "$meeting_topic" >/dev/null 2>&1
assert_ok "meeting topic recreated with the default limit" topic_create "$meeting_topic" 3
# same transactional.id; the last transaction is committed by time (1 s), not after a minute
nsv_conf "$IT_TMP/newsev2.conf" processing.guarantee=exactly_once \
    "transactional.id=$prefix-txn" transaction.max.messages=200 transaction.interval.ms=1000
bg_start newsev "$NEWSEV_BIN" run --config "$IT_TMP/newsev2.conf"
if wait_until 90 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "restart: all inputs committed"; else
    fail "restart: all inputs committed" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of 600"
fi
rc=0
bg_stop newsev || rc=$?
assert_eq "restart: exit 0 on SIGTERM" 0 "$rc"
nsv_downstream_ids "$IT_TMP/got2.ids" read_committed
assert_files_equal "read_committed: every event id exactly once" "$IT_TMP/want.ids" "$IT_TMP/got2.ids"
it_finish
