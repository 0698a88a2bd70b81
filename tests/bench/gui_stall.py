"""GUI responsiveness benchmark: how long the window's thread stalls during a 500-learner run.

A real IssueWorker on a QThread issues 500 learners against the simulator (in a process of
its own) at 25 requests a second, ten times Navigatr's limit, while the Results page takes
every batch. A 5 ms QTimer on the GUI thread records the gaps
between its ticks; the worst gap beyond the timer's own period is the stall.

Usage: QT_QPA_PLATFORM=offscreen python tests/bench/gui_stall.py [--learners 500]
Target: worst stall under 50 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _RemoteSim:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url


@contextlib.contextmanager
def _simulator_process():
    """The simulator in a process of its own, as the real platform would be: its threads must not
    compete with the window's thread for the interpreter."""
    code = (
        "import sys, time; from badgedesk.platforms.navigatr_sim import NavigatrSimulator as S; "
        "s = S(rate_limit=None, latency_ms=40, jitter_ms=30); print(s.start(), flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        yield _RemoteSim(proc.stdout.readline().strip())
    finally:
        proc.stdin.close()
        proc.wait(10)


RATE = 25


def measure(learners: int = 500) -> dict[str, float]:
    home = tempfile.mkdtemp(prefix="badgedesk-bench-")
    os.environ["BADGEDESK_HOME"] = home
    from PySide6.QtCore import QElapsedTimer, QObject, QSettings, QTimer, Slot
    from PySide6.QtWidgets import QApplication

    from badgedesk.core.engine import Settings as EngineSettings
    from badgedesk.core.journal import LearnerRecord, RunInfo
    from badgedesk.core.ratelimit import SlidingWindowLimiter
    from badgedesk.gui.app import warm_up
    from badgedesk.gui.results_page import ResultsPage
    from badgedesk.gui.settings import Settings
    from badgedesk.gui.state import AppState
    from badgedesk.gui.worker import IssueWorker, as_journal_rows, start_worker
    from badgedesk.platforms import navigatr_sim as simmod
    from badgedesk.platforms.navigatr import NavigatrClient

    app = QApplication.instance() or QApplication([])
    state = AppState(settings=Settings(QSettings(os.path.join(home, "s.ini"), QSettings.Format.IniFormat)))
    results_page = ResultsPage(state)
    results_page.resize(1100, 700)
    results_page.show()
    state.rowsUpdated.connect(results_page.update_rows)

    with _simulator_process() as sim:
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
        # 25 requests a second: ten times Navigatr's limit, so 500 learners take 20 s, not 200.
        limiter = SlidingWindowLimiter(RATE, 1.0, 0.0)
        worker = IssueWorker(
            lambda: NavigatrClient(simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=10, limiter=limiter),
            str(state.journal.path),
            run_id,
            EngineSettings(workers=8),
        )

        class Receiver(QObject):
            """Takes the worker's signals on the GUI thread, as the Issue page does."""

            def __init__(self):
                super().__init__()
                self.done = []

            @Slot(list)
            def rows(self, batch):
                state.rowsUpdated.emit(as_journal_rows(batch))

            @Slot(dict)
            def finished(self, result):
                self.done.append(result)

        receiver = Receiver()
        worker.rowsChanged.connect(receiver.rows)
        worker.finished.connect(receiver.finished)
        done = receiver.done
        warm_up()  # the app does this before its window shows
        gaps: list[float] = []
        moments: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            gaps.append(now - last[0])
            moments.append(now)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        started = time.monotonic()
        thread = start_worker(worker)
        while not done and time.monotonic() - started < 300:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        thread.wait(10000)
    state.close()
    worst = max(range(len(gaps)), key=gaps.__getitem__) if gaps else 0
    worst_at = moments[worst] / 1000 if moments else 0.0
    gaps.sort()
    stalls = [max(g - 5, 0) for g in gaps]
    return {
        "learners": learners,
        "issued": done[0]["counts"].get("issued", 0) if done else 0,
        "seconds": time.monotonic() - started,
        "worst_stall_ms": max(stalls) if stalls else 0.0,
        "p99_stall_ms": stalls[int(len(stalls) * 0.99)] if stalls else 0.0,
        "ticks": len(gaps),
        "worst_at_s": worst_at,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args()
    r = measure(args.learners)
    if args.json:
        import json

        print(json.dumps(r))
        return
    print(
        f"{r['issued']}/{r['learners']} issued in {r['seconds']:.1f} s; GUI thread: worst stall "
        f"{r['worst_stall_ms']:.0f} ms, p99 {r['p99_stall_ms']:.0f} ms over {r['ticks']} ticks, "
        f"worst at {r['worst_at_s']:.1f} s (target < 50 ms)"
    )


if __name__ == "__main__":
    main()
