"""The engine against each platform's live simulator, under every fault: never a duplicate, nothing lost.

Every test runs once per simulated platform (tests/core/engine_platforms.py). The simulators
and clients use a scaled-down window (5 requests per 0.4 s) so the suite stays quick; the
semantics are the same as Navigatr's 5 per 2 s, which the benchmark uses. Credly publishes no
limit: its client learns one (starting well under the simulator's hidden limit).
"""

from __future__ import annotations

import threading
import time
from collections import Counter

import pytest

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.core.ratelimit import LearnedLimiter, SlidingWindowLimiter
from tests.core.engine_platforms import PLATFORMS, WINDOW, available

FAST = Settings(backoff_base=0.05, backoff_cap=0.5, confirm_delay=0.05, busy_wait=0.05)
CASES = {}  # id(simulator) -> its platform case
ACTIVE = []  # the case of the test running now: learners() makes its recipients


@pytest.fixture(params=available())
def case(request):
    ACTIVE[:] = [PLATFORMS[request.param]]
    yield ACTIVE[0]
    ACTIVE.clear()


@pytest.fixture
def sim(case):
    with case.simulator() as server:
        CASES[id(server)] = case
        yield server
        CASES.pop(id(server), None)


def case_of(sim):
    return CASES[id(sim)]


def only(predicate):
    """Run a test on the platform cases where ``predicate(case)`` holds (instead of all of them)."""
    keys = [k for k in available() if predicate(PLATFORMS[k])]
    return pytest.mark.parametrize("case", keys, indirect=True)


# Scenarios that use the Navigatr simulator's special badges (a minimum score, a refusing provider).
navigatr_only = only(lambda c: c.key == "navigatr")


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def client_for(sim, token=None, timeout=1.0, **kw):
    return case_of(sim).client(sim, token=token, timeout=timeout, **kw)


def key(handle):
    """The recipient key of the test learner ``handle`` ("learner1") on the running test's platform."""
    return ACTIVE[0].key_of(handle)


def learners(n, start=0, **extra):
    """Consenting learners learner<start>… keyed as the running test's platform keys recipients
    (email, or a peer mentor ID; email outside the platform suites)."""
    case = ACTIVE[0] if ACTIVE else PLATFORMS["navigatr"]
    return [
        LearnerRecord(
            row_number=i + 2,
            **case.record_fields(f"learner{i}"),
            first_name=f"First{i}",
            last_name=f"Last{i}",
            consent=True,
            consent_source="operator statement (--all-consented)",
            status="pending",
            **extra,
        )
        for i in range(start, start + n)
    ]


def new_run(journal, sim, rows, badge=None):
    case = case_of(sim)
    info = RunInfo(
        platform=case.key,
        environment="custom:" + sim.base_url,
        base_url=sim.base_url,
        badge_id=str(badge or case.badge),
        consent_mode="operator_statement",
    )
    return journal.create_run(info, rows)


def run_engine(journal, run_id, client, settings=None, events=None, resume=False):
    engine = Engine(
        client,
        journal,
        run_id,
        settings=settings or FAST,
        on_event=(events.append if events is not None else None),
        resume=resume,
    )
    return engine.run()


def statuses(journal, run_id):
    return Counter(r["status"] for r in journal.rows(run_id))


def awards_per_recipient(sim):
    case = case_of(sim)
    return Counter(case.ledger_key(a)[1] for a in case.ledger(sim))


def test_a_clean_run_issues_everyone_once(sim, journal):
    run_id = new_run(journal, sim, learners(12))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client)
    assert result.state == "completed" and result.exit_code == 0
    assert statuses(journal, run_id) == {"issued": 12}
    assert set(awards_per_recipient(sim).values()) == {1} and len(awards_per_recipient(sim)) == 12
    rows = journal.rows(run_id)
    assert all(r["attempts"] == 1 and r["award_id"] for r in rows)
    assert all(r["in_doubt"] == 0 for r in rows)


@pytest.mark.parametrize(
    "fault",
    ["503", "drop_after_commit", "500_after_commit", "504_after_commit", "html_200", "stall"],
)
def test_each_fault_ends_issued_exactly_once(sim, journal, fault):
    sim.queue_faults(fault, fault)
    run_id = new_run(journal, sim, learners(4))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client)
    assert statuses(journal, run_id) == {"issued": 4}, journal.rows(run_id)
    assert result.exit_code == 0
    per = awards_per_recipient(sim)
    assert len(per) == 4 and set(per.values()) == {1}
    attempts = journal.attempts(run_id)
    if fault in ("drop_after_commit", "500_after_commit", "504_after_commit", "stall"):
        # The award was recorded before the bad answer: a lookup confirmed it, nothing re-sent.
        assert sum(a["kind"] == "lookup" and a["outcome"] == "found" for a in attempts) == 2
        assert sum(a["kind"] == "issue" for a in attempts) == 4
    else:
        # Nothing was recorded: the request was sent again.
        assert sum(a["kind"] == "issue" for a in attempts) == 6


def test_random_faults_never_duplicate_and_leave_nothing_unknown(sim, journal):
    sim.set(fault_rate=0.35, latency_ms=20, jitter_ms=20)
    run_id = new_run(journal, sim, learners(30))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client)
    assert statuses(journal, run_id) == {"issued": 30}
    assert result.exit_code == 0
    per = awards_per_recipient(sim)
    assert len(per) == 30 and max(per.values()) == 1
    assert sum(sim.stats()["faults"].values()) > 0


def test_lookup_impossible_marks_unknown_and_never_resends(sim, journal):
    sim.queue_faults("drop_after_commit")
    sim.set_lookup_fault("403", after_issue=case_of(sim).checks_first)
    run_id = new_run(journal, sim, learners(1))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client)
    row = journal.rows(run_id)[0]
    assert row["status"] == "unknown" and row["code"] == "lookup_impossible"
    assert "before re-issuing" in row["message"]
    # Where a 403 is always the token's, the run also stops for a new token (exit 3).
    assert result.exit_code == (3 if case_of(sim).forbidden_is_the_tokens else 1)
    assert [a["kind"] for a in journal.attempts(run_id)] == ["issue", "lookup"]
    assert len(sim.ledger()) == 1


def test_unknown_row_is_looked_up_again_on_resume_not_resent(sim, journal):
    sim.queue_faults("504_after_commit")
    sim.set_lookup_fault("500", after_issue=case_of(sim).checks_first)
    run_id = new_run(journal, sim, learners(1))
    with client_for(sim) as client:
        run_engine(journal, run_id, client)
        assert journal.rows(run_id)[0]["status"] == "unknown"
        sim.set_lookup_fault(None)
        result = run_engine(journal, run_id, client)
    assert journal.rows(run_id)[0]["status"] == "issued"
    assert result.exit_code == 0
    assert len(sim.ledger()) == 1


def test_crash_mid_request_is_resolved_by_lookup(sim, journal):
    rows = learners(3)
    run_id = new_run(journal, sim, rows)
    first = journal.rows(run_id)[0]
    with client_for(sim) as client:
        # As if the process died after sending row 1: the server has the award, we have no answer.
        journal.begin_attempt(run_id, first["id"], "issue")
        case_of(sim).seed_award(sim, case_of(sim).badge, first["recipient_key"])
        result = run_engine(journal, run_id, client)
    assert statuses(journal, run_id) == {"issued": 3}
    assert result.exit_code == 0
    assert len(sim.ledger()) == 3
    kinds = [a["kind"] for a in journal.attempts(run_id, first["id"])]
    assert kinds == ["issue", "lookup"]  # looked up, not re-sent


def test_rerun_shows_already_issued_unless_forced(sim, journal):
    with client_for(sim) as client:
        run_engine(journal, new_run(journal, sim, learners(3)), client)
        second = new_run(journal, sim, learners(4))
        result = run_engine(journal, second, client)
        assert statuses(journal, second) == {"already_issued": 3, "issued": 1}
        assert result.exit_code == 0
        assert len(sim.ledger()) == 4
        forced = new_run(journal, sim, learners(1, force=True))
        run_engine(journal, forced, client)
    if case_of(sim).refuses_duplicates or case_of(sim).checks_first:
        # Forcing cannot make the platform hold a badge twice: its refusal, or the look-up the client
        # makes before each award, is "already issued".
        assert statuses(journal, forced) == {"already_issued": 1}
        assert journal.rows(forced)[0]["code"] == "already_held"
        assert awards_per_recipient(sim)[key("learner0")] == 1
    else:
        assert statuses(journal, forced) == {"issued": 1}
        assert awards_per_recipient(sim)[key("learner0")] == 2


@navigatr_only
def test_min_score_rows_are_flagged_before_sending(case, sim, journal):
    simmod = case.module
    rows = learners(3)
    rows[0].score, rows[1].score, rows[2].score = 40, 70, None
    run_id = new_run(journal, sim, rows, badge=str(simmod.MIN_SCORE_BADGE_ID))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client)
    by_row = {r["row_number"]: r for r in journal.rows(run_id)}
    assert by_row[2]["status"] == "needs_review" and by_row[2]["code"] == "score_below_minimum"
    assert by_row[2]["attempts"] == 0
    assert by_row[3]["status"] == "issued" and by_row[4]["status"] == "issued"
    assert result.exit_code == 1
    assert len(sim.ledger()) == 2


UNISSUABLE = {  # each platform's badges that cannot be issued: (simulator constant, stop code)
    "navigatr": [
        ("BADGE_404_ID", "badge_not_found"),
        ("BADGE_422_ID", "badge_unpublished"),
        ("BADGE_400_ID", "badge_not_api_issuable"),
    ],
    "credly": [
        ("ARCHIVED_TEMPLATE_ID", "template_archived"),
        ("DRAFT_TEMPLATE_ID", "template_draft"),
        ("00000000-0000-4000-8000-000000000404", "badge_not_found"),  # no such template
    ],
    "certifier": [("UNKNOWN_GROUP_ID", "badge_not_found")],
    "award-service": [("UNKNOWN_DEFINITION_ID", "badge_not_found")],
}


def test_a_badge_that_cannot_be_issued_stops_before_any_send(case, sim, journal):
    for attr, code in UNISSUABLE[case.key]:
        badge = getattr(case.module, attr) if attr.isupper() else attr  # a constant, or an ID as such
        run_id = new_run(journal, sim, learners(5), badge=str(badge))
        with client_for(sim) as client:
            result = run_engine(journal, run_id, client)
        assert (result.state, result.stop_code) == ("stopped", code), attr
        assert statuses(journal, run_id) == {"pending": 5}, attr
        assert sim.stats()["issue_requests"] == 0, attr


@navigatr_only
def test_provider_refusal_at_issue_time_stops_before_the_next_send(case, sim, journal):
    run_id = new_run(journal, sim, learners(6), badge=str(case.module.BADGE_403_ID))
    with client_for(sim) as client:
        result = run_engine(journal, run_id, client, settings=Settings(workers=1, confirm_delay=0.05))
    assert result.state == "stopped" and result.stop_code == "provider_forbidden"
    # Not the learners' fault: every row stays pending, to be resumed once the badge is fixed.
    assert statuses(journal, run_id) == {"pending": 6}
    assert journal.rows(run_id)[0]["code"] == "provider_forbidden"
    assert sim.stats()["issue_requests"] == 1


def test_revoked_token_stops_the_run_resumably(sim, journal):
    run_id = new_run(journal, sim, learners(8))
    events = []
    with client_for(sim) as client:

        def revoke_soon():
            while len(sim.ledger()) < 3:
                time.sleep(0.01)
            case_of(sim).revoke_token(sim)

        threading.Thread(target=revoke_soon, daemon=True).start()
        result = run_engine(journal, run_id, client, events=events)
    assert result.state == "stopped" and result.stop_code == "token_rejected" and result.exit_code == 3
    counts = statuses(journal, run_id)
    assert counts["pending"] >= 1 and set(counts) <= {"issued", "pending"}
    assert any(e["type"] == "state" and e["state"] == "stopped" for e in events)


def test_network_loss_waits_then_carries_on(sim, journal):
    sim.set(latency_ms=30)
    run_id = new_run(journal, sim, learners(20))
    events: list[dict] = []
    with client_for(sim) as client:

        def outage():
            while len(sim.ledger()) < 5:
                time.sleep(0.01)
            sim.go_offline()
            time.sleep(1.5)
            sim.go_online()

        t = threading.Thread(target=outage, daemon=True)
        t.start()
        result = run_engine(journal, run_id, client, events=events)
        t.join()
    assert statuses(journal, run_id) == {"issued": 20}
    assert result.exit_code == 0
    states = [e["state"] for e in events if e["type"] == "state"]
    assert "waiting_for_network" in states
    assert states.index("waiting_for_network") < len(states) - 1 - states[::-1].index("running")
    per = awards_per_recipient(sim)
    assert len(per) == 20 and max(per.values()) == 1


def test_pause_holds_sends_and_resume_finishes(sim, journal):
    sim.set(latency_ms=20)
    run_id = new_run(journal, sim, learners(10))
    with client_for(sim) as client:
        engine = Engine(client, journal, run_id, settings=FAST)
        engine.pause()
        result_box = []
        t = threading.Thread(target=lambda: result_box.append(engine.run()))
        t.start()
        time.sleep(0.6)
        assert sim.stats()["issue_requests"] == 0
        engine.resume()
        t.join(30)
    assert result_box[0].state == "completed"
    assert statuses(journal, run_id) == {"issued": 10}


def test_cancel_then_resume_never_duplicates(sim, journal):
    sim.set(latency_ms=80)
    run_id = new_run(journal, sim, learners(15))
    with client_for(sim) as client:
        engine = Engine(client, journal, run_id, settings=FAST)
        threading.Thread(target=lambda: (time.sleep(0.5), engine.cancel()), daemon=True).start()
        first = engine.run()
        assert first.state == "cancelled"
        counts = statuses(journal, run_id)
        assert counts["cancelled"] >= 1 and counts.get("pending", 0) == 0
        second = run_engine(journal, run_id, client)
    assert second.state == "completed"
    assert statuses(journal, run_id) == {"issued": 15}
    per = awards_per_recipient(sim)
    assert len(per) == 15 and max(per.values()) == 1


def test_requests_respect_the_window_with_zero_429s(sim, journal):
    sim.set(latency_ms=150, jitter_ms=100)
    run_id = new_run(journal, sim, learners(25))
    with client_for(sim) as client:
        run_engine(journal, run_id, client)
    log = sim.request_log()
    times = sorted(t for t, _method, path, status in log if path.startswith(case_of(sim).api_prefix))
    assert sim.stats()["count_429"] == 0
    for i in range(len(times) - 5):
        assert times[i + 5] - times[i] >= WINDOW


@pytest.mark.parametrize("learned", [False, True], ids=["fixed", "learned"])
def test_rate_limited_answers_are_waited_out(case, journal, learned):
    # The server's window is wider than the client believes: 429s happen and are honoured. A learned
    # limiter (for platforms that publish no number) starts too fast here and must slow down.
    with case.simulator(rate_limit=(5, 1.0)) as server:
        CASES[id(server)] = case
        run_id = new_run(journal, server, learners(12))
        limiter = (
            LearnedLimiter(start_interval=0.02, max_interval=2.0)
            if learned
            else SlidingWindowLimiter(5, 0.2, 0.0)
        )
        with client_for(server, timeout=2, limiter=limiter) as client:
            result = run_engine(journal, run_id, client)
        assert server.stats()["count_429"] > 0
        assert statuses(journal, run_id) == {"issued": 12}
        assert result.exit_code == 0
        assert len(server.ledger()) == 12
        assert sum(a["kind"] == "issue" and a["outcome"] == "issued" for a in journal.attempts(run_id)) == 12
        if learned:
            assert limiter.throttled > 0 and limiter.interval > 0.02


@navigatr_only
def test_outcomes_carry_codes_and_params_for_translation(case, sim, journal):
    simmod = case.module
    rows = learners(2)
    rows[0].score = 10
    run_id = new_run(journal, sim, rows, badge=str(simmod.MIN_SCORE_BADGE_ID))
    with client_for(sim) as client:
        run_engine(journal, run_id, client)
    low, ok = journal.rows(run_id)
    assert low["code"] == "score_below_minimum"
    assert low["params"] == {"row": 2, "score": 10, "min_score": simmod.MIN_SCORE}
    assert ok["code"] == "issued" and ok["params"]["http_status"] == 200


def test_check_existing_skips_learners_the_platform_already_lists(case, sim, journal):
    with client_for(sim) as client:
        case.seed_award(sim, case.badge, key("learner1"), "Elsewhere", "Issued")
        run_id = new_run(journal, sim, learners(3))
        result = run_engine(
            journal, run_id, client, settings=Settings(check_platform=True, confirm_delay=0.05)
        )
    by_key = {r["recipient_key"]: r for r in journal.rows(run_id)}
    assert by_key[key("learner1")]["status"] == "already_issued"
    assert by_key[key("learner1")]["code"] == "already_on_platform"
    assert by_key[key("learner0")]["status"] == "issued"
    assert result.exit_code == 0
    assert awards_per_recipient(sim)[key("learner1")] == 1


def test_check_existing_that_cannot_check_sends_nothing(sim, journal):
    sim.set_lookup_fault("403")
    run_id = new_run(journal, sim, learners(2))
    with client_for(sim) as client:
        result = run_engine(
            journal, run_id, client, settings=Settings(check_platform=True, confirm_delay=0.05)
        )
    assert sim.stats()["issue_requests"] == 0
    if case_of(sim).forbidden_is_the_tokens:
        # A 403 there is always the token's: the run stops for a new token, every row pending.
        assert (result.state, result.exit_code) == ("stopped", 3)
        assert statuses(journal, run_id) == {"pending": 2}
    else:
        assert {(r["status"], r["code"]) for r in journal.rows(run_id)} == {("failed", "precheck_failed")}


def test_stop_catches_requests_already_waiting_for_a_slot(sim, journal):
    # 12 learners, 6 workers: when the token is revoked most workers are queued on the limiter.
    sim.set(latency_ms=100)
    run_id = new_run(journal, sim, learners(12))
    with client_for(sim) as client:

        def revoke_soon():
            while len(sim.ledger()) < 2:
                time.sleep(0.005)
            sim.revoke_token()

        threading.Thread(target=revoke_soon, daemon=True).start()
        run_engine(journal, run_id, client)
    # The first 401 may answer an award or the look-up a platform makes before each award.
    first_401 = min(t for t, _method, _path, status in sim.request_log() if status == 401)
    # Whatever was already on the wire may still arrive; nothing is sent after the answer came back.
    answered = first_401 + 0.1 + 0.05
    assert [s for t, s in sim.issue_log() if t > answered] == []


def test_pause_holds_requests_already_waiting_for_a_slot(sim, journal):
    run_id = new_run(journal, sim, learners(20))
    with client_for(sim) as client:
        engine = Engine(client, journal, run_id, settings=FAST)
        t = threading.Thread(target=engine.run)
        t.start()
        while sim.stats()["issue_requests"] < 6:
            time.sleep(0.005)
        engine.pause()
        time.sleep(0.2)  # let anything already on the wire land
        held = sim.stats()["issue_requests"]
        time.sleep(WINDOW * 3)
        assert sim.stats()["issue_requests"] == held
        engine.resume()
        t.join(30)
    assert statuses(journal, run_id) == {"issued": 20}


def test_a_new_run_looks_up_what_an_earlier_run_left_unknown(sim, journal):
    sim.queue_faults("500_after_commit")
    sim.set_lookup_fault("403", after_issue=case_of(sim).checks_first)
    with client_for(sim) as client:
        first = new_run(journal, sim, learners(1))
        run_engine(journal, first, client)
        assert statuses(journal, first) == {"unknown": 1}
        sim.set_lookup_fault(None)
        second = new_run(journal, sim, learners(1))
        run_engine(journal, second, client)
    row = journal.rows(second)[0]
    assert row["status"] == "already_issued" and row["params"]["run_id"] == first
    assert len(sim.ledger()) == 1


def test_two_runs_of_one_cohort_at_once_never_double_issue(sim, journal, tmp_path):
    sim.set(latency_ms=60, jitter_ms=40)
    other = Journal(journal.path)  # a second window or process on the same journal file
    a, b = new_run(journal, sim, learners(12)), new_run(other, sim, learners(12))
    results = {}
    with client_for(sim) as c1, client_for(sim) as c2:
        threads = [
            threading.Thread(target=lambda: results.setdefault("a", run_engine(journal, a, c1))),
            threading.Thread(target=lambda: results.setdefault("b", run_engine(other, b, c2))),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    other.close()
    per = awards_per_recipient(sim)
    assert len(per) == 12 and max(per.values()) == 1
    combined = statuses(journal, a) + statuses(journal, b)
    assert combined == {"issued": 12, "already_issued": 12}


def test_a_run_has_one_driver_at_a_time(sim, journal):
    from badgedesk.core.messages import InputError

    sim.set(latency_ms=200)
    run_id = new_run(journal, sim, learners(6))
    with client_for(sim) as c1, client_for(sim) as c2:
        first = Engine(c1, journal, run_id, settings=FAST)
        t = threading.Thread(target=first.run)
        t.start()
        while sim.stats()["issue_requests"] == 0:
            time.sleep(0.005)
        with pytest.raises(InputError) as err:
            Engine(c2, journal, run_id, settings=FAST).run()
        assert err.value.code == "run_busy"
        t.join(30)
    assert statuses(journal, run_id) == {"issued": 6}


def test_slow_connections_do_not_push_the_server_over_its_limit(case, journal):
    import httpx

    class SlowFirstConnects(httpx.HTTPTransport):
        count = 0

        def handle_request(self, request):
            SlowFirstConnects.count += 1
            if SlowFirstConnects.count <= 5:
                time.sleep(0.3)  # e.g. five fresh TLS handshakes
            return super().handle_request(request)

    with case.simulator(rate_limit=(5, 1.0)) as server:
        CASES[id(server)] = case
        run_id = new_run(journal, server, learners(8))
        client = case.spec.open(
            case.token,
            base_url=server.base_url,
            timeout=5,
            fields=dict(case.spec.simulator.fields),
            limiter=SlidingWindowLimiter(5, 1.0, 0.02),
            transport=SlowFirstConnects(),
        )
        with client:
            run_engine(journal, run_id, client)
        assert server.stats()["count_429"] == 0
        assert statuses(journal, run_id) == {"issued": 8}


def test_a_journal_from_schema_1_is_migrated(tmp_path):
    import sqlite3

    from badgedesk.core import journal as jm

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(jm._SCHEMA.replace("    params TEXT,\n", ""))
    db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    db.commit()
    db.close()
    j = Journal(path)
    run_id = j.create_run(RunInfo("navigatr", "production", "u", "1", "column"), learners(1))
    assert j.rows(run_id)[0]["params"] == {}
    assert j._one("SELECT value FROM meta WHERE key = 'schema_version'")["value"] == str(jm.SCHEMA_VERSION)
    j.close()
