"""The Credly simulator (NOT the real Credly), driven over real HTTP with httpx (127.0.0.1 only)."""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from badgedesk.platforms import credly_sim as cs
from badgedesk.platforms.credly_sim import CredlySimulator
from tests.platforms.test_simcore import assert_answer_matches

ORG = f"/organizations/{cs.DEMO_ORG_ID}"
ISSUE = {
    "recipient_email": "ada.lovelace@example.org",
    "issued_to_first_name": "Ada",
    "issued_to_last_name": "Lovelace",
    "badge_template_id": cs.ACTIVE_TEMPLATE_ID,
    "issued_at": "2014-04-01 09:41:00 -0500",
}
TRANSPORT_LOST = (httpx.RemoteProtocolError, httpx.ReadError)
MakeClient = Callable[..., httpx.Client]
Case = Callable[[CredlySimulator, httpx.Client], httpx.Response]


@pytest.fixture
def make_credly() -> Iterator[Callable[..., CredlySimulator]]:
    """Started simulators (no rate limit unless asked), all stopped after the test."""
    with contextlib.ExitStack() as stack:
        yield lambda **kw: stack.enter_context(CredlySimulator(**{"rate_limit": None, "seed": 42, **kw}))


@pytest.fixture
def sim(make_credly: Callable[..., CredlySimulator]) -> CredlySimulator:
    return make_credly()


@pytest.fixture
def http(sim: CredlySimulator, make_client: MakeClient) -> httpx.Client:
    """Authenticated as the demo token."""
    return make_client(base_url=sim.base_url, auth=(cs.DEMO_TOKEN, ""), timeout=10)


def as_token(sim: CredlySimulator, make_client: MakeClient, token: str | None, **kw: Any) -> httpx.Client:
    auth = (token, "") if token is not None else None
    return make_client(base_url=sim.base_url, auth=auth, timeout=kw.pop("timeout", 10), **kw)


def issue(http: httpx.Client, **changes: Any) -> httpx.Response:
    body = {**ISSUE, **changes}
    return http.post(f"{ORG}/badges", json={k: v for k, v in body.items() if v is not ...})


def message(response: httpx.Response) -> str:
    return response.json()["data"]["message"]


def every_page(http: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Follow metadata.next_page_url (absolute, on the same host) until it is null."""
    pages, url = [], path
    while url:
        response = http.get(url, params=params if url == path else None)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        url = pages[-1]["metadata"]["next_page_url"]
        if url:
            assert url.startswith(str(http.base_url).rstrip("/")), url
    return pages


# ---------------------------------------------------------------------------------------------
# Every fixture has a live answer with the same status, shape (and, for errors, body)
# ---------------------------------------------------------------------------------------------


def _get(path: str, token: str | None = cs.DEMO_TOKEN) -> Case:
    """GET as ``token`` (None: no Authorization header at all)."""
    return lambda sim, http: http.get(path, auth=(token, "") if token else None)


def _post(body: Any = None, **changes: Any) -> Case:
    return lambda sim, http: (
        issue(http, **changes) if body is None else http.post(f"{ORG}/badges", content=body)
    )


def _then(*steps: Case) -> Case:
    def run(sim: CredlySimulator, http: httpx.Client) -> httpx.Response:
        for step in steps[:-1]:
            assert step(sim, http).status_code < 300
        return steps[-1](sim, http)

    return run


def _faulted(kind: str) -> Case:
    def run(sim: CredlySimulator, http: httpx.Client) -> httpx.Response:
        sim.queue_faults(kind)
        return issue(http)

    return run


def _revoke(body: Any = None) -> Case:
    def run(sim: CredlySimulator, http: httpx.Client) -> httpx.Response:
        newest = sim.ledger()[-1]["id"]
        return http.put(
            f"{ORG}/badges/{newest}/revoke", json=body or {"reason": "Issued to the wrong person"}
        )

    return run


def _revoke_first(sim: CredlySimulator, http: httpx.Client) -> httpx.Response:
    return http.put(f"{ORG}/badges/{sim.ledger()[0]['id']}/revoke", json={"reason": "Wrong"})


def _rate_limited(sim: CredlySimulator, http: httpx.Client) -> httpx.Response:
    sim.set(rate_limit=(2, 30.0))
    for _ in range(2):
        http.get(ORG)
    return http.get(ORG)


def _first_badge(sim: CredlySimulator, http: httpx.Client) -> httpx.Response:
    return http.get(f"{ORG}/badges/{sim.ledger()[0]['id']}")


UNKNOWN = "00000000-0000-4000-8000-000000000000"
LIVE_CASES: dict[str, Case] = {
    "organization_200": _get(ORG),
    "organization_403": _get(ORG, cs.OTHER_ORG_TOKEN),
    "organization_404": _get(f"/organizations/{UNKNOWN}"),
    "unauthorized_401": _get(ORG, None),
    "expired_401": _get(ORG, cs.EXPIRED_TOKEN),
    "templates_page_200": _get(f"{ORG}/badge_templates"),
    "template_200": _get(f"{ORG}/badge_templates/{cs.ACTIVE_TEMPLATE_ID}"),
    "template_404": _get(f"{ORG}/badge_templates/{UNKNOWN}"),
    "filter_422": _get(f"{ORG}/badge_templates?filter=colour::blue"),
    "issue_201": _post(),
    "issue_201_replace": _then(_post(), _post(duplicate_behavior="replace")),
    "issue_422_duplicate": _then(_post(), _post()),
    "issue_422_validation": _post(recipient_email=..., issued_at=...),
    "issue_400_json": _post(b"{not json"),
    "issue_422_archived": _post(badge_template_id=cs.ARCHIVED_TEMPLATE_ID),
    "issue_422_draft": _post(badge_template_id=cs.DRAFT_TEMPLATE_ID),
    "issue_422_template_unknown": _post(badge_template_id=cs.OTHER_ORG_TEMPLATE_ID),
    "badges_page_200": _then(
        _post(), _get(f"{ORG}/badges?filter=recipient_email_all::ada.lovelace@example.org")
    ),
    "badge_200": _then(_post(), _first_badge),
    "badge_404": _get(f"{ORG}/badges/{UNKNOWN}"),
    "revoke_200": _then(_post(), _revoke()),
    "revoke_422_already_revoked": _then(_post(), _revoke(), _revoke()),
    "revoke_422_replaced": _then(_post(), _post(duplicate_behavior="replace"), _revoke_first),
    "revoke_422_validation": _then(_post(), _revoke({"suppress_revoke_notification_email": False})),
    "authorization_tokens_200": _get(f"{ORG}/authorization_tokens"),
    "authorization_tokens_403": _get(f"{ORG}/authorization_tokens", cs.LIMITED_TOKEN),
    "rate_limited_429": _rate_limited,
    "server_error_500": _faulted("500_after_commit"),
    "unavailable_503": _faulted("503"),
    "gateway_timeout_504": _faulted("504_after_commit"),
    "captive_portal_200": _faulted("html_200"),
    "payload_413": lambda sim, http: http.post(f"{ORG}/badges", content=b"x" * (70 * 1024)),
    "not_found_404": _get("/no_such_endpoint"),
    "method_405": lambda sim, http: http.delete(f"{ORG}/badge_templates"),
}


def test_every_fixture_has_a_live_case() -> None:
    assert set(LIVE_CASES) == set(cs.FIXTURES.names())


@pytest.mark.parametrize("name", sorted(LIVE_CASES))
def test_live_answer_matches_fixture(name: str, sim: CredlySimulator, http: httpx.Client) -> None:
    assert_answer_matches(LIVE_CASES[name](sim, http), cs.FIXTURES.load(name), max_retry_after=30)


def test_fixtures_name_their_source_and_status() -> None:
    assert len(cs.FIXTURES.names()) >= 30
    for name in cs.FIXTURES.names():
        fx = cs.FIXTURES.load(name)
        assert len(fx["_source"]) > 20 and f"_{fx['status']}" in name
        assert "content-type" in fx["headers"]
        if isinstance(fx["body"], dict) and fx["status"] >= 300:
            assert set(fx["body"]) == {"data", "metadata"} and set(fx["body"]["data"]) == {
                "message",
                "errors",
            }
        if "BadgeDesk's choice" not in fx["_source"]:
            assert re.search(r"https://|\w+/[\w.-]+:", fx["_source"]), name


# ---------------------------------------------------------------------------------------------
# Organisation, templates, paging, filters, images
# ---------------------------------------------------------------------------------------------


def test_organisation_and_its_guards(sim, http, make_client):
    org = http.get(ORG).json()["data"]
    assert (org["id"], org["name"]) == (cs.DEMO_ORG_ID, cs.DEMO_ORG_NAME)
    other = as_token(sim, make_client, cs.OTHER_ORG_TOKEN)
    assert other.get(f"/organizations/{cs.OTHER_ORG_ID}").json()["data"]["name"] == cs.OTHER_ORG_NAME
    assert other.get(f"{ORG}/badge_templates").status_code == 403
    assert other.post(f"{ORG}/badges", json=ISSUE).status_code == 403
    assert http.get(f"/organizations/{cs.OTHER_ORG_ID}").status_code == 403
    assert http.get(f"/organizations/{UNKNOWN}/badges").status_code == 404
    assert sim.ledger() == []


def test_templates_take_three_pages_by_next_page_url(http):
    pages = every_page(http, f"{ORG}/badge_templates")
    items = [t for p in pages for t in p["data"]]
    assert [len(p["data"]) for p in pages] == [50, 50, 20]
    assert [p["metadata"]["current_page"] for p in pages] == [1, 2, 3]
    assert {(p["metadata"]["total_count"], p["metadata"]["total_pages"]) for p in pages} == {(120, 3)}
    assert pages[1]["metadata"]["previous_page_url"].endswith("page=1")
    assert len({t["id"] for t in items}) == cs.TEMPLATE_COUNT
    assert [t["name"].casefold() for t in items] == sorted(t["name"].casefold() for t in items)
    states = {t["id"]: t["state"] for t in items}
    assert states[cs.ARCHIVED_TEMPLATE_ID] == "archived" and states[cs.DRAFT_TEMPLATE_ID] == "draft"
    assert sum(s == "active" for s in states.values()) == cs.ACTIVE_TEMPLATE_COUNT > 100


def test_paging_keeps_the_query_and_caps_per(http):
    pages = every_page(http, f"{ORG}/badge_templates", per=40, filter="state::active", sort="-name")
    assert [len(p["data"]) for p in pages] == [40, 40, 30]
    link = parse_qs(urlsplit(pages[0]["metadata"]["next_page_url"]).query)
    assert link == {"per": ["40"], "filter": ["state::active"], "sort": ["-name"], "page": ["2"]}
    names = [t["name"].casefold() for p in pages for t in p["data"]]
    assert names == sorted(names, reverse=True)
    capped = http.get(f"{ORG}/badge_templates", params={"per": 500}).json()
    assert capped["metadata"]["per"] == 100 and len(capped["data"]) == 100
    beyond = http.get(f"{ORG}/badge_templates", params={"page": 9}).json()
    assert beyond["data"] == [] and beyond["metadata"]["next_page_url"] is None
    for bad in (
        {"page": 0},
        {"per": "many"},
        {"sort": "colour"},
        {"filter": "state"},
        {"filter": "state::old"},
    ):
        assert http.get(f"{ORG}/badge_templates", params=bad).status_code == 422, bad


@pytest.mark.parametrize(
    ("filter_", "check"),
    [
        ("state::archived,draft", lambda t: t["state"] in ("archived", "draft")),
        ("query::fire", lambda t: "fire" in (t["name"] + t["description"]).lower()),
        ("name::Sandbox", lambda t: "sandbox" in t["name"].lower()),
        ("public::false", lambda t: t["public"] is False),
        (
            "state::active|query::safety",
            lambda t: t["state"] == "active" and "safety" in t["description"].lower(),
        ),
        ("skills::leader", lambda t: any("leader" in s.lower() for s in t["skills"])),
        ("reporting_tags::attendance", lambda t: "attendance" in t["reporting_tags"]),
    ],
)
def test_template_filters(http, filter_, check):
    found = [t for p in every_page(http, f"{ORG}/badge_templates", filter=filter_) for t in p["data"]]
    assert found and all(check(t) for t in found)
    everything = [t for p in every_page(http, f"{ORG}/badge_templates") for t in p["data"]]
    assert len(found) == sum(check(t) for t in everything)


def test_the_special_templates(http):
    def get(ident: str) -> dict[str, Any]:
        return http.get(f"{ORG}/badge_templates/{ident}").json()["data"]

    assert "sandbox" in get(cs.SANDBOX_TEMPLATE_ID)["name"].lower()
    assert get(cs.DUPLICATES_ALLOWED_TEMPLATE_ID)["allow_duplicate_badges"] is True
    assert get(cs.ACTIVE_TEMPLATE_ID)["allow_duplicate_badges"] is False
    assert len(get(cs.LONG_NAME_TEMPLATE_ID)["name"]) > 100
    assert get(cs.EXPIRING_TEMPLATE_ID)["default_expires_at"].startswith("2027-12-31")
    assert http.get(f"{ORG}/badge_templates/{cs.OTHER_ORG_TEMPLATE_ID}").status_code == 404


def test_images_and_pages_are_served_without_auth(http, make_client):
    template = http.get(f"{ORG}/badge_templates/{cs.ACTIVE_TEMPLATE_ID}").json()["data"]
    anonymous = make_client(timeout=10)
    image = anonymous.get(template["image_url"])
    assert "/_sim/images/" in template["image_url"] and image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG\r\n\x1a\n")
    other = anonymous.get(
        http.get(f"{ORG}/badge_templates/{cs.SANDBOX_TEMPLATE_ID}").json()["data"]["image_url"]
    )
    assert other.content != image.content
    page = anonymous.get(template["url"])
    assert page.status_code == 200 and "NOT the real Credly" in page.text and "First Aid" in page.text
    badge = issue(http).json()["data"]
    assert "Ada Lovelace" in anonymous.get(badge["badge_url"]).text


# ---------------------------------------------------------------------------------------------
# Issuing and duplicates
# ---------------------------------------------------------------------------------------------


def test_issue_answers_201_with_the_badge(sim, http):
    made = issue(http, issuer_earner_id="PM-7", locale="fr", issued_to_middle_name="King")
    assert made.status_code == 201
    badge = made.json()["data"]
    assert (badge["state"], badge["badge_template"]["id"]) == ("pending", cs.ACTIVE_TEMPLATE_ID)
    assert badge["issued_at"] == "2014-04-01T14:41:00.000Z" and badge["issued_at_date"] == "2014-04-01"
    assert (badge["issued_to"], badge["issuer_earner_id"], badge["locale"]) == (
        "Ada King Lovelace",
        "PM-7",
        "fr",
    )
    assert badge["replaces_badge_id"] is None and badge["expires_at"] is None
    assert sim.ledger() == [badge] and sim.stats()["issue_requests"] == 1
    count = http.get(f"{ORG}/badge_templates/{cs.ACTIVE_TEMPLATE_ID}").json()["data"]["badges_count"]
    assert count == 1


@pytest.mark.parametrize(
    ("issued_at", "expected"),
    [
        ("2024-06-01T09:41:00-05:00", "2024-06-01T14:41:00.000Z"),
        ("2024-06-01T14:41:00Z", "2024-06-01T14:41:00.000Z"),
        ("2024-06-01 23:30:00 +0200", "2024-06-01T21:30:00.000Z"),
        ("2024-06-01", "2024-06-01T00:00:00.000Z"),
    ],
)
def test_issued_at_forms(http, issued_at, expected):
    badge = issue(http, issued_at=issued_at).json()["data"]
    assert badge["issued_at"] == expected and badge["issued_at_date"] == "2024-06-01"


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"recipient_email": "not-an-email"}, ["recipient_email"]),
        (
            {"issued_to_first_name": " ", "issued_to_last_name": ...},
            ["issued_to_first_name", "issued_to_last_name"],
        ),
        ({"badge_template_id": ...}, ["badge_template_id"]),
        ({"issued_at": "2024-06-01 09:41:00"}, ["issued_at"]),  # no UTC offset
        ({"issued_at": "yesterday"}, ["issued_at"]),
        ({"expires_at": "2014-03-01"}, ["expires_at"]),  # before issued_at
        ({"locale": "xx"}, ["locale"]),
        ({"suppress_badge_notification_email": "yes"}, ["suppress_badge_notification_email"]),
        ({"duplicate_behavior": "merge"}, ["duplicate_behavior"]),
        ({"evidence": [{"type": "Photo"}]}, ["evidence"]),
        ({"evidence": [{"type": "UrlEvidence", "value": "ftp://x"}]}, ["evidence"]),
        ({"recipient_email": 5}, ["recipient_email"]),
    ],
)
def test_invalid_fields_are_422_naming_the_field(sim, http, changes, fields):
    response = issue(http, **changes)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["data"]["errors"]] == fields
    assert all(field in message(response) for field in fields)
    assert sim.ledger() == []


def test_expiry_forms_and_the_templates_default(http):
    assert issue(http, expires_at="2030-01-31").json()["data"]["expires_at"] == "2030-01-31T00:00:00.000Z"
    assert issue(http, expires_at=False, recipient_email="b@example.org").json()["data"]["expires_at"] is None
    default = issue(http, badge_template_id=cs.EXPIRING_TEMPLATE_ID).json()["data"]
    assert default["expires_at"].startswith("2027-12-31") and default["expires_at_date"] == "2027-12-31"
    never = issue(
        http, badge_template_id=cs.EXPIRING_TEMPLATE_ID, recipient_email="c@example.org", expires_at=False
    )
    assert never.json()["data"]["expires_at"] is None


def test_evidence_is_kept_with_an_id(http):
    evidence = [
        {
            "type": "UrlEvidence",
            "name": "Work",
            "value": "https://example.org/work/1",
            "description": "Essay",
        },
        {"type": "IdEvidence", "title": "Course", "description": "Completed the course"},
    ]
    kept = issue(http, evidence=evidence).json()["data"]["evidence"]
    assert [{k: v for k, v in e.items() if k != "id"} for e in kept] == evidence and all(
        e["id"] for e in kept
    )


def test_a_second_award_is_refused_as_a_duplicate(sim, http):
    first = issue(http).json()["data"]
    for changes in ({}, {"recipient_email": "ADA.Lovelace@Example.ORG"}, {"duplicate_behavior": "deny"}):
        refused = issue(http, **changes)
        assert refused.status_code == 422 and message(refused) == "User already has this badge"
    assert issue(http, issuer_earner_id="E1", recipient_email="x@example.org").status_code == 201
    by_earner = issue(http, issuer_earner_id="E1", recipient_email="y@example.org")
    assert message(by_earner) == "User already has this badge"  # same issuer_earner_id, other email
    assert issue(http, badge_template_id=cs.SANDBOX_TEMPLATE_ID).status_code == 201  # another template
    assert [b["id"] for b in sim.ledger()][0] == first["id"] and len(sim.ledger()) == 3


def test_replace_makes_a_new_badge_and_retires_the_old(sim, http):
    first = issue(http, evidence=[{"type": "IdEvidence", "title": "x"}]).json()["data"]
    new = issue(http, duplicate_behavior="replace", issued_at="2020-01-01 10:00:00 +0000")
    assert new.status_code == 201
    replacement = new.json()["data"]
    assert replacement["replaces_badge_id"] == first["id"] and replacement["id"] != first["id"]
    assert replacement["issued_at"] == first["issued_at"]  # replacing does not change issued_at
    assert replacement["evidence"] == []  # omitted optional data is removed
    old = http.get(f"{ORG}/badges/{first['id']}").json()["data"]
    assert (old["state"], old["replacement_badge_id"]) == ("replaced", replacement["id"])
    assert [b["state"] for b in sim.ledger()] == ["replaced", "pending"]
    assert message(issue(http)) == "User already has this badge"  # the replacement is live


def test_allow_and_templates_that_allow_duplicates(sim, http):
    issue(http)
    assert issue(http, duplicate_behavior="allow").status_code == 201
    for _ in range(2):
        assert issue(http, badge_template_id=cs.DUPLICATES_ALLOWED_TEMPLATE_ID).status_code == 201
    assert len(sim.ledger()) == 4


def test_revoked_and_rejected_badges_are_not_duplicates(sim, http):
    first = issue(http).json()["data"]
    assert http.put(f"{ORG}/badges/{first['id']}/revoke", json={"reason": "Oops"}).status_code == 200
    second = issue(http).json()["data"]
    sim.set_badge_state(second["id"], "rejected")
    assert issue(http).status_code == 201
    sim.set_badge_state(sim.ledger()[-1]["id"], "accepted")
    assert message(issue(http)) == "User already has this badge"


def test_templates_that_cannot_issue(sim, http):
    assert "archived" in message(issue(http, badge_template_id=cs.ARCHIVED_TEMPLATE_ID))
    assert "draft" in message(issue(http, badge_template_id=cs.DRAFT_TEMPLATE_ID))
    assert "not found" in message(issue(http, badge_template_id=UNKNOWN))
    assert sim.ledger() == []


# ---------------------------------------------------------------------------------------------
# Look-ups, lag, redaction, revoking
# ---------------------------------------------------------------------------------------------


def test_badge_search_by_email_template_and_state(sim, http):
    ada = issue(http).json()["data"]
    issue(http, badge_template_id=cs.SANDBOX_TEMPLATE_ID)
    issue(http, recipient_email="bob@example.org")
    wanted = f"recipient_email_all::ADA.LOVELACE@example.org|badge_template_id::{cs.ACTIVE_TEMPLATE_ID}"
    found = http.get(f"{ORG}/badges", params={"filter": wanted}).json()
    assert [b["id"] for b in found["data"]] == [ada["id"]] and found["metadata"]["total_count"] == 1
    everything = http.get(
        f"{ORG}/badges", params={"filter": "recipient_email::ada.lovelace@example.org"}
    ).json()
    assert len(everything["data"]) == 2
    http.put(f"{ORG}/badges/{ada['id']}/revoke", json={"reason": "Wrong"})
    live = http.get(f"{ORG}/badges", params={"filter": wanted + "|state::pending,accepted"}).json()
    assert live["data"] == []
    newest_first = [b["recipient_email"] for b in http.get(f"{ORG}/badges").json()["data"]]
    assert newest_first == ["bob@example.org", "ada.lovelace@example.org", "ada.lovelace@example.org"]
    by_email = http.get(f"{ORG}/badges", params={"sort": "recipient_email|-created_at"}).json()["data"]
    assert by_email[-1]["recipient_email"] == "bob@example.org"
    assert http.get(f"{ORG}/badges", params={"filter": "colour::red"}).status_code == 422
    assert http.get(f"{ORG}/badges", params={"filter": "state::lost"}).status_code == 422


def test_badge_pages_follow_next_page_url(sim, http):
    for n in range(7):
        assert issue(http, recipient_email=f"learner{n}@example.org").status_code == 201
    pages = every_page(http, f"{ORG}/badges", per=3)
    assert [len(p["data"]) for p in pages] == [3, 3, 1]
    assert len({b["id"] for p in pages for b in p["data"]}) == 7


def test_lookups_lag_behind_issuing(sim, http):
    sim.set(lookup_lag_s=3600)
    made = issue(http).json()["data"]
    wanted = {"filter": "recipient_email_all::ada.lovelace@example.org"}
    assert http.get(f"{ORG}/badges", params=wanted).json()["data"] == []
    assert http.get(f"{ORG}/badges/{made['id']}").status_code == 404
    refused = issue(http)  # the platform itself knows: the duplicate rule is not lagging
    assert message(refused) == "User already has this badge"
    assert http.put(f"{ORG}/badges/{made['id']}/revoke", json={"reason": "x"}).status_code == 200


def test_lookups_redact_emails_but_still_match_them(sim, http):
    made = issue(http).json()["data"]
    assert made["recipient_email"] == "ada.lovelace@example.org"  # the issue answer is not redacted
    sim.set(redact_emails=True)
    found = http.get(
        f"{ORG}/badges", params={"filter": "recipient_email_all::ada.lovelace@example.org"}
    ).json()
    assert [b["recipient_email"] for b in found["data"]] == ["a***@e***.org"]
    assert http.get(f"{ORG}/badges/{made['id']}").json()["data"]["recipient_email"] == "a***@e***.org"
    assert sim.ledger()[0]["recipient_email"] == "ada.lovelace@example.org"


def test_revoke_then_revoke_again(sim, http):
    badge = issue(http).json()["data"]
    path = f"{ORG}/badges/{badge['id']}/revoke"
    assert http.put(path, json={}).status_code == 422  # a reason is required
    assert http.put(path, json={"reason": " "}).status_code == 422
    assert http.put(path, json={"reason": "x", "suppress_revoke_notification_email": "no"}).status_code == 422
    revoked = http.put(
        path, json={"reason": "Issued to the wrong person", "suppress_revoke_notification_email": True}
    )
    assert revoked.status_code == 200
    assert (revoked.json()["data"]["state"], revoked.json()["data"]["revocation_reason"]) == (
        "revoked",
        "Issued to the wrong person",
    )
    again = http.put(path, json={"reason": "again"})
    assert again.status_code == 422 and message(again) == "Badge is already revoked"
    assert sim.ledger()[0]["revocation_reason"] == "Issued to the wrong person"
    assert http.put(f"{ORG}/badges/{UNKNOWN}/revoke", json={"reason": "x"}).status_code == 404


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("403", 403), ("drop", None)])
def test_lookup_faults(sim, http, kind, status):
    made = issue(http).json()["data"]
    sim.set_lookup_fault(kind)
    for path in (f"{ORG}/badges", f"{ORG}/badges/{made['id']}"):
        if status is None:
            with pytest.raises(TRANSPORT_LOST):
                http.get(path)
        else:
            assert http.get(path).status_code == status
    sim.set_lookup_fault(None)
    assert len(http.get(f"{ORG}/badges").json()["data"]) == 1


# ---------------------------------------------------------------------------------------------
# Tokens and auth
# ---------------------------------------------------------------------------------------------


def test_authorization_tokens_show_the_callers_expiry(sim, http, make_client):
    tokens = http.get(f"{ORG}/authorization_tokens").json()["data"]
    (mine,) = [t for t in tokens if t["current"]]
    assert set(mine["scopes"]) == {"read", "write", "delete"} and "token" not in mine
    days_left = (cs.parse_time(mine["expires_at"]) - cs.now()).days
    assert 168 <= days_left <= 170
    sim.set(token_expires_at="2027-03-01T12:00:00Z")
    (mine,) = [t for t in http.get(f"{ORG}/authorization_tokens").json()["data"] if t["current"]]
    assert mine["expires_at"] == "2027-03-01T12:00:00.000Z"
    sim.set(token_expires_at=None)
    assert [
        t["expires_at"] for t in http.get(f"{ORG}/authorization_tokens").json()["data"] if t["current"]
    ] == [None]
    limited = as_token(sim, make_client, cs.LIMITED_TOKEN)
    assert limited.get(f"{ORG}/authorization_tokens").status_code == 403
    assert limited.post(f"{ORG}/badges", json=ISSUE).status_code == 201  # it may still issue
    other = as_token(sim, make_client, cs.OTHER_ORG_TOKEN)
    assert len(other.get(f"/organizations/{cs.OTHER_ORG_ID}/authorization_tokens").json()["data"]) == 1


def test_expired_tokens(sim, http, make_client):
    expired = as_token(sim, make_client, cs.EXPIRED_TOKEN)
    assert message(expired.get(ORG)) == "Authorization token has expired"
    assert http.get(ORG).status_code == 200
    sim.expire_token()
    assert http.get(ORG).status_code == 401 and message(http.get(ORG)) == "Authorization token has expired"
    sim.expire_token(cs.LIMITED_TOKEN)
    assert as_token(sim, make_client, cs.LIMITED_TOKEN).get(ORG).status_code == 401
    with pytest.raises(ValueError):
        sim.set(token_expires_at="soon")


def test_http_basic_with_the_token_as_user_name_only(sim, make_client):
    def status(**kw: Any) -> int:
        return make_client(base_url=sim.base_url, timeout=10, **kw).get(ORG).status_code

    assert status(auth=(cs.DEMO_TOKEN, "")) == 200
    assert status(auth=("wrong", "")) == 401
    assert status(auth=(cs.DEMO_TOKEN, "secret")) == 401  # a password is not the place for it
    assert status(auth=("", cs.DEMO_TOKEN)) == 401
    assert status(headers={"Authorization": f"Bearer {cs.DEMO_TOKEN}"}) == 401
    assert status(headers={"Authorization": "Basic !!!"}) == 401
    assert status() == 401
    sim.revoke_token()
    assert status(auth=(cs.DEMO_TOKEN, "")) == 401


# ---------------------------------------------------------------------------------------------
# Rate limit and faults
# ---------------------------------------------------------------------------------------------


def test_the_hidden_rate_limit_answers_429_with_retry_after(make_credly, make_client):
    sim = make_credly(rate_limit=cs.CredlySimulator.DEFAULT_RATE_LIMIT)
    assert sim.settings()["rate_limit"] == (10, 1.0)
    sim.set(rate_limit=(10, 30.0))  # the same count in a window no test run can outlast
    http = as_token(sim, make_client, cs.DEMO_TOKEN)
    codes = [http.get(ORG).status_code for _ in range(10)]
    limited = http.post(f"{ORG}/badges", json=ISSUE)
    assert codes == [200] * 10 and limited.status_code == 429
    assert 1 <= int(limited.headers["retry-after"]) <= 30 and "Rate limit" in message(limited)
    assert as_token(sim, make_client, cs.LIMITED_TOKEN).get(ORG).status_code == 200  # per token
    assert sim.ledger() == [] and sim.stats()["count_429"] == 1


def test_request_side_latency_reaches_the_hidden_limit(make_credly, make_client):
    sim = make_credly(rate_limit=(1, 60.0), request_latency_ms=3000)
    statuses: list[int] = []
    slow = as_token(sim, make_client, cs.DEMO_TOKEN)
    worker = threading.Thread(target=lambda: statuses.append(slow.get(ORG).status_code), daemon=True)
    worker.start()
    deadline = time.monotonic() + 10
    while sim.stats()["waiting"] < 1 and time.monotonic() < deadline:
        time.sleep(0.005)
    sim.set(request_latency_ms=0)
    assert as_token(sim, make_client, cs.DEMO_TOKEN).get(ORG).status_code == 200
    worker.join(30)
    assert statuses == [429]


@pytest.mark.parametrize(
    ("kind", "status", "created"),
    [("503", 503, 0), ("html_200", 200, 0), ("500_after_commit", 500, 1), ("504_after_commit", 504, 1)],
)
def test_issue_faults(sim, http, kind, status, created):
    sim.queue_faults("none", kind)
    assert issue(http, recipient_email="first@example.org").status_code == 201
    response = issue(http)
    assert response.status_code == status and len(sim.ledger()) == 1 + created
    if kind in ("503", "html_200", "504_after_commit"):
        assert response.headers["content-type"].startswith("text/html")
    assert sim.stats()["faults"] == {kind: 1}


def test_drop_after_commit_loses_the_answer_not_the_badge(sim, http):
    sim.queue_faults("drop_after_commit")
    with pytest.raises(TRANSPORT_LOST):
        issue(http)
    assert [b["recipient_email"] for b in sim.ledger()] == [ISSUE["recipient_email"]]
    assert message(issue(http)) == "User already has this badge"  # a blind re-send is refused


def test_a_stall_times_out_the_client_but_issues(make_credly, make_client):
    sim = make_credly(stall_seconds=600)
    sim.queue_faults("stall")
    with pytest.raises(httpx.ReadTimeout):
        issue(as_token(sim, make_client, cs.DEMO_TOKEN, timeout=0.5))
    assert len(sim.ledger()) == 1


def test_random_faults_are_seeded(make_credly, make_client):
    def run() -> list[int]:
        sim = make_credly(fault_rate=0.5, fault_kinds=("503", "html_200"), seed=3)
        client = as_token(sim, make_client, cs.DEMO_TOKEN)
        return [issue(client, recipient_email=f"l{n}@example.org").status_code for n in range(12)]

    first = run()
    assert first == run() and {503, 201} <= set(first)


# ---------------------------------------------------------------------------------------------
# Steering, admin endpoints, the command line
# ---------------------------------------------------------------------------------------------


def test_admin_endpoints(sim, http, make_client):
    admin = make_client(base_url=sim.origin, timeout=10)
    made = issue(http).json()["data"]
    assert [b["id"] for b in admin.get("/_sim/ledger").json()] == [made["id"]]
    assert admin.get("/_sim/stats").json()["issue_requests"] == 1
    assert admin.post("/_sim/badge_state", json={"id": made["id"], "state": "accepted"}).status_code == 200
    assert http.get(f"{ORG}/badges/{made['id']}").json()["data"]["state"] == "accepted"
    assert admin.post("/_sim/badge_state", json={"id": "nope", "state": "accepted"}).status_code == 400
    assert admin.post("/_sim/badge_state", json={"id": made["id"], "state": "revoked"}).status_code == 400
    settings = admin.post("/_sim/settings", json={"token_expires_at": "2027-01-02", "lookup_lag_s": 1}).json()
    assert settings["token_expires_at"] == "2027-01-02T00:00:00.000Z"
    assert admin.post("/_sim/expire_token", json={"token": cs.DEMO_TOKEN}).json() == {
        "expired": cs.DEMO_TOKEN
    }
    assert http.get(ORG).status_code == 401
    assert admin.post("/_sim/revoke", json={"token": cs.LIMITED_TOKEN}).status_code == 200
    assert as_token(sim, make_client, cs.LIMITED_TOKEN).get(ORG).status_code == 401


def test_ledger_stats_and_request_log(sim, http):
    issue(http)
    issue(http)
    http.get(f"{ORG}/badges")
    assert [b["state"] for b in sim.ledger()] == ["pending"]
    stats = sim.stats()
    assert (stats["requests"], stats["issue_requests"], stats["by_status"]) == (
        3,
        2,
        {201: 1, 422: 1, 200: 1},
    )
    assert [(m, s) for _, m, _, s in sim.request_log()] == [("POST", 201), ("POST", 422), ("GET", 200)]
