# ruff: noqa: E501 (a measuring script kept compact)
"""Run as `python -m tests.bench.issue_start [learners]` (offscreen). The window thread's longest stall
(max gap between 2 ms timer ticks) on the Issue page at N learners: showing the cohort, starting a run
(until the worker issues), cancelling it (until the page is idle again) and choosing the run again.

The simulator runs in this process with a slow rate limit; the run is cancelled after a few awards."""

import csv
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BADGEDESK_HOME"] = tempfile.mkdtemp(prefix="badgedesk-bench-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from badgedesk.core.connections import Connection  # noqa: E402
from badgedesk.core.draft import CohortDraft  # noqa: E402
from badgedesk.gui.issue_page import IssuePage  # noqa: E402
from badgedesk.gui.settings import Settings  # noqa: E402
from badgedesk.gui.state import AppState  # noqa: E402
from badgedesk.platforms import navigatr_sim as simmod  # noqa: E402
from tests.bench import stalls  # noqa: E402
from tests.memory_keyring import use_memory_keyring  # noqa: E402


def write_cohort(path: Path, n: int) -> Path:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["First name", "Last name", "Email", "Consent"])
        for i in range(n):
            w.writerow([f"F{i}", f"L{i}", f"learner{i}@example.org", "yes" if i % 3 else "no"])
    return path


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication([])
    use_memory_keyring()
    tmp = Path(tempfile.mkdtemp())
    draft = CohortDraft.open(write_cohort(tmp / "big.csv", n))
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    with simmod.NavigatrSimulator(rate_limit=(5, 1.0)) as sim:
        state = AppState(settings=Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
        conn = state.connections.add(
            Connection(name="Sim", base_url=sim.base_url, timeout=5), simmod.DEMO_TOKEN, state.secrets
        )
        state.set_connection(conn)
        with state.client() as client:
            state.set_badge(client.badge(str(simmod.FIRST_AID_BADGE_ID)))
        page = IssuePage(state)
        page.resize(1000, 700)
        page.show()

        def wait(cond, timeout=600):
            stalls.wait(app, cond, timeout)

        def settled() -> bool:
            return not getattr(page, "working", False)

        def measure(name, action, done):
            stalls.measure(app, name, action, done)

        print(f"{n} learners, Issue page (offscreen)")
        measure("show the cohort (counts not made)", lambda: state.set_cohort(draft), settled)
        other = CohortDraft.open(tmp / "big.csv")
        other.counts()
        measure("show the cohort (counts made)", lambda: state.set_cohort(other), settled)
        measure(
            "start a run (until it issues)",
            page.start,
            lambda: state.run_id is not None and page.worker is not None and len(sim.ledger()) > 0,
        )
        run_id = state.run_id
        measure(
            "cancel the run (until idle)",
            lambda: page.worker.cancel(mark_rows=True),
            lambda: page.worker is None and settled(),
        )
        state.set_run(None)
        measure("choose the run again (resume?)", lambda: state.set_run(run_id), settled)
        measure("the run changed elsewhere (resume?)", state.runsChanged.emit, settled)
        print(f"run {run_id}: resume offered: {page.resume_button.isVisibleTo(page)}")
        state.close()


if __name__ == "__main__":
    main()
