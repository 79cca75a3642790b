#!/usr/bin/env python3
"""Reads `elapsed_ms=N` from stdin and fails unless MIN <= N <= MAX.

  program | expect_ms.py MIN MAX
"""
import re
import sys

low, high = int(sys.argv[1]), int(sys.argv[2])
text = sys.stdin.read()
match = re.search(r"elapsed_ms=(\d+)", text)
if not match:
    sys.exit("expect_ms: no elapsed_ms= in the output:\n" + text)
elapsed = int(match.group(1))
print("elapsed %d ms, expected %d..%d" % (elapsed, low, high))
sys.exit(0 if low <= elapsed <= high else 1)
