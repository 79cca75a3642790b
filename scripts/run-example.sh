#!/usr/bin/env bash
# Sets up, builds, and runs async-tidy on the bundled example service: its
# findings, then the summary table. The example is configured with CMake
# (build/example/compile_commands.json), as a user's project would be.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cmake -S examples/chat_service -B build/example -DCMAKE_CXX_COMPILER=clang++-19 > /dev/null
echo "== async-tidy -p build/example (examples/chat_service)"
# Findings are the point here: exit code 1 (findings left) is expected.
status=0
build/tool/async-tidy -p build/example || status=$?
[ "$status" -le 1 ] || exit "$status"
