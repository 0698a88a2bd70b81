"""The cohort being prepared: a learner list as read, plus the operator's choices about it.

:class:`CohortDraft` is the one object the cohort step builds and the issue step consumes.
It holds the table as read (never written back), the column mapping, inline corrections and
per-learner consent decisions, and re-checks every learner whenever one of them changes.
Corrections and consent are keyed by source row number, so re-reading the file under another
header row or mapping keeps them where they still apply.  Saving and reopening offline goes
through :mod:`badgedesk.core.prepared`.  This module must never import Qt.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from badgedesk.core import gcpause, plan
from badgedesk.core.cohort import Table, read_table
from badgedesk.core.draft_consent import DraftConsent
from badgedesk.core.draft_reopen import DraftReopen
from badgedesk.core.draft_rows import (  # noqa: F401 (the draft's names, used by the app, the CLI and tests)
    _NOTHING_FIXED,
    _ROW,
    COUNTS,
    NO_CONSENT_MESSAGE,
    OPERATOR_STATEMENT,
    OPERATOR_TICKED,
    ConsentChoice,
    DraftRow,
    _count,
    _key,
    _row_note,
    current_operator,
    utc_now,
)
from badgedesk.core.draftsource import EXTENSION_KEY
from badgedesk.core.emailcheck import suggest_fix
from badgedesk.core.isolate import Cancel, Progress
from badgedesk.core.journal import LearnerRecord
from badgedesk.core.messages import InputError, Problem
from badgedesk.core.prepared import (
    FIXABLE,
    ChosenBadge,
    ConsentDecision,
    Fix,
    PreparedCohort,
    save_prepared,
)
from badgedesk.core.rows import Patch
from badgedesk.core.validate import (
    FIELDS,
    Cohort,
    Learner,
    build_cohort,
    column_letter,
    normalise_header,
    resolve_mapping,
)
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity


def _mapping_spec(headers: list[str], index: int) -> str:
    """How resolve_mapping() finds column ``index`` again: its header text, or its 1-based number."""
    compact = [normalise_header(h).replace(" ", "") for h in headers]
    text = headers[index]
    unique = compact[index] and compact.count(compact[index]) == 1
    return text if unique and not text.strip().isdigit() else str(index + 1)


@dataclass
class _PreparedWithOperators(PreparedCohort):
    """A prepared cohort that also keeps who made each operator decision (an extra JSON key)."""

    operators: dict[int, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        data[EXTENSION_KEY] = {str(row): dict(who) for row, who in sorted(self.operators.items())}
        return data


class CohortDraft(DraftReopen, DraftConsent):
    """A learner list being prepared for issuing. Construct with :meth:`open` or :meth:`from_prepared`."""

    def __init__(
        self,
        table: Table,
        mapping: dict[str, int] | None = None,
        *,
        operator: str | None = None,
        today: dt.date | None = None,
        identity: Identity = EMAIL_IDENTITY,
        names_required: bool = True,
    ) -> None:
        self.table = table
        self.identity = identity
        self.names_required = names_required
        self.operator = operator or current_operator()
        self.today = today
        self.clock: Callable[[], str] = utc_now
        self._mapping: dict[str, int] = (
            resolve_mapping(table.headers) if mapping is None else self._checked_mapping(table, mapping)
        )
        self._fixes: dict[int, Fix] = {}
        self._consent: dict[int, ConsentChoice] = {}
        self._issued: dict[str, int] = {}
        self._on_platform: set[str] = set()
        self.notes: list[Problem] = []  # what reopening or re-reading dropped or changed
        self.badge: ChosenBadge | None = None  # the badge a prepared cohort was saved for
        self.prepared_path: Path | None = None
        self.date_order: str | None = None  # "dmy" / "mdy" once chosen (see Cohort.date_columns)
        self.cohort: Cohort | None = None
        self.error: InputError | None = None  # why the current mapping gives no cohort
        self._rows: list[DraftRow] | None = None
        self._counts: dict[str, int] | None = None
        self._texts: dict[str, str] = {}  # one copy of each consent source text shared by the rows
        self.version = 0  # goes up whenever the rows may have changed (see :meth:`rows_with_issued`)
        self._validate()

    def copy(self) -> CohortDraft:
        """An independent draft with the same file, mapping, corrections, consent and marks, to change
        on another thread (re-validating 100,000 rows) while this one is still shown."""
        other = copy.copy(self)
        other._mapping = dict(self._mapping)
        other._fixes = dict(self._fixes)
        other._consent = dict(self._consent)
        other._issued = dict(self._issued)
        other._on_platform = set(self._on_platform)
        other._texts = dict(self._texts)
        other.notes = list(self.notes)
        other._stale()
        other._rows = self._rows  # rows are immutable: shared until either draft changes
        return other

    def set_date_order(self, order: str | None) -> None:
        """Read dates like 03/04/2026 day first ("dmy") or month first ("mdy"), and check every row again.

        The GUI offers this when ``cohort.needs_date_order`` (a ``date_order_needed`` note per column)."""
        if order != self.date_order:
            self.date_order = order
            self._validate()

    def set_identity(self, identity: Identity, names_required: bool = True) -> None:
        """The platform changed: key learners the new platform's way and check every row again."""
        if (identity, names_required) != (self.identity, self.names_required):
            self.identity, self.names_required = identity, names_required
            self._validate()

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: str | Path,
        sheet: str | None = None,
        header_row: int | None = None,
        *,
        strict: bool = True,
        operator: str | None = None,
        today: dt.date | None = None,
        identity: Identity = EMAIL_IDENTITY,
        names_required: bool = True,
        progress: Progress = None,
        cancel: Cancel = None,
    ) -> CohortDraft:
        """Read and check a learner list. Raises InputError (one line) when the file cannot be read;
        also when no cohort can be built from it, unless ``strict`` is False (then see :attr:`error`).
        ``identity`` is the platform's key for a learner (see :func:`~badgedesk.core.validate.build_cohort`).
        ``progress`` and ``cancel`` go to :func:`~badgedesk.core.cohort.read_table` (a cancelled read
        raises InputError ``cancelled``)."""
        with gcpause.paused():
            table = read_table(path, sheet, header_row, progress=progress, cancel=cancel)
            draft = cls(
                table, operator=operator, today=today, identity=identity, names_required=names_required
            )
        if strict and draft.error is not None:
            raise draft.error
        return draft

    # ------------------------------------------------------------------ the file

    @property
    def path(self) -> Path:
        return Path(self.table.path)

    @property
    def sheets(self) -> list[str]:
        return list(self.table.sheets)

    @property
    def sheet(self) -> str | None:
        return self.table.sheet

    @property
    def header_row(self) -> int:
        return self.table.header_row

    @property
    def headers(self) -> list[str]:
        return list(self.table.headers)

    @property
    def mapping(self) -> dict[str, int]:
        """Field -> 0-based column index."""
        return dict(self._mapping)

    def column_name(self, index: int) -> str:
        header = self.table.headers[index] if 0 <= index < len(self.table.headers) else ""
        return header or f"column {column_letter(index)}"

    def read(
        self,
        sheet: str | None = None,
        header_row: int | None = None,
        *,
        progress: Progress = None,
        cancel: Cancel = None,
    ) -> Table:
        """Read this draft's file again (``sheet`` defaults to the current one). Changes nothing here,
        so it may run on another thread; hand the result to :meth:`use_table`."""
        chosen = sheet if sheet is not None else self.table.sheet
        return read_table(self.table.path, chosen, header_row, progress=progress, cancel=cancel)

    def set_sheet(self, name: str) -> None:
        """Use another worksheet (its header row detected again); corrections and consent are cleared."""
        self.use_table(self.read(sheet=name))

    def set_header_row(self, number: int) -> None:
        """Take row ``number`` as the header row; the mapping is detected again from its headers."""
        self.use_table(self.read(header_row=number))

    def use_table(self, table: Table) -> None:
        """Switch to ``table`` (this file read again). On the same sheet, corrections and consent are kept
        for the rows that still hold the same learner; the mapping is kept when the headers are the same."""
        same_sheet = table.sheet == self.table.sheet and Path(table.path) == Path(self.table.path)
        file_changed = table.sha256 != self.table.sha256
        if table.headers != self.table.headers:
            self._mapping = resolve_mapping(table.headers)
        self.table = table
        self.notes = []
        if not same_sheet:
            self._fixes.clear()
            self._consent.clear()
        else:
            self._reconcile(check_keys=file_changed)
        self._validate()

    def set_mapping(self, fld: str, column: int | None) -> None:
        """Map ``fld`` to a 0-based column (None: unmap it). A column holds one field at most."""
        if fld not in FIELDS:
            raise ValueError(f"unknown field {fld!r}")
        if column is None:
            self._mapping.pop(fld, None)
        else:
            if not 0 <= column < len(self.table.headers):
                raise ValueError(f"no column {column}")
            for other in [f for f, i in self._mapping.items() if i == column and f != fld]:
                del self._mapping[other]
            self._mapping[fld] = column
        self.notes = []
        self._reconcile(check_keys=False)
        self._validate()

    @staticmethod
    def _checked_mapping(table: Table, mapping: dict[str, int]) -> dict[str, int]:
        if set(mapping) - set(FIELDS):
            raise ValueError(f"unknown field(s): {sorted(set(mapping) - set(FIELDS))}")
        if any(not 0 <= i < len(table.headers) for i in mapping.values()):
            raise ValueError("a mapped column is outside the table")
        if len(set(mapping.values())) != len(mapping):
            raise ValueError("two fields are mapped to the same column")
        return dict(mapping)

    # ------------------------------------------------------------------ checking

    def _overrides(self) -> dict[str, str]:
        headers = self.table.headers
        return {f: _mapping_spec(headers, self._mapping[f]) if f in self._mapping else "" for f in FIELDS}

    def _build(self, table: Table) -> Cohort:
        return build_cohort(
            table,
            self._overrides(),
            self.today,
            identity=self.identity,
            names_required=self.names_required,
            date_order=self.date_order,
        )

    def _learners_as_read(self) -> dict[int, Learner] | None:
        """The learners as the file has them (no corrections), or None when no cohort can be built."""
        try:
            return {learner.row: learner for learner in self._build(self.table).learners}
        except InputError:
            return None

    def _validate(self) -> None:
        try:
            self.cohort, self.error = self._build(self._patched()), None
        except InputError as err:
            # Keep the message, not the traceback: its frames would pin whatever the reading thread
            # held (e.g. a Qt runnable already deleted by its pool) until a garbage collection.
            self.cohort, self.error = None, err.with_traceback(None)
        self._stale()

    def _reconcile(self, check_keys: bool) -> None:
        """After a re-read or a mapping change: drop the corrections and consent that no longer apply."""
        as_read = self._learners_as_read()
        if as_read is None:
            return  # nothing to compare with until the mapping gives a cohort again
        fixes, self._fixes = self._fixes, {}
        for fix in fixes.values():
            fix = self._complete_names(fix, as_read.get(fix.row))
            note = self._restore_fix(
                fix,
                as_read,
                "the correction ({fields}) does not match the columns now chosen, so it was dropped. "
                "Correct the learner again if needed.",
            )
            if note:
                self.notes.append(note)
        for row, choice in list(self._consent.items()):
            learner = as_read.get(row)
            if learner is None or (check_keys and choice.key and _key(learner.email) != choice.key):
                del self._consent[row]
                self.notes.append(
                    _row_note(
                        "consent_dropped",
                        row,
                        "the consent recorded for this row no longer applies (the row holds another "
                        "learner or none). Record it again if needed.",
                    )
                )

    def _complete_names(self, fix: Fix, learner: Learner | None) -> Fix:
        """A name written into a full-name column needs both halves: add the one not corrected."""
        if learner is None or "full_name" not in self._mapping:
            return fix
        names = ("first_name", "last_name")
        if not any(n in fix.values and n not in self._mapping for n in names):
            return fix
        values, original = dict(fix.values), dict(fix.original)
        for name in names:
            if name not in values:
                values[name] = original[name] = getattr(learner, name)
        return Fix(fix.row, values, original)

    def _patched(self) -> Table:
        """The table with the corrections written into an in-memory copy of its cells."""
        if not self._fixes:
            return self.table
        patch = Patch(self.table.rows)
        for fix in self._fixes.values():
            if fix.row not in patch:
                continue
            for name, value in fix.values.items():
                if name in self._mapping:
                    patch.set(fix.row, self._mapping[name], value)
            names = [n for n in ("first_name", "last_name") if n in fix.values and n not in self._mapping]
            if names and "full_name" in self._mapping:
                first, last = fix.values.get("first_name", ""), fix.values.get("last_name", "")
                # split_full_name reads 'Last, First' exactly
                patch.set(fix.row, self._mapping["full_name"], f"{last}, {first}")
        return replace(self.table, rows=patch.rows())

    def _require_cohort(self) -> Cohort:
        if self.cohort is None:
            raise self.error or InputError("no_cohort", "Open a learner list first.")
        return self.cohort

    def _find(self, row: int) -> Learner | None:
        """The learner of source row ``row``: learners are in row order (no index of 100,000 kept)."""
        learners = self.cohort.learners if self.cohort else []
        at = bisect.bisect_left(learners, row, key=_ROW)
        if at < len(learners) and learners[at].row == row:
            return learners[at]
        return next((x for x in learners if x.row == row), None)  # out of order: never from a reader

    def score(self, row: int) -> int | None:
        """The learner's score as read from the file (None without a score column or value)."""
        learner = self._find(row)
        return learner.score if learner is not None else None

    def _learner(self, row: int) -> Learner:
        self._require_cohort()
        learner = self._find(row)
        if learner is None:
            raise InputError("no_such_row", f"Row {row} holds no learner.", row=row)
        return learner

    # ------------------------------------------------------------------ corrections

    def fix(
        self, row: int, first_name: str | None = None, last_name: str | None = None, email: str | None = None
    ) -> None:
        """Correct a learner's names or email in memory (the file is never written) and check again."""
        learner = self._learner(row)
        values = {
            name: (" ".join(value.split()) if name != "email" else value.strip())
            for name, value in (("first_name", first_name), ("last_name", last_name), ("email", email))
            if value is not None
        }
        if not values:
            return
        names_in_full = [n for n in values if n != "email" and n not in self._mapping]
        if names_in_full:
            if "full_name" not in self._mapping:
                raise InputError(
                    "fix_not_mapped",
                    f"Row {row}: no column is chosen for the {names_in_full[0].replace('_', ' ')}. "
                    "Choose it in the column mapping first.",
                    row=row,
                )
            if any("," in values.get(n, "") for n in ("first_name", "last_name")):
                raise InputError(
                    "fix_not_applied",
                    f"Row {row}: a name with a comma cannot be written into the full-name column. "
                    "Correct it in the spreadsheet instead.",
                    row=row,
                )
        current = self._fixes.get(row)
        merged = dict(current.values) if current else {}
        original = dict(current.original) if current else {}
        for name, value in values.items():
            original.setdefault(name, getattr(learner, name))
            merged[name] = value
        for name in list(merged):
            if merged[name] == original.get(name):
                del merged[name], original[name]  # back to what the file says
        if merged:
            self._fixes[row] = self._complete_names(Fix(row, merged, original), learner)
        else:
            self._fixes.pop(row, None)
        self._validate()

    def corrections(self) -> dict[int, dict[str, str]]:
        """Row -> the corrected fields and their new values."""
        return {row: dict(fix.values) for row, fix in sorted(self._fixes.items())}

    def email_suggestion(self, row: int) -> str | None:
        return self.row(row).suggestion

    def apply_suggestion(self, row: int) -> bool:
        """Correct the row's email to the suggested address; False when there is no suggestion."""
        suggestion = self.email_suggestion(row)
        if not suggestion:
            return False
        self.fix(row, email=suggestion)
        return True

    # ------------------------------------------------------------------ already issued

    def mark_already_issued(self, issued: dict[str, int], rows: list[DraftRow] | None = None) -> None:
        """Recipient key -> run id of the journal's earlier awards of this badge (replaces earlier marks).

        ``rows``: the rows :meth:`rows_with_issued` made for these marks on another thread, adopted as
        they are (no work per learner here); pass them only while :attr:`version` is unchanged since."""
        self._issued = dict(issued)
        self._stale()
        if rows is not None:
            self._rows = rows

    @property
    def has_issued_marks(self) -> bool:
        return bool(self._issued)

    def made_rows(self) -> list[DraftRow] | None:
        """The rows as made so far (None when they are to be made again); safe from another thread."""
        return self._rows

    def rows_with_issued(self, issued: dict[str, int]) -> tuple[int, list[DraftRow]]:
        """The rows as they would be with these journal marks, and the :attr:`version` they were made
        for. Changes nothing, so it may run on another thread (its cost grows with the learners)."""
        version = self.version
        learners = self.cohort.learners if self.cohort else []
        return version, [self._make_row(learner, issued) for learner in learners]

    def _stale(self) -> None:
        self._rows = None
        self._counts = None
        self.version += 1

    def mark_on_platform(self, keys: Iterable[str]) -> None:
        """Recipient keys the platform already lists this badge for (replaces earlier marks)."""
        keys = set(keys)
        if keys == self._on_platform:
            return  # nothing changes: the rows stay made
        self._on_platform = keys
        self._stale()

    # ------------------------------------------------------------------ results

    def _make_row(self, learner: Learner, issued: dict[str, int] | None = None) -> DraftRow:
        consent, source = self._consent_of(learner)
        key = learner.recipient_key
        suggestion = suggest_fix(learner.email) if learner.email else None
        fix = self._fixes.get(learner.row)
        return DraftRow(
            row=learner.row,
            first_name=learner.first_name,
            last_name=learner.last_name,
            email=learner.email,
            recipient_key=key,
            consent=consent,
            consent_source=source,
            status=learner.status,
            problems=tuple(learner.problems),
            suggestion=suggestion if suggestion != learner.email else None,
            already_issued_run=(self._issued if issued is None else issued).get(key) if key else None,
            on_platform=bool(key) and key in self._on_platform,
            fixed=frozenset(fix.values) if fix else _NOTHING_FIXED,
        )

    def _all_rows(self) -> list[DraftRow]:
        if self._rows is None:
            self._rows = [self._make_row(learner) for learner in self.cohort.learners] if self.cohort else []
        return self._rows

    def rows(self) -> list[DraftRow]:
        return list(self._all_rows())

    def row(self, row: int) -> DraftRow:
        learner = self._learner(row)
        for item in self.rows():
            if item.row == learner.row:
                return item
        raise AssertionError("unreachable: every learner has a row")

    def learner_records(
        self,
        recipient_key: Callable[[str], str] | None = None,
        options: plan.RunOptions | None = None,
    ) -> list[LearnerRecord]:
        """The journal rows of a run: pending for each sendable learner, skipped_* (with the reason) else."""
        cohort = self._require_cohort()
        records = plan.learner_records(
            cohort, OPERATOR_STATEMENT, options or plan.RunOptions(), recipient_key
        )
        out = []
        for record, item in zip(records, self.rows(), strict=True):
            if item.consent:
                out.append(replace(record, consent_source=item.consent_source))
            else:
                out.append(
                    replace(
                        record,
                        consent=False,
                        consent_source=item.consent_source or "no consent recorded",
                        status="skipped_no_consent",
                        code="no_consent",
                        message=NO_CONSENT_MESSAGE,
                        params={},
                    )
                )
        return out

    def counts(self) -> dict[str, int]:
        """Each learner counted once: ready, no_consent, invalid, duplicate or already_issued;
        check_email counts the addresses with a suggested correction (they are ready or not as well)."""
        if self._counts is not None:
            return dict(self._counts)
        counts = dict.fromkeys(COUNTS, 0)
        for item in self._all_rows():
            _count(counts, item, 1)
        self._counts = counts
        return dict(counts)

    def summary(self) -> str:
        """One line: '24 learners · 20 ready · 2 no consent · 1 invalid · 1 duplicate · 3 already issued'."""
        if self.cohort is None:
            return self.error.message if self.error else "No learners."
        c = self.counts()
        parts = [f"{c['learners']} learner{'s' if c['learners'] != 1 else ''}", f"{c['ready']} ready"]
        labels = (
            ("no_consent", "no consent"),
            ("invalid", "invalid"),
            ("duplicate", "duplicate"),
            ("already_issued", "already issued"),
            ("check_email", "email to check"),
        )
        parts += [f"{c[key]} {label}" for key, label in labels if c[key]]
        return " · ".join(parts)

    def sendable_count(self) -> int:
        counts = self.counts()  # valid and consented: ready, or already issued
        return counts["ready"] + counts["already_issued"]

    def is_complete(self) -> bool:
        """True when at least one learner is valid and consented."""
        return self.sendable_count() > 0

    # ------------------------------------------------------------------ saving

    def to_prepared(self, badge: ChosenBadge | None = None) -> PreparedCohort:
        """The mapping, corrections and consent decisions as a prepared cohort (see :meth:`save`)."""
        cohort = self._require_cohort()
        prepared = _PreparedWithOperators.from_cohort(cohort, badge=badge or self.badge)
        prepared.date_order = self.date_order
        prepared.fixes = {row: Fix(row, dict(f.values), dict(f.original)) for row, f in self._fixes.items()}
        at = self.clock()
        for learner in cohort.learners:
            choice = self._consent.get(learner.row)
            if choice is not None:
                source = OPERATOR_STATEMENT if choice.kind == OPERATOR_STATEMENT else OPERATOR_TICKED
                prepared.consent[learner.row] = ConsentDecision(
                    learner.row, choice.consent, source, choice.at, choice.key
                )
                prepared.operators[learner.row] = {"operator": choice.operator, "bulk": choice.bulk}
            elif "consent" in self._mapping:
                prepared.consent[learner.row] = ConsentDecision(
                    learner.row, bool(learner.consent), "column", at, self._source_key(learner)
                )
        return prepared

    def save(self, path: str | Path, badge: ChosenBadge | None = None) -> Path:
        """Write the prepared cohort (``.badgedesk-cohort.json`` is added when the name has no .json)."""
        saved = save_prepared(path, self.to_prepared(badge))
        self.prepared_path = saved
        return saved


__all__ = [
    "FIXABLE",
    "OPERATOR_STATEMENT",
    "OPERATOR_TICKED",
    "CohortDraft",
    "ConsentChoice",
    "DraftRow",
]
