"""Run history: every past run, newest first; open one to see its results (step 5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.gui import colours, localized
from badgedesk.gui.results_model import ReadOnlyTable
from badgedesk.gui.results_page import run_state_label

CONTEXT = "RunsModel"
RUN, STARTED, STATE, BADGE, ENVIRONMENT, FILE, ROWS, ISSUED, PROBLEMS = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("RunsModel", "Run"),
    QT_TRANSLATE_NOOP("RunsModel", "Started"),
    QT_TRANSLATE_NOOP("RunsModel", "State"),
    QT_TRANSLATE_NOOP("RunsModel", "Badge"),
    QT_TRANSLATE_NOOP("RunsModel", "Environment"),
    QT_TRANSLATE_NOOP("RunsModel", "File"),
    QT_TRANSLATE_NOOP("RunsModel", "Learners"),
    QT_TRANSLATE_NOOP("RunsModel", "Issued"),
    QT_TRANSLATE_NOOP("RunsModel", "Problems"),
)
RunIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
_NUMERIC = {RUN: "id", ROWS: "rows", ISSUED: "issued", PROBLEMS: "problems"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def local_time(stamp: str | None) -> str:
    """An ISO UTC stamp from the journal as local 'yyyy-MM-dd HH:mm'."""
    if not stamp:
        return ""
    when = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    return localized.date_time(when.toLocalTime()) if when.isValid() else stamp


class RunsModel(ReadOnlyTable):
    """journal.runs(): one row per run, in the order given (newest first)."""

    HEADERS = HEADERS
    CONTEXT = CONTEXT

    def set_runs(self, runs: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in runs]
        self.endResetModel()

    def run_at(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not self._valid(index):
            return None
        run, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(run, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PROBLEMS and (run.get("problems") or 0) > 0:
                return QBrush(colours.colour("error"))
            if column == ENVIRONMENT and run.get("sandbox"):
                return QBrush(colours.colour("warning"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATE and run.get("stop_code"):
            return run["stop_code"]
        if role == RunIdRole:
            return run["id"]
        if role == SortRole:
            if column in _NUMERIC:
                return int(run.get(_NUMERIC[column]) or 0)
            if column == STARTED:
                return run.get("created_at") or ""
            return self._text(run, column).casefold()
        return None

    def _text(self, run: dict[str, Any], column: int) -> str:
        if column == RUN:
            return str(run["id"])
        if column == STARTED:
            return local_time(run.get("created_at"))
        if column == STATE:
            return run_state_label(run.get("state") or "")
        if column == BADGE:
            return run.get("badge_name") or f"#{run.get('badge_id')}"
        if column == ENVIRONMENT:
            env = run.get("environment") or ""
            return (
                QCoreApplication.translate("RunsModel", "{env} · SANDBOX").format(env=env)
                if run.get("sandbox")
                else env
            )
        if column == FILE:
            return run.get("source_name") or ""
        if column in _NUMERIC:
            return str(run.get(_NUMERIC[column]) or 0)
        return ""


class HistoryDialog(QDialog):
    """Pick a past run; Open (Enter, double-click) shows it on the Results page."""

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._opened = False
        self.setWindowTitle(self.tr("Run history"))
        self.resize(920, 460)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter runs"))
        self.filter.setPlaceholderText(self.tr("Badge, file, state, environment…"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Filter:"))
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)

        self.model = RunsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SortRole)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.open_selected)

        self.table = QTableView()
        self.table.setObjectName("runsTable")
        self.table.setAccessibleName(self.tr("Past runs"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RUN, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(BADGE, QHeaderView.ResizeMode.Stretch)
        # Enter and double-click (or a single click where the desktop activates on one) open the run.
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)

        self.empty = QLabel(self.tr("No runs yet. Issue a cohort (step 4) and it appears here."))
        self.empty.setAccessibleName(self.tr("No runs"))
        layout.addWidget(self.empty)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Open the selected run"))
        for button in self.buttons.buttons():  # Enter is handled by the table and the filter box, once
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.open_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        state.runsChanged.connect(self.refresh)
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        keep = self.selected_run_id()
        self.model.set_runs(self.state.journal.runs())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(BADGE, QHeaderView.ResizeMode.Stretch)
        if not self.select_run(keep if keep is not None else self.state.run_id):
            self._select_first()
        self._update()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.selected_run_id() is None:
            self._select_first()
        self._update()

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def select_run(self, run_id: int | None) -> bool:
        if run_id is None:
            return False
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RunIdRole) == run_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return False

    def selected_run_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(RunIdRole) if rows else None

    def _update(self) -> None:
        self.open_button.setEnabled(self.selected_run_id() is not None)
        self.empty.setVisible(self.model.rowCount() == 0)

    def open_selected(self) -> None:
        run_id = self.selected_run_id()
        if run_id is None or self._opened:
            return
        self._opened = True
        self.state.set_run(run_id)
        self.state.navigate.emit("results")
        self.accept()
