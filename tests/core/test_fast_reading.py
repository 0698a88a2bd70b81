"""The whole-text csv split and the column-at-a-time table cut give what the row-by-row code gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from badgedesk.core import csvread
from badgedesk.core.header import cut_table
from badgedesk.core.messages import InputError

CELLS = [
    "Ada",
    "Lovelace",
    "ada@example.org",
    "yes",
    "",
    " ",
    "  x ",
    "\t",
    "\xa0",
    "Email",
    "EMAIL",
    "ß",
    "SS",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.sampled_from(CELLS), st.text(alphabet=" ab;\t\x0b\x1c\x85\u2028", max_size=4))),
        max_size=30,
    ),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_split_plain_gives_what_csv_reader_gives(lines, delimiter, newline, last_newline) -> None:
    text = newline.join(delimiter.join(cells) for cells in lines) + (newline if last_newline else "")
    plain = csvread.split_plain(text, delimiter)
    if plain is not None:
        assert plain == list(csvread.records(text, delimiter))


def test_split_plain_leaves_quoted_text_and_lone_carriage_returns_to_csv() -> None:
    assert csvread.split_plain('a,"b,c"\n', ",") is None
    assert csvread.split_plain("a,b\rc,d\r", ",") is None
    assert csvread.split_plain("a,b\r\nc,d\r\n", ",") == [(1, ["a", "b"]), (2, ["c", "d"])]


def test_split_plain_checks_as_it_goes() -> None:
    seen: list[int] = []
    text = "".join(f"A{i},a{i}@x.org\n" for i in range(2500))
    assert len(csvread.split_plain(text, ",", seen.append) or []) == 2500
    assert seen == [1000, 2000, 2500]


HEADER = ["First name", "Last name", "Email"]
ROW_CELLS = [
    "Ada",
    "Lovelace",
    "ada@example.org",
    "",
    "first name",
    "LAST NAME",
    "email",
    "EMAIL",
    "3. Notes",
]


def _cut(rows, listed: bool):
    try:
        return cut_table(list(rows) if listed else iter(rows), "list.csv", None)
    except InputError as err:
        return err.code


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(ROW_CELLS), min_size=0, max_size=5), max_size=25), st.booleans())
def test_cutting_a_list_gives_what_cutting_a_stream_gives(body, gaps) -> None:
    rows = [(1, HEADER)]
    number = 1
    for cells in body:
        number += 2 if gaps and len(cells) == 1 else 1
        while cells and not cells[-1]:
            cells = cells[:-1]  # the readers trim rows
        if cells:
            rows.append((number, cells))
    fast, slow = _cut(rows, True), _cut(rows, False)
    assert fast == slow


def test_a_repeated_header_ends_the_learners_in_a_listed_table_too() -> None:
    rows = [(1, HEADER), (2, ["Ada", "Lovelace", "ada@example.org"]), (4, ["3. Activities"])]
    rows += [(5, ["FIRST NAME", "Last Name", "email"]), (6, ["Bob", "B", "b@example.org"])]
    cut = cut_table(rows, "list.csv", None)
    assert [n for n, _ in cut.rows] == [2] and cut.ignored_from == 4
    assert [p.code for p in cut.notes] == ["second_table_ignored"]


@pytest.mark.parametrize("listed", [True, False])
def test_too_many_rows_is_refused_either_way(listed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from badgedesk.core import header

    monkeypatch.setattr(header, "MAX_DATA_ROWS", 3)
    rows = [(1, HEADER)] + [(i, [f"A{i}", "L", f"a{i}@x.org"]) for i in range(2, 7)]
    assert _cut(rows, listed) == "too_large"
    assert _cut(rows[:5], listed) == "too_large"  # four learners: one more than allowed
    assert len(_cut(rows[:4], listed).rows) == 3
