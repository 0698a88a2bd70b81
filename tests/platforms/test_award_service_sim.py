"""The Badge Award Service simulator (NOT a real service), driven over real HTTP with httpx (127.0.0.1 only)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from badgedesk.platforms import award_service_sim as asim
from badgedesk.platforms.award_service_sim import AwardServiceSimulator
from tests.platforms.test_simcore import assert_answer_matches

EARNED = "/api/v1/earned-badges"
AWARD = {
    "badge_definition_id": "bdg-def-003",
    "peer_mentor_id": "PM-0001",
    "awarded_by": asim.DEMO_AWARDED_BY,
    "note": "Cohort day",
}
TRANSPORT_LOST = (httpx.RemoteProtocolError, httpx.ReadError)
Case = Callable[[AwardServiceSimulator, httpx.Client], httpx.Response]


@pytest.fixture
def make_award() -> Iterator[Callable[..., AwardServiceSimulator]]:
    with contextlib.ExitStack() as stack:
        yield lambda **kw: stack.enter_context(
            AwardServiceSimulator(**{"rate_limit": None, "seed": 42, **kw})
        )


@pytest.fixture
def sim(make_award) -> AwardServiceSimulator:
    return make_award()


def bearer(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


@pytest.fixture
def http(sim, make_client) -> httpx.Client:
    return make_client(base_url=sim.base_url, headers=bearer(asim.DEMO_TOKEN), timeout=10)


def award(http: httpx.Client, **changes: Any) -> httpx.Response:
    body = {**AWARD, **changes}
    return http.post(EARNED, json={k: v for k, v in body.items() if v is not ...})


def check(http: httpx.Client, definition="bdg-def-003", mentor="PM-0001") -> dict[str, Any]:
    response = http.get(
        f"{EARNED}/check", params={"badge_definition_id": definition, "peer_mentor_id": mentor}
    )
    assert response.status_code == 200, response.text
    return response.json()


# -- every fixture has a live answer ------------------------------------------------------------


def _get(path: str, token: str | None = asim.DEMO_TOKEN) -> Case:
    return lambda sim, http: http.get(path, headers=bearer(token) if token else {"Authorization": ""})


def _faulted(kind: str) -> Case:
    def run(sim, http):
        sim.queue_faults(kind)
        return award(http)

    return run


def _rate_limited(sim, http):
    sim.set(rate_limit=(2, 30.0))
    for _ in range(2):
        http.get(EARNED)
    return http.get(EARNED)


def _revoke(times: int) -> Case:
    def run(sim, http):
        for _ in range(times - 1):
            http.request("DELETE", f"{EARNED}/earned-001", json={"revoke_reason": "Criteria no longer met"})
        return http.request(
            "DELETE", f"{EARNED}/earned-001", json={"revoke_reason": "Criteria no longer met"}
        )

    return run


def _no_definitions(sim, http):
    sim.set(definitions_endpoint=False)
    return http.get("/api/v1/badge-definitions")


LIVE_CASES: dict[str, Case] = {
    "earned_badges_page_200": _get(f"{EARNED}?limit=1"),
    "earned_badge_200": _get(f"{EARNED}/earned-001"),
    "earned_badge_404": _get(f"{EARNED}/earned-999"),
    "award_201": lambda sim, http: award(http),
    "check_200": _get(f"{EARNED}/check?badge_definition_id=bdg-def-001&peer_mentor_id=PM-0031"),
    "check_200_not_earned": _get(f"{EARNED}/check?badge_definition_id=bdg-def-002&peer_mentor_id=PM-0001"),
    "revoke_200": _revoke(1),
    "already_revoked_409": _revoke(2),
    "badge_definitions_200": _get("/api/v1/badge-definitions?page=1&limit=1"),
    "definitions_404": _no_definitions,
    "not_found_404": _get("/api/v1/nothing"),
    "peer_mentor_404": lambda sim, http: award(http, peer_mentor_id=asim.UNKNOWN_PEER_MENTOR),
    "definition_404": lambda sim, http: award(http, badge_definition_id=asim.UNKNOWN_DEFINITION_ID),
    "forbidden_403": lambda sim, http: http.post(EARNED, json=AWARD, headers=bearer(asim.COORDINATOR_TOKEN)),
    "unauthorized_401": _get(EARNED, None),
    "validation_400": lambda sim, http: award(http, badge_definition_id=...),
    "method_405": lambda sim, http: http.put(EARNED, json={}),
    "payload_413": lambda sim, http: http.post(EARNED, content=b"x" * (70 * 1024)),
    "rate_limited_429": _rate_limited,
    "unavailable_503": _faulted("503"),
    "server_error_500": _faulted("500_after_commit"),
    "gateway_timeout_504": _faulted("504_after_commit"),
    "captive_portal_200": _faulted("html_200"),
}


def test_every_fixture_has_a_live_case() -> None:
    assert set(LIVE_CASES) == set(asim.FIXTURES.names())


@pytest.mark.parametrize("name", sorted(LIVE_CASES))
def test_live_answer_matches_fixture(name, sim, http) -> None:
    assert_answer_matches(LIVE_CASES[name](sim, http), asim.FIXTURES.load(name), max_retry_after=30)


def test_fixtures_name_their_source_and_status() -> None:
    for name in asim.FIXTURES.names():
        fx = asim.FIXTURES.load(name)
        assert len(fx["_source"]) > 20 and f"_{fx['status']}" in name
        assert (
            "Seed 003" in fx["_source"]
            or "BadgeDesk's choice" in fx["_source"]
            or "Not the service" in fx["_source"]
        )
        if isinstance(fx["body"], dict) and fx["status"] >= 300:
            assert set(fx["body"]) == {"error"} and set(fx["body"]["error"]) == {"code", "message"}


# -- behaviour ----------------------------------------------------------------------------------


def test_base_url_is_the_service_root(sim):
    assert sim.base_url == sim.origin and not sim.base_url.endswith("/api/v1")


def test_roles(sim, make_client):
    for token, status in (
        (asim.DEMO_TOKEN, 201),
        (asim.SYSTEM_TOKEN, 201),
        (asim.COORDINATOR_TOKEN, 403),
        (asim.PEER_MENTOR_TOKEN, 403),
        ("nobody", 401),
    ):
        client = make_client(base_url=sim.base_url, headers=bearer(token), timeout=10)
        assert client.post(EARNED, json={**AWARD, "peer_mentor_id": "PM-0002"}).status_code == status
        if status != 401:
            assert (
                client.get(
                    f"{EARNED}/check",
                    params={"badge_definition_id": "bdg-def-001", "peer_mentor_id": "PM-0001"},
                ).status_code
                == 200
            )
    assert len(sim.ledger()) == 2


def test_a_blind_second_post_makes_a_second_record(sim, http):
    first, second = award(http).json(), award(http).json()
    assert first["id"] != second["id"] and sim.held_count("bdg-def-003", "PM-0001") == 2
    assert check(http)["earned_badge_id"] == second["id"]


def test_check_and_soft_revoke(sim, http):
    assert check(http)["has_earned"] is False
    made = award(http).json()
    assert check(http) | {"awarded_at": None} == {
        "badge_definition_id": "bdg-def-003",
        "peer_mentor_id": "PM-0001",
        "has_earned": True,
        "earned_badge_id": made["id"],
        "awarded_at": None,
    }
    gone = http.request("DELETE", f"{EARNED}/{made['id']}", json={"revoke_reason": "wrong person"})
    assert gone.json()["revoked"] is True and gone.json()["revoke_reason"] == "wrong person"
    assert check(http)["has_earned"] is False
    kept = http.get(f"{EARNED}/{made['id']}").json()
    assert kept["revoked_at"] and kept["revoke_reason"] == "wrong person"


def test_a_proxy_that_drops_delete_bodies(sim, http):
    sim.set(drop_delete_body=True)
    gone = http.request("DELETE", f"{EARNED}/earned-001", json={"revoke_reason": "lost on the way"})
    assert gone.status_code == 200 and gone.json()["revoke_reason"] is None
    sim.set(revoke_reason_required=True)
    refused = http.request("DELETE", f"{EARNED}/earned-002", json={"revoke_reason": "lost again"})
    assert refused.status_code == 400 and http.get(f"{EARNED}/earned-002").json()["revoked_at"] is None


def test_list_filters_and_pages(sim, http):
    for n in range(1, 26):
        assert award(http, peer_mentor_id=f"PM-{n:04d}").status_code == 201
    page = http.get(EARNED, params={"badge_definition_id": "bdg-def-003", "page": 2, "limit": 10}).json()
    assert page["pagination"] == {"page": 2, "limit": 10, "total": 25} and len(page["data"]) == 10
    mine = http.get(EARNED, params={"peer_mentor_id": "PM-0031"}).json()
    assert {i["badge_definition_id"] for i in mine["data"]} == {"bdg-def-001", "bdg-def-002"}
    assert http.get(EARNED, params={"limit": 1000}).json()["pagination"]["limit"] == asim.MAX_LIMIT
    assert http.get(EARNED, params={"page": "x"}).status_code == 400


def test_definitions_can_be_switched_off(sim, http):
    assert http.get("/api/v1/badge-definitions/bdg-def-002").json()["badge_name"] == "Streak Champion"
    sim.set(definitions_endpoint=False)
    assert http.get("/api/v1/badge-definitions/bdg-def-002").status_code == 404
    with pytest.raises(ValueError):
        sim.set(definitions_endpoint="no")


def test_faults_keep_or_lose_the_record(sim, http):
    sim.queue_faults("drop_after_commit", "503")
    with pytest.raises(TRANSPORT_LOST):
        award(http)
    assert check(http)["has_earned"] is True
    assert award(http, peer_mentor_id="PM-0002").status_code == 503
    assert check(http, mentor="PM-0002")["has_earned"] is False
    assert sim.stats()["issue_requests"] == 2 and sim.stats()["faults"] == {"drop_after_commit": 1, "503": 1}


def test_lookup_faults_and_lag(sim, http):
    sim.set_lookup_fault("500")
    assert (
        http.get(
            f"{EARNED}/check", params={"badge_definition_id": "bdg-def-001", "peer_mentor_id": "PM-0031"}
        ).status_code
        == 500
    )
    sim.set_lookup_fault(None)
    sim.set(lookup_lag_s=60)
    made = award(http).json()
    assert check(http)["has_earned"] is False and http.get(f"{EARNED}/{made['id']}").status_code == 404


def test_hidden_rate_limit_revoked_token_and_offline(sim, http, make_client):
    sim.set(rate_limit=(3, 30.0))
    statuses = [http.get(EARNED).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429] and sim.stats()["count_429"] == 1
    sim.set(rate_limit=None)
    sim.revoke_token()
    assert http.get(EARNED).status_code == 401
    sim.go_offline()
    with pytest.raises(httpx.ConnectError):
        make_client(base_url=sim.base_url, timeout=2).get(EARNED)
    sim.go_online()
    assert (
        make_client(base_url=sim.base_url, headers=bearer(asim.SYSTEM_TOKEN), timeout=5)
        .get(EARNED)
        .status_code
        == 200
    )


def test_admin_endpoints_and_icons(sim, make_client):
    admin = make_client(base_url=sim.origin, timeout=5)
    assert admin.get("/_sim/images/bdg-def-001.png").headers["content-type"] == "image/png"
    assert admin.post("/_sim/queue_faults", json=["503"]).json() == {"queued": 1}
    assert len(admin.get("/_sim/all_records").json()) == len(asim.SEEDED_AWARDS)
    assert admin.get("/_sim/ledger").json() == []


def test_main_help(capsys):
    with pytest.raises(SystemExit) as exc:
        asim.main(["--help"])
    assert exc.value.code == 0 and "NOT the real" in capsys.readouterr().out
