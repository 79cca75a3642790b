# Sourced by the measuring scripts: heavy_database DIR N [vary] writes N
# heavy Asio translation units (bench/generate_heavy_tu.py: asio.hpp +
# beast.hpp and 60 coroutines each; with `vary`, 40 to 70) into DIR and a
# compile_commands.json for them. Run from the repository's top.
heavy_database() {
  local dir=$1 n=$2 vary=${3:-} size i
  local flags='-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE'
  local entries=()
  mkdir -p "$dir"
  for i in $(seq "$n"); do
    size=60
    [ -z "$vary" ] || size=$((40 + 10 * (i % 4)))
    python3 bench/generate_heavy_tu.py "$size" > "$dir/service$i.cpp"
    entries+=("{\"directory\": \"$dir\", \"file\": \"$dir/service$i.cpp\", \"command\": \"clang++-19 $flags -c $dir/service$i.cpp\"}")
  done
  (IFS=,; echo "[${entries[*]}]") > "$dir/compile_commands.json"
}
