#!/usr/bin/python3
"""Compare two JSON-lines record files as parsed JSON, record by record, in order.

usage: jsonl_diff.py EXPECTED.jsonl ACTUAL.jsonl
Nothing is ignored (event ids are deterministic). Exit 0 when equal, else prints
the first differences (record number and JSON path) and exits 1.
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


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    exp, act = load(argv[0]), load(argv[1])
    out = []
    if len(exp) != len(act):
        out.append(f"expected {len(exp)} record(s), got {len(act)}")
    for i, (a, b) in enumerate(zip(exp, act), 1):
        diff(a, b, f"record {i}", out)
    for line in out[:15]:
        print("    " + line)
    if len(out) > 15:
        print(f"    ... {len(out) - 15} more difference(s)")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
