"""The Certifier client against answers built from documented shapes (httpx.MockTransport).

Sources ("§2.x" is a section of /work/shared/reference/other-providers.md; seeds/002_* is
Certifier's own reference page):
- §2.1 headers on every request: ``Authorization: Bearer``, ``Certifier-Version: 2022-10-26``;
- §2.2 ``GET /v1/groups?cursor=&limit=`` → ``{"data": [...], "pagination": {"prev", "next"}}``;
- §2.3 create-issue-send, issue, send ``{"deliveryMethod": "email"}``; the credential object (seed);
- §2.4 ``POST /v1/credentials/search`` with ``filter`` AND/OR and ``in``; ``data`` + ``pagination``;
- §2.5 ``DELETE /v1/credentials/{id}``, empty body;
- §2.6 errors ``{"error": {"code", "message"}}``: missing_version, invalid_version, invalid_json,
  validation_error, unauthorized, payment_required, forbidden, not_found, conflict, rate_limited,
  internal_server_error.
"""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import base
from badgedesk.platforms.base import IssueRequest, PlatformError
from badgedesk.platforms.certifier import API_VERSION, CertifierClient, badge_issuable, parse_badge_ref

API = "https://api.certifier.test/v1"
GROUP = "01g90279gp5sbmfek7wymcsvec"
TOKEN = "cert-token-123"
EMAIL = "Ada.Lovelace@Example.org"
EMAIL_LOWER = EMAIL.lower()


def client_for(handler) -> CertifierClient:
    return CertifierClient(
        f" {TOKEN} ",
        base_url=API,
        transport=httpx.MockTransport(handler),
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
    )


def credential(status="issued", group=GROUP, email=EMAIL_LOWER, ident="01hz2f0c9ryvzajg20jqh9taab") -> dict:
    """The credential object of seeds/002_* (Issue a credential's example answer)."""
    return {
        "id": ident,
        "publicId": "124a8110-1af5-4747-9308-e9d06bd1852a",
        "groupId": group,
        "status": status,
        "recipient": {"id": "01jmerb62apgachxwx6db76c7s", "name": "Ada Lovelace", "email": email},
        "issueDate": "2022-01-01",
        "expiryDate": "2023-01-01",
        "attributes": {"recipient.name": "Ada Lovelace"},
        "customAttributes": {},
        "createdAt": "2022-01-01T00:00:00.000Z",
        "updatedAt": "2022-01-01T00:00:00.000Z",
    }


def error(status, code, message="x", headers=None) -> httpx.Response:
    """§2.6: ``{"error": {"code", "message"}}``."""
    return httpx.Response(status, json={"error": {"code": code, "message": message}}, headers=headers)


class Recorder:
    """A handler answering search with ``hits`` and everything else from ``answers`` by path."""

    def __init__(self, hits=(), **answers):
        self.hits = list(hits)
        self.answers = answers
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v1")
        if path == "/credentials/search":
            return httpx.Response(200, json={"data": self.hits, "pagination": {"prev": None, "next": None}})
        answer = self.answers.get(path.rsplit("/", 1)[-1])
        if callable(answer):
            return answer(request)
        return answer or httpx.Response(201, json=credential())

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]


def issue(client, **over) -> base.Answer:
    return client.issue(IssueRequest.for_email(GROUP, EMAIL, "Ada", "Lovelace", **over))


def test_every_request_carries_the_bearer_token_and_the_version():
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, json={"id": "ws1", "name": "Northwind"})

    with client_for(handler) as client:
        account = client.account()
        providers = client.providers()
    assert account.name == "Northwind" and [p.name for p in providers] == ["Northwind"]
    assert {r.headers["Authorization"] for r in seen} == {f"Bearer {TOKEN}"}
    assert {r.headers["Certifier-Version"] for r in seen} == {API_VERSION} == {"2022-10-26"}
    assert seen[0].url.path == "/v1/workspace"


@pytest.mark.parametrize("code", ["missing_version", "invalid_version"])
def test_a_refused_version_is_explained_as_badgedesks_problem(code):
    with client_for(lambda r: error(400, code)) as client:
        with pytest.raises(PlatformError) as raised:
            client.account()
        answer = issue(client)
    assert raised.value.code == code and "problem in BadgeDesk" in raised.value.message
    assert answer.kind == base.REJECTED and answer.scope == base.SCOPE_RUN


def test_groups_follow_the_cursor_until_next_is_null():
    pages = {None: (["g1", "g2"], "c2"), "c2": (["g3"], "c3"), "c3": (["g4"], None)}
    seen = []

    def handler(request):
        cursor = request.url.params.get("cursor")
        seen.append((cursor, request.url.params.get("limit")))
        ids, following = pages[cursor]
        data = [{"id": i, "name": f"Group {i}", "learningEventUrl": ""} for i in ids]
        return httpx.Response(200, json={"data": data, "pagination": {"prev": None, "next": following}})

    with client_for(handler) as client:
        badges = client.badges(None)
        assert [b.name for b in client.badges(None, "group G3")] == ["Group g3"]
    assert [b.id for b in badges] == ["g1", "g2", "g3", "g4"]
    assert seen[:3] == [(None, "100"), ("c2", "100"), ("c3", "100")]
    assert all(badge_issuable(b) == (True, "", "") for b in badges)


def test_the_search_uses_the_documented_grammar_and_both_forms_of_the_email():
    rec = Recorder()
    with client_for(rec) as client:
        answer = issue(client)
    search = json.loads(rec.requests[0].content)
    assert search["filter"] == {"AND": [{"recipient": {"email": {"in": [EMAIL, EMAIL.lower()]}}}]}
    assert answer.kind == base.ISSUED and answer.award.id == "01hz2f0c9ryvzajg20jqh9taab"
    assert rec.paths()[1] == "POST /v1/credentials/create-issue-send"
    body = json.loads(rec.requests[1].content)
    assert body["groupId"] == GROUP and body["recipient"] == {"name": "Ada Lovelace", "email": EMAIL.lower()}
    assert body["issueDate"] == dt.date.today().isoformat() and "expiryDate" not in body


def test_dates_and_a_full_name_go_as_written():
    rec = Recorder()
    with client_for(rec) as client:
        client.issue(
            IssueRequest.for_email(
                GROUP, EMAIL, "Ada King", "", issue_date="2026-11-30", expires="2027-11-30"
            )
        )
        bad = issue(client, expires="30/11/2027")
    body = json.loads(rec.requests[1].content)
    assert body["issueDate"] == "2026-11-30" and body["expiryDate"] == "2027-11-30"
    assert body["recipient"]["name"] == "Ada King"
    assert bad.kind == base.REJECTED and bad.code == "request_invalid"


@pytest.mark.parametrize("status", ["issued", "scheduled"])
def test_a_hit_in_the_group_is_already_held(status):
    rec = Recorder(hits=[credential(status, group="01other0000000000000000000"), credential(status)])
    with client_for(rec) as client:
        answer = issue(client)
    assert (answer.kind, answer.code) == (base.ALREADY_HELD, "already_held")
    assert len(rec.requests) == 1  # nothing created


def test_a_hit_in_another_group_does_not_count():
    rec = Recorder(hits=[credential(group="01other0000000000000000000")])
    with client_for(rec) as client:
        assert issue(client).kind == base.ISSUED
        assert client.find_awards(GROUP, EMAIL.lower()) == []


def test_a_draft_is_adopted_issued_and_sent():
    rec = Recorder(hits=[credential("draft")], issue=httpx.Response(200, json=credential("issued")))
    rec.answers["send"] = httpx.Response(200, json=credential("issued"))
    with client_for(rec) as client:
        answer = issue(client)
    ident = "01hz2f0c9ryvzajg20jqh9taab"
    assert rec.paths()[1:] == [f"POST /v1/credentials/{ident}/issue", f"POST /v1/credentials/{ident}/send"]
    assert json.loads(rec.requests[2].content) == {"deliveryMethod": "email"}
    assert (answer.kind, answer.code, answer.award.id) == (base.ISSUED, "issued_draft", ident)


def test_an_expired_hit_is_not_held_and_the_message_says_a_new_one_was_made():
    rec = Recorder(hits=[credential("expired", ident="01old00000000000000000000a")])
    with client_for(rec) as client:
        answer = issue(client)
        assert client.find_awards(GROUP, EMAIL) == []
    assert answer.kind == base.ISSUED and "expired" in answer.message and "new one" in answer.message


def test_find_awards_counts_drafts_and_follows_search_pages():
    calls = []

    def handler(request):
        body = json.loads(request.content)
        calls.append(body.get("cursor"))
        if body.get("cursor") is None:
            return httpx.Response(200, json={"data": [credential("draft")], "pagination": {"next": "p2"}})
        return httpx.Response(
            200, json={"data": [credential("issued", ident="01b")], "pagination": {"next": None}}
        )

    with client_for(handler) as client:
        found = client.find_awards(GROUP, EMAIL.lower())
    assert [a.status for a in found] == ["draft", "issued"] and calls == [None, "p2"]


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>Log in to the Wi-Fi</html>"),
        httpx.Response(200, json={"ok": True}),
        httpx.Response(500, json={"error": {"code": "internal_server_error", "message": "x"}}),
        httpx.Response(504, text="Gateway Time-out"),
    ],
)
def test_unclear_answers_are_ambiguous(response):
    with client_for(Recorder(**{"create-issue-send": response})) as client:
        assert issue(client).kind == base.AMBIGUOUS


def test_a_transport_failure_after_sending_is_ambiguous():
    def drop(request):
        raise httpx.RemoteProtocolError("dropped", request=request)

    with client_for(Recorder(**{"create-issue-send": drop})) as client:
        answer = issue(client)
    assert (answer.kind, answer.code) == (base.AMBIGUOUS, "connection_dropped")


@pytest.mark.parametrize(
    ("status", "code", "kind", "scope"),
    [
        (400, "validation_error", base.REJECTED, base.SCOPE_ROW),
        (400, "invalid_json", base.REJECTED, base.SCOPE_ROW),
        (401, "unauthorized", base.AUTH, base.SCOPE_RUN),
        (402, "payment_required", base.REJECTED, base.SCOPE_RUN),
        (403, "forbidden", base.REJECTED, base.SCOPE_BADGE),
        (404, "not_found", base.REJECTED, base.SCOPE_BADGE),
        (409, "conflict", base.REJECTED, base.SCOPE_ROW),
        (429, "rate_limited", base.RATE_LIMITED, base.SCOPE_ROW),
        (503, "unavailable", base.UNAVAILABLE, base.SCOPE_ROW),
    ],
)
def test_each_error_code_is_explained(status, code, kind, scope):
    headers = {"Retry-After": "7"} if status == 429 else None
    response = error(
        status, code, "The requested feature is only available to premium organizations", headers
    )
    with client_for(Recorder(**{"create-issue-send": response})) as client:
        answer = issue(client)
    assert (answer.kind, answer.scope, answer.http_status) == (kind, scope, status)
    assert answer.message and "\n" not in answer.message
    if status == 402:
        assert "premium" in answer.message and answer.code == "payment_required"
    if status == 429:
        assert answer.retry_after == 7


def test_a_failed_search_sends_nothing():
    def handler(request):
        return error(500, "internal_server_error")

    rec = []
    with client_for(lambda r: rec.append(r) or handler(r)) as client:
        answer = issue(client)
    assert answer.kind == base.UNAVAILABLE and all(r.url.path == "/v1/credentials/search" for r in rec)


def test_award_delete_and_no_revoke():
    seen = []

    def handler(request):
        seen.append(f"{request.method} {request.url.path}")
        if request.method == "DELETE":
            return httpx.Response(404 if len(seen) > 2 else 204)
        return httpx.Response(200, json=credential())

    with client_for(handler) as client:
        assert client.award("01hz2f0c9ryvzajg20jqh9taab").status == "issued"
        assert client.delete("01hz2f0c9ryvzajg20jqh9taab") is None
        assert client.delete("01hz2f0c9ryvzajg20jqh9taab") is None  # 404: already deleted
        with pytest.raises(PlatformError) as raised:
            client.revoke("01hz2f0c9ryvzajg20jqh9taab")
    assert raised.value.code == "revoke_unsupported" and raised.value.kind == base.REJECTED
    assert seen[1] == "DELETE /v1/credentials/01hz2f0c9ryvzajg20jqh9taab"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GROUP, GROUP),
        (f"https://app.certifier.io/groups/{GROUP}", GROUP),
        (f"https://app.certifier.io/credential-templates/{GROUP.upper()}/settings", GROUP),
        (f"app.certifier.io/groups/{GROUP}/recipients", GROUP),
    ],
)
def test_badge_references(text, expected):
    assert parse_badge_ref(text) == expected


@pytest.mark.parametrize("text", ["", "https://app.certifier.io/groups/", "two words"])
def test_bad_badge_references(text):
    with pytest.raises(InputError):
        parse_badge_ref(text)


def test_an_empty_token_and_plain_http_are_refused():
    with pytest.raises(InputError):
        CertifierClient("  ")
    with pytest.raises(InputError):
        CertifierClient("t", base_url="http://api.certifier.io/v1")
    with CertifierClient("t") as client:
        assert (client.base_url, client.environment) == ("https://api.certifier.io/v1", "production")
