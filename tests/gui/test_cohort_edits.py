"""Issue 10: the Cohort page's edits of a big cohort (a correction, Apply suggestion, Tick/Untick all)
run off the window thread, with the inputs locked meanwhile, and lose nothing. The threshold is
lowered so that a few thousand rows stand for 100,000. No wall-clock assertions: spies record which
thread did the work, a timer counts the window's ticks."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from badgedesk.core import draft as draft_module
from badgedesk.core.draft import CohortDraft
from badgedesk.gui import cohort_reading
from badgedesk.gui.cohort_model import EMAIL
from tests.gui import test_cohort_loading, test_cohort_page
from tests.gui.test_cohort_loading import ThreadSpy, issue_earlier, write_csv
from tests.gui.test_cohort_page import answer, cell, dialog_returns, open_and_wait

page = test_cohort_page.page  # the fixtures
with_badge = test_cohort_loading.with_badge

ROWS = 3000


@pytest.fixture
def big(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(cohort_reading, "INLINE_ROWS", 100)  # 3,000 learners stand for 100,000
    open_and_wait(qtbot, page, write_csv(tmp_path / "big.csv", ROWS))
    assert page.model.rowCount() == ROWS
    return page


class Watch:
    """While an edit runs: the window's timer ticks, and whether the inputs were locked. ``hold``
    makes the background work wait until the window has ticked a few times while it ran (on the
    window thread itself it would wait in vain, and the test fails)."""

    def __init__(self, page):
        self.page, self.locked = page, []
        self.ticked = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        p = self.page
        if p.working:
            self.locked.append(
                not p.tick_button.isEnabled()
                and not p.untick_button.isEnabled()
                and not p.mapping_panel.isEnabled()
                and not p.model.is_editable()
            )
            if len(self.locked) >= 3:
                self.ticked.set()

    def hold(self, monkeypatch, owner, name):
        real = getattr(owner, name)

        def held(*args, **kwargs):
            self.ticked.wait(5)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)

    def wait(self, qtbot):
        qtbot.waitUntil(lambda: not self.page.working, timeout=20000)
        self.timer.stop()
        assert self.ticked.is_set()  # the window kept processing events while the work ran ...
        assert all(self.locked)  # ... with the inputs that would race locked


def test_an_inline_correction_checks_the_cohort_again_off_the_window_thread(qtbot, big, monkeypatch):
    validate = ThreadSpy(monkeypatch, draft_module, "build_cohort")
    model = big.model
    big.grid.scrollTo(model.index(2000, EMAIL))
    big.grid.setCurrentIndex(model.index(2000, EMAIL))
    watch = Watch(big)
    watch.hold(monkeypatch, CohortDraft, "fix")
    assert model.setData(model.index(2000, EMAIL), "learner5@example.org")  # a duplicate of row 7
    watch.wait(qtbot)
    assert validate.threads and validate.on_window_thread == 0
    assert cell(big, 2002, EMAIL) == "learner5@example.org"
    assert big.draft.counts()["duplicate"] == 1  # duplicates span rows: the whole cohort was checked
    assert "duplicate" in cell(big, 2002, 5, Qt.ItemDataRole.ToolTipRole).lower()
    assert big.grid.currentIndex().row() == 2000  # the view kept its place (no reset)


def test_apply_suggestion_runs_off_the_window_thread(qtbot, page, tmp_path, monkeypatch):
    monkeypatch.setattr(cohort_reading, "INLINE_ROWS", 100)
    path = write_csv(tmp_path / "big.csv", ROWS)
    path.write_text(path.read_text().replace("learner9@example.org", "learner9@gmial.com"))
    open_and_wait(qtbot, page, path)
    page.select_row(11)
    validate = ThreadSpy(monkeypatch, draft_module, "build_cohort")
    watch = Watch(page)
    watch.hold(monkeypatch, CohortDraft, "fix")
    page.apply_suggestion()
    watch.wait(qtbot)
    assert validate.threads and validate.on_window_thread == 0
    assert cell(page, 11, EMAIL) == "learner9@gmail.com"
    assert "email corrected" in page.info_label.text()


def test_tick_and_untick_all_run_off_the_window_thread(qtbot, big, monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    watch = Watch(big)
    watch.hold(monkeypatch, CohortDraft, "set_all_consent")
    big.untick_all()  # (every row says yes in the file)
    watch.wait(qtbot)
    assert big.draft.counts()["no_consent"] == ROWS
    consent = ThreadSpy(monkeypatch, CohortDraft, "set_all_consent")
    counted = ThreadSpy(monkeypatch, CohortDraft, "refusals")
    rows = ThreadSpy(monkeypatch, CohortDraft, "_make_row")
    watch = Watch(big)
    watch.hold(monkeypatch, CohortDraft, "refusals")
    big.tick_all()
    watch.wait(qtbot)
    assert consent.threads and consent.on_window_thread == 0
    assert counted.threads and counted.on_window_thread == 0
    assert len(rows.threads) >= ROWS and rows.on_window_thread == 0
    assert big.draft.counts()["ready"] == ROWS
    assert f"Consent ticked for {ROWS:,}".replace(",", "") in big.info_label.text().replace(",", "")


def test_journal_marks_that_arrive_during_a_bulk_edit_are_kept(qtbot, big, with_badge, monkeypatch):
    qtbot.waitUntil(lambda: not big.working)
    issue_earlier(with_badge, ["learner3@example.org", "learner7@example.org"])
    big.untick_all()
    assert big.working
    with_badge.runsChanged.emit()  # the journal changed while the copy is being made
    qtbot.waitUntil(lambda: not big.working and big.draft.counts()["no_consent"] == ROWS, timeout=20000)
    qtbot.waitUntil(lambda: big.draft.has_issued_marks, timeout=20000)
    assert big.draft.counts()["no_consent"] == ROWS  # the untick is not lost ...
    marked = [r for r in big.draft.rows() if r.already_issued_run is not None]
    assert len(marked) == 2  # ... nor are the marks


def test_reopening_a_prepared_cohort_shows_progress_and_can_be_cancelled(qtbot, page, tmp_path, monkeypatch):
    open_and_wait(qtbot, page, write_csv(tmp_path / "big.csv", ROWS))
    dialog_returns(monkeypatch, "getSaveFileName", tmp_path / "big.badgedesk-cohort.json")
    page.save_prepared()
    qtbot.waitUntil(lambda: not page.working)
    shown = page.draft
    said = []
    page.info_label.setText("")
    reached = threading.Event()
    real = CohortDraft.from_prepared.__func__

    def slow(cls, *args, **kwargs):
        reached.wait(5)  # held until the test has looked at the page
        return real(cls, *args, **kwargs)

    monkeypatch.setattr(CohortDraft, "from_prepared", classmethod(slow))
    page.open_file(str(tmp_path / "big.badgedesk-cohort.json"))
    qtbot.waitUntil(lambda: "Opening big.badgedesk-cohort.json" in page.info_label.text())
    said.append(page.info_label.text())
    assert page.cancel_read_button.isVisibleTo(page) and page.working
    page.cancel_read()  # the read stops at its next check, as an open's does
    reached.set()
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert "Reading cancelled" in page.info_label.text() and page.draft is shown
    assert page.open_button.isEnabled()


def test_journal_marks_answered_after_the_edit_shows_are_asked_again(qtbot, big, with_badge, monkeypatch):
    """The journal's answer comes back only after the edited copy has been swapped in: it is about the
    draft shown before, so the page asks again for the draft shown now, and the marks still arrive."""
    qtbot.waitUntil(lambda: not big.working)
    issue_earlier(with_badge, ["learner3@example.org", "learner7@example.org"])
    swapped = threading.Event()
    real = cohort_reading.marks_for
    first = []

    def late(check, draft):
        if not first:  # the first answer waits until the edit is shown
            first.append(draft)
            swapped.wait(10)
        return real(check, draft)

    monkeypatch.setattr(cohort_reading, "marks_for", late)
    big.untick_all()
    assert big.working
    with_badge.runsChanged.emit()
    watcher = QTimer()
    watcher.setInterval(5)
    watcher.timeout.connect(lambda: swapped.set() if not big.working else None)
    watcher.start()
    qtbot.waitUntil(lambda: big.draft.has_issued_marks, timeout=20000)
    watcher.stop()
    assert first and first[0] is not big.draft  # the late answer was about the draft shown before
    assert big.draft.counts()["no_consent"] == ROWS
    assert len([r for r in big.draft.rows() if r.already_issued_run is not None]) == 2


def test_reopening_a_prepared_cohort_reports_the_rows_read(qtbot, page, tmp_path, monkeypatch):
    """Reopening a prepared cohort reads its learner list again with the same progress as an open."""
    open_and_wait(qtbot, page, write_csv(tmp_path / "big.csv", ROWS))
    dialog_returns(monkeypatch, "getSaveFileName", tmp_path / "big.badgedesk-cohort.json")
    page.save_prepared()
    qtbot.waitUntil(lambda: not page.working)
    reported = []
    start = page._start_job

    def watched(name):
        job = start(name)
        job.progressed.connect(lambda phase, rows, _sheet: reported.append((phase, rows)))
        return job

    monkeypatch.setattr(page, "_start_job", watched)
    page.open_file(str(tmp_path / "big.badgedesk-cohort.json"))
    qtbot.waitUntil(lambda: not page.working and page.draft.prepared_path is not None, timeout=20000)
    assert ("opening", 0) in reported
    assert max(rows for phase, rows in reported if phase != "opening") >= ROWS  # the rows read reach the page
