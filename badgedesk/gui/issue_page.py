"""Placeholder: being built."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class IssuePage(QWidget):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        QVBoxLayout(self).addWidget(QLabel(self.tr("Coming soon")))

    def stop_for_close(self) -> None: ...
