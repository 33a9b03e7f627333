#!/usr/bin/env bash
# Renders every icon Tasklane ships from the hand-drawn SVG sources beside this script, with
# Debian tools (librsvg2-bin, icoutils, icnsutils: scripts/install-deps.sh). The output is
# checked in under generated/, so Windows and macOS builds need none of these tools.
#   resources/icons/generate.sh           writes generated/ (run it after changing an SVG)
#   resources/icons/generate.sh DIR       writes into DIR instead
#   resources/icons/generate.sh --check   renders into a temporary folder and fails when
#                                         generated/ differs from it (ctest resources_icons)
# The check compares bytes: rsvg-convert, icotool and png2icns give identical files run after
# run. A different librsvg (another Debian release) may change pixels; then run this script
# again and commit the result.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

appId=org.tasklane.Tasklane
# The freedesktop icon theme sizes (installed to hicolor; all of them in the window icon too).
appSizes=(16 22 24 32 48 64 128 256 512)
# Windows: what Explorer and the taskbar ask for. 256 is stored as PNG (a BMP would be 256 KB).
icoSizes=(16 24 32 48 64)
icoRawSizes=(256)
# macOS: the sizes png2icns has a type for.
icnsSizes=(16 32 48 128 256 512)
# The fallback toolbar theme: menus (16), toolbars (24), and both at twice the pixel density.
actionSizes=(16 24 32 48)

render() { # svg size out.png
  rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --output "$3" "$1"
}

generate() { # outdir
  local out="$1" size work name
  work="$(mktemp -d)"
  # shellcheck disable=SC2064 # expand now: $work is local
  trap "rm -rf '$work'" RETURN
  rm -rf "$out/hicolor" "$out/tasklane" "$out/tasklane.ico" "$out/tasklane.icns"
  mkdir -p "$out"

  for size in "${appSizes[@]}"; do
    mkdir -p "$out/hicolor/${size}x${size}/apps"
    render "$here/$appId.svg" "$size" "$out/hicolor/${size}x${size}/apps/$appId.png"
  done

  local icoArgs=()
  for size in "${icoSizes[@]}"; do
    render "$here/$appId.svg" "$size" "$work/$size.png"
    icoArgs+=("$work/$size.png")
  done
  for size in "${icoRawSizes[@]}"; do
    render "$here/$appId.svg" "$size" "$work/$size.png"
    icoArgs+=(--raw="$work/$size.png")
  done
  icotool --create --output="$out/tasklane.ico" "${icoArgs[@]}"

  local icnsArgs=()
  for size in "${icnsSizes[@]}"; do
    render "$here/$appId.svg" "$size" "$work/$size.png"
    icnsArgs+=("$work/$size.png")
  done
  png2icns "$out/tasklane.icns" "${icnsArgs[@]}" >/dev/null

  # A complete icon theme named "tasklane" (ui/AppIcons.cpp makes it Qt's fallback theme).
  local dirs=()
  for size in "${actionSizes[@]}"; do
    dirs+=("${size}x${size}/actions")
    mkdir -p "$out/tasklane/${size}x${size}/actions"
    for svg in "$here"/actions/*.svg; do
      name="$(basename "$svg" .svg)"
      render "$svg" "$size" "$out/tasklane/${size}x${size}/actions/$name.png"
    done
  done
  {
    echo "[Icon Theme]"
    echo "Name=Tasklane"
    echo "Comment=Tasklane's own icons, used where the desktop's theme has none"
    echo "Directories=$(IFS=,; echo "${dirs[*]}")"
    for size in "${actionSizes[@]}"; do
      echo
      echo "[${size}x${size}/actions]"
      echo "Size=$size"
      echo "Context=Actions"
      echo "Type=Fixed"
    done
  } >"$out/tasklane/index.theme"
}

case "${1:-}" in
  --check)
    fresh="$(mktemp -d)"
    trap 'rm -rf "$fresh"' EXIT
    generate "$fresh"
    if ! diff -r "$here/generated" "$fresh" >/dev/null; then
      echo "generate.sh: resources/icons/generated/ is not what the SVG sources give now:" >&2
      diff -rq "$here/generated" "$fresh" | sed "s|$fresh|(fresh render)|" >&2 || true
      echo "Run resources/icons/generate.sh and commit the result." >&2
      exit 1
    fi
    echo "generate.sh: generated/ matches the SVG sources"
    ;;
  "")
    generate "$here/generated"
    ;;
  *)
    generate "$1"
    ;;
esac
