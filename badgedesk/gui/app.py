"""Application entry points: ``badgedesk`` (the app) and ``badgedesk demo`` (the app on the simulator)."""

from __future__ import annotations

import logging
import os
import sys
import tempfile

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from badgedesk import __version__

log = logging.getLogger(__name__)
DEMO_CONNECTION = "Simulated Navigatr (demo)"


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("BadgeDesk")
    app.setOrganizationName("BadgeDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("badgedesk")
    from badgedesk.gui.resources import app_icon

    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def _install_excepthook() -> None:
    """An unexpected error is logged and shown as one plain sentence, never a traceback dialog."""

    def hook(exc_type, exc, tb):
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        from PySide6.QtWidgets import QMessageBox

        if QApplication.instance() is not None:
            text = QCoreApplication.translate(
                "App",
                "Something went wrong ({error}). Your runs are safe in the journal; "
                "Help › Copy diagnostics gives support the details.",
            ).format(error=f"{exc_type.__name__}: {exc}")
            QMessageBox.warning(None, "BadgeDesk", text)

    sys.excepthook = hook


def warm_up() -> None:
    """Load the HTTP and TLS machinery once, before the window shows.

    The first HTTP client of a process spends ~80 ms importing and setting up while holding the
    interpreter; done later on a worker thread, that would freeze the window for as long.
    """
    from badgedesk.platforms.navigatr import NavigatrClient

    NavigatrClient("warm-up", base_url="http://127.0.0.1:9/v1").close()


def build_window(simulator_url: str | None = None, token: str | None = None):
    """The window with its state; in demo mode, connected to the simulator with the sample cohort."""
    from badgedesk.core.connections import Connection
    from badgedesk.gui.logging_setup import REDACTOR, setup_logging
    from badgedesk.gui.main_window import MainWindow
    from badgedesk.gui.state import AppState

    setup_logging()
    warm_up()
    state = AppState(simulator_url=simulator_url)
    if simulator_url and token:
        REDACTOR.add_secret(token)
        existing = next((c for c in state.connections.list() if c.name == DEMO_CONNECTION), None)
        connection = existing or state.connections.add(
            Connection(
                name=DEMO_CONNECTION,
                platform="navigatr",
                environment="production",
                base_url=simulator_url,
                timeout=10,
            ),
            token,
            state.secrets,
            session_only=True,
        )
        state.set_connection(connection)
    else:
        last = state.settings.last("connection")
        connection = state.connections.get(last) if last else None
        if connection is not None:
            state.set_connection(connection)
    return MainWindow(state)


def run_app() -> int:
    app = _application()
    _install_excepthook()
    window = build_window()
    window.show()
    return app.exec()


def run_demo() -> int:
    """The app against the simulator, in a throwaway home so demo runs never mix with real ones."""
    from badgedesk.gui.resources import sample_cohort
    from badgedesk.platforms.navigatr_sim import DEMO_TOKEN, NavigatrSimulator

    home = tempfile.mkdtemp(prefix="badgedesk-demo-")
    os.environ["BADGEDESK_HOME"] = home
    app = _application()
    _install_excepthook()
    from PySide6.QtCore import QSettings

    # Window settings of the demo live in its home too, not in the real app's settings.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    with NavigatrSimulator(latency_ms=250, jitter_ms=150) as sim:
        window = build_window(simulator_url=sim.base_url, token=DEMO_TOKEN)
        window.show()
        QTimer.singleShot(0, lambda: window.open_path(str(sample_cohort())))
        QTimer.singleShot(0, lambda: window.go("connect"))
        return app.exec()
