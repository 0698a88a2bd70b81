"""The Issue page: what the confirmation says, consent, and a token refused mid-run."""

from __future__ import annotations

import csv
import time

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QMessageBox

from badgedesk.core.connections import Connection
from badgedesk.core.draft import CohortDraft
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.gui.issue_page import IssuePage
from badgedesk.platforms import navigatr_sim as simmod


def cohort(tmp_path, n, tag, refuse=()):
    path = tmp_path / f"{tag}.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["First name", "Last name", "Email", "Consent"])
        for i in range(n):
            w.writerow([f"A{i}", "B", f"{tag}{i}@example.org", "no" if i in refuse else "yes"])
    return CohortDraft.open(path)


def prepare(state, sim, tmp_path, n=3, tag="ip", refuse=()):
    conn = state.connections.add(
        Connection(name=f"Sim {tag}", base_url=sim.base_url, timeout=5), simmod.DEMO_TOKEN, state.secrets
    )
    state.limiter_for(simmod.DEMO_TOKEN)
    state._limiters = {k: SlidingWindowLimiter(5, 0.2, 0.03) for k in state._limiters}
    state.set_connection(conn)
    with state.client() as client:
        state.set_badge(client.badge(str(simmod.FIRST_AID_BADGE_ID)))
    state.set_cohort(cohort(tmp_path, n, tag, refuse))
    page = IssuePage(state)
    return page


def test_the_live_confirmation_names_badge_environment_and_count(qtbot, state, sim, tmp_path, monkeypatch):
    page = prepare(state, sim, tmp_path, n=4, tag="conf", refuse={1})
    qtbot.addWidget(page)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    before = sim.stats()["issue_requests"]
    page.start()
    assert len(asked) == 1
    assert (
        "First Aid at Work" in asked[0]
        and "Navigatr · custom address" in asked[0]
        and " 3 learners" in asked[0]
    )
    time.sleep(0.2)
    assert sim.stats()["issue_requests"] == before and state.run_id is None


def test_a_refused_token_mid_run_asks_for_a_new_one_and_loses_nothing(qtbot, state, tmp_path, monkeypatch):
    with simmod.NavigatrSimulator(rate_limit=(5, 0.2), latency_ms=50) as sim:
        page = prepare(state, sim, tmp_path, n=12, tag="tok")
        qtbot.addWidget(page)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        asked = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a[2]) or ("", False))
        page.start()
        qtbot.waitUntil(lambda: len(sim.ledger()) >= 3, timeout=10000)
        sim.revoke_token()
        qtbot.waitUntil(lambda: bool(asked), timeout=15000)
        assert "refused the token" in asked[0] and "nothing is lost" in asked[0]
        run = state.journal.run(state.run_id)
        assert run["state"] == "stopped" and run["stop_code"] == "token_rejected"
        statuses = {r["status"] for r in state.journal.rows(run["id"])}
        assert statuses <= {"issued", "pending"} and "pending" in statuses
        assert page.resume_button.isVisibleTo(page)
        assert len({a["recipient_email"] for a in sim.ledger()}) == len(sim.ledger())


def test_resuming_a_run_asks_the_platform_about_every_unsettled_row(qtbot, state, sim, tmp_path, monkeypatch):
    page = prepare(state, sim, tmp_path, n=3, tag="res")
    qtbot.addWidget(page)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.start()
    qtbot.waitUntil(lambda: page.worker is not None, timeout=10000)
    assert page.worker.resuming is False  # a new run
    qtbot.waitUntil(lambda: page.worker is None and not state.busy, timeout=30000)
    run_id = state.run_id
    state.journal.set_rows_status(run_id, ("issued",), "pending", None)  # as a restored journal would say
    page.resume_run(run_id)
    assert page.worker is not None and page.worker.resuming is True
    qtbot.waitUntil(lambda: page.worker is None and not state.busy, timeout=30000)
    rows = state.journal.rows(run_id)
    assert {r["status"] for r in rows if r["consent"]} <= {"issued", "already_issued"}
    assert len({a["recipient_email"] for a in sim.ledger()}) == len(sim.ledger())  # nobody twice


def test_what_the_page_offers_follows_the_platform(qtbot, state):
    page = IssuePage(state)
    qtbot.addWidget(page)
    options = page.options
    for platform, fields, expected in (
        # (rehearse to my address, sandbox, expiry, Update existing badges, evidence, note)
        ("navigatr", {}, (True, True, False, False, True, False)),
        ("credly", {"org_id": "org-1"}, (True, True, True, True, True, False)),
        ("award-service", {"awarded_by": "t-1"}, (False, False, False, False, False, True)),
    ):
        url = "https://awards.example.org" if platform == "award-service" else ""
        conn = state.connections.add(
            Connection(name=platform, platform=platform, fields=fields, base_url=url),
            "tok-123456",
            state.secrets,
        )
        state.set_connection(conn)
        shown = (
            page.to_me.isEnabled(),
            page.sandbox_box.isEnabled(),
            options.use_expiry.isVisibleTo(page),
            options.replace_box.isVisibleTo(page),
            options.evidence_url.isVisibleTo(page),
            options.note.isVisibleTo(page),
        )
        assert shown == expected, platform
        assert not options.replace_box.isChecked()  # never on by default
    assert page.to_learners.isChecked()  # an ID platform's rehearsal goes to the learners


def test_the_run_options_reach_the_run(qtbot, state):
    conn = state.connections.add(
        Connection(name="Credly", platform="credly", fields={"org_id": "org-1"}), "tok-123456", state.secrets
    )
    state.set_connection(conn)
    page = IssuePage(state)
    qtbot.addWidget(page)
    options = page.options
    options.use_expiry.setChecked(True)
    options.expiry_date.setDate(QDate(2031, 5, 31))
    options.replace_box.setChecked(True)
    got = options.run_options()
    assert (got.expires, got.replace_existing, got.note) == ("2031-05-31", True, "")
    options.use_date.setChecked(True)
    options.issue_date.setDate(QDate(2031, 6, 1))
    with pytest.raises(InputError, match="must come after the issue date"):
        options.run_options()
