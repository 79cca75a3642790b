#!/usr/bin/env bash
# A commit of the end-to-end project checked by the repository's pre-commit
# hook (.pre-commit-hooks.yaml), through Debian's pre-commit: the project is
# a git repository, its .pre-commit-config.yaml takes the hook from this
# repository at its HEAD commit, a change to src/handlers.cpp is staged,
# and `pre-commit run` checks the staged files. Prints pre-commit's output
# and exit status.
# usage: pre_commit_session.sh SOURCE_ROOT ASYNC_TIDY_DIR PROJECT
set -uo pipefail
source_root=$1 tool_dir=$2 project=$3
cd "$project" || exit 2
git init -q . && printf 'build/\n.pre-commit-home/\n' > .gitignore
git add -A && git -c user.name=t -c user.email=t@example.com commit -qm start
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $source_root
    rev: $(git -C "$source_root" rev-parse HEAD)
    hooks:
      - id: async-tidy
        args: [-p, build]
YAML
printf 'folly::coro::Task<void> retry() {\n  std::this_thread::sleep_for(std::chrono::seconds(3));\n  co_return;\n}\n' >> src/handlers.cpp
git add .pre-commit-config.yaml src/handlers.cpp
PRE_COMMIT_HOME=$project/.pre-commit-home PATH="$tool_dir:$PATH" pre-commit run --color=never 2>&1
echo "pre-commit exit status: $?"
