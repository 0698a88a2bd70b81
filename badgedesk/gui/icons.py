"""Small painted icons that stay crisp on a high-DPI screen.

A status disc is drawn, not stored: its icon engine paints the disc and its symbol with the
painter of whatever shows it (a grid cell, a list), so at 150 % they are drawn at 24 device pixels,
never a 16-pixel image scaled up; asked for a pixmap, it paints one at the logical size × the device
pixel ratio, with that ratio set on it. ``PAINTED`` keeps the last few (logical size, device pixel
ratio) pairs painted, for diagnostics and the high-DPI test.
"""

from __future__ import annotations

import collections

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from badgedesk.gui import colours

PAINTED: collections.deque[tuple[tuple[int, int], float]] = collections.deque(maxlen=64)


class DiscEngine(QIconEngine):
    """A coloured disc with a symbol on it, painted at the size and device pixel ratio asked for."""

    def __init__(self, colour: QColor, symbol: str, inset: float, font_px: int, size: int) -> None:
        super().__init__()
        self.colour, self.symbol, self.inset, self.font_px, self.size = (
            QColor(colour),
            symbol,
            inset,
            font_px,
            size,
        )

    def clone(self) -> QIconEngine:
        return DiscEngine(self.colour, self.symbol, self.inset, self.font_px, self.size)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        PAINTED.append(((rect.width(), rect.height()), device.devicePixelRatioF() if device else 1.0))
        side = min(rect.width(), rect.height())
        scale = side / self.size  # the symbol and inset grow with the disc
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        colour = QColor(self.colour)
        if mode == QIcon.Mode.Disabled:
            colour.setAlphaF(0.5)
        painter.setBrush(colour)
        inset = self.inset * scale
        painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
        painter.setPen(colours.colour("on_status"))
        font = painter.font()
        font.setPixelSize(max(1, round(self.font_px * scale)))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.symbol)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        pix = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pix.setDevicePixelRatio(scale)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pix

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)


_discs: dict[tuple, QIcon] = {}


def status_disc(colour: QColor, symbol: str, size: int = 16, inset: float = 0.0, font_px: int = 11) -> QIcon:
    """A coloured disc with a symbol on it, so colour is never the only signal."""
    key = (colour.name(), colours.colour("on_status").name(), symbol, size, inset, font_px)
    if key not in _discs:
        _discs[key] = QIcon(DiscEngine(colour, symbol, inset, font_px, size))
    return _discs[key]
