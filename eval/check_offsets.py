#!/usr/bin/env python3
"""Check that every span in gold.jsonl equals its slice of the text (UTF-16 offsets, as in Java).

Usage: check_offsets.py DOCS_DIR GOLD.jsonl
"""
import json
import sys


def slice16(text, start, end):
    data = text.encode("utf-16-le")
    return data[2 * start:2 * end].decode("utf-16-le")


def main():
    docs, gold = sys.argv[1:3]
    errors = spans = 0
    for line in open(gold, encoding="utf-8"):
        d = json.loads(line)
        with open(f"{docs}/{d['doc']}", encoding="utf-8") as f:
            text = f.read()
        if text.startswith("\ufeff"):
            text = text[1:]
        items = [("mention", m) for m in d["mentions"]]
        for c in d["claims"]:
            items += [("speaker", c["speaker"]), ("content", c["content"])]
        for what, s in items:
            spans += 1
            got = slice16(text, s["start"], s["end"])
            if got != s["text"] or s["start"] >= s["end"]:
                errors += 1
                print(f"{d['doc']} {what} {s['start']}-{s['end']}: {got!r} != {s['text']!r}")
        # mentions must not overlap (mentions do not nest)
        ms = sorted(d["mentions"], key=lambda m: (m["start"], m["end"]))
        for a, b in zip(ms, ms[1:]):
            if b["start"] < a["end"] and not (a["optional"] or b["optional"]):
                errors += 1
                print(f"{d['doc']} overlapping required mentions: {a['text']!r} {b['text']!r} @{b['start']}")
    print(f"{spans} spans checked, {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
