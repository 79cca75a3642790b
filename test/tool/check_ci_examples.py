#!/usr/bin/env python3
"""Checks the CI set-ups the documentation ships: every YAML file parses,
and every option an `async-tidy` command in them (or in docs/scaling.md)
uses is one `async-tidy --help` lists. Prints one line per file.

usage: check_ci_examples.py SOURCE_ROOT ASYNC_TIDY
"""
import glob
import os
import re
import subprocess
import sys

import yaml

root, tool = sys.argv[1], sys.argv[2]
known = set(re.findall(r"^\s+(--?[a-z][a-z0-9-]*)", subprocess.run(
    [tool, "--help"], capture_output=True, text=True).stdout, re.M))
known |= {"-o", "-p", "-j"}
files = sorted(glob.glob(os.path.join(root, "docs", "ci", "*.y*ml")))
files.append(os.path.join(root, ".pre-commit-hooks.yaml"))
failed = False
for path in files + [os.path.join(root, "docs", "scaling.md")]:
    text = open(path).read()
    if path.endswith(("yml", "yaml")):
        yaml.safe_load(text)
    # The options of each `async-tidy ...` command, up to the end of its
    # command (a line end not continued, a pipe, ';' or '&&').
    used = set()
    for command in re.findall(r"async-tidy((?: [^\n;|&]*)(?:\n\s+--[^\n;|&]*)*)", text):
        used |= set(re.findall(r"(?<![\w-])(--?[a-z][a-z0-9-]*)(?==|\s|$)", command))
    unknown = sorted(u for u in used if u.split("=")[0] not in known)
    failed |= bool(unknown)
    print("%s: %s" % (os.path.relpath(path, root), "unknown options " + ", ".join(unknown)
                      if unknown else "%d options, all known" % len(used)))
sys.exit(1 if failed else 0)
