#!/usr/bin/env bash
# Runs a command inside a fresh D-Bus session with an unlocked gnome-keyring (a real Secret
# Service for QtKeychain), a throwaway HOME and no display (Qt tests run offscreen).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: with-test-session.sh COMMAND..." >&2; exit 2; }
export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec dbus-run-session -- bash -c '
  set -euo pipefail
  HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
  export HOME XDG_RUNTIME_DIR QT_QPA_PLATFORM=offscreen
  chmod 700 "$XDG_RUNTIME_DIR"
  eval "$(printf "tasklane-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
  "$@"
' with-test-session "$@"
