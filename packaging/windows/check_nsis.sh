#!/usr/bin/env bash
# Compile installer.nsi with Debian's makensis against a stub payload, so a broken script fails CI.
# It proves the script compiles (syntax, includes, plugins, version info); it cannot run it:
# that needs Windows (see packaging/README.md).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
if ! command -v makensis >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nsis >/dev/null
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PAYLOAD="$WORK/BadgeDesk"
mkdir -p "$PAYLOAD/_internal"
printf 'stub' >"$PAYLOAD/badgedesk.exe"
printf 'stub' >"$PAYLOAD/badgedesk-cli.exe"
printf 'stub' >"$PAYLOAD/_internal/base_library.zip"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/badgedesk/__init__.py")"
ICON_ARG=()
if python -c 'import PySide6.QtSvg' 2>/dev/null; then  # the real icon, where Qt can render it
  QT_QPA_PLATFORM=offscreen python "$ROOT/packaging/render_icons.py" "$WORK/icons" >/dev/null
  ICON_ARG=("-DICON=$WORK/icons/badgedesk.ico")
fi
OUT="$WORK/BadgeDesk-$VERSION-setup.exe"
# -WX: a warning (an unused variable, a missing file, a bad page macro) fails the check too.
makensis -V2 -WX "-DVERSION=$VERSION" "-DPAYLOAD=$PAYLOAD" "-DOUTFILE=$OUT" "${ICON_ARG[@]}" "$HERE/installer.nsi"
test -s "$OUT"
echo "check_nsis.sh: installer.nsi compiles (version $VERSION): $(du -k "$OUT" | cut -f1) KB against a stub payload"
