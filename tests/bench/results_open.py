# ruff: noqa: E501 (a measuring script kept compact)
"""Run as `python -m tests.bench.results_open [learners]` (offscreen). The window thread's longest stall
(max gap between 2 ms timer ticks) on the Results page at N learners: showing a finished run (until
its rows are shown), filtering the grid by a strip count, typing a search and clearing it.

The run is written straight into a fresh journal (nothing is sent): a third issued, a few failed or
needing review, the rest cancelled, as after a big run cancelled part way."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BADGEDESK_HOME"] = tempfile.mkdtemp(prefix="badgedesk-bench-")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from badgedesk.core.journal import LearnerRecord, RunInfo  # noqa: E402
from badgedesk.gui.results_page import ResultsPage  # noqa: E402
from badgedesk.gui.settings import Settings  # noqa: E402
from badgedesk.gui.state import AppState  # noqa: E402
from tests.bench import stalls  # noqa: E402
from tests.memory_keyring import use_memory_keyring  # noqa: E402


def make_run(journal, n: int) -> int:
    statuses = ("issued", "cancelled", "cancelled", "failed", "needs_review", "skipped_no_consent")
    records = [
        LearnerRecord(
            row_number=i + 2,
            recipient_key=f"learner{i}@example.org",
            email=f"learner{i}@example.org",
            first_name=f"F{i}",
            last_name=f"L{i}",
            consent=True,
            consent_source="operator statement",
            status=statuses[i % len(statuses)],
        )
        for i in range(n)
    ]
    info = RunInfo(
        platform="navigatr",
        environment="production",
        base_url="http://127.0.0.1",
        badge_id="1",
        badge_name="Bench",
        consent_mode="operator_statement",
    )
    run_id = journal.create_run(info, records)
    journal.set_state(run_id, "cancelled")
    return run_id


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication([])
    use_memory_keyring()
    tmp = Path(tempfile.mkdtemp())
    state = AppState(settings=Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
    run_id = make_run(state.journal, n)
    page = ResultsPage(state)
    page.resize(1000, 700)
    page.show()

    def settled() -> bool:
        return not getattr(page, "working", False)

    def measure(name, action, done=settled):
        stalls.measure(app, name, action, done)

    print(f"{n} learners, Results page (offscreen)")
    measure("show the run", lambda: state.set_run(run_id), lambda: settled() and page.model.rowCount() == n)
    measure("filter: failed (strip)", lambda: page.set_filter("failed"))
    measure("filter: all", lambda: page.set_filter("all"))
    for k in range(1, 12):  # one keystroke at a time, each until the grid shows its answer
        measure(f"search: type {'learner1234'[:k]!r}", lambda k=k: page.search.setText("learner1234"[:k]))
    measure("search: clear", lambda: page.search.setText(""))
    measure("the run changed elsewhere", state.runsChanged.emit)
    shown = page.proxy.rowCount()
    print(f"rows shown: {shown}; strip: {page.model.counts()}")
    state.close()


if __name__ == "__main__":
    main()
