#!/usr/bin/env bash
# Validates docs/asyncapi.yaml with the AsyncAPI CLI pinned in package.json (package-lock.json): installs it with
# `npm ci` when node_modules is missing, turns the CLI's analytics off (the network may be closed) and fails on
# any error or warning of the document. Usage: deploy/contracts/validate.sh [path/to/asyncapi.yaml]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DOCUMENT="$(cd "$(dirname "${1:-$ROOT/docs/asyncapi.yaml}")" && pwd)/$(basename "${1:-$ROOT/docs/asyncapi.yaml}")"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "validate.sh: node and npm are needed to validate $DOCUMENT with the AsyncAPI CLI;" \
    "install them (Debian: apt-get install nodejs npm) and run again" >&2
  exit 2
fi

cd "$HERE"
if [ ! -x node_modules/.bin/asyncapi ]; then
  echo "validate.sh: installing the AsyncAPI CLI (npm ci, once)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# node-config, inside the CLI, warns about its own missing configuration on every run: not ours to fix
export SUPPRESS_NO_CONFIG_WARNING=1 SUPPRESS_STRICTNESS_CHECK=1
node_modules/.bin/asyncapi config analytics --disable >/dev/null 2>&1 || true
node_modules/.bin/asyncapi validate "$DOCUMENT" --fail-severity=warn
