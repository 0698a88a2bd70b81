"""Fuzzing the Navigatr answer parser: whatever comes back, no crash and no false "issued".

Random status codes, Retry-After junk and bodies (malformed JSON, JSON of the wrong types, deep
nesting, strings up to ~1 MB) are served through httpx.MockTransport. ``issue`` must always return
an Answer with a one-line message, and claim ``issued`` only for a 200/201 body that is an assertion
(an object with an id) naming this recipient or leaving the recipient out (redacted). Every other
call returns data of the promised shape or raises PlatformError.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import base, navigatr
from badgedesk.platforms.base import Answer, Award, Badge, IssueRequest, PlatformError, Provider
from badgedesk.platforms.navigatr import NavigatrClient

EMAIL = "Ada.Lovelace@Example.org"
KEY = "ada.lovelace@example.org"
FUZZ = settings(
    max_examples=150,
    deadline=2000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KEYS = (
    "id",
    "recipient_email",
    "badge_id",
    "badge",
    "status",
    "url",
    "items",
    "pages",
    "detail",
    "error",
    "message",
    "name",
    "provider_ids",
    "min_score",
    "loc",
    "msg",
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from([KEY, EMAIL, "*****@example.org", "someone.else@example.org", "", "\n\r\x00"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=25,
)
shaped = st.fixed_dictionaries(
    {},
    optional={key: json_values for key in KEYS},
)
# Nearly right: an object with an id (a badge or an assertion) whose other fields have any type.
with_id = st.fixed_dictionaries(
    {"id": st.integers(1, 99) | st.text(min_size=1, max_size=5)},
    optional={key: json_values for key in KEYS if key != "id"},
)
validation = st.fixed_dictionaries(
    {
        "detail": st.lists(
            st.fixed_dictionaries({}, optional={"loc": json_values, "msg": json_values}) | scalars
        )
    }
)
paged = st.fixed_dictionaries(
    {"items": st.lists(with_id | shaped | json_values, max_size=4)},
    optional={"pages": json_values | st.integers(-2, 3), "total": json_values},
)


def _deep(depth: int) -> bytes:
    return b'{"detail": ' * depth + b"1" + b"}" * depth


bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    shaped.map(lambda v: json.dumps(v).encode()),
    with_id.map(lambda v: json.dumps(v).encode()),
    validation.map(lambda v: json.dumps(v).encode()),
    paged.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    shaped.map(lambda v: json.dumps(v).encode()).flatmap(
        lambda b: st.integers(0, max(len(b) - 1, 0)).map(lambda n: b[:n])  # truncated JSON
    ),
    st.integers(500, 200_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(500, 50_000).map(_deep),
    st.integers(1, 1_000_000).map(lambda n: json.dumps({"detail": "x\n" * (n // 2), "id": 1}).encode()),
    st.integers(1, 1_000_000).map(lambda n: b'"' + b"y" * n + b'"'),
    st.just(b"<html><body>Wi-Fi login\n</body></html>"),
    st.just(b"NaN"),
    st.just(b'{"id": Infinity, "recipient_email": "ada.lovelace@example.org"}'),
)
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
headers = st.fixed_dictionaries(
    {},
    optional={
        "Retry-After": header_text | st.sampled_from(["-1", "1e309", "nan", "inf", "Wed, 99 Foo 2026"]),
        "Content-Type": st.sampled_from(
            ["application/json", "text/html", "application/json; charset=latin-1"]
        )
        | header_text,
    },
)
any_status = st.sampled_from(
    [200, 201, 202, 204, 400, 401, 403, 404, 413, 422, 429, 500, 503, 504]
) | st.integers(100, 599)
# GET retries 429/503 after Retry-After (up to 300 s); those paths are covered in test_navigatr_client.
get_status = any_status.filter(lambda s: s not in (429, 503))


class Served:
    """One client whose transport serves whatever answer the current example set."""

    def __init__(self) -> None:
        self.status = 200
        self.headers: dict[str, str] = {}
        self.body = b""
        self.calls = 0
        self.client = NavigatrClient(
            "fuzz-token",
            base_url="https://api.example.test/v1",
            transport=httpx.MockTransport(self.handle),
            limiter=SlidingWindowLimiter(10**9, 0.001, 0.0),
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return httpx.Response(self.status, headers=self.headers, content=self.body)

    def serve(self, status: int, hdrs: dict[str, str], body: bytes) -> NavigatrClient:
        self.status, self.headers, self.body, self.calls = status, hdrs, body, 0
        # A fresh limiter per example: a 429's Retry-After (up to 300 s) rightly holds every later request
        # of that token, and must not hold the next example's.
        self.client.http.limiter = SlidingWindowLimiter(10**9, 0.001, 0.0)
        return self.client


SERVED = Served()


def _one_line(text: str) -> None:
    assert isinstance(text, str) and text.strip()
    assert "\n" not in text and "\r" not in text, text[:300]


def _parsed(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


@FUZZ
@given(status=any_status, hdrs=headers, body=bodies)
def test_issue_never_raises_and_never_invents_an_award(
    status: int, hdrs: dict[str, str], body: bytes
) -> None:
    client = SERVED.serve(status, hdrs, body)
    answer = client.issue(
        IssueRequest.for_email(badge_id="2001", email=EMAIL, first_name="Ada", last_name="Lovelace")
    )
    assert isinstance(answer, Answer)
    _one_line(answer.message)
    if answer.kind == base.ISSUED:
        assert status in (200, 201)
        data = _parsed(body)
        assert isinstance(data, dict) and data.get("id") is not None
        named = str(data.get("recipient_email") or "").strip().lower()
        assert named in ("", KEY)
        if answer.code == "issued_award_unknown":  # the badge itself: issued, its award to be looked up
            assert answer.award is None and str(data["id"]) == "2001" and not named
        else:
            assert answer.award is not None and answer.award.id == str(data["id"])
    else:
        assert answer.award is None


def _get_call(client: NavigatrClient, which: str) -> Any:
    if which == "badges":
        result = client.badges("7")
        assert isinstance(result, list) and all(isinstance(b, Badge) for b in result)
    elif which == "badge":
        assert isinstance(client.badge("2001"), Badge)
    elif which == "find_awards":
        result = client.find_awards("2001", KEY)
        assert isinstance(result, list) and all(isinstance(a, Award) for a in result)
        for award in result:
            assert award.status.lower() != "revoked"
            assert award.recipient_key in ("", KEY) or "*" in award.recipient_key
    elif which == "providers":
        result = client.providers()
        assert isinstance(result, list) and all(isinstance(p, Provider) for p in result)
    elif which == "award":
        assert isinstance(client.award("50001"), Award)
    else:
        assert isinstance(client.current_user(), dict)


@FUZZ
@given(
    which=st.sampled_from(["badges", "badge", "find_awards", "providers", "award", "current_user"]),
    status=get_status,
    hdrs=headers,
    body=bodies,
)
def test_reads_raise_only_platform_error(which: str, status: int, hdrs: dict[str, str], body: bytes) -> None:
    client = SERVED.serve(status, hdrs, body)
    try:
        _get_call(client, which)
    except PlatformError as err:
        _one_line(err.message)
        assert err.kind in (base.NOT_SENT, base.AMBIGUOUS, base.FAILED, base.REJECTED, base.AUTH), err.kind
    assert SERVED.calls <= navigatr.MAX_PAGES


@pytest.mark.parametrize("which", ["badges", "find_awards"])
def test_endless_paging_is_cut_off(which: str) -> None:
    body = json.dumps({"items": [{"id": 1, "recipient_email": KEY}], "pages": 10**9}).encode()
    client = SERVED.serve(200, {}, body)
    with pytest.raises(PlatformError) as err:
        _get_call(client, which)
    assert err.value.code == "too_many_pages"
    assert SERVED.calls == navigatr.MAX_PAGES


@pytest.mark.parametrize("call", ["issue", "badge"])
def test_deeply_nested_json_is_an_unreadable_answer(call: str) -> None:
    client = SERVED.serve(200, {}, b"[" * 100_000 + b"]" * 100_000)
    if call == "issue":
        answer = client.issue(
            IssueRequest.for_email(badge_id="2001", email=EMAIL, first_name="A", last_name="B")
        )
        assert (answer.kind, answer.code) == (base.AMBIGUOUS, "unreadable_answer")
    else:
        with pytest.raises(PlatformError) as err:
            client.badge("2001")
        assert err.value.code == "unreadable_answer"


def test_multiline_detail_is_shown_on_one_line() -> None:
    client = SERVED.serve(418, {}, json.dumps({"detail": "line one\nline two\r\n"}).encode())
    answer = client.issue(IssueRequest.for_email(badge_id="2001", email=EMAIL, first_name="A", last_name="B"))
    assert answer.message == "Navigatr answered 418: line one line two."


def test_issued_only_for_this_recipient() -> None:
    other = json.dumps({"id": 9, "recipient_email": "someone.else@example.org"}).encode()
    mine = json.dumps({"id": 9, "recipient_email": " ADA.lovelace@example.org "}).encode()
    request = IssueRequest.for_email(badge_id="2001", email=EMAIL, first_name="A", last_name="B")
    assert SERVED.serve(200, {}, other).issue(request).kind == base.AMBIGUOUS
    assert SERVED.serve(201, {}, mine).issue(request).kind == base.ISSUED
    assert SERVED.serve(200, {}, b'[{"id": 9}]').issue(request).kind == base.AMBIGUOUS
