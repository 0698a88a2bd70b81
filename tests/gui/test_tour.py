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


def test_each_callout_points_at_its_target_and_stays_on_screen_at_1366x768(
    qtbot, keychain, settings_home, sim
):
    window = demo_window(qtbot, sim)
    tour = window.tour
    screen = window.rect()
    seen = []
    for step in ("cohort", "issue", "results", "results"):
        window.go(step)
        qtbot.wait(20)  # the page lays itself out, the callout follows
        item = tour.current()
        target = tour.target_rect
        assert target == tour._target_rect(item) and not target.isEmpty()
        bubble, pointer = tour.bubble.geometry(), tour.pointer
        assert pointer.isVisible() and tour.highlight.isVisible()
        assert screen.contains(bubble), (step, bubble)  # on screen
        assert tour.highlight.geometry().contains(target)  # the target is ringed
        assert not bubble.intersects(target)  # the callout does not hide what it explains
        tip, base = pointer.tip(), pointer.base()
        # The pointer stands on the callout's edge and its tip touches the target ...
        assert bubble.adjusted(-1, -1, 1, 1).contains(base), (step, base, bubble)
        assert target.adjusted(-2, -2, 2, 2).contains(tip), (step, tip, target)
        # ... and it points toward the target's centre.
        arrow = tip - base
        to_centre = target.center() - base
        dot = arrow.x() * to_centre.x() + arrow.y() * to_centre.y()
        length = (arrow.x() ** 2 + arrow.y() ** 2) ** 0.5 * (to_centre.x() ** 2 + to_centre.y() ** 2) ** 0.5
        assert dot > 0.5 * length, (step, arrow, to_centre)  # within 60° of the centre's direction
        seen.append((item.text, pointer.side))
        tour.next_button.click()
    assert len(seen) == 4 and not tour.pointer.isVisible() and not tour.highlight.isVisible()
    window.state.close()


def test_a_callout_is_placed_above_or_beside_its_target_when_there_is_no_room_below():
    from PySide6.QtCore import QRect, QSize

    from badgedesk.gui.tour import place

    room, size = QRect(0, 0, 1366, 768), QSize(340, 120)
    below = place(QRect(100, 100, 80, 30), size, room)
    above = place(QRect(100, 700, 80, 30), size, room)
    beside = place(QRect(100, 40, 80, 700), size, room)
    right_edge = place(QRect(1300, 700, 60, 30), size, room)
    assert [p[1] for p in (below, above, beside, right_edge)] == ["top", "bottom", "left", "bottom"]
    for rect, _side, _tip in (below, above, beside, right_edge):
        assert room.contains(rect)
    assert above[0].bottom() < 700 and beside[0].left() > 180 and right_edge[0].right() < 1366


def test_the_callout_follows_its_target_when_the_page_moves_it(qtbot, keychain, settings_home, sim):
    window = demo_window(qtbot, sim)
    tour = window.tour
    tour.advance()
    tour.advance()  # the 202 flag's callout, shown with Results
    window.go("results")
    qtbot.wait(20)
    results = window.pages["results"]
    before = tour.target_rect
    results.review_label.setText("⚠ 2 learner(s) need review.")
    results.review_banner.show()  # a finished run's banner pushes the strip down
    qtbot.waitUntil(lambda: tour.target_rect != before, timeout=3000)
    button = results.strip.buttons["needs_review"]
    assert tour.target_rect.topLeft() == button.mapTo(window, button.rect().topLeft())
    assert tour.target_rect.top() > before.top()
    assert tour.target_rect.adjusted(-2, -2, 2, 2).contains(tour.pointer.tip())
    window.state.close()
