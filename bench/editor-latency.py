#!/usr/bin/env python3
"""How long an editor waits for diagnostics: the time from didOpen of the
heavy Asio translation unit (bench/generate_heavy_tu.py) to its first
publishDiagnostics, and from an edit (one line changed inside a coroutine)
to the next, for stock clangd-19 and for async-clangd with and without the
async checks enabled. Every run starts a fresh server, so the open includes
building the preamble; the edit reuses it, as in an editor. Medians of
REPEATS runs, one server at a time (run it on an idle machine).

  python3 bench/editor-latency.py ASYNC_CLANGD [CLANGD=clangd-19] [REPEATS=5] [SIZE=60]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "editor"))
from lsp_session import Client  # noqa: E402

FLAGS = "-std=c++20\n-DBOOST_ASIO_HAS_CO_AWAIT\n-DBOOST_ASIO_HAS_STD_COROUTINE\n"
WITH_CHECKS = "Diagnostics:\n  ClangTidy:\n    Add: [async-*]\n    FastCheckFilter: Loose\n"


def one_session(server, directory, path):
    """Seconds to the first diagnostics, seconds to those after an edit, and
    how many of the first are async checks'."""
    uri = "file://" + path
    text = open(path).read()
    client = Client([server, "--log=error", "-j=2"])
    client.request("initialize", {
        "processId": os.getpid(), "rootUri": "file://" + directory,
        "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}}})
    client.notify("initialized", {})
    start = time.monotonic()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
    first = client.diagnostics_for(uri, 1)
    opened = time.monotonic() - start
    # An edit in a coroutine body, as typing would make: the preamble stays.
    edited = text.replace("static std::string render(int n) {",
                          "static std::string render(int n) { (void)0;", 1)
    start = time.monotonic()
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": edited}]})
    client.diagnostics_for(uri, 2)
    after_edit = time.monotonic() - start
    client.request("shutdown", None)
    client.notify("exit", None)
    client.proc.wait()
    async_count = sum(1 for d in first if str(d.get("code", "")).startswith("async-"))
    return opened, after_edit, async_count


def measure(servers, size, repeats):
    """Runs each (name, server, .clangd) in turn, REPEATS rounds, so that
    drift on the machine touches them all alike; prints a table row each."""
    work = tempfile.mkdtemp()
    try:
        path = os.path.join(work, "heavy.cpp")
        with open(path, "w") as out:
            subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "generate_heavy_tu.py"),
                            str(size)], stdout=out, check=True)
        open(os.path.join(work, "compile_flags.txt"), "w").write(FLAGS)
        runs = {name: [] for name, _, _ in servers}
        for _ in range(repeats):
            for name, server, clangd_config in servers:
                config = os.path.join(work, ".clangd")
                if os.path.exists(config):
                    os.remove(config)
                if clangd_config:
                    open(config, "w").write(clangd_config)
                runs[name].append(one_session(server, work, path))
    finally:
        shutil.rmtree(work)
    medians = {}
    for name, _, _ in servers:
        opened = statistics.median(r[0] for r in runs[name])
        edited = statistics.median(r[1] for r in runs[name])
        print("| %s | %.2f s | %.2f s | %d |" % (name, opened, edited, runs[name][0][2]))
        medians[name] = (opened, edited)
    return medians


def main():
    async_clangd = sys.argv[1]
    clangd = sys.argv[2] if len(sys.argv) > 2 else "clangd-19"
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    size = int(sys.argv[4]) if len(sys.argv) > 4 else 60
    print("heavy Asio unit (boost/asio.hpp + boost/beast.hpp, %d coroutines), median of %d runs\n"
          % (size, repeats))
    print("| server | open to first diagnostics | edit to diagnostics | async diagnostics |")
    print("|---|---|---|---|")
    stock, off, on = "stock " + os.path.basename(clangd), "async-clangd, checks off", "async-clangd, `async-*` on"
    m = measure([(stock, clangd, WITH_CHECKS), (off, async_clangd, None), (on, async_clangd, WITH_CHECKS)],
                size, repeats)

    def change(a, b, i):
        return 100 * (m[a][i] - m[b][i]) / m[b][i]
    print("\nthe checks' share (on against off): open %+.1f%%, edit %+.1f%%; "
          "async-clangd with the checks against stock: open %+.1f%%, edit %+.1f%%"
          % (change(on, off, 0), change(on, off, 1), change(on, stock, 0), change(on, stock, 1)))


if __name__ == "__main__":
    main()
