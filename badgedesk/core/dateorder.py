"""Day-first or month-first: slash dates such as 03/04/2025 are never silently guessed.

A column of dates is surveyed once. A value whose first number is over 12 (25/12/2025) shows the
column is day-first; one whose second number is over 12 (12/25/2025) shows it is month-first. A column
whose values could all be read either way needs the user's choice (``"dmy"`` or ``"mdy"``); until it is
made, its ambiguous dates are not used. Dotted dates (03.04.2025) are day-first everywhere they are
written. Pure functions; never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

ORDERS = ("dmy", "mdy")
ORDER_NAMES = {"dmy": "day/month/year", "mdy": "month/day/year"}

SLASH_DATE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ][\d:.]+)?")


@dataclass(frozen=True)
class DateColumn:
    """What a date column's values say about their order (plain data for the GUI and the CLI).

    ``order`` is the order its dates are read in: the user's choice, or what the column itself shows
    (``shown_by`` is then the value that shows it); None while a choice is needed. ``ambiguous``
    counts the values that could be read either way; ``example`` is the first of them, and
    ``readings`` what it means in each order ({"dmy": "2025-04-03", "mdy": "2025-03-04"}).
    """

    field: str  # "issue_date" or "expires"
    index: int  # 0-based column index
    column: str  # the header (or "column C")
    ambiguous: int
    example: str
    readings: dict[str, str]
    order: str | None
    shown_by: str = ""
    chosen: bool = False  # the order is the user's choice, not what the column shows

    @property
    def needs_choice(self) -> bool:
        return self.order is None


def _parts(value: str) -> tuple[int, int, int] | None:
    match = SLASH_DATE.fullmatch(value.strip())
    if not match or match.group(2) == ".":
        return None
    year = int(match.group(4))
    return int(match.group(1)), int(match.group(3)), year + 2000 if year < 100 else year


def split(value: str, order: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a slash or dash date read in ``order``; dotted dates are day-first."""
    match = SLASH_DATE.fullmatch(value.strip())
    if not match:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    year = int(match.group(4))
    year = year + 2000 if year < 100 else year
    if order == "mdy" and match.group(2) != ".":
        return year, first, second
    return year, second, first


def is_ambiguous(value: str) -> bool:
    """'03/04/2026' could be 3 April or March 4; '04/04/2026' and dotted dates cannot."""
    parts = _parts(value)
    return bool(parts and parts[0] <= 12 and parts[1] <= 12 and parts[0] != parts[1])


def reading(value: str, order: str) -> str:
    try:
        return dt.date(*split(value, order)).isoformat()  # type: ignore[misc]
    except (TypeError, ValueError):
        return ""


def survey(fld: str, index: int, column: str, values: Iterable[str], chosen: str | None) -> DateColumn | None:
    """The column's DateColumn when it holds ambiguous dates, else None (nothing to choose)."""
    ambiguous, example, shown = 0, "", {"dmy": "", "mdy": ""}
    for value in values:
        parts = _parts(value)
        if parts is None:
            continue
        first, second, _ = parts
        if first > 12 and second <= 12 and not shown["dmy"]:
            shown["dmy"] = value.strip()
        elif second > 12 and first <= 12 and not shown["mdy"]:
            shown["mdy"] = value.strip()
        elif is_ambiguous(value):
            ambiguous += 1
            example = example or value.strip()
    if not ambiguous:
        return None
    readings = {order: reading(example, order) for order in ORDERS}
    if chosen in ORDERS:
        return DateColumn(fld, index, column, ambiguous, example, readings, chosen, chosen=True)
    if bool(shown["dmy"]) != bool(shown["mdy"]):  # the column shows one order and only one
        order = "dmy" if shown["dmy"] else "mdy"
        return DateColumn(fld, index, column, ambiguous, example, readings, order, shown[order])
    return DateColumn(fld, index, column, ambiguous, example, readings, None)
