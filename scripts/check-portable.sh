#!/usr/bin/env bash
# Fails, naming file:line, when platform code leaks out of its platform files:
#  - a POSIX header included by a tracked C++ file not named *_posix.cpp,
#  - a Win32 header included by a file not named *_win.cpp,
#  - a hard-coded "/tmp" or "~/" path, or QDir::homePath(), in the app (app/, ui/, models/):
#    paths come from QStandardPaths and are joined with QDir::filePath.
# Platform code goes behind a small interface, Name.h + Name_posix.cpp + Name_win.cpp, picked in
# CMake with if(WIN32) (models/platform/, app/ProcessTie.h, tests/support/ProcessSignals.h).
#  - a *_win.cpp file that Debian's mingw-w64 cross compiler cannot parse (-fsyntax-only against
#    the system's Qt headers: catches wrong Win32 types, narrow strings, missing declarations;
#    not a Windows build, which needs a Windows Qt).
#   scripts/check-portable.sh [file...]    the given files instead of every tracked one
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.hpp' '*.cc' '*.cxx')
fi
[ ${#files[@]} -gt 0 ] || exit 0

posix_headers='unistd\.h|c?signal(\.h)?|fcntl\.h|sys/[a-z0-9_/]+\.h|pwd\.h|grp\.h|poll\.h|termios\.h'
posix_headers+='|dlfcn\.h|pthread\.h|spawn\.h|dirent\.h|netinet/[a-z0-9_]+\.h|arpa/[a-z0-9_]+\.h'
posix_headers+='|netdb\.h|syslog\.h|semaphore\.h|sched\.h|libgen\.h|fnmatch\.h|glob\.h|utmpx?\.h'
posix_headers+='|ifaddrs\.h|net/if\.h|mqueue\.h|aio\.h|wordexp\.h|crypt\.h|ucontext\.h|execinfo\.h'
posix_headers+='|mach/[a-z0-9_]+\.h|mach-o/[a-z0-9_]+\.h|linux/[a-z0-9_]+\.h'
win_headers='windows\.h|winsock2?\.h|ws2tcpip\.h|winbase\.h|winnt\.h|winuser\.h|winerror\.h'
win_headers+='|aclapi\.h|sddl\.h|accctrl\.h|shlobj\.h|shellapi\.h|objbase\.h|combaseapi\.h'
win_headers+='|tlhelp32\.h|psapi\.h|processthreadsapi\.h|io\.h|direct\.h|process\.h|conio\.h'
win_headers+='|wincrypt\.h|bcrypt\.h|ntstatus\.h|dbghelp\.h|userenv\.h|lmcons\.h|wtsapi32\.h'
include_of() { echo "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($1)[>\"]"; }

failures=0
report() { # what; reads file:line hits
  while IFS= read -r hit; do
    echo "$hit: $1" >&2
    failures=$((failures + 1))
  done
}
hits() { # pattern (extended regex), grep options; prints file:line
  grep -nHE "${@:2}" "$1" "${files[@]}" 2>/dev/null | cut -d: -f1,2 || true
}

report "POSIX header outside a *_posix.cpp file" < <(
  hits "$(include_of "$posix_headers")" -i | grep -vE '^[^:]*_posix\.cpp:' || true)
report "Win32 header outside a *_win.cpp file" < <(
  hits "$(include_of "$win_headers")" -i | grep -vE '^[^:]*_win\.cpp:' || true)
report "hard-coded /tmp or ~/ path or QDir::homePath() in the app: use QStandardPaths" < <(
  hits '"/tmp(/|")|"~/|QDir::homePath[[:space:]]*\(' | grep -E '^(app|ui|models)/' || true)

mingw=x86_64-w64-mingw32-g++-posix
win_sources=()
for file in "${files[@]}"; do
  [[ "$file" == *_win.cpp ]] && win_sources+=("$file")
done
if [ ${#win_sources[@]} -gt 0 ]; then
  if ! command -v "$mingw" >/dev/null; then
    echo "$mingw not found: install g++-mingw-w64-x86-64-posix (scripts/install-deps.sh)" >&2
    failures=$((failures + 1))
  else
    qt_headers=$(pkg-config --variable=includedir Qt6Core)
    flags=(-std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Werror
      -DUNICODE -D_UNICODE -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER
      -isystem "$qt_headers" -isystem "$qt_headers/QtCore" -Imodels/platform -Itests/support)
    # A file that parsed before, with the same headers beside it, the same flags and the same
    # compiler, is not parsed again (each parse of the Qt headers takes seconds).
    stamps=build/check-portable
    mkdir -p "$stamps"
    pids=()
    for file in "${win_sources[@]}"; do
      stamp="$stamps/$({ cat "$file" "$(dirname "$file")"/*.h models/platform/*.h 2>/dev/null
        echo "${flags[*]}"
        "$mingw" --version; } | sha256sum | cut -c1-32)"
      [ -f "$stamp" ] && continue
      log="$stamps/$(echo "$file" | tr / _).log"
      (if "$mingw" "${flags[@]}" -I"$(dirname "$file")" "$file" 2>"$log"; then touch "$stamp"
      else exit 1; fi) &
      pids+=("$!:$file:$log")
    done
    for entry in "${pids[@]}"; do
      IFS=: read -r pid file log <<<"$entry"
      if ! wait "$pid"; then
        sed 's/^/  /' "$log" | head -20 >&2
        echo "$file: does not compile for Windows (mingw-w64 -fsyntax-only)" >&2
        failures=$((failures + 1))
      fi
    done
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "portable: $failures problem(s); platform code belongs in Name_posix.cpp / Name_win.cpp" >&2
  exit 1
fi
echo "portable: ${#files[@]} files clean; ${#win_sources[@]} *_win.cpp files parse for Windows"
