#!/usr/bin/env bash
# it-timeout: 240
# Log output is machine-readable line by line, and input cannot forge it. Hostile messages
# (keys with newlines, `key=value` text, quotes, backslashes, U+2028, invalid UTF-8; values
# that are bad JSON with the same text) go through:
#   A: `newsev run` (logfmt, the default): every line parses as strict logfmt with ts, level,
#      component, msg first; no forged line or field; the dead-letter lines carry the keys
#      back exactly;
#   B: `newsev replay --log-format json --log-level debug` with librdkafka debug lines on:
#      every line is one JSON object, librdkafka's lines included (component=rdkafka), and the
#      keys come back exactly.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"

it_broker_up
nsv_topics "$(unique_name logs)" 2
NSV_GROUP=$(unique_name logs-grp)
nsv_conf "$IT_TMP/newsev.conf"

# the hostile messages: key \x1f value, one per line of keys.json (JSON strings, so any byte)
"$PY" - "$KAFKA_BOOTSTRAP" "$NSV_IN" "$IT_TMP/keys.json" <<'EOF'
import json, sys
from confluent_kafka import Producer
bootstrap, topic, out = sys.argv[1:4]
forge = 'x\nts=2020-01-01T00:00:00.000Z level=error component=main msg="forged" injected=1'
keys = [
    forge.encode(),
    b'k2 injected=2 msg="forged"\r\nlevel=error',
    'quote" back\\slash \u2028 line-sep tab\t end'.encode(),
    b'bad-utf8-\xff\xfe-' + b'\x1b[31m' + b'escape',
    ('{"msg":"forged","injected":3}\n' * 3).encode(),
]
values = [
    b'{"id": "' + forge.encode() + b'", "text": "' + b'\n' + forge.encode() + b'"',  # bad JSON
    b'{"id":"ok-1","text":"\xff\xfe not utf-8 ' + forge.encode() + b'"}',            # invalid UTF-8
    b'',                                                                              # no text
    b'\x00\x01binary\x02' + forge.encode(),                                           # binary
    b'{"id":"x","text":' + forge.encode() + b'}',                                     # bad JSON
]
p = Producer({"bootstrap.servers": bootstrap, "acks": "all"})
for k, v in zip(keys, values):
    p.produce(topic, key=k, value=v)
p.flush(30)
with open(out, "w") as f:
    for k in keys:
        f.write(json.dumps(k.decode("utf-8", "replace")) + "\n")
EOF
n_msgs=$(wc -l <"$IT_TMP/keys.json" | tr -d ' ')
assert_eq "hostile messages produced" 5 "$n_msgs"

# check FORMAT LOG KEYS: one result line per check, "ok ..." or "bad ..."
check_log() {
    "$PY" - "$@" <<'EOF'
import json, re, sys
fmt, path, keys_path = sys.argv[1:4]
want_keys = {json.loads(l) for l in open(keys_path, encoding="utf-8")}
raw = open(path, "rb").read()
lines = raw.split(b"\n")
if lines and lines[-1] == b"":
    lines.pop()
bad = []
records = []
tok = re.compile(r'([A-Za-z0-9_.:/-]+)=("(?:[^"\\]|\\.)*"|[^ "=\\]+)')
esc = re.compile(r'\\(u[0-9a-f]{4}|x[0-9a-f]{2}|.)')
def unq(v):
    if not v.startswith('"'):
        return v
    def rep(m):
        e = m.group(1)
        if e[0] == "u": return chr(int(e[1:], 16))
        if e[0] == "x": return "\ufffd"
        return {"n": "\n", "r": "\r", "t": "\t"}.get(e, e)
    return esc.sub(rep, v[1:-1])
for i, b in enumerate(lines, 1):
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        bad.append("line %d: not UTF-8" % i); continue
    if any(c in s for c in "\r\u2028\u2029\u0085\x1b") or any(ord(c) < 0x20 for c in s):
        bad.append("line %d: raw control or line-separator character" % i); continue
    if fmt == "json":
        try:
            rec = json.loads(s)
        except ValueError as e:
            bad.append("line %d: not JSON: %s" % (i, e)); continue
        if not isinstance(rec, dict):
            bad.append("line %d: not an object" % i); continue
        keys = list(rec)
    else:
        pos, rec, keys = 0, {}, []
        while pos < len(s):
            m = tok.match(s, pos)
            if not m:
                bad.append("line %d: not logfmt at column %d: %r" % (i, pos, s[pos:pos + 40])); break
            k, v = m.group(1), m.group(2)
            if k in rec:
                bad.append("line %d: duplicate key %s" % (i, k))
            rec[k] = unq(v); keys.append(k)
            pos = m.end()
            if pos < len(s):
                if s[pos] != " ":
                    bad.append("line %d: no space after a field at column %d" % (i, pos)); break
                pos += 1
        else:
            pass
    if keys[:4] != ["ts", "level", "component", "msg"]:
        bad.append("line %d: fixed fields not first: %s" % (i, keys[:4]))
    if rec.get("level") not in ("debug", "info", "warn", "error"):
        bad.append("line %d: level %r" % (i, rec.get("level")))
    if "forged" in str(rec.get("msg")) or "injected" in rec:
        bad.append("line %d: FORGED: %s" % (i, s[:200]))
    records.append(rec)
got_keys = {r["key"] for r in records if r.get("msg") == "dead letter" and "key" in r}
print("lines %d" % len(lines))
print("rdkafka %d" % sum(1 for r in records if r.get("component") == "rdkafka"))
print("deadletter %d" % sum(1 for r in records if r.get("msg") == "dead letter"))
missing = sorted(want_keys - got_keys)
print("keys_back %s" % ("ok" if not missing else "missing %r (got %r)" % (missing, sorted(got_keys))))
for b in bad[:10]:
    print("bad " + b)
print("badcount %d" % len(bad))
EOF
}

# ---- A: the daemon, logfmt
bg_start run "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 60 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "A: all hostile messages processed"; else fail "A: all hostile messages processed"; fi
sleep 1.5 # a stats line after the last message
rc=0
bg_stop run || rc=$?
assert_eq "A: exit 0" 0 "$rc"
assert_eq "A: every message dead-lettered" 5 "$(nsv_end_sum "$NSV_DLQ")"
check_log logfmt "$IT_TMP/run.log" "$IT_TMP/keys.json" >"$IT_TMP/checkA.txt"
sed 's/^/# A: /' "$IT_TMP/checkA.txt"
assert_eq "A: every line is strict logfmt, fixed fields first, nothing forged" "badcount 0" "$(grep '^badcount' "$IT_TMP/checkA.txt")"
assert_eq "A: 5 dead-letter lines" "deadletter 5" "$(grep '^deadletter' "$IT_TMP/checkA.txt")"
assert_eq "A: the hostile keys come back exactly (UTF-8 ones)" "keys_back ok" "$(grep '^keys_back' "$IT_TMP/checkA.txt")"
assert_contains "A: start-up line with versions" "$(cat "$IT_TMP/run.log")" 'msg="started" version='
assert_contains "A: effective configuration logged" "$(cat "$IT_TMP/run.log")" 'component=config msg="setting" key=input.topics'

# ---- B: replay, JSON, librdkafka debug lines
rc=0
"$NEWSEV_BIN" replay --config "$IT_TMP/newsev.conf" --dry-run --log-format json --log-level debug \
    --set kafka.debug=consumer,cgrp >"$IT_TMP/replay.out" 2>"$IT_TMP/replay.log" || rc=$?
assert_eq "B: replay exit 0" 0 "$rc"
check_log json "$IT_TMP/replay.log" "$IT_TMP/keys.json" >"$IT_TMP/checkB.txt"
sed 's/^/# B: /' "$IT_TMP/checkB.txt"
assert_eq "B: every line is one JSON object, nothing forged" "badcount 0" "$(grep '^badcount' "$IT_TMP/checkB.txt")"
rdk=$(grep '^rdkafka' "$IT_TMP/checkB.txt" | cut -d' ' -f2)
assert_ge "B: librdkafka's lines come through the same logger" 1 "$rdk"
assert_eq "B: the hostile keys come back exactly" "keys_back ok" "$(grep '^keys_back' "$IT_TMP/checkB.txt")"
it_finish
