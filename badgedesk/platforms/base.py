"""The interface every badge platform implements, and the plain data it returns.

The engine only ever sees these types: an :class:`Answer` for each issue request, and
a :class:`PlatformError` from the other calls. Each carries a stable ``code`` (which the
GUI translates) and an English ``message``.

A platform client is bound to one account and environment. Besides its calls it exposes
three things the engine drives directly, so nobody has to look them up with ``getattr``:

- ``cancel``: a :class:`threading.Event`; setting it interrupts waits and holds requests;
- ``limiter``: the token's rate limiter (shared by every request made with that token);
- ``before_send``: a hook called after a rate-limit slot is taken and just before a request
  leaves; returning False holds the request (pause and stop use it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from badgedesk.core.ratelimit import Limiter

# Answer kinds: what the engine must do next.
ISSUED = "issued"  # the platform confirms an award for this recipient
ALREADY_HELD = "already_held"  # the platform refuses a second award: the recipient already holds it
NEEDS_REVIEW = "needs_review"  # answered, but nothing was issued (e.g. 202 score too low)
REJECTED = "rejected"  # a definite no (4xx); see Answer.scope
AUTH = "auth"  # the token is invalid or revoked: stop the run
RATE_LIMITED = "rate_limited"  # 429: nothing was done, wait and re-send
UNAVAILABLE = "unavailable"  # 503: nothing was done, back off and re-send
NOT_SENT = "not_sent"  # could not connect: nothing was done, wait for the network
AMBIGUOUS = "ambiguous"  # may have been done: look the award up before any re-send
FAILED = "failed"  # an answer we do not understand; never re-sent automatically

# Answer scopes: what a rejection concerns.
SCOPE_ROW = "row"  # this learner only
SCOPE_BADGE = "badge"  # the badge or provider itself: every learner would fail the same way
SCOPE_RUN = "run"  # the connection (token, plan): stop everything

# Recipient identities: what a platform keys a learner on.
IDENTITY_EMAIL = "email"
IDENTITY_EXTERNAL_ID = "external_id"


@dataclass(frozen=True)
class Identity:
    """How a platform tells recipients apart, and which cohort field carries that key."""

    kind: str  # IDENTITY_EMAIL or IDENTITY_EXTERNAL_ID
    field: str  # the cohort field holding the key: "email" or "recipient_id"
    label: str  # what the user calls it: "Email", "Peer mentor ID"
    aliases: tuple[str, ...] = ()  # column headers that name it, as normalise_header() renders them

    @property
    def uses_email(self) -> bool:
        return self.kind == IDENTITY_EMAIL

    def normalise(self, value: str) -> str:
        """The key as the platform compares it: emails trimmed and lower-cased, IDs trimmed."""
        text = (value or "").strip()
        if self.kind != IDENTITY_EMAIL:
            return text
        lowered = text.lower()
        return text if lowered == text else lowered  # one string per learner, not two

    def key(self, email: str = "", external_id: str = "") -> str:
        return self.normalise(email if self.kind == IDENTITY_EMAIL else external_id)


EMAIL_IDENTITY = Identity(IDENTITY_EMAIL, "email", "Email")


@dataclass(frozen=True)
class Recipient:
    """One learner as a platform sees them. ``key`` is the platform's identity for them."""

    key: str
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    external_id: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Account:
    """Who the token belongs to, for Test Connection: a person or an organisation."""

    name: str
    detail: str = ""  # an email address or an organisation ID
    token_expires: str = ""  # ISO date when the platform says when the token expires
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    url: str = ""
    status: str = ""


@dataclass(frozen=True)
class Badge:
    id: str
    name: str
    status: str = ""
    source: str = ""
    image_url: str = ""
    url: str = ""
    description: str = ""
    provider_ids: tuple[str, ...] = ()
    min_score: int | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Award:
    id: str
    badge_id: str
    recipient_key: str
    status: str = ""
    url: str = ""
    replaces_id: str = ""  # the award this one replaced (Credly's duplicate_behavior: replace)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class IssueRequest:
    badge_id: str
    recipient: Recipient
    provider_id: str | None = None
    score: int | None = None
    evidence_text: str = ""
    evidence_url: str = ""
    issue_date: str = ""  # YYYY-MM-DD, '' for today
    expires: str = ""  # YYYY-MM-DD, '' for the badge's default
    replace_existing: bool = False
    note: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)  # per-platform optional fields

    @classmethod
    def for_email(
        cls, badge_id: str, email: str, first_name: str = "", last_name: str = "", **options: Any
    ) -> IssueRequest:
        """A request for a recipient keyed on their email address (the usual identity)."""
        recipient = Recipient(EMAIL_IDENTITY.key(email=email), email, first_name, last_name)
        return cls(badge_id, recipient, **options)

    @property
    def email(self) -> str:
        return self.recipient.email

    @property
    def first_name(self) -> str:
        return self.recipient.first_name

    @property
    def last_name(self) -> str:
        return self.recipient.last_name


@dataclass(frozen=True)
class Answer:
    kind: str
    code: str
    message: str
    http_status: int | None = None
    detail: str = ""
    award: Award | None = None
    retry_after: float | None = None
    scope: str = SCOPE_ROW


class PlatformError(Exception):
    """A call other than issue failed. ``kind`` uses the answer kinds above."""

    def __init__(
        self,
        kind: str,
        code: str,
        message: str,
        http_status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code
        self.message = message
        self.http_status = http_status
        self.retry_after = retry_after

    @classmethod
    def from_answer(cls, answer: Answer) -> PlatformError:
        return cls(answer.kind, answer.code, answer.message, answer.http_status, answer.retry_after)


# Every answer of a BadgeDesk simulator carries this header; no real platform sends it. A client
# that has seen it says so (``Platform.simulated``), and the run records it, so the journal,
# the CLI and the exports can call a simulator a simulator whatever address it listens on.
SIMULATOR_HEADER = "X-BadgeDesk-Simulator"


class Platform(Protocol):
    """One badge platform, bound to one account and environment."""

    key: str  # the registry key, e.g. "navigatr"
    environment: str  # the environment key the journal records
    base_url: str
    limiter: Limiter
    cancel: threading.Event
    before_send: Callable[[], bool] | None
    library_from_earned: bool  # badges() could only list what earlier awards name: an ID may be typed
    simulated: bool  # the answers came from one of BadgeDesk's simulators (they say so in SIMULATOR_HEADER)

    def recipient_key(self, value: str) -> str: ...

    def account(self) -> Account: ...

    def token_expiry(self) -> str:
        """The token's expiry date (ISO) where the platform tells it; '' when unknown or not applicable."""
        ...

    def providers(self) -> list[Provider]: ...

    def badges(self, provider_id: str | None, keyword: str | None = None) -> list[Badge]: ...

    def badge(self, badge_id: str) -> Badge: ...

    def find_awards(self, badge_id: str, recipient_key: str) -> list[Award]: ...

    def issue(self, request: IssueRequest) -> Answer: ...

    def award(self, award_id: str) -> Award: ...

    def revoke(self, award_id: str, reason: str = "") -> Award: ...

    def delete(self, award_id: str) -> None:
        """Delete an award for good (only where the platform cannot revoke); an award already gone is done."""
        ...

    def close(self) -> None: ...


def find_award(platform: Platform, badge_id: str, recipient_key: str) -> Award | None:
    awards = platform.find_awards(badge_id, recipient_key)
    return awards[0] if awards else None
