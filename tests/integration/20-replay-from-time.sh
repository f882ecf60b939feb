#!/usr/bin/env bash
# it-timeout: 300
# newsev replay from a timestamp in the middle of a topic, on 3 partitions:
#   - 600 corpus items (A) before time T, 600 (B) after; a background producer keeps adding
#     items that have no events (so the expected event set is known) during every replay;
#   - the daemon's group consumed A before T and committed: replay never moves those offsets,
#     and refuses to run in that group;
#   - replay --from T exits 0 at the end captured at start (the producer is still writing),
#     processes every message of [start, end), and its records are exactly the events of
#     `newsev extract` over B;
#   - a second replay (to other topics) and a dry run give identical event_id sets;
#   - the replay group's committed offsets are the captured ends.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"
NA=600
NB=600

it_broker_up
prefix=$(unique_name rpt)
nsv_topics "$prefix" 3
NSV_GROUP=$(unique_name rpt-daemon)
nsv_conf "$IT_TMP/newsev.conf"
for t in "${NSV_TYPES[@]}"; do
    topic_create "$prefix.bf.$t" 3 >/dev/null 2>&1 || fail "create $prefix.bf.$t"
    topic_create "$prefix.bf2.$t" 3 >/dev/null 2>&1 || fail "create $prefix.bf2.$t"
done

nsv_make_items $((NA + NB)) "$IT_TMP/all.jsonl"
head -n "$NA" "$IT_TMP/all.jsonl" >"$IT_TMP/a.jsonl"
tail -n "$NB" "$IT_TMP/all.jsonl" >"$IT_TMP/b.jsonl"
nsv_offline_ids "$IT_TMP/b.jsonl" "$IT_TMP/want.ids"
LC_ALL=C sort -u "$IT_TMP/want.ids" >"$IT_TMP/want.set"
note "B: $NB items, $(wc -l <"$IT_TMP/want.ids") events offline ($(wc -l <"$IT_TMP/want.set") distinct)"

# the background items: no events (checked offline), distinct ids
filler() { printf '{"id":"filler-%s","source":"test","published":"2024-05-01","title":"Weather","text":"Light rain is expected in the evening and temperatures will fall slightly overnight."}\n' "$1"; }
filler 0 >"$IT_TMP/filler.jsonl"
assert_eq "filler items have no events" 0 "$("$NEWSEV_BIN" extract "$IT_TMP/filler.jsonl" | wc -l | tr -d ' ')"

# ---- A, then the daemon over A
produce_file "$NSV_IN" "$IT_TMP/a.jsonl"
bg_start daemon "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 120 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "daemon committed A"; else fail "daemon committed A"; fi
bg_stop daemon || true
committed_offsets "$NSV_GROUP" "$NSV_IN" >"$IT_TMP/daemon-before.txt"
assert_eq "daemon group committed $NA" "$NA" "$(nsv_committed_sum "$NSV_GROUP" "$NSV_IN")"

# ---- T, then B
sleep 1.5
T=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
sleep 1.5
produce_file "$NSV_IN" "$IT_TMP/b.jsonl"
note "T = $T; topic end offsets now $(nsv_end_sum "$NSV_IN")"

# ---- the producer that keeps writing
writer() {
    local i=1
    while :; do
        filler "$i" | kcat -P -q -b "$KAFKA_BOOTSTRAP" -t "$NSV_IN" 2>/dev/null || true
        i=$((i + 1))
        sleep 0.05
    done
}
bg_start writer writer # stopped by the cleanup too, whatever happens
end_above() { (($(nsv_end_sum "$NSV_IN") > $1)); }
if wait_until 20 end_above $((NA + NB + 5)); then pass "background producer is writing"; else fail "background producer is writing"; fi

# ---- the daemon's group is refused
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --group "$NSV_GROUP" --from "$T" >/dev/null 2>"$IT_TMP/refused.log" || rc=$?
assert_eq "replay in the daemon's group is refused (exit 78)" 78 "$rc"

# ---- replay 1 (rate-limited, so it outlasts one progress interval however fast the
# normalizer is)
RG=$(unique_name rpt-replay)
t0=$(now_ms)
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --from "$T" --group "$RG" \
    --output-template "$prefix.bf.{type}" --progress log --progress-interval 1 --rate 300 \
    >"$IT_TMP/replay1.out" 2>"$IT_TMP/replay1.log" || rc=$?
note "replay 1: exit $rc after $(elapsed_ms "$t0") ms"
assert_eq "replay 1 exits 0 at the captured end" 0 "$rc"
log1=$(cat "$IT_TMP/replay1.log")
assert_contains "replay 1 logs completion" "$log1" 'msg="replay complete"'
assert_eq "summary line for each of the 3 partitions" 3 "$(grep -c 'msg="partition summary"' "$IT_TMP/replay1.log")"
summary_sum() { { grep 'msg="partition summary"' "$1" || true; } | { grep -o " $2=[0-9]*" || true; } | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }'; }
ends=$(summary_sum "$IT_TMP/replay1.log" end)
starts=$(summary_sum "$IT_TMP/replay1.log" start)
items=$(summary_sum "$IT_TMP/replay1.log" items)
note "replay 1: start offsets sum $starts, captured ends sum $ends, items $items"
assert_eq "starts at T: the offsets of A are skipped" "$NA" "$starts"
assert_eq "every message of [start, end) processed" $((ends - starts)) "$items"
assert_ge "B and some background items were in range" "$NB" "$items"
sleep 1
assert_ge "the producer kept writing past the captured end (did not wait for it)" $((ends + 1)) "$(nsv_end_sum "$NSV_IN")"
grep -q 'msg="progress"' "$IT_TMP/replay1.log" && pass "progress lines logged" || fail "progress lines logged"

NSV_EVENT_TOPICS=("$prefix.bf.statement" "$prefix.bf.meeting" "$prefix.bf.signing")
nsv_downstream_ids "$IT_TMP/got1.ids"
assert_files_equal "replay 1 records = extract's events of the items from T on" "$IT_TMP/want.ids" "$IT_TMP/got1.ids"
assert_eq "replay group committed the captured ends" "$ends" "$(nsv_committed_sum "$RG" "$NSV_IN")"

# ---- replay 2 (other topics, default group) and a dry run: same event_id sets
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --from "$T" --output-template "$prefix.bf2.{type}" \
    >/dev/null 2>"$IT_TMP/replay2.log" || rc=$?
assert_eq "replay 2 exits 0" 0 "$rc"
NSV_EVENT_TOPICS=("$prefix.bf2.statement" "$prefix.bf2.meeting" "$prefix.bf2.signing")
nsv_downstream_ids "$IT_TMP/got2.ids"
LC_ALL=C sort -u "$IT_TMP/got1.ids" >"$IT_TMP/got1.set"
LC_ALL=C sort -u "$IT_TMP/got2.ids" >"$IT_TMP/got2.set"
assert_files_equal "replay twice: identical event_id sets" "$IT_TMP/got1.set" "$IT_TMP/got2.set"

ev_sum() { for t in "${NSV_TYPES[@]}"; do watermarks "$prefix.ev.$t"; done | awk '{ s += $3 } END { print s + 0 }'; }
ev_before=$(ev_sum)
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --from "$T" --dry-run >"$IT_TMP/dry.jsonl" 2>"$IT_TMP/dry.log" || rc=$?
assert_eq "dry run exits 0" 0 "$rc"
jq -r .event_id "$IT_TMP/dry.jsonl" | LC_ALL=C sort -u >"$IT_TMP/dry.set"
assert_files_equal "dry run: the same event_id set on stdout" "$IT_TMP/got1.set" "$IT_TMP/dry.set"
assert_eq "dry run: nothing produced to the normal event topics" "$ev_before" "$(ev_sum)"

bg_stop writer || true

# ---- the daemon's group never moved
committed_offsets "$NSV_GROUP" "$NSV_IN" >"$IT_TMP/daemon-after.txt"
assert_files_equal "daemon group's committed offsets unchanged by every replay" "$IT_TMP/daemon-before.txt" "$IT_TMP/daemon-after.txt"
it_finish
