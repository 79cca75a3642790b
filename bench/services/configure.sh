#!/usr/bin/env bash
# Writes compile_commands.json for every service translation unit.
#   bash bench/services/configure.sh [output-dir]     (default: build/ next to this script)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
out=${1:-"$here/build"}
mkdir -p "$out"
out=$(cd "$out" && pwd -P)

compiler=clang++-19
flags=(-std=c++20 -I/usr/include/postgresql)

json_string() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

mapfile -t sources < <(find "$here" -path "$out" -prune -o -name '*.cpp' -type f -print | LC_ALL=C sort)
if [ ${#sources[@]} -eq 0 ]; then
  echo "configure.sh: no .cpp files under $here" >&2
  exit 1
fi

{
  echo "["
  for i in "${!sources[@]}"; do
    src=${sources[$i]}
    dir=$(dirname "$src")
    obj="$out/objects/${src#"$here"/}"
    obj=${obj%.cpp}.o
    args=("$compiler" "${flags[@]}" -c "$src" -o "$obj")
    printf '  {\n    "directory": %s,\n    "file": %s,\n    "output": %s,\n    "arguments": [' \
      "$(json_string "$dir")" "$(json_string "$src")" "$(json_string "$obj")"
    for j in "${!args[@]}"; do
      [ "$j" -gt 0 ] && printf ', '
      json_string "${args[$j]}"
    done
    printf ']\n  }'
    [ "$i" -lt $((${#sources[@]} - 1)) ] && printf ','
    printf '\n'
  done
  echo "]"
} > "$out/compile_commands.json"

echo "configure.sh: ${#sources[@]} translation units -> $out/compile_commands.json"
