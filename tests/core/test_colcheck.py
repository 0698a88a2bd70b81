"""The column-at-a-time checks (colcheck.check_rows) give exactly what checking each row gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badgedesk.core import colcheck
from badgedesk.core.cohort import Table
from badgedesk.core.rowcheck import _RowChecker
from badgedesk.platforms.base import EMAIL_IDENTITY, IDENTITY_EXTERNAL_ID, Identity

TODAY = dt.date(2026, 11, 25)
ID_IDENTITY = Identity(IDENTITY_EXTERNAL_ID, "recipient_id", "Learner ID")
FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "email",
    "recipient_id",
    "consent",
    "score",
    "issue_date",
    "expires",
    "evidence_text",
    "evidence_url",
    "note",
    "locale",
)
CLEAN = {
    "first_name": "Ada",
    "last_name": "Lovelace",
    "full_name": "Ada Lovelace",
    "email": "ada@example.org",
    "recipient_id": "L-1",
    "consent": "yes",
    "score": "85",
    "issue_date": "2025-03-14",
    "expires": "2031-01-01",
    "evidence_text": "Passed",
    "evidence_url": "https://a.example/x",
    "note": "n",
    "locale": "en",
}
PIECES = [
    "Ada",
    "Lovelace",
    "ada",
    "ADA@Example.ORG",
    "ada@example.org",
    "a.b@c.co",
    "x@y",
    "a..b@c.org",
    ".a@b.org",
    "a@-b.org",
    "a@b-.org",
    "a@b.c0",
    "a@xn--p1ai",
    "a@b_c.org",
    "@",
    ".",
    "-",
    "_",
    " ",
    "  ",
    "\xa0",
    "\t",
    "\n",
    "\r",
    "\x00",
    "\x07",
    "\x85",
    "\u200f",
    "\u2028",
    "\u3000",
    "_x000D_",
    "mailto:",
    "MAILTO: ",
    "<",
    ">",
    ",",
    ";",
    "Ä",
    "ø",
    "Ø",
    "é",
    "ß",
    "²",
    "Ⅻ",
    "李",
    "Ж",
    "ǅ",
    "'",
    "1",
    "42",
    "85%",
    "101",
    "yes",
    "Yes",
    "no",
    "x",
    "✓",
    "I agree",
    "true",
    "2025-03-14",
    "2031-01-01",
    "1899-12-31",
    "2025-02-30",
    "03/04/2026",
    "13/04/2026",
    "04/13/2026",
    "3.4.2026",
    "45000",
    "14 Mar 2025",
    "http://a.example/x",
    "https://b",
    "ftp://c.org",
    "de",
    "van",
    "en-GB",
    "a" * 30,
    "a" * 250,
    "a" * 501,
]
cell = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=4).map("".join),
    st.sampled_from(PIECES),
    st.tuples(st.sampled_from(list(CLEAN.values())), st.sampled_from(PIECES), st.integers(0, 30)).map(
        lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]  # a piece at the start, inside or at the end
    ),
    st.text(max_size=12),
    st.sampled_from(["", "Ada", "ada@example.org", "yes"]),
)


@st.composite
def tables(draw, identity: Identity, names_required: bool):
    fields = draw(st.lists(st.sampled_from(FIELDS), unique=True, min_size=1, max_size=7))
    # What build_cohort requires before it checks a row: the key's column, and names when required.
    fields.append(identity.field if not identity.uses_email else "email")
    if "full_name" not in fields and (names_required or {"first_name", "last_name"} & set(fields)):
        fields += ["first_name", "last_name"]  # one name half alone is not checked here (see the report)
    fields = list(dict.fromkeys(fields))
    extra = draw(st.integers(0, 2))  # unmapped columns
    width = len(fields) + extra
    order = draw(st.permutations(range(width)))
    mapping = {f: order[i] for i, f in enumerate(fields)}
    plain = [CLEAN.get(f, "") for f in fields] + ["memo"] * extra
    where = [order.index(i) for i in range(width)]  # column -> position in ``plain``
    # Mostly plain rows with a tricky cell or two, so that one odd cell decides a row's path.
    row = st.lists(st.one_of(st.none(), st.none(), cell), min_size=width, max_size=width).map(
        lambda picked: [plain[where[i]] if c is None else c for i, c in enumerate(picked)]
    )
    rows = draw(st.lists(row, min_size=1, max_size=12))
    if draw(st.booleans()) and rows:  # repeat a row: duplicates, and a column with few values
        rows.append(list(rows[0]))
    return mapping, width, rows


def _table(width: int, rows: list[list[str]]) -> Table:
    return Table(
        path=Path("cohort.csv"),
        format="csv",
        sheet=None,
        sheets=[],
        header_row=1,
        headers=[f"Column {i}" for i in range(width)],
        rows=[(i + 2, cells) for i, cells in enumerate(rows)],
    )


def _row_by_row(checker: _RowChecker, table: Table):
    mapped = sorted(set(checker.mapping.values()))
    return [
        checker.learner(row, cells)
        for row, cells in table.rows
        if any(cells[i] for i in mapped if i < len(cells))
    ]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([EMAIL_IDENTITY, ID_IDENTITY]),
    st.booleans(),
    st.sampled_from([{}, {"issue_date": None}, {"issue_date": "mdy", "expires": "dmy"}]),
    st.data(),
)
def test_columns_give_what_rows_give(identity, names_required, orders, data) -> None:
    mapping, width, rows = data.draw(tables(identity, names_required))
    table = _table(width, rows)
    checker = _RowChecker(table, mapping, TODAY, identity, names_required)
    checker.orders.update({f: o for f, o in orders.items() if f in mapping})
    assert colcheck.check_rows(checker, table.rows) == _row_by_row(checker, table)


def test_a_plain_table_takes_the_fast_path_and_a_flagged_row_the_row_checker(monkeypatch) -> None:
    mapping = {"first_name": 0, "last_name": 1, "email": 2, "consent": 3}
    rows = [[f"First{i}", f"Last{i}", f"l{i}@example.org", "yes"] for i in range(50)]
    rows[7] = ["  Ada  Byron", "Lovelace", "mailto:ADA@example.org", "no"]
    rows[9] = ["", "", "", ""]
    table = _table(4, rows)
    checker = _RowChecker(table, mapping, TODAY)
    seen: list[int] = []
    original = checker.learner

    def counting(row, cells):
        seen.append(row)
        return original(row, cells)

    monkeypatch.setattr(checker, "learner", counting)
    learners = colcheck.check_rows(checker, table.rows)
    assert seen == [9]  # row index 7 is source row 9; the empty row (source row 11) is dropped unchecked
    assert len(learners) == 49
    assert learners[7].first_name == "Ada Byron" and learners[7].email == "ADA@example.org"
    assert learners[7].recipient_key == "ada@example.org" and learners[7].consent is False
    assert learners[0].consent is True and learners[0].problems == [] and learners[0].status == "valid"


def test_name_start_letters_are_letters() -> None:
    starts = [chr(c) for c in range(0x250) if colcheck._NAME_START.match("\n" + chr(c)) is None]
    assert starts and all(c.isalpha() for c in starts)


def test_every_tricky_piece_in_every_column_gives_what_rows_give() -> None:
    """One table, every field mapped but full_name: each row plain but for one cell holding a piece."""
    for identity in (EMAIL_IDENTITY, ID_IDENTITY):
        fields = [f for f in FIELDS if f != "full_name"]
        mapping = {f: i for i, f in enumerate(fields)}
        plain = [CLEAN[f] for f in fields]
        rows = [list(plain)]
        for column, fld in enumerate(fields):
            for piece in PIECES:
                for value in {
                    piece,
                    piece + CLEAN[fld],
                    CLEAN[fld] + piece,
                    CLEAN[fld][:1] + piece + CLEAN[fld][1:],
                }:
                    rows.append([value if i == column else c for i, c in enumerate(plain)])
        table = _table(len(fields), rows)
        checker = _RowChecker(table, mapping, TODAY, identity)
        fast = colcheck.check_rows(checker, table.rows)
        assert fast == _row_by_row(checker, table)
        assert sum(1 for learner in fast if learner.status == "valid") > 100  # both paths were taken


def test_learners_share_one_empty_problem_list_that_cannot_change() -> None:
    from badgedesk.core.validate import build_cohort

    rows = [["Ada", "Lovelace", "ada@example.org"], ["Bob", "Byron", "bob@example.org"]]
    table = _table(3, [*rows, rows[0]])
    table.headers[:] = ["First name", "Last name", "Email"]
    learners = build_cohort(table, today=TODAY).learners
    assert learners[0].problems is colcheck.NO_PROBLEMS and learners[1].problems is colcheck.NO_PROBLEMS
    assert learners[2].status == "skipped_duplicate" and [p.code for p in learners[2].problems] == [
        "duplicate"
    ]
    assert colcheck.NO_PROBLEMS == [] and learners[0].problems == []
    for change in (lambda p: p.append(1), lambda p: p.extend([1]), lambda p: p.insert(0, 1)):
        try:
            change(colcheck.NO_PROBLEMS)
        except TypeError:
            pass
        else:
            raise AssertionError("NO_PROBLEMS changed")
    assert colcheck.NO_PROBLEMS == []


def test_rows_are_checked_in_blocks_with_the_same_result(monkeypatch) -> None:
    mapping = {"first_name": 0, "last_name": 1, "email": 2, "consent": 3}
    rows = [[f"First{i}", f"Last{i}", f"l{i}@example.org", "yes" if i % 3 else "no"] for i in range(100)]
    rows[41] = ["", "Byron", "not an address", "x"]
    table = _table(4, rows)
    checker = _RowChecker(table, mapping, TODAY)
    whole = colcheck.check_rows(checker, table.rows)
    monkeypatch.setattr(colcheck, "BLOCK_ROWS", 7)
    assert colcheck.check_rows(checker, table.rows) == whole == _row_by_row(checker, table)
