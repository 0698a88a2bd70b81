"""Find the header row of a learner list and cut the learner table out of a sheet's rows.

Exports from event and form tools put things above the header (a report title, a summary block, a row
of merged group titles such as "Attendee information | Order information") and sometimes a second
table below the learners (Teams: "3. In-Meeting Activities" with its own header). The header is the
first row that names learner fields (a group-title row without an email gives way to a fuller header
below it); a later row repeating that header starts another table, which
is not read as learners. Never imports Qt.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from badgedesk.core.bookread import trim
from badgedesk.core.messages import InputError, Problem
from badgedesk.core.rows import Rows
from badgedesk.core.validate import auto_map

MAX_DATA_ROWS = 100_000  # a cohort is a few hundred learners; this is far beyond any real one
HEADER_SCAN_ROWS = 30  # non-empty rows searched for the header row

RowIter = Iterator[tuple[int, list[str]]]

_NUMBERISH = re.compile(r"^[-+]?[\d.,\s%€$£]*\d[\d.,\s%€$£]*$|^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$|^(TRUE|FALSE)$")
_LEARNER_FIELDS = ("email", "first_name", "last_name", "full_name")


def header_score(cells: list[str]) -> tuple[int, bool]:
    """How many learner fields a row names (0 when none of email / first / last / full name), and
    whether one of them is the email."""
    mapping = auto_map(cells)
    if not set(_LEARNER_FIELDS) & mapping.keys():
        return 0, False
    return len(mapping), "email" in mapping


def is_learner_header(cells: list[str]) -> bool:
    return header_score(cells)[0] > 0


def find_header(head: list[tuple[int, list[str]]]) -> tuple[int, bool]:
    """Index into ``head`` of the header row, and whether it holds learner-like column names.

    The first row naming learner fields wins, unless it names no email and a later row names more
    fields with an email among them: a row of merged group titles ("Attendee | Order") sits above
    the real header in some exports. Without a learner header, the first row that is mostly text.
    """
    scores = [header_score(cells) for _, cells in head]
    first = next((i for i, (n, _) in enumerate(scores) if n), None)
    if first is not None:
        if not scores[first][1]:
            better = [i for i, (n, email) in enumerate(scores) if email and n > scores[first][0]]
            if better:
                return better[0], True
        return first, True
    for index, (_, cells) in enumerate(head):
        filled = [c for c in cells if c]
        if len(filled) >= 2 and 2 * sum(1 for c in filled if not _NUMBERISH.match(c)) > len(filled):
            return index, False
    return 0, False


def empty_error(name: str, sheet: str | None = None, all_sheets: bool = False) -> InputError:
    if sheet is not None:
        where = f"Sheet '{sheet}' in {name} is empty"
    elif all_sheets:
        where = f"Every sheet in {name} is empty"
    else:
        where = f"{name} is empty"
    return InputError(
        "empty", f"{where}. Add the learner list with a header row, save, and open it again.", sheet=sheet
    )


def _forced_header(rows: RowIter, wanted: int, name: str, sheet: str | None) -> tuple[int, list[str]]:
    """The row numbered ``wanted`` (consuming the rows above it), or an InputError saying why not."""
    where = f"sheet '{sheet}' in {name}" if sheet is not None else name
    if wanted < 1:
        raise InputError(
            "header_row_out_of_range",
            f"Row {wanted} is not a row of {where}: rows are numbered from 1, as in Excel.",
            header_row=wanted,
            sheet=sheet,
        )
    last = 0
    for number, cells in rows:
        if number == wanted:
            return number, cells
        if number > wanted:
            raise InputError(
                "header_row_empty",
                f"Row {wanted} of {where} is empty, so it cannot be the header row. "
                "Choose the row that holds the column names.",
                header_row=wanted,
                sheet=sheet,
            )
        last = number
    if not last:
        raise empty_error(name, sheet=sheet)
    raise InputError(
        "header_row_out_of_range",
        f"There is no row {wanted} in {where}; the last row with content is row {last}. "
        "Choose the row that holds the column names.",
        header_row=wanted,
        sheet=sheet,
    )


@dataclass
class Cut:
    """The learner table of one sheet: header row, headers, data rows and what was left out."""

    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[str]]] | Rows
    notes: list[Problem] = field(default_factory=list)
    ignored_from: int | None = None  # first row of a second table below the learners, not read


def _repeats_header(cells: list[str], keys: list[tuple[int, str]]) -> bool:
    return bool(keys) and all(i < len(cells) and cells[i].casefold() == text for i, text in keys)


def cut_table(
    rows: RowIter | list[tuple[int, list[str]]], name: str, sheet: str | None, header_row: int | None = None
) -> Cut:
    """Header row (detected, or the 1-based ``header_row``) and the data rows below it.

    ``rows`` may be a list (then the data rows are cut a column at a time where they are regular)."""
    listed = isinstance(rows, list)
    rows = iter(rows)
    if header_row is not None:
        header_row, headers = _forced_header(rows, header_row, name, sheet)
        body: RowIter = rows
    else:
        head = list(itertools.islice(rows, HEADER_SCAN_ROWS))
        if not head:
            raise empty_error(name, sheet=sheet)
        index, _ = find_header(head)
        header_row, headers = head[index]
        body = itertools.chain(head[index + 1 :], rows)
    width = len(headers)
    mapping = auto_map(headers)
    # A row holding the header's own text in its learner columns starts another table.
    keys = [(i, headers[i].casefold()) for f, i in mapping.items() if f in _LEARNER_FIELDS and headers[i]]
    cut = Cut(header_row, list(headers), [])
    if listed:
        listed_body = list(body)
        if _cut_regular(cut, listed_body, width, keys, name, sheet):
            return cut
        body = iter(listed_body)
    data = cut.rows
    for number, cells in body:
        if len(cells) > width:  # a copy only when it must change: 100,000 rows are not copied twice
            cells = cells[:width]
        if not any(cells):
            continue
        if _repeats_header(cells, keys):
            _second_table(cut, number, name, sheet)
            break
        if len(data) >= MAX_DATA_ROWS:
            raise _too_many(name)
        data.append((number, cells + [""] * (width - len(cells)) if len(cells) < width else cells))
    return cut


def _too_many(name: str) -> InputError:
    return InputError(
        "too_large",
        f"{name} has more than {MAX_DATA_ROWS:,} rows of data. "
        "Split the learner list into smaller files and open them one at a time.",
        limit=MAX_DATA_ROWS,
    )


def _second_table(cut: Cut, number: int, name: str, sheet: str | None) -> None:
    """Row ``number`` repeats the header: the learners end above it (and above its one-cell title)."""
    data = cut.rows
    # A one-cell section title after a gap ("3. In-Meeting Activities") belongs to it too.
    cut.ignored_from = number
    if data and sum(1 for c in data[-1][1] if c) == 1:
        before = data[-2][0] if len(data) >= 2 else cut.header_row
        if data[-1][0] - before >= 2:
            cut.ignored_from = data[-1][0]
            cut.rows = data[:-1]
    where = f"sheet '{sheet}' in {name}" if sheet is not None else name
    cut.notes.append(
        Problem(
            "second_table_ignored",
            f"Row {number} of {where} repeats the header of row {cut.header_row}, so it starts "
            "another table; the rows from there on were not read as learners.",
            {"file": name, "sheet": sheet, "row": number, "from_row": cut.ignored_from},
        )
    )


def _cut_regular(
    cut: Cut,
    body: list[tuple[int, list[str]]],
    width: int,
    keys: list[tuple[int, str]],
    name: str,
    sheet: str | None,
) -> bool:
    """The loop of :func:`cut_table` a column at a time, for rows none longer than the header and none
    empty (their last cell filled, as trimmed rows have). False when the rows are not like that."""
    if not body:
        return True
    cells = list(map(itemgetter(1), body))
    lengths = list(map(len, cells))
    if min(lengths) < 1 or max(lengths) > width or not all(map(itemgetter(-1), cells)):
        return False
    data = list(body)
    for index in itertools.compress(range(len(cells)), map(width.__gt__, lengths)):
        number, short = data[index]
        data[index] = (number, short + [""] * (width - len(short)))
    column = list(map(itemgetter(keys[0][0]), map(itemgetter(1), data))) if keys else []
    end = _repeated_header(data, column, keys)
    if end is None:
        return False
    if end > MAX_DATA_ROWS:
        raise _too_many(name)
    cut.rows[:] = data[:end] if end < len(data) else data
    if end < len(data):
        _second_table(cut, data[end][0], name, sheet)
    return True


def _repeated_header(
    data: Sequence[tuple[int, list[str]]], column: list[str], keys: list[tuple[int, str]]
) -> int | None:
    """Index of the first row of ``data`` repeating the header (``column`` is its first key column),
    len(data) when none does, None when a cell holds the separator (then the row loop must look)."""
    if not keys or not data:
        return len(data)
    text = keys[0][1]
    joined = "\x00".join(column)
    if joined.count("\x00") != len(data) - 1:
        return None
    folded_text = joined.casefold()  # casefold() maps each character on its own
    folded = folded_text.split("\x00") if text in folded_text else []
    at = -1
    while folded:
        try:
            at = folded.index(text, at + 1)
        except ValueError:
            break
        if _repeats_header(data[at][1], keys):
            return at
    return len(data)


def cut_columns(rows: Rows, name: str, sheet: str | None, header_row: int | None = None) -> Cut | None:
    """What :func:`cut_table` cuts from the untrimmed, non-empty, equally wide ``rows`` numbered from 1
    (see :func:`~badgedesk.core.csvread.split_columns`), the data rows kept as columns; None when the
    header row is narrower than the rows (then cut_table must pad and truncate row by row). The data rows
    are ``rows``' own columns with the rows down to the header deleted: do not use ``rows`` afterwards."""
    if header_row is not None and not 1 <= header_row <= len(rows):
        cut_table(((n, trim(cells)) for n, cells in rows), name, sheet, header_row)  # raises why not
    if not len(rows):
        raise empty_error(name, sheet=sheet)
    if header_row is not None:
        index = header_row - 1
    else:
        head = [(n, trim(cells)) for n, cells in rows[:HEADER_SCAN_ROWS]]
        index, _ = find_header(head)
    number, headers = rows[index][0], trim(rows[index][1])
    if len(headers) != rows.width:
        return None
    mapping = auto_map(headers)
    keys = [(i, headers[i].casefold()) for f, i in mapping.items() if f in _LEARNER_FIELDS and headers[i]]
    for column in rows.columns:
        del column[: index + 1]  # in place: 100,000-row columns are not copied for the header's sake
    body = Rows(rows.numbers[index + 1 :], rows.columns, rows.clean)
    end = _repeated_header(body, body.column(keys[0][0]) if keys else [], keys)
    if end is None:
        return None
    if end > MAX_DATA_ROWS:
        raise _too_many(name)
    cut = Cut(number, headers, body[:end] if end < len(body) else body)
    if end < len(body):
        _second_table(cut, body[end][0], name, sheet)
    return cut
