"""Take the README's screenshots: the demo, driven through every step, one PNG per page.

Run under a virtual screen, as a user would see it:

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_screenshots.py
    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_screenshots.py --lang de   # de-step1-connect.png …

With ``--lang de`` (or ``nb``) the window speaks that language and only the five steps are taken,
named ``<lang>-step1-connect.png`` and so on.

It uses a throwaway home and the built-in simulators (as ``badgedesk demo`` does: one saved
connection per simulated platform); the pictures follow the Navigatr one, then Credly, Certifier (whose
awards can only be deleted) and the Badge Award Service (peer mentors known by an ID, and a service
that lists no badge definitions, so one is typed). Nothing leaves the machine.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="", help="de or nb: that language's five steps only")
    lang = parser.parse_args(argv).lang
    prefix = f"{lang}-" if lang else ""
    home = tempfile.mkdtemp(prefix="badgedesk-shots-")
    os.environ["BADGEDESK_HOME"] = home
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from badgedesk.gui.app import _application, build_window, start_simulators
    from badgedesk.gui.delete_dialog import DeleteDialog
    from badgedesk.gui.resources import sample_cohort
    from badgedesk.platforms import (
        certifier_sim,  # the demo data's group IDs
        credly_sim,  # the demo data's template IDs
        registry,
    )
    from badgedesk.platforms import navigatr_sim as simmod  # the demo data's badge IDs

    app = _application()
    if lang:
        from PySide6.QtCore import QLocale

        from badgedesk.gui import language

        language.install(app, lang, QLocale(lang))
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
        window.grab().save(str(OUT / f"{prefix}{name}.png"))
        print("wrote", OUT / f"{prefix}{name}.png")

    with contextlib.ExitStack() as stack:
        simulators = start_simulators(stack, latency_ms=120, jitter_ms=80)
        # An Award Service that names no list of badge definitions: the Badge step offers a typed ID.
        listless = registry.AWARD_SERVICE.open_simulator(latency_ms=120, definitions_endpoint=False)
        simulators["award-service"] = listless.start()
        stack.callback(listless.stop)
        window = build_window(simulators=simulators)
        window.resize(1366, 768)  # the whole of a 1366×768 screen, as a maximised window would
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
        pump(5, lambda: state.sandbox_badge is not None)  # the demo marks its sandbox badge itself
        if state.sandbox_badge is None:
            library.select_badge(str(simmod.SANDBOX_BADGE_ID))
            library.toggle_sandbox()
        library.select_badge(str(simmod.FIRST_AID_BADGE_ID))
        library.use_selected()
        pump(6)  # thumbnails
        window.go("library")
        shot(window, "step2-badge")
        library.show_cards(True)  # the same library as cards
        pump(3)
        library.cards.scrollTo(library.cards.currentIndex())
        shot(window, "step2-badge-cards")
        library.show_cards(False)

        window.open_path(str(sample_cohort()))
        pump(10, lambda: state.cohort_draft is not None)
        window.go("cohort")
        shot(window, "step3-cohort")  # with the tour's first callout, on consent
        if window.tour is not None:
            window.tour.advance()  # "Got it": the next callout is the rehearsal's

        window.go("issue")
        issue = window.pages["issue"]
        issue.sandbox_box.setChecked(True)
        issue.test_address.setText("trainer@northwind.example")
        shot(window, "step4-issue")
        if window.tour is not None:
            window.tour.advance()  # the next callout points at the 202 flag in Results
        issue.start()
        pump(60, lambda: not state.busy and state.run_id is not None and issue.worker is None)
        # The rehearsal went well: promote it to a live run on First Aid at Work, whose unstated
        # minimum score leaves two learners flagged 202 "needs review" with the platform's reason.
        rehearsal = state.run_id
        issue.promote()
        pump(20, lambda: state.run_id != rehearsal)
        pump(60, lambda: not state.busy and issue.worker is None)
        window.go("results")
        results = window.pages["results"]
        review = [r for r in results.model.rows() if r["status"] == "needs_review"]
        if review:
            results.select_learner(review[0]["id"])
        shot(window, "step5-results")
        if lang:  # the five steps are enough in another language
            window.close()
            return 0
        if window.tour is not None:
            window.tour.dismiss()  # the other platforms' pictures without the tour

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

        # Certifier: the workspace's groups; its awards cannot be revoked, only deleted permanently.
        def connect_to(platform: str, name_part: str) -> None:
            chosen = next(c for c in connect.connections() if c.platform == platform)
            state.set_connection(chosen)
            window.go("connect")
            connect.tree.select(chosen.id)
            connect.test_connection()
            pump(10, lambda: name_part in connect.result_label.text())

        def run_cohort(path: Path) -> None:
            window.open_path(str(path))
            pump(10, lambda: state.cohort_draft is not None and state.cohort_draft.path == path)
            window.go("issue")
            before = state.run_id
            issue.start()
            pump(20, lambda: state.run_id != before)
            pump(60, lambda: not state.busy and issue.worker is None)

        connect_to("certifier", "Northwind")
        shot(window, "certifier-connect")
        window.go("library")
        pump(20, lambda: library.model.row_of(certifier_sim.GROUP_ID) is not None and not library.loading())
        library.select_badge(certifier_sim.GROUP_ID)
        library.use_selected()
        run_cohort(sample_cohort())
        window.go("results")
        results = window.pages["results"]
        # One award deleted (as confirmed in the dialog pictured below), the next learner selected.
        first, second = [r for r in results.model.rows() if r["status"] == "issued"][:2]
        results.select_learner(first["id"])
        ask = DeleteDialog.ask
        DeleteDialog.ask = classmethod(lambda cls, *a: "Issued to the wrong cohort")  # type: ignore[method-assign]
        results.delete_selected()
        pump(10, lambda: results._task is None)
        DeleteDialog.ask = ask  # type: ignore[method-assign]
        results.select_learner(second["id"])
        shot(window, "certifier-results")
        name = f"{first['first_name']} {first['last_name']}"
        dialog = DeleteDialog(
            results.tr("Delete the award permanently?"),
            results.tr(
                "Delete the award of {name} ({key}) for the badge {badge} (award {award}) permanently?"
            ).format(name=name, key=first["email"], badge=state.badge.name, award=first["award_id"]),
            window,
        )
        dialog.show()
        dialog.reason_edit.setText("Issued to the wrong cohort")
        dialog.confirm_edit.setText(dialog.word)
        pump(0.5)
        dialog.grab().save(str(OUT / "certifier-delete.png"))
        print("wrote", OUT / "certifier-delete.png")
        dialog.close()

        # The Badge Award Service: peer mentors known by their ID (no email), a definition typed by its ID.
        connect_to("award-service", "Badge Award Service")
        window.go("library")
        pump(20, lambda: library.model.rowCount() > 0 and not library.loading() and library.typed.isVisible())
        library.typed.edit.setText("bdg-def-003")
        library.typed.check()
        pump(10, lambda: state.badge is not None and state.badge.id == "bdg-def-003")
        shot(window, "award-service-badge")
        library.use_selected()
        mentors = Path(home) / "peer mentors.csv"
        mentors.write_text(
            "Peer mentor ID,Full name,Consent,Note\n"
            + "".join(
                f"PM-{n:04d},{who},yes,{note}\n"
                for n, (who, note) in enumerate(
                    [
                        ("Ada Lovelace", "Ran the first session"),
                        ("", ""),
                        ("Grace Hopper", "Co-facilitated the spring group"),
                        ("Alan Turing", ""),
                        ("Mary Somerville", "Covered for a colleague"),
                        ("Nobody Known", ""),
                    ],
                    start=1,
                )
            ).replace("PM-0006", "PM-9999"),
            encoding="utf-8",
        )
        window.open_path(str(mentors))
        pump(10, lambda: state.cohort_draft is not None and state.cohort_draft.path == mentors)
        window.go("cohort")
        shot(window, "award-service-cohort")
        run_cohort(mentors)
        window.go("results")
        shot(window, "award-service-results")
        window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
