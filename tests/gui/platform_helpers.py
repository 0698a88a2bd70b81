"""What the per-platform GUI tests (test_credly, test_certifier, test_award_service) share: a saved
connection to a platform's simulator, scripted answers to the confirmations, a run through the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

from badgedesk.core.connections import Connection
from badgedesk.gui.connect_page import ConnectPage
from badgedesk.gui.main_window import MainWindow

FAST = "50/1"  # the connection's own rate limit, so the learned one's careful start does not slow the tests


def connect_to(state, spec, base_url="", name="", token=None, **fields) -> Connection:
    """Save and choose a connection to ``spec``'s simulator (its demo token and fields unless given)."""
    conn = state.connections.add(
        Connection(
            name=name or spec.label,
            platform=spec.key,
            environment=spec.default_environment,
            base_url=base_url,
            timeout=5,
            fields={**dict(spec.simulator.fields), **fields},
            rate_limit=FAST,
        ),
        token or spec.simulator.token,
        state.secrets,
    )
    state.set_connection(conn)
    return conn


def simulator(spec, **settings):
    """A fixture: ``spec``'s simulator running on 127.0.0.1 (no hidden rate limit) for one test."""

    @pytest.fixture
    def sim():
        with spec.open_simulator(rate_limit=None, **settings) as server:
            yield server

    return sim


def add_connection_dialog(qtbot, state, spec):
    """The Connect page, shown, with its Add dialog open on ``spec``'s platform: (page, dialog)."""
    page = ConnectPage(state)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData(spec.key))
    assert dialog.platform() == spec.key
    return page, dialog


def save_and_test(qtbot, page, dialog) -> Connection:
    """Save the dialog's connection, then Test Connection on it; returns it once the test answered."""
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = dialog.saved_connection
    page.tree.select(saved.id)
    page.test_connection()
    qtbot.waitUntil(lambda: "Connected" in page.result_label.text(), timeout=10000)
    return saved


def window_fixture(spec, name: str):
    """A fixture: the main window on a connection named ``name`` to the test's ``sim``."""

    @pytest.fixture
    def window(qtbot, state, sim):
        yield window_on(qtbot, state, spec, sim.base_url, name=name)
        QThreadPool.globalInstance().waitForDone(5000)

    return window


def window_on(qtbot, state, spec, base_url, name="", token=None):
    """The main window, shown, on a new connection to ``spec``'s simulator at ``base_url``."""
    connect_to(state, spec, base_url, name=name, token=token)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    return win


def answer_questions(monkeypatch, answers: dict[str, bool]) -> list[tuple[str, str]]:
    """Answer QMessageBox.question by its title (Yes unless the title's answer says no); returns what was asked."""
    asked: list[tuple[str, str]] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        yes = answers.get(title, True)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def choose_badge(qtbot, win, badge_id: str) -> None:
    """Step 2 on a platform without a providers level: wait for the library, choose ``badge_id``."""
    win.go("library")
    library = win.pages["library"]
    qtbot.waitUntil(
        lambda: library.model.row_of(badge_id) is not None and not library.loading(), timeout=15000
    )
    assert not library.provider_combo.isEnabled()  # the account is the one provider
    assert library.select_badge(badge_id)
    library.use_selected()
    assert win.state.badge.id == badge_id


def open_cohort(qtbot, win, path) -> None:
    win.open_path(str(path))
    qtbot.waitUntil(lambda: win.state.cohort_draft is not None, timeout=10000)


def issue_run(qtbot, win, monkeypatch) -> list[tuple[str, str]]:
    """Step 4: start, confirm, and wait until the run has ended; returns the questions asked."""
    win.go("issue")
    asked = answer_questions(monkeypatch, {})
    win.pages["issue"].start()
    qtbot.waitUntil(lambda: win.state.busy, timeout=10000)
    qtbot.waitUntil(lambda: not win.state.busy, timeout=60000)
    return asked


def grid_row(results, learner_id: int) -> int:
    """The results grid's row (in the view, through its filter) of a learner."""
    return results.proxy.mapFromSource(results.model.index(results.model.row_for(learner_id), 0)).row()
