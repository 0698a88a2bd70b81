"""``badgedesk --smoke-test``: prove that this installation works, frozen or not.

It starts the real app offscreen, in a throwaway home, and checks what freezing or packaging most
often breaks: the Qt platform and image plugins, the resources and simulator fixtures, the
translations, truststore's TLS context, the OS keychain (a token stored, read back and deleted),
and the whole issuing path: the sample cohort opened in the Cohort step and issued by the Issue
step's own worker and engine to the built-in Navigatr simulator over real HTTP on 127.0.0.1.

Each check prints one line on stdout. The first failure ends the test: its reason goes to stderr
and the exit code is 1. Nothing outside the throwaway home is touched, except one uniquely named
keychain entry, which is deleted again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_FAILED = 1
KEYCHAIN_SERVICE = "BadgeDesk smoke test"
ISSUE_TIMEOUT_S = 120.0  # a hang guard: the 20 learners take ~8 s at Navigatr's 5 requests per 2 s
# Native platform plugins by OS: the frozen app must carry the one its users' desktops need.
NATIVE_PLATFORMS = {"win32": ("qwindows",), "darwin": ("qcocoa",), "linux": ("qxcb", "qwayland")}


class SmokeFailure(Exception):
    """A check failed; the message says what and why, in one line."""


def _wait_until(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Process Qt events until ``predicate()`` holds; fail after ``timeout_s`` (a hang guard)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out after {timeout_s:.0f} s waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


@contextlib.contextmanager
def _throwaway_home() -> Iterator[Path]:
    """BADGEDESK_HOME and the Qt settings in a temporary folder, restored afterwards."""
    from PySide6.QtCore import QSettings

    previous = os.environ.get("BADGEDESK_HOME")
    with tempfile.TemporaryDirectory(prefix="badgedesk-smoke-", ignore_cleanup_errors=True) as home:
        os.environ["BADGEDESK_HOME"] = home
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)
        try:
            yield Path(home)
        finally:
            if previous is None:
                os.environ.pop("BADGEDESK_HOME", None)
            else:
                os.environ["BADGEDESK_HOME"] = previous


# -- the checks -------------------------------------------------------------------------------


def check_qt() -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QImageReader

    from badgedesk.gui.app import _application

    app = _application()
    name = QGuiApplication.platformName()
    if name != "offscreen":
        raise SmokeFailure(f"Qt platform plugin: expected 'offscreen', got {name!r}")
    native = NATIVE_PLATFORMS.get("linux" if sys.platform.startswith("linux") else sys.platform, ())
    found = []
    for folder in QCoreApplication.libraryPaths():
        platforms = Path(folder) / "platforms"
        if platforms.is_dir():
            found += [
                p.name for p in platforms.iterdir() if p.name.split(".")[0].removeprefix("lib") in native
            ]
    if native and not found:
        raise SmokeFailure(
            f"Qt platform plugin: none of {', '.join(native)} in {QCoreApplication.libraryPaths()}"
        )
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "svg"} - formats
    if missing:
        raise SmokeFailure(f"Qt image plugins: no reader for {', '.join(sorted(missing))}")
    if app.windowIcon().pixmap(32, 32).isNull():
        raise SmokeFailure("Qt: the app icon (badgedesk.svg) did not render; is the SVG icon engine there?")
    return f"Qt {QGuiApplication.platformName()}, native plugin {', '.join(found) or 'n/a'}, svg and png"


def check_resources() -> str:
    from badgedesk.gui import resources

    names = ("badgedesk.svg", "sample-cohort.xlsx", "sample-cohort.csv")
    missing = [n for n in names if not resources.path(n).is_file()]
    if missing:
        raise SmokeFailure(f"resources: {', '.join(missing)} missing from {resources.ROOT}")
    return f"resources: {len(names)} files in {resources.ROOT}"


def fixture_root() -> Path:
    """Where the simulators' answer fixtures live: ``badgedesk/platforms/fixtures/<platform>/``."""
    from badgedesk.platforms import registry

    return Path(registry.__file__).resolve().parent / "fixtures"


def check_fixtures() -> str:
    """Every simulated platform has its folder of fixtures, and every fixture is readable JSON."""
    import json

    from badgedesk.platforms import registry

    root = fixture_root()
    count = 0
    for spec in registry.simulated():
        folder = root / spec.key.replace("-", "_")
        files = sorted(folder.glob("*.json"))
        if not files:
            raise SmokeFailure(f"simulator fixtures: none for {spec.label} in {folder}")
        for file in files:
            try:
                json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise SmokeFailure(f"simulator fixtures: {file} is unreadable ({exc})") from None
        count += len(files)
    for needed in ("issue_200", "issue_202"):  # the answers the issue check below relies on
        if not (root / "navigatr" / f"{needed}.json").is_file():
            raise SmokeFailure(f"simulator fixtures: {needed}.json missing in {root / 'navigatr'}")
    return f"fixtures: {count} answers of {len(registry.simulated())} simulated platforms in {root}"


TRANSLATED = ("de", "nb")  # the languages BadgeDesk ships, besides English
# One string per catalogue that must come out translated, (context, English, language -> expected).
PROBE = ("MainWindow", "&File", {"de": "&Datei", "nb": "&Fil"})


def check_translations() -> str:
    """BadgeDesk's own catalogues must be there, load, and translate; Qt's qtbase ones are reported."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from badgedesk.gui import language

    folder = language.folder()
    context, text, expected = PROBE
    for code in TRANSLATED:
        qm = folder / f"badgedesk_{code}.qm"
        translator = QTranslator()
        if not qm.is_file():
            raise SmokeFailure(f"translations: {qm.name} missing in {folder}")
        if not translator.load(str(qm)):
            raise SmokeFailure(f"translations: {qm} does not load")
        if translator.translate(context, text) != expected[code]:
            raise SmokeFailure(
                f"translations: {qm.name} does not translate {text!r} ({translator.translate(context, text)!r})"
            )
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_found = [c for c in TRANSLATED if (qt_dir / f"qtbase_{c}.qm").is_file()]
    return (
        f"translations: BadgeDesk's {', '.join(TRANSLATED)} load from {folder}; "
        f"Qt's own qtbase: {', '.join(qt_found) or 'none'}"
    )


def check_tls() -> str:
    import ssl

    from badgedesk.platforms.transport import ssl_context

    try:
        ctx = ssl_context()
    except Exception as exc:  # noqa: BLE001
        raise SmokeFailure(
            f"TLS: truststore could not make a context ({type(exc).__name__}: {exc})"
        ) from None
    if ctx.verify_mode != ssl.CERT_REQUIRED or not ctx.check_hostname:
        raise SmokeFailure("TLS: the context does not verify certificates and host names")
    return f"TLS: truststore {type(ctx).__module__}.{type(ctx).__name__}, {ssl.OPENSSL_VERSION}"


def check_keychain() -> str:
    """Store, read back and delete a token, where a keychain exists; say plainly when none does."""
    from badgedesk.core.messages import InputError
    from badgedesk.core.secrets import KEYCHAIN, SecretStore

    store = SecretStore(service=KEYCHAIN_SERVICE)
    backend = store.backend_name()
    if not store.has_keychain():
        detail = "" if backend == "no keychain" else f" ({backend})"
        return f"keychain: no keychain{detail}: skipped"
    key = f"smoke-{uuid.uuid4().hex}"
    token = f"smoke-token-{uuid.uuid4().hex}"
    try:
        where = store.set(key, token)
    except InputError as err:
        raise SmokeFailure(f"keychain {backend}: storing failed: {err.message}") from None
    try:
        if where != KEYCHAIN:
            raise SmokeFailure(f"keychain {backend}: the token went to {where!r}, not the keychain")
        store._session.clear()  # read from the keychain itself, not this process's memory
        got = store.get(key)
        if got != token:
            raise SmokeFailure(
                f"keychain {backend}: read back {'nothing' if got is None else 'another value'}"
            )
    finally:
        said = store.delete(key)
    if store.get(key) is not None:
        raise SmokeFailure(f"keychain {backend}: the token is still there after deleting ({said})")
    return f"keychain: {backend}: stored, read back and deleted"


def _hide_minimum_score(client: Any) -> Any:
    """The client, answering as if badges stated no minimum score.

    Then the engine sends the low scores and the platform's own 202 "Score is too low" (a simulator
    fixture) comes back: the path a real platform takes when its badge does not publish a minimum.
    """
    base = type(client)

    class NoStatedMinimum(base):  # type: ignore[misc, valid-type]
        def badge(self, badge_id: str) -> Any:
            return dataclasses.replace(super().badge(badge_id), min_score=None)

    client.__class__ = NoStatedMinimum
    return client


def _click_yes_on_questions(stop: Callable[[], bool], unexpected: list[str]) -> None:
    """Answer the Issue step's confirmation as the trainer would; any other box is noted and closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        if stop():
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                button = widget.button(QMessageBox.StandardButton.Yes)
                if button is None:
                    unexpected.append(widget.text())
                    widget.reject()
                else:
                    button.click()
        QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)


def check_issue() -> str:
    """The sample cohort, opened in the Cohort step and issued to the Navigatr simulator by the Issue step.

    The badge is the provider's first with a pass mark, so that the two learners below it come back
    with the platform's 202 "Score is too low" and the rest are issued.
    """
    from badgedesk.gui.app import build_window
    from badgedesk.gui.resources import sample_cohort
    from badgedesk.platforms import registry

    spec = registry.get("navigatr")
    with _throwaway_home(), contextlib.ExitStack() as stack:
        sim = spec.open_simulator()
        url = sim.start()
        stack.callback(sim.stop)
        window = build_window(simulators={spec.key: url})
        state = window.state
        finished: list[dict[str, Any]] = []
        try:
            window.show()
            window.open_path(str(sample_cohort()))
            _wait_until(lambda: state.cohort_draft is not None, 30, "the sample cohort to open")
            pending = state.cohort_draft.sendable_count()
            if pending == 0:
                raise SmokeFailure("the sample cohort has no learner to send")
            original = state.client
            state.client = lambda *a, **kw: _hide_minimum_score(original(*a, **kw))  # type: ignore[method-assign]
            with original() as client:  # the badge as the library shows it, pass mark and all
                provider = client.providers()[0]
                badge = next((b for b in client.badges(provider.id) if b.min_score), None)
            if badge is None:
                raise SmokeFailure(f"the simulator's provider {provider.name} has no badge with a pass mark")
            state.set_provider(provider)
            state.set_badge(badge)
            issue = window.pages["issue"]
            issue.runFinished.connect(finished.append)
            window.go("issue")
            unexpected: list[str] = []
            _click_yes_on_questions(lambda: bool(finished), unexpected)
            issue.start()

            def ended() -> bool:  # finished, or stopped before or during the run (the page says why)
                stopped = issue.worker is None and not state.busy and issue.start_button.isEnabled()
                return bool(finished or unexpected) or stopped

            _wait_until(ended, ISSUE_TIMEOUT_S, "the run to finish")
            if unexpected:
                raise SmokeFailure(f"the Issue step asked: {unexpected[0]}")
            if not finished:
                raise SmokeFailure(f"the run did not start or stopped: {issue.state_label.text()}")
            _wait_until(lambda: not state.busy, 10, "the worker thread to end")
            return _judge(state, finished[0], sim, badge, pending)
        finally:
            window.pages["issue"].stop_for_close(10000)  # type: ignore[attr-defined]
            window.close()
            window.deleteLater()
            state.close()


def _judge(state: Any, result: dict[str, Any], sim: Any, badge: Any, pending: int) -> str:
    rows = state.journal.rows(result["run_id"])
    counts = Counter(r["status"] for r in rows)
    if result["state"] != "completed":
        raise SmokeFailure(f"the run ended {result['state']}: {result.get('stop_message')} ({dict(counts)})")
    low = {r["email"] for r in rows if r["status"] == "needs_review"}
    for row in rows:
        if row["status"] == "needs_review" and (row["http_status"], row["code"]) != (202, "score_too_low"):
            raise SmokeFailure(f"row {row['row_number']} needs review but not for a 202 score: {row['code']}")
    sent = [
        r for r in rows if r["status"] not in ("skipped_no_consent", "skipped_invalid", "skipped_duplicate")
    ]
    wrong = [r for r in sent if r["status"] not in ("issued", "needs_review")]
    if wrong:
        listed = ", ".join(f"{r['row_number']} {r['status']}" for r in wrong)
        raise SmokeFailure(f"rows not issued: {listed}")
    if len(sent) != pending or not low or counts["issued"] == 0:
        raise SmokeFailure(f"expected {pending} sent, some issued and some 202s; got {dict(counts)}")
    awarded = Counter(a["recipient_email"] for a in sim.ledger() if str(a["badge_id"]) == badge.id)
    issued = {r["email"] for r in rows if r["status"] == "issued"}
    if set(awarded) != issued or max(awarded.values()) != 1:
        raise SmokeFailure("the simulator's awards do not match the journal's issued rows one for one")
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    return (
        f"issue: run {result['run_id']} on the Navigatr simulator: {summary} (202 score too low: {len(low)})"
    )


CHECKS: list[Callable[[], str]] = [
    check_qt,
    check_resources,
    check_fixtures,
    check_translations,
    check_tls,
    check_keychain,
    check_issue,
]


def run(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check; 0 when all pass, else 1 with the reason on ``err``."""
    out = out or sys.stdout
    err = err or sys.stderr
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the QApplication exists; ignored after
    from badgedesk import __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "not frozen"
    print(
        f"BadgeDesk {__version__} smoke test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})",
        file=out,
    )
    started = time.monotonic()
    for check in CHECKS:
        try:
            line = check()
        except SmokeFailure as exc:
            print(f"smoke test FAILED: {exc}", file=err)
            return EXIT_FAILED
        except Exception as exc:  # noqa: BLE001 - any surprise is a failure with its reason
            print(f"smoke test FAILED in {check.__name__}: {type(exc).__name__}: {exc}", file=err)
            return EXIT_FAILED
        print(f"ok  {line}", file=out, flush=True)
    print(f"smoke test passed in {time.monotonic() - started:.1f} s", file=out)
    return EXIT_OK
