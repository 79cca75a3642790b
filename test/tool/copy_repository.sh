#!/usr/bin/env bash
# Copies the repository's files (tracked, and untracked ones git does not
# ignore: the work in progress) to DEST, without the build directory.
# usage: copy_repository.sh SOURCE DEST
set -euo pipefail
source=$1 dest=$2
rm -rf "$dest"
mkdir -p "$dest"
git -C "$source" ls-files -z --cached --others --exclude-standard \
  | (cd "$source" && xargs -0 cp --parents -t "$dest")
