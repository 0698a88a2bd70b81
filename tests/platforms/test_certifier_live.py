"""The Certifier client against the Certifier simulator over real HTTP on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import datetime as dt

import httpx
import pytest

from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import base, registry
from badgedesk.platforms.base import IssueRequest, PlatformError
from badgedesk.platforms.certifier import CertifierClient

simmod = pytest.importorskip("badgedesk.platforms.certifier_sim")

EMAIL = "Grace.Hopper@Example.org"
KEY = EMAIL.lower()


@pytest.fixture
def sim():
    with simmod.CertifierSimulator(rate_limit=None, seed=1234) as server:
        yield server


def open_client(sim, token=None, timeout=5.0) -> CertifierClient:
    return CertifierClient(
        token or simmod.DEMO_TOKEN,
        base_url=sim.base_url,
        timeout=timeout,
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
    )


@pytest.fixture
def client(sim):
    with open_client(sim) as c:
        yield c


def request(group=None, email=EMAIL, **over) -> IssueRequest:
    return IssueRequest.for_email(group or simmod.GROUP_ID, email, "Grace", "Hopper", **over)


def raw(sim, version=simmod.API_VERSION, token=simmod.DEMO_TOKEN) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"}
    if version is not None:
        headers["Certifier-Version"] = version
    return httpx.Client(base_url=sim.base_url, headers=headers, timeout=5)


def live(sim) -> list[dict]:
    return [c for c in sim.ledger() if c["status"] != "deleted"]


def proposed_spec() -> registry.PlatformSpec:
    """The registry entry once switched on (as proposed for registry.py), or the entry itself."""
    spec = registry.CERTIFIER
    if spec.available:
        return spec
    return dataclasses.replace(
        spec,
        available=True,
        simulator=registry.Simulator(
            "badgedesk.platforms.certifier_sim:CertifierSimulator", simmod.DEMO_TOKEN
        ),
    )


def test_the_registry_connects_to_the_simulator_with_its_demo_settings():
    spec = proposed_spec()
    assert spec.capabilities.revoke == registry.DELETE and spec.rate_limit is None
    with spec.open_simulator(rate_limit=None) as server:
        client = spec.open(
            spec.simulator.token,
            base_url=server.base_url,
            limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
            fields=dict(spec.simulator.fields),
        )
        with client:
            assert client.environment == "custom:" + server.base_url
            assert client.account().name == simmod.WORKSPACE_NAME
            assert spec.parse_badge_ref(simmod.GROUP_ID) == simmod.GROUP_ID
            assert spec.badge_issuable(client.badge(simmod.GROUP_ID))[0]
            assert client.issue(request()).kind == base.ISSUED


def test_account_providers_and_every_group_page(sim, client):
    assert client.account().name == simmod.WORKSPACE_NAME
    assert [p.id for p in client.providers()] == [simmod.WORKSPACE_ID]
    groups = client.badges(None)
    assert len(groups) == simmod.GROUP_COUNT == len({g.id for g in groups})
    assert client.badge(simmod.GROUP_ID).name == "First Aid at Work"
    with raw(sim) as plain:
        first = plain.get("/groups").json()
    assert len(first["data"]) == 20 and first["pagination"]["next"]  # the default limit pages


def test_search_before_create_then_already_held(sim, client):
    first = client.issue(request())
    assert first.kind == base.ISSUED and first.award.status == "issued"
    second = client.issue(request())
    assert (second.kind, second.code) == (base.ALREADY_HELD, "already_held")
    assert second.award.id == first.award.id
    assert len(live(sim)) == 1 and live(sim)[0]["sends"] == 1
    assert [a.id for a in client.find_awards(simmod.GROUP_ID, KEY)] == [first.award.id]
    assert client.issue(request(simmod.SANDBOX_GROUP_ID)).kind == base.ISSUED  # another group: not held


def test_an_award_made_elsewhere_with_capitals_is_found_by_the_address_as_written(sim, client):
    with raw(sim) as plain:
        made = plain.post(
            "/credentials/create-issue-send",
            json={"groupId": simmod.GROUP_ID, "recipient": {"name": "Grace Hopper", "email": EMAIL}},
        )
    assert made.status_code == 201
    answer = client.issue(request())
    assert answer.kind == base.ALREADY_HELD and len(live(sim)) == 1


def test_a_draft_is_adopted_never_duplicated(sim, client):
    with raw(sim) as plain:
        draft = plain.post(
            "/credentials", json={"groupId": simmod.GROUP_ID, "recipient": {"name": "G H", "email": KEY}}
        ).json()
    assert draft["status"] == "draft"
    assert [a.status for a in client.find_awards(simmod.GROUP_ID, KEY)] == ["draft"]
    answer = client.issue(request())
    assert (answer.kind, answer.code, answer.award.id) == (base.ISSUED, "issued_draft", draft["id"])
    (only,) = live(sim)
    assert only["status"] == "issued" and only["sends"] == 1


def test_an_expired_hit_makes_a_new_credential_and_says_so(sim, client):
    old = client.issue(request(issue_date="2020-01-01", expires="2021-01-01"))
    assert old.kind == base.ISSUED and client.award(old.award.id).status == "expired"
    assert client.find_awards(simmod.GROUP_ID, KEY) == []
    answer = client.issue(request())
    assert answer.kind == base.ISSUED and "expired" in answer.message
    assert sorted(c["status"] for c in live(sim)) == ["expired", "issued"]


def test_a_future_issue_date_is_scheduled_and_held(sim, client):
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    assert client.issue(request(issue_date=later)).kind == base.ISSUED
    assert client.issue(request()).kind == base.ALREADY_HELD


def test_dates_reach_certifier_as_written(sim, client):
    answer = client.issue(request(issue_date="2026-11-30", expires="2027-11-30"))
    (made,) = sim.ledger()
    assert (made["issueDate"], made["expiryDate"]) == ("2026-11-30", "2027-11-30")
    assert made["recipient"]["name"] == "Grace Hopper" and answer.award.id == made["id"]
    client.issue(request(simmod.EXPIRING_GROUP_ID, issue_date="2026-01-01"))
    assert sim.ledger()[-1]["expiryDate"] == "2027-01-01"  # the group's default


def test_a_premium_group_stops_the_run(sim, client):
    answer = client.issue(request(simmod.PREMIUM_GROUP_ID))
    assert (answer.kind, answer.code, answer.scope) == (base.REJECTED, "payment_required", base.SCOPE_RUN)
    assert "premium" in answer.message and sim.ledger() == []


def test_an_unknown_group_and_a_read_only_token(sim, client):
    answer = client.issue(request(simmod.UNKNOWN_GROUP_ID))
    assert (answer.kind, answer.scope) == (base.REJECTED, base.SCOPE_BADGE)
    with open_client(sim, simmod.READONLY_TOKEN) as reader:
        assert reader.account().name
        refused = reader.issue(request())
    assert (refused.kind, refused.code, refused.scope) == (base.REJECTED, "forbidden", base.SCOPE_BADGE)
    assert sim.ledger() == []


@pytest.mark.parametrize(("version", "code"), [(None, "missing_version"), ("2021-01-01", "invalid_version")])
def test_the_version_header_is_required(sim, version, code):
    with raw(sim, version) as plain:
        answer = plain.get("/workspace")
    assert answer.status_code == 400 and answer.json()["error"]["code"] == code


def test_delete_is_permanent_and_twice_is_fine(sim, client):
    award = client.issue(request()).award
    assert client.delete(award.id) is None
    assert client.delete(award.id) is None  # 404: already deleted
    assert client.find_awards(simmod.GROUP_ID, KEY) == []
    with pytest.raises(PlatformError) as err:
        client.award(award.id)
    assert err.value.code == "award_not_found"
    with pytest.raises(PlatformError) as err:
        client.revoke(award.id)
    assert err.value.code == "revoke_unsupported"
    assert sim.ledger()[0]["status"] == "deleted"


def test_a_revoked_token_stops_the_run(sim, client):
    sim.revoke_token()
    answer = client.issue(request())
    assert (answer.kind, answer.scope) == (base.AUTH, base.SCOPE_RUN)
    with pytest.raises(PlatformError) as err:
        client.account()
    assert err.value.kind == base.AUTH


def test_rate_limited_issue_is_answered_and_reads_retried(sim, client):
    client.account()
    sim.set(rate_limit=(1, 0.3))
    client.account()  # the read waits out its 429
    answer = client.issue(request())  # the search is a read and waits too; nothing is sent blind
    assert answer.kind in (base.ISSUED, base.RATE_LIMITED)
    assert sim.stats()["count_429"] >= 1 and len(sim.ledger()) <= 1


def engine_rule(client, req) -> str:
    """What the engine does with one learner: re-send only what provably did nothing; after an
    unclear answer, look up (two absent answers needed) before any re-send."""
    for _ in range(6):
        answer = client.issue(req)
        if answer.kind in (base.RATE_LIMITED, base.UNAVAILABLE, base.NOT_SENT):
            continue
        if answer.kind != base.AMBIGUOUS:
            return answer.kind
        if client.find_awards(req.badge_id, req.recipient.key) or client.find_awards(
            req.badge_id, req.recipient.key
        ):
            return "found"
    return "gave_up"


@pytest.mark.parametrize(
    ("fault", "first_kind", "outcome"),
    [
        ("503", base.UNAVAILABLE, base.ISSUED),
        ("html_200", base.AMBIGUOUS, base.ISSUED),
        ("drop_after_commit", base.AMBIGUOUS, "found"),
        ("500_after_commit", base.AMBIGUOUS, "found"),
        ("504_after_commit", base.AMBIGUOUS, "found"),
        ("stall", base.AMBIGUOUS, "found"),
    ],
)
def test_every_fault_kind_ends_with_one_credential(sim, fault, first_kind, outcome):
    sim.set(stall_seconds=3)
    with open_client(sim, timeout=1.0) as client:
        sim.queue_faults(fault)
        assert client.issue(request()).kind == first_kind
        sim.queue_faults(fault)
        assert engine_rule(client, request(email="ada@example.org")) == outcome
    per: dict[str, int] = {}
    for credential in live(sim):
        per[credential["recipient_email"].lower()] = per.get(credential["recipient_email"].lower(), 0) + 1
    assert max(per.values()) == 1 and "ada@example.org" in per


@pytest.mark.parametrize(
    ("fault", "kind"), [("500", base.AMBIGUOUS), ("403", base.REJECTED), ("drop", base.AMBIGUOUS)]
)
def test_a_failing_lookup_raises_rather_than_saying_absent(sim, client, fault, kind):
    client.issue(request())
    sim.set_lookup_fault(fault)
    with pytest.raises(PlatformError) as err:
        client.find_awards(simmod.GROUP_ID, KEY)
    assert err.value.kind == kind
    assert client.issue(request(simmod.SANDBOX_GROUP_ID)).kind != base.ISSUED  # no blind create


def test_redacted_and_lagging_lookups(sim, client):
    sim.set(redact_emails=True)
    client.issue(request())
    assert len(client.find_awards(simmod.GROUP_ID, KEY)) == 1
    sim.set(lookup_lag_s=30)
    client.issue(request(simmod.SANDBOX_GROUP_ID))
    assert client.find_awards(simmod.SANDBOX_GROUP_ID, KEY) == []
