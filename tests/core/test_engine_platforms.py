"""Engine rules that 0.1.0 got wrong or never met, run once per simulated platform.

- A journal restored from a copy taken before the run began says "ready": resuming it must
  still ask the platform about every row, so no learner gets a second award.
- A platform's "this recipient already holds this badge" is ``already_issued``, never ``failed``.
- Look-ups that lag (an award recorded but not yet listed) and answers with redacted emails
  must not lead to a second award after an unclear answer.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import httpx
import pytest

from badgedesk.core.engine import Settings
from badgedesk.core.journal import Journal
from tests.core.test_engine import (  # noqa: F401 - fixtures
    CASES,
    FAST,
    awards_per_recipient,
    case,
    case_of,
    client_for,
    journal,
    key,
    learners,
    navigatr_only,
    new_run,
    only,
    run_engine,
    sim,
    statuses,
)


def _copy_journal(journal: Journal, target) -> None:
    """A consistent copy of the journal file as it is now (as a backup tool would take it)."""
    source = sqlite3.connect(journal.path)
    dest = sqlite3.connect(target)
    with dest:
        source.backup(dest)
    source.close()
    dest.close()


def test_a_journal_restored_from_before_the_run_began_issues_no_one_twice(sim, journal, tmp_path):
    run_id = new_run(journal, sim, learners(6))
    _copy_journal(journal, tmp_path / "backup.sqlite3")  # taken while the run was still "ready"
    with client_for(sim) as client:
        assert run_engine(journal, run_id, client).state == "completed"
    assert len(awards_per_recipient(sim)) == 6
    journal.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"journal.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "backup.sqlite3", tmp_path / "journal.sqlite3")
    restored = Journal(tmp_path / "journal.sqlite3")
    try:
        assert restored.run(run_id)["state"] == "ready"
        assert statuses(restored, run_id) == {"pending": 6}
        with client_for(sim) as client:
            result = run_engine(restored, run_id, client, resume=True)
        assert result.state == "completed" and result.exit_code == 0
        per = awards_per_recipient(sim)
        assert len(per) == 6 and max(per.values()) == 1, "a restored journal led to a second award"
        rows = restored.rows(run_id)
        assert all(r["status"] == "already_issued" and r["code"] == "already_on_platform" for r in rows)
        assert all(r["award_id"] for r in rows)
    finally:
        restored.close()


def test_a_fresh_run_of_the_same_ready_state_does_not_look_up_first(sim, journal):
    """The look-ups belong to resuming; a run started for the first time sends straight away."""
    run_id = new_run(journal, sim, learners(3))
    with client_for(sim) as client:
        run_engine(journal, run_id, client)
    kinds = [a["kind"] for a in journal.attempts(run_id)]
    assert kinds.count("precheck") == 0 and kinds.count("issue") == 3


@only(lambda c: c.refuses_duplicates)
def test_the_platform_refusing_a_second_award_is_already_issued(case, sim, journal):
    case.seed_award(sim, case.badge, key("learner1"))
    run_id = new_run(journal, sim, learners(3))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client)
    by_key = {r["recipient_key"]: r for r in journal.rows(run_id)}
    held = by_key[key("learner1")]
    assert held["status"] == "already_issued" and held["code"] == "already_held", held
    assert result.exit_code == 0
    assert awards_per_recipient(sim)[key("learner1")] == 1
    assert statuses(journal, run_id) == {"issued": 2, "already_issued": 1}


@pytest.mark.parametrize("fault", ["drop_after_commit", "504_after_commit"])
def test_a_lagging_look_up_is_checked_again_before_any_resend(sim, journal, fault):
    """The award exists but is listed only after a moment: wait, look again, never send twice."""
    sim.set(lookup_lag_s=0.15)
    sim.queue_faults(fault)
    run_id = new_run(journal, sim, learners(2))
    settings = Settings(backoff_base=0.05, backoff_cap=0.5, confirm_delay=0.12, busy_wait=0.05)
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client, settings=settings)
    per = awards_per_recipient(sim)
    assert len(per) == 2 and max(per.values()) == 1, journal.attempts(run_id)
    assert statuses(journal, run_id) == {"issued": 2} and result.exit_code == 0
    # Two look-ups confirm_delay apart span more than the lag, so the award is found, whatever the load:
    # the learner hit by the fault is confirmed by a look-up and its request is never sent again.
    attempts = journal.attempts(run_id)
    assert sum(a["kind"] == "issue" for a in attempts) == 2
    assert [a["outcome"] for a in attempts if a["kind"] == "lookup"][-1] == "found"


def test_redacted_emails_in_look_ups_still_count_as_the_award(sim, journal):
    sim.set(redact_emails=True)
    sim.queue_faults("drop_after_commit")
    run_id = new_run(journal, sim, learners(1))
    with client_for(sim) as client:
        run_engine(journal, run_id, client)
    row = journal.rows(run_id)[0]
    assert row["status"] == "issued" and row["code"] == "issued_confirmed"
    assert len(case_of(sim).ledger(sim)) == 1


@only(lambda c: c.checks_first)
@pytest.mark.parametrize("fault", ["500", "drop"])
def test_a_look_up_before_an_award_that_fails_sends_nothing_until_it_works(case, sim, journal, fault):
    """Platforms with no duplicate rule are asked before each award; while they cannot answer,
    nothing is sent (an award sent blind could be a second one), and the run carries on after."""
    case.seed_award(sim, case.badge, key("learner1"))
    sim.set_lookup_fault(fault)
    run_id = new_run(journal, sim, learners(3))

    sent_while_failing = []

    def heal():
        while sum(s >= 500 or s == 0 for _t, _m, _p, s in sim.request_log()) < 2:
            time.sleep(0.01)
        sent_while_failing.append(sim.stats()["issue_requests"])
        sim.set_lookup_fault(None)

    healer = threading.Thread(target=heal, daemon=True)
    healer.start()
    settings = Settings(
        backoff_base=0.05, backoff_cap=0.3, confirm_delay=0.05, busy_wait=0.05, lookup_tries=50
    )
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client, settings=settings)
    healer.join(5)
    assert sent_while_failing == [1]  # two failed look-ups, and still only the seeded award
    per = awards_per_recipient(sim)
    assert len(per) == 3 and max(per.values()) == 1, journal.attempts(run_id)
    assert statuses(journal, run_id) == {"issued": 2, "already_issued": 1}, journal.rows(run_id)
    assert result.exit_code == 0


class BadgeBodyOnIssue(httpx.HTTPTransport):
    """Answers Navigatr's issue call with the badge object itself, as the seed describes a 200."""

    def __init__(self, badge: dict) -> None:
        super().__init__()
        self.badge = badge

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "PUT" and request.url.path.endswith("/issue") and response.status_code == 200:
            response.read()
            return httpx.Response(200, json=self.badge, headers={"Content-Type": "application/json"})
        return response


@navigatr_only  # the "issued badge object" answer is Navigatr's
def test_a_200_naming_the_badge_is_issued_and_its_award_looked_up(case, sim, journal):
    with client_for(sim) as probe:
        badge = probe.badge(case.badge).raw
    run_id = new_run(journal, sim, learners(2))
    client = client_for(sim, transport=BadgeBodyOnIssue(badge))
    with client:
        result = run_engine(journal, run_id, client)
    assert result.exit_code == 0
    ledger = {case.ledger_key(a)[1]: str(a["id"]) for a in case.ledger(sim)}
    for row in journal.rows(run_id):
        assert row["status"] == "issued"
        assert row["award_id"] != str(badge["id"]), "the badge's ID was recorded as the award's"
        assert row["award_id"] == ledger[row["recipient_key"]]
    assert len(ledger) == 2


@pytest.mark.parametrize(
    ("state", "code", "auth", "counts", "expected"),
    [
        ("stopped", "token_rejected", False, {"pending": 2}, 3),  # 0.1.0's refused token
        ("stopped", "token_forbidden", True, {"pending": 2}, 3),  # the token may not do this
        ("stopped", "payment_required", False, {"pending": 2}, 1),  # the plan: not the token
        ("stopped", "badge_not_found", False, {"pending": 2}, 1),
        ("interrupted", None, False, {"pending": 2}, 130),
        ("completed", None, False, {"issued": 2, "already_issued": 1}, 0),
        ("completed", None, False, {"issued": 1, "unknown": 1}, 1),
    ],
)
def test_exit_codes_say_whose_problem_a_stop_is(state, code, auth, counts, expected):
    from badgedesk.core.engine import exit_code_for

    assert exit_code_for(state, code, counts, auth) == expected
