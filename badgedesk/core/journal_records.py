"""What the journal records, as Python values: a run, a learner's row, an attempt's answer, and the
salted hash that replaces a deleted learner's key (see :mod:`badgedesk.core.journal`)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

# Privacy: a deleted or purged learner's recipient key is replaced by "h:" + a salted SHA-256 of it,
# so the journal still knows the badge was issued to that recipient without holding the address.
HASHED_PREFIX = "h:"


def hash_key(salt: str, recipient_key: str) -> str:
    """``h:`` + SHA-256 of the salt and the key; a key that is already hashed is returned as is."""
    if recipient_key.startswith(HASHED_PREFIX):
        return recipient_key
    digest = hashlib.sha256(f"{salt}:{recipient_key}".encode()).hexdigest()
    return HASHED_PREFIX + digest


class IssuedKeys(dict):
    """``recipient_key -> run id``; a plain key also finds a deleted learner's hashed entry."""

    salt: str | None = None

    def _hashed(self, key: object) -> object:
        if self.salt is None or not isinstance(key, str):
            return key
        return hash_key(self.salt, key)

    def __missing__(self, key: object) -> int:
        hashed = self._hashed(key)
        if hashed != key and dict.__contains__(self, hashed):
            return dict.__getitem__(self, hashed)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or dict.__contains__(self, self._hashed(key))

    def get(self, key: object, default: object = None) -> object:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class RunInfo:
    """What a run is: everything recorded about it before the first send."""

    platform: str
    environment: str
    base_url: str
    badge_id: str
    consent_mode: str  # "column" or "operator_statement"
    badge_name: str = ""
    provider_id: str | None = None
    connection: str | None = None
    sandbox: bool = False
    real_badge_id: str | None = None
    source_name: str = ""
    source_path: str = ""
    source_sha256: str = ""
    sheet: str | None = None
    mapping: dict[str, Any] = field(default_factory=dict)
    operator: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    app_version: str = ""


@dataclass(frozen=True)
class AttemptResult:
    id: int
    outcome: str
    http_status: int | None = None
    code: str | None = None
    detail: str | None = None
    award_id: str | None = None


@dataclass
class LearnerRecord:
    row_number: int
    recipient_key: str
    email: str
    first_name: str
    last_name: str
    consent: bool
    consent_source: str
    status: str
    code: str | None = None
    message: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    score: int | None = None
    evidence_text: str = ""
    evidence_url: str = ""
    issue_date: str = ""
    force: bool = False
    external_id: str = ""  # the file's own ID for the learner (the key where the platform keys on it)
    expires: str = ""  # YYYY-MM-DD, '' for the badge's default
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # per-platform optional values (e.g. locale)


def run_values(info: RunInfo, stamp: str) -> tuple:
    """A new run's ``runs`` columns, in the order :meth:`Journal.create_run` inserts them."""
    return (
        stamp,
        stamp,
        info.platform,
        info.environment,
        info.base_url,
        info.connection,
        info.provider_id,
        info.badge_id,
        info.badge_name,
        int(info.sandbox),
        info.real_badge_id,
        info.source_name,
        info.source_path,
        info.source_sha256,
        info.sheet,
        json.dumps(info.mapping),
        info.operator,
        info.consent_mode,
        json.dumps(info.options),
        info.app_version,
    )


def learner_values(run_id: int, rec: LearnerRecord, stamp: str) -> tuple:
    """A learner's ``learners`` columns, in the order :meth:`Journal.create_run` inserts them."""
    return (
        run_id,
        rec.row_number,
        rec.recipient_key,
        rec.email,
        rec.first_name,
        rec.last_name,
        rec.score,
        rec.evidence_text,
        rec.evidence_url,
        rec.issue_date,
        rec.external_id,
        rec.expires,
        rec.note,
        json.dumps(rec.extra),
        int(rec.consent),
        rec.consent_source,
        stamp,
        rec.status,
        rec.code,
        json.dumps(rec.params),
        rec.message,
        int(rec.force),
        stamp,
    )
