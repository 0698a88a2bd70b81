"""The main window: steps, shortcuts, diagnostics without secrets, remembered geometry, closing mid-run."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from badgedesk.gui.main_window import MainWindow
from badgedesk.platforms import navigatr_sim as simmod


def make_window(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    return window


def test_ctrl_number_moves_between_the_five_steps(qtbot, state):
    window = make_window(qtbot, state)
    keys = list(window.pages)
    for key in keys:
        window.go(key)
        assert window.stack.currentWidget() is window.pages[key]
    menu_actions = {
        a.shortcut().toString(): a for m in window.menuBar().actions() for a in m.menu().actions()
    }
    for number in range(1, 6):
        menu_actions[f"Ctrl+{number}"].trigger()
        assert window.stack.currentIndex() == number - 1
    assert all(window.steps.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(5))


def test_state_navigation_requests_switch_pages(qtbot, state):
    window = make_window(qtbot, state)
    state.navigate.emit("results")
    assert window.stack.currentWidget() is window.pages["results"]


def test_copy_diagnostics_has_versions_and_no_token(qtbot, connected):
    window = make_window(qtbot, connected)
    window.copy_diagnostics()
    report = QGuiApplication.clipboard().text()
    assert "BadgeDesk" in report and "PySide6" in report and "Simulator" in report
    assert simmod.DEMO_TOKEN not in report
    assert "token: keychain" in report


def test_geometry_is_remembered(qtbot, state):
    window = make_window(qtbot, state)
    window.resize(1010, 690)
    window.close()
    assert isinstance(state.settings.geometry(), QByteArray)
    again = make_window(qtbot, state)
    # The offscreen screen is small, so the platform may clamp the width; the height comes back as saved.
    assert again.height() == 690 and (again.width(), again.height()) != (1180, 760)


def test_closing_mid_run_asks_and_can_be_refused(qtbot, state, monkeypatch):
    window = make_window(qtbot, state)
    state.set_busy(True)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    assert window.close() is False
    assert asked and window.isVisible()
    state.set_busy(False)
    assert window.close() is True


def test_dropping_a_spreadsheet_opens_it(qtbot, state, tmp_path):
    window = make_window(qtbot, state)
    opened = []
    window.pages["cohort"].open_file = opened.append  # type: ignore[method-assign]
    path = tmp_path / "cohort.csv"
    path.write_text("First name,Last name,Email\nAda,L,a@example.org\n")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert opened == [str(path)]
    assert window.stack.currentWidget() is window.pages["cohort"]


def test_the_first_window_fits_the_screen():
    from PySide6.QtCore import QSize

    from badgedesk.gui.main_window import fitting_size

    assert fitting_size(QSize(1366, 728)) == QSize(1326, 688)  # a 1366×768 laptop, less its task bar
    assert fitting_size(QSize(1920, 1040)) == QSize(1400, 900)
    assert fitting_size(QSize(800, 560)) == QSize(800, 560)  # never larger than the screen


def test_the_maximised_state_is_remembered(qtbot, state):
    window = make_window(qtbot, state)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=3000)
    window.close()
    again = make_window(qtbot, state)
    assert again.windowState() & Qt.WindowState.WindowMaximized
    again.showNormal()
    again.close()
    third = make_window(qtbot, state)
    assert not third.windowState() & Qt.WindowState.WindowMaximized


def test_every_step_says_what_to_do_and_next_says_what_is_missing(qtbot, state):
    window = make_window(qtbot, state)
    header, footer = window.step_header, window.step_footer
    titles = set()
    for key in window.pages:
        window.go(key)
        titles.add(header.title.text())
        assert header.hint.text()
    assert len(titles) == 5
    window.go("connect")
    assert not footer.next_button.isEnabled()
    assert footer.missing.text() == footer.next_button.toolTip() != ""
    window.go("results")
    assert not footer.isVisible()


def test_next_is_enabled_once_the_step_is_done_and_the_step_list_marks_it(qtbot, connected):
    window = make_window(qtbot, connected)
    window.go("connect")
    footer = window.step_footer
    assert footer.next_button.isEnabled() and footer.missing.text() == ""
    assert window.steps.item(0).text().endswith("✓")
    assert window.steps.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Connect, done"
    assert not window.steps.item(1).text().endswith("✓")
    footer.next_button.click()
    assert window.stack.currentWidget() is window.pages["library"]
    assert not footer.next_button.isEnabled()  # no badge chosen yet
