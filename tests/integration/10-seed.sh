#!/usr/bin/env bash
# it-timeout: 120
# Seed item in, its 12 event records out: on the three per-type topics, valid against the record
# v1 JSON Schema, keyed by event_id, with the newsev.* headers; same records as `newsev extract`.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_SEED"

it_broker_up
nsv_topics "$(unique_name seed)" 1
NSV_GROUP=$(unique_name seed-grp)
nsv_conf "$IT_TMP/newsev.conf"

"$NEWSEV_BIN" extract "$NSV_SEED" >"$IT_TMP/offline.jsonl"
want=$(wc -l <"$IT_TMP/offline.jsonl" | tr -d ' ')
assert_eq "newsev extract finds 12 events in the seed" 12 "$want"

produce_file "$NSV_IN" "$NSV_SEED"
t0=$(now_ms)
bg_start newsev "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 60 nsv_records_at_least 12; then pass "12 records produced"; else fail "12 records produced"; fi
note "seed to 12 records: $(elapsed_ms "$t0") ms (includes group join)"
rc=0
bg_stop newsev || rc=$?
assert_eq "daemon exits 0 on SIGTERM" 0 "$rc"

: >"$IT_TMP/records.jsonl"
: >"$IT_TMP/meta.txt"
for i in 0 1 2; do
    t=${NSV_EVENT_TOPICS[$i]}
    consume_all "$t" -f '%s\n' >>"$IT_TMP/records.jsonl"
    # key, then the headers, per record
    consume_all "$t" -f '%k\t%h\n' | sed "s/^/${NSV_TYPES[$i]}\t/" >>"$IT_TMP/meta.txt"
done
assert_eq "12 records on the event topics" 12 "$(wc -l <"$IT_TMP/records.jsonl" | tr -d ' ')"
per_type=""
for ty in "${NSV_TYPES[@]}"; do
    per_type+="$ty=$(jq -r .type "$IT_TMP/records.jsonl" | grep -cx "$ty" || true) "
done
want_types=""
for ty in "${NSV_TYPES[@]}"; do
    want_types+="$ty=$(jq -r .type "$IT_TMP/offline.jsonl" | grep -cx "$ty" || true) "
done
note "records per type: $per_type"
assert_eq "records per type match newsev extract" "$want_types" "$per_type"
n_types=$(jq -r .type "$IT_TMP/records.jsonl" | sort -u | wc -l | tr -d ' ')
assert_eq "records of all three types" 3 "$n_types"

assert_ok "records valid against the record v1 JSON Schema" \
    "$PY" "$REPO_ROOT/tests/validate_schema.py" "$IT_TMP/records.jsonl"
# the daemon adds the Kafka coordinates of the source message as item.kafka
kafka=$(jq -r -c '.item.kafka | "\(.topic)/\(.partition)/\(.offset)"' "$IT_TMP/records.jsonl" | sort -u)
assert_eq "item.kafka holds the source coordinates" "$NSV_IN/0/0" "$kafka"
jq -S -c 'del(.item.kafka)' "$IT_TMP/records.jsonl" | LC_ALL=C sort >"$IT_TMP/got.sorted"
jq -S -c . "$IT_TMP/offline.jsonl" | LC_ALL=C sort >"$IT_TMP/want.sorted"
assert_files_equal "records equal newsev extract's output (but item.kafka)" "$IT_TMP/want.sorted" "$IT_TMP/got.sorted"

# every record sits on its type's topic, is keyed by its event_id, and carries the headers
bad=$("$PY" - "$IT_TMP/records.jsonl" "$IT_TMP/meta.txt" "$NSV_IN" <<'EOF'
import json, sys
recs = {}
for l in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(l)
    recs[r["event_id"]] = r
src = sys.argv[3]
bad = []
for line in open(sys.argv[2], encoding="utf-8"):
    ty, key, hdrs = line.rstrip("\n").split("\t", 2)
    h = dict(kv.split("=", 1) for kv in hdrs.split(","))
    r = recs.get(key)
    if r is None:
        bad.append("key %s is no record's event_id" % key); continue
    if r["type"] != ty: bad.append("%s: type %s on the %s topic" % (key, r["type"], ty))
    want = {"newsev.type": ty, "newsev.schema": r["schema"], "newsev.source.topic": src,
            "newsev.source.partition": "0", "newsev.source.offset": "0"}
    for k, v in want.items():
        if h.get(k) != v: bad.append("%s: header %s=%r, want %r" % (key, k, h.get(k), v))
print("\n".join(bad))
EOF
)
assert_eq "keys are event_ids, headers type/schema/source coordinates present" "" "$bad"
assert_eq "nothing dead-lettered" 0 "$(count_messages "$NSV_DLQ")"
log=$IT_TMP/newsev.log
assert_eq "summary: consumed 1" 1 "$(nsv_final "$log" consumed)"
assert_eq "summary: events 12" 12 "$(nsv_final "$log" events)"
it_finish
