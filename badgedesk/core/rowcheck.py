"""One learner from one row: :class:`Learner` and the checks that build it, with its problems.

Part of :mod:`badgedesk.core.validate` (which re-exports these names); never imports Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from badgedesk.core import dateorder
from badgedesk.core.cells import (
    _DMY_DATE,
    EVIDENCE_TEXT_LIMIT,
    _show,
    clean_email,
    collapse_spaces,
    is_ambiguous_date,
    is_valid_email,
    is_valid_url,
    parse_consent,
    parse_issue_date,
    parse_score,
    split_full_name,
    strip_controls,
)
from badgedesk.core.mapping import column_letter
from badgedesk.core.messages import Problem
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity

if TYPE_CHECKING:  # cohort imports this module at run time; avoid the cycle
    from badgedesk.core.cohort import Table


# --------------------------------------------------------------------------- learners and cohort


@dataclass(slots=True)  # 100,000 of them: no __dict__ each
class Learner:
    row: int  # source row number (1-based, as the user sees it in Excel)
    first_name: str
    last_name: str
    email: str  # as cleaned (stripped, no mailto:/<>)
    recipient_key: str  # the platform's key: the normalised email, or the file's recipient ID
    consent: bool | None  # None when no consent column is mapped
    consent_raw: str
    score: int | None
    evidence_text: str
    evidence_url: str
    issue_date: str  # ISO YYYY-MM-DD or ''
    status: str  # "valid" | "skipped_invalid" | "skipped_duplicate"
    problems: list[Problem] = field(default_factory=list)
    external_id: str = ""  # the file's recipient ID, if it has one
    expires: str = ""  # ISO YYYY-MM-DD or ''
    note: str = ""
    locale: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class _RowChecker:
    """Builds one Learner from one row; collects its problems."""

    def __init__(
        self,
        table: Table,
        mapping: dict[str, int],
        today: dt.date,
        identity: Identity = EMAIL_IDENTITY,
        names_required: bool = True,
    ) -> None:
        self.identity = identity
        self.names_required = names_required
        self.headers = table.headers
        self.file = table.path.name
        self.mapping = mapping
        self.today = today
        # Per mapping, not per row: where a missing name is reported, and whether any name is mapped.
        self.name_col = {n: n if n in mapping else "full_name" for n in ("first_name", "last_name")}
        self.names_mapped = any(n in mapping for n in ("first_name", "last_name", "full_name"))
        # Where names are optional, a missing one is a problem only if a column holds it (a list with
        # just a First name column is fine; one with first and last names needs both on every row).
        self.name_has_column = {
            n: n in mapping or "full_name" in mapping for n in ("first_name", "last_name")
        }
        self.orders: dict[str, str | None] = {}  # date field -> its order; None while a choice is needed

    def column(self, fld: str) -> str:
        index = self.mapping[fld]
        return collapse_spaces(self.headers[index]) or f"column {column_letter(index)}"

    def cell(self, cells: list[str], fld: str) -> str:
        index = self.mapping.get(fld)
        return strip_controls(cells[index]) if index is not None and index < len(cells) else ""

    def problem(self, code: str, row: int, fld: str, value: str, text: str) -> Problem:
        column = self.column(fld)
        return Problem(
            code,
            f"{self.file}, row {row}, column '{column}': {text}",
            {"file": self.file, "row": row, "column": column, "value": value},
        )

    def order_unknown(self, value: str, fld: str) -> bool:
        return fld in self.orders and self.orders[fld] is None and is_ambiguous_date(value)

    def parse_date(self, value: str, fld: str, today: dt.date) -> tuple[str, str]:
        order = self.orders.get(fld)
        if order is None and _DMY_DATE.fullmatch(value.strip()):
            # No order known (none needed, or the column shows both): a value that is not ambiguous
            # has one reading only.
            for candidate in dateorder.ORDERS:
                parsed, reason = parse_issue_date(value, today, candidate)
                if not reason:
                    return parsed, ""
        return parse_issue_date(value, today, order or "dmy")

    def order_needed(self, row: int, fld: str, value: str) -> Problem:
        readings = " or ".join(
            f"{dateorder.ORDER_NAMES[o]} ({dateorder.reading(value, o)})" for o in dateorder.ORDERS
        )
        return self.problem(
            "date_order_needed",
            row,
            fld,
            value,
            f"'{_show(value)}' could be {readings}. Choose the column's date order; "
            "until then this row gets no badge.",
        )

    def learner(self, row: int, cells: list[str]) -> Learner:
        problems: list[Problem] = []
        add = problems.append
        first, last = (
            collapse_spaces(self.cell(cells, "first_name")),
            collapse_spaces(self.cell(cells, "last_name")),
        )
        full = collapse_spaces(self.cell(cells, "full_name"))
        if full and not (first and last):
            split_first, split_last = split_full_name(full)
            first, last = first or split_first, last or split_last
        name_col, names_mapped = self.name_col, self.names_mapped
        has_column = self.name_has_column
        if not first and (self.names_required or (names_mapped and last and has_column["first_name"])):
            add(
                self.problem(
                    "first_name_missing",
                    row,
                    name_col["first_name"],
                    first,
                    "the first name is missing. Add it in the spreadsheet and open it again.",
                )
            )
        if not last and (self.names_required or (names_mapped and first and has_column["last_name"])):
            if full and name_col["last_name"] == "full_name":
                text = f"'{_show(full)}' has no last name. Enter the learner's full name and open it again."
            else:
                text = "the last name is missing. Add it in the spreadsheet and open it again."
            add(self.problem("last_name_missing", row, name_col["last_name"], full or last, text))

        for fld, value in (("first_name", first), ("last_name", last)):
            if value and not (value[0].isalpha() or any(c.isalpha() for c in value)):
                add(
                    self.problem(
                        "name_invalid",
                        row,
                        name_col[fld],
                        value,
                        f"'{_show(value)}' is not a name (it has no letters; a date or number "
                        "in a name column?). Correct it in the spreadsheet and open it again.",
                    )
                )

        raw_email = self.cell(cells, "email")
        email = clean_email(raw_email)
        external_id = collapse_spaces(self.cell(cells, "recipient_id"))
        if not self.identity.uses_email and not external_id:
            add(
                self.problem(
                    "recipient_id_missing",
                    row,
                    "recipient_id",
                    external_id,
                    f"the {self.identity.label} is missing. Add it in the spreadsheet and open it again.",
                )
            )
        if not email and not self.identity.uses_email:
            pass  # the platform keys on the recipient ID: an email is optional
        elif not email:
            add(
                self.problem(
                    "email_missing",
                    row,
                    "email",
                    raw_email,
                    "the email address is missing. Add it in the spreadsheet and open it again.",
                )
            )
        elif not is_valid_email(email):
            add(
                self.problem(
                    "email_invalid",
                    row,
                    "email",
                    raw_email,
                    f"'{_show(raw_email)}' is not a valid email address. "
                    "Correct it in the spreadsheet and open it again.",
                )
            )

        consent_raw = self.cell(cells, "consent")
        consent = parse_consent(consent_raw) if "consent" in self.mapping else None

        score = None
        raw_score = self.cell(cells, "score")
        if raw_score:
            score = parse_score(raw_score)
            if score is None:
                add(
                    self.problem(
                        "score_invalid",
                        row,
                        "score",
                        raw_score,
                        f"'{_show(raw_score)}' is not a whole number from 0 to 100. "
                        "Correct it in the spreadsheet and open it again.",
                    )
                )

        issue_date = ""
        raw_date = self.cell(cells, "issue_date")
        if raw_date and self.order_unknown(raw_date, "issue_date"):
            add(self.order_needed(row, "issue_date", raw_date))
        elif raw_date:
            issue_date, reason = self.parse_date(raw_date, "issue_date", self.today)
            if reason:
                add(
                    self.problem(
                        "issue_date_invalid",
                        row,
                        "issue_date",
                        raw_date,
                        f"'{_show(raw_date)}' {reason}. Correct it in the spreadsheet and open it again.",
                    )
                )

        evidence_url = self.cell(cells, "evidence_url")
        if evidence_url and not is_valid_url(evidence_url):
            add(
                self.problem(
                    "evidence_url_invalid",
                    row,
                    "evidence_url",
                    evidence_url,
                    f"'{_show(evidence_url)}' is not a web address starting with http:// or https://. "
                    "Correct it in the spreadsheet and open it again.",
                )
            )
        evidence_text = self.cell(cells, "evidence_text")
        if len(evidence_text) > EVIDENCE_TEXT_LIMIT:
            add(
                self.problem(
                    "evidence_text_too_long",
                    row,
                    "evidence_text",
                    _show(evidence_text),
                    f"the evidence text is {len(evidence_text)} characters long; the limit is "
                    f"{EVIDENCE_TEXT_LIMIT}. Shorten it in the spreadsheet and open it again.",
                )
            )

        expires = ""
        raw_expires = self.cell(cells, "expires")
        if raw_expires and self.order_unknown(raw_expires, "expires"):
            add(self.order_needed(row, "expires", raw_expires))
        elif raw_expires:
            expires, reason = self.parse_date(
                raw_expires, "expires", self.today.replace(year=self.today.year + 98)
            )
            if not reason and expires < self.today.isoformat():
                expires, reason = "", "is in the past"
            if reason:
                add(
                    self.problem(
                        "expires_invalid",
                        row,
                        "expires",
                        raw_expires,
                        f"'{_show(raw_expires)}' as an expiry date {reason}. "
                        "Correct it in the spreadsheet and open it again.",
                    )
                )

        return Learner(
            row=row,
            first_name=first,
            last_name=last,
            email=email,
            recipient_key=self.identity.key(email, external_id),
            external_id=external_id,
            expires=expires,
            note=collapse_spaces(self.cell(cells, "note")),
            locale=collapse_spaces(self.cell(cells, "locale")),
            consent=consent,
            consent_raw=consent_raw,
            score=score,
            evidence_text=evidence_text,
            evidence_url=evidence_url,
            issue_date=issue_date,
            status="skipped_invalid" if problems else "valid",
            problems=problems,
        )
