"""Results › Correct email: ask for a learner's correct address and the reason for the change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.validate import is_valid_email
from badgedesk.gui import colours

__all__ = ["CorrectEmailDialog"]


class CorrectEmailDialog(QDialog):
    """Ask for a learner's correct email address and the reason for the change."""

    def __init__(self, row: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip() or row.get("email", "")
        self.setWindowTitle(self.tr("Correct email"))
        layout = QVBoxLayout(self)
        text = (
            self.tr(
                "The award issued to {email} is revoked (the reason is recorded on the platform), then the "
                "badge is issued to the new address. Both are recorded in the journal."
            )
            if row.get("status") == "issued"
            else self.tr("The badge is issued to the new address. The change is recorded in the journal.")
        )
        intro = QLabel(
            self.tr("Learner: {name}").format(name=name) + "\n" + text.format(email=row.get("email"))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.email = QLineEdit(row.get("email") or "")
        self.email.setAccessibleName(self.tr("Correct email address"))
        self.email.selectAll()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason.setPlaceholderText(self.tr("e.g. Typo in the email address"))
        form.addRow(self.tr("Correct &email:"), self.email)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        colours.style(self.problem, "color:{error};")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Revoke and &reissue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._old = (row.get("email") or "").strip().lower()
        self.email.textChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        email = self.email.text().strip()
        problem = ""
        if email and not is_valid_email(email):
            problem = self.tr("This is not a valid email address.")
        elif email.lower() == self._old:
            problem = self.tr("Enter the correct address (it is the same as now).")
        ok = bool(email) and not problem and bool(self.reason.text().strip())
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str]:
        return self.email.text().strip(), self.reason.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, row: dict[str, Any]) -> tuple[str, str] | None:
        """(new email, reason), or None when cancelled. Tests replace this."""
        dialog = cls(row, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
