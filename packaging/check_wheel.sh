#!/usr/bin/env bash
# Build the wheel with `pip wheel .`, install it into a clean venv (or with `uv tool install` where uv
# exists), and run the installed `badgedesk --smoke-test` from outside the source tree, so only
# what the wheel carries (code, simulator fixtures, resources) can be used.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
t0=$SECONDS

"$PYTHON" -m pip wheel -q --no-deps -w "$WORK/wheel" "$ROOT"
WHEEL="$(ls "$WORK"/wheel/badgedesk-*.whl)"
echo "check_wheel.sh: built $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) KB)"

# The package data the app needs at run time must be in the wheel.
"$PYTHON" - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = [f"badgedesk/platforms/fixtures/{p}/" for p in ("navigatr", "credly", "certifier", "award_service")]
need += ["badgedesk/resources/badgedesk.svg", "badgedesk/resources/sample-cohort.xlsx",
         "badgedesk/resources/sample-cohort.csv", "badgedesk/smoke.py", "badgedesk/gui/single_instance.py"]
missing = [n for n in need if not any(name.startswith(n) for name in names)]
if missing:
    sys.exit(f"check_wheel.sh: missing from the wheel: {', '.join(missing)}")
if any(name.startswith("tests/") for name in names):
    sys.exit("check_wheel.sh: the tests are in the wheel")
print(f"check_wheel.sh: {len(names)} files, fixtures and resources present")
PY

if command -v uv >/dev/null; then
  export UV_TOOL_DIR="$WORK/uv-tools" UV_TOOL_BIN_DIR="$WORK/bin"
  uv tool install -q --python "$PYTHON" "$WHEEL"
  BADGEDESK="$WORK/bin/badgedesk"
  how="uv tool install"
else
  "$PYTHON" -m venv "$WORK/venv"
  "$WORK/venv/bin/python" -m pip install -q "$WHEEL"
  BADGEDESK="$WORK/venv/bin/badgedesk"
  how="a clean venv"
fi
cd "$WORK"  # not the source tree: nothing can be imported from it
env -u PYTHONPATH "$BADGEDESK" --smoke-test 2>"$WORK/smoke.err" \
  | sed 's/^/  [wheel] /' || { cat "$WORK/smoke.err" >&2; echo "check_wheel.sh: smoke test FAILED" >&2; exit 1; }
echo "check_wheel.sh: installed with $how; its smoke test passed ($((SECONDS - t0)) s)"
