"""The strong confirmation before awards are deleted for good (a platform that can only delete).

Deleting cannot be undone, so the dialog says so, names what goes (the learner and the badge, or
how many awards of which run), asks for the reason the journal keeps, and enables its button only
once the confirmation word (DELETE, in the user's language) is typed. Cancel, Escape and closing
the window delete nothing; Cancel is the default button, so Enter alone never deletes.

``DeleteDialog.ask(parent, title, text)`` returns the reason, or None when nothing is to be deleted.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from badgedesk.gui import colours


class DeleteDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.word = self.tr("DELETE")
        self.explanation = QLabel(text)
        self.explanation.setObjectName("deleteExplanation")
        self.explanation.setAccessibleName(self.tr("What will be deleted"))
        self.explanation.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "This cannot be undone: the platform deletes the award itself, and the learner loses it. "
                "The platform has no way to revoke it instead."
            )
        )
        self.warning.setObjectName("deleteWarning")
        self.warning.setAccessibleName(self.tr("Warning"))
        self.warning.setWordWrap(True)
        colours.style(self.warning, "color:{error};font-weight:bold;")
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for deleting"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. issued with the wrong badge"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Confirmation word"))
        self.confirm_edit.setPlaceholderText(self.word)
        form = QFormLayout()
        reason_label = QLabel(self.tr("&Reason (kept in the journal):"))
        reason_label.setBuddy(self.reason_edit)
        confirm_label = QLabel(self.tr("&Type {word} to confirm:").format(word=self.word))
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(reason_label, self.reason_edit)
        form.addRow(confirm_label, self.confirm_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("&Delete permanently"))
        self.delete_button.setAccessibleName(self.tr("Delete permanently"))
        colours.style(self.delete_button, "QPushButton:enabled{{color:{error};font-weight:bold;}}")
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setAutoDefault(True)
        self.delete_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._confirm)
        self.reason_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._update()

    def confirmed(self) -> bool:
        """The confirmation word is typed and a reason given."""
        return self.confirm_edit.text().strip() == self.word and bool(self.reason())

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def _update(self) -> None:
        self.delete_button.setEnabled(self.confirmed())

    def _confirm(self) -> None:
        if self.confirmed():
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        """The reason to delete with, or None when the user did not confirm."""
        dialog = cls(title, text, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.reason() if accepted and dialog.confirmed() else None
        finally:
            dialog.deleteLater()
