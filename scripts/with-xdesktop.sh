#!/usr/bin/env bash
# Runs a command on a real X desktop, for what the offscreen platform cannot show (a system tray,
# focus moving to another program): Xvfb on a free display, trayer as the system tray host, and
# DISPLAY and QT_QPA_PLATFORM=xcb exported for the command. Everything it started is stopped when
# the command ends, and the command's exit status is this script's.
#
# trayer is an XEmbed tray: it owns the _NET_SYSTEM_TRAY_S0 selection, which Qt 6's xcb
# QSystemTrayIcon falls back to when no StatusNotifierWatcher is on the session bus (none is in
# scripts/with-test-session.sh's). No window manager: without one Qt gives focus itself
# (XSetInputFocus), and so can a test (xdotool windowfocus).
#
# Runs inside scripts/with-test-session.sh (its D-Bus session and keyring), as ctest does for a
# test whose LAUNCHER is this script; not around it, which would set QT_QPA_PLATFORM=offscreen:
#   scripts/with-test-session.sh scripts/with-xdesktop.sh build/ci/tests/gui/tst_gui_xdesktop
# TASKLANE_XDESKTOP_SIZE sets the screen (default 1280x800).
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: with-xdesktop.sh COMMAND..." >&2; exit 2; }
for tool in Xvfb trayer python3; do
  command -v "$tool" >/dev/null || { echo "with-xdesktop: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

state=$(mktemp -d)
xvfb_pid='' tray_pid=''
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  # The tray first: it is a client of the X server, which would otherwise make it print errors.
  [ -z "$tray_pid" ] || { kill "$tray_pid" 2>/dev/null || true; wait "$tray_pid" 2>/dev/null || true; }
  [ -z "$xvfb_pid" ] || { kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; }
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# -displayfd: Xvfb picks a free display itself and writes its number once it accepts clients.
mkfifo "$state/display"
Xvfb -displayfd 3 -screen 0 "${TASKLANE_XDESKTOP_SIZE:-1280x800}x24" -nolisten tcp \
  3>"$state/display" 2>"$state/xvfb.log" &
xvfb_pid=$!
display=''
read -r display <"$state/display" || true
if [ -z "$display" ]; then
  echo "with-xdesktop: Xvfb did not start:" >&2
  cat "$state/xvfb.log" >&2
  exit 1
fi
export DISPLAY=":$display"

# The tray at the top edge, a strip as high as the icons it holds.
trayer --edge top --align right --widthtype request --height 32 >"$state/tray.log" 2>&1 &
tray_pid=$!

# The tray is there when the selection has an owner; a client that asks before that is told
# there is no tray (QSystemTrayIcon::isSystemTrayAvailable() is false). Asked of Xlib by ctypes:
# no X client in Debian prints a selection's owner.
if ! python3 - "$tray_pid" <<'EOF'
import ctypes, os, sys, time
xlib = ctypes.CDLL("libX11.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
xlib.XInternAtom.restype = ctypes.c_ulong
xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
xlib.XGetSelectionOwner.restype = ctypes.c_ulong
xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
display = xlib.XOpenDisplay(None)
if not display:
    sys.exit("cannot open the display")
selection = xlib.XInternAtom(display, b"_NET_SYSTEM_TRAY_S0", 0)
deadline = time.monotonic() + 30
while not xlib.XGetSelectionOwner(display, selection):
    try:
        os.kill(int(sys.argv[1]), 0)
    except ProcessLookupError:
        sys.exit("trayer ended")
    if time.monotonic() > deadline:
        sys.exit("no tray after 30 s")
    time.sleep(0.05)
EOF
then
  echo "with-xdesktop: the tray did not start:" >&2
  cat "$state/tray.log" >&2
  exit 1
fi

export QT_QPA_PLATFORM=xcb
# Not exec: the traps above stop Xvfb and the tray when the command ends.
set +e
"$@"
status=$?
set -e
exit "$status"
