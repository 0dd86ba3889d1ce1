#!/usr/bin/env bash
# Runs pnpm at the version pinned in package.json on a machine that has only Node and npm:
# installs that pnpm into .tools/ (corepack is not used: it fails on some machines), installs the
# workspace, then runs `pnpm <args>`. Used by `npm run demo` and `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
tools_dir="$PWD/.tools"
pnpm_bin="$tools_dir/node_modules/.bin/pnpm"
if [ ! -x "$pnpm_bin" ] || [ "$("$pnpm_bin" --version)" != "$pnpm_version" ]; then
  echo "Installing pnpm $pnpm_version into .tools/ ..."
  npm install --silent --no-audit --no-fund --prefix "$tools_dir" "pnpm@$pnpm_version"
fi
export PATH="$tools_dir/node_modules/.bin:$PATH"
export LANGGRAPH_CLI_NO_ANALYTICS=1 TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

pnpm install --frozen-lockfile --reporter=silent
exec pnpm "$@"
