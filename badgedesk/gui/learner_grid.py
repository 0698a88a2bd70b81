"""The Cohort step's learner table, as the keyboard and a screen reader meet it.

- Space toggles the current learner's consent, whichever cell is current.
- The whole row is selected, and the selected row is always the current one.
- A screen reader's Toggle action on a consent cell ticks or unticks it. Qt's table cells offer
  one action, Toggle, which selects the cell rather than changing its tick; and a selection made
  through the accessibility interface never moves the current index. So the grid selects single
  cells (so that it learns which cell the reader acted on), widens each selection to the row, and
  treats a change of selection that did not come with the current index (keys, the mouse and the
  page's own code always set the current index first) as the reader's: it moves the current row
  there, and on a consent cell it toggles the tick.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from badgedesk.gui.cohort_model import CONSENT

Flag = QItemSelectionModel.SelectionFlag


class LearnerGrid(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._widening = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def setModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def toggle_consent(self, row: int) -> bool:
        """Tick or untick the consent of the learner in ``row`` (False when it cannot be changed)."""
        model = self.model()
        index = model.index(row, CONSENT) if model is not None else QModelIndex()
        if not index.isValid() or not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        checked = model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return bool(model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if (
            event.key() == Qt.Key.Key_Space
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            if current.isValid():
                self.toggle_consent(current.row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _select_row(self, index: QModelIndex) -> None:
        self._widening = True
        try:
            self.selectionModel().select(index, Flag.Select | Flag.Rows)
        finally:
            self._widening = False

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._widening:
            return
        current = self.currentIndex()
        picked = selected.indexes()
        if picked:
            index = picked[0]
            if (
                not current.isValid()
                or current.row() != index.row()
                or (index.column() == CONSENT and current.column() != CONSENT)
            ):
                # Selected from outside the view: follow it, and a consent cell's Toggle ticks it.
                self._widening = True
                try:
                    self.selectionModel().setCurrentIndex(index, Flag.NoUpdate)
                finally:
                    self._widening = False
                if index.column() == CONSENT:
                    self.toggle_consent(index.row())
            self._select_row(index)
            return
        dropped = deselected.indexes()
        if (
            len(dropped) == 1
            and dropped[0].column() == CONSENT
            and current.isValid()
            and current == dropped[0]
        ):
            # The reader's Toggle on the (selected) current consent cell: tick it, keep the row selected.
            self.toggle_consent(current.row())
            self._select_row(current)
