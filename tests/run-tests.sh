#!/usr/bin/env bash
# Run every offline test against one build directory.
#
#   tests/run-tests.sh BUILD_DIR                 (make test: build, make asan: build-asan)
#   tests/run-tests.sh --golden-update BUILD_DIR (make golden-update: rewrite expected.jsonl)
#
# Suites: cmocka unit tests (BUILD_DIR/tests/test_*), golden cases (tests/golden/<case>/),
# bad-input cases (tests/badinput/run.py), sample items (configs/samples/), the seed
# check (../shared/eval, skipped when absent) and JSON Schema validation of every
# record those runs produced. One count per test case or check; the last line is
# exactly "N passed, N failed". Exit status 1 when anything failed.
set -u

update=0
if [ "${1:-}" = "--golden-update" ]; then
    update=1
    shift
fi
if [ $# -ne 1 ]; then
    echo "usage: $0 [--golden-update] BUILD_DIR" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
BUILD=$(cd "$1" && pwd) || exit 2
BIN=$BUILD/newsev
OUT=$BUILD/test-out
SHARED=${NSV_SHARED:-$ROOT/../shared}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
SCORE_PY=${PYTHON:-python3}
export NEWSEV_CONFIG_DIR=$ROOT/configs
TIMEOUT=${TEST_TIMEOUT:-600}

npass=0
nfail=0
failed_names=()
pass() {
    npass=$((npass + 1))
    echo "PASS $1"
}
fail() {
    nfail=$((nfail + 1))
    failed_names+=("$1")
    echo "FAIL $1${2:+: $2}"
}
skip() { echo "SKIP $1${2:+: $2}"; }
section() { printf '\n== %s\n' "$1"; }

# A sanitizer report or a signal is a crash whatever the exit status says.
crashed() { # crashed RC STDERR_FILE
    case $1 in 86 | 87) return 0 ;; esac # ASAN_OPTIONS/UBSAN_OPTIONS exitcode in make asan
    [ "$1" -ge 124 ] && return 0
    grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:|AddressSanitizer:DEADLYSIGNAL' "$2"
}

# Run `newsev extract ARGS...` with stdout to $1.out.jsonl, stderr to $1.err; sets rc.
extract() {
    local base=$1
    shift
    timeout "$TIMEOUT" "$BIN" extract "$@" </dev/null >"$base.out.jsonl" 2>"$base.err"
    rc=$?
}

if [ ! -x "$BIN" ]; then
    echo "run-tests: $BIN is missing; build first (make / make asan)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi
rm -rf "$OUT"
mkdir -p "$OUT/golden" "$OUT/samples" "$OUT/seed" "$OUT/badinput" "$OUT/unit"
schema_files=()

# ------------------------------------------------------------------ golden
golden() {
    local dir name input args exp_rc
    for dir in tests/golden/*/; do
        [ -d "$dir" ] || continue
        name=$(basename "$dir")
        args=()
        if [ -f "$dir/input.jsonl" ]; then
            input=$dir/input.jsonl
        elif [ -f "$dir/input.txt" ]; then
            input=$dir/input.txt
            args=(--raw)
        else
            fail "golden/$name" "no input.jsonl or input.txt"
            continue
        fi
        # Optional extra arguments, one line (e.g. --actual-only).
        if [ -f "$dir/args" ]; then
            read -r -a extra <"$dir/args"
            args+=("${extra[@]}")
        fi
        exp_rc=0
        [ -f "$dir/exit-status" ] && exp_rc=$(tr -dc 0-9 <"$dir/exit-status")
        extract "$OUT/golden/$name" "${args[@]}" "$input"
        if crashed "$rc" "$OUT/golden/$name.err"; then
            fail "golden/$name" "crashed (exit $rc)"
            sed -n 1,20p "$OUT/golden/$name.err"
            continue
        fi
        schema_files+=("$OUT/golden/$name.out.jsonl")
        if [ "$update" = 1 ]; then
            cp "$OUT/golden/$name.out.jsonl" "$dir/expected.jsonl"
            echo "updated $dir/expected.jsonl ($(wc -l <"$dir/expected.jsonl") records, exit $rc)"
            continue
        fi
        if [ "$rc" != "$exp_rc" ]; then
            fail "golden/$name" "exit status $rc, expected $exp_rc"
            sed -n 1,10p "$OUT/golden/$name.err"
        elif [ ! -f "$dir/expected.jsonl" ]; then
            fail "golden/$name" "no expected.jsonl (make golden-update writes it)"
        elif "$PY" tests/jsonl_diff.py "$dir/expected.jsonl" "$OUT/golden/$name.out.jsonl" \
            >"$OUT/golden/$name.diff"; then
            pass "golden/$name"
        else
            fail "golden/$name" "records differ from expected.jsonl"
            cat "$OUT/golden/$name.diff"
        fi
    done
}

if [ "$update" = 1 ]; then
    section "golden (update)"
    golden
    echo "golden files rewritten: review them with git diff before committing"
    exit 0
fi

# ------------------------------------------------------------------ unit
section "unit tests (cmocka)"
shopt -s nullglob
unit_bins=("$BUILD"/tests/test_*)
shopt -u nullglob
[ ${#unit_bins[@]} -eq 0 ] && skip "unit" "no tests/unit/test_*.c yet"
for t in "${unit_bins[@]}"; do
    [ -x "$t" ] || continue
    [ "${t%.d}" = "$t" ] || continue
    name=$(basename "$t")
    log=$OUT/unit/$name.log
    (cd "$ROOT" && timeout "$TIMEOUT" "$t") </dev/null >"$log" 2>&1
    rc=$?
    p=$(sed -nE 's/^\[  PASSED  \] ([0-9]+) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    f=$(sed -nE 's/^\[  FAILED  \] ([0-9]+) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
    if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
        f=1 # crashed, or failed outside a test case
    fi
    if [ "$p" = 0 ] && [ "$f" = 0 ]; then
        p=1 # not a cmocka binary: one check
    fi
    npass=$((npass + p))
    nfail=$((nfail + f))
    if [ "$f" != 0 ]; then
        failed_names+=("unit/$name")
        echo "FAIL unit/$name (exit $rc): $p passed, $f failed"
        grep -vE '^\[ (RUN|      OK) ' "$log" | sed -n 1,60p
    else
        echo "PASS unit/$name: $p passed"
        grep -E '^\[(==========|  PASSED  )\]' "$log" | sed 's/^/    /'
    fi
done

# ------------------------------------------------------------------ golden
section "golden"
golden
[ -n "$(ls -d tests/golden/*/ 2>/dev/null)" ] || skip "golden" "no cases under tests/golden/"

# ------------------------------------------------------------------ bad input
section "bad input"
"$PY" tests/badinput/run.py "$BIN" "$OUT/badinput" >"$OUT/badinput.log" 2>&1
cat "$OUT/badinput.log"
npass=$((npass + $(grep -c '^PASS ' "$OUT/badinput.log")))
nb=$(grep -c '^FAIL ' "$OUT/badinput.log")
nfail=$((nfail + nb))
while read -r _ n _; do failed_names+=("${n%:}"); done < <(grep '^FAIL ' "$OUT/badinput.log")
if ! grep -qE '^(PASS|FAIL) ' "$OUT/badinput.log"; then
    fail "badinput" "tests/badinput/run.py did not run"
fi
for f in "$OUT"/badinput/*.out.jsonl; do
    [ -s "$f" ] && schema_files+=("$f")
done

# ------------------------------------------------------------------ samples
section "samples (configs/samples)"
count_records() { grep -c . "$1" 2>/dev/null || true; }
if [ -f configs/samples/items.jsonl ]; then
    extract "$OUT/samples/items" configs/samples/items.jsonl
    n_items=$(grep -c . configs/samples/items.jsonl)
    ids_with_records=$("$PY" -c '
import json, sys
print(len({str((json.loads(l).get("item") or {}).get("id")) for l in open(sys.argv[1]) if l.strip()}))
' "$OUT/samples/items.out.jsonl" 2>/dev/null || echo 0)
    if crashed "$rc" "$OUT/samples/items.err" || [ "$rc" != 0 ]; then
        fail "samples/items.jsonl" "exit status $rc"
        sed -n 1,10p "$OUT/samples/items.err"
    elif [ "$ids_with_records" != "$n_items" ]; then
        fail "samples/items.jsonl" "$ids_with_records of $n_items items produced records"
    else
        pass "samples/items.jsonl ($(count_records "$OUT/samples/items.out.jsonl") records)"
    fi
    schema_files+=("$OUT/samples/items.out.jsonl")
else
    skip "samples/items.jsonl" "missing"
fi
for f in configs/samples/raw-*.txt; do
    [ -f "$f" ] || continue
    name=$(basename "$f" .txt)
    extract "$OUT/samples/$name" --raw "$f"
    n=$(count_records "$OUT/samples/$name.out.jsonl")
    if crashed "$rc" "$OUT/samples/$name.err" || [ "$rc" != 0 ]; then
        fail "samples/$name.txt" "exit status $rc"
        sed -n 1,10p "$OUT/samples/$name.err"
    elif [ "$n" = 0 ]; then
        fail "samples/$name.txt" "no records"
    else
        pass "samples/$name.txt ($n records)"
    fi
    schema_files+=("$OUT/samples/$name.out.jsonl")
done
if [ -f configs/samples/malformed.jsonl ]; then
    extract "$OUT/samples/malformed" configs/samples/malformed.jsonl
    nerr=$(grep -c 'code=' "$OUT/samples/malformed.err")
    if crashed "$rc" "$OUT/samples/malformed.err" || [ "$rc" != 1 ] || [ "$nerr" != 1 ]; then
        fail "samples/malformed.jsonl" "exit status $rc (want 1), $nerr error line(s) (want 1)"
        sed -n 1,10p "$OUT/samples/malformed.err"
    elif [ "$(count_records "$OUT/samples/malformed.out.jsonl")" = 0 ]; then
        fail "samples/malformed.jsonl" "the good items produced no records"
    else
        pass "samples/malformed.jsonl (one bad line reported, good items extracted)"
    fi
    schema_files+=("$OUT/samples/malformed.out.jsonl")
fi

# ------------------------------------------------------------------ seed
section "seed check (../shared/eval)"
if [ -f "$SHARED/eval/seed.items.jsonl" ] && [ -f "$SHARED/eval/seed.gold.jsonl" ]; then
    extract "$OUT/seed/seed" "$SHARED/eval/seed.items.jsonl"
    if crashed "$rc" "$OUT/seed/seed.err" || [ "$rc" != 0 ]; then
        fail "seed/extract" "exit status $rc"
        sed -n 1,10p "$OUT/seed/seed.err"
    else
        schema_files+=("$OUT/seed/seed.out.jsonl")
        "$SCORE_PY" "$SHARED/eval/score.py" "$SHARED/eval/seed.gold.jsonl" \
            "$OUT/seed/seed.out.jsonl"
        "$SCORE_PY" "$SHARED/eval/score.py" "$SHARED/eval/seed.gold.jsonl" \
            "$OUT/seed/seed.out.jsonl" --json >"$OUT/seed/score.json"
        for t in statement meeting signing; do
            f1=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["f1"])' \
                "$OUT/seed/score.json" "$t" 2>/dev/null || echo "?")
            if [ "$f1" = "1.0" ] || [ "$f1" = "1" ]; then
                pass "seed/$t (F1 $f1)"
            else
                fail "seed/$t" "F1 $f1, need 1.0"
            fi
        done
        # participants found, dates and places right where the gold gives them
        for t in meeting signing; do
            for k in participant_recall date_accuracy location_accuracy; do
                v=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]].get(sys.argv[3], "n/a"))' \
                    "$OUT/seed/score.json" "$t" "$k" 2>/dev/null || echo "?")
                case "$v" in
                1.0 | 1 | n/a) pass "seed/$t/$k ($v)" ;;
                *) fail "seed/$t/$k" "$v, need 1.0" ;;
                esac
            done
        done
        if [ -n "${SEED_SHOW_MISSES:-}" ] || [ "$nfail" -gt 0 ]; then
            "$SCORE_PY" "$SHARED/eval/score.py" "$SHARED/eval/seed.gold.jsonl" \
                "$OUT/seed/seed.out.jsonl" --show-misses | grep -E '^(missed|spurious) ' | sed -n 1,30p
        fi
    fi
    # The same item in raw form (../shared/seeds/*.txt): must run clean.
    for f in "$SHARED"/seeds/*.txt; do
        [ -f "$f" ] || continue
        name=raw-$(basename "$f" .txt)
        extract "$OUT/seed/$name" --raw "$f"
        if crashed "$rc" "$OUT/seed/$name.err" || [ "$rc" != 0 ]; then
            fail "seed/$name" "exit status $rc"
            sed -n 1,10p "$OUT/seed/$name.err"
        else
            pass "seed/$name ($(count_records "$OUT/seed/$name.out.jsonl") records)"
            schema_files+=("$OUT/seed/$name.out.jsonl")
        fi
    done
else
    skip "seed" "$SHARED/eval/seed.items.jsonl not found (../shared absent): seed check not run"
fi

# ------------------------------------------------------------------ real items
# Real news (the dev set and the first 1,000 corpus items) must run clean:
# every record valid against the schema, event ids unique within an item.
section "real items (../shared/eval/dev.items.jsonl, first 1,000 corpus items)"
if [ -f "$SHARED/eval/dev.items.jsonl" ] && [ -f "$SHARED/corpus/news.jsonl" ]; then
    mkdir -p "$OUT/real"
    head -n 1000 "$SHARED/corpus/news.jsonl" >"$OUT/real/corpus1000.jsonl"
    for set in dev:"$SHARED/eval/dev.items.jsonl" corpus1000:"$OUT/real/corpus1000.jsonl"; do
        name=${set%%:*}
        extract "$OUT/real/$name" "${set#*:}"
        if crashed "$rc" "$OUT/real/$name.err" || [ "$rc" != 0 ]; then
            fail "real/$name" "exit status $rc"
            sed -n 1,10p "$OUT/real/$name.err"
            continue
        fi
        schema_files+=("$OUT/real/$name.out.jsonl")
        dups=$("$PY" -c 'import json,sys,collections
c=collections.Counter((r["item"]["id"],r["event_id"]) for r in map(json.loads,open(sys.argv[1])))
print(sum(v-1 for v in c.values() if v>1))' "$OUT/real/$name.out.jsonl")
        if [ "$dups" = 0 ]; then
            pass "real/$name ($(count_records "$OUT/real/$name.out.jsonl") records, ids unique)"
        else
            fail "real/$name" "$dups repeated event ids"
        fi
    done
else
    skip "real" "../shared/eval or ../shared/corpus absent: real items not run"
fi

# ------------------------------------------------------------------ schema
section "schema validation (configs/schema/newsev.event.v1.schema.json)"
if [ ${#schema_files[@]} -eq 0 ]; then
    skip "schema" "no record files produced"
else
    "$PY" tests/validate_schema.py "${schema_files[@]}" >"$OUT/schema.log" 2>&1
    src=$?
    sed "s|$OUT/||" "$OUT/schema.log"
    np=$(grep -c '^PASS ' "$OUT/schema.log")
    nf=$(grep -c '^FAIL ' "$OUT/schema.log")
    npass=$((npass + np))
    nfail=$((nfail + nf))
    [ "$nf" -gt 0 ] && failed_names+=("schema")
    if [ "$src" != 0 ] && [ "$nf" = 0 ]; then
        fail "schema" "validator failed to run (exit $src)"
    fi
fi

# ------------------------------------------------------------------ summary
echo
if [ ${#failed_names[@]} -gt 0 ]; then
    echo "failed: ${failed_names[*]}"
fi
echo "$npass passed, $nfail failed" | tee "$OUT/.summary"
[ "$nfail" -eq 0 ]
