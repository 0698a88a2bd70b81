"""Every user-facing string in the GUI goes through tr(): a bare literal in a widget call is a defect."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "badgedesk" / "gui"
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "addMenu",
    "setStatusTip",
    "setTitle",
    "setAccessibleName",
    "showMessage",
    "setWhatsThis",
    "setLabelText",
    "setInformativeText",
    "addTab",
}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton"}
DIALOGS = {"information", "warning", "question", "critical", "about", "getText", "getItem"}
ALLOWED = {"BadgeDesk", "…", "✔", "✖", "⚠", "?", "–", "=", "!", "•", "⊘"}


def _is_bare_text(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(c.isalpha() for c in node.value)
        and node.value.strip() not in ALLOWED
    )


def offenders(folder: Path = GUI) -> list[str]:
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in TEXT_SETTERS or name in TEXT_WIDGETS:
                args = node.args[:1]
            elif name in DIALOGS:
                args = node.args[1:3]  # (parent, title, text)
            else:
                continue
            found += [
                f"{path.name}:{node.lineno} {name}({ast.unparse(a)[:50]})" for a in args if _is_bare_text(a)
            ]
    return found


def test_gui_strings_are_translatable():
    assert offenders() == []


def test_the_check_catches_a_bare_string(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "label = QLabel('Hello there')\nbox.setText(f'{n} learners')\nok = QLabel(self.tr('Fine'))\n"
    )
    assert len(offenders(tmp_path)) == 2
