"""The plain parts of a cohort being prepared (:mod:`badgedesk.core.draft`): one learner's row as
the grid shows it, an operator's consent choice, the counts of the rows, and who and when.
Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import getpass
import operator
from dataclasses import dataclass

from badgedesk.core import plan
from badgedesk.core.messages import Problem
from badgedesk.platforms.base import EMAIL_IDENTITY

OPERATOR_TICKED = "operator_ticked"
OPERATOR_STATEMENT = plan.CONSENT_OPERATOR  # "operator_statement"
NO_CONSENT_MESSAGE = "No consent recorded; not sent."


def current_operator() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # noqa: BLE001 - no login name (some service accounts)
        return "unknown"


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _key(email: str) -> str:
    return EMAIL_IDENTITY.normalise(email)


@dataclass(frozen=True)
class ConsentChoice:
    """Consent decided by the operator for one learner (a consent column's answer is not stored here)."""

    consent: bool
    kind: str  # OPERATOR_TICKED or OPERATOR_STATEMENT
    operator: str
    at: str  # UTC, ISO-8601
    key: str  # the learner's email (lower-case) as the file had it, so a moved row is noticed
    bulk: bool = False

    @property
    def source(self) -> str:
        if self.kind == OPERATOR_STATEMENT:
            return f"operator statement (bulk) by {self.operator} at {self.at}"
        verb = "ticked" if self.consent else "unticked"
        return f"{verb}{' (bulk)' if self.bulk else ''} by {self.operator} at {self.at}"


@dataclass(frozen=True, slots=True)
class DraftRow:
    """One learner as the grid shows it."""

    row: int  # source row number
    first_name: str
    last_name: str
    email: str
    recipient_key: str
    consent: bool
    consent_source: str  # '' when nothing says the learner consented or refused
    status: str  # "valid" | "skipped_invalid" | "skipped_duplicate"
    problems: tuple[Problem, ...]
    suggestion: str | None  # a likely intended address when the domain looks mistyped
    already_issued_run: int | None  # the journal's run that issued this badge to the learner
    on_platform: bool  # the platform already lists this badge for the learner
    fixed: frozenset[str] = frozenset()  # fields corrected inline (_NOTHING_FIXED when none: one object)

    @property
    def sendable(self) -> bool:
        return self.status == "valid" and self.consent

    @property
    def already_issued(self) -> bool:
        return self.already_issued_run is not None or self.on_platform


_ROW = operator.attrgetter("row")
COUNTS = ("learners", "ready", "no_consent", "invalid", "duplicate", "already_issued", "check_email")


def _count(counts: dict[str, int], item: DraftRow, sign: int) -> None:
    """Count ``item`` once (sign 1) or take it back out (sign -1): see :meth:`CohortDraft.counts`."""
    counts["learners"] += sign
    if item.status == "skipped_invalid":
        counts["invalid"] += sign
    elif item.status == "skipped_duplicate":
        counts["duplicate"] += sign
    elif not item.consent:
        counts["no_consent"] += sign
    elif item.already_issued:
        counts["already_issued"] += sign
    else:
        counts["ready"] += sign
    if item.suggestion:
        counts["check_email"] += sign


_NOTHING_FIXED: frozenset[str] = frozenset()  # shared by every row without corrections (216 bytes each)


def _row_note(code: str, row: int, text: str) -> Problem:
    return Problem(code, f"Row {row}: {text}", {"row": row})
