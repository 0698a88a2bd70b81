"""The demo's short guided tour: four callouts, each shown when its step is, pointing at consent,
the rehearsal, the 202 flag and the Results export. "Got it" moves on; "End the tour" (or the
last callout) dismisses it for good (``tour/dismissed`` in the settings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from badgedesk.gui import colours
from badgedesk.gui.a11y import live_label

DISMISSED = "tour/dismissed"


@dataclass(frozen=True)
class Callout:
    step: str
    target: Callable[[], QWidget]
    text: str


def callouts(window) -> list[Callout]:
    pages = window.pages
    return [
        Callout(
            "cohort",
            lambda: pages["cohort"].grid,
            QCoreApplication.translate(
                "Tour",
                "Consent: only learners with a tick are sent a badge. Space ticks or unticks the selected one.",
            ),
        ),
        Callout(
            "issue",
            lambda: pages["issue"].sandbox_box,
            QCoreApplication.translate(
                "Tour",
                "Rehearse first: the sandbox badge goes to aliases of your own address, then promote the run to live.",
            ),
        ),
        Callout(
            "results",
            lambda: pages["results"].strip,
            QCoreApplication.translate(
                "Tour",
                "Needs review (HTTP 202): the platform accepted the request but did not issue; the row says why.",
            ),
        ),
        Callout(
            "results",
            lambda: pages["results"].toolbar,
            QCoreApplication.translate(
                "Tour", "Export the results (Ctrl+E) to keep a record of who got the badge."
            ),
        ),
    ]


class Tour(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.state.settings
        self.items = callouts(window)
        self.position = 0
        self.bubble = QFrame(window)
        self.bubble.setObjectName("tourCallout")
        self.bubble.setAccessibleName(QCoreApplication.translate("Tour", "Tour"))
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        colours.style(
            self.bubble,
            "QFrame#tourCallout{{background:{tour_bg};border-radius:6px;}}QFrame#tourCallout QLabel{{color:{tour_text};}}",
        )
        box = QVBoxLayout(self.bubble)
        self.label = live_label(QLabel(), QCoreApplication.translate("Tour", "Tour callout"))
        self.label.setObjectName("tourText")
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(340)
        buttons = QHBoxLayout()
        self.next_button = QPushButton(QCoreApplication.translate("Tour", "Got it"))
        self.next_button.setAccessibleName(QCoreApplication.translate("Tour", "Got it: next tip"))
        self.end_button = QPushButton(QCoreApplication.translate("Tour", "End the tour"))
        self.end_button.setAccessibleName(QCoreApplication.translate("Tour", "End the tour for good"))
        for button in (self.next_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never in the way of the keyboard flow
            buttons.addWidget(button)
        box.addWidget(self.label)
        box.addLayout(buttons)
        self.bubble.hide()
        self.next_button.clicked.connect(self.advance)
        self.end_button.clicked.connect(self.dismiss)
        window.stack.currentChanged.connect(lambda *_: self.show_current())
        window.installEventFilter(self)

    @property
    def dismissed(self) -> bool:
        return self.settings.q.value(DISMISSED, False) in (True, "true")

    def current(self) -> Callout | None:
        if self.dismissed or self.position >= len(self.items):
            return None
        return self.items[self.position]

    def show_current(self) -> None:
        item = self.current()
        if item is None or self.window.stack.currentWidget() is not self.window.pages[item.step]:
            self.bubble.hide()
            return
        self.label.setText(item.text)
        last = self.position == len(self.items) - 1
        self.next_button.setText(
            QCoreApplication.translate("Tour", "Done")
            if last
            else QCoreApplication.translate("Tour", "Got it")
        )
        self.bubble.adjustSize()
        self._place(item.target())
        self.bubble.show()
        self.bubble.raise_()

    def _place(self, target: QWidget) -> None:
        """By the right end of the target, where its row has room (a check box's or tool bar's text
        ends on the left; a grid's last column is narrow), so what the callout explains stays readable."""
        window = self.window
        top_right = target.mapTo(window, QPoint(target.width(), 0))
        x = min(
            max(top_right.x() - self.bubble.width() - 24, 0), max(window.width() - self.bubble.width() - 8, 0)
        )
        tall = target.height() > 3 * self.bubble.height()  # a grid: inside its top corner; else just below
        y = top_right.y() + (28 if tall else target.height() + 4)
        self.bubble.move(x, max(min(y, window.height() - self.bubble.height() - 8), 0))

    def advance(self) -> None:
        self.position += 1
        if self.position >= len(self.items):
            self.dismiss()
            return
        self.show_current()

    def dismiss(self) -> None:
        self.settings.q.setValue(DISMISSED, True)
        self.bubble.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.Resize and self.bubble.isVisible():
            self.show_current()
        return False
