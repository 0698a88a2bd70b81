"""The Credly client against the Credly simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import base, registry
from badgedesk.platforms.base import IssueRequest, PlatformError, Recipient
from badgedesk.platforms.credly import CredlyClient, badge_issuable

simmod = pytest.importorskip("badgedesk.platforms.credly_sim")

EMAIL = "grace.hopper@example.org"


@pytest.fixture
def sim():
    with simmod.CredlySimulator(rate_limit=None, seed=1234) as server:
        yield server


def open_client(sim, token=None, **fields) -> CredlyClient:
    return CredlyClient(
        token or simmod.DEMO_TOKEN,
        base_url=sim.base_url,
        timeout=5,
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
        fields={"org_id": simmod.DEMO_ORG_ID, **fields},
    )


@pytest.fixture
def client(sim):
    with open_client(sim) as c:
        yield c


def issue(client, template=None, email=EMAIL, **over) -> base.Answer:
    recipient = Recipient(email.lower(), email, "Grace", "Hopper")
    return client.issue(IssueRequest(template or simmod.ACTIVE_TEMPLATE_ID, recipient, **over))


def test_the_registry_connects_to_the_simulator_with_its_demo_settings(sim):
    spec = registry.CREDLY
    client = spec.open(
        spec.simulator.token,
        base_url=sim.base_url,
        fields=dict(spec.simulator.fields),
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
    )
    with client:
        account = client.account()
        assert account.detail == simmod.DEMO_ORG_ID and account.name
        assert [p.id for p in client.providers()] == [simmod.DEMO_ORG_ID]


def test_the_tokens_expiry_is_read_from_credly(sim, client):
    moment = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.timezone.utc)
    sim.set(token_expires_at=moment.isoformat())
    local_day = moment.astimezone().date().isoformat()  # the day it stops working here
    assert client.token_expiry() == local_day
    assert client.account().token_expires == local_day


def test_a_token_that_may_not_read_the_token_list_falls_back_to_the_entered_date(sim):
    with open_client(sim, simmod.LIMITED_TOKEN, token_expires="2026-12-24") as limited:
        assert limited.account().token_expires == "2026-12-24"


def test_the_library_reads_every_page_and_knows_each_templates_state(sim, client):
    badges = {b.id: b for b in client.badges(simmod.DEMO_ORG_ID)}
    assert len(badges) == simmod.TEMPLATE_COUNT
    for template in (
        simmod.ACTIVE_TEMPLATE_ID,
        simmod.SANDBOX_TEMPLATE_ID,
        simmod.DUPLICATES_ALLOWED_TEMPLATE_ID,
    ):
        assert badge_issuable(badges[template])[0]
    for template in (simmod.ARCHIVED_TEMPLATE_ID, simmod.DRAFT_TEMPLATE_ID):
        assert not badge_issuable(badges[template])[0]
    pages = [r for r in sim.request_log() if r[1] == "GET" and r[2].endswith("/badge_templates")]
    assert len(pages) >= 2, "the simulator should hold more than one page of templates"


def test_keyword_search_and_one_template(client):
    active = client.badge(simmod.ACTIVE_TEMPLATE_ID)
    word = active.name.split()[0]
    found = client.badges(None, keyword=word)
    assert active.id in {b.id for b in found}
    assert all(word.lower() in (b.name + " " + b.description).lower() for b in found)
    assert client.badge(simmod.ARCHIVED_TEMPLATE_ID).status == "archived"


def test_an_unknown_template_is_a_badge_rejection(client):
    with pytest.raises(PlatformError) as err:
        client.badge("00000000-0000-4000-8000-000000000000")
    assert (err.value.kind, err.value.code) == (base.REJECTED, "badge_not_found")


def test_issue_find_refuse_a_second_replace_and_revoke(sim, client):
    first = issue(client)
    assert first.kind == base.ISSUED and first.award.badge_id == simmod.ACTIVE_TEMPLATE_ID
    assert [a.id for a in client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL)] == [first.award.id]

    again = issue(client)
    assert (again.kind, again.code) == (base.ALREADY_HELD, "already_held")
    assert len(sim.ledger()) == 1

    replaced = issue(client, replace_existing=True)
    assert replaced.kind == base.ISSUED and replaced.award.replaces_id == first.award.id
    assert [a.id for a in client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL)] == [replaced.award.id]

    revoked = client.revoke(replaced.award.id, "Issued to the wrong cohort")
    assert revoked.status == "revoked"
    assert client.revoke(replaced.award.id, "again").status == "revoked"
    assert client.award(replaced.award.id).status == "revoked"
    assert client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL) == []


def test_a_template_that_allows_duplicates_issues_twice(client):
    assert issue(client, simmod.DUPLICATES_ALLOWED_TEMPLATE_ID).kind == base.ISSUED
    assert issue(client, simmod.DUPLICATES_ALLOWED_TEMPLATE_ID).kind == base.ISSUED
    assert len(client.find_awards(simmod.DUPLICATES_ALLOWED_TEMPLATE_ID, EMAIL)) == 2


@pytest.mark.parametrize("template", ["ARCHIVED_TEMPLATE_ID", "DRAFT_TEMPLATE_ID"])
def test_a_template_that_is_not_active_stops_the_badge(sim, client, template):
    answer = issue(client, getattr(simmod, template))
    assert (answer.kind, answer.scope) == (base.REJECTED, base.SCOPE_BADGE)
    assert sim.ledger() == []


def test_the_payload_reaches_credly_as_documented(sim, client):
    answer = client.issue(
        IssueRequest(
            simmod.ACTIVE_TEMPLATE_ID,
            Recipient(EMAIL, EMAIL, "Grace", "Hopper", external_id="PM-7"),
            issue_date="2026-11-25",
            expires="2027-01-31",
            evidence_text="Completed the course",
            evidence_url="https://example.org/work/1",
            extra={"locale": "fr", "suppress_badge_notification_email": "true"},
        )
    )
    assert answer.kind == base.ISSUED
    (record,) = sim.ledger()
    assert record["recipient_email"] == EMAIL and record["issuer_earner_id"] == "PM-7"
    assert record["issued_at_date"] == "2026-11-25"  # the calendar day sent, whatever the local offset
    assert record["expires_at_date"] == "2027-01-31"
    assert record["locale"] == "fr" and record["suppress_badge_notification_email"] is True
    assert [(e["type"], e.get("value"), e.get("description")) for e in record["evidence"]] == [
        ("UrlEvidence", "https://example.org/work/1", "Completed the course")
    ]


def test_redacted_emails_in_lookups_still_find_the_award(sim, client):
    award = issue(client).award
    sim.set(redact_emails=True)
    found = client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL)
    assert [a.id for a in found] == [award.id] and found[0].recipient_key == EMAIL


def test_an_award_not_yet_listed_is_not_found(sim, client):
    sim.set(lookup_lag_s=3600)
    assert issue(client).kind == base.ISSUED
    assert client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL) == []


@pytest.mark.parametrize(
    ("fault", "kind", "recorded"),
    [
        ("503", base.UNAVAILABLE, 0),
        ("html_200", base.AMBIGUOUS, 0),
        ("drop_after_commit", base.AMBIGUOUS, 1),
        ("500_after_commit", base.AMBIGUOUS, 1),
        ("504_after_commit", base.AMBIGUOUS, 1),
    ],
)
def test_faults_say_whether_the_badge_may_have_been_issued(sim, client, fault, kind, recorded):
    sim.queue_faults(fault)
    answer = issue(client)
    assert answer.kind == kind and "\n" not in answer.message
    assert len(sim.ledger()) == recorded
    if recorded:
        assert len(client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL)) == 1


def test_a_stalled_answer_is_ambiguous(sim):
    sim.set(stall_seconds=3)
    sim.queue_faults("stall")
    with CredlyClient(
        simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=1, fields={"org_id": simmod.DEMO_ORG_ID}
    ) as quick:
        answer = issue(quick)
    assert (answer.kind, answer.code) == (base.AMBIGUOUS, "timeout")


def test_rate_limited_issues_are_answered_and_reads_retried(sim, client):
    sim.set(rate_limit=(1, 0.2))
    answers = [issue(client, email=f"learner{n}@example.org") for n in range(2)]
    assert answers[0].kind == base.ISSUED
    assert answers[1].kind == base.RATE_LIMITED and answers[1].retry_after >= 1  # never re-sent by the client
    assert (
        client.badge(simmod.ACTIVE_TEMPLATE_ID).id == simmod.ACTIVE_TEMPLATE_ID
    )  # the read waits out its 429
    assert sim.stats()["count_429"] >= 1 and len(sim.ledger()) == 1


def test_a_revoked_token_stops_the_run(sim, client):
    sim.revoke_token()
    answer = issue(client)
    assert (answer.kind, answer.code, answer.scope) == (base.AUTH, "token_rejected", base.SCOPE_RUN)
    with pytest.raises(PlatformError) as err:
        client.account()
    assert err.value.kind == base.AUTH


def test_another_organisations_token_is_refused_for_this_organisation(sim):
    with open_client(sim, simmod.OTHER_ORG_TOKEN) as other:
        answer = issue(other)
    assert (answer.kind, answer.scope) == (base.REJECTED, base.SCOPE_BADGE)
    assert sim.ledger() == []


def test_the_wire_is_http_basic(sim):
    # Not the client at all: a hand-made request proves the simulator checks the same auth.
    with httpx.Client(base_url=sim.base_url, auth=("wrong-token", "")) as raw:
        assert raw.get(f"/organizations/{simmod.DEMO_ORG_ID}").status_code == 401
    with httpx.Client(base_url=sim.base_url, auth=(simmod.DEMO_TOKEN, "")) as raw:
        assert raw.get(f"/organizations/{simmod.DEMO_ORG_ID}").status_code == 200


def test_an_expired_token_says_so(sim):
    with open_client(sim, simmod.EXPIRED_TOKEN) as expired:
        with pytest.raises(PlatformError) as err:
            expired.account()
        answer = issue(expired)
    assert (err.value.kind, err.value.code) == (base.AUTH, "token_rejected")
    assert "180 days" in err.value.message and answer.kind == base.AUTH


def test_the_earners_answer_is_read_back_and_a_rejected_badge_is_not_held(sim, client):
    award = issue(client).award
    assert client.award(award.id).status == "pending"
    sim.set_badge_state(award.id, "accepted")
    assert client.award(award.id).status == "accepted"
    sim.set_badge_state(award.id, "rejected")
    assert client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL) == []


@pytest.mark.parametrize(
    ("fault", "kind"), [("500", base.AMBIGUOUS), ("403", base.REJECTED), ("drop", base.AMBIGUOUS)]
)
def test_a_failing_lookup_raises_rather_than_saying_absent(sim, client, fault, kind):
    issue(client)
    sim.set_lookup_fault(fault)
    with pytest.raises(PlatformError) as err:
        client.find_awards(simmod.ACTIVE_TEMPLATE_ID, EMAIL)
    assert err.value.kind == kind
