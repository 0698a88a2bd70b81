"""The Results page's rows, read off the window thread when a run is big (issue 10).

A run of up to ``INLINE_ROWS`` learners is read at once (whether a run is bigger is asked of the
journal in constant time). A bigger one is read on pool threads through connections of their own,
so the window never waits on the journal's lock: first its counts by status (one query: the strip
and "Loading N results…" show them at once), then its rows, made ready for the grid (index and
counts) on that thread and shown in constant time. Meanwhile the page says so and its actions wait.
An answer about a run no longer shown is dropped (its rows freed on a pool thread); row updates
that arrive while the rows are read (a run being issued) are kept and merged when they come.
"""

from __future__ import annotations

from typing import Any

from badgedesk.core.journal import Journal
from badgedesk.gui import localized
from badgedesk.gui.cohort_loading import collector_paused
from badgedesk.gui.results_model import Loaded, let_go
from badgedesk.gui.tasks import TaskError, run_task

INLINE_ROWS = 2000  # a run of at most this many rows is read on the window thread (a few ms)


def read_counts(journal_path: str, run_id: int) -> dict[str, int]:
    """Off the window thread: the run's counts by status."""
    journal = Journal(journal_path)
    try:
        return journal.status_counts(run_id)
    finally:
        journal.close()


def read_rows(journal_path: str, run_id: int) -> Loaded:
    """Off the window thread: the run's rows as the grid holds them."""
    journal = Journal(journal_path)
    try:
        with collector_paused():
            return Loaded.of(journal.rows(run_id))
    finally:
        journal.close()


class ResultsLoading:
    """Mixin for the Results page (needs ``state``, ``model``, ``proxy``, ``loading_label``,
    ``_refresh_header``, ``_update_actions``, ``selected_row`` and ``select_learner``)."""

    def _init_loading(self) -> None:
        self._loading: tuple[int, int] | None = None  # (run id, request) whose rows are being read
        self._requests = 0
        self._early: list[dict[str, Any]] = []  # row updates that came while the rows were read
        self._early_counts: dict[str, int] | None = None  # the counts of the run being read
        self._kept: int | None = None  # the learner selected before the grid's order changed
        self.proxy.settled.connect(self._show_loading)
        self.proxy.modelAboutToBeReset.connect(self._keep_selection)
        self.proxy.modelReset.connect(self._restore_selection)

    @property
    def working(self) -> bool:
        """The shown run's rows, or the grid's order, are being worked out off the window thread."""
        return self._loading is not None or self.proxy.working

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def counts(self) -> dict[str, int]:
        """The shown run's counts by status (from the journal while its rows are read)."""
        if self._loading is not None:
            return dict(self._early_counts or {})
        return self.model.counts()

    def _load_rows(self, run_id: int | None) -> None:
        self._requests += 1
        self._early, self._early_counts = [], None
        journal = self.state.journal
        if run_id is None or journal.row_count(run_id, INLINE_ROWS + 1) <= INLINE_ROWS:
            self._loading = None
            self.model.set_rows(journal.rows(run_id) if run_id is not None else [])
        else:
            key = self._loading = (run_id, self._requests)
            self.model.set_rows([])
            path = str(journal.path)
            run_task(read_counts, path, run_id, on_done=lambda counts: self._counted(key, counts))
            run_task(
                read_rows,
                path,
                run_id,
                on_done=lambda loaded: self._loaded(key, loaded),
                on_error=lambda err: self._load_failed(key, err),
            )
        self._show_loading()

    def _counted(self, key: tuple[int, int], counts: dict[str, int]) -> None:
        if self._loading == key:
            self._early_counts = counts
            self._refresh_header()
            self._show_loading()

    def _loaded(self, key: tuple[int, int], loaded: Loaded) -> None:
        if self._loading != key:
            run_task(let_go, (loaded.rows, loaded.index))  # about a run no longer shown
            return
        self._loading = None
        early, self._early = self._early, []
        self.model.adopt(loaded)
        if early:
            self.model.update_rows(early)
        self._refresh_header()
        self._update_actions()
        self._show_loading()

    def _load_failed(self, key: tuple[int, int], err: TaskError) -> None:
        if self._loading != key:
            return
        self._loading = None
        self._update_actions()
        self._show_loading()
        self.loading_label.setText(
            self.tr("The results could not be read: {message}").format(message=err.message)
        )
        self.loading_label.show()

    def _merge_early(self, rows: list[dict[str, Any]]) -> bool:
        """While the shown run's rows are read, keep its updates for later; True when kept."""
        if self._loading is None:
            return False
        self._early.extend(rows)
        return True

    def _show_loading(self) -> None:
        if self._loading is not None:
            n = sum((self._early_counts or {}).values())
            text = (
                self.tr("Loading {n} results…").format(n=localized.number(n))
                if self._early_counts is not None
                else self.tr("Loading the results…")
            )
        elif self.proxy.working:
            text = self.tr("Sorting and filtering {n} results…").format(
                n=localized.number(self.model.rowCount())
            )
        else:
            text = ""
        self.loading_label.setText(text)
        self.loading_label.setVisible(bool(text))
        self._update_actions()

    def _keep_selection(self) -> None:
        row = self.selected_row()
        self._kept = row.get("id") if row is not None else None

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            self.select_learner(kept)
