"""Run by tests/gui/test_high_dpi.py in a process of its own (QT_SCALE_FACTOR=1.5, offscreen): the
demo window's pages, grabbed, and what their icons, thumbnails, tour callout and step list were
painted at. Prints one JSON object."""

from __future__ import annotations

import json
import sys
import tempfile

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from badgedesk.core.journal import LearnerRecord, RunInfo
    from badgedesk.gui import icons
    from badgedesk.gui.app import build_window
    from badgedesk.platforms import navigatr_sim as simmod
    from tests.memory_keyring import use_memory_keyring

    use_memory_keyring()
    out: dict = {"screen": app.primaryScreen().devicePixelRatio()}
    with simmod.NavigatrSimulator() as sim:
        window = build_window(simulator_url=sim.base_url, token=simmod.DEMO_TOKEN)
        window.resize(1366, 768)
        window.show()
        state = window.state
        learners = [
            LearnerRecord(
                i + 2,
                f"l{i}@example.org",
                f"l{i}@example.org",
                f"First{i}",
                "Last",
                True,
                "operator",
                "pending",
            )
            for i in range(3)
        ]
        run_id = state.journal.create_run(
            RunInfo(
                platform="navigatr",
                environment="production",
                base_url=sim.base_url,
                badge_id="2001",
                badge_name="First Aid at Work",
                consent_mode="operator_statement",
            ),
            learners,
        )
        rows = state.journal.rows(run_id)
        state.journal.set_row(rows[0]["id"], "issued", "issued", "Issued.", 200, award_id="1")
        state.journal.set_row(
            rows[1]["id"],
            "needs_review",
            "score_too_low",
            "Not issued.",
            202,
            params={"detail": "Score is too low"},
        )
        state.set_run(run_id)
        window.go("results")
        app.processEvents()
        icons.PAINTED.clear()
        results = window.pages["results"]
        grabs = {
            "window": window.grab(),
            "results grid": results.table.grab(),
            "step list": window.steps.grab(),
        }
        out["status discs"] = sorted({f"{w}x{h}@{r}" for (w, h), r in icons.PAINTED})
        window.go("cohort")  # the tour's first callout
        app.processEvents()
        tour = window.tour
        grabs["tour callout"] = tour.bubble.grab()
        grabs["tour pointer"] = tour.pointer.grab()
        out["grabs"] = {
            name: [pix.devicePixelRatio(), pix.width(), round(pix.width() / pix.devicePixelRatio())]
            for name, pix in grabs.items()
        }
        thumbnails = window.pages["library"].thumbnails
        placeholder = thumbnails.placeholder()
        out["placeholder"] = [placeholder.devicePixelRatio(), placeholder.width(), thumbnails.size.width()]
        disc = results.model.index(0, 3).data(1)  # DecorationRole of the Status column
        pix = disc.pixmap(QSize(16, 16), window.devicePixelRatio())
        out["disc pixmap"] = [pix.devicePixelRatio(), pix.width()]
        out["app icon"] = [s.width() for s in app.windowIcon().availableSizes()]
        state.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
