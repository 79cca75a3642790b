#!/usr/bin/env bash
# The async checks' cost in executed instructions (callgrind), which unlike
# CPU seconds does not depend on what else the machine is doing: clang-tidy-19
# with one check that matches nothing here (cert-err52-cpp) against the same
# plus the async checks, on the heavy Asio translation unit. Takes ~10 minutes
# per pair of runs (valgrind runs clang ~50x slower); two runs go side by side.
#
#   [TU=asio|libpq] [SCHEMA=FILE.sql] bash bench/measure-instructions.sh [SIZE=60] [CHECKS ...]
#
# Each CHECKS argument is a clang-tidy check list measured on its own
# against the one baseline (default: 'async-*'), e.g. 'async-*'
# 'async-missing-index'. SCHEMA sets the global SchemaFiles option, without
# which async-missing-index registers no matcher.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-60}
shift || true
check_sets=("$@")
[ ${#check_sets[@]} -gt 0 ] || check_sets=('async-*')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/select-tu.sh
cp build/checks/AsyncTidyPlugin.so "$work/plugin.so"
config='{}'
if [ -n "${SCHEMA:-}" ]; then
  config="{CheckOptions: {SchemaFiles: '$(realpath "$SCHEMA")'}}"
fi
export work config
# One run: its number, then its check list; prints the instruction count.
measure() {
  valgrind --tool=callgrind --callgrind-out-file="$work/$1.out" clang-tidy-19 \
    -load "$work/plugin.so" -config="$config" -checks="$2" "$work/tu.cpp" "${flags[@]}" \
    > "$work/$1.log" 2>&1 || true
  grep -E '^summary:' "$work/$1.out" | awk '{print $2}' > "$work/$1.count"
}
# Run 0 is the baseline; run K measures check_sets[K-1].
runs=('-*,cert-err52-cpp')
for set in "${check_sets[@]}"; do runs+=("-*,cert-err52-cpp,$set"); done
for ((i = 0; i < ${#runs[@]}; i += 2)); do
  measure "$i" "${runs[$i]}" &
  if ((i + 1 < ${#runs[@]})); then measure "$((i + 1))" "${runs[$((i + 1))]}" & fi
  wait
done
base=$(cat "$work/0.count")
echo "translation unit: $describe${SCHEMA:+, SchemaFiles $SCHEMA}"
echo "baseline instructions: $base"
for ((i = 1; i < ${#runs[@]}; i++)); do
  count=$(cat "$work/$i.count")
  awk -v a="$count" -v b="$base" -v name="${check_sets[$((i - 1))]}" \
    'BEGIN {printf "%-24s %.0f instructions, difference %+.0f (%+.2f%%)\n", name ":", a, a - b, 100 * (a - b) / b}'
done
