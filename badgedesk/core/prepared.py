"""Save a prepared cohort and reopen it later, offline: ``<name>.badgedesk-cohort.json``.

What is kept: the learner list's path, sha256, sheet and header row; the column mapping
(field -> header text); each learner's consent decision (by source row number, with where it
came from and when); inline fixes to names and email addresses; and the chosen badge.
The learner list itself is never modified: :meth:`PreparedCohort.reopen` reads it again,
applies the fixes to an in-memory copy, re-checks every row and reports what no longer fits.

A decision or fix remembers the learner it was made for (the email address as the file had it),
so after the file has changed it is re-applied only where the same row still holds the same
learner; everything else is listed as a problem.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from badgedesk.core import dateorder
from badgedesk.core.cohort import Table, read_table
from badgedesk.core.export import write_json
from badgedesk.core.messages import InputError, Problem
from badgedesk.core.rows import Patch
from badgedesk.core.validate import FIELDS, Cohort, Learner, build_cohort, normalise_header, resolve_mapping
from badgedesk.platforms.base import EMAIL_IDENTITY

FORMAT = "badgedesk-cohort"
VERSION = 1
SUFFIX = ".badgedesk-cohort.json"
CONSENT_SOURCES = {
    "column": "the consent column",
    "operator_statement": "the operator's statement that every learner consented",
    "operator_ticked": "ticked by the operator",
}
FIXABLE = ("first_name", "last_name", "email")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _key(email: str) -> str:
    return EMAIL_IDENTITY.normalise(email)


@dataclass
class ConsentDecision:
    """A learner's consent, by source row. ``key`` is the learner's email (lower-case) as the file had it."""

    row: int
    consent: bool
    source: str  # one of CONSENT_SOURCES
    at: str  # ISO-8601, UTC
    key: str = ""


@dataclass
class Fix:
    """Corrections for one row (``values``: field -> new text) and the values the file had (``original``)."""

    row: int
    values: dict[str, str]
    original: dict[str, str] = field(default_factory=dict)


@dataclass
class ChosenBadge:
    platform: str
    environment: str
    provider_id: str | None
    badge_id: str
    name: str = ""


@dataclass
class Reopened:
    """A prepared cohort read again: the re-checked cohort (fixes applied) and what did not fit."""

    cohort: Cohort
    table: Table  # the learner list as read, without fixes
    path: Path  # where the learner list was read from
    changed: bool  # its sha256 differs from the one saved
    problems: list[Problem]
    consent: dict[int, ConsentDecision]  # the decisions that were applied, by row
    badge: ChosenBadge | None


def resolve_saved_mapping(headers: list[str], saved: dict[str, str], file_name: str) -> dict[str, int]:
    """The saved column choices applied to the file as it is now; a vanished column is a clear error."""
    try:
        return resolve_mapping(headers, {fld: saved.get(fld, "") for fld in FIELDS})
    except InputError as err:
        if err.code != "unknown_column":
            raise
        fld, column = err.params.get("field"), err.params.get("column")
        raise InputError(
            "prepared_column_missing",
            f"{file_name} no longer has the column '{column}' that was chosen for {fld}. "
            "Open the learner list as a new cohort and choose its columns again.",
            field=fld,
            column=column,
            file=file_name,
        ) from None


@dataclass
class PreparedCohort:
    source_path: str
    source_sha256: str
    sheet: str | None
    header_row: int
    mapping: dict[str, str]  # field -> header text (or the 1-based column number for an unnamed column)
    consent: dict[int, ConsentDecision] = field(default_factory=dict)
    fixes: dict[int, Fix] = field(default_factory=dict)
    badge: ChosenBadge | None = None
    saved_at: str = ""
    date_order: str | None = None  # "dmy"/"mdy" where the trainer chose how ambiguous dates read
    loaded_from: Path | None = field(default=None, compare=False, repr=False)

    # ----------------------------------------------------------------- building

    @classmethod
    def from_cohort(cls, cohort: Cohort, badge: ChosenBadge | None = None) -> PreparedCohort:
        table = cohort.table
        compact = [normalise_header(h).replace(" ", "") for h in table.headers]
        mapping = {}
        for fld, index in cohort.mapping.items():
            text = table.headers[index]
            unique = compact[index] and compact.count(compact[index]) == 1
            mapping[fld] = text if unique and not text.strip().isdigit() else str(index + 1)
        return cls(
            source_path=str(Path(table.path).resolve()),
            source_sha256=table.sha256,
            sheet=table.sheet,
            header_row=table.header_row,
            mapping=mapping,
            badge=badge,
        )

    def _source_key(self, learner: Learner) -> str:
        fix = self.fixes.get(learner.row)
        if fix and "email" in fix.original:
            return _key(fix.original["email"])
        return _key(learner.email)

    def decide(self, learner: Learner, consent: bool, source: str, at: str | None = None) -> ConsentDecision:
        """Record ``learner``'s consent (``source``: column, operator_statement or operator_ticked)."""
        if source not in CONSENT_SOURCES:
            raise ValueError(f"unknown consent source {source!r}")
        decision = ConsentDecision(
            learner.row, bool(consent), source, at or _now(), self._source_key(learner)
        )
        self.consent[learner.row] = decision
        return decision

    def fix(self, learner: Learner, **values: str) -> Fix:
        """Record corrections (first_name, last_name, email) for ``learner``'s row."""
        unknown = set(values) - set(FIXABLE)
        if unknown:
            raise ValueError(f"only {', '.join(FIXABLE)} can be fixed, not {', '.join(sorted(unknown))}")
        current = self.fixes.get(learner.row)
        original = dict(current.original) if current else {}
        for name in values:
            original.setdefault(name, getattr(learner, name))
        merged = {**(current.values if current else {}), **{k: str(v) for k, v in values.items()}}
        self.fixes[learner.row] = Fix(learner.row, merged, original)
        return self.fixes[learner.row]

    # ----------------------------------------------------------------- JSON

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "saved_at": self.saved_at,
            "source": {
                "path": self.source_path,
                "sha256": self.source_sha256,
                "sheet": self.sheet,
                "header_row": self.header_row,
            },
            "mapping": dict(self.mapping),
            "consent": [vars(d) for d in sorted(self.consent.values(), key=lambda d: d.row)],
            "fixes": [vars(f) for f in sorted(self.fixes.values(), key=lambda f: f.row)],
            "badge": vars(self.badge) if self.badge else None,
            "date_order": self.date_order,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PreparedCohort:
        source = data["source"]
        consent = [ConsentDecision(**item) for item in data.get("consent") or []]
        fixes = [Fix(**item) for item in data.get("fixes") or []]
        if any(d.source not in CONSENT_SOURCES for d in consent):
            raise ValueError("unknown consent source")
        if any(not isinstance(f.values, dict) or set(f.values) - set(FIXABLE) for f in fixes):
            raise ValueError("a fix changes something other than names and email")
        mapping = data["mapping"]
        if not isinstance(mapping, dict) or set(mapping) - set(FIELDS):
            raise ValueError("unknown field in the mapping")
        date_order = data.get("date_order")
        if date_order not in (None, *dateorder.ORDERS):
            raise ValueError("unknown date order")
        return cls(
            source_path=str(source["path"]),
            source_sha256=str(source["sha256"]),
            sheet=source.get("sheet"),
            header_row=int(source.get("header_row") or 0),
            mapping={str(k): str(v) for k, v in mapping.items()},
            consent={int(d.row): d for d in consent},
            fixes={int(f.row): f for f in fixes},
            badge=ChosenBadge(**data["badge"]) if data.get("badge") else None,
            saved_at=str(data.get("saved_at") or ""),
            date_order=date_order,
        )

    # ----------------------------------------------------------------- reopening

    def _locate(self, locate: str | Path | None) -> Path:
        if locate is not None:
            path = Path(locate)
            if not path.is_file():
                raise InputError(
                    "source_not_found",
                    f"{path.name} was not found. Choose the learner list file again.",
                    path=str(path),
                )
            return path
        path = Path(self.source_path)
        if path.is_file():
            return path
        if self.loaded_from is not None:
            beside = self.loaded_from.parent / path.name  # moved together with the prepared cohort
            if beside.is_file() and _sha256(beside) == self.source_sha256:
                return beside
        raise InputError(
            "source_moved",
            f"The learner list {path.name} is no longer in {path.parent}. "
            "Locate the file (it may have been moved or renamed) to reopen this prepared cohort.",
            path=str(path),
            name=path.name,
        )

    def reopen(self, locate: str | Path | None = None, today: dt.date | None = None) -> Reopened:
        """Read the learner list again (from ``locate`` if given) and re-apply fixes and consent."""
        path = self._locate(locate)
        table = read_table(path, sheet=self.sheet)
        problems: list[Problem] = []
        changed = table.sha256 != self.source_sha256
        if changed:
            problems.append(
                Problem(
                    "source_changed",
                    f"{path.name} has changed since this cohort was prepared; fixes and consent were kept "
                    "only for rows that still hold the same learner. Check the learners again before issuing.",
                    {"file": path.name, "saved_at": self.saved_at},
                )
            )
        overrides = {fld: self.mapping.get(fld, "") for fld in FIELDS}
        mapping = resolve_saved_mapping(table.headers, self.mapping, path.name)
        as_read = build_cohort(table, overrides, today, date_order=self.date_order)
        by_row = {learner.row: learner for learner in as_read.learners}
        patched = _Patcher(table, mapping)
        for fix in sorted(self.fixes.values(), key=lambda f: f.row):
            problem = patched.apply(fix, by_row.get(fix.row))
            if problem:
                problems.append(problem)
        cohort = build_cohort(patched.table(), overrides, today, date_order=self.date_order)
        applied = self._apply_consent(cohort, by_row, problems)
        return Reopened(cohort, table, path, changed, problems, applied, self.badge)

    def _apply_consent(
        self, cohort: Cohort, as_read: dict[int, Learner], problems: list[Problem]
    ) -> dict[int, ConsentDecision]:
        learners = {learner.row: learner for learner in cohort.learners}
        applied: dict[int, ConsentDecision] = {}
        for decision in sorted(self.consent.values(), key=lambda d: d.row):
            learner, before = learners.get(decision.row), as_read.get(decision.row)
            if learner is None or before is None:
                problems.append(
                    _row_problem(
                        "consent_row_missing",
                        decision.row,
                        "consent was recorded for this row, but it holds no learner now. "
                        "Record consent again for the learners who moved.",
                    )
                )
                continue
            if decision.key and _key(before.email) != decision.key:
                problems.append(
                    _row_problem(
                        "consent_row_changed",
                        decision.row,
                        f"consent was recorded for {decision.key}, but the row now holds "
                        f"{before.email or 'no email'}. Record this learner's consent again.",
                    )
                )
                continue
            if decision.source == "column":
                if learner.consent is not None and learner.consent != decision.consent:
                    problems.append(
                        _row_problem(
                            "consent_changed",
                            decision.row,
                            f"the consent column now says '{learner.consent_raw or '(empty)'}'; "
                            "the file's answer is used. Check it with the learner if that is wrong.",
                        )
                    )
                    continue
            else:
                learner.consent = decision.consent
            applied[decision.row] = decision
        return applied


def _row_problem(code: str, row: int, text: str) -> Problem:
    return Problem(code, f"Row {row}: {text}", {"row": row})


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


class _Patcher:
    """Writes fixes into a copy of a table's cells, so build_cohort re-checks the fixed rows."""

    def __init__(self, table: Table, mapping: dict[str, int]) -> None:
        self._source = table
        self._mapping = mapping
        self._patch = Patch(table.rows)

    def _set(self, row: int, fld: str, value: str) -> None:
        self._patch.set(row, self._mapping[fld], value)

    def apply(self, fix: Fix, learner: Learner | None) -> Problem | None:
        if learner is None or fix.row not in self._patch:
            return _row_problem(
                "fix_row_missing",
                fix.row,
                "a correction was saved for this row, but it holds no learner now. Correct the learner again.",
            )
        current = {name: getattr(learner, name) for name in FIXABLE}
        stale = [name for name, value in fix.original.items() if current.get(name) != value]
        if stale:
            return _row_problem(
                "fix_stale",
                fix.row,
                f"the row changed since it was corrected ({', '.join(stale)}), so the correction was not applied. "
                "Check the learner and correct it again if needed.",
            )
        for name in ("email", "first_name", "last_name"):
            if name in fix.values and name in self._mapping:
                self._set(fix.row, name, fix.values[name])
        names = {
            n: fix.values[n]
            for n in ("first_name", "last_name")
            if n in fix.values and n not in self._mapping
        }
        if names and "full_name" in self._mapping:
            first = names.get("first_name", learner.first_name)
            last = names.get("last_name", learner.last_name)
            if "," in first or "," in last:
                return _row_problem(
                    "fix_not_applied",
                    fix.row,
                    "the corrected name contains a comma, which the full-name column cannot hold. "
                    "Correct the name in the spreadsheet instead.",
                )
            self._set(fix.row, "full_name", f"{last}, {first}")  # split_full_name reads 'Last, First' exactly
        return None

    def table(self) -> Table:
        return replace(self._source, rows=self._patch.rows())


# --------------------------------------------------------------------------- files


def save_prepared(path: str | Path, prepared: PreparedCohort) -> Path:
    """Write ``prepared`` to ``path`` (``.badgedesk-cohort.json`` is added when it has no .json ending)."""
    path = Path(path)
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + SUFFIX)
    if path.exists() and path.resolve() == Path(prepared.source_path).resolve():
        raise InputError(
            "prepared_onto_source",
            f"'{path.name}' is the learner list itself; save the prepared cohort under another name.",
            file=str(path),
        )
    prepared.saved_at = _now()
    try:
        write_json(path, prepared.to_dict())
    except OSError as exc:
        raise InputError(
            "prepared_unwritable",
            f"Cannot save '{path.name}' ({exc.strerror or exc}). Close it in other programs or choose "
            "another folder, then save again.",
            file=str(path),
        ) from None
    prepared.loaded_from = path
    return path


def load_prepared(path: str | Path) -> PreparedCohort:
    """Read a prepared cohort saved by :func:`save_prepared`. Raises InputError only."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            "prepared_not_found",
            f"{path.name} was not found. Check the file name and folder.",
            file=str(path),
        ) from None
    except OSError as exc:
        raise InputError(
            "prepared_unreadable",
            f"{path.name} cannot be read ({exc.strerror or exc}). Check the file and try again.",
            file=str(path),
        ) from None
    except ValueError:
        raise _damaged(path, "it is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _damaged(path, "it is not a BadgeDesk prepared cohort")
    version = data.get("version")
    if isinstance(version, int) and version > VERSION:
        raise InputError(
            "prepared_newer",
            f"{path.name} was saved by a newer BadgeDesk. Update BadgeDesk to open it.",
            file=str(path),
            version=version,
        )
    try:
        prepared = PreparedCohort.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _damaged(path, f"{type(exc).__name__}: {str(exc)[:80]}") from None
    prepared.loaded_from = path
    return prepared


def _damaged(path: Path, reason: str) -> InputError:
    return InputError(
        "prepared_damaged",
        f"{path.name} cannot be opened as a prepared cohort ({reason}). "
        "Open the learner list itself and prepare the cohort again.",
        file=str(path),
        reason=reason,
    )
