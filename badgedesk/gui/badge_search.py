"""The Badge step's search row: a search by part of the name that filters the list and the cards,
and how many badges there are, are shown and cannot be issued."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from badgedesk.gui import localized
from badgedesk.gui.a11y import live_label, name_clear_button
from badgedesk.gui.badge_model import BadgeModel


class BadgeSearch(QWidget):
    """Filters ``proxy`` (over ``model``) by what is typed in ``edit``; ``count`` says how many show."""

    def __init__(
        self, model: BadgeModel, proxy: QSortFilterProxyModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        label = QLabel(self.tr("&Search:"))
        self.edit = QLineEdit()
        self.edit.setObjectName("badgeSearch")
        self.edit.setAccessibleName(self.tr("Search badges by name"))
        self.edit.setPlaceholderText(self.tr("Part of the badge's name (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        name_clear_button(self.edit)
        label.setBuddy(self.edit)
        self.count = QLabel()
        live_label(self.count, self.tr("Number of badges"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        self.edit.textChanged.connect(self._on_text)
        proxy.modelReset.connect(self.update_count)
        proxy.rowsInserted.connect(self.update_count)
        proxy.rowsRemoved.connect(self.update_count)

    def focus(self) -> None:
        """Put the cursor in the search with its text selected (Ctrl+F)."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _on_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.update_count()

    def update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        blocked = self.model.blocked_count()
        if total == 0:
            text = ""
        elif shown == total:
            text = self.tr("{total} badges ({blocked} cannot be issued)").format(
                total=localized.number(total), blocked=localized.number(blocked)
            )
        else:
            text = self.tr("Showing {shown} of {total} badges").format(
                shown=localized.number(shown), total=localized.number(total)
            )
        self.count.setText(text)
