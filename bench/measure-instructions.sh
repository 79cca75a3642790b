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
coroutines=${1:-60}
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
