#!/usr/bin/env bash
# Installs the Debian 12 packages Tasklane needs to build, run and test.
# Idempotent: packages already present are left alone, so a second run is quick.
# postgresql-15 is for scripts/with-postgres.sh, which makes its own throw-away cluster; the default
# cluster the package may create (port 5432) is neither used nor needed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git curl ca-certificates openssl
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev
  libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libgl-dev libxkbcommon-dev
  qtkeychain-qt6-dev libqrcodegencpp-dev libsodium-dev libssl-dev libcbor-dev
  dbus gnome-keyring libsecret-tools
  qt6-translations-l10n python3
  xvfb xauth fonts-dejavu-core trayer xdotool xfce4-panel dunst
  clang-format oathtool zbar-tools wrk sqlite3 haproxy
  postgresql-15 postgresql-client-15
  g++-mingw-w64-x86-64-posix
  chromium
  librsvg2-bin icoutils icnsutils desktop-file-utils appstream optipng x11-utils
  lintian systemd man-db dpkg-dev fakeroot file x11-apps netpbm
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
