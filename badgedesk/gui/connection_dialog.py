"""Add or edit one saved connection: platform, name, environment, the platform's fields, address, timeout.

The dialog is built from the platform registry: the platforms it offers (those not available in
this version are listed, greyed, with the reason), each platform's environments and where to make
a token for them, and one row per connection field (:mod:`badgedesk.gui.connection_fields`).
The token goes to the OS keychain through :class:`~badgedesk.core.secrets.SecretStore`, or, when
the user asks (or no keychain exists), into this session's memory only. It is never written to a
file; the other fields are saved with the connection. Saving runs in the background (a keychain
may take a moment to unlock); every problem is shown in the dialog, which stays open.
"""

from __future__ import annotations

import html
import itertools
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.connections import (
    DEFAULT_TIMEOUT,
    EXPIRES_ENTERED,
    EXPIRES_READ,
    TIMEOUT_RANGE,
    Connection,
)
from badgedesk.core.messages import InputError
from badgedesk.core.secrets import KEYCHAIN, SESSION
from badgedesk.gui import colours
from badgedesk.gui.a11y import live_label
from badgedesk.gui.connection_fields import FieldsForm, linkify, platform_text
from badgedesk.gui.state import AppState
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.platforms import registry
from badgedesk.platforms.registry import PlatformSpec

KEYCHAIN_CODES = ("no_keychain", "keychain_locked", "keychain_error")
__all__ = ["ConnectionDialog", "linkify", "store_connection"]


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
        self.setWindowTitle(self.tr("Add connection") if self.is_new else self.tr("Edit connection"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._fill(connection)
        self._connect()
        self._on_platform()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.platform_combo = QComboBox()
        self.platform_combo.setAccessibleName(self.tr("Platform"))
        own = self.original.platform if self.original is not None else None
        for spec in registry.all_platforms():
            usable = spec.available or spec.key == own  # an existing connection keeps its platform
            text = (
                spec.label
                if spec.available
                else self.tr("{name} (not yet available)").format(name=spec.label)
            )
            self.platform_combo.addItem(text, spec.key)
            index = self.platform_combo.count() - 1
            if not spec.available:
                reason = platform_text(spec.unavailable_reason)
                self.platform_combo.setItemData(index, reason, Qt.ItemDataRole.ToolTipRole)
                self.platform_combo.setItemData(
                    index, f"{text}: {reason}", Qt.ItemDataRole.AccessibleTextRole
                )
            model = self.platform_combo.model()
            if not usable and isinstance(model, QStandardItemModel):
                model.item(index).setEnabled(False)
        self.platform_note = QLabel()
        self.platform_note.setWordWrap(True)
        self.platform_note.setAccessibleName(self.tr("Platform note"))

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Connection name"))

        self.environment_combo = QComboBox()
        self.environment_combo.setAccessibleName(self.tr("Environment"))
        self.address_edit = QLineEdit()  # the address of a platform that has no default one
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setAccessibleName(self.tr("The service's address"))

        self.fields = FieldsForm(self.state.secrets.has_keychain(), self.state.secrets.backend_name())
        for name in ("token_edit", "show_token", "token_help", "session_check", "keychain_note"):
            setattr(self, name, getattr(self.fields, name))

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
        self.rate_edit = QLineEdit()
        self.rate_edit.setObjectName("rateLimitEdit")
        self.rate_edit.setAccessibleName(self.tr("Own rate limit, requests per seconds (optional)"))
        self.rate_edit.setToolTip(
            self.tr(
                "Requests per seconds, e.g. 5/2 for 5 requests every 2 seconds. Leave empty to use the "
                "platform's published limit, or one learned from its answers."
            )
        )
        self.advanced_form = QFormLayout(self.advanced)
        self.advanced_form.setContentsMargins(16, 0, 0, 0)
        url_label = QLabel(self.tr("Base &URL:"))
        url_label.setBuddy(self.base_url_edit)
        timeout_label = QLabel(self.tr("&Timeout:"))
        timeout_label.setBuddy(self.timeout_spin)
        rate_label = QLabel(self.tr("Own &rate limit:"))
        rate_label.setBuddy(self.rate_edit)
        self.advanced_form.addRow(url_label, self.base_url_edit)
        self.advanced_form.addRow(timeout_label, self.timeout_spin)
        self.advanced_form.addRow(rate_label, self.rate_edit)
        self.advanced.setVisible(False)

        self.error_label = QLabel()
        self.error_label.setObjectName("connectionError")
        live_label(self.error_label, self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setOpenExternalLinks(True)
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        colours.style(self.error_label, "color:{error};")
        self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save the connection"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        self.form = QFormLayout()
        platform_label = QLabel(self.tr("&Platform:"))
        platform_label.setBuddy(self.platform_combo)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        environment_label = QLabel(self.tr("&Environment:"))
        environment_label.setBuddy(self.environment_combo)
        address_label = QLabel(self.tr("A&ddress:"))
        address_label.setBuddy(self.address_edit)
        self.form.addRow(platform_label, self.platform_combo)
        self.form.addRow(QLabel(), self.platform_note)
        self.form.addRow(name_label, self.name_edit)
        self.form.addRow(environment_label, self.environment_combo)
        self.form.addRow(address_label, self.address_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.fields)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _set_tab_order(self) -> None:
        order = [
            self.platform_combo,
            self.name_edit,
            self.environment_combo,
            self.address_edit,
            *self.fields.tab_chain(),
            self.advanced_toggle,
            self.base_url_edit,
            self.timeout_spin,
            self.rate_edit,
            self.error_label,
            self.buttons,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _fill(self, connection: Connection | None) -> None:
        if connection is not None:
            self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(connection.platform)))
            self.name_edit.setText(connection.name)
            self.fields.set_values(connection.fields)
            self.timeout_spin.setValue(round(float(connection.timeout)))
            self.rate_edit.setText(connection.rate_limit)
            spec = self.spec()
            if spec.url_required:
                self.address_edit.setText(connection.base_url)
            else:
                self.base_url_edit.setText(connection.base_url)
            custom = bool(connection.base_url) and not spec.url_required
            if custom or float(connection.timeout) != DEFAULT_TIMEOUT or connection.rate_limit:
                self.advanced_toggle.setChecked(True)
                self._on_advanced(True)
            where = {
                KEYCHAIN: self.tr("The token is stored in the keychain."),
                SESSION: self.tr("The token is kept for this session only."),
            }.get(self.token_location or "", self.tr("No token is stored for this connection; enter it."))
            self.token_edit.setPlaceholderText(self.tr("Leave empty to keep the stored token"))
            self.token_edit.setToolTip(where)
        if self.fields.session_check.isEnabled():
            self.session_check.setChecked(self.token_location == SESSION)

    def _connect(self) -> None:
        self.platform_combo.currentIndexChanged.connect(self._on_platform)
        self.environment_combo.currentIndexChanged.connect(self._on_environment)
        self.advanced_toggle.toggled.connect(self._on_advanced)
        self.token_edit.textChanged.connect(self._check_token_shape)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # -- reactions -------------------------------------------------------------------------

    def platform(self) -> str:
        return str(self.platform_combo.currentData())

    def spec(self) -> PlatformSpec:
        return registry.get(self.platform())

    def environment(self) -> str:
        data = self.environment_combo.currentData()
        return str(data) if data else self.spec().default_environment

    def _on_platform(self) -> None:
        spec = self.spec()
        if spec.available:
            self.platform_note.clear()
        else:
            self.platform_note.setText(
                self.tr("{reason} The connection is kept, but cannot be used in this version.").format(
                    reason=platform_text(spec.unavailable_reason)
                )
            )
        self.form.setRowVisible(1, not spec.available)
        self.name_edit.setPlaceholderText(self.tr("e.g. {platform} (work)").format(platform=spec.label))
        wanted = self.environment_combo.currentData() or (self.original.environment if self.original else "")
        self.environment_combo.blockSignals(True)
        self.environment_combo.clear()
        for env in spec.environments:
            self.environment_combo.addItem(platform_text(env.label), env.key)
        index = self.environment_combo.findData(wanted)
        self.environment_combo.setCurrentIndex(max(index, 0) if spec.environments else -1)
        self.environment_combo.blockSignals(False)
        self.form.setRowVisible(self.environment_combo, bool(spec.environments))
        self.form.setRowVisible(self.address_edit, spec.url_required)
        self.advanced_form.setRowVisible(self.base_url_edit, not spec.url_required)
        self.address_edit.setPlaceholderText(self.tr("e.g. {url}").format(url=spec.url_example))
        if spec.rate_limit is not None:
            default = self.tr("Empty: the platform's {limit}").format(
                limit=self.tr("{calls} requests per {period:g} s").format(
                    calls=spec.rate_limit.max_calls, period=spec.rate_limit.period
                )
            )
        else:
            default = self.tr("Empty: learned from the platform's answers")
        self.rate_edit.setPlaceholderText(default)
        self.fields.set_spec(spec)
        if self.original is None:
            token = self.fields.token_field
            label = platform_text(token.label) if token is not None else self.tr("token")
            self.token_edit.setPlaceholderText(self.tr("Paste your {token}").format(token=label))
        self._set_tab_order()
        self._on_environment()
        self.adjustSize()  # the platform's rows differ: fit them, help lines included

    def _on_environment(self) -> None:
        spec = self.spec()
        env = spec.environment(self.environment())
        self.base_url_edit.setPlaceholderText(
            self.tr("Default: {url}").format(url=env.base_url) if env else spec.url_example
        )
        token = self.fields.token_field
        self.fields.set_token_page(
            env.token_page if env else "", platform_text(token.help) if token is not None else ""
        )
        self._check_token_shape()

    def _on_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def _token_problem(self) -> str:
        text = self.token_edit.text().strip()
        return self.spec().token_problem(text, self.environment()) if text else ""

    def _check_token_shape(self) -> None:
        problem = self._token_problem()
        if problem:
            self.show_error(problem)
        elif self.error_label.property("token_problem"):
            self.show_error("")

    # -- saving ----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        """Show a problem inline (web addresses become links); '' hides it."""
        self.error_label.setText(linkify(text))
        self.error_label.setVisible(bool(text))
        self.error_label.setProperty("token_problem", bool(text) and bool(self._token_problem()))

    def error_text(self) -> str:
        """The problem shown, as plain text ('' when none)."""
        return self.error_label.text() and re.sub(r"<[^>]+>", "", html.unescape(self.error_label.text()))

    def connection_from_form(self) -> Connection:
        base = self.original or Connection()
        spec = self.spec()
        fields = self.fields.values()
        before = base.fields if self.original is not None and base.platform == spec.key else {}
        # The expiry read from the platform belongs to the stored token and the date entered with it.
        keep_read = not self.token_edit.text().strip() and before.get(EXPIRES_ENTERED) == fields.get(
            EXPIRES_ENTERED
        )
        if keep_read and before.get(EXPIRES_READ):
            fields[EXPIRES_READ] = before[EXPIRES_READ]
        address = self.address_edit.text() if spec.url_required else self.base_url_edit.text()
        return Connection(
            id=base.id,
            name=self.name_edit.text(),
            platform=spec.key,
            environment=self.environment(),
            base_url=address,
            timeout=float(self.timeout_spin.value()),
            fields=fields,
            rate_limit=self.rate_edit.text(),
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
            field = self.fields.token_field
            label = platform_text(field.label) if field is not None else self.tr("token")
            self.show_error(
                self.tr("Paste the {token} for this connection (the {token} field is empty).").format(
                    token=label
                )
            )
            self.token_edit.setFocus()
            return
        problem = self._token_problem()
        if problem:
            self.show_error(problem)
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
