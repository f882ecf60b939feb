#!/usr/bin/env bash
# kafka-broker.sh: a real Apache Kafka (KRaft, no ZooKeeper) broker on loopback for tests.
#
# Jars come from Maven Central (scripts/kafka/pom.xml) into
# ${NEWSEV_KAFKA_CACHE:-$HOME/.cache/newsev/kafka}/lib, once per machine.
# Needs: java 17, mvn (fetch only), kcat, /usr/bin/python3 with confluent_kafka.
#
# Usage (works from any directory):
#   scripts/kafka-broker.sh fetch                       # download jars (quick when cached)
#   scripts/kafka-broker.sh start [--nodes 1|3] [--dir DIR]
#        # prints the bootstrap (127.0.0.1:PORT[,...]) on stdout; writes DIR/env
#        # (KAFKA_BOOTSTRAP=..., KAFKA_NODES, KAFKA_NODE<N>_PID/_PORT/_CONTROLLER_PORT, timings)
#   scripts/kafka-broker.sh stop [--dir DIR]            # SIGTERM, SIGKILL after 30 s; safe twice
#   scripts/kafka-broker.sh status [--dir DIR]          # exit 0 when every node runs
#   scripts/kafka-broker.sh kill-node N [--dir DIR]     # SIGKILL node N (crash)
#   scripts/kafka-broker.sh restart-node N [--dir DIR]  # same data dir and ports, no re-format
#   scripts/kafka-broker.sh topic create NAME PARTITIONS [RF] [--config k=v]... [--dir DIR]
#   scripts/kafka-broker.sh topic delete NAME [--dir DIR]
#   scripts/kafka-broker.sh topic list [--dir DIR]
# DIR defaults to build/kafka-run in the repository. Topic commands use, in this order:
# --bootstrap B, --dir DIR's env file, $KAFKA_BOOTSTRAP, the default DIR's env file.
# Diagnostics go to stderr; only results (bootstrap, topic lists) go to stdout.
#
# Environment: NEWSEV_KAFKA_CACHE (jar cache), KAFKA_READY_TIMEOUT (s, default 90),
# KAFKA_STOP_TIMEOUT (s, default 30), KAFKA_HEAP_OPTS (default -Xms256m -Xmx512m),
# KAFKA_EXTRA_JVM_OPTS, JAVA (java binary), MVN (mvn binary).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
POM="$SCRIPT_DIR/kafka/pom.xml"
ADMIN_PY="$SCRIPT_DIR/kafka/admin.py"
PY=/usr/bin/python3
CACHE="${NEWSEV_KAFKA_CACHE:-$HOME/.cache/newsev/kafka}"
LIB="$CACHE/lib"
DEFAULT_DIR="$REPO_ROOT/build/kafka-run"
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
MVN="${MVN:-mvn}"
READY_TIMEOUT="${KAFKA_READY_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"

log() { printf 'kafka-broker: %s\n' "$*" >&2; }
die() { printf 'kafka-broker: error: %s\n' "$*" >&2; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found ($2)"; }

# ---------------------------------------------------------------- fetch
pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

cmd_fetch() {
    local stamp="$LIB/.complete" h
    h=$(pom_hash)
    if [[ -f $stamp && $(cat "$stamp") == "$h" ]]; then
        log "jars cached in $LIB ($(find "$LIB" -name '*.jar' | wc -l) jars)"
        return 0
    fi
    need "$MVN" "apt-get install -y maven"
    mkdir -p "$CACHE"
    local tmp="$CACHE/lib.tmp.$$" t0
    rm -rf "$tmp"
    t0=$(now_ms)
    log "fetching Kafka jars with Maven into $LIB ..."
    if ! "$MVN" -B -q -Dstyle.color=never -f "$POM" \
        org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" >"$CACHE/fetch.log" 2>&1; then
        tail -n 30 "$CACHE/fetch.log" >&2
        rm -rf "$tmp"
        die "mvn copy-dependencies failed (log: $CACHE/fetch.log)"
    fi
    local bindings
    bindings=$(find "$tmp" -name '*.jar' -printf '%f\n' \
        | grep -cE '^(log4j-slf4j2?-impl|slf4j-reload4j|slf4j-log4j12|logback-classic|slf4j-simple|slf4j-jdk14)-' || true)
    if [[ $bindings != 1 ]]; then
        rm -rf "$tmp"
        die "expected exactly one SLF4J binding among the jars, found $bindings"
    fi
    echo "$h" >"$tmp/.complete"
    rm -rf "$LIB"
    mv "$tmp" "$LIB"
    log "fetched $(find "$LIB" -name '*.jar' | wc -l) jars ($(du -sh "$LIB" | cut -f1)) in $(secs $(( $(now_ms) - t0 ))) s"
}

ensure_jars() {
    [[ -f $LIB/.complete && $(cat "$LIB/.complete") == "$(pom_hash)" ]] || cmd_fetch
}

# ---------------------------------------------------------------- helpers
# A pid is ours when it is alive, not a zombie, and runs kafka.Kafka for that node dir.
node_pid() { # nodedir -> prints pid if that node's JVM is running
    local nd=$1 pid st
    [[ -f $nd/kafka.pid ]] || return 1
    pid=$(cat "$nd/kafka.pid")
    [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || return 1
    st=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 1
    [[ $st != Z && $st != X ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$nd/server.properties" || return 1
    echo "$pid"
}

load_cluster() { # dir
    local d=$1
    [[ -f $d/cluster.env ]] || return 1
    # shellcheck disable=SC1091
    . "$d/cluster.env"
}

free_ports() { # count
    "$PY" - "$1" <<'EOF'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
EOF
}

count_brokers() { # bootstrap -> number of brokers kcat -L lists
    local out
    out=$(kcat -L -b "$1" -m 2 2>/dev/null) || { echo 0; return 0; }
    grep -cE '^[[:space:]]+broker [0-9]+ at ' <<<"$out" || true
}

broker_listed() { # bootstrap node_id -> 0 if metadata lists that broker
    kcat -L -b "$1" -m 2 2>/dev/null | grep -qE "^[[:space:]]+broker $2 at "
}

write_node_files() { # dir node nodes cport_list
    local d=$1 n=$2 nodes=$3 voters=$4 nd="$1/node$2"
    local bport cport
    # shellcheck disable=SC1091
    . "$nd/node.env"
    bport=$BPORT; cport=$CPORT
    cat >"$nd/server.properties" <<EOF
# generated by scripts/kafka-broker.sh (node $n of $nodes)
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$bport,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$bport
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$nd/data
# fast tests
group.initial.rebalance.delay.ms=0
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
num.partitions=1
auto.create.topics.enable=false
# small footprint
num.network.threads=2
num.io.threads=2
log.cleaner.dedupe.buffer.size=16777216
log.segment.bytes=16777216
EOF
    if [[ $nodes == 1 ]]; then
        cat >>"$nd/server.properties" <<EOF
# single node: internal topics must have replication 1 (defaults 3/3/2 would hang groups/transactions)
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
EOF
    else
        cat >>"$nd/server.properties" <<EOF
# $nodes nodes: RF 3, min ISR 2, fast failure detection
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
broker.heartbeat.interval.ms=500
broker.session.timeout.ms=3000
EOF
    fi
    cat >"$nd/log4j2.properties" <<'EOF'
status = warn
shutdownHook = disable
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = ${sys:kafka.logs.dir}/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.req.name = kafka.request.logger
logger.req.level = WARN
EOF
}

format_node() { # nodedir cluster_id
    local nd=$1 cid=$2
    "$JAVA" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
        -Dkafka.logs.dir="$nd/logs" -Dlog4j2.configurationFile="$nd/log4j2.properties" \
        -cp "$LIB/*" kafka.tools.StorageTool format -t "$cid" -c "$nd/server.properties" \
        --ignore-formatted >"$nd/logs/format.log" 2>&1
}

launch_node() { # nodedir
    local nd=$1 pid i
    rm -f "$nd/kafka.pid"
    # shellcheck disable=SC2086
    setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$nd/kafka.pid" \
        "$JAVA" $HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
        -Djava.awt.headless=true ${KAFKA_EXTRA_JVM_OPTS:-} \
        -Dkafka.logs.dir="$nd/logs" -Dlog4j2.configurationFile="$nd/log4j2.properties" \
        -cp "$LIB/*" kafka.Kafka "$nd/server.properties" \
        </dev/null >>"$nd/logs/stdout.log" 2>&1 &
    for ((i = 0; i < 50; i++)); do
        [[ -s $nd/kafka.pid ]] && break
        sleep 0.1
    done
    pid=$(cat "$nd/kafka.pid" 2>/dev/null) || die "could not start JVM for $nd"
    echo "$pid"
}

show_logs() { # nodedir
    local nd=$1
    log "---- tail of $nd/logs/server.log ----"
    tail -n 40 "$nd/logs/server.log" >&2 2>/dev/null || true
    log "---- tail of $nd/logs/stdout.log ----"
    tail -n 20 "$nd/logs/stdout.log" >&2 2>/dev/null || true
}

rss_kb() { ps -o rss= -p "$1" 2>/dev/null | tr -d ' ' || true; }

write_env() { # dir
    local d=$1 n nd pid boot=""
    load_cluster "$d"
    {
        for ((n = 1; n <= KAFKA_NODES; n++)); do
            nd="$d/node$n"
            # shellcheck disable=SC1091
            . "$nd/node.env"
            boot+="${boot:+,}127.0.0.1:$BPORT"
        done
        echo "KAFKA_BOOTSTRAP=$boot"
        echo "KAFKA_NODES=$KAFKA_NODES"
        echo "KAFKA_RUN_DIR=$d"
        echo "KAFKA_CLUSTER_ID=$KAFKA_CLUSTER_ID"
        for ((n = 1; n <= KAFKA_NODES; n++)); do
            nd="$d/node$n"
            . "$nd/node.env"
            pid=$(node_pid "$nd" || true)
            echo "KAFKA_NODE${n}_PID=${pid}"
            echo "KAFKA_NODE${n}_PORT=$BPORT"
            echo "KAFKA_NODE${n}_CONTROLLER_PORT=$CPORT"
        done
        [[ -f $d/timings.env ]] && cat "$d/timings.env"
    } >"$d/env.tmp"
    mv "$d/env.tmp" "$d/env"
}

bootstrap_of() { # dir
    (load_cluster "$1" && . "$1/env" && echo "$KAFKA_BOOTSTRAP")
}

# wait_ready dir bootstrap expected_brokers pids... -> 0 when kcat lists them
wait_ready() {
    local d=$1 boot=$2 want=$3 deadline n nd pid got=0
    deadline=$(( $(date +%s) + READY_TIMEOUT ))
    while :; do
        for ((n = 1; n <= KAFKA_NODES; n++)); do
            nd="$d/node$n"
            [[ -f $nd/kafka.pid ]] || continue   # node deliberately down
            if ! node_pid "$nd" >/dev/null; then
                log "node $n (pid $(cat "$nd/kafka.pid")) exited during startup"
                show_logs "$nd"
                return 1
            fi
        done
        got=$(count_brokers "$boot")
        [[ $got -ge $want ]] && return 0
        if (( $(date +%s) >= deadline )); then
            log "timeout after ${READY_TIMEOUT}s: metadata lists $got of $want brokers"
            for ((n = 1; n <= KAFKA_NODES; n++)); do show_logs "$d/node$n"; done
            return 1
        fi
        sleep 0.3
    done
}

# ---------------------------------------------------------------- start
cmd_start() {
    local nodes=1 dir=$DEFAULT_DIR
    while (($#)); do
        case $1 in
            --nodes) nodes=${2:?--nodes needs 1 or 3}; shift 2 ;;
            --dir) dir=${2:?--dir needs a path}; shift 2 ;;
            *) die "start: unknown argument '$1'" ;;
        esac
    done
    [[ $nodes == 1 || $nodes == 3 ]] || die "start: --nodes must be 1 or 3"
    need kcat "apt-get install -y kcat"
    [[ -x $PY ]] || die "$PY not found"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if load_cluster "$dir" 2>/dev/null; then
        local n running=0
        for ((n = 1; n <= KAFKA_NODES; n++)); do
            node_pid "$dir/node$n" >/dev/null && running=1
        done
        ((running == 0)) || die "a broker is already running in $dir (stop it first: $0 stop --dir $dir)"
    fi
    ensure_jars
    rm -rf "$dir"/node* "$dir/env" "$dir/cluster.env" "$dir/timings.env"

    local ports cid voters="" n nd t0 t_format t_ready
    read -r -a ports <<<"$(free_ports $((2 * nodes)))"
    # A random cluster id (base64url of 16 bytes).  One that starts with '-'
    # reads as an option to the storage tool's argument parser, so draw again.
    cid=$("$PY" -c 'import uuid,base64
while True:
    c=base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
    if not c.startswith("-"):
        print(c)
        break')
    for ((n = 1; n <= nodes; n++)); do
        nd="$dir/node$n"
        mkdir -p "$nd/data" "$nd/logs"
        printf 'BPORT=%s\nCPORT=%s\n' "${ports[$((2 * n - 2))]}" "${ports[$((2 * n - 1))]}" >"$nd/node.env"
        voters+="${voters:+,}$n@127.0.0.1:${ports[$((2 * n - 1))]}"
    done
    printf 'KAFKA_NODES=%s\nKAFKA_CLUSTER_ID=%s\n' "$nodes" "$cid" >"$dir/cluster.env"
    for ((n = 1; n <= nodes; n++)); do write_node_files "$dir" "$n" "$nodes" "$voters"; done

    # format (in parallel: one JVM start each)
    t0=$(now_ms)
    local fpids=() failed=0
    for ((n = 1; n <= nodes; n++)); do
        format_node "$dir/node$n" "$cid" &
        fpids+=($!)
    done
    for ((n = 1; n <= nodes; n++)); do
        if ! wait "${fpids[$((n - 1))]}"; then
            log "format of node $n failed:"; cat "$dir/node$n/logs/format.log" >&2; failed=1
        fi
    done
    ((failed == 0)) || die "format failed"
    t_format=$(( $(now_ms) - t0 ))
    log "formatted $nodes node(s), cluster id $cid, in $(secs "$t_format") s"

    # start
    t0=$(now_ms)
    local boot=""
    for ((n = 1; n <= nodes; n++)); do
        nd="$dir/node$n"
        . "$nd/node.env"
        boot+="${boot:+,}127.0.0.1:$BPORT"
        launch_node "$nd" >/dev/null
    done
    load_cluster "$dir"
    if ! wait_ready "$dir" "$boot" "$nodes"; then
        cmd_stop --dir "$dir" >/dev/null 2>&1 || true
        die "broker did not become ready (logs in $dir/node*/logs)"
    fi
    t_ready=$(( $(now_ms) - t0 ))
    local rss="" r
    for ((n = 1; n <= nodes; n++)); do
        r=$(rss_kb "$(node_pid "$dir/node$n")")
        rss+="${rss:+,}${r:-?}"
    done
    {
        echo "KAFKA_FORMAT_MS=$t_format"
        echo "KAFKA_START_TO_READY_MS=$t_ready"
        echo "KAFKA_READY_RSS_KB=$rss"
    } >"$dir/timings.env"
    write_env "$dir"
    log "ready: $nodes node(s) at $boot; format $(secs "$t_format") s, start-to-ready $(secs "$t_ready") s, RSS KB $rss"
    log "env file: $dir/env"
    echo "$boot"
}

# ---------------------------------------------------------------- stop
cmd_stop() {
    local dir=$DEFAULT_DIR
    while (($#)); do
        case $1 in
            --dir) dir=${2:?--dir needs a path}; shift 2 ;;
            *) die "stop: unknown argument '$1'" ;;
        esac
    done
    if [[ ! -d $dir ]] || ! load_cluster "$dir" 2>/dev/null; then
        log "nothing to stop in $dir"
        return 0
    fi
    dir=$(cd "$dir" && pwd)
    local n nd pid pids=() deadline left
    for ((n = 1; n <= KAFKA_NODES; n++)); do
        nd="$dir/node$n"
        if pid=$(node_pid "$nd"); then
            kill -TERM "$pid" 2>/dev/null || true
            pids+=("$n:$pid")
        fi
    done
    if ((${#pids[@]} == 0)); then
        log "not running ($dir)"
        rm -f "$dir"/node*/kafka.pid
        write_env "$dir"
        return 0
    fi
    log "stopping ${#pids[@]} node(s) in $dir ..."
    deadline=$(( $(date +%s) + STOP_TIMEOUT ))
    while :; do
        left=0
        for ((n = 1; n <= KAFKA_NODES; n++)); do node_pid "$dir/node$n" >/dev/null && left=$((left + 1)); done
        ((left == 0)) && break
        if (( $(date +%s) >= deadline )); then
            log "$left node(s) still running after ${STOP_TIMEOUT}s: SIGKILL"
            for ((n = 1; n <= KAFKA_NODES; n++)); do
                pid=$(node_pid "$dir/node$n") && kill -KILL "$pid" 2>/dev/null || true
            done
            sleep 0.5
            break
        fi
        sleep 0.2
    done
    rm -f "$dir"/node*/kafka.pid
    write_env "$dir"
    log "stopped"
}

# ---------------------------------------------------------------- node ops
parse_node_args() { # sets NODE and DIR
    NODE=""; DIR=$DEFAULT_DIR
    while (($#)); do
        case $1 in
            --dir) DIR=${2:?--dir needs a path}; shift 2 ;;
            [0-9]*) NODE=$1; shift ;;
            *) die "unknown argument '$1'" ;;
        esac
    done
    load_cluster "$DIR" 2>/dev/null || die "no cluster in $DIR (start one first)"
    DIR=$(cd "$DIR" && pwd)
    [[ -n $NODE ]] || die "node number required"
    ((NODE >= 1 && NODE <= KAFKA_NODES)) || die "node must be 1..$KAFKA_NODES"
}

cmd_kill_node() {
    parse_node_args "$@"
    local nd="$DIR/node$NODE" pid i
    if ! pid=$(node_pid "$nd"); then
        log "node $NODE is not running"
        rm -f "$nd/kafka.pid"; write_env "$DIR"
        return 0
    fi
    kill -KILL "$pid"
    for ((i = 0; i < 100; i++)); do node_pid "$nd" >/dev/null || break; sleep 0.1; done
    rm -f "$nd/kafka.pid"
    write_env "$DIR"
    log "killed node $NODE (pid $pid)"
}

cmd_restart_node() {
    parse_node_args "$@"
    local nd="$DIR/node$NODE" pid t0 boot
    if pid=$(node_pid "$nd"); then
        log "node $NODE is running (pid $pid); stopping it first"
        kill -TERM "$pid"
        local deadline=$(( $(date +%s) + STOP_TIMEOUT ))
        while node_pid "$nd" >/dev/null; do
            if (( $(date +%s) >= deadline )); then kill -KILL "$pid" 2>/dev/null || true; fi
            sleep 0.2
        done
    fi
    . "$nd/node.env"
    t0=$(now_ms)
    pid=$(launch_node "$nd")
    boot=$(bootstrap_of "$DIR")
    # wait for this broker to be listed again (its own port answers only once unfenced)
    local deadline=$(( $(date +%s) + READY_TIMEOUT ))
    until broker_listed "127.0.0.1:$BPORT" "$NODE"; do
        if ! node_pid "$nd" >/dev/null; then
            show_logs "$nd"; die "node $NODE exited during restart"
        fi
        if (( $(date +%s) >= deadline )); then
            show_logs "$nd"; die "node $NODE not ready after ${READY_TIMEOUT}s"
        fi
        sleep 0.3
    done
    write_env "$DIR"
    log "node $NODE restarted (pid $pid) in $(secs $(( $(now_ms) - t0 ))) s; cluster lists $(count_brokers "$boot") broker(s)"
}

cmd_status() {
    local dir=$DEFAULT_DIR
    while (($#)); do
        case $1 in
            --dir) dir=${2:?--dir needs a path}; shift 2 ;;
            *) die "status: unknown argument '$1'" ;;
        esac
    done
    if ! load_cluster "$dir" 2>/dev/null; then
        echo "no cluster in $dir"
        return 3
    fi
    dir=$(cd "$dir" && pwd)
    local n nd pid up=0 boot
    boot=$(bootstrap_of "$dir")
    echo "dir: $dir"
    echo "bootstrap: $boot"
    for ((n = 1; n <= KAFKA_NODES; n++)); do
        nd="$dir/node$n"
        . "$nd/node.env"
        if pid=$(node_pid "$nd"); then
            up=$((up + 1))
            echo "node $n: running pid $pid port $BPORT controller $CPORT rss_kb $(rss_kb "$pid")"
        else
            echo "node $n: down port $BPORT controller $CPORT"
        fi
    done
    echo "metadata lists $(count_brokers "$boot") broker(s)"
    ((up == KAFKA_NODES)) && return 0
    ((up == 0)) && return 3
    return 1
}

# ---------------------------------------------------------------- topics
cmd_topic() {
    local sub=${1:-}; shift || true
    local boot="" dir="" args=()
    while (($#)); do
        case $1 in
            --bootstrap) boot=${2:?}; shift 2 ;;
            --dir) dir=${2:?}; shift 2 ;;
            *) args+=("$1"); shift ;;
        esac
    done
    if [[ -z $boot && -n $dir ]]; then
        boot=$(bootstrap_of "$dir") || die "no running cluster in $dir"
    fi
    [[ -n $boot ]] || boot=${KAFKA_BOOTSTRAP:-}
    if [[ -z $boot ]]; then
        boot=$(bootstrap_of "$DEFAULT_DIR" 2>/dev/null) || die "no broker: give --bootstrap, --dir, or set KAFKA_BOOTSTRAP"
    fi
    [[ -x $PY ]] || die "$PY not found"
    case $sub in
        create)
            ((${#args[@]} >= 2)) || die "usage: topic create NAME PARTITIONS [RF] [--config k=v]..."
            local rf=""
            if ((${#args[@]} >= 3)) && [[ ${args[2]} =~ ^[0-9]+$ ]]; then
                rf=${args[2]}
                args=("${args[@]:0:2}" "${args[@]:3}")
            fi
            if [[ -z $rf ]]; then
                # default: replication = number of brokers, at most 3
                rf=$(count_brokers "$boot"); ((rf >= 1)) || rf=1; ((rf <= 3)) || rf=3
            fi
            "$PY" "$ADMIN_PY" --bootstrap "$boot" create "${args[0]}" "${args[1]}" "$rf" "${args[@]:2}"
            ;;
        delete)
            ((${#args[@]} == 1)) || die "usage: topic delete NAME"
            "$PY" "$ADMIN_PY" --bootstrap "$boot" delete "${args[0]}"
            ;;
        list)
            "$PY" "$ADMIN_PY" --bootstrap "$boot" list
            ;;
        *) die "usage: topic create|delete|list ..." ;;
    esac
}

# ---------------------------------------------------------------- main
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2; }

main() {
    local cmd=${1:-}
    shift || true
    case $cmd in
        fetch) cmd_fetch "$@" ;;
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        status) cmd_status "$@" ;;
        kill-node) cmd_kill_node "$@" ;;
        restart-node) cmd_restart_node "$@" ;;
        topic) cmd_topic "$@" ;;
        -h|--help|help) usage ;;
        *) usage; exit 2 ;;
    esac
}

main "$@"
