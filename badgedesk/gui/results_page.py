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

import time
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core import actions
from badgedesk.core.engine import Engine, Settings
from badgedesk.core.messages import InputError
from badgedesk.gui import localized, outcomes
from badgedesk.gui.a11y import follow_selection, live_label, name_clear_button, name_overflow_button
from badgedesk.gui.correct_email_dialog import CorrectEmailDialog
from badgedesk.gui.grids import make_readable
from badgedesk.gui.notify import notify
from badgedesk.gui.results_awards import AwardChanges, learner
from badgedesk.gui.results_export import ResultsExport
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
    ResultsFilter,
    ResultsModel,
    claim_label,
    detail,
    filter_count,
)
from badgedesk.gui.results_model import tr as tr_model
from badgedesk.gui.results_strip import RowDetail, SummaryStrip
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.gui.vocabulary import run_words
from badgedesk.platforms import registry
from badgedesk.platforms.base import EMAIL_IDENTITY
from badgedesk.platforms.registry import PlatformSpec

RUN_STATES = {
    "ready": QT_TRANSLATE_NOOP("ResultsPage", "Ready"),
    "running": QT_TRANSLATE_NOOP("ResultsPage", "Running"),
    "completed": QT_TRANSLATE_NOOP("ResultsPage", "Completed"),
    "stopped": QT_TRANSLATE_NOOP("ResultsPage", "Stopped"),
    "cancelled": QT_TRANSLATE_NOOP("ResultsPage", "Cancelled"),
    "interrupted": QT_TRANSLATE_NOOP("ResultsPage", "Interrupted"),
}
SUMMARY_ORDER = (
    "issued",
    "already_issued",
    "needs_review",
    "failed",
    "unknown",
    "pending",
    "cancelled",
    "revoked",
    "skipped_no_consent",
    "skipped_invalid",
    "skipped_duplicate",
)


def run_state_label(state: str) -> str:
    return QCoreApplication.translate("ResultsPage", RUN_STATES[state]) if state in RUN_STATES else state


def _closing(client: Any, fn: Any, *args: Any) -> Any:
    """Run ``fn(*args)`` on a worker thread, then close the platform client it used."""
    try:
        return fn(*args)
    finally:
        client.close()


def _correct(journal: Any, client: Any, learner_id: int, email: str, reason: str, engine_for: Any) -> Any:
    """actions.correct_email with an engine factory bound to this task's client."""
    return actions.correct_email(journal, client, learner_id, email, reason, engine_for(client))


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


class ResultsPage(AwardChanges, ResultsExport, QWidget):
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
        self.sandbox_label.setStyleSheet(
            "background:#fde68a;color:#78350f;padding:2px 6px;font-weight:bold;border-radius:3px;"
        )
        self.sandbox_label.hide()
        top.addWidget(self.title, 1)
        top.addWidget(self.sandbox_label)
        layout.addLayout(top)
        self.stop_label = QLabel()
        self.stop_label.setObjectName("stopMessage")
        live_label(self.stop_label, self.tr("Why the run stopped"))
        self.stop_label.setWordWrap(True)
        self.stop_label.setStyleSheet("color:#b91c1c;")
        self.stop_label.hide()
        layout.addWidget(self.stop_label)

        self.notice, self.notice_label = self._banner(self.tr("Notice"))
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.notice.hide)
        self.notice.layout().addWidget(close)
        layout.addWidget(self.notice)

        self.review_banner, self.review_label = self._banner(self.tr("Learners that need review"))
        self.review_banner.setStyleSheet(
            "QFrame#banner{background:#fef3c7;border:2px solid #b45309;border-radius:4px;}"
            "QLabel{color:#78350f;font-weight:bold;}"
        )
        show = QPushButton(self.tr("Show &them"))
        show.setAccessibleName(self.tr("Show the learners that need review"))
        show.clicked.connect(lambda: self.set_filter("problems"))
        self.review_banner.layout().addWidget(show)
        layout.addWidget(self.review_banner)

        self.strip = SummaryStrip()
        self.strip.filterRequested.connect(self.set_filter)
        layout.addWidget(self.strip)

        self.toolbar = QToolBar(self.tr("Result actions"))
        self.toolbar.setAccessibleName(self.tr("Result actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.retry_action = self._action(self.tr("Re&try failed rows"), self.retry_failed, "Ctrl+R")
        self.revoke_action = self._action(self.tr("Re&voke award…"), self.revoke_selected, "Ctrl+Del")
        self.revoke_run_action = self._action(
            self.tr("Revoke &whole run…"), self.revoke_whole_run, "Ctrl+Shift+Del"
        )
        # Where the platform can only delete: no shortcut, so that nothing is deleted by a slip of the keys.
        self.delete_action = self._action(self.tr("&Delete permanently…"), self.delete_selected, None)
        self.delete_run_action = self._action(
            self.tr("Delete whole run &permanently…"), self.delete_whole_run, None
        )
        self.correct_action = self._action(self.tr("&Correct email…"), self.correct_email, "F2")
        self.claims_action = self._action(self.tr("Refresh c&laims"), self.refresh_claims, "F5")
        self.export_action = self._action(self.tr("E&xport…"), self.export, None)
        self.export_action.setToolTip(self.tr("Export the results to .xlsx or .csv (Ctrl+E)"))
        self.find_action = self._action(self.tr("Find"), self._focus_search, QKeySequence.StandardKey.Find)
        changes = (
            self.retry_action,
            self.revoke_action,
            self.revoke_run_action,
            self.delete_action,
            self.delete_run_action,
            self.correct_action,
        )
        for action in (*changes, self.claims_action, self.export_action):
            self.toolbar.addAction(action)
        name_overflow_button(self.toolbar)
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
            {ROW: 44, NAME: 150, EMAIL: 190, STATUS: 130, HTTP: 50, ATTEMPTS: 64, AWARD: 80, CLAIM: 110},
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

    def _banner(self, name: str) -> tuple[QFrame, QLabel]:
        frame = QFrame()
        frame.setObjectName("banner")
        frame.setAccessibleName(name)
        frame.setStyleSheet("QFrame#banner{background:#e0f2fe;border:1px solid #0369a1;border-radius:4px;}")
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel()
        label.setWordWrap(True)
        live_label(label, name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1)
        frame.hide()
        return frame, label

    def _action(self, text: str, slot: Any, shortcut: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                self.tr("{action} ({key})").format(
                    action=text.replace("&", ""),
                    key=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

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
        self.model.set_rows(self.state.journal.rows(run_id) if run is not None else [])
        self._refresh_header()
        self._update_actions()

    def reload(self) -> None:
        self.show_run(self.run_id)

    def update_rows(self, rows: list[dict[str, Any]]) -> int:
        """Merge changed rows of the shown run (others are ignored). Returns how many changed."""
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
        counts = self.model.counts()
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
        counts = self.model.counts()
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

    def _update_actions(self) -> None:
        spec = self.spec()
        caps = spec.capabilities if spec is not None else None
        revokes = caps is None or caps.revoke == registry.REVOKE
        deletes = caps is not None and caps.revoke == registry.DELETE
        corrects = spec is None or spec.can_correct_email
        claims = caps is None or caps.claim_tracking
        for action, offered in (
            (self.revoke_action, revokes),
            (self.revoke_run_action, revokes),
            (self.delete_action, deletes),
            (self.delete_run_action, deletes),
            (self.correct_action, corrects),
            (self.claims_action, claims),
        ):
            action.setVisible(offered)
        has_run = self.run is not None
        busy_here = self.state.busy and self._busy_run is not None and self._busy_run[0] == self.run_id
        idle = has_run and self._task is None and not busy_here
        counts = self.model.counts()
        row = self.selected_row()
        self.retry_action.setEnabled(idle and (counts.get("failed", 0) + counts.get("needs_review", 0)) > 0)
        self.revoke_action.setEnabled(revokes and idle and row is not None and row.get("status") == "issued")
        self.revoke_run_action.setEnabled(revokes and idle and counts.get("issued", 0) > 0)
        self.delete_action.setEnabled(deletes and idle and row is not None and row.get("status") == "issued")
        self.delete_run_action.setEnabled(deletes and idle and counts.get("issued", 0) > 0)
        self.correct_action.setEnabled(
            corrects
            and idle
            and row is not None
            and row.get("status") in actions.CORRECTABLE
            and bool(row.get("consent"))
        )
        self.claims_action.setEnabled(claims and idle and counts.get("issued", 0) > 0)
        self.export_action.setEnabled(has_run and self._task is None)

    # -- notices ---------------------------------------------------------------------------------

    def show_notice(self, text: str, error: bool = False) -> None:
        """A dismissible notice at the top of the page (also the notification fallback)."""
        colours = ("#fee2e2", "#b91c1c") if error else ("#e0f2fe", "#0369a1")
        self.notice.setStyleSheet(
            f"QFrame#banner{{background:{colours[0]};border:1px solid {colours[1]};border-radius:4px;}}"
        )
        self.notice_label.setText(text)
        self.notice.show()
        self.state.message.emit(text)

    def notify_run_finished(self, run_id: int | None = None) -> str:
        """Tell the user a run ended, with its totals; returns the path used (see notify.notify)."""
        run_id = self.run_id if run_id is None else run_id
        run = self.state.journal.run(run_id) if run_id is not None else None
        if run is None:
            return "none"
        counts: dict[str, int] = {}
        for r in self.state.journal.rows(run_id):
            counts[r["status"]] = counts.get(r["status"], 0) + 1
        parts = ", ".join(
            f"{counts[s]} {localized.in_sentence(outcomes.status_label(s))}"
            for s in SUMMARY_ORDER
            if s in counts
        )
        state = run.get("state") or ""
        title = self.tr("Run {id}: {state}").format(id=run_id, state=run_state_label(state).lower())
        return notify(self, title, parts or self.tr("No learners."))

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_run = (self.state.run_id, time.monotonic())
        else:
            started = self._busy_run
            self._busy_run = None
            if started is not None and started[0] is not None:
                run_id, since = started
                if time.monotonic() - since >= self.LONG_RUN_SECONDS:
                    QTimer.singleShot(0, lambda: self.notify_run_finished(run_id))
        self._update_actions()

    # -- running actions -------------------------------------------------------------------------

    def _platform_client(self) -> Any:
        """A client for the shown run's environment, or None (with a notice) when that is not connected."""
        run = self.run
        if run is None:
            return None
        connection = self.state.connection
        if (
            connection is None
            or connection.platform != run.get("platform")
            or self.state.environment_key() != run["environment"]
        ):
            self.show_notice(
                self.tr(
                    "Run {id} was issued on {env}. Connect to that platform (step 1, Connect) to change its awards."
                ).format(id=run["id"], env=run["environment"]),
                error=True,
            )
            return None
        try:
            return self.state.client()
        except InputError as err:
            self.show_notice(err.message, error=True)
            return None

    def _start(self, name: str, fn: Any, *args: Any, client: Any = None, total: int = 0) -> None:
        self._task_name = name
        self._client = client
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(0)
        self.stop_button.setEnabled(client is not None)
        self.progress_row.show()
        self._task = run_task(fn, *args, on_done=self._task_done, on_error=self._task_failed)
        self._update_actions()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def stop(self) -> None:
        """Stop the running revoke / claims action after the request in flight."""
        cancel = getattr(self._client, "cancel", None)
        if cancel is not None:
            cancel.set()
            self.stop_button.setEnabled(False)

    def _end_task(self) -> str:
        name = self._task_name
        self._task = None
        self._client = None
        self._task_name = ""
        self.progress_row.hide()
        self.reload()
        return name

    def _task_failed(self, error: TaskError) -> None:
        name = self._end_task()
        if name == "export" and self._export_retry(error):
            return
        self.show_notice(error.message, error=True)
        self.actionFinished.emit(name, error)

    def _task_done(self, result: Any) -> None:
        name = self._end_task()
        text = self._done_text(name, result)
        if text:
            self.show_notice(text)
        self.actionFinished.emit(name, result)

    def _done_text(self, name: str, result: Any) -> str:
        if name == "revoke":
            return self.tr("Revoked the award of {email}.").format(email=learner(result))
        if name == "delete":
            return self.tr("Deleted the award of {email} permanently.").format(email=learner(result))
        if name in ("revoke_run", "delete_run"):
            if name == "delete_run":
                text = self.tr("Deleted {revoked} of {total} awards permanently.").format(**result)
            else:
                text = self.tr("Revoked {revoked} of {total} awards.").format(**result)
            if result["failed"]:
                text += " " + self.tr(
                    "{failed} could not be changed: they are still issued; the Detail of each attempt is in the "
                    "journal. Try again later."
                ).format(**result)
            if result["not_done"]:
                text += " " + self.tr("{not_done} were not tried (stopped).").format(**result)
            return text
        if name == "correct":
            if result["status"] == "issued":
                return self.tr("Corrected: the badge was issued to {email} (award {award}).").format(
                    email=result["new_email"], award=result["new_award_id"]
                )
            return self.tr("The email is corrected to {email}, but the new award is {status}: {why}").format(
                email=result["new_email"],
                status=outcomes.status_label(result["status"]).lower(),
                why=result.get("stop_message") or detail(result["row"]),
            )
        if name == "claims":
            return self._claims_text(result)
        if name == "export":
            return self.export_done_text(result)
        return ""

    def _claims_text(self, counts: dict[str, int]) -> str:
        text = self.tr(
            "Claims checked: {claimed} claimed, {pending} not claimed yet, {bounced} bounced (email failed), "
            "{complained} complained, {revoked} revoked."
        ).format(
            claimed=counts.get("Claimed", 0),
            pending=counts.get("Pending", 0),
            bounced=counts.get("Failed", 0),
            complained=counts.get("Complained", 0),
            revoked=counts.get("Revoked", 0),
        )
        if counts.get("error"):
            text += " " + self.tr("{n} could not be read.").format(n=counts["error"])
        if counts.get("stopped"):
            text += " " + self.tr("Stopped before the end.")
        if counts.get("Failed"):
            text += " " + self.tr("Choose “Bounced” under Show to see who.")
        return text

    # -- the actions -----------------------------------------------------------------------------

    def retry_failed(self) -> int:
        """Set failed and needs-review rows back to pending, then hand the run to the Issue page."""
        if self.run_id is None:
            return 0
        run_id = self.run_id
        count = actions.retry_rows(self.state.journal, run_id)
        self.reload()
        if not count:
            self.show_notice(self.tr("No failed rows to retry."))
            return 0
        self.show_notice(
            self.tr("{n} learner(s) will be sent again: choose Resume on the Issue page.").format(n=count)
        )
        self.state.set_run(run_id)
        self.resume_requested.emit(run_id)
        self.state.navigate.emit("issue")
        return count

    def _start_on_platform(
        self, name: str, fn: Any, *args: Any, total: int = 0, stoppable: bool = True
    ) -> None:
        """Run ``fn(journal, client, *args)`` off the GUI thread with a client for the shown run."""
        client = self._platform_client()
        if client is None:
            return
        self._start(
            name,
            _closing,
            client,
            fn,
            self.state.journal,
            client,
            *args,
            client=client if stoppable else None,
            total=total,
        )

    def correct_email(self) -> None:
        if not self.correct_action.isVisible():
            return  # the run's platform does not key learners on their email
        row = self.selected_row()
        if row is None or row.get("status") not in actions.CORRECTABLE:
            self.show_notice(self.tr("Select a learner whose email can be corrected first."), error=True)
            return
        answer = CorrectEmailDialog.ask(self, row)
        if answer is None:
            return
        email, reason = answer
        journal, settings, relay = self.state.journal, self.engine_settings, self._relay

        def engine_for(client: Any) -> Any:
            return lambda run_id: Engine(
                client, journal, run_id, settings=settings, on_event=relay.engine_sink
            )

        # Not stoppable from here: the engine's own rules apply, and no correction is left half done.
        self._start_on_platform("correct", _correct, row["id"], email, reason, engine_for, stoppable=False)

    def refresh_claims(self) -> None:
        if self.run_id is not None and self.claims_action.isVisible():
            self._start_on_platform(
                "claims",
                actions.refresh_claims,
                self.run_id,
                self._relay.event_sink,
                total=self.model.counts().get("issued", 0),
            )
