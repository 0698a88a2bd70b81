"""Rows kept as columns (core/rows.py) and learners made when first asked for (core/learners.py) give
what the row lists and eagerly made learners gave."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badgedesk.core import csvread
from badgedesk.core.bookread import trim
from badgedesk.core.cohort import read_table
from badgedesk.core.draft import CohortDraft
from badgedesk.core.learners import Learners
from badgedesk.core.messages import InputError
from badgedesk.core.rows import Patch, Rows
from badgedesk.core.validate import build_cohort

CELLS = ["Ada", "Lovelace", "ada@example.org", "yes", "no", "", " ", " x", "x ", "a  b", "\t", "\xa0", "é"]
CELLS += ["Email", "First name", "Last name", "Consent", "\x07", 'q"t', '"quoted, cell"', "ß"]


def _old_read(path: Path, monkeypatch: pytest.MonkeyPatch, header_row: int | None = None):
    with monkeypatch.context() as m:
        m.setattr(csvread, "split_columns", lambda text, delimiter, check=None: None)
        return read_table(path, header_row=header_row)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(CELLS), max_size=6), max_size=25),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\n", "\r\n", "mixed"]),
    st.booleans(),
)
def test_split_columns_gives_what_csv_reader_gives(lines, delimiter, newline, last_newline) -> None:
    breaks = [
        "\n" if newline == "mixed" and i % 2 else ("\r\n" if newline != "\n" else "\n")
        for i in range(len(lines))
    ]
    text = "".join(delimiter.join(cells) + brk for cells, brk in zip(lines, breaks, strict=True))
    if not last_newline:
        text = text.removesuffix("\r\n").removesuffix("\n")
    rows = csvread.split_columns(text, delimiter)
    expected = list(csvread.records(text, delimiter))
    if rows is None:
        return
    assert isinstance(rows, Rows)
    assert [(n, trim(cells)) for n, cells in rows] == expected  # records() trims; the columns keep all
    assert all(len(cells) == rows.width for _, cells in rows)
    if rows.clean:
        assert all(c.isprintable() and c == c.strip() for col in rows.columns for c in col)


def test_plain_text_is_kept_as_columns_and_other_text_is_not() -> None:
    plain = "a,b,c\r\nd,,f\r\ng,h,\r\n"
    rows = csvread.split_columns(plain, ",")
    assert rows is not None and rows.columns == [["a", "d", "g"], ["b", "", "h"], ["c", "f", ""]]
    assert list(rows.numbers) == [1, 2, 3] and rows.clean
    for other in (
        'a,"b",c\n',
        "a,b\nc\n",
        "a,b\n\nc,d\n",
        "a,b\n,\n",
        "a, b\n",
        "a,b\rc,d\n",
        "a,b\r\nc,d\n",
    ):
        assert csvread.split_columns(other, ",") is None, other
    assert not csvread.split_columns("a,b\nc,d\x07\n", ",").clean  # type: ignore[union-attr]
    assert not csvread.split_columns("a,b\nc,dé\n", ",").clean  # type: ignore[union-attr]


HEADER = ["First name", "Last name", "Email", "Consent"]
LEARNER = st.tuples(
    st.sampled_from(["Ada", "Bo", "", "Éva", " Cy", "Dee  Dee", "1x"]),
    st.sampled_from(["Lovelace", "Li", "", "O'Neil"]),
    st.sampled_from(["ada@example.org", "bo@x.org", "BO@X.ORG", "", "not-an-address", "a@b"]),
    st.sampled_from(["yes", "no", "", "maybe"]),
).map(list)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(LEARNER, max_size=15),
    st.sampled_from([[], [["Report"] + [""] * 3], [["Cohort", "spring", "", "x"]]]),
    st.sampled_from([None, 3, ["Email", "", "", "x"], ["", "", "", ""], HEADER]),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_a_csv_read_as_columns_is_the_table_read_row_by_row(
    tmp_path_factory, monkeypatch, learners, above, below, newline, ragged
) -> None:
    lines = [*above, HEADER, *learners]
    if below is not None and learners:
        at = len(lines) - (below if isinstance(below, int) else 1)
        lines.insert(max(at, len(above) + 1), below if isinstance(below, list) else list(HEADER))
    if ragged and len(lines) > 2:
        lines[-1] = lines[-1][:2]
    path = tmp_path_factory.mktemp("c") / "learners.csv"
    path.write_text("".join(",".join(cells) + newline for cells in lines), "utf-8")
    new, old = read_table(path), _old_read(path, monkeypatch)
    assert list(new.rows) == list(old.rows)
    assert (new.header_row, new.headers, new.notes, new.ignored_from) == (
        old.header_row,
        old.headers,
        old.notes,
        old.ignored_from,
    )
    assert _checked(new) == _checked(old)


def _checked(table) -> object:
    """The learners, notes and mapping of the table's cohort, or the one-line reason there is none."""
    try:
        cohort = build_cohort(table)
    except InputError as err:
        return err.message
    return list(cohort.learners), cohort.problems, cohort.mapping


def _write(tmp_path: Path, rows: list[list[str]], name: str = "learners.csv") -> Path:
    path = tmp_path / name
    path.write_text("".join(",".join(cells) + "\n" for cells in rows), "utf-8")
    return path


def test_a_second_table_and_a_chosen_header_row_are_cut_as_before(tmp_path, monkeypatch) -> None:
    rows = [["Title", "", "", ""], HEADER, ["Ada", "L", "a@x.org", "yes"], ["Bo", "L", "b@x.org", "no"]]
    rows += [HEADER, ["Cy", "L", "c@x.org", "yes"]]
    path = _write(tmp_path, rows)
    table = read_table(path)
    assert isinstance(table.rows, Rows)
    assert list(table.rows) == [(3, rows[2]), (4, rows[3])] and table.ignored_from == 5
    assert table.notes and table.notes[0].code == "second_table_ignored"
    forced = read_table(path, header_row=3)
    assert forced.rows == _old_read(path, monkeypatch, header_row=3).rows
    with pytest.raises(Exception) as new_error:
        read_table(path, header_row=40)
    with pytest.raises(Exception) as old_error:
        _old_read(path, monkeypatch, header_row=40)
    assert str(new_error.value) == str(old_error.value)


def test_rows_behave_as_the_list_of_rows() -> None:
    listed = [(2, ["a", "b"]), (3, ["c", ""]), (5, ["e", "f"])]
    rows = Rows.of(listed, 2)
    assert rows == listed and list(rows) == listed and len(rows) == 3
    assert rows[0] == (2, ["a", "b"]) and rows[-1] == (5, ["e", "f"])
    assert rows[1:] == listed[1:] and isinstance(rows[1:], Rows)
    assert rows.position(3) == 1 and rows.position(4) is None
    with pytest.raises(IndexError):
        rows[3]
    with pytest.raises(ValueError):
        Rows([1, 2], [["a"]])
    cells = rows[0][1]
    cells[0] = "changed"  # a row's list is made for the caller: the rows are not changed through it
    assert rows[0] == (2, ["a", "b"])
    rows.set_cell(0, 1, "B")
    assert rows[0] == (2, ["a", "B"]) and rows.column(1) == ["B", "", "f"]
    copied = rows.copy()
    copied.set_cell(2, 0, "E")
    assert rows[2] == (5, ["e", "f"]) and copied[2] == (5, ["E", "f"])
    assert Rows.of([], 3) == [] and Rows.of([], 3).width == 3


def test_a_patch_writes_the_same_cells_into_either_kind_of_rows() -> None:
    rows = Rows(range(2, 5), [["a", "c", "e"], ["b", "d", "f"]], clean=True)
    listed = [(2, ["a", "b"]), (3, ["c", "d"]), (4, ["e", "f"])]
    patched = []
    for source in (listed, rows):
        patch = Patch(source)
        assert 3 in patch and 9 not in patch
        patch.set(3, 1, "D")
        patch.set(4, 3, "x")  # past the row's end: padded, as a short row was
        patched.append(patch.rows())
    assert list(patched[0]) == [(2, ["a", "b"]), (3, ["c", "D"]), (4, ["e", "f", "", "x"])]
    assert [(n, trim(c)) for n, c in patched[1]] == list(patched[0])
    assert rows == [(2, ["a", "b"]), (3, ["c", "d"]), (4, ["e", "f"])]  # the source is left as it was
    assert listed == [(2, ["a", "b"]), (3, ["c", "d"]), (4, ["e", "f"])]
    assert patched[1].clean  # type: ignore[union-attr]
    dirty = Patch(rows)
    dirty.set(2, 0, " a")
    assert not dirty.rows().clean  # type: ignore[union-attr]


def _learners(n: int) -> list[list[str]]:
    rows = [[f"First{i}", f"Last{i}", f"learner{i}@example.org", "yes" if i % 3 else "no"] for i in range(n)]
    rows[5] = ["", "Byron", "not an address", "yes"]
    rows[9][2] = rows[2][2].upper()  # a duplicate of row 4
    return [HEADER, *rows]


def test_learners_are_made_when_first_asked_for_and_equal_eager_ones(tmp_path, monkeypatch) -> None:
    path = _write(tmp_path, _learners(40))
    draft = CohortDraft.open(path)
    old = _old_read(path, monkeypatch)
    eager = build_cohort(old).learners
    learners = draft.cohort.learners
    assert isinstance(learners, Learners)
    # Read straight into columns (vouched clean) vs row by row (then kept as columns, not vouched).
    assert isinstance(draft.table.rows, Rows) and draft.table.rows.clean and not old.rows.clean
    # The duplicate made its block's learners; a cohort without one makes none until asked.
    assert list(learners) == list(eager) and len(learners) == len(eager) == 40
    assert [x.status for x in learners].count("skipped_duplicate") == 1
    plain = build_cohort(read_table(_write(tmp_path, _learners(40)[:9], "plain.csv")))
    assert not plain.learners.made and len(plain.learners) == 8 and not plain.learners.made
    assert list(plain.learners.valid_keys()) == [
        x.recipient_key
        for x in build_cohort(_old_read(tmp_path / "plain.csv", monkeypatch)).learners
        if x.status == "valid"
    ]
    assert not plain.learners.made and plain.learners[0].row == 2 and plain.learners.made


def test_a_lazy_learner_is_made_once_and_changes_to_it_stay(tmp_path) -> None:
    cohort = build_cohort(read_table(_write(tmp_path, _learners(30)[:9])))
    learners = cohort.learners
    seen: list[list[object]] = []
    threads = [threading.Thread(target=lambda: seen.append(list(learners))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(all(a is b for a, b in zip(got, seen[0], strict=True)) for got in seen)
    learners[2].status = "skipped_invalid"
    assert learners[2] is seen[0][2] and learners[2].status == "skipped_invalid"
    assert [x.recipient_key for x in learners if x.status == "valid"] == list(learners.valid_keys())
    with pytest.raises(TypeError):
        learners.add([])


def test_a_correction_of_rows_kept_as_columns_persists_and_leaves_the_table(tmp_path) -> None:
    draft = CohortDraft.open(_write(tmp_path, _learners(30)))
    assert isinstance(draft.table.rows, Rows)
    draft.fix(7, first_name="Ada", email="fixed@example.org")
    learner = next(x for x in draft.cohort.learners if x.row == 7)
    assert learner.email == "fixed@example.org" and learner.status == "valid"
    assert draft.table.rows[5] == (7, ["", "Byron", "not an address", "yes"])  # the file as read
    assert draft.corrections() == {7: {"first_name": "Ada", "email": "fixed@example.org"}}


def test_a_workbooks_rows_are_kept_as_columns_too(tmp_path) -> None:
    """A workbook's rows (a list per row from the reader) are kept as columns once cut, so the draft of
    100,000 learners holds no list and tuple per row; a row reads back as it was, gaps in numbering too."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Learners of 1 December"])  # a title row above the header
    sheet.append(HEADER)
    sheet.append(["Ada", "Lovelace", "ada@example.org", "yes"])
    sheet.append([" Grace ", "Hopper", "grace@example.org", "no"])  # spaces for the checks to find
    sheet.append([None, None, None, None])  # an empty row: numbering has a gap
    sheet.append(["Alan", "Turing", "alan@example.org", "yes"])
    path = tmp_path / "learners.xlsx"
    book.save(path)
    table = read_table(path)
    assert isinstance(table.rows, Rows) and not table.rows.clean  # not vouched: every check runs
    assert [number for number, _ in table.rows] == [3, 4, 6]
    assert table.rows[1] == (4, ["Grace", "Hopper", "grace@example.org", "no"])
    cohort = build_cohort(table)
    assert [(x.row, x.first_name, x.status) for x in cohort.learners] == [
        (3, "Ada", "valid"),
        (4, "Grace", "valid"),
        (6, "Alan", "valid"),
    ]
