"""Map a table's columns to learner fields and check every learner row.

Pure functions over :class:`~badgedesk.core.cohort.Table`; never imports Qt. Problems the user can
fix in the spreadsheet are returned as :class:`~badgedesk.core.messages.Problem` (per row) or raised
as :class:`~badgedesk.core.messages.InputError` (whole file).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from badgedesk.core import dateorder
from badgedesk.core.colcheck import check_rows
from badgedesk.core.messages import InputError, Problem
from badgedesk.core.rows import Rows
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity

if TYPE_CHECKING:  # cohort imports this module at run time; avoid the cycle
    from badgedesk.core.cohort import Table


from badgedesk.core.cells import *  # noqa: F403 (re-exported: validate's names, see cells.__all__)
from badgedesk.core.cells import _show, collapse_spaces  # noqa: F401
from badgedesk.core.mapping import (  # noqa: F401 (re-exported: validate's names)
    FIELDS,
    HEADER_ALIASES,
    _column_list,
    auto_map,
    column_letter,
    explain_map,
    normalise_header,
    resolve_mapping,
)
from badgedesk.core.rowcheck import (  # noqa: F401 (re-exported: validate's names)
    Learner,
    _RowChecker,
)

STATUSES = ("valid", "skipped_invalid", "skipped_duplicate")


@dataclass
class Cohort:
    table: Table
    mapping: dict[str, int]
    learners: Sequence[Learner]  # a Learners (core/learners.py): made when first asked for
    problems: list[Problem] = field(default_factory=list)  # file-level notes
    identity: Identity = EMAIL_IDENTITY
    # field -> how its column was found: see explain_map(); "chosen" when the user chose it
    mapped_by: dict[str, str] = field(default_factory=dict)
    date_columns: list[dateorder.DateColumn] = field(default_factory=list)  # columns with ambiguous dates

    @property
    def needs_date_order(self) -> bool:
        """Some date column holds dates that could be read either way and no order is chosen."""
        return any(col.needs_choice for col in self.date_columns)

    @property
    def consent_header(self) -> str | None:
        """The header of the column taken as consent (to show which one was taken), or None."""
        index = self.mapping.get("consent")
        return self.table.headers[index] if index is not None else None

    @property
    def valid(self) -> list[Learner]:
        return [learner for learner in self.learners if learner.status == "valid"]

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for learner in self.learners:
            counts[learner.status] = counts.get(learner.status, 0) + 1
        return counts


def _where(table: Table) -> str:
    if table.sheet is not None:
        return f"{table.path.name} (sheet '{table.sheet}', header row {table.header_row})"
    return f"{table.path.name} (header row {table.header_row})"


def build_cohort(
    table: Table,
    overrides: dict[str, str] | None = None,
    today: dt.date | None = None,
    *,
    identity: Identity = EMAIL_IDENTITY,
    names_required: bool = True,
    date_order: str | None = None,
) -> Cohort:
    """Map the table's columns and check every learner row.

    ``date_order`` ("dmy" or "mdy") is how slash dates that could be read either way are read; without
    it a date column whose own values do not show the order is listed in :attr:`Cohort.date_columns`
    as needing a choice (a ``date_order_needed`` note), and its ambiguous dates are not used.

    ``identity`` is the platform's key for a learner: an email column is required only where the
    platform keys on email; otherwise the recipient ID column is (and names only if ``names_required``).
    """
    if date_order not in (None, *dateorder.ORDERS):
        raise InputError(
            "date_order_invalid", f"'{date_order}' is not a date order: use dmy or mdy.", order=date_order
        )
    mapping = resolve_mapping(table.headers, overrides)
    auto, found_by = explain_map(table.headers)
    how = {f: found_by[f] if auto.get(f) == i else "chosen" for f, i in mapping.items()}
    where = _where(table)
    columns = _column_list(table.headers)
    if not identity.uses_email and identity.field not in mapping:
        raise InputError(
            "no_recipient_id_column",
            f"No column for the {identity.label} was found in {where}. Found columns: {columns}. "
            f"Name the column '{identity.label}' or choose it with --map {identity.field}=<column>.",
            file=table.path.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns=[h for h in table.headers if h],
        )
    if identity.uses_email and "email" not in mapping:
        raise InputError(
            "no_email_column",
            f"No column for email addresses was found in {where}. Found columns: {columns}. "
            "Rename the column to 'Email' or choose it with --map email=<column>.",
            file=table.path.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns=[h for h in table.headers if h],
        )
    if names_required and not ({"first_name", "last_name"} <= mapping.keys() or "full_name" in mapping):
        raise InputError(
            "no_name_columns",
            f"No columns for learners' names were found in {where}. Found columns: {columns}. "
            "Name them 'First name' and 'Last name' (or 'Full name'), or choose them with "
            "--map first_name=<column> --map last_name=<column>.",
            file=table.path.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns=[h for h in table.headers if h],
        )
    checker = _RowChecker(table, mapping, today or dt.date.today(), identity, names_required)
    date_columns: list[dateorder.DateColumn] = []
    for fld in ("issue_date", "expires"):
        if fld in mapping:
            index = mapping[fld]
            rows = table.rows
            if isinstance(rows, Rows):
                values: Iterable[str] = rows.column(index)
            else:
                values = (cells[index] for _, cells in rows if index < len(cells))
            surveyed = dateorder.survey(fld, index, checker.column(fld), values, date_order)
            if surveyed is not None:
                date_columns.append(surveyed)
                checker.orders[fld] = surveyed.order
    learners = check_rows(checker, table.rows)
    keys = learners.valid_keys()  # from the checked columns: no learner is made for this
    if len(set(keys)) != len(keys):
        _mark_duplicates(checker, learners, identity)
    if not learners:
        raise InputError(
            "empty",
            f"{where} has a header row but no learners below it. "
            "Add one learner per row under the header, save, and open it again.",
            file=table.path.name,
            sheet=table.sheet,
        )
    notes: list[Problem] = []
    if "consent" not in mapping:
        notes.append(
            Problem(
                "no_consent_column",
                f"{table.path.name} has no consent column, so no learner's consent is recorded. "
                "Add a 'Consent' column (yes/no) if badges need the learner's agreement.",
                {"file": table.path.name},
            )
        )
    notes.extend(_date_notes(table.path.name, date_columns))
    notes.extend(_mapping_notes(table, mapping, how))
    return Cohort(
        table=table,
        mapping=mapping,
        learners=learners,
        problems=notes,
        identity=identity,
        mapped_by=how,
        date_columns=date_columns,
    )


def _mark_duplicates(checker: _RowChecker, learners: Sequence[Learner], identity: Identity) -> None:
    """Every valid learner whose key an earlier valid learner has becomes a duplicate of that row."""
    first_row_of: dict[str, int] = {}
    for learner in learners:
        row = learner.row
        if learner.status == "valid":
            first = first_row_of.get(learner.recipient_key)
            if first is None:
                first_row_of[learner.recipient_key] = row
            else:
                learner.status = "skipped_duplicate"
                key_field = "email" if identity.uses_email else identity.field
                what = "email address" if identity.uses_email else identity.label
                shown = learner.email if identity.uses_email else learner.external_id
                learner.problems = [  # a list of its own: learners without problems share one
                    *learner.problems,
                    Problem(
                        "duplicate",
                        f"{checker.file}, row {row}, column '{checker.column(key_field)}': "
                        f"'{_show(shown)}' repeats the "
                        f"{what} of row {first}; only row {first} will get a badge. "
                        "Remove the duplicate row if that is wrong.",
                        {
                            "row": row,
                            "column": checker.column(key_field),
                            "value": shown,
                            "first_row": first,
                        },
                    ),
                ]


def _date_notes(file: str, columns: list[dateorder.DateColumn]) -> list[Problem]:
    notes = []
    for col in columns:
        params = {
            "file": file,
            "field": col.field,
            "column": col.column,
            "count": col.ambiguous,
            "example": col.example,
            "readings": dict(col.readings),
            "choices": list(dateorder.ORDERS),
        }
        if col.needs_choice:
            notes.append(
                Problem(
                    "date_order_needed",
                    f"{file}, column '{col.column}': {col.ambiguous} date(s) such as {col.example} could be "
                    f"day/month/year ({col.readings['dmy']}) or month/day/year ({col.readings['mdy']}). "
                    "Choose day-first or month-first (--date-order dmy or mdy); until then those rows get "
                    "no badge.",
                    params,
                )
            )
        elif not col.chosen:
            notes.append(
                Problem(
                    "date_order_shown",
                    f"{file}, column '{col.column}': dates such as {col.example} were read as "
                    f"{dateorder.ORDER_NAMES[col.order or 'dmy']}, as {col.shown_by} in the same column shows. "
                    "Choose the other order if that is wrong.",
                    params | {"order": col.order, "shown_by": col.shown_by},
                )
            )
    return notes


def _mapping_notes(table: Table, mapping: dict[str, int], how: dict[str, str]) -> list[Problem]:
    """Say which header was taken where it was not a plain column name."""
    file, notes = table.path.name, []
    if how.get("consent") == "question":
        header = collapse_spaces(table.headers[mapping["consent"]])
        notes.append(
            Problem(
                "consent_column_from_question",
                f"{file}: the answers to '{_show(header, 80)}' (column {column_letter(mapping['consent'])}) "
                "are taken as the learners' consent. Choose another consent column if that is wrong.",
                {"file": file, "column": header, "letter": column_letter(mapping["consent"])},
            )
        )
    if how.get("email") == "buyer":
        header = collapse_spaces(table.headers[mapping["email"]])
        notes.append(
            Problem(
                "buyer_email_used",
                f"{file}: the only email column is '{header}', the buyer's; badges go to those addresses. "
                "Add the attendees' own emails if the buyer is not the learner.",
                {"file": file, "column": header, "letter": column_letter(mapping["email"])},
            )
        )
    return notes
