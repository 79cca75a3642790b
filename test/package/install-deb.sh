#!/usr/bin/env bash
# The Debian package as a user gets it: cpack builds it from this build,
# `apt-get install ./async-tidy_<version>_amd64.deb` installs it, every
# installed binary answers --version, the installed plugins load into
# clang-tidy-19 and clang++-19, the installed async-tidy analyses the end-to-end project,
# the installed async-clangd publishes a diagnostic over LSP, and
# `apt-get remove` takes it all away again.
#
# It changes the system, so it runs only as root (CI) and leaves alone a
# machine where async-tidy is already installed; otherwise it is skipped
# (exit 77, ctest's SKIP_RETURN_CODE).
#
# usage: install-deb.sh BUILD_DIR VERSION CMAKE CLANGXX PYTHON
set -euo pipefail
build=$1 version=$2 cmake=$3 clangxx=$4 python=$5
tests=$(cd "$(dirname "$0")/.." && pwd)

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null; then
  echo "skipped: installing a package needs root and apt-get"
  exit 77
fi
if dpkg-query -W -f='${Status}' async-tidy 2> /dev/null | grep -q 'install ok installed'; then
  echo "skipped: an async-tidy package is already installed here; not replacing it"
  exit 77
fi

work=$(mktemp -d)
cleanup() {
  DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq async-tidy > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

expect() { # expect PATTERN TEXT: fail unless TEXT contains PATTERN
  if ! grep -qF -- "$1" <<< "$2"; then
    printf 'FAIL: expected "%s" in:\n%s\n' "$1" "$2"
    exit 1
  fi
}

echo "== cpack"
"$cmake" -E chdir "$build" cpack -G DEB -B "$work/pkg" > "$work/cpack.log" 2>&1
deb=$(ls "$work"/pkg/async-tidy_"$version"_*.deb)
cp "$deb" "$work/"
deb=./$(basename "$deb")

echo "== apt-get install $deb"
(cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb") \
  > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
expect "install ok installed" "$(dpkg-query -W -f='${Status}' async-tidy)"

echo "== --version of each installed binary"
expect "async-tidy $version (LLVM 19" "$(/usr/bin/async-tidy --version)"
expect "async-clangd: clangd with the checks of async-tidy $version" "$(/usr/bin/async-clangd --version)"
expect "async-tidy-catalog: the API catalog of async-tidy $version" "$(/usr/bin/async-tidy-catalog --version)"
plugin=$(dpkg -L async-tidy | grep '/AsyncTidyPlugin\.so$')
expect "async-blocking-call-in-coroutine" \
  "$(clang-tidy-19 --load="$plugin" --checks='-*,async-*' --list-checks)"
expect "async-serial-awaits.md" "$(ls /usr/share/doc/async-tidy/checks/)"
compiler_plugin=$(dpkg -L async-tidy | grep '/AsyncTidyCompilerPlugin\.so$')
expect "[async-blocking-call-in-coroutine]" "$(clang++-19 -std=c++20 -fsyntax-only \
  -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -fplugin="$compiler_plugin" \
  "$tests/editor/Inputs/service.cpp" 2>&1)"

echo "== installed async-tidy on the end-to-end project"
bash "$tests/e2e/configure_project.sh" "$cmake" "$clangxx" "$tests/include/shapes" "$work/project"
status=0
(cd "$work/project" && /usr/bin/async-tidy -p build --exclude='*/broken/*' -j2 > "$work/findings.txt" 2> /dev/null) ||
  status=$?
[ "$status" -eq 1 ] || { echo "FAIL: async-tidy exited $status, not 1 (findings)"; exit 1; }
expect "include/service/pacing.h:13:3: warning: blocking call 'std::this_thread::sleep_for' inside coroutine 'pace_requests'" \
  "$(cat "$work/findings.txt")"
expect "[async-serial-awaits]" "$(cat "$work/findings.txt")"

echo "== installed async-clangd over LSP"
mkdir "$work/editor"
cp "$tests/editor/Inputs/service.cpp" "$work/editor/"
printf -- '-std=c++20\n-DBOOST_ASIO_HAS_CO_AWAIT\n-DBOOST_ASIO_HAS_STD_COROUTINE\n' > "$work/editor/compile_flags.txt"
printf 'Diagnostics:\n  ClangTidy:\n    Add: [async-*]\n    FastCheckFilter: Loose\n' > "$work/editor/.clangd"
expect "async-blocking-call-in-coroutine" \
  "$("$python" "$tests/editor/lsp_session.py" /usr/bin/async-clangd "$work/editor/service.cpp")"

echo "== apt-get remove --purge"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq async-tidy > "$work/remove.log" 2>&1
for file in /usr/bin/async-tidy /usr/bin/async-clangd /usr/bin/async-tidy-catalog "$plugin" \
  "$compiler_plugin"; do
  [ ! -e "$file" ] || { echo "FAIL: $file is still there after apt-get remove --purge"; exit 1; }
done
echo "PASS"
