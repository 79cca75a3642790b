#!/usr/bin/env python3
"""Reads `NAME=N` from stdin and fails unless MIN <= N <= MAX.

  program | expect_value.py NAME MIN MAX
"""
import re
import sys

name, low, high = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = sys.stdin.read()
match = re.search(r"\b%s=(-?\d+)" % re.escape(name), text)
if not match:
    sys.exit("expect_value: no %s= in the output:\n%s" % (name, text))
value = int(match.group(1))
print("%s %d, expected %d..%d" % (name, value, low, high))
sys.exit(0 if low <= value <= high else 1)
