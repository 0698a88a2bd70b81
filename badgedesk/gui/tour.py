"""The demo's short guided tour: four callouts, each shown when its step is, pointing at consent,
the rehearsal, the 202 flag and the Results export. Each callout has an arrow on the edge that faces
what it is about, which is ringed; it sits below that (else above, else beside it) and never leaves
the window. "Got it" moves on; "End the tour" (or the
last callout) dismisses it for good (``tour/dismissed`` in the settings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from badgedesk.gui import colours
from badgedesk.gui.a11y import live_label
from badgedesk.gui.cohort_model import CONSENT

DISMISSED = "tour/dismissed"


@dataclass(frozen=True)
class Callout:
    step: str
    target: Callable[[], QWidget]
    text: str
    area: Callable[[QWidget], QRect] | None = (
        None  # the part of the target it is about (target's coordinates)
    )


def _consent_column(grid: QWidget) -> QRect:
    """The consent column's header and first rows: what the first callout is about."""
    header = grid.horizontalHeader()  # type: ignore[attr-defined]
    left = header.sectionViewportPosition(CONSENT) + grid.viewport().x()  # type: ignore[attr-defined]
    width = max(header.sectionSize(CONSENT), 24)
    return QRect(left, 0, width, min(grid.height(), header.height() + 4 * 24))


def callouts(window) -> list[Callout]:
    pages = window.pages
    results = pages["results"]
    return [
        Callout(
            "cohort",
            lambda: pages["cohort"].grid,
            QCoreApplication.translate(
                "Tour",
                "Consent: only learners with a tick are sent a badge. Space ticks or unticks the selected one.",
            ),
            _consent_column,
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
            lambda: results.strip.buttons["needs_review"],
            QCoreApplication.translate(
                "Tour",
                "Needs review (HTTP 202): the platform accepted the request but did not issue; the row says why.",
            ),
        ),
        Callout(
            "results",
            lambda: results.toolbar.widgetForAction(results.export_action) or results.toolbar,
            QCoreApplication.translate(
                "Tour", "Export the results (Ctrl+E) to keep a record of who got the badge."
            ),
        ),
    ]


class Pointer(QWidget):
    """The callout's arrow: a triangle on the callout's edge whose tip touches the target."""

    SIZE = 14  # from the callout's edge to the tip

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourPointer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.side = "top"  # the callout's edge it sits on: top, bottom, left or right
        self.resize(2 * self.SIZE, self.SIZE)

    def point(self, side: str, tip: QPoint) -> None:
        """Sit on the callout's ``side`` with the tip at ``tip`` (parent's coordinates)."""
        self.side = side
        n = self.SIZE
        if side in ("top", "bottom"):
            self.setGeometry(tip.x() - n, tip.y() if side == "top" else tip.y() - n, 2 * n, n)
        else:
            self.setGeometry(tip.x() if side == "left" else tip.x() - n, tip.y() - n, n, 2 * n)
        self.update()

    def tip(self) -> QPoint:
        """The tip, in the parent's coordinates."""
        g = self.geometry()
        return {
            "top": QPoint(g.center().x(), g.top()),
            "bottom": QPoint(g.center().x(), g.bottom() + 1),
            "left": QPoint(g.left(), g.center().y()),
            "right": QPoint(g.right() + 1, g.center().y()),
        }[self.side]

    def base(self) -> QPoint:
        """The middle of the edge it stands on (the callout's side), in the parent's coordinates."""
        g = self.geometry()
        return {
            "top": QPoint(g.center().x(), g.bottom() + 1),
            "bottom": QPoint(g.center().x(), g.top()),
            "left": QPoint(g.right() + 1, g.center().y()),
            "right": QPoint(g.left(), g.center().y()),
        }[self.side]

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        w, h = self.width(), self.height()
        corners = {
            "top": ((w / 2, 0), (0, h), (w, h)),
            "bottom": ((w / 2, h), (0, 0), (w, 0)),
            "left": ((0, h / 2), (w, 0), (w, h)),
            "right": ((w, h / 2), (0, 0), (0, h)),
        }[self.side]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.colour("tour_bg"))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in corners]))
        painter.end()


def place(target: QRect, size: QSize, room: QRect, gap: int = Pointer.SIZE) -> tuple[QRect, str, QPoint]:
    """Where a callout of ``size`` goes for ``target`` inside ``room`` (all in one widget's coordinates):
    below the target if it fits, else above, else beside it (right, then left); the callout never
    leaves ``room``. Returns the callout's rectangle, the edge its pointer sits on, and the tip."""
    margin = 8
    w, h = size.width(), size.height()
    centre = target.center()

    def clamp(v: int, low: int, high: int) -> int:
        return max(low, min(v, max(high, low)))

    x = clamp(centre.x() - w // 2, room.left() + margin, room.right() - w - margin)
    tip_x = clamp(centre.x(), x + 2 * gap, x + w - 2 * gap)
    if target.bottom() + gap + h + margin <= room.bottom():
        return QRect(x, target.bottom() + 1 + gap, w, h), "top", QPoint(tip_x, target.bottom() + 1)
    if target.top() - gap - h - margin >= room.top():
        return QRect(x, target.top() - gap - h, w, h), "bottom", QPoint(tip_x, target.top())
    y = clamp(centre.y() - h // 2, room.top() + margin, room.bottom() - h - margin)
    tip_y = clamp(centre.y(), y + 2 * gap, y + h - 2 * gap)
    if target.right() + gap + w + margin <= room.right():
        return QRect(target.right() + 1 + gap, y, w, h), "left", QPoint(target.right() + 1, tip_y)
    left = clamp(target.left() - gap - w, room.left() + margin, room.right() - w - margin)
    return QRect(left, y, w, h), "right", QPoint(left + w + gap, tip_y)


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
        self.label.setMinimumWidth(260)
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
        self.pointer = Pointer(window)
        self.pointer.hide()
        self.highlight = QFrame(window)  # a ring around what the callout is about
        self.highlight.setObjectName("tourHighlight")
        self.highlight.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        colours.style(
            self.highlight,
            "QFrame#tourHighlight{{border:3px solid {tour_bg};border-radius:4px;background:transparent;}}",
        )
        self.highlight.hide()
        self.next_button.clicked.connect(self.advance)
        self.end_button.clicked.connect(self.dismiss)
        window.stack.currentChanged.connect(lambda *_: self.show_current())
        self._watched: list[QWidget] = []  # the target and the widgets it sits in
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
            self._hide()
            return
        self.label.setText(item.text)
        last = self.position == len(self.items) - 1
        self.next_button.setText(
            QCoreApplication.translate("Tour", "Done")
            if last
            else QCoreApplication.translate("Tour", "Got it")
        )
        self.bubble.adjustSize()
        self._point_at(item)
        for widget in (self.highlight, self.bubble, self.pointer):
            widget.show()
            widget.raise_()
        QTimer.singleShot(0, self._follow)  # a page just shown lays itself out after this

    def _point_at(self, item: Callout) -> None:
        self._watch(item.target())
        self.target_rect = self._target_rect(item)
        rect, side, tip = place(self.target_rect, self.bubble.size(), self.window.rect())
        self.bubble.setGeometry(rect)
        self.pointer.point(side, tip)
        self.highlight.setGeometry(self.target_rect.adjusted(-4, -4, 4, 4))

    def _watch(self, target: QWidget) -> None:
        """Follow the target when it, or a widget it sits in, moves or resizes (a banner appearing
        above it, a grid filling): the callout points at where it is now."""
        chain = []
        widget: QWidget | None = target
        while widget is not None and widget is not self.window:
            chain.append(widget)
            widget = widget.parentWidget()
        if chain != self._watched:
            for old in self._watched:
                old.removeEventFilter(self)
            for new in chain:
                new.installEventFilter(self)
            self._watched = chain

    def _follow(self) -> None:
        item = self.current()
        if item is not None and self.bubble.isVisible():
            self._point_at(item)

    def _target_rect(self, item: Callout) -> QRect:
        """What the callout is about, in the window's coordinates."""
        target = item.target()
        area = item.area(target) if item.area is not None else target.rect()
        return QRect(target.mapTo(self.window, area.topLeft()), area.size())

    def _hide(self) -> None:
        for widget in (self.bubble, self.pointer, self.highlight):
            widget.hide()

    def advance(self) -> None:
        self.position += 1
        if self.position >= len(self.items):
            self.dismiss()
            return
        self.show_current()

    def dismiss(self) -> None:
        self.settings.q.setValue(DISMISSED, True)
        self._hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if moved and self.bubble.isVisible() and (watched is self.window or watched in self._watched):
            QTimer.singleShot(0, self._follow)  # once the layout has settled
        return False
