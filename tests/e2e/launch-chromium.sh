#!/bin/sh
# The browser command of the e2e tests:
#   launch-chromium.sh STATE_DIR OWNER_PID PROGRAM ARGS... URL
# Starts the browser, records its process id in STATE_DIR/pid (Debian's /usr/bin/chromium execs
# the real binary, so that is the browser itself) and its chatter in STATE_DIR/browser.log. The
# test ends the browser when it is done; should the test process (OWNER_PID) die first, crashed
# or killed by a timeout, this ends the browser within a second or two instead.
set -u
state=$1
owner=$2
shift 2

"$@" >>"$state/browser.log" 2>&1 &
browser=$!
echo "$browser" >"$state/pid.tmp"
mv "$state/pid.tmp" "$state/pid"

(
  while kill -0 "$owner" 2>/dev/null; do sleep 1; done
  kill -TERM "$browser" 2>/dev/null
  sleep 10
  kill -KILL "$browser" 2>/dev/null
) &
watchdog=$!

wait "$browser"
kill "$watchdog" 2>/dev/null
