"""The Navigatr client: answer classification from the shared fixtures, and live calls to the simulator."""

from __future__ import annotations

import json
import ssl

import httpx
import pytest

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import base, navigatr_fixtures
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms.base import IssueRequest, PlatformError
from badgedesk.platforms.navigatr import (
    EVIDENCE_TEXT_LIMIT,
    NavigatrClient,
    parse_badge_ref,
    resolve_base_url,
)

# Every issue_* fixture and what the client must make of it: (kind, code, scope).
ISSUE_EXPECTATIONS = {
    "issue_200": (base.ISSUED, "issued", base.SCOPE_ROW),
    "issue_202": (base.NEEDS_REVIEW, "score_too_low", base.SCOPE_ROW),
    "issue_400": (base.REJECTED, "badge_not_api_issuable", base.SCOPE_BADGE),
    "issue_401": (base.AUTH, "token_rejected", base.SCOPE_RUN),
    "issue_403": (base.REJECTED, "provider_forbidden", base.SCOPE_BADGE),
    "issue_404": (base.REJECTED, "badge_not_found", base.SCOPE_BADGE),
    "issue_422_deactivated": (base.REJECTED, "badge_unpublished", base.SCOPE_BADGE),
    "issue_422_unpublished": (base.REJECTED, "badge_unpublished", base.SCOPE_BADGE),
    "issue_422_validation": (base.REJECTED, "request_invalid", base.SCOPE_ROW),
    "issue_429": (base.RATE_LIMITED, "rate_limited", base.SCOPE_ROW),
    "issue_500": (base.AMBIGUOUS, "server_error", base.SCOPE_ROW),
    "issue_503": (base.UNAVAILABLE, "service_unavailable", base.SCOPE_ROW),
    "issue_504": (base.AMBIGUOUS, "server_error", base.SCOPE_ROW),
    "issue_html_200": (base.AMBIGUOUS, "unreadable_answer", base.SCOPE_ROW),
}


def fixture_response(name: str) -> httpx.Response:
    fx = navigatr_fixtures.load(name)
    body = fx["body"]
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    return httpx.Response(fx["status"], headers=fx["headers"], content=content)


def mock_client(handler, token="  sim-token \n", **kw) -> NavigatrClient:
    return NavigatrClient(
        token,
        base_url="https://api.example.test/v1",
        transport=httpx.MockTransport(handler),
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
        **kw,
    )


def request_for(fx_name: str) -> IssueRequest:
    sent = navigatr_fixtures.load(fx_name)["request"].get("json") or {}
    return IssueRequest.for_email(
        badge_id="2001",
        email=sent.get("recipient_email", "ada.lovelace@example.org"),
        first_name=sent.get("recipient_firstname", "Ada"),
        last_name=sent.get("recipient_lastname", "Lovelace"),
    )


def test_every_issue_fixture_has_an_expectation():
    assert sorted(n for n in navigatr_fixtures.names() if n.startswith("issue_")) == sorted(
        ISSUE_EXPECTATIONS
    )


@pytest.mark.parametrize("name", sorted(ISSUE_EXPECTATIONS))
def test_issue_answers_are_classified_per_the_status_table(name):
    kind, code, scope = ISSUE_EXPECTATIONS[name]
    with mock_client(lambda request: fixture_response(name)) as client:
        answer = client.issue(request_for(name))
    assert (answer.kind, answer.code, answer.scope) == (kind, code, scope)
    assert answer.http_status == navigatr_fixtures.load(name)["status"]
    assert answer.message and "\n" not in answer.message
    if kind == base.ISSUED:
        assert answer.award is not None and answer.award.id == "50001"
    if name == "issue_202":
        assert "Score is too low" in answer.message
    if name in ("issue_429", "issue_503"):
        assert answer.retry_after is not None and answer.retry_after >= 1
    if name == "issue_422_validation":
        assert "recipient_email" in answer.detail


def test_a_200_naming_someone_else_is_not_taken_as_issued():
    def handler(request):
        body = navigatr_fixtures.load("issue_200")["body"] | {"recipient_email": "someone.else@example.org"}
        return httpx.Response(200, json=body)

    with mock_client(handler) as client:
        answer = client.issue(request_for("issue_200"))
    assert answer.kind == base.AMBIGUOUS and answer.code == "unreadable_answer"


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ConnectError("refused"), base.NOT_SENT),
        (httpx.ConnectTimeout("slow connect"), base.NOT_SENT),
        (httpx.ReadTimeout("no answer"), base.AMBIGUOUS),
        (httpx.RemoteProtocolError("server disconnected"), base.AMBIGUOUS),
        (httpx.ReadError("reset"), base.AMBIGUOUS),
    ],
)
def test_transport_failures_say_whether_the_request_may_have_arrived(exc, kind):
    def handler(request):
        raise exc

    with mock_client(handler) as client:
        assert client.issue(request_for("issue_200")).kind == kind


def test_the_request_carries_trimmed_token_user_agent_and_short_evidence():
    seen = {}

    def handler(request):
        seen["headers"] = request.headers
        seen["json"] = json.loads(request.content)
        seen["path"] = request.url.path
        return fixture_response("issue_200")

    with mock_client(handler) as client:
        client.issue(
            IssueRequest.for_email(
                "2001",
                " ada.lovelace@example.org ",
                "Ada",
                "Lovelace",
                provider_id="1",
                score=88,
                evidence_text="x" * 5000,
                evidence_url="https://example.org/e",
                issue_date="2026-11-25",
            )
        )
    assert seen["headers"]["x-access-token"] == "sim-token"
    assert seen["headers"]["user-agent"].startswith("BadgeDesk/")
    assert seen["path"] == "/v1/badge/2001/issue"
    sent = seen["json"]
    assert sent["recipient_email"] == "ada.lovelace@example.org"
    assert sent["provider_id"] == 1 and sent["score"] == 88
    assert len(sent["evidence_text"]) == EVIDENCE_TEXT_LIMIT
    assert sent["evidence_url"] == "https://example.org/e" and sent["issue_date"] == "2026-11-25"


def test_tls_uses_the_system_trust_store_and_always_verifies():
    client = NavigatrClient("t", environment="production")
    try:
        ctx = client.http._client._transport._pool._ssl_context
        assert type(ctx).__module__.startswith("truststore")
        assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    finally:
        client.close()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3425", "3425"),
        (" 0051 ", "51"),
        ("https://navigatr.app/badge/3425/digital-badge-basics", "3425"),
        ("https://navigatr.app/badge/3425", "3425"),
        ("navigatr.app/badge/77/x?ref=mail", "77"),
    ],
)
def test_badge_refs(value, expected):
    assert parse_badge_ref(value) == expected


@pytest.mark.parametrize("value", ["", "abc", "https://navigatr.app/provider/12", "34 25"])
def test_bad_badge_refs_say_what_to_give(value):
    with pytest.raises(InputError) as err:
        parse_badge_ref(value)
    assert "badge ID or badge URL" in err.value.message


def test_hosts_and_loopback_only_http():
    assert resolve_base_url("production") == ("https://api.navigatr.app/v1", "production")
    assert resolve_base_url("staging") == ("https://stagapi.navigatr.app/v1", "staging")
    assert resolve_base_url(base_url="http://127.0.0.1:8750/v1/")[0] == "http://127.0.0.1:8750/v1"
    assert resolve_base_url(base_url="http://localhost:1/v1")[1] == "custom:http://localhost:1/v1"
    assert resolve_base_url(base_url="https://api.navigatr.app/v1")[1] == "production"
    for bad in ("http://192.168.1.10/v1", "http://api.navigatr.app/v1", "ftp://x/v1", "nonsense"):
        with pytest.raises(InputError):
            resolve_base_url(base_url=bad)
    with pytest.raises(InputError):
        resolve_base_url("qa")


def test_missing_token_and_silly_timeout_are_refused():
    with pytest.raises(InputError):
        NavigatrClient("   ")
    with pytest.raises(InputError):
        NavigatrClient("t", timeout=0)


# -- live, against the simulator ----------------------------------------------------------------


@pytest.fixture(scope="module")
def live():
    with simmod.NavigatrSimulator(rate_limit=(5, 0.2)) as server:
        yield server


@pytest.fixture
def client(live):
    with NavigatrClient(
        simmod.DEMO_TOKEN, base_url=live.base_url, timeout=5, limiter=SlidingWindowLimiter(5, 0.2, 0.01)
    ) as c:
        yield c


def test_current_user_and_providers(client):
    user = client.current_user()
    assert user["id"] and user["providers"]
    providers = client.providers()
    assert {p.name for p in providers} >= {"Northwind Training", "Contoso Academy"}


def test_badge_library_reads_every_page(client, live):
    badges = client.badges("1")
    assert len(badges) > 100  # more than one page of 100 and far more than the plugin's 50
    assert len({b.id for b in badges}) == len(badges)
    assert str(simmod.SANDBOX_BADGE_ID) in {b.id for b in badges}
    paged = [r for r in live.request_log() if "/badge" in r[2] and r[1] == "GET"]
    assert len(paged) >= 2


def test_keyword_search_and_single_badge(client):
    found = client.badges("1", keyword="first aid")
    assert found and all("first aid" in b.name.lower() for b in found)
    badge = client.badge(str(simmod.MIN_SCORE_BADGE_ID))
    assert badge.min_score == 70


def test_find_award_and_revoke(client):
    email = "grace.hopper@example.org"
    assert client.find_award(str(simmod.FIRST_AID_BADGE_ID), email) is None
    answer = client.issue(
        IssueRequest.for_email(str(simmod.FIRST_AID_BADGE_ID), "Grace.Hopper@Example.org", "Grace", "Hopper")
    )
    assert answer.kind == base.ISSUED
    found = client.find_award(str(simmod.FIRST_AID_BADGE_ID), email)
    assert found is not None and found.id == answer.award.id
    revoked = client.revoke(found.id, "issued by mistake")
    assert revoked.status == "Revoked"
    assert client.find_award(str(simmod.FIRST_AID_BADGE_ID), email) is None


def test_wrong_token_is_an_auth_error(live):
    c = NavigatrClient("not-a-token", base_url=live.base_url, limiter=SlidingWindowLimiter(5, 0.2))
    with c, pytest.raises(PlatformError) as err:
        c.providers()
    assert err.value.kind == base.AUTH and err.value.http_status == 401


def test_unknown_badge_is_a_rejection(client):
    with pytest.raises(PlatformError) as err:
        client.badge("999999")
    assert err.value.kind == base.REJECTED and err.value.code == "badge_not_found"


def test_a_200_that_is_the_badge_itself_is_issued_with_the_award_unknown():
    """Seed 001: a 200 carries "the issued badge object". The badge's ID is never taken as the award's."""
    badge = navigatr_fixtures.load("badge_200")["body"]
    request = IssueRequest.for_email(str(badge["id"]), "ada@example.org", "Ada", "Lovelace")
    with mock_client(lambda r: httpx.Response(200, json=badge)) as client:
        answer = client.issue(request)
    assert (answer.kind, answer.code, answer.award) == ("issued", "issued_award_unknown", None)
    # Another ID and no recipient: an assertion whose email is left out, as before.
    other = {"id": 777, "badge_id": badge["id"], "status": "Pending"}
    with mock_client(lambda r: httpx.Response(200, json=other)) as client:
        answer = client.issue(request)
    assert (answer.kind, answer.award.id) == ("issued", "777")
