"""Privacy: export or delete one learner's personal data, and purge old runs (Help › Privacy…).

Everything here is the same core as ``badgedesk privacy``; the journal work runs off the GUI
thread. Deleting keeps duplicate protection: a salted hash of the address stays per badge.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core import privacy
from badgedesk.core.journal import Journal
from badgedesk.gui.state import AppState
from badgedesk.gui.tasks import Task, TaskError, run_task

RETENTION_KEY = "privacy/retention_days"
MAX_DAYS = 36500


def _export_to_file(journal: Journal, email: str, path: str) -> dict[str, Any]:
    held = privacy.export_learner(journal, email)
    Path(path).write_text(
        json.dumps(held, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    return held


def retention_days(state: AppState) -> int:
    """The retention setting in days (0 = keep everything)."""
    try:
        return max(0, min(MAX_DAYS, int(state.settings.q.value(RETENTION_KEY, 0) or 0)))
    except (TypeError, ValueError):
        return 0


class PrivacyDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Privacy"))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)

        learner = QGroupBox(self.tr("One learner"))
        outer.addWidget(learner)
        form = QFormLayout(learner)
        self.email = QLineEdit()
        self.email.setObjectName("privacyEmail")
        self.email.setPlaceholderText(self.tr("learner@example.org"))
        self.email.setAccessibleName(self.tr("Learner's email address"))
        form.addRow(self.tr("&Email:"), self.email)
        buttons = QHBoxLayout()
        form.addRow(buttons)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("Save everything held about this learner as a JSON file"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(
            self.tr("Remove this learner's personal data; the badge is still never issued twice")
        )
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        retention = QGroupBox(self.tr("Retention"))
        outer.addWidget(retention)
        rform = QFormLayout(retention)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionDays")
        self.retention.setRange(0, MAX_DAYS)
        self.retention.setSpecialValueText(self.tr("keep everything"))
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setAccessibleName(self.tr("Keep personal data for this many days (0 = keep)"))
        self.retention.setValue(retention_days(state))
        rform.addRow(self.tr("&Keep personal data for:"), self.retention)
        self.purge_button = QPushButton(self.tr("&Purge now"))
        self.purge_button.setToolTip(
            self.tr("Remove the personal data of every run older than the retention period")
        )
        rform.addRow(self.purge_button)

        self.status = QLabel()
        self.status.setObjectName("privacyStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Privacy status"))
        outer.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)

        self.email.textChanged.connect(self._update)
        self.retention.valueChanged.connect(self._retention_changed)
        self.export_button.clicked.connect(self.export)
        self.delete_button.clicked.connect(self.delete)
        self.purge_button.clicked.connect(self.purge)
        self._update()

    # -- state -----------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self._task is not None

    def _email(self) -> str:
        return privacy.normalise(self.email.text())

    def _update(self) -> None:
        email = self._email()
        valid = "@" in email and " " not in email
        self.export_button.setEnabled(valid and not self.working)
        self.delete_button.setEnabled(valid and not self.working)
        self.purge_button.setEnabled(self.retention.value() > 0 and not self.working)

    def _retention_changed(self, days: int) -> None:
        self.state.settings.q.setValue(RETENTION_KEY, int(days))
        self._update()

    def _start(self, fn, *args, on_done) -> None:
        self.status.setText(self.tr("Working…"))

        def done(result: Any) -> None:
            self._task = None
            self._update()
            on_done(result)

        self._task = run_task(fn, *args, on_done=done, on_error=self._failed)
        self._update()

    def _failed(self, error: TaskError) -> None:
        self._task = None
        self._update()
        self.status.setText(self.tr("Not done: {reason}").format(reason=error.message))

    def _removed(self, counts: dict[str, int]) -> str:
        return self.tr(
            "{learners} learner rows in {runs} runs, {attempts} attempt details and {events} events"
        ).format(**counts)

    # -- actions ---------------------------------------------------------------------------

    def export(self) -> None:
        email = self._email()
        if not self.export_button.isEnabled():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export learner data"),
            str(Path.home() / f"{email.replace('@', '_at_')}.json"),
            self.tr("JSON files (*.json)"),
        )
        if not path:
            return

        def done(held: dict[str, Any]) -> None:
            if privacy.is_empty(held):
                self.status.setText(
                    self.tr("Nothing held about {email}; {path} says so.").format(email=email, path=path)
                )
            else:
                self.status.setText(
                    self.tr("Everything held about {email} ({rows} learner rows) saved to {path}.").format(
                        email=email, rows=len(held["learners"]), path=path
                    )
                )

        self._start(_export_to_file, self.state.journal, email, path, on_done=done)

    def delete(self) -> None:
        email = self._email()
        if not self.delete_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete personal data"),
            self.tr(
                "Remove the personal data of {email} from the journal? Names, address, evidence and "
                "details are replaced; the runs stay, and the badge is still never issued to this "
                "address twice. This cannot be undone."
            ).format(email=email),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(counts: dict[str, int]) -> None:
            if not counts["learners"] and not counts["events"] and not counts["attempts"]:
                self.status.setText(self.tr("Nothing held about {email}.").format(email=email))
            else:
                self.status.setText(
                    self.tr("Removed the personal data of {email}: {what}.").format(
                        email=email, what=self._removed(counts)
                    )
                )

        self._start(privacy.delete_learner, self.state.journal, email, on_done=done)

    def purge(self) -> None:
        days = self.retention.value()
        if days < 1 or self.working:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Purge old runs"),
            self.tr(
                "Remove the personal data of every run started more than {days} days ago? "
                "The runs stay for the audit trail. This cannot be undone."
            ).format(days=days),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(counts: dict[str, int]) -> None:
            self.status.setText(
                self.tr("Purged runs older than {days} days: {what}.").format(
                    days=days, what=self._removed(counts)
                )
            )

        self._start(privacy.purge_older_than, self.state.journal, days, on_done=done)
