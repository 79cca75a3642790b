#!/usr/bin/env bash
# What the compiler plugin costs a build: a CMake project of N heavy Asio
# translation units (bench/generate_heavy_tu.py) built with and without
# -fplugin=AsyncTidyCompilerPlugin.so, against async-tidy run separately on
# the same units. CPU seconds (user + system) of `cmake --build -j2` from
# clean and of `async-tidy -j2`, medians of 3. Run it on an idle machine.
#
#   bash bench/compiler-plugin-cost.sh [N=6]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
n=${1:-6}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
sources=()
for i in $(seq "$n"); do
  python3 bench/generate_heavy_tu.py 60 > "$work/src/service$i.cpp"
  sources+=("src/service$i.cpp")
done
cat > "$work/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.20)
project(heavy CXX)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
add_compile_definitions(BOOST_ASIO_HAS_CO_AWAIT BOOST_ASIO_HAS_STD_COROUTINE)
add_library(heavy OBJECT ${sources[*]})
CMAKE
cmake -S "$work" -B "$work/plain" -DCMAKE_CXX_COMPILER=clang++-19 > /dev/null
cmake -S "$work" -B "$work/plugin" -DCMAKE_CXX_COMPILER=clang++-19 \
  "-DCMAKE_CXX_FLAGS=-fplugin=$root/build/compiler/AsyncTidyCompilerPlugin.so" > /dev/null

cpu() { # CPU seconds of a command, children included
  /usr/bin/time -f "%U %S" -o "$work/time" "$@" > /dev/null 2>&1 || true
  tail -1 "$work/time" | awk '{printf "%.1f\n", $1 + $2}'
}
build() { cmake --build "$work/$1" --target clean > /dev/null; cpu cmake --build "$work/$1" -j2; }
median() { sort -n | sed -n 2p; }
plain=$( (build plain; build plain; build plain) | median)
plugin=$( (build plugin; build plugin; build plugin) | median)
tidy=$( (for _ in 1 2 3; do cpu "$root/build/tool/async-tidy" -p "$work/plain" -j2; done) | median)
echo "$n heavy Asio units, CPU seconds (median of 3):"
echo "  build without the plugin: $plain"
echo "  build with the plugin:    $plugin ($(awk -v a="$plugin" -v b="$plain" 'BEGIN {printf "%+.1f%%", 100 * (a - b) / b}'))"
echo "  async-tidy run separately: $tidy (build + async-tidy: $(awk -v a="$plain" -v b="$tidy" 'BEGIN {printf "%.1f", a + b}'))"
