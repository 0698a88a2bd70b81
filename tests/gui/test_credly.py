"""Credly through the desktop app, against the Credly simulator over HTTP on 127.0.0.1.

Test Connection names the organisation; a token about to expire is warned about in the
connection list and the Issue step, and one that has expired starts nothing; a whole run goes
from connecting to the results grid; and "Update existing badges" needs its own confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import Qt, QThreadPool

from badgedesk.core.connections import Connection
from badgedesk.core.draft import CohortDraft
from badgedesk.gui.connect_page import COL_EXPIRES, ConnectPage
from badgedesk.gui.issue_page import IssuePage
from badgedesk.gui.resources import path as resource
from badgedesk.gui.results_model import DETAIL, EMAIL
from badgedesk.platforms import registry
from badgedesk.platforms.base import Badge, IssueRequest
from tests.gui.platform_helpers import answer_questions, choose_badge, connect_to, window_fixture
from tests.gui.platform_helpers import open_cohort as open_sample

SAMPLE_CSV = resource("sample-cohort.csv")
SPEC = registry.CREDLY


def expiring(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


def credly_connection(state, base_url="", name="Credly", token=None, **fields) -> Connection:
    return connect_to(state, SPEC, base_url, name, token, **fields)


def cohort_on(state) -> CohortDraft:
    spec = state.spec
    return CohortDraft.open(SAMPLE_CSV, identity=spec.identity, names_required=spec.uses_email)


# -- without the simulator: what the window says about a token's expiry -------------------------


def test_a_token_expiring_in_ten_days_is_warned_about_in_the_list_and_the_issue_step(qtbot, state):
    credly_connection(state, token_expires=expiring(10))
    page = ConnectPage(state)
    qtbot.addWidget(page)
    page.show()
    assert page.tree.topLevelItem(0).text(COL_EXPIRES).startswith("⚠ Expires in 10 days")
    assert page.expiry_label.isVisible() and "expires in 10 days" in page.expiry_label.text()
    issue = IssuePage(state)
    qtbot.addWidget(issue)
    issue.show()
    assert issue.expiry_label.isVisible()
    text = issue.expiry_label.text()
    assert "The Credly token of 'Credly' expires in 10 days" in text and expiring(10) in text
    assert SPEC.token_help in text
    assert issue.start_button.isEnabled()  # a warning, not a refusal
    QThreadPool.globalInstance().waitForDone(5000)


def test_a_token_with_no_warning_ahead_shows_none(qtbot, state):
    credly_connection(state, token_expires=expiring(60))
    issue = IssuePage(state)
    qtbot.addWidget(issue)
    assert not issue.expiry_label.isVisibleTo(issue) and issue.expiry_label.text() == ""


def test_an_expired_token_cannot_start_a_run_and_says_where_to_make_a_new_one(qtbot, state, monkeypatch):
    credly_connection(state, token_expires=expiring(-2))
    state.set_badge(Badge("tpl-1", "First Aid at Work", "active"))
    state.set_cohort(cohort_on(state))
    issue = IssuePage(state)
    qtbot.addWidget(issue)
    asked = answer_questions(monkeypatch, {})
    issue.start()
    assert asked == [] and state.run_id is None and state.journal.runs() == []
    text = issue.state_label.text()
    assert f"expired on {expiring(-2)}" in text and SPEC.token_help in text and "Nothing was sent" in text
    assert issue.expiry_label.isVisibleTo(issue) and "expired on" in issue.expiry_label.text()


# -- against the Credly simulator --------------------------------------------------------------


@pytest.fixture
def simmod():
    return pytest.importorskip("badgedesk.platforms.credly_sim")


@pytest.fixture
def sim(simmod):
    with simmod.CredlySimulator(rate_limit=None, seed=11) as server:
        yield server


def org_name(sim) -> str:
    """The organisation's name as the platform answers it."""
    with SPEC.open(SPEC.simulator.token, base_url=sim.base_url, fields=dict(SPEC.simulator.fields)) as client:
        return client.account().name


def template_of(record: dict) -> str:
    template = record.get("badge_template")
    return str(template.get("id") if isinstance(template, dict) else record.get("badge_template_id"))


def awards_of(sim, template: str) -> Counter:
    return Counter(r["recipient_email"].lower() for r in sim.ledger() if template_of(r) == str(template))


def test_test_connection_shows_the_organisations_name_and_reads_the_tokens_expiry(qtbot, state, sim):
    sim.set(token_expires_at=f"{expiring(9)}T12:00:00Z")
    conn = credly_connection(state, sim.base_url)
    page = ConnectPage(state)
    qtbot.addWidget(page)
    page.show()
    assert page.tree.topLevelItem(0).text(COL_EXPIRES).startswith("Not known yet")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Connected" in page.result_label.text(), timeout=10000)
    name = org_name(sim)
    assert name and f"Connected as {name}" in page.result_label.text()
    assert f"can issue for: {name}." in page.result_label.text()
    # The expiry read from Credly is kept with the connection and warned about.
    qtbot.waitUntil(lambda: state.connections.get(conn.id).token_expires() == expiring(9), timeout=5000)
    assert state.connection.token_expires() == expiring(9)
    assert page.tree.topLevelItem(0).text(COL_EXPIRES).startswith("⚠ Expires in 9 days")
    assert "expires in 9 days" in page.result_label.text()
    QThreadPool.globalInstance().waitForDone(5000)


def test_an_expired_token_sends_nothing_to_credly(qtbot, state, sim, simmod, monkeypatch):
    credly_connection(state, sim.base_url, token_expires=expiring(-1))
    with state.client() as client:
        state.set_badge(client.badge(simmod.ACTIVE_TEMPLATE_ID))
    state.set_cohort(cohort_on(state))
    issue = IssuePage(state)
    qtbot.addWidget(issue)
    before = sim.stats()["issue_requests"]
    asked = answer_questions(monkeypatch, {})
    issue.start()
    qtbot.wait(200)
    assert asked == [] and not state.busy and state.run_id is None
    assert sim.ledger() == [] and sim.stats()["issue_requests"] == before
    assert "expired on" in issue.state_label.text()


window = window_fixture(SPEC, "Northwind on Credly")


def choose_template(qtbot, win, template: str) -> None:
    choose_badge(qtbot, win, template)


def open_cohort(qtbot, win) -> None:
    open_sample(qtbot, win, SAMPLE_CSV)


def test_a_whole_credly_run_through_the_window(qtbot, window, sim, simmod, monkeypatch):
    win, state = window, window.state
    # Step 1: the connection works and names the organisation.
    connect = win.pages["connect"]
    connect.test_connection()
    qtbot.waitUntil(lambda: org_name(sim) in connect.result_label.text(), timeout=10000)
    # Step 2: a badge template of the organisation; archived and draft ones cannot be chosen.
    choose_template(qtbot, win, simmod.ACTIVE_TEMPLATE_ID)
    library = win.pages["library"]
    assert not library.select_badge(simmod.ARCHIVED_TEMPLATE_ID)
    assert not library.model.issuable(library.model.badge_by_id(simmod.DRAFT_TEMPLATE_ID))
    # Step 3: the sample cohort.
    open_cohort(qtbot, win)
    ready = state.cohort_draft.sendable_count()
    assert ready > 0
    # Step 4: issue, confirmed.
    win.go("issue")
    issue = win.pages["issue"]
    assert issue.replace_box.isVisibleTo(issue) and not issue.replace_box.isChecked()
    asked = answer_questions(monkeypatch, {})
    issue.start()
    qtbot.waitUntil(lambda: state.busy, timeout=10000)
    qtbot.waitUntil(lambda: not state.busy, timeout=60000)
    assert [title for title, _ in asked] == ["Confirm the run"]
    assert "Credly" in asked[0][1] and f" {ready} learners" in asked[0][1]
    run = state.journal.run(state.run_id)
    assert (run["platform"], run["connection"], run["state"]) == (
        "credly",
        "Northwind on Credly",
        "completed",
    )
    # Step 5: the results grid shows the issued rows, and Credly holds one badge per learner sent.
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.pages["results"], timeout=5000)
    results = win.pages["results"]
    counts = results.model.counts()
    assert counts["issued"] == ready
    issued_keys = {r["recipient_key"] for r in results.model.rows() if r["status"] == "issued"}
    awards = awards_of(sim, simmod.ACTIVE_TEMPLATE_ID)
    assert set(awards) == issued_keys and max(awards.values()) == 1 and len(sim.ledger()) == ready
    assert results.revoke_action.isVisible() and results.correct_action.isVisible()
    grid_keys = {results.model.index(i, EMAIL).data() for i in range(results.model.rowCount())}
    assert {r["email"] for r in results.model.rows() if r["status"] == "issued"} <= grid_keys


def test_declining_update_existing_badges_sends_nothing(qtbot, window, sim, simmod, monkeypatch):
    win, state = window, window.state
    choose_template(qtbot, win, simmod.ACTIVE_TEMPLATE_ID)
    open_cohort(qtbot, win)
    win.go("issue")
    issue = win.pages["issue"]
    issue.replace_box.setChecked(True)
    before = sim.stats()["issue_requests"]
    asked = answer_questions(monkeypatch, {"Update existing badges?": False})
    issue.start()
    qtbot.wait(200)
    assert [title for title, _ in asked] == ["Confirm the run", "Update existing badges?"]
    assert "REPLACED" in asked[1][1] and state.badge.name in asked[1][1]
    assert not state.busy and state.run_id is None and state.journal.runs() == []
    assert sim.ledger() == [] and sim.stats()["issue_requests"] == before
    assert "Nothing was sent" in issue.state_label.text()


def prepare_with_a_holder(qtbot, win, template: str):
    """Template and cohort chosen; the first learner to be sent already holds the badge on Credly
    (issued by another tool). Returns that learner's row and the award they hold."""
    choose_template(qtbot, win, template)
    open_cohort(qtbot, win)
    holder = next(r for r in win.state.cohort_draft.rows() if r.sendable)
    with win.state.client() as client:
        held = client.issue(
            IssueRequest.for_email(template, holder.email, holder.first_name, holder.last_name)
        )
    assert held.kind == "issued"
    return holder, held


def test_accepting_update_existing_badges_replaces_the_badge_a_learner_holds(
    qtbot, window, sim, simmod, monkeypatch
):
    win, state = window, window.state
    holder, first = prepare_with_a_holder(qtbot, win, simmod.ACTIVE_TEMPLATE_ID)
    win.go("issue")
    issue = win.pages["issue"]
    issue.replace_box.setChecked(True)
    asked = answer_questions(monkeypatch, {})
    issue.start()
    qtbot.waitUntil(lambda: state.busy, timeout=10000)
    qtbot.waitUntil(lambda: not state.busy, timeout=60000)
    assert [title for title, _ in asked] == ["Confirm the run", "Update existing badges?"]
    run_id = state.run_id
    assert state.journal.run(run_id)["options"]["replace_existing"] is True
    row = next(r for r in state.journal.rows(run_id) if r["recipient_key"] == holder.recipient_key)
    assert row["status"] == "issued" and row["award_id"] != first.award.id


def test_without_update_existing_badges_a_learner_holding_the_badge_is_already_issued(
    qtbot, window, sim, simmod, monkeypatch
):
    win, state = window, window.state
    holder, _ = prepare_with_a_holder(qtbot, win, simmod.ACTIVE_TEMPLATE_ID)
    win.go("issue")
    answer_questions(monkeypatch, {})
    win.pages["issue"].start()
    qtbot.waitUntil(lambda: state.busy, timeout=10000)
    qtbot.waitUntil(lambda: not state.busy, timeout=60000)
    results = win.pages["results"]
    row = next(r for r in results.model.rows() if r["recipient_key"] == holder.recipient_key)
    assert row["status"] == "already_issued"  # Credly's refusal of a second award reads as such
    at = results.model.row_for(row["id"])
    assert "already holds this badge" in results.model.index(at, DETAIL).data()
    assert awards_of(sim, simmod.ACTIVE_TEMPLATE_ID)[holder.recipient_key] == 1
