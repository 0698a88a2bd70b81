"""Placeholder: being built."""

from PySide6.QtWidgets import QDialog


class HistoryDialog(QDialog):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
