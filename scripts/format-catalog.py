#!/usr/bin/env python3
"""Writes a catalog JSON file in the layout catalog/default-catalog.json
uses: two-space indentation, and any object or array that fits in 100
columns on one line. Keys keep their order. The data does not change.

usage: format-catalog.py FILE [FILE ...]      rewrite in place
       format-catalog.py --check FILE ...     exit 1 when a file is not so
"""

import json
import sys

WIDTH = 100


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def render(value, indent, column):
    """`value` starting at `column`, its lines indented by `indent`."""
    one_line = compact(value)
    if not isinstance(value, (dict, list)) or column + len(one_line) <= WIDTH or not value:
        return one_line
    pad = " " * (indent + 2)
    if isinstance(value, list):
        items = [pad + render(v, indent + 2, indent + 2) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
    items = []
    for key, v in value.items():
        prefix = pad + json.dumps(key, ensure_ascii=False) + ": "
        items.append(prefix + render(v, indent + 2, len(prefix)))
    return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"


def formatted(text):
    return render(json.loads(text), 0, 0) + "\n"


def main():
    args = sys.argv[1:]
    check = args[:1] == ["--check"]
    files = args[1:] if check else args
    status = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        new = formatted(text)
        if check and new != text:
            print("format-catalog: %s is not formatted" % path, file=sys.stderr)
            status = 1
        elif not check and new != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
    return status


if __name__ == "__main__":
    sys.exit(main())
