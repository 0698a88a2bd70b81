"""Run history: every past run, newest first, filterable; Open shows it on the Results page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.gui.history_dialog import (
    BADGE,
    ENVIRONMENT,
    FILE,
    ISSUED,
    PROBLEMS,
    RUN,
    HistoryDialog,
    RunsModel,
)
from badgedesk.gui.results_page import ResultsPage


def add_run(state, badge_name, source_name, sandbox=False, statuses=("issued", "failed")):
    rows = [
        LearnerRecord(
            row_number=i + 2,
            recipient_key=f"h{i}@example.org",
            email=f"h{i}@example.org",
            first_name="H",
            last_name=str(i),
            consent=True,
            consent_source="operator statement",
            status=status,
        )
        for i, status in enumerate(statuses)
    ]
    return state.journal.create_run(
        RunInfo(
            platform="navigatr",
            environment="production",
            base_url="https://api.navigatr.app/v1",
            badge_id="2001",
            badge_name=badge_name,
            consent_mode="operator_statement",
            sandbox=sandbox,
            source_name=source_name,
        ),
        rows,
    )


def runs(state):
    first = add_run(state, "First Aid at Work", "march.xlsx")
    second = add_run(state, "Sandbox — test badge", "april.csv", sandbox=True, statuses=("issued",))
    third = add_run(state, "Manual Handling", "may.xlsx", statuses=("issued", "issued", "needs_review"))
    return first, second, third


def text(dialog, row, column):
    return dialog.proxy.index(row, column).data()


def test_runs_model_passes_the_model_tester(qtmodeltester, state):
    runs(state)
    model = RunsModel()
    model.set_runs(state.journal.runs())
    qtmodeltester.check(model)
    model.set_runs(state.journal.runs()[:1])


def test_history_lists_runs_newest_first_with_their_counts(qtbot, state):
    first, second, third = runs(state)
    dialog = HistoryDialog(state)
    qtbot.addWidget(dialog)
    assert [text(dialog, r, RUN) for r in range(3)] == [str(third), str(second), str(first)]
    assert text(dialog, 0, BADGE) == "Manual Handling" and text(dialog, 0, FILE) == "may.xlsx"
    assert text(dialog, 0, ISSUED) == "2" and text(dialog, 0, PROBLEMS) == "1"
    assert text(dialog, 1, ENVIRONMENT) == "production · SANDBOX"
    assert dialog.selected_run_id() == third and dialog.open_button.isEnabled()
    assert not dialog.empty.isVisibleTo(dialog)
    assert dialog.table.accessibleName() and dialog.filter.accessibleName()


def test_filter_narrows_the_list(qtbot, state):
    first, _second, _third = runs(state)
    dialog = HistoryDialog(state)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "MARCH")
    assert dialog.proxy.rowCount() == 1 and dialog.selected_run_id() == first
    dialog.filter.setText("sandbox")
    assert dialog.proxy.rowCount() == 1
    dialog.filter.setText("nothing like this")
    assert dialog.proxy.rowCount() == 0 and not dialog.open_button.isEnabled()


def test_enter_opens_the_selected_run_on_the_results_page(qtbot, state):
    first, _second, _third = runs(state)
    results = ResultsPage(state)
    qtbot.addWidget(results)
    dialog = HistoryDialog(state)
    qtbot.addWidget(dialog)
    pages = []
    state.navigate.connect(pages.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.select_run(first)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert state.run_id == first and pages == ["results"]
    assert results.run_id == first and results.model.rowCount() == 2


def test_enter_in_the_filter_box_opens_the_only_match(qtbot, state):
    _first, second, _third = runs(state)
    dialog = HistoryDialog(state)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "april")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert state.run_id == second and dialog.result() == QDialog.DialogCode.Accepted


def test_double_click_opens_a_run(qtbot, state):
    _first, second, _third = runs(state)
    dialog = HistoryDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rect = dialog.table.visualRect(dialog.proxy.index(1, RUN))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert state.run_id == second and dialog.result() == QDialog.DialogCode.Accepted


def test_empty_history_says_so(qtbot, state):
    dialog = HistoryDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.open_button.isEnabled()
    dialog.open_selected()
    assert state.run_id is None
    add_run(state, "Later", "later.xlsx")
    state.runsChanged.emit()
    assert dialog.proxy.rowCount() == 1 and dialog.open_button.isEnabled()
