#!/usr/bin/env python3
"""Prints a JSON or SARIF report of async-tidy as stable, readable lines for
FileCheck: one line per finding (or result), then the report's counters.
Timing fields are left out, so two runs' outputs can be compared with diff.

usage: summarize_report.py json|sarif REPORT
       summarize_report.py fingerprints SARIF-REPORT FILE
"""
import json
import sys


def summarize_json(report):
    assert report["schemaVersion"] == 1, report["schemaVersion"]
    for f in report["findings"]:
        loc = f["location"]
        where = "%s:%d:%d" % (loc["file"], loc["line"], loc["column"]) if loc else "-"
        fix = f["fix"]
        fix_text = "%s/%s" % (fix["safety"], fix["status"]) if fix else "no-fix"
        print("finding %s %s %s %s tus=%d notes=%d left=%s" % (
            f["level"], f["check"], where, fix_text, len(f["translationUnits"]),
            len(f["notes"]), str(f["left"]).lower()))
    for unit in report["failedTranslationUnits"]:
        print("failed %s errors=%d" % (unit["file"], len(unit["errors"])))
    fixes = report["fixes"]
    print("fixes applied=%d conflict=%d unwritable=%d not-compiling=%d "
          "rolled-back=%d not-applied=%d" % (
              fixes["applied"], fixes["skippedConflict"], fixes["skippedUnwritable"],
              fixes["skippedNotCompiling"], fixes["rolledBack"], fixes["notApplied"]))
    print("changed %s" % " ".join(fixes["changedFiles"]))
    print("rolled-back-files %s" % " ".join(fixes["rolledBackFiles"]))
    s = report["summary"]
    print("summary units=%d failed=%d findings=%d left=%d" % (
        s["translationUnits"], s["failedTranslationUnits"], s["findings"],
        s["findingsLeft"]))


def summarize_sarif(log):
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        help_text = rule.get("help", {}).get("markdown") or rule.get("help", {}).get("text", "")
        print("rule %s help=%s short=%s" % (
            rule["id"], help_text.splitlines()[0] if help_text else "-",
            rule["shortDescription"]["text"][:60]))
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        region = loc["region"]
        related = r.get("relatedLocations", [])
        fixes = r.get("fixes", [])
        edits = sum(len(c["replacements"]) for f in fixes for c in f["artifactChanges"])
        print("result %s %s %s:%d:%d related=%d fixes=%d edits=%d fingerprint=%s" % (
            r["level"], r["ruleId"], loc["artifactLocation"]["uri"],
            region["startLine"], region["startColumn"], len(related), len(fixes),
            edits, r["partialFingerprints"]["asyncTidyFinding/v1"][:12]))
    invocation = run["invocations"][0]
    print("executionSuccessful=%s notifications=%d" % (
        str(invocation["executionSuccessful"]).lower(),
        len(invocation.get("toolExecutionNotifications", []))))


def fingerprints(log, uri):
    """The rule and fingerprint of each result in one file, in order."""
    for r in log["runs"][0]["results"]:
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        if loc == uri:
            print(r["ruleId"], r["partialFingerprints"]["asyncTidyFinding/v1"])


def main():
    kind, path = sys.argv[1], sys.argv[2]
    with open(path) as f:
        report = json.load(f)
    if kind == "json":
        summarize_json(report)
    elif kind == "sarif":
        summarize_sarif(report)
    else:
        fingerprints(report, sys.argv[3])


if __name__ == "__main__":
    main()
