#!/usr/bin/env bash
# Builds Tasklane's Linux packages: build/package/tasklane_<version>_<arch>.deb and
# build/package/tasklane-<version>-Linux.tar.gz (a release build installed under /usr).
# scripts/check-package.sh installs and checks the .deb.
#   scripts/package.sh
# A compiler launcher such as ccache is used when CMAKE_CXX_COMPILER_LAUNCHER names one.
set -euo pipefail
cd "$(dirname "$0")/.."

"$(pwd)/scripts/install-deps.sh"

# Debian's hardening flags (stack protector, _FORTIFY_SOURCE, RELRO, BIND_NOW), as a package
# built by Debian's own tools gets them; read by CMake when it first configures the build.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
# -g left out: the packages ship stripped binaries, and it only slows the build.
CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS | sed 's/^-g //')"
LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
export CXXFLAGS LDFLAGS

echo "== configure and build: package"
cmake --preset package >/dev/null
cmake --build --preset package -j "$(nproc)"

echo "== cpack"
rm -f build/package/tasklane[_-]*
(cd build/package-build && cpack)
echo "== packages in build/package/"
ls -l build/package/tasklane_*.deb build/package/tasklane-*.tar.gz
