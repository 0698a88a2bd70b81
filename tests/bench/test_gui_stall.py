"""The window's responsiveness goal during a 500-learner run, measured in one run (see gui_stall.py)."""

from tests.bench.gui_stall import measure


def test_the_window_never_stalls_50_ms_during_a_500_learner_run(qapp):
    r = measure(500)
    assert r["issued"] == 500
    assert r["worst_stall_ms"] < 50, r
