"""The steps that every action on an issued run shares (:mod:`badgedesk.core.actions`,
:mod:`badgedesk.core.revoking`): finding a journal row, a reason, waiting and backing off before a
re-send, progress events, and the statuses each action may touch. Never imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from badgedesk.core.journal import Journal
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled
from badgedesk.platforms import base, registry
from badgedesk.platforms.base import Platform, PlatformError

Progress = Callable[[dict[str, Any]], None]

# Claim states as the platform reports them (Failed = the award email bounced).
CLAIM_STATES = ("Pending", "Claimed", "Failed", "Complained", "Revoked", "Declined", "Replaced")
# Row statuses that retry_rows may set back to pending. Never "unknown": those need a lookup,
# which the engine does on resume. Never anything issued.
RETRYABLE = ("failed", "needs_review", "cancelled")
# Row statuses whose email may be corrected (an issued award is revoked first).
CORRECTABLE = ("issued", "failed", "needs_review", "revoked", "pending", "cancelled")
# Rows that a run would still send when resumed.
WAITING = ("pending", "unknown", "cancelled")

_RETRY_KINDS = (base.RATE_LIMITED, base.UNAVAILABLE, base.NOT_SENT)
_STOP_KINDS = (base.AUTH, base.NOT_SENT)
MAX_TRIES = 4


# -- helpers -------------------------------------------------------------------------------------


def _row(journal: Journal, learner_id: int) -> dict[str, Any]:
    row = journal.row(learner_id)
    if row is None:
        raise InputError("row_not_found", f"There is no learner {learner_id} in the journal.", id=learner_id)
    if isinstance(row.get("params"), str):
        row["params"] = json.loads(row["params"] or "{}")
    return row


def _reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise InputError(
            "reason_missing",
            "Give a reason for revoking: the platform records it and the learner may see it.",
        )
    return text[:500]


def _who(row: dict[str, Any]) -> str:
    name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
    return f"row {row['row_number']} ({name or row['email']})"


def _cancelled(platform: Platform) -> bool:
    return platform.cancel.is_set()


def _wait(platform: Platform, seconds: float) -> None:
    """Wait before a re-send; a set ``platform.cancel`` stops at once."""
    if platform.cancel.wait(seconds):
        raise Cancelled()


def _backoff(err: PlatformError, tries: int) -> float:
    return err.retry_after if err.retry_after is not None else min(0.5 * 2**tries, 10.0)


def _recipient_key(platform: Platform, email: str) -> str:
    return platform.recipient_key(email)


def claim_state(raw: str, platform: str = "") -> str:
    """The platform's award status as a claim state: the platform's own words mapped by the registry
    (an earner who "accepted" a badge has claimed it), else in canonical spelling ("claimed" → "Claimed")."""
    text = (raw or "").strip()
    if platform:
        mapped = registry.get(platform).claim_states.get(text.casefold())
        if mapped:
            return mapped
    for state in CLAIM_STATES:
        if text.casefold() == state.casefold():
            return state
    return text or "Unknown"


def _notify(
    on_progress: Progress | None, done: int, total: int, row: dict[str, Any], ok: bool, msg: str
) -> None:
    if on_progress is not None:
        on_progress({"done": done, "total": total, "row": row, "ok": ok, "message": msg})
