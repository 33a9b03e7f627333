#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL 15 cluster (Debian's postgresql-15):
#   scripts/with-postgres.sh [--own] [--durable] COMMAND...
# initdb makes the cluster in a new temporary folder, pg_ctl starts it on a free port, listening on
# 127.0.0.1 only (its socket in that folder too), and COMMAND runs with
#   TASKLANE_TEST_POSTGRES=postgresql://tasklane@127.0.0.1:PORT/postgres
# exported (a superuser, trust authentication: the tests create and drop a database per server),
# with TASKLANE_TEST_POSTGRES_DATA (the cluster's data directory) and TASKLANE_TEST_POSTGRES_PG_CTL
# (its pg_ctl) and TASKLANE_TEST_POSTGRES_OWNER (the user pg_ctl runs as, when not this one):
# postgresql.conf holds every setting, port included, so a plain
# `pg_ctl -D "$TASKLANE_TEST_POSTGRES_DATA" -w start` as the cluster's owner brings it back as it
# was after a stop (tests/support/TestPostgres does, to restart the database under a server).
# Afterwards the cluster is stopped and its folder deleted, whatever COMMAND did; the script exits
# with COMMAND's status. When TASKLANE_TEST_POSTGRES is set already, COMMAND just runs on that
# cluster, unless --own (or --durable) asks for a cluster of its own (a test that stops and
# starts its database must not do that to the cluster other tests run on at the same time).
# Nothing here uses Debian's own cluster (pg_createcluster, port 5432, /var/lib/postgresql):
# it may exist, run or not. initdb refuses to run as root, so as root the cluster belongs to the
# unprivileged `postgres` user that the package creates; otherwise to the caller.
# For speed, and only because the data is thrown away: fsync, synchronous_commit and
# full_page_writes are off (a crash of the machine could corrupt the cluster; a test run does not
# care), unless --durable keeps PostgreSQL's defaults (on), as a real deployment must: for the
# benchmark (bench/run-team-bench.sh), whose figures should be those of such a deployment. max_connections is high enough for ctest's parallel servers, each with its own
# connections, plus the tests' own.
set -euo pipefail
own=''
durable=''
while [ $# -gt 0 ]; do
  case $1 in
  --own) own=1 ;;
  --durable) durable=1 ;;
  *) break ;;
  esac
  shift
done
[ $# -gt 0 ] || { echo "usage: with-postgres.sh [--own] [--durable] COMMAND..." >&2; exit 2; }
# Inside a run that has a cluster already (a test that needs PostgreSQL in the PostgreSQL pass),
# that one serves.
if [ -n "${TASKLANE_TEST_POSTGRES:-}" ] && [ -z "$own" ] && [ -z "$durable" ]; then
  exec "$@"
fi

bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || {
  echo "with-postgres: $bin/initdb not found (install postgresql-15: scripts/install-deps.sh)" >&2
  exit 1
}

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(runuser -u postgres --)
fi

cluster=$(mktemp -d "${TMPDIR:-/tmp}/tasklane-pg.XXXXXX")
chmod 700 "$cluster"
[ ${#as_owner[@]} -eq 0 ] || chown postgres: "$cluster"

stop_cluster() {
  if [ -f "$cluster/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -A trust -U tasklane -E UTF8 \
  --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 || {
  cat "$cluster/initdb.log" >&2
  exit 1
}

# Every setting in postgresql.conf rather than on pg_ctl's command line, so that a plain
# `pg_ctl start` after a stop gives the same cluster (the port is added once it is known).
cat >>"$cluster/data/postgresql.conf" <<EOF
# with-postgres.sh
listen_addresses = '127.0.0.1'
unix_socket_directories = '$cluster'
max_connections = 400
EOF
if [ -z "$durable" ]; then
  printf '%s\n' 'fsync = off' 'synchronous_commit = off' 'full_page_writes = off' \
    >>"$cluster/data/postgresql.conf"
fi

# A port nobody listens on now. Another process may take it before the cluster does; then pg_ctl
# fails and the next port is tried.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port=
for _ in 1 2 3 4 5; do
  candidate=$(free_port)
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-p $candidate" start >/dev/null; then
    port=$candidate
    echo "port = $port" >>"$cluster/data/postgresql.conf"
    break
  fi
done
if [ -z "$port" ]; then
  echo "with-postgres: the cluster did not start; its log:" >&2
  cat "$cluster/server.log" >&2 || true
  exit 1
fi

export TASKLANE_TEST_POSTGRES="postgresql://tasklane@127.0.0.1:$port/postgres"
export TASKLANE_TEST_POSTGRES_DATA="$cluster/data" TASKLANE_TEST_POSTGRES_PG_CTL="$bin/pg_ctl"
# The user pg_ctl must run as: set when the cluster was made for `postgres` (we run as root).
export TASKLANE_TEST_POSTGRES_OWNER="${as_owner[*]:+postgres}"
echo "with-postgres: PostgreSQL 15 on 127.0.0.1:$port (cluster in $cluster)" >&2
# The status of COMMAND, not of the cleanup, is this script's.
status=0
"$@" || status=$?
exit "$status"
