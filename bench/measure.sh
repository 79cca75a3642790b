#!/usr/bin/env bash
# Measures what the async checks cost on the heavy Asio translation unit:
# clang-tidy-19 with one check that matches nothing here (cert-err52-cpp:
# calls to setjmp/longjmp) against the same plus the async checks, median
# CPU time (user + system) of RUNS runs each, then -enable-check-profile's
# own figure. The baseline check makes clang-tidy walk the AST as every real
# run does (a baseline without any matcher, such as an objc- check on C++,
# skips that walk and would charge its ~3% to the async checks). CPU seconds
# are noisy on shared machines: bench/measure-instructions.sh counts
# instructions instead.
#
#   [TU=asio|libpq] bash bench/measure.sh [RUNS=5] [SIZE=60]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
size=${2:-60}
plugin=build/checks/AsyncTidyPlugin.so
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/select-tu.sh

cpu_seconds() { # prints user+sys seconds of one clang-tidy run
  /usr/bin/time -f '%U %S' -o "$work/time" clang-tidy-19 -load "$plugin" "$@" \
    "$work/tu.cpp" "${flags[@]}" > /dev/null 2>&1 || true
  awk '{printf "%.3f\n", $1 + $2}' "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "translation unit: $describe, $runs runs each"
for i in $(seq "$runs"); do cpu_seconds -checks='-*,cert-err52-cpp'; done > "$work/base"
for i in $(seq "$runs"); do cpu_seconds -checks='-*,cert-err52-cpp,async-*'; done > "$work/async"
base=$(median < "$work/base")
async=$(median < "$work/async")
echo "baseline (cert-err52-cpp):          median CPU ${base} s  [$(tr '\n' ' ' < "$work/base")]"
echo "plus async-* checks:                median CPU ${async} s  [$(tr '\n' ' ' < "$work/async")]"
awk -v a="$async" -v b="$base" 'BEGIN {printf "difference: %+.3f s (%+.1f%%)\n", a - b, 100 * (a - b) / b}'

echo "-enable-check-profile (one run):"
clang-tidy-19 -load "$plugin" -checks='-*,cert-err52-cpp,async-*' -enable-check-profile \
  "$work/tu.cpp" "${flags[@]}" 2>&1 | grep -E '^ *[0-9.]+ *\(|async-|Total|Name' || true
