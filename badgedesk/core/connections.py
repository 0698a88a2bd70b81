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
import re
import uuid
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from badgedesk import paths
from badgedesk.core.export import write_json
from badgedesk.core.messages import InputError
from badgedesk.core.secrets import SecretStore

FILE_VERSION = 1
PLATFORMS = {
    "navigatr": "Navigatr",
    "credly": "Credly",
    "certifier": "Certifier",
    "badge_award_service": "Badge Award Service",
}
IMPLEMENTED_PLATFORMS = ("navigatr",)
ENVIRONMENTS = ("production", "staging")
TIMEOUT_RANGE = (1.0, 300.0)
DEFAULT_TIMEOUT = 30.0
NAME_LIMIT = 80
PAT_PAGES = {
    "production": "https://navigatr.app/settings/personal-access-tokens/",
    "staging": "https://stag.navigatr.app/settings/personal-access-tokens/",
}


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass
class Connection:
    """One saved connection. ``base_url`` '' means the environment's default address."""

    id: str = field(default_factory=_new_id)
    name: str = ""
    platform: str = "navigatr"
    environment: str = "production"
    base_url: str = ""
    timeout: float = DEFAULT_TIMEOUT

    def cleaned(self) -> Connection:
        """A copy with spaces trimmed, the address without a trailing slash and the timeout a float."""
        try:
            timeout: Any = float(self.timeout)
        except (TypeError, ValueError):
            timeout = self.timeout  # validate() reports it as typed
        return replace(
            self,
            name=" ".join(str(self.name).split()),
            platform=str(self.platform).strip().lower(),
            environment=str(self.environment).strip().lower(),
            base_url=str(self.base_url or "").strip().rstrip("/"),
            timeout=timeout,
        )

    def validate(self) -> None:
        """Raise InputError for the first thing wrong. Name uniqueness is the store's check."""
        name = " ".join(str(self.name).split())
        if not name:
            raise InputError("connection_name_missing", "Give the connection a name, e.g. 'Navigatr (work)'.")
        if len(name) > NAME_LIMIT:
            raise InputError(
                "connection_name_too_long",
                f"The connection name is {len(name)} characters long; shorten it to {NAME_LIMIT} or fewer.",
                limit=NAME_LIMIT,
            )
        if self.platform not in PLATFORMS:
            raise InputError(
                "platform_unknown",
                f"'{self.platform}' is not a badge platform BadgeDesk knows. Choose one of: "
                f"{', '.join(PLATFORMS.values())}.",
                platform=self.platform,
            )
        if self.environment not in ENVIRONMENTS:
            raise InputError(
                "environment_invalid",
                f"Unknown environment '{self.environment}'. Choose production or staging.",
                environment=self.environment,
            )
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
        if str(self.base_url or "").strip():
            from badgedesk.platforms.navigatr import resolve_base_url  # https, or http only for loopback

            resolve_base_url(self.environment, str(self.base_url))

    def resolved_url(self) -> str:
        """The API address this connection talks to (the environment's default when ``base_url`` is '')."""
        if self.platform not in IMPLEMENTED_PLATFORMS:
            raise InputError(
                "platform_not_available",
                f"{PLATFORMS.get(self.platform, self.platform)} connections are not available in this version "
                "of BadgeDesk yet. Use a Navigatr connection.",
                platform=self.platform,
            )
        from badgedesk.platforms.navigatr import resolve_base_url

        return resolve_base_url(self.environment, self.base_url or None)[0]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Connection:
        known = {f.name for f in fields(cls)}
        if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data["id"]:
            raise ValueError("an entry has no id")
        return cls(**{k: v for k, v in data.items() if k in known}).cleaned()


# --------------------------------------------------------------------------- legacy sign-in


def legacy_credentials_message(environment: str = "production") -> str:
    """One line for a user who brings a Navigatr username and password instead of a token."""
    page = PAT_PAGES.get(environment, PAT_PAGES["production"])
    return (
        "Navigatr now uses Personal Access Tokens instead of a username and password (the /v1/token "
        f"sign-in is deprecated): create a token at {page} and paste it here."
    )


_USER_COLON_PASSWORD = re.compile(r"^[\w.+-]{1,64}:\S+$")


def looks_like_password_login(text: str) -> bool:
    """True for a pasted 'user@example.org:password', 'username password' or bare email, not a token.

    Personal Access Tokens are long opaque strings with no spaces and no '@'.
    """
    text = (text or "").strip()
    if not text:
        return False
    if any(ch.isspace() for ch in text):
        return True
    if "@" in text:
        return True  # an email address, alone or followed by ':password'
    return bool(_USER_COLON_PASSWORD.match(text)) and len(text) < 64


def _check_token(token: str, environment: str, platform: str) -> None:
    if platform == "navigatr" and looks_like_password_login(token):
        raise InputError(
            "token_looks_like_password", legacy_credentials_message(environment), environment=environment
        )


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
