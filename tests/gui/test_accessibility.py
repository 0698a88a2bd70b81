"""The window as a screen reader meets it: walked through ``QAccessible`` in-process.

Names of every shown control, changing labels' text reaching the reader, the consent cells'
Toggle action, and selection and current row agreeing when a reader selects.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from badgedesk.gui.cohort_model import CONSENT, FIRST_NAME
from badgedesk.gui.cohort_page import CohortPage

SAMPLE_CSV = Path(__file__).resolve().parents[2] / "resources" / "sample-cohort.csv"
Role = QAccessible.Role
NAMED_ROLES = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Table,
    Role.List,
    Role.Tree,
    Role.ToolBar,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.ProgressBar,
    Role.PageTab,
    Role.Link,
}


def walk(iface, depth=0):
    """Every accessible object under ``iface`` that is shown (not invisible), with its parents first."""
    if iface is None or not iface.isValid() or depth > 40:
        return
    if iface.state().invisible:
        return
    yield iface
    if iface.role() in (Role.Table, Role.List, Role.Tree):
        return  # cells: their text is the data
    for i in range(iface.childCount()):
        yield from walk(iface.child(i), depth + 1)


def unnamed_controls(widget):
    root = QAccessible.queryAccessibleInterface(widget)
    return [
        f"{i.role().name} {i.object().metaObject().className() if i.object() else ''} "
        f"{i.object().objectName() if i.object() else ''}"
        for i in walk(root)
        if i.role() in NAMED_ROLES and not i.text(QAccessible.Text.Name).strip()
    ]


def cells(table):
    iface = QAccessible.queryAccessibleInterface(table)
    return [iface.child(i) for i in range(iface.childCount()) if iface.child(i).role() == Role.Cell]


def cell_at(table, row, column):
    found = cells(table)
    columns = table.model().columnCount()
    return found[row * columns + column]


def toggle(cell):
    actions = cell.actionInterface()
    assert actions is not None and actions.toggleAction() in actions.actionNames()
    actions.doAction(actions.toggleAction())


@pytest.fixture
def window(qtbot, keychain, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from badgedesk.gui.app import build_window

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    w = build_window()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.state.close()


def test_every_shown_control_of_every_step_has_a_name(qtbot, window):
    window.pages["library"].search.setText("First")  # the search fields show their clear buttons
    window.pages["results"].search.setText("a")
    window.resize(700, 700)  # narrow: the Results tool bar shows its overflow button
    missing = {}
    for key in window.pages:
        window.go(key)
        qtbot.wait(10)
        found = unnamed_controls(window)
        if found:
            missing[key] = found
    assert missing == {}


def test_changing_labels_give_the_screen_reader_their_text(qtbot, window):
    for key in window.pages:
        window.go(key)
        for label in window.findChildren(QLabel):
            if not label.isVisibleTo(window) or not label.text():
                continue
            iface = QAccessible.queryAccessibleInterface(label)
            name = iface.text(QAccessible.Text.Name)
            plain = label.text()
            if label.textFormat() != Qt.TextFormat.PlainText:
                from PySide6.QtGui import QTextDocumentFragment

                plain = QTextDocumentFragment.fromHtml(plain).toPlainText()
            # Qt reads a label's text to the reader only as its name: a fixed name would hide it.
            words = " ".join(name.split()), " ".join(plain.split())
            assert words[0] in (words[1], words[1].replace("&", "")), (key, label.objectName(), *words)
    # The labels the audit found hidden behind fixed names: each new text reaches the reader.
    pages = window.pages
    changing = [
        pages["connect"].result_label,
        pages["library"].count_label,
        pages["library"].details.name,
        pages["library"].details.description,
        pages["library"].details.facts,
        pages["cohort"].summary_label,
        pages["issue"].summary,
        pages["issue"].progress_label,
        pages["issue"].state_label,
        pages["results"].summary,
        pages["results"].title,
        window.connection_label,
    ]
    for n, label in enumerate(changing):
        text = f"New text {n} for the reader"
        label.setText(text)
        iface = QAccessible.queryAccessibleInterface(label)
        assert iface.text(QAccessible.Text.Name) == text, label.accessibleDescription()
        assert iface.text(QAccessible.Text.Description), text  # what the label is for


def test_choosing_a_step_through_the_reader_shows_its_page(qtbot, window):
    steps = QAccessible.queryAccessibleInterface(window.steps)
    items = [steps.child(i) for i in range(steps.childCount())]
    third = next(i for i in items if i.text(QAccessible.Text.Name) == "Cohort")
    toggle(third)
    assert window.stack.currentWidget() is window.pages["cohort"]


@pytest.fixture
def cohort(state, qtbot):
    page = CohortPage(state)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.open_file(str(SAMPLE_CSV))
    qtbot.waitUntil(lambda: not page.working and page.model.rowCount() > 5, timeout=10000)
    yield page
    qtbot.waitUntil(lambda: not page.working, timeout=10000)


def ticked(page, row):
    index = page.model.index(row, CONSENT)
    return page.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_a_consent_cell_toggles_through_the_accessibility_action(qtbot, cohort):
    grid = cohort.grid
    row = 3
    before = ticked(cohort, row)
    toggle(cell_at(grid, row, CONSENT))
    assert ticked(cohort, row) is not before
    assert grid.currentIndex().row() == row
    toggle(cell_at(grid, row, CONSENT))  # again, on the now selected cell
    assert ticked(cohort, row) is before
    assert grid.currentIndex().row() == row
    assert {i.row() for i in grid.selectionModel().selectedIndexes()} == {row}


def test_selecting_a_learner_through_the_reader_moves_the_current_row(qtbot, cohort):
    grid = cohort.grid
    ticks = [ticked(cohort, r) for r in range(cohort.model.rowCount())]
    toggle(cell_at(grid, 5, FIRST_NAME))
    assert grid.currentIndex().row() == 5
    assert [ticked(cohort, r) for r in range(cohort.model.rowCount())] == ticks  # a name cell: no tick
    assert cohort.selected_row() is not None
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # Space now acts on the learner the reader chose
    assert ticked(cohort, 5) is not ticks[5]
    assert [ticked(cohort, r) for r in range(cohort.model.rowCount()) if r != 5] == ticks[:5] + ticks[6:]


def test_keys_and_clicks_move_selection_with_the_current_row_without_ticking(qtbot, cohort):
    grid = cohort.grid
    ticks = [ticked(cohort, r) for r in range(cohort.model.rowCount())]
    grid.setFocus()
    grid.setCurrentIndex(cohort.model.index(0, FIRST_NAME))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # onto the consent cell: moving never ticks
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().row() == 2
    assert {i.row() for i in grid.selectionModel().selectedIndexes()} == {2}
    cohort.select_row(cohort.model.draft_row(4).row if hasattr(cohort.model.draft_row(4), "row") else 4)
    assert [ticked(cohort, r) for r in range(cohort.model.rowCount())] == ticks
