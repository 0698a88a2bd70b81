"""The issue worker on a real QThread against the simulator: batches, progress, 202s, consent, cancel."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Slot

from badgedesk.core.engine import Settings
from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.gui.worker import IssueWorker, start_worker
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms.navigatr import NavigatrClient

FAST = Settings(backoff_base=0.05, confirm_delay=0.05)


class NoMinimumClient(NavigatrClient):
    """As if the badge did not state its minimum score: the platform's 202 is the only warning."""

    def badge(self, badge_id):
        return dataclasses.replace(super().badge(badge_id), min_score=None)


def factory(sim, cls=NavigatrClient):
    limiter = SlidingWindowLimiter(5, 0.2, 0.03)
    return lambda: cls(simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=5, limiter=limiter)


def make_run(state, sim, rows, badge=simmod.FIRST_AID_BADGE_ID):
    info = RunInfo("navigatr", "custom:" + sim.base_url, sim.base_url, str(badge), "column")
    return state.journal.create_run(info, rows)


def record(i, tag, consent=True, score=None):
    email = f"{tag}{i}@example.org"
    return LearnerRecord(
        i + 2,
        email,
        email,
        "W",
        str(i),
        consent,
        "column 'Consent': yes" if consent else "no",
        "pending" if consent else "skipped_no_consent",
        score=score,
    )


class Collector(QObject):
    """Receives the worker's signals on the GUI thread, as the window does."""

    def __init__(self, worker):
        super().__init__()
        self.results, self.batches, self.progress = [], [], []
        worker.finished.connect(self.on_finished)
        worker.rowsChanged.connect(self.on_rows)
        worker.progress.connect(self.on_progress)

    @Slot(dict)
    def on_finished(self, result):
        self.results.append(result)

    @Slot(list)
    def on_rows(self, batch):
        self.batches.append(batch)

    @Slot(int, int, float, float)
    def on_progress(self, *values):
        self.progress.append(values)


def run_worker(qtbot, worker):
    got = Collector(worker)
    thread = start_worker(worker)
    qtbot.waitUntil(lambda: bool(got.results), timeout=30000)
    thread.wait(5000)
    return got.results[0], got.batches, got.progress


def test_a_run_reports_batches_progress_and_the_result(qtbot, state, sim):
    run_id = make_run(state, sim, [record(i, "wk") for i in range(12)])
    worker = IssueWorker(factory(sim), str(state.journal.path), run_id, FAST)
    result, batches, progress = run_worker(qtbot, worker)
    assert result["state"] == "completed" and result["counts"] == {"issued": 12} and result["exit_code"] == 0
    events = [e for batch in batches for e in batch]
    assert sorted(e["row"] for e in events) == list(range(2, 14))
    assert len(batches) < len(events)  # batched, not one signal per row
    assert progress[-1][:2] == (12, 12)


def test_a_202_is_flagged_needs_review_never_issued(qtbot, state, sim):
    rows = [record(0, "low", score=20), record(1, "low", score=95)]
    run_id = make_run(state, sim, rows, badge=simmod.MIN_SCORE_BADGE_ID)
    worker = IssueWorker(factory(sim, NoMinimumClient), str(state.journal.path), run_id, FAST)
    result, _, _ = run_worker(qtbot, worker)
    assert result["counts"] == {"needs_review": 1, "issued": 1}
    low = state.journal.rows(run_id)[0]
    assert low["status"] == "needs_review" and low["http_status"] == 202 and low["code"] == "score_too_low"
    assert "Score is too low" in low["message"]
    assert [a["recipient_email"] for a in sim.ledger() if a["recipient_email"].startswith("low")] == [
        "low1@example.org"
    ]


def test_learners_without_consent_are_never_sent(qtbot, state, sim):
    rows = [record(0, "cons"), record(1, "cons", consent=False)]
    run_id = make_run(state, sim, rows)
    result, _, _ = run_worker(qtbot, IssueWorker(factory(sim), str(state.journal.path), run_id, FAST))
    assert result["counts"] == {"issued": 1, "skipped_no_consent": 1}
    assert "cons1@example.org" not in {a["recipient_email"] for a in sim.ledger()}


def test_cancel_from_the_gui_thread_stops_the_run(qtbot, state, sim):
    sim.set(latency_ms=150)
    try:
        run_id = make_run(state, sim, [record(i, "can") for i in range(30)])
        worker = IssueWorker(factory(sim), str(state.journal.path), run_id, FAST)
        got = Collector(worker)
        results = got.results
        thread = start_worker(worker)
        qtbot.waitUntil(
            lambda: sum(a["recipient_email"].startswith("can") for a in sim.ledger()) >= 3, timeout=10000
        )
        worker.cancel()
        qtbot.waitUntil(lambda: bool(results), timeout=20000)
        thread.wait(5000)
    finally:
        sim.set(latency_ms=0)
    assert results[0]["state"] == "cancelled"
    assert results[0]["counts"].get("cancelled", 0) > 0
