"""A Credly-compatible HTTP simulator (Web Service API v1; NOT the real Credly), for tests and demos.

It serves ``http://127.0.0.1:PORT/v1`` on the shared simulator core
(:mod:`badgedesk.platforms.simcore`): HTTP Basic auth (the token as user name, an empty
password), organisations, paged and filtered badge templates, issuing with Credly's duplicate
rules (``duplicate_behavior`` deny/replace/allow), issued-badge look-ups, revoking, the
authorization-token list with expiry dates, a hidden per-token rate limit, and the core's faults,
latency, lagging look-ups and redacted emails. Answers follow the JSON fixtures in
``fixtures/credly``; each names the public source of its shape, or says where BadgeDesk chose
because Credly's docs are silent. Demo data and IDs: :mod:`badgedesk.platforms.credly_sim_data`.

Run it by hand with ``python -m badgedesk.platforms.credly_sim --help``.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import collections
import copy
import datetime as dt
import random
import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from badgedesk.platforms import simcore_cli
from badgedesk.platforms.credly_sim_data import (  # noqa: F401  (constants are part of this API)
    ACTIVE_TEMPLATE_COUNT,
    ACTIVE_TEMPLATE_ID,
    ARCHIVED_TEMPLATE_ID,
    ARCHIVED_TEMPLATE_IDS,
    BADGE_STATES,
    DEMO_ORG_ID,
    DEMO_ORG_NAME,
    DEMO_TOKEN,
    DRAFT_TEMPLATE_ID,
    DRAFT_TEMPLATE_IDS,
    DUPLICATES_ALLOWED_TEMPLATE_ID,
    EXPIRED_TOKEN,
    EXPIRING_TEMPLATE_ID,
    FIXTURES,
    LIMITED_TOKEN,
    LOCALES,
    LONG_NAME_TEMPLATE_ID,
    ORGANIZATIONS,
    OTHER_ORG_ID,
    OTHER_ORG_NAME,
    OTHER_ORG_TEMPLATE_ID,
    OTHER_ORG_TOKEN,
    SANDBOX_TEMPLATE_ID,
    TEMPLATE_COUNT,
    TEMPLATE_STATES,
    TOKENS,
    Organization,
    Renderer,
    Template,
    Token,
    catalogue,
    now,
    stamp,
)
from badgedesk.platforms.credly_sim_requests import (
    BADGE_FILTERS,
    BADGE_SORTS,
    LIVE_STATES,
    TEMPLATE_FILTERS,
    TEMPLATE_SORTS,
    Checker,
    badge_matches,
    fail,
    invalid,
    json_object,
    parse_filters,
    parse_issue,
    parse_paging,
    parse_states,
    parse_time,
    sort_items,
    template_matches,
)
from badgedesk.platforms.simcore import (  # noqa: F401  (fault kinds are part of this API)
    ALL_FAULT_KINDS,
    DEFAULT_FAULT_KINDS,
    ERROR_FIXTURES,
    LOOKUP_FAULT_KINDS,
    ApiError,
    Reply,
    Request,
    SimulatorCore,
    compile_routes,
)

TOKEN_LIFETIME_DAYS = 180  # Credly time-boxes tokens to 180 days
DEFAULT_TOKEN_DAYS_LEFT = 170  # the demo token's default expiry, from the simulator's start
_ISSUE_PATH = re.compile(r"/v1/organizations/[^/]+/badges/?")

# ---------------------------------------------------------------------------------------------
# The simulator
# ---------------------------------------------------------------------------------------------


class CredlySimulator(SimulatorCore):
    """A Credly-compatible API server on 127.0.0.1 (NOT the real Credly).

    ``base_url`` is ``http://127.0.0.1:PORT/v1`` once started. Every setting of
    :class:`~badgedesk.platforms.simcore.SimulatorCore` applies (the hidden ``rate_limit``
    defaults to (10, 1.0) per token), plus ``token_expires_at``: when DEMO_TOKEN expires (a
    datetime, an ISO 8601 string or a date; None = never; default 170 days after start). Faults
    apply to ``POST …/badges``; lookup faults, lag and redaction to ``GET …/badges`` and
    ``GET …/badges/{id}``.
    """

    PLATFORM = "Credly"
    DEMO_TOKEN = DEMO_TOKEN
    DEFAULT_RATE_LIMIT = (10, 1.0)
    FIXTURES = FIXTURES
    ERRORS = {**ERROR_FIXTURES, "lookup_403": "organization_403"}
    COMMAND_LINE_PORT = 8760
    EXTRA_SETTINGS = ("token_expires_at",)
    ROUTES = compile_routes(
        [
            (r"/organizations/([^/]+)", {"GET": "_get_organization"}),
            (r"/organizations/([^/]+)/badge_templates", {"GET": "_list_templates"}),
            (r"/organizations/([^/]+)/badge_templates/([^/]+)", {"GET": "_get_template"}),
            (r"/organizations/([^/]+)/badges", {"GET": "_list_badges", "POST": "_issue"}),
            (r"/organizations/([^/]+)/badges/([^/]+)", {"GET": "_get_badge"}),
            (r"/organizations/([^/]+)/badges/([^/]+)/revoke", {"PUT": "_revoke"}),
            (r"/organizations/([^/]+)/authorization_tokens", {"GET": "_list_tokens"}),
        ]
    )

    def __init__(self, *, token_expires_at: Any = "default", seed: Any = None, **settings: Any) -> None:
        self._started = now()
        self._templates = catalogue()
        self._badge_org: dict[str, str] = {}
        self._template_counts: collections.Counter[str] = collections.Counter()
        self._expiry_override: dict[str, str | None] = {}
        self._ids = random.Random(None if seed is None else f"{seed}/ids")
        self._render: Renderer | None = None
        if token_expires_at == "default":
            token_expires_at = self._started + dt.timedelta(days=DEFAULT_TOKEN_DAYS_LEFT)
        super().__init__(seed=seed, token_expires_at=token_expires_at, **settings)

    # -- steering (beyond the core's) --------------------------------------------------------------

    def expire_token(self, token: str = DEMO_TOKEN) -> None:
        """Make ``token`` expired from now on (401 "Authorization token has expired")."""
        past = stamp(now() - dt.timedelta(seconds=1))
        if token == DEMO_TOKEN:
            self.set(token_expires_at=past)
        else:
            with self._lock:
                self._expiry_override[token] = past

    def set_badge_state(self, badge_id: str, state: str) -> None:
        """Play the earner: make an issued badge "accepted", "rejected" or "pending"."""
        if state not in ("pending", "accepted", "rejected"):
            raise ValueError(f"state must be pending, accepted or rejected, not {state!r}")
        with self._lock:
            record = self._by_id[badge_id]
            record.update(state=state, state_updated_at=stamp(now()), updated_at=stamp(now()))

    def _normalise_extra(self, clean: dict[str, Any]) -> None:
        if "token_expires_at" not in clean or clean["token_expires_at"] is None:
            return
        value = clean["token_expires_at"]
        if isinstance(value, dt.datetime):
            moment = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        else:
            moment = parse_time(value)
            if moment is None and isinstance(value, str):
                moment = parse_time(value.strip() + "Z")  # an ISO time without an offset: UTC
        if moment is None:
            raise ValueError(f"token_expires_at must be a time or date (ISO 8601), not {value!r}")
        clean["token_expires_at"] = stamp(moment)

    def _admin_actions(self) -> dict[tuple[str, str], Callable[[Any], Any]]:
        def expire(data: Any) -> Any:
            token = (data or {}).get("token", DEMO_TOKEN)
            self.expire_token(token)
            return {"expired": token}

        def badge_state(data: Any) -> Any:
            data = data or {}
            try:
                self.set_badge_state(str(data.get("id")), str(data.get("state")))
            except KeyError as exc:
                raise ValueError(f"no badge {data.get('id')!r}") from exc
            return {"id": data.get("id"), "state": data.get("state")}

        actions = super()._admin_actions()
        actions[("POST", "/_sim/expire_token")] = expire
        actions[("POST", "/_sim/badge_state")] = badge_state
        return actions

    # -- the core's hooks --------------------------------------------------------------------------

    def banner(self) -> str:
        return (
            f"Credly simulator (NOT the real Credly) at {self.base_url} — organization: {DEMO_ORG_ID} "
            f"— token: {self.DEMO_TOKEN}"
        )

    def _on_listen(self, origin: str) -> None:
        if self._render is None:
            self._render = Renderer(origin, lambda tid: self._template_counts[tid])

    @staticmethod
    def _token(req: Request) -> str | None:
        """HTTP Basic: the token is the user name and the password is empty."""
        scheme, _, value = (req.headers.get("Authorization") or "").strip().partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            user, sep, password = (
                base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
            )
        except (binascii.Error, UnicodeDecodeError):
            return None
        return user.strip() or None if sep and not password else None

    def _principal(self, token: str) -> Token | None:
        found = TOKENS.get(token)
        if found is None:
            return None
        expires = self._expiry(found)
        if expires is not None and parse_time(expires) <= now():
            raise fail("expired_401")
        return found

    def _is_issue(self, req: Request) -> bool:
        return req.method == "POST" and _ISSUE_PATH.fullmatch(req.path) is not None

    def _page_title(self, kind: str, ident: str) -> str | None:
        if kind == "template" and ident in self._templates:
            return self._templates[ident].name
        if kind == "organization" and ident in ORGANIZATIONS:
            return ORGANIZATIONS[ident].name
        with self._lock:
            record = self._by_id.get(ident) if kind == "badge" else None
            return f"{record['badge_template']['name']} — {record['issued_to']}" if record else None

    # -- helpers -----------------------------------------------------------------------------------

    def _expiry(self, token: Token) -> str | None:
        with self._lock:
            if token.token in self._expiry_override:
                return self._expiry_override[token.token]
            if token.expires_in_days is None:
                return self._settings.get("token_expires_at")
        return stamp(self._started + dt.timedelta(days=token.expires_in_days))

    def _org(self, token: Token, raw_id: str) -> Organization:
        org = ORGANIZATIONS.get(raw_id)
        if org is None:
            raise fail("organization_404")
        if token.org_id != org.id:
            raise fail("organization_403")
        return org

    def _page(self, req: Request, items: list[Any]) -> Reply:
        page, per = parse_paging(req.query)
        return Reply(200, self._render.page(items, page, per, req.path, req.query))

    @staticmethod
    def _one(data: Any, status: int = 200) -> Reply:
        return Reply(status, {"data": data, "metadata": {}})

    # -- endpoints: organisation and templates -----------------------------------------------------

    def _get_organization(self, req: Request, token: Token, raw_org: str) -> Reply:
        return self._one(self._render.organization(self._org(token, raw_org)))

    def _list_templates(self, req: Request, token: Token, raw_org: str) -> Reply:
        org = self._org(token, raw_org)
        wanted = parse_filters(req.query, TEMPLATE_FILTERS)
        states = parse_states(wanted["state"], TEMPLATE_STATES) if "state" in wanted else None
        if wanted.get("public", "true") not in ("true", "false"):
            raise fail("filter_422", "public must be true or false", [("filter", "public")])
        items = [
            self._render.template(t)
            for t in self._templates.values()
            if t.org_id == org.id and (states is None or t.state in states)
        ]
        items = [item for item in items if template_matches(item, wanted)]
        return self._page(
            req, sort_items(sort_items(items, {"sort": "name"}, TEMPLATE_SORTS), req.query, TEMPLATE_SORTS)
        )

    def _get_template(self, req: Request, token: Token, raw_org: str, raw_id: str) -> Reply:
        org = self._org(token, raw_org)
        tpl = self._templates.get(raw_id)
        if tpl is None or tpl.org_id != org.id:
            raise fail("template_404")
        return self._one(self._render.template(tpl))

    # -- endpoints: issuing ----------------------------------------------------------------------

    def _issue(self, req: Request, token: Token, raw_org: str) -> Reply:
        org = self._org(token, raw_org)
        return self._with_faults(lambda: self._issue_badge(req, org))

    def _issue_badge(self, req: Request, org: Organization) -> Reply:
        clean = parse_issue(req.body)
        tpl = self._templates.get(clean["badge_template_id"])
        if tpl is None or tpl.org_id != org.id:
            raise fail("issue_422_template_unknown")
        if tpl.state != "active":
            raise fail("issue_422_archived" if tpl.state == "archived" else "issue_422_draft")
        with self._lock:
            replaced = None
            duplicates = [] if tpl.allow_duplicate_badges else self._duplicates(org, tpl, clean)
            if duplicates and clean["duplicate_behavior"] in (None, "deny"):
                raise fail("issue_422_duplicate")
            if duplicates and clean["duplicate_behavior"] == "replace":
                replaced = duplicates[0]
                clean.update(issued_at=replaced["issued_at"], issued_at_date=replaced["issued_at_date"])
            if clean["expires_at"] is None:
                clean["expires_at"] = tpl.default_expires_at
            ident = str(uuid.UUID(int=self._ids.getrandbits(128), version=4))
            record = self._render.badge(
                ident, tpl, {**clean, "expires_at": clean["expires_at"] or None}, now()
            )
            if replaced is not None:
                record["replaces_badge_id"] = replaced["id"]
                changed = stamp(now())
                replaced.update(
                    state="replaced", replacement_badge_id=ident, updated_at=changed, state_updated_at=changed
                )
            self._badge_org[ident] = org.id
            self._template_counts[tpl.id] += 1
            return self._one(self._commit(ident, record), 201)

    def _duplicates(self, org: Organization, tpl: Template, clean: dict[str, Any]) -> list[dict[str, Any]]:
        """Live badges of this template to the same email or issuer_earner_id, newest first."""
        email, earner = clean["recipient_email"].casefold(), clean["issuer_earner_id"]
        return [
            b
            for b in reversed(self._records)
            if self._badge_org[b["id"]] == org.id
            and b["badge_template"]["id"] == tpl.id
            and b["state"] in LIVE_STATES
            and (
                b["recipient_email"].casefold() == email
                or (earner is not None and b["issuer_earner_id"] == earner)
            )
        ]

    # -- endpoints: issued badges (look-ups lag and redact as set) -------------------------------

    def _list_badges(self, req: Request, token: Token, raw_org: str) -> Reply:
        self._check_lookup_fault()
        org = self._org(token, raw_org)
        wanted = parse_filters(req.query, BADGE_FILTERS)
        states = parse_states(wanted["state"], BADGE_STATES) if "state" in wanted else None
        with self._lock:
            found = [
                b
                for b in reversed(self._records)
                if self._badge_org[b["id"]] == org.id
                and self._visible(b["id"])
                and (states is None or b["state"] in states)
                and badge_matches(b, wanted)
            ]
            found = [self._lookup_view(b) for b in sort_items(found, req.query, BADGE_SORTS)]
        return self._page(req, found)

    def _find_badge(self, org: Organization, raw_id: str, *, lookup: bool) -> dict[str, Any]:
        record = self._by_id.get(raw_id)
        if record is None or self._badge_org[raw_id] != org.id or (lookup and not self._visible(raw_id)):
            raise fail("badge_404")
        return record

    def _get_badge(self, req: Request, token: Token, raw_org: str, raw_id: str) -> Reply:
        self._check_lookup_fault()
        org = self._org(token, raw_org)
        with self._lock:
            return self._one(self._lookup_view(self._find_badge(org, raw_id, lookup=True)))

    def _revoke(self, req: Request, token: Token, raw_org: str, raw_id: str) -> Reply:
        org = self._org(token, raw_org)
        check = Checker(json_object(req.body, required=False))
        reason = check.text("reason", required=True)
        check.flag("suppress_revoke_notification_email")
        if check.problems:
            raise invalid("revoke_422_validation", check.problems)
        with self._lock:
            record = self._find_badge(org, raw_id, lookup=False)
            if record["state"] == "revoked":
                raise fail("revoke_422_already_revoked")
            if record["state"] == "replaced":
                raise fail("revoke_422_replaced")
            changed = stamp(now())
            record.update(
                state="revoked", revocation_reason=reason, updated_at=changed, state_updated_at=changed
            )
            return self._one(copy.deepcopy(record))

    # -- endpoints: authorization tokens -----------------------------------------------------------

    def _list_tokens(self, req: Request, token: Token, raw_org: str) -> Reply:
        org = self._org(token, raw_org)
        if "delete" not in token.scopes:
            raise fail("authorization_tokens_403")
        items = []
        for other in TOKENS.values():
            if other.org_id != org.id:
                continue
            expires = self._expiry(other)
            made = parse_time(expires) - dt.timedelta(days=TOKEN_LIFETIME_DAYS) if expires else self._started
            items.append(self._render.token(other, expires, other.token == token.token, made))
        return self._page(req, items)


# ---------------------------------------------------------------------------------------------
# Running it by hand
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m badgedesk.platforms.credly_sim``: serve until Ctrl+C."""
    return simcore_cli.main(CredlySimulator, argv, _options)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--token-expires-at",
        default="default",
        type=lambda text: None if text == "never" else text,
        help="when the demo token expires (ISO date/time, or 'never')",
    )


if __name__ == "__main__":
    raise SystemExit(main())
