#!/usr/bin/env python3
"""Runs async-tidy over the materialized corpus and judges every finding
against the labels.

usage: evaluate.py --corpus OUT --async-tidy PATH [--half tuning|heldback|all]
                   [--jobs N] [--markdown FILE] [--unlabelled FILE] [--reuse]
                   [--only NAME ...] [--cross-tu] [--offload-executor EXPR]

For each corpus entry of the chosen half (manifest.json), async-tidy runs on
OUT/<name>/compile_commands.json with the async checks only, reporting in
the repository's own files (not in its fetched dependencies). Each finding
is looked up in labels/<name>.json by (file, line, column, check):
  true     a real instance of what the check promises, worth the user's time;
  false    wrong, or not worth reporting (the reason says which);
  missed   (serial awaits) a true group the check did not report, found by
           reading the code: it counts against recall.
A finding with no label is listed (--unlabelled writes them as label
stubs); the run fails until every finding is judged.

Prints, and with --markdown writes, per check and per repository: findings,
true, false, precision, for async-serial-awaits the missed groups and
recall, the findings left out as test code (option TestFiles, counted in
the report's summary), and the judged findings no longer reported (true
ones lost, false ones fixed). --reuse skips running async-tidy where OUT/<name>/findings.json
exists.

--cross-tu runs async-tidy with --cross-tu (the summary pass first) into
OUT/<name>/findings-crosstu.json, and also lists, per repository, the
findings it gained and lost against findings.json of a run without it.

The report ends with the true findings that carry a fix, per check. The
offloading fix of async-blocking-call-in-coroutine needs the project's pool
for blocking work (OffloadExecutor); --offload-executor gives one nominal
expression to the repositories whose manifest entry sets none, which shows
which findings the fix reaches, not that it compiles there.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKS = ["async-blocking-call-in-coroutine", "async-missing-index", "async-per-iteration-io",
          "async-redundant-request", "async-serial-awaits", "async-unbounded-query",
          "async-unclosed-client"]


def report_name(cross_tu):
    return "findings-crosstu.json" if cross_tu else "findings.json"


def run_async_tidy(entry, root, tool, jobs, cross_tu=False, offload_executor=None):
    """async-tidy's JSON report on the entry: the async checks, reporting in
    the repository's own headers but not in its fetched dependencies."""
    out = os.path.join(root, report_name(cross_tu))
    options = {k: str(v) for k, v in entry.get("options", {}).items()}
    if offload_executor:
        options.setdefault("async-blocking-call-in-coroutine.OffloadExecutor", offload_executor)
    config = {"Checks": "-*,async-*",
              "HeaderFilterRegex": "^" + root.replace(".", "\\.") + "/",
              "ExcludeHeaderFilterRegex": "/_deps/",
              "CheckOptions": options}
    config_file = os.path.join(root, ".async-tidy-eval.yaml")
    with open(config_file, "w") as f:
        json.dump(config, f)  # JSON is YAML
    cmd = [os.path.abspath(tool), "-p", root, "--config-file=" + config_file, "--format=json",
           "-o", out, "-j", str(jobs), "--quiet", "--progress=never",
           "--exclude=" + root + "/_deps/*"] + (["--cross-tu"] if cross_tu else [])
    # Run in the repository, so the report's paths are relative to it.
    subprocess.run(cmd, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   check=False)
    if not os.path.exists(out):
        sys.exit("evaluate: async-tidy wrote no report for %s" % entry["name"])
    return out


def load_findings(report, root):
    with open(report) as f:
        data = json.load(f)
    findings = []
    for F in data["findings"]:
        loc = F["location"]
        if F["check"] not in CHECKS or not loc:
            continue
        path = os.path.relpath(os.path.join(root, loc["file"]), root)
        fix = F.get("fix") or {}
        findings.append({"file": path, "line": loc["line"], "column": loc["column"],
                         "check": F["check"], "message": F["message"],
                         "fix": fix.get("safety", "") if fix.get("edits") else ""})
    failed = [u["file"] for u in data.get("failedTranslationUnits", [])]
    return findings, failed


def not_reported_in_tests(report):
    """Findings per check the run left out as test code (option TestFiles)."""
    with open(report) as f:
        summary = json.load(f)["summary"]
    for entry in summary.get("notReported", []):
        if "TestFiles" in entry["reason"]:
            return entry["byCheck"]
    return {}


def key(item):
    return (item["file"], item["line"], item["column"], item["check"])


def load_labels(name):
    path = os.path.join(HERE, "labels", name + ".json")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


def evaluate(entries, args):
    rows = collections.OrderedDict()  # (check, repo) -> counts
    unlabelled = collections.defaultdict(list)
    failures = {}
    for entry in entries:
        root = os.path.join(os.path.abspath(args.corpus), entry["name"])
        report = os.path.join(root, report_name(args.cross_tu))
        if not (args.reuse and os.path.exists(report)):
            report = run_async_tidy(entry, root, args.async_tidy, args.jobs, args.cross_tu,
                                    args.offload_executor)
        findings, failed = load_findings(report, root)
        if args.cross_tu:
            compare_with_single_unit(entry["name"], root, findings)
        failures[entry["name"]] = failed
        labels = {key(l): l for l in load_labels(entry["name"]) if l["verdict"] != "missed"}
        missed = [l for l in load_labels(entry["name"]) if l["verdict"] == "missed"]
        for check in CHECKS:
            rows[(check, entry["name"])] = collections.Counter()
        rows[("async-serial-awaits", entry["name"])]["read_for_misses"] = 1
        for F in findings:
            counts = rows[(F["check"], entry["name"])]
            counts["findings"] += 1
            label = labels.get(key(F))
            if not label:
                unlabelled[entry["name"]].append(dict(F, verdict="?", why=""))
                counts["unlabelled"] += 1
            else:
                counts[label["verdict"]] += 1
                if label["verdict"] == "true" and F["fix"]:
                    counts["true_" + F["fix"]] += 1
        found = {key(F) for F in findings}
        for l in missed:
            if key(l) not in found:
                rows[(l["check"], entry["name"])]["missed"] += 1
        # Judged findings the checks no longer report: false ones fixed, true
        # ones lost (in test files, or to a rule that was too wide).
        for k, l in labels.items():
            if k not in found:
                rows[(l["check"], entry["name"])]["gone_" + l["verdict"]] += 1
        for check, n in not_reported_in_tests(report).items():
            rows[(check, entry["name"])]["test_files"] += n
    return rows, unlabelled, failures


def compare_with_single_unit(name, root, findings):
    """Prints what --cross-tu gained and lost against the run without it,
    with each finding's label (verdict) where it has one."""
    single = os.path.join(root, "findings.json")
    if not os.path.exists(single):
        return
    before = {key(F): F for F in load_findings(single, root)[0]}
    after = {key(F): F for F in findings}
    labels = {key(l): l["verdict"] for l in load_labels(name)}
    for what, keys, side in (("gained", after.keys() - before.keys(), after),
                             ("lost", before.keys() - after.keys(), before)):
        for k in sorted(keys):
            file, line, column, check = k
            print("%s: %s %s %s %s:%d:%d %s" % (name, what, labels.get(k, "unlabelled"), check,
                                                 file, line, column, side[k]["message"][:100]))


def precision(c):
    judged = c["true"] + c["false"]
    return "%.2f" % (c["true"] / judged) if judged else "–"


def recall(c):
    """Only where the code was read for misses (async-serial-awaits)."""
    total = c["true"] + c["missed"]
    return "%.2f" % (c["true"] / total) if total and c["read_for_misses"] else "–"


def share(part, whole):
    return "%.0f%%" % (100.0 * part / whole) if whole else "-"


def table(rows, entries, failures):
    kinds = {e["name"]: e for e in entries}
    lines = ["| check | repository | framework | findings | true | false | precision | "
             "missed | recall | in test files | judged, gone: true / false |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    totals = collections.defaultdict(collections.Counter)
    for (check, repo), c in rows.items():
        totals[check].update(c)
        totals[check]["read_for_misses"] = c["read_for_misses"]
        if not (c["findings"] or c["missed"] or c["test_files"] or c["gone_true"]
                or c["gone_false"]):
            continue
        lines.append("| %s | %s | %s | %d | %d | %d | %s | %d | %s | %d | %d / %d |" % (
            check, repo, kinds[repo]["framework"], c["findings"], c["true"], c["false"],
            precision(c), c["missed"], recall(c), c["test_files"], c["gone_true"],
            c["gone_false"]))
    lines += ["", "| check | findings | true | false | precision | missed | recall | "
              "in test files | judged, gone: true / false |",
              "|---|---|---|---|---|---|---|---|---|"]
    for check in CHECKS:
        c = totals[check]
        lines.append("| %s | %d | %d | %d | %s | %d | %s | %d | %d / %d |" % (
            check, c["findings"], c["true"], c["false"], precision(c), c["missed"], recall(c),
            c["test_files"], c["gone_true"], c["gone_false"]))
    lines += ["", "Fixes on true findings (a safe fix on the warning, or an unsafe one on a note):",
              "", "| check | true | with a fix | safe | unsafe |", "|---|---|---|---|---|"]
    all_true = all_fixed = 0
    for check in CHECKS:
        c = totals[check]
        fixed = c["true_safe"] + c["true_unsafe"]
        all_true += c["true"]
        all_fixed += fixed
        lines.append("| %s | %d | %d (%s) | %d | %d |" % (
            check, c["true"], fixed, share(fixed, c["true"]), c["true_safe"], c["true_unsafe"]))
    lines.append("| total | %d | %d (%s) | | |" % (all_true, all_fixed, share(all_fixed, all_true)))
    broken = ["%s: %d" % (repo, len(units)) for repo, units in failures.items() if units]
    lines += ["", "Translation units that did not compile: " + (", ".join(broken) or "none")]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--half", choices=["tuning", "heldback", "all"], default="all")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--markdown")
    parser.add_argument("--unlabelled")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--only", nargs="*", help="corpus entry names")
    parser.add_argument("--cross-tu", action="store_true")
    parser.add_argument("--offload-executor",
                        help="the blocking check's OffloadExecutor for every repository that "
                             "sets none (the pool is each project's own decision; a nominal "
                             "expression shows which findings the offload fix reaches)")
    args = parser.parse_args()
    with open(os.path.join(HERE, "manifest.json")) as f:
        manifest = json.load(f)
    entries = [e for e in manifest["repositories"]
               if (args.half == "all" or e["half"] == args.half)
               and (not args.only or e["name"] in args.only)]
    rows, unlabelled, failures = evaluate(entries, args)
    text = table(rows, entries, failures)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)
    if unlabelled:
        count = sum(len(v) for v in unlabelled.values())
        print("evaluate: %d findings have no label" % count, file=sys.stderr)
        if args.unlabelled:
            with open(args.unlabelled, "w") as f:
                json.dump(unlabelled, f, indent=1)
        sys.exit(1)


if __name__ == "__main__":
    main()
