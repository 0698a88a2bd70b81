"""Accessibility helpers: what a screen reader meets, made to agree with what the eye sees.

- A label whose text changes must not carry a fixed accessible name: Qt exposes a label's text
  only as its name, so a fixed name would hide the text. :func:`live_label` moves the label's
  purpose into the accessible description and leaves the name to the text.
- A line edit's clear button and a tool bar's overflow button are unnamed by Qt: :func:`name_inner_buttons`.
- A selection made from outside the view (a screen reader selects a row through the accessibility
  interface) does not move the view's current index; :func:`follow_selection` moves it, so that
  Space, Enter and every "selected learner" action act on the row the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QToolBar, QToolButton, QWidget


def live_label(label: QLabel, purpose: str) -> QLabel:
    """A label whose text changes: its text is its accessible name, ``purpose`` its description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(purpose)
    return label


def name_clear_button(edit: QLineEdit) -> None:
    """Name the clear button of a line edit with ``setClearButtonEnabled(True)``."""
    action = edit.findChild(object, "_q_qlineeditclearaction")
    text = QCoreApplication.translate("a11y", "Clear {field}").format(
        field=edit.accessibleName() or edit.placeholderText()
    )
    if action is not None:
        action.setText(text)
        action.setToolTip(text)
    for button in edit.findChildren(QToolButton) + edit.findChildren(QWidget):
        if button.metaObject().className() == "QLineEditIconButton":
            button.setAccessibleName(text)


def name_overflow_button(toolbar: QToolBar) -> None:
    """Name the "more actions" button a tool bar shows when its actions do not fit."""
    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if button is not None:
        text = QCoreApplication.translate("a11y", "More {toolbar}").format(
            toolbar=(toolbar.accessibleName() or toolbar.windowTitle()).lower()
        )
        button.setAccessibleName(text)
        button.setToolTip(text)


def follow_selection(view: QAbstractItemView) -> None:
    """Keep the current index on the selected row when the selection changes from outside the view."""
    model = view.selectionModel()

    def changed(selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        current = view.currentIndex()
        if current.isValid() and current.row() == index.row():
            return
        column = current.column() if current.isValid() else index.column()
        target = index.siblingAtColumn(max(column, 0))
        model.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)

    model.selectionChanged.connect(changed)
