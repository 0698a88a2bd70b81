"""The Badge step's list view: one row a badge (image, name, sandbox mark, status, source, minimum
score, ID), sorted by name, its column widths remembered (``badges``)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from badgedesk.gui.a11y import follow_selection
from badgedesk.gui.badge_model import (
    COL_ID,
    COL_IMAGE,
    COL_MIN_SCORE,
    COL_NAME,
    COL_SANDBOX,
    COL_SOURCE,
    COL_STATUS,
)
from badgedesk.gui.grids import make_readable
from badgedesk.gui.settings import Settings
from badgedesk.gui.thumbnails import ThumbnailLoader


class BadgeTable(QTableView):
    """The badges of ``proxy`` as rows; one row is selected at a time, nothing is edited."""

    def __init__(
        self,
        proxy: QSortFilterProxyModel,
        thumbnails: ThumbnailLoader,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("badgeTable")
        self.setAccessibleName(self.tr("Badges"))
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setWordWrap(False)
        self.setIconSize(thumbnails.size)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(thumbnails.size.height() + 6)
        follow_selection(self)
        self.setSortingEnabled(True)
        self.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        make_readable(
            self,
            settings,
            "badges",
            COL_NAME,
            {
                COL_IMAGE: thumbnails.size.width() + 12,
                COL_SANDBOX: 70,
                COL_STATUS: 110,
                COL_SOURCE: 90,
                COL_MIN_SCORE: 70,
                COL_ID: 70,
            },
            fixed=(COL_IMAGE,),
        )
