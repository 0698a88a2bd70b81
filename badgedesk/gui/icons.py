"""Small painted icons that stay crisp on a high-DPI screen: each is painted once per device pixel
ratio (1, 1.25, 1.5, 2, and the screens' own) at its logical size × that ratio, with the ratio set on
the pixmap, so Qt never scales a 16-pixel image up to 24 device pixels at 150 %."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap

from badgedesk.gui import colours

RATIOS = (1.0, 1.25, 1.5, 2.0)
_discs: dict[tuple, QIcon] = {}


def ratios() -> list[float]:
    found = set(RATIOS)
    for screen in QGuiApplication.screens():
        found.add(screen.devicePixelRatio())
    return sorted(found)


def pixmap(size: int, ratio: float) -> QPixmap:
    """A transparent pixmap of ``size`` logical pixels for a screen of ``ratio``."""
    pix = QPixmap(round(size * ratio), round(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    return pix


def status_disc(colour: QColor, symbol: str, size: int = 16, inset: float = 0.0, font_px: int = 11) -> QIcon:
    """A coloured disc with a symbol on it, so colour is never the only signal."""
    on = colours.colour("on_status")
    key = (colour.name(), on.name(), symbol, size, inset, font_px)
    if key not in _discs:
        icon = QIcon()
        for ratio in ratios():
            pix = pixmap(size, ratio)
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
            painter.setPen(on)
            font = painter.font()
            font.setPixelSize(font_px)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)
            painter.end()
            icon.addPixmap(pix)
        _discs[key] = icon
    return _discs[key]
