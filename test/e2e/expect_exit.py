#!/usr/bin/env python3
"""Runs a command and fails unless it exits with the expected code; passes
its stdout and stderr through. lit's `not` only tells zero from non-zero,
and async-tidy's exit codes 1, 2 and 3 mean different things.

usage: expect_exit.py CODE COMMAND [ARG...]
"""
import subprocess
import sys

expected = int(sys.argv[1])
result = subprocess.run(sys.argv[2:])
if result.returncode != expected:
    sys.stderr.write("expect_exit: %s exited with %d, expected %d\n" % (
        sys.argv[2], result.returncode, expected))
    sys.exit(1)
