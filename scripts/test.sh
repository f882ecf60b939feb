#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every suite.
#
#   bash scripts/test.sh
#
# Steps: scripts/setup.sh, make, make test, make asan, a fuzz smoke
# (make fuzz FUZZ_SECONDS=20), make valgrind (memory errors and leaks), the unit
# tests built and run again with clang (-Werror: both compilers must build it clean), then the
# Kafka integration suite when tests/integration/run.sh exists (it starts its own
# broker). Every step runs even when an earlier one failed (except that nothing runs
# without a build); a summary table ends the output and the exit status is 1 when any
# step failed.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}

names=()
results=()
times=()
overall=0

step() { # step NAME COMMAND...
    local name=$1 start rc
    shift
    printf '\n======== %s: %s\n' "$name" "$*"
    start=$(date +%s)
    "$@"
    rc=$?
    names+=("$name")
    times+=("$(($(date +%s) - start))s")
    if [ "$rc" = 0 ]; then
        results+=("ok")
    else
        results+=("FAILED (exit $rc)")
        overall=1
    fi
    return "$rc"
}

skip_step() { # skip_step NAME REASON
    names+=("$1")
    results+=("skipped: $2")
    times+=("-")
}

summary() {
    printf '\n======== summary\n'
    for i in "${!names[@]}"; do
        printf '  %-12s %-7s %s\n' "${names[$i]}" "${times[$i]}" "${results[$i]}"
    done
    # The per-suite counts, from the runners' last lines.
    [ -f build/test-out/.summary ] && printf '  %-20s %s\n' "make test counts:" "$(cat build/test-out/.summary)"
    [ -f build-asan/test-out/.summary ] && printf '  %-20s %s\n' "make asan counts:" "$(cat build-asan/test-out/.summary)"
    if [ "$overall" = 0 ]; then
        echo "ALL PASSED"
    else
        echo "SOME STEPS FAILED"
    fi
    # One closing line with every suite's counts added up, and each step that
    # has no counts of its own (build, format, fuzz, valgrind) as one check.
    local p=0 f=0 line
    for line in "$(cat build/test-out/.summary 2>/dev/null)" \
        "$(cat build-asan/test-out/.summary 2>/dev/null)" "$it_summary"; do
        if [[ $line =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
            p=$((p + BASH_REMATCH[1]))
            f=$((f + BASH_REMATCH[2]))
        fi
    done
    for i in "${!names[@]}"; do
        case "${names[$i]}" in
        setup | build | format | fuzz | valgrind | clang)
            case "${results[$i]}" in
            ok) p=$((p + 1)) ;;
            FAILED*) f=$((f + 1)) ;;
            esac
            ;;
        esac
    done
    echo "$p passed, $f failed"
}

rm -f build/test-out/.summary build-asan/test-out/.summary # no stale counts
step setup bash scripts/setup.sh
if step build make -j"$JOBS"; then
    step format make format-check
    step test make -j"$JOBS" test
    step asan make -j"$JOBS" asan
    step fuzz make -j"$JOBS" fuzz FUZZ_SECONDS="$FUZZ_SECONDS"
    step valgrind make valgrind
    step clang make -j"$JOBS" CC=clang BUILD=build-clang test
else
    skip_step format "no build"
    skip_step test "no build"
    skip_step asan "no build"
    skip_step fuzz "no build"
    skip_step valgrind "no build"
    skip_step clang "no build"
fi
it_summary=""
mkdir -p build
if [ -f tests/integration/run.sh ]; then
    step integration bash -c 'set -o pipefail; bash tests/integration/run.sh | tee build/integration.out'
    it_summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' build/integration.out 2>/dev/null | tail -n 1)
else
    skip_step integration "tests/integration/run.sh not present"
fi
summary
exit "$overall"
