"""The first launch: no connection saved yet. Two ways on: add a connection, or try the demo."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class EmptyState(QFrame):
    def __init__(self, add_connection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to BadgeDesk"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "No connection yet. Add one with the token you made on your badge platform, or try "
                "the demo first: it runs against simulated platforms and nothing leaves this computer."
            )
        )
        text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a &connection…"))
        self.add_button.setAccessibleName(self.tr("Add a connection"))
        self.add_button.clicked.connect(add_connection)
        self.demo_button = QPushButton(self.tr("Try the &demo"))
        self.demo_button.setAccessibleName(self.tr("Try the demo in a new window"))
        self.demo_button.setToolTip(self.tr("Opens BadgeDesk's demo in a window of its own."))
        self.demo_button.clicked.connect(self.start_demo)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        box.addWidget(title)
        box.addWidget(text)
        box.addLayout(row)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)

    def start_demo(self) -> bool:
        return bool(QProcess.startDetached(sys.executable, ["-m", "badgedesk", "demo"])[0])
