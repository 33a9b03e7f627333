#!/usr/bin/env bash
# Updates the translation catalogues from the sources, keeping the translations already made,
# adding new messages as unfinished and dropping those no longer in the sources (-no-obsolete):
#   the app's:            lupdate app/ ui/ models/ -> every translations/tasklane_<lang>.ts
#   the server's pages':  lupdate server/          -> every translations/tasklane-server_<lang>.ts
# Line numbers are left out (-locations none) so a change elsewhere in a file does not touch the
# .ts.
#   scripts/update-translations.sh          every catalogue of both
#   scripts/update-translations.sh it pt_BR also creates tasklane_it.ts, tasklane-server_it.ts, ...
# See docs/translations.md (adding a language needs more than the .ts).
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)

# Each set of catalogues: the file name prefix and the source folders lupdate reads for it.
sets=("tasklane:app ui models" "tasklane-server:server")

for lang in "$@"; do
  if ! [[ "$lang" =~ ^[a-z]{2,3}(_[A-Z]{2})?$ ]]; then
    echo "update-translations: not a language code: $lang (e.g. de, pt_BR)" >&2
    exit 2
  fi
  for set in "${sets[@]}"; do
    read -r -a sources <<<"${set#*:}"
    ts=translations/${set%%:*}_$lang.ts
    if [ ! -e "$ts" ]; then
      # lupdate takes the target language from the file name's suffix.
      echo "update-translations: new catalogue $ts"
      "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" "${sources[@]}" \
        -ts "$ts"
    fi
  done
done

shopt -s nullglob
for set in "${sets[@]}"; do
  read -r -a sources <<<"${set#*:}"
  catalogues=(translations/"${set%%:*}"_*.ts)
  if [ ${#catalogues[@]} -eq 0 ]; then
    echo "update-translations: no translations/${set%%:*}_*.ts" >&2
    exit 1
  fi
  "$lupdate" -locations none -no-obsolete "${sources[@]}" -ts "${catalogues[@]}"
done
