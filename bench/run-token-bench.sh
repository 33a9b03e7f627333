#!/usr/bin/env bash
# Benchmark (not a test): token issuance throughput, POST /oauth2/token with
# grant_type=client_credentials and client_secret_basic, on tasklane-server (a service client,
# docs/api.md 8.3) next to a peer authorization server on the same machine, oidc-provider from
# npm (bench/oidc-peer.mjs), and next to the bare QHttpServer route answering the same bytes as
# the baseline; the same wrk settings, rounds alternating bare/real/peer so machine noise hits
# all alike, and the median of the rounds side by side. Every request mints a new token:
# tasklane-server commits the token's hash and its audit entry to its database (one
# transaction; the client's session is shared by its tokens, docs/api.md 8.3); oidc-provider
# keeps its tokens in memory (its development adapter; a production one would write to a store
# too).
#
# Usage: run-token-bench.sh [--database URL] --release   (configures and builds the release
#                                          preset's two targets in build/release, then runs)
#        run-token-bench.sh [--database URL] BUILD_DIR   (BUILD_DIR/server/tasklane-server and
#                                          BUILD_DIR/bench/tasklane-bench-bare-route)
#        run-token-bench.sh [--database URL] SERVER_BIN BARE_ROUTE_BIN
# Measure a Release build: a Debug one is several times slower and says little (the script
# prints the build type it finds in BUILD_DIR's CMakeCache.txt).
# Without --database: SQLite in a temporary data directory. With it (or with
# TASKLANE_TEST_POSTGRES set, as scripts/with-postgres.sh does): that PostgreSQL database, which
# must be empty; run it as `scripts/with-postgres.sh --durable ...` so that it commits as a
# deployment's does (fsync, synchronous_commit on).
# Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_DURATION (10s),
#   BENCH_ROUNDS (3, at most 10), BENCH_WARMUP (2s), WRK (wrk),
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

database=${TASKLANE_TEST_POSTGRES:-}
if [ "${1:-}" = --database ]; then
  [ $# -ge 2 ] || fail "--database needs a URL"
  database=$2
  shift 2
fi
if [ "${1:-}" = --release ]; then
  [ $# -eq 1 ] || fail "--release takes no other argument"
  source_dir=$(cd "$here/.." && pwd)
  (cd "$source_dir" && cmake --preset release >/dev/null &&
    cmake --build --preset release --target tasklane-server tasklane-bench-bare-route) \
    || fail "the release build failed"
  set -- "$source_dir/build/release"
fi
build_type=unknown
if [ $# -eq 1 ] && [ -f "$1/CMakeCache.txt" ]; then
  build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$1/CMakeCache.txt")
fi
bench_binaries "run-token-bench.sh [--database URL] --release | BUILD_DIR | SERVER_BIN BARE_ROUTE_BIN" "$@"
command -v node >/dev/null || fail "node not found (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm not found (Debian: apt-get install npm)"

threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-2s}
rounds=${BENCH_ROUNDS:-3}
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

bench_storage "$database" "$work"

# The real server, with rate limits far above what wrk can reach, and one service client.
printf '%s\n' bench-password-not-used | "$server_bin" "${storage[@]}" user add bench \
  --email bench@example.org --password-stdin >/dev/null || fail "user add failed"
"$server_bin" "${storage[@]}" service add "Bench service" --owner bench \
  --scope tasks:read --scope tasks:write >"$work/client.txt" 2>/dev/null \
  || fail "service add failed"
client_id=$(sed -n 's/^client_id=//p' "$work/client.txt")
client_secret=$(sed -n 's/^client_secret=//p' "$work/client.txt")
[ -n "$client_secret" ] || fail "service add printed no secret"
"$server_bin" "${storage[@]}" --listen 127.0.0.1:0 \
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

echo "tasklane-server ($build_type build, $engine), oidc-provider $peer_version" \
  "(node $(node --version)) and the bare route; wrk -t$threads -c$connections -d$duration," \
  "$rounds round(s) after a $warmup warm-up each"
bench_wrk bare "$bare/oauth2/token" "$warmup" -s "$work/token.lua" >/dev/null
bench_wrk real "$real/oauth2/token" "$warmup" -s "$work/token.lua" >/dev/null
bench_wrk peer "$peer/token" "$warmup" -s "$work/token.lua" >/dev/null

# measure NAME URL PID: "tokens/s latency cpu-seconds wall-seconds" of one round; the CPU time
# is the server process's (all its threads) during the round, from /proc: on a machine busy with
# other work the throughput follows the share of the CPU a server gets, the CPU time per token
# much less.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$1/stat"
}
measure() {
  local before after start end figures
  before=$(cpu_seconds "$3")
  start=$(date +%s.%N)
  figures=$(bench_wrk "$1" "$2" "$duration" -s "$work/token.lua")
  end=$(date +%s.%N)
  after=$(cpu_seconds "$3")
  echo "$figures $(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" \
    "$(awk -v a="$end" -v b="$start" 'BEGIN { print a - b }')"
}

# The load average before and after the rounds: figures measured on a busy machine say so.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=()
for round in $(seq 1 "$rounds"); do
  results+=("$round bare $(measure bare "$bare/oauth2/token" "$bare_pid")")
  results+=("$round real $(measure real "$real/oauth2/token" "$server_pid")")
  results+=("$round peer $(measure peer "$peer/token" "$peer_pid")")
done

# The median of each server's rounds (the middle one, or the mean of the two middle ones), for
# the throughput and for the CPU time per token.
printf '%s\n' "${results[@]}" | awk '
  function median(values, count,   i, j, t, v) {
    for (i = 1; i <= count; i++) v[i] = values[i]
    for (i = 2; i <= count; i++)
      for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }
  function column(name, which,   i, values) {
    for (i = 1; i <= n[name]; i++) values[i] = which == "rps" ? rps[name, i] : cpu[name, i]
    return median(values, n[name])
  }
  BEGIN { printf "\n%-6s %-6s %12s %12s %14s\n", "round", "server", "tokens/s", "avg latency", "CPU us/token" }
  {
    us = $3 > 0 ? $5 * 1e6 / ($3 * $6) : 0
    printf "%-6s %-6s %12.1f %12s %14.0f\n", $1, $2, $3, $4, us
    n[$2]++; rps[$2, n[$2]] = $3; cpu[$2, n[$2]] = us
  }
  END {
    printf "\nmedian of %d round(s):%35s %14s\n", n["real"], "tokens/s", "CPU us/token"
    printf "  %-44s %12.1f %14.0f\n", "bare QHttpServer route (same bytes, ceiling)", column("bare", "rps"), column("bare", "cpu")
    printf "  %-44s %12.1f %14.0f\n", "tasklane-server", column("real", "rps"), column("real", "cpu")
    printf "  %-44s %12.1f %14.0f\n", "oidc-provider", column("peer", "rps"), column("peer", "cpu")
    printf "tasklane-server / oidc-provider: %.2f in tokens/s, %.2f in CPU time per token\n",
      column("real", "rps") / column("peer", "rps"), column("real", "cpu") / column("peer", "cpu")
    printf "tasklane-server / bare route: %.2f in tokens/s\n", column("real", "rps") / column("bare", "rps")
  }'
echo "load average (1, 5, 15 min): $load_before before the rounds, $(cut -d' ' -f1-3 /proc/loadavg) after"
