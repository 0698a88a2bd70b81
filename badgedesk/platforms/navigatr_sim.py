"""A Navigatr-compatible HTTP simulator (NOT the real Navigatr), for tests, benchmarks and demos.

It serves the documented ``/v1`` endpoints on 127.0.0.1 only, with deterministic demo data,
a per-token sliding-window rate limit, latency, and injectable faults (lost answers after
the badge was issued, proxy errors, captive portals, stalls, revoked tokens, outages).
Answers are built from the JSON fixtures in ``fixtures/navigatr`` (see
:mod:`badgedesk.platforms.navigatr_fixtures`), so the simulator and the client tests share
one contract. Admin endpoints under ``/_sim/`` (no auth, not rate-limited) let tests that
run the simulator in a subprocess inspect and steer it.

Run it by hand with ``python -m badgedesk.platforms.navigatr_sim --help``.
"""

from __future__ import annotations

import argparse
import colorsys
import copy
import dataclasses
import datetime as dt
import functools
import html
import http.server
import json
import logging
import math
import random
import re
import signal
import socket
import socketserver
import struct
import threading
import time
import urllib.parse
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from badgedesk.platforms import navigatr_fixtures as fixtures

log = logging.getLogger(__name__)

DEMO_TOKEN = "sim-demo-token"
OTHER_TOKEN = "sim-learner-token"

DEFAULT_FAULT_KINDS = ("503", "drop_after_commit", "500_after_commit", "504_after_commit", "html_200")
ALL_FAULT_KINDS = DEFAULT_FAULT_KINDS + ("stall",)
LOOKUP_FAULT_KINDS = ("500", "403", "drop")

DEMO_USER_ID = 1001
OTHER_USER_ID = 1002
NORTHWIND_PROVIDER_ID = 1
CONTOSO_PROVIDER_ID = 2
DEACTIVATED_PROVIDER_ID = 3
FOREIGN_PROVIDER_ID = 99

FIRST_AID_BADGE_ID = 2001
SANDBOX_BADGE_ID = 9000
MIN_SCORE_BADGE_ID = 9001
MIN_SCORE = 70
BADGE_400_ID = 9400  # source "Credly"
BADGE_400_OU_ID = 9401  # source "Open University"
BADGE_404_ID = 9404  # listed, but deleted
BADGE_422_ID = 9422  # unpublished
BADGE_403_ID = 7001  # provider 99, which the demo user does not administer
DEACTIVATED_PROVIDER_BADGE_ID = 4001
NORTHWIND_BADGE_COUNT = 140  # everything GET /badge/?provider_id=1 lists

MAX_BODY_BYTES = 64 * 1024
FIRST_ASSERTION_ID = 50001
_DISCARD_LIMIT = 8 * 1024 * 1024
_POLL_SECONDS = 0.02  # how fast stop()/go_offline() see the serve loop end


# ---------------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Provider:
    id: int
    name: str
    active: bool = True


@dataclasses.dataclass(frozen=True)
class _User:
    id: int
    firstname: str
    lastname: str
    email: str
    role: str
    provider_ids: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class _Badge:
    id: int
    name: str
    provider_ids: tuple[int, ...]
    type: str = "Training"
    status: str = "Published"
    source: str = "Internal"
    min_score: int | None = None
    deleted: bool = False
    featured: bool = False
    qa_required: bool = False


_PROVIDERS = (
    _Provider(NORTHWIND_PROVIDER_ID, "Northwind Training"),
    _Provider(CONTOSO_PROVIDER_ID, "Contoso Academy"),
    _Provider(DEACTIVATED_PROVIDER_ID, "Fabrikam Skills", active=False),
    _Provider(FOREIGN_PROVIDER_ID, "Globex Institute"),
)
_USERS = {
    DEMO_TOKEN: _User(
        DEMO_USER_ID, "Demo", "Trainer", "demo.trainer@example.org", "Provider Admin", (1, 2, 3)
    ),
    OTHER_TOKEN: _User(OTHER_USER_ID, "Lee", "Learner", "lee.learner@example.org", "Learner", ()),
}
_TOPICS = (
    "First Aid at Work", "Manual Handling", "Fire Safety Awareness", "Food Hygiene",
    "Safeguarding Adults", "Safeguarding Children", "Health and Safety Essentials",
    "Mental Health First Aid", "Infection Prevention and Control", "Working at Height",
    "COSHH Awareness", "Equality, Diversity and Inclusion", "GDPR Essentials",
    "Customer Service Excellence", "Conflict Resolution", "Lone Working",
    "Display Screen Equipment", "Risk Assessment", "Leadership Foundations", "Coaching Skills",
    "Project Management Basics", "Time Management", "Presentation Skills", "Digital Skills",
    "Cyber Security Awareness", "Spreadsheets for Work", "Basic Life Support",
    "Emergency First Aid at Work", "Asbestos Awareness", "Forklift Safety",
    "Environmental Awareness", "Allergen Awareness", "Dementia Awareness", "Autism Awareness",
    "Medication Awareness", "Moving and Positioning People", "Team Working",
    "Effective Communication", "Report Writing", "Mentoring Skills", "Unconscious Bias",
    "Anti-Bribery", "Whistleblowing", "Youth Work Foundations",
)  # fmt: skip
_VARIANTS = ("", " — Refresher", " — Level 2")
_TYPES = ("Training", "Certification", "Course", "Attendance", "Workshop", "Qualification", "Learning")
_CONTOSO_NAMES = (
    "Python Fundamentals", "Data Analysis with SQL", "Cloud Basics", "Agile Practitioner",
    "Scrum Team Member", "UX Research Essentials", "Accessibility in Design", "Intro to Machine Learning",
    "Network Fundamentals", "IT Support Foundations", "Web Development Bootcamp", "Digital Marketing",
)  # fmt: skip


def _northwind_badges() -> list[_Badge]:
    """130 Published Internal badges (several pages at size 50) plus four drafts."""
    badges = []
    for i in range(130):
        name = _TOPICS[i % len(_TOPICS)] + _VARIANTS[i // len(_TOPICS)]
        badges.append(_Badge(2001 + i, name, (1,), type=_TYPES[i % len(_TYPES)], featured=i % 17 == 0))
    for i, topic in enumerate(
        ("Chainsaw Safety", "Scaffold Inspection", "Boat Handling", "Archery Coaching")
    ):
        badges.append(_Badge(2131 + i, f"{topic} (draft)", (1,), type="Course", status="Draft"))
    return badges


def _other_badges() -> list[_Badge]:
    contoso = [
        _Badge(3001 + i, name, (2,), type=_TYPES[(i + 3) % len(_TYPES)])
        for i, name in enumerate(_CONTOSO_NAMES)
    ]
    fabrikam = [
        _Badge(4001 + i, name, (3,))
        for i, name in enumerate(("Welding Basics", "CNC Operation", "Lean Six Sigma"))
    ]
    return [*contoso, *fabrikam, _Badge(BADGE_403_ID, "Globex Forklift Operator", (FOREIGN_PROVIDER_ID,))]


def _special_badges() -> list[_Badge]:
    return [
        _Badge(SANDBOX_BADGE_ID, "Sandbox — test badge (not real)", (1, 2), type="Other"),
        _Badge(
            MIN_SCORE_BADGE_ID, f"Assessed Skills Check (pass mark {MIN_SCORE})", (1,), min_score=MIN_SCORE
        ),
        _Badge(BADGE_400_ID, "AWS Cloud Practitioner (Credly)", (1,), type="Certification", source="Credly"),
        _Badge(
            BADGE_400_OU_ID,
            "Introduction to Ecology (OpenLearn)",
            (1,),
            type="Course",
            source="Open University",
        ),
        _Badge(BADGE_404_ID, "Legacy Induction (deleted)", (1,), deleted=True),
        _Badge(BADGE_422_ID, "Advanced Rigging (unpublished)", (1,), status="Unpublished"),
    ]


def _catalogue() -> dict[int, _Badge]:
    badges = [*_northwind_badges(), *_other_badges(), *_special_badges()]
    return {badge.id: badge for badge in sorted(badges, key=lambda b: b.id)}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _stamp(offset_hours: int) -> str:
    return (dt.datetime(2024, 1, 8, 9, 0) + dt.timedelta(hours=offset_hours)).isoformat()


def _now_stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0).isoformat()


# ---------------------------------------------------------------------------------------------
# Answers built from the fixtures
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Reply:
    """One answer: ``drop`` closes the connection without answering; ``delay`` is waited first."""

    status: int
    body: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if self.content_type.startswith("application/json"):
            return json.dumps(self.body).encode("utf-8")
        return str(self.body).encode("utf-8")


class _ApiError(Exception):
    """Carries a finished non-2xx (or 202) answer out of the endpoint code."""

    def __init__(self, reply: _Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


@functools.cache
def _fixture(name: str) -> dict[str, Any]:
    return fixtures.load(name)


def _canned(name: str, **changes: Any) -> _Reply:
    """The fixture's status, headers and body, as an answer."""
    fx = _fixture(name)
    headers = {key.lower(): value for key, value in fx["headers"].items()}
    content_type = headers.pop("content-type", "application/json")
    headers.pop("content-length", None)
    reply = _Reply(fx["status"], copy.deepcopy(fx["body"]), content_type, headers)
    return dataclasses.replace(reply, **changes)


def _template(name: str, *path: str | int) -> Any:
    node = _fixture(name)["body"]
    for step in path:
        node = node[step]
    return node


def _fill(template: dict[str, Any], **values: Any) -> dict[str, Any]:
    """An object with the fixture's keys (in its order); keys not given keep the fixture's value."""
    unknown = set(values) - set(template)
    if unknown:
        raise KeyError(f"not in the Navigatr fixture, add them there first: {sorted(unknown)}")
    return {
        key: values[key] if key in values else copy.deepcopy(default) for key, default in template.items()
    }


def _validation_reply(problems: Iterable[tuple[tuple[Any, ...], str, str]]) -> _Reply:
    item = _template("issue_422_validation", "detail", 0)
    detail = [_fill(item, loc=list(loc), msg=msg, type=kind) for loc, msg, kind in problems]
    return _canned("issue_422_validation", body={"detail": detail})


class _Renderer:
    """Turns the demo records into API objects, with links that point at the simulator."""

    def __init__(self, origin: str, providers: dict[int, _Provider]) -> None:
        self.origin = origin
        self.providers = providers

    def image(self, key: str) -> str:
        return f"{self.origin}/_sim/image/{key}.png"

    def page_url(self, kind: str, ident: int) -> str:
        return f"{self.origin}/_sim/page/{kind}/{ident}"

    def provider_link(self, provider: _Provider) -> dict[str, Any]:
        tpl = _template("user_detail_200", "providers", 0)
        return _fill(tpl, id=provider.id, name=provider.name, url=self.page_url("provider", provider.id))

    def provider_item(self, provider: _Provider) -> dict[str, Any]:
        return _fill(_template("providers_200", 0), **self._provider_values(provider))

    def provider(self, provider: _Provider) -> dict[str, Any]:
        values = self._provider_values(provider)
        return _fill(_template("provider_200"), **values, time_created=_stamp(-1000 - provider.id))

    def _provider_values(self, provider: _Provider) -> dict[str, Any]:
        return {
            "id": provider.id,
            "name": provider.name,
            "url": self.page_url("provider", provider.id),
            "image_url": self.image(f"provider-{provider.id}"),
            "status": "Active" if provider.active else "Deactivated",
        }

    def user(self, user: _User, providers: list[_Provider]) -> dict[str, Any]:
        email = _fill(_template("user_detail_200", "emails", 0), email=user.email, user_id=user.id)
        return _fill(
            _template("user_detail_200"),
            id=user.id,
            firstname=user.firstname,
            lastname=user.lastname,
            avatar_url=self.image(f"user-{user.id}"),
            bio="Simulated account: NOT a real Navigatr user.",
            role=user.role,
            emails=[email],
            providers=[self.provider_link(p) for p in providers],
        )

    def badge(self, badge: _Badge) -> dict[str, Any]:
        issuer = self.providers[badge.provider_ids[0]]
        return _fill(
            _template("badge_200"),
            id=badge.id,
            name=badge.name,
            description=f"Awarded to learners who complete {badge.name} with {issuer.name}. (Simulated badge.)",
            image_url=self.image(str(badge.id)),
            url=self.page_url("badge", badge.id),
            status=badge.status,
            type=badge.type,
            source=badge.source,
            provider_ids=list(badge.provider_ids),
            issuer_id=issuer.id,
            issuer=_fill(_template("badge_200", "issuer"), id=issuer.id, name=issuer.name),
            featured=badge.featured,
            qa_required=badge.qa_required,
            min_score=badge.min_score,
            time_created=_stamp(badge.id % 5000),
            time_updated=_stamp(badge.id % 5000 + 24),
        )

    def assertion(
        self, ident: int, badge: _Badge, provider: _Provider, request: dict[str, Any]
    ) -> dict[str, Any]:
        now = _now_stamp()
        tpl = _template("issue_200")
        return _fill(
            tpl,
            id=ident,
            badge_id=badge.id,
            badge_issuer_id=badge.provider_ids[0],
            badge=_fill(tpl["badge"], id=badge.id, name=badge.name),
            provider_id=provider.id,
            provider=_fill(tpl["provider"], id=provider.id, name=provider.name),
            recipient_email=request["recipient_email"],
            recipient_firstname=request["recipient_firstname"],
            recipient_lastname=request["recipient_lastname"],
            image_url=self.image(str(badge.id)),
            issue_date=request.get("issue_date") or now[:10],
            evidence_text=request.get("evidence_text"),
            evidence_url=request.get("evidence_url"),
            score=request.get("score"),
            status="Pending",
            time_created=now,
            time_updated=now,
            url=self.page_url("assertion", ident),
        )

    @staticmethod
    def page(
        fixture: str, items: list[Any], page: int, size: int, render: Callable[[Any], Any]
    ) -> dict[str, Any]:
        chunk = items[(page - 1) * size : page * size]
        pages = math.ceil(len(items) / size)
        return _fill(
            _template(fixture),
            items=[render(x) for x in chunk],
            total=len(items),
            page=page,
            size=size,
            pages=pages,
        )


# ---------------------------------------------------------------------------------------------
# Request validation (FastAPI / pydantic v1 style 422 answers)
# ---------------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[tuple[Any, ...], str, str]] = []

    def add(self, loc: Sequence[Any], msg: str, kind: str) -> None:
        self.items.append((tuple(loc), msg, kind))

    def raise_if_any(self) -> None:
        if self.items:
            raise _ApiError(_validation_reply(self.items))


def _as_int(
    value: Any, loc: Sequence[Any], problems: _Problems, *, ge: int | None = None, le: int | None = None
):
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            value = None
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        problems.add(loc, "value is not a valid integer", "type_error.integer")
        return None
    if ge is not None and value < ge:
        problems.add(loc, f"ensure this value is greater than or equal to {ge}", "value_error.number.not_ge")
        return None
    if le is not None and value > le:
        problems.add(loc, f"ensure this value is less than or equal to {le}", "value_error.number.not_le")
        return None
    return value


def _query_int(
    query: dict[str, str], name: str, problems: _Problems, *, default=None, required=False, **bounds
):
    if name not in query:
        if required:
            problems.add(("query", name), "field required", "value_error.missing")
        return default
    return _as_int(query[name], ("query", name), problems, **bounds)


def _page_params(query: dict[str, str], problems: _Problems) -> tuple[int, int]:
    page = _query_int(query, "page", problems, default=1, ge=1)
    size = _query_int(query, "size", problems, default=50, ge=1, le=100)
    return page, size


def _path_int(raw: str, name: str) -> int:
    problems = _Problems()
    value = _as_int(raw, ("path", name), problems)
    problems.raise_if_any()
    return value


def _csv(query: dict[str, str], name: str) -> set[str] | None:
    if not query.get(name):
        return None
    return {part.strip().casefold() for part in query[name].split(",") if part.strip()}


def _json_object(raw: bytes, problems: _Problems, *, required: bool) -> dict[str, Any]:
    if not raw.strip():
        if required:
            problems.add(("body",), "field required", "value_error.missing")
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        problems.add(
            ("body", getattr(exc, "pos", 0)), getattr(exc, "msg", str(exc)), "value_error.jsondecode"
        )
        return {}
    if not isinstance(data, dict):
        problems.add(("body",), "value is not a valid dict", "type_error.dict")
        return {}
    return data


def _check_str(data: dict[str, Any], name: str, problems: _Problems, *, required: bool = False) -> str | None:
    value = data.get(name)
    loc = ("body", name)
    if value is None:
        if required:
            problems.add(loc, "field required", "value_error.missing")
        return None
    if not isinstance(value, str):
        problems.add(loc, "str type expected", "type_error.str")
        return None
    if required and not value.strip():
        problems.add(loc, "ensure this value has at least 1 characters", "value_error.any_str.min_length")
        return None
    return value


def _valid_date(text: str) -> bool:
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parse(text.replace("Z", "+00:00"))
            return True
        except ValueError:
            pass
    return False


def _parse_issue_body(raw: bytes) -> dict[str, Any]:
    """The issue request body, checked like the FastAPI model would; raises a 422 answer."""
    problems = _Problems()
    data = _json_object(raw, problems, required=True)
    problems.raise_if_any()
    clean: dict[str, Any] = {}
    for name in ("recipient_email", "recipient_firstname", "recipient_lastname"):
        clean[name] = _check_str(data, name, problems, required=True)
    for name in ("evidence_text", "evidence_url", "issue_date"):
        clean[name] = _check_str(data, name, problems)
    for name in ("provider_id", "score"):
        if data.get(name) is not None:
            clean[name] = _as_int(data[name], ("body", name), problems)
    email = clean["recipient_email"]
    if email is not None and not _EMAIL_RE.match(email.strip()):
        problems.add(("body", "recipient_email"), "value is not a valid email address", "value_error.email")
    url = clean["evidence_url"]
    if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        problems.add(("body", "evidence_url"), "invalid or missing URL scheme", "value_error.url.scheme")
    if clean["issue_date"] is not None and not _valid_date(clean["issue_date"]):
        problems.add(("body", "issue_date"), "invalid date format", "value_error.date")
    problems.raise_if_any()
    return clean


# ---------------------------------------------------------------------------------------------
# Rate limit, faults and settings
# ---------------------------------------------------------------------------------------------


class _RateLimiter:
    """Sliding window per key: at most ``limit`` admitted requests in any ``window`` seconds."""

    def __init__(self, rate_limit: tuple[int, float] | None) -> None:
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}
        self.rate_limit = rate_limit

    def admit(self, key: str) -> tuple[float, int | None]:
        """(arrival time, None) when admitted, else (arrival time, Retry-After seconds)."""
        with self._lock:
            now = time.monotonic()
            if self.rate_limit is None:
                return now, None
            limit, window = self.rate_limit
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) < limit:
                hits.append(now)
                return now, None
            return now, max(1, math.ceil(hits[-limit] + window - now))


class _FaultPlan:
    """Which fault (if any) the next issue request gets: queued kinds first, then random draws."""

    def __init__(self, seed: Any) -> None:
        self._lock = threading.Lock()
        self._queue: deque[str] = deque()
        self._rng = random.Random(seed)
        self.rate = 0.0
        self.kinds: tuple[str, ...] = DEFAULT_FAULT_KINDS

    def queue(self, kinds: Iterable[str]) -> None:
        kinds = list(kinds)
        _check_kinds(kinds, (*ALL_FAULT_KINDS, "none"), "fault kind")
        with self._lock:
            self._queue.extend(kinds)

    def draw(self) -> str | None:
        with self._lock:
            if self._queue:
                kind = self._queue.popleft()
                return None if kind == "none" else kind
            if self.rate > 0 and self.kinds and self._rng.random() < self.rate:
                return self._rng.choice(self.kinds)
            return None


def _check_kinds(kinds: Iterable[Any], allowed: Sequence[str], what: str) -> None:
    for kind in kinds:
        if kind not in allowed:
            raise ValueError(f"unknown {what} {kind!r}; expected one of {', '.join(allowed)}")


def _non_negative(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{name} must be a number >= 0, not {value!r}")
    return value


def _normalise_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """Checked and normalised runtime settings; raises TypeError/ValueError on bad ones."""
    unknown = set(settings) - set(_SETTING_NAMES)
    if unknown:
        raise TypeError(f"unknown simulator setting(s): {', '.join(sorted(unknown))}")
    clean = dict(settings)
    for name in ("latency_ms", "jitter_ms", "stall_seconds"):
        if name in clean:
            clean[name] = _non_negative(name, clean[name])
    if "fault_rate" in clean and not 0 <= _non_negative("fault_rate", clean["fault_rate"]) <= 1:
        raise ValueError("fault_rate must be between 0 and 1")
    if "fault_kinds" in clean:
        kinds = (
            (clean["fault_kinds"],) if isinstance(clean["fault_kinds"], str) else tuple(clean["fault_kinds"])
        )
        _check_kinds(kinds, ALL_FAULT_KINDS, "fault kind")
        clean["fault_kinds"] = kinds
    if clean.get("rate_limit") is not None:
        limit, window = clean["rate_limit"]
        if int(limit) < 1 or _non_negative("rate_limit window", window) <= 0:
            raise ValueError("rate_limit must be (requests >= 1, seconds > 0) or None")
        clean["rate_limit"] = (int(limit), float(window))
    if clean.get("revoke_after") is not None and int(clean["revoke_after"]) < 0:
        raise ValueError("revoke_after must be >= 0 or None")
    return clean


_SETTING_NAMES = (
    "latency_ms",
    "jitter_ms",
    "fault_rate",
    "fault_kinds",
    "stall_seconds",
    "rate_limit",
    "revoke_after",
)


def _after_commit(kind: str | None, reply: _Reply, stall_seconds: float) -> _Reply:
    """Spoil the answer of an issue request whose work is already done."""
    if kind == "drop_after_commit":
        return _Reply(0, drop=True)
    if kind == "500_after_commit":
        return _canned("issue_500")
    if kind == "504_after_commit":
        return _canned("issue_504")
    if kind == "stall":
        reply.delay += stall_seconds
    return reply


@functools.lru_cache(maxsize=512)
def _png(key: str, size: int = 32) -> bytes:
    """A small solid-colour PNG whose colour depends on ``key``."""
    hue = (zlib.crc32(key.encode("utf-8")) % 360) / 360
    rgb = bytes(round(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.55, 0.85))
    raw = (b"\x00" + rgb * size) * size

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------------------------
# HTTP plumbing
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Any
    body: bytes
    arrival: float
    client: str
    too_large: bool = False


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sim: NavigatrSimulator) -> None:
        self.sim = sim
        self.closing = threading.Event()
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup; skip it to start fast.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conns_lock:
            self._conns.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conns_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Shut down every open connection, which wakes handler threads blocked on reads."""
        with self._conns_lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("navigatr simulator: error while serving %s", client_address, exc_info=True)


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "NavigatrSimulator"
    sys_version = ""
    server: _Server

    def do_GET(self) -> None:
        request = self._read_request()
        reply = self.server.sim._respond(request)
        status = self._write(reply)
        self.server.sim._record(request, status)

    do_PUT = do_POST = do_DELETE = do_PATCH = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("navigatr simulator: " + format, *args)

    def _read_request(self) -> _Request:
        arrival = time.monotonic()
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        body, too_large = self._read_body()
        path = urllib.parse.unquote(url.path)
        return _Request(
            self.command, path, query, self.headers, body, arrival, self.client_address[0], too_large
        )

    def _read_body(self) -> tuple[bytes, bool]:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            return b"", False
        if length <= MAX_BODY_BYTES:
            return self.rfile.read(length), False
        # Like a proxy: swallow the body (so the client can read our answer), then refuse it.
        self.close_connection = True
        remaining = length if length <= _DISCARD_LIMIT else 0
        while remaining > 0:
            data = self.rfile.read(min(remaining, 65536))
            if not data:
                break
            remaining -= len(data)
        return b"", True

    def _read_chunked(self) -> tuple[bytes, bool]:
        parts, total = [], 0
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                break
            total += size
            data = self.rfile.read(size)
            self.rfile.readline()
            if total <= MAX_BODY_BYTES:
                parts.append(data)
        if total > MAX_BODY_BYTES:
            self.close_connection = True
            return b"", True
        return b"".join(parts), False

    def _write(self, reply: _Reply) -> int:
        """Send ``reply``; returns the status sent (0 when nothing was sent)."""
        if reply.delay > 0 and self.server.closing.wait(reply.delay):
            self.close_connection = True  # the simulator is stopping: leave without answering
            return 0
        if reply.drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return 0
        payload = reply.payload()
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name.title(), value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            self.close_connection = True
        return reply.status


# ---------------------------------------------------------------------------------------------
# The simulator
# ---------------------------------------------------------------------------------------------

_ISSUE_PATH = re.compile(r"/v1/badge/[^/]+/issue/?")
_ROUTES: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = tuple(
    (re.compile(pattern), methods)
    for pattern, methods in (
        (r"/user_detail/0", {"GET": "_get_me"}),
        (r"/user_detail/0/providers", {"GET": "_get_my_providers"}),
        (r"/provider/([^/]+)", {"GET": "_get_provider"}),
        (r"/badge", {"GET": "_list_badges"}),
        (r"/badge/([^/]+)", {"GET": "_get_badge"}),
        (r"/badge/([^/]+)/issue", {"PUT": "_issue"}),
        (r"/badge/([^/]+)/assertions", {"GET": "_list_badge_assertions"}),
        (r"/badge_assertion", {"GET": "_list_assertions"}),
        (r"/badge_assertion/([^/]+)", {"GET": "_get_assertion"}),
        (r"/badge_assertion/([^/]+)/revoke", {"PUT": "_revoke_assertion"}),
    )
)


class NavigatrSimulator:
    """A Navigatr-compatible API server on 127.0.0.1 (NOT the real Navigatr).

    Thread-safe; start/stop are fast. ``base_url`` is ``http://127.0.0.1:PORT/v1`` once started.
    ``rate_limit`` is ``(requests, seconds)`` per token, or ``None`` for no limit.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: float = 0,
        jitter_ms: float = 0,
        fault_rate: float = 0.0,
        fault_kinds: Iterable[str] = DEFAULT_FAULT_KINDS,
        stall_seconds: float = 5.0,
        seed: Any = None,
        rate_limit: tuple[int, float] | None = (5, 2.0),
        revoke_after: int | None = None,
    ) -> None:
        if host not in ("127.0.0.1", "localhost"):
            raise ValueError("the Navigatr simulator only listens on 127.0.0.1")
        self.host = "127.0.0.1"
        self.port = port
        self.base_url = ""
        self._lock = threading.RLock()
        self._life_lock = threading.Lock()
        self._limiter = _RateLimiter(None)
        self._faults = _FaultPlan(seed)
        self._latency_rng = random.Random(None if seed is None else f"{seed}/latency")
        self._settings: dict[str, Any] = {}
        self._providers = {p.id: p for p in _PROVIDERS}
        self._badges = _catalogue()
        self._revoked: set[str] = set()
        self._lookup_fault: str | None = None
        self._assertions: list[dict[str, Any]] = []
        self._assertion_by_id: dict[int, dict[str, Any]] = {}
        self._issued = 0
        self._log: list[tuple[float, str, str, int]] = []
        self._counts: Counter[str] = Counter()
        self._by_status: Counter[int] = Counter()
        self._fault_counts: Counter[str] = Counter()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._render: _Renderer | None = None
        self.set(
            latency_ms=latency_ms,
            jitter_ms=jitter_ms,
            fault_rate=fault_rate,
            fault_kinds=fault_kinds,
            stall_seconds=stall_seconds,
            rate_limit=rate_limit,
            revoke_after=revoke_after,
        )

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> str:
        """Serve in a daemon thread; returns the base URL ``http://127.0.0.1:PORT/v1``."""
        with self._life_lock:
            if self._server is None:
                self._listen()
        return self.base_url

    def stop(self) -> None:
        """Stop serving, close every connection and wake stalled handlers (quick and idempotent)."""
        with self._life_lock:
            self._close()

    def go_offline(self) -> None:
        """Close the listening socket and open connections: new connects are refused."""
        with self._life_lock:
            self._close()

    def go_online(self) -> None:
        """Listen again on the same port after :meth:`go_offline`."""
        with self._life_lock:
            if self._render is None:
                raise RuntimeError("start() the simulator before go_online()")
            if self._server is None:
                self._listen()

    def __enter__(self) -> NavigatrSimulator:
        self.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def _listen(self) -> None:
        server = _Server((self.host, self.port), self)
        self.port = server.server_address[1]
        origin = f"http://{self.host}:{self.port}"
        if self._render is None:
            self._render = _Renderer(origin, self._providers)
        self.base_url = f"{origin}/v1"
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_SECONDS},
            name=f"navigatr-sim-{self.port}",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread

    def _close(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.closing.set()
        server.shutdown()
        server.server_close()
        server.drop_connections()
        if thread is not None:
            thread.join(timeout=1.0)

    # -- steering -------------------------------------------------------------------------------

    def set(self, **settings: Any) -> None:
        """Change latency_ms, jitter_ms, fault_rate, fault_kinds, stall_seconds (also rate_limit, revoke_after)."""
        clean = _normalise_settings(settings)
        with self._lock:
            self._settings.update(clean)
            self._limiter.rate_limit = self._settings.get("rate_limit")
            self._faults.rate = self._settings.get("fault_rate", 0.0)
            self._faults.kinds = self._settings.get("fault_kinds", DEFAULT_FAULT_KINDS)
            self._check_revoke_after()

    def settings(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._settings)

    def queue_faults(self, *kinds: str) -> None:
        """Apply these kinds, in order, to the next issue requests (one each; "none" = behave normally).

        An issue request takes the next kind once it is past the rate limit and auth.
        """
        self._faults.queue(kinds)

    def set_lookup_fault(self, kind: str | None) -> None:
        """Make assertion lookups fail with "500", "403" or "drop" (closed socket); None = normal."""
        if kind is not None:
            _check_kinds([kind], LOOKUP_FAULT_KINDS, "lookup fault")
        with self._lock:
            self._lookup_fault = kind

    def revoke_token(self, token: str = DEMO_TOKEN) -> None:
        """From now on ``token`` gets 401."""
        with self._lock:
            self._revoked.add(token)

    def ledger(self) -> list[dict[str, Any]]:
        """Every assertion the server created, in order (revoked ones with status "Revoked")."""
        with self._lock:
            return copy.deepcopy(self._assertions)

    def stats(self) -> dict[str, Any]:
        """Counts over /v1 requests; a request answered by closing the socket counts as status 0."""
        with self._lock:
            return {
                "requests": self._counts["requests"],
                "by_status": dict(self._by_status),
                "count_429": self._by_status[429],
                "issue_requests": self._counts["issue_requests"],
                "faults": dict(self._fault_counts),
            }

    def request_log(self) -> list[tuple[float, str, str, int]]:
        """(time.monotonic() at arrival, method, path, status) per /v1 request, by arrival."""
        with self._lock:
            return sorted(self._log)

    # -- request handling -----------------------------------------------------------------------

    def _respond(self, req: _Request) -> _Reply:
        try:
            if req.path.startswith("/_sim/"):
                return self._admin(req)
            if req.path == "/v1" or req.path.startswith("/v1/"):
                return self._respond_api(req)
            return _canned("not_found_404")
        except _ApiError as err:
            return err.reply
        except Exception:
            log.exception("navigatr simulator: unexpected error for %s %s", req.method, req.path)
            return _canned("issue_500")

    def _respond_api(self, req: _Request) -> _Reply:
        if req.too_large:
            return _canned("payload_413")
        req.arrival, retry_after = self._limiter.admit(self._token(req) or f"anonymous@{req.client}")
        if retry_after is not None:
            reply = self._rate_limited(retry_after)
        else:
            try:
                reply = self._route(req)
            except _ApiError as err:
                reply = err.reply
        reply.delay += self._latency()
        return reply

    def _route(self, req: _Request) -> _Reply:
        path = req.path[len("/v1") :].rstrip("/") or "/"
        for pattern, methods in _ROUTES:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            handler = methods.get(req.method)
            if handler is None:
                raise _ApiError(_canned("method_405", headers={"allow": ", ".join(methods)}))
            user = self._authenticate(req)
            return getattr(self, handler)(req, user, *match.groups())
        raise _ApiError(_canned("not_found_404"))

    def _rate_limited(self, retry_after: int) -> _Reply:
        reply = _canned("issue_429", headers={"retry-after": str(retry_after)})
        limit, window = self._limiter.rate_limit or (0, 0)
        if (limit, window) != (5, 2.0):
            reply.body = _fill(
                reply.body, detail=f"Rate limit exceeded: {limit} requests per {window:g} seconds"
            )
        return reply

    @staticmethod
    def _token(req: _Request) -> str | None:
        token = (req.headers.get("X-Access-Token") or "").strip()
        if token:
            return token
        scheme, _, value = (req.headers.get("Authorization") or "").strip().partition(" ")
        if scheme.lower() != "bearer":
            return None
        return value.strip() or None

    def _authenticate(self, req: _Request) -> _User:
        token = self._token(req)
        with self._lock:
            user = _USERS.get(token or "") if token not in self._revoked else None
        if user is None:
            raise _ApiError(_canned("issue_401"))
        return user

    def _latency(self) -> float:
        with self._lock:
            base, jitter = self._settings["latency_ms"], self._settings["jitter_ms"]
            millis = base + (self._latency_rng.uniform(-jitter, jitter) if jitter else 0)
        return max(0.0, millis) / 1000

    def _record(self, req: _Request, status: int) -> None:
        if not (req.path == "/v1" or req.path.startswith("/v1/")):
            return
        with self._lock:
            self._log.append((req.arrival, req.method, req.path, status))
            self._counts["requests"] += 1
            self._by_status[status] += 1
            if req.method == "PUT" and _ISSUE_PATH.fullmatch(req.path):
                self._counts["issue_requests"] += 1

    def _count_fault(self, kind: str | None) -> None:
        if kind is not None:
            with self._lock:
                self._fault_counts[kind] += 1

    # -- endpoints: users, providers, badges ------------------------------------------------------

    def _providers_of(self, user: _User) -> list[_Provider]:
        return [self._providers[pid] for pid in user.provider_ids]

    def _get_me(self, req: _Request, user: _User) -> _Reply:
        return _Reply(200, self._render.user(user, self._providers_of(user)))

    def _get_my_providers(self, req: _Request, user: _User) -> _Reply:
        return _Reply(200, [self._render.provider_item(p) for p in self._providers_of(user)])

    def _get_provider(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        provider = self._providers.get(_path_int(raw_id, "provider_id"))
        if provider is None:
            raise _ApiError(_canned("provider_404"))
        return _Reply(200, self._render.provider(provider))

    def _list_badges(self, req: _Request, user: _User) -> _Reply:
        problems = _Problems()
        provider_id = _query_int(req.query, "provider_id", problems, required=True)
        page, size = _page_params(req.query, problems)
        problems.raise_if_any()
        badges = _filter_badges(self._badges.values(), provider_id, req.query)
        return _Reply(200, self._render.page("badges_page_200", badges, page, size, self._render.badge))

    def _find_badge(self, raw_id: str, not_found: str = "badge_404") -> _Badge:
        badge = self._badges.get(_path_int(raw_id, "badge_id"))
        if badge is None or badge.deleted:
            raise _ApiError(_canned(not_found))
        return badge

    def _get_badge(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        return _Reply(200, self._render.badge(self._find_badge(raw_id)))

    # -- endpoints: issuing ------------------------------------------------------------------------

    def _issue(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        kind = self._faults.draw()
        self._count_fault(kind)
        if kind == "503":
            return _canned("issue_503")
        if kind == "html_200":
            return _canned("issue_html_200")
        try:
            reply = self._issue_assertion(req, user, raw_id)
        except _ApiError as err:
            reply = err.reply
        with self._lock:
            stall_seconds = self._settings["stall_seconds"]
        return _after_commit(kind, reply, stall_seconds)

    def _issue_assertion(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        _path_int(raw_id, "badge_id")
        body = _parse_issue_body(req.body)
        badge = self._find_badge(raw_id, "issue_404")
        provider = self._issuing_provider(user, badge, body.get("provider_id"))
        if badge.source != "Internal":
            raise _ApiError(_canned("issue_400"))
        if badge.status != "Published":
            raise _ApiError(_canned("issue_422_unpublished"))
        if not provider.active:
            raise _ApiError(_canned("issue_422_deactivated"))
        score = body.get("score")
        if badge.min_score is not None and score is not None and score < badge.min_score:
            return _canned("issue_202")
        return _Reply(200, self._create_assertion(badge, provider, body))

    def _issuing_provider(self, user: _User, badge: _Badge, provider_id: int | None) -> _Provider:
        wanted = badge.provider_ids if provider_id is None else (provider_id,)
        allowed = [pid for pid in wanted if pid in badge.provider_ids and pid in user.provider_ids]
        if not allowed:
            raise _ApiError(_canned("issue_403"))
        return self._providers[allowed[0]]

    def _create_assertion(self, badge: _Badge, provider: _Provider, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            ident = FIRST_ASSERTION_ID + len(self._assertions)
            record = self._render.assertion(ident, badge, provider, body)
            self._assertions.append(record)
            self._assertion_by_id[ident] = record
            self._issued += 1
            self._check_revoke_after()
            return copy.deepcopy(record)

    def _check_revoke_after(self) -> None:
        limit = self._settings.get("revoke_after")
        if limit is not None and self._issued >= limit:
            self._revoked.add(DEMO_TOKEN)

    # -- endpoints: assertions ---------------------------------------------------------------------

    def _check_lookup_fault(self) -> None:
        with self._lock:
            kind = self._lookup_fault
        if kind is None:
            return
        self._count_fault(f"lookup_{kind}")
        if kind == "500":
            raise _ApiError(_canned("issue_500"))
        if kind == "403":
            raise _ApiError(_canned("issue_403"))
        raise _ApiError(_Reply(0, drop=True))

    def _list_assertions(self, req: _Request, user: _User) -> _Reply:
        self._check_lookup_fault()
        return self._assertion_page(req, user, badge_id=None)

    def _list_badge_assertions(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        self._check_lookup_fault()
        return self._assertion_page(req, user, badge_id=self._find_badge(raw_id).id)

    def _assertion_page(self, req: _Request, user: _User, badge_id: int | None) -> _Reply:
        problems = _Problems()
        if badge_id is None:
            badge_id = _query_int(req.query, "badge_id", problems)
        provider_id = _query_int(req.query, "provider_id", problems)
        page, size = _page_params(req.query, problems)
        problems.raise_if_any()
        email = req.query.get("recipient_email", "").strip().casefold() or None
        statuses = _csv(req.query, "status")
        with self._lock:
            found = [
                copy.deepcopy(a)
                for a in reversed(self._assertions)
                if a["provider_id"] in user.provider_ids
                and (badge_id is None or a["badge_id"] == badge_id)
                and (provider_id is None or a["provider_id"] == provider_id)
                and (email is None or a["recipient_email"].strip().casefold() == email)
                and (statuses is None or a["status"].casefold() in statuses)
            ]
        return _Reply(200, self._render.page("assertions_page_200", found, page, size, lambda a: a))

    def _find_assertion(self, user: _User, raw_id: str) -> dict[str, Any]:
        record = self._assertion_by_id.get(_path_int(raw_id, "assertion_id"))
        if record is None:
            raise _ApiError(_canned("assertion_404"))
        if record["provider_id"] not in user.provider_ids:
            raise _ApiError(_canned("issue_403"))
        return record

    def _get_assertion(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        self._check_lookup_fault()
        with self._lock:
            return _Reply(200, copy.deepcopy(self._find_assertion(user, raw_id)))

    def _revoke_assertion(self, req: _Request, user: _User, raw_id: str) -> _Reply:
        problems = _Problems()
        body = _json_object(req.body, problems, required=False)
        reason = _check_str(body, "revocation_reason", problems)
        problems.raise_if_any()
        with self._lock:
            record = self._find_assertion(user, raw_id)
            record.update(status="Revoked", revocation_reason=reason, time_updated=_now_stamp())
            return _Reply(200, copy.deepcopy(record))

    # -- admin endpoints (no auth, no rate limit, not counted) -------------------------------------

    def _admin(self, req: _Request) -> _Reply:
        path = req.path.rstrip("/")
        image = re.fullmatch(r"/_sim/image/([\w-]{1,40})\.png", path)
        if image and req.method == "GET":
            return _Reply(200, _png(image.group(1)), "image/png", {"cache-control": "max-age=3600"})
        page = re.fullmatch(r"/_sim/page/(badge|assertion|provider)/(\d+)", path)
        if page and req.method == "GET":
            return self._html_page(page.group(1), int(page.group(2)))
        action = self._admin_actions().get((req.method, path))
        if action is None:
            return _canned("not_found_404")
        try:
            data = json.loads(req.body) if req.body.strip() else None
            return _Reply(200, action(data))
        except (TypeError, ValueError) as exc:
            return _Reply(400, {"detail": str(exc)})

    def _admin_actions(self) -> dict[tuple[str, str], Callable[[Any], Any]]:
        def settings(data: Any) -> Any:
            self.set(**(data or {}))
            return self.settings()

        def queue(data: Any) -> Any:
            self.queue_faults(*(data or []))
            return {"queued": len(data or [])}

        def revoke(data: Any) -> Any:
            token = (data or {}).get("token", DEMO_TOKEN)
            self.revoke_token(token)
            return {"revoked": token}

        def lookup_fault(data: Any) -> Any:
            self.set_lookup_fault((data or {}).get("kind"))
            return {"lookup_fault": self._lookup_fault}

        return {
            ("GET", "/_sim/ledger"): lambda _: self.ledger(),
            ("GET", "/_sim/stats"): lambda _: self.stats(),
            ("GET", "/_sim/settings"): lambda _: self.settings(),
            ("POST", "/_sim/settings"): settings,
            ("POST", "/_sim/queue_faults"): queue,
            ("POST", "/_sim/revoke"): revoke,
            ("POST", "/_sim/lookup_fault"): lookup_fault,
        }

    def _html_page(self, kind: str, ident: int) -> _Reply:
        if kind == "badge":
            title = self._badges[ident].name if ident in self._badges else None
        elif kind == "provider":
            title = self._providers[ident].name if ident in self._providers else None
        else:
            with self._lock:
                record = self._assertion_by_id.get(ident)
            title = f"{record['badge']['name']} — {record['recipient_firstname']}" if record else None
        if title is None:
            return _canned("not_found_404")
        text = (
            f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<h1>{html.escape(title)}</h1><p>Simulated {kind} page: this is NOT the real Navigatr.</p></body></html>"
        )
        return _Reply(200, text, "text/html; charset=utf-8")


def _filter_badges(badges: Iterable[_Badge], provider_id: int, query: dict[str, str]) -> list[_Badge]:
    """The badge list for GET /badge/: provider, keyword (name contains), status and source."""
    keyword = query.get("keyword", "").strip().casefold()
    statuses, sources, types = _csv(query, "status"), _csv(query, "source"), _csv(query, "type")
    return [
        badge
        for badge in badges
        if provider_id in badge.provider_ids
        and keyword in badge.name.casefold()
        and (statuses is None or badge.status.casefold() in statuses)
        and (sources is None or badge.source.casefold() in sources)
        and (types is None or badge.type.casefold() in types)
    ]


# ---------------------------------------------------------------------------------------------
# Running it by hand
# ---------------------------------------------------------------------------------------------


def run_simulator(port: int = 8750, latency_ms: float = 0, fault_rate: float = 0.0, **kw: Any) -> None:
    """Serve until KeyboardInterrupt (Ctrl+C, or SIGTERM in the main thread), then stop cleanly."""
    sim = NavigatrSimulator(port=port, latency_ms=latency_ms, fault_rate=fault_rate, **kw)
    base_url = sim.start()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        print(f"Navigatr simulator (NOT the real Navigatr) at {base_url} — token: {DEMO_TOKEN}", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_keyboard_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _rate_limit_arg(text: str) -> tuple[int, float] | None:
    if text.lower() in ("off", "none"):
        return None
    limit, _, window = text.partition("/")
    return int(limit), float(window or 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m badgedesk.platforms.navigatr_sim",
        description="Run a Navigatr-compatible API simulator (NOT the real Navigatr) on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8750, help="0 picks a free port (default 8750)")
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--jitter-ms", type=float, default=0)
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="0..1, share of issue requests that fail"
    )
    parser.add_argument(
        "--fault-kinds", default=",".join(DEFAULT_FAULT_KINDS), help="comma list of fault kinds"
    )
    parser.add_argument("--stall-seconds", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--rate-limit", type=_rate_limit_arg, default=(5, 2.0), help='"5/2" (default) or "off"'
    )
    parser.add_argument("--revoke-after", type=int, default=None, help="revoke the demo token after N issues")
    args = parser.parse_args(argv)
    run_simulator(
        port=args.port,
        latency_ms=args.latency_ms,
        fault_rate=args.fault_rate,
        jitter_ms=args.jitter_ms,
        fault_kinds=tuple(k.strip() for k in args.fault_kinds.split(",") if k.strip()),
        stall_seconds=args.stall_seconds,
        seed=args.seed,
        rate_limit=args.rate_limit,
        revoke_after=args.revoke_after,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
