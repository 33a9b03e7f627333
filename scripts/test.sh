#!/usr/bin/env bash
# The README's test command: installs what is missing, checks formatting, portability and that the
# translation catalogues are up to date with the sources and complete for every shipped language
# (scripts/check-translations.sh), then
# builds and runs every test twice: once with warnings as errors (preset "ci"), once under
# AddressSanitizer and UndefinedBehaviorSanitizer (preset "asan"). Tests run offscreen inside a
# private D-Bus session with an unlocked gnome-keyring, so the keychain code talks to a real
# Secret Service.
# Then runs the whole server suite (label "server", preset "ci") a second time against a real
# PostgreSQL 15: a throw-away cluster made by scripts/with-postgres.sh, a database per server.
# Then builds the Linux packages (scripts/package.sh) and installs, checks and purges the .deb
# on this machine (scripts/check-package.sh, as root or through sudo).
#   scripts/test.sh            both configurations, the PostgreSQL pass, then the package
#   scripts/test.sh ci         one configuration (ci or asan); extra args go to ctest
#   scripts/test.sh postgres   the PostgreSQL pass only; extra args go to ctest
#   scripts/test.sh package    the package only
set -euo pipefail
cd "$(dirname "$0")/.."

"$(pwd)/scripts/install-deps.sh"
"$(pwd)/scripts/check-format.sh"
"$(pwd)/scripts/check-portable.sh"
# Every language that ships (TASKLANE_LANGUAGES in CMakeLists.txt) must be completely translated.
read -r -a languages <<<"$(sed -n 's/^set(TASKLANE_LANGUAGES \(.*\))$/\1/p' CMakeLists.txt)"
"$(pwd)/scripts/check-translations.sh" --complete "${languages[@]}"

presets=(ci asan)
postgres=yes
package=yes
if [ $# -gt 0 ] && [[ "$1" =~ ^(ci|asan)$ ]]; then
  presets=("$1")
  postgres=no
  package=no
  shift
elif [ $# -gt 0 ] && [ "$1" = postgres ]; then
  presets=()
  package=no
  shift
elif [ $# -gt 0 ] && [ "$1" = package ]; then
  presets=()
  postgres=no
  shift
fi

jobs=$(nproc)
for preset in "${presets[@]}"; do
  echo "== configure and build: $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== test: $preset"
  "$(pwd)/scripts/with-test-session.sh" ctest --preset "$preset" -j "$jobs" "$@"
done

if [ "$postgres" = yes ]; then
  echo "== configure and build: ci (for the PostgreSQL pass)"
  cmake --preset ci >/dev/null
  cmake --build --preset ci -j "$jobs"
  echo "== test: server against PostgreSQL 15 (ci)"
  started=$SECONDS
  "$(pwd)/scripts/with-postgres.sh" "$(pwd)/scripts/with-test-session.sh" \
    ctest --preset ci -L server -j "$jobs" "$@"
  echo "== the PostgreSQL pass took $((SECONDS - started)) s"
fi

if [ "$package" = yes ]; then
  echo "== package"
  "$(pwd)/scripts/package.sh"
  echo "== check the package"
  "$(pwd)/scripts/check-package.sh"
fi
