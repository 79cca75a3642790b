#!/usr/bin/env bash
# Copies the end-to-end project to DEST and configures it with CMake, which
# writes DEST/build/compile_commands.json.
# usage: configure_project.sh CMAKE CLANGXX SHAPES DEST
set -euo pipefail
cmake=$1 clangxx=$2 shapes=$3 dest=$4
rm -rf "$dest"
cp -r "$(dirname "$0")/project" "$dest"
"$cmake" -S "$dest" -B "$dest/build" -DCMAKE_CXX_COMPILER="$clangxx" \
  -DSHAPES="$shapes" > "$dest/configure.log"
