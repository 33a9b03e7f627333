#!/usr/bin/env bash
# Updates the translation catalogues from the sources: lupdate reads app/, ui/ and models/ and
# rewrites every translations/tasklane_<lang>.ts, keeping the translations already made, adding
# new messages as unfinished and dropping those no longer in the sources (-no-obsolete). Line
# numbers are left out (-locations none) so a change elsewhere in a file does not touch the .ts.
#   scripts/update-translations.sh          every translations/tasklane_*.ts
#   scripts/update-translations.sh it pt_BR also creates tasklane_it.ts and tasklane_pt_BR.ts
# See docs/translations.md (adding a language needs more than the .ts).
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)

for lang in "$@"; do
  if ! [[ "$lang" =~ ^[a-z]{2,3}(_[A-Z]{2})?$ ]]; then
    echo "update-translations: not a language code: $lang (e.g. de, pt_BR)" >&2
    exit 2
  fi
  ts=translations/tasklane_$lang.ts
  if [ ! -e "$ts" ]; then
    # lupdate takes the target language from the file name's suffix.
    echo "update-translations: new catalogue $ts"
    "$lupdate" -silent -locations none -no-obsolete -target-language "$lang" app ui models -ts "$ts"
  fi
done

shopt -s nullglob
catalogues=(translations/tasklane_*.ts)
if [ ${#catalogues[@]} -eq 0 ]; then
  echo "update-translations: no translations/tasklane_*.ts" >&2
  exit 1
fi
"$lupdate" -locations none -no-obsolete app ui models -ts "${catalogues[@]}"
