# shellcheck shell=bash
# Sourced by the HTTP benchmark scripts, not run: what run-http-bench.sh and run-team-bench.sh
# both do. The caller defines fail() and sets threads, connections and wrk_bin.
# shellcheck disable=SC2154

# bench_binaries USAGE ARGS...: sets server_bin, bare_bin (from SERVER_BIN BARE_ROUTE_BIN or
# from BUILD_DIR) and wrk_bin ($WRK or wrk), each checked; prints USAGE and exits 2 otherwise.
bench_binaries() {
  local usage=$1
  shift
  case $# in
  1)
    server_bin=$1/server/tasklane-server
    bare_bin=$1/bench/tasklane-bench-bare-route
    ;;
  2)
    server_bin=$1
    bare_bin=$2
    ;;
  *)
    echo "usage: $usage" >&2
    exit 2
    ;;
  esac
  [ -x "$server_bin" ] || fail "no tasklane-server at $server_bin (build it first)"
  [ -x "$bare_bin" ] || fail "no tasklane-bench-bare-route at $bare_bin (build it first)"
  wrk_bin=${WRK:-wrk}
  command -v "$wrk_bin" >/dev/null || fail "wrk not found (Debian: apt-get install wrk)"
}

# bench_storage DATABASE_URL WORK_DIR: sets storage (tasklane-server's arguments) and engine (its
# name for the output, without a password): that PostgreSQL database when DATABASE_URL is not
# empty, else SQLite in WORK_DIR/data.
bench_storage() {
  if [ -n "$1" ]; then
    storage=(--database "$1")
    engine="PostgreSQL (${1%%\?*})"
    engine=${engine//:*@/:***@}
  else
    storage=(--data-dir "$2/data")
    engine="SQLite"
  fi
}

# bench_wait_for_url LOG PID [SCHEME]: prints the first SCHEME://127.0.0.1:PORT (http) the
# process logs (10 s at most).
bench_wait_for_url() {
  local url scheme=${3:-http}
  for _ in $(seq 1 100); do
    url=$(grep -o "$scheme://127\.0\.0\.1:[0-9]*" "$1" | head -n 1 || true)
    if [ -n "$url" ]; then
      printf '%s\n' "$url"
      return 0
    fi
    kill -0 "$2" 2>/dev/null || break
    sleep 0.1
  done
  return 1
}

# bench_seed_tasks BASE_URL AUTH_HEADER COUNT WORK_DIR: creates COUNT tasks like a real list
# (some notes, labels, and a due date on two tasks in three).
bench_seed_tasks() {
  local base=$1 auth=$2 count=$3 work=$4 i due body status format
  local statuses=(open in_progress 'done')
  format='{"title":"Benchmark task %d","notes":"Seeded by the benchmark; a sentence or two '
  format+='of notes.","status":"%s","priority":%d,"dueDate":%s,"labels":["bench","batch-%d"]}'
  for i in $(seq 1 "$count"); do
    due=null
    [ $((i % 3)) -eq 0 ] || due=$(printf '"2031-%02d-%02d"' $((i % 12 + 1)) $((i % 28 + 1)))
    # shellcheck disable=SC2059
    body=$(printf "$format" "$i" "${statuses[i % 3]}" $((i % 4 + 1)) "$due" $((i % 5)))
    status=$(curl -sS -o "$work/created.json" -w '%{http_code}' "$base/v1/tasks" -H "$auth" \
      -H 'Content-Type: application/json' --data "$body")
    [ "$status" = 201 ] || fail "POST /v1/tasks answered $status: $(cat "$work/created.json")"
  done
}

# bench_wrk NAME URL DURATION [wrk options...]: prints "requests/s average-latency".
bench_wrk() {
  local name=$1 url=$2 time=$3 output
  shift 3
  output=$("$wrk_bin" -t"$threads" -c"$connections" -d"$time" "$@" "$url" 2>&1) \
    || fail "wrk against $name failed: $output"
  # A 401 or 429 is answered faster than a page: such a run would flatter the server.
  if grep -q 'Non-2xx' <<<"$output"; then
    fail "wrk against $name got error responses: $output"
  fi
  awk '/^Requests\/sec:/ { rps = $2 } $1 == "Latency" { lat = $2 }
       END { if (rps == "") exit 1; print rps, lat }' <<<"$output" \
    || fail "cannot read wrk's output: $output"
}
