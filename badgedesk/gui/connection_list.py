"""The Connect page's list of saved connections: name, platform, environment, token, token expiry.

Each row keeps its connection's id (``ID_ROLE``). Where the token is kept is filled in once the
keychain has answered (:meth:`ConnectionList.show_locations`); the token's expiry is shown with a
symbol, words and colour, and read aloud in full (:mod:`badgedesk.gui.expiry`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from badgedesk.core.connections import Connection
from badgedesk.core.secrets import KEYCHAIN, SESSION
from badgedesk.gui import expiry
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.state import AppState, spec_of

COL_NAME, COL_PLATFORM, COL_ENVIRONMENT, COL_TOKEN, COL_EXPIRES = range(5)
COLUMN_COUNT = 5
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConnectionList(QTreeWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("connectionList")
        self.setAccessibleName(self.tr("Saved connections"))
        self.setColumnCount(COLUMN_COUNT)
        self.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Platform"),
                self.tr("Environment"),
                self.tr("Token"),
                self.tr("Token expires"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        for column in (COL_PLATFORM, COL_ENVIRONMENT, COL_TOKEN, COL_EXPIRES):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # -- content ---------------------------------------------------------------------------------

    def fill(self, connections: list[Connection], locations: dict[str, str | None]) -> None:
        """Show these connections (without signalling a selection change)."""
        self.blockSignals(True)
        self.clear()
        for connection in connections:
            self.addTopLevelItem(self._item(connection, locations))
        self.blockSignals(False)

    def items(self) -> list[QTreeWidgetItem]:
        return [self.topLevelItem(i) for i in range(self.topLevelItemCount())]

    def item_of(self, conn_id: str) -> QTreeWidgetItem | None:
        return next((item for item in self.items() if item.data(COL_NAME, ID_ROLE) == conn_id), None)

    def selected_id(self) -> str | None:
        chosen = self.selectedItems()
        return chosen[0].data(COL_NAME, ID_ROLE) if chosen else None

    def select(self, conn_id: str | None) -> None:
        """Select the row of ``conn_id`` (None: none), without signalling."""
        self.blockSignals(True)
        self.clearSelection()
        item = self.item_of(conn_id) if conn_id is not None else None
        if item is not None:
            item.setSelected(True)
            self.setCurrentItem(item)
        self.blockSignals(False)

    def show_locations(self, locations: dict[str, str | None]) -> None:
        for item in self.items():
            conn_id = item.data(COL_NAME, ID_ROLE)
            if conn_id in locations:
                item.setText(COL_TOKEN, self.location_text(locations[conn_id]))

    def show_expiry(self, connection: Connection) -> None:
        item = self.item_of(connection.id)
        if item is not None:
            self._show_expiry(item, connection)

    # -- display ---------------------------------------------------------------------------------

    def _item(self, connection: Connection, locations: dict[str, str | None]) -> QTreeWidgetItem:
        spec = spec_of(connection)
        env = spec.environment(connection.environment) if spec is not None else None
        environment = platform_text(env.label) if env is not None else connection.environment
        if spec is not None and spec.url_required:
            environment = self.tr("Own address")
        elif connection.base_url:
            environment = self.tr("{environment} (custom address)").format(environment=environment)
        if self.state.simulated(connection) is not None:
            environment = self.tr("Simulator")
        platform = spec.label if spec is not None else connection.platform
        if spec is None or not spec.available:
            platform = self.tr("{name} (not yet available)").format(name=platform)
        location = (
            self.location_text(locations[connection.id]) if connection.id in locations else self.tr("…")
        )
        item = QTreeWidgetItem([connection.name, platform, environment, location, ""])
        item.setData(COL_NAME, ID_ROLE, connection.id)
        if connection.base_url:
            item.setToolTip(COL_ENVIRONMENT, connection.base_url)
        self._show_expiry(item, connection)
        return item

    def _show_expiry(self, item: QTreeWidgetItem, connection: Connection) -> None:
        known = expiry.of(connection)
        item.setText(COL_EXPIRES, expiry.cell_text(known))
        item.setData(COL_EXPIRES, Qt.ItemDataRole.AccessibleTextRole, expiry.accessible_text(known))
        item.setToolTip(COL_EXPIRES, expiry.warning(connection) or expiry.accessible_text(known))
        colour = expiry.colour(known.state)
        item.setForeground(COL_EXPIRES, QBrush(colour) if colour is not None else QBrush())

    def location_text(self, where: str | None) -> str:
        if where == KEYCHAIN:
            return self.tr("Keychain")
        if where == SESSION:
            return self.tr("This session only")
        return self.tr("Missing — use Edit to enter it")
