"""Placeholder: being built."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ConnectPage(QWidget):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        QVBoxLayout(self).addWidget(QLabel(self.tr("Coming soon")))

    def new_template(self) -> None: ...

    def choose_file(self) -> None: ...

    def open_file(self, path: str) -> None: ...

    def save_prepared(self) -> None: ...

    def export(self) -> None: ...
