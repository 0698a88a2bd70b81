"""Tell the user something happened while they looked elsewhere (e.g. a long run finished).

A desktop notification where the desktop has a notification service (through the system
tray); otherwise a notice inside the window: the dismissible banner of a page that has one
(``parent.show_notice(text)``), or the status bar through ``parent.state.message``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

DESKTOP = "desktop"
BANNER = "banner"
STATUS_BAR = "status_bar"
NOWHERE = "none"

_tray: QSystemTrayIcon | None = None


def desktop_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


def _tray_icon() -> QSystemTrayIcon:
    global _tray
    if _tray is None:
        from badgedesk.gui.resources import app_icon

        _tray = QSystemTrayIcon(app_icon(), QCoreApplication.instance())
        _tray.setToolTip(QCoreApplication.translate("Notify", "BadgeDesk"))
    return _tray


def notify(parent: QWidget | None, title: str, text: str, timeout_ms: int = 10000) -> str:
    """Show ``title``/``text`` and return the path used: "desktop", "banner", "status_bar" or "none"."""
    if desktop_available():
        tray = _tray_icon()
        tray.show()  # a hidden tray icon cannot show messages on every desktop
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, timeout_ms)
        QTimer.singleShot(timeout_ms + 2000, tray.hide)
        return DESKTOP
    banner = getattr(parent, "show_notice", None)
    if callable(banner):
        banner(QCoreApplication.translate("Notify", "{title}: {text}").format(title=title, text=text))
        return BANNER
    state = getattr(parent, "state", None)
    if state is not None and hasattr(state, "message"):
        state.message.emit(
            QCoreApplication.translate("Notify", "{title}: {text}").format(title=title, text=text)
        )
        return STATUS_BAR
    return NOWHERE
