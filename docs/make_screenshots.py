"""Take the README's screenshots: the demo, driven through every step, one PNG per page.

Run under a virtual screen, as a user would see it:

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_screenshots.py

It uses a throwaway home and the built-in simulators (as ``badgedesk demo`` does: one saved
connection per simulated platform); the pictures follow the Navigatr one. Nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main() -> int:
    home = tempfile.mkdtemp(prefix="badgedesk-shots-")
    os.environ["BADGEDESK_HOME"] = home
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from badgedesk.gui.app import _application, build_window, start_simulators
    from badgedesk.gui.resources import sample_cohort
    from badgedesk.platforms import credly_sim  # the demo data's template IDs
    from badgedesk.platforms import navigatr_sim as simmod  # the demo data's badge IDs

    app = _application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    # The confirmation dialogs answer Yes, as the operator would after reading them.
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]

    def pump(seconds: float, until=None) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if until is not None and until():
                break
            time.sleep(0.01)
        app.processEvents()

    def shot(window, name: str) -> None:
        pump(0.5)
        window.grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")

    with contextlib.ExitStack() as stack:
        window = build_window(simulators=start_simulators(stack, latency_ms=120, jitter_ms=80))
        window.resize(1280, 760)
        window.show()
        state = window.state

        window.go("connect")
        connect = window.pages["connect"]
        connect.test_connection()
        pump(10, lambda: "Northwind" in connect.result_label.text())
        shot(window, "step1-connect")

        window.go("library")
        library = window.pages["library"]
        pump(20, lambda: library.model.rowCount() > 100 and not library.loading())
        library.select_badge(str(simmod.SANDBOX_BADGE_ID))
        library.toggle_sandbox()
        library.select_badge(str(simmod.FIRST_AID_BADGE_ID))
        library.use_selected()
        pump(6)  # thumbnails
        window.go("library")
        shot(window, "step2-badge")

        window.open_path(str(sample_cohort()))
        pump(10, lambda: state.cohort_draft is not None)
        window.go("cohort")
        shot(window, "step3-cohort")

        window.go("issue")
        issue = window.pages["issue"]
        issue.sandbox_box.setChecked(True)
        issue.test_address.setText("trainer@northwind.example")
        shot(window, "step4-issue")
        issue.start()
        pump(60, lambda: not state.busy and state.run_id is not None and issue.worker is None)
        window.go("results")
        shot(window, "step5-results")

        # The same day on Credly: the organisation's badge templates, and a run to them.
        credly = next(c for c in connect.connections() if c.platform == "credly")
        state.set_connection(credly)
        window.go("connect")
        connect.tree.select(credly.id)
        connect.test_connection()
        pump(10, lambda: "Northwind" in connect.result_label.text())
        shot(window, "credly-connect")
        window.go("library")
        pump(20, lambda: library.model.rowCount() > 100 and not library.loading())
        library.select_badge(str(credly_sim.ACTIVE_TEMPLATE_ID))
        library.use_selected()
        pump(6)
        window.go("library")
        shot(window, "credly-badge")
        window.open_path(str(sample_cohort()))
        pump(10, lambda: state.cohort_draft is not None)
        window.go("issue")
        issue.sandbox_box.setChecked(False)
        before = state.run_id
        issue.start()
        pump(20, lambda: state.run_id != before)
        pump(60, lambda: not state.busy and issue.worker is None)
        window.go("results")
        shot(window, "credly-results")
        window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
