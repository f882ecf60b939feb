#!/usr/bin/env bash
# make bench-hostile: time and peak memory of `newsev extract` on single items built to
# be worst cases (one pattern repeated until the item is about 700 KB, under the
# default max.item.bytes of 1 MiB). Every rule that looks back over the item's mentions
# or events must stay linear, or bounded, on them: each item should take well under a
# second and end either with its events or with a `limit` error, never hang.
#
#   scripts/bench-hostile.sh [NEWSEV_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/newsev}
export NEWSEV_CONFIG_DIR=${NEWSEV_CONFIG_DIR:-$PWD/configs}
[ -x "$BIN" ] || { echo "bench-hostile: $BIN missing; run make" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-hostile: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name <TAB> sentence repeated [<TAB> source, the item's outlet]; an "@" in the
# sentence is a new made-up surname at each repetition, for an item naming thousands of
# distinct people (a look-up that scans every entity per mention is quadratic there)
cat >"$tmp/patterns.tsv" <<'EOF'
said	Ivan Dorov said the plan would work.
met	Anna Berg met Mr Karl Lind in Oslo.
acronym	NATO, NATO, NATO, NATO, NATO, NATO, NATO, NATO.
spokesman	The Finance Ministry acted, a spokesman said.
head-word-spokesman	The Finance Ministry acted, a ministry spokesman said.
word-no-body-spokesman	Acme Corp and Beta Corp rose. The tall spokesman said it.
long-sentence-talks	during his talks with the Prime Minister of Italy on Friday in Rome and
message	Ivan Dorov sent a note. The message reads, in part: "Hello."
person-of-body	Gary Nathan of Brelco Securities Inc said it was so.
presidents	Ivan Dorov held talks with President Karl Lind. The presidents said ties grew.
signed	Ivan Dorov and Anna Berg signed an agreement on trade and a memorandum on energy.
quotes	"We will win," he said. "We will," she said.
stray-quote	We will win," the President said. He noted that talks were needed.
paper-said	Ivan Dorov and Karl Lind and Anna Berg rose, the paper said, and
company-spokesman	Karl Lind, a company spokesman said, and the two companies said, and
letters	a letter from home, and the message reads,
batches	Documents were signed, documents were signed, documents were signed.
package	Ivan Dorov and Anna Berg signed a package of documents. An agreement on trade was signed.
companies	A source said it. Acme Corp and Beta Corp rose. The two companies said so.
roster	Ivan Dorov met Karl Lind. A source said it. Taking part in the meeting were Anna Berg and Tom Hale.
roster-running	Ivan Dorov met Karl Lind. Participants in the meeting included Anna Berg and Tom Hale.
the-company	Acme Corp rose and Beta Corp fell and Gamma Inc rose and the company said so, and
party-leader	Anna Berg and Tom Hale and Ivan Dorov rose, the Tory leader said, and
met-they	Anna Berg met Tom Hale, they highlighted, and
one-surname	Igor Ivanov and Sergei Ivanov and Anna Ivanov met. Mr Ivanov said so, Ivanov said.
told-person	Anna Berg told Karl Lind about it.
taking-part	Taking part in the meeting were Anna Berg and Tom Hale.
heard-report	Karl Lind heard a report by Minister Tom Hale, Anna Berg said.
joined-by	Anna Berg said so, and she was joined by Karl Lind.
title-comma	Anna Berg met with Chief Advisor to the President of Turkey, Ambassador Tom Hale, and
firm-person	Gencorp said it sold it to Walt Disney Co. The company said so.
convened-of	Anna Berg convened the advisors of France, Germany, Italy, and
message-after-said	Anna Berg said it. The message reads, in part: "Hello to all of you in the town."
attended-by	Anna Berg met Karl Lind in the big hall of the old town on the hill. The dinner was attended by President Tom Hale and his wife.
meeting-took-place	Anna Berg said the plan would work in the end, he noted. The meeting took place in Oslo, in the old hall.
signed-then-said	Anna Berg and Karl Lind signed a deal on trade in the big hall of the old town. He said so.
report-after-bodies	Anna Berg met Karl Lind and Tom Hale met Ivan Dorov and Acme Corp said so and the report said it would.
spokesman-after-met	Anna Berg met Karl Lind in the old hall on the hill. A spokesman said the plan would work.
bodies-first-word	Global @ Committee rose. 
firms-first-word	Global @ Corp rose, and Global @ said so. 
statement-after-met	Anna Berg met Karl Lind in the old hall on the hill. The statement said the plan would work.
roster-colon	Anna Berg met Karl Lind. Participants in the talks: Tom Hale, Ivan Dorov.
took-part-planned	Anna Berg will meet Karl Lind in the old town hall. Tom Hale took part in the meeting on Monday.
summit-signed	Anna Berg met Karl Lind in the old town hall. During the summit, Tom Hale signed a law on trade.
planned-then-signed	Anna Berg will sign a deal on trade with Karl Lind. The document was signed by the two sides.
two-countries-signed	Anna Berg will meet Karl Lind in the old town hall. The two countries signed a deal on trade.
the-president	Anna Berg met President Tom Hale, and the President said so, and
office-of-country	Anna Berg met Tom Hale in Oslo, and the Prime Minister of Norway said so, and
counterpart-ahead	Anna Berg held talks with his Austrian counterpart, and
met-visit-to	Anna Berg met Tom Hale, the big visit to the town, and
met-our-country	Anna Berg met Tom Hale, who is on a visit to our country, and
met-whether	Anna Berg met Tom Hale, whether or not, and
names-mr	Karl @ rose in the old hall on the hill. Mr @ rose too, and @ fell in the end.
names-prime-minister	Karl @ rose in the old hall on the hill, and the prime minister noted it.	BBC News
names-pm-mr	Tony @ rose in the old hall, and Mr @ and the prime minister noted it.	BBC News
names-spokesman	The @ Institute rose in the old hall, an Institute spokesman said so in the end.
names-glued	Karl @ rose in the old hall on the hill. Karl@: We will win in the end.
names-the-president	Anna @ met President Tom @ in the old hall, and the President noted it.
names-ministry-spokesman	The @ Institute rose in the old hall, a Ministry spokesman said so in the end.
names-demonym	Karl @ and Tom @ signed a deal on trade between the French and German sides.
EOF

printf '%-22s %9s %9s %10s  %s\n' item KB seconds "peak RSS" outcome
while IFS=$'\t' read -r name sentence source; do
    python3 - "$sentence" "$source" >"$tmp/$name.jsonl" <<'PY'
import json, sys
pattern, source = sys.argv[1] + " ", sys.argv[2]
syllables = ["ba", "ko", "ri", "mu", "te", "lo", "na", "vi", "de", "su", "ga", "pe", "zo", "li", "ha", "ro"]
def surname(i):
    s = ""
    for _ in range(4):
        s += syllables[i % 16]
        i //= 16
    return s.capitalize() + "v"
parts, size, i = [], 0, 0
while size + len(pattern) <= 700_000:
    s = pattern.replace("@", surname(i)) if "@" in pattern else pattern
    parts.append(s)
    size += len(s)
    i += 1
item = {"id": "hostile", "text": "".join(parts)}
if source:  # an outlet whose own offices the lexicon knows, on a day it names a holder
    item["source"], item["published"] = source, "2000-01-01"
print(json.dumps(item))
PY
    kb=$(($(wc -c <"$tmp/$name.jsonl") / 1024))
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$tmp/$name.rss" "$BIN" extract "$tmp/$name.jsonl" \
        >"$tmp/$name.out" 2>"$tmp/$name.err" || true
    end=$(date +%s%N)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    rss=$(tail -n 1 "$tmp/$name.rss" | awk '{ printf "%.1f MB", $1 / 1024 }')
    if grep -q 'code=' "$tmp/$name.err"; then
        outcome="error $(grep -o 'code=[a-z_]*' "$tmp/$name.err" | head -n 1 | cut -d= -f2)"
    else
        outcome="$(wc -l <"$tmp/$name.out") records"
    fi
    printf '%-22s %9s %9s %10s  %s\n' "$name" "$kb" "$secs" "$rss" "$outcome"
done <"$tmp/patterns.tsv"
