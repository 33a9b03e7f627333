#!/usr/bin/env bash
# The README's run command: installs what is missing, builds a release build and starts a local
# tasklane-server (SQLite in ~/.local/share/tasklane-server, no configuration) on
# http://127.0.0.1:8080. The desktop app is not built yet (issue 3); until then this starts the
# server only. Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target tasklane-server

server=build/release/server/tasklane-server
listen=${TASKLANE_LISTEN:-127.0.0.1:8080}
if ! "$server" user list 2>/dev/null | tail -n +2 | grep -q .; then
  cat <<TXT
No account exists yet. Create the first (administrator) account in another terminal:
  printf '%s\n' 'your password' | $server user add YOURNAME --email you@example.org --admin --password-stdin
TXT
fi
echo "Note: the Tasklane desktop app is not part of this build yet; starting the server only."
exec "$server" --listen "$listen"
