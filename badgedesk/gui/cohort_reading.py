"""The Cohort page's reading, re-checking and journal marks, off the window thread (issue 10).

A mixin of :class:`~badgedesk.gui.cohort_page.CohortPage` (kept apart so that the page stays short):
the read in progress with its progress line and Cancel reading, changes that check every row again
(mapping, date order, a re-read) made on a copy of the draft, and the journal's already-issued marks.
Its texts are translated in the page's context ("CohortPage").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from badgedesk.core.draft import CohortDraft
from badgedesk.gui.cohort_loading import Changed, IssuedCheck, Marks, ReadJob, changed_rows, marks_for
from badgedesk.gui.tasks import TaskError, run_task

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
        if check != self._issued_check():
            return  # the badge or connection changed meanwhile: the answer is about something else
        if draft is not self.draft:
            # Another draft is shown now (a change made on a copy was swapped in, or a re-read): the
            # journal changed, so ask again about the learners shown, or the marks would be lost.
            if self.draft is not None:
                self._mark_issued()
            return
        if marks.version != draft.version:
            self._mark_issued()  # the learners changed while the rows were made: make them again
            return
        draft.mark_already_issued(marks.issued, marks.rows)
        self.model.rows_replaced(marks.changed)
        if self._changing is not None:  # a change is being made on a copy: it gets these marks too
            self._changing.append((lambda d: d.mark_already_issued(marks.issued), None))
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
            keep_view=False,
        )

    def _change(
        self,
        change: Callable[[CohortDraft], object],
        text: str,
        done: Callable[[], None] | None = None,
        keep_view: bool = True,
    ) -> None:
        """Apply ``change`` to a copy of the draft off the window thread (it may check every row
        again), then show the copy in one swap; the draft shown stays until then, with the controls
        that would race disabled. A cohort of at most :data:`INLINE_ROWS` learners is changed in
        place at once (bounded work, a few ms). A change asked for while another runs (e.g. the
        platform changed meanwhile) is applied to its result before it is shown, so none is lost.
        ``done`` runs on the window thread once the change shows (e.g. to say what it did);
        ``keep_view``: the grid keeps its place and repaints only the rows that changed (an edit),
        else it is reset and its columns sized again (a mapping)."""
        draft = self.draft
        assert draft is not None
        if self._changing is not None:
            self._changing.append((change, done))
            return
        if self._job is not None:
            return  # a new learner list is being read: it is set up the current way when it arrives
        if len(draft.table.rows) <= INLINE_ROWS:
            change(draft)
            self._show_draft(reset=not keep_view)
            if done is not None:
                done()
            return
        self._changing = []
        generation = self._begin(text)
        self._run_change(generation, draft, draft, [(change, done)], [], keep_view)

    def _run_change(
        self, generation: int, old: CohortDraft, base: CohortDraft, steps, before, keep_view
    ) -> None:
        """``steps`` (change, done) applied to ``base`` off the window thread; ``before``: the steps
        already in ``base`` (their ``done`` runs too, once it shows)."""

        def apply(d: CohortDraft) -> None:
            for change, _ in steps:
                change(d)

        run_task(
            changed_rows,
            old,
            base,
            apply,
            on_done=lambda result: self._change_done(generation, old, result, before + steps, keep_view),
            on_error=lambda err: self._reread_failed(generation, err),
        )

    def _change_done(self, generation: int, old: CohortDraft, result: Changed, steps, keep_view) -> None:
        if generation != self._generation:
            return
        if old is self.draft and self._changing:  # asked for meanwhile: applied to the result, off thread
            later, self._changing = self._changing, []
            self._run_change(generation, old, result.draft, later, steps, keep_view)
            return
        self._changing = None
        self._end()
        self._info("")
        if old is not self.draft:
            return  # another cohort was shown meanwhile (e.g. reopened from history): this one is void
        self.draft = result.draft
        if keep_view and result.changed is not None:
            self.model.adopt(result.draft, result.changed)
            self._show_draft(reset=None)
        else:
            self._show_draft(reset=True)
        for _, done in steps:
            if done is not None:
                done()

    # ------------------------------------------------------------------ re-reading the file

    def _sheet_chosen(self, position: int) -> None:
        draft = self.draft
        name = self.sheet_combo.itemText(position)
        if draft is None or name == draft.sheet:
            return
        self._reread(draft, sheet=name)

    def _header_row_chosen(self) -> None:
        draft = self.draft
        number = self.header_spin.value()
        if draft is None or number == draft.header_row:
            return
        self._reread(draft, sheet=draft.sheet, header_row=number)

    def _reread(self, draft: CohortDraft, sheet: str | None, header_row: int | None = None) -> None:
        job = self._start_job(draft.path.name)
        generation = self._begin(
            QCoreApplication.translate("CohortPage", "Reading {name}…").format(name=draft.path.name)
        )
        self._changing = []  # a change asked for meanwhile (the platform) is applied to the new table

        def reread(d: CohortDraft) -> None:
            d.use_table(d.read(sheet, header_row, progress=job.progress, cancel=job.cancel))

        self._run_change(generation, draft, draft, [(reread, self._mark_issued)], [], False)

    def _reread_failed(self, generation: int, err: TaskError) -> None:
        if generation != self._generation:
            return
        self._changing = None
        self._end()
        self._info("")
        self._show_source()  # back to the sheet and header row in use
        if err.code == "cancelled":
            self._read_cancelled()
            return
        self._show_error(err.message)

    def _mapping_chosen(self, fld: str, column: object) -> None:
        draft = self.draft
        if draft is None or self.state.busy:
            return
        chosen = column if isinstance(column, int) else None
        self._change(
            lambda d: d.set_mapping(fld, chosen),
            QCoreApplication.translate("CohortPage", "Checking the learners again…"),
            keep_view=False,
        )
