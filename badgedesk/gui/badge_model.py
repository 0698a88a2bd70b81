"""The badge library as a table: thumbnail, name, sandbox mark, status, source, minimum score, ID.

Whether a badge can be issued, and why not, is the platform's to say
(:meth:`~badgedesk.platforms.registry.PlatformSpec.badge_issuable`, given with :meth:`BadgeModel.set_spec`).
Badges that cannot be issued are greyed, marked "not issuable" in their Status, say why in their
tooltip and can be neither selected nor activated. The engine still stops before the next send
if the platform refuses a badge it listed as issuable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from badgedesk.gui import colours
from badgedesk.gui.thumbnails import ThumbnailLoader
from badgedesk.platforms.base import Badge
from badgedesk.platforms.registry import PlatformSpec

COL_IMAGE, COL_NAME, COL_SANDBOX, COL_STATUS, COL_SOURCE, COL_MIN_SCORE, COL_ID = range(7)
COLUMN_COUNT = 7

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Badge itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts each column sensibly
ISSUABLE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool


Index = QModelIndex | QPersistentModelIndex
Verdict = tuple[bool, str, str]  # (can be issued, code, reason)
Check = Callable[[Badge], Verdict]


def _anything_goes(badge: Badge) -> Verdict:
    return True, "", ""


class BadgeModel(QAbstractTableModel):
    """Read-only badges of one provider. Give it a :class:`ThumbnailLoader` to show images."""

    def __init__(self, thumbnails: ThumbnailLoader | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._badges: list[Badge] = []
        self._rows_by_url: dict[str, list[int]] = {}
        self._rows_by_id: dict[str, int] = {}
        self._verdicts: list[Verdict] = []
        self._check: Check = _anything_goes
        self._sandbox_id: str | None = None
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.loaded.connect(self.image_loaded)

    # -- content ---------------------------------------------------------------------------

    def set_spec(self, spec: PlatformSpec | None) -> None:
        """The platform whose rules say which badges can be issued (None: every badge can)."""
        check = spec.badge_issuable if spec is not None else _anything_goes
        self.beginResetModel()
        self._check = check
        self._verdicts = [check(b) for b in self._badges]
        self.endResetModel()

    def set_badges(self, badges: list[Badge]) -> None:
        self.beginResetModel()
        self._badges = list(badges)
        self._verdicts = [self._check(b) for b in self._badges]
        self._rows_by_url = {}
        self._rows_by_id = {}
        for row, badge in enumerate(self._badges):
            self._rows_by_id.setdefault(badge.id, row)
            if badge.image_url:
                self._rows_by_url.setdefault(badge.image_url, []).append(row)
        self.endResetModel()
        if self.thumbnails is not None:
            self.thumbnails.request_many([b.image_url for b in self._badges if b.image_url])

    def add_badge(self, badge: Badge) -> int:
        """Add one badge at the end (one typed by its ID); its row. A badge already listed stays as it is."""
        row = self.row_of(badge.id)
        if row is not None:
            return row
        row = len(self._badges)
        self.beginInsertRows(QModelIndex(), row, row)
        self._badges.append(badge)
        self._verdicts.append(self._check(badge))
        self._rows_by_id[badge.id] = row
        if badge.image_url:
            self._rows_by_url.setdefault(badge.image_url, []).append(row)
        self.endInsertRows()
        if self.thumbnails is not None and badge.image_url:
            self.thumbnails.request_many([badge.image_url])
        return row

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
        """Repaint the thumbnail (and card) of the badges that use ``url`` (and nothing else)."""
        for row in self._rows_by_url.get(url, []):
            # The image cell, and the name cell that a card draws with the image.
            self.dataChanged.emit(
                self.index(row, COL_IMAGE), self.index(row, COL_NAME), [Qt.ItemDataRole.DecorationRole]
            )

    def verdict(self, badge: Badge) -> Verdict:
        row = self.row_of(badge.id)
        if row is not None and self._badges[row] == badge:
            return self._verdicts[row]
        return self._check(badge)

    def issuable(self, badge: Badge) -> bool:
        """Whether the platform can issue this badge through its API."""
        return self.verdict(badge)[0]

    def reason(self, badge: Badge) -> str:
        """Why the badge cannot be chosen (the platform's words), or '' when it can."""
        ok, _code, why = self.verdict(badge)
        return "" if ok else (why or self.tr("The platform does not let this badge be issued."))

    def blocked_count(self) -> int:
        return sum(1 for ok, _c, _r in self._verdicts if not ok)

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
        # A badge that cannot be issued is still selectable, so the arrow keys walk past it and the
        # details beside the list say why; choosing it (Enter, Use this badge) is refused.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._badges):
            return None
        badge = self._badges[index.row()]
        ok = self._verdicts[index.row()][0]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(badge, column, ok)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_IMAGE and self.thumbnails is not None:
                return self.thumbnails.pixmap(badge.image_url) or self.thumbnails.placeholder()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(badge, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_IMAGE:
                return self.tr("Image of {name}").format(name=badge.name)
            text = self._display(badge, column, ok)
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if ok else QBrush(colours.colour("grey"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (COL_MIN_SCORE, COL_ID):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == SORT_ROLE:
            return self._sort_key(badge, column, ok)
        if role == BADGE_ROLE:
            return badge
        if role == ISSUABLE_ROLE:
            return ok
        return None

    # -- helpers ---------------------------------------------------------------------------

    def _display(self, badge: Badge, column: int, ok: bool) -> str | None:
        if column == COL_NAME:
            return badge.name
        if column == COL_SANDBOX:
            return self.tr("Sandbox") if badge.id == self._sandbox_id else ""
        if column == COL_STATUS:
            if not ok:
                if badge.status:
                    return self.tr("{status} — not issuable").format(status=badge.status)
                return self.tr("Not issuable")
            return badge.status
        if column == COL_SOURCE:
            return badge.source
        if column == COL_MIN_SCORE:
            return str(badge.min_score) if badge.min_score is not None else ""
        if column == COL_ID:
            return badge.id
        return None

    def _tooltip(self, badge: Badge, column: int) -> str | None:
        why = self.reason(badge)
        if why:
            return f"{badge.name}\n{why}" if column in (COL_NAME, COL_IMAGE) else why
        if column == COL_SANDBOX and badge.id == self._sandbox_id:
            return self.tr("The sandbox badge: rehearsal runs issue this badge instead of the real one.")
        if column in (COL_NAME, COL_IMAGE):
            return badge.name
        return None

    def _sort_key(self, badge: Badge, column: int, ok: bool) -> Any:
        if column == COL_MIN_SCORE:
            return badge.min_score if badge.min_score is not None else -1
        if column == COL_ID:
            return badge.id.zfill(20) if badge.id.isdigit() else badge.id
        if column == COL_SANDBOX:
            return 0 if badge.id == self._sandbox_id else 1
        if column == COL_IMAGE:
            return badge.name.casefold()
        return (self._display(badge, column, ok) or "").casefold()
