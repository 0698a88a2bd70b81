"""Saved connections to badge platforms: name, platform, environment, address, timeout.

The file (``connections.json`` in BadgeDesk's home) never holds a token: each connection's
token lives in the :class:`~badgedesk.core.secrets.SecretStore` under the connection's id.
Writes are atomic; a damaged file is reported, never silently dropped, and set aside only
when the caller asks (:meth:`ConnectionStore.reset_damaged`).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from badgedesk import paths
from badgedesk.core.export import write_json
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import parse_limit
from badgedesk.core.secrets import SecretStore
from badgedesk.platforms import registry
from badgedesk.platforms.registry import SECRET, PlatformSpec

FILE_VERSION = 1
TIMEOUT_RANGE = (1.0, 300.0)
DEFAULT_TIMEOUT = 30.0
NAME_LIMIT = 80
# Where the token's expiry date learned from the platform is kept, beside the one the user entered.
EXPIRES_READ = "token_expires_read"
EXPIRES_ENTERED = "token_expires"


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass
class Connection:
    """One saved connection. ``base_url`` '' means the environment's default address."""

    id: str = field(default_factory=_new_id)
    name: str = ""
    platform: str = registry.DEFAULT
    environment: str = "production"
    base_url: str = ""
    timeout: float = DEFAULT_TIMEOUT
    fields: dict[str, str] = field(default_factory=dict)  # the platform's other fields (never the token)
    rate_limit: str = ""  # the connection's own limit, e.g. "5/2" (5 requests per 2 s); '' = the platform's

    @property
    def spec(self) -> PlatformSpec:
        return registry.get(self.platform)

    def token_expires(self) -> str:
        """The token's expiry date as best known: read from the platform, else as entered; '' if unknown."""
        return str(self.fields.get(EXPIRES_READ) or self.fields.get(EXPIRES_ENTERED) or "")

    def cleaned(self) -> Connection:
        """A copy with spaces trimmed, the address without a trailing slash and the timeout a float."""
        try:
            timeout: Any = float(self.timeout)
        except (TypeError, ValueError):
            timeout = self.timeout  # validate() reports it as typed
        return replace(
            self,
            name=" ".join(str(self.name).split()),
            platform=registry.canonical(str(self.platform)),
            environment=str(self.environment).strip().lower(),
            base_url=str(self.base_url or "").strip().rstrip("/"),
            timeout=timeout,
            fields={
                str(k): " ".join(str(v).split())
                for k, v in (self.fields or {}).items()
                if isinstance(v, (str, int, float)) and str(v).strip()
            },
            rate_limit=" ".join(str(self.rate_limit or "").split()),
        )

    def validate(self) -> None:
        """Raise InputError for the first thing wrong. Name uniqueness is the store's check."""
        name = " ".join(str(self.name).split())
        if not name:
            raise InputError("connection_name_missing", "Give the connection a name, e.g. 'Work account'.")
        if len(name) > NAME_LIMIT:
            raise InputError(
                "connection_name_too_long",
                f"The connection name is {len(name)} characters long; shorten it to {NAME_LIMIT} or fewer.",
                limit=NAME_LIMIT,
            )
        spec = registry.get(self.platform)
        if spec.environments and self.environment not in {e.key for e in spec.environments}:
            names = " or ".join(e.key for e in spec.environments)
            raise InputError(
                "environment_invalid",
                f"Unknown environment '{self.environment}' for {spec.label}. Choose {names}.",
                environment=self.environment,
            )
        for fld in spec.fields:
            value = str(self.fields.get(fld.key) or "").strip()
            if fld.kind == SECRET:
                continue
            if fld.required and not value:
                raise InputError(
                    f"{fld.key}_missing", f"Enter the {fld.label} for {spec.label}.", field=fld.key
                )
            if value and fld.kind == registry.DATE:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise InputError(
                        f"{fld.key}_invalid",
                        f"'{value}' is not a date like 2027-05-31 ({fld.label}).",
                        field=fld.key,
                    ) from None
        if self.rate_limit:
            try:
                parse_limit(self.rate_limit)
            except ValueError:
                raise InputError(
                    "rate_limit_invalid",
                    f"'{self.rate_limit}' is not a rate limit. Write requests per seconds, e.g. 5/2 "
                    "(5 requests every 2 seconds), or leave it empty for the platform's own.",
                    rate_limit=self.rate_limit,
                ) from None
        low, high = TIMEOUT_RANGE
        try:
            timeout = float(self.timeout)
        except (TypeError, ValueError):
            timeout = math.nan
        if not (low <= timeout <= high):  # also refuses NaN
            raise InputError(
                "timeout_invalid",
                f"The timeout '{self.timeout}' is not a number of seconds from {low:g} to {high:g}. "
                f"Enter one in that range ({DEFAULT_TIMEOUT:g} is usual).",
                timeout=self.timeout,
            )
        if str(self.base_url or "").strip() or spec.url_required:
            if spec.available:
                spec.resolve_url(self.environment, str(self.base_url))  # https, or http only for loopback
            elif not str(self.base_url or "").strip():
                raise InputError(
                    "base_url_missing", f"Enter the address of the {spec.label} (e.g. {spec.url_example})."
                )

    def resolved_url(self) -> str:
        """The API address this connection talks to (the environment's default when ``base_url`` is '')."""
        return self.resolve()[0]

    def resolve(self) -> tuple[str, str]:
        """``(address, environment key)`` as the journal records them."""
        return registry.get(self.platform).resolve_url(self.environment, self.base_url or None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Connection:
        known = {f.name for f in fields(cls)}
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
            raise ValueError("an entry has no id")
        return cls(**{k: v for k, v in data.items() if k in known}).cleaned()


# --------------------------------------------------------------------------- legacy sign-in


def token_page(platform: str, environment: str) -> str:
    spec = registry.get(platform)
    env = spec.environment(environment) or (spec.environments[0] if spec.environments else None)
    return env.token_page if env else ""


def _check_token(token: str, environment: str, platform: str) -> None:
    problem = registry.get(platform).token_problem(token, environment)
    if problem:
        raise InputError("token_looks_like_password", problem, environment=environment)


# --------------------------------------------------------------------------- the store


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


class ConnectionStore:
    """The saved connections in one JSON file (default: ``<home>/connections.json``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.home() / "connections.json"

    # ----------------------------------------------------------------- file

    def _damaged(self, reason: str) -> InputError:
        return InputError(
            "connections_damaged",
            f"The saved connections file {self.path} is damaged ({reason}). Reset saved connections to set "
            "it aside and start again, or restore the file from a backup.",
            path=str(self.path),
            reason=reason,
        )

    def _read(self) -> list[Connection]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise InputError(
                "connections_unreadable",
                f"The saved connections file {self.path} cannot be read ({exc.strerror or exc}). "
                "Check its permissions, then try again.",
                path=str(self.path),
            ) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise self._damaged(f"not valid JSON: {str(exc)[:80]}") from None
        if not isinstance(data, dict) or not isinstance(data.get("connections"), list):
            raise self._damaged("no list of connections")
        version = data.get("version")
        if isinstance(version, int) and version > FILE_VERSION:
            raise InputError(
                "connections_newer",
                f"The saved connections file {self.path} was written by a newer BadgeDesk. "
                "Update BadgeDesk to use it.",
                path=str(self.path),
                version=version,
            )
        try:
            return [Connection.from_dict(item) for item in data["connections"]]
        except (TypeError, ValueError) as exc:
            raise self._damaged(f"an entry is malformed: {str(exc)[:80]}") from None

    def _write(self, connections: list[Connection]) -> None:
        data = {"version": FILE_VERSION, "connections": [c.to_dict() for c in connections]}
        try:
            write_json(self.path, data)
        except OSError as exc:
            raise InputError(
                "connections_unwritable",
                f"The saved connections could not be written to {self.path} ({exc.strerror or exc}). "
                "Check the folder's permissions and free space, then try again.",
                path=str(self.path),
            ) from None

    def reset_damaged(self) -> Path | None:
        """Rename a damaged file to ``connections.json.damaged-<timestamp>``; returns the new path.

        Does nothing (returns None) when the file is missing or readable.
        """
        try:
            self._read()
            return None
        except InputError as err:
            if err.code != "connections_damaged":
                raise
        target = self.path.with_name(f"{self.path.name}.damaged-{_stamp()}")
        counter = 1
        while target.exists():
            counter += 1
            target = self.path.with_name(f"{self.path.name}.damaged-{_stamp()}-{counter}")
        os.replace(self.path, target)
        return target

    # ----------------------------------------------------------------- entries

    def list(self) -> list[Connection]:
        """Every saved connection, in the order they were added."""
        return self._read()

    def get(self, conn_id: str) -> Connection | None:
        return next((c for c in self._read() if c.id == conn_id), None)

    def find(self, name_or_id: str) -> Connection | None:
        """A connection by its id or its name (case-insensitive)."""
        key = " ".join((name_or_id or "").split()).casefold()
        return next((c for c in self._read() if c.id == name_or_id or c.name.casefold() == key), None)

    def note_expiry(self, conn_id: str, expires: str) -> None:
        """Remember the token expiry date the platform told us (the connection list warns ahead of it)."""
        existing = self._read()
        for conn in existing:
            if conn.id == conn_id and conn.fields.get(EXPIRES_READ) != expires:
                conn.fields = {**conn.fields, EXPIRES_READ: expires}
                if not expires:
                    conn.fields.pop(EXPIRES_READ)
                self._write(existing)
                return

    def _check_unique(self, conn: Connection, existing: list[Connection]) -> None:
        key = conn.name.casefold()
        if any(c.name.casefold() == key and c.id != conn.id for c in existing):
            raise InputError(
                "connection_name_taken",
                f"A connection named '{conn.name}' already exists. Choose another name.",
                name=conn.name,
            )

    def add(
        self, conn: Connection, token: str, secrets: SecretStore, session_only: bool = False
    ) -> Connection:
        """Save a new connection and its token (keychain, or this session only). Returns it as saved."""
        conn = conn.cleaned()
        conn.validate()
        existing = self._read()
        if any(c.id == conn.id for c in existing):
            raise InputError(
                "connection_exists", f"The connection '{conn.name}' is already saved; edit it instead."
            )
        self._check_unique(conn, existing)
        _check_token(token, conn.environment, conn.platform)
        secrets.set(conn.id, token, session_only=session_only)
        try:
            self._write([*existing, conn])
        except InputError:
            secrets.delete(conn.id)  # no token without its connection
            raise
        return conn

    def update(
        self,
        conn: Connection,
        token: str | None = None,
        secrets: SecretStore | None = None,
        session_only: bool = False,
    ) -> Connection:
        """Save changes to an existing connection; a new ``token`` (needs ``secrets``) replaces the old."""
        conn = conn.cleaned()
        conn.validate()
        existing = self._read()
        index = next((i for i, c in enumerate(existing) if c.id == conn.id), None)
        if index is None:
            raise InputError(
                "connection_not_found",
                f"The connection '{conn.name}' is no longer saved. Add it again.",
                id=conn.id,
            )
        self._check_unique(conn, existing)
        if token is not None and token.strip():
            if secrets is None:
                raise ValueError("a new token needs the SecretStore to keep it in")
            _check_token(token, conn.environment, conn.platform)
            secrets.set(conn.id, token, session_only=session_only)
            # A new token has an expiry of its own: what the platform said of the old one no longer holds.
            conn.fields = {k: v for k, v in conn.fields.items() if k != EXPIRES_READ}
        existing[index] = conn
        self._write(existing)
        return conn

    def remove(self, conn_id: str, secrets: SecretStore) -> str:
        """Remove the connection and its token; returns the token store's line about what was removed."""
        existing = self._read()
        conn = next((c for c in existing if c.id == conn_id), None)
        if conn is None:
            raise InputError(
                "connection_not_found",
                "That connection is no longer saved; refresh the list of connections.",
                id=conn_id,
            )
        self._write([c for c in existing if c.id != conn_id])
        return secrets.delete(conn_id, label=conn.name)
