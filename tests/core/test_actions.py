"""After-issue actions against the live simulators: revoke, delete, revoke a run, correct an email,
retry, claims.

Each action runs once per simulated platform that offers it (the cases of
tests/core/engine_platforms.py, chosen by the registry's capabilities), with the same assertions:
revoking on Navigatr, Credly and the Badge Award Service; deleting for good on Certifier, which
cannot revoke; correcting an email where the platform keys on email and can revoke
(``spec.can_correct_email``); claims where it tracks them. Retrying below-minimum-score rows uses
Navigatr's minimum-score badge and runs on Navigatr only; so does exporting (nothing is sent).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

import httpx
import pytest

from badgedesk.core import actions
from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.core.messages import InputError
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms import registry
from tests.core.engine_platforms import PLATFORMS, available

FAST = Settings(backoff_base=0.05, backoff_cap=0.5, confirm_delay=0.05, busy_wait=0.05)
WINDOW = 0.2  # the simulators admit 5 requests per WINDOW s; the clients are scaled alike
NAVIGATR = PLATFORMS["navigatr"]


@pytest.fixture(scope="module", params=available())
def case(request):
    return PLATFORMS[request.param]


def only(predicate):
    """Run a test on the platforms where ``predicate(case)`` holds."""
    keys = [k for k in available() if predicate(PLATFORMS[k])]
    return pytest.mark.parametrize("case", keys, indirect=True, scope="module")


revokes = only(lambda c: c.spec.capabilities.revoke == registry.REVOKE)
deletes_only = only(lambda c: c.spec.capabilities.revoke == registry.DELETE)
corrects_email = only(lambda c: c.spec.can_correct_email)
tracks_claims = only(lambda c: c.spec.capabilities.claim_tracking)


@pytest.fixture(scope="module")
def sim(case):
    with case.simulator(rate_limit=(5, WINDOW)) as server:
        yield server


@pytest.fixture
def client(case, sim):
    with case.client(sim, timeout=5, limiter=case.limiter(WINDOW)) as c:
        yield c


@pytest.fixture(scope="module")
def nav_sim():
    with NAVIGATR.simulator(rate_limit=(5, WINDOW)) as server:
        yield server


@pytest.fixture
def nav_client(nav_sim):
    with NAVIGATR.client(nav_sim, timeout=5, limiter=NAVIGATR.limiter(WINDOW)) as c:
        yield c


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def learners(tag, n, case=NAVIGATR, **extra):
    """Learners <tag>0…, keyed as ``case``'s platform keys recipients (email, or a peer mentor ID)."""
    return [
        LearnerRecord(
            row_number=i + 2,
            **{**case.record_fields(f"{tag}{i}"), "email": case.record_fields(f"{tag}{i}")["email"].lower()},
            first_name=f"First{i}",
            last_name=f"Last{i}",
            consent=True,
            consent_source="operator statement",
            status="pending",
            **extra,
        )
        for i in range(n)
    ]


def new_run(journal, sim, rows, badge=None, case=NAVIGATR, **info):
    return journal.create_run(
        RunInfo(
            platform=case.key,
            environment="custom:" + sim.base_url,
            base_url=sim.base_url,
            badge_id=badge or case.badge,
            consent_mode="operator_statement",
            **info,
        ),
        rows,
    )


def issued_run(journal, case, sim, client, tag, n=3):
    run_id = new_run(journal, sim, learners(tag, n, case), case=case)
    Engine(client, journal, run_id, settings=FAST).run()
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"issued": n}
    return run_id


def factory(journal, client):
    return lambda run_id: Engine(client, journal, run_id, settings=FAST)


def ledger_for(case, sim, *learners_):
    """The ledger entries of these test learners, named by address ("rv1-0@example.org")."""
    wanted = {case.key_of(case.handle_of(e)) for e in learners_}
    return [a for a in sim.ledger() if case.award_email(a) in wanted]


def states(case, awards):
    return [case.award_state(a) for a in awards]


def live(case, awards):
    """Whether each award is still held (not revoked or deleted)."""
    return [not case.is_revoked(a) for a in awards]


def by_row(journal, run_id):
    return {r["row_number"]: r for r in journal.rows(run_id)}


def revoke_requests(case, sim):
    return case.revoke_requests(sim)


# -- revoke ----------------------------------------------------------------------------------------


@revokes
def test_revoke_one_award_records_the_reason_and_the_attempt(case, sim, journal, client):
    run_id = issued_run(journal, case, sim, client, "rv1-")
    target = by_row(journal, run_id)[2]
    row = actions.revoke_row(journal, client, target["id"], "Wrong cohort")
    assert row["status"] == "revoked" and row["code"] == "revoked"
    assert row["params"] == {"reason": "Wrong cohort", "award_id": target["award_id"]}
    assert row["claim_status"] == "Revoked"
    (award,) = ledger_for(case, sim, "rv1-0@example.org")
    assert case.award_state(award) == "revoked" and case.revoke_reason(award) == "Wrong cohort"
    assert str(award["id"]) == target["award_id"]
    others = ledger_for(case, sim, "rv1-1@example.org", "rv1-2@example.org")
    assert live(case, others) == [True] * 2
    revokes = [a for a in journal.attempts(run_id) if a["kind"] == "revoke"]
    assert [(a["outcome"], a["award_id"]) for a in revokes] == [("revoked", target["award_id"])]
    assert by_row(journal, run_id)[2]["in_doubt"] == 0
    assert any(e["kind"] == "revoked" for e in journal.events(run_id))


@revokes
def test_revoke_refuses_rows_that_are_not_issued_and_needs_a_reason(case, sim, journal, client):
    before = revoke_requests(case, sim)
    run_id = new_run(journal, sim, learners("rv2-", 2, case), case=case)
    pending = by_row(journal, run_id)[2]
    with pytest.raises(InputError) as err:
        actions.revoke_row(journal, client, pending["id"], "because")
    assert err.value.code == "revoke_not_issued" and "\n" not in err.value.message
    journal.set_row(pending["id"], "issued", "issued", "Issued.", 200, award_id="50001")
    with pytest.raises(InputError) as err:
        actions.revoke_row(journal, client, pending["id"], "   ")
    assert err.value.code == "reason_missing"
    assert journal.attempts(run_id) == []  # nothing was sent
    assert revoke_requests(case, sim) == before


@revokes
def test_revoke_run_carries_on_past_a_failure_and_reports_it(case, sim, journal, client):
    run_id = issued_run(journal, case, sim, client, "rr-", n=4)
    rows = by_row(journal, run_id)
    journal.set_row(rows[3]["id"], "issued", "issued", "Issued.", 200, award_id="999999")  # unknown award
    events = []
    counts = actions.revoke_run(journal, client, run_id, "Wrong badge", on_progress=events.append)
    assert counts == {"total": 4, "revoked": 3, "failed": 1, "not_done": 0}
    assert [e["ok"] for e in events] == [True, False, True, True]
    assert events[1]["message"] and events[1]["row"]["status"] == "issued"
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"revoked": 3, "issued": 1}
    awards = ledger_for(case, sim, *(f"rr-{i}@example.org" for i in range(4)))
    held = [case.award_email(a) for a in awards if not case.is_revoked(a)]
    assert held == [case.key_of("rr-1")]  # the row whose award id was wrong
    failed = [a for a in journal.attempts(run_id) if a["kind"] == "revoke" and a["outcome"] != "revoked"]
    assert {a["outcome"] for a in failed} == {"revoke_failed", "check_failed"}
    assert "999999" in events[1]["message"]
    assert any(e["kind"] == "revoke_run_done" for e in journal.events(run_id))


@revokes
def test_revoke_run_stops_when_cancelled(case, sim, journal, client):
    run_id = issued_run(journal, case, sim, client, "rc-", n=2)
    before = revoke_requests(case, sim)
    client.cancel.set()
    try:
        counts = actions.revoke_run(journal, client, run_id, "Stop")
    finally:
        client.cancel.clear()
    assert counts == {"total": 2, "revoked": 0, "failed": 0, "not_done": 2}
    assert revoke_requests(case, sim) == before
    assert live(case, ledger_for(case, sim, "rc-0@example.org", "rc-1@example.org")) == [True] * 2


@revokes
def test_revoking_an_award_already_revoked_on_the_platform_counts_as_success(case, sim, journal, client):
    """Revoked on the website first (Credly then refuses a second revoke): the row still ends revoked."""
    run_id = issued_run(journal, case, sim, client, "rt-", n=2)
    target = by_row(journal, run_id)[2]
    client.revoke(target["award_id"], "revoked on the website")  # not through BadgeDesk
    row = actions.revoke_row(journal, client, target["id"], "Wrong cohort")
    assert row["status"] == "revoked" and row["claim_status"] == "Revoked"
    (award,) = ledger_for(case, sim, "rt-0@example.org")
    assert case.award_state(award) == "revoked"
    outcomes = [a["outcome"] for a in journal.attempts(run_id) if a["kind"] == "revoke"]
    assert outcomes[-1] in ("revoked", "revoke_confirmed") and "still_live" not in outcomes
    # The whole run, revoked again: the rest is revoked, the revoked row is not sent again.
    before = revoke_requests(case, sim)
    counts = actions.revoke_run(journal, client, run_id, "Wrong badge")
    assert counts == {"total": 1, "revoked": 1, "failed": 0, "not_done": 0}
    assert revoke_requests(case, sim) == before + 1
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"revoked": 2}
    assert actions.revoke_run(journal, client, run_id, "Again")["total"] == 0


class LoseRevokeAnswers(httpx.HTTPTransport):
    """Loses the connection on the next revoke (or delete) requests of ``case``'s platform: ``after``
    = after the platform did it (the answer is lost), else before the request leaves (nothing was done)."""

    def __init__(self, case, times: int = 1, after: bool = True) -> None:
        super().__init__()
        self.case, self.times, self.after, self.lost = case, times, after, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.case.is_revoke(request.method, request.url.path) and self.lost < self.times:
            self.lost += 1
            if self.after:
                response = super().handle_request(request)
                response.read()
                response.close()
            raise httpx.ReadError("connection dropped (test)", request=request)
        return super().handle_request(request)


@revokes
@pytest.mark.parametrize(
    "arrived, outcomes",
    [
        # the platform revoked it and the answer was lost: reading the award back settles it
        (True, ["revoke_failed", "revoke_confirmed"]),
        # the request never arrived: the award reads live, so the revoke is sent again
        (False, ["revoke_failed", "still_live", "revoked"]),
    ],
    ids=["answer_lost", "request_lost"],
)
def test_an_unclear_revoke_answer_is_settled_by_reading_the_award_back(
    case, sim, journal, client, arrived, outcomes
):
    tag = f"ru{int(arrived)}-"
    run_id = issued_run(journal, case, sim, client, tag, n=1)
    target = by_row(journal, run_id)[2]
    before = revoke_requests(case, sim)
    lossy = LoseRevokeAnswers(case, after=arrived)
    # The same token as `client`: share its limiter, so the two never exceed the window together.
    with case.client(sim, timeout=5, limiter=client.limiter, transport=lossy) as flaky:
        row = actions.revoke_row(journal, flaky, target["id"], "Wrong cohort")
    assert lossy.lost == 1
    assert row["status"] == "revoked" and row["params"]["award_id"] == target["award_id"]
    assert revoke_requests(case, sim) == before + 1, "the platform got exactly one revoke"
    (award,) = ledger_for(case, sim, f"{tag}0@example.org")
    assert case.award_state(award) == "revoked" and case.revoke_reason(award) == "Wrong cohort"
    if arrived and case.settles_revoke_itself:
        outcomes = ["revoked"]  # its client read the award back itself and found it revoked
    assert [a["outcome"] for a in journal.attempts(run_id) if a["kind"] == "revoke"] == outcomes
    assert by_row(journal, run_id)[2]["in_doubt"] == 0


# -- delete for good (a platform that cannot revoke) ------------------------------------------------


@deletes_only
def test_deleting_a_run_removes_every_award_for_good_and_marks_the_rows(case, sim, journal, client):
    run_id = issued_run(journal, case, sim, client, "dl-", n=3)
    before = revoke_requests(case, sim)
    events = []
    counts = actions.revoke_run(
        journal, client, run_id, "Wrong group", on_progress=events.append, delete=True
    )
    assert counts == {"total": 3, "revoked": 3, "failed": 0, "not_done": 0}
    assert revoke_requests(case, sim) == before + 3 and [e["ok"] for e in events] == [True] * 3
    awards = ledger_for(case, sim, *(f"dl-{i}@example.org" for i in range(3)))
    assert len(awards) == 3 and live(case, awards) == [False] * 3
    for row in journal.rows(run_id):
        assert (row["status"], row["code"]) == ("revoked", "deleted")
        assert row["message"] == "Deleted permanently: Wrong group" and row["claim_status"] == "Revoked"
    deletes = [a for a in journal.attempts(run_id) if a["kind"] == "delete"]
    assert [a["outcome"] for a in deletes] == ["deleted"] * 3
    # Nothing is left to delete: a second pass sends nothing.
    assert actions.revoke_run(journal, client, run_id, "Again", delete=True)["total"] == 0
    assert revoke_requests(case, sim) == before + 3


@deletes_only
@pytest.mark.parametrize("arrived", [True, False], ids=["answer_lost", "request_lost"])
def test_an_unclear_delete_answer_is_settled_by_reading_the_award_back(case, sim, journal, client, arrived):
    tag = f"du{int(arrived)}-"
    run_id = issued_run(journal, case, sim, client, tag, n=1)
    before = revoke_requests(case, sim)
    lossy = LoseRevokeAnswers(case, after=arrived)
    # The same token as `client`: share its limiter, so the two never exceed the window together.
    with case.client(sim, timeout=5, limiter=client.limiter, transport=lossy) as flaky:
        counts = actions.revoke_run(journal, flaky, run_id, "Wrong group", delete=True)
    assert lossy.lost == 1 and counts["revoked"] == 1
    assert revoke_requests(case, sim) == before + 1, "the platform got exactly one delete"
    (award,) = ledger_for(case, sim, f"{tag}0@example.org")
    assert case.is_revoked(award)
    outcomes = [a["outcome"] for a in journal.attempts(run_id) if a["kind"] == "delete"]
    # Answer lost: reading back finds it gone. Request lost: it is still there, so it is sent again.
    expected = (
        ["delete_failed", "delete_confirmed"] if arrived else ["delete_failed", "still_there", "deleted"]
    )
    assert outcomes == expected


def test_revoking_a_run_leaves_awards_it_did_not_make(case, sim, journal, client):
    """Rows already held before the run (found on the platform, or issued by another run) keep
    their awards: revoking or deleting "the whole run" covers only the awards this run made."""
    case.seed_award(sim, case.badge, "ah-1@example.org")  # held before this run
    run_id = new_run(journal, sim, learners("ah-", 2, case), case=case)
    Engine(client, journal, run_id, settings=replace(FAST, check_platform=True)).run()
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"issued": 1, "already_issued": 1}
    delete = case.spec.capabilities.revoke == registry.DELETE
    counts = actions.revoke_run(journal, client, run_id, "Wrong badge", delete=delete)
    assert counts["total"] == 1 and counts["revoked"] == 1
    (made,) = ledger_for(case, sim, "ah-0@example.org")
    held = [a for a in ledger_for(case, sim, "ah-1@example.org") if not case.is_revoked(a)]
    assert case.is_revoked(made) and len(held) == 1
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"revoked": 1, "already_issued": 1}


# -- correct an email --------------------------------------------------------------------------------


@corrects_email
def test_correcting_an_email_revokes_the_wrong_award_and_issues_the_right_one(case, sim, journal, client):
    assert case.spec.can_correct_email
    run_id = issued_run(journal, case, sim, client, "ce-", n=2)
    target = by_row(journal, run_id)[2]
    result = actions.correct_email(
        journal,
        client,
        target["id"],
        "  Right.Person@Example.org ",
        "Typo in email",
        factory(journal, client),
    )
    assert result["revoked"] and result["status"] == "issued" and result["run_state"] == "completed"
    assert result["old_award_id"] == target["award_id"] and result["new_award_id"] not in (
        None,
        target["award_id"],
    )
    (old,) = ledger_for(case, sim, "ce-0@example.org")
    (new,) = ledger_for(case, sim, "right.person@example.org")
    assert case.is_revoked(old) and not case.is_revoked(new)
    assert str(new["id"]) == result["new_award_id"]
    row = by_row(journal, run_id)[2]
    assert row["email"] == "Right.Person@Example.org" and row["recipient_key"] == "right.person@example.org"
    assert row["award_id"] == result["new_award_id"] and row["claim_status"] == "Pending"
    # Exactly one live award for this learner, and the other learner untouched.
    both = ledger_for(case, sim, "ce-0@example.org", "right.person@example.org")
    assert states(case, both).count("revoked") == 1 and len(both) == 2
    assert by_row(journal, run_id)[3]["status"] == "issued"
    kinds = [(a["kind"], a["outcome"]) for a in journal.attempts(run_id, target["id"])]
    assert ("correct", "revoked") in kinds and kinds.count(("issue", "issued")) == 2
    linked = [e for e in journal.events(run_id) if e["kind"] == "corrected_award"]
    assert len(linked) == 1
    assert target["award_id"] in linked[0]["detail"] and result["new_award_id"] in linked[0]["detail"]


@corrects_email
def test_correcting_a_failed_row_issues_without_revoking(case, sim, journal, client):
    run_id = issued_run(journal, case, sim, client, "cf-", n=1)
    row = by_row(journal, run_id)[2]
    journal.set_row(row["id"], "revoked", "revoked", "Revoked: test", 200)
    before = len(sim.ledger())
    result = actions.correct_email(
        journal, client, row["id"], "cf-fixed@example.org", "typo", factory(journal, client)
    )
    assert not result["revoked"] and result["status"] == "issued"
    assert len(sim.ledger()) == before + 1
    assert live(case, ledger_for(case, sim, "cf-0@example.org")) == [True]  # never revoked


@corrects_email
def test_correct_email_refusals(case, sim, journal, client):
    run_id = new_run(journal, sim, learners("cr-", 2, case), case=case)
    rows = by_row(journal, run_id)
    make = factory(journal, client)
    for email, code in (("not-an-email", "email_invalid"), ("cr-x@example.org", "run_unfinished")):
        with pytest.raises(InputError) as err:
            actions.correct_email(journal, client, rows[2]["id"], email, "typo", make)
        assert err.value.code == code and "\n" not in err.value.message
    journal.set_row(rows[3]["id"], "issued", "issued", "Issued.", 200, award_id="1")
    journal.set_row(rows[2]["id"], "issued", "issued", "Issued.", 200, award_id="2")
    with pytest.raises(InputError) as err:
        actions.correct_email(journal, client, rows[2]["id"], "CR-0@example.org", "typo", make)
    assert err.value.code == "email_unchanged"
    assert journal.attempts(run_id) == []


# -- retry -------------------------------------------------------------------------------------------


def test_retry_sets_failed_and_needs_review_back_to_pending_but_never_unknown(nav_sim, journal, nav_client):
    rows = [replace(r, score=10) for r in learners("rt-", 2)]
    rows.append(replace(learners("rt-ok-", 1)[0], row_number=4, score=90))
    run_id = new_run(journal, nav_sim, rows, badge=str(simmod.MIN_SCORE_BADGE_ID))
    Engine(nav_client, journal, run_id, settings=FAST).run()
    by = by_row(journal, run_id)
    assert [by[n]["status"] for n in (2, 3)] == ["needs_review"] * 2
    journal.set_row(by[3]["id"], "failed", "gave_up", "Gave up.", 503)
    journal.set_row(by[2]["id"], "unknown", "lookup_impossible", "Check first.")
    assert actions.retry_rows(journal, run_id) == 1
    assert actions.retry_rows(journal, run_id, ("unknown", "issued")) == 0
    after = by_row(journal, run_id)
    assert [after[n]["status"] for n in (2, 3)] == ["unknown", "pending"]
    assert Counter(r["status"] for r in after.values())["issued"] == 1
    assert any(e["kind"] == "retry" for e in journal.events(run_id))


# -- claims ------------------------------------------------------------------------------------------


@tracks_claims
def test_refresh_claims_reads_each_award_and_notices_revocations_on_the_platform(case, sim, journal, client):
    assert case.spec.capabilities.claim_tracking
    run_id = issued_run(journal, case, sim, client, "cl-", n=3)
    rows = by_row(journal, run_id)
    client.revoke(rows[4]["award_id"], "revoked on the website")  # not through BadgeDesk
    seen = []
    counts = actions.refresh_claims(journal, client, run_id, on_progress=seen.append)
    assert (
        counts["Pending"] == 2 and counts["Revoked"] == 1 and counts["error"] == 0 and counts["stopped"] == 0
    )
    assert len(seen) == 3 and all(e["ok"] for e in seen)
    after = by_row(journal, run_id)
    assert [after[n]["claim_status"] for n in (2, 3, 4)] == ["Pending", "Pending", "Revoked"]
    assert after[4]["status"] == "revoked" and after[4]["code"] == "revoked_on_platform"
    claims = [a for a in journal.attempts(run_id) if a["kind"] == "claim"]
    assert len(claims) == 3 and {a["outcome"] for a in claims} == {"checked"}
    assert all(r["in_doubt"] == 0 for r in after.values())


class _ClaimStates:
    """The live client, with award states the simulator cannot produce (claimed, bounced, complained)."""

    def __init__(self, client, states):
        self._client, self._states = client, states

    def __getattr__(self, name):
        return getattr(self._client, name)

    def award(self, award_id):
        award = self._client.award(award_id)
        return replace(award, status=self._states.get(award_id, award.status))


@tracks_claims
def test_refresh_claims_counts_claimed_bounced_and_complained(case, sim, journal, client):
    run_id = issued_run(journal, case, sim, client, "cs-", n=4)
    ids = [by_row(journal, run_id)[n]["award_id"] for n in (2, 3, 4)]
    platform = _ClaimStates(client, {ids[0]: "claimed", ids[1]: "Failed", ids[2]: "COMPLAINED"})
    counts = actions.refresh_claims(journal, platform, run_id)
    assert {k: v for k, v in counts.items() if v} == {
        "Claimed": 1,
        "Failed": 1,
        "Complained": 1,
        "Pending": 1,
    }
    assert [r["claim_status"] for r in journal.rows(run_id)] == ["Claimed", "Failed", "Complained", "Pending"]


@pytest.mark.skipif("credly" not in available(), reason="no Credly simulator in this tree")
def test_refresh_claims_reads_credly_earner_states_as_claim_states(journal):
    """Credly's earner accepts a badge (the state "accepted"): that is the claim the app tracks, so it
    must read as "Claimed", like Navigatr's, and count as claimed; a pending one is "Pending"."""
    case = PLATFORMS["credly"]
    with (
        case.simulator(rate_limit=(5, WINDOW)) as sim,
        case.client(sim, timeout=5, limiter=case.limiter(WINDOW)) as client,
    ):
        run_id = issued_run(journal, case, sim, client, "ea-", n=2)
        accepted = by_row(journal, run_id)[2]["award_id"]
        sim.set_badge_state(accepted, "accepted")  # the earner accepted it on Credly
        counts = actions.refresh_claims(journal, client, run_id)
    assert [r["claim_status"] for r in journal.rows(run_id)] == ["Claimed", "Pending"]
    assert counts["Claimed"] == 1 and counts["Pending"] == 1 and counts["error"] == 0


# -- export ------------------------------------------------------------------------------------------


def _workbook(path, names):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Learners"
    ws.append(["First name", "Last name", "Email"])
    for first, email in names:
        ws.append([first, "Smith", email])
        ws.cell(row=ws.max_row, column=1).data_type = "s"  # typed text, as Excel stores '=cmd
    wb.save(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_run_uses_the_source_when_it_exists_and_offers_a_free_name_when_locked(
    nav_sim, journal, tmp_path
):
    source = tmp_path / "cohort.xlsx"
    digest = _workbook(source, [("=cmd", "ex-0@example.org"), ("Bo", "ex-1@example.org")])
    run_id = new_run(
        journal, nav_sim, learners("ex-", 2), source_path=str(source), source_sha256=digest, sheet="Learners"
    )
    out = actions.export_run(journal, run_id, tmp_path / "results.xlsx")
    from openpyxl import load_workbook

    ws = load_workbook(out)["Learners"]
    assert [c.value for c in ws[1]][:4] == ["First name", "Last name", "Email", "Status"]
    assert ws["A2"].value == "=cmd" and ws["A2"].data_type == "s"
    (tmp_path / "~$results.xlsx").write_text("lock")
    with pytest.raises(InputError) as err:
        actions.export_run(journal, run_id, tmp_path / "results.xlsx")
    assert err.value.code == "export_locked" and err.value.params["suggestion"] == "results (2).xlsx"
    source.unlink()  # the learner list is gone: the journal's own columns
    (tmp_path / "~$results.csv").write_text("lock")
    with pytest.raises(InputError) as err:
        actions.export_run(journal, run_id, tmp_path / "results.csv")
    assert err.value.params["suggestion"] == "results (2).csv"
    out = actions.export_run(journal, run_id, tmp_path / err.value.params["suggestion"])
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Row,First name")
