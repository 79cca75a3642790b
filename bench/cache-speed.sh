#!/usr/bin/env bash
# A cold run against a warm one of async-tidy --cache-dir: wall seconds of
# the first run into an empty cache, then of runs over the unchanged tree
# (median of 3), and the ratio. Without a project: N heavy Asio translation
# units (bench/generate_heavy_tu.py, asio.hpp + beast.hpp + 60 coroutines
# each). With one: its compile_commands.json directory, and any further
# async-tidy arguments. Run it on an idle machine.
#
#   bash bench/cache-speed.sh [N=8]
#   bash bench/cache-speed.sh --project DIR [async-tidy arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$PWD/build/tool/async-tidy
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = --project ]; then
  project=$2
  shift 2
  extra=("$@")
  describe="$(basename "$project"), $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$project/compile_commands.json") translation units"
else
  n=${1:-8}
  project=$work/heavy
  source bench/heavy-database.sh
  heavy_database "$project" "$n"
  extra=()
  describe="$n heavy Asio translation units"
fi

wall() { # seconds of wall time of one run
  local start end
  start=$(date +%s.%N)
  (cd "$project" && "$tool" -p . -j2 --cache-dir="$work/cache" "${extra[@]}" > /dev/null 2> "$work/last.log") || true
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}'
}

cold=$(wall)
warm=$( (wall; echo; wall; echo; wall; echo) | sort -n | sed -n 2p)
grep 'cache:' "$work/last.log" | sed 's/^ */last run: /'
echo "$describe, -j2: cold ${cold} s, warm ${warm} s (median of 3), warm/cold $(awk -v c="$cold" -v w="$warm" 'BEGIN {printf "%.1f%%", 100 * w / c}')"
