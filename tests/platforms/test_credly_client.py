"""The Credly client against answers built from documented shapes (httpx.MockTransport).

Each test names the source of the shape it builds. "§1.x" is a section of
/work/shared/reference/other-providers.md, which cites Credly's docs and public clients:
- §1.2 auth (HTTP Basic, token as user name), token list with ``expires_at``;
- §1.3 badge templates ``{"data": [...], "metadata": {..., "next_page_url"}}``, ``state``;
- §1.4 issue ``POST /organizations/{org}/badges``, 201 ``{"data": {issued badge}}``, ``issued_at``;
- §1.5 duplicates: 422 with ``data.message`` "User already has this badge"; ``duplicate_behavior``;
- §1.6 revoke ``PUT …/badges/{id}/revoke`` ``{"reason", "suppress_revoke_notification_email"}``;
- §1.7 errors: 400/401/403/404/410/422/500/503, message at ``data.message``.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled, SlidingWindowLimiter
from badgedesk.platforms import base, credly, registry
from badgedesk.platforms.base import IssueRequest, PlatformError, Recipient
from badgedesk.platforms.credly import CredlyClient, badge_issuable, issued_at, parse_badge_ref

API = "https://api.credly.test/v1"
ORG = "b7f4bd1e-5c1a-4a0e-9d3e-6f1e2a3b4c5d"
TEMPLATE = "0b2d7c1e-9f0a-4c3e-8d21-5a6b7c8d9e0f"
TOKEN = "AbCdEf0123456789tokenXYZ"
EMAIL = "ada.lovelace@example.org"


def client_for(handler, fields=None, **kw) -> CredlyClient:
    return CredlyClient(
        f"  {TOKEN} \n",
        base_url=API,
        transport=httpx.MockTransport(handler),
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
        fields={"org_id": ORG, **(fields or {})},
        **kw,
    )


def issued_badge(**over) -> dict:
    """An issued badge as §1.4 lists its keys (OpenNTI's issued_badges.json fixture)."""
    item = {
        "id": "9a1b2c3d-0000-4000-8000-000000000001",
        "state": "pending",
        "badge_template": {"id": TEMPLATE, "name": "First Aid"},
        "recipient_email": EMAIL,
        "issued_to_first_name": "Ada",
        "issued_to_last_name": "Lovelace",
        "issued_at": "2026-11-25T00:00:00.000-05:00",
        "badge_url": "https://www.credly.com/badges/9a1b2c3d-0000-4000-8000-000000000001",
        "replaces_badge_id": None,
        "replacement_badge_id": None,
    }
    return item | over


def request_for(**over) -> IssueRequest:
    recipient = over.pop("recipient", Recipient(EMAIL, EMAIL, "Ada", "Lovelace"))
    return IssueRequest(badge_id=TEMPLATE, recipient=recipient, **over)


def sent_for(request: IssueRequest) -> dict:
    """The JSON body the client POSTs for this request (answered with a §1.4 201)."""
    seen = []

    def handler(r):
        seen.append(json.loads(r.content))
        return httpx.Response(201, json={"data": issued_badge()})

    with client_for(handler) as client:
        client.issue(request)
    return seen[0]


def answer_to(response: httpx.Response, **request_over) -> base.Answer:
    with client_for(lambda request: response) as client:
        return client.issue(request_for(**request_over))


def error_body(message: str) -> dict:
    # §1.7: credly-ruby takes the message from body.data.message
    return {"data": {"message": message}, "metadata": {}}


# -- the request ---------------------------------------------------------------------------------


def test_issue_sends_basic_auth_token_as_user_and_the_documented_fields():
    # §1.2 (token as the Basic user name, empty password) and §1.4 (required body keys)
    seen = {}

    def handler(request):
        seen.update(method=request.method, path=request.url.path, headers=request.headers)
        seen["json"] = json.loads(request.content)
        return httpx.Response(201, json={"data": issued_badge()})

    with client_for(handler) as client:
        answer = client.issue(request_for(recipient=Recipient(EMAIL, f" {EMAIL} ", " Ada ", "Lovelace")))
    assert answer.kind == base.ISSUED
    assert seen["method"] == "POST" and seen["path"] == f"/v1/organizations/{ORG}/badges"
    assert seen["headers"]["authorization"] == "Basic " + base64.b64encode(f"{TOKEN}:".encode()).decode()
    assert seen["headers"]["user-agent"].startswith("BadgeDesk/")
    sent = seen["json"]
    assert sent["recipient_email"] == EMAIL and sent["badge_template_id"] == TEMPLATE
    assert (sent["issued_to_first_name"], sent["issued_to_last_name"]) == ("Ada", "Lovelace")
    for optional in ("expires_at", "evidence", "issuer_earner_id", "locale", "duplicate_behavior"):
        assert optional not in sent
    assert "suppress_badge_notification_email" not in sent


def test_issued_at_is_credlys_documented_format_with_the_offset():
    # §1.4: example "2014-04-01 09:41:00 -0500"
    minus5 = dt.timezone(dt.timedelta(hours=-5))
    assert issued_at("2026-11-25", tz=minus5) == "2026-11-25 00:00:00 -0500"
    plus530 = dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert issued_at("", now=dt.datetime(2014, 4, 1, 9, 41, 7, 123456, tzinfo=plus530)) == (
        "2014-04-01 09:41:07 +0530"
    )
    with pytest.raises(ValueError):
        issued_at("25/11/2026")


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX time.tzset")
def test_issued_at_uses_the_local_offset_of_that_day(monkeypatch):
    # A POSIX TZ rule (no tz database needed): UTC-5, UTC-4 in summer.
    monkeypatch.setenv("TZ", "EST+5EDT,M3.2.0,M11.1.0")
    time.tzset()
    try:
        assert issued_at("2026-01-15") == "2026-01-15 00:00:00 -0500"
        assert issued_at("2026-07-01") == "2026-07-01 00:00:00 -0400"
        now = issued_at()
        assert dt.datetime.strptime(now, "%Y-%m-%d %H:%M:%S %z").utcoffset() in (
            dt.timedelta(hours=-5),
            dt.timedelta(hours=-4),
        )
    finally:
        monkeypatch.undo()
        time.tzset()


def test_optional_fields_expiry_evidence_earner_id_locale_notification_and_replace():
    # §1.4 optional keys; §1.5 duplicate_behavior "replace"; evidence typed items per §1.4
    sent = sent_for(
        request_for(
            recipient=Recipient(EMAIL, EMAIL, "Ada", "Lovelace", external_id=" PM-0042 "),
            expires="2027-01-31",
            evidence_text="Completed the course",
            evidence_url="https://example.org/work/1",
            replace_existing=True,
            extra={"locale": "fr-CA", "suppress_badge_notification_email": "true"},
        )
    )
    assert sent["expires_at"] == "2027-01-31"  # the calendar date, no time or offset
    assert sent["evidence"] == [
        {
            "type": "UrlEvidence",
            "name": "Evidence",
            "value": "https://example.org/work/1",
            "description": "Completed the course",
        }
    ]
    assert sent["issuer_earner_id"] == "PM-0042"
    assert sent["locale"] == "fr-CA" and sent["suppress_badge_notification_email"] is True
    assert sent["duplicate_behavior"] == "replace"


def test_text_only_evidence_and_a_false_notification_flag():
    sent = sent_for(
        request_for(evidence_text="Assessed on site", extra={"suppress_badge_notification_email": "no"})
    )
    assert sent["evidence"] == [
        {"type": "IdEvidence", "title": "Evidence", "description": "Assessed on site"}
    ]
    assert sent["suppress_badge_notification_email"] is False


@pytest.mark.parametrize("field", ["issue_date", "expires"])
def test_a_malformed_date_is_refused_before_anything_is_sent(field):
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(201, json={"data": issued_badge()})

    with client_for(handler) as client:
        answer = client.issue(request_for(**{field: "31/01/2027"}))
    assert calls == []
    assert (answer.kind, answer.code) == (base.REJECTED, "request_invalid")
    assert "YYYY-MM-DD" in answer.message


# -- issue answers -------------------------------------------------------------------------------


def test_201_with_the_issued_badge_is_issued_with_the_award():
    # §1.4: 201 Created, {"data": {id, state, badge_template, recipient_email, badge_url, …}}
    answer = answer_to(
        httpx.Response(201, json={"data": issued_badge(recipient_email="Ada.Lovelace@Example.org")})
    )
    assert (answer.kind, answer.code, answer.http_status) == (base.ISSUED, "issued", 201)
    award = answer.award
    assert award.id == "9a1b2c3d-0000-4000-8000-000000000001"
    assert (award.badge_id, award.recipient_key, award.status) == (TEMPLATE, EMAIL, "pending")
    assert award.url.startswith("https://www.credly.com/badges/") and award.replaces_id == ""


def test_200_a_bare_object_and_integer_ids_are_tolerated():
    # Docs silent: a 200 instead of 201, no "data" envelope, numeric ids (the unofficial OpenAPI says 200)
    body = issued_badge(id=501, badge_template=None, badge_template_id=TEMPLATE)
    answer = answer_to(httpx.Response(200, json=body))
    assert answer.kind == base.ISSUED and answer.award.id == "501" and answer.award.badge_id == TEMPLATE


def test_replace_names_the_award_it_replaced():
    # §1.4: the issued badge carries replaces_badge_id
    answer = answer_to(
        httpx.Response(201, json={"data": issued_badge(replaces_badge_id="old-77")}), replace_existing=True
    )
    assert answer.kind == base.ISSUED and answer.award.replaces_id == "old-77"
    assert "old-77" in answer.message


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html><body>Sign in to the Wi-Fi</body></html>"),
        httpx.Response(201, content=b""),
        httpx.Response(201, json={"data": None}),
        httpx.Response(201, json={"data": issued_badge(recipient_email="someone.else@example.org")}),
        httpx.Response(201, json={"data": issued_badge(badge_template={"id": "another-template"})}),
        httpx.Response(202, json={"data": issued_badge()}),
    ],
    ids=["captive-portal-html", "empty", "data-null", "someone-else", "other-template", "202"],
)
def test_a_success_status_without_this_learners_badge_is_ambiguous(response):
    answer = answer_to(response)
    assert (answer.kind, answer.code) == (base.AMBIGUOUS, "unreadable_answer")
    assert "Credly" in answer.message and "\n" not in answer.message


@pytest.mark.parametrize(
    "body",
    [
        error_body("User already has this badge"),  # §1.5: isovalent/credly-go, OpenNTI (data.message)
        {"message": "user ALREADY HAS THIS BADGE"},
        {"error": "User already has this badge"},
        {"errors": ["User already has this badge"]},
        {
            "errors": [{"field": "recipient_email", "message": "User already has this badge"}]
        },  # unofficial OpenAPI
    ],
    ids=["data.message", "message", "error", "errors-str", "errors-obj"],
)
def test_422_already_has_this_badge_is_already_held_wherever_the_message_is(body):
    answer = answer_to(httpx.Response(422, json=body))
    assert (answer.kind, answer.code, answer.scope) == (base.ALREADY_HELD, "already_held", base.SCOPE_ROW)
    assert "already has this badge" in answer.detail.lower()


def test_other_422s_are_row_rejections_that_say_why():
    # §1.5: "422 is also used for other validation failures, so match the message"
    answer = answer_to(httpx.Response(422, json=error_body("Recipient email is invalid")))
    assert (answer.kind, answer.code, answer.scope) == (base.REJECTED, "request_invalid", base.SCOPE_ROW)
    assert "Recipient email is invalid" in answer.message and "Credly" in answer.message


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ("Badge template is archived and cannot be issued", "template_archived"),
        ("Badge template is not active", "template_not_active"),
        ("Badge template not found", "badge_not_found"),
    ],
)
def test_422_about_the_template_stops_the_badge(message, code):
    # §1.3: only active templates issue; archived cannot (docs/issued_badges)
    answer = answer_to(httpx.Response(422, json=error_body(message)))
    assert (answer.kind, answer.code, answer.scope) == (base.REJECTED, code, base.SCOPE_BADGE)
    assert message in answer.message


@pytest.mark.parametrize(
    ("status", "kind", "code", "scope"),
    [
        (401, base.AUTH, "token_rejected", base.SCOPE_RUN),
        (403, base.REJECTED, "token_forbidden", base.SCOPE_BADGE),
        (404, base.REJECTED, "badge_not_found", base.SCOPE_BADGE),
        (429, base.RATE_LIMITED, "rate_limited", base.SCOPE_ROW),
        (503, base.UNAVAILABLE, "service_unavailable", base.SCOPE_ROW),
        (500, base.AMBIGUOUS, "server_error", base.SCOPE_ROW),
        (502, base.AMBIGUOUS, "server_error", base.SCOPE_ROW),
        (504, base.AMBIGUOUS, "server_error", base.SCOPE_ROW),
        (400, base.FAILED, "unexpected_status", base.SCOPE_ROW),
        (410, base.FAILED, "unexpected_status", base.SCOPE_ROW),
    ],
)
def test_statuses_are_classified(status, kind, code, scope):
    # §1.7: the statuses clients of Credly meet
    response = httpx.Response(status, headers={"Retry-After": "7"}, json=error_body("Something\nhappened"))
    answer = answer_to(response)
    assert (answer.kind, answer.code, answer.scope, answer.http_status) == (kind, code, scope, status)
    assert "Credly" in answer.message and "\n" not in answer.message
    if status in (429, 503):
        assert answer.retry_after == 7
    if status == 401:
        assert "180 days" in answer.message and "Authorization Tokens" in answer.message
    if status == 500:
        assert "may have been recorded" in answer.message


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ConnectError("refused"), base.NOT_SENT),
        (httpx.ConnectTimeout("slow connect"), base.NOT_SENT),
        (httpx.ReadTimeout("no answer"), base.AMBIGUOUS),
        (httpx.RemoteProtocolError("server disconnected"), base.AMBIGUOUS),
    ],
)
def test_transport_failures_say_whether_the_badge_may_have_been_issued(exc, kind):
    def handler(request):
        raise exc

    with client_for(handler) as client:
        assert client.issue(request_for()).kind == kind


def test_a_held_request_is_never_sent():
    calls = []
    with client_for(lambda r: calls.append(r) or httpx.Response(201)) as client:
        client.before_send = lambda: False
        assert client.http.before_send is client.before_send
        with pytest.raises(Cancelled):
            client.issue(request_for())
    assert calls == []


# -- templates -------------------------------------------------------------------------------------


def template(n: int, state: str = "active") -> dict:
    # §1.3: keys seen in OpenNTI's template_collection.json
    return {
        "id": f"tpl-{n}",
        "name": f"Template {n}",
        "state": state,
        "description": "d",
        "image_url": f"https://images.credly.test/{n}.png",
        "url": f"https://www.credly.com/org/x/badge/template-{n}",
    }


def paged(handler_pages):
    """A handler serving pages 1..n; each page links the next per §1.3 metadata.next_page_url."""
    seen = []

    def handler(request):
        seen.append(request)
        page = int(parse_qs(urlsplit(str(request.url)).query).get("page", ["1"])[0])
        items, link = handler_pages[page - 1]
        meta = {"current_page": page, "total_pages": len(handler_pages), "per": 50}
        if link is not ...:
            meta["next_page_url"] = link
        return httpx.Response(200, json={"data": items, "metadata": meta})

    return handler, seen


def test_badges_follow_next_page_url_until_null():
    path = f"/v1/organizations/{ORG}/badge_templates"
    handler, seen = paged(
        [
            ([template(1), template(2)], f"{API.removesuffix('/v1')}{path}?page=2"),  # absolute (§1.3)
            ([template(3)], f"{path}?page=3"),  # root-relative: docs silent, tolerated
            ([template(4, "archived")], None),
        ]
    )
    with client_for(handler) as client:
        badges = client.badges(ORG)
    assert [b.id for b in badges] == ["tpl-1", "tpl-2", "tpl-3", "tpl-4"]
    assert [r.url.path for r in seen] == [path] * 3
    first = badges[0]
    assert (first.name, first.status, first.image_url) == (
        "Template 1",
        "active",
        "https://images.credly.test/1.png",
    )
    assert first.url.endswith("template-1") and first.raw["description"] == "d"
    assert badges[3].status == "archived"


def test_last_page_without_next_page_url_ends_the_list():
    handler, seen = paged([([template(1)], ...)])
    with client_for(handler) as client:
        assert [b.id for b in client.badges(None)] == ["tpl-1"]
    assert len(seen) == 1


def test_keyword_search_uses_credlys_query_filter():
    # §1.3: filter syntax key::value, "|" separates filters
    handler, seen = paged([([template(1)], None)])
    with client_for(handler) as client:
        client.badges(ORG, keyword=" first | aid ")
    assert parse_qs(seen[0].url.query.decode())["filter"] == ["query::first aid"]


def test_one_template_and_a_missing_one():
    def handler(request):
        if request.url.path.endswith("/badge_templates/tpl-1"):
            return httpx.Response(200, json={"data": template(1, "draft")})
        return httpx.Response(404, json=error_body("Not found"))

    with client_for(handler) as client:
        badge = client.badge("tpl-1")
        assert badge.status == "draft" and not badge_issuable(badge)[0]
        with pytest.raises(PlatformError) as err:
            client.badge("nope")
    assert (err.value.kind, err.value.code) == (base.REJECTED, "badge_not_found")


@pytest.mark.parametrize(
    ("state", "ok", "code", "words"),
    [
        ("active", True, "", ""),
        ("ACTIVE", True, "", ""),
        ("archived", False, "template_archived", "archived"),
        ("draft", False, "template_draft", "draft"),
        ("disabled", False, "template_not_active", "disabled"),
    ],
)
def test_only_active_templates_can_be_issued(state, ok, code, words):
    # §1.3: state active/archived/draft; only active issues
    badge = base.Badge(id="tpl-9", name="Safety", status=state)
    allowed, got_code, reason = badge_issuable(badge)
    assert (allowed, got_code) == (ok, code)
    if not ok:
        assert words in reason and "Credly" in reason and "tpl-9" in reason and "\n" not in reason


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (TEMPLATE, TEMPLATE),
        (f"  {TEMPLATE.upper()} ", TEMPLATE.upper()),
        ("12345", "12345"),
        (f"https://www.credly.com/org/acme/badge_templates/{TEMPLATE}", TEMPLATE),
        (f"https://www.credly.com/org/acme/badge-templates/{TEMPLATE}?tab=details", TEMPLATE),
        (
            f"https://sandbox.credly.com/mgmt/organizations/{ORG}/badges/templates/{TEMPLATE}/details",
            TEMPLATE,
        ),
        (f"www.credly.com/org/acme/badge_templates/{TEMPLATE}", TEMPLATE),
        (f"{API}/organizations/{ORG}/badge_templates/{TEMPLATE}", TEMPLATE),
    ],
)
def test_template_refs(value, expected):
    assert parse_badge_ref(value) == expected


@pytest.mark.parametrize(
    "value",
    ["", "   ", "first aid", "https://www.credly.com/org/acme/badge/first-aid", "org/badge_templates", "a/b"],
)
def test_bad_template_refs_say_what_to_give(value):
    with pytest.raises(InputError) as err:
        parse_badge_ref(value)
    assert err.value.code == "badge_ref_invalid"
    assert "template ID" in err.value.message and "badge_templates/" in err.value.message


# -- the account -------------------------------------------------------------------------------------


def account_handler(tokens_status=200, tokens=None, org_name="Northwind Training"):
    def handler(request):
        path = request.url.path
        if path == f"/v1/organizations/{ORG}":
            return httpx.Response(200, json={"data": {"id": ORG, "name": org_name}})
        if path == f"/v1/organizations/{ORG}/authorization_tokens":
            if tokens_status != 200:
                return httpx.Response(tokens_status, json=error_body("Forbidden"))
            return httpx.Response(200, json={"data": tokens or [], "metadata": {"next_page_url": None}})
        return httpx.Response(404)

    return handler


def test_account_names_the_organisation_and_reads_the_tokens_expiry():
    # §1.2: GET /organizations/{org}/authorization_tokens returns each token's expires_at
    tokens = [
        {"id": "t1", "token": "someone-elses-token", "expires_at": "2026-01-01T00:00:00Z"},
        {"id": "t2", "token": TOKEN, "expires_at": "2026-09-30T12:00:00.000+00:00"},
    ]
    with client_for(account_handler(tokens=tokens)) as client:
        account = client.account()
        assert [p.name for p in client.providers()] == ["Northwind Training"]
        assert client.providers()[0].id == ORG
    assert (account.name, account.detail, account.token_expires) == ("Northwind Training", ORG, "2026-09-30")


@pytest.mark.parametrize(
    "entry",
    [
        {"token": TOKEN[:4] + "…" + TOKEN[-4:]},
        {"token": "********" + TOKEN[-4:]},
        {"token": "hidden", "current": True},
    ],
    ids=["masked-middle", "masked-head", "current-flag"],
)
def test_a_masked_or_flagged_token_entry_is_recognised(entry):
    # Docs silent on how the list marks the calling token; §1.2 says limited tokens see a truncated list
    tokens = [
        {"token": "zzzz…zzzz", "expires_at": "2026-01-01 00:00:00 +0000"},
        entry | {"expires_at": "2026-10-02"},
    ]
    with client_for(account_handler(tokens=tokens)) as client:
        assert client.token_expiry() == "2026-10-02"


@pytest.mark.parametrize(
    ("tokens_status", "tokens", "typed", "expected"),
    [
        (403, None, "2026-12-01", "2026-12-01"),  # may not read the list: the date the user entered
        (200, [{"token": "other", "expires_at": "2026-01-01"}], "2026-12-01", "2026-12-01"),  # absent
        (200, [], "", ""),
        (403, None, "not a date", ""),
        (404, None, "", ""),
    ],
)
def test_token_expiry_falls_back_to_the_entered_date(tokens_status, tokens, typed, expected):
    handler = account_handler(tokens_status=tokens_status, tokens=tokens)
    with client_for(handler, fields={"token_expires": typed}) as client:
        assert client.account().token_expires == expected


def test_a_refused_token_is_an_auth_error_for_the_account():
    handler = lambda r: httpx.Response(401, json=error_body("Unauthorized"))  # noqa: E731
    with client_for(handler) as client, pytest.raises(PlatformError) as err:
        client.account()
    assert (err.value.kind, err.value.code, err.value.http_status) == (base.AUTH, "token_rejected", 401)


# -- awards ---------------------------------------------------------------------------------------------


def test_find_awards_filters_by_email_and_template_and_keeps_only_live_awards():
    # §1.5: GET …/badges?filter=recipient_email_all::<email>|badge_template_id::<id>; states per §1.4
    handler, seen = paged(
        [
            (
                [
                    issued_badge(id="live-1", state="accepted"),
                    issued_badge(id="gone-1", state="revoked"),
                    issued_badge(id="gone-2", state="rejected"),
                    issued_badge(id="gone-3", state="accepted", replacement_badge_id="live-2"),
                ],
                f"{API}/organizations/{ORG}/badges?page=2",
            ),
            (
                [
                    issued_badge(id="live-2", recipient_email="a***@example.org", replaces_badge_id="gone-3"),
                    issued_badge(id="live-3", recipient_email=None),
                    issued_badge(id=77, badge_template={"id": "another-template"}),
                ],
                None,
            ),
        ]
    )
    with client_for(handler) as client:
        awards = client.find_awards(TEMPLATE, " Ada.Lovelace@example.org ")
    assert parse_qs(seen[0].url.query.decode())["filter"] == [
        f"recipient_email_all::{EMAIL}|badge_template_id::{TEMPLATE}"
    ]
    assert [a.id for a in awards] == ["live-1", "live-2", "live-3"]
    assert {a.recipient_key for a in awards} == {EMAIL} and {a.badge_id for a in awards} == {TEMPLATE}
    assert awards[1].replaces_id == "gone-3"


def test_one_award_reads_its_state():
    def handler(request):
        assert request.url.path == f"/v1/organizations/{ORG}/badges/aw-1"
        return httpx.Response(200, json={"data": issued_badge(id="aw-1", state="accepted")})

    with client_for(handler) as client:
        assert client.award("aw-1").status == "accepted"


def revoke_handler(put_response, current_state):
    log = []

    def handler(request):
        log.append(
            (request.method, request.url.path, json.loads(request.content) if request.content else None)
        )
        if request.method == "PUT":
            return put_response
        return httpx.Response(200, json={"data": issued_badge(id="aw-1", state=current_state)})

    return handler, log


def test_revoke_sends_the_reason_and_returns_the_revoked_award():
    # §1.6: PUT …/badges/{id}/revoke {"reason", "suppress_revoke_notification_email": false}
    put = httpx.Response(200, json={"data": issued_badge(id="aw-1", state="revoked")})
    handler, log = revoke_handler(put, "revoked")
    with client_for(handler) as client:
        award = client.revoke("aw-1", "Issued by mistake")
    assert award.status == "revoked" and award.id == "aw-1"
    assert log == [
        (
            "PUT",
            f"/v1/organizations/{ORG}/badges/aw-1/revoke",
            {"reason": "Issued by mistake", "suppress_revoke_notification_email": False},
        )
    ]


def test_revoking_an_already_revoked_award_counts_as_revoked():
    # Docs silent on a second revoke: a refusal is checked by reading the award back
    handler, log = revoke_handler(
        httpx.Response(422, json=error_body("Badge has already been revoked")), "revoked"
    )
    with client_for(handler) as client:
        award = client.revoke("aw-1")
    assert award.status == "revoked"
    assert log[0][2]["reason"]  # Credly's UI requires a reason (§1.6): a default is sent
    assert [m for m, _, _ in log] == ["PUT", "GET"]


def test_a_refused_revoke_of_a_live_award_raises():
    # Unofficial OpenAPI (§1.6): a replaced badge cannot be revoked
    handler, _ = revoke_handler(
        httpx.Response(422, json=error_body("Replaced badges cannot be revoked")), "accepted"
    )
    with client_for(handler) as client, pytest.raises(PlatformError) as err:
        client.revoke("aw-1", "wrong person")
    assert (err.value.kind, err.value.code) == (base.REJECTED, "revoke_refused")
    assert "Replaced badges cannot be revoked" in err.value.message and "accepted" in err.value.message


def test_a_revoke_the_token_may_not_make_raises_with_the_classified_answer():
    handler, _ = revoke_handler(httpx.Response(401, json=error_body("Unauthorized")), "accepted")
    with client_for(handler) as client, pytest.raises(PlatformError) as err:
        client.revoke("aw-1", "x")
    assert err.value.kind == base.AUTH


# -- connection ------------------------------------------------------------------------------------------


def test_the_registry_opens_this_client_with_its_fields():
    handler = account_handler()
    client = registry.CREDLY.open(
        TOKEN,
        base_url=API,
        transport=httpx.MockTransport(handler),
        fields={"org_id": ORG},
        limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
    )
    with client:
        assert isinstance(client, CredlyClient) and client.key == "credly"
        assert client.environment == f"custom:{API}" and client.account().name == "Northwind Training"


def test_environments_and_loopback_only_http():
    for env, url in (
        ("production", "https://api.credly.com/v1"),
        ("sandbox", "https://sandbox-api.credly.com/v1"),
    ):
        with CredlyClient("t", environment=env, fields={"org_id": ORG}) as client:
            assert (client.base_url, client.environment) == (url, env)
    with CredlyClient("t", base_url="http://127.0.0.1:8123/v1/", fields={"org_id": ORG}) as client:
        assert client.base_url == "http://127.0.0.1:8123/v1"
    with pytest.raises(InputError):
        CredlyClient("t", base_url="http://api.credly.com/v1", fields={"org_id": ORG})
    with pytest.raises(InputError):
        CredlyClient("t", environment="staging", fields={"org_id": ORG})


def test_a_missing_organisation_or_token_is_refused():
    with pytest.raises(InputError) as err:
        CredlyClient("t", fields={"org_id": "  "})
    assert err.value.code == "org_id_missing" and "CREDLY_ORG_ID" in err.value.message
    with pytest.raises(InputError) as err:
        CredlyClient(" ", fields={"org_id": ORG})
    assert err.value.code == "token_missing"


# -- whatever comes back ---------------------------------------------------------------------------------

KEYS = ("id", "data", "metadata", "next_page_url", "state", "recipient_email", "badge_template", "message")
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=20)
    | st.sampled_from([EMAIL, TEMPLATE, "*"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=5),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    status=st.sampled_from([200, 201, 202, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 503]),
    body=json_values,
)
def test_any_answer_is_classified_without_crashing_and_issued_only_with_an_award(status, body):
    answer = answer_to(httpx.Response(status, json=body))
    assert isinstance(answer, base.Answer) and answer.message and "\n" not in answer.message
    if answer.kind == base.ISSUED:
        assert status in (200, 201) and answer.award.id and answer.award.recipient_key == EMAIL
    # Retry-After 0: the reads' retries of 429/503 do not wait
    served = httpx.Response(status, headers={"Retry-After": "0"}, json=body)
    with client_for(lambda request: served) as client:
        for call, kind in (
            (lambda: client.badges(None), base.Badge),
            (lambda: client.find_awards(TEMPLATE, EMAIL), base.Award),
            (lambda: [client.award("x")], base.Award),
        ):
            try:
                result = call()
            except PlatformError as err:
                assert err.message and err.kind
            else:
                assert all(isinstance(item, kind) for item in result)


# -- the simulator's fixtures: one contract for the simulator and this client ---------------------------
# Each fixture in badgedesk/platforms/fixtures/credly names the public source of its shape in "_source".

FIXTURE_DIR = Path(credly.__file__).resolve().parent / "fixtures" / "credly"
needs_fixtures = pytest.mark.skipif(not FIXTURE_DIR.is_dir(), reason="the Credly fixtures are not there yet")
ROW, BADGE, RUN = base.SCOPE_ROW, base.SCOPE_BADGE, base.SCOPE_RUN
FIXTURE_ANSWERS = {
    "issue_201": (base.ISSUED, "issued", ROW),
    "issue_201_replace": (base.ISSUED, "issued_replacing", ROW),
    "captive_portal_200": (base.AMBIGUOUS, "unreadable_answer", ROW),
    "issue_400_json": (base.FAILED, "unexpected_status", ROW),
    "issue_422_archived": (base.REJECTED, "template_archived", BADGE),
    "issue_422_draft": (base.REJECTED, "template_not_active", BADGE),
    "issue_422_duplicate": (base.ALREADY_HELD, "already_held", ROW),
    "issue_422_template_unknown": (base.REJECTED, "badge_not_found", BADGE),
    "issue_422_validation": (base.REJECTED, "request_invalid", ROW),
    "payload_413": (base.REJECTED, "payload_too_large", ROW),
    "server_error_500": (base.AMBIGUOUS, "server_error", ROW),
    "gateway_timeout_504": (base.AMBIGUOUS, "server_error", ROW),
    "unavailable_503": (base.UNAVAILABLE, "service_unavailable", ROW),
    "rate_limited_429": (base.RATE_LIMITED, "rate_limited", ROW),
    "unauthorized_401": (base.AUTH, "token_rejected", RUN),
    "expired_401": (base.AUTH, "token_rejected", RUN),
    "organization_403": (base.REJECTED, "token_forbidden", BADGE),
    "authorization_tokens_403": (base.REJECTED, "token_forbidden", BADGE),
    "organization_404": (base.REJECTED, "badge_not_found", BADGE),
    "template_404": (base.REJECTED, "badge_not_found", BADGE),
    "not_found_404": (base.REJECTED, "badge_not_found", BADGE),
    "badge_404": (base.REJECTED, "award_not_found", BADGE),
    "method_405": (base.FAILED, "unexpected_status", ROW),
    "filter_422": (base.REJECTED, "request_invalid", ROW),
    "revoke_422_validation": (base.REJECTED, "request_invalid", ROW),
    "revoke_422_already_revoked": (base.REJECTED, "request_invalid", ROW),  # revoke() reads the award back
    "revoke_422_replaced": (base.REJECTED, "request_invalid", ROW),
}
FIXTURE_DATA = {  # answers the client parses (tested below)
    "organization_200",
    "authorization_tokens_200",
    "templates_page_200",
    "template_200",
    "badges_page_200",
    "badge_200",
    "revoke_200",
}


def fixture(name: str) -> dict:
    return json.loads((FIXTURE_DIR / f"{name}.json").read_text(encoding="utf-8"))


def fixture_response(name: str) -> httpx.Response:
    fx = fixture(name)
    body = fx["body"]
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    sent = fx.get("request") or {}
    request = httpx.Request(sent.get("method", "GET"), "http://127.0.0.1:1" + sent.get("path", "/v1/"))
    return httpx.Response(fx["status"], headers=fx["headers"], content=content, request=request)


@needs_fixtures
def test_every_fixture_has_an_expectation():
    names = {path.stem for path in FIXTURE_DIR.glob("*.json")}
    assert names == set(FIXTURE_ANSWERS) | FIXTURE_DATA
    assert all(fixture(name)["_source"] for name in names)


@needs_fixtures
@pytest.mark.parametrize("name", sorted(FIXTURE_ANSWERS))
def test_fixture_answers_are_classified(name):
    response = fixture_response(name)
    sent = (fixture(name).get("request") or {}).get("json") or {}
    if response.request.method == "POST":
        key = CredlyClient.recipient_key(sent.get("recipient_email", ""))
        answer = credly.classify_issue(response, key, sent.get("badge_template_id", ""))
    else:
        answer = credly.classify_status(response)
    assert (answer.kind, answer.code, answer.scope) == FIXTURE_ANSWERS[name]
    assert (
        answer.http_status == response.status_code
        and "Credly" in answer.message
        and "\n" not in answer.message
    )
    if answer.kind == base.ISSUED:
        assert answer.award.id == response.json()["data"]["id"] and answer.award.status == "pending"
        assert answer.award.replaces_id == (response.json()["data"]["replaces_badge_id"] or "")
    if answer.kind in (base.REJECTED, base.ALREADY_HELD) and response.headers["content-type"].startswith(
        "application/json"
    ):
        assert response.json()["data"]["message"] in answer.detail
    if answer.kind == base.RATE_LIMITED:
        assert answer.retry_after == float(response.headers["retry-after"])


def serving(name: str):
    """A handler answering every request with this fixture (its page link dropped: one page)."""

    def handler(request):
        response = fixture_response(name)
        body = response.json()
        if isinstance(body.get("metadata"), dict) and body["metadata"].get("next_page_url"):
            body["metadata"]["next_page_url"] = None
            return httpx.Response(response.status_code, json=body)
        return response

    return handler


@needs_fixtures
def test_fixture_data_is_parsed():
    with client_for(serving("organization_200")) as client:
        org = fixture("organization_200")["body"]["data"]
        assert [(p.id, p.name) for p in client.providers()] == [(org["id"], org["name"])]
    with client_for(serving("authorization_tokens_200")) as client:
        expires = fixture("authorization_tokens_200")["body"]["data"][0]["expires_at"]
        local = dt.datetime.fromisoformat(expires.replace("Z", "+00:00")).astimezone().date().isoformat()
        assert client.token_expiry() == local
    with client_for(serving("authorization_tokens_403"), fields={"token_expires": "2026-12-24"}) as client:
        assert client.token_expiry() == "2026-12-24"
    with client_for(serving("templates_page_200")) as client:
        items = fixture("templates_page_200")["body"]["data"]
        assert [(b.id, b.name, b.status) for b in client.badges(None)] == [
            (t["id"], t["name"], t["state"]) for t in items
        ]
    with client_for(serving("template_200")) as client:
        badge = client.badge("x")
        assert badge.id == fixture("template_200")["body"]["data"]["id"] and badge.image_url
    badge_200 = fixture("badge_200")["body"]["data"]
    with client_for(serving("badge_200")) as client:
        award = client.award(badge_200["id"])
        assert (award.id, award.badge_id, award.status) == (
            badge_200["id"],
            badge_200["badge_template"]["id"],
            badge_200["state"],
        )
    listed = fixture("badges_page_200")["body"]["data"][0]
    with client_for(serving("badges_page_200")) as client:
        found = client.find_awards(listed["badge_template"]["id"], listed["recipient_email"])
        assert [a.id for a in found] == [listed["id"]]
    with client_for(serving("revoke_200")) as client:
        assert client.revoke(fixture("revoke_200")["body"]["data"]["id"], "x").status == "revoked"


@needs_fixtures
@pytest.mark.parametrize(
    ("name", "revoked"), [("revoke_422_already_revoked", True), ("revoke_422_replaced", False)]
)
def test_fixture_revoke_refusals(name, revoked):
    state = "revoked" if revoked else "replaced"

    def handler(request):
        if request.method == "PUT":
            return fixture_response(name)
        return httpx.Response(
            200, json={"data": issued_badge(id="aw-1", state=state, replacement_badge_id="new-1")}
        )

    with client_for(handler) as client:
        if revoked:
            assert client.revoke("aw-1", "x").status == "revoked"
        else:
            with pytest.raises(PlatformError) as err:
                client.revoke("aw-1", "x")
            assert err.value.code == "revoke_refused" and "replaced" in err.value.message
