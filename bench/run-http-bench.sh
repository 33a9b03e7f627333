#!/usr/bin/env bash
# Benchmark (not a test): throughput of authenticated GET /v1/tasks?limit=50 on tasklane-server
# next to a bare QHttpServer route that answers the same bytes, both measured in one run with
# the same wrk settings, alternating bare/real so machine noise hits both alike.
#
# Usage: run-http-bench.sh SERVER_BIN BARE_ROUTE_BIN
#        run-http-bench.sh BUILD_DIR     (BUILD_DIR/server/tasklane-server and
#                                         BUILD_DIR/bench/tasklane-bench-bare-route)
# Environment: BENCH_THREADS (2), BENCH_CONNECTIONS (16), BENCH_DURATION (10s),
#   BENCH_ROUNDS (2, at most 10; a round is one bare and one real run), BENCH_WARMUP (2s),
#   BENCH_TASKS (200), WRK (wrk).
# Everything runs on 127.0.0.1 in a temporary data directory that is removed afterwards.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib-signin.sh
. "$here/lib-signin.sh"
# shellcheck source=lib-bench.sh
. "$here/lib-bench.sh"

fail() {
  echo "run-http-bench: $*" >&2
  exit 1
}

bench_binaries "run-http-bench.sh SERVER_BIN BARE_ROUTE_BIN | run-http-bench.sh BUILD_DIR" "$@"

threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-16}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-2s}
rounds=${BENCH_ROUNDS:-2}
task_count=${BENCH_TASKS:-200}
if ! [[ $rounds =~ ^[0-9]+$ ]] || [ "$rounds" -lt 1 ] || [ "$rounds" -gt 10 ]; then
  fail "BENCH_ROUNDS must be 1 to 10"
fi
if ! [[ $task_count =~ ^[0-9]+$ ]] || [ "$task_count" -lt 51 ] || [ "$task_count" -gt 10000 ]; then
  fail "BENCH_TASKS must be 51 to 10000 (more than one page of 50)"
fi

work=$(mktemp -d)
server_pid=
bare_pid=
cleanup() {
  for pid in $bare_pid $server_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The real server, with rate limits far above what wrk can reach.
password=$(openssl rand -hex 16)
printf '%s\n' "$password" | "$server_bin" --data-dir "$work/data" user add bench \
  --email bench@example.org --password-stdin >/dev/null
"$server_bin" --data-dir "$work/data" --listen 127.0.0.1:0 \
  --rate-limit-credential 100000000 --rate-limit-ip 100000000 >"$work/server.log" 2>&1 &
server_pid=$!
real=$(bench_wait_for_url "$work/server.log" "$server_pid") \
  || fail "tasklane-server did not start: $(cat "$work/server.log")"

token=$(tasklane_sign_in "$real" bench "$password" "$work") || fail "could not sign in"
auth="Authorization: Bearer $token"

echo "seeding $task_count tasks on $real"
bench_seed_tasks "$real" "$auth" "$task_count" "$work"

path='/v1/tasks?limit=50'
status=$(curl -sS -o "$work/body.json" -w '%{http_code}' "$real$path" -H "$auth")
[ "$status" = 200 ] || fail "GET $path answered $status: $(cat "$work/body.json")"
grep -q '"nextCursor":"' "$work/body.json" || fail "GET $path is not a full page of 50"

"$bare_bin" "$work/body.json" >"$work/bare.log" 2>&1 &
bare_pid=$!
bare=$(bench_wait_for_url "$work/bare.log" "$bare_pid") \
  || fail "tasklane-bench-bare-route did not start: $(cat "$work/bare.log")"
curl -sS -o "$work/bare-body.json" "$bare$path"
cmp -s "$work/body.json" "$work/bare-body.json" || fail "the bare route answers other bytes"
echo "both answer the same $(wc -c <"$work/body.json") bytes; wrk -t$threads -c$connections" \
  "-d$duration, $rounds round(s) after a $warmup warm-up each"

bench_wrk bare "$bare$path" "$warmup" >/dev/null
bench_wrk real "$real$path" "$warmup" -H "$auth" >/dev/null

results=()
for round in $(seq 1 "$rounds"); do
  results+=("$round bare $(bench_wrk bare "$bare$path" "$duration")")
  results+=("$round real $(bench_wrk real "$real$path" "$duration" -H "$auth")")
done

printf '%s\n' "${results[@]}" | awk '
  BEGIN { printf "\n%-6s %-6s %12s %12s\n", "round", "route", "requests/s", "avg latency" }
  { printf "%-6s %-6s %12.1f %12s\n", $1, $2, $3, $4; sum[$2] += $3; n[$2]++ }
  END {
    bare = sum["bare"] / n["bare"]; real = sum["real"] / n["real"]
    printf "%-6s %-6s %12.1f\n%-6s %-6s %12.1f\n", "mean", "bare", bare, "mean", "real", real
    printf "ratio %.2f (target >= 0.50)\n", real / bare
  }'
