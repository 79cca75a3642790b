#!/usr/bin/env bash
# Copies the cross-translation-unit test project to DEST and configures it
# with CMake, which writes DEST/build/compile_commands.json.
# usage: configure_project.sh CMAKE CLANGXX SHAPES ANNOTATIONS DEST
set -euo pipefail
cmake=$1 clangxx=$2 shapes=$3 annotations=$4 dest=$5
rm -rf "$dest"
cp -r "$(dirname "$0")/project" "$dest"
"$cmake" -S "$dest" -B "$dest/build" -DCMAKE_CXX_COMPILER="$clangxx" \
  -DSHAPES="$shapes" -DANNOTATIONS="$annotations" > "$dest/configure.log"
