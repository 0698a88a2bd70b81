"""Step 1 (ConnectPage, ConnectionDialog), driven as a user against the simulator."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLineEdit, QMessageBox

from badgedesk.core.connections import Connection
from badgedesk.gui import colours
from badgedesk.gui.connect_page import COL_ENVIRONMENT, COL_EXPIRES, COL_NAME, COL_TOKEN, ConnectPage
from badgedesk.gui.connection_dialog import ConnectionDialog
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms import registry
from tests.memory_keyring import no_keyring

SERVICE = "BadgeDesk"
TOKEN_PAGES = {env.key: env.token_page for env in registry.NAVIGATR.environments}


@pytest.fixture
def page(qtbot, state):
    widget = ConnectPage(state)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    yield widget
    QThreadPool.globalInstance().waitForDone(5000)


def open_add(qtbot, page) -> ConnectionDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ConnectionDialog) and dialog.isVisible()
    return dialog


def fill(qtbot, dialog, *, name, token, base_url=None, staging=False, timeout=None):
    qtbot.keyClicks(dialog.name_edit, name)
    if staging:
        qtbot.keyClick(dialog.environment_combo, Qt.Key.Key_Down)
        assert dialog.environment() == "staging"
    if base_url is not None or timeout is not None:
        if not dialog.advanced.isVisible():
            qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
        assert dialog.advanced.isVisible()
        if base_url is not None:
            qtbot.keyClicks(dialog.base_url_edit, base_url)
        if timeout is not None:
            dialog.timeout_spin.selectAll()
            qtbot.keyClicks(dialog.timeout_spin, str(timeout))
    qtbot.keyClicks(dialog.token_edit, token)


def save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted


def row_texts(page, columns=4) -> list[list[str]]:
    """Each row's first ``columns`` cells: name, platform, environment, token (then token expiry)."""
    tree = page.tree
    return [[tree.topLevelItem(i).text(c) for c in range(columns)] for i in range(tree.topLevelItemCount())]


def wait_locations(qtbot, page) -> None:
    qtbot.waitUntil(lambda: all(r[COL_TOKEN] != "…" for r in row_texts(page)), timeout=5000)


def add_simulator(qtbot, page, sim, name="Simulator", token=simmod.DEMO_TOKEN) -> Connection:
    dialog = open_add(qtbot, page)
    fill(qtbot, dialog, name=name, token=token, base_url=sim.base_url, timeout=5)
    save(qtbot, dialog)
    return dialog.saved_connection


def test_dialog_defaults_and_controls(qtbot, page):
    dialog = open_add(qtbot, page)
    labels = [dialog.platform_combo.itemText(i) for i in range(dialog.platform_combo.count())]
    assert labels == [
        "Navigatr",
        "Credly",
        "Certifier",
        "Badge Award Service",
    ]
    assert [dialog.environment_combo.itemText(i) for i in range(2)] == ["Production", "Staging"]
    spin = dialog.timeout_spin
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 300, 30)
    assert not dialog.advanced.isVisible()
    assert dialog.token_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(dialog.show_token, Qt.MouseButton.LeftButton)
    assert dialog.token_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(dialog.show_token, Qt.MouseButton.LeftButton)
    assert dialog.token_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.session_check.isEnabled() and not dialog.session_check.isChecked()
    assert "Memory keychain" in dialog.keychain_note.text()
    assert TOKEN_PAGES["production"] in dialog.token_help.text()
    assert dialog.fields.edits == {}  # Navigatr needs the token alone
    for widget in (dialog.platform_combo, dialog.name_edit, dialog.token_edit, dialog.timeout_spin):
        assert widget.accessibleName()
    assert dialog.save_button.isDefault()
    # An empty token is refused inline, nothing is stored.
    qtbot.keyClicks(dialog.name_edit, "Work")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Personal Access Token field is empty" in dialog.error_text()
    assert page.state.connections.list() == []


def test_add_stores_the_trimmed_token_only_in_the_keychain(qtbot, page, state, keychain, sim, tmp_path):
    dialog = open_add(qtbot, page)
    fill(
        qtbot,
        dialog,
        name="  Work   Navigatr ",
        token="   sim-demo-token  ",
        base_url=sim.base_url,
        timeout=12,
    )
    # Enter in the token field activates Save (the default button).
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.token_edit, Qt.Key.Key_Return)
    conn = dialog.saved_connection
    assert conn.name == "Work Navigatr" and conn.timeout == 12.0 and conn.base_url == sim.base_url
    assert keychain.passwords == {(SERVICE, conn.id): simmod.DEMO_TOKEN}
    assert state.connection == conn  # a new connection becomes the one in use
    wait_locations(qtbot, page)
    assert row_texts(page, 5) == [
        ["Work Navigatr", "Navigatr", "Production (custom address)", "Keychain", "—"]
    ]
    assert "Saved the connection 'Work Navigatr'" in page.result_label.text()
    # The token is in no file: not in the settings INI, not in connections.json, nowhere in the home.
    state.settings.sync()
    ini = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert conn.id in ini  # the settings were written (last connection) ...
    assert simmod.DEMO_TOKEN not in ini  # ... without the token
    saved = state.connections.path.read_text(encoding="utf-8")
    assert conn.id in saved and simmod.DEMO_TOKEN not in saved
    for path in state.connections.path.parent.rglob("*"):
        if path.is_file():
            assert simmod.DEMO_TOKEN.encode() not in path.read_bytes(), path


def test_without_a_keychain_the_token_is_kept_for_this_session_only(qtbot, page, state, keychain, sim):
    with no_keyring():
        dialog = open_add(qtbot, page)
        assert dialog.session_check.isChecked() and not dialog.session_check.isEnabled()
        assert dialog.keychain_note.text() == (
            "No system keychain is available on this computer (backend: no keychain). The token will be "
            "kept only until BadgeDesk closes; you will need to enter it again next time."
        )
        fill(qtbot, dialog, name="Laptop", token=simmod.DEMO_TOKEN, base_url=sim.base_url)
        save(qtbot, dialog)
        conn = dialog.saved_connection
        assert dialog.saved_location == "session"
        wait_locations(qtbot, page)
        assert row_texts(page)[0][COL_TOKEN] == "This session only"
        assert state.secrets.get(conn.id) == simmod.DEMO_TOKEN
    assert keychain.passwords == {}  # never in a keychain, and never in a file
    assert simmod.DEMO_TOKEN not in state.connections.path.read_text(encoding="utf-8")


def test_username_and_password_get_the_personal_access_token_message(qtbot, page, state, keychain):
    dialog = open_add(qtbot, page)
    fill(qtbot, dialog, name="Old login", token="trainer@example.org:hunter2", staging=True)
    staging = TOKEN_PAGES["staging"]
    assert dialog.error_label.isVisible()
    assert "Navigatr now uses Personal Access Tokens" in dialog.error_text()
    assert f'href="{staging}"' in dialog.error_label.text()  # a clickable link to staging's page
    assert dialog.error_label.openExternalLinks()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert dialog.isVisible() and dialog.result() == 0
    assert state.connections.list() == [] and keychain.passwords == {}
    # Production shows production's page; a real token clears the message.
    qtbot.keyClick(dialog.environment_combo, Qt.Key.Key_Up)
    assert f'href="{TOKEN_PAGES["production"]}"' in dialog.error_label.text()
    dialog.token_edit.clear()
    qtbot.keyClicks(dialog.token_edit, "nvg_pat_0123456789abcdef0123456789abcdef")
    assert not dialog.error_label.isVisible()


def test_store_errors_are_shown_in_the_dialog(qtbot, page, state, sim):
    add_simulator(qtbot, page, sim, name="Work")
    dialog = open_add(qtbot, page)
    fill(qtbot, dialog, name="work", token="another-token-value")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in dialog.error_text(), timeout=5000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Other")
    qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.base_url_edit, "http://example.org/v1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "plain http" in dialog.error_text()
    assert [c.name for c in state.connections.list()] == ["Work"]


def test_startup_preselects_the_current_connection_and_test_lists_the_providers(qtbot, connected, sim):
    connected.simulator_url = sim.base_url
    page = ConnectPage(connected)
    qtbot.addWidget(page)
    page.show()
    assert page.selected_connection().id == connected.connection.id
    assert page.is_complete()
    wait_locations(qtbot, page)
    assert row_texts(page)[0][COL_ENVIRONMENT] == "Simulator"
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected" in page.result_label.text(), timeout=5000)
    assert page.result_label.text() == (
        "Connected as Demo Trainer (simulator) — can issue for: "
        "Northwind Training, Contoso Academy, Fabrikam Skills (deactivated)."
    )
    assert page.result_title.text() == "Test of 'Simulator'"
    QThreadPool.globalInstance().waitForDone(5000)


def test_selecting_a_connection_uses_it_and_a_wrong_token_shows_the_401(qtbot, page, state, sim):
    first = add_simulator(qtbot, page, sim, name="Good")
    wrong = add_simulator(qtbot, page, sim, name="Wrong", token="not-a-valid-token")
    assert state.connection.id == wrong.id
    item = page.tree.topLevelItem(0)
    assert item.data(COL_NAME, Qt.ItemDataRole.UserRole + 1) == first.id
    with qtbot.waitSignal(state.connectionChanged):
        qtbot.mouseClick(
            page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(item).center()
        )
    assert state.connection.id == first.id
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # the keyboard works too
    assert state.connection.id == wrong.id
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test failed" in page.result_label.text(), timeout=5000)
    text = page.result_label.text()
    assert "Navigatr rejected the token (401)" in text and "Personal Access Token" in text


@pytest.fixture
def later_platforms(monkeypatch):
    """Certifier and the Award Service as a version that does not offer them yet would list them."""
    import dataclasses

    from badgedesk.platforms import registry

    for key in ("certifier", "award-service"):
        spec = registry.PLATFORMS[key]
        monkeypatch.setitem(
            registry.PLATFORMS,
            key,
            dataclasses.replace(
                spec,
                available=False,
                unavailable_reason=f"{spec.label} is not available yet in this version; it comes in the next one.",
            ),
        )


def test_platforms_not_available_yet_are_listed_greyed_with_their_reason(qtbot, page, later_platforms):
    dialog = open_add(qtbot, page)
    combo = dialog.platform_combo
    model = combo.model()
    for key in ("certifier", "award-service"):
        index = combo.findData(key)
        assert not model.item(index).isEnabled()
        assert "comes in the next one" in combo.itemData(index, Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.platform() == "credly"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the greyed platforms cannot be chosen
    assert dialog.platform() == "credly" and not dialog.platform_note.isVisibleTo(dialog)


def test_an_unavailable_platforms_saved_connection_can_be_edited_but_not_tested(
    qtbot, page, state, later_platforms
):
    state.connections.add(
        Connection(name="Certifier", platform="certifier", environment="production"), "tok-123", state.secrets
    )
    page.reload()
    wait_locations(qtbot, page)
    assert row_texts(page)[0][1] == "Certifier (not yet available)"
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert "not available yet" in page.result_label.text()
    dialog = page.edit_connection()
    assert dialog.platform() == "certifier" and dialog.platform_note.isVisibleTo(dialog)
    assert "not available yet" in dialog.platform_note.text()


def test_edit_without_retyping_keeps_the_token(qtbot, page, state, keychain, sim):
    conn = add_simulator(qtbot, page, sim, name="Work")
    page.tree.setFocus()
    wait_locations(qtbot, page)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.windowTitle() == "Edit connection"
    assert dialog.name_edit.text() == "Work" and dialog.base_url_edit.text() == sim.base_url
    assert dialog.advanced.isVisible() and dialog.timeout_spin.value() == 5
    assert dialog.token_edit.text() == "" and "keep the stored token" in dialog.token_edit.placeholderText()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Work (edited)")
    save(qtbot, dialog)
    assert [c.name for c in state.connections.list()] == ["Work (edited)"]
    assert keychain.passwords == {(SERVICE, conn.id): simmod.DEMO_TOKEN}
    assert state.connection.name == "Work (edited)"  # the window picks up the edited connection
    # Switching to "this session only" moves the stored token out of the keychain.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.session_check.setFocus()
    qtbot.keyClick(dialog.session_check, Qt.Key.Key_Space)
    assert dialog.session_check.isChecked()
    save(qtbot, dialog)
    assert keychain.passwords == {}
    assert state.secrets.where(conn.id) == "session" and state.secrets.get(conn.id) == simmod.DEMO_TOKEN


def test_remove_deletes_the_keychain_entry_and_says_what_it_removed(
    qtbot, page, state, keychain, sim, monkeypatch
):
    conn = add_simulator(qtbot, page, sim, name="Work")
    state.library.save(conn.id, "1", [], [])
    assert keychain.passwords
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # first answer: No
    assert "Remove the connection 'Work'" in asked[0]
    assert keychain.passwords and len(state.connections.list()) == 1
    messages = []
    state.message.connect(messages.append)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    expected = "Removed the token for 'Work' from Memory keychain."
    qtbot.waitUntil(lambda: page.result_label.text() == expected, timeout=5000)
    assert expected in messages
    assert keychain.passwords == {}
    assert state.connections.list() == [] and page.tree.topLevelItemCount() == 0
    assert state.connection is None and not page.is_complete()
    assert state.library.providers(conn.id) == [] and not state.library._dir(conn.id).exists()


def test_keyboard_access(qtbot, page):
    for button in (page.add_button, page.edit_button, page.remove_button, page.test_button):
        assert "&" in button.text() and button.accessibleName()
    assert page.tree.accessibleName() == "Saved connections"
    assert not page.edit_button.isEnabled() and not page.test_button.isEnabled()  # nothing selected yet


def test_a_damaged_connections_file_is_reported_and_can_be_set_aside(qtbot, state):
    state.connections.path.parent.mkdir(parents=True, exist_ok=True)
    state.connections.path.write_text("{not json", encoding="utf-8")
    page = ConnectPage(state)
    qtbot.addWidget(page)
    page.show()
    assert "is damaged" in page.result_label.text() and page.reset_button.isVisible()
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert not state.connections.path.exists()
    assert list(state.connections.path.parent.glob("connections.json.damaged-*"))
    assert "set aside as" in page.result_label.text() and not page.reset_button.isVisible()


def test_a_running_issue_locks_the_connections(qtbot, connected):
    page = ConnectPage(connected)
    qtbot.addWidget(page)
    connected.set_busy(True)
    assert not any(w.isEnabled() for w in (page.tree, page.add_button, page.edit_button, page.remove_button))
    assert page.edit_connection() is None
    connected.set_busy(False)
    assert page.tree.isEnabled() and page.edit_button.isEnabled()
    QThreadPool.globalInstance().waitForDone(5000)


def test_adding_a_credly_connection_asks_for_the_organisation_and_keeps_the_token_in_the_keychain(
    qtbot, page, state, keychain
):
    dialog = open_add(qtbot, page)
    assert "field_org_id" not in {w.objectName() for w in dialog.findChildren(QLineEdit) if w.isVisible()}
    qtbot.keyClick(dialog.platform_combo, Qt.Key.Key_Down)
    assert dialog.platform() == "credly"
    # The registry's fields: organisation ID, token (the secret) and an optional expiry date.
    org, expires = dialog.fields.edits["org_id"], dialog.fields.edits["token_expires"]
    assert org.isVisible() and expires.isVisible() and dialog.token_edit.isVisible()
    assert org.accessibleName() == "Organization ID"
    assert expires.accessibleName() == "Token expires on (optional)"
    assert "Authorization token" in dialog.fields.token_label.text().replace("&", "")
    assert [dialog.environment_combo.itemText(i) for i in range(dialog.environment_combo.count())] == [
        "Production",
        "Sandbox",
    ]
    assert "credly.com" in dialog.token_help.text() and "180 days" in dialog.token_help.text()
    qtbot.keyClicks(dialog.name_edit, "Northwind on Credly")
    qtbot.keyClick(dialog.environment_combo, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.token_edit, "credly-secret-token-0123")
    # The organisation ID is required: the dialog says so and stays open.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Organization ID" in dialog.error_text()
    qtbot.keyClicks(org, "org-42")
    qtbot.keyClicks(expires, "2027-13-45")  # a date is checked before anything is stored
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "is not a date" in dialog.error_text()
    assert state.connections.list() == [] and keychain.passwords == {}
    expires.clear()
    qtbot.keyClicks(expires, "2027-01-31")
    qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
    assert "learned" in dialog.rate_edit.placeholderText()  # Credly publishes no limit
    qtbot.keyClicks(dialog.rate_edit, "10/2")
    save(qtbot, dialog)
    conn = dialog.saved_connection
    assert (conn.platform, conn.environment, conn.rate_limit) == ("credly", "sandbox", "10/2")
    assert conn.fields == {"org_id": "org-42", "token_expires": "2027-01-31"}
    assert keychain.passwords == {(SERVICE, conn.id): "credly-secret-token-0123"}
    saved = state.connections.path.read_text(encoding="utf-8")
    assert "org-42" in saved and "credly-secret-token-0123" not in saved
    wait_locations(qtbot, page)
    assert row_texts(page, 5) == [["Northwind on Credly", "Credly", "Sandbox", "Keychain", "2027-01-31"]]
    # Editing shows the saved fields again; the token stays where it is unless retyped.
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    dialog = page.edit_connection()
    assert dialog.platform() == "credly" and dialog.environment() == "sandbox"
    assert dialog.fields.edits["org_id"].text() == "org-42" and dialog.rate_edit.text() == "10/2"
    assert dialog.token_edit.text() == ""
    dialog.reject()


def test_the_list_shows_each_tokens_expiry_and_warns_ahead_of_it(qtbot, state):
    today = dt.date.today()
    for name, when in (
        ("Soon", today + dt.timedelta(days=10)),
        ("Later", today + dt.timedelta(days=90)),
        ("Gone", today - dt.timedelta(days=3)),
    ):
        state.connections.add(
            Connection(
                name=name,
                platform="credly",
                fields={"org_id": "org-1", "token_expires": when.isoformat()},
            ),
            f"token-of-{name}",
            state.secrets,
        )
    state.connections.add(Connection(name="Navigatr"), "nvg-token-value", state.secrets)
    page = ConnectPage(state)
    qtbot.addWidget(page)
    page.show()
    cells = [page.tree.topLevelItem(i) for i in range(4)]
    soon, later, gone, navigatr = (item.text(COL_EXPIRES) for item in cells)
    assert soon == f"⚠ Expires in 10 days ({(today + dt.timedelta(days=10)).isoformat()})"
    assert later == (today + dt.timedelta(days=90)).isoformat()
    assert gone == f"⚠ Expired on {(today - dt.timedelta(days=3)).isoformat()}"
    assert navigatr == "—"  # Navigatr's tokens carry no expiry date
    # Colour is not the only signal: the symbol and words are there, and a reader hears them.
    assert cells[0].foreground(COL_EXPIRES).color().name() == colours.colour("warning").name()
    assert cells[2].foreground(COL_EXPIRES).color().name() == colours.colour("error").name()
    assert cells[0].data(COL_EXPIRES, Qt.ItemDataRole.AccessibleTextRole).startswith("Expires in 10 days")
    warning = page.expiry_label.text()
    assert page.expiry_label.isVisible()
    assert "The Credly token of 'Soon' expires in 10 days" in warning
    assert "The Credly token of 'Gone' expired on" in warning and "'Later'" not in warning
    assert "Authorization Tokens" in warning  # where to make a new one
    QThreadPool.globalInstance().waitForDone(5000)
