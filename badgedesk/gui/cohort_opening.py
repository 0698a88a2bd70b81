"""The Cohort page's opening of a learner list or a prepared cohort, off the window thread.

A mixin of :class:`~badgedesk.gui.cohort_page.CohortPage`. Both kinds of file show the same progress
line (rows read so far) and the same Cancel reading. Reopening a prepared cohort reads its learner list
again: where :meth:`CohortDraft.from_prepared` takes ``progress`` and ``cancel`` they are passed on (rows
read, a read that stops); where it does not, the line says which file is being read and Cancel reading
drops the answer at once (the read finishes unseen; the learner list shown before stays). Its texts are
translated in the page's context ("CohortPage").
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from badgedesk.core.draft import CohortDraft
from badgedesk.gui.cohort_loading import IssuedCheck, ReadJob, open_ready
from badgedesk.gui.tasks import TaskError, run_task

SPREADSHEET_PATTERNS = "*.xlsx *.xlsm *.csv *.tsv *.txt"


def reopen_prepared(path: str, locate: str | None, how: dict, job: ReadJob) -> CohortDraft:
    """Off the window thread: reopen a prepared cohort, with the read's progress (rows read) and Cancel."""
    job.progressed.emit("opening", 0, "")
    return CohortDraft.from_prepared(path, locate, **how, progress=job.progress, cancel=job.cancel)


class CohortOpening:
    """Needs the page's state, _identity, _issued_check, _start_job, _begin/_end, _info, _set_draft."""

    def open_file(self, path: str, locate: str | None = None) -> None:
        """Read and check a learner list, or reopen a prepared cohort (``locate``: its moved source)."""
        path = str(path)
        if self.state.busy:
            self._show_error(
                QCoreApplication.translate(
                    "CohortPage", "A run is in progress; open another learner list when it has finished."
                )
            )
            return
        identity, names_required = self._identity()
        how = {"strict": False, "identity": identity, "names_required": names_required}
        job = self._start_job(Path(path).name)
        if path.lower().endswith(".json"):
            work = functools.partial(reopen_prepared, path, locate, how, job)
        else:
            work = functools.partial(CohortDraft.open, path, **how, progress=job.progress, cancel=job.cancel)
        check = self._issued_check()
        generation = self._begin(
            QCoreApplication.translate("CohortPage", "Reading {name}…").format(name=Path(path).name)
        )
        run_task(
            open_ready,
            work,
            check,
            job,
            on_done=lambda draft: self._opened(generation, path, draft, check),
            on_error=lambda err: self._open_failed(generation, path, err),
        )

    def cancel_read(self) -> None:
        """Stop the read in progress; the learner list shown before stays. A read that cannot be
        stopped (see the module's docstring) is dropped at once."""
        job = self._job
        if job is None:
            return
        job.cancel.set()
        if job.stoppable:
            self._info(QCoreApplication.translate("CohortPage", "Cancelling…"))
            return
        self._generation += 1  # its answer, when it comes, is void
        self._changing = None
        self._end()
        self._read_cancelled()

    def _opened(self, generation: int, path: str, draft: CohortDraft, check: IssuedCheck | None) -> None:
        if generation != self._generation:
            return
        self._end()
        self.state.settings.add_recent_file(path)
        self._info("")
        self._set_draft(draft)
        if check != self._issued_check():
            self._mark_issued()  # the badge or connection changed while reading: ask again

    def _open_failed(self, generation: int, path: str, err: TaskError) -> None:
        if generation != self._generation:
            return
        self._end()
        self._info("")
        if err.code == "cancelled":
            self._read_cancelled()
            return
        self._show_error(err.message)
        if err.code == "source_moved" and path.lower().endswith(".json"):
            self._offer_locate(path, err)

    def _offer_locate(self, path: str, err: TaskError) -> None:
        name = err.params.get("name") or QCoreApplication.translate("CohortPage", "the learner list")
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("CohortPage", "Learner list not found"),
            QCoreApplication.translate("CohortPage", "{message}\n\nLocate {name} now?").format(
                message=err.message, name=name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        source, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("CohortPage", "Locate {name}").format(name=name),
            str(Path(path).parent),
            QCoreApplication.translate("CohortPage", "Spreadsheets ({patterns})").format(
                patterns=SPREADSHEET_PATTERNS
            ),
        )
        if source:
            self.open_file(path, locate=source)
