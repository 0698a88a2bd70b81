"""Opening a learner list without freezing the window, whatever its size.

Everything whose cost grows with the number of learners runs off the window thread:

- reading and checking the file (:meth:`CohortDraft.open`), with its progress (rows read) sent to the
  window at most every :data:`PROGRESS_SECONDS`, and a Cancel that stops the read;
- the check against the journal for learners already issued this badge (one set-based query,
  :meth:`Journal.issued_among`), and the grid rows that go with its answer;
- the draft's rows and counts, made once so that showing them costs the window nothing per learner.

While that work makes its hundreds of thousands of objects, Python's cyclic garbage collector is
paused (:func:`collector_paused`): each of its full passes over them would hold the interpreter
for 50-170 ms at 100,000 rows, and the window thread would stall meanwhile. Afterwards the objects
made are moved out of the collector's sight (``gc.freeze``): they hold no cycles and are freed by
their reference counts as usual, so later passes stay short.

The window thread then only swaps the finished rows in and sizes the columns from a sample of at
most :data:`SIZE_SAMPLE_ROWS` rows (never from every row, as ``resizeColumnsToContents`` may).
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractItemView

from badgedesk.core.draft import CohortDraft, DraftRow
from badgedesk.core.isolate import ReadProgress
from badgedesk.core.journal import Journal
from badgedesk.core.messages import InputError
from badgedesk.gui import localized

PROGRESS_SECONDS = 0.1  # at most ten progress updates a second reach the window
SIZE_SAMPLE_ROWS = 200  # the rows a column's width is measured on
MAX_COLUMN_WIDTH = 420  # pixels: one long cell must not push the others off screen


class ReadJob(QObject):
    """One read in progress: its Cancel flag, and its progress relayed (queued) to the window.

    ``progress`` is handed to :func:`~badgedesk.core.cohort.read_table` as its callback; it runs on
    the reading thread and emits :attr:`progressed` no more often than every ``PROGRESS_SECONDS``
    (and always for the phases ``opening`` and ``done``)."""

    progressed = Signal(str, int, str)  # phase ("opening", "reading", "done", "checking"), rows, sheet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.stoppable = True  # False: the read cannot stop midway (Cancel drops its answer instead)
        self._last = 0.0

    def progress(self, report: ReadProgress) -> None:
        now = time.monotonic()
        if report.phase == "reading" and now - self._last < PROGRESS_SECONDS:
            return
        self._last = now
        self.progressed.emit(report.phase, report.rows, report.sheet or "")

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def describe(self, phase: str, rows: int, name: str) -> str:
        """The status line for this read at ``phase`` (see :attr:`progressed`)."""
        count = localized.number(rows)
        if phase == "opening":
            return self.tr("Opening {name}…").format(name=name)
        if phase == "checking":
            return self.tr("Checking {count} learner(s) against earlier runs…").format(count=count)
        if phase == "done":
            return self.tr("Checking the {count} row(s) of {name}…").format(count=count, name=name)
        return self.tr("Reading {name}: {count} row(s) so far…").format(name=name, count=count)


@dataclass(frozen=True)
class IssuedCheck:
    """Which journal answer the grid's "already issued" marks are for: one platform, environment, badge."""

    journal: Journal
    platform: str
    environment: str
    badge_id: str

    def find(self, draft: CohortDraft) -> dict[str, int]:
        """recipient key -> run id, for the draft's learners the journal already issued this badge to."""
        learners = draft.cohort.learners if draft.cohort is not None else []
        keys = {learner.recipient_key for learner in learners if learner.recipient_key}
        return self.journal.issued_among(self.platform, self.environment, self.badge_id, keys)

    def marks(self, draft: CohortDraft) -> Marks:
        """Off the window thread: the journal's answer and the draft's rows with it."""
        return marks_for(self, draft)


@dataclass(frozen=True)
class Marks:
    """The journal's answer for a draft, and its rows remade with it (for :attr:`version` of the draft)."""

    issued: dict[str, int]
    version: int
    rows: list[DraftRow]
    changed: list[int] | None  # the positions whose marks changed (None: any may have)


def marks_for(check: IssuedCheck | None, draft: CohortDraft) -> Marks:
    """Off the window thread: ask the journal (no ``check``: no badge, so no marks), make the draft's
    rows with its answer (see :meth:`CohortDraft.rows_with_issued`) and find the rows whose marks
    changed, so that the window repaints only those. The draft itself is not changed."""
    with collector_paused():
        before = draft.made_rows()
        issued = check.find(draft) if check is not None else {}
        version, rows = draft.rows_with_issued(issued)
        changed = None
        if before is not None and len(before) == len(rows):
            changed = [
                i
                for i, (old, new) in enumerate(zip(before, rows, strict=True))
                if old.row != new.row or old.already_issued_run != new.already_issued_run
            ]
    return Marks(issued, version, rows, changed)


_collector_lock = threading.Lock()
_collector_pauses = 0  # the loads under way that paused the collector
_collector_was_enabled = True


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a load (nested and concurrent loads allowed); when the
    last one ends, freeze what exists (see the module's docstring) and let the collector run again."""
    global _collector_pauses, _collector_was_enabled
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0:
                gc.freeze()
                if _collector_was_enabled:
                    gc.enable()


def open_ready(
    open_draft: Callable[[], CohortDraft], check: IssuedCheck | None, job: ReadJob | None = None
) -> CohortDraft:
    """Off the window thread: open the draft, mark the learners already issued, make its rows and
    counts, so that the window only has to show them."""
    with collector_paused():
        return _open_ready(open_draft, check, job)


def _open_ready(
    open_draft: Callable[[], CohortDraft], check: IssuedCheck | None, job: ReadJob | None
) -> CohortDraft:
    draft = open_draft()
    if job is not None and job.cancelled:
        raise InputError("cancelled", "Reading was cancelled; the learner list shown before is unchanged.")
    if check is not None and draft.cohort is not None:
        if job is not None:
            job.progressed.emit("checking", len(draft.cohort.learners), "")
        draft.mark_already_issued(check.find(draft))
    draft.counts()  # makes and keeps the rows and their counts
    return draft


def changed_ready(draft: CohortDraft, change: Callable[[CohortDraft], object]) -> CohortDraft:
    """Off the window thread: a copy of ``draft`` with ``change`` applied (a mapping, the date order,
    a re-read table: each checks every row again), its rows and counts made. The window keeps
    showing ``draft`` meanwhile and swaps the copy in when it arrives."""
    with collector_paused():
        changed = draft.copy()
        change(changed)
        changed.counts()
    return changed


@dataclass(frozen=True)
class Changed:
    """A changed copy of a draft, and the grid positions whose rows differ from the draft shown."""

    draft: CohortDraft
    changed: list[int] | None  # None: the learners themselves differ (the grid is reset)


def changed_rows(shown: CohortDraft, base: CohortDraft, change: Callable[[CohortDraft], object]) -> Changed:
    """Off the window thread: :func:`changed_ready` on ``base`` (``shown`` itself, or an earlier change
    of it), and the positions whose rows differ from those ``shown`` shows, so that the window swaps
    the copy in with no work per learner (repainting only those rows, keeping the view where it is)."""
    new = changed_ready(base, change)
    with collector_paused():
        before, after = shown.made_rows(), new.made_rows()
        changed = None
        if before is not None and after is not None and len(before) == len(after):
            changed = []
            for i, (old, row) in enumerate(zip(before, after, strict=True)):
                if old is not row and old != row:
                    if old.row != row.row:
                        changed = None
                        break
                    changed.append(i)
    return Changed(new, changed)


def size_columns(
    view: QAbstractItemView, sample_rows: int = SIZE_SAMPLE_ROWS, skip: tuple[int, ...] = ()
) -> int:
    """Set each column's width from its header and the first ``sample_rows`` rows (plus the rows in
    view), never from every row. Returns how many rows were measured."""
    model = view.model()
    if model is None:
        return 0
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else None
    rows = model.rowCount()
    sample = set(range(min(rows, sample_rows)))
    top = view.rowAt(0) if hasattr(view, "rowAt") else -1
    if top >= 0:
        sample.update(range(top, min(rows, top + sample_rows // 4)))
    measured = sorted(sample)
    for column in range(model.columnCount()):
        if column in skip:
            continue
        width = header.sectionSizeFromContents(column).width() if header is not None else 0
        for row in measured:
            width = max(width, view.sizeHintForIndex(model.index(row, column)).width())
        if hasattr(view, "setColumnWidth"):
            view.setColumnWidth(column, min(width + 8, MAX_COLUMN_WIDTH))
    return len(measured)
