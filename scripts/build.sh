#!/usr/bin/env bash
# Configures and builds async-tidy (plugin, checks library, tools, tests)
# in build/. Uses clang++-19, the compiler LLVM 19 itself is built with.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++-19
fi
cmake --build build
