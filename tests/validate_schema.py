#!/usr/bin/python3
"""Validate event record files (JSON lines) against the record v1 JSON Schema.

usage: /usr/bin/python3 tests/validate_schema.py [--schema SCHEMA.json] [--quiet] FILE...

Uses the `jsonschema` package (Debian: python3-jsonschema), draft 2020-12, with
format checking (uuid, date). Besides the schema it checks what JSON Schema cannot
say: evidence.end >= evidence.start. Prints one "PASS file" or "FAIL file" line
per file (first errors listed); exit status 1 when any file fails.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_schema.py: the jsonschema module is missing "
             "(apt-get install python3-jsonschema; run with /usr/bin/python3)")

MAX_SHOWN = 5


def main(argv):
    root = pathlib.Path(__file__).resolve().parent.parent
    schema_path = root / "configs" / "schema" / "newsev.event.v1.schema.json"
    files = []
    it = iter(argv)
    for a in it:
        if a == "--schema":
            schema_path = pathlib.Path(next(it))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            files.append(a)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    validator = cls(schema, format_checker=jsonschema.FormatChecker())

    failed = 0
    for path in files:
        errors, n = [], 0
        with open(path, "rb") as f:
            for lineno, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                n += 1
                try:
                    rec = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as e:
                    errors.append(f"{path}:{lineno}: not a JSON record: {e}")
                    continue
                for e in sorted(validator.iter_errors(rec), key=lambda e: list(e.path)):
                    where = "/".join(str(p) for p in e.absolute_path) or "(record)"
                    errors.append(f"{path}:{lineno}: {where}: {e.message[:300]}")
                ev = rec.get("evidence") if isinstance(rec, dict) else None
                if isinstance(ev, dict) and isinstance(ev.get("start"), int) \
                        and isinstance(ev.get("end"), int) and ev["end"] < ev["start"]:
                    errors.append(f"{path}:{lineno}: evidence: end {ev['end']} < start {ev['start']}")
        if errors:
            failed += 1
            print(f"FAIL schema {path}: {len(errors)} error(s) in {n} record(s)")
            for e in errors[:MAX_SHOWN]:
                print("    " + e)
            if len(errors) > MAX_SHOWN:
                print(f"    ... {len(errors) - MAX_SHOWN} more")
        else:
            print(f"PASS schema {path}: {n} record(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
