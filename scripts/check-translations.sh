#!/usr/bin/env bash
# Checks the translation catalogues: the app's translations/tasklane_<lang>.ts (from app/, ui/ and
# models/) and the server pages' translations/tasklane-server_<lang>.ts (from server/).
#   scripts/check-translations.sh
#       Fails when a .ts is out of date with the sources: lupdate (as
#       scripts/update-translations.sh runs it) into a temporary copy of each must leave it
#       unchanged. Names the file and shows the start of the difference. Run by scripts/test.sh.
#   scripts/check-translations.sh --complete de fr es
#       Also fails when a message of one of these languages (in either set of catalogues) is
#       unfinished or empty, when a plural (%n) message lacks one of the language's forms, or when
#       a translation's placeholders (%1..%99, %L1, %n) differ from its source text's. Lists every
#       such message.
# Run from anywhere; exits 1 on the first kind of failure found, 2 on usage errors.
set -euo pipefail
cd "$(dirname "$0")/.."

complete=()
if [ $# -gt 0 ]; then
  if [ "$1" != --complete ] || [ $# -lt 2 ]; then
    echo "usage: $0 [--complete LANG...]" >&2
    exit 2
  fi
  shift
  complete=("$@")
fi
# For trying this script on fixtures: another folder of catalogues, other source folders.
dir=${TASKLANE_TRANSLATIONS_DIR:-translations}
# Each set of catalogues: the file name prefix and the source folders lupdate reads for it.
sets=("tasklane:${TASKLANE_TRANSLATION_SOURCES:-app ui models}"
      "tasklane-server:${TASKLANE_SERVER_TRANSLATION_SOURCES:-server}")

lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)

shopt -s nullglob
for set in "${sets[@]}"; do
  found=("$dir/${set%%:*}"_*.ts)
  if [ ${#found[@]} -eq 0 ]; then
    echo "check-translations: no $dir/${set%%:*}_*.ts" >&2
    exit 1
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# (a) Up to date with the sources.
stale=0
catalogueCount=0
for set in "${sets[@]}"; do
  prefix=${set%%:*}
  read -r -a sources <<<"${set#*:}"
  catalogues=("$dir/$prefix"_*.ts)
  catalogueCount=$((catalogueCount + ${#catalogues[@]}))
  mkdir "$tmp/$prefix"
  copies=()
  for ts in "${catalogues[@]}"; do
    cp "$ts" "$tmp/$prefix/"
    copies+=("$tmp/$prefix/$(basename "$ts")")
  done
  if ! "$lupdate" -silent -locations none -no-obsolete "${sources[@]}" -ts "${copies[@]}" \
      >"$tmp/lupdate.log" 2>&1 || grep -q -i "warning\|error" "$tmp/lupdate.log"; then
    cat "$tmp/lupdate.log" >&2
    echo "check-translations: lupdate failed or warned (above)" >&2
    exit 1
  fi
  for ts in "${catalogues[@]}"; do
    if ! diff -q "$ts" "$tmp/$prefix/$(basename "$ts")" >/dev/null; then
      echo "check-translations: $ts is out of date with the sources (${sources[*]}):" >&2
      diff -u "$ts" "$tmp/$prefix/$(basename "$ts")" | head -n 30 >&2 || true
      stale=1
    fi
  done
done
if [ "$stale" -ne 0 ]; then
  echo "check-translations: run scripts/update-translations.sh and commit the .ts files" >&2
  exit 1
fi

[ ${#complete[@]} -gt 0 ] || { echo "check-translations: $catalogueCount catalogues up to date"; exit 0; }

# (b) Complete. How many plural forms each language has, as lupdate writes them (Qt's rules).
forms=()
mkdir "$tmp/probe"
printf '%s\n' '#include <QCoreApplication>' \
  'QString f(int n) { return QCoreApplication::translate("c", "%n x", nullptr, n); }' \
  >"$tmp/probe/probe.cpp"
for lang in "${complete[@]}"; do
  "$lupdate" -silent -target-language "$lang" "$tmp/probe" -ts "$tmp/probe/probe_$lang.ts" \
    >/dev/null 2>&1
  for set in "${sets[@]}"; do
    ts=$dir/${set%%:*}_$lang.ts
    if [ ! -f "$ts" ]; then
      echo "check-translations: no $ts for language $lang" >&2
      exit 1
    fi
    forms+=("$ts=$(grep -c '<numerusform' "$tmp/probe/probe_$lang.ts")")
  done
done

python3 - "${forms[@]}" <<'EOF'
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


failed = False
for argument in sys.argv[1:]:
    path, count = argument.rsplit("=", 1)
    count = int(count)
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            where = f'{name}: "{source[:60]}"'
            if translation is None or kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
                if len(texts) < count or any(not text.strip() for text in texts):
                    problems.append(f"{where}: needs {count} plural forms, "
                                    f"has {sum(1 for t in texts if t.strip())}")
                    continue
            else:
                texts = [translation.text or ""]
                if not texts[0].strip():
                    problems.append(f"{where}: empty")
                    continue
            expected = placeholders(source)
            for text in texts:
                if placeholders(text) != expected:
                    found = " ".join(placeholders(text)) or "none"
                    problems.append(f'{where}: placeholders {found} in "{text[:60]}", '
                                    f'source has {" ".join(expected) or "none"}')
    if problems:
        failed = True
        print(f"check-translations: {path}: {len(problems)} incomplete messages", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
    else:
        print(f"check-translations: {path} complete")
sys.exit(1 if failed else 0)
EOF
