#!/usr/bin/env python3
"""Runs one async-tidy check on a test file and proves its fixes.

Usage (from a lit RUN line, see test/lit.cfg.py):

  %check_async_tidy [--fix-notes] [--no-fix-compile] <source> <check> <temp>
      [-- <clang-tidy options>] [-- <compiler flags>]

Steps, each of which fails the test:
  1. copy <source> to <temp>.cpp with its CHECK lines blanked (so fixed
     text cannot match its own expectation), run clang-tidy-19 with the
     plugin and --fix (plus --fix-notes when asked) on the copy;
  2. FileCheck the diagnostics against CHECK-MESSAGES (warnings and errors
     must all be expected) or CHECK-NOTES (notes too), and the fixed file
     against CHECK-FIXES;
  3. compile the fixed file with clang++-19 -std=c++20 -fsyntax-only, the
     same compiler flags, and -Werror for warnings a fix could introduce;
  4. run the same clang-tidy command on the fixed file again: it must change
     nothing, and report exactly the findings of the first run that had no
     fix (same messages).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

# Warnings that a rewrite could introduce and that must not appear in the
# fixed file (the original file is compiled with the same flags first, so
# only new ones count).
FIX_WARNINGS = ["unused-value", "unused-result", "return-type", "dangling",
                "parentheses", "unused-comparison", "shadow-uncaptured-local"]


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)


def fail(message, output=""):
    sys.stderr.write("check_async_tidy: %s\n" % message)
    if output:
        sys.stderr.write("------ output ------\n%s\n--------------------\n" % output)
    sys.exit(1)


def split_args(rest):
    """<tidy args> -- <compiler args>, either part optional."""
    if "--" in rest:
        i = rest.index("--")
        return rest[:i], rest[i + 1:]
    return rest, []


def prefixes(base, suffixes):
    return [base + "-" + s for s in suffixes] if suffixes else [base]


def check_diagnostics(messages, source, suffixes, temp, filecheck):
    with open(source) as f:
        text = f.read()
    note_prefixes = prefixes("CHECK-NOTES", suffixes)
    message_prefixes = prefixes("CHECK-MESSAGES", suffixes)
    has_notes = any(p + ":" in text for p in note_prefixes)
    has_messages = any(p + ":" in text for p in message_prefixes)
    used = note_prefixes if has_notes else message_prefixes
    implicit = "{{note|warning|error}}:" if has_notes else "{{warning|error}}:"
    out_file = temp + ".msg"
    # Only our diagnostics and compiler errors count; clang-tidy's summary
    # lines are dropped.
    # clang-tidy's "FIX-IT applied" notes say what --fix did, not what the
    # check reported (the fixed file is checked separately).
    lines = [l for l in messages.splitlines()
             if not re.match(r"^\d+ warnings? (and \d+ errors? )?generated", l)
             and "note: FIX-IT applied suggested code changes" not in l]
    with open(out_file, "w") as f:
        f.write("\n".join(lines) + "\n")
    if not (has_notes or has_messages):
        if re.search(r"(warning|error):", messages):
            fail("no CHECK-MESSAGES in the test but diagnostics were reported", messages)
        return
    r = run([filecheck, "-input-file=" + out_file, source,
             "-check-prefixes=" + ",".join(used), "-implicit-check-not=" + implicit])
    if r.returncode != 0:
        fail("diagnostics do not match " + ",".join(used), r.stdout)


def count(pattern, text):
    return len(re.findall(pattern, text, flags=re.M))


def fixed_findings(output):
    """Warnings followed by at least one 'FIX-IT applied' note (clang-tidy
    prints one such note per edit)."""
    fixed, current = 0, False
    for line in output.splitlines():
        if ": warning: " in line:
            current = False
        elif "note: FIX-IT applied" in line and not current:
            current = True
            fixed += 1
    return fixed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clang", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--fix-notes", action="store_true")
    parser.add_argument("--check-suffixes", default="",
                        help="comma-separated: use CHECK-MESSAGES-<S> etc.")
    parser.add_argument("--no-fix-compile", action="store_true",
                        help="for tests whose input does not compile on purpose")
    parser.add_argument("source")
    parser.add_argument("check")
    parser.add_argument("temp")
    argv = sys.argv[1:]
    rest = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1:]
    args = parser.parse_args(argv)
    tidy_args, compile_args = split_args(rest)
    ext = os.path.splitext(args.source)[1] or ".cpp"
    # C sources are analysed and compiled as C (clang++ needs `-x c`).
    is_c = ext == ".c"
    compile_args = (["-std=c11"] if is_c else ["-std=c++20"]) + compile_args
    compiler_lang = ["-x", "c"] if is_c else []
    temp_file = args.temp + ext
    with open(args.source) as f:
        original = f.read()
    # Blank the expectations: fixed code must not match itself.
    cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", original)
    with open(temp_file, "w") as f:
        f.write(cleaned)
    shutil.copyfile(temp_file, args.temp + ".orig" + ext)

    fix_flags = ["--fix-notes"] if args.fix_notes else ["--fix"]
    tidy = [args.clang_tidy, "-load", args.plugin, "-checks=-*," + args.check,
            "--quiet"] + fix_flags + tidy_args
    first = run(tidy + [temp_file, "--"] + compile_args)
    if first.returncode != 0 and "error:" in first.stdout and not args.no_fix_compile:
        fail("clang-tidy failed", first.stdout)
    print(first.stdout)
    suffixes = [s for s in args.check_suffixes.split(",") if s]
    check_diagnostics(first.stdout, args.source, suffixes, args.temp, args.filecheck)

    fix_prefixes = prefixes("CHECK-FIXES", suffixes)
    if any(p + ":" in original for p in fix_prefixes):
        r = run([args.filecheck, "-input-file=" + temp_file, args.source,
                 "-check-prefixes=" + ",".join(fix_prefixes), "-strict-whitespace"])
        if r.returncode != 0:
            fail("fixed file does not match CHECK-FIXES", r.stdout)

    if not args.no_fix_compile:
        werror = ["-W" + w for w in FIX_WARNINGS]
        before = run([args.clang, "-fsyntax-only"] + compiler_lang + compile_args + werror +
                     [args.temp + ".orig" + ext])
        after = run([args.clang, "-fsyntax-only"] + compiler_lang + compile_args + werror +
                    ["-Werror=" + w for w in FIX_WARNINGS] + [temp_file])
        if after.returncode != 0:
            fail("the fixed file does not compile", after.stdout)
        if count(r"warning:", after.stdout) > count(r"warning:", before.stdout):
            fail("the fix introduced compiler warnings", after.stdout)

    # Idempotence: the same command on the fixed file changes nothing and
    # reports only what the first run could not fix.
    fixed_text = open(temp_file).read()
    second = run(tidy + [temp_file, "--"] + compile_args)
    if open(temp_file).read() != fixed_text:
        fail("a second run changed the fixed file again", second.stdout)
    warning_re = r"^.*: warning: (.*)$"
    first_warnings = re.findall(warning_re, first.stdout, flags=re.M)
    applied = fixed_findings(first.stdout)
    second_warnings = re.findall(warning_re, second.stdout, flags=re.M)
    if count(r"FIX-IT applied", second.stdout):
        fail("a second run applied fixes again", second.stdout)
    if len(second_warnings) != len(first_warnings) - applied:
        fail("a second run reported %d findings; expected the %d that had no fix"
             % (len(second_warnings), len(first_warnings) - applied), second.stdout)
    unexpected = set(second_warnings) - set(first_warnings)
    if unexpected:
        fail("a second run reported new findings: %s" % sorted(unexpected), second.stdout)


if __name__ == "__main__":
    main()
