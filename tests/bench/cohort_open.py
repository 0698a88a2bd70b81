"""Opening a big learner list in the app: end-to-end time, the window thread's stalls, peak memory.

A real CohortPage (offscreen) opens an .xlsx of N learners with a badge and a connection chosen, so
the already-issued check against the journal runs too. "End to end" is from ``open_file`` until the
grid shows every learner with its journal marks. A 5 ms QTimer on the window thread records the gaps
between its ticks; a gap beyond the timer's period is a stall. Memory: the process's peak RSS (and,
with ``trace=True``, tracemalloc's peak of Python allocations, which slows the run).

Usage: QT_QPA_PLATFORM=offscreen python -m tests.bench.cohort_open [--rows 100000] [--trace]
Targets: under 3 s end to end and under 200 MB at 100,000 rows; worst stall under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
HEADERS = ["First name", "Last name", "Email", "Consent", "Company", "Registered"]


def learner_row(i: int) -> list[str]:
    return [f"First{i}", f"Last{i}", f"learner{i}@example.org", "yes", f"Org {i % 50}", "2025-03-14"]


def write_learners(path: Path, rows: int) -> Path:
    """A learner list of ``rows`` learners (.xlsx or .csv, by the suffix), six columns."""
    if path.suffix == ".csv":
        import csv

        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(HEADERS)
            writer.writerows(learner_row(i) for i in range(rows))
        return path
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Learners")
    sheet.append(HEADERS)
    for i in range(rows):
        sheet.append(learner_row(i))
    book.save(path)
    return path


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _choose_badge(state):
    """A connection (never contacted) and a badge, so the page checks the journal for earlier awards."""
    from badgedesk.core.connections import Connection
    from badgedesk.platforms import navigatr_sim as simmod
    from badgedesk.platforms.base import Badge
    from tests.memory_keyring import use_memory_keyring

    use_memory_keyring()  # the bench never touches the real keychain
    connection = state.connections.add(
        Connection(name="Bench", environment="production", base_url="http://127.0.0.1:9", timeout=5),
        simmod.DEMO_TOKEN,
        state.secrets,
    )
    state.set_connection(connection)
    badge = Badge(id="2001", name="First Aid at Work")
    state.set_badge(badge)
    return badge


def measure(rows: int = 100_000, trace: bool = False, path: Path | None = None) -> dict[str, float]:
    """Open a ``rows``-learner .xlsx in a CohortPage; the figures of that one run."""
    home = tempfile.mkdtemp(prefix="badgedesk-bench-")
    os.environ["BADGEDESK_HOME"] = home
    if path is None:  # written by another process, so that writing it costs this one no memory
        path = Path(home) / f"learners-{rows}.xlsx"
        code = "import sys; from tests.bench.cohort_open import write_learners as w; w(Path(sys.argv[1]), int(sys.argv[2]))"
        subprocess.run(
            [sys.executable, "-c", "from pathlib import Path; " + code, str(path), str(rows)],
            check=True,
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
    if trace:
        import tracemalloc

        tracemalloc.start()
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from badgedesk.core.journal import LearnerRecord, RunInfo
    from badgedesk.gui.cohort_page import CohortPage
    from badgedesk.gui.settings import Settings
    from badgedesk.gui.state import AppState

    app = QApplication.instance() or QApplication([])
    state = AppState(settings=Settings(QSettings(os.path.join(home, "s.ini"), QSettings.Format.IniFormat)))
    badge = _choose_badge(state)
    issued = [  # every tenth learner was issued this badge in an earlier run
        LearnerRecord(
            i + 2, f"learner{i}@example.org", f"learner{i}@example.org", "F", "L", True, "op", "issued"
        )
        for i in range(0, rows, 10)
    ]
    info = RunInfo(state.connection.spec.key, state.environment_key(), "", badge.id, "operator_statement")
    state.journal.create_run(info, issued)
    page = CohortPage(state)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    page.open_file(str(path))

    def shown() -> bool:
        model = page.model
        return (
            not page.working
            and model.rowCount() == rows
            and page.draft is not None
            and page.draft.counts()["already_issued"] == len(issued)
        )

    while not shown() and time.perf_counter() - started < 300:
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - started
    timer.stop()
    stalls = sorted(max(g - 5, 0) for g in gaps)
    result = {
        "rows": rows,
        "shown": float(shown()),
        "open_s": seconds,
        "worst_stall_ms": stalls[-1] if stalls else 0.0,
        "p99_stall_ms": stalls[int(len(stalls) * 0.99)] if stalls else 0.0,
        "ticks": len(gaps),
        "peak_rss_mb": peak_rss_mb(),
    }
    if trace:
        import tracemalloc

        result["peak_traced_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    page.close()
    page.deleteLater()
    state.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--trace", action="store_true", help="also tracemalloc's peak (slower)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args()
    r = measure(args.rows, args.trace)
    if args.json:
        print(json.dumps(r))
        return
    print(
        f"{r['rows']} rows shown in {r['open_s']:.2f} s; window thread: worst stall {r['worst_stall_ms']:.0f} ms, "
        f"p99 {r['p99_stall_ms']:.0f} ms; peak RSS {r['peak_rss_mb']:.0f} MB"
        + (f", traced {r['peak_traced_mb']:.0f} MB" if "peak_traced_mb" in r else "")
    )


if __name__ == "__main__":
    main()
