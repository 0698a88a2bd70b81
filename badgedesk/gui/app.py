"""Application entry points: ``badgedesk`` (the app) and ``badgedesk demo`` (the app on the simulator)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from badgedesk import __version__

log = logging.getLogger(__name__)
DEMO_NAME = "Simulated {platform} (demo)"  # a saved connection's name (data, like any name the user types)
DEMO_CONNECTION = DEMO_NAME.format(platform="Navigatr")
DEMO_LATENCY = {"latency_ms": 250, "jitter_ms": 150}


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("BadgeDesk")
    app.setOrganizationName("BadgeDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("badgedesk")
    from badgedesk.gui.resources import app_icon

    app.setWindowIcon(app_icon())
    follow_color_scheme(app)
    return app  # type: ignore[return-value]


def style_for_scheme(scheme: Qt.ColorScheme, style: str, platform: str = sys.platform) -> str | None:
    """The style to switch to for the OS colour scheme, or None to keep ``style``.

    On Windows the classic "windowsvista" style paints light whatever the OS says; Fusion follows
    the dark palette the Windows theme gives, so a dark OS scheme gets Fusion there. (The
    "windows11" style of Qt 6.7+ follows the scheme itself; other platforms' styles do too.)"""
    if platform == "win32" and scheme == Qt.ColorScheme.Dark and style.lower() == "windowsvista":
        return "Fusion"
    return None


def follow_color_scheme(app: QApplication) -> None:
    """Follow the OS's light or dark scheme, now and whenever it changes (Qt 6.5+ colorScheme):
    the style where needed (:func:`style_for_scheme`), and every hand-set colour (badgedesk.gui.colours)."""
    from badgedesk.gui import colours

    def apply(scheme: Qt.ColorScheme) -> None:
        style = style_for_scheme(scheme, app.style().name())
        if style is not None:
            app.setStyle(style)  # the palette stays the platform theme's (dark when the OS is)
        colours.restyle()
        log.info("Colour scheme: %s (style %s)", scheme.name, app.style().name())

    colours.watch(app)
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(apply)
    apply(hints.colorScheme())


def install_language(app: QApplication) -> list:
    """BadgeDesk's and Qt's translations for the OS locale or the Settings choice (read from the
    user's settings, so the demo, whose settings are a throwaway, speaks the user's language too)."""
    from badgedesk.gui import language
    from badgedesk.gui.settings import Settings

    code = language.chosen(Settings())
    log.info("Language: %s (system locale %s)", code, language.QLocale.system().name())
    return language.install(app, code)


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
    from badgedesk.platforms import registry

    registry.get("navigatr").open("warm-up", base_url="http://127.0.0.1:9/v1").close()


def demo_connection_name(platform_label: str) -> str:
    return DEMO_NAME.format(platform=platform_label)


def _demo_connection(state: Any, key: str, base_url: str, token: str | None) -> Any:
    """The saved demo connection to one simulator (added, this session only, if it is not there yet)."""
    from badgedesk.core.connections import Connection
    from badgedesk.gui.logging_setup import REDACTOR
    from badgedesk.platforms import registry

    spec = registry.get(key)
    assert spec.simulator is not None
    token = token or spec.simulator.token
    REDACTOR.add_secret(token)
    name = demo_connection_name(spec.label)
    wanted = Connection(
        name=name,
        platform=spec.key,
        environment=spec.default_environment,
        base_url=base_url,
        timeout=10,
        fields=dict(spec.simulator.fields),
    )
    existing = next((c for c in state.connections.list() if c.name == name), None)
    if existing is None:
        return state.connections.add(wanted, token, state.secrets, session_only=True)
    # Saved by an earlier demo in this home: the simulator now listens elsewhere, and the token was
    # kept for that session only.
    wanted.id = existing.id
    return state.connections.update(wanted, token, state.secrets, session_only=True)


def build_window(
    simulator_url: str | None = None, token: str | None = None, *, simulators: dict[str, str] | None = None
):
    """The window with its state; in demo mode, one connection per simulated platform, Navigatr's chosen.

    ``simulators`` maps a platform key to its simulator's base URL; ``simulator_url`` (and ``token``)
    is the Navigatr simulator's alone.
    """
    from badgedesk.gui.logging_setup import setup_logging
    from badgedesk.gui.main_window import MainWindow
    from badgedesk.gui.state import AppState

    setup_logging()
    warm_up()
    if simulators is None and simulator_url:
        simulators = {"navigatr": simulator_url}
    state = AppState(simulators=simulators or {})
    if simulators:
        chosen = [
            _demo_connection(state, key, url, token if key == "navigatr" else None)
            for key, url in simulators.items()
        ]
        state.set_connection(chosen[0])
    else:
        last = state.settings.last("connection")
        connection = state.connections.get(last) if last else None
        if connection is not None:
            state.set_connection(connection)
    return MainWindow(state)


class _FileOpenFilter(QObject):
    """macOS hands a double-clicked document to the running app as a FileOpen event, not in argv."""

    def __init__(self, opened, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opened = opened

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FileOpen:
            self._opened(event.file())  # type: ignore[attr-defined]
            return True
        return False


def connect_file_sources(window, instance, app: QApplication | None = None) -> None:
    """Files from outside open in the Cohort step, and the window comes to the front: paths handed
    over by later instances (``instance.fileReceived``) and, on macOS, the application's FileOpen events."""

    def received(path: str) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if path:
            window.open_path(path)

    instance.fileReceived.connect(received)
    if app is not None:
        window._file_open_filter = _FileOpenFilter(received, window)
        app.installEventFilter(window._file_open_filter)


def _quit_when_exposed(app: QApplication, window) -> None:
    handle = window.windowHandle()
    if handle is not None and handle.isExposed():
        app.quit()
    else:
        QTimer.singleShot(10, lambda: _quit_when_exposed(app, window))


def run_app(file: str | None = None, *, quit_when_shown: bool = False) -> int:
    """The app; ``file`` opens in the Cohort step. With BadgeDesk already running on this journal,
    ``file`` is handed to it and this process exits at once (0 when handed over, 1 when not)."""
    from badgedesk import paths
    from badgedesk.gui.single_instance import SingleInstance, hand_over

    app = _application()
    install_language(app)
    home = paths.home()
    instance = SingleInstance(home)
    if not instance.acquire():
        if hand_over(home, [file] if file else []):
            print("BadgeDesk is already running: handed over to it.", file=sys.stderr)
            return 0
        print(
            "BadgeDesk is already running for this journal, but did not answer. "
            "Close it (or end its process) and try again.",
            file=sys.stderr,
        )
        return 1
    _install_excepthook()
    window = build_window()
    connect_file_sources(window, instance, app)
    window.show()
    if file:
        QTimer.singleShot(0, lambda: window.open_path(str(Path(file).expanduser().resolve())))
    if quit_when_shown:
        QTimer.singleShot(0, lambda: _quit_when_exposed(app, window))
    else:
        _reader_ahead()
    try:
        return app.exec()
    finally:
        _reader_released()
        instance.release()


READER_AHEAD_MS = 2000  # after the window is up, so that starting the reader never slows the launch


def _reader_ahead() -> None:
    """Start the workbook reader's child process ahead, so the first workbook opens as fast as later ones."""
    from badgedesk.core import isolate

    QTimer.singleShot(READER_AHEAD_MS, isolate.prestart)


def _reader_released() -> None:
    from badgedesk.core import isolate

    isolate.release()


def start_simulators(stack: contextlib.ExitStack, **settings: Any) -> dict[str, str]:
    """Start every simulated platform's simulator (stopped when ``stack`` closes): platform key -> base URL."""
    from badgedesk.platforms import registry

    urls: dict[str, str] = {}
    for spec in registry.simulated():
        try:
            sim = spec.open_simulator(demo=True, **settings)
        except ImportError as exc:  # a simulator missing from this installation: demo the others
            log.warning("No %s simulator in this installation (%s)", spec.label, exc)
            continue
        urls[spec.key] = sim.start()
        stack.callback(sim.stop)
    return urls


def run_demo() -> int:
    """The app against the simulators, in a throwaway home so demo runs never mix with real ones."""
    from badgedesk.gui.resources import sample_cohort

    home = tempfile.mkdtemp(prefix="badgedesk-demo-")
    os.environ["BADGEDESK_HOME"] = home
    app = _application()
    install_language(app)  # before the settings move to the demo's home
    _install_excepthook()
    from PySide6.QtCore import QSettings

    # Window settings of the demo live in its home too, not in the real app's settings.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
    with contextlib.ExitStack() as stack:
        window = build_window(simulators=start_simulators(stack, **DEMO_LATENCY))
        window.show()
        QTimer.singleShot(0, lambda: window.open_path(str(sample_cohort())))
        QTimer.singleShot(0, lambda: window.go("connect"))
        _reader_ahead()
        stack.callback(_reader_released)
        return app.exec()
