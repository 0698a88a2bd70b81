"""The Badge Award Service client on httpx.MockTransport: requests it makes, answers it understands."""

from __future__ import annotations

import json

import httpx
import pytest

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import base
from badgedesk.platforms.award_service import (
    AwardServiceClient,
    badge_issuable,
    classify_issue,
    classify_status,
    normalise_url,
    parse_badge_ref,
    peer_mentor_key,
)
from badgedesk.platforms.base import Badge, IssueRequest, PlatformError, Recipient

ROOT = "https://awards.example.org"


def client_for(handler, base_url=ROOT, **fields) -> AwardServiceClient:
    return AwardServiceClient(
        "tok",
        base_url=base_url,
        timeout=5,
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
        transport=httpx.MockTransport(handler),
        fields={"awarded_by": "admin-per-001", **fields},
    )


def error(status, code, message):
    return httpx.Response(status, json={"error": {"code": code, "message": message}})


def request(mentor="PM-0001", badge="bdg-def-001", **over) -> IssueRequest:
    return IssueRequest(badge, Recipient(mentor), **over)


@pytest.mark.parametrize(
    "typed",
    [
        ROOT,
        ROOT + "/",
        ROOT + "/api/v1",
        ROOT + "/api/v1/",
        ROOT + "/API/V1/earned-badges",
        "  " + ROOT + " ",
    ],
)
def test_the_address_is_the_service_root(typed):
    assert normalise_url(typed) == ROOT
    assert client_for(lambda r: httpx.Response(200)).base_url == ROOT


def test_connection_needs_address_awarded_by_and_token():
    with pytest.raises(InputError) as err:
        AwardServiceClient("tok", base_url=ROOT, fields={})
    assert err.value.code == "awarded_by_missing"
    with pytest.raises(InputError) as err:
        AwardServiceClient("tok", base_url="", fields={"awarded_by": "x"})
    assert err.value.code == "base_url_missing"
    with pytest.raises(InputError):
        AwardServiceClient(" ", base_url=ROOT, fields={"awarded_by": "x"})
    with pytest.raises(InputError):
        AwardServiceClient("tok", base_url="http://awards.example.org", fields={"awarded_by": "x"})


def test_peer_mentor_ids_are_trimmed_and_keep_their_case():
    assert peer_mentor_key(" \u00a0pm-Kari-001\u00a0\t") == "pm-Kari-001"
    assert AwardServiceClient.recipient_key("PM-0001 ") == "PM-0001"


def test_badge_references():
    assert parse_badge_ref(" bdg-def-003 ") == "bdg-def-003"
    assert parse_badge_ref("https://awards.example.org/api/v1/badge-definitions/bdg-def-9") == "bdg-def-9"
    assert (
        parse_badge_ref(f"{ROOT}/api/v1/earned-badges/check?badge_definition_id=B7&peer_mentor_id=x") == "B7"
    )
    for bad in ("", "two words", "https://awards.example.org/profile"):
        with pytest.raises(InputError):
            parse_badge_ref(bad)
    assert badge_issuable(Badge("x", "X")) == (True, "", "")


def test_every_request_carries_the_bearer_token_and_account_reads_one_earned_badge():
    seen = []

    def handler(req):
        seen.append(req)
        return httpx.Response(200, json={"data": [], "pagination": {"page": 1, "limit": 1, "total": 0}})

    account = client_for(handler, ROOT + "/api/v1").account()
    assert seen[0].headers["Authorization"] == "Bearer tok"
    assert seen[0].url.path == "/api/v1/earned-badges" and seen[0].url.params["limit"] == "1"
    assert "admin-per-001" in account.detail
    assert [p.id for p in client_for(handler).providers()] == ["award-service"]


def test_issue_checks_first_then_posts_the_documented_body():
    seen = []

    def handler(req):
        seen.append(req)
        if req.url.path.endswith("/check"):
            return httpx.Response(200, json={"has_earned": False, "earned_badge_id": None})
        body = json.loads(req.content)
        return httpx.Response(201, json={"id": "earned-015", **body})

    answer = client_for(handler).issue(request(" PM-0001\u00a0", note="Retreat"))
    assert answer.kind == base.ISSUED and answer.award.id == "earned-015"
    assert [(r.method, r.url.path) for r in seen] == [
        ("GET", "/api/v1/earned-badges/check"),
        ("POST", "/api/v1/earned-badges"),
    ]
    assert dict(seen[0].url.params) == {"badge_definition_id": "bdg-def-001", "peer_mentor_id": "PM-0001"}
    assert json.loads(seen[1].content) == {
        "badge_definition_id": "bdg-def-001",
        "peer_mentor_id": "PM-0001",
        "awarded_by": "admin-per-001",
        "note": "Retreat",
    }


def test_a_held_badge_is_never_posted():
    seen = []

    def handler(req):
        seen.append(req.method)
        return httpx.Response(200, json={"has_earned": True, "earned_badge_id": "earned-002"})

    answer = client_for(handler).issue(request())
    assert answer.kind == base.ALREADY_HELD and answer.award.id == "earned-002"
    assert seen == ["GET"]


@pytest.mark.parametrize(
    "reply,kind",
    [
        (httpx.Response(200, text="<html>login</html>"), base.NOT_SENT),
        (httpx.Response(429, headers={"Retry-After": "2"}), base.RATE_LIMITED),
        (httpx.Response(503), base.UNAVAILABLE),
        (error(401, "unauthorized", "bad token"), base.AUTH),
    ],
)
def test_a_failed_check_sends_nothing(reply, kind):
    methods = []

    def handler(req):
        methods.append(req.method)
        return reply

    assert client_for(handler).issue(request()).kind == kind
    assert methods == ["GET"]


def test_unknown_peer_mentor_fails_the_row_with_its_id():
    answer = client_for(lambda r: error(404, "peer_mentor_not_found", "Peer mentor not found")).issue(
        request("pm-x")
    )
    assert (answer.kind, answer.code, answer.scope) == (base.REJECTED, "peer_mentor_unknown", base.SCOPE_ROW)
    assert "pm-x" in answer.message


def test_403_stops_the_run_saying_the_role_needed():
    def handler(req):
        if req.method == "GET":
            return httpx.Response(200, json={"has_earned": False})
        return error(403, "forbidden", "Coordinators cannot award")

    answer = client_for(handler).issue(request())
    assert (answer.kind, answer.scope) == (base.AUTH, base.SCOPE_RUN)  # the token's: exit 3, resumable
    assert "admin or system" in answer.message and "Coordinators cannot award" in answer.message


@pytest.mark.parametrize(
    "reply,kind",
    [
        (httpx.Response(500), base.AMBIGUOUS),
        (httpx.Response(504), base.AMBIGUOUS),
        (httpx.Response(200, text="<html>portal</html>"), base.AMBIGUOUS),
        (
            httpx.Response(
                201, json={"id": "e1", "peer_mentor_id": "someone-else", "badge_definition_id": "b"}
            ),
            base.AMBIGUOUS,
        ),
        (httpx.Response(201, json={"id": "e1"}), base.ISSUED),
        (httpx.Response(503), base.UNAVAILABLE),
        (error(400, "validation_error", "note must be a string"), base.REJECTED),
        (error(404, "badge_definition_not_found", "no"), base.REJECTED),
        (error(409, "duplicate", "already earned"), base.ALREADY_HELD),
        (httpx.Response(418), base.FAILED),
    ],
)
def test_post_answers(reply, kind):
    assert classify_issue(reply, "PM-0001", "b").kind == kind


@pytest.mark.parametrize(
    "body,text",
    [
        ({"error": {"code": "x", "message": "from error.message"}}, "from error.message"),
        ({"error": {"code": "x", "detail": "from error.detail"}}, "from error.detail"),
        ({"detail": "plain detail"}, "plain detail"),
        ({"message": "plain message"}, "plain message"),
        ({"detail": [{"msg": "field required"}]}, "field required"),
    ],
)
def test_error_text_is_found_where_it_is(body, text):
    answer = classify_status(httpx.Response(400, json=body))
    assert answer.detail == text and text in answer.message


def test_a_definition_404_stops_the_run_and_a_bare_404_points_at_the_address():
    assert classify_status(error(404, "badge_definition_not_found", "x")).scope == base.SCOPE_BADGE
    bare = classify_status(httpx.Response(404))
    assert bare.scope == base.SCOPE_BADGE and "address" in bare.message


def test_library_from_definitions_every_page():
    def handler(req):
        page = int(req.url.params["page"])
        data = [
            {"id": f"d{page}{i}", "badge_name": f"N{page}{i}", "icon_url": "i"}
            for i in range(100 if page == 1 else 3)
        ]
        return httpx.Response(
            200, json={"data": data, "pagination": {"page": page, "limit": 100, "total": 103}}
        )

    client = client_for(handler)
    badges = client.badges(None)
    assert len(badges) == 103 and not client.library_from_earned
    assert badges[0].image_url == "i"


def test_library_falls_back_to_earned_badges_on_404():
    paths = []

    def handler(req):
        paths.append(req.url.path)
        if "badge-definitions" in req.url.path:
            return error(404, "not_found", "no such endpoint")
        page = int(req.url.params["page"])
        item = {
            "id": f"e{page}",
            "badge_definition_id": f"def-{page % 2}",
            "badge_name": f"Name {page % 2}",
            "icon_url": "u",
        }
        return httpx.Response(
            200,
            json={"data": [item] * 100 if page < 3 else [item], "pagination": {"total": 201, "limit": 100}},
        )

    client = client_for(handler)
    badges = client.badges(None)
    assert {b.id for b in badges} == {"def-0", "def-1"} and client.library_from_earned
    assert all(b.raw["seen_in_earned_badges"] for b in badges)
    assert paths.count("/api/v1/earned-badges") == 3
    typed = client.badge("def-typed")
    assert typed.id == "def-typed" and typed.raw["typed"]


def test_find_awards_uses_the_check():
    def handler(req):
        assert req.url.path.endswith("/check")
        if req.url.params["peer_mentor_id"] == "ghost":
            return error(404, "peer_mentor_not_found", "nope")
        return httpx.Response(200, json={"has_earned": True, "earned_badge_id": "e9", "awarded_at": "t"})

    client = client_for(handler)
    assert [a.id for a in client.find_awards("b", " PM-1 ")] == ["e9"]
    assert client.find_awards("b", "ghost") == []


def _revoke_handler(record, delete_reply):
    def handler(req):
        if req.method == "DELETE":
            record["sent"] = json.loads(req.content)
            return delete_reply
        return httpx.Response(200, json=record["state"])

    return handler


def test_revoke_sends_the_reason_and_verifies():
    record = {"state": {"id": "e1", "revoked_at": "2026-03-26T12:00:00Z", "revoke_reason": "r"}}
    award = client_for(_revoke_handler(record, httpx.Response(200, json={"revoked": True}))).revoke("e1", "r")
    assert award.status == "revoked" and record["sent"] == {"revoke_reason": "r"}


def test_revoke_that_did_not_take_is_not_success():
    record = {"state": {"id": "e1", "revoked_at": None}}
    with pytest.raises(PlatformError) as err:
        client_for(_revoke_handler(record, httpx.Response(200, json={}))).revoke("e1")
    assert err.value.code == "revoke_unconfirmed"
    with pytest.raises(PlatformError) as err:
        client_for(
            _revoke_handler(record, error(400, "validation_error", "revoke_reason is required"))
        ).revoke("e1")
    assert err.value.code == "revoke_refused" and "DELETE" in err.value.message


def test_revoking_an_already_revoked_award_counts_as_revoked():
    record = {"state": {"id": "e1", "revoked_at": "t", "revoke_reason": "old"}}
    award = client_for(_revoke_handler(record, error(409, "already_revoked", "x"))).revoke("e1")
    assert award.status == "revoked"


def test_a_403_on_revoke_says_the_role():
    with pytest.raises(PlatformError) as err:
        client_for(lambda r: error(403, "forbidden", "no")).revoke("e1")
    assert err.value.kind == base.AUTH and "admin or system" in err.value.message


@pytest.mark.parametrize("reply", [httpx.Response(500), error(502, "bad_gateway", "proxy")])
def test_a_check_answered_by_a_server_error_backs_off_and_sends_nothing(reply):
    methods = []

    def handler(req):
        methods.append(req.method)
        return reply

    answer = client_for(handler).issue(request())
    assert (answer.kind, answer.code) == (base.UNAVAILABLE, "check_failed") and methods == ["GET"]


def test_a_revoke_answered_by_a_server_error_is_read_back():
    record = {"state": {"id": "e1", "revoked_at": "t", "revoke_reason": "r"}}
    award = client_for(_revoke_handler(record, httpx.Response(500))).revoke("e1", "r")
    assert award.status == "revoked"
    record["state"] = {"id": "e1", "revoked_at": None}
    with pytest.raises(PlatformError) as err:
        client_for(_revoke_handler(record, httpx.Response(500))).revoke("e1", "r")
    assert err.value.kind == base.AMBIGUOUS
