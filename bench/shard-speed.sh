#!/usr/bin/env bash
# Two shards side by side against one run: N heavy Asio translation units
# (bench/heavy-database.sh, 40 to 70 coroutines); shards 1/2 and 2/2 at -j1
# each run at the same time (as two machines would), then `async-tidy
# merge`; against one -j2 run. Wall seconds, median of 3. Run it on an idle 2-core machine.
#
#   bash bench/shard-speed.sh [N=8]
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$PWD/build/tool/async-tidy
n=${1:-8}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source bench/heavy-database.sh
heavy_database "$work" "$n" vary

now() { date +%s.%N; }
one() {
  local start; start=$(now)
  "$tool" -p "$work" -j2 --format=json -o "$work/one.json" 2> /dev/null || true
  awk -v s="$start" -v e="$(now)" 'BEGIN {printf "%.2f\n", e - s}'
}
sharded() {
  local start merged; start=$(now)
  "$tool" -p "$work" -j1 --shard=1/2 --format=json -o "$work/s1.json" 2> /dev/null &
  "$tool" -p "$work" -j1 --shard=2/2 --format=json -o "$work/s2.json" 2> /dev/null || true
  wait || true
  merged=$(now)
  "$tool" merge "$work/s1.json" "$work/s2.json" --format=json -o "$work/merged.json" 2> /dev/null || true
  awk -v s="$start" -v m="$merged" -v e="$(now)" 'BEGIN {printf "%.2f %.2f\n", e - s, e - m}'
}
median() { sort -n | sed -n 2p; }
single=$( (one; one; one) | median)
shards=$( (sharded; sharded; sharded) | sort -n | sed -n 2p)
same=$(python3 - "$work/one.json" "$work/merged.json" <<'PY'
import json, sys
def norm(p):
    r = json.load(open(p))
    for k in ("wallSeconds", "cpuSeconds", "jobs", "translationUnitCpuSeconds"):
        r["summary"].pop(k, None)
    return json.dumps(r, sort_keys=True)
print("equal" if norm(sys.argv[1]) == norm(sys.argv[2]) else "DIFFERENT")
PY
)
echo "$n heavy Asio units: one -j2 run ${single} s; shards 1/2 + 2/2 side by side (-j1 each) then merge ${shards% *} s (merge ${shards#* } s); merged report $same to the single run's"
