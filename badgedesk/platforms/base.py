"""The small interface every badge platform implements, and the plain data it returns.

The engine only ever sees these types: an :class:`Answer` for each issue request, and
a :class:`PlatformError` from the other calls. Each carries a stable ``code`` (which the
GUI translates) and an English ``message``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

# Answer kinds: what the engine must do next.
ISSUED = "issued"  # the platform confirms an award for this recipient
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
SCOPE_RUN = "run"  # the connection (token): stop everything


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
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class IssueRequest:
    badge_id: str
    email: str
    first_name: str
    last_name: str
    provider_id: str | None = None
    score: int | None = None
    evidence_text: str = ""
    evidence_url: str = ""
    issue_date: str = ""


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


class Platform(Protocol):
    """One badge platform, bound to one account and environment."""

    name: str
    environment: str

    def recipient_key(self, email: str) -> str: ...

    def current_user(self) -> dict[str, Any]: ...

    def providers(self) -> list[Provider]: ...

    def badges(self, provider_id: str, keyword: str | None = None) -> list[Badge]: ...

    def badge(self, badge_id: str) -> Badge: ...

    def find_award(self, badge_id: str, recipient_key: str) -> Award | None: ...

    def find_awards(self, badge_id: str, recipient_key: str) -> list[Award]: ...

    def issue(self, request: IssueRequest) -> Answer: ...

    def award(self, award_id: str) -> Award: ...

    def revoke(self, award_id: str, reason: str = "") -> Award: ...

    def close(self) -> None: ...
