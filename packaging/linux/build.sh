#!/usr/bin/env bash
# Build the Linux frozen app and its .deb, and prove both with the app's own smoke test.
#
#   packaging/linux/build.sh [--install]
#
# 1. installs the Debian tools it needs (apt-get, non-interactive) when they are missing;
# 2. makes a build venv (build/venv) with badgedesk installed from this tree (not editable) and PyInstaller;
# 3. freezes packaging/badgedesk.spec into build/dist/BadgeDesk (one folder);
# 4. runs the frozen app's --smoke-test under dbus-run-session with an unlocked gnome-keyring, and
#    fails unless the Secret Service backend really stored and read back a token;
# 5. makes build/badgedesk_VERSION_ARCH.deb: /opt/badgedesk, /usr/bin/badgedesk, a .desktop file
#    with the spreadsheet MIME types, AppStream metainfo, hicolor icons; validates the metadata;
# 6. with --install: installs the .deb, checks the MIME association and smoke-tests the installed copy.
#
# Timings and the folder's size are printed, and written to build/linux-build.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$ROOT/build"
HERE="$ROOT/packaging/linux"
INSTALL=0
[[ "${1:-}" == "--install" ]] && INSTALL=1
PYTHON="${PYTHON:-python3}"
APP_ID=org.badgedesk.BadgeDesk
REPORT="$BUILD/linux-build.txt"
mkdir -p "$BUILD"
: >"$REPORT"
say() { echo "build.sh: $*" | tee -a "$REPORT"; }
t0=$SECONDS
step() { say "$1 ($((SECONDS - t0)) s so far)"; }

# -- 1. tools ----------------------------------------------------------------------------------
need=()
command -v dbus-run-session >/dev/null || need+=(dbus dbus-bin)
command -v gnome-keyring-daemon >/dev/null || need+=(gnome-keyring)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v dpkg-deb >/dev/null || need+=(dpkg-dev)
command -v fakeroot >/dev/null || need+=(fakeroot)
# Qt's own run-time needs from the system (PySide6 wheels bundle Qt, not these).
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1; do
  ldconfig -p | grep -q "$lib" || need+=(libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libgl1)
done
if ((${#need[@]})); then
  step "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null
fi

# -- 2. build venv ------------------------------------------------------------------------------
step "build venv"
if [[ ! -x "$BUILD/venv/bin/python" ]]; then
  "$PYTHON" -m venv "$BUILD/venv"
fi
VPY="$BUILD/venv/bin/python"
"$VPY" -m pip install -q --upgrade pip >/dev/null
# Not editable: PyInstaller must see the package as a user's install has it (fixtures, resources).
"$VPY" -m pip install -q "$ROOT" "pyinstaller>=6.10"
"$VPY" -m pip install -q --force-reinstall --no-deps "$ROOT"  # this tree, even at an unchanged version
VERSION="$("$VPY" -c 'import badgedesk; print(badgedesk.__version__)')"

# -- 3. freeze --------------------------------------------------------------------------------
step "icons"
rm -rf "$BUILD/icons"
QT_QPA_PLATFORM=offscreen "$VPY" "$ROOT/packaging/render_icons.py" "$BUILD/icons" >/dev/null
step "PyInstaller"
f0=$SECONDS
(cd "$BUILD" && "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/badgedesk.spec")
FROZEN="$BUILD/dist/BadgeDesk"
say "frozen in $((SECONDS - f0)) s: $FROZEN"
# Every library and plugin left in the folder finds what it links to (in the folder or the system):
# proves the spec's exclusions took nothing that is still needed.
missing="$(find "$FROZEN" -name '*.so*' -type f -print0 | LD_LIBRARY_PATH="$FROZEN/_internal:$FROZEN/_internal/PySide6/Qt/lib" \
  xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | sort -u || true)"
if [[ -n "$missing" ]]; then
  say "libraries missing from the frozen folder:"; echo "$missing" | tee -a "$REPORT"; exit 1
fi
say "frozen folder size: $(du -sm "$FROZEN" | cut -f1) MB ($(find "$FROZEN" -type f | wc -l) files)"

# -- 4. smoke test the frozen app with a real Secret Service --------------------------------------
smoke() {  # smoke LABEL EXECUTABLE: the smoke test under a private D-Bus session with gnome-keyring
  local label="$1" exe="$2" out keyrings
  # A fresh keyring every time (gnome-keyring keeps it in XDG_DATA_HOME/keyrings): --unlock then
  # creates the login keyring with this password instead of failing on one made with another.
  keyrings="$(mktemp -d)"
  out="$(XDG_DATA_HOME="$keyrings" dbus-run-session -- sh -c \
    'printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$0" --smoke-test' \
    "$exe" 2>"$BUILD/smoke-$label.err")" || { echo "$out"; cat "$BUILD/smoke-$label.err" >&2; say "$label smoke test FAILED"; exit 1; }
  echo "$out" | sed "s/^/  [$label] /" | tee -a "$REPORT"
  rm -rf "$keyrings"
  grep -q "keychain: Secret Service" <<<"$out" || { say "$label: Secret Service was not used"; exit 1; }
}
step "smoke test of the frozen app"
smoke frozen "$FROZEN/badgedesk"

# -- 5. the .deb ------------------------------------------------------------------------------
step ".deb"
ARCH="$(dpkg --print-architecture)"
PKG="$BUILD/deb/badgedesk"
rm -rf "$BUILD/deb"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
  "$PKG/usr/share/icons" "$PKG/usr/share/doc/badgedesk"
cp -a "$FROZEN" "$PKG/opt/badgedesk"
cat >"$PKG/usr/bin/badgedesk" <<'SH'
#!/bin/sh
exec /opt/badgedesk/badgedesk "$@"
SH
chmod 755 "$PKG/usr/bin/badgedesk"
cp "$HERE/$APP_ID.desktop" "$PKG/usr/share/applications/"
cp "$HERE/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/"
cp -a "$BUILD/icons/hicolor" "$PKG/usr/share/icons/"
cat >"$PKG/usr/share/doc/badgedesk/copyright" <<'TXT'
BadgeDesk. License: MIT.
The bundled Qt (LGPLv3), PySide6 (LGPLv3) and Python (PSF) keep their own licences, in /opt/badgedesk/_internal.
TXT
desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net --pedantic "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null \
  || appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
SIZE_KB="$(du -sk "$PKG" | cut -f1)"
cat >"$PKG/DEBIAN/control" <<CTL
Package: badgedesk
Version: $VERSION
Architecture: $ARCH
Maintainer: BadgeDesk <badgedesk@example.org>
Installed-Size: $SIZE_KB
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xkb1, libx11-xcb1
Recommends: gnome-keyring | kwalletmanager, shared-mime-info, desktop-file-utils
Section: education
Priority: optional
Homepage: https://example.org/badgedesk
Description: issue digital badges to a cohort from a spreadsheet
 BadgeDesk issues digital badges to an event's cohort from the learner list,
 through a badge platform's API (Navigatr, Credly, Certifier, Badge Award
 Service), and keeps a journal so nothing is ever issued twice.
CTL
DEB="$BUILD/badgedesk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z1 --build "$PKG" "$DEB" >/dev/null
say ".deb: $DEB ($(du -sm "$DEB" | cut -f1) MB)"

# -- 6. install it and smoke-test the installed copy -----------------------------------------------
if ((INSTALL)); then
  step "installing the .deb"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --reinstall "$DEB" >/dev/null  # --reinstall: the same version may be there
  test -x /usr/bin/badgedesk && test -x /opt/badgedesk/badgedesk
  command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications
  for mime in application/vnd.openxmlformats-officedocument.spreadsheetml.sheet application/vnd.ms-excel \
    application/vnd.oasis.opendocument.spreadsheet text/csv; do
    grep -q "^$mime=.*$APP_ID.desktop" /usr/share/applications/mimeinfo.cache \
      || { say "no 'Open with BadgeDesk' for $mime in mimeinfo.cache"; exit 1; }
  done
  say "MIME association: .xlsx .xls .ods .csv open with $APP_ID.desktop"
  step "smoke test of the installed copy"
  smoke installed /usr/bin/badgedesk
fi
step "done"
