#!/usr/bin/env bash
# Installs build/package/tasklane_<version>_<arch>.deb (made by scripts/package.sh) on this
# machine with apt, which resolves its dependencies, checks what it installed, then purges it
# and checks that nothing it installed is left. Each step says what it checked; the first
# failure stops the script with a non-zero exit. Runs as root (through sudo when started as
# another user); meant for the CI machine: it replaces an installed tasklane package.
#   scripts/check-package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() {
  printf 'check-package: FAILED: %s\n' "$*" >&2
  exit 1
}

# --- The app's window, run inside scripts/with-test-session.sh (D-Bus, keyring, throwaway
# HOME). Xvfb with the xcb platform, as on a desktop. Arguments: the screenshot to write and
# the WM_CLASS class the desktop entry expects.
if [ "${1:-}" = "--app-window" ]; then
  shot=$2
  expected_class=$3
  unset QT_QPA_PLATFORM
  export QT_QPA_PLATFORM=xcb
  # Xvfb picks a free display and writes its number to fd 3 once it accepts clients.
  Xvfb -displayfd 3 -screen 0 1024x720x24 -nolisten tcp 3>"$HOME/display" >"$HOME/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 300); do
    [ -s "$HOME/display" ] && break
    kill -0 "$xvfb" 2>/dev/null || fail "Xvfb did not start: $(cat "$HOME/xvfb.log")"
    sleep 0.1
  done
  [ -s "$HOME/display" ] || fail "Xvfb did not start within 30 s"
  export DISPLAY=":$(head -1 "$HOME/display")"
  /usr/bin/tasklane >"$HOME/app.log" 2>&1 &
  app=$!
  cleanup() {
    kill "$app" "$xvfb" 2>/dev/null || true
  }
  trap cleanup EXIT
  # The top-level window titled Tasklane, once mapped (waiting for the window, up to 60 s).
  window=
  for _ in $(seq 600); do
    window=$(xwininfo -root -children 2>/dev/null | awk '/"Tasklane": \("/ { print $1; exit }')
    if [ -n "$window" ] && xwininfo -id "$window" | grep -q 'Map State: IsViewable'; then
      break
    fi
    window=
    kill -0 "$app" 2>/dev/null || fail "the app ended before showing its window: $(cat "$HOME/app.log")"
    sleep 0.1
  done
  [ -n "$window" ] || fail "no window titled Tasklane within 60 s: $(cat "$HOME/app.log")"
  # An X11 desktop finds the window's desktop entry (its name and icon in the task switcher)
  # by the class in WM_CLASS: StartupWMClass of the entry, or else the entry's file name.
  wm_class=$(xprop -id "$window" WM_CLASS)
  echo "$wm_class"
  [[ "$wm_class" == *", \"$expected_class\"" ]] ||
    fail "WM_CLASS class is not \"$expected_class\" (StartupWMClass of the desktop entry)"
  # _NET_WM_ICON holds the window icon (width, height, pixels, for each size); Qt sets it only
  # when the app has one. Only the first size's width and height are read.
  icon=$(xprop -id "$window" -len 16 -f _NET_WM_ICON 32c ': $0 x $1' _NET_WM_ICON)
  [[ "$icon" =~ :\ ([0-9]+\ x\ [0-9]+)$ ]] || fail "the window has no icon (_NET_WM_ICON: $icon)"
  echo "_NET_WM_ICON: set, first size ${BASH_REMATCH[1]}"
  # Let the window finish painting: wait until two screenshots a moment apart agree.
  previous=
  for _ in $(seq 50); do
    xwd -id "$window" -silent | xwdtopnm 2>/dev/null | pnmtopng >"$shot.new"
    current=$(md5sum <"$shot.new")
    [ "$current" = "$previous" ] && break
    previous=$current
    sleep 0.2
  done
  mv "$shot.new" "$shot"
  # SIGTERM ends the event loop; the app quits cleanly with status 0.
  kill -TERM "$app"
  status=0
  wait "$app" || status=$?
  [ "$status" -eq 0 ] || fail "the app exited with status $status after SIGTERM: $(cat "$HOME/app.log")"
  echo "SIGTERM: the app quit with status 0"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || exec sudo -- "$0" "$@"
export DEBIAN_FRONTEND=noninteractive

version=$(sed -n 's/^project(Tasklane VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || fail "no version in project(Tasklane VERSION ...) of CMakeLists.txt"
deb=build/package/tasklane_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "$deb is missing (run scripts/package.sh)"

step "install $deb with apt"
if dpkg-query -W -f='${Status}' tasklane 2>/dev/null | grep -q "installed"; then
  apt-get purge -y -qq tasklane >/dev/null
fi
apt-get install -y -q --no-install-recommends "./$deb"
dpkg-query -W -f='${Status} ${Version}\n' tasklane | grep -q "^install ok installed $version$" ||
  fail "tasklane $version is not installed"
ok "tasklane $version installed; Depends: $(dpkg-query -W -f='${Depends}' tasklane)"

step "files the package installs"
expected=(
  /usr/bin/tasklane /usr/bin/tasklane-server
  /usr/share/applications/org.tasklane.Tasklane.desktop
  /usr/share/metainfo/org.tasklane.Tasklane.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/org.tasklane.Tasklane.svg
  /usr/share/man/man1/tasklane.1.gz /usr/share/man/man1/tasklane-server.1.gz
  /usr/share/doc/tasklane/copyright /usr/share/doc/tasklane/changelog.gz
  /usr/lib/systemd/system/tasklane-server.service /etc/default/tasklane-server
  "/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)/tasklane/tasklane-extras.so"
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.tasklane.Tasklane.png")
done
for file in "${expected[@]}"; do
  dpkg -L tasklane | grep -qx "$file" || fail "the package does not install $file"
  [ -f "$file" ] || fail "$file is listed but not on disk"
done
ok "${#expected[@]} files in place"
grep -qx /etc/default/tasklane-server /var/lib/dpkg/info/tasklane.conffiles ||
  fail "/etc/default/tasklane-server is not a conffile"
ok "/etc/default/tasklane-server is a conffile"
for page in tasklane tasklane-server; do
  man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null | grep . && fail "man page $page.1 has warnings"
  ok "man page $page.1 renders: $(MANWIDTH=80 man -l "/usr/share/man/man1/$page.1.gz" 2>/dev/null | sed -n 4p | sed 's/^ *//' | tr -s ' ')"
done

step "--version of both programs prints $version"
for program in tasklane tasklane-server; do
  printed=$("/usr/bin/$program" --version)
  [ "$printed" = "$program $version" ] || fail "/usr/bin/$program --version printed '$printed'"
  ok "/usr/bin/$program --version: $printed"
done

step "the extras module (printing, QR codes) is installed, loads, and is off the start path"
# ui/ExtrasModule.h: the app opens it on first Print or QR code, from the folder relative to
# /usr/bin that CMake installs it to; the program itself links neither Print Support nor
# qrcodegen (docs/startup-libraries.md).
module=$(dpkg -L tasklane | grep '/tasklane/tasklane-extras\.so$' || true)
[ -n "$module" ] || fail "the package does not install tasklane-extras.so"
loaded=$(/usr/bin/tasklane --check-modules) || fail "/usr/bin/tasklane --check-modules failed"
[ "$loaded" = "extras module: $module (QR encoding ok)" ] ||
  fail "tasklane --check-modules printed '$loaded', not the installed $module"
ok "$loaded"
needed=$(LC_ALL=C readelf -d /usr/bin/tasklane | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for library in libQt6PrintSupport libqrcodegencpp libQt6HttpServer libQt6WebSockets; do
  ! grep -q "^$library\." <<<"$needed" || fail "/usr/bin/tasklane still links $library"
done
ok "/usr/bin/tasklane needs $(wc -l <<<"$needed") libraries: $(xargs <<<"$needed")"
# Without the module, a clear sentence and a failure, not a crash (the dialogs say the same).
mv "$module" "$module.away"
status=0
missing=$(/usr/bin/tasklane --check-modules 2>&1) || status=$?
mv "$module.away" "$module"
if [ "$status" -ne 1 ] || ! grep -q "is missing (looked in $(dirname "$module"))" <<<"$missing"; then
  fail "without the module, --check-modules exited $status and said: $missing"
fi
ok "module moved away: exit 1, $(grep '^tasklane: ' <<<"$missing")"

step "desktop entry and AppStream metainfo validate"
desktop-file-validate /usr/share/applications/org.tasklane.Tasklane.desktop ||
  fail "desktop-file-validate"
ok "desktop-file-validate org.tasklane.Tasklane.desktop"
appstreamcli validate --pedantic --no-net --no-color \
  /usr/share/metainfo/org.tasklane.Tasklane.metainfo.xml || fail "appstreamcli validate --pedantic"
ok "appstreamcli validate --pedantic --no-net org.tasklane.Tasklane.metainfo.xml"

step "systemd unit"
unit=/usr/lib/systemd/system/tasklane-server.service
systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
ok "systemd-analyze verify $unit"
systemd-analyze security --offline=true --no-pager "$unit" | tail -1
if [ -d /run/systemd/system ]; then
  ! systemctl is-enabled --quiet tasklane-server.service || fail "the service is enabled"
  ! systemctl is-active --quiet tasklane-server.service || fail "the service is running"
  ok "the service is installed disabled and not running"
fi

step "lintian"
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v '^running with root privileges' || true)
[ -z "$lintian_out" ] || printf '%s\n' "$lintian_out"
errors=$(printf '%s\n' "$lintian_out" | grep -c '^E: ' || true)
[ "$errors" -eq 0 ] || fail "lintian reports $errors error(s)"
ok "lintian: no errors, $(printf '%s\n' "$lintian_out" | grep -c '^W: ' || true) warning(s)"

step "system user and the server running as it"
getent passwd tasklane-server >/dev/null || fail "no user tasklane-server"
uid=$(id -u tasklane-server)
[ "$uid" -lt 1000 ] || fail "tasklane-server is not a system user (uid $uid)"
[ "$(id -gn tasklane-server)" = tasklane-server ] || fail "the user's group is not tasklane-server"
ok "system user tasklane-server (uid $uid), group $(id -gn tasklane-server), home $(getent passwd tasklane-server | cut -d: -f6)"
data=/var/lib/tasklane-server
[ "$(stat -c '%U:%G %a' "$data")" = "tasklane-server:tasklane-server 700" ] ||
  fail "$data is $(stat -c '%U:%G %a' "$data"), not tasklane-server:tasklane-server 700"
ok "$data is owned by tasklane-server, mode 700"
runuser -u tasklane-server -- /usr/bin/tasklane-server --data-dir "$data" user list ||
  fail "tasklane-server user list as tasklane-server"
ok "runuser -u tasklane-server -- tasklane-server --data-dir $data user list"
# The service's command line with the options of /etc/default, on a free port (the last
# --listen wins), as the service's user with the service's umask: it must answer HTTP. setpriv
# execs the server in its own process, so SIGTERM reaches it as it would from systemd.
# shellcheck disable=SC1091
TASKLANE_SERVER_OPTS=$(. /etc/default/tasklane-server && echo "$TASKLANE_SERVER_OPTS")
log=$(mktemp)
# shellcheck disable=SC2086
setpriv --reuid=tasklane-server --regid=tasklane-server --init-groups \
  sh -c 'umask 0077 && exec "$@"' sh \
  /usr/bin/tasklane-server --data-dir "$data" $TASKLANE_SERVER_OPTS --listen 127.0.0.1:0 >"$log" 2>&1 &
server=$!
url=
for _ in $(seq 300); do
  url=$(sed -n 's/^tasklane-server listening on //p' "$log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || fail "the server ended: $(cat "$log")"
  sleep 0.1
done
[ -n "$url" ] || fail "the server did not start listening within 30 s: $(cat "$log")"
curl -fsS "$url/.well-known/oauth-authorization-server" | grep -q '"issuer"' ||
  fail "no OAuth metadata from $url"
ok "served $url/.well-known/oauth-authorization-server as tasklane-server"
kill -TERM "$server"
status=0
wait "$server" || status=$?
[ "$status" -eq 0 ] || fail "the server exited with status $status after SIGTERM: $(cat "$log")"
ok "SIGTERM: the server stopped with status 0"
rm -f "$log"
ls -la "$data"
for file in "$data"/*; do
  [ "$(stat -c '%U' "$file")" = tasklane-server ] || fail "$file belongs to $(stat -c '%U' "$file")"
done
# Only the user may enter the directory (700, checked above); the key is owner-only itself.
[ "$(stat -c '%a' "$data/secret.key")" = 600 ] || fail "$data/secret.key is not mode 600"
ok "the server's files in $data belong to tasklane-server; secret.key is mode 600"

step "the installed app starts to its main window with its icon (Xvfb, xcb)"
shot=$root/build/package/installed-app.png
rm -f "$shot"
desktop=/usr/share/applications/org.tasklane.Tasklane.desktop
wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop" | head -1)
"$root/scripts/with-test-session.sh" "$root/scripts/check-package.sh" --app-window "$shot" \
  "${wm_class:-org.tasklane.Tasklane}"
ok "screenshot: $shot ($(pngtopnm "$shot" | head -2 | tail -1 | tr ' ' x))"

step "purge"
listed=$(dpkg -L tasklane)
apt-get purge -y -q tasklane
left=()
while read -r path; do
  [ -n "$path" ] && [ "$path" != "/." ] || continue
  if [ -d "$path" ] && [ ! -L "$path" ]; then
    # A directory may stay when something else (another package, a user) keeps files in it.
    if [ -z "$(ls -A "$path")" ] && ! dpkg -S "$path" >/dev/null 2>&1; then
      left+=("$path/ (empty)")
    fi
  elif [ -e "$path" ] || [ -L "$path" ]; then
    left+=("$path")
  fi
done <<<"$listed"
[ ${#left[@]} -eq 0 ] || fail "left after purge: ${left[*]}"
[ ! -e /etc/default/tasklane-server ] || fail "/etc/default/tasklane-server left after purge"
ok "apt-get purge removed all $(grep -c . <<<"$listed") paths the package listed"
if [ -d "$data" ]; then
  echo "   kept on purge (by design): $data (the team's database and secret.key: $(ls "$data" | xargs))"
fi
if getent passwd tasklane-server >/dev/null; then
  echo "   kept on purge (by design): the system user and group tasklane-server, which own it"
fi

printf '\ncheck-package: all checks passed\n'
