#!/usr/bin/env bash
# Benchmark (not a test): token issuance throughput, POST /oauth2/token with
# grant_type=client_credentials and client_secret_basic, on tasklane-server (a service client,
# docs/api.md 8.3) next to a peer authorization server on the same machine, oidc-provider from
# npm (bench/oidc-peer.mjs), and next to the bare QHttpServer route answering the same bytes as
# the baseline; one run, the same wrk settings, alternating bare/real/peer so machine noise hits
# all alike. Every request mints a new token: tasklane-server writes a session, the token's hash
# and an audit entry to its database; oidc-provider keeps its tokens in memory (its development
# adapter; a production one would write to a store too).
#
# Usage: run-token-bench.sh SERVER_BIN BARE_ROUTE_BIN
#        run-token-bench.sh BUILD_DIR     (BUILD_DIR/server/tasklane-server and
#                                          BUILD_DIR/bench/tasklane-bench-bare-route)
# Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_DURATION (10s),
#   BENCH_ROUNDS (2, at most 10), BENCH_WARMUP (2s), WRK (wrk),
#   OIDC_PROVIDER_VERSION (8): the npm version range installed.
# Needs node and npm (Debian: apt-get install nodejs npm) and the npm registry: oidc-provider is
# installed into the temporary folder, which is removed afterwards with everything else. The
# test command never runs this script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib-bench.sh
. "$here/lib-bench.sh"

fail() {
  echo "run-token-bench: $*" >&2
  exit 1
}

bench_binaries "run-token-bench.sh SERVER_BIN BARE_ROUTE_BIN | run-token-bench.sh BUILD_DIR" "$@"
command -v node >/dev/null || fail "node not found (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm not found (Debian: apt-get install npm)"

threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-2s}
rounds=${BENCH_ROUNDS:-2}
provider_version=${OIDC_PROVIDER_VERSION:-8}
if ! [[ $rounds =~ ^[0-9]+$ ]] || [ "$rounds" -lt 1 ] || [ "$rounds" -gt 10 ]; then
  fail "BENCH_ROUNDS must be 1 to 10"
fi

work=$(mktemp -d)
server_pid=
bare_pid=
peer_pid=
cleanup() {
  for pid in $peer_pid $bare_pid $server_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "installing oidc-provider@$provider_version from npm into $work/peer"
mkdir -p "$work/peer"
(cd "$work/peer" && npm init -y >/dev/null &&
  npm install --no-audit --no-fund --silent "oidc-provider@$provider_version" >"$work/npm.log" 2>&1) \
  || fail "npm install oidc-provider failed: $(cat "$work/npm.log")"
peer_version=$(node -p "require('$work/peer/node_modules/oidc-provider/package.json').version")

# The real server, with rate limits far above what wrk can reach, and one service client.
printf '%s\n' bench-password-not-used | "$server_bin" --data-dir "$work/data" user add bench \
  --email bench@example.org --password-stdin >/dev/null
"$server_bin" --data-dir "$work/data" service add "Bench service" --owner bench \
  --scope tasks:read --scope tasks:write >"$work/client.txt" 2>/dev/null
client_id=$(sed -n 's/^client_id=//p' "$work/client.txt")
client_secret=$(sed -n 's/^client_secret=//p' "$work/client.txt")
[ -n "$client_secret" ] || fail "service add printed no secret"
"$server_bin" --data-dir "$work/data" --listen 127.0.0.1:0 \
  --rate-limit-credential 100000000 --rate-limit-ip 100000000 >"$work/server.log" 2>&1 &
server_pid=$!
real=$(bench_wait_for_url "$work/server.log" "$server_pid") \
  || fail "tasklane-server did not start: $(cat "$work/server.log")"

node "$here/oidc-peer.mjs" "$work/peer" "$client_id" "$client_secret" >"$work/peer.log" 2>&1 &
peer_pid=$!
peer=$(bench_wait_for_url "$work/peer.log" "$peer_pid") \
  || fail "oidc-provider did not start: $(cat "$work/peer.log")"

# The same request for both servers: one client id and secret, Basic, the same form.
basic=$(printf '%s:%s' "$client_id" "$client_secret" | base64 -w0)
form='grant_type=client_credentials&scope=tasks%3Aread+tasks%3Awrite'
cat >"$work/token.lua" <<LUA
wrk.method = "POST"
wrk.body = "$form"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic $basic"
LUA

# check_token NAME URL: one token from the endpoint, or the script stops.
check_token() {
  local status
  status=$(curl -sS -o "$work/$1.json" -w '%{http_code}' "$2" -H "Authorization: Basic $basic" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data "$form")
  [ "$status" = 200 ] || fail "$1 token endpoint answered $status: $(cat "$work/$1.json")"
  grep -q '"access_token":"' "$work/$1.json" || fail "$1 issued no access token"
}
check_token real "$real/oauth2/token"
check_token peer "$peer/token"
grep -q refresh_token "$work/real.json" && fail "tasklane-server issued a refresh token"

"$bare_bin" "$work/real.json" >"$work/bare.log" 2>&1 &
bare_pid=$!
bare=$(bench_wait_for_url "$work/bare.log" "$bare_pid") \
  || fail "tasklane-bench-bare-route did not start: $(cat "$work/bare.log")"

echo "tasklane-server, oidc-provider $peer_version (node $(node --version)) and the bare route;" \
  "wrk -t$threads -c$connections -d$duration, $rounds round(s) after a $warmup warm-up each"
bench_wrk bare "$bare/oauth2/token" "$warmup" -s "$work/token.lua" >/dev/null
bench_wrk real "$real/oauth2/token" "$warmup" -s "$work/token.lua" >/dev/null
bench_wrk peer "$peer/token" "$warmup" -s "$work/token.lua" >/dev/null

results=()
for round in $(seq 1 "$rounds"); do
  results+=("$round bare $(bench_wrk bare "$bare/oauth2/token" "$duration" -s "$work/token.lua")")
  results+=("$round real $(bench_wrk real "$real/oauth2/token" "$duration" -s "$work/token.lua")")
  results+=("$round peer $(bench_wrk peer "$peer/token" "$duration" -s "$work/token.lua")")
done

printf '%s\n' "${results[@]}" | awk '
  BEGIN { printf "\n%-6s %-6s %12s %12s\n", "round", "server", "tokens/s", "avg latency" }
  { printf "%-6s %-6s %12.1f %12s\n", $1, $2, $3, $4; sum[$2] += $3; n[$2]++ }
  END {
    bare = sum["bare"] / n["bare"]; real = sum["real"] / n["real"]; peer = sum["peer"] / n["peer"]
    printf "%-6s %-6s %12.1f   (bare QHttpServer route, same bytes: the ceiling)\n", "mean", "bare", bare
    printf "%-6s %-6s %12.1f   (tasklane-server)\n", "mean", "real", real
    printf "%-6s %-6s %12.1f   (oidc-provider)\n", "mean", "peer", peer
    printf "tasklane-server / oidc-provider %.2f; tasklane-server / bare %.2f\n", real / peer, real / bare
  }'
