#!/usr/bin/env bash
# it-timeout: 300
# newsev replay: exactly-once, the rate limit, a stop by signal and --resume, partition and
# time selection, on 3 partitions holding 900 corpus items (plus one poison message):
#   A: --guarantee exactly_once: a read_committed consumer sees each event id of extract's
#      output exactly once; the poison message is in the DLQ;
#   B: --rate 100 is kept (measured from the summary), SIGTERM before the end exits 75 and
#      the summary says which partitions are not done; --resume in the same group finishes
#      with exit 0; together the two runs made every event (at-least-once: repeats allowed);
#   C: --partitions 1 --until T (T between two halves) replays exactly the first half of
#      partition 1.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"
N=900

it_broker_up
prefix=$(unique_name rpe)
nsv_topics "$prefix" 3
NSV_GROUP=$(unique_name rpe-daemon)
nsv_conf "$IT_TMP/newsev.conf"
for run in eos rate part; do
    for t in "${NSV_TYPES[@]}"; do topic_create "$prefix.$run.$t" 3 >/dev/null 2>&1 || fail "create $prefix.$run.$t"; done
done
topics_of() { NSV_EVENT_TOPICS=("$prefix.$1.statement" "$prefix.$1.meeting" "$prefix.$1.signing"); }

nsv_make_items "$N" "$IT_TMP/items.jsonl"
head -n $((N / 2)) "$IT_TMP/items.jsonl" >"$IT_TMP/h1.jsonl"
tail -n $((N / 2)) "$IT_TMP/items.jsonl" >"$IT_TMP/h2.jsonl"
nsv_offline_ids "$IT_TMP/items.jsonl" "$IT_TMP/want.ids"
LC_ALL=C sort -u "$IT_TMP/want.ids" >"$IT_TMP/want.set"
# keyed by item id, so partition 1's items are known
jq -r '.id' "$IT_TMP/h1.jsonl" | paste -d '\t' - "$IT_TMP/h1.jsonl" | produce_file "$NSV_IN" /dev/stdin -K$'\t'
sleep 1.5
T=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
sleep 1.5
jq -r '.id' "$IT_TMP/h2.jsonl" | paste -d '\t' - "$IT_TMP/h2.jsonl" | produce_file "$NSV_IN" /dev/stdin -K$'\t'
printf '{"id":"poison-1","text":"unterminated\n' | produce_file "$NSV_IN" /dev/stdin -p 0
assert_eq "$((N + 1)) messages on the input topic" $((N + 1)) "$(nsv_end_sum "$NSV_IN")"

# ---- A: exactly-once
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --guarantee exactly_once \
    --output-template "$prefix.eos.{type}" >/dev/null 2>"$IT_TMP/eos.log" || rc=$?
assert_eq "A: exactly-once replay exits 0" 0 "$rc"
assert_contains "A: transactional" "$(cat "$IT_TMP/eos.log")" "guarantee=exactly_once"
topics_of eos
nsv_downstream_ids "$IT_TMP/eos.ids" read_committed
assert_files_equal "A: read_committed sees every event id exactly once" "$IT_TMP/want.ids" "$IT_TMP/eos.ids"
assert_eq "A: the poison message is in the DLQ" 1 "$(count_messages "$NSV_DLQ")"
assert_contains "A: its reason is logged" "$(cat "$IT_TMP/eos.log")" 'dead_letters=1'

# ---- B: rate limit, SIGTERM, resume
RG=$(unique_name rpe-rate)
bg_start rate "$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --group "$RG" --rate 100 \
    --output-template "$prefix.rate.{type}"
sleep 4
rc=0
bg_stop rate || rc=$?
assert_eq "B: stopped by SIGTERM before the end: exit 75" 75 "$rc"
logB=$IT_TMP/rate.log
assert_contains "B: says it stopped before the end" "$(cat "$logB")" 'msg="replay stopped before the end"'
line=$(grep 'replay stopped before the end' "$logB" || true)
itemsB=$(grep -o ' items=[0-9]*' <<<"$line" | cut -d= -f2)
msB=$(grep -o ' duration_ms=[0-9]*' <<<"$line" | cut -d= -f2)
rateB=$(awk -v n="${itemsB:-0}" -v ms="${msB:-1}" 'BEGIN { printf "%d", n * 1000 / ms }')
note "B: $itemsB items in $msB ms = $rateB msgs/s"
assert_le "B: --rate 100 held (<= 110 msgs/s)" 110 "$rateB"
assert_ge "B: and used (>= 60 msgs/s)" 60 "$rateB"
assert_ge "B: some partition not done" 1 "$(grep -c 'msg="partition summary".* done=false' "$logB")"
committedB=$(nsv_committed_sum "$RG" "$NSV_IN")
note "B: replay group committed $committedB"
assert_le "B: committed no more than processed" "$itemsB" "$committedB"
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --group "$RG" --resume \
    --output-template "$prefix.rate.{type}" >/dev/null 2>"$IT_TMP/resume.log" || rc=$?
assert_eq "B: --resume finishes with exit 0" 0 "$rc"
itemsR=$(grep 'msg="replay complete"' "$IT_TMP/resume.log" | grep -o ' items=[0-9]*' | cut -d= -f2 || true)
note "B: resumed run processed $itemsR items"
assert_le "B: the resumed run started where the first stopped" $((N + 1 - committedB)) "${itemsR:-0}"
assert_eq "B: committed = end offsets after the resume" "$(nsv_end_sum "$NSV_IN")" "$(nsv_committed_sum "$RG" "$NSV_IN")"
topics_of rate
nsv_downstream_ids "$IT_TMP/rate.ids"
LC_ALL=C sort -u "$IT_TMP/rate.ids" >"$IT_TMP/rate.set"
assert_files_equal "B: stopped + resumed runs made every event" "$IT_TMP/want.set" "$IT_TMP/rate.set"

# ---- C: one partition, until T
kcat -C -q -b "$KAFKA_BOOTSTRAP" -t "$NSV_IN" -p 1 -o beginning -e -f '%k\n' >"$IT_TMP/p1.keys"
jq -r .id "$IT_TMP/h1.jsonl" | LC_ALL=C sort >"$IT_TMP/h1.keys"
LC_ALL=C sort "$IT_TMP/p1.keys" | LC_ALL=C comm -12 - "$IT_TMP/h1.keys" >"$IT_TMP/p1h1.keys"
jq -c --slurpfile k <(jq -R . "$IT_TMP/p1h1.keys") 'select(.id as $i | $k | index($i))' "$IT_TMP/h1.jsonl" >"$IT_TMP/p1h1.jsonl"
nsv_offline_ids "$IT_TMP/p1h1.jsonl" "$IT_TMP/wantC.ids"
note "C: partition 1 holds $(wc -l <"$IT_TMP/p1h1.keys") items before T"
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --partitions 1 --until "$T" \
    --output-template "$prefix.part.{type}" >/dev/null 2>"$IT_TMP/part.log" || rc=$?
assert_eq "C: exit 0" 0 "$rc"
assert_eq "C: one partition in the summary" 1 "$(grep -c 'msg="partition summary"' "$IT_TMP/part.log")"
topics_of part
nsv_downstream_ids "$IT_TMP/part.ids"
assert_files_equal "C: exactly the events of partition 1's items before T" "$IT_TMP/wantC.ids" "$IT_TMP/part.ids"
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --partitions 7 --dry-run >/dev/null 2>&1 || rc=$?
assert_eq "C: a partition that does not exist: exit 78" 78 "$rc"
it_finish
