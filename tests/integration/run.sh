#!/usr/bin/env bash
# Runs every tests/integration/[0-9]*.sh in order against one shared single-node Kafka broker
# (started here unless KAFKA_BOOTSTRAP is already set), each under a timeout, and ends with
# the line "N passed, N failed" (assertions of all scripts; a script that exits non-zero, times
# out or prints no summary counts as one more failure).
#
#   tests/integration/run.sh [PATTERN...]     # e.g. run.sh 00 1x  (substring of the file name)
#
# Environment: IT_TIMEOUT (default per-script limit, seconds, default 600; a script can set its
# own with a "# it-timeout: N" line near the top), IT_LOG_DIR (default build/it-logs),
# KAFKA_BOOTSTRAP (use that broker instead of starting one).
# shellcheck disable=SC2034  # read by lib.sh
IT_SCRIPT=run.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

IT_TIMEOUT=${IT_TIMEOUT:-600}
IT_LOG_DIR=${IT_LOG_DIR:-$REPO_ROOT/build/it-logs}
mkdir -p "$IT_LOG_DIR"
IT_LOG_DIR=$(cd "$IT_LOG_DIR" && pwd)

scripts=()
for f in "$IT_LIB_DIR"/[0-9]*.sh; do
    [[ -f $f ]] || continue
    if (($# > 0)); then
        keep=0
        for p in "$@"; do [[ $(basename "$f") == *"$p"* ]] && keep=1; done
        ((keep)) || continue
    fi
    scripts+=("$f")
done
if ((${#scripts[@]} == 0)); then
    fail "no integration test script found (patterns: $*)"
    it_finish
fi

for tool in java kcat; do
    command -v "$tool" >/dev/null || { fail "$tool is installed"; it_finish; }
done
"$PY" -c 'import confluent_kafka' 2>/dev/null || { fail "$PY has confluent_kafka"; it_finish; }

t0=$(now_ms)
if ! kafka_broker fetch; then
    fail "fetch Kafka jars"
    it_finish
fi
note "fetch: $(ms_to_s "$(elapsed_ms "$t0")") s"
t0=$(now_ms)
it_broker_up
note "shared broker ready $(ms_to_s "$(elapsed_ms "$t0")") s after start"
# clusters that the scripts start are listed here (by lib.sh) and swept after each script
export IT_CLUSTERS_FILE="$IT_TMP/clusters"
: >"$IT_CLUSTERS_FILE"

total_p=0
total_f=0
failed_scripts=()
for f in "${scripts[@]}"; do
    name=$(basename "$f" .sh)
    limit=$(sed -n '1,10s/^# it-timeout: *\([0-9][0-9]*\).*/\1/p' "$f" | head -n 1)
    limit=${limit:-$IT_TIMEOUT}
    log="$IT_LOG_DIR/$name.log"
    echo "=== $name (timeout ${limit}s, log $log)"
    t0=$(now_ms)
    set +e
    timeout -k 20 "$limit" bash "$f" </dev/null 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    secs=$(ms_to_s "$(elapsed_ms "$t0")")
    # sweep clusters the script started, in case it was killed before its own cleanup
    while read -r d; do
        [[ -n $d ]] && "$KAFKA_BROKER_SH" stop --dir "$d" >/dev/null 2>&1 || true
    done <"$IT_CLUSTERS_FILE"
    : >"$IT_CLUSTERS_FILE"
    summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)
    p=0
    fl=0
    if [[ -n $summary ]]; then
        p=${summary%% passed*}
        fl=${summary#*passed, }
        fl=${fl%% failed*}
    else # killed before its summary: count the result lines it printed
        p=$(grep -c '^PASS: ' "$log" || true)
        fl=$(grep -c '^FAIL: ' "$log" || true)
    fi
    if ((rc == 124 || rc == 137)); then
        echo "FAIL: $name timed out after ${limit}s"
        fl=$((fl + 1))
    elif [[ -z $summary ]]; then
        echo "FAIL: $name printed no summary line (exit $rc)"
        fl=$((fl + 1))
    elif ((rc != 0 && fl == 0)); then
        echo "FAIL: $name exited with status $rc"
        fl=$((fl + 1))
    fi
    total_p=$((total_p + p))
    total_f=$((total_f + fl))
    ((fl == 0)) || failed_scripts+=("$name")
    echo "=== $name: $p passed, $fl failed, exit $rc, ${secs}s"
done

if ((${#failed_scripts[@]} > 0)); then
    echo "# failed scripts: ${failed_scripts[*]} (logs in $IT_LOG_DIR)"
fi
# shellcheck disable=SC2034  # read by it_finish (lib.sh)
IT_PASSED=$total_p
# shellcheck disable=SC2034
IT_FAILED=$total_f
it_finish
