"""The Navigatr simulator, driven over real HTTP with httpx (127.0.0.1 only)."""

from __future__ import annotations

import struct
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from badgedesk.platforms.navigatr_fixtures import load, names, shape
from badgedesk.platforms.navigatr_sim import (
    ALL_FAULT_KINDS,
    BADGE_400_ID,
    BADGE_400_OU_ID,
    BADGE_403_ID,
    BADGE_404_ID,
    BADGE_422_ID,
    DEACTIVATED_PROVIDER_BADGE_ID,
    DEFAULT_FAULT_KINDS,
    DEMO_TOKEN,
    FIRST_AID_BADGE_ID,
    FIRST_ASSERTION_ID,
    MIN_SCORE,
    MIN_SCORE_BADGE_ID,
    NORTHWIND_BADGE_COUNT,
    OTHER_TOKEN,
    SANDBOX_BADGE_ID,
    NavigatrSimulator,
)
from tests.platforms.test_simcore import assert_answer_matches

ISSUE = {
    "recipient_email": "ada.lovelace@example.org",
    "recipient_firstname": "Ada",
    "recipient_lastname": "Lovelace",
}
TRANSPORT_LOST = (httpx.RemoteProtocolError, httpx.ReadError)
Case = Callable[[NavigatrSimulator, httpx.Client], httpx.Response]
MakeClient = Callable[..., httpx.Client]


@pytest.fixture
def http(sim: NavigatrSimulator, make_client: MakeClient) -> httpx.Client:
    """A client without a default token: each call says which token it sends."""
    return make_client(base_url=sim.base_url, timeout=5.0)


def call(
    client: httpx.Client, method: str, url: str, *, token: str | None = DEMO_TOKEN, **kw: Any
) -> httpx.Response:
    """One request; waits out 429s (the test sims use a 0.2 s window) unless the test is about them."""
    headers = dict(kw.pop("headers", {}))
    if token is not None:
        headers["X-Access-Token"] = token
    for _ in range(100):
        response = client.request(method, url, headers=headers, **kw)
        if response.status_code != 429:
            return response
        time.sleep(0.03)
    raise AssertionError(f"{method} {url} stayed rate-limited")


def issue(
    client: httpx.Client, badge_id: int = FIRST_AID_BADGE_ID, body: Any = None, **kw: Any
) -> httpx.Response:
    return call(client, "PUT", f"/badge/{badge_id}/issue", json=ISSUE if body is None else body, **kw)


# ---------------------------------------------------------------------------------------------
# Every fixture has a live answer with the same status, shape (and, for errors, body)
# ---------------------------------------------------------------------------------------------


def _get(path: str, token: str | None = DEMO_TOKEN) -> Case:
    return lambda sim, http: call(http, "GET", path, token=token)


def _issue(badge_id: int, body: Any = None, token: str | None = DEMO_TOKEN) -> Case:
    return lambda sim, http: issue(http, badge_id, body, token=token)


def _faulted(kind: str) -> Case:
    def run(sim: NavigatrSimulator, http: httpx.Client) -> httpx.Response:
        sim.queue_faults(kind)
        return issue(http)

    return run


def _after_issue(then: Case) -> Case:
    def run(sim: NavigatrSimulator, http: httpx.Client) -> httpx.Response:
        assert issue(http).status_code == 200
        return then(sim, http)

    return run


def _rate_limited(sim: NavigatrSimulator, http: httpx.Client) -> httpx.Response:
    sim.set(rate_limit=(5, 2.0))
    for _ in range(5):
        http.get("/user_detail/0", headers={"X-Access-Token": DEMO_TOKEN})
    return http.put(f"/badge/{FIRST_AID_BADGE_ID}/issue", json=ISSUE, headers={"X-Access-Token": DEMO_TOKEN})


LIVE_CASES: dict[str, Case] = {
    "user_detail_200": _get("/user_detail/0"),
    "providers_200": _get("/user_detail/0/providers"),
    "providers_200_empty": _get("/user_detail/0/providers", token=OTHER_TOKEN),
    "provider_200": _get("/provider/1"),
    "provider_404": _get("/provider/12345"),
    "badges_page_200": _get("/badge/?provider_id=1&status=Published&source=Internal&page=1&size=50"),
    "badges_page_422": _get("/badge/?provider_id=1&size=500"),
    "badge_200": _get(f"/badge/{FIRST_AID_BADGE_ID}"),
    "badge_404": _get("/badge/999999"),
    "issue_200": _issue(FIRST_AID_BADGE_ID),
    "issue_202": _issue(MIN_SCORE_BADGE_ID, {**ISSUE, "score": 10}),
    "issue_400": _issue(BADGE_400_ID),
    "issue_401": _issue(FIRST_AID_BADGE_ID, token=None),
    "issue_403": _issue(BADGE_403_ID),
    "issue_404": _issue(BADGE_404_ID),
    "issue_422_unpublished": _issue(BADGE_422_ID),
    "issue_422_deactivated": _issue(DEACTIVATED_PROVIDER_BADGE_ID),
    "issue_422_validation": _issue(
        FIRST_AID_BADGE_ID, {"recipient_firstname": "Ada", "recipient_lastname": "Lovelace"}
    ),
    "issue_429": _rate_limited,
    "issue_500": _faulted("500_after_commit"),
    "issue_503": _faulted("503"),
    "issue_504": _faulted("504_after_commit"),
    "issue_html_200": _faulted("html_200"),
    "assertions_page_200": _after_issue(
        _get("/badge_assertion/?badge_id=2001&recipient_email=ADA.Lovelace@example.org")
    ),
    "assertion_200": _after_issue(_get(f"/badge_assertion/{FIRST_ASSERTION_ID}")),
    "assertion_404": _get("/badge_assertion/999999"),
    "assertion_revoke_200": _after_issue(
        lambda sim, http: call(
            http,
            "PUT",
            f"/badge_assertion/{FIRST_ASSERTION_ID}/revoke",
            json={"revocation_reason": "Wrong person"},
        )
    ),
    "not_found_404": _get("/no_such_endpoint"),
    "method_405": lambda sim, http: call(http, "DELETE", f"/badge/{FIRST_AID_BADGE_ID}"),
    "payload_413": lambda sim, http: call(http, "PUT", "/badge/2001/issue", content=b"x" * (70 * 1024)),
}


def test_every_fixture_has_a_live_case() -> None:
    assert set(LIVE_CASES) == set(names())


@pytest.mark.parametrize("name", sorted(LIVE_CASES))
def test_live_answer_matches_fixture(name: str, sim: NavigatrSimulator, http: httpx.Client) -> None:
    fx = load(name)
    assert_answer_matches(
        LIVE_CASES[name](sim, http), fx, max_retry_after=int(fx["headers"].get("retry-after", 0))
    )


def test_fixture_files_are_well_formed() -> None:
    assert len(names()) >= 18
    for name in names():
        fx = load(name)
        assert fx["source"] and isinstance(fx["headers"], dict) and "content-type" in fx["headers"]
        assert f"_{fx['status']}" in name
        assert fx["request"]["path"].startswith("/v1/")


def test_load_gives_copies_and_rejects_unknown_names() -> None:
    load("issue_202")["body"]["detail"] = "changed"
    assert load("issue_202.json")["body"] == {"detail": "Score is too low"}
    with pytest.raises(KeyError):
        load("no_such_fixture")


def test_shape_is_a_key_and_type_skeleton() -> None:
    value = {"a": [{"b": 1, "c": None}, {"b": "x"}], "d": True, "e": 1.5, "f": [], "g": "s"}
    assert shape(value) == {"a": [{"b": "int", "c": "null"}], "d": "bool", "e": "float", "f": [], "g": "str"}


# ---------------------------------------------------------------------------------------------
# Users, providers, badges
# ---------------------------------------------------------------------------------------------


def test_user_and_providers(http: httpx.Client) -> None:
    me = call(http, "GET", "/user_detail/0/").json()
    assert (me["id"], me["firstname"], me["lastname"]) == (1001, "Demo", "Trainer")
    assert [p["name"] for p in me["providers"]] == [
        "Northwind Training",
        "Contoso Academy",
        "Fabrikam Skills",
    ]
    providers = call(http, "GET", "/user_detail/0/providers").json()
    assert [(p["id"], p["status"]) for p in providers] == [(1, "Active"), (2, "Active"), (3, "Deactivated")]
    assert call(http, "GET", "/user_detail/0", token=OTHER_TOKEN).json()["providers"] == []
    assert call(http, "GET", "/provider/abc").status_code == 422


def _all_badges(http: httpx.Client, **params: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    items, pages, page = [], [], 1
    while True:
        data = call(http, "GET", "/badge", params={"provider_id": 1, "page": page, **params}).json()
        pages.append(data)
        items += data["items"]
        if page >= data["pages"]:
            return items, pages
        page += 1


def test_pagination_walks_every_badge(http: httpx.Client) -> None:
    items, pages = _all_badges(http, size=50)
    ids = [b["id"] for b in items]
    assert len(ids) == len(set(ids)) == NORTHWIND_BADGE_COUNT
    assert [(p["page"], p["size"], p["total"], p["pages"]) for p in pages] == [
        (n, 50, 140, 3) for n in (1, 2, 3)
    ]
    assert [len(p["items"]) for p in pages] == [50, 50, 40]
    assert {FIRST_AID_BADGE_ID, SANDBOX_BADGE_ID, MIN_SCORE_BADGE_ID, BADGE_404_ID, BADGE_422_ID} <= set(ids)
    published, _ = _all_badges(http, size=100, status="Published", source="Internal")
    assert len(published) == 133 and all(b["status"] == "Published" for b in published)
    beyond = call(http, "GET", "/badge/", params={"provider_id": 1, "page": 9}).json()
    assert beyond["items"] == [] and beyond["total"] == 140
    assert {b["type"] for b in items} >= {"Training", "Certification", "Course", "Workshop"}
    assert [b["min_score"] for b in items if b["id"] == MIN_SCORE_BADGE_ID] == [MIN_SCORE]


def test_keyword_status_and_source_filters(http: httpx.Client) -> None:
    everything, _ = _all_badges(http, size=100)
    found, _ = _all_badges(http, keyword="first AID")
    expected = [b["id"] for b in everything if "first aid" in b["name"].lower()]
    assert [b["id"] for b in found] == expected and len(expected) >= 3
    drafts, _ = _all_badges(http, status="draft,Unpublished")
    assert len(drafts) == 5 and BADGE_422_ID in [b["id"] for b in drafts]
    credly, _ = _all_badges(http, source="Credly")
    assert [b["id"] for b in credly] == [BADGE_400_ID]
    contoso = call(http, "GET", "/badge/", params={"provider_id": 2}).json()
    assert contoso["total"] == 13 and SANDBOX_BADGE_ID in [b["id"] for b in contoso["items"]]


@pytest.mark.parametrize(
    ("query", "loc"),
    [
        ({}, ["query", "provider_id"]),
        ({"provider_id": 1, "size": 0}, ["query", "size"]),
        ({"provider_id": 1, "size": 101}, ["query", "size"]),
        ({"provider_id": 1, "size": "many"}, ["query", "size"]),
        ({"provider_id": 1, "page": 0}, ["query", "page"]),
    ],
)
def test_badge_list_validation(http: httpx.Client, query: dict[str, Any], loc: list[str]) -> None:
    response = call(http, "GET", "/badge/", params=query)
    assert response.status_code == 422
    assert [d["loc"] for d in response.json()["detail"]] == [loc]


def test_badge_lookup_image_and_page(http: httpx.Client) -> None:
    badge = call(http, "GET", f"/badge/{FIRST_AID_BADGE_ID}").json()
    assert badge["name"] == "First Aid at Work" and badge["min_score"] is None
    assert call(http, "GET", f"/badge/{BADGE_404_ID}").status_code == 404
    image = http.get(badge["image_url"])  # no token needed
    assert image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG\r\n\x1a\n") and struct.unpack(">II", image.content[16:24]) == (
        32,
        32,
    )
    other = http.get(call(http, "GET", f"/badge/{SANDBOX_BADGE_ID}").json()["image_url"])
    assert other.content != image.content
    page = http.get(badge["url"])
    assert page.status_code == 200 and "NOT the real Navigatr" in page.text


# ---------------------------------------------------------------------------------------------
# Auth
# ---------------------------------------------------------------------------------------------


def test_auth_variants(sim: NavigatrSimulator, http: httpx.Client) -> None:
    unauthorised = load("issue_401")["body"]
    assert call(http, "GET", "/user_detail/0", token=None).json() == unauthorised
    assert call(http, "GET", "/user_detail/0", token="not-a-token").status_code == 401
    bearer = call(
        http, "GET", "/user_detail/0", token=None, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}
    )
    assert bearer.status_code == 200
    assert issue(http, token=OTHER_TOKEN).status_code == 403
    assert call(http, "GET", "/badge_assertion/", token=OTHER_TOKEN).json()["items"] == []
    sim.revoke_token()
    assert call(http, "GET", "/user_detail/0").status_code == 401
    assert issue(http).json() == unauthorised
    assert call(http, "GET", "/user_detail/0", token=OTHER_TOKEN).status_code == 200
    assert sim.ledger() == []


@pytest.mark.sim(revoke_after=2)
def test_revoke_after_n_issues(sim: NavigatrSimulator, http: httpx.Client) -> None:
    assert [issue(http).status_code for _ in range(3)] == [200, 200, 401]
    assert call(http, "GET", "/user_detail/0").status_code == 401
    assert len(sim.ledger()) == 2


# ---------------------------------------------------------------------------------------------
# Issuing
# ---------------------------------------------------------------------------------------------


def test_min_score_badge(sim: NavigatrSimulator, http: httpx.Client) -> None:
    too_low = issue(http, MIN_SCORE_BADGE_ID, {**ISSUE, "score": MIN_SCORE - 1})
    assert too_low.status_code == 202 and too_low.json() == {"detail": "Score is too low"}
    assert sim.ledger() == []
    assert issue(http, MIN_SCORE_BADGE_ID, {**ISSUE, "score": MIN_SCORE}).json()["score"] == MIN_SCORE
    assert issue(http, MIN_SCORE_BADGE_ID).status_code == 200  # no score: issued regardless
    assert [a["score"] for a in sim.ledger()] == [MIN_SCORE, None]


def test_reissue_creates_another_assertion(sim: NavigatrSimulator, http: httpx.Client) -> None:
    first, second = issue(http).json(), issue(http).json()
    assert second["id"] == first["id"] + 1
    ledger = sim.ledger()
    assert [a["id"] for a in ledger] == [first["id"], second["id"]]
    assert {a["recipient_email"] for a in ledger} == {ISSUE["recipient_email"]}
    assert first["status"] == "Pending" and first["provider"] == {"id": 1, "name": "Northwind Training"}


def test_issue_outcomes_by_badge(http: httpx.Client) -> None:
    statuses = {bid: issue(http, bid).status_code for bid in (BADGE_400_ID, BADGE_400_OU_ID, 123456, 2131)}
    assert statuses == {BADGE_400_ID: 400, BADGE_400_OU_ID: 400, 123456: 404, 2131: 422}
    assert issue(http, SANDBOX_BADGE_ID).status_code == 200


def test_issue_provider_choice(http: httpx.Client) -> None:
    assert issue(http, SANDBOX_BADGE_ID, {**ISSUE, "provider_id": 2}).json()["provider_id"] == 2
    assert issue(http, FIRST_AID_BADGE_ID, {**ISSUE, "provider_id": 1}).status_code == 200
    assert issue(http, FIRST_AID_BADGE_ID, {**ISSUE, "provider_id": 2}).status_code == 403
    assert issue(http, BADGE_403_ID, {**ISSUE, "provider_id": 99}).status_code == 403


def test_issue_echoes_optional_fields(http: httpx.Client) -> None:
    body = {**ISSUE, "evidence_text": "Completed course", "evidence_url": "https://example.org/e/1"}
    made = issue(http, body={**body, "issue_date": "2024-06-01", "score": 88}).json()
    assert (made["evidence_text"], made["evidence_url"], made["issue_date"], made["score"]) == (
        "Completed course",
        "https://example.org/e/1",
        "2024-06-01",
        88,
    )


@pytest.mark.parametrize(
    ("body", "locs"),
    [
        ({**ISSUE, "recipient_email": "not-an-email"}, [["body", "recipient_email"]]),
        ({**ISSUE, "score": "lots"}, [["body", "score"]]),
        (
            {**ISSUE, "recipient_firstname": " ", "issue_date": "June"},
            [["body", "recipient_firstname"], ["body", "issue_date"]],
        ),
        (
            {"recipient_email": 5},
            [["body", "recipient_email"], ["body", "recipient_firstname"], ["body", "recipient_lastname"]],
        ),
        ([ISSUE], [["body"]]),
        ({**ISSUE, "evidence_url": "ftp.example.org"}, [["body", "evidence_url"]]),
    ],
)
def test_issue_validation(
    sim: NavigatrSimulator, http: httpx.Client, body: Any, locs: list[list[str]]
) -> None:
    response = issue(http, body=body)
    assert response.status_code == 422
    assert [d["loc"] for d in response.json()["detail"]] == locs
    assert sim.ledger() == []


def test_issue_rejects_broken_json(http: httpx.Client) -> None:
    response = call(http, "PUT", f"/badge/{FIRST_AID_BADGE_ID}/issue", content=b"{not json")
    assert response.status_code == 422 and response.json()["detail"][0]["type"] == "value_error.jsondecode"


# ---------------------------------------------------------------------------------------------
# Assertions
# ---------------------------------------------------------------------------------------------


def test_assertion_search_get_and_revoke(sim: NavigatrSimulator, http: httpx.Client) -> None:
    ada1, ada2 = issue(http).json(), issue(http, SANDBOX_BADGE_ID).json()
    issue(http, body={**ISSUE, "recipient_email": "bob@example.org"})
    mine = call(
        http, "GET", "/badge_assertion", params={"recipient_email": "ADA.LOVELACE@example.org"}
    ).json()
    assert [a["id"] for a in mine["items"]] == [ada2["id"], ada1["id"]]  # newest first
    by_badge = call(http, "GET", f"/badge/{FIRST_AID_BADGE_ID}/assertions", params={"size": 1}).json()
    assert (by_badge["total"], by_badge["pages"], len(by_badge["items"])) == (2, 2, 1)
    assert call(http, "GET", f"/badge/{BADGE_404_ID}/assertions").status_code == 404
    assert call(http, "GET", f"/badge_assertion/{ada1['id']}").json() == ada1
    assert call(http, "GET", f"/badge_assertion/{ada1['id']}", token=OTHER_TOKEN).status_code == 403
    revoked = call(http, "PUT", f"/badge_assertion/{ada1['id']}/revoke").json()
    assert (revoked["status"], revoked["revocation_reason"]) == ("Revoked", None)
    assert [a["status"] for a in sim.ledger()] == ["Revoked", "Pending", "Pending"]
    only_revoked = call(http, "GET", "/badge_assertion/", params={"status": "revoked"}).json()
    assert [a["id"] for a in only_revoked["items"]] == [ada1["id"]]
    assert call(http, "PUT", "/badge_assertion/999/revoke").status_code == 404


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("403", 403), ("drop", None)])
def test_lookup_faults(sim: NavigatrSimulator, http: httpx.Client, kind: str, status: int | None) -> None:
    issue(http)
    sim.set_lookup_fault(kind)
    for path in ("/badge_assertion/", f"/badge/{FIRST_AID_BADGE_ID}/assertions"):
        if status is None:
            with pytest.raises(TRANSPORT_LOST):
                call(http, "GET", path)
        else:
            assert call(http, "GET", path).status_code == status
    assert issue(http).status_code == 200  # issuing is not affected
    sim.set_lookup_fault(None)
    assert call(http, "GET", "/badge_assertion/").json()["total"] == 2
    with pytest.raises(ValueError):
        sim.set_lookup_fault("teapot")


# ---------------------------------------------------------------------------------------------
# Issue faults
# ---------------------------------------------------------------------------------------------


def test_drop_after_commit_loses_the_answer_but_not_the_badge(
    sim: NavigatrSimulator, http: httpx.Client
) -> None:
    sim.queue_faults("drop_after_commit")
    with pytest.raises(TRANSPORT_LOST):
        issue(http)
    assert [a["recipient_email"] for a in sim.ledger()] == [ISSUE["recipient_email"]]
    assert sim.stats()["faults"] == {"drop_after_commit": 1}
    assert issue(http).status_code == 200  # the next request on a fresh connection works


@pytest.mark.parametrize(
    ("kind", "status", "created"),
    [("500_after_commit", 500, 1), ("504_after_commit", 504, 1), ("html_200", 200, 0), ("503", 503, 0)],
)
def test_answer_faults(
    sim: NavigatrSimulator, http: httpx.Client, kind: str, status: int, created: int
) -> None:
    sim.queue_faults("none", kind)
    assert issue(http).status_code == 200  # "none" behaves normally
    response = issue(http)
    assert response.status_code == status
    assert len(sim.ledger()) == 1 + created
    if kind == "html_200":
        assert response.headers["content-type"].startswith("text/html") and "<form" in response.text
    if kind == "503":
        assert response.headers["retry-after"] == "1"
    assert sim.stats()["faults"] == {kind: 1}


@pytest.mark.sim(stall_seconds=30)
def test_stall_times_out_the_client_but_creates_the_badge(
    sim: NavigatrSimulator, make_client: MakeClient
) -> None:
    sim.queue_faults("stall")
    with pytest.raises(httpx.ReadTimeout):
        issue(make_client(base_url=sim.base_url, timeout=0.5))
    assert len(sim.ledger()) == 1


@pytest.mark.sim(stall_seconds=30)
def test_stop_is_fast_with_a_stalled_request_and_idle_connections(
    sim: NavigatrSimulator, make_client: MakeClient
) -> None:
    sim.queue_faults("stall")
    idle = make_client(base_url=sim.base_url, timeout=5)
    assert call(idle, "GET", "/user_detail/0").status_code == 200  # keep-alive connection left open
    outcome: list[Any] = []

    def stalled() -> None:
        with make_client(base_url=sim.base_url, timeout=30) as client:
            try:
                outcome.append(issue(client))
            except httpx.HTTPError as exc:
                outcome.append(exc)

    worker = threading.Thread(target=stalled, daemon=True)
    worker.start()
    deadline = time.monotonic() + 5
    while not sim.ledger() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(sim.ledger()) == 1
    sim.stop()
    worker.join(20)  # the stall is 30 s: only stop() can have ended it this soon
    assert not worker.is_alive() and isinstance(outcome[0], httpx.HTTPError)


@pytest.mark.sim(fault_rate=1.0, fault_kinds=("503",))
def test_random_faults_use_the_configured_kinds(sim: NavigatrSimulator, http: httpx.Client) -> None:
    assert {issue(http).status_code for _ in range(4)} == {503}
    sim.set(fault_rate=0.0)
    assert issue(http).status_code == 200


def test_random_faults_are_deterministic_for_a_seed(
    make_sim: Callable[..., NavigatrSimulator], make_client: MakeClient
) -> None:
    def run(seed: int) -> tuple[list[int], dict[str, int]]:
        sim = make_sim(
            seed=seed, fault_rate=0.5, fault_kinds=("503", "html_200", "500_after_commit"), rate_limit=None
        )
        with make_client(base_url=sim.base_url) as client:
            codes = [issue(client).status_code for _ in range(12)]
        return codes, sim.stats()["faults"]

    first = run(7)
    assert first == run(7)
    assert len(set(first[0])) > 1 and 0 < sum(first[1].values()) < 12


def test_settings_are_checked(sim: NavigatrSimulator) -> None:
    with pytest.raises(ValueError):
        sim.set(fault_kinds=("teapot",))
    with pytest.raises(ValueError):
        sim.set(fault_rate=2)
    with pytest.raises(TypeError):
        sim.set(colour="blue")
    with pytest.raises(ValueError):
        sim.queue_faults("teapot")
    with pytest.raises(ValueError):
        NavigatrSimulator(host="0.0.0.0")
    assert set(DEFAULT_FAULT_KINDS) < set(ALL_FAULT_KINDS) and "stall" in ALL_FAULT_KINDS


@pytest.mark.sim(latency_ms=150)
def test_latency_and_runtime_settings(
    sim: NavigatrSimulator, http: httpx.Client, make_client: MakeClient
) -> None:
    started = time.monotonic()
    assert call(http, "GET", "/user_detail/0").status_code == 200
    assert time.monotonic() - started >= 0.14  # a lower bound: the delay exists (nothing says how fast)
    sim.set(latency_ms=60_000)
    with pytest.raises(httpx.ReadTimeout):
        call(make_client(base_url=sim.base_url, timeout=0.5), "GET", "/user_detail/0")
    sim.set(latency_ms=0, jitter_ms=0)  # takes effect at once: no 60 s wait behind a 30 s timeout
    assert call(make_client(base_url=sim.base_url, timeout=30), "GET", "/user_detail/0").status_code == 200
    assert (sim.settings()["latency_ms"], sim.settings()["jitter_ms"]) == (0, 0)


@pytest.mark.sim(rate_limit=(1, 60.0), request_latency_ms=3000)
def test_request_latency_is_spent_before_the_rate_limit(
    sim: NavigatrSimulator, make_client: MakeClient
) -> None:
    """A request sent first but delayed on its way in finds its slot taken by a later, faster one."""
    statuses: list[int] = []
    slow = make_client(base_url=sim.base_url, headers={"X-Access-Token": DEMO_TOKEN}, timeout=30)
    worker = threading.Thread(target=lambda: statuses.append(slow.get("/user_detail/0").status_code))
    worker.start()
    deadline = time.monotonic() + 10
    while sim.stats()["waiting"] < 1 and time.monotonic() < deadline:
        time.sleep(0.005)
    sim.set(request_latency_ms=0)
    fast = make_client(base_url=sim.base_url, headers={"X-Access-Token": DEMO_TOKEN}, timeout=30)
    assert fast.get("/user_detail/0").status_code == 200
    worker.join(30)
    assert statuses == [429]
    assert [entry[3] for entry in sim.request_log()] == [200, 429]


def test_assertion_lookups_lag_and_redact(sim: NavigatrSimulator, http: httpx.Client) -> None:
    sim.set(lookup_lag_s=3600)
    made = issue(http).json()
    assert made["recipient_email"] == ISSUE["recipient_email"]  # the issue answer is immediate and plain
    assert call(http, "GET", "/badge_assertion/").json()["items"] == []
    assert call(http, "GET", f"/badge/{FIRST_AID_BADGE_ID}/assertions").json()["total"] == 0
    assert call(http, "GET", f"/badge_assertion/{made['id']}").status_code == 404
    revoked = call(http, "PUT", f"/badge_assertion/{made['id']}/revoke", json={"revocation_reason": "x"})
    assert revoked.status_code == 200  # writes are not lagging
    sim.set(lookup_lag_s=0, redact_emails=True)
    shown = issue(http).json()
    found = call(
        http, "GET", "/badge_assertion/", params={"recipient_email": ISSUE["recipient_email"]}
    ).json()
    assert [(a["id"], a["recipient_email"]) for a in found["items"]] == [(shown["id"], "a***@e***.org")]
    assert call(http, "GET", f"/badge_assertion/{shown['id']}").json()["recipient_email"] == "a***@e***.org"
    assert [a["recipient_email"] for a in sim.ledger()] == [ISSUE["recipient_email"]] * 2


# ---------------------------------------------------------------------------------------------
# Rate limit
# ---------------------------------------------------------------------------------------------


@pytest.mark.sim(rate_limit=(5, 2.0))
def test_sixth_quick_request_is_429(sim: NavigatrSimulator, http: httpx.Client) -> None:
    headers = {"X-Access-Token": DEMO_TOKEN}
    codes = [http.get("/user_detail/0", headers=headers).status_code for _ in range(5)]
    limited = http.put(f"/badge/{FIRST_AID_BADGE_ID}/issue", json=ISSUE, headers=headers)
    assert codes == [200] * 5 and limited.status_code == 429
    assert limited.json() == load("issue_429")["body"]
    assert int(limited.headers["retry-after"]) in (1, 2)
    assert http.get("/user_detail/0", headers={"X-Access-Token": OTHER_TOKEN}).status_code == 200  # per token
    assert sim.stats()["count_429"] == 1 and sim.stats()["issue_requests"] == 1
    assert sim.ledger() == []
    assert [entry[3] for entry in sim.request_log()] == [200] * 5 + [429, 200]


def _max_in_window(times: list[float], window: float) -> int:
    return max((sum(1 for u in times if t <= u < t + window) for t in times), default=0)


@pytest.mark.sim(rate_limit=(5, 0.3))
def test_concurrent_burst_never_exceeds_the_window(sim: NavigatrSimulator, make_client: MakeClient) -> None:
    stop_at = time.monotonic() + 30  # a safety net: the workers stop once enough were admitted

    def admitted_enough() -> bool:
        return (
            sum(1 for *_, status in sim.request_log() if status != 429) >= 10 and sim.stats()["count_429"] > 0
        )

    def hammer() -> None:
        with make_client(base_url=sim.base_url, headers={"X-Access-Token": DEMO_TOKEN}) as client:
            while time.monotonic() < stop_at and not admitted_enough():
                client.get("/user_detail/0")
                time.sleep(0.005)

    workers = [threading.Thread(target=hammer) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    log = sim.request_log()
    admitted = [t for t, _, _, status in log if status != 429]
    assert _max_in_window(admitted, 0.3) <= 5
    assert len(admitted) >= 10  # 429s do not use up slots: the window keeps refilling
    assert sim.stats()["count_429"] == len(log) - len(admitted) > 0


@pytest.mark.sim(rate_limit=(2, 0.5))
def test_retry_after_is_a_whole_number_of_seconds(http: httpx.Client) -> None:
    headers = {"X-Access-Token": DEMO_TOKEN}
    responses = [http.get("/user_detail/0", headers=headers) for _ in range(3)]
    assert responses[2].status_code == 429 and responses[2].headers["retry-after"] == "1"
    assert responses[2].json()["detail"] == "Rate limit exceeded: 2 requests per 0.5 seconds"


# ---------------------------------------------------------------------------------------------
# Plumbing: paths, outages, admin, concurrency, the command line
# ---------------------------------------------------------------------------------------------


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert call(http, "GET", "/badge/2001/nonsense").json() == {"detail": "Not Found"}
    assert http.get(http.base_url.copy_with(path="/elsewhere")).status_code == 404
    assert call(http, "POST", "/badge/2001/issue").status_code == 405
    assert call(http, "GET", "/badge/2001/issue").headers["allow"] == "PUT"


def test_large_body_then_the_server_still_works(sim: NavigatrSimulator, http: httpx.Client) -> None:
    assert issue(http, body={**ISSUE, "evidence_text": "x" * 70_000}).status_code == 413
    assert issue(http).status_code == 200
    assert len(sim.ledger()) == 1


def test_offline_then_online_on_the_same_port(sim: NavigatrSimulator, http: httpx.Client) -> None:
    assert issue(http).status_code == 200
    port, base_url = sim.port, sim.base_url
    sim.go_offline()
    with pytest.raises(httpx.ConnectError):
        http.get("/user_detail/0", headers={"X-Access-Token": DEMO_TOKEN})
    sim.go_offline()  # idempotent
    sim.go_online()
    assert (sim.port, sim.base_url) == (port, base_url)
    assert call(http, "GET", "/user_detail/0").status_code == 200
    assert len(sim.ledger()) == 1


def test_admin_endpoints(sim: NavigatrSimulator, http: httpx.Client, make_client: MakeClient) -> None:
    admin = make_client(base_url=sim.base_url.removesuffix("/v1"))
    issue(http)
    assert [a["id"] for a in admin.get("/_sim/ledger").json()] == [FIRST_ASSERTION_ID]
    for _ in range(12):  # not rate-limited
        stats = admin.get("/_sim/stats")
        assert stats.status_code == 200
    assert stats.json()["issue_requests"] == 1 and stats.json()["by_status"] == {"200": 1}
    assert admin.post("/_sim/settings", json={"latency_ms": 5, "fault_kinds": ["503"]}).json()[
        "fault_kinds"
    ] == ["503"]
    assert admin.post("/_sim/settings", json={"bogus": 1}).status_code == 400
    assert admin.post("/_sim/queue_faults", json=["503", "html_200"]).status_code == 200
    assert admin.post("/_sim/queue_faults", json=["teapot"]).status_code == 400
    assert [issue(http).status_code for _ in range(3)] == [503, 200, 200]
    assert len(admin.get("/_sim/ledger").json()) == 2
    assert admin.post("/_sim/lookup_fault", json={"kind": "500"}).status_code == 200
    assert call(http, "GET", "/badge_assertion/").status_code == 500
    assert admin.post("/_sim/revoke").json() == {"revoked": DEMO_TOKEN}
    assert issue(http).status_code == 401
    assert admin.get("/_sim/nothing").status_code == 404


@pytest.mark.sim(rate_limit=None)
def test_concurrent_issues_are_all_recorded(sim: NavigatrSimulator, make_client: MakeClient) -> None:
    def worker(n: int) -> None:
        with make_client(base_url=sim.base_url, headers={"X-Access-Token": DEMO_TOKEN}) as client:
            for i in range(10):
                assert (
                    issue(client, body={**ISSUE, "recipient_email": f"l{n}.{i}@example.org"}).status_code
                    == 200
                )

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    ledger = sim.ledger()
    assert [a["id"] for a in ledger] == list(range(FIRST_ASSERTION_ID, FIRST_ASSERTION_ID + 80))
    assert len({a["recipient_email"] for a in ledger}) == 80
    assert sim.stats()["issue_requests"] == 80


def test_context_manager_starts_and_stops(make_client: MakeClient) -> None:
    client = make_client()
    for _ in range(5):
        with NavigatrSimulator() as sim:
            assert client.get(f"{sim.base_url}/badge/{FIRST_AID_BADGE_ID}").status_code == 401
        with pytest.raises(httpx.ConnectError):
            client.get(f"{sim.base_url}/badge/{FIRST_AID_BADGE_ID}")


def test_the_demo_simulator_enforces_a_minimum_the_badge_does_not_state() -> None:
    from badgedesk.platforms import registry

    with (
        registry.NAVIGATR.open_simulator(demo=True, rate_limit=None) as sim,
        httpx.Client(base_url=sim.base_url) as http,
    ):
        badge = http.get(f"/badge/{FIRST_AID_BADGE_ID}", headers={"X-Access-Token": DEMO_TOKEN}).json()
        assert badge["min_score"] is None  # the badge states no minimum
        low = issue(http, FIRST_AID_BADGE_ID, {**ISSUE, "score": 58})
        assert (low.status_code, low.json()) == (202, {"detail": "Score is too low"})
        assert issue(http, FIRST_AID_BADGE_ID, {**ISSUE, "score": 70}).status_code == 200
    with NavigatrSimulator(rate_limit=None) as plain, httpx.Client(base_url=plain.base_url) as http:
        assert issue(http, FIRST_AID_BADGE_ID, {**ISSUE, "score": 58}).status_code == 200  # tests' own: none
