"""Step 5: each learner's outcome, and what can be done about it after issuing.

Public API (for the Issue page and the main window):

- ``show_run(run_id)``: show a run from the journal (also done on ``state.runChanged``).
- ``update_rows(rows)``: merge a batch of changed rows (journal-row dicts with ``id``, or engine row
  events with ``learner_id``) while a run is being issued; only changed rows repaint. Also connected
  to ``state.rowsUpdated`` when the state has it.
- ``export(path=None)``: export the shown run (.xlsx copy of the learner list with result columns, or
  .csv); asks for a file name when none is given.
- ``retry_failed()``, ``revoke_selected()``, ``revoke_whole_run()``, ``delete_selected()``,
  ``delete_whole_run()`` (where the platform can only delete), ``correct_email()``,
  ``refresh_claims()``, ``stop()``: the toolbar's actions.
- ``notify_run_finished(run_id)``: desktop notification (or in-window notice) with the run's totals.
  The page calls it itself when a run that kept ``state.busy`` for ``LONG_RUN_SECONDS`` or more ends.
- Signal ``resume_requested(int)``: "Retry failed rows" has set rows of this run back to pending.
  The page has also called ``state.set_run(run_id)`` and ``state.navigate.emit("issue")``; the Issue
  page offers Resume for it (connect the signal to resume at once).
- Signal ``actionFinished(str, object)``: an action ended (name, its result or a TaskError).

Every platform call and file export runs off the GUI thread through :func:`run_task`. What can be
done follows the run's platform: revoking only where it can revoke, deleting permanently (with a typed
confirmation, :mod:`badgedesk.gui.delete_dialog`) where it can only delete, correcting
an email only where learners are keyed on their email, claim tracking only where it reads claims.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.engine import Settings
from badgedesk.core.messages import InputError
from badgedesk.gui import colours, localized, outcomes
from badgedesk.gui.a11y import follow_selection, live_label, name_clear_button
from badgedesk.gui.correct_email_dialog import CorrectEmailDialog  # noqa: F401 (tests patch it here)
from badgedesk.gui.grids import make_readable
from badgedesk.gui.results_actions import ResultsActions
from badgedesk.gui.results_awards import AwardChanges
from badgedesk.gui.results_export import ResultsExport
from badgedesk.gui.results_filter import ResultsFilter
from badgedesk.gui.results_loading import ResultsLoading
from badgedesk.gui.results_model import (
    ATTEMPTS,
    AWARD,
    CLAIM,
    DETAIL,
    EMAIL,
    FILTERS,
    HTTP,
    NAME,
    ROW,
    STATUS,
    ResultsModel,
    claim_label,
    filter_count,
)
from badgedesk.gui.results_model import tr as tr_model
from badgedesk.gui.results_notices import SUMMARY_ORDER, ResultsNotices, run_state_label
from badgedesk.gui.results_strip import RowDetail, SummaryStrip
from badgedesk.gui.tasks import Task
from badgedesk.gui.vocabulary import run_words
from badgedesk.platforms import registry
from badgedesk.platforms.base import EMAIL_IDENTITY
from badgedesk.platforms.registry import PlatformSpec


class _Relay(QObject):
    """Carries progress from worker threads to the page (queued: the page lives on the GUI thread)."""

    rows = Signal(list)
    progress = Signal(int, int)

    def event_sink(self, event: dict[str, Any]) -> None:
        """``on_progress`` for core actions."""
        self.rows.emit([event["row"]])
        self.progress.emit(event["done"], event["total"])

    def engine_sink(self, event: dict[str, Any]) -> None:
        """``on_event`` for the engine: row outcomes only."""
        if event.get("type") == "row":
            self.rows.emit([event])


class ResultsPage(ResultsActions, ResultsNotices, AwardChanges, ResultsExport, ResultsLoading, QWidget):
    resume_requested = Signal(int)  # rows of this run were set back to pending; the Issue page can resume it
    actionFinished = Signal(str, object)  # action name, its result (or a TaskError)

    LONG_RUN_SECONDS = 60.0

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.run_id: int | None = None
        self.run: dict[str, Any] | None = None
        self.engine_settings = Settings()
        self._task: Task | None = None
        self._task_name = ""
        self._client: Any = None
        self._busy_run: tuple[int | None, float] | None = None
        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._relay = _Relay(self)
        self._relay.rows.connect(self.update_rows)
        self._relay.progress.connect(self._show_progress)
        self._build()
        self._init_loading()
        self.model.countsChanged.connect(self._show_counts)
        state.runChanged.connect(self._run_changed)
        state.runsChanged.connect(self._refresh_header)
        state.busyChanged.connect(self._busy_changed)
        rows_updated = getattr(state, "rowsUpdated", None)
        if rows_updated is not None:
            rows_updated.connect(self.update_rows)
        if state.run_id is not None:
            self.show_run(state.run_id)
        else:
            self._refresh_header()
            self._update_actions()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("runTitle")
        live_label(self.title, self.tr("Run"))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setStyleSheet("font-weight:bold;")
        self.sandbox_label = QLabel(self.tr("SANDBOX — rehearsal, not real badges"))
        self.sandbox_label.setObjectName("sandboxLabel")
        self.sandbox_label.setAccessibleName(self.tr("Sandbox run"))
        colours.style(
            self.sandbox_label,
            "background:{sandbox_bg};color:{sandbox_text};padding:2px 6px;font-weight:bold;border-radius:3px;",
        )
        self.sandbox_label.hide()
        top.addWidget(self.title, 1)
        top.addWidget(self.sandbox_label)
        layout.addLayout(top)
        self.stop_label = QLabel()
        self.stop_label.setObjectName("stopMessage")
        live_label(self.stop_label, self.tr("Why the run stopped"))
        self.stop_label.setWordWrap(True)
        colours.style(self.stop_label, "color:{error};")
        self.stop_label.hide()
        layout.addWidget(self.stop_label)

        self.notice, self.notice_label = self._banner(self.tr("Notice"))
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.notice.hide)
        self.notice.layout().addWidget(close)
        layout.addWidget(self.notice)

        self.review_banner, self.review_label = self._banner(self.tr("Learners that need review"))
        colours.style(
            self.review_banner,
            "QFrame#banner{{background:{review_bg};border:2px solid {warning_border};border-radius:4px;}}"
            "QLabel{{color:{review_text};font-weight:bold;}}",
        )
        show = QPushButton(self.tr("Show &them"))
        show.setAccessibleName(self.tr("Show the learners that need review"))
        show.clicked.connect(lambda: self.set_filter("problems"))
        self.review_banner.layout().addWidget(show)
        layout.addWidget(self.review_banner)

        self.strip = SummaryStrip()
        self.strip.filterRequested.connect(self.set_filter)
        layout.addWidget(self.strip)

        changes = self._build_toolbar()
        layout.addWidget(self.toolbar)

        filters = QHBoxLayout()
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Show learners"))
        for key, label, _s, _c in FILTERS:
            self.filter_box.addItem(tr_model(label), key)
        self.filter_box.currentIndexChanged.connect(self._filter_chosen)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_box)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find learner"))
        self.search.setPlaceholderText(self.tr("Name, email or ID"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        self.search.textChanged.connect(self.proxy.set_text)
        find_label = QLabel(self.tr("Fin&d:"))
        find_label.setBuddy(self.search)
        filters.addWidget(show_label)
        filters.addWidget(self.filter_box)
        filters.addSpacing(12)
        filters.addWidget(find_label)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        self.loading_label = QLabel()
        self.loading_label.setObjectName("resultsLoading")
        live_label(self.loading_label, self.tr("Loading"))
        self.loading_label.hide()
        layout.addWidget(self.loading_label)

        self.table = QTableView()
        self.table.setObjectName("resultsTable")
        self.table.setAccessibleName(self.tr("Learner results"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        make_readable(
            self.table,
            self.state.settings,
            "results",
            DETAIL,
            {
                ROW: 44,
                NAME: 150,
                EMAIL: 190,
                STATUS: self._status_width(),
                HTTP: 50,
                ATTEMPTS: 64,
                AWARD: 80,
                CLAIM: 100,
            },
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in changes:
            self.table.addAction(action)
        follow_selection(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        layout.addWidget(self.table, 1)
        self.row_detail = RowDetail()
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.row_detail.show_row(self.selected_row())
        )
        layout.addWidget(self.row_detail)

        progress = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.stop_button = QPushButton(self.tr("St&op"))
        self.stop_button.setAccessibleName(self.tr("Stop the current action"))
        self.stop_button.clicked.connect(self.stop)
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.stop_button)
        self.progress_row = QWidget()
        self.progress_row.setLayout(progress)
        self.progress_row.hide()
        layout.addWidget(self.progress_row)

        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        live_label(self.summary, self.tr("Totals"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

    def _status_width(self) -> int:
        """Room for the status labels of a finished run in this language (bold, with the disc), within reason."""
        font = self.table.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        shown = (
            "issued",
            "needs_review",
            "failed",
            "skipped_no_consent",
            "skipped_invalid",
            "skipped_duplicate",
        )
        needed = max(metrics.horizontalAdvance(outcomes.status_label(s)) for s in shown) + 16 + 22
        return min(max(needed, 130), 190)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- showing a run ---------------------------------------------------------------------------

    def _run_changed(self) -> None:
        self.show_run(self.state.run_id)

    def show_run(self, run_id: int | None) -> None:
        """Show ``run_id`` from the journal (None clears the page)."""
        run = self.state.journal.run(run_id) if run_id is not None else None
        if (run_id if run is not None else None) != self.run_id:
            self.notice.hide()  # it was about the run shown before
        self.run_id = run_id if run is not None else None
        self.run = run
        spec = self.spec()
        self.model.set_identity(spec.identity if spec is not None else EMAIL_IDENTITY)
        self.table.setColumnHidden(CLAIM, spec is not None and not spec.capabilities.claim_tracking)
        self._load_rows(self.run_id)  # off the window thread for a big run
        self._refresh_header()
        self._update_actions()

    def reload(self) -> None:
        self.show_run(self.run_id)

    def update_rows(self, rows: list[dict[str, Any]]) -> int:
        """Merge changed rows of the shown run (others are ignored). Returns how many changed."""
        if self._merge_early(rows):
            return 0  # merged when the run's rows have been read
        changed = self.model.update_rows(rows)
        if changed:
            self._update_actions()
        return changed

    def _refresh_header(self) -> None:
        if self.run_id is not None:
            self.run = self.state.journal.run(self.run_id) or self.run
        run = self.run
        if run is None:
            self.title.setText(
                self.tr("No run to show. Issue a cohort (step 4), or open a past run (Run history, Ctrl+H).")
            )
            self.sandbox_label.hide()
            self.stop_label.hide()
            self._show_counts()
            return
        badge = run.get("badge_name") or self.tr("badge {id}").format(id=run["badge_id"])
        state = run.get("state") or ""
        parts = [
            self.tr("Run {id}").format(id=run["id"]),
            f"{badge} (#{run['badge_id']})",
            run_words(self.state, run),
            run_state_label(state),
        ]
        if run.get("source_name"):
            parts.append(self.tr("from {file}").format(file=run["source_name"]))
        self.title.setText(" · ".join(p for p in parts if p))
        self.sandbox_label.setVisible(bool(run.get("sandbox")))
        stop = run.get("stop_message") or ""
        self.stop_label.setText(stop)
        self.stop_label.setVisible(bool(stop) and state != "completed")
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self.counts()
        claims = self.model.claim_counts()
        for i in range(self.filter_box.count()):
            key = self.filter_box.itemData(i)
            label = tr_model(next(f[1] for f in FILTERS if f[0] == key))
            self.filter_box.setItemText(i, f"{label} ({filter_count(key, counts, claims)})")
        self.summary.setText(self.totals_text())
        self.strip.show_counts(counts, claims)
        review, unknown = counts.get("needs_review", 0), counts.get("unknown", 0)
        texts = []
        if review:
            texts.append(
                self.tr(
                    "⚠ {n} learner(s) need review: the platform accepted the request (HTTP 202) but did not "
                    "issue the badge. The Detail column has the platform's reason."
                ).format(n=review)
            )
        if unknown:
            texts.append(
                self.tr(
                    "? {n} learner(s) unknown: the badge may have been issued. Resuming the run looks them up "
                    "before anything is sent again."
                ).format(n=unknown)
            )
        self.review_label.setText("\n".join(texts))
        self.review_banner.setVisible(bool(texts))

    def totals_text(self) -> str:
        counts = self.counts()
        if not counts:
            return ""
        ordered = [s for s in SUMMARY_ORDER if s in counts] + sorted(
            s for s in counts if s not in SUMMARY_ORDER
        )
        parts = [
            f"{outcomes.status_symbol(s)} {localized.number(counts[s])} {localized.in_sentence(outcomes.status_label(s))}"
            for s in ordered
        ]
        text = self.tr("Totals: {n} learners — {parts}").format(
            n=localized.number(sum(counts.values())), parts=" · ".join(parts)
        )
        claims = self.model.claim_counts()
        if claims:
            claim_parts = [
                f"{localized.number(n)} {localized.in_sentence(claim_label(c))}"
                for c, n in sorted(claims.items())
            ]
            text += "\n" + self.tr("Claims: {parts}").format(parts=" · ".join(claim_parts))
        return text

    def _filter_chosen(self, _index: int) -> None:
        self.strip.show_filter(str(self.filter_box.currentData()))
        self.proxy.set_filter(self.filter_box.currentData())
        self._update_actions()

    def set_filter(self, key: str) -> None:
        index = self.filter_box.findData(key)
        if index >= 0:
            self.filter_box.setCurrentIndex(index)

    def selected_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        proxy: QSortFilterProxyModel = self.proxy
        return self.model.row_at(proxy.mapToSource(index).row())

    def select_learner(self, learner_id: int) -> bool:
        """Select a learner's row (if the filter shows it)."""
        at = self.model.row_for(learner_id)
        if at is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(at, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        return True

    def spec(self) -> PlatformSpec | None:
        """The shown run's platform (None without a run, or for a platform this version does not know)."""
        if self.run is None:
            return None
        try:
            return registry.get(self.run.get("platform") or registry.DEFAULT)
        except InputError:
            return None

    # -- the actions -----------------------------------------------------------------------------
