#!/usr/bin/env bash
# A local team deployment to try (docs/admin.md, "Several instances"): two tasklane-server
# instances on one database behind HAProxy terminating TLS (scripts/team-proxy.sh: a throw-away
# CA and a certificate for 127.0.0.1, round-robin, X-Forwarded-For from the proxy only). Prints
# the https address; Ctrl+C stops all three.
#
# Usage: scripts/run-team.sh [--database postgresql://user:pw@host:port/db]
#   Without --database both instances share one SQLite data directory.
# Environment: TASKLANE_TEAM_DIR (~/.local/share/tasklane-team: data/, proxy/ with ca.crt, kept
#   between runs), TASKLANE_TEAM_PORT (8443), TASKLANE_SERVER_BIN (default: a release build,
#   made first, as scripts/run.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "run-team: $*" >&2
  exit 1
}

database=
if [ "${1:-}" = --database ]; then
  [ $# -ge 2 ] || fail "--database needs a URL"
  database=$2
  shift 2
fi
[ $# -eq 0 ] || fail "usage: scripts/run-team.sh [--database postgresql://...]"

server=${TASKLANE_SERVER_BIN:-}
if [ -z "$server" ]; then
  ./scripts/install-deps.sh
  cmake --preset release >/dev/null
  cmake --build --preset release -j "$(nproc)" --target tasklane-server
  server=build/release/server/tasklane-server
fi
dir=${TASKLANE_TEAM_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/tasklane-team}
port=${TASKLANE_TEAM_PORT:-8443}
issuer="https://127.0.0.1:$port"
mkdir -p "$dir"
if [ -n "$database" ]; then
  storage=(--database "$database")
else
  storage=(--data-dir "$dir/data")
fi

pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Each instance: a port of its own, the proxy's address as the issuer (so metadata and
# redirects name https://127.0.0.1:PORT), and only the proxy's X-Forwarded-For believed.
instances=()
for n in 1 2; do
  "$server" "${storage[@]}" --listen 127.0.0.1:0 --issuer "$issuer" \
    --trusted-proxy 127.0.0.3 >"$dir/instance$n.log" 2>&1 &
  pids+=($!)
  url=
  for _ in $(seq 1 100); do
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$dir/instance$n.log" | head -n 1 || true)
    if [ -n "$url" ] || ! kill -0 "${pids[-1]}" 2>/dev/null; then
      break
    fi
    sleep 0.1
  done
  [ -n "$url" ] || fail "instance $n did not start: $(cat "$dir/instance$n.log")"
  instances+=("$url")
done

TEAM_PROXY_PORT=$port ./scripts/team-proxy.sh "$dir/proxy" "${instances[@]}" &
pids+=($!)
for _ in $(seq 1 100); do
  curl -sS -o /dev/null --cacert "$dir/proxy/ca.crt" "$issuer/healthz" 2>/dev/null && break
  kill -0 "${pids[-1]}" 2>/dev/null || fail "the proxy did not start (port $port taken?)"
  sleep 0.1
done

cat <<TXT

Tasklane team deployment: $issuer
  instances ${instances[*]} (logs: $dir/instance1.log, instance2.log)
  database: ${database:-SQLite in $dir/data}
  certificate authority to trust: $dir/proxy/ca.crt
    curl --cacert $dir/proxy/ca.crt $issuer/.well-known/oauth-authorization-server
  first administrator, if none yet:
    printf '%s\n' 'a long password' | $server ${storage[*]} user add NAME --email you@example.org --admin --password-stdin
Ctrl+C stops it.
TXT
wait "${pids[-1]}"
