#!/usr/bin/python3
"""Bad-input tests for `newsev extract`.

usage: run.py NEWSEV_BINARY OUT_DIR

Each case is a file mixing good items with bad ones; the inputs are generated
here (deterministically) into OUT_DIR, so the 2 MiB item and the random bytes are
never committed. For every case it asserts:
  - no crash: exit status 1 (some item failed; 0 for the control case), no
    sanitizer report on stderr;
  - one structured error line per bad item on stderr, naming the input line
    (line=N) and the error code name (code=NAME, see nsv_code_name());
  - the good items of the same file produce the same records as they do alone
    (the "control" case runs them alone and needs a record for each), and the
    bad ones produce none.
Prints one "PASS badinput/<case>" or "FAIL badinput/<case>: reasons" line per case;
exit status 1 when any case fails. Records are kept in OUT_DIR/<case>.out.jsonl
for schema validation.
"""
import json
import os
import random
import re
import subprocess
import sys

GOOD = [
    {"id": "good-a", "source": "Reuters", "published": "2023-03-05", "title": None,
     "text": "WASHINGTON, March 5 - Foreign Minister Anna Keller said on Sunday that the "
             "talks with her Polish counterpart had been useful."},
    {"id": "good-b", "source": "TASS", "published": "2022-12-09", "title": None,
     "text": "MOSCOW, December 9. /TASS/. Russian Foreign Minister Sergey Lavrov held talks "
             "with Armenian Foreign Minister Ararat Mirzoyan in Moscow on Friday."},
]
SANITIZER = re.compile(rb"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|"
                       rb"Segmentation fault|AddressSanitizer:DEADLYSIGNAL")


def j(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def good(i):
    return j(GOOD[i % len(GOOD)])


def random_garbage(n, seed):
    rnd = random.Random(seed)
    out = bytearray(rnd.getrandbits(8) for _ in range(n))
    for k in range(0, n, 37):  # make sure there are NULs
        out[k] = 0
    out = out.replace(b"\n", b"\x00").replace(b"\r", b"\x01")
    if out[:1] in (b"{", b"["):
        out[0] = 0
    return bytes(out)


def cases():
    """(name, lines, raw, {line: codes}, good ids); the first is the control."""
    yield ("control", [good(0), good(1)], False, {}, {"good-a", "good-b"})
    big_text = ("The minister said the talks were useful. " * 52000)[: 2 * 1024 * 1024 + 17]
    deep = b"[" * 100000 + b"]" * 100000
    yield ("malformed-json",
           [good(0), b'{"id": "bad-1", "text": "unterminated string', b'{"id": "bad-2",, }', good(1)],
           False, {2: {"bad_json"}, 3: {"bad_json"}}, {"good-a", "good-b"})
    yield ("invalid-utf8",
           [good(0),
            b'{"id": "u-1", "source": "X", "text": "Caf\xc3 says \xff\xfe hello."}',
            b'{"id": "u-2", "source": "X", "text": "overlong \xc0\xaf and surrogate \xed\xa0\x80"}',
            good(1)],
           False, {2: {"invalid_utf8"}, 3: {"invalid_utf8"}}, {"good-a", "good-b"})
    yield ("too-large",
           [good(0), j({"id": "huge-1", "source": "X", "text": big_text}), good(1)],
           False, {2: {"too_large"}}, {"good-a", "good-b"})
    yield ("empty-text",
           [j({"id": "e-1", "text": ""}), good(0), j({"id": "e-2", "text": " \n\t  "})],
           False, {1: {"no_text"}, 3: {"no_text"}}, {"good-a"})
    yield ("missing-text",
           [good(1), j({"id": "m-1", "source": "X", "title": "A title and nothing else"}),
            j({"id": "m-2", "text": None})],
           False, {2: {"no_text"}, 3: {"no_text", "bad_field"}}, {"good-b"})
    yield ("binary-garbage",
           [good(0), random_garbage(4096, 1), j({"id": "nul-1", "text": "The minister\u0000 said so."}),
            j({"id": "ctl-1", "text": "Control \u0001\u0002\u001b bytes said."}), good(1)],
           False, {2: {"bad_json", "invalid_utf8", "binary"}, 3: {"binary"}, 4: {"binary"}},
           {"good-a", "good-b"})
    yield ("binary-garbage-raw", [random_garbage(8192, 2)], True,
           {1: {"binary", "invalid_utf8"}}, set())
    yield ("json-array",
           [j([GOOD[0]]), good(1), b"[]", b'"just a string"', b"42", b"null"],
           False, {1: {"bad_json"}, 3: {"bad_json"}, 4: {"bad_json"}, 5: {"bad_json"},
                   6: {"bad_json"}}, {"good-b"})
    yield ("deep-nesting",
           [b'{"id": "d-1", "text": "The minister said so.", "extra": ' + deep + b"}",
            good(0), deep, b'{"a":' * 50000 + b"1" + b"}" * 50000],
           False, {1: {"bad_json"}, 3: {"bad_json"}, 4: {"bad_json"}}, {"good-a"})


def records_by_id(stdout, why):
    out = {}
    for l in stdout.splitlines():
        try:
            rec = json.loads(l)
            out.setdefault(str((rec.get("item") or {}).get("id")), []).append(rec)
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
            why.append(f"stdout line is not a JSON record: {l[:80]!r}")
    return out


def run_case(binary, outdir, name, lines, raw, bad, good_ids, control):
    path = os.path.join(outdir, name + (".txt" if raw else ".jsonl"))
    with open(path, "wb") as f:
        f.write(b"\n".join(lines) + (b"" if raw else b"\n"))
    cmd = [binary, "extract"] + (["--raw"] if raw else []) + [path]
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
    except subprocess.TimeoutExpired:
        return ["timed out after 300 s"]
    with open(os.path.join(outdir, name + ".out.jsonl"), "wb") as f:
        f.write(p.stdout)
    with open(os.path.join(outdir, name + ".err"), "wb") as f:
        f.write(p.stderr)
    why = []
    if p.returncode < 0 or p.returncode > 1 or SANITIZER.search(p.stderr):
        first = next((l for l in p.stderr.splitlines() if SANITIZER.search(l)), b"")
        why.append(f"crashed or sanitizer report (exit {p.returncode}) {first[:160]!r}")
    elif p.returncode != (1 if bad else 0):
        why.append(f"exit status {p.returncode}, expected {1 if bad else 0}")
    errs = [l.decode("utf-8", "replace") for l in p.stderr.splitlines() if b"code=" in l]
    seen = {}
    for l in errs:
        m_line, m_code = re.search(r"\bline=(\d+)", l), re.search(r"\bcode=([a-z0-9_]+)", l)
        if not m_line or not m_code:
            why.append(f"error line without line=/code=: {l[:160]}")
            continue
        n = int(m_line.group(1))
        if raw and n == 0:
            n = 1
        if n in seen:
            why.append(f"line {n}: more than one error line")
        seen[n] = m_code.group(1)
    for n, codes in sorted(bad.items()):
        if n not in seen:
            why.append(f"line {n}: no error line (want code {'|'.join(sorted(codes))})")
        elif seen[n] not in codes:
            why.append(f"line {n}: code={seen[n]}, want {'|'.join(sorted(codes))}")
    for n in sorted(set(seen) - set(bad)):
        why.append(f"line {n}: unexpected error code={seen[n]}")
    got = records_by_id(p.stdout, why)
    if control is None:  # the control run itself
        for gid in sorted(good_ids - set(got)):
            why.append(f"good item {gid} produced no record even alone (an extraction miss)")
        control = got
    for gid in sorted(good_ids):
        if gid in control and got.get(gid) != control[gid]:
            why.append(f"good item {gid}: records differ from the control run "
                       f"({len(got.get(gid, []))} vs {len(control[gid])})")
    bad_ids = set(got) - {g["id"] for g in GOOD}
    if bad_ids:
        why.append(f"records for bad items: {sorted(bad_ids)}")
    return why, got


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    binary, outdir = argv
    os.makedirs(outdir, exist_ok=True)
    failed = 0
    control = None
    for name, lines, raw, bad, good_ids in cases():
        why, got = run_case(binary, outdir, name, lines, raw, bad, good_ids, control)
        if control is None:
            control = got
        if why:
            failed += 1
            print(f"FAIL badinput/{name}: " + why[0])
            for w in why[1:8]:
                print("    " + w)
        else:
            print(f"PASS badinput/{name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
