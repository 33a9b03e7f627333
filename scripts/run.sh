#!/usr/bin/env bash
# The README's run command: installs what is missing, builds a release build and starts the
# Tasklane desktop app with a server on this computer (`tasklane --local`: the app runs
# tasklane-server itself, SQLite in the app's data folder, a loopback port, no configuration;
# on a new server the app asks for the first account, an administrator). The server stops when
# the app quits. Extra arguments go to the app (e.g. --server https://tasks.example.org).
#
# Without a display (no DISPLAY or WAYLAND_DISPLAY) only the server starts, on
# http://127.0.0.1:8080 (TASKLANE_LISTEN to change), with its data in
# ~/.local/share/tasklane-server; Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target tasklane tasklane-server

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  if [ $# -eq 0 ]; then
    set -- --local
  fi
  exec build/release/app/tasklane "$@"
fi

server=build/release/server/tasklane-server
listen=${TASKLANE_LISTEN:-127.0.0.1:8080}
echo "No display found: starting tasklane-server only (the app needs a desktop session)."
if ! "$server" user list 2>/dev/null | tail -n +2 | grep -q .; then
  cat <<TXT
No account exists yet. Create the first (administrator) account in another terminal:
  printf '%s\n' 'your password' | $server user add YOURNAME --email you@example.org --admin --password-stdin
TXT
fi
exec "$server" --listen "$listen"
