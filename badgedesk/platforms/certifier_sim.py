"""A Certifier-compatible HTTP simulator (API version 2022-10-26; NOT the real Certifier).

It serves ``http://127.0.0.1:PORT/v1`` on the shared simulator core
(:mod:`badgedesk.platforms.simcore`): Bearer tokens and the required ``Certifier-Version``
header (400 ``missing_version``/``invalid_version``), the workspace, 45 groups over cursor pages,
credentials through draft → issued → sent (create, issue, send, create-issue-send), search with
the documented grammar, permanent DELETE, a group whose feature needs a premium plan (402), a
hidden per-token rate limit, and the core's faults (on create-issue-send), latency, lagging
look-ups and redacted emails (on search and GET of a credential). Answers follow the JSON
fixtures in ``fixtures/certifier``. Demo data and IDs: :mod:`badgedesk.platforms.certifier_sim_data`.

Run it by hand with ``python -m badgedesk.platforms.certifier_sim --help``.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Sequence
from typing import Any

from badgedesk.platforms import simcore_cli
from badgedesk.platforms.certifier_sim_data import (  # noqa: F401  (constants are part of this API)
    API_VERSION,
    CREDENTIAL_STATES,
    DEMO_TOKEN,
    EXPIRING_GROUP_ID,
    FIXTURES,
    GROUP_COUNT,
    GROUP_ID,
    PREMIUM_GROUP_ID,
    READONLY_TOKEN,
    SANDBOX_GROUP_ID,
    TOKENS,
    UNKNOWN_GROUP_ID,
    WORKSPACE_ID,
    WORKSPACE_NAME,
    catalogue,
    credential,
    group,
    now,
    stamp,
    ulid_from,
    workspace,
)
from badgedesk.platforms.certifier_sim_requests import (
    fail,
    json_object,
    page,
    parse_create,
    parse_limit,
    parse_search,
)
from badgedesk.platforms.certifier_sim_requests import matches as search_matches
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
    redact_email,
)

_ISSUE_PATH = "/v1/credentials/create-issue-send"


class CertifierSimulator(SimulatorCore):
    """A Certifier-compatible API server on 127.0.0.1 (NOT the real Certifier).

    Every setting of :class:`~badgedesk.platforms.simcore.SimulatorCore` applies (the hidden
    ``rate_limit`` defaults to (10, 1.0) per token). The ledger lists every credential ever made,
    deleted ones with status "deleted", each with ``sends``: how many times it was emailed.
    """

    PLATFORM = "Certifier"
    DEMO_TOKEN = DEMO_TOKEN
    DEFAULT_RATE_LIMIT = (10, 1.0)
    FIXTURES = FIXTURES
    ERRORS = {
        **ERROR_FIXTURES,
        "internal": "internal_server_error_500",
        "too_large": "too_large_413",
        "fault_500": "internal_server_error_500",
        "lookup_500": "internal_server_error_500",
    }
    COMMAND_LINE_PORT = 8770
    ROUTES = compile_routes(
        [
            (r"/workspace", {"GET": "_get_workspace"}),
            (r"/groups", {"GET": "_list_groups"}),
            (r"/groups/([^/]+)", {"GET": "_get_group"}),
            (r"/credentials", {"POST": "_create"}),
            (r"/credentials/create-issue-send", {"POST": "_create_issue_send"}),
            (r"/credentials/search", {"POST": "_search"}),
            (r"/credentials/([^/]+)", {"GET": "_get_credential", "DELETE": "_delete"}),
            (r"/credentials/([^/]+)/issue", {"POST": "_issue"}),
            (r"/credentials/([^/]+)/send", {"POST": "_send"}),
        ]
    )

    def __init__(self, *, seed: Any = None, **settings: Any) -> None:
        self._groups = catalogue()
        self._ids = random.Random(None if seed is None else f"{seed}/ids")
        self._sends: Counter[str] = Counter()
        self._deleted: set[str] = set()
        super().__init__(seed=seed, **settings)

    # -- the core's hooks --------------------------------------------------------------------------

    @staticmethod
    def _token(req: Request) -> str | None:
        scheme, _, value = (req.headers.get("Authorization") or "").strip().partition(" ")
        return value.strip() or None if scheme.lower() == "bearer" else None

    def _principal(self, token: str) -> tuple[str, ...] | None:
        return TOKENS.get(token)

    def _authenticate(self, req: Request) -> Any:
        # Docs silent on the order of checks: the version header is checked before the token.
        version = req.headers.get("Certifier-Version")
        if version is None or not version.strip():
            raise fail("missing_version_400")
        if version.strip() != API_VERSION:
            raise fail("invalid_version_400")
        return super()._authenticate(req)

    def _is_issue(self, req: Request) -> bool:
        return req.method == "POST" and req.path.rstrip("/") == _ISSUE_PATH

    def _page_title(self, kind: str, ident: str) -> str | None:
        if kind == "group" and ident in self._groups:
            return self._groups[ident].name
        return None

    # -- steering and reading ----------------------------------------------------------------------

    def ledger(self) -> list[dict[str, Any]]:
        with self._lock:
            records = copy.deepcopy(self._records)
            for record in records:
                record["status"] = self._status(record)
                record["sends"] = self._sends[record["id"]]
                record["recipient_email"] = record["recipient"]["email"] or ""
                record["badge_id"] = record["groupId"]
            return records

    # -- helpers -----------------------------------------------------------------------------------

    def _status(self, record: dict[str, Any]) -> str:
        """The stored status, with time applied: a passed expiryDate makes an issued one expired."""
        if record["id"] in self._deleted:
            return "deleted"
        status = record["status"]
        today = now().date().isoformat()
        if status in ("issued", "scheduled") and record["expiryDate"] and record["expiryDate"] < today:
            return "expired"
        if status == "scheduled" and record["issueDate"] <= today:
            return "issued"
        return status

    def _view(self, record: dict[str, Any], *, lookup: bool) -> dict[str, Any]:
        view = copy.deepcopy(record)
        view["status"] = self._status(record)
        if lookup and self._settings.get("redact_emails") and isinstance(view["recipient"].get("email"), str):
            view["recipient"]["email"] = redact_email(view["recipient"]["email"])
        return view

    def _writable(self, scopes: tuple[str, ...]) -> None:
        if "write" not in scopes:
            raise fail("forbidden_403", "This access token may only read")

    def _find(self, raw_id: str, *, lookup: bool) -> dict[str, Any]:
        record = self._by_id.get(raw_id)
        if record is None or raw_id in self._deleted or (lookup and not self._visible(raw_id)):
            raise fail("not_found_404")
        return record

    def _new(self, req: Request, status: str) -> Reply:
        clean = parse_create(req.body)
        found = self._groups.get(clean["groupId"])
        if found is None:
            raise fail("not_found_404", "The group does not exist")
        if found.premium:
            raise fail("payment_required_402")
        if clean["expiryDate"] is None and found.expiry_days:
            issued = dt.date.fromisoformat(clean["issueDate"])
            clean["expiryDate"] = (issued + dt.timedelta(days=found.expiry_days)).isoformat()
        if status == "issued" and clean["issueDate"] > now().date().isoformat():
            status = "scheduled"  # Docs silent: an issue date in the future is scheduled
        with self._lock:
            ident = ulid_from(self._ids.getrandbits(128))
            clean.update(
                public_id=str(uuid.UUID(int=self._ids.getrandbits(128), version=4)),
                recipient_id=ulid_from(self._ids.getrandbits(128)),
            )
            record = credential(ident, clean, status, now())
            if status in ("issued", "scheduled") and clean["email"]:
                self._sends[ident] += 1
            return Reply(201, self._commit(ident, record))

    # -- endpoints ---------------------------------------------------------------------------------

    def _get_workspace(self, req: Request, scopes: tuple[str, ...]) -> Reply:
        return Reply(200, workspace())

    def _list_groups(self, req: Request, scopes: tuple[str, ...]) -> Reply:
        items = [group(g, self.origin) for g in sorted(self._groups.values(), key=lambda g: g.number)]
        return Reply(200, page(items, req.query.get("cursor"), parse_limit(req.query.get("limit"))))

    def _get_group(self, req: Request, scopes: tuple[str, ...], raw_id: str) -> Reply:
        found = self._groups.get(raw_id)
        if found is None:
            raise fail("not_found_404")
        return Reply(200, group(found, self.origin))

    def _create(self, req: Request, scopes: tuple[str, ...]) -> Reply:
        self._writable(scopes)
        return self._new(req, "draft")

    def _create_issue_send(self, req: Request, scopes: tuple[str, ...]) -> Reply:
        self._writable(scopes)
        return self._with_faults(lambda: self._new(req, "issued"))

    def _search(self, req: Request, scopes: tuple[str, ...]) -> Reply:
        self._check_lookup_fault()
        query = parse_search(req.body)
        with self._lock:
            found = [
                self._view(r, lookup=True)
                for r in self._records
                if r["id"] not in self._deleted and self._visible(r["id"])
            ]
        if query["filter"] is not None:
            # Filters match the real (unredacted) records.
            real = {r["id"]: self._view(r, lookup=False) for r in self._records}
            found = [v for v in found if search_matches(real[v["id"]], query["filter"])]
        if query["sort"]:
            key = query["sort"]["property"]
            found.sort(key=lambda v: str(v.get(key) or ""), reverse=query["sort"].get("order") == "desc")
        return Reply(200, page(found, query["cursor"], query["limit"]))

    def _get_credential(self, req: Request, scopes: tuple[str, ...], raw_id: str) -> Reply:
        self._check_lookup_fault()
        with self._lock:
            return Reply(200, self._view(self._find(raw_id, lookup=True), lookup=True))

    def _issue(self, req: Request, scopes: tuple[str, ...], raw_id: str) -> Reply:
        self._writable(scopes)
        with self._lock:
            record = self._find(raw_id, lookup=False)
            if self._status(record) != "draft":
                raise fail("conflict_409", "Only credentials with status draft can be issued")
            record.update(status="issued", updatedAt=stamp(now()))
            return Reply(200, self._view(record, lookup=False))

    def _send(self, req: Request, scopes: tuple[str, ...], raw_id: str) -> Reply:
        self._writable(scopes)
        body = json_object(req.body, required=False)
        if body.get("deliveryMethod", "email") != "email":
            raise fail("validation_error_400", "deliveryMethod must be email")
        with self._lock:
            record = self._find(raw_id, lookup=False)
            if self._status(record) not in ("issued", "scheduled"):
                raise fail("conflict_409", "Only issued credentials can be sent")
            self._sends[raw_id] += 1
            record["updatedAt"] = stamp(now())
            return Reply(200, self._view(record, lookup=False))

    def _delete(self, req: Request, scopes: tuple[str, ...], raw_id: str) -> Reply:
        self._writable(scopes)
        with self._lock:
            self._find(raw_id, lookup=False)
            self._deleted.add(raw_id)
        return dataclasses.replace(FIXTURES.canned("delete_204"), body=b"")


# ---------------------------------------------------------------------------------------------
# Running it by hand
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m badgedesk.platforms.certifier_sim``: serve until Ctrl+C."""
    return simcore_cli.main(CertifierSimulator, argv)


if __name__ == "__main__":
    raise SystemExit(main())
