#!/usr/bin/env bash
# Measures async-tidy's parallel speed-up and compares it with
# run-clang-tidy-19 + the plugin: N heavy Asio translation units (asio.hpp +
# beast.hpp + 60 coroutines each, bench/generate_heavy_tu.py) in a
# compile_commands.json, the async checks only. Prints wall time at -j1 and
# -j2 for both tools and async-tidy's CPU seconds per translation unit at
# each -j (from its JSON report). Run it on an idle machine.
#
#   bash bench/driver-scaling.sh [N=8]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source bench/heavy-database.sh
heavy_database "$work" "$n"

wall() { # seconds of wall time of a command
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}'
}

echo "$n translation units (heavy Asio), $(nproc) cores"
for j in 1 2; do
  t=$(wall build/tool/async-tidy -p "$work" -j$j --format=json -o "$work/j$j.json")
  cpu=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1]))['summary']['translationUnitCpuSeconds']; v=sorted(d.values()); print('%.2f (min %.2f, max %.2f)' % (sum(v)/len(v), v[0], v[-1]))" "$work/j$j.json")
  echo "async-tidy -j$j: wall ${t} s; CPU per translation unit: mean $cpu s"
done
for j in 1 2; do
  t=$(wall run-clang-tidy-19 -quiet -j "$j" -p "$work" -clang-tidy-binary "$(command -v clang-tidy-19)" \
    -load "$PWD/build/checks/AsyncTidyPlugin.so" -checks='-*,async-*')
  echo "run-clang-tidy-19 -load plugin -j $j: wall ${t} s"
done
