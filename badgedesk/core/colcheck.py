"""Check a learner table a column at a time; only the rows a column check flags are checked one by one.

:func:`check_rows` gives the same learners, in the same order, as calling
:meth:`~badgedesk.core.rowcheck._RowChecker.learner` on every non-empty row (tests/core/test_colcheck.py
holds the two side by side on arbitrary cells). Each mapped column is checked with whole-column string
operations that run at C speed (one join, ``isprintable``, substring tests, one compiled regex over the
joined column) or, for columns with few distinct values (consent answers, dates, scores), once per
distinct value with the row checker's own functions. A cell the fast check cannot vouch for (spaces to
collapse, control characters, an email that is not plainly valid, a name without a leading letter, any
problem at all) sends its row through the row checker, which stays the single source of every message.
Never imports Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate, compress, repeat
from operator import itemgetter, not_

from badgedesk.core.cells import (
    EVIDENCE_TEXT_LIMIT,
    collapse_spaces,
    is_valid_url,
    parse_consent,
    parse_score,
    strip_controls,
)
from badgedesk.core.learners import Learners
from badgedesk.core.rowcheck import Learner, _RowChecker
from badgedesk.core.rows import Rows

# Fields checked here; a mapping with any other field (full_name) is checked row by row.
_TEXT_FIELDS = ("note", "locale")
_FAST_FIELDS = frozenset(
    {"first_name", "last_name", "email", "recipient_id", "consent", "score", "issue_date", "expires"}
    | {"evidence_text", "evidence_url", *_TEXT_FIELDS}
)
# Letters a name may start with and be taken as a name without looking further (all are isalpha()).
_NAME_START = re.compile(r"\n(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])")
# Possessive (never give back what they matched: nothing after them could use it), so the search does
# not backtrack through every address; a label is letters and digits with single or repeated hyphens inside.
_LOCAL = r"[A-Za-z0-9_%+-]++(?:\.[A-Za-z0-9_%+-]++)*+"
_LABEL = r"[A-Za-z0-9]++(?:-++[A-Za-z0-9]++)*+"
# An address is_valid_email() accepts as it stands (ASCII, no mailto:/<>); anything else is checked per row.
_PLAIN_EMAIL = _LOCAL + "@(?:" + _LABEL + r"\.)++[A-Za-z]{2,}+"
_NOT_EMAIL = re.compile(r"\n(?!" + _PLAIN_EMAIL + r"\n)")
_SPACES = re.compile(r"(?=\n | \n|  )")  # zero-width: a match never hides the next cell's
_EMPTY = re.compile(r"\n(?=\n)")


class _NoProblems(list):  # type: ignore[type-arg]
    """The one empty problem list every learner checked here without a problem shares (100,000 empty
    lists are 7 MB). It cannot be changed: give the learner a list of its own instead."""

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("NO_PROBLEMS is shared by many learners; assign a new list instead")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse  # type: ignore[assignment]
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse  # type: ignore[assignment]


NO_PROBLEMS = _NoProblems()


def _positions(col: Sequence[str], pattern: re.Pattern[str], joined: str) -> set[int]:
    """Indexes of the cells of ``col`` in which ``pattern`` matches ``"\\n" + joined + "\\n"``."""
    matches = [m.start() for m in pattern.finditer(joined)]
    if not matches or matches == [len(joined) - 1]:
        return set()  # none, or only the closing break (which no cell owns)
    starts = [0, *accumulate(map((1).__add__, map(len, col)))]  # offset of each cell's leading "\n"
    end = starts[-1]  # the closing "\n"
    return {bisect_right(starts, pos) - 1 for pos in matches if pos < end}


def _joined(col: Sequence[str]) -> str:
    """The cells, each after a line break, and a closing one: one string, made once."""
    return "\n" + "\n".join(col) + "\n"  # join() of a chain() would first copy the column into a list


def _unprintable(col: Sequence[str]) -> set[int]:
    if all(map(str.isprintable, col)):
        return set()
    return set(compress(range(len(col)), map(not_, map(str.isprintable, col))))


def _text_flags(col: Sequence[str], letter: bool, clean: bool = False) -> set[int]:
    """Cells that are not already what collapse_spaces(strip_controls(cell)) makes of them, or empty,
    or (``letter``) do not start with a letter taken as a name's. ``clean``: the column's maker vouches
    that every cell is printable and has no space at either end (see Rows.clean)."""
    flagged = set() if clean else _unprintable(col)
    joined = _joined(col)
    if "  " in joined or (not clean and ("\n " in joined or " \n" in joined)):
        flagged |= _positions(col, _SPACES, joined)
    if "\n\n" in joined:  # empty cells
        flagged |= _positions(col, _EMPTY, joined)
    if letter:
        flagged |= _positions(col, _NAME_START, joined)  # the closing break matches, and is left out
    return flagged


def _email_flags(col: Sequence[str], clean: bool = False) -> set[int]:
    flagged = set() if clean else _unprintable(col)
    if max(map(len, col)) > 254:  # longer than is_valid_email() allows
        flagged |= set(compress(range(len(col)), map((254).__lt__, map(len, col))))
    return flagged | _positions(col, _NOT_EMAIL, _joined(col))


def _by_value(
    col: Sequence[str], check: Callable[[str], tuple[object, bool]]
) -> tuple[list[object], set[int]]:
    """Per distinct value: (what the learner gets, whether the row needs the row checker)."""
    results = {v: check(v) for v in set(col)}
    bad = {v for v, (_, slow) in results.items() if slow}
    out = list(map({v: result[0] for v, result in results.items()}.__getitem__, col))
    flagged = {i for i, v in enumerate(col) if v in bad} if bad else set()
    return out, flagged


class _Columns:
    """The per-field columns of the fast rows, and the indexes of the rows to check one by one."""

    def __init__(self, checker: _RowChecker, cells: Sequence[Sequence[str]] | Rows) -> None:
        self.checker, self.cells, self.n = checker, cells, len(cells)
        self.clean = isinstance(cells, Rows) and cells.clean
        self.flagged: set[int] = set()
        self.values: dict[str, Sequence[object]] = {}

    def column(self, fld: str) -> list[str]:
        if isinstance(self.cells, Rows):
            return self.cells.column(self.checker.mapping[fld])  # read, never changed
        return list(map(itemgetter(self.checker.mapping[fld]), self.cells))

    def take(self, fld: str, values: Sequence[object], flagged: set[int]) -> None:
        self.values[fld] = values
        self.flagged |= flagged

    def by_value(self, fld: str, check: Callable[[str], tuple[object, bool]]) -> None:
        self.take(fld, *_by_value(self.column(fld), check))


def _date_check(checker: _RowChecker, fld: str) -> Callable[[str], tuple[object, bool]]:
    def check(cell: str) -> tuple[object, bool]:
        raw = strip_controls(cell)
        if not raw:
            return "", False
        if checker.order_unknown(raw, fld):
            return "", True
        today = checker.today if fld == "issue_date" else checker.today.replace(year=checker.today.year + 98)
        parsed, reason = checker.parse_date(raw, fld, today)
        if not reason and fld == "expires" and parsed < checker.today.isoformat():
            return "", True
        return parsed, bool(reason)

    return check


def _score(cell: str) -> tuple[object, bool]:
    raw = strip_controls(cell)
    if not raw:
        return None, False
    score = parse_score(raw)
    return score, score is None


def _consent(cell: str) -> tuple[object, bool]:
    raw = strip_controls(cell)
    return (raw, parse_consent(raw)), False


def _evidence_text(cell: str) -> tuple[object, bool]:
    raw = strip_controls(cell)
    return raw, len(raw) > EVIDENCE_TEXT_LIMIT


def _evidence_url(cell: str) -> tuple[object, bool]:
    raw = strip_controls(cell)
    return raw, bool(raw) and not is_valid_url(raw)


def _text(cell: str) -> tuple[object, bool]:
    return collapse_spaces(strip_controls(cell)), False


def _columns(checker: _RowChecker, cells: Sequence[Sequence[str]] | Rows) -> _Columns | None:
    mapping, identity = checker.mapping, checker.identity
    names = [n for n in ("first_name", "last_name", "full_name") if n in mapping]
    if not mapping.keys() <= _FAST_FIELDS or names not in (["first_name", "last_name"], []):
        return None
    if not names and checker.names_required:
        return None
    cols = _Columns(checker, cells)
    for fld in names:
        col = cols.column(fld)
        cols.take(fld, col, _text_flags(col, letter=True, clean=cols.clean))
    if "email" in mapping:
        col = cols.column("email")
        cols.take("email", col, _email_flags(col, cols.clean))
    elif identity.uses_email:
        return None
    if "recipient_id" in mapping:
        col = cols.column("recipient_id")
        cols.take("recipient_id", col, _text_flags(col, letter=False, clean=cols.clean))
    elif not identity.uses_email:
        return None
    if "consent" in mapping:
        cols.by_value("consent", _consent)
    for fld, check in (("score", _score), ("evidence_text", _evidence_text), ("evidence_url", _evidence_url)):
        if fld in mapping:
            cols.by_value(fld, check)
    for fld in ("issue_date", "expires"):
        if fld in mapping:
            cols.by_value(fld, _date_check(checker, fld))
    for fld in _TEXT_FIELDS:
        if fld in mapping:
            cols.by_value(fld, _text)
    return cols


def _keys(checker: _RowChecker, cols: _Columns) -> Sequence[str]:
    identity = checker.identity
    if identity.uses_email:
        emails: list[str] = cols.values["email"]  # type: ignore[assignment]
        joined = "\n".join(emails)
        if joined.lower() == joined:  # one big string, not 100,000 small ones that pymalloc keeps
            return emails  # one string per learner, not two
        return [e if (k := e.lower()) == e else k for e in emails]
    return cols.values["recipient_id"]  # already stripped: the key is the ID as it stands


def _slow(checker: _RowChecker, mapped: list[int], row: int, cells: Sequence[str]) -> Learner | None:
    if not any(cells[i] for i in mapped if i < len(cells)):
        return None  # nothing a learner is made of: a note or an empty row
    return checker.learner(row, cells)  # type: ignore[arg-type]


# Rows of a list checked together: the columns copied out of them and their joined text stay small (peak
# memory). Rows kept as columns are checked whole: their columns are the table's own, not copies.
BLOCK_ROWS = 16_384


def check_rows(checker: _RowChecker, rows: Sequence[tuple[int, list[str]]] | Rows) -> Learners:
    """Every non-empty row's learner (status "valid" or "skipped_invalid"; duplicates are not looked for).

    The learners of rows no column check flagged are made when first asked for (see core/learners.py)."""
    learners = Learners()
    if isinstance(rows, Rows):
        _check_block(checker, rows, learners)  # the table's own columns: nothing is copied into blocks
        return learners
    for start in range(0, len(rows), BLOCK_ROWS):
        _check_block(checker, rows[start : start + BLOCK_ROWS] if len(rows) > BLOCK_ROWS else rows, learners)
    return learners


class _RowCells:
    """``cells[i]`` of rows kept as columns: row i's cell list, made when asked for."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows

    def __getitem__(self, index: int) -> list[str]:
        return self.rows[index][1]


def _check_block(checker: _RowChecker, rows: Sequence[tuple[int, list[str]]] | Rows, out: Learners) -> None:
    mapped = sorted(set(checker.mapping.values()))
    cols = None
    if isinstance(rows, Rows):
        numbers: Sequence[int] = rows.numbers
        cells: Sequence[Sequence[str]] = _RowCells(rows)  # type: ignore[assignment]
        if len(rows) and mapped and rows.width > mapped[-1]:
            cols = _columns(checker, rows)
    elif rows and mapped:
        numbers, cells = zip(*rows, strict=True)
        if min(map(len, cells)) > mapped[-1]:
            cols = _columns(checker, cells)
    if cols is None:
        learners = (_slow(checker, mapped, row, cells) for row, cells in rows)
        out.add([learner for learner in learners if learner is not None])
        return
    n, values, keys = cols.n, cols.values, _keys(checker, cols)
    slow = {index: _slow(checker, mapped, numbers[index], cells[index]) for index in cols.flagged}

    def empty() -> repeat[str]:
        return repeat("", n)  # one iterator per argument: map() draws from each in turn

    def make() -> list[Learner]:
        consent = values.get("consent")
        made: list[Learner | None] = list(
            map(
                Learner,
                numbers,
                values.get("first_name") or empty(),
                values.get("last_name") or empty(),
                values.get("email") or empty(),
                keys,
                map(itemgetter(1), consent) if consent is not None else repeat(None, n),
                map(itemgetter(0), consent) if consent is not None else empty(),
                values.get("score") or repeat(None, n),
                values.get("evidence_text") or empty(),
                values.get("evidence_url") or empty(),
                values.get("issue_date") or empty(),
                repeat("valid", n),
                repeat(NO_PROBLEMS, n),
                values.get("recipient_id") or empty(),
                values.get("expires") or empty(),
                values.get("note") or empty(),
                values.get("locale") or empty(),
            )
        )
        if not slow:
            return made  # type: ignore[return-value]
        for index, learner in slow.items():
            made[index] = learner
        return [learner for learner in made if learner is not None]

    out.add_lazy(n - sum(1 for x in slow.values() if x is None), make, _valid_keys(keys, slow))


def _valid_keys(keys: Sequence[str], slow: dict[int, Learner | None]) -> Sequence[str]:
    """The keys of a block's valid learners: ``keys`` but for the rows the row checker saw (``slow``)."""
    if not slow:
        return keys
    changed = list(keys)
    for index, learner in slow.items():
        if learner is not None and learner.status == "valid":
            changed[index] = learner.recipient_key
    dropped = {index for index, learner in slow.items() if learner is None or learner.status != "valid"}
    if not dropped:
        return changed
    return [key for index, key in enumerate(changed) if index not in dropped]
