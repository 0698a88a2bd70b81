"""The whole demo flow with the keyboard alone: connect, choose and mark badges, rehearse, go live.

Every step is driven by key presses on whatever has the focus (Tab, Space, Enter, arrow keys,
the window's shortcuts and the dialogs' mnemonics), as a keyboard-only user would.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from badgedesk.gui.app import build_window
from badgedesk.gui.resources import sample_cohort
from badgedesk.platforms import navigatr_sim as simmod

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo(qtbot, keychain, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    with simmod.NavigatrSimulator(rate_limit=(5, 0.3)) as sim:
        window = build_window(simulator_url=sim.base_url, token=simmod.DEMO_TOKEN)
        # The demo's own window, with the rate limit scaled like the simulator's for a quick test.
        from badgedesk.core.ratelimit import SlidingWindowLimiter

        window.state.limiter_for(simmod.DEMO_TOKEN)
        window.state._limiters = {k: SlidingWindowLimiter(5, 0.3, 0.03) for k in window.state._limiters}
        qtbot.addWidget(window)
        window.show()
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        window.open_path(str(sample_cohort()))  # what `badgedesk demo` does at start
        window.go("connect")
        WINDOW[:] = [window]
        yield window, sim
        window.state.close()


WINDOW = []  # the demo window: where keys go when no widget has the focus


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if target is None:  # e.g. just after a dialog closed: the user clicks nothing, the window takes the keys
        WINDOW[0].windowHandle().requestActivate()
        qtbot.waitUntil(WINDOW[0].isActiveWindow, timeout=3000)
        target = QApplication.focusWidget() or WINDOW[0]
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, widget, limit=80):
    """Press Tab until ``widget`` has the focus."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r} (enabled: {widget.isEnabled()})")


def answer_yes_soon(qtbot):
    """Answer the next confirmation with its Y mnemonic."""

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, answer)
            return
        qtbot.keyClick(box, Qt.Key.Key_Y)  # a message box takes its buttons' mnemonics without Alt

    QTimer.singleShot(50, answer)


def test_the_whole_demo_flow_by_keyboard(qtbot, demo):
    window, sim = demo
    state = window.state
    qtbot.waitUntil(lambda: state.cohort_draft is not None, timeout=10000)

    # Step 1: the demo connection is chosen; test it.
    connect = window.pages["connect"]
    tab_to(qtbot, connect.test_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Northwind" in connect.result_label.text(), timeout=10000)

    # Step 2: the demo's sandbox badge is marked already; find the real badge and use it.
    press(qtbot, Qt.Key.Key_2, CTRL)
    library = window.pages["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= simmod.NORTHWIND_BADGE_COUNT, timeout=15000)
    qtbot.waitUntil(lambda: state.sandbox_badge is not None, timeout=5000)
    assert state.sandbox_badge.id == str(simmod.SANDBOX_BADGE_ID)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert library.search.hasFocus()
    library.search.selectAll()
    qtbot.keyClicks(library.search, "First Aid at Work")
    # Sorted by name: three "Emergency First Aid at Work" badges, then "First Aid at Work".
    qtbot.waitUntil(lambda: library.proxy.rowCount() == 6, timeout=3000)
    tab_to(qtbot, library.view)
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state.badge is not None, timeout=5000)
    assert state.badge.name == "First Aid at Work"
    assert window.stack.currentWidget() is window.pages["cohort"]

    # Step 3 was filled by the demo's sample cohort: 20 learners are ready.
    assert state.cohort_draft.sendable_count() == 20

    # Step 4: rehearse on the sandbox badge, to aliases of the trainer's own address.
    press(qtbot, Qt.Key.Key_4, CTRL)
    issue = window.pages["issue"]
    tab_to(qtbot, issue.sandbox_box)
    press(qtbot, Qt.Key.Key_Space)
    assert issue.sandbox_box.isChecked()
    tab_to(qtbot, issue.test_address)
    issue.test_address.selectAll()
    qtbot.keyClicks(issue.test_address, "trainer@northwind.example")
    answer_yes_soon(qtbot)
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: state.busy, timeout=10000)
    qtbot.waitUntil(lambda: not state.busy, timeout=60000)
    rehearsal = state.run_id
    assert state.journal.run(rehearsal)["sandbox"] is True
    sandbox_awards = [a for a in sim.ledger() if a["badge_id"] == simmod.SANDBOX_BADGE_ID]
    assert len(sandbox_awards) == 20
    assert all(a["recipient_email"].startswith("trainer+row") for a in sandbox_awards)

    # Promote the same cohort to a live run on the real badge.
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert issue.promote_button.isVisible()
    tab_to(qtbot, issue.promote_button)
    answer_yes_soon(qtbot)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: state.run_id != rehearsal and not state.busy, timeout=60000)
    live = state.run_id
    assert state.journal.run(live)["sandbox"] is False
    assert Counter(r["status"] for r in state.journal.rows(live)) == {
        "issued": 20,
        "skipped_no_consent": 2,
        "skipped_invalid": 1,
        "skipped_duplicate": 1,
    }
    live_awards = Counter(
        a["recipient_email"] for a in sim.ledger() if a["badge_id"] == simmod.FIRST_AID_BADGE_ID
    )
    assert len(live_awards) == 20 and max(live_awards.values()) == 1
    assert not any(email.startswith("trainer+") for email in live_awards)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages["results"], timeout=5000)
    # One vocabulary: the Results title names where the run issued as the status bar does.
    where = window.connection_label.text()
    assert "simulator" in where and where in window.pages["results"].title.text()


def test_the_demo_offers_every_simulated_platform_and_says_which_one_is_in_use(qtbot, keychain, tmp_path):
    import contextlib

    from badgedesk.gui.app import start_simulators
    from badgedesk.platforms import registry

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    with contextlib.ExitStack() as stack:
        urls = start_simulators(stack)
        expected = {"navigatr", "credly", "certifier", "award-service"}
        assert set(urls) == expected == {s.key for s in registry.simulated()}
        assert all(url.startswith("http://127.0.0.1:") for url in urls.values())
        window = build_window(simulators=urls)
        qtbot.addWidget(window)
        state = window.state
        saved = {c.name: c for c in state.connections.list()}
        for key in urls:
            spec = registry.get(key)
            conn = saved[f"Simulated {spec.label} (demo)"]
            assert (conn.platform, conn.base_url) == (key, urls[key])
            assert conn.fields == dict(spec.simulator.fields)
            assert state.secrets.where(conn.id) == "session"  # a demo token is never stored for good
            assert state.secrets.get(conn.id) == spec.simulator.token
        assert state.connection.platform == "navigatr"
        where = "Navigatr · simulator · Simulated Navigatr (demo)"
        assert window.windowTitle() == f"BadgeDesk — {where}"
        assert window.connection_label.text() == where
        assert where in window.pages["issue"].summary.text()
        banner = window.findChild(QLabel, "simulatorBanner").text()
        assert all(f"{registry.get(key).label} at {url}" in banner for key, url in urls.items())
        if "credly" in urls:
            state.set_connection(saved["Simulated Credly (demo)"])
            assert window.windowTitle() == "BadgeDesk — Credly · simulator · Simulated Credly (demo)"
            assert window.connection_label.text().startswith("Credly · simulator ·")
            connect = window.pages["connect"]
            connect.test_connection()
            qtbot.waitUntil(lambda: "Connected as" in connect.result_label.text(), timeout=10000)
            assert "(simulator)" in connect.result_label.text()
        window.state.close()


def test_the_demo_reaches_its_first_issued_badge_within_15_key_presses(qtbot, demo):
    window, sim = demo
    state = window.state
    qtbot.waitUntil(lambda: state.cohort_draft is not None, timeout=10000)
    presses = []

    def key(k, modifier=Qt.KeyboardModifier.NoModifier):
        presses.append(k)
        press(qtbot, k, modifier)

    key(Qt.Key.Key_2, CTRL)  # Badge
    library = window.pages["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() >= simmod.NORTHWIND_BADGE_COUNT, timeout=15000)
    key(Qt.Key.Key_F, CTRL)  # the search
    key(Qt.Key.Key_Return)  # the first badge that can be issued
    key(Qt.Key.Key_Return)  # use it: on to the cohort
    qtbot.waitUntil(lambda: state.badge is not None, timeout=5000)
    assert window.stack.currentWidget() is window.pages["cohort"]
    key(Qt.Key.Key_4, CTRL)  # Issue
    presses.append("Y")
    answer_yes_soon(qtbot)
    key(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: any(a["badge_id"] == int(state.badge.id) for a in sim.ledger()), timeout=30000)
    assert len(presses) <= 15, presses
    qtbot.waitUntil(lambda: not state.busy, timeout=60000)
