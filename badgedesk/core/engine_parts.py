"""The issuing engine's plain parts: its settings and result, run states, the backoff, the exit code
of a run, the badge check before a run, the request made from a journal row, and the gate that
holds every worker while the network is down. Part of :mod:`badgedesk.core.engine`; never imports Qt.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any

from badgedesk.platforms import base, registry
from badgedesk.platforms.base import Badge, IssueRequest, Platform, PlatformError, Recipient

Event = dict[str, Any]

# Final run states
COMPLETED = "completed"
STOPPED = "stopped"  # the platform refused the badge/provider, or the token: resumable
CANCELLED = "cancelled"
INTERRUPTED = "interrupted"

OK_STATUSES = ("issued", "already_issued", "skipped_duplicate", "skipped_no_consent")
PROBLEM_STATUSES = ("failed", "needs_review", "unknown", "skipped_invalid", "pending", "cancelled")


@dataclass
class Settings:
    workers: int = 6
    max_sends: int = 8  # per row: re-sends after 503 or after a lookup proved nothing was issued
    max_rate_limited: int = 20  # per row: 429s are waited out, up to this many
    lookup_tries: int = 5
    backoff_base: float = 0.5
    backoff_cap: float = 15.0
    probe_cap: float = 5.0  # longest pause between connection probes while the network is down
    check_platform: bool = False  # ask the platform whether each learner already holds the badge first
    confirm_delay: float = 1.0  # after an unclear answer: wait, look up, and look up again before re-sending
    busy_wait: float = 1.0  # how often to re-check a learner another live run is sending to


@dataclass
class Result:
    run_id: int
    state: str
    stop_code: str | None
    stop_message: str | None
    counts: dict[str, int]
    exit_code: int


def backoff(attempt: int, base_delay: float, cap: float) -> float:
    """Exponential backoff with jitter: a random wait in [d/2, d], d = base·2^attempt (capped)."""
    delay = min(cap, base_delay * (2**attempt))
    return random.uniform(delay / 2, delay)


def exit_code_for(state: str, stop_code: str | None, counts: dict[str, int], auth: bool = False) -> int:
    """3: stopped because the token was refused or may not do this; 130 interrupted; 1 problems; 0 ok."""
    if state == STOPPED and (auth or stop_code == "token_rejected"):
        return 3
    if state == INTERRUPTED:
        return 130
    consenting_problems = sum(counts.get(s, 0) for s in PROBLEM_STATUSES)
    return 1 if consenting_problems else 0


def check_badge(platform: Platform, badge_id: str) -> Badge:
    """Fetch the badge and refuse, before any learner is sent, one the platform says cannot be issued."""
    badge = platform.badge(badge_id)
    ok, code, reason = registry.get(platform.key).badge_issuable(badge)
    if not ok:
        raise PlatformError(base.REJECTED, code, reason)
    return badge


def issue_request(run: dict[str, Any], row: dict[str, Any]) -> IssueRequest:
    """What to send for one journal row of a run: the row's values, else the run's own options."""
    options = run.get("options") or {}
    extra = {k: str(v) for k, v in (options.get("extra") or {}).items() if v not in (None, "")}
    extra.update({k: str(v) for k, v in (row.get("extra") or {}).items() if v not in (None, "")})
    return IssueRequest(
        badge_id=run["badge_id"],
        recipient=Recipient(
            key=row["recipient_key"],
            email=row.get("email") or "",
            first_name=row.get("first_name") or "",
            last_name=row.get("last_name") or "",
            external_id=row.get("external_id") or "",
        ),
        provider_id=run.get("provider_id"),
        score=row.get("score"),
        evidence_text=row.get("evidence_text") or "",
        evidence_url=row.get("evidence_url") or "",
        issue_date=row.get("issue_date") or "",
        expires=row.get("expires") or str(options.get("expires") or ""),
        replace_existing=bool(options.get("replace_existing")),
        note=row.get("note") or str(options.get("note") or ""),
        extra=extra,
    )


class _NetworkGate:
    """Shared "is the network up?" state. One worker probes while the others wait."""

    def __init__(self) -> None:
        self._up = threading.Event()
        self._up.set()
        self._lock = threading.Lock()
        self._prober: int | None = None

    def down(self) -> tuple[bool, bool]:
        """Report a failed connect. Returns (this thread probes, the network just went down)."""
        me = threading.get_ident()
        with self._lock:
            if self._up.is_set():
                self._up.clear()
                self._prober = me
                return True, True
            if self._prober is None:
                self._prober = me
            return self._prober == me, False

    def up(self) -> bool:
        """Report a successful exchange. Returns True if the network just came back."""
        with self._lock:
            was_down = not self._up.is_set()
            self._up.set()
            self._prober = None
            return was_down

    def release(self) -> None:
        with self._lock:
            if self._prober == threading.get_ident():
                self._prober = None

    def is_up(self) -> bool:
        return self._up.is_set()

    def wait(self, timeout: float) -> bool:
        return self._up.wait(timeout)
