#!/usr/bin/env python3
"""How many true findings of a corpus carry a fix, and whether the fixes hold.

  bench/fix-coverage.py --async-tidy build/tool/async-tidy \
      --corpus bench/services --labels bench/services-labels.json [--work DIR]

For a corpus of independent services (one directory each, a configure.sh
that writes compile_commands.json): copies it to a work directory, writes
each service's `.clang-tidy` with the user's choices from the labels file
(OffloadExecutor: which pool is meant for blocking work is the user's
decision), and then

  1. runs async-tidy --cross-tu and joins its findings with the labels (a
     finding with no label is an error: label it first);
  2. counts, per check, the true findings that carry a fix (safe, or
     unsafe on a note);
  3. applies every fix (--fix-notes, with the driver's --verify, which
     compiles each changed unit and rolls back what breaks it) and counts
     the true findings whose fix was applied and kept;
  4. runs again on the fixed tree: a second run must find nothing the first
     did not (by check and message), and fixes nothing more.
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile


def run_json(tool, build, extra):
    r = subprocess.run([tool, "-p", build, "--cross-tu", "--format=json"] + extra,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        sys.exit("async-tidy failed:\n" + r.stderr)
    return json.loads(r.stdout)["findings"]


def key(finding, root):
    loc = finding["location"]
    return (finding["check"], os.path.relpath(loc["file"], root), loc["line"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--labels", required=True)
    parser.add_argument("--work")
    args = parser.parse_args()
    tool = os.path.abspath(args.async_tidy)
    labels = json.load(open(args.labels))
    work = args.work or tempfile.mkdtemp(prefix="fix-coverage-")
    tree = os.path.join(work, "corpus")
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(args.corpus, tree, ignore=shutil.ignore_patterns("build"))
    for service, options in labels["options"].items():
        with open(os.path.join(tree, service, ".clang-tidy"), "w") as f:
            f.write("Checks: '-*,async-*'\nCheckOptions:\n")
            for name, value in options.items():
                f.write("  %s: '%s'\n" % (name, value))
    build = os.path.join(work, "build")
    subprocess.run(["bash", os.path.join(tree, "configure.sh"), build], check=True,
                   stdout=subprocess.DEVNULL)

    verdicts = {(l["check"], l["file"], l["line"]): l["verdict"] for l in labels["findings"]}
    first = [f for f in run_json(tool, build, []) if f["location"]]
    unlabelled = [key(f, tree) for f in first if key(f, tree) not in verdicts]
    if unlabelled:
        sys.exit("unlabelled findings:\n" + "\n".join(map(str, unlabelled)))

    subprocess.run([tool, "-p", build, "--cross-tu", "--fix-notes", "--format=json",
                    "--export-fixes", os.path.join(work, "applied.yaml")],
                   stdout=open(os.path.join(work, "fix-run.json"), "w"),
                   stderr=subprocess.DEVNULL)
    applied = json.load(open(os.path.join(work, "fix-run.json")))["findings"]
    kept = {key(f, tree) for f in applied
            if f["location"] and f.get("fix") and f["fix"].get("status") == "applied"}

    second = [f for f in run_json(tool, build, []) if f["location"]]
    before = collections.Counter((f["check"], f["message"]) for f in first)
    new = [f for f in second if before[(f["check"], f["message"])] == 0]

    rows = collections.OrderedDict()
    for f in first:
        k = key(f, tree)
        row = rows.setdefault(f["check"], collections.Counter())
        row["findings"] += 1
        if verdicts[k] != "true":
            continue
        row["true"] += 1
        if f.get("fix") and f["fix"].get("edits"):
            row["with fix"] += 1
            row[f["fix"]["safety"]] += 1
        if k in kept:
            row["applied and kept"] += 1
    total = collections.Counter()
    print("| check | findings | true | true with a fix | safe | unsafe | applied, compiled |")
    print("|---|---|---|---|---|---|---|")
    for check, row in sorted(rows.items()):
        total.update(row)
        print("| %s | %d | %d | %d | %d | %d | %d |" % (
            check, row["findings"], row["true"], row["with fix"], row["safe"], row["unsafe"],
            row["applied and kept"]))
    share = 100.0 * total["with fix"] / max(total["true"], 1)
    print("| total | %d | %d | %d (%.0f%%) | %d | %d | %d |" % (
        total["findings"], total["true"], total["with fix"], share, total["safe"],
        total["unsafe"], total["applied and kept"]))
    print("second run on the fixed tree: %d findings, %d of them new" % (len(second), len(new)))
    for f in new:
        print("  new: %s %s:%d %s" % (f["check"], f["location"]["file"], f["location"]["line"],
                                       f["message"]))
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
