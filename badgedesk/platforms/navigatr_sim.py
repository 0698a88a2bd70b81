"""A Navigatr-compatible HTTP simulator (NOT the real Navigatr), for tests, benchmarks and demos.

It serves the documented ``/v1`` endpoints on 127.0.0.1 only, with deterministic demo data
(:mod:`badgedesk.platforms.navigatr_sim_data`), on the shared simulator core
(:mod:`badgedesk.platforms.simcore`): a per-token sliding-window rate limit, latency on the way
in and out, and injectable faults (lost answers after the badge was issued, proxy errors,
captive portals, stalls, revoked tokens, outages, lagging and redacted look-ups).
Answers are built from the JSON fixtures in ``fixtures/navigatr`` (see
:mod:`badgedesk.platforms.navigatr_fixtures`), so the simulator and the client tests share
one contract. Admin endpoints under ``/_sim/`` (no auth, not rate-limited) let tests that
run the simulator in a subprocess inspect and steer it.

Run it by hand with ``python -m badgedesk.platforms.navigatr_sim --help``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Any

from badgedesk.platforms import simcore_cli
from badgedesk.platforms.navigatr_fixtures import FIXTURES
from badgedesk.platforms.navigatr_sim_data import (  # noqa: F401  (constants are part of this API)
    _PROVIDERS,
    _USERS,
    BADGE_400_ID,
    BADGE_400_OU_ID,
    BADGE_403_ID,
    BADGE_404_ID,
    BADGE_422_ID,
    CONTOSO_PROVIDER_ID,
    DEACTIVATED_PROVIDER_BADGE_ID,
    DEACTIVATED_PROVIDER_ID,
    DEMO_TOKEN,
    DEMO_USER_ID,
    FIRST_AID_BADGE_ID,
    FIRST_ASSERTION_ID,
    FOREIGN_PROVIDER_ID,
    MIN_SCORE,
    MIN_SCORE_BADGE_ID,
    NORTHWIND_BADGE_COUNT,
    NORTHWIND_PROVIDER_ID,
    OTHER_TOKEN,
    OTHER_USER_ID,
    SANDBOX_BADGE_ID,
    _Badge,
    _catalogue,
    _now_stamp,
    _Provider,
    _Renderer,
    _User,
)
from badgedesk.platforms.simcore import (  # noqa: F401  (fault kinds are part of this API)
    ALL_FAULT_KINDS,
    DEFAULT_FAULT_KINDS,
    LOOKUP_FAULT_KINDS,
    MAX_BODY_BYTES,
    ApiError,
    Reply,
    Request,
    SimulatorCore,
    compile_routes,
)

_canned = FIXTURES.canned
_template = FIXTURES.template
_fill = FIXTURES.fill


# ---------------------------------------------------------------------------------------------
# Request validation (FastAPI / pydantic v1 style 422 answers)
# ---------------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def _validation_reply(problems: Iterable[tuple[tuple[Any, ...], str, str]]) -> Reply:
    item = _template("issue_422_validation", "detail", 0)
    detail = [_fill(item, loc=list(loc), msg=msg, type=kind) for loc, msg, kind in problems]
    return _canned("issue_422_validation", body={"detail": detail})


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[tuple[Any, ...], str, str]] = []

    def add(self, loc: Sequence[Any], msg: str, kind: str) -> None:
        self.items.append((tuple(loc), msg, kind))

    def raise_if_any(self) -> None:
        if self.items:
            raise ApiError(_validation_reply(self.items))


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
# The simulator
# ---------------------------------------------------------------------------------------------

_ISSUE_PATH = re.compile(r"/v1/badge/[^/]+/issue/?")


class NavigatrSimulator(SimulatorCore):
    """A Navigatr-compatible API server on 127.0.0.1 (NOT the real Navigatr).

    Thread-safe; start/stop are fast. ``base_url`` is ``http://127.0.0.1:PORT/v1`` once started.
    ``rate_limit`` is ``(requests, seconds)`` per token (default (5, 2.0)), or ``None`` for no
    limit. Every setting of :class:`~badgedesk.platforms.simcore.SimulatorCore` applies
    (latency_ms, jitter_ms, request_latency_ms, request_jitter_ms, fault_rate, fault_kinds,
    stall_seconds, seed, rate_limit, revoke_after, lookup_lag_s, redact_emails); lookup lag and
    redaction apply to the assertion list and look-up endpoints.
    """

    PLATFORM = "Navigatr"
    DEMO_TOKEN = DEMO_TOKEN
    DEFAULT_RATE_LIMIT = (5, 2.0)
    FIXTURES = FIXTURES
    ERRORS = {  # Navigatr's fixtures answer most errors as the issue endpoint does
        "not_found": "not_found_404",
        "method_not_allowed": "method_405",
        "internal": "issue_500",
        "too_large": "payload_413",
        "rate_limited": "issue_429",
        "unauthorized": "issue_401",
        "fault_503": "issue_503",
        "fault_500": "issue_500",
        "fault_504": "issue_504",
        "fault_html_200": "issue_html_200",
        "lookup_500": "issue_500",
        "lookup_403": "issue_403",
    }
    COMMAND_LINE_PORT = 8750
    ROUTES = compile_routes(
        [
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
        ]
    )

    # ``unstated_min_score``: {badge ID: score} minimums the platform enforces (202) but the badge
    # does not state, as a real provider's assessment rule can be (the demo's First Aid at Work).
    EXTRA_SETTINGS = ("unstated_min_score",)

    def __init__(self, **settings: Any) -> None:
        self._providers = {p.id: p for p in _PROVIDERS}
        self._badges = _catalogue()
        self._render: _Renderer | None = None
        super().__init__(**settings)

    # -- the core's hooks --------------------------------------------------------------------------

    def _on_listen(self, origin: str) -> None:
        if self._render is None:
            self._render = _Renderer(origin, self._providers)

    @staticmethod
    def _token(req: Request) -> str | None:
        token = (req.headers.get("X-Access-Token") or "").strip()
        if token:
            return token
        scheme, _, value = (req.headers.get("Authorization") or "").strip().partition(" ")
        if scheme.lower() != "bearer":
            return None
        return value.strip() or None

    def _principal(self, token: str) -> _User | None:
        return _USERS.get(token)

    def _error(self, kind: str, **info: Any) -> Reply:
        reply = super()._error(kind)
        if kind == "rate_limited":
            limit, window = self._limiter.rate_limit or (0, 0)
            if (limit, window) != (5, 2.0):
                detail = f"Rate limit exceeded: {limit} requests per {window:g} seconds"
                reply.body = _fill(reply.body, detail=detail)
        return reply

    def _is_issue(self, req: Request) -> bool:
        return req.method == "PUT" and _ISSUE_PATH.fullmatch(req.path) is not None

    def _page_title(self, kind: str, ident: str) -> str | None:
        if not ident.isdigit():
            return None
        number = int(ident)
        if kind == "badge":
            return self._badges[number].name if number in self._badges else None
        if kind == "provider":
            return self._providers[number].name if number in self._providers else None
        if kind == "assertion":
            with self._lock:
                record = self._by_id.get(number)
            return f"{record['badge']['name']} — {record['recipient_firstname']}" if record else None
        return None

    # -- endpoints: users, providers, badges ------------------------------------------------------

    def _providers_of(self, user: _User) -> list[_Provider]:
        return [self._providers[pid] for pid in user.provider_ids]

    def _get_me(self, req: Request, user: _User) -> Reply:
        return Reply(200, self._render.user(user, self._providers_of(user)))

    def _get_my_providers(self, req: Request, user: _User) -> Reply:
        return Reply(200, [self._render.provider_item(p) for p in self._providers_of(user)])

    def _get_provider(self, req: Request, user: _User, raw_id: str) -> Reply:
        provider = self._providers.get(_path_int(raw_id, "provider_id"))
        if provider is None:
            raise ApiError(_canned("provider_404"))
        return Reply(200, self._render.provider(provider))

    def _list_badges(self, req: Request, user: _User) -> Reply:
        problems = _Problems()
        provider_id = _query_int(req.query, "provider_id", problems, required=True)
        page, size = _page_params(req.query, problems)
        problems.raise_if_any()
        badges = _filter_badges(self._badges.values(), provider_id, req.query)
        return Reply(200, self._render.page("badges_page_200", badges, page, size, self._render.badge))

    def _find_badge(self, raw_id: str, not_found: str = "badge_404") -> _Badge:
        badge = self._badges.get(_path_int(raw_id, "badge_id"))
        if badge is None or badge.deleted:
            raise ApiError(_canned(not_found))
        return badge

    def _get_badge(self, req: Request, user: _User, raw_id: str) -> Reply:
        return Reply(200, self._render.badge(self._find_badge(raw_id)))

    # -- endpoints: issuing ------------------------------------------------------------------------

    def _issue(self, req: Request, user: _User, raw_id: str) -> Reply:
        return self._with_faults(lambda: self._issue_assertion(req, user, raw_id))

    def _issue_assertion(self, req: Request, user: _User, raw_id: str) -> Reply:
        _path_int(raw_id, "badge_id")
        body = _parse_issue_body(req.body)
        badge = self._find_badge(raw_id, "issue_404")
        provider = self._issuing_provider(user, badge, body.get("provider_id"))
        if badge.source != "Internal":
            raise ApiError(_canned("issue_400"))
        if badge.status != "Published":
            raise ApiError(_canned("issue_422_unpublished"))
        if not provider.active:
            raise ApiError(_canned("issue_422_deactivated"))
        score = body.get("score")
        minimum = badge.min_score
        if minimum is None:
            minimum = (self.settings().get("unstated_min_score") or {}).get(badge.id)
        if minimum is not None and score is not None and score < minimum:
            return _canned("issue_202")
        with self._lock:
            ident = FIRST_ASSERTION_ID + len(self._records)
            return Reply(200, self._commit(ident, self._render.assertion(ident, badge, provider, body)))

    def _issuing_provider(self, user: _User, badge: _Badge, provider_id: int | None) -> _Provider:
        wanted = badge.provider_ids if provider_id is None else (provider_id,)
        allowed = [pid for pid in wanted if pid in badge.provider_ids and pid in user.provider_ids]
        if not allowed:
            raise ApiError(_canned("issue_403"))
        return self._providers[allowed[0]]

    # -- endpoints: assertions (look-ups lag and redact as set) -------------------------------------

    def _list_assertions(self, req: Request, user: _User) -> Reply:
        self._check_lookup_fault()
        return self._assertion_page(req, user, badge_id=None)

    def _list_badge_assertions(self, req: Request, user: _User, raw_id: str) -> Reply:
        self._check_lookup_fault()
        return self._assertion_page(req, user, badge_id=self._find_badge(raw_id).id)

    def _assertion_page(self, req: Request, user: _User, badge_id: int | None) -> Reply:
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
                self._lookup_view(a)
                for a in reversed(self._records)
                if self._visible(a["id"])
                and a["provider_id"] in user.provider_ids
                and (badge_id is None or a["badge_id"] == badge_id)
                and (provider_id is None or a["provider_id"] == provider_id)
                and (email is None or a["recipient_email"].strip().casefold() == email)
                and (statuses is None or a["status"].casefold() in statuses)
            ]
        return Reply(200, self._render.page("assertions_page_200", found, page, size, lambda a: a))

    def _find_assertion(self, user: _User, raw_id: str, *, lookup: bool = False) -> dict[str, Any]:
        ident = _path_int(raw_id, "assertion_id")
        record = self._by_id.get(ident)
        if record is None or (lookup and not self._visible(ident)):
            raise ApiError(_canned("assertion_404"))
        if record["provider_id"] not in user.provider_ids:
            raise ApiError(_canned("issue_403"))
        return record

    def _get_assertion(self, req: Request, user: _User, raw_id: str) -> Reply:
        self._check_lookup_fault()
        with self._lock:
            return Reply(200, self._lookup_view(self._find_assertion(user, raw_id, lookup=True)))

    def _revoke_assertion(self, req: Request, user: _User, raw_id: str) -> Reply:
        problems = _Problems()
        body = _json_object(req.body, problems, required=False)
        reason = _check_str(body, "revocation_reason", problems)
        problems.raise_if_any()
        with self._lock:
            record = self._find_assertion(user, raw_id)
            record.update(status="Revoked", revocation_reason=reason, time_updated=_now_stamp())
            return Reply(200, copy.deepcopy(record))


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


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m badgedesk.platforms.navigatr_sim``: serve until Ctrl+C."""
    return simcore_cli.main(NavigatrSimulator, argv)


if __name__ == "__main__":
    raise SystemExit(main())
