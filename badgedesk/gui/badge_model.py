"""The badge library as a table: thumbnail, name, sandbox mark, status, source, minimum score, ID.

Badges that cannot be issued through the API (not published, or sourced from Credly or the
Open University) are greyed, say why in their tooltip and can be neither selected nor
activated. A blank status or source (a platform that does not report it) counts as
issuable: the engine still stops before the next send if the platform refuses the badge.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from badgedesk.gui.thumbnails import ThumbnailLoader
from badgedesk.platforms.base import Badge

COL_IMAGE, COL_NAME, COL_SANDBOX, COL_STATUS, COL_SOURCE, COL_MIN_SCORE, COL_ID = range(7)
COLUMN_COUNT = 7

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Badge itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts each column sensibly
ISSUABLE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool

GREY = QColor("#6b7280")
PUBLISHED = "published"
INTERNAL = "internal"

Index = QModelIndex | QPersistentModelIndex


def unpublished(badge: Badge) -> bool:
    status = badge.status.strip().casefold()
    return bool(status) and status != PUBLISHED


def foreign_source(badge: Badge) -> bool:
    source = badge.source.strip().casefold()
    return bool(source) and source != INTERNAL


def issuable(badge: Badge) -> bool:
    """Whether the platform can issue this badge through the API."""
    return not unpublished(badge) and not foreign_source(badge)


class BadgeModel(QAbstractTableModel):
    """Read-only badges of one provider. Give it a :class:`ThumbnailLoader` to show images."""

    def __init__(self, thumbnails: ThumbnailLoader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._badges: list[Badge] = []
        self._rows_by_url: dict[str, list[int]] = {}
        self._rows_by_id: dict[str, int] = {}
        self._sandbox_id: str | None = None
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.loaded.connect(self.image_loaded)

    # -- content ---------------------------------------------------------------------------

    def set_badges(self, badges: list[Badge]) -> None:
        self.beginResetModel()
        self._badges = list(badges)
        self._rows_by_url = {}
        self._rows_by_id = {}
        for row, badge in enumerate(self._badges):
            self._rows_by_id.setdefault(badge.id, row)
            if badge.image_url:
                self._rows_by_url.setdefault(badge.image_url, []).append(row)
        self.endResetModel()
        if self.thumbnails is not None:
            self.thumbnails.request_many([b.image_url for b in self._badges if b.image_url])

    def badges(self) -> list[Badge]:
        return list(self._badges)

    def badge_at(self, row: int) -> Badge | None:
        return self._badges[row] if 0 <= row < len(self._badges) else None

    def badge_by_id(self, badge_id: str | None) -> Badge | None:
        row = self.row_of(badge_id)
        return None if row is None else self._badges[row]

    def row_of(self, badge_id: str | None) -> int | None:
        return self._rows_by_id.get(str(badge_id)) if badge_id is not None else None

    @property
    def sandbox_id(self) -> str | None:
        return self._sandbox_id

    def set_sandbox_id(self, badge_id: str | None) -> None:
        """Show the sandbox mark on this badge (None: on none)."""
        badge_id = str(badge_id) if badge_id is not None else None
        if badge_id == self._sandbox_id:
            return
        rows = {self.row_of(self._sandbox_id), self.row_of(badge_id)} - {None}
        self._sandbox_id = badge_id
        for row in rows:
            first, last = self.index(row, COL_NAME), self.index(row, COL_SANDBOX)
            self.dataChanged.emit(first, last)

    def image_loaded(self, url: str) -> None:
        """Repaint the thumbnail cell of the badges that use ``url`` (and nothing else)."""
        for row in self._rows_by_url.get(url, []):
            cell = self.index(row, COL_IMAGE)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    def reason(self, badge: Badge) -> str:
        """Why the badge cannot be chosen, or '' when it can."""
        if foreign_source(badge):
            return self.tr(
                "Cannot be issued here: this badge comes from {source}, and Navigatr does not let its "
                "API issue it. Choose a badge of your own provider."
            ).format(source=badge.source)
        if unpublished(badge):
            return self.tr(
                "Cannot be issued: the badge is {status}. Publish it on Navigatr first, or choose another."
            ).format(status=badge.status)
        return ""

    # -- QAbstractItemModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._badges)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            labels = (
                self.tr("Image"),
                self.tr("Name"),
                self.tr("Sandbox"),
                self.tr("Status"),
                self.tr("Source"),
                self.tr("Min score"),
                self.tr("ID"),
            )
            if role == Qt.ItemDataRole.DisplayRole and section == COL_IMAGE:
                return ""
            return labels[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_MIN_SCORE:
            return self.tr("The lowest score a learner needs for the platform to issue the badge.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._badges):
            return Qt.ItemFlag.NoItemFlags
        if not issuable(self._badges[index.row()]):
            return Qt.ItemFlag.ItemNeverHasChildren  # neither enabled nor selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._badges):
            return None
        badge = self._badges[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(badge, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_IMAGE and self.thumbnails is not None:
                return self.thumbnails.pixmap(badge.image_url) or self.thumbnails.placeholder()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(badge, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_IMAGE:
                return self.tr("Image of {name}").format(name=badge.name)
            text = self._display(badge, column)
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if issuable(badge) else QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_MIN_SCORE, COL_ID):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == SORT_ROLE:
            return self._sort_key(badge, column)
        if role == BADGE_ROLE:
            return badge
        if role == ISSUABLE_ROLE:
            return issuable(badge)
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _display(self, badge: Badge, column: int) -> str | None:
        if column == COL_NAME:
            return badge.name
        if column == COL_SANDBOX:
            return self.tr("Sandbox") if badge.id == self._sandbox_id else ""
        if column == COL_STATUS:
            if unpublished(badge):
                return self.tr("{status} — not issuable").format(status=badge.status)
            return badge.status
        if column == COL_SOURCE:
            if foreign_source(badge):
                return self.tr("{source} — not issuable").format(source=badge.source)
            return badge.source
        if column == COL_MIN_SCORE:
            return str(badge.min_score) if badge.min_score is not None else ""
        if column == COL_ID:
            return badge.id
        return None

    def _tooltip(self, badge: Badge, column: int) -> str | None:
        why = self.reason(badge)
        if why:
            return why
        if column == COL_SANDBOX and badge.id == self._sandbox_id:
            return self.tr("The sandbox badge: rehearsal runs issue this badge instead of the real one.")
        if column in (COL_NAME, COL_IMAGE):
            return badge.name
        return None

    def _sort_key(self, badge: Badge, column: int) -> Any:
        if column == COL_MIN_SCORE:
            return badge.min_score if badge.min_score is not None else -1
        if column == COL_ID:
            return badge.id.zfill(20) if badge.id.isdigit() else badge.id
        if column == COL_SANDBOX:
            return 0 if badge.id == self._sandbox_id else 1
        if column == COL_IMAGE:
            return badge.name.casefold()
        return (self._display(badge, column) or "").casefold()
