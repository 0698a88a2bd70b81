"""Refresh BadgeDesk's translations: ``python -m badgedesk.i18n update`` (a developer's tool).

``update`` runs ``pyside6-lupdate`` over every ``badgedesk/gui/**/*.py`` (each ``tr()``,
``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP``) plus the texts the platform registry
supplies (context "Platforms": field labels, help, environment names), merging them into
``resources/translations/badgedesk_<lang>.ts``; strings that vanished from the code are dropped,
new ones arrive unfinished. Then ``pyside6-lrelease`` builds the ``.qm`` files the app loads.

``check`` changes nothing: it says which strings are unfinished, and exits 1 when any are (or when
a ``.ts`` file is behind the code).

No Qt is imported here: the tools run as subprocesses. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "badgedesk" / "gui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "nb")  # besides English, the language of the source strings
PLATFORM_CONTEXT = "Platforms"
# The registry's attributes that the GUI shows through platform_text() (connection_fields.py).
PLATFORM_ATTRIBUTES = ("label", "help", "placeholder", "unavailable_reason", "badge_label", "token_help")


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"badgedesk_{language}.ts"


def qm_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"badgedesk_{language}.qm"


def sources() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def platform_texts() -> list[str]:
    """Every text of the platform registry that the GUI passes through the "Platforms" context."""
    from badgedesk.platforms import registry

    found: set[str] = set()

    def walk(value: object, attribute: str = "") -> None:
        if isinstance(value, str):
            if attribute in PLATFORM_ATTRIBUTES and value.strip():
                found.add(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item, attribute)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), f.name)

    for spec in registry.all_platforms():
        for f in dataclasses.fields(spec):
            if f.name != "label":  # the platform's own name is never translated
                walk(getattr(spec, f.name), f.name)
    return sorted(found)


def _platform_source(folder: Path) -> Path:
    """A generated Python file naming the registry's texts, for lupdate to read."""
    path = folder / "platform_texts.py"
    lines = [
        f"QT_TRANSLATE_NOOP({PLATFORM_CONTEXT!r}, {json.dumps(t, ensure_ascii=False)})"
        for t in platform_texts()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not on PATH (it comes with PySide6: pip install pyside6)")
    return found


def lupdate(ts_files: list[Path], extra: tuple[Path, ...] = ()) -> str:
    """Merge the current source strings (and those of ``extra`` files) into ``ts_files`` (created when
    missing); lupdate's report."""
    with tempfile.TemporaryDirectory(prefix="badgedesk-lupdate-") as tmp:
        files = [str(p) for p in (*sources(), *extra)] + [str(_platform_source(Path(tmp)))]
        out = []
        for ts in ts_files:
            language = ts.stem.rsplit("_", 1)[-1]
            proc = subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *files,
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-ts",
                    str(ts),
                ],
                capture_output=True,
                text=True,
            )
            if proc.returncode != 0:
                raise SystemExit(f"lupdate failed for {ts.name}:\n{proc.stdout}{proc.stderr}")
            out.append(proc.stdout + proc.stderr)
        return "".join(out)


def lrelease(ts: Path, qm: Path) -> str:
    proc = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts.name}:\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr


@dataclasses.dataclass
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    numerus: bool = False


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None:
                text, kind = "", "unfinished"
            elif message.get("numerus") == "yes":
                text = "\n".join(f.text or "" for f in element.iter("numerusform"))
                kind = element.get("type", "")
            else:
                text, kind = element.text or "", element.get("type", "")
            found.append(
                Message(name, message.findtext("source") or "", text, kind, message.get("numerus") == "yes")
            )
    return found


def unfinished(ts: Path) -> list[Message]:
    return [m for m in messages(ts) if m.kind or not m.translation]


def update(folder: Path = TS_DIR, languages: tuple[str, ...] = LANGUAGES, release: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = [ts_path(lang, folder) for lang in languages]
    print(lupdate(files).strip())
    if release:
        for lang in languages:
            print(lrelease(ts_path(lang, folder), qm_path(lang, folder)).strip())
    for ts in files:
        todo = unfinished(ts)
        print(f"{ts.name}: {len(messages(ts))} strings, {len(todo)} to translate")


def check(folder: Path = TS_DIR, languages: tuple[str, ...] = LANGUAGES) -> int:
    """1 when a .ts file is behind the code or has an unfinished string (each is listed)."""
    with tempfile.TemporaryDirectory(prefix="badgedesk-i18n-check-") as tmp:
        copies = []
        for lang in languages:
            copy = ts_path(lang, Path(tmp))
            shutil.copy(ts_path(lang, folder), copy)
            copies.append(copy)
        lupdate(copies)
        bad = 0
        for lang, copy in zip(languages, copies, strict=True):
            for m in unfinished(copy):
                bad += 1
                print(f"{lang}: [{m.context}] {m.source!r}: {m.kind or 'empty'}")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m badgedesk.i18n", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "check"))
    parser.add_argument("--no-release", action="store_true", help="update the .ts files only")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(release=not args.no_release)
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
