"""The Badge Award Service through the desktop app, against its simulator over HTTP on 127.0.0.1.

The connection dialog asks for the service's address, a token and the awarded-by ID; Test
Connection names the service; the cohort is keyed on a Peer mentor ID column with no email (IDs
trimmed of spaces and NBSP, their case kept); a run fails only the rows of unknown peer mentors and
goes on; an award is revoked from the grid; a token that may not award (403) stops the run and the
app asks for another one, then carries on; and where the service lists no badge definitions, a
definition ID can be typed, checked and used.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QInputDialog

from badgedesk.gui import cohort_model
from badgedesk.gui.results_model import CLAIM, DETAIL, EMAIL, STATUS
from badgedesk.platforms import award_service_sim as simmod
from badgedesk.platforms import registry
from tests.gui.platform_helpers import (
    add_connection_dialog,
    answer_questions,
    choose_badge,
    issue_run,
    open_cohort,
    save_and_test,
    simulator,
    window_fixture,
    window_on,
)

SPEC = registry.AWARD_SERVICE
NBSP = "\u00a0"


sim = simulator(SPEC, seed=3)


@pytest.fixture
def mentors(tmp_path):
    """A cohort keyed on peer mentor IDs, with no email column: padded with spaces and NBSP, one in
    lower case (the service keeps case, so it is not PM-0003), one unknown, one already holding the badge."""
    path = tmp_path / "mentors.csv"
    path.write_text(
        "Peer mentor ID,Full name,Consent,Note\n"
        f"{NBSP}PM-0001 ,Ada Lovelace,yes,Ran the first session\n"
        "PM-0002,,yes,\n"
        "pm-0003,Grace Hopper,yes,\n"
        "PM-9999,Nobody Known,yes,\n"
        "PM-0031,Alan Turing,yes,\n",
        encoding="utf-8",
    )
    return path


def test_the_connection_dialog_asks_for_the_address_the_token_and_who_awards(qtbot, state, sim):
    page, dialog = add_connection_dialog(qtbot, state, SPEC)
    assert dialog.address_edit.isVisibleTo(dialog)  # no default address: the service's own is needed
    assert not dialog.environment_combo.isVisibleTo(dialog)
    assert set(dialog.fields.edits) == {"awarded_by"}
    qtbot.keyClicks(dialog.name_edit, "Mentors")
    qtbot.keyClicks(dialog.address_edit, sim.base_url + "/api/v1/")  # a pasted API address is tolerated
    qtbot.keyClicks(dialog.token_edit, simmod.DEMO_TOKEN)
    qtbot.keyClicks(dialog.fields.edits["awarded_by"], simmod.DEMO_AWARDED_BY)
    saved = save_and_test(qtbot, page, dialog)
    assert saved.platform == "award-service" and saved.fields["awarded_by"] == simmod.DEMO_AWARDED_BY
    host = sim.base_url.split("://", 1)[1]
    assert f"Badge Award Service at {host}" in page.result_label.text()
    assert f"awarding as {simmod.DEMO_AWARDED_BY}" in page.result_label.text()
    QThreadPool.globalInstance().waitForDone(5000)


window = window_fixture(SPEC, "Mentors")


def test_the_cohort_is_keyed_on_the_peer_mentor_id_with_no_email(qtbot, qtmodeltester, window, mentors):
    open_cohort(qtbot, window, mentors)
    page = window.pages["cohort"]
    panel = page.mapping_panel
    assert panel.mapping()["recipient_id"] == 0 and "email" not in panel.mapping()  # mapped by itself
    assert panel.labels["recipient_id"].text() == "P&eer mentor ID:"
    assert panel.combos["recipient_id"].toolTip().startswith("Needed")
    assert panel.labels["email"].text() == "Email:" and panel.combos["email"].toolTip().startswith("Optional")
    assert panel.combos["recipient_id"].isVisibleTo(page) and panel.combos["note"].isVisibleTo(page)
    rows = window.state.cohort_draft.rows()
    assert [r.recipient_key for r in rows] == ["PM-0001", "PM-0002", "pm-0003", "PM-9999", "PM-0031"]
    assert [r.status for r in rows] == ["valid"] * 5  # no email and, for one, no name: still valid
    assert window.state.cohort_draft.sendable_count() == 5
    # The grid shows each learner's ID, under the platform's name for it, where an email would be.
    model = page.model
    qtmodeltester.check(model)
    key = cohort_model.EMAIL
    assert model.headerData(key, Qt.Orientation.Horizontal) == "Peer mentor ID"
    assert [model.index(i, key).data() for i in range(model.rowCount())] == [r.recipient_key for r in rows]
    assert not model.flags(model.index(0, key)) & Qt.ItemFlag.ItemIsEditable  # corrected in the file
    assert model.flags(model.index(0, cohort_model.FIRST_NAME)) & Qt.ItemFlag.ItemIsEditable


def test_a_run_to_peer_mentors_then_one_award_revoked(qtbot, window, sim, mentors, monkeypatch):
    win, state = window, window.state
    choose_badge(qtbot, win, simmod.DEFINITION_ID)
    assert not win.pages["library"].typed.isVisibleTo(win.pages["library"])  # the service lists them
    open_cohort(qtbot, win, mentors)
    asked = issue_run(qtbot, win, monkeypatch)
    assert [title for title, _ in asked] == ["Confirm the run"]
    run = state.journal.run(state.run_id)
    assert (run["platform"], run["state"]) == ("award-service", "completed")
    results = win.pages["results"]
    by_key = {r["recipient_key"]: r for r in results.model.rows()}
    assert {k: r["status"] for k, r in by_key.items()} == {
        "PM-0001": "issued",
        "PM-0002": "issued",
        "pm-0003": "failed",  # case is kept: the service knows PM-0003, not pm-0003
        "PM-9999": "failed",
        "PM-0031": "already_issued",  # seeded before the run: checked, not sent again
    }
    assert by_key["PM-9999"]["code"] == "peer_mentor_unknown"
    unknown = results.model.index(results.model.row_for(by_key["PM-9999"]["id"]), DETAIL).data()
    assert unknown.startswith("Not awarded: the service does not know the ID PM-9999")
    assert "the other learners went on" in unknown
    assert results.model.headerData(EMAIL, Qt.Orientation.Horizontal) == "Peer mentor ID"
    assert results.table.isColumnHidden(CLAIM)  # the service reports no claim states
    awarded = [r for r in sim.ledger() if r["badge_definition_id"] == simmod.DEFINITION_ID]
    assert sorted(r["peer_mentor_id"] for r in awarded) == ["PM-0001", "PM-0002"]
    assert {r["note"] for r in awarded if r["peer_mentor_id"] == "PM-0001"} == {"Ran the first session"}
    # Revoke, not delete: the service can revoke.
    assert results.revoke_action.isVisible() and not results.delete_action.isVisible()
    assert not results.correct_action.isVisible()  # learners are not keyed on an email
    target = by_key["PM-0001"]
    assert results.select_learner(target["id"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Awarded by mistake", True))
    revoke_asked = answer_questions(monkeypatch, {})
    with qtbot.waitSignal(results.actionFinished, timeout=15000) as finished:
        results.revoke_action.trigger()
    assert finished.args[0] == "revoke" and [t for t, _ in revoke_asked] == ["Revoke award?"]
    assert "PM-0001" in revoke_asked[0][1]
    assert state.journal.row(target["id"])["status"] == "revoked"
    at = results.model.row_for(target["id"])
    assert results.model.index(at, STATUS).data() == "Revoked"
    assert "Revoked the award of PM-0001." in results.notice_label.text()
    record = next(r for r in sim.ledger() if r["id"] == target["award_id"])
    assert record["revoked_at"] and record["revoke_reason"] == "Awarded by mistake"
    assert not next(r for r in sim.ledger() if r["peer_mentor_id"] == "PM-0002")["revoked_at"]


def test_a_token_that_may_not_award_stops_the_run_and_another_one_carries_it_on(
    qtbot, state, sim, mentors, monkeypatch
):
    win = window_on(qtbot, state, SPEC, sim.base_url, name="Mentors", token=simmod.COORDINATOR_TOKEN)
    choose_badge(qtbot, win, simmod.OTHER_DEFINITION_ID)
    open_cohort(qtbot, win, mentors)
    prompts: list[tuple[str, str]] = []

    def new_token(parent, title, text, *args, **kwargs):
        prompts.append((title, text))
        return simmod.DEMO_TOKEN, True

    monkeypatch.setattr(QInputDialog, "getText", new_token)
    issue_run(qtbot, win, monkeypatch)
    first = state.run_id
    assert len(prompts) == 1
    title, text = prompts[0]
    assert title == "The token may not do this"
    assert "admin or system role" in text and "Paste a Token that may do this for 'Mentors'" in text
    # The new token is kept with the connection, and the same run carries on to the end.
    qtbot.waitUntil(
        lambda: state.journal.run(first)["state"] == "completed" and not state.busy, timeout=60000
    )
    assert state.secrets.get(state.connection.id) == simmod.DEMO_TOKEN
    statuses = {r["recipient_key"]: r["status"] for r in state.journal.rows(first)}
    assert statuses["PM-0001"] == "issued" and statuses["PM-0002"] == "issued"
    assert len(state.journal.runs()) == 1  # resumed, not started again
    assert sorted(r["peer_mentor_id"] for r in sim.ledger()) == ["PM-0001", "PM-0002"]  # PM-0031 held it


# A service that offers no list of badge definitions (404): the library comes from earned badges.
listless = simulator(SPEC, seed=3, definitions_endpoint=False)


def test_a_definition_id_can_be_typed_where_the_service_lists_none(
    qtbot, state, listless, mentors, monkeypatch
):
    win = window_on(qtbot, state, SPEC, listless.base_url, name="Mentors")
    win.go("library")
    library = win.pages["library"]
    qtbot.waitUntil(lambda: library.model.rowCount() > 0 and not library.loading(), timeout=15000)
    assert {b.id for b in library.model.badges()} == set(simmod.SEEDED_DEFINITION_IDS)
    typed = library.typed
    assert typed.isVisibleTo(library)
    assert "offers no list of its badge definitions" in typed.explanation.text()
    assert "typing its ID" in typed.explanation.text()
    # Not an ID at all: said, and nothing chosen.
    qtbot.keyClicks(typed.edit, "not an id!")
    qtbot.mouseClick(typed.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cannot use this ID" in typed.result.text(), timeout=10000)
    assert state.badge is None
    # A definition no earlier award names: checked off the window thread, listed, and chosen.
    wanted = "bdg-def-003"
    assert wanted not in simmod.SEEDED_DEFINITION_IDS
    typed.edit.clear()
    qtbot.keyClicks(typed.edit, wanted)
    qtbot.keyClick(typed.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: state.badge is not None, timeout=10000)
    assert state.badge.id == wanted and library.selected_badge().id == wanted
    assert library.model.row_of(wanted) is not None
    assert "the platform checks bdg-def-003 at the first award" in typed.result.text()
    library.use_selected()
    open_cohort(qtbot, win, mentors)
    issue_run(qtbot, win, monkeypatch)
    awarded = sorted(r["peer_mentor_id"] for r in listless.ledger() if r["badge_definition_id"] == wanted)
    assert awarded == ["PM-0001", "PM-0002", "PM-0031"]


def test_the_typed_id_model_row_passes_the_model_tester(qtbot, qtmodeltester, state, listless):
    from badgedesk.gui.badge_model import BadgeModel
    from badgedesk.platforms.base import Badge

    model = BadgeModel()
    model.set_badges([Badge("bdg-def-001", "First Session")])
    qtmodeltester.check(model)
    assert model.add_badge(Badge("bdg-def-003", "bdg-def-003")) == 1
    assert model.add_badge(Badge("bdg-def-001", "again")) == 0  # listed already: kept as it was
    assert [b.name for b in model.badges()] == ["First Session", "bdg-def-003"]
    qtmodeltester.check(model)
