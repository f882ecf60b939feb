# shellcheck shell=bash
# tests/integration/newsev-lib.sh: helpers for the tests that run `newsev run` against the real
# broker (sourced after lib.sh; not a test itself: run.sh only runs [0-9]*.sh).
#
#   nsv_need_shared FILE...            SKIP line and exit 0 when ../shared data is absent
#   nsv_topics PREFIX PARTS            create PREFIX.in (PARTS partitions), PREFIX.in.dlq and the
#                                      three event topics PREFIX.ev.{type}; sets NSV_IN, NSV_DLQ,
#                                      NSV_TEMPLATE, NSV_EVENT_TOPICS (array)
#   nsv_conf FILE [key=value]...       config file for the daemon (broker, input, group, template,
#                                      1 s stats, 1 s commits, 6 s session timeout) plus the
#                                      given keys
#   nsv_make_items N OUT               N corpus items; copies after the first pass get id "<id>~rK"
#   nsv_offline_ids INPUT OUT          sorted event_ids of `newsev extract INPUT` (one per line,
#                                      duplicates kept)
#   nsv_downstream_ids OUT [ISO]       sorted keys (event_ids) of every record on the event topics
#   nsv_stat LOG KEY                   KEY's value in the last component=stats line of LOG
#   nsv_final LOG KEY                  KEY's value in the "stopped" summary line of LOG
#   nsv_committed_sum GROUP TOPIC      sum of committed offsets (0 for partitions without one;
#                                      "?" when the query failed or took over 20 s)
#   nsv_end_sum TOPIC                  sum of high watermarks ("?" likewise)
#   nsv_all_committed GROUP TOPIC      for wait_until: committed == end offsets on every partition
#   nsv_records_count                  records (and transaction markers) on the event topics
#   nsv_records_at_least N             for wait_until: the event topics hold >= N records (all
#                                      isolation levels; counted with watermarks)

NSV_SHARED=${NEWSEV_SHARED:-$REPO_ROOT/../shared}
NSV_CORPUS=$NSV_SHARED/corpus/news.jsonl
NSV_SEED=$NSV_SHARED/eval/seed.items.jsonl
NSV_TYPES=(statement meeting signing)

nsv_need_shared() {
    local f
    for f in "$@"; do
        if [[ ! -f $f ]]; then
            echo "SKIP: $IT_NAME: $f not found (shared data directory absent)"
            it_finish
        fi
    done
}

nsv_topics() {
    local prefix=$1 parts=$2 t
    NSV_IN="$prefix.in"
    NSV_DLQ="$prefix.in.dlq"
    NSV_TEMPLATE="$prefix.ev.{type}"
    NSV_EVENT_TOPICS=()
    for t in "${NSV_TYPES[@]}"; do NSV_EVENT_TOPICS+=("$prefix.ev.$t"); done
    topic_create "$NSV_IN" "$parts" >/dev/null 2>&1 || { fail "create $NSV_IN"; it_finish; }
    for t in "$NSV_DLQ" "${NSV_EVENT_TOPICS[@]}"; do
        topic_create "$t" 3 >/dev/null 2>&1 || { fail "create $t"; it_finish; }
    done
}

nsv_conf() {
    local file=$1 kv
    shift
    {
        echo "kafka.bootstrap.servers = $KAFKA_BOOTSTRAP"
        echo "input.topics = $NSV_IN"
        echo "group.id = ${NSV_GROUP:?set NSV_GROUP}"
        echo "output.topic_template = $NSV_TEMPLATE"
        echo "stats.interval.ms = 1000"
        echo "commit.interval.ms = 1000"
        # a killed member leaves the group after 6 s (the broker's minimum), not 45 s
        echo "consumer.session.timeout.ms = 6000"
        echo "consumer.heartbeat.interval.ms = 1000"
        for kv in "$@"; do echo "${kv%%=*} = ${kv#*=}"; done
    } >"$file"
}

nsv_make_items() {
    "$PY" - "$NSV_CORPUS" "$1" >"$2" <<'EOF'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n = int(sys.argv[2])
out = sys.stdout
for i in range(n):
    line = lines[i % len(lines)]
    k = i // len(lines)
    if k == 0:
        out.write(line if line.endswith("\n") else line + "\n")
    else:
        item = json.loads(line)
        item["id"] = "%s~r%d" % (item["id"], k)
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
EOF
}

nsv_offline_ids() {
    "$NEWSEV_BIN" extract "$1" | jq -r .event_id | LC_ALL=C sort >"$2"
}

nsv_downstream_ids() {
    local out=$1 iso=${2:-read_uncommitted} t
    for t in "${NSV_EVENT_TOPICS[@]}"; do consume_all "$t" "$iso" -f '%k\n'; done | LC_ALL=C sort >"$out"
}

nsv_stat() {
    grep 'component=stats' "$1" | tail -n 1 | grep -o "[[:space:]]$2=[^ ]*" | cut -d= -f2 || true
}

nsv_final() {
    grep 'msg="stopped"' "$1" | tail -n 1 | grep -o "[[:space:]]$2=[^ ]*" | cut -d= -f2 || true
}

# admin.py queries can block for minutes while a killed broker's partitions fail over
# (librdkafka 2.0.2): each query is capped at 20 s and then answers nothing
nsv_admin() { timeout 20 "$PY" "$REPO_ROOT/scripts/kafka/admin.py" --bootstrap "$KAFKA_BOOTSTRAP" "$@" 2>/dev/null; }
nsv_committed_sum() { nsv_admin committed "$1" "$2" | awk '{ n++; if ($2 > 0) s += $2 } END { print n ? s + 0 : "?" }'; }
nsv_end_sum() { nsv_admin watermarks "$1" | awk '{ n++; s += $3 } END { print n ? s + 0 : "?" }'; }
nsv_all_committed() {
    local c e
    c=$(nsv_committed_sum "$1" "$2")
    e=$(nsv_end_sum "$2")
    [[ $c != "?" && $e != "?" && $c == "$e" ]]
}

nsv_records_count() {
    local t s=0 n
    for t in "${NSV_EVENT_TOPICS[@]}"; do
        n=$(nsv_admin watermarks "$t" | awk '{ s += $3 - $2 } END { print s + 0 }')
        s=$((s + n))
    done
    echo "$s"
}
nsv_records_at_least() { (($(nsv_records_count) >= $1)); }
