"""`badgedesk FILE` and the single instance: a second start hands its file to the running app.

A second copy of the app never drives the same journal: it finds the first one's lock, hands the
file over a local socket and exits; the running window opens the file in the Cohort step.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from badgedesk import cli, paths
from badgedesk.gui import app as appmod
from badgedesk.gui.resources import sample_cohort
from badgedesk.gui.single_instance import SingleInstance, hand_over, server_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def first(qapp, tmp_path):
    instance = SingleInstance(paths.home())
    assert instance.acquire()
    yield instance
    instance.release()


def test_a_second_instance_on_the_same_home_does_not_get_the_lock(first):
    second = SingleInstance(paths.home())
    assert not second.acquire()
    first.release()
    assert second.acquire()  # once the first has gone, the next start is the first
    second.release()


def test_a_handed_over_file_arrives_as_an_absolute_path(qtbot, first, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cohort é.csv").write_text("Email\na@example.org\n", encoding="utf-8")
    with qtbot.waitSignal(first.fileReceived, timeout=5000) as blocker:
        assert hand_over(paths.home(), ["cohort é.csv"])
    assert blocker.args == [str(tmp_path / "cohort é.csv")]


def test_with_no_file_the_running_app_is_asked_to_come_forward(qtbot, first):
    with qtbot.waitSignal(first.fileReceived, timeout=5000) as blocker:
        assert hand_over(paths.home(), [])
    assert blocker.args == [""]


def test_names_are_per_home_and_nobody_answers_for_another_home(qapp, first, tmp_path):
    other = tmp_path / "other-home"
    other.mkdir()
    assert server_name(other) != server_name(paths.home()) == first.name
    assert not hand_over(other, ["x.csv"], timeout_s=0.5)
    assert SingleInstance(other).acquire()  # another journal: another app may run


def test_a_crashed_instances_server_is_replaced(qapp, tmp_path):
    """Only the lock decides; a server name left behind without a lock holder is taken over."""
    from PySide6.QtNetwork import QLocalServer

    stale = QLocalServer()
    assert stale.listen(server_name(paths.home()))
    instance = SingleInstance(paths.home())
    assert instance.acquire()
    instance.release()
    stale.close()


def test_the_running_window_opens_a_handed_over_file_in_the_cohort_step(qtbot, first, keychain, settings):
    window = appmod.build_window()
    qtbot.addWidget(window)
    appmod.connect_file_sources(window, first)
    window.go("connect")
    assert hand_over(paths.home(), [str(sample_cohort())])
    qtbot.waitUntil(lambda: window.state.cohort_draft is not None, timeout=15000)
    assert window.stack.currentWidget() is window.pages["cohort"]
    assert window.state.cohort_draft.sendable_count() == 20
    window.state.close()


def test_a_macos_file_open_event_opens_the_file_too(qtbot, first, keychain, settings, qapp):
    window = appmod.build_window()
    qtbot.addWidget(window)
    appmod.connect_file_sources(window, first, qapp)
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(sample_cohort())))
    qtbot.waitUntil(lambda: window.state.cohort_draft is not None, timeout=15000)
    assert window.stack.currentWidget() is window.pages["cohort"]
    qapp.removeEventFilter(window._file_open_filter)
    window.state.close()


def test_a_second_badgedesk_process_hands_its_file_over_and_exits(qtbot, first):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    received = []
    first.fileReceived.connect(received.append)
    proc = subprocess.Popen(
        [sys.executable, "-m", "badgedesk", str(sample_cohort())],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    finally:
        if proc.poll() is None:
            proc.kill()
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    assert "already running: handed over" in err
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    assert received == [str(sample_cohort().resolve())]
    assert not list(paths.home().glob("journal.sqlite3*"))  # the second copy never opened the journal


def test_badgedesk_file_opens_the_app_with_that_file(monkeypatch):
    opened = []
    monkeypatch.setattr(appmod, "run_app", lambda file=None, **kw: opened.append(file) or 0)
    assert cli.main(["cohort.xlsx"]) == 0
    assert cli.main([str(Path("sub") / "learners")]) == 0  # a path, whatever its suffix
    assert cli.main(["gui", "other.csv"]) == 0
    assert cli.main([]) == 0
    assert opened == ["cohort.xlsx", str(Path("sub") / "learners"), "other.csv", None]


def test_a_mistyped_command_is_still_a_usage_error(monkeypatch, capsys):
    monkeypatch.setattr(appmod, "run_app", lambda file=None, **kw: pytest.fail("the app must not start"))
    assert cli.main(["isue"]) == 2
    assert "invalid choice: 'isue'" in capsys.readouterr().err
