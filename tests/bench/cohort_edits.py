"""Window-thread time of the Cohort page's bulk actions at N rows (offscreen).

Run as `python -m tests.bench.cohort_edits [rows]`. Prints, for each action, the longest stall
(the largest gap between 2 ms timer ticks) and the whole action's time."""

import csv
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from badgedesk.gui.cohort_model import EMAIL
from badgedesk.gui.cohort_page import CohortPage
from badgedesk.gui.settings import Settings
from badgedesk.gui.state import AppState
from tests.bench import stalls
from tests.memory_keyring import use_memory_keyring


def main() -> None:
    global page, app
    N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication([])
    use_memory_keyring()
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "big.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["First name", "Last name", "Email", "Consent"])
        for i in range(N):
            w.writerow(
                [
                    f"F{i}",
                    f"L{i}",
                    f"learner{i}@gmial.com" if i == 5 else f"learner{i}@example.org",
                    "yes" if i % 3 else "",
                ]
            )
    state = AppState(settings=Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
    page = CohortPage(state)
    page.resize(1200, 800)
    page.show()
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)

    def idle():
        return not page.working and not getattr(page, "busy_action", False)

    def wait(cond, timeout=120):
        end = time.monotonic() + timeout
        while not cond() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)

    page.open_file(str(path))
    wait(lambda: page.draft is not None and idle())
    print(f"{N} rows open: {page.model.rowCount()} grid rows")

    def measure(name, action):
        stalls.measure(app, name, action, idle)

    m = page.model
    measure("inline email fix", lambda: m.setData(m.index(10, EMAIL), "fixed10@example.org"))

    def suggest():
        page.grid.setCurrentIndex(m.index(5, 0))
        page.apply_suggestion()

    measure("apply suggestion", suggest)
    measure("tick all consent", page.tick_all)
    measure("untick all consent", page.untick_all)
    from PySide6.QtCore import Qt

    measure("tick one consent", lambda: m.setData(m.index(20, 0), 2, Qt.ItemDataRole.CheckStateRole))
    measure("select_row (last)", lambda: page.select_row(N + 1))
    measure("draft.row(last)", lambda: page.draft.row(N + 1))
    measure("set_identity change", lambda: page._apply_identity())


if __name__ == "__main__":
    main()
