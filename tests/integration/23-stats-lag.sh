#!/usr/bin/env bash
# it-timeout: 240
# The periodic stats line: 3,000 corpus items wait on 3 partitions before the daemon starts;
# it is slowed down (max.inflight=50, producer.linger.ms=50) so that several 1 s stats lines
# fall inside the backlog. Every stats line carries the counters (consumed, produced per type,
# dead letters, errors, in-flight, msgs/s, RSS) and lag.<topic>, an integer >= -1; the lag is
# positive while the backlog lasts and falls to 0 once the daemon has caught up; consumed
# never goes down. Lifecycle lines: broker up, partitions assigned, offsets committed, stopped.
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
. "$IT_LIB_DIR/newsev-lib.sh"
nsv_need_shared "$NSV_CORPUS"
N=3000

it_broker_up
nsv_topics "$(unique_name lag)" 3
NSV_GROUP=$(unique_name lag-grp)
nsv_conf "$IT_TMP/newsev.conf" max.inflight=50 producer.linger.ms=50
nsv_make_items "$N" "$IT_TMP/items.jsonl"
produce_file "$NSV_IN" "$IT_TMP/items.jsonl"

bg_start run "$NEWSEV_BIN" run --config "$IT_TMP/newsev.conf"
if wait_until 180 nsv_all_committed "$NSV_GROUP" "$NSV_IN"; then pass "caught up: all committed"; else fail "caught up: all committed"; fi
lag_now() { nsv_stat "$IT_TMP/run.log" "lag.$NSV_IN"; }
lag_zero() { [[ $(lag_now) == 0 ]]; }
if wait_until 30 lag_zero; then pass "a stats line reports lag 0 after catching up"; else
    fail "a stats line reports lag 0 after catching up" "last lag: $(lag_now)"
fi
rc=0
bg_stop run || rc=$?
assert_eq "exit 0" 0 "$rc"

grep 'component=stats msg="stats"' "$IT_TMP/run.log" >"$IT_TMP/stats.txt" || true
n_lines=$(wc -l <"$IT_TMP/stats.txt" | tr -d ' ')
note "$n_lines stats lines; lag series: $(grep -o " lag.$NSV_IN=[-0-9]*" "$IT_TMP/stats.txt" | cut -d= -f2 | paste -sd' ' | cut -c1-200)"
assert_ge "several stats lines" 4 "$n_lines"
missing=$(awk -v t="lag.$NSV_IN" '{
    for (i = 1; i <= 11; i++) need[i] = 0
    n = split("consumed= produced.meeting= produced.statement= produced.signing= produced.dlq= dead_letters= errors= inflight= msgs_per_s= rss_bytes= " t "=", k, " ")
    for (i = 1; i <= n; i++) if (index($0, " " k[i]) == 0) { print NR ": " k[i]; exit }
}' "$IT_TMP/stats.txt")
assert_eq "every stats line has every counter and the lag" "" "$missing"
bad=$(grep -o " lag.$NSV_IN=[^ ]*" "$IT_TMP/stats.txt" | cut -d= -f2 | grep -Ev '^(-1|[0-9]+)$' || true)
assert_eq "lag values are integers >= -1 (-1 = unknown)" "" "$bad"
max_lag=$(grep -o " lag.$NSV_IN=[-0-9]*" "$IT_TMP/stats.txt" | cut -d= -f2 | sort -n | tail -n 1)
assert_ge "lag was positive during the backlog" 1 "${max_lag:-0}"
first_pos=$(grep -no " lag.$NSV_IN=[1-9][0-9]*" "$IT_TMP/stats.txt" | head -n 1 | cut -d: -f1)
last_zero=$(grep -no " lag.$NSV_IN=0\b" "$IT_TMP/stats.txt" | tail -n 1 | cut -d: -f1)
assert_ge "lag falls to 0 after it was positive" $((${first_pos:-999999} + 1)) "${last_zero:-0}"
decreasing=$(grep -o ' consumed=[0-9]*' "$IT_TMP/stats.txt" | cut -d= -f2 | awk 'NR > 1 && $1 < prev { print "down at " NR } { prev = $1 }')
assert_eq "consumed never goes down" "" "$decreasing"
assert_eq "final consumed = $N" "$N" "$(nsv_stat "$IT_TMP/run.log" consumed)"
log=$(cat "$IT_TMP/run.log")
assert_contains "lifecycle: broker up" "$log" 'component=consumer msg="broker up" broker='
assert_contains "lifecycle: offsets committed (info)" "$log" 'component=consumer msg="offsets committed" partitions='
assert_contains "lifecycle: partition assigned" "$log" 'msg="partition assigned"'
assert_contains "lifecycle: shutdown with final counts" "$log" "msg=\"stopped\" consumed=$N"
it_finish
