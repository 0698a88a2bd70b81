"""Step 1: the saved connections, and adding, editing, removing and testing them.

Selecting a connection makes it the window's connection (``AppState.set_connection``).
Every keychain access and every request runs in the background; the results land in the
result panel and, in one line, in the status bar (``AppState.message``). Test connection also
reads when the token expires, where the platform tells it; the list shows each connection's
token expiry and warns ahead of it (:mod:`badgedesk.gui.expiry`).
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.connections import Connection
from badgedesk.core.messages import InputError
from badgedesk.core.secrets import KEYCHAIN, SESSION, SecretStore
from badgedesk.gui import colours, expiry, localized
from badgedesk.gui.a11y import live_label
from badgedesk.gui.connection_dialog import ConnectionDialog
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.connection_list import (
    COL_ENVIRONMENT,
    COL_EXPIRES,
    COL_NAME,
    COL_PLATFORM,
    COL_TOKEN,
    ID_ROLE,
    ConnectionList,
)
from badgedesk.gui.state import AppState, spec_of
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.platforms.base import Account, Provider

__all__ = [
    "COL_ENVIRONMENT",
    "COL_EXPIRES",
    "COL_NAME",
    "COL_PLATFORM",
    "COL_TOKEN",
    "ID_ROLE",
    "ConnectPage",
]


# -- background work ---------------------------------------------------------------------------


def token_locations(secrets: SecretStore, ids: list[str]) -> dict[str, str | None]:
    return {conn_id: secrets.where(conn_id) for conn_id in ids}


def probe_connection(
    state: AppState, connection: Connection
) -> tuple[Connection, Account, list[Provider], Connection | None]:
    """Sign in, list the providers, and note the token's expiry where the platform tells it.

    Returns the connection tested, its account, its providers and the connection as saved again
    with the expiry read (None when nothing new was learned)."""
    spec = connection.spec
    with state.client(connection) as client:
        account = client.account()
        providers = client.providers()
        expires = account.token_expires
        if not expires and spec.capabilities.token_expiry:
            expires = client.token_expiry()
    noted = None
    if expires and expires != connection.token_expires():
        state.connections.note_expiry(connection.id, expires)
        noted = state.connections.get(connection.id)
    return connection, account, providers, noted


def remove_connection(state: AppState, connection: Connection) -> tuple[Connection, str]:
    description = state.connections.remove(connection.id, state.secrets)
    state.library.forget(connection.id)
    return connection, description


class ConnectPage(QWidget):
    """Step 1. ``completeChanged(bool)`` says whether a connection is chosen."""

    completeChanged = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.dialog: ConnectionDialog | None = None  # the add/edit dialog while it is open
        self._connections: list[Connection] = []
        self._locations: dict[str, str | None] = {}
        self._tasks: dict[str, Task] = {}
        self._testing: Connection | None = None  # the connection being (or last) tested
        self._build()
        state.connectionChanged.connect(self._on_connection_changed)
        state.busyChanged.connect(self._on_busy)
        self.reload()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "BadgeDesk signs in to your badge platform with a token you make there. The token is kept in "
                "your system keychain (or, if you choose, only until BadgeDesk closes) and never written to a "
                "file."
            )
        )
        intro.setWordWrap(True)

        list_label = QLabel(self.tr("Saved &connections:"))
        self.tree = ConnectionList(self.state)
        list_label.setBuddy(self.tree)
        self.expiry_label = QLabel()
        self.expiry_label.setObjectName("expiryWarning")
        live_label(self.expiry_label, self.tr("Token expiry warning"))
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setTextFormat(Qt.TextFormat.PlainText)
        self.expiry_label.hide()

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a connection"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected connection"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected connection and its token"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the selected connection"))
        self.reset_button = QPushButton(self.tr("Set the damaged file &aside"))
        self.reset_button.setAccessibleName(self.tr("Set the damaged connections file aside"))
        self.reset_button.setVisible(False)

        self.result_box = QGroupBox(self.tr("Result"))
        self.result_box.setAccessibleName(self.tr("Connection result"))
        self.result_title = QLabel()
        live_label(self.result_title, self.tr("Connection tested"))
        self.result_title.setWordWrap(True)
        self.result_title.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label = QLabel(self.tr("Select a connection, then Test connection to check it."))
        self.result_label.setObjectName("connectionResult")
        live_label(self.result_label, self.tr("Connection test result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_title)
        result_layout.addWidget(self.result_label)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.expiry_label)
        layout.addLayout(buttons)
        layout.addWidget(self.result_box)

        order = [
            self.tree,
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.test_button,
            self.reset_button,
            self.expiry_label,
            self.result_label,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.add_button.clicked.connect(self.add_connection)
        self.edit_button.clicked.connect(self.edit_connection)
        self.remove_button.clicked.connect(self.remove_connection)
        self.test_button.clicked.connect(self.test_connection)
        self.reset_button.clicked.connect(self.reset_damaged)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.itemActivated.connect(lambda *_: self.edit_connection())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_connection)

    # -- public ----------------------------------------------------------------------------

    def is_complete(self) -> bool:
        """A connection is chosen."""
        return self.state.connection is not None

    def connections(self) -> list[Connection]:
        return list(self._connections)

    def selected_connection(self) -> Connection | None:
        conn_id = self.tree.selected_id()
        return next((c for c in self._connections if c.id == conn_id), None) if conn_id else None

    def token_location(self, conn_id: str) -> str | None:
        """'keychain', 'session' or None as last looked up (None also while looking)."""
        return self._locations.get(conn_id)

    def reload(self) -> None:
        """Read the saved connections again and show them, keeping the window's connection selected."""
        damaged = False
        try:
            self._connections = self.state.connections.list()
        except InputError as err:
            self._connections = []
            self._show_result("", err.message)
            damaged = err.code == "connections_damaged"
        self.reset_button.setVisible(damaged)
        current = self.state.connection
        if current is not None and all(c.id != current.id for c in self._connections):
            self.state.set_connection(None)  # removed outside this page
        self.tree.fill(self._connections, self._locations)
        self._select_current()
        self._update_buttons()
        self._show_expiry_warning()
        if self._connections:
            ids = [c.id for c in self._connections]
            self._start("where", token_locations, self.state.secrets, ids, on_done=self._show_locations)
        elif not damaged:
            self._show_result("", self.tr("No connection is saved yet. Add one to start (Alt+A)."))

    def add_connection(self) -> ConnectionDialog:
        """Open the Add dialog (non-blocking); the list refreshes when it saves."""
        return self._open(ConnectionDialog(self.state, None, parent=self))

    def edit_connection(self) -> ConnectionDialog | None:
        connection = self.selected_connection()
        if connection is None or self.state.busy:
            return None
        return self._open(
            ConnectionDialog(self.state, connection, self._locations.get(connection.id), parent=self)
        )

    def remove_connection(self) -> None:
        """Ask, then remove the selected connection, its token and its cached library."""
        connection = self.selected_connection()
        if connection is None or self.state.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove connection"),
            self.tr(
                "Remove the connection '{name}'? Its token is deleted from the keychain (or this session) "
                "and its saved badge library is forgotten. Badges already issued are not affected."
            ).format(name=connection.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove_button.setEnabled(False)
        self._start(
            "remove",
            remove_connection,
            self.state,
            connection,
            on_done=self._removed,
            on_error=self._remove_failed,
        )

    def test_connection(self) -> None:
        """Sign in with the selected connection and list the providers it can issue for."""
        connection = self.selected_connection()
        if connection is None:
            self._show_result("", self.tr("Select a connection to test first."))
            return
        title = self.tr("Test of '{name}'").format(name=connection.name)
        spec = spec_of(connection)
        if spec is None or not spec.available:
            reason = platform_text(spec.unavailable_reason) if spec is not None else ""
            self._show_result(
                title,
                reason
                or self.tr("'{platform}' is not a platform this version of BadgeDesk knows.").format(
                    platform=connection.platform
                ),
            )
            return
        self._show_result(title, self.tr("Testing…"))
        self._testing = connection
        self.test_button.setEnabled(False)
        self._start(
            "test", probe_connection, self.state, connection, on_done=self._tested, on_error=self._test_failed
        )

    def reset_damaged(self) -> None:
        try:
            moved = self.state.connections.reset_damaged()
        except (InputError, OSError) as err:
            self._show_result("", getattr(err, "message", str(err)))
            return
        self.reload()
        if moved is not None:
            text = self.tr(
                "The damaged connections file was set aside as {path}. Add your connections again."
            )
            self._show_result("", text.format(path=moved))
            self.state.message.emit(text.format(path=moved))

    # -- tasks -----------------------------------------------------------------------------

    def _start(self, kind: str, fn: Any, *args: Any, on_done: Any, on_error: Any = None) -> None:
        previous = self._tasks.pop(kind, None)
        if previous is not None:
            previous.cancelled = True
        self._tasks[kind] = run_task(fn, *args, on_done=on_done, on_error=on_error)

    def _show_locations(self, locations: dict[str, str | None]) -> None:
        self._tasks.pop("where", None)
        self._locations.update(locations)
        self.tree.show_locations(locations)

    def _tested(self, result: tuple[Connection, Account, list[Provider], Connection | None]) -> None:
        self._tasks.pop("test", None)
        self._update_buttons()
        connection, account, providers, noted = result
        if noted is not None:
            self._expiry_learned(noted)
            connection = noted
        name = account.name or self.tr("(an account without a name)")
        if account.detail and account.detail != account.name:
            name = self.tr("{name} ({detail})").format(name=name, detail=account.detail)
        if self._is_simulator(connection):
            name = self.tr("{name} (simulator)").format(name=name)
        labels = []
        for provider in providers:
            if provider.status and provider.status.casefold() != "active":
                labels.append(
                    self.tr("{name} ({status})").format(name=provider.name, status=provider.status.lower())
                )
            else:
                labels.append(provider.name)
        if labels:
            text = self.tr("Connected as {name} — can issue for: {providers}.").format(
                name=name, providers=", ".join(labels)
            )
        else:
            text = self.tr(
                "Connected as {name} — but this account cannot issue badges for any provider. Ask an "
                "administrator of your provider to add you, or use another token."
            ).format(name=name)
        known = expiry.of(connection)
        if known.warns:
            text += "\n" + expiry.warning(connection)
        elif known.state == expiry.OK:
            text += "\n" + self.tr("The token expires on {date}.").format(date=localized.date(known.date))
        self._show_result(self.tr("Test of '{name}'").format(name=connection.name), text)
        self.state.message.emit(self.tr("'{name}' works.").format(name=connection.name))

    def _test_failed(self, error: TaskError) -> None:
        self._tasks.pop("test", None)
        self._update_buttons()
        status = error.params.get("http_status")
        connection = self._testing
        spec = spec_of(connection)
        if error.code == "token_rejected" and spec is not None:
            text = self.tr(
                "{platform} rejected the token ({status}): it is invalid, expired or revoked. Make a new "
                "{token} ({where}) and enter it with Edit…."
            ).format(
                platform=spec.label,
                status=status or 401,
                token=platform_text(spec.token_field.label),
                where=platform_text(spec.token_help) or self.tr("in the platform's settings"),
            )
            known = expiry.of(connection)
            if known.date:
                text += " " + self.tr("The token's expiry date on record is {date}.").format(
                    date=localized.date(known.date)
                )
        elif status:
            text = self.tr("{reason} (HTTP {status})").format(reason=error.message, status=status)
        else:
            text = error.message
        text = self.tr("Test failed: {reason}").format(reason=text)
        self._show_result(self.result_title.text(), text)
        self.state.message.emit(text)

    def _expiry_learned(self, connection: Connection) -> None:
        """Test connection read the token's expiry and saved it: show it, and tell the window."""
        self._connections = [connection if c.id == connection.id else c for c in self._connections]
        self.tree.show_expiry(connection)
        self._show_expiry_warning()
        self.state.update_connection(connection)

    def _removed(self, result: tuple[Connection, str]) -> None:
        self._tasks.pop("remove", None)
        connection, description = result
        self._locations.pop(connection.id, None)
        if self.state.connection is not None and self.state.connection.id == connection.id:
            self.state.set_connection(None)
        self.reload()
        self._show_result(self.tr("Removed '{name}'").format(name=connection.name), description)
        self.state.message.emit(description)

    def _remove_failed(self, error: TaskError) -> None:
        self._tasks.pop("remove", None)
        self._update_buttons()
        self._show_result("", error.message)
        self.reload()

    # -- dialog ----------------------------------------------------------------------------

    def _open(self, dialog: ConnectionDialog) -> ConnectionDialog:
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _saved(self, connection: Connection) -> None:
        dialog = self.dialog
        where = dialog.saved_location if dialog is not None else None
        if where is not None:
            self._locations[connection.id] = where
        current = self.state.connection
        self.reload()
        if (dialog is not None and dialog.is_new) or current is None or current.id == connection.id:
            # A new connection becomes the one in use; an edited current one is picked up again.
            self.state.set_connection(connection)
        self._select_current()
        self._show_result(
            "",
            self.tr("Saved the connection '{name}'. {where}").format(
                name=connection.name, where=self._location_sentence(where)
            ),
        )
        self.state.message.emit(self.tr("Saved the connection '{name}'.").format(name=connection.name))

    # -- reactions -------------------------------------------------------------------------

    def _on_selection(self) -> None:
        connection = self.selected_connection()
        self._update_buttons()
        if connection is None:
            return
        current = self.state.connection
        if current is None or current.id != connection.id:
            self.state.set_connection(connection)
            self.state.message.emit(self.tr("Using the connection '{name}'.").format(name=connection.name))

    def _on_connection_changed(self) -> None:
        self._select_current()
        self._update_buttons()
        self.completeChanged.emit(self.is_complete())

    def _on_busy(self, busy: bool) -> None:
        for widget in (self.tree, self.add_button, self.edit_button, self.remove_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    # -- display ---------------------------------------------------------------------------

    def _show_expiry_warning(self) -> None:
        """One line per saved connection whose token has expired or expires within the warning days."""
        lines = [expiry.warning(c) for c in self._connections]
        lines = [line for line in lines if line]
        expired = any(expiry.of(c).state == expiry.EXPIRED for c in self._connections)
        self.expiry_label.setText("\n".join(f"⚠ {line}" for line in lines))
        colours.style(self.expiry_label, expiry.STYLES[expiry.EXPIRED if expired else expiry.SOON])
        self.expiry_label.setVisible(bool(lines))

    def _location_sentence(self, where: str | None) -> str:
        if where == KEYCHAIN:
            return self.tr("Its token is stored in {backend}.").format(
                backend=self.state.secrets.backend_name()
            )
        if where == SESSION:
            return self.tr("Its token is kept for this session only.")
        return ""

    def _is_simulator(self, connection: Connection) -> bool:
        return self.state.simulated(connection) is not None

    def _select_current(self) -> None:
        current = self.state.connection
        self.tree.select(current.id if current is not None else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.state.busy:
            return
        chosen = self.selected_connection() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and "remove" not in self._tasks)
        self.test_button.setEnabled(chosen and "test" not in self._tasks)

    def _show_result(self, title: str, text: str) -> None:
        self.result_title.setText(title)
        self.result_title.setVisible(bool(title))
        self.result_label.setText(text)
