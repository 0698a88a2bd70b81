"""A Badge Award Service-compatible HTTP simulator (NOT a real service), for tests and demos.

It serves the seed contract's five endpoints under ``/api/v1/earned-badges`` on the shared
simulator core (:mod:`badgedesk.platforms.simcore`); its ``base_url`` is the service root
``http://127.0.0.1:PORT``. Where the contract is silent it follows issue 8's decisions (each
fixture's ``"_source"`` says which): Bearer tokens with roles (award and revoke need admin or
system; others get 403), ``GET /api/v1/badge-definitions`` (``definitions_endpoint=False`` makes it
404), a POST that makes a second record for a badge already held (why clients check first), a
soft revoke by ``DELETE`` with ``{"revoke_reason"}`` (``drop_delete_body`` plays a proxy that drops
it; ``revoke_reason_required`` refuses a DELETE without one), errors as
``{"error": {"code", "message"}}``, a hidden per-token rate limit, and the core's faults, latency,
lagging look-ups and revoked tokens. Demo data: :mod:`badgedesk.platforms.award_service_sim_data`.

Run it by hand with ``python -m badgedesk.platforms.award_service_sim --help``.
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Callable, Sequence
from typing import Any

from badgedesk.platforms import simcore_cli
from badgedesk.platforms.award_service_sim_data import (  # noqa: F401  (constants are part of this API)
    ADMIN,
    AWARDING_ROLES,
    COORDINATOR,
    COORDINATOR_TOKEN,
    DEFINITION_ID,
    DEFINITIONS,
    DEMO_AWARDED_BY,
    DEMO_TOKEN,
    FIXTURES,
    OTHER_DEFINITION_ID,
    PEER_MENTOR_TOKEN,
    PEER_MENTORS,
    ROLES,
    SEEDED_AWARDS,
    SEEDED_DEFINITION_IDS,
    SYSTEM_TOKEN,
    TOKENS,
    UNKNOWN_DEFINITION_ID,
    UNKNOWN_PEER_MENTOR,
    Renderer,
    now,
    stamp,
)
from badgedesk.platforms.simcore import (  # noqa: F401  (fault kinds are part of this API)
    ALL_FAULT_KINDS,
    DEFAULT_FAULT_KINDS,
    LOOKUP_FAULT_KINDS,
    ApiError,
    Reply,
    Request,
    SimulatorCore,
    compile_routes,
)

MAX_LIMIT = 100
DEFAULT_LIMIT = 20
_FLAGS = ("definitions_endpoint", "drop_delete_body", "revoke_reason_required", "open_directory")


fail = FIXTURES.refusal  # fail(fixture, message=None): raise it


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw) if raw.strip() else None
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        raise fail("validation_400", "The body must be a JSON object")
    return data


def _text(data: dict[str, Any], name: str, *, required: bool = True) -> str | None:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise fail("validation_400", f"{name} is required")
        return None
    if not isinstance(value, str):
        raise fail("validation_400", f"{name} must be a string")
    return value


def _paging(query: dict[str, str]) -> tuple[int, int]:
    try:
        page = int(query.get("page", "1"))
        limit = int(query.get("limit", str(DEFAULT_LIMIT)))
    except ValueError:
        raise fail("validation_400", "page and limit must be whole numbers") from None
    if page < 1 or limit < 1:
        raise fail("validation_400", "page and limit must be at least 1")
    return page, min(limit, MAX_LIMIT)


class AwardServiceSimulator(SimulatorCore):
    """A Badge Award Service-compatible API server on 127.0.0.1 (NOT a real service).

    ``base_url`` is the service root ``http://127.0.0.1:PORT`` once started. Every setting of
    :class:`~badgedesk.platforms.simcore.SimulatorCore` applies (the hidden ``rate_limit`` defaults
    to (10, 1.0) per token), plus ``definitions_endpoint`` (default True), ``drop_delete_body``
    and ``revoke_reason_required`` (default False), and ``open_directory`` (default False: the 40
    demo peer mentors; True: every non-empty ID but ``UNKNOWN_PEER_MENTOR`` is a known peer mentor,
    as in a large organisation, for suites with hundreds of learners). Faults apply to ``POST /api/v1/earned-badges``;
    lookup faults and lag to ``/check``, the list and ``GET /api/v1/earned-badges/{id}``.
    """

    PLATFORM = "Badge Award Service"
    DEMO_TOKEN = DEMO_TOKEN
    API_PREFIX = "/api/v1"
    DEFAULT_RATE_LIMIT = (10, 1.0)
    FIXTURES = FIXTURES
    COMMAND_LINE_PORT = 8770
    EXTRA_SETTINGS = _FLAGS
    EMAIL_KEYS = ()
    ROUTES = compile_routes(
        [
            (r"/badge-definitions", {"GET": "_list_definitions"}),
            (r"/badge-definitions/([^/]+)", {"GET": "_get_definition"}),
            (r"/earned-badges", {"GET": "_list_earned", "POST": "_award"}),
            (r"/earned-badges/check", {"GET": "_check"}),
            (r"/earned-badges/([^/]+)", {"GET": "_get_earned", "DELETE": "_revoke"}),
        ]
    )

    def __init__(
        self,
        *,
        definitions_endpoint: bool = True,
        drop_delete_body: bool = False,
        revoke_reason_required: bool = False,
        open_directory: bool = False,
        **settings: Any,
    ) -> None:
        self._render = Renderer("http://127.0.0.1")
        self._seeded: list[dict[str, Any]] = []
        self._next_id = 0
        super().__init__(
            definitions_endpoint=definitions_endpoint,
            drop_delete_body=drop_delete_body,
            revoke_reason_required=revoke_reason_required,
            open_directory=open_directory,
            **settings,
        )

    # -- the core's hooks --------------------------------------------------------------------------

    def banner(self) -> str:
        return (
            f"Badge Award Service simulator (NOT a real service) at {self.base_url} — token: "
            f"{self.DEMO_TOKEN} — awarded_by: {DEMO_AWARDED_BY}"
        )

    def _on_listen(self, origin: str) -> None:
        self.base_url = origin  # the service root: its paths are /api/v1/…
        if not self._seeded:
            self._render = Renderer(origin)
            for definition_id, mentor, at in SEEDED_AWARDS:
                ident = self._new_id()
                record = self._render.record(ident, DEFINITIONS[definition_id], mentor, "system", None, at)
                self._seeded.append(record)
                self._by_id[ident] = record
                self._visible_at[ident] = 0.0

    def _normalise_extra(self, clean: dict[str, Any]) -> None:
        for name in _FLAGS:
            if name in clean and not isinstance(clean[name], bool):
                raise ValueError(f"{name} must be true or false, not {clean[name]!r}")

    @staticmethod
    def _token(req: Request) -> str | None:
        scheme, _, value = (req.headers.get("Authorization") or "").strip().partition(" ")
        return value.strip() or None if scheme.lower() == "bearer" else None

    def _principal(self, token: str) -> str | None:
        return TOKENS.get(token)

    def _is_issue(self, req: Request) -> bool:
        return req.method == "POST" and req.path.rstrip("/") == "/api/v1/earned-badges"

    # -- helpers -----------------------------------------------------------------------------------

    def _new_id(self) -> str:
        with self._lock:
            self._next_id += 1
            return f"earned-{self._next_id:03d}"

    def _all(self) -> list[dict[str, Any]]:
        with self._lock:
            return self._seeded + self._records

    @staticmethod
    def _require_role(role: str) -> None:
        if role not in AWARDING_ROLES:
            raise fail("forbidden_403")

    def _mentor(self, raw: str | None) -> str:
        known = raw in PEER_MENTORS or (
            self._settings_flag("open_directory") and bool(raw) and raw != UNKNOWN_PEER_MENTOR
        )
        if not known:
            raise fail("peer_mentor_404", f"Peer mentor not found: {raw}")
        return raw

    @staticmethod
    def _definition(raw: str | None) -> Any:
        found = DEFINITIONS.get(raw or "")
        if found is None:
            raise fail("definition_404", f"Badge definition not found: {raw}")
        return found

    def _held(self, definition_id: str, mentor: str) -> dict[str, Any] | None:
        """The newest earned, not revoked, visible record of this definition to this peer mentor."""
        for record in reversed(self._all()):
            if (
                record["badge_definition_id"] == definition_id
                and record["peer_mentor_id"] == mentor
                and record["revoked_at"] is None
                and self._visible(record["id"])
            ):
                return record
        return None

    def held_count(self, definition_id: str, mentor: str) -> int:
        """How many live records of this definition the peer mentor has (2+ means a blind duplicate)."""
        return sum(
            1
            for r in self._all()
            if r["badge_definition_id"] == definition_id
            and r["peer_mentor_id"] == mentor
            and not r["revoked_at"]
        )

    def _settings_flag(self, name: str) -> bool:
        with self._lock:
            return bool(self._settings.get(name))

    # -- endpoints: definitions (not in the contract) ----------------------------------------------

    def _list_definitions(self, req: Request, role: str) -> Reply:
        if not self._settings_flag("definitions_endpoint"):
            raise fail("definitions_404")
        page, limit = _paging(req.query)
        items = [self._render.definition(d) for d in DEFINITIONS.values()]
        return Reply(200, self._render.page(items, page, limit))

    def _get_definition(self, req: Request, role: str, raw_id: str) -> Reply:
        if not self._settings_flag("definitions_endpoint"):
            raise fail("definitions_404", f"No such endpoint: /api/v1/badge-definitions/{raw_id}")
        return Reply(200, self._render.definition(self._definition(raw_id)))

    # -- endpoints: earned badges ------------------------------------------------------------------

    def _list_earned(self, req: Request, role: str) -> Reply:
        self._check_lookup_fault()
        page, limit = _paging(req.query)
        mentor = req.query.get("peer_mentor_id")
        definition = req.query.get("badge_definition_id")
        items = [
            Renderer.list_item(r)
            for r in self._all()
            if self._visible(r["id"])
            and (mentor is None or r["peer_mentor_id"] == mentor)
            and (definition is None or r["badge_definition_id"] == definition)
        ]
        return Reply(200, self._render.page(items, page, limit))

    def _check(self, req: Request, role: str) -> Reply:
        self._check_lookup_fault()
        definition = self._definition(req.query.get("badge_definition_id"))
        mentor = self._mentor(req.query.get("peer_mentor_id"))
        with self._lock:
            return Reply(200, Renderer.check(definition.id, mentor, self._held(definition.id, mentor)))

    def _get_earned(self, req: Request, role: str, raw_id: str) -> Reply:
        self._check_lookup_fault()
        with self._lock:
            record = self._by_id.get(raw_id)
            if record is None or not self._visible(raw_id):
                raise fail("earned_badge_404")
            return Reply(200, copy.deepcopy(record))

    def _award(self, req: Request, role: str) -> Reply:
        self._require_role(role)
        return self._with_faults(lambda: self._make_award(req))

    def _make_award(self, req: Request) -> Reply:
        data = _json_object(req.body)
        definition = self._definition(_text(data, "badge_definition_id"))
        mentor = self._mentor(_text(data, "peer_mentor_id"))
        awarded_by = _text(data, "awarded_by")
        note = _text(data, "note", required=False)
        # The contract does not forbid a second award: a blind POST for a held badge makes a second record.
        record = self._render.record(self._new_id(), definition, mentor, awarded_by or "", note, stamp(now()))
        return Reply(201, self._commit(record["id"], record))

    def _revoke(self, req: Request, role: str, raw_id: str) -> Reply:
        self._require_role(role)
        body = b"" if self._settings_flag("drop_delete_body") else req.body
        reason = _text(_json_object(body), "revoke_reason", required=False) if body.strip() else None
        if reason is None and self._settings_flag("revoke_reason_required"):
            raise fail("validation_400", "revoke_reason is required")
        with self._lock:
            record = self._by_id.get(raw_id)
            if record is None:
                raise fail("earned_badge_404")
            if record["revoked_at"] is not None:
                raise fail("already_revoked_409")
            record.update(revoked_at=stamp(now()), revoke_reason=reason)
            return Reply(200, Renderer.revoked(record))

    # -- admin -------------------------------------------------------------------------------------

    def _admin_actions(self) -> dict[tuple[str, str], Callable[[Any], Any]]:
        actions = super()._admin_actions()
        actions[("GET", "/_sim/all_records")] = lambda _: copy.deepcopy(self._all())
        return actions


# ---------------------------------------------------------------------------------------------
# Running it by hand
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m badgedesk.platforms.award_service_sim``: serve until Ctrl+C."""
    return simcore_cli.main(AwardServiceSimulator, argv, _options)


def _options(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add(
        "--no-definitions",
        dest="definitions_endpoint",
        action="store_false",
        help="answer 404 to /api/v1/badge-definitions",
    )
    add("--drop-delete-body", action="store_true", help="ignore DELETE bodies, like some proxies")


if __name__ == "__main__":
    raise SystemExit(main())
