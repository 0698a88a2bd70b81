"""Reopening a prepared cohort (:meth:`CohortDraft.from_prepared`): its learner list read again,
its mapping, corrections and consent put back where they still fit, and notes for what no longer
does. A mixin of :class:`~badgedesk.core.draft.CohortDraft`; never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from badgedesk.core.cohort import read_table
from badgedesk.core.draft_rows import (
    OPERATOR_STATEMENT,
    OPERATOR_TICKED,
    ConsentChoice,
    _key,
    _row_note,
)
from badgedesk.core.draftsource import extension as _extension
from badgedesk.core.draftsource import locate_source as _locate_source
from badgedesk.core.isolate import Cancel, Progress
from badgedesk.core.messages import Problem
from badgedesk.core.prepared import (
    ConsentDecision,
    Fix,
    load_prepared,
    resolve_saved_mapping,
)
from badgedesk.core.validate import Learner
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity

if TYPE_CHECKING:  # the draft imports this module
    from badgedesk.core.draft import CohortDraft


class DraftReopen:
    """Its class method makes a :class:`~badgedesk.core.draft.CohortDraft` (``cls``)."""

    @classmethod
    def from_prepared(
        cls,
        path: str | Path,
        locate: str | Path | None = None,
        *,
        strict: bool = True,
        operator: str | None = None,
        today: dt.date | None = None,
        identity: Identity = EMAIL_IDENTITY,
        names_required: bool = True,
        progress: Progress = None,
        cancel: Cancel = None,
    ) -> CohortDraft:
        """Reopen a prepared cohort: read its learner list again (from ``locate`` if given), re-apply
        the mapping, corrections and consent, and list in :attr:`notes` whatever no longer fits.
        ``progress`` and ``cancel`` go to the read, as in :meth:`open`."""
        prepared = load_prepared(path)
        source = _locate_source(prepared, locate)
        table = read_table(
            source, prepared.sheet, prepared.header_row or None, progress=progress, cancel=cancel
        )
        changed = table.sha256 != prepared.source_sha256
        mapping = resolve_saved_mapping(table.headers, prepared.mapping, source.name)
        draft = cls(
            table, mapping, operator=operator, today=today, identity=identity, names_required=names_required
        )
        draft.badge, draft.prepared_path = prepared.badge, prepared.loaded_from
        if prepared.date_order:
            draft.set_date_order(prepared.date_order)  # ambiguous dates read as the trainer chose
        notes: list[Problem] = []
        if changed:
            when = f" on {prepared.saved_at}" if prepared.saved_at else ""
            notes.append(
                Problem(
                    "source_changed",
                    f"{source.name} has changed since this cohort was prepared{when}: corrections and consent "
                    "were kept only for rows that still hold the same learner. Check the learners again "
                    "before issuing.",
                    {"file": source.name, "saved_at": prepared.saved_at},
                )
            )
        as_read = draft._learners_as_read()
        for fix in sorted(prepared.fixes.values(), key=lambda f: f.row):
            note = draft._restore_fix(fix, as_read)
            if note:
                notes.append(note)
        who = _extension(prepared.loaded_from)
        for decision in sorted(prepared.consent.values(), key=lambda d: d.row):
            note = draft._restore_consent(decision, who.get(str(decision.row)) or {}, as_read)
            if note:
                notes.append(note)
        draft.notes = notes
        draft._validate()
        if strict and draft.error is not None:
            raise draft.error
        return draft

    def _restore_fix(
        self,
        fix: Fix,
        as_read: dict[int, Learner] | None,
        stale_text: str = "the row changed since it was corrected ({fields}), so the correction was not "
        "applied. Check the learner and correct it again if needed.",
    ) -> Problem | None:
        learner = as_read.get(fix.row) if as_read is not None else None
        if learner is None:
            return _row_note(
                "fix_row_missing",
                fix.row,
                "a correction was saved for this row, but it holds no learner now. Correct the learner again.",
            )
        stale = [name for name, value in fix.original.items() if getattr(learner, name, None) != value]
        if stale:
            return _row_note("fix_stale", fix.row, stale_text.format(fields=", ".join(stale)))
        self._fixes[fix.row] = Fix(fix.row, dict(fix.values), dict(fix.original))
        return None

    def _restore_consent(
        self, decision: ConsentDecision, who: dict[str, Any], as_read: dict[int, Learner] | None
    ) -> Problem | None:
        learner = as_read.get(decision.row) if as_read is not None else None
        if learner is None:
            return _row_note(
                "consent_row_missing",
                decision.row,
                "consent was recorded for this row, but it holds no learner now. "
                "Record consent again for the learners who moved.",
            )
        if decision.key and _key(learner.email) != decision.key:
            return _row_note(
                "consent_row_changed",
                decision.row,
                f"consent was recorded for {decision.key}, but the row now holds "
                f"{learner.email or 'no email'}. Record this learner's consent again.",
            )
        if decision.source == "column":
            if learner.consent is not None and learner.consent != decision.consent:
                return _row_note(
                    "consent_changed",
                    decision.row,
                    f"the consent column now says '{learner.consent_raw or '(empty)'}'; the file's answer "
                    "is used. Check it with the learner if that is wrong.",
                )
            return None
        kind = OPERATOR_STATEMENT if decision.source == OPERATOR_STATEMENT else OPERATOR_TICKED
        self._consent[decision.row] = ConsentChoice(
            decision.consent,
            kind,
            str(who.get("operator") or "unknown operator"),
            decision.at,
            decision.key,
            bool(who.get("bulk", kind == OPERATOR_STATEMENT)),
        )
        return None
