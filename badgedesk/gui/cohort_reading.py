"""The Cohort page's reading, re-checking and journal marks, off the window thread (issue 10).

A mixin of :class:`~badgedesk.gui.cohort_page.CohortPage` (kept apart so that the page stays short):
the read in progress with its progress line and Cancel reading, changes that check every row again
(mapping, date order, a re-read) made on a copy of the draft, and the journal's already-issued marks.
Its texts are translated in the page's context ("CohortPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.core.draft import CohortDraft
from badgedesk.gui.cohort_loading import IssuedCheck, Marks, ReadJob, changed_ready, marks_for
from badgedesk.gui.tasks import run_task

INLINE_ROWS = 2000  # at most this many learners are checked again on the window thread (< 30 ms)


class CohortReading:
    """Needs the page's state, draft, model, _begin/_end/_info, _show_draft, _changed and failure slots."""

    def _issued_check(self) -> IssuedCheck | None:
        """The journal question for the badge and connection chosen now (None without them)."""
        s = self.state
        if s.badge is None or s.connection is None:
            return None
        return IssuedCheck(s.journal, s.connection.spec.key, s.environment_key(), s.badge.id)

    def _mark_issued(self) -> None:
        """Mark the learners earlier runs issued this badge to: one journal query, and the rows made
        with its answer, both off the window thread."""
        draft = self.draft
        if draft is None or draft.cohort is None:
            return
        check = self._issued_check()
        if check is None and not draft.has_issued_marks:
            return  # no badge, and no marks to clear
        run_task(
            marks_for,
            check,
            draft,
            on_done=lambda marks: self._issued_marked(draft, check, marks),
            on_error=self._task_failed,
        )

    def _issued_marked(self, draft: CohortDraft, check: IssuedCheck | None, marks: Marks) -> None:
        if draft is not self.draft or check != self._issued_check():
            return  # the cohort, badge or connection changed meanwhile: the answer is about something else
        if marks.version != draft.version:
            self._mark_issued()  # the learners changed while the rows were made: make them again
            return
        draft.mark_already_issued(marks.issued, marks.rows)
        self.model.rows_replaced(marks.changed)
        self._changed()

    def _start_job(self, name: str) -> ReadJob:
        """A new read: its progress shows in the status line, and Cancel reading stops it."""
        if self._job is not None:
            self._job.cancel.set()  # an older read's answer is void anyway
        job = self._job = ReadJob(self)
        job.progressed.connect(lambda phase, rows, _sheet: self._read_progress(job, phase, rows, name))
        self.cancel_read_button.show()
        return job

    def _read_progress(self, job: ReadJob, phase: str, rows: int, name: str) -> None:
        if job is self._job and not job.cancelled:
            self._info(job.describe(phase, rows, name))

    def cancel_read(self) -> None:
        """Stop the read in progress; the learner list shown before stays."""
        if self._job is not None:
            self._job.cancel.set()
            self._info(QCoreApplication.translate("CohortPage", "Cancelling…"))

    def _read_cancelled(self) -> None:
        if self.draft is None:
            self._info(QCoreApplication.translate("CohortPage", "Reading cancelled."))
        else:
            self._info(
                QCoreApplication.translate(
                    "CohortPage", "Reading cancelled; {name} is still the learner list shown."
                ).format(name=self.draft.path.name)
            )
        self.state.message.emit(QCoreApplication.translate("CohortPage", "Reading cancelled."))

    def _date_order_chosen(self, order: str) -> None:
        draft = self.draft
        if draft is None or self.state.busy or order == draft.date_order:
            return
        self._change(
            lambda d: d.set_date_order(order),
            QCoreApplication.translate("CohortPage", "Reading the dates again…"),
        )

    def _change(self, change, text: str, mark_issued: bool = False) -> None:
        """Apply ``change`` to a copy of the draft off the window thread (it checks every row again),
        then show the copy; the draft shown stays until then. A cohort of at most
        :data:`INLINE_ROWS` learners is changed in place at once (bounded work, a few ms)."""
        draft = self.draft
        assert draft is not None
        if len(draft.table.rows) <= INLINE_ROWS and not mark_issued:
            change(draft)
            self._show_draft(reset=True)
            return
        generation = self._begin(text)
        run_task(
            changed_ready,
            draft,
            change,
            on_done=lambda new: self._change_done(generation, draft, new, mark_issued),
            on_error=lambda err: self._reread_failed(generation, err),
        )

    def _change_done(self, generation: int, old: CohortDraft, new: CohortDraft, mark_issued: bool) -> None:
        if generation != self._generation:
            return
        self._end()
        self._info("")
        if old is not self.draft:
            return  # another cohort was shown meanwhile (e.g. reopened from history): this one is void
        self.draft = new
        self._show_draft(reset=True)
        if mark_issued:
            self._mark_issued()
