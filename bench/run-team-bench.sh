#!/usr/bin/env bash
# Benchmark (not a test): tasklane-server as a team runs it. Throughput of four workloads,
#   list        authenticated GET /v1/tasks?limit=50, the same token again and again (cached)
#   after-write POST /v1/tasks and GET /v1/tasks?limit=50, alternating (every list follows a
#               write to the account; the figure counts both requests)
#   create      POST /v1/tasks
#   introspect  POST /oauth2/introspect by a confidential client (HTTP Basic)
# measured twice: against one instance directly (http), and against two instances on the same
# database behind HAProxy terminating TLS (scripts/team-proxy.sh, round-robin). Each figure is
# next to its baseline in the same run: the bare QHttpServer route (bench/bare_route.cpp,
# answering the same bytes as the list) directly, and two bare routes behind the same HAProxy
# configuration, measured right before it with the same wrk settings.
#
# Usage: run-team-bench.sh [--database postgresql://...] SERVER_BIN BARE_ROUTE_BIN
#        run-team-bench.sh [--database postgresql://...] BUILD_DIR
# Without --database: SQLite in a temporary data directory both instances share. With it (or
# with TASKLANE_TEST_POSTGRES set, as scripts/with-postgres.sh does): that PostgreSQL database,
# which must be empty; run it as `scripts/with-postgres.sh --durable ...` so that the cluster
# commits as a deployment's does (fsync, synchronous_commit on), not as the tests' (off). Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (16),
# BENCH_DURATION (5s), BENCH_WARMUP (1s), BENCH_TASKS (200), WRK (wrk), BENCH_KEEP (set: keep
# the temporary directory with the logs), BENCH_DB_CONNECTIONS (each instance's
# --database-connections; unset: the server's default for the engine).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib-signin.sh
. "$here/lib-signin.sh"
# shellcheck source=lib-bench.sh
. "$here/lib-bench.sh"

fail() {
  echo "run-team-bench: $*" >&2
  exit 1
}

database=${TASKLANE_TEST_POSTGRES:-}
if [ "${1:-}" = --database ]; then
  [ $# -ge 2 ] || fail "--database needs a URL"
  database=$2
  shift 2
fi
bench_binaries "run-team-bench.sh [--database URL] SERVER_BIN BARE_ROUTE_BIN | ... BUILD_DIR" "$@"
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
duration=${BENCH_DURATION:-5s}
warmup=${BENCH_WARMUP:-1s}
task_count=${BENCH_TASKS:-200}

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "${BENCH_KEEP:-}" ]; then
    echo "kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bench_storage "$database" "$work"
[ -n "$database" ] || engine="SQLite (one data directory)"

password=$(openssl rand -hex 16)
printf '%s\n' "$password" | "$server_bin" "${storage[@]}" user add bench \
  --email bench@example.org --password-stdin >/dev/null || fail "user add failed"
client=$("$server_bin" "${storage[@]}" client add bench-introspect --confidential 2>/dev/null) \
  || fail "client add failed"
client_id=$(sed -n 's/^client_id=//p' <<<"$client")
client_secret=$(sed -n 's/^client_secret=//p' <<<"$client")
if [ -z "$client_id" ] || [ -z "$client_secret" ]; then
  fail "no client credentials in: $client"
fi
BENCH_CLIENT_BASIC="Basic $(printf '%s:%s' "$client_id" "$client_secret" | base64 -w0)"
export BENCH_CLIENT_BASIC

# start NAME COMMAND...: starts a process in the background, logging to $work/NAME.log.
start() {
  local name=$1
  shift
  "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
}

# Two instances, trusting the proxy (which reaches them from 127.0.0.3), with rate limits far
# above what wrk can reach.
instances=()
pool=()
if [ -n "${BENCH_DB_CONNECTIONS:-}" ]; then
  pool=(--database-connections "$BENCH_DB_CONNECTIONS")
fi
for n in 1 2; do
  start "instance$n" "$server_bin" "${storage[@]}" "${pool[@]}" --listen 127.0.0.1:0 \
    --trusted-proxy 127.0.0.3 --rate-limit-credential 100000000 --rate-limit-ip 100000000
  url=$(bench_wait_for_url "$work/instance$n.log" "${pids[-1]}") \
    || fail "tasklane-server did not start: $(cat "$work/instance$n.log")"
  instances+=("$url")
done
direct=${instances[0]}

token=$(tasklane_sign_in "$direct" bench "$password" "$work") || fail "could not sign in"
export BENCH_TOKEN=$token
auth="Authorization: Bearer $token"
echo "seeding $task_count tasks on $direct"
bench_seed_tasks "$direct" "$auth" "$task_count" "$work"
path='/v1/tasks?limit=50'
status=$(curl -sS -o "$work/body.json" -w '%{http_code}' "$direct$path" -H "$auth")
[ "$status" = 200 ] || fail "GET $path answered $status: $(cat "$work/body.json")"

bares=()
for n in 1 2; do
  start "bare$n" "$bare_bin" "$work/body.json"
  url=$(bench_wait_for_url "$work/bare$n.log" "${pids[-1]}") \
    || fail "tasklane-bench-bare-route did not start: $(cat "$work/bare$n.log")"
  bares+=("$url")
done

start proxy bash "$here/../scripts/team-proxy.sh" "$work/proxy" "${instances[@]}"
proxy=$(bench_wait_for_url "$work/proxy.log" "${pids[-1]}" https) \
  || fail "the proxy did not start: $(cat "$work/proxy.log")"
start bare-proxy bash "$here/../scripts/team-proxy.sh" "$work/bare-proxy" "${bares[@]}"
bare_proxy=$(bench_wait_for_url "$work/bare-proxy.log" "${pids[-1]}" https) \
  || fail "the bare routes' proxy did not start: $(cat "$work/bare-proxy.log")"
# The sign-in and checks below trust the test CA (wrk does not check certificates).
status=$(curl -sS --cacert "$work/proxy/ca.crt" -o /dev/null -w '%{http_code}' "$proxy$path" \
  -H "$auth")
[ "$status" = 200 ] || fail "GET $path through the proxy answered $status"

echo "database: $engine, ${BENCH_DB_CONNECTIONS:-default} connections per instance; wrk -t$threads -c$connections -d$duration after a $warmup warm-up;" \
  "bare = the bare QHttpServer route (the same $(wc -c <"$work/body.json") bytes) measured" \
  "right before each figure"

results=()
for topology in direct proxy; do
  if [ "$topology" = direct ]; then
    real=$direct bare=${bares[0]} label="1 instance, http"
  else
    real=$proxy bare=$bare_proxy label="2 instances, haproxy+TLS"
  fi
  for scenario in list list-after-write create introspect; do
    bench_wrk bare "$bare$path" "$warmup" >/dev/null
    base=$(bench_wrk bare "$bare$path" "$duration")
    BENCH_SCENARIO=$scenario bench_wrk "$scenario" "$real" "$warmup" \
      -s "$here/team-scenarios.lua" >/dev/null
    figure=$(BENCH_SCENARIO=$scenario bench_wrk "$scenario" "$real" "$duration" \
      -s "$here/team-scenarios.lua")
    results+=("$label|$scenario|$base|$figure")
  done
done

printf '%s\n' "${results[@]}" | awk -F'|' '
  BEGIN { printf "\n%-26s %-17s %12s %12s %7s %12s\n", "deployment", "workload", "bare req/s",
          "req/s", "ratio", "avg latency" }
  { split($3, b, " "); split($4, r, " ")
    printf "%-26s %-17s %12.1f %12.1f %7.2f %12s\n", $1, $2, b[1], r[1], r[1] / b[1], r[2] }'
