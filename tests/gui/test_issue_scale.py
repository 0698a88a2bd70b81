"""Issue 10: on the Issue step, nothing that grows with the learners runs on the window thread: the
cohort's counts, the question whether a run can be resumed, and a new run's records and journal rows
are made on other threads, with the page locked and "Preparing N learners…" meanwhile, and nothing is
lost when the operator cancels. The threshold is lowered so that a few dozen learners stand for
100,000 (a run against the simulator stays short). No wall-clock assertions: spies record which
thread did the work, a window-thread timer counts ticks while the work is held."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from badgedesk.core import runs
from badgedesk.core.draft import CohortDraft
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.gui import issue_prep
from badgedesk.gui.issue_page import IssuePage
from badgedesk.platforms import navigatr_sim as simmod
from tests.gui.test_cohort_loading import ThreadSpy
from tests.gui.test_issue_page import cohort, prepare


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch):
    monkeypatch.setattr(issue_prep, "INLINE_LEARNERS", 10)  # more than 10 learners stand for 100,000


class Watch:
    """A window-thread timer: while ``busy()``, it records ``locked()`` and, after a few ticks, sets
    :attr:`ticked`. Work held with :meth:`hold` waits for that: on the window thread itself it would
    wait in vain (and the test fails)."""

    def __init__(self, busy, locked=lambda: True):
        self.busy, self.locked_now, self.locked = busy, locked, []
        self.ticked = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        if self.busy():
            self.locked.append(self.locked_now())
            if len(self.locked) >= 3:
                self.ticked.set()

    def hold(self, monkeypatch, owner, name, until=None):
        real = getattr(owner, name)
        until = until or self.ticked

        def held(*args, **kwargs):
            until.wait(5)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)

    def stop(self):
        self.timer.stop()
        assert self.ticked.is_set()  # the window kept processing events while the work ran ...
        assert self.locked and all(self.locked)  # ... with the page locked


def yes(monkeypatch, asked=None):
    def answer(*args, **kwargs):
        if asked is not None:
            asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)


def sent_to(sim, tag):
    return sorted(a["recipient_email"] for a in sim.ledger() if a["recipient_email"].startswith(tag))


def test_the_cohort_is_counted_off_the_window_thread(qtbot, state, sim, tmp_path, monkeypatch):
    counted = ThreadSpy(monkeypatch, CohortDraft, "counts")
    box = {}
    watch = Watch(
        lambda: "page" in box and box["page"].working,
        lambda: (
            not box["page"].start_button.isEnabled() and "counting 40 learners" in box["page"].summary.text()
        ),
    )
    watch.hold(monkeypatch, CohortDraft, "counts")
    page = box["page"] = prepare(state, sim, tmp_path, n=40, tag="cnt", refuse={1, 2})
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    watch.stop()
    assert counted.threads and counted.on_window_thread == 0
    assert "40 learners · 38 ready · 2 no consent" in page.summary.text()
    assert page.start_button.isEnabled()
    calls = len(counted.threads)
    page.refresh()  # counted once per draft version: showing it again counts nothing
    assert len(counted.threads) == calls and not page.working


def test_a_cohort_changed_while_counted_shows_the_new_counts(qtbot, state, sim, tmp_path, monkeypatch):
    release = threading.Event()
    watch = Watch(lambda: False)
    watch.hold(monkeypatch, CohortDraft, "counts", until=release)
    page = prepare(state, sim, tmp_path, n=40, tag="old")
    qtbot.addWidget(page)
    assert page.working and "counting 40 learners" in page.summary.text()
    state.set_cohort(cohort(tmp_path, 25, "new", refuse={0}))
    release.set()
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert "25 learners · 24 ready · 1 no consent" in page.summary.text()


def test_a_run_is_prepared_off_the_window_thread_and_issues_the_right_learners(
    qtbot, state, sim, tmp_path, monkeypatch
):
    page = prepare(state, sim, tmp_path, n=30, tag="big", refuse={3, 4, 5})
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    asked = []
    yes(monkeypatch, asked)
    records = ThreadSpy(monkeypatch, CohortDraft, "learner_records")
    mode = ThreadSpy(monkeypatch, CohortDraft, "consent_mode")
    created = ThreadSpy(monkeypatch, runs, "create_run")
    rows = ThreadSpy(monkeypatch, Journal, "rows")
    watch = Watch(
        lambda: page.worker is not None and state.run_id is None,  # preparing: no run made yet
        lambda: (
            "Preparing 30 learners" in page.state_label.text()
            and not page.start_button.isEnabled()
            and not page.sandbox_box.isEnabled()
            and not page.options.evidence_url.isEnabled()
            and page.cancel_button.isEnabled()
            and state.busy
        ),
    )
    watch.hold(monkeypatch, CohortDraft, "learner_records")
    page.start()
    assert " 27 learners" in asked[0]  # the confirmation's count came from the counts made before
    qtbot.waitUntil(
        lambda: page.worker is None and not state.busy and state.run_id is not None, timeout=60000
    )
    watch.stop()
    for spy in (records, mode, created):
        assert spy.threads and spy.on_window_thread == 0
    assert rows.on_window_thread == 0  # the resume question was answered by the run's end
    run_rows = state.journal.rows(state.run_id)
    assert len(run_rows) == 30
    expected = sorted(f"big{i}@example.org" for i in range(30) if i not in (3, 4, 5))
    assert sorted(r["email"] for r in run_rows if r["status"] == "issued") == expected
    assert sent_to(sim, "big") == expected
    assert state.journal.run(state.run_id)["state"] == "completed"


def test_cancelling_while_preparing_makes_no_run_and_loses_nothing(qtbot, state, sim, tmp_path, monkeypatch):
    page = prepare(state, sim, tmp_path, n=12, tag="stop")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    yes(monkeypatch)
    runs_before = len(state.journal.runs())
    cancelled = threading.Event()
    watch = Watch(lambda: False)
    watch.hold(monkeypatch, CohortDraft, "learner_records", until=cancelled)
    page.start()
    assert page.worker is not None and "Preparing 12 learners" in page.state_label.text()
    page.cancel()  # while the records are being built
    cancelled.set()
    qtbot.waitUntil(lambda: page.worker is None and not state.busy, timeout=20000)
    assert "Nothing was sent" in page.state_label.text()
    assert len(state.journal.runs()) == runs_before and state.run_id is None
    assert sent_to(sim, "stop") == []
    assert page.start_button.isEnabled()
    monkeypatch.undo()  # the cohort is as it was: starting again issues every learner
    yes(monkeypatch)
    page.start()
    qtbot.waitUntil(
        lambda: page.worker is None and not state.busy and state.run_id is not None, timeout=60000
    )
    assert sent_to(sim, "stop") == sorted(f"stop{i}@example.org" for i in range(12))


def test_whether_a_run_can_resume_is_asked_off_the_window_thread(qtbot, state, sim, tmp_path, monkeypatch):
    page = prepare(state, sim, tmp_path, n=3, tag="ask")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    info = RunInfo(
        "navigatr", state.environment_key(), sim.base_url, str(simmod.FIRST_AID_BADGE_ID), "column"
    )
    records = [
        LearnerRecord(i + 2, f"ask{i}@example.org", f"ask{i}@example.org", "A", "B", True, "yes", status)
        for i, status in enumerate(("issued", "pending", "issued", "failed"))
    ]
    unsettled = state.journal.create_run(info, records)
    settled = state.journal.create_run(info, [r for r in records if r.status != "pending"])
    rows = ThreadSpy(monkeypatch, Journal, "rows")  # the run's rows are not read at all ...
    counts = ThreadSpy(monkeypatch, Journal, "status_counts")  # ... only its counts by status
    watch = Watch(lambda: page.working, lambda: not page.resume_button.isVisibleTo(page))
    watch.hold(monkeypatch, Journal, "status_counts")
    state.set_run(unsettled)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    watch.stop()
    assert page.resume_button.isVisibleTo(page)
    state.set_run(settled)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert not page.resume_button.isVisibleTo(page)
    assert len(counts.threads) == 2 and counts.on_window_thread == 0
    assert rows.threads == []


def test_a_small_cohort_is_counted_at_once(qtbot, state, tmp_path, monkeypatch):
    monkeypatch.setattr(issue_prep, "INLINE_LEARNERS", 2000)
    page = IssuePage(state)
    qtbot.addWidget(page)
    state.set_cohort(cohort(tmp_path, 5, "few", refuse={0}))
    assert not page.working and "5 learners · 4 ready · 1 no consent" in page.summary.text()
    assert page.start_button.isEnabled()
