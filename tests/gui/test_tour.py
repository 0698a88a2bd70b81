"""The demo's guided tour, and the first launch's welcome."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from badgedesk.core.connections import Connection
from badgedesk.gui.app import build_window
from badgedesk.platforms import navigatr_sim as simmod


@pytest.fixture
def settings_home(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def demo_window(qtbot, sim):
    window = build_window(simulator_url=sim.base_url, token=simmod.DEMO_TOKEN)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_tour_points_at_consent_rehearsal_202_and_export_and_ends_for_good(
    qtbot, keychain, settings_home, sim
):
    window = demo_window(qtbot, sim)
    tour = window.tour
    assert tour is not None and not tour.bubble.isVisible()  # nothing on the Connect step
    texts = []
    for step in ("cohort", "issue", "results", "results"):
        window.go(step)
        assert tour.bubble.isVisible()
        texts.append(tour.label.text())
        tour.next_button.click()
    assert len(texts) == 4 and not tour.bubble.isVisible()
    assert "Consent" in texts[0] and "Rehearse" in texts[1] and "202" in texts[2] and "Export" in texts[3]
    assert tour.dismissed
    window.state.close()
    again = demo_window(qtbot, sim)
    again.go("cohort")
    assert not again.tour.bubble.isVisible()  # never shown again once dismissed
    again.state.close()


def test_ending_the_tour_early_dismisses_it(qtbot, keychain, settings_home, sim):
    window = demo_window(qtbot, sim)
    window.go("cohort")
    assert window.tour.bubble.isVisible()
    window.tour.end_button.click()
    window.go("issue")
    assert not window.tour.bubble.isVisible() and window.tour.dismissed
    window.state.close()


def test_a_first_launch_opens_on_a_welcome_leading_to_add_connection_or_the_demo(
    qtbot, keychain, settings_home, sim, monkeypatch
):
    window = build_window()
    qtbot.addWidget(window)
    window.show()
    assert window.tour is None  # the tour is the demo's
    assert window.empty.isVisible()
    assert window.empty.add_button.isVisible()
    started = []
    monkeypatch.setattr(
        "badgedesk.gui.empty_state.QProcess.startDetached", lambda *a: started.append(a) or (True, 1)
    )
    window.empty.demo_button.click()
    assert started and started[0][1][-1] == "demo"
    state = window.state
    conn = state.connections.add(
        Connection(name="Mine", base_url=sim.base_url), simmod.DEMO_TOKEN, state.secrets
    )
    state.set_connection(conn)
    assert not window.empty.isVisible()
    state.close()
