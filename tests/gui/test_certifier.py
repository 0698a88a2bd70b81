"""Certifier through the desktop app, against the Certifier simulator over HTTP on 127.0.0.1.

The connection dialog asks for an access token only; Test Connection names the workspace; the
library is the workspace's groups; a run goes from connecting to the results grid; and, since
Certifier cannot revoke, the grid offers "Delete permanently…" with a typed confirmation instead:
Escape deletes nothing, DELETE deletes the award on Certifier and the row becomes revoked with
"Deleted permanently" as its detail.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog

from badgedesk.gui import outcomes
from badgedesk.gui.delete_dialog import DeleteDialog
from badgedesk.gui.resources import path as resource
from badgedesk.gui.results_model import DETAIL, STATUS
from badgedesk.platforms import certifier_sim as simmod
from badgedesk.platforms import registry
from tests.gui.platform_helpers import (
    add_connection_dialog,
    choose_badge,
    grid_row,
    issue_run,
    open_cohort,
    save_and_test,
    simulator,
    window_fixture,
)

SAMPLE_CSV = resource("sample-cohort.csv")
SPEC = registry.CERTIFIER
REASON = "Issued to the wrong cohort"


sim = simulator(SPEC, seed=5)


def test_the_connection_dialog_asks_for_an_access_token_and_test_connection_names_the_workspace(
    qtbot, state, sim
):
    page, dialog = add_connection_dialog(qtbot, state, SPEC)
    assert dialog.fields.token_label.text().replace("&", "") == "Access token:"
    assert dialog.fields.edits == {}  # a token and nothing else
    assert not dialog.address_edit.isVisibleTo(dialog)  # Certifier has its own address
    qtbot.keyClicks(dialog.name_edit, "Northwind on Certifier")
    qtbot.mouseClick(dialog.advanced_toggle, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.base_url_edit, sim.base_url)
    qtbot.keyClicks(dialog.token_edit, simmod.DEMO_TOKEN)
    saved = save_and_test(qtbot, page, dialog)
    assert (saved.platform, saved.base_url) == ("certifier", sim.base_url)
    assert simmod.WORKSPACE_NAME in page.result_label.text()
    QThreadPool.globalInstance().waitForDone(5000)


window = window_fixture(SPEC, "Northwind on Certifier")


def issued_run(qtbot, win, monkeypatch):
    """The sample cohort issued to the First Aid group; returns the results page."""
    choose_badge(qtbot, win, simmod.GROUP_ID)
    open_cohort(qtbot, win, SAMPLE_CSV)
    asked = issue_run(qtbot, win, monkeypatch)
    assert [title for title, _ in asked] == ["Confirm the run"]
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.pages["results"], timeout=5000)
    return win.pages["results"]


def credentials(sim, group: str) -> dict[str, str]:
    """Each recipient's credential status on Certifier for ``group`` (deleted ones included)."""
    return {r["recipient_email"].lower(): r["status"] for r in sim.ledger() if r["badge_id"] == group}


def delete_with(monkeypatch, script):
    """Run ``script(dialog)`` instead of the dialog's event loop. Returns what each dialog showed and
    how it ended: ``{"text", "warning", "result"}``."""
    seen: list[dict] = []

    def exec_(dialog):
        dialog.show()
        script(dialog)
        seen.append(
            {"text": dialog.explanation.text(), "warning": dialog.warning.text(), "result": dialog.result()}
        )
        return dialog.result()

    monkeypatch.setattr(DeleteDialog, "exec", exec_)
    return seen


def confirm(qtbot, dialog, word="DELETE") -> None:
    assert not dialog.delete_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.reason_edit, REASON)
    assert not dialog.delete_button.isEnabled()  # the word is not typed yet
    qtbot.keyClicks(dialog.confirm_edit, word.lower())
    assert not dialog.delete_button.isEnabled()  # the word exactly, not something like it
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, word)
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)


def test_a_whole_certifier_run_then_one_award_deleted_permanently(qtbot, window, sim, monkeypatch):
    win = window
    connect = win.pages["connect"]
    connect.test_connection()
    qtbot.waitUntil(lambda: simmod.WORKSPACE_NAME in connect.result_label.text(), timeout=10000)
    results = issued_run(qtbot, win, monkeypatch)
    ready = win.state.cohort_draft.sendable_count()
    assert results.model.counts()["issued"] == ready
    issued = {r["recipient_key"] for r in results.model.rows() if r["status"] == "issued"}
    assert set(credentials(sim, simmod.GROUP_ID)) == issued and len(sim.ledger()) == ready
    # Certifier cannot revoke: the grid offers deleting instead, for one award and for the run.
    assert not results.revoke_action.isVisible() and not results.revoke_run_action.isVisible()
    assert results.delete_action.isVisible() and results.delete_run_action.isVisible()
    assert results.delete_run_action.isEnabled() and not results.delete_action.isEnabled()
    row = next(r for r in results.model.rows() if r["status"] == "issued")
    assert results.select_learner(row["id"]) and results.delete_action.isEnabled()
    seen = delete_with(monkeypatch, lambda dialog: confirm(qtbot, dialog))
    with qtbot.waitSignal(results.actionFinished, timeout=15000) as finished:
        results.delete_action.trigger()
    assert finished.args[0] == "delete" and not hasattr(finished.args[1], "code")
    text = seen[0]["text"]
    assert f"{row['first_name']} {row['last_name']}" in text and row["email"] in text
    assert win.state.badge.name in text and row["award_id"] in text
    assert "cannot be undone" in seen[0]["warning"]
    after = win.state.journal.row(row["id"])
    assert after["status"] == "revoked" and after["code"] == "deleted"
    at = grid_row(results, row["id"])
    assert results.proxy.index(at, STATUS).data() == outcomes.status_label("revoked")
    assert results.proxy.index(at, DETAIL).data() == f"Deleted permanently: {REASON}"
    statuses = credentials(sim, simmod.GROUP_ID)
    assert statuses[row["recipient_key"]] == "deleted"
    assert sorted(k for k, s in statuses.items() if s == "deleted") == [row["recipient_key"]]
    assert "Deleted the award of" in results.notice_label.text()


def test_escape_in_the_confirmation_deletes_nothing(qtbot, window, sim, monkeypatch):
    results = issued_run(qtbot, window, monkeypatch)
    row = next(r for r in results.model.rows() if r["status"] == "issued")
    assert results.select_learner(row["id"])
    before = sim.stats()["requests"]

    def escape(dialog):
        qtbot.keyClicks(dialog.reason_edit, REASON)
        qtbot.keyClicks(dialog.confirm_edit, "DELETE")
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Escape)

    seen = delete_with(monkeypatch, escape)
    results.delete_selected()
    qtbot.wait(100)
    assert seen and seen[0]["result"] == QDialog.DialogCode.Rejected
    assert results._task is None and sim.stats()["requests"] == before
    assert window.state.journal.row(row["id"])["status"] == "issued"
    assert "deleted" not in credentials(sim, simmod.GROUP_ID).values()


def test_enter_alone_deletes_nothing(qtbot, window, sim, monkeypatch):
    results = issued_run(qtbot, window, monkeypatch)
    issued = results.model.counts()["issued"]
    before = sim.stats()["requests"]
    seen = delete_with(monkeypatch, lambda dialog: qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return))
    results.delete_whole_run()
    assert seen and seen[0]["result"] == QDialog.DialogCode.Rejected  # Cancel is the default button
    assert sim.stats()["requests"] == before and results.model.counts()["issued"] == issued


def test_the_whole_run_deleted_permanently(qtbot, window, sim, monkeypatch):
    results = issued_run(qtbot, window, monkeypatch)
    issued = results.model.counts()["issued"]
    seen = delete_with(monkeypatch, lambda dialog: confirm(qtbot, dialog))
    with qtbot.waitSignal(results.actionFinished, timeout=30000) as finished:
        results.delete_run_action.trigger()
    assert finished.args[0] == "delete_run"
    assert finished.args[1] == {"total": issued, "revoked": issued, "failed": 0, "not_done": 0}
    assert f"all {issued} issued awards" in seen[0]["text"]
    assert results.model.counts().get("issued", 0) == 0 and results.model.counts()["revoked"] == issued
    assert set(credentials(sim, simmod.GROUP_ID).values()) == {"deleted"}
    details = {results.model.index(i, DETAIL).data() for i in range(results.model.rowCount())}
    assert f"Deleted permanently: {REASON}" in details
    assert f"Deleted {issued} of {issued} awards permanently." in results.notice_label.text()


def test_a_group_that_needs_a_paid_plan_stops_the_run_and_says_so(qtbot, window, sim, monkeypatch):
    win = window
    choose_badge(qtbot, win, simmod.PREMIUM_GROUP_ID)
    open_cohort(qtbot, win, SAMPLE_CSV)
    issue_run(qtbot, win, monkeypatch)
    run = win.state.journal.run(win.state.run_id)
    assert run["state"] == "stopped" and run["stop_code"] == "payment_required"
    rows = win.state.journal.rows(run["id"])
    first = next(r for r in rows if r["code"] == "payment_required")
    assert first["status"] == "pending"  # not the learner's fault: resumable once the plan allows it
    results = win.pages["results"]
    results.show_run(run["id"])
    text = results.model.index(results.model.row_for(first["id"]), DETAIL).data()
    assert text.startswith("Not sent: the platform says this badge uses a feature of a paid plan")
    assert sim.ledger() == []
