#!/usr/bin/env bash
# Fails, naming the places, when one of the project's own sources is not
# formatted as .clang-format says. usage: check-format.sh [clang-format]
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${1:-clang-format-19}
files=$(bash scripts/format-files.sh)
if ! "$clang_format" --dry-run -Werror $files; then
  echo "check-format: run 'bash scripts/format-files.sh | xargs $clang_format -i'" >&2
  exit 1
fi
echo "check-format: $(echo "$files" | wc -l) files formatted"
