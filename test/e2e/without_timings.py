#!/usr/bin/env python3
"""Prints a JSON report without what differs between two runs of the same
analysis (wall and CPU seconds, -j), keys sorted: two reports of the same
findings then compare equal byte for byte.

usage: without_timings.py REPORT
"""
import json
import sys

report = json.load(open(sys.argv[1]))
for key in ("wallSeconds", "cpuSeconds", "jobs", "translationUnitCpuSeconds"):
    report["summary"].pop(key, None)
print(json.dumps(report, indent=2, sort_keys=True))
