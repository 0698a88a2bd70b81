"""Add or edit one saved connection: platform, name, environment, address, timeout and token.

The token goes to the OS keychain through :class:`~badgedesk.core.secrets.SecretStore`, or,
when the user asks (or no keychain exists), into this session's memory only. It is never
written to a file. Saving runs in the background (a keychain may take a moment to unlock);
every problem is shown in the dialog, which stays open.
"""

from __future__ import annotations

import html
import itertools
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.connections import (
    DEFAULT_TIMEOUT,
    IMPLEMENTED_PLATFORMS,
    PAT_PAGES,
    PLATFORMS,
    TIMEOUT_RANGE,
    Connection,
    legacy_credentials_message,
    looks_like_password_login,
)
from badgedesk.core.messages import InputError
from badgedesk.core.secrets import KEYCHAIN, SESSION
from badgedesk.gui.state import AppState
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.platforms.navigatr import HOSTS

KEYCHAIN_CODES = ("no_keychain", "keychain_locked", "keychain_error")
_URL = re.compile(r"https?://[^\s<>\"']+")


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


def store_connection(
    state: AppState, connection: Connection, token: str | None, session_only: bool, is_new: bool
) -> tuple[Connection, str | None]:
    """Save the connection and its token (background thread). Returns it as saved and where the token is."""
    store, secrets = state.connections, state.secrets
    if is_new:
        saved = store.add(connection, token or "", secrets, session_only=session_only)
        return saved, secrets.where(saved.id)
    previous = secrets.where(connection.id)
    if token is None and previous is not None and (previous == SESSION) != session_only:
        token = secrets.get(connection.id)  # keep the token, but move it where the user now wants it
    if token and session_only and previous == KEYCHAIN:
        # From now on only in memory: the keychain must not go on holding a token.
        saved = store.update(connection)
        secrets.delete(connection.id)
        secrets.set(connection.id, token, session_only=True)
    else:
        saved = store.update(connection, token, secrets, session_only=session_only)
    return saved, secrets.where(saved.id)


class ConnectionDialog(QDialog):
    """``saved(Connection)`` is emitted (and the dialog accepted) once the connection is stored."""

    saved = Signal(object)

    def __init__(
        self,
        state: AppState,
        connection: Connection | None = None,
        token_location: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.original = connection
        self.is_new = connection is None
        self.token_location = token_location
        self.saved_connection: Connection | None = None
        self.saved_location: str | None = None
        self._task: Task | None = None
        self._keychain = state.secrets.has_keychain()
        self._backend = state.secrets.backend_name()
        self.setWindowTitle(self.tr("Add connection") if self.is_new else self.tr("Edit connection"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._fill(connection)
        self._connect()
        self._on_platform()
        self._on_environment()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.platform_combo = QComboBox()
        self.platform_combo.setAccessibleName(self.tr("Platform"))
        for key, label in PLATFORMS.items():
            text = (
                label
                if key in IMPLEMENTED_PLATFORMS
                else self.tr("{name} (not yet available)").format(name=label)
            )
            self.platform_combo.addItem(text, key)
        self.platform_note = QLabel()
        self.platform_note.setWordWrap(True)
        self.platform_note.setAccessibleName(self.tr("Platform note"))

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Connection name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Navigatr (work)"))

        self.environment_combo = QComboBox()
        self.environment_combo.setAccessibleName(self.tr("Environment"))
        self.environment_combo.addItem(self.tr("Production"), "production")
        self.environment_combo.addItem(self.tr("Staging"), "staging")

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("&Advanced"))
        self.advanced_toggle.setAccessibleName(self.tr("Advanced settings"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced = QWidget()
        self.advanced.setAccessibleName(self.tr("Advanced settings"))
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setAccessibleName(self.tr("Base URL"))
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setAccessibleName(self.tr("HTTP timeout in seconds"))
        self.timeout_spin.setRange(int(TIMEOUT_RANGE[0]), int(TIMEOUT_RANGE[1]))
        self.timeout_spin.setValue(int(DEFAULT_TIMEOUT))
        self.timeout_spin.setSuffix(self.tr(" s"))
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(16, 0, 0, 0)
        url_label = QLabel(self.tr("Base &URL:"))
        url_label.setBuddy(self.base_url_edit)
        timeout_label = QLabel(self.tr("&Timeout:"))
        timeout_label.setBuddy(self.timeout_spin)
        advanced_form.addRow(url_label, self.base_url_edit)
        advanced_form.addRow(timeout_label, self.timeout_spin)
        self.advanced.setVisible(False)

        self.token_edit = QLineEdit()
        self.token_edit.setAccessibleName(self.tr("Personal Access Token"))
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.show_token = QToolButton()
        self.show_token.setCheckable(True)
        self.show_token.setText(self.tr("S&how"))
        self.show_token.setAccessibleName(self.tr("Show the token"))
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.show_token)
        self.token_help = QLabel()
        self.token_help.setAccessibleName(self.tr("Where to create a token"))
        self.token_help.setWordWrap(True)
        self.token_help.setTextFormat(Qt.TextFormat.RichText)
        self.token_help.setOpenExternalLinks(True)
        self.token_help.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

        self.session_check = QCheckBox(self.tr("&Keep for this session only"))
        self.session_check.setAccessibleName(self.tr("Keep the token for this session only"))
        self.keychain_note = QLabel()
        self.keychain_note.setObjectName("keychainNote")
        self.keychain_note.setAccessibleName(self.tr("Where the token is kept"))
        self.keychain_note.setWordWrap(True)

        self.error_label = QLabel()
        self.error_label.setObjectName("connectionError")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setOpenExternalLinks(True)
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.error_label.setStyleSheet("color:#b91c1c;")
        self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the connection"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        platform_label = QLabel(self.tr("&Platform:"))
        platform_label.setBuddy(self.platform_combo)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        environment_label = QLabel(self.tr("&Environment:"))
        environment_label.setBuddy(self.environment_combo)
        token_label = QLabel(self.tr("T&oken:"))
        token_label.setBuddy(self.token_edit)
        form.addRow(platform_label, self.platform_combo)
        form.addRow("", self.platform_note)
        form.addRow(name_label, self.name_edit)
        form.addRow(environment_label, self.environment_combo)
        form.addRow(token_label, token_row)
        form.addRow("", self.token_help)
        form.addRow("", self.session_check)
        form.addRow("", self.keychain_note)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        order = [
            self.platform_combo,
            self.name_edit,
            self.environment_combo,
            self.token_edit,
            self.show_token,
            self.token_help,
            self.session_check,
            self.advanced_toggle,
            self.base_url_edit,
            self.timeout_spin,
            self.error_label,
            self.buttons,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _fill(self, connection: Connection | None) -> None:
        if connection is not None:
            self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(connection.platform)))
            self.name_edit.setText(connection.name)
            self.environment_combo.setCurrentIndex(
                max(0, self.environment_combo.findData(connection.environment))
            )
            self.base_url_edit.setText(connection.base_url)
            self.timeout_spin.setValue(round(float(connection.timeout)))
            if connection.base_url or float(connection.timeout) != DEFAULT_TIMEOUT:
                self.advanced_toggle.setChecked(True)
                self._on_advanced(True)
            where = {
                KEYCHAIN: self.tr("The token is stored in the keychain."),
                SESSION: self.tr("The token is kept for this session only."),
            }.get(self.token_location or "", self.tr("No token is stored for this connection; enter it."))
            self.token_edit.setPlaceholderText(self.tr("Leave empty to keep the stored token"))
            self.token_edit.setToolTip(where)
        else:
            self.token_edit.setPlaceholderText(self.tr("Paste your Personal Access Token"))
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
            self.session_check.setChecked(self.token_location == SESSION)
            self.keychain_note.setText(
                self.tr("The token is stored in {backend}, never in a file.").format(backend=self._backend)
            )

    def _connect(self) -> None:
        self.platform_combo.currentIndexChanged.connect(self._on_platform)
        self.environment_combo.currentIndexChanged.connect(self._on_environment)
        self.advanced_toggle.toggled.connect(self._on_advanced)
        self.show_token.toggled.connect(self._on_show_token)
        self.token_edit.textChanged.connect(self._check_token_shape)
        self.session_check.toggled.connect(self._on_session_toggled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # -- reactions -------------------------------------------------------------------------

    def platform(self) -> str:
        return str(self.platform_combo.currentData())

    def environment(self) -> str:
        return str(self.environment_combo.currentData())

    def _on_platform(self) -> None:
        platform = self.platform()
        if platform in IMPLEMENTED_PLATFORMS:
            self.platform_note.clear()
            self.platform_note.setVisible(False)
        else:
            self.platform_note.setText(
                self.tr(
                    "{name} connections can be saved, but BadgeDesk cannot use them in this version yet."
                ).format(name=PLATFORMS[platform])
            )
            self.platform_note.setVisible(True)
        self._on_environment()

    def _on_environment(self) -> None:
        environment = self.environment()
        self.base_url_edit.setPlaceholderText(
            self.tr("Default: {url}").format(url=HOSTS.get(environment, HOSTS["production"]))
        )
        if self.platform() == "navigatr":
            page = PAT_PAGES.get(environment, PAT_PAGES["production"])
            self.token_help.setText(
                self.tr("Create a Personal Access Token in Navigatr's settings: {link}").format(
                    link=f'<a href="{html.escape(page, quote=True)}">{html.escape(page)}</a>'
                )
            )
            self.token_help.setVisible(True)
        else:
            self.token_help.clear()
            self.token_help.setVisible(False)
        self._check_token_shape()

    def _on_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

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

    def _legacy_input(self) -> bool:
        return self.platform() == "navigatr" and looks_like_password_login(self.token_edit.text())

    def _check_token_shape(self) -> None:
        if self._legacy_input():
            self.show_error(legacy_credentials_message(self.environment()))
        elif self.error_label.property("legacy"):
            self.show_error("")

    # -- saving ----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """Show a problem inline (web addresses become links); '' hides it."""
        self.error_label.setText(linkify(text))
        self.error_label.setVisible(bool(text))
        self.error_label.setProperty("legacy", bool(text) and self._legacy_input())

    def error_text(self) -> str:
        """The problem shown, as plain text ('' when none)."""
        return self.error_label.text() and re.sub(r"<[^>]+>", "", html.unescape(self.error_label.text()))

    def connection_from_form(self) -> Connection:
        base = self.original or Connection()
        return Connection(
            id=base.id,
            name=self.name_edit.text(),
            platform=self.platform(),
            environment=self.environment(),
            base_url=self.base_url_edit.text(),
            timeout=float(self.timeout_spin.value()),
        ).cleaned()

    def save(self) -> None:
        """Check the form here, then store the connection and token in the background."""
        if self._task is not None:
            return
        connection = self.connection_from_form()
        token = self.token_edit.text().strip()
        try:
            connection.validate()
        except InputError as err:
            self.show_error(err.message)
            return
        if self.is_new and not token:
            self.show_error(
                self.tr("Paste the Personal Access Token for this connection (the Token field is empty).")
            )
            self.token_edit.setFocus()
            return
        if token and self._legacy_input():
            self.show_error(legacy_credentials_message(connection.environment))
            self.token_edit.setFocus()
            return
        self.show_error("")
        self._set_saving(True)
        self._task = run_task(
            store_connection,
            self.state,
            connection,
            token or None,
            self.session_check.isChecked(),
            self.is_new,
            on_done=self._saved,
            on_error=self._failed,
        )

    def _set_saving(self, saving: bool) -> None:
        for widget in (self.save_button, self.cancel_button, self.token_edit, self.name_edit):
            widget.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("&Save"))

    def _saved(self, result: tuple[Connection, str | None]) -> None:
        self._task = None
        self.saved_connection, self.saved_location = result
        self.token_edit.clear()
        self.saved.emit(self.saved_connection)
        self.accept()

    def _failed(self, error: TaskError) -> None:
        self._task = None
        self._set_saving(False)
        self.show_error(error.message)
        if error.code in KEYCHAIN_CODES:
            self.session_check.setEnabled(True)  # the message offers "this session only"
            self.session_check.setFocus()

    def reject(self) -> None:
        if self._task is not None:
            return  # the token is being stored; the dialog closes by itself when that is done
        super().reject()
