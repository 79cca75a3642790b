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
coroutines=${2:-60}
plugin=build/checks/AsyncTidyPlugin.so
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# TU=asio (default): the heavy Asio unit with N coroutines; TU=libpq: N
# repository functions full of libpq calls (async-unclosed-client's work),
# LEAK_EVERY=K making one in K leak (0: none).
case "${TU:-asio}" in
  asio)
    python3 bench/generate_heavy_tu.py "$coroutines" > "$work/tu.cpp"
    describe="boost/asio.hpp + boost/beast.hpp, $coroutines coroutines"
    flags=(-- -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE) ;;
  libpq)
    python3 bench/generate_libpq_tu.py "$coroutines" "${LEAK_EVERY:-5}" > "$work/tu.cpp"
    describe="libpq-fe.h + curl.h, $coroutines functions with libpq calls, one in ${LEAK_EVERY:-5} leaking"
    flags=(-- -std=c++20 -I/usr/include/postgresql) ;;
  *) echo "TU must be asio or libpq" >&2; exit 2 ;;
esac

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
