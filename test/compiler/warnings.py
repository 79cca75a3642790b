#!/usr/bin/env python3
"""Prints the warnings of an async-tidy JSON report, one per line and
sorted: `file:line:column check`, then the message on the next line."""
import json
import sys

for f in sorted(json.load(open(sys.argv[1]))["findings"],
                key=lambda f: (f["location"]["file"], f["location"]["line"],
                               f["location"]["column"], f["check"])):
    where = f["location"]
    print("%s:%d:%d %s" % (where["file"], where["line"], where["column"], f["check"]))
    print("  " + f["message"])
