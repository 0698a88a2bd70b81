"""GUI responsiveness benchmark: how long the window's thread stalls during a 500-learner run.

A real IssueWorker on a QThread issues 500 learners against the simulator as fast as the
simulator allows (no rate limit, so events arrive far faster than in real use), while the
Issue and Results pages take every batch. A 5 ms QTimer on the GUI thread records the gaps
between its ticks; the worst gap beyond the timer's own period is the stall.

Usage: QT_QPA_PLATFORM=offscreen python tests/bench/gui_stall.py [--learners 500]
Target: worst stall under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(learners: int = 500) -> dict[str, float]:
    home = tempfile.mkdtemp(prefix="badgedesk-bench-")
    os.environ["BADGEDESK_HOME"] = home
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from badgedesk.core.engine import Settings as EngineSettings
    from badgedesk.core.journal import LearnerRecord, RunInfo
    from badgedesk.core.ratelimit import SlidingWindowLimiter
    from badgedesk.gui.results_page import ResultsPage
    from badgedesk.gui.settings import Settings
    from badgedesk.gui.state import AppState
    from badgedesk.gui.worker import IssueWorker, start_worker
    from badgedesk.platforms import navigatr_sim as simmod
    from badgedesk.platforms.navigatr import NavigatrClient

    app = QApplication.instance() or QApplication([])
    state = AppState(settings=Settings(QSettings(os.path.join(home, "s.ini"), QSettings.Format.IniFormat)))
    results_page = ResultsPage(state)
    results_page.resize(1100, 700)
    results_page.show()
    state.rowsUpdated.connect(results_page.update_rows)

    with simmod.NavigatrSimulator(rate_limit=None) as sim:
        rows = [
            LearnerRecord(
                i + 2, f"b{i}@example.org", f"b{i}@example.org", "Bench", str(i), True, "op", "pending"
            )
            for i in range(learners)
        ]
        run_id = state.journal.create_run(
            RunInfo("navigatr", "bench", sim.base_url, str(simmod.FIRST_AID_BADGE_ID), "operator_statement"),
            rows,
        )
        state.set_run(run_id)
        results_page.show_run(run_id)
        limiter = SlidingWindowLimiter(10_000, 1.0, 0.0)
        worker = IssueWorker(
            lambda: NavigatrClient(simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=10, limiter=limiter),
            str(state.journal.path),
            run_id,
            EngineSettings(workers=8),
        )

        def forward(batch):
            state.rowsUpdated.emit(
                [
                    {
                        "id": e["learner_id"],
                        "row_number": e["row"],
                        "email": e["email"],
                        "status": e["status"],
                        "code": e.get("code"),
                        "params": e.get("params") or {},
                        "message": e.get("message"),
                        "http_status": e.get("http_status"),
                        "award_id": e.get("award_id"),
                    }
                    for e in batch
                ]
            )

        worker.rowsChanged.connect(forward)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        done = []
        worker.finished.connect(done.append)
        timer.start()
        started = time.monotonic()
        thread = start_worker(worker)
        while not done and time.monotonic() - started < 300:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        thread.wait(10000)
    state.close()
    gaps.sort()
    stalls = [max(g - 5, 0) for g in gaps]
    return {
        "learners": learners,
        "issued": done[0]["counts"].get("issued", 0) if done else 0,
        "seconds": time.monotonic() - started,
        "worst_stall_ms": max(stalls) if stalls else 0.0,
        "p99_stall_ms": stalls[int(len(stalls) * 0.99)] if stalls else 0.0,
        "ticks": len(gaps),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=500)
    r = measure(parser.parse_args().learners)
    print(
        f"{r['issued']}/{r['learners']} issued in {r['seconds']:.1f} s; GUI thread: worst stall "
        f"{r['worst_stall_ms']:.0f} ms, p99 {r['p99_stall_ms']:.0f} ms over {r['ticks']} ticks (target < 50 ms)"
    )


if __name__ == "__main__":
    main()
