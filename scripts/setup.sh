#!/usr/bin/env bash
# Installs every Debian 12 package that building async-tidy, running its
# tests and running it on the example need. Safe to run again: when
# everything is installed it changes nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache python3 git
  clang-19 clang-tidy-19 clang-format-19 libclang-19-dev llvm-19-dev llvm-19-tools libclang-rt-19-dev
  nlohmann-json3-dev libgtest-dev
  # async-missing-index reads SQL built by fmt::format (its test includes fmt).
  libfmt-dev
  libboost1.81-dev libasio-dev libpq-dev libpqxx-dev libcurl4-openssl-dev
  libhiredis-dev libsqlite3-dev libpg-query-dev
  postgresql
  # async-clangd links Debian's clangd libraries, which need these; its
  # editor test drives Neovim.
  libgrpc++-dev libprotobuf-dev libabsl-dev neovim
  # The pre-commit hook's test runs Debian's pre-commit; the CI examples'
  # test reads their YAML.
  pre-commit python3-yaml
)
# The SARIF test installs its validator (ajv) from the npm registry. A
# machine may already have Node.js from elsewhere (NodeSource's nodejs
# bundles npm and conflicts with Debian's npm package): only install
# Debian's when there is no npm at all.
command -v npm > /dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
