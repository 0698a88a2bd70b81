"""Colours that follow the OS's light or dark palette.

Every colour the GUI sets by hand is named here, once for a light palette and once for a dark one,
each pair chosen so text keeps at least WCAG AA contrast (4.5:1) on its background
(tests/gui/test_dark_palette.py computes it). Which one applies follows the application palette:
:func:`dark` is true when the window colour is dark, whatever the OS scheme is called.

- :func:`colour(name)` / :func:`status(code)`: a ``QColor`` for the palette in use (models call
  these in ``data()``, so a grid follows a palette change on its next repaint).
- :func:`style(widget, template)`: a style sheet whose ``{name}`` placeholders are filled in for the
  palette in use, and filled in again whenever the palette changes (:func:`watch` is installed by
  the app; widgets restyle on ``QEvent.ApplicationPaletteChange``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# name: (light, dark)
COLOURS = {
    "error": ("#b91c1c", "#fca5a5"),
    "error_bg": ("#fee2e2", "#4c1010"),
    "warning": ("#92400e", "#fcd34d"),  # notes, "expires soon"
    "warning_border": ("#b45309", "#f59e0b"),
    "review_text": ("#78350f", "#fde68a"),  # text on review_bg
    "review_bg": ("#fef3c7", "#422006"),
    "info": ("#0369a1", "#7dd3fc"),
    "info_bg": ("#e0f2fe", "#0c2a40"),
    "sandbox_text": ("#78350f", "#fef3c7"),
    "sandbox_bg": ("#fde68a", "#713f12"),
    "paused": ("#1d4ed8", "#93c5fd"),
    "muted": ("#4b5563", "#c0c5cc"),  # secondary text
    "grey": ("#5f6673", "#a8aeb8"),  # what cannot be chosen (still readable)
    "problem_bg": ("#fde2e2", "#4c1010"),
    "fixed_bg": ("#e0f2fe", "#0c2a40"),
    "tour_bg": ("#1e3a8a", "#dbeafe"),
    "tour_text": ("#ffffff", "#1e3a8a"),
    "panel_bg": ("#f1f5f9", "#1f2937"),
    "panel_border": ("#94a3b8", "#64748b"),
    "placeholder_bg": ("#e5e7eb", "#374151"),
    "placeholder_border": ("#9ca3af", "#6b7280"),
    "on_status": ("#ffffff", "#111827"),  # the symbol on a status disc
}

# status code: (light, dark); colour-blind-safe hues, and a symbol (outcomes.py) so colour is never alone
STATUS = {
    "issued": ("#187336", "#4ade80"),
    "already_issued": ("#2f6f4f", "#6ee7b7"),
    "needs_review": ("#92400e", "#fbbf24"),
    "failed": ("#b91c1c", "#fca5a5"),
    "unknown": ("#7c2d12", "#fdba74"),
    "pending": ("#4b5563", "#d1d5db"),
    "cancelled": ("#5f6673", "#b6bcc6"),
    "revoked": ("#6b21a8", "#d8b4fe"),
    "skipped_no_consent": ("#5f6673", "#b6bcc6"),
    "skipped_invalid": ("#b91c1c", "#fca5a5"),
    "skipped_duplicate": ("#5f6673", "#b6bcc6"),
}
OTHER_STATUS = ("#374151", "#e5e7eb")
STYLE_PROPERTY = "badgedeskStyle"


def palette() -> QPalette:
    return QGuiApplication.palette()


def dark(pal: QPalette | None = None) -> bool:
    """True when the palette's window colour is dark (the OS dark scheme, or a dark palette set by hand)."""
    pal = pal or palette()
    window, text = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def _pick(pair: tuple[str, str], pal: QPalette | None = None) -> QColor:
    return QColor(pair[1] if dark(pal) else pair[0])


def colour(name: str, pal: QPalette | None = None) -> QColor:
    return _pick(COLOURS[name], pal)


def status(code: str, pal: QPalette | None = None) -> QColor:
    return _pick(STATUS.get(code, OTHER_STATUS), pal)


def fill(template: str, pal: QPalette | None = None) -> str:
    """``template`` with each ``{name}`` (or ``{status_<code>}``) replaced by that colour's #rrggbb."""
    named = {name: colour(name, pal).name() for name in COLOURS}
    named.update({f"status_{code}": status(code, pal).name() for code in STATUS})
    return template.format(**named)


def style(widget: QWidget, template: str) -> None:
    """Set ``widget``'s style sheet from ``template`` now, and again whenever the palette changes."""
    app = QApplication.instance()
    if app is not None:
        watch(app)  # type: ignore[arg-type]
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(fill(template) if template else "")


def restyle() -> None:
    """Fill in every :func:`style` template again (the palette has changed)."""
    for widget in QApplication.allWidgets():
        template = widget.property(STYLE_PROPERTY)
        if isinstance(template, str) and template:
            widget.setStyleSheet(fill(template))


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class _Watcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is QApplication.instance() and event.type() == QEvent.Type.ApplicationPaletteChange:
            restyle()
        return False


def watch(app: QApplication) -> None:
    """Restyle the :func:`style` widgets whenever the application palette changes (once per app)."""
    if getattr(app, "_colour_watcher", None) is None:
        app._colour_watcher = _Watcher(app)  # type: ignore[attr-defined]
        app.installEventFilter(app._colour_watcher)  # type: ignore[attr-defined]
