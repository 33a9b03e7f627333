#!/usr/bin/env bash
# HAProxy (Debian's) in front of several tasklane-server instances, the way a team runs them:
# TLS terminated with a certificate made here for 127.0.0.1/localhost by a throw-away CA,
# round-robin with no stickiness, X-Forwarded-For appended, health checks on GET /healthz.
# One place for the proxy's configuration: tests/support/TestProxy, scripts/run-team.sh and
# bench/run-team-bench.sh all start it through this script.
#
# Usage: team-proxy.sh DIR BACKEND_URL...   (BACKEND_URL: http://127.0.0.1:PORT)
#   DIR receives ca.crt (the only certificate a client must trust), server.pem and haproxy.cfg;
#   an existing ca.crt/server.pem in DIR are kept (run-team.sh keeps one CA across runs).
#   Prints "proxy listening on https://127.0.0.1:PORT" once it serves, then stays in the
#   foreground until SIGTERM/SIGINT, which stop haproxy.
# Environment: TEAM_PROXY_PORT (default: a free one, picked with retries), HAPROXY (haproxy).
#
# The proxy reaches the instances from 127.0.0.3, a loopback address of its own, so that the
# instances can trust it (--trusted-proxy 127.0.0.3) without trusting clients on 127.0.0.1:
# on one machine the client and the proxy would otherwise have the same address.
set -euo pipefail

fail() {
  echo "team-proxy: $*" >&2
  exit 1
}

[ $# -ge 2 ] || {
  echo "usage: team-proxy.sh DIR BACKEND_URL..." >&2
  exit 2
}
dir=$1
shift
mkdir -p "$dir"
haproxy_bin=${HAPROXY:-}
if [ -z "$haproxy_bin" ]; then
  haproxy_bin=$(PATH="$PATH:/usr/sbin:/sbin" command -v haproxy) \
    || fail "haproxy not found (Debian: apt-get install haproxy; scripts/install-deps.sh does)"
fi
command -v openssl >/dev/null || fail "openssl not found"
command -v curl >/dev/null || fail "curl not found"

# The CA signs only this one server certificate; both live two days.
if [ ! -s "$dir/ca.crt" ] || [ ! -s "$dir/server.pem" ]; then
  (
    cd "$dir"
    umask 077
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
      -keyout ca.key -out ca.crt -subj "/CN=Tasklane throw-away test CA" \
      -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
      -keyout server.key -out server.csr -subj "/CN=localhost" 2>/dev/null
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
      "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >server.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
      -extfile server.ext -out server.crt 2>/dev/null
    cat server.crt server.key >server.pem
    rm -f server.csr server.ext ca.srl server.key
  ) || fail "openssl could not make the test certificates in $dir"
fi

servers=
index=0
for backend in "$@"; do
  [[ $backend =~ ^http://([0-9.]+:[0-9]+)/?$ ]] || fail "not a backend URL: $backend"
  index=$((index + 1))
  # `source`: see above. `check`: GET /healthz every 500 ms, out after 2 failures.
  servers+="  server instance$index ${BASH_REMATCH[1]} check source 127.0.0.3"$'\n'
done

write_config() {
  cat >"$dir/haproxy.cfg" <<CFG
global
  maxconn 4096
  ssl-default-bind-options ssl-min-ver TLSv1.2

defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  timeout http-keep-alive 60s
  # Only a connection that was never made is retried (no retry-on: no layer-7 retries), the
  # last time on another instance: a request that reached an instance may have been acted on.
  retries 3
  option redispatch 1

frontend tasklane
  bind 127.0.0.1:$1 ssl crt $dir/server.pem
  # Appended to whatever the client sent; the instances read the chain right to left.
  option forwardfor
  http-request set-header X-Forwarded-Proto https
  default_backend instances

backend instances
  # No cookie, no hashing: every request may go to any instance.
  balance roundrobin
  http-reuse safe
  option httpchk GET /healthz
  http-check expect status 200
  default-server inter 500ms fall 2 rise 1
  # Which instance answered, for tests and for a person trying it.
  http-response set-header X-Tasklane-Instance %s
$servers
CFG
}

haproxy_pid=
# shellcheck disable=SC2317 # called by the trap
stop() {
  if [ -n "$haproxy_pid" ]; then
    kill "$haproxy_pid" 2>/dev/null || true
    wait "$haproxy_pid" 2>/dev/null || true
  fi
  exit 0
}
trap stop TERM INT

# haproxy cannot bind port 0: pick a port below Linux's ephemeral range (32768-60999, where
# outgoing connections take theirs) and try another when it is taken.
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=${TEAM_PROXY_PORT:-$((20000 + RANDOM % 12000))}
  write_config "$port"
  "$haproxy_bin" -db -f "$dir/haproxy.cfg" 2>"$dir/haproxy.log" &
  haproxy_pid=$!
  for _ in $(seq 1 100); do
    if curl -sS -o /dev/null --cacert "$dir/ca.crt" "https://127.0.0.1:$port/healthz" 2>/dev/null; then
      echo "proxy listening on https://127.0.0.1:$port"
      cat "$dir/haproxy.log" >&2
      wait "$haproxy_pid" || true
      haproxy_pid=
      exit 1
    fi
    kill -0 "$haproxy_pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$haproxy_pid" 2>/dev/null || true
  wait "$haproxy_pid" 2>/dev/null || true
  haproxy_pid=
  if [ -n "${TEAM_PROXY_PORT:-}" ] || ! grep -q 'Address already in use' "$dir/haproxy.log"; then
    fail "haproxy did not start (attempt $attempt, port $port): $(cat "$dir/haproxy.log")"
  fi
done
fail "no free port found for haproxy after 10 attempts"
