"""The results grid: one row per learner of a run, and the filter over it.

Rows are journal learner rows (dicts). :meth:`ResultsModel.update_rows` takes the batches the
Issue page sends during a run (journal-row-shaped dicts with ``id``, or engine row events with
``learner_id``) and touches only the rows that changed, in O(changed). The third column is the
learner's key on the run's platform (:meth:`ResultsModel.set_identity`): their email, or the ID
the platform knows them by.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QIcon

from badgedesk.gui import colours, icons, outcomes
from badgedesk.gui.tasks import run_task
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity

CONTEXT = "ResultsModel"
ROW, NAME, EMAIL, STATUS, HTTP, DETAIL, ATTEMPTS, AWARD, CLAIM = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("ResultsModel", "Row"),
    QT_TRANSLATE_NOOP("ResultsModel", "Name"),
    QT_TRANSLATE_NOOP("ResultsModel", "Email"),
    QT_TRANSLATE_NOOP("ResultsModel", "Status"),
    QT_TRANSLATE_NOOP("ResultsModel", "HTTP"),
    QT_TRANSLATE_NOOP("ResultsModel", "Detail"),
    QT_TRANSLATE_NOOP("ResultsModel", "Attempts"),
    QT_TRANSLATE_NOOP("ResultsModel", "Award ID"),
    QT_TRANSLATE_NOOP("ResultsModel", "Claim"),
)

StatusRole = Qt.ItemDataRole.UserRole + 1  # the row's status code ("issued", …)
ClaimRole = Qt.ItemDataRole.UserRole + 2  # the award's claim state ("Pending", "Claimed", "Failed", …)
RowRole = Qt.ItemDataRole.UserRole + 3  # the whole row dict
SortRole = Qt.ItemDataRole.UserRole + 4  # numbers sort as numbers

# Claim states as the platform names them; "Failed" means the award email bounced.
CLAIM_LABELS = {
    "Pending": QT_TRANSLATE_NOOP("ResultsModel", "Not claimed yet"),
    "Claimed": QT_TRANSLATE_NOOP("ResultsModel", "Claimed"),
    "Failed": QT_TRANSLATE_NOOP("ResultsModel", "Bounced (email failed)"),
    "Complained": QT_TRANSLATE_NOOP("ResultsModel", "Complained"),
    "Revoked": QT_TRANSLATE_NOOP("ResultsModel", "Revoked"),
}
CLAIM_COLOURS = {
    "Claimed": "issued",
    "Failed": "failed",
    "Complained": "needs_review",
    "Revoked": "revoked",
}  # as statuses

# Codes the after-issue actions (badgedesk.core.actions) report.

_KEEP_WHEN_NONE = ("award_id", "award_url")  # the journal keeps these when an update has none


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def claim_label(state: str | None) -> str:
    if not state:
        return ""
    return tr(CLAIM_LABELS[state]) if state in CLAIM_LABELS else state


def detail(row: dict[str, Any]) -> str:
    params = {"key": row.get("recipient_key") or "", **(row.get("params") or {})}
    return outcomes.explain(row.get("code"), params, row.get("message"))


def status_icon(status: str) -> QIcon:
    """A small coloured disc with the status symbol, so colour is never the only signal."""
    return icons.status_disc(outcomes.status_colour(status), outcomes.status_symbol(status))


LET_GO_LATER = 2000  # more rows than this are freed on a pool thread


@dataclass
class Loaded:
    """A run's rows as the grid holds them, with their index and counts (made on any thread)."""

    rows: list[dict[str, Any]]
    index: dict[int, int]
    counts: Counter[str]
    claims: Counter[str]

    @classmethod
    def of(cls, rows: list[dict[str, Any]]) -> Loaded:
        return cls(
            rows,
            {r["id"]: i for i, r in enumerate(rows)},
            Counter(r.get("status") for r in rows),
            Counter(r.get("claim_status") for r in rows if r.get("claim_status")),
        )


def let_go(old: tuple[list[dict[str, Any]], dict[int, int]]) -> None:
    rows, index = old
    index.clear()
    while rows:  # one at a time: the interpreter can switch threads meanwhile
        rows.pop()


class ReadOnlyTable(QAbstractTableModel):
    """A read-only grid of dicts (``self._rows``) with translated headers (``HEADERS`` in ``CONTEXT``)."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS)
        if horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)


class ResultsModel(ReadOnlyTable):
    HEADERS = HEADERS
    CONTEXT = CONTEXT

    countsChanged = Signal()  # the per-status or per-claim counts changed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._index: dict[int, int] = {}  # learner id -> row
        self._counts: Counter[str] = Counter()
        self._claims: Counter[str] = Counter()
        self._bold = QFont()
        self._bold.setBold(True)
        self.identity: Identity = EMAIL_IDENTITY

    # -- content -------------------------------------------------------------------------------

    def set_identity(self, identity: Identity) -> None:
        """Show each learner by the key of this platform (the run's): their email, or an ID."""
        if identity == self.identity:
            return
        self.identity = identity
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, EMAIL, EMAIL)
        if self._rows:
            self.dataChanged.emit(self.index(0, EMAIL), self.index(len(self._rows) - 1, EMAIL))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and section == EMAIL
            and not self.identity.uses_email
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return QCoreApplication.translate("Platforms", self.identity.label)
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Show these rows (copied and counted here: for a big run, :meth:`adopt` a :class:`Loaded`)."""
        self.adopt(Loaded.of([dict(r) for r in rows]))

    def adopt(self, loaded: Loaded) -> None:
        """Show rows read and counted off the window thread: constant time here. The rows shown before
        are let go on a pool thread when there are many (freeing them would hold the window)."""
        self.beginResetModel()
        old = (self._rows, self._index)
        self._rows, self._index = loaded.rows, loaded.index
        self._counts, self._claims = loaded.counts, loaded.claims
        self.endResetModel()
        self.countsChanged.emit()
        if len(old[0]) > LET_GO_LATER:
            run_task(let_go, old)

    def update_rows(self, updates: list[dict[str, Any]]) -> int:
        """Merge changed fields into known rows; emit dataChanged only for rows that changed.

        Unknown learners (another run's) are ignored. Returns how many rows changed.
        """
        changed: set[int] = set()
        counts_changed = False
        for update in updates:
            learner_id = update.get("id", update.get("learner_id"))
            at = self._index.get(learner_id)  # type: ignore[arg-type]
            if at is None:
                continue
            row = self._rows[at]
            for key, value in update.items():
                if key in ("id", "learner_id", "type", "row", "run_id") or (
                    value is None and key in _KEEP_WHEN_NONE
                ):
                    continue
                if row.get(key) != value:
                    if key == "status":
                        self._counts[row.get("status")] -= 1
                        self._counts[value] += 1
                        counts_changed = True
                    elif key == "claim_status":
                        if row.get(key):
                            self._claims[row[key]] -= 1
                        if value:
                            self._claims[value] += 1
                        counts_changed = True
                    row[key] = value
                    changed.add(at)
        for first, last in _ranges(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(HEADERS) - 1))
        if counts_changed:
            self.countsChanged.emit()
        return len(changed)

    def row_at(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_for(self, learner_id: int) -> int | None:
        return self._index.get(learner_id)

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in self._counts.items() if v > 0 and k}

    def claim_counts(self) -> dict[str, int]:
        return {k: v for k, v in self._claims.items() if v > 0}

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], index.column()
        status = row.get("status") or ""
        review = status == "needs_review"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (STATUS, DETAIL):
                return f"{outcomes.status_label(status)}: {detail(row)}" if detail(row) else None
            return self._text(row, column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return QBrush(outcomes.status_colour(status))
            if column == CLAIM and row.get("claim_status") in CLAIM_COLOURS:
                return QBrush(colours.status(CLAIM_COLOURS[row["claim_status"]]))
            return QBrush(colours.colour("review_text")) if review else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.colour("review_bg")) if review else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if review or (column == STATUS and status in ("failed", "unknown")) else None
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROW, HTTP, ATTEMPTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == StatusRole:
            return status
        if role == ClaimRole:
            return row.get("claim_status") or ""
        if role == RowRole:
            return row
        if role == SortRole:
            return self.sort_key(row, column)
        return None

    def sort_key(self, row: dict[str, Any], column: int) -> int | str:
        """What ``column`` sorts ``row`` by: numbers as numbers, text case-blind (any thread)."""
        if column in (ROW, HTTP, ATTEMPTS):
            value = row.get({ROW: "row_number", HTTP: "http_status", ATTEMPTS: "attempts"}[column])
            return int(value) if value is not None else -1
        return self._text(row, column).casefold()

    def _text(self, row: dict[str, Any], column: int) -> str:
        if column == ROW:
            return str(row.get("row_number") or "")
        if column == NAME:
            return f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        if column == EMAIL:
            if self.identity.uses_email:
                return row.get("email") or ""
            return row.get("recipient_key") or row.get("external_id") or ""
        if column == STATUS:
            return outcomes.status_label(row.get("status") or "")
        if column == HTTP:
            return str(row["http_status"]) if row.get("http_status") is not None else ""
        if column == DETAIL:
            return detail(row)
        if column == ATTEMPTS:
            return str(row.get("attempts") or 0)
        if column == AWARD:
            return row.get("award_id") or ""
        if column == CLAIM:
            return claim_label(row.get("claim_status"))
        return ""


def _ranges(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive runs in sorted ``rows``: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    for r in rows:
        if out and r == out[-1][1] + 1:
            out[-1] = (out[-1][0], r)
        else:
            out.append((r, r))
    return out


# -- filtering ---------------------------------------------------------------------------------------

# (key, label, statuses, claim states); None means "any".
FILTERS: tuple[tuple[str, str, frozenset[str] | None, frozenset[str] | None], ...] = (
    ("all", QT_TRANSLATE_NOOP("ResultsModel", "All learners"), None, None),
    ("issued", QT_TRANSLATE_NOOP("ResultsModel", "Issued"), frozenset({"issued", "already_issued"}), None),
    ("needs_review", QT_TRANSLATE_NOOP("ResultsModel", "Needs review"), frozenset({"needs_review"}), None),
    ("failed", QT_TRANSLATE_NOOP("ResultsModel", "Failed"), frozenset({"failed"}), None),
    ("unknown", QT_TRANSLATE_NOOP("ResultsModel", "Unknown: check first"), frozenset({"unknown"}), None),
    (
        "not_sent",
        QT_TRANSLATE_NOOP("ResultsModel", "Not sent"),
        frozenset({"pending", "cancelled", "skipped_no_consent", "skipped_invalid", "skipped_duplicate"}),
        None,
    ),
    (
        "skipped",
        QT_TRANSLATE_NOOP("ResultsModel", "Skipped"),
        frozenset({"skipped_no_consent", "skipped_invalid", "skipped_duplicate"}),
        None,
    ),
    ("revoked", QT_TRANSLATE_NOOP("ResultsModel", "Revoked"), frozenset({"revoked"}), None),
    (
        "problems",
        QT_TRANSLATE_NOOP("ResultsModel", "All problems"),
        frozenset({"failed", "needs_review", "unknown"}),
        None,
    ),
    ("bounced", QT_TRANSLATE_NOOP("ResultsModel", "Bounced (email failed)"), None, frozenset({"Failed"})),
    ("unclaimed", QT_TRANSLATE_NOOP("ResultsModel", "Not claimed yet"), None, frozenset({"Pending"})),
    ("complained", QT_TRANSLATE_NOOP("ResultsModel", "Complained"), None, frozenset({"Complained"})),
)


def filter_count(key: str, counts: dict[str, int], claims: dict[str, int]) -> int:
    for k, _label, statuses, states in FILTERS:
        if k == key:
            if statuses is None and states is None:
                return sum(counts.values())
            if statuses is not None:
                return sum(counts.get(s, 0) for s in statuses)
            return sum(claims.get(s, 0) for s in states or ())
    return 0


def accepts(
    row: dict[str, Any], statuses: frozenset[str] | None, claims: frozenset[str] | None, needle: str
) -> bool:
    """Whether a filter (a status group or claim state, and a casefolded text) shows ``row``."""
    if statuses is not None and row.get("status") not in statuses:
        return False
    if claims is not None and (row.get("status") != "issued" or row.get("claim_status") not in claims):
        return False
    if needle:
        haystack = " ".join(
            str(row.get(k) or "") for k in ("first_name", "last_name", "email", "recipient_key")
        )
        return needle in haystack.casefold()
    return True
