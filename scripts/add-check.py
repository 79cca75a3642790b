#!/usr/bin/env python3
"""Adds a new async check to the project, in the spirit of clang-tidy's
add_new_check.py.

Usage:
  scripts/add-check.py <check-name> "<one line: what it finds>" [--base coroutine|unit]

  scripts/add-check.py async-unbounded-query "queries that load a whole table"

It creates, from templates:
  checks/<Name>Check.h, checks/<Name>Check.cpp   the check on its base:
      coroutine (default): CoroutineCheckBase, called once per coroutine;
      unit: AsyncCheckBase, called once per translation unit;
  docs/checks/<check-name>.md                    the page, every section;
  test/checkers/<check-name>/basic.cpp           a lit test that runs the
      check and fails until it reports the example's finding;
and registers the check where the project lists checks:
  checks/AsyncChecks.cpp (the module and the tools), checks/CMakeLists.txt,
  docs/checks/list.md and the README's table. The driver embeds every page
  of docs/checks/async-*.md, so the new page needs no list of its own.

Then: build (cmake --build build), see the new test fail (lit), write the
analysis in check(), and fill in the page.
"""

import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def camel(check_name):
    """async-unbounded-query -> UnboundedQuery"""
    words = check_name.split("-")[1:]
    return "".join(w[:1].upper() + w[1:] for w in words)


def rule(prefix):
    """The dashes that make an LLVM file banner 80 columns wide."""
    return "-" * max(3, 80 - len(prefix) - len("===//"))


def read(path):
    with open(os.path.join(ROOT, path)) as f:
        return f.read()


def write_new(path, text):
    full = os.path.join(ROOT, path)
    if os.path.exists(full):
        sys.exit("add-check: %s exists already" % path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)
    print("add-check: created " + path)


def edit(path, change):
    text = read(path)
    new = change(text)
    if new == text:
        sys.exit("add-check: could not register the check in %s" % path)
    with open(os.path.join(ROOT, path), "w") as f:
        f.write(new)
    print("add-check: updated " + path)


def insert_sorted_line(text, pattern, line):
    """Inserts `line` among the consecutive lines matching `pattern`,
    keeping them sorted."""
    lines = text.split("\n")
    block = [i for i, l in enumerate(lines) if re.match(pattern, l)]
    if not block:
        return text
    first, last = block[0], block[-1]
    group = lines[first:last + 1] + [line]
    group.sort(key=lambda l: l.strip().rstrip(")"))
    return "\n".join(lines[:first] + group + lines[last + 1:])


BASES = {
    "coroutine": {
        "base": "CoroutineCheckBase",
        "declarations": """private:
  /// Called once per coroutine of user code (template patterns and each
  /// instantiation); the base has built the per-unit analyses.
  void checkCoroutine(const Coroutine &C) override;
""",
        "definitions": """void {Name}Check::checkCoroutine(const Coroutine &C) {{
  // The analysis goes here: walk C.Body once (walkBody in BodyWalker.h),
  // ask the catalog (unit().Index), and report with
  //   if (shouldReportAt(Range)) diag(Loc, "...") << ...;
  // A fix comes from a rewriter as a FixPlan: attachSafeFix / emitFixNote.
}}
""",
        "includes": "",
        "language": "C++20 coroutines",
    },
    "unit": {
        "base": "AsyncCheckBase",
        "declarations": """  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
""",
        "definitions": """void {Name}Check::registerMatchers(MatchFinder *Finder) {{
  // One match per translation unit: the check walks what it needs once
  // (a matcher per function would be tried on every function of the
  // headers).
  Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}}

void {Name}Check::check(const MatchFinder::MatchResult &Result) {{
  // The analysis goes here: walk the code outside system headers once, ask
  // the catalog (effectiveCatalog()), and report with
  //   if (shouldReportAt(Range)) diag(Loc, "...") << ...;
  // A fix comes from a rewriter as a FixPlan: attachSafeFix / emitFixNote.
}}
""",
        "includes": '#include "clang/ASTMatchers/ASTMatchFinder.h"\n',
        "language": "C++",
    },
}

HEADER = """//===--- {Name}Check.h - {check} {rule}===//
//
// {summary}
//
// Docs: docs/checks/{check}.md
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_{GUARD}CHECK_H
#define ASYNC_TIDY_CHECKS_{GUARD}CHECK_H

#include "{base}.h"

namespace async_tidy {{

class {Name}Check : public {base} {{
public:
  {Name}Check(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);

{declarations}
  // Options, each declared once: read from .clang-tidy and stored back.
  // Option<unsigned> MaxRows{{*this, "MaxRows", 100}};
}};

}} // namespace async_tidy

#endif // ASYNC_TIDY_CHECKS_{GUARD}CHECK_H
"""

SOURCE = """//===--- {Name}Check.cpp - {check} {rule}===//

#include "{Name}Check.h"

{includes}
using namespace clang;
using namespace clang::ast_matchers;

namespace async_tidy {{

{Name}Check::{Name}Check(llvm::StringRef Name, tidy::ClangTidyContext *Context)
    : {base}(Name, Context) {{}}

{definitions}
}} // namespace async_tidy
"""

PAGE = """# {check}

{summary_sentence}

## Why it is slow

What the pattern costs at run time, and its Python counterpart.

## Example

```cpp
// The code the check reports, and the diagnostic it prints.
```

## Fix

Safe or unsafe (a note, applied with `--fix-notes`), what the fix writes in
each framework, and when there is none (the note says why).

## What counts

What the check reports, and what it leaves alone (with the reason).

## Options

| option | default | meaning |
|---|---|---|

## Limits

What the check cannot see.

## Cost

Instructions on the heavy Asio translation unit (bench/measure-instructions.sh).
"""

TEST = """// The check reports the example's finding. Written by scripts/add-check.py:
// this test fails until the check reports it.
// RUN: %check_async_tidy %s {check} %t -- -- -isystem %shapes

{example}
"""

EXAMPLES = {
    "coroutine": """#include <folly/experimental/coro/Task.h>

folly::coro::Task<int> handler() {{
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: {{{{.*}}}} [{check}]
  co_return 1;
}}""",
    "unit": """int handler() {{
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: {{{{.*}}}} [{check}]
  return 1;
}}""",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("check", help="async-<words>, e.g. async-unbounded-query")
    parser.add_argument("summary", help="one line: what the check finds")
    parser.add_argument("--base", choices=sorted(BASES), default="coroutine")
    args = parser.parse_args()
    check = args.check
    if not re.fullmatch(r"async(-[a-z][a-z0-9]*)+", check):
        sys.exit("add-check: the name is async-<lowercase words>, e.g. async-unbounded-query")
    name = camel(check)
    summary = args.summary.strip().rstrip(".")
    base = BASES[args.base]
    values = dict(check=check, Name=name, GUARD=name.upper(), summary="Finds " + summary + ".",
                  summary_sentence="Finds " + summary + ".", base=base["base"],
                  declarations=base["declarations"], includes=base["includes"])
    values["rule"] = rule("//===--- %sCheck.h - %s " % (name, check))
    values["definitions"] = base["definitions"].format(Name=name)

    write_new("checks/%sCheck.h" % name, HEADER.format(**values))
    values["rule"] = rule("//===--- %sCheck.cpp - %s " % (name, check))
    write_new("checks/%sCheck.cpp" % name, SOURCE.format(**values).replace("\n\n\n", "\n\n"))
    write_new("docs/checks/%s.md" % check, PAGE.format(**values))
    write_new("test/checkers/%s/basic.cpp" % check,
              TEST.format(check=check, example=EXAMPLES[args.base].format(check=check)))

    edit("checks/AsyncChecks.cpp", lambda t: insert_sorted_line(
        insert_sorted_line(t, r'#include "\w+Check\.h"', '#include "%sCheck.h"' % name),
        r"  Factories\.registerCheck<", '  Factories.registerCheck<%sCheck>("%s");' % (name, check)))
    edit("checks/CMakeLists.txt", lambda t: add_source(t, "%sCheck.cpp" % name))
    edit("docs/checks/list.md", lambda t: insert_sorted_line(
        t, r"\| \[async-", "| [%s](%s.md) | %s | none yet |" % (check, check, summary)))
    edit("README.md", lambda t: insert_sorted_line(
        t, r"\| \[`async-", "| [`%s`](docs/checks/%s.md) | %s | none yet |" % (check, check, summary)))
    print("add-check: next: cmake --build build && "
          "python3 /usr/lib/llvm-19/build/utils/lit/lit.py -v build/test --filter %s" % check)


def add_source(cmake, source):
    """Adds `source` to the asyncTidyChecks library's sorted source list."""
    match = re.search(r"add_library\(asyncTidyChecks STATIC\n((?:  \S+\n)*?)(  \S+)\)", cmake)
    if not match:
        return cmake
    sources = match.group(1).split("\n")[:-1] + [match.group(2)]
    sources = sorted([s.strip() for s in sources] + [source])
    block = "add_library(asyncTidyChecks STATIC\n" + "\n".join("  " + s for s in sources) + ")"
    return cmake[:match.start()] + block + cmake[match.end():]


if __name__ == "__main__":
    main()
