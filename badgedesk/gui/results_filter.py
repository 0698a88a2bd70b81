"""The Results grid's filter and sort, worked out off the window thread for a big run (issue 10).

:class:`ResultsFilter` is a proxy over :class:`~badgedesk.gui.results_model.ResultsModel` that holds
the order of the rows it shows (``_order``: proxy row -> source row) and where each source row is
shown (``_where``: source row -> proxy row, -1 when hidden). A QSortFilterProxyModel asks Python
for every row on each keystroke and for every comparison on each sort: at 100,000 learners that
held the window for seconds. Here the order is made by :func:`view_of`:

- at once for a small run (up to ``INLINE_ROWS`` rows), so the grid follows a filter immediately;
- for a big run on a pool thread, then swapped in; an answer about a filter, sort or rows no longer
  shown is dropped, and at most one is worked out at a time (the latest wins);
- not at all for the grid as it comes (every row, in row order): the order is then ``range(n)``.

Changed rows repaint in place (O(changed)); while a filter, search or sort is on, the order is also
made again after them, shortly (a batch of changes during a run costs one remake, not one each).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from badgedesk.gui.results_model import FILTERS, ROW, ResultsModel, accepts
from badgedesk.gui.tasks import run_task

INLINE_ROWS = 2000  # at most this many rows are filtered and sorted on the window thread
CHUNK = 5000  # rows sorted at a time off the window thread (a long sort in C holds the interpreter)
SETTLE_MS = 500  # after a run's changes, the order is made again this much later (at most twice a second)

Index = QModelIndex | QPersistentModelIndex


def view_of(
    model: ResultsModel,
    rows: list[dict[str, Any]],
    view: tuple[frozenset[str] | None, frozenset[str] | None, str, int, bool],
) -> tuple[Sequence[int], Sequence[int]]:
    """The rows ``view`` (statuses, claims, needle, sort column, descending) shows, in order, and
    where each row is shown. Pure: runs on any thread, over rows no one replaces meanwhile."""
    statuses, claims, needle, column, descending = view
    n = len(rows)
    if statuses is None and claims is None and not needle and column == ROW and not descending:
        return range(n), range(n)  # rows come in row order
    keyed = [
        (model.sort_key(row, column), i)
        for i, row in enumerate(rows)
        if accepts(row, statuses, claims, needle)
    ]
    if len(keyed) <= CHUNK:
        keyed.sort()
    else:  # sorted in chunks and merged in Python, so the window thread gets its turns
        parts = [sorted(keyed[i : i + CHUNK]) for i in range(0, len(keyed), CHUNK)]
        keyed = list(heapq.merge(*parts))
    order = [i for _key, i in keyed]
    if descending:
        order.reverse()
    where = [-1] * n
    for at, source in enumerate(order):
        where[source] = at
    return order, where


class ResultsFilter(QAbstractProxyModel):
    """Narrows the grid to a status group (or claim state) and to rows whose name or email match,
    sorted by a column. ``settled`` is emitted when an order made off the window thread is shown."""

    settled = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None
        self._claims: frozenset[str] | None = None
        self._needle = ""
        self._sort = (ROW, False)
        self.key = "all"
        self._order: Sequence[int] = range(0)
        self._where: Sequence[int] = range(0)
        self._asked: tuple | None = None  # (rows, view) being worked out off the window thread
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(SETTLE_MS)
        self._later.timeout.connect(self._remake)

    # -- the source ------------------------------------------------------------------------------

    def setSourceModel(self, model: ResultsModel) -> None:  # noqa: N802
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._order = self._where = range(model.rowCount())
        self.endResetModel()

    def _model(self) -> ResultsModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _view(self) -> tuple:
        return (self._statuses, self._claims, self._needle, *self._sort)

    def _source_reset(self) -> None:
        """New rows (endResetModel follows beginResetModel, connected above)."""
        self._later.stop()
        rows = self._model()._rows
        if self._trivial():
            self._order = self._where = range(len(rows))  # rows come in row order
        elif len(rows) <= INLINE_ROWS:
            self._order, self._where = view_of(self._model(), rows, self._view())
        else:
            self._order = self._where = range(0)  # shown once made
            self._ask()
        self.endResetModel()

    def _trivial(self) -> bool:
        return (
            self._statuses is None
            and self._claims is None
            and not self._needle
            and self._sort == (ROW, False)
        )

    def _source_changed(self, top: Index, bottom: Index, roles: list[int] = ()) -> None:  # noqa: B006
        last = self.columnCount() - 1
        if bottom.row() - top.row() > 64:  # many rows (e.g. another key column): repaint the grid
            if self._order:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, last), roles)
        else:
            for source in range(top.row(), bottom.row() + 1):
                at = self._where[source] if source < len(self._where) else -1
                if at >= 0:
                    self.dataChanged.emit(self.index(at, 0), self.index(at, last), roles)
        if not self._trivial():  # a change may move rows into or out of the view, or reorder them
            if len(self._model()._rows) <= INLINE_ROWS:
                self._remake()
            elif not self._later.isActive():
                self._later.start()

    # -- the view --------------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        """An order is being worked out off the window thread."""
        return self._asked is not None

    def set_filter(self, key: str) -> None:
        for k, _label, statuses, claims in FILTERS:
            if k == key:
                self.key, self._statuses, self._claims = key, statuses, claims
                self._remake()
                return
        raise KeyError(key)

    def set_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._needle = needle
            self._remake()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = (column if column >= 0 else ROW, order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self._remake()

    def _remake(self) -> None:
        model = self._model()
        if model is None:
            return
        rows = model._rows
        if len(rows) <= INLINE_ROWS or self._trivial():
            was_working, self._asked = self.working, None  # an answer still coming is not wanted
            self._show((range(len(rows)),) * 2 if self._trivial() else view_of(model, rows, self._view()))
            if was_working:
                self.settled.emit()
        else:
            self._ask()

    def _ask(self) -> None:
        if self._asked is not None:
            return  # when its answer comes, the latest view is worked out if it changed meanwhile
        model = self._model()
        asked = (model._rows, self._view())
        self._asked = asked
        run_task(
            view_of,
            model,
            *asked,
            on_done=lambda made: self._made(asked, made),
            on_error=lambda _err: self._made(asked, None),
        )

    def _made(self, asked: tuple, made: tuple[Sequence[int], Sequence[int]] | None) -> None:
        if self._asked is not asked:
            return  # made for a view no longer wanted (worked out at once since)
        self._asked = None
        if self._model()._rows is asked[0] and self._view() == asked[1]:
            if made is not None:
                self._show(made)
        else:  # the filter, sort or rows changed meanwhile: work the latest out
            self._remake()
            if self._asked is not None:
                return
        self.settled.emit()

    def _show(self, made: tuple[Sequence[int], Sequence[int]]) -> None:
        self.beginResetModel()
        self._order, self._where = made
        self.endResetModel()

    # -- QAbstractProxyModel ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._order) > 0

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._order) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802
        model = self.sourceModel()
        if model is None or not index.isValid() or not 0 <= index.row() < len(self._order):
            return QModelIndex()
        return model.index(self._order[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self._where):
            return QModelIndex()
        at = self._where[index.row()]
        return self.index(at, index.column()) if at >= 0 else QModelIndex()
