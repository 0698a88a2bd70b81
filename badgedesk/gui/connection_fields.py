"""The part of the connection dialog that the platform registry describes: one row per field.

Each platform declares its connection fields as data (:class:`badgedesk.platforms.registry.Field`):
the token (kind SECRET), plain text such as Credly's organisation ID (TEXT) and dates such as a
token's expiry (DATE, written YYYY-MM-DD, optional where the registry says so). :class:`FieldsForm`
builds the widgets for the chosen platform and gives back the values; the token box (with its
Show button, where to make a token, and "this session only") stays the same widgets whatever the
platform, so what the user typed and the keyboard order survive a change of platform.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QRect, QRegularExpression, QSize, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.gui import colours
from badgedesk.platforms.registry import DATE, SECRET, Field, PlatformSpec

_URL = re.compile(r"https?://[^\s<>\"']+")
# Mnemonics the dialog itself uses (Platform, Name, Environment, Advanced, Address, Keep, Show, Save, Cancel, URL,
# Timeout, Rate): a field's label takes the first other letter.
DIALOG_MNEMONICS = frozenset("pneadkhscutr")
PARTIAL_DATE = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")
# The narrowest a help line gets in the dialog (its minimum width less the label column).
NARROWEST_HELP = 360


class HelpLabel(QLabel):
    """A wrapped line of help whose height is fixed by its text at the narrowest width it gets.

    Layouts nested in a dialog place wrapped labels from heights taken at another width, so
    the lines overlapped what follows; without height-for-width, each line keeps its height."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.fit()

    def fit(self) -> None:
        plain = html.unescape(re.sub(r"<[^>]+>", "", self.text()))
        area = QRect(0, 0, NARROWEST_HELP, 10_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        self.setMinimumHeight(self.fontMetrics().boundingRect(area, flags, plain).height() if plain else 0)


def linkify(text: str) -> str:
    """Plain text as rich text with every web address clickable (a trailing full stop stays text)."""
    out, last = [], 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:)")
        end = match.start() + len(url)
        out.append(html.escape(text[last : match.start()]))
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def platform_text(text: str) -> str:
    """A text the platform registry supplies (a field's label or help), through the translator."""
    return QCoreApplication.translate("Platforms", text) if text else ""


def with_mnemonic(text: str, used: set[str]) -> str:
    """``text`` with '&' before its first letter no other label uses yet (the letter joins ``used``)."""
    for i, char in enumerate(text):
        low = char.lower()
        if low.isalpha() and low not in used:
            used.add(low)
            return text[:i] + "&" + text[i:]
    return text


class FieldsForm(QWidget):
    """The chosen platform's connection fields, in the registry's order."""

    def __init__(self, keychain: bool, backend: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keychain = keychain
        self._backend = backend
        self.spec: PlatformSpec | None = None
        self.edits: dict[str, QLineEdit] = {}  # the non-secret fields' editors, by field key
        self._values: dict[str, str] = {}  # what was typed, kept across platform changes
        self._extra: list[QWidget] = []  # the current platform's own widgets (rebuilt on a change)
        # A grid, not a QFormLayout: a form places its rows from heights taken at another width, so
        # wrapped help lines would overlap the row below.
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self._build_token_box()

    # -- the token box (the SECRET field) ------------------------------------------------------------

    def _build_token_box(self) -> None:
        self.token_label = QLabel()
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("field_token")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.token_label.setBuddy(self.token_edit)
        self.show_token = QToolButton()
        self.show_token.setCheckable(True)
        self.show_token.setText(self.tr("S&how"))
        self.show_token.setAccessibleName(self.tr("Show the token"))
        self.show_token.toggled.connect(self._on_show_token)
        self.token_row = QWidget()
        row = QHBoxLayout(self.token_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.show_token)
        self.token_help = HelpLabel()
        self.token_help.setAccessibleName(self.tr("Where to create a token"))
        self.token_help.setTextFormat(Qt.TextFormat.RichText)
        self.token_help.setOpenExternalLinks(True)
        self.token_help.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.session_check = QCheckBox(self.tr("&Keep for this session only"))
        self.session_check.setAccessibleName(self.tr("Keep the token for this session only"))
        self.session_check.toggled.connect(self._on_session_toggled)
        self.keychain_note = HelpLabel()
        self.keychain_note.setObjectName("keychainNote")
        self.keychain_note.setAccessibleName(self.tr("Where the token is kept"))
        if not self._keychain:
            self.session_check.setChecked(True)
            self.session_check.setEnabled(False)
            self.keychain_note.setText(
                self.tr(
                    "No system keychain is available on this computer (backend: {backend}). The token will be "
                    "kept only until BadgeDesk closes; you will need to enter it again next time."
                ).format(backend=self._backend)
            )
        else:
            self._on_session_toggled(False)
        # One field of the form: wrapped lines get their height from a box layout (a form row each
        # would overlap them, as QFormLayout places rows from heights taken at another width).
        self.token_box = QWidget()
        box = QVBoxLayout(self.token_box)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.token_row, self.token_help, self.session_check, self.keychain_note):
            box.addWidget(widget)

    def _on_show_token(self, shown: bool) -> None:
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_token.setText(self.tr("&Hide") if shown else self.tr("S&how"))
        self.show_token.setAccessibleName(self.tr("Hide the token") if shown else self.tr("Show the token"))

    def _on_session_toggled(self, on: bool) -> None:
        if not self._keychain:
            return
        if on:
            self.keychain_note.setText(
                self.tr(
                    "The token will be kept only until BadgeDesk closes; you will enter it again next time."
                )
            )
        else:
            self.keychain_note.setText(
                self.tr("The token is stored in {backend}, never in a file.").format(backend=self._backend)
            )

    def set_token_page(self, page: str, help_text: str) -> None:
        """Where to make a token for the chosen environment (a web address becomes a link)."""
        parts = []
        if help_text:
            parts.append(html.escape(help_text))
        if page:
            parts.append(self.tr("Make one here: {page}").format(page=linkify(page)))
        self.token_help.setText(" ".join(parts))
        self.token_help.setVisible(bool(parts))

    @property
    def token_field(self) -> Field | None:
        if self.spec is None:
            return None
        return next((f for f in self.spec.fields if f.kind == SECRET), None)

    # -- building the rows ---------------------------------------------------------------------------

    def set_spec(self, spec: PlatformSpec) -> None:
        """Show the fields of ``spec``, keeping what was typed into fields of the same key."""
        self._values.update(self.values())
        while self.grid.count():
            self.grid.takeAt(0)
        for widget in self._extra:
            widget.hide()
            widget.deleteLater()
        self._extra = []
        self.edits = {}
        self.spec = spec
        used = set(DIALOG_MNEMONICS)
        for fld in spec.fields:
            label = platform_text(fld.label) + ":"
            if fld.kind == SECRET:
                self.token_label.setText(with_mnemonic(label, used))
                self.token_edit.setAccessibleName(platform_text(fld.label))
                self.token_edit.setToolTip(platform_text(fld.help))
                self._add_row(self.token_label, self.token_box, self.token_edit)
                self.token_label.show()
                self.token_box.show()
                continue
            self._add_field(fld, with_mnemonic(label, used))
        for widget in self._extra:
            widget.show()  # at once, also when the dialog is already on screen

    def _add_row(self, label: QLabel, cell: QWidget, editor: QWidget) -> None:
        """A label beside its field, level with the field's editor (the help lines go below it)."""
        row = self.grid.rowCount() if self.grid.count() else 0
        label.setMinimumHeight(editor.sizeHint().height())
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(cell, row, 1)

    def _add_field(self, fld: Field, label_text: str) -> None:
        edit = QLineEdit(self._values.get(fld.key, ""))
        edit.setObjectName(f"field_{fld.key}")
        name = platform_text(fld.label)
        edit.setAccessibleName(name if fld.required else self.tr("{field} (optional)").format(field=name))
        edit.setPlaceholderText(platform_text(fld.placeholder))
        if fld.kind == DATE:
            edit.setValidator(QRegularExpressionValidator(PARTIAL_DATE, edit))
            edit.setPlaceholderText(platform_text(fld.placeholder) or self.tr("YYYY-MM-DD"))
        help_text = platform_text(fld.help)
        if help_text:
            edit.setToolTip(help_text)
            edit.setAccessibleDescription(help_text)
        label = QLabel(label_text)
        label.setBuddy(edit)
        cell = QWidget()  # the editor and its help line below it
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        if help_text:
            note = HelpLabel(help_text)
            note.setAccessibleName(self.tr("About {field}").format(field=name))
            colours.style(note, "color:{muted};")
            column.addWidget(note)
        self._add_row(label, cell, edit)
        self._extra += [label, cell]
        self.edits[fld.key] = edit

    # -- values --------------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """The non-secret fields as typed (trimmed; empty ones left out)."""
        return {key: edit.text().strip() for key, edit in self.edits.items() if edit.text().strip()}

    def set_values(self, values: dict[str, str]) -> None:
        self._values.update({k: str(v) for k, v in values.items()})
        for key, edit in self.edits.items():
            edit.setText(self._values.get(key, ""))

    def tab_chain(self) -> list[QWidget]:
        """The form's widgets that take the focus, in the order they are shown."""
        chain: list[QWidget] = []
        spec = self.spec
        for fld in spec.fields if spec is not None else ():
            if fld.kind == SECRET:
                chain += [self.token_edit, self.show_token, self.token_help, self.session_check]
            elif fld.key in self.edits:
                chain.append(self.edits[fld.key])
        return chain
