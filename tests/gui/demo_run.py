"""The demo driven to a finished live run, for tests that look at every page with real content:
the connection tested, the library loaded, First Aid at Work chosen, the sample cohort open, and
a live run issued, whose unstated minimum score (as ``badgedesk demo`` sets it) leaves learners
flagged 202 "needs review" with the platform's reason."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from badgedesk.gui.app import build_window
from badgedesk.gui.resources import sample_cohort
from badgedesk.platforms import navigatr_sim as simmod

UNSTATED_MIN_SCORE = {simmod.FIRST_AID_BADGE_ID: 70}  # the demo's (registry demo_settings)


@contextlib.contextmanager
def demo_window(qtbot, tmp_path, size=(1366, 768)):
    """The demo window on a Navigatr simulator with the demo's unstated minimum score."""
    from badgedesk.core.ratelimit import SlidingWindowLimiter

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    with simmod.NavigatrSimulator(rate_limit=(50, 0.3), unstated_min_score=UNSTATED_MIN_SCORE) as sim:
        window = build_window(simulator_url=sim.base_url, token=simmod.DEMO_TOKEN)
        window.state.limiter_for(simmod.DEMO_TOKEN)
        window.state._limiters = {k: SlidingWindowLimiter(50, 0.3, 0.03) for k in window.state._limiters}
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        window.open_path(str(sample_cohort()))
        qtbot.waitUntil(lambda: window.state.cohort_draft is not None, timeout=15000)
        try:
            yield window
        finally:
            window.state.close()


def load_pages(qtbot, window) -> None:
    """Test the connection and load the library (what steps 1 and 2 show)."""
    connect = window.pages["connect"]
    window.go("connect")
    connect.test_connection()
    qtbot.waitUntil(lambda: "Northwind" in connect.result_label.text(), timeout=15000)
    library = window.pages["library"]
    window.go("library")
    qtbot.waitUntil(lambda: library.model.rowCount() > 0 and not library.loading(), timeout=20000)


def finish_live_run(qtbot, window, monkeypatch) -> list[dict]:
    """Issue the sample cohort live on First Aid at Work; returns the run's 202 rows (Results shown)."""
    state = window.state
    library = window.pages["library"]
    assert library.select_badge(str(simmod.FIRST_AID_BADGE_ID))
    library.use_selected()
    qtbot.waitUntil(lambda: state.badge is not None, timeout=5000)
    issue = window.pages["issue"]
    window.go("issue")
    issue.sandbox_box.setChecked(False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    issue.start()
    qtbot.waitUntil(lambda: state.run_id is not None, timeout=10000)
    qtbot.waitUntil(lambda: not state.busy and issue.worker is None, timeout=60000)
    window.go("results")
    results = window.pages["results"]
    review = [r for r in results.model.rows() if r["status"] == "needs_review"]
    assert review, "the demo's run has no 202 row"
    return review
