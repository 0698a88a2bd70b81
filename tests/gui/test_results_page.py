"""Step 5, Results: statuses, filters, revoke, correct, retry, claims, export, notifications."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.export import RESULT_COLUMNS
from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.gui import notify as notify_mod
from badgedesk.gui import outcomes
from badgedesk.gui.results_model import CLAIM, DETAIL, EMAIL, HTTP, STATUS, ResultsModel, StatusRole
from badgedesk.gui.results_page import CorrectEmailDialog, ResultsPage
from badgedesk.platforms import navigatr_sim as simmod

FAST = Settings(backoff_base=0.05, backoff_cap=0.5, confirm_delay=0.05, busy_wait=0.05)
BADGE = str(simmod.FIRST_AID_BADGE_ID)
WAIT = 15000


def records(tag, n, names=None):
    return [
        LearnerRecord(
            row_number=i + 2,
            recipient_key=f"{tag}{i}@example.org",
            email=f"{tag}{i}@example.org",
            first_name=(names[i] if names else f"First{i}"),
            last_name=f"Last{i}",
            consent=True,
            consent_source="operator statement",
            status="pending",
        )
        for i in range(n)
    ]


def create_run(state, rows, environment=None, **info):
    return state.journal.create_run(
        RunInfo(
            platform="navigatr",
            environment=environment or state.environment_key() or "production",
            base_url="http://127.0.0.1",
            badge_id=BADGE,
            badge_name="First Aid at Work",
            consent_mode="operator_statement",
            **info,
        ),
        rows,
    )


def issued_run(state, tag, n=3):
    run_id = create_run(state, records(tag, n))
    with state.client() as client:
        Engine(client, state.journal, run_id, settings=FAST).run()
    return run_id


def ids(state, run_id):
    return {r["row_number"]: r["id"] for r in state.journal.rows(run_id)}


def display_run(state, **info):
    """A run with one row of each interesting status (display only: nothing was sent)."""
    run_id = create_run(state, records("d-", 6, ["Ada", "Bo", "Cy", "Di", "Ed", "Flo"]), **info)
    j, by = state.journal, ids(state, run_id)
    j.set_row(by[2], "issued", "issued", "Issued.", 200, award_id="50001")
    j.set_row(
        by[3],
        "needs_review",
        "score_too_low",
        "Not issued: Score is too low.",
        202,
        params={"http_status": 202, "detail": "Score is too low"},
    )
    j.set_row(by[4], "failed", "provider_forbidden", "This account does not administer …", 403)
    j.set_row(by[5], "unknown", "lookup_impossible", "Check first.")
    j.set_row(by[6], "failed", "gave_up", "Gave up.", 503, params={"attempts": 8})
    return run_id


@pytest.fixture
def page(qtbot, state):
    p = ResultsPage(state)
    qtbot.addWidget(p)
    p.engine_settings = FAST
    return p


def cell(page, source_row, column, role=Qt.ItemDataRole.DisplayRole):
    return page.model.index(source_row, column).data(role)


def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def select(page, learner_id):
    assert page.select_learner(learner_id)


# -- the grid --------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtbot, qtmodeltester, state):
    run_id = display_run(state)
    model = ResultsModel()
    model.set_rows(state.journal.rows(run_id))
    qtmodeltester.check(model)
    rows = state.journal.rows(run_id)
    model.update_rows([{**rows[0], "status": "revoked", "code": "revoked", "params": {"reason": "x"}}])
    model.set_rows(rows[:2])
    page = ResultsPage(state)
    qtbot.addWidget(page)
    page.show_run(run_id)
    qtmodeltester.check(page.proxy)


def test_statuses_are_coloured_with_symbols_and_needs_review_is_flagged(page, state):
    run_id = display_run(state)
    state.set_run(run_id)
    assert page.run_id == run_id and page.model.rowCount() == 6
    issued, review, forbidden = 0, 1, 2
    assert cell(page, issued, STATUS) == "Issued"
    assert cell(page, issued, STATUS, Qt.ItemDataRole.ForegroundRole).color() == outcomes.status_colour(
        "issued"
    )
    icon = cell(page, issued, STATUS, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(page, review, STATUS) == "Needs review" and cell(page, review, HTTP) == "202"
    assert "Score is too low" in cell(page, review, DETAIL)
    assert cell(page, review, EMAIL, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(page, review, EMAIL, Qt.ItemDataRole.FontRole).bold()
    assert cell(page, issued, EMAIL, Qt.ItemDataRole.BackgroundRole) is None
    # Failed rows: the plain-language reason from the status table, not the raw message.
    assert cell(page, forbidden, DETAIL) == outcomes.explain("provider_forbidden", {}, None)
    assert "8 attempts" in cell(page, 4, DETAIL)
    assert page.review_banner.isVisibleTo(page) and "202" in page.review_label.text()
    summary = page.summary.text()
    assert "6 learners" in summary and "2 failed" in summary and "1 needs review" in summary
    assert f"Run {run_id}" in page.title.text() and "First Aid at Work" in page.title.text()
    assert not page.sandbox_label.isVisibleTo(page)


def test_sandbox_runs_are_labelled_and_stop_messages_shown(page, state):
    run_id = display_run(state, sandbox=True)
    state.journal.set_state(run_id, "stopped", "token_rejected", "The token was refused.")
    page.show_run(run_id)
    assert page.sandbox_label.isVisibleTo(page) and "SANDBOX" in page.sandbox_label.text()
    assert page.stop_label.isVisibleTo(page) and page.stop_label.text() == "The token was refused."
    assert "Stopped" in page.title.text()


def test_filter_narrows_by_status_claim_and_text(page, state):
    run_id = display_run(state)
    page.show_run(run_id)
    assert page.proxy.rowCount() == 6
    page.set_filter("needs_review")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, STATUS).data(StatusRole) == "needs_review"
    page.set_filter("failed")
    assert page.proxy.rowCount() == 2
    page.set_filter("problems")
    assert page.proxy.rowCount() == 4
    assert page.filter_box.currentText().endswith("(4)")
    page.search.setText("bo")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.set_filter("unclaimed")
    assert page.proxy.rowCount() == 0
    state.journal.set_claim(ids(state, run_id)[2], "Pending")
    page.reload()
    assert page.proxy.rowCount() == 1


def test_update_rows_repaints_only_changed_rows(qtbot, page, state):
    run_id = display_run(state)
    page.show_run(run_id)
    rows = state.journal.rows(run_id)
    changes = []
    page.model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), b.row())))
    assert page.update_rows([dict(r) for r in rows]) == 0 and changes == []
    event = {"type": "row", "learner_id": rows[4]["id"], "row": 6, "status": "issued", "award_id": "7"}
    same = {"id": rows[0]["id"], "status": "issued", "award_id": None}  # None keeps the award
    other_run = {"id": 10_000, "status": "failed"}
    assert page.update_rows([event, same, other_run]) == 1
    assert changes == [(4, 4)]
    assert cell(page, 0, 7) == "50001" and cell(page, 4, STATUS) == "Issued"
    assert "2 issued" in page.summary.text()


# -- actions against the simulator -----------------------------------------------------------------


def test_revoke_an_award_with_a_reason(qtbot, page, connected, sim, monkeypatch):
    run_id = issued_run(connected, "gr1-", 2)
    page.show_run(run_id)
    target = ids(connected, run_id)[3]
    select(page, target)
    assert page.revoke_action.isEnabled()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("Wrong person", True))
    yes(monkeypatch)
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.revoke_selected()
    assert done.args[0] == "revoke" and done.args[1]["status"] == "revoked"
    row = connected.journal.row(target)
    assert row["status"] == "revoked" and "Wrong person" in row["message"]
    assert [a["status"] for a in sim.ledger() if a["recipient_email"] == "gr1-1@example.org"] == ["Revoked"]
    assert cell(page, 1, STATUS) == "Revoked" and cell(page, 1, DETAIL) == "Revoked: Wrong person"
    assert page.notice.isVisibleTo(page)


def test_revoke_is_refused_for_a_run_of_another_environment(page, connected, monkeypatch):
    run_id = display_run(connected, environment="production")
    page.show_run(run_id)
    select(page, ids(connected, run_id)[2])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wrong", True))
    yes(monkeypatch)
    page.revoke_selected()
    assert page._task is None and "production" in page.notice_label.text()
    assert connected.journal.row(ids(connected, run_id)[2])["status"] == "issued"


def test_revoke_a_whole_run(qtbot, page, connected, sim, monkeypatch):
    run_id = issued_run(connected, "grr-", 3)
    page.show_run(run_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Issued with the wrong badge", True))
    yes(monkeypatch)
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.revoke_whole_run()
    assert done.args[1] == {"total": 3, "revoked": 3, "failed": 0, "not_done": 0}
    assert {r["status"] for r in connected.journal.rows(run_id)} == {"revoked"}
    mine = [a for a in sim.ledger() if a["recipient_email"].startswith("grr-")]
    assert len(mine) == 3 and {a["status"] for a in mine} == {"Revoked"}
    assert "3 revoked" in page.summary.text() and not page.revoke_run_action.isEnabled()


def test_correct_an_email(qtbot, page, connected, sim, monkeypatch):
    run_id = issued_run(connected, "gce-", 2)
    page.show_run(run_id)
    target = ids(connected, run_id)[2]
    select(page, target)
    monkeypatch.setattr(
        CorrectEmailDialog, "ask", classmethod(lambda cls, parent, row: ("gce-ok@example.org", "typo"))
    )
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.correct_email()
    result = done.args[1]
    assert done.args[0] == "correct" and result["status"] == "issued" and result["revoked"]
    by_email = {
        a["recipient_email"]: a["status"] for a in sim.ledger() if a["recipient_email"].startswith("gce-")
    }
    assert by_email == {
        "gce-0@example.org": "Revoked",
        "gce-1@example.org": "Pending",
        "gce-ok@example.org": "Pending",
    }
    assert cell(page, 0, EMAIL) == "gce-ok@example.org" and cell(page, 0, STATUS) == "Issued"
    assert "gce-ok@example.org" in page.notice_label.text()


def test_correct_email_dialog_checks_the_address(qtbot):
    dialog = CorrectEmailDialog({"email": "a@example.org", "status": "issued", "first_name": "A"})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.email.setText("not an email")
    dialog.reason.setText("typo")
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.email.setText("b@example.org")
    assert ok.isEnabled() and dialog.values() == ("b@example.org", "typo")


def test_retry_sets_failed_rows_pending_and_hands_the_run_to_the_issue_page(qtbot, page, state):
    run_id = display_run(state)
    page.show_run(run_id)
    pages = []
    state.navigate.connect(pages.append)
    with qtbot.waitSignal(page.resume_requested) as resumed:
        assert page.retry_failed() == 3
    assert resumed.args == [run_id] and pages == ["issue"] and state.run_id == run_id
    statuses = [r["status"] for r in state.journal.rows(run_id)]
    assert statuses == ["issued", "pending", "pending", "unknown", "pending", "pending"]
    assert not page.retry_action.isEnabled()


def test_refresh_claims(qtbot, page, connected, sim):
    run_id = issued_run(connected, "gcl-", 3)
    with connected.client() as client:
        client.revoke(connected.journal.rows(run_id)[2]["award_id"], "on the website")
    page.show_run(run_id)
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.refresh_claims()
    assert done.args[1]["Pending"] == 2 and done.args[1]["Revoked"] == 1
    assert [cell(page, r, CLAIM) for r in range(3)] == ["Not claimed yet", "Not claimed yet", "Revoked"]
    assert "Claims" in page.summary.text() and "2 not claimed yet" in page.summary.text()
    assert "2 not claimed yet" in page.notice_label.text()
    page.set_filter("unclaimed")
    assert page.proxy.rowCount() == 2


# -- export ----------------------------------------------------------------------------------------


def _source(path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Learners"
    ws.append(["First name", "Last name", "Email", "Notes"])
    ws.append(["=cmd", "One", "d-0@example.org", "front row"])
    ws["A2"].data_type = "s"  # typed as text in Excel ('=cmd)
    ws.append(["Bo", "Two", "d-1@example.org"])
    ws["F3"] = "stray"  # the used range reaches column F
    wb.save(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_run(state, tmp_path):
    source = tmp_path / "cohort.xlsx"
    digest = _source(source)
    run_id = create_run(
        state,
        records("d-", 2, ["=cmd", "Bo"]),
        source_name="cohort.xlsx",
        source_path=str(source),
        source_sha256=digest,
        sheet="Learners",
    )
    by = ids(state, run_id)
    state.journal.set_row(by[2], "issued", "issued", "Issued.", 200, award_id="50001")
    state.journal.set_row(by[3], "failed", "unexpected_status", '=HYPERLINK("http://x")', 418)
    return run_id


def test_export_xlsx_copies_the_source_with_result_columns_on_the_right(qtbot, page, state, tmp_path):
    from openpyxl import load_workbook

    page.show_run(source_run(state, tmp_path))
    out = tmp_path / "out" / "results.xlsx"
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.export(out)
    assert done.args == ["export", out]
    ws = load_workbook(out)["Learners"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["First name", "Last name", "Email", "Notes"] and header[4:6] == [None, None]
    assert header[6:] == list(RESULT_COLUMNS)
    assert ws["A2"].value == "=cmd" and ws["A2"].data_type == "s"
    assert ws["G2"].value == "issued" and ws["J2"].value == "50001"
    assert ws["I3"].value.startswith("'=") and ws["I3"].data_type == "s"
    assert "results.xlsx" in page.notice_label.text()


def test_export_csv_is_safe_against_formula_injection(qtbot, page, state, tmp_path, monkeypatch):
    page.show_run(source_run(state, tmp_path))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "chosen"), a[3].split(";;")[1])
    )
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.export()
    assert done.args[1] == tmp_path / "chosen.csv"
    lines = list(csv.reader((tmp_path / "chosen.csv").open(encoding="utf-8-sig")))
    assert lines[0][-7:] == list(RESULT_COLUMNS)
    assert lines[1][0] == "'=cmd" and lines[2][lines[0].index("Detail")].startswith("'=")
    assert state.settings.last("export_dir") == str(tmp_path)


def test_a_target_open_in_excel_offers_another_name(qtbot, page, state, tmp_path, monkeypatch):
    page.show_run(source_run(state, tmp_path))
    (tmp_path / "~$results.xlsx").write_text("owner")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT) as done:
        page.export(tmp_path / "results.xlsx")
    assert done.args[1] == tmp_path / "results (2).xlsx" and (tmp_path / "results (2).xlsx").exists()
    assert len(asked) == 1 and "results (2).xlsx" in asked[0] and "open in Excel" in asked[0]


def test_export_without_the_source_falls_back_to_the_journal_columns(qtbot, page, state, tmp_path):
    run_id = source_run(state, tmp_path)
    (tmp_path / "cohort.xlsx").unlink()
    page.show_run(run_id)
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT):
        page.export(str(tmp_path / "plain.csv"))
    assert (tmp_path / "plain.csv").read_text(encoding="utf-8-sig").startswith("Row,First name")


# -- notifications and keyboard --------------------------------------------------------------------


def test_notification_falls_back_to_an_in_window_notice(qtbot, page, state):
    assert not notify_mod.desktop_available()  # offscreen: no tray
    assert notify_mod.notify(page, "Run 1", "done") == notify_mod.BANNER
    assert page.notice.isVisibleTo(page) and page.notice_label.text() == "Run 1: done"
    messages = []
    state.message.connect(messages.append)
    assert notify_mod.notify(type("Holder", (), {"state": state})(), "T", "x") == notify_mod.STATUS_BAR
    assert messages[-1] == "T: x"


def test_a_long_run_finishing_is_notified(qtbot, page, state):
    run_id = display_run(state)
    state.journal.set_state(run_id, "completed")
    page.LONG_RUN_SECONDS = 0
    state.set_run(run_id)
    state.set_busy(True)
    assert not page.retry_action.isEnabled()  # the run is being issued: hands off
    state.set_busy(False)
    qtbot.waitUntil(lambda: page.notice.isVisibleTo(page))
    assert (
        page.notice_label.text().startswith(f"Run {run_id}: completed")
        and "1 issued" in page.notice_label.text()
    )


def test_actions_are_keyboard_reachable_and_named(page, state):
    assert not page.export_action.isEnabled() and "No run" in page.title.text()
    page.show_run(display_run(state))
    shortcuts = {a.text(): a.shortcut().toString() for a in page.actions()}
    assert shortcuts["Re&try failed rows"] == "Ctrl+R" and shortcuts["Refresh c&laims"] == "F5"
    assert shortcuts["&Correct email…"] == "F2"
    for widget in (page.table, page.filter_box, page.search, page.toolbar):
        assert widget.accessibleName()
    for label in (
        page.summary,
        page.title,
    ):  # changing text: the text is the name, the purpose the description
        assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == label.text()
        assert label.accessibleDescription()
    assert page.table.model().index(0, 0).isValid() and not page.table.model().parent(QModelIndex()).isValid()
    assert page.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_the_grid_shows_the_platforms_key_for_each_learner(qtbot, qtmodeltester, state):
    from badgedesk.platforms import registry

    model = ResultsModel()
    rows = [
        {"id": 1, "row_number": 2, "email": "", "recipient_key": "PM-7", "status": "issued"},
        {"id": 2, "row_number": 3, "email": "bo@example.org", "recipient_key": "PM-8", "status": "failed"},
    ]
    model.set_rows(rows)
    assert model.headerData(EMAIL, Qt.Orientation.Horizontal) == "Email"
    assert [model.index(i, EMAIL).data() for i in range(2)] == ["", "bo@example.org"]
    changed = []
    model.headerDataChanged.connect(lambda *args: changed.append(args))
    model.set_identity(registry.PEER_MENTOR_IDENTITY)  # a platform that keys learners on an ID
    qtmodeltester.check(model)
    assert changed and model.headerData(EMAIL, Qt.Orientation.Horizontal) == "Peer mentor ID"
    assert [model.index(i, EMAIL).data() for i in range(2)] == ["PM-7", "PM-8"]
    model.set_identity(registry.NAVIGATR.identity)
    assert model.index(1, EMAIL).data() == "bo@example.org"


def test_actions_follow_what_the_runs_platform_can_do(page, state):
    page.show_run(display_run(state))
    for action in (page.revoke_action, page.revoke_run_action, page.correct_action, page.claims_action):
        assert action.isVisible()  # Navigatr revokes, keys on email and tracks claims

    def run_on(platform):
        info = RunInfo(platform, "production", "https://x.test/v1", "b-1", "Badge", "operator_statement")
        return state.journal.create_run(info, records(f"{platform}-", 2))

    page.show_run(run_on("certifier"))  # can only delete, and reads no claims
    assert not page.revoke_action.isVisible() and not page.revoke_run_action.isVisible()
    assert not page.correct_action.isVisible() and not page.claims_action.isVisible()
    assert page.export_action.isVisible() and page.retry_action.isVisible()
    page.show_run(run_on("award-service"))  # keys learners on a peer mentor ID
    assert page.revoke_action.isVisible() and not page.correct_action.isVisible()
    assert page.model.headerData(EMAIL, Qt.Orientation.Horizontal) == "Peer mentor ID"


def test_a_notice_about_one_run_is_not_left_over_when_another_run_is_shown(page, state):
    first = display_run(state)
    page.show_run(first)
    page.show_notice("Deleted the award of someone permanently.")
    page.reload()  # the same run again (e.g. after an action): the notice stays
    assert page.notice.isVisibleTo(page)
    info = RunInfo("navigatr", "production", "https://x.test/v1", "b-2", "Other", "operator_statement")
    page.show_run(state.journal.create_run(info, records("other-", 2)))
    assert not page.notice.isVisibleTo(page)


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def misnamed_run(state, tmp_path, real: str, name: str):
    """A run whose learner list is the real file ``real`` from the corpus, saved under ``name``."""
    source = tmp_path / name
    shutil.copyfile(CORPUS / real, source)
    return create_run(
        state,
        records("d-", 2, ["=cmd", "Bo"]),
        source_name=name,
        source_path=str(source),
        source_sha256=hashlib.sha256(source.read_bytes()).hexdigest(),
    )


@pytest.mark.parametrize(
    ("real", "name", "kind"),
    [("csvkit__sheets.xls", "cohort.xlsx", "xls"), ("calamine__any_sheets.ods", "cohort.xlsx", "ods")],
)
def test_exporting_an_ods_or_xls_run_says_the_copy_is_a_new_xlsx_whatever_its_name(
    qtbot, page, state, tmp_path, monkeypatch, real, name, kind
):
    page.show_run(misnamed_run(state, tmp_path, real, name))  # a real .xls/.ods, named .xlsx
    said = []
    state.message.connect(said.append)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.xlsx"), ""))
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT):
        page.export()
    assert any("new .xlsx" in s and f"a {kind} file" in s for s in said)  # said before choosing the name
    assert "new .xlsx" in page.notice_label.text() and "not changed" in page.notice_label.text()
    assert load_workbook(tmp_path / "r.xlsx").active.max_row >= 2
    page.show_run(source_run(state, tmp_path))
    assert page.new_workbook_note() == ""  # an .xlsx source keeps its workbook


def test_a_text_file_named_ods_is_judged_by_its_content(qtbot, page, state, tmp_path, monkeypatch):
    source = tmp_path / "cohort.ods"  # a csv by content, whatever its name: no workbook to keep or lose
    source.write_text("First name,Last name,Email\n=cmd,One,d-0@example.org\nBo,Two,d-1@example.org\n")
    run_id = create_run(
        state,
        records("d-", 2, ["=cmd", "Bo"]),
        source_name="cohort.ods",
        source_path=str(source),
        source_sha256=hashlib.sha256(source.read_bytes()).hexdigest(),
    )
    page.show_run(run_id)
    said = []
    state.message.connect(said.append)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.xlsx"), ""))
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT):
        page.export()
    assert not any("new .xlsx" in s for s in said) and "new .xlsx" not in page.notice_label.text()
    assert load_workbook(tmp_path / "r.xlsx").active["C2"].value == "d-0@example.org"
    assert source.read_text().startswith("First name")


def test_the_summary_strip_counts_and_filters_and_the_row_detail_reads_in_full(
    qtbot, page, state, monkeypatch
):
    run_id = display_run(state)
    by = ids(state, run_id)
    state.journal.set_row(
        by[2], "issued", "issued", "Issued.", 200, award_id="50001", award_url="https://x.example/a/1"
    )
    page.show_run(run_id)
    strip = page.strip
    assert strip.buttons["issued"].accessibleName() == "1 issued"
    assert strip.buttons["needs_review"].accessibleName() == "1 need review"
    assert strip.buttons["failed"].accessibleName() == "2 failed"
    strip.buttons["failed"].click()
    assert page.filter_box.currentData() == "failed" and page.proxy.rowCount() == 2
    strip.buttons["failed"].click()  # again: everyone
    assert page.filter_box.currentData() == "all" and page.proxy.rowCount() == 6
    strip.buttons["needs_review"].click()
    page.table.selectRow(0)
    assert "Score is too low" in page.row_detail.label.text() and not page.row_detail.open_button.isEnabled()
    strip.buttons["issued"].click()
    assert strip.buttons["issued"].isChecked() and not strip.buttons["needs_review"].isChecked()
    page.table.selectRow(0)
    opened = []
    monkeypatch.setattr(
        "badgedesk.gui.results_strip.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    assert page.row_detail.open_button.isEnabled()
    page.row_detail.open_button.click()
    assert [u.toString() for u in opened] == ["https://x.example/a/1"]
