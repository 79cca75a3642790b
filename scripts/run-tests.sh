#!/usr/bin/env bash
# Sets up, builds, and runs every test: the GoogleTest unit tests and the lit
# suite (each check test runs the check, applies its fixes, compiles the
# fixed file and runs the check again), through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cd build
start=$(date +%s)
ctest --output-on-failure -j "$(nproc)"
echo "tests: finished in $(( $(date +%s) - start )) s"
