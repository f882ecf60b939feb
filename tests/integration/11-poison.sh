#!/usr/bin/env bash
# it-timeout: 120
# Poison messages: each bad-input kind (malformed JSON, invalid UTF-8, over max.item.bytes, empty
# text, missing text, binary garbage) lands in the dead-letter topic with newsev.error.code naming
# the reason, the original value, key and headers byte for byte, and the source coordinates;
# the good items around them still produce their records, and the counts add up.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"

it_broker_up
nsv_topics "$(unique_name poison)" 1
NSV_GROUP=$(unique_name poison-grp)
nsv_conf "$IT_TMP/newsev.conf" max.item.bytes=8192

# good items: small corpus items that have events (max.item.bytes is lowered to 8192)
"$PY" - "$NSV_CORPUS" >"$IT_TMP/good.jsonl" <<'EOF'
import sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if len(line.encode()) < 3000 and ' said' in line:
        sys.stdout.write(line)
        n += 1
        if n == 7:
            break
EOF
nsv_offline_ids "$IT_TMP/good.jsonl" "$IT_TMP/want.ids"
n_good_events=$(wc -l <"$IT_TMP/want.ids" | tr -d ' ')
assert_ge "the good items have at least 7 events offline" 7 "$n_good_events"

# good, bad, good, bad, ... good on one partition (kind<TAB>expected code per bad message)
cat >"$IT_TMP/poison.py" <<'EOF'
import json, sys
from confluent_kafka import Producer
boot, topic, goodf, manifest = sys.argv[1:5]
good = [l.rstrip("\n").encode() for l in open(goodf, encoding="utf-8")]
big_text = "The minister said the talks went well. " * 300          # ~12 KB > 8192
bad = [
    ("malformed_json", "bad_json", b'{"id": "poison-json", "text": "Ministers met in Paris'),
    ("invalid_utf8", "invalid_utf8",
     b'{"id": "poison-utf8", "text": "The minister said \xc3\x28 and \xff\xfe the talks went well."}'),
    ("too_large", "too_large",
     json.dumps({"id": "poison-big", "source": "test", "text": big_text}).encode()),
    ("empty_text", "no_text", b'{"id": "poison-empty", "source": "test", "text": ""}'),
    ("missing_text", "no_text", b'{"id": "poison-notext", "source": "test", "title": "no body"}'),
    ("binary_garbage", "binary", b"\x00\x01\x02\x03\x7f\x10GIF89a\x00\x00\x1b[2J garbage \x04\x05\x06"),
    ("binary_random", "invalid_utf8", bytes((i * 37 + 11) % 256 for i in range(300))),
]
p = Producer({"bootstrap.servers": boot, "acks": "all", "enable.idempotence": True})
with open(manifest, "w") as m:
    for i, g in enumerate(good):
        p.produce(topic, key=b"good-%d" % i, value=g, partition=0)
        if i < len(bad):
            kind, code, value = bad[i]
            key = b"key-" + kind.encode() + b"\xff\x00"
            hdrs = [("origin", b"poison-test"), ("kind", kind.encode()), ("raw", b"\x00\xfe")]
            p.produce(topic, key=key, value=value, headers=hdrs, partition=0)
            m.write("%s\t%s\t%s\t%s\n" % (kind, code, key.hex(), value.hex()))
left = p.flush(30)
sys.exit(1 if left else 0)
EOF
assert_ok "produce 7 good and 7 poison messages interleaved" \
    "$PY" "$IT_TMP/poison.py" "$KAFKA_BOOTSTRAP" "$NSV_IN" "$IT_TMP/good.jsonl" "$IT_TMP/manifest.tsv"
n_bad=$(wc -l <"$IT_TMP/manifest.tsv" | tr -d ' ')
total=$((7 + n_bad))

bg_start newsev "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 60 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "all $total inputs committed"; else
    fail "all $total inputs committed" "committed $(nsv_committed_sum "$NSV_GROUP" "$NSV_IN") of $total"
fi
rc=0
bg_stop newsev || rc=$?
assert_eq "daemon exits 0 on SIGTERM" 0 "$rc"

nsv_downstream_ids "$IT_TMP/got.ids"
assert_files_equal "every good item's events are downstream" "$IT_TMP/want.ids" "$IT_TMP/got.ids"

cat >"$IT_TMP/dlq.py" <<'EOF'
import sys
from confluent_kafka import Consumer, TopicPartition
boot, dlq, src, manifest = sys.argv[1:5]
want = {}
for line in open(manifest):
    kind, code, key, value = line.rstrip("\n").split("\t")
    want[kind] = (code, bytes.fromhex(key), bytes.fromhex(value))
c = Consumer({"bootstrap.servers": boot, "group.id": "dlq-reader", "enable.auto.commit": False,
              "isolation.level": "read_committed"})
msgs = []
for part in range(3):
    lo, hi = c.get_watermark_offsets(TopicPartition(dlq, part), timeout=10)
    if hi <= lo:
        continue
    c.assign([TopicPartition(dlq, part, lo)])
    while True:
        m = c.poll(10)
        if m is None:
            break
        if m.error():
            continue
        msgs.append(m)
        if m.offset() + 1 >= hi:
            break
c.close()
problems = []
seen = set()
for m in msgs:
    h = {}
    for k, v in m.headers() or []:
        h.setdefault(k, v)
    kind = (h.get("kind") or b"?").decode()
    if kind not in want:
        problems.append("unexpected dead letter kind=%s" % kind)
        continue
    seen.add(kind)
    code, key, value = want[kind]
    got_code = (h.get("newsev.error.code") or b"").decode()
    print("%s\t%s\t%d bytes\t%s" % (kind, got_code, len(m.value() or b""),
          (h.get("newsev.error.message") or b"").decode(errors="replace")[:80]))
    if got_code != code:
        problems.append("%s: newsev.error.code=%r, want %r" % (kind, got_code, code))
    if not h.get("newsev.error.message"):
        problems.append("%s: no newsev.error.message" % kind)
    if m.value() != value:
        problems.append("%s: value differs from the original bytes" % kind)
    if m.key() != key:
        problems.append("%s: key differs (%r)" % (kind, m.key()))
    if h.get("origin") != b"poison-test" or h.get("raw") != b"\x00\xfe":
        problems.append("%s: original headers not preserved" % kind)
    if (h.get("newsev.source.topic") or b"").decode() != src:
        problems.append("%s: newsev.source.topic=%r" % (kind, h.get("newsev.source.topic")))
    if h.get("newsev.source.partition") != b"0" or not (h.get("newsev.source.offset") or b"").isdigit():
        problems.append("%s: source partition/offset headers missing" % kind)
for kind in want:
    if kind not in seen:
        problems.append("%s: not in the DLQ" % kind)
if len(msgs) != len(want):
    problems.append("%d dead letters, want %d" % (len(msgs), len(want)))
for p in problems:
    print("PROBLEM: " + p)
EOF
out=$("$PY" "$IT_TMP/dlq.py" "$KAFKA_BOOTSTRAP" "$NSV_DLQ" "$NSV_IN" "$IT_TMP/manifest.tsv" 2>&1 || true)
grep -v '^PROBLEM' <<<"$out" | sed 's/^/# dlq: /'
while IFS=$'\t' read -r kind code _; do
    line=$(grep -E "^$kind"$'\t' <<<"$out" || true)
    probs=$(grep "^PROBLEM: $kind:" <<<"$out" || true)
    if [[ -n $line && -z $probs ]]; then
        pass "$kind: dead-lettered with code $code, value, key and headers preserved"
    else
        fail "$kind: dead-lettered with code $code, value, key and headers preserved" "${probs:-not found}"
    fi
done <"$IT_TMP/manifest.tsv"
assert_not_contains "no other dead letter problem" "$out" "PROBLEM"

log=$IT_TMP/newsev.log
consumed=$(nsv_final "$log" consumed)
assert_eq "summary: consumed $total" "$total" "$consumed"
assert_eq "summary: dead_letters $n_bad" "$n_bad" "$(nsv_final "$log" dead_letters)"
sum=$(($(nsv_final "$log" items_with_events) + $(nsv_final "$log" items_without_events) + $(nsv_final "$log" dead_letters)))
assert_eq "consumed = with events + without + dead letters" "$consumed" "$sum"
assert_eq "summary: events = records downstream" "$n_good_events" "$(nsv_final "$log" events)"
summary=$(grep 'msg="stopped"' "$log" | tail -n 1)
note "summary: ${summary#*msg=}"
for code in bad_json invalid_utf8 too_large no_text binary; do
    assert_contains "summary counts dlq.$code" "$summary" "dlq.$code="
done
it_finish
