#!/usr/bin/env bash
# Sets up, builds, and runs the async checks (clang-tidy-19 with the plugin)
# on the bundled example service, printing the findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
echo "== async-tidy on examples/chat_service/chat_service.cpp"
# Findings are the point here: clang-tidy's exit status is not.
clang-tidy-19 -load build/checks/AsyncTidyPlugin.so -checks='-*,async-*' \
  examples/chat_service/chat_service.cpp || true
