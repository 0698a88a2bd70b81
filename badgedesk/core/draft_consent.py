"""Consent in a cohort being prepared: the consent column's answer, the operator's ticks (one learner,
or all of them as the operator's statement) and where the consent of the learners sent comes from.
A mixin of :class:`~badgedesk.core.draft.CohortDraft`; never imports Qt.
"""

from __future__ import annotations

import bisect

from badgedesk.core import plan
from badgedesk.core.draft_rows import (
    OPERATOR_STATEMENT,
    OPERATOR_TICKED,
    ConsentChoice,
    _count,
    _key,
)
from badgedesk.core.validate import Learner


class DraftConsent:
    """Needs the draft's cohort, _mapping, _consent, operator, clock, _rows, _counts, _learner,
    _require_cohort, _make_row and _stale."""

    def _column_consent(self, learner: Learner) -> tuple[bool, str] | None:
        if "consent" not in self._mapping:
            return None
        header = self.column_name(self._mapping["consent"])
        text = f"column '{header}': {learner.consent_raw or '(empty)'}"
        return bool(learner.consent), self._texts.setdefault(text, text)  # 'yes' 100,000 times: one string

    def _consent_of(self, learner: Learner) -> tuple[bool, str]:
        choice = self._consent.get(learner.row)
        if choice is not None:
            return choice.consent, choice.source
        return self._column_consent(learner) or (False, "")

    def _source_key(self, learner: Learner) -> str:
        fix = self._fixes.get(learner.row)
        if fix and "email" in fix.original:
            return _key(fix.original["email"])
        return _key(learner.email)

    def _decide(
        self, learner: Learner, consent: bool, kind: str, at: str, bulk: bool, one_row: bool = False
    ) -> None:
        column = self._column_consent(learner)
        if column is not None and column[0] == consent and not (bulk and consent):
            self._consent.pop(learner.row, None)  # the learner's own answer says the same: keep that
        else:
            self._consent[learner.row] = ConsentChoice(
                consent, kind, self.operator, at, self._source_key(learner), bulk
            )
        if one_row:
            self._remake_row(learner)
        else:
            self._stale()

    def _remake_row(self, learner: Learner) -> None:
        """Only this learner's row changed (its consent): remake that row, not all of them."""
        rows = self._rows
        position = bisect.bisect_left(rows, learner.row, key=lambda r: r.row) if rows is not None else -1
        if rows is None or position >= len(rows) or rows[position].row != learner.row:
            self._stale()
            return
        rows = list(rows)  # the list may be shared (a copy of this draft, rows handed out): never changed
        before, after = rows[position], self._make_row(learner)
        rows[position] = after
        counts = dict(self._counts) if self._counts is not None else None  # (may be shared by a copy)
        self._stale()
        self._rows = rows
        if counts is not None:  # one row's change: its counts moved, not counted again over every row
            _count(counts, before, -1)
            _count(counts, after, 1)
            self._counts = counts

    def set_consent(self, row: int, consent: bool) -> None:
        """The operator ticks (or unticks) one learner's consent."""
        self._decide(
            self._learner(row), bool(consent), OPERATOR_TICKED, self.clock(), bulk=False, one_row=True
        )

    def refusals(self) -> list[int]:
        """Rows whose consent column holds an explicit answer other than yes (kept unticked by a bulk tick)."""
        cohort = self.cohort
        if cohort is None or "consent" not in self._mapping:
            return []
        return [
            learner.row
            for learner in cohort.learners
            if learner.consent_raw.strip() and not learner.consent and learner.row not in self._consent
        ]

    def set_all_consent(self, consent: bool) -> int:
        """Tick (as the operator's statement) or untick every learner; returns how many changed.
        Ticking all leaves alone the learners whose consent column says no (see :meth:`refusals`)."""
        cohort = self._require_cohort()
        refused = set(self.refusals()) if consent else set()
        at, changed = self.clock(), 0
        for learner in cohort.learners:
            if self._consent_of(learner)[0] == consent or learner.row in refused:
                continue
            self._decide(learner, consent, OPERATOR_STATEMENT if consent else OPERATOR_TICKED, at, bulk=True)
            changed += 1
        return changed

    def consent_mode(self) -> str:
        """'column', 'operator_statement' or 'mixed': where the consent of the learners sent comes from."""
        cohort = self._require_cohort()
        kinds = set()
        for learner in cohort.learners:
            consent, _ = self._consent_of(learner)
            if consent:
                kinds.add("operator" if learner.row in self._consent else "column")
        if kinds == {"column", "operator"}:
            return "mixed"
        if kinds == {"column"} or (not kinds and "consent" in self._mapping):
            return plan.CONSENT_COLUMN
        return OPERATOR_STATEMENT
