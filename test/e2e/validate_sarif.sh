#!/usr/bin/env bash
# Validates a SARIF file twice: against the SARIF 2.1.0 JSON schema with
# ajv, and with Microsoft's own validator (`Sarif.Multitool validate`, its
# rules SARIF1xxx/2xxx), where any error or warning fails. Both are
# installed from the npm registry on first use (pinned versions) into
# NPM_DIR. The schema is the SARIF SDK's sarif-2.1.0.json as shipped in
# @microsoft/sarif-multitool-linux (draft 2020-12, with the OASIS errata).
# usage: validate_sarif.sh NPM_DIR REPORT
set -euo pipefail
npm_dir=$1 report=$2
mkdir -p "$npm_dir"
(
  flock 9
  if [ ! -f "$npm_dir/node_modules/.bin/ajv" ]; then
    cd "$npm_dir"
    [ -f package.json ] || echo '{"private": true}' > package.json
    npm install --no-audit --no-fund --silent --save-exact \
      ajv-cli@5.0.0 ajv-formats@3.0.1 @microsoft/sarif-multitool-linux@5.7.0 >&2
  fi
) 9> "$npm_dir/.lock"
schema="$npm_dir/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"
# ajv-cli decides the parser by extension: give it .json.
copy="$(mktemp --suffix=.json)"
cp "$report" "$copy"
status=0
"$npm_dir/node_modules/.bin/ajv" validate --spec=draft2020 -c ajv-formats \
  --errors=text -s "$schema" -d "$copy" || status=$?
rm -f "$copy"
[ $status -eq 0 ] || exit $status

# The multitool is a self-contained .NET program: without ICU's data it must
# be told to use the invariant culture.
multitool="$npm_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
out=$(DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate "$report" 2>&1) || {
  echo "$out"
  exit 1
}
if grep -E ': (error|warning) SARIF[0-9]+' <<< "$out"; then
  exit 1
fi
