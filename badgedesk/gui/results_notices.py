"""The Results page's notices: banners (a dismissible notice, the review warning), and the word
that a run has ended (a desktop notification, or the in-window notice when there is none).

A mixin of :class:`~badgedesk.gui.results_page.ResultsPage`: it uses the page's ``state``,
``run_id``, ``notice``, ``notice_label`` and ``_update_actions``.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from badgedesk.gui import colours, localized, outcomes
from badgedesk.gui.a11y import live_label
from badgedesk.gui.notify import notify

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

# colours.style templates
INFO_BANNER = "QFrame#banner{{background:{info_bg};border:1px solid {info};border-radius:4px;}}"
ERROR_BANNER = "QFrame#banner{{background:{error_bg};border:1px solid {error};border-radius:4px;}}"


def run_state_label(state: str) -> str:
    return QCoreApplication.translate("ResultsPage", RUN_STATES[state]) if state in RUN_STATES else state


class ResultsNotices:
    """Banners and run-ended notifications, for the Results page."""

    state: Any
    run_id: int | None
    LONG_RUN_SECONDS: float
    _busy_run: tuple[int | None, float] | None

    def _banner(self, name: str) -> tuple[QFrame, QLabel]:
        frame = QFrame()
        frame.setObjectName("banner")
        frame.setAccessibleName(name)
        colours.style(frame, INFO_BANNER)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel()
        label.setWordWrap(True)
        live_label(label, name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1)
        frame.hide()
        return frame, label

    def show_notice(self, text: str, error: bool = False) -> None:
        """A dismissible notice at the top of the page (also the notification fallback)."""
        colours.style(self.notice, ERROR_BANNER if error else INFO_BANNER)
        self.notice_label.setText(text)
        self.notice.show()
        self.state.message.emit(text)

    def notify_run_finished(self, run_id: int | None = None) -> str:
        """Tell the user a run ended, with its totals; returns the path used (see notify.notify)."""
        run_id = self.run_id if run_id is None else run_id
        run = self.state.journal.run(run_id) if run_id is not None else None
        if run is None:
            return "none"
        counts = self.state.journal.status_counts(run_id)  # one query on the run's index
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
