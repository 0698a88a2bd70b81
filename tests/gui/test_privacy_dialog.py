"""Help › Privacy…: export and delete one learner, retention setting and purge, off the GUI thread."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.gui.main_window import MainWindow
from badgedesk.gui.privacy_dialog import RETENTION_KEY, PrivacyDialog


def add_run(state, emails, age_days=0):
    rows = [
        LearnerRecord(
            row_number=i + 2,
            recipient_key=email.lower(),
            email=email,
            first_name="Katherine",
            last_name=f"Johnson{i}",
            consent=True,
            consent_source="ticked in BadgeDesk",
            status="issued",
        )
        for i, email in enumerate(emails)
    ]
    run_id = state.journal.create_run(
        RunInfo(
            platform="navigatr",
            environment="production",
            base_url="https://api.navigatr.app/v1",
            badge_id="3425",
            consent_mode="column",
            operator="trainer@example.org",
        ),
        rows,
    )
    if age_days:
        when = (datetime.now(timezone.utc) - timedelta(days=age_days)).isoformat()
        with state.journal._tx() as db:
            db.execute("UPDATE runs SET created_at = ? WHERE id = ?", (when, run_id))
    return run_id


def make(qtbot, state):
    dialog = PrivacyDialog(state)
    qtbot.addWidget(dialog)
    return dialog


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_buttons_need_an_email_and_purge_needs_a_retention(qtbot, state):
    dialog = make(qtbot, state)
    assert not dialog.export_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert not dialog.purge_button.isEnabled()
    dialog.email.setText("kj@example.org")
    assert dialog.export_button.isEnabled() and dialog.delete_button.isEnabled()
    dialog.retention.setValue(30)
    assert dialog.purge_button.isEnabled()


def test_export_saves_json_chosen_in_the_file_dialog(qtbot, state, monkeypatch, tmp_path):
    run_id = add_run(state, ["KJ@example.org"])
    target = tmp_path / "kj.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = make(qtbot, state)
    dialog.email.setText("  kj@EXAMPLE.org ")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: target.exists() and not dialog.working, timeout=5000)
    held = json.loads(target.read_text(encoding="utf-8"))
    assert held["learners"][0]["run_id"] == run_id
    assert held["learners"][0]["consent_record"]["operator"] == "trainer@example.org"
    assert str(target) in dialog.status.text()


def test_export_cancelled_writes_nothing(qtbot, state, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog = make(qtbot, state)
    dialog.email.setText("kj@example.org")
    dialog.export_button.click()
    assert not dialog.working and dialog.status.text() == ""


def test_delete_asks_first_and_declining_keeps_everything(qtbot, state, monkeypatch):
    run_id = add_run(state, ["kj@example.org", "dv@example.org"])
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = make(qtbot, state)
    dialog.email.setText("kj@example.org")
    dialog.delete_button.click()
    assert asked and "kj@example.org" in asked[0]
    assert not dialog.working
    assert state.journal.rows(run_id)[0]["email"] == "kj@example.org"

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=5000)
    kj, dv = state.journal.rows(run_id)
    assert kj["email"] == "[redacted]" and kj["recipient_key"].startswith("h:")
    assert dv["email"] == "dv@example.org"
    assert "1 learner rows" in dialog.status.text()
    assert "kj@example.org" in state.journal.issued_keys("navigatr", "production", "3425")


def test_delete_unknown_email_says_nothing_held(qtbot, state, monkeypatch):
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = make(qtbot, state)
    dialog.email.setText("nobody@example.org")
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: not dialog.working and dialog.status.text() != "", timeout=5000)
    qtbot.waitUntil(lambda: "Nothing held about nobody@example.org" in dialog.status.text(), timeout=5000)


def test_retention_is_remembered_and_purge_now_removes_old_runs_only(qtbot, state, monkeypatch):
    old = add_run(state, ["old@example.org"], age_days=100)
    recent = add_run(state, ["new@example.org"], age_days=10)
    dialog = make(qtbot, state)
    dialog.retention.setValue(90)
    assert int(state.settings.q.value(RETENTION_KEY)) == 90
    assert make(qtbot, state).retention.value() == 90  # a new dialog shows the stored setting

    answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.purge_button.click()
    assert state.journal.rows(old)[0]["email"] == "old@example.org"

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: not dialog.working and "Purged" in dialog.status.text(), timeout=5000)
    assert state.journal.rows(old)[0]["email"] == "[redacted]"
    assert state.journal.rows(recent)[0]["email"] == "new@example.org"


def test_help_menu_opens_the_privacy_dialog(qtbot, state, monkeypatch):
    window = MainWindow(state)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(
        PrivacyDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected
    )
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    [privacy_action] = [a for a in actions if a.text() == "&Privacy…"]
    privacy_action.trigger()
    assert len(opened) == 1 and isinstance(opened[0], PrivacyDialog)
