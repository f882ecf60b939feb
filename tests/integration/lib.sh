# shellcheck shell=bash
# tests/integration/lib.sh: helpers for the real-Kafka integration tests.
#
# A test script is tests/integration/NN-name.sh (run in order by run.sh, or alone):
#
#   #!/usr/bin/env bash
#   # it-timeout: 300                       (optional: run.sh's per-script limit, seconds)
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   it_broker_up                            # reuse $KAFKA_BOOTSTRAP, or start a 1-node broker
#   in=$(unique_name news.raw); out=$(unique_name events)
#   topic_create "$in" 3; topic_create "$out" 1
#   produce_file "$in" "$REPO_ROOT/tests/golden/some.jsonl"
#   bg_start newsev "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
#   wait_until 30 topic_has_at_least "$out" 10 read_committed
#   consume_all "$out" read_committed >"$IT_TMP/out.txt"
#   assert_eq "events produced" 10 "$(wc -l <"$IT_TMP/out.txt")"
#   bg_stop newsev                          # SIGTERM, waits; returns the exit status
#   it_finish                               # prints "N passed, N failed"; exits 1 on failure
#
# The script runs with `set -euo pipefail`. Assertions never exit; they count.
#
# Variables set here (all exported):
#   REPO_ROOT       repository root            NEWSEV_BIN  $REPO_ROOT/build/newsev
#   KAFKA_BROKER_SH scripts/kafka-broker.sh    PY          /usr/bin/python3 (has confluent_kafka)
#   IT_NAME         script name without .sh    IT_TMP      per-script scratch dir (kept on failure)
#   IT_RUN_ID       short id unique per run    KAFKA_BOOTSTRAP / KAFKA_RUN_DIR (after it_broker_up)
#
# Broker: `it_broker_up` uses $KAFKA_BOOTSTRAP when set (run.sh starts one broker per run and
# exports it; or point it at your own), otherwise starts a single-node broker in $IT_TMP/broker
# and stops it when the script exits. `it_cluster_start DIR NODES` starts an extra cluster (for
# fault tests; bootstrap in $IT_CLUSTER_BOOTSTRAP, its env file DIR/env), also stopped at exit.
# All broker control goes through scripts/kafka-broker.sh (`kafka_broker ARGS...` runs it).
#
# Helpers:
#   note MSG...                      log line "# MSG" (stdout)
#   pass DESC / fail DESC [DETAIL]   record a result: prints "PASS: DESC" or "FAIL: DESC"
#   assert_eq DESC EXPECTED ACTUAL   assert_ne, assert_ge DESC MIN ACTUAL, assert_le DESC MAX ACTUAL
#   assert_contains DESC TEXT NEEDLE assert_not_contains DESC TEXT NEEDLE
#   assert_ok DESC CMD...            passes when CMD exits 0; assert_fails DESC CMD... the opposite
#   assert_files_equal DESC A B      (shows a diff on failure)
#   wait_until SECONDS CMD...        polls CMD every 0.3 s; returns 1 on timeout
#   unique_name PREFIX               PREFIX-<run id>-<random>: fresh topic / group / txn ids
#   topic_create NAME PARTITIONS [RF] [--config k=v]...   waits for leaders (RF default: brokers, max 3)
#   topic_delete NAME
#   produce_file TOPIC FILE [KCAT_ARGS...]   one message per line; e.g. -k KEY (fixed key) or
#                                    -K: (key before the first ':'), -p N (partition)
#   consume_all TOPIC [read_committed|read_uncommitted] [KCAT_ARGS...]
#                                    prints every message value (one per line) from the beginning
#                                    to the current end; isolation (default read_uncommitted)
#                                    may be left out even when KCAT_ARGS follow;
#                                    add e.g. -f '%k\t%s\n' for keys
#   count_messages TOPIC [ISOLATION] number of messages consume_all sees
#   topic_has_at_least TOPIC N [ISOLATION]   for wait_until
#   watermarks TOPIC                 "partition low high" lines
#   committed_offsets GROUP TOPIC    "partition offset" lines (-1001 = nothing committed)
#   bg_start NAME CMD...             run CMD in background, output in $IT_TMP/NAME.log; killed at exit
#   bg_stop NAME [SIGNAL]            signal (TERM), wait up to 30 s (then KILL); returns its status
#   bg_pid NAME                      its pid
#   elapsed_ms START_MS / now_ms     timing helpers
#   it_finish                        summary line and exit status (call last)

set -euo pipefail

IT_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$IT_LIB_DIR/../.." && pwd)
KAFKA_BROKER_SH="$REPO_ROOT/scripts/kafka-broker.sh"
NEWSEV_BIN="${NEWSEV_BIN:-$REPO_ROOT/build/newsev}"
PY=/usr/bin/python3
IT_NAME=$(basename "${IT_SCRIPT:-$0}" .sh)
IT_RUN_ID="${IT_RUN_ID:-$(date +%H%M%S)-$$}"
IT_TMP=$(mktemp -d "${TMPDIR:-/tmp}/newsev-it-${IT_NAME}.XXXXXX")
export REPO_ROOT KAFKA_BROKER_SH NEWSEV_BIN PY IT_NAME IT_RUN_ID IT_TMP

IT_PASSED=0
IT_FAILED=0
IT_OWNED_CLUSTERS=()
declare -A IT_BG_PIDS=()

now_ms() { echo $(($(date +%s%N) / 1000000)); }
elapsed_ms() { echo $(($(now_ms) - $1)); }
ms_to_s() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

note() { printf '# %s\n' "$*"; }

pass() {
    IT_PASSED=$((IT_PASSED + 1))
    printf 'PASS: %s\n' "$1"
}

fail() {
    IT_FAILED=$((IT_FAILED + 1))
    printf 'FAIL: %s\n' "$1"
    if [[ -n ${2:-} ]]; then printf '      %s\n' "$2"; fi
}

assert_eq() { if [[ "$3" == "$2" ]]; then pass "$1"; else fail "$1" "expected '$2', got '$3'"; fi; }
assert_ne() { if [[ "$3" != "$2" ]]; then pass "$1"; else fail "$1" "did not expect '$2'"; fi; }
assert_ge() { if [[ "$3" =~ ^-?[0-9]+$ ]] && (($3 >= $2)); then pass "$1"; else fail "$1" "expected >= $2, got '$3'"; fi; }
assert_le() { if [[ "$3" =~ ^-?[0-9]+$ ]] && (($3 <= $2)); then pass "$1"; else fail "$1" "expected <= $2, got '$3'"; fi; }
assert_contains() {
    if [[ "$2" == *"$3"* ]]; then pass "$1"; else fail "$1" "'$3' not found in: $(head -c 400 <<<"$2")"; fi
}
assert_not_contains() {
    if [[ "$2" != *"$3"* ]]; then pass "$1"; else fail "$1" "'$3' found"; fi
}
assert_ok() {
    local desc=$1 rc=0 out
    shift
    out=$("$@" 2>&1) || rc=$?
    if ((rc == 0)); then pass "$desc"; else fail "$desc" "exit $rc: $(tail -n 5 <<<"$out")"; fi
}
assert_fails() {
    local desc=$1 rc=0
    shift
    "$@" >/dev/null 2>&1 || rc=$?
    if ((rc != 0)); then pass "$desc"; else fail "$desc" "command succeeded: $*"; fi
}
assert_files_equal() {
    if cmp -s "$2" "$3"; then pass "$1"; else
        fail "$1" "files differ: $2 $3"
        diff -u "$2" "$3" | head -n 20 | sed 's/^/      /' || true
    fi
}

wait_until() {
    local limit=$1 deadline
    shift
    deadline=$(($(now_ms) + limit * 1000))
    until "$@" >/dev/null 2>&1; do
        (($(now_ms) < deadline)) || return 1
        sleep 0.3
    done
}

unique_name() {
    printf '%s-%s-%s%s\n' "${1:-it}" "$IT_RUN_ID" "$(($(date +%s%N) % 100000000))" "$RANDOM"
}

# ------------------------------------------------------------------ broker
kafka_broker() { "$KAFKA_BROKER_SH" "$@"; }

it_broker_up() {
    if [[ -n ${KAFKA_BOOTSTRAP:-} ]]; then
        if ! wait_until 30 kcat -L -b "$KAFKA_BOOTSTRAP" -m 2; then
            fail "broker at KAFKA_BOOTSTRAP=$KAFKA_BOOTSTRAP reachable"
            it_finish
        fi
        note "using broker $KAFKA_BOOTSTRAP"
    else
        if ! it_cluster_start "$IT_TMP/broker" 1; then
            fail "start single-node broker"
            it_finish
        fi
        KAFKA_BOOTSTRAP=$IT_CLUSTER_BOOTSTRAP
        KAFKA_RUN_DIR="$IT_TMP/broker"
        export KAFKA_BOOTSTRAP KAFKA_RUN_DIR
        note "started broker $KAFKA_BOOTSTRAP (dir $KAFKA_RUN_DIR)"
    fi
}

# it_cluster_start DIR NODES: sets IT_CLUSTER_BOOTSTRAP; the cluster is stopped at exit.
# Call it directly (not in $(...)), so that the cleanup registration is not lost.
it_cluster_start() {
    local dir=$1 nodes=${2:-1}
    IT_CLUSTER_BOOTSTRAP=""
    IT_OWNED_CLUSTERS+=("$dir")
    # run.sh sweeps these dirs after each script, even if the script was killed
    if [[ -n ${IT_CLUSTERS_FILE:-} ]]; then echo "$dir" >>"$IT_CLUSTERS_FILE"; fi
    IT_CLUSTER_BOOTSTRAP=$("$KAFKA_BROKER_SH" start --nodes "$nodes" --dir "$dir")
}

it_cluster_stop() { "$KAFKA_BROKER_SH" stop --dir "$1"; }

# ------------------------------------------------------------------ topics and data
topic_create() { "$KAFKA_BROKER_SH" topic create "$@" --bootstrap "$KAFKA_BOOTSTRAP"; }
topic_delete() { "$KAFKA_BROKER_SH" topic delete "$1" --bootstrap "$KAFKA_BOOTSTRAP"; }

produce_file() {
    local topic=$1 file=$2
    shift 2
    kcat -P -q -b "$KAFKA_BOOTSTRAP" -t "$topic" -X acks=all "$@" <"$file"
}

consume_all() {
    local topic=$1 iso=read_uncommitted
    shift
    case ${1:-} in read_committed | read_uncommitted) iso=$1; shift ;; esac
    kcat -C -q -b "$KAFKA_BOOTSTRAP" -t "$topic" -o beginning -e -X isolation.level="$iso" "$@"
}

count_messages() { consume_all "$1" "${2:-read_uncommitted}" | wc -l | tr -d ' '; }
topic_has_at_least() { (($(count_messages "$1" "${3:-read_uncommitted}") >= $2)); }

watermarks() { "$PY" "$REPO_ROOT/scripts/kafka/admin.py" --bootstrap "$KAFKA_BOOTSTRAP" watermarks "$1"; }
committed_offsets() { "$PY" "$REPO_ROOT/scripts/kafka/admin.py" --bootstrap "$KAFKA_BOOTSTRAP" committed "$1" "$2"; }

# ------------------------------------------------------------------ background processes
bg_start() {
    local name=$1
    shift
    "$@" >"$IT_TMP/$name.log" 2>&1 &
    IT_BG_PIDS[$name]=$!
    note "started $name (pid $!, log $IT_TMP/$name.log)"
}
bg_pid() { echo "${IT_BG_PIDS[$1]}"; }
bg_stop() {
    local name=$1 sig=${2:-TERM} pid rc=0 i
    pid=${IT_BG_PIDS[$name]:-}
    [[ -n $pid ]] || return 0
    kill -"$sig" "$pid" 2>/dev/null || true
    for ((i = 0; i < 150; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || rc=$?
    unset "IT_BG_PIDS[$name]"
    return "$rc"
}

# ------------------------------------------------------------------ end
it_cleanup() {
    local rc=$? name dir
    set +e
    for name in "${!IT_BG_PIDS[@]}"; do bg_stop "$name" >/dev/null 2>&1; done
    for dir in "${IT_OWNED_CLUSTERS[@]}"; do "$KAFKA_BROKER_SH" stop --dir "$dir" >/dev/null 2>&1; done
    if ((rc == 0 && IT_FAILED == 0)) && [[ -z ${IT_KEEP_TMP:-} ]]; then
        rm -rf "$IT_TMP"
    else
        echo "# scratch and broker logs kept in $IT_TMP" >&2
    fi
}
trap it_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

it_finish() {
    echo "$IT_PASSED passed, $IT_FAILED failed"
    if ((IT_FAILED > 0)); then exit 1; fi
    exit 0
}
