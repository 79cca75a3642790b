#!/usr/bin/env python3
"""Materializes the evaluation corpus (manifest.json) from `fetch` snapshots.

usage: materialize.py --mirror MIRROR --out OUT [--only NAME ...]

MIRROR is the directory that the search tool's `fetch` fills, one bare git
repository per snapshot at MIRROR/<owner>+<name>/repo. Fetch every repository
of the manifest (its `repo` and every `extra_repos` entry) first; this script
never downloads anything. For each corpus entry it:
  - extracts the pinned commit of the repository and of its extra (header)
    repositories into OUT/<name>/ (git archive, no history);
  - copies the headers we wrote for it (generated/<name>/: headers upstream
    generates at configure time, such as a version.h) and runs its
    `generate` steps (protoc on the project's own .proto files);
  - writes OUT/<name>/compile_commands.json: one entry per file of `files`,
    compiled with clang++-19 -std=c++20 (clang-19 -x c -std=gnu11 for an
    entry whose `language` is "c") and the entry's include directories,
    defines and flags, as the project's build would.
Nothing fetched is committed: OUT is a scratch directory.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git_dir(mirror, repo):
    path = os.path.join(mirror, repo.replace("/", "+"), "repo")
    if not os.path.isdir(path):
        sys.exit("materialize: %s is not fetched (expected %s); fetch github:%s first" %
                 (repo, path, repo))
    return path


def extract(mirror, repo, commit, dest, paths=()):
    """The files of `repo` at `commit` (only `paths`, when given: snapshots
    lack files of 4 MiB and more, which a whole archive would need), into
    `dest`."""
    os.makedirs(dest, exist_ok=True)
    archive = subprocess.run(["git", "--git-dir", git_dir(mirror, repo), "archive", commit, "--"] +
                             list(paths), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             check=False)
    if archive.returncode != 0:
        sys.exit("materialize: cannot extract %s at %s (a file the snapshot lacks? name the "
                 "folders needed in archive_paths): %s" %
                 (repo, commit, archive.stderr.decode(errors="replace").strip()))
    subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)


def compile_command(entry, root, source):
    if entry.get("language") == "c":
        flags = ["clang-19", "-x", "c", "-std=gnu11", "-fsyntax-only"]
    else:
        flags = ["clang++-19", "-std=c++20", "-fsyntax-only"]
    flags += ["-D" + d for d in entry.get("defines", [])]
    for extra in entry.get("extra_repos", []):
        base = os.path.join(root, "_deps", extra["repo"].replace("/", "+"))
        flags += ["-isystem" + os.path.join(base, d) for d in extra.get("include_dirs", ["."])]
    flags += ["-I" + os.path.join(root, d) for d in entry.get("include_dirs", [])]
    flags += ["-isystem" + os.path.join(root, d) for d in entry.get("system_include_dirs", [])]
    flags += entry.get("flags", [])
    return {"directory": root, "file": source, "arguments": flags + ["-c", source]}


def materialize(entry, mirror, out):
    root = os.path.join(out, entry["name"])
    shutil.rmtree(root, ignore_errors=True)
    extract(mirror, entry["repo"], entry["commit"], root, entry.get("archive_paths", ()))
    for extra in entry.get("extra_repos", []):
        extract(mirror, extra["repo"], extra["commit"],
                os.path.join(root, "_deps", extra["repo"].replace("/", "+")),
                extra.get("archive_paths", ()))
    generated = os.path.join(HERE, "generated", entry["name"])
    if os.path.isdir(generated):
        shutil.copytree(generated, root, dirs_exist_ok=True)
    # Build steps the project's own build runs (protoc), on the fetched code.
    for argv in entry.get("generate", []):
        subprocess.run(argv, cwd=root, check=True)
    sources = sorted({os.path.abspath(f) for pattern in entry["files"]
                      for f in glob.glob(os.path.join(root, pattern), recursive=True)})
    if not sources:
        sys.exit("materialize: no file of %s matches %s" % (entry["name"], entry["files"]))
    with open(os.path.join(root, "compile_commands.json"), "w") as f:
        json.dump([compile_command(entry, root, s) for s in sources], f, indent=1)
    print("materialize: %-28s %3d translation units" % (entry["name"], len(sources)))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--only", nargs="*", help="corpus entry names")
    args = parser.parse_args()
    with open(os.path.join(HERE, "manifest.json")) as f:
        manifest = json.load(f)
    for entry in manifest["repositories"]:
        if not args.only or entry["name"] in args.only:
            materialize(entry, os.path.abspath(args.mirror), os.path.abspath(args.out))


if __name__ == "__main__":
    main()
