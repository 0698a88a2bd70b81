"""Issue 10: on the Results step, nothing that grows with the learners runs on the window thread:
a run's rows and counts are read, and the grid's filter, search and sort worked out, on other
threads, with the page saying "Loading N results…" meanwhile; an answer about a run no longer shown
is dropped, and updates that came meanwhile are kept. The thresholds are lowered so that a few
dozen learners stand for 100,000. No wall-clock assertions: spies record which thread did the
work, a window-thread timer counts ticks while the work is held."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from PySide6.QtCore import Qt

from badgedesk.core.journal import Journal
from badgedesk.gui import results_filter, results_loading
from badgedesk.gui.results_model import NAME, STATUS, RowRole, StatusRole
from badgedesk.gui.results_page import ResultsPage
from tests.gui.test_cohort_loading import ThreadSpy
from tests.gui.test_issue_scale import Watch
from tests.gui.test_results_page import create_run, records

STATUSES = ("issued", "failed", "pending", "needs_review", "issued", "skipped_no_consent", "failed")


@pytest.fixture(autouse=True)
def small_thresholds(monkeypatch):
    monkeypatch.setattr(results_loading, "INLINE_ROWS", 5)  # more than 5 rows stand for 100,000
    monkeypatch.setattr(results_filter, "INLINE_ROWS", 5)
    monkeypatch.setattr(results_filter, "CHUNK", 4)  # sorted in chunks, then merged


@pytest.fixture
def page(qtbot, state):
    p = ResultsPage(state)
    qtbot.addWidget(p)
    p.show()
    return p


def big_run(state, n=40, tag="big-"):
    run_id = create_run(state, records(tag, n))
    for i, row in enumerate(state.journal.rows(run_id)):
        status = STATUSES[i % len(STATUSES)]
        if status != "pending":
            state.journal.set_row(row["id"], status, status, f"{status}.")
    return run_id


def hold_rows(monkeypatch, until, run_id=None, finished=None):
    """Journal.rows waits for ``until`` (for ``run_id`` only, when given); ``finished`` is set after."""
    real = Journal.rows

    def held(self, asked):
        if run_id is None or asked == run_id:
            until.wait(5)
        try:
            return real(self, asked)
        finally:
            if finished is not None and asked == run_id:
                finished.set()

    monkeypatch.setattr(Journal, "rows", held)


def shown(page):
    return [page.proxy.index(r, 0).data(RowRole) for r in range(page.proxy.rowCount())]


def test_a_big_run_is_read_off_the_window_thread_with_its_counts_first(qtbot, page, state, monkeypatch):
    run_id = big_run(state)
    expected = Counter(r["status"] for r in state.journal.rows(run_id))
    reads = ThreadSpy(monkeypatch, Journal, "rows")
    release = threading.Event()
    hold_rows(monkeypatch, release)
    watch = Watch(lambda: page.working, lambda: not page.retry_action.isEnabled())
    page.show_run(run_id)
    assert page.working and page.model.rowCount() == 0
    qtbot.waitUntil(lambda: page.loading_label.text() == "Loading 40 results…", timeout=5000)
    assert page.loading_label.isVisibleTo(page)
    assert (
        page.strip.buttons["failed"].text().endswith(f"{expected['failed']} failed")
    )  # from the counts query
    qtbot.waitUntil(watch.ticked.is_set, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    watch.stop()
    assert reads.threads and reads.on_window_thread == 0
    assert page.model.rowCount() == page.proxy.rowCount() == 40
    assert page.model.counts() == dict(expected)
    assert [r["row_number"] for r in shown(page)] == list(range(2, 42))
    assert not page.loading_label.isVisibleTo(page)
    assert page.retry_action.isEnabled()  # failed rows: the actions are back
    assert f"Totals: {40} learners" in page.summary.text()


def test_the_strip_filter_search_and_sort_are_made_off_the_window_thread(qtbot, page, state, monkeypatch):
    run_id = big_run(state)
    page.show_run(run_id)
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    rows = state.journal.rows(run_id)
    made = ThreadSpy(monkeypatch, results_filter, "view_of")
    watch = Watch(lambda: page.proxy.working)
    watch.hold(monkeypatch, results_filter, "view_of")

    page.strip.buttons["failed"].click()  # issue 11: a count filters the grid
    assert page.filter_box.currentData() == "failed"
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    watch.stop()
    failed = [r["id"] for r in rows if r["status"] == "failed"]
    assert [r["id"] for r in shown(page)] == failed

    page.set_filter("all")  # every row in row order: no work to do
    assert page.proxy.rowCount() == 40 and not page.working
    page.search.setText("first1")  # First1, First10 … First19
    assert page.working
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    assert sorted(r["first_name"] for r in shown(page)) == sorted(
        ["First1"] + [f"First1{i}" for i in range(10)]
    )

    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    names = [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True) and len(names) == 11
    assert made.threads and made.on_window_thread == 0


def test_an_answer_about_a_run_no_longer_shown_is_dropped(qtbot, page, state, monkeypatch):
    first, second = big_run(state, 40, "a-"), big_run(state, 30, "b-")
    release, finished = threading.Event(), threading.Event()
    hold_rows(monkeypatch, release, run_id=first, finished=finished)
    page.show_run(first)
    page.show_run(second)  # the operator moved on before the first run's rows came
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    assert page.model.rowCount() == 30
    release.set()
    assert finished.wait(5)
    qtbot.wait(100)  # the first run's answer arrives, and is dropped
    assert page.model.rowCount() == 30 and not page.working
    assert {r["email"][:2] for r in shown(page)} == {"b-"}
    assert page.run_id == second


def test_updates_that_arrive_while_the_rows_are_read_are_kept(qtbot, page, state, monkeypatch):
    run_id = big_run(state)
    pending = next(r for r in state.journal.rows(run_id) if r["status"] == "pending")
    release = threading.Event()
    hold_rows(monkeypatch, release)
    page.show_run(run_id)
    assert (
        page.update_rows([{"type": "row", "learner_id": pending["id"], "status": "issued", "award_id": "9"}])
        == 0
    )
    release.set()
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    at = page.model.row_for(pending["id"])
    assert page.model.index(at, STATUS).data(StatusRole) == "issued"  # the journal said pending when read
    assert page.model.row_at(at)["award_id"] == "9"


def test_during_a_run_a_filtered_big_grid_repaints_changed_rows_and_remakes_its_order_later(
    qtbot, page, state, monkeypatch
):
    run_id = big_run(state)
    page.show_run(run_id)
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    page.set_filter("issued")
    qtbot.waitUntil(lambda: not page.working, timeout=5000)
    issued = page.proxy.rowCount()
    made = ThreadSpy(monkeypatch, results_filter, "view_of")
    painted = []
    page.proxy.dataChanged.connect(lambda a, b, *_: painted.append((a.row(), b.row())))
    rows = state.journal.rows(run_id)
    first_issued = next(r for r in rows if r["status"] == "issued")
    pending = [r for r in rows if r["status"] == "pending"]
    batch = [{"id": first_issued["id"], "message": "Issued again."}] + [
        {"id": r["id"], "status": "issued"} for r in pending
    ]
    assert page.update_rows(batch) == len(batch)
    assert painted == [(0, 0)]  # only the shown row that changed repaints at once
    qtbot.waitUntil(lambda: page.proxy.rowCount() == issued + len(pending) and not page.working, timeout=5000)
    assert len(made.threads) == 1 and made.on_window_thread == 0  # one remake for the whole batch
