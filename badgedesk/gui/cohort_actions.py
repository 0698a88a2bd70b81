"""The Cohort page's edits: consent for everyone, corrections, the platform check (issue 10).

A mixin of :class:`~badgedesk.gui.cohort_page.CohortPage` (kept apart so that the page stays short).
Every edit whose cost grows with the learners (ticking everyone re-makes every row; a correction
checks the whole cohort again, as duplicates span rows) goes through the page's ``_change``: in place
for a small cohort, else on a copy of the draft off the window thread, shown in one swap, with the
controls that would race disabled meanwhile. Counting what a bulk tick will do, and listing the keys
the platform check asks about, also run off the window thread. Its texts are translated in the page's
context ("CohortPage").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from badgedesk.core.draft import CohortDraft
from badgedesk.gui import cohort_reading
from badgedesk.gui.cohort_model import CONSENT, SCORE
from badgedesk.gui.tasks import TaskError, run_task
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity


def tick_preview(draft: CohortDraft) -> tuple[int, int]:
    """Off the window thread for a big cohort: (learners a bulk tick would tick, learners whose
    consent column says no and who stay unticked)."""
    unticked = sum(1 for item in draft.rows() if not item.consent)
    refused = len(draft.refusals())
    return unticked - refused, refused


def platform_keys(draft: CohortDraft) -> list[str]:
    """The keys of the valid learners, for the platform check (its cost grows with the learners)."""
    return sorted(
        {item.recipient_key for item in draft.rows() if item.status == "valid" and item.recipient_key}
    )


class CohortActions:
    """Needs the page's state, draft, model, grid, buttons, _change, _begin/_end, _info and _show_error."""

    def _background(self, fn: Callable[[CohortDraft], Any], text: str, then: Callable[[Any], None]) -> None:
        """``then(fn(draft))`` on the window thread: at once for a small cohort, else with ``fn`` off
        the window thread and the page's inputs locked meanwhile (the draft cannot change under it)."""
        draft = self.draft
        if len(draft.table.rows) <= cohort_reading.INLINE_ROWS:
            then(fn(draft))
            return
        generation = self._begin(text)

        def arrived(result: Any) -> None:
            if generation != self._generation:
                return
            self._end()
            self._info("")
            if draft is self.draft:
                then(result)

        run_task(fn, draft, on_done=arrived, on_error=self._task_failed)

    # ------------------------------------------------------------------ consent for everyone

    def tick_all(self) -> None:
        draft = self.draft
        if draft is None or draft.cohort is None or self.state.busy or self._reading:
            return
        self._background(
            tick_preview,
            QCoreApplication.translate("CohortPage", "Counting the learners to tick…"),
            self._ask_tick,
        )

    def _ask_tick(self, preview: tuple[int, int]) -> None:
        draft = self.draft
        to_tick, refused = preview
        if to_tick <= 0:
            self._info(
                QCoreApplication.translate("CohortPage", "Every learner who can be ticked already is.")
            )
            return
        text = QCoreApplication.translate(
            "CohortPage",
            "Tick consent for {count} learner(s)?\n\nThis records your statement, as {operator}, that each "
            "of them agreed to receive the badge and to their name and email being sent to the badge "
            "platform. The journal keeps it as the operator's statement, with your name and the time.",
        ).format(count=to_tick, operator=draft.operator)
        if refused:
            text += "\n\n" + QCoreApplication.translate(
                "CohortPage",
                "{count} learner(s) whose consent column says no stay unticked; tick them one by one "
                "if they have since agreed.",
            ).format(count=refused)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("CohortPage", "Tick all consent"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or draft is not self.draft:
            return
        self._set_all_consent(True)

    def untick_all(self) -> None:
        draft = self.draft
        if draft is None or draft.cohort is None or self.state.busy or self._reading:
            return
        self._set_all_consent(False)

    def _set_all_consent(self, consent: bool) -> None:
        changed: list[int] = []

        def said() -> None:
            if consent:
                text = QCoreApplication.translate(
                    "CohortPage", "Consent ticked for {count} learner(s) as your statement."
                )
            else:
                text = QCoreApplication.translate("CohortPage", "Consent unticked for {count} learner(s).")
            self._info(text.format(count=changed[-1] if changed else 0))
            self._clear_error()

        self._change(
            lambda d: changed.append(d.set_all_consent(consent)),
            QCoreApplication.translate("CohortPage", "Recording consent for every learner…"),
            done=said,
        )

    # ------------------------------------------------------------------ corrections

    def selected_row(self) -> int | None:
        """The source row number of the grid's current learner."""
        item = self.model.draft_row(self.grid.currentIndex().row())
        return item.row if item is not None else None

    def select_row(self, source_row: int) -> None:
        position = self.model.position_of(source_row)
        if position >= 0:
            self.grid.setCurrentIndex(self.model.index(position, CONSENT))

    def apply_suggestion(self) -> None:
        item = self.model.draft_row(self.grid.currentIndex().row())
        if self.draft is None or item is None or self.state.busy or self._reading:
            return
        suggestion = item.suggestion
        if not suggestion:
            self._info(
                QCoreApplication.translate(
                    "CohortPage", "The selected learner's email has no suggested correction."
                )
            )
            return
        row = item.row
        said = QCoreApplication.translate("CohortPage", "Row {row}: email corrected to {address}.")
        self._change(
            lambda d: d.fix(row, email=suggestion),
            QCoreApplication.translate("CohortPage", "Checking the learners again…"),
            done=lambda: self._info(said.format(row=row, address=suggestion)),
        )

    def fix_cell(self, row: int, values: dict[str, str]) -> None:
        """An inline correction from the grid (F2 / double-click): the cohort is checked again."""
        if self.draft is None or self.state.busy or self._reading:
            return
        self._clear_error()
        self._change(
            lambda d: d.fix(row, **values),
            QCoreApplication.translate("CohortPage", "Checking the learners again…"),
        )

    # ------------------------------------------------------------------ platform check

    def check_platform(self) -> None:
        if self._checking is not None:
            self._checking.set()  # the button reads "Stop checking" meanwhile
            return
        s, draft = self.state, self.draft
        if draft is None or draft.cohort is None:
            self._info(QCoreApplication.translate("CohortPage", "Open a learner list first."))
            return
        if s.connection is None:
            self._info(
                QCoreApplication.translate(
                    "CohortPage", "Checking needs a connection to the platform: add one in step 1 (Connect)."
                )
            )
            return
        if s.badge is None:
            self._info(
                QCoreApplication.translate(
                    "CohortPage", "Choose the badge first (step 2, Badge): the check looks for that badge."
                )
            )
            return
        connection, badge_id, progress = s.connection, s.badge.id, self._progress
        stop = threading.Event()
        keys = platform_keys(draft) if len(draft.table.rows) <= cohort_reading.INLINE_ROWS else None

        def lookup() -> set[str] | None:
            wanted = platform_keys(draft) if keys is None else keys
            if not wanted:
                return None
            progress.advanced.emit(0, len(wanted))
            found: set[str] = set()
            with s.client(connection) as client:  # shares the token's limiter with everything else
                for done, key in enumerate(wanted, start=1):
                    if stop.is_set():
                        break
                    if client.find_awards(badge_id, key):
                        found.add(key)
                    progress.advanced.emit(done, len(wanted))
            return found

        if keys is not None and not keys:
            self._info(QCoreApplication.translate("CohortPage", "No valid learner to check."))
            return
        self._checking = stop
        self.check_button.setText(QCoreApplication.translate("CohortPage", "Stop checking"))
        self._info(QCoreApplication.translate("CohortPage", "Checking the learners against the platform…"))
        self._update_enabled()
        run_task(
            lookup,
            on_done=lambda found: self._checked(draft, badge_id, stop, found),
            on_error=lambda err: self._check_failed(stop, err),
        )

    def _check_progress(self, done: int, total: int) -> None:
        if self._checking is not None:
            self._info(
                QCoreApplication.translate(
                    "CohortPage", "Checking against the platform: {done} of {total}…"
                ).format(done=done, total=total)
            )

    def _end_check(self) -> None:
        self._checking = None
        self.check_button.setText(QCoreApplication.translate("CohortPage", "Check against &platform"))
        self._update_enabled()

    def _checked(
        self, draft: CohortDraft, badge_id: str, stop: threading.Event, found: set[str] | None
    ) -> None:
        stopped = stop.is_set()
        self._end_check()
        badge = self.state.badge
        if draft is not self.draft or badge is None or badge.id != badge_id:
            return  # the cohort or badge changed meanwhile: the answer is about something else
        if found is None:
            self._info(QCoreApplication.translate("CohortPage", "No valid learner to check."))
            return
        if stopped:
            text = QCoreApplication.translate(
                "CohortPage", "Check stopped; {count} learner(s) found on the platform so far."
            )
        else:
            text = QCoreApplication.translate(
                "CohortPage", "Checked: {count} learner(s) already hold this badge on the platform."
            )
        self._platform_marks = bool(found)
        self._change(
            lambda d: d.mark_on_platform(found),
            QCoreApplication.translate("CohortPage", "Marking the learners found on the platform…"),
            done=lambda: self._info(text.format(count=len(found))),
        )

    def _check_failed(self, stop: threading.Event, err: TaskError) -> None:
        self._end_check()
        self._show_error(
            QCoreApplication.translate("CohortPage", "Could not check against the platform: {reason}").format(
                reason=err.message
            )
        )

    # ------------------------------------------------------------------ the platform and badge

    def _identity(self) -> tuple[Identity, bool]:
        """How the connection's platform keys a learner, and whether it needs their names."""
        spec = self.state.spec
        return (spec.identity, spec.uses_email) if spec is not None else (EMAIL_IDENTITY, True)

    def _apply_identity(self, mark_issued: bool = False) -> None:
        """The platform or badge changed: show the platform's identity in the mapping, key the draft its
        way (every row checked again), drop the marks of the previous badge's platform check, and ask the
        journal about the badge again."""
        identity, names_required = self._identity()
        spec = self.state.spec
        self.mapping_panel.set_platform(identity, spec.capabilities if spec is not None else None)
        draft = self.draft
        if draft is None:
            return
        rekey = (draft.identity, draft.names_required) != (identity, names_required)
        unmark = mark_issued and self._platform_marks
        if not rekey and not unmark:
            if mark_issued:
                self._mark_issued()
            return
        self._platform_marks = False

        def follow(d: CohortDraft) -> None:
            if unmark:
                d.mark_on_platform(())  # those marks were for the previous badge
            d.set_identity(identity, names_required)

        self._change(
            follow,
            QCoreApplication.translate("CohortPage", "Checking the learners again…"),
            done=self._mark_issued if mark_issued else None,
        )

    def _show_score_column(self) -> None:
        """The Score column, while the chosen badge states a minimum score (rows below it are flagged)."""
        badge = self.state.badge
        minimum = badge.min_score if badge is not None else None
        self.model.set_min_score(minimum)
        self.grid.setColumnHidden(SCORE, minimum is None)

    def _badge_or_connection_changed(self) -> None:
        self._show_score_column()
        self._apply_identity(mark_issued=True)
