#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted with the repository's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/tasklane-format.log; then
  grep -oE '^[^ :]+\.(cpp|h):[0-9]+:' /tmp/tasklane-format.log | cut -d: -f1 | sort -u | sed 's/^/needs clang-format: /' >&2
  echo "Run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
  exit 1
fi
echo "format: ${#files[@]} files clean"
