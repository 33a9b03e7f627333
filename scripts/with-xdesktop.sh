#!/usr/bin/env bash
# Runs a command on a real X desktop, for what the offscreen platform cannot show (a system tray,
# focus moving to another program): Xvfb on a free display, a system tray host, and DISPLAY and
# QT_QPA_PLATFORM=xcb exported for the command. Everything it started is stopped when the command
# ends, and the command's exit status is this script's.
#
# --tray=xembed (the default): trayer, an XEmbed tray that owns the _NET_SYSTEM_TRAY_S0
# selection, which Qt 6's xcb QSystemTrayIcon falls back to when no StatusNotifierWatcher is on
# the session bus (none is in scripts/with-test-session.sh's).
# --tray=sni: the tray of KDE, GNOME (AppIndicator), Xfce and LXQt: xfce4-panel with its Status
# Tray plugin, a StatusNotifierWatcher and host on the session bus (and an XEmbed tray too, as on
# those desktops), and dunst as the notification server (org.freedesktop.Notifications), set to
# run a notification's default action on a left click. Qt then makes a QDBusTrayIcon instead of
# an XEmbed icon. Their configuration is written into a temporary XDG_CONFIG_HOME that only they
# see (no first-run dialog, no user file read or written).
#
# No window manager: without one Qt gives focus itself (XSetInputFocus), and so can a test
# (xdotool windowfocus).
#
# Runs inside scripts/with-test-session.sh (its D-Bus session and keyring; --tray=sni makes one
# of its own inside), as ctest does for a test whose LAUNCHER is this script; not around it,
# which would set QT_QPA_PLATFORM=offscreen:
#   scripts/with-test-session.sh scripts/with-xdesktop.sh build/ci/tests/gui/tst_gui_xdesktop
#   scripts/with-test-session.sh scripts/with-xdesktop.sh --tray=sni build/ci/tests/gui/tst_gui_sni
# TASKLANE_XDESKTOP_SIZE sets the screen (default 1280x800).
set -euo pipefail
tray=xembed
case "${1:-}" in
  --tray=xembed | --tray=sni) tray=${1#--tray=}; shift ;;
  --tray=*) echo "with-xdesktop: unknown tray ${1#--tray=} (xembed or sni)" >&2; exit 2 ;;
esac
[ $# -gt 0 ] || { echo "usage: with-xdesktop.sh [--tray=xembed|sni] COMMAND..." >&2; exit 2; }
# The StatusNotifierItem desktop on a session bus of its own: its watcher and notification
# server would otherwise be on the bus every test under the same with-test-session.sh shares
# (ctest -j runs them side by side), and other tests' apps would take their tray and
# notifications for theirs. So this script runs again inside a with-test-session.sh of its own
# (a new bus, keyring and HOME), the command with it.
if [ "$tray" = sni ] && [ -z "${TASKLANE_XDESKTOP_OWN_BUS:-}" ]; then
  export TASKLANE_XDESKTOP_OWN_BUS=1
  here=$(cd "$(dirname "$0")" && pwd)
  exec "$here/with-test-session.sh" "$here/with-xdesktop.sh" --tray=sni "$@"
fi
# xfconfd is not on PATH: xfconf installs it in its multiarch library folder.
xfconfd=''
for candidate in /usr/lib/*/xfce4/xfconf/xfconfd; do [ -x "$candidate" ] && xfconfd=$candidate; done
if [ "$tray" = sni ]; then
  tools=(Xvfb python3 xfce4-panel dunst dbus-send "${xfconfd:-xfconfd}")
else
  tools=(Xvfb trayer python3)
fi
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null || { echo "with-xdesktop: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done

state=$(mktemp -d)
xvfb_pid='' started=()
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  # What runs on the display first, last started first: they are clients of the X server, which
  # would otherwise make them print errors.
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    kill "${started[i]}" 2>/dev/null || true
    wait "${started[i]}" 2>/dev/null || true
  done
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

# Waits until `$@` succeeds, 30 s at most, while the process `$pid` runs; says what `$what` is
# and shows `$log` if it does not come.
wait_for() {
  local what=$1 pid=$2 log=$3
  shift 3
  local deadline=$((SECONDS + 30))
  until "$@" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "with-xdesktop: $what did not start:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
}

# shellcheck disable=SC2317 # called through wait_for
has_owner() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetNameOwner string:"$1"
}

# shellcheck disable=SC2317 # called through wait_for
host_registered() {
  dbus-send --session --print-reply --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
    org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierWatcher \
    string:IsStatusNotifierHostRegistered | grep -q 'boolean true'
}

start_sni_desktop() {
  local config=$state/config
  mkdir -p "$config/xfce4/xfconf/xfce-perchannel-xml"
  # One panel in the top right corner (where trayer is in the other mode), as wide as what it
  # holds: the Status Tray plugin alone. A panel whose channel is set has no first-run dialog.
  cat >"$config/xfce4/xfconf/xfce-perchannel-xml/xfce4-panel.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=2;x=0;y=0"/>
      <property name="length" type="uint" value="1"/>
      <property name="length-adjust" type="bool" value="true"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="size" type="uint" value="32"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
XML
  # Notifications below the panel at the top right; a left click runs the notification's
  # default action (Qt's QDBusTrayIcon offers "default" for a Warning message, and its
  # ActionInvoked becomes QSystemTrayIcon::messageClicked) and closes it.
  cat >"$state/dunstrc" <<'INI'
[global]
    origin = top-right
    offset = 8x40
    width = 360
    font = DejaVu Sans 10
    frame_width = 1
    show_indicators = no
    icon_position = off
    mouse_left_click = do_action, close_current
    mouse_middle_click = close_current
    mouse_right_click = close_all
    history_length = 20
    sticky_history = yes
INI
  # xfconfd started here, not by D-Bus activation, which would start it in the bus's own
  # environment (the real HOME and XDG_CONFIG_HOME). No accessibility bus for the panel either.
  XDG_CONFIG_HOME=$config "$xfconfd" >"$state/xfconfd.log" 2>&1 &
  started+=($!)
  wait_for xfconfd "${started[-1]}" "$state/xfconfd.log" has_owner org.xfce.Xfconf
  dunst -config "$state/dunstrc" >"$state/dunst.log" 2>&1 &
  started+=($!)
  wait_for "dunst (org.freedesktop.Notifications)" "${started[-1]}" "$state/dunst.log" \
    has_owner org.freedesktop.Notifications
  XDG_CONFIG_HOME=$config NO_AT_BRIDGE=1 xfce4-panel --disable-wm-check >"$state/panel.log" 2>&1 &
  started+=($!)
  # Qt asks IsStatusNotifierHostRegistered once, when the first tray icon is made: the panel's
  # plugin must have registered its host with the watcher before the command starts.
  wait_for "the panel's StatusNotifierWatcher host" "${started[-1]}" "$state/panel.log" host_registered
}

start_xembed_tray() {
  # The tray at the top edge, a strip as high as the icons it holds.
  trayer --edge top --align right --widthtype request --height 32 >"$state/tray.log" 2>&1 &
  started+=($!)
  # The tray is there when the selection has an owner; a client that asks before that is told
  # there is no tray (QSystemTrayIcon::isSystemTrayAvailable() is false). Asked of Xlib by
  # ctypes: no X client in Debian prints a selection's owner.
  if ! python3 - "${started[-1]}" <<'EOF'
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
}

if [ "$tray" = sni ]; then start_sni_desktop; else start_xembed_tray; fi


export QT_QPA_PLATFORM=xcb
# Not exec: the traps above stop Xvfb and the tray when the command ends.
set +e
"$@"
status=$?
set -e
exit "$status"
