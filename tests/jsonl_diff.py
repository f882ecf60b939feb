#!/usr/bin/python3
"""Compare two JSON-lines record files as parsed JSON, record by record, in order.

usage: jsonl_diff.py EXPECTED.jsonl ACTUAL.jsonl
Nothing is ignored (event ids are deterministic). Exit 0 when equal, else prints
the first differences and exits 1. Records are paired by event_id, so one new or
lost record shows as such instead of shifting every later record; field
differences are printed as JSON paths.
"""
import json
import sys


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{n}: not JSON: {e}")
    return out


def diff(a, b, path, out):
    if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))
                                       and not isinstance(a, bool) and not isinstance(b, bool)):
        out.append(f"{path}: expected {json.dumps(a, ensure_ascii=False)[:200]}, "
                   f"got {json.dumps(b, ensure_ascii=False)[:200]}")
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in b:
                out.append(f"{path}/{k}: missing")
            elif k not in a:
                out.append(f"{path}/{k}: unexpected {json.dumps(b[k], ensure_ascii=False)[:200]}")
            else:
                diff(a[k], b[k], f"{path}/{k}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: expected {len(a)} element(s), got {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}/{i}", out)
    elif a != b:
        out.append(f"{path}: expected {json.dumps(a, ensure_ascii=False)[:200]}, "
                   f"got {json.dumps(b, ensure_ascii=False)[:200]}")


def brief(r):
    if not isinstance(r, dict):
        return json.dumps(r)[:120]
    ev = r.get("evidence") if isinstance(r.get("evidence"), dict) else {}
    return f"{r.get('type')} {r.get('modality')} [{ev.get('start')}..{ev.get('end')}] " \
           f"{json.dumps(ev.get('text'), ensure_ascii=False)[:100]}"


def event_ids(recs):
    ids = [r.get("event_id") if isinstance(r, dict) else None for r in recs]
    return ids if None not in ids and len(set(ids)) == len(ids) else None


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    exp, act = load(argv[0]), load(argv[1])
    out = []
    if len(exp) != len(act):
        out.append(f"expected {len(exp)} record(s), got {len(act)}")
    eids, aids = event_ids(exp), event_ids(act)
    if eids is None or aids is None:  # no usable ids: compare in order
        for i, (a, b) in enumerate(zip(exp, act), 1):
            diff(a, b, f"record {i}", out)
    else:
        amap = dict(zip(aids, act))
        for i, (eid, a) in enumerate(zip(eids, exp), 1):
            if eid in amap:
                diff(a, amap[eid], f"record {i} ({eid[:8]})", out)
            else:
                out.append(f"record {i} missing: {brief(a)}")
        for j, (aid, b) in enumerate(zip(aids, act), 1):
            if aid not in set(eids):
                out.append(f"unexpected record (output line {j}): {brief(b)}")
        if not out and eids != aids:
            out.append("same records in a different order")
    for line in out[:15]:
        print("    " + line)
    if len(out) > 15:
        print(f"    ... {len(out) - 15} more difference(s)")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
