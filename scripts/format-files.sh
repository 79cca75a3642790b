#!/usr/bin/env bash
# The project's own C++ sources, which .clang-format governs: everything but
# test inputs, API-shape headers and expected outputs, whose bytes the tests
# compare. Prints one path per line, relative to the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files --cached --others --exclude-standard -- \
  'catalog/*.cpp' 'catalog/*.h' 'analysis/*.cpp' 'analysis/*.h' \
  'rewriters/*.cpp' 'rewriters/*.h' 'checks/*.cpp' 'checks/*.h' \
  'summaries/*.cpp' 'summaries/*.h' 'sql/*.cpp' 'sql/*.h' 'clangd/*.cpp' 'compiler/*.cpp' \
  'tool/*.cpp' 'tool/*.h' 'test/unit/*.cpp' 'test/unit/*.h'
