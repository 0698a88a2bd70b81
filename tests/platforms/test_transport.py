"""The shared HTTP transport: limiter slot and feedback, retries of 429/503, errors as answers, paging."""

from __future__ import annotations

import base64
import dataclasses
import threading

import httpx
import pytest

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled, SlidingWindowLimiter
from badgedesk.platforms import base
from badgedesk.platforms.base import Answer, PlatformError
from badgedesk.platforms.transport import (
    GET_RETRIES,
    USER_AGENT,
    HttpPlatform,
    Transport,
    check_url,
    unclear_issue,
)

BASE = "https://api.example.org/v1"


class Recording(SlidingWindowLimiter):
    def __init__(self) -> None:
        super().__init__(1000, 1.0, 0.0)
        self.seen: list[tuple[int | None, float | None]] = []
        self.slots = 0

    def acquire(self, cancel=None, on_wait=None):
        self.slots += 1
        return super().acquire(cancel, on_wait)

    def observe(self, status, retry_after=None):
        self.seen.append((status, retry_after))


def classify(response: httpx.Response) -> Answer:
    return Answer(base.REJECTED, f"status_{response.status_code}", f"refused {response.status_code}")


def transport_for(handler, **kw) -> Transport:
    return Transport(
        label="Example",
        base_url=BASE,
        classify=classify,
        transport=httpx.MockTransport(handler),
        limiter=kw.pop("limiter", None) or Recording(),
        **kw,
    )


def answers(*replies):
    """A handler giving these replies in turn (the last one repeats), recording the requests."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        reply = replies[min(len(seen) - 1, len(replies) - 1)]
        return reply(request) if callable(reply) else reply

    return handler, seen


def test_every_request_takes_a_slot_and_tells_the_limiter_how_it_went():
    handler, seen = answers(
        httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(200, json={"ok": 1})
    )
    http = transport_for(handler)
    assert http.get_json("/thing") == {"ok": 1}
    assert http.limiter.slots == 2 and len(seen) == 2
    assert http.limiter.seen == [(429, 0.0), (200, None)]


def test_get_retries_503_honouring_retry_after_then_gives_up_with_the_platforms_answer():
    handler, seen = answers(httpx.Response(503, headers={"Retry-After": "0"}))
    http = transport_for(handler)
    with pytest.raises(PlatformError) as err:
        http.get_json("/thing")
    assert len(seen) == GET_RETRIES + 1
    assert err.value.code == "status_503"


def test_a_refusal_is_classified_by_the_platform_and_not_retried():
    handler, seen = answers(httpx.Response(404, json={"detail": "no"}))
    with pytest.raises(PlatformError) as err:
        transport_for(handler).get_json("/thing")
    assert err.value.code == "status_404" and err.value.kind == base.REJECTED and len(seen) == 1


def test_an_exchange_is_sent_once_and_its_answer_left_to_the_platform():
    handler, seen = answers(httpx.Response(503))
    response = transport_for(handler).exchange("POST", "/issue", json={"a": 1})
    assert isinstance(response, httpx.Response) and response.status_code == 503 and len(seen) == 1


@pytest.mark.parametrize(
    ("error", "kind", "code"),
    [
        (httpx.ConnectError("refused"), base.NOT_SENT, "network_unreachable"),
        (httpx.ConnectTimeout("slow"), base.NOT_SENT, "network_unreachable"),
        (httpx.ReadTimeout("slow"), base.AMBIGUOUS, "timeout"),
        (httpx.RemoteProtocolError("closed"), base.AMBIGUOUS, "connection_dropped"),
    ],
)
def test_transport_errors_become_answers_saying_whether_it_may_have_been_done(error, kind, code):
    def handler(request):
        raise error

    answer = transport_for(handler).exchange("POST", "/issue", "the badge")
    assert isinstance(answer, Answer) and (answer.kind, answer.code) == (kind, code)
    with pytest.raises(PlatformError) as err:
        transport_for(handler).get_json("/thing")
    assert (err.value.kind, err.value.code) == (kind, code)


def test_a_200_that_is_not_json_is_unclear_not_success():
    handler, _ = answers(httpx.Response(200, text="<html>Sign in to the Wi-Fi</html>"))
    with pytest.raises(PlatformError) as err:
        transport_for(handler).get_json("/thing")
    assert err.value.kind == base.AMBIGUOUS and err.value.code == "unreadable_answer"
    assert "Wi-Fi" in err.value.message


def test_before_send_can_hold_a_request_after_its_slot():
    handler, seen = answers(httpx.Response(200, json={}))
    http = transport_for(handler)
    http.before_send = lambda: False
    with pytest.raises(Cancelled):
        http.send("GET", "/thing")
    assert seen == [] and http.limiter.slots == 1


def test_headers_user_agent_and_basic_auth():
    handler, seen = answers(httpx.Response(200, json={}))
    http = transport_for(handler, headers={"X-Access-Token": "t"}, auth=("tok", ""))
    http.get_json("/thing")
    request = seen[0]
    assert request.headers["User-Agent"] == USER_AGENT and request.headers["X-Access-Token"] == "t"
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"tok:").decode()


def test_linked_pages_follow_the_next_url_and_stop_at_null():
    def handler(request):
        page = int(request.url.params.get("page", "1"))
        following = f"{BASE}/items?page={page + 1}" if page < 3 else None
        return httpx.Response(200, json={"data": [{"n": page}], "metadata": {"next_page_url": following}})

    http = transport_for(handler)
    items = list(http.linked_pages("/items", {"per": 1}, lambda b: b["metadata"]["next_page_url"]))
    assert [i["n"] for i in items] == [1, 2, 3]


def test_linked_pages_never_follow_a_link_to_another_host():
    def handler(request):
        return httpx.Response(200, json={"data": [{}], "next": "https://evil.example.com/v1/items?page=2"})

    with pytest.raises(PlatformError) as err:
        list(transport_for(handler).linked_pages("/items", None, lambda b: b["next"]))
    assert "another host" in err.value.message


def test_cursor_pages_post_the_cursor_until_it_is_null():
    bodies = []

    def handler(request):
        bodies.append(request.content)
        cursor = len(bodies)
        return httpx.Response(
            200, json={"data": [{"n": cursor}], "pagination": {"next": "c2" if cursor == 1 else None}}
        )

    http = transport_for(handler)
    items = list(
        http.linked_pages(
            "/search",
            None,
            lambda b: b["pagination"]["next"],
            method="POST",
            body_of=lambda cursor: {"cursor": cursor},
        )
    )
    assert [i["n"] for i in items] == [1, 2]
    assert b'"cursor":null' in bodies[0].replace(b" ", b"") and b'"c2"' in bodies[1]


def test_numbered_pages_stop_at_the_page_count_or_a_short_page():
    def handler(request):
        page = int(request.url.params["page"])
        return httpx.Response(200, json={"items": [{"p": page}] * 2, "pages": 3})

    assert len(transport_for(handler).numbered_pages("/x", {}, size=2)) == 6


def test_plain_http_only_for_this_computer():
    assert check_url("http://127.0.0.1:8750/v1/") == "http://127.0.0.1:8750/v1"
    with pytest.raises(InputError) as err:
        check_url("http://api.example.org/v1")
    assert err.value.code == "base_url_insecure"
    with pytest.raises(InputError):
        check_url("ftp://x")


class TinyPlatform(HttpPlatform):
    """A new platform's client: its names, its address, its credentials, nothing more."""

    key = "tiny"
    label = "Tiny"
    no_token = "No Tiny token."

    def _check_fields(self) -> None:
        if not self.fields.get("team"):
            raise InputError("team_missing", "Tiny needs the team.")

    def _resolve(self, environment, base_url):
        return check_url(base_url or BASE), environment

    def _transport_options(self, token):
        return {"classify": classify, "headers": {"X-Tiny-Key": token}}


def test_a_platform_client_gets_its_transport_from_the_shared_constructor():
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    limiter, cancel = Recording(), threading.Event()
    client = TinyPlatform(
        "  secret  ",
        environment="staging",
        base_url="http://127.0.0.1:9/v1/",
        timeout=12,
        limiter=limiter,
        cancel=cancel,
        transport=httpx.MockTransport(handler),
        fields={"team": "blue"},
    )
    assert (client.base_url, client.environment, client.fields) == (
        "http://127.0.0.1:9/v1",
        "staging",
        {"team": "blue"},
    )
    assert client.limiter is limiter and client.cancel is cancel and client.timeout == 12
    assert client.http.label == "Tiny" and client.http.classify is classify
    assert client.http.get_json("/things") == {"ok": True}
    request = seen[0]
    assert str(request.url) == "http://127.0.0.1:9/v1/things" and limiter.slots == 1
    assert request.headers["X-Tiny-Key"] == "secret" and request.headers["User-Agent"] == USER_AGENT
    assert request.headers["Accept"] == "application/json"
    client.close()


def test_the_shared_constructor_reports_the_first_problem_first():
    with pytest.raises(InputError) as err:
        TinyPlatform("", base_url="not a url", timeout=0)
    assert err.value.code == "token_missing" and str(err.value) == "No Tiny token."
    with pytest.raises(InputError) as err:
        TinyPlatform("t", base_url="not a url", timeout=0)
    assert err.value.code == "team_missing"
    with pytest.raises(InputError) as err:
        TinyPlatform("t", base_url="not a url", timeout=0, fields={"team": "x"})
    assert err.value.code == "base_url_invalid"
    with pytest.raises(InputError) as err:
        TinyPlatform("t", timeout=0, fields={"team": "x"})
    assert err.value.code == "timeout_invalid"


BEARER = {"authorization": "Bearer tok"}
ROOT = "https://api.example.org"
CLIENTS = {  # key: (fields, the address it is given, the base URL it makes of it, its headers)
    "navigatr": ({}, BASE + "/", BASE, {"x-access-token": "tok"}),
    "credly": ({"org_id": "org-1"}, BASE + "/", BASE, {"authorization": "Basic dG9rOg=="}),
    "certifier": ({}, BASE + "/", BASE, {**BEARER, "certifier-version": "2022-10-26"}),
    "award-service": ({"awarded_by": "PM-1"}, ROOT + "/api/v1/", ROOT, BEARER),  # the service root
}


@pytest.mark.parametrize("key", sorted(CLIENTS))
def test_each_platform_client_opens_its_transport_through_the_registry(key):
    from badgedesk.platforms import registry

    fields, url, base_url, headers = CLIENTS[key]
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, json={})

    limiter, cancel = Recording(), threading.Event()
    spec = dataclasses.replace(registry.get(key), available=True)
    client = spec.open(
        " tok ",
        base_url=url,
        timeout=17,
        fields=fields,
        limiter=limiter,
        cancel=cancel,
        transport=httpx.MockTransport(handler),
    )
    with client:
        assert client.base_url == base_url and client.environment == "custom:" + base_url
        assert client.limiter is limiter and client.cancel is cancel and client.timeout == 17
        assert client.http.label == spec.label and client.fields == fields
        client.http.get_json("/ping")
    request = seen[0]
    assert str(request.url) == base_url + "/ping" and limiter.slots == 1
    assert {name: request.headers[name] for name in headers} == headers
    assert request.headers["user-agent"] == USER_AGENT and request.headers["accept"] == "application/json"


def test_an_issue_answer_that_names_no_award_is_unclear_on_every_platform():
    def read(status, content=b""):
        response = httpx.Response(status, content=content, request=httpx.Request("POST", BASE + "/issue"))
        return unclear_issue(
            response, "Tiny", "an award for this learner", "the award may have been made", "why"
        )

    empty = read(200)
    assert (empty.kind, empty.code, empty.http_status) == (base.AMBIGUOUS, "unreadable_answer", 200)
    assert empty.message.startswith(
        "Tiny answered 200 without naming an award for this learner (an empty answer);"
    )
    portal = read(202, b"<html>Sign in to the Wi-Fi</html>")
    assert "(<html>Sign in to the Wi-Fi</html>)" in portal.message
    assert portal.detail == "<html>Sign in to the Wi-Fi</html>"
    failed = read(502)
    assert (failed.kind, failed.code, failed.detail) == (base.AMBIGUOUS, "server_error", "why")
    assert failed.message == "Tiny answered 502; the award may have been made before the error."
    assert read(503) is None and read(400) is None and read(429) is None
