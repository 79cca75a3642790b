#!/usr/bin/env bash
# The async checks' cost in executed instructions (callgrind), which unlike
# CPU seconds does not depend on what else the machine is doing: clang-tidy-19
# with one check that matches nothing here (cert-err52-cpp) against the same
# plus the async checks, on the heavy Asio translation unit. Takes ~10 minutes
# (valgrind runs clang ~50x slower); the two runs go side by side.
#
#   [TU=asio|libpq] bash bench/measure-instructions.sh [SIZE=60]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/select-tu.sh
cp build/checks/AsyncTidyPlugin.so "$work/plugin.so"
run() { # name, checks
  valgrind --tool=callgrind --callgrind-out-file="$work/$1.out" clang-tidy-19 \
    -load "$work/plugin.so" -checks="$2" "$work/tu.cpp" "${flags[@]}" > "$work/$1.log" 2>&1 || true
  grep -E '^summary:' "$work/$1.out" | awk '{print $2}'
}
run base '-*,cert-err52-cpp' > "$work/base.count" &
run async '-*,cert-err52-cpp,async-*' > "$work/async.count" &
wait
base=$(cat "$work/base.count")
async=$(cat "$work/async.count")
echo "translation unit: $describe"
echo "baseline instructions: $base"
echo "async-*  instructions: $async"
awk -v a="$async" -v b="$base" 'BEGIN {printf "difference: %+d (%+.2f%%)\n", a - b, 100 * (a - b) / b}'
