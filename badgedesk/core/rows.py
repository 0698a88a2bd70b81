"""A learner table's data rows kept as columns: one list of cell strings per column, no list per row.

:class:`Rows` is a sequence of ``(row number, cells)`` as a list of rows is, so every reader of
``Table.rows`` (export, the grid, corrections, prepared cohorts) works on it unchanged; a row's cell list
is made when that row is asked for (a new list each time: change cells with :meth:`Rows.set_cell`).
100,000 rows kept this way are a handful of lists of strings (strings the cyclic garbage collector never
walks) instead of 100,000 lists and tuples. Never imports Qt.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class Rows(Sequence[tuple[int, list[str]]]):
    """Rows of equal width: ``numbers[i]`` is row i's 1-based source row number, ``columns[j][i]`` its
    cell j. ``numbers`` may be a ``range`` (rows without gaps)."""

    __slots__ = ("numbers", "columns", "clean")

    def __init__(self, numbers: Sequence[int], columns: list[list[str]], clean: bool = False) -> None:
        if any(len(col) != len(numbers) for col in columns):
            raise ValueError("every column needs one cell per row")
        self.numbers = numbers
        self.columns = columns
        # Whoever made the rows vouches that every cell is printable and has no space at either end
        # (csvread.split_columns does): the column checks then skip looking for either.
        self.clean = clean

    @classmethod
    def of(cls, rows: Iterable[tuple[int, Sequence[str]]], width: int) -> Rows:
        """Rows from ``(number, cells)`` pairs whose cells are all ``width`` long."""
        listed = list(rows)
        if any(len(cells) != width for _, cells in listed):
            raise ValueError(f"every row needs {width} cells")
        numbers = [number for number, _ in listed]
        if not listed:
            return cls(numbers, [[] for _ in range(width)])
        return cls(numbers, [list(col) for col in zip(*(cells for _, cells in listed), strict=True)])

    @property
    def width(self) -> int:
        return len(self.columns)

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> tuple[int, list[str]]: ...

    @overload
    def __getitem__(self, index: slice) -> Rows: ...

    def __getitem__(self, index: int | slice) -> tuple[int, list[str]] | Rows:
        if isinstance(index, slice):
            return Rows(self.numbers[index], [col[index] for col in self.columns], self.clean)
        number = self.numbers[index]  # raises IndexError as a list does
        return number, [col[index] for col in self.columns]

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        if not self.columns:
            return ((number, []) for number in self.numbers)
        return zip(self.numbers, map(list, zip(*self.columns, strict=True)), strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Rows):
            return list(self.numbers) == list(other.numbers) and self.columns == other.columns
        if isinstance(other, list):
            return len(other) == len(self) and list(self) == other
        return NotImplemented

    def __repr__(self) -> str:
        return f"Rows({list(self)!r})"

    def column(self, index: int) -> list[str]:
        """Column ``index`` itself (not a copy: do not change it, use :meth:`set_cell`)."""
        return self.columns[index]

    def position(self, number: int) -> int | None:
        """Index of the row numbered ``number`` (numbers ascend), or None."""
        at = bisect_left(self.numbers, number)
        return at if at < len(self.numbers) and self.numbers[at] == number else None

    def set_cell(self, index: int, column: int, value: str) -> None:
        """Row ``index``'s cell ``column`` becomes ``value`` (in this Rows only: see :meth:`copy`)."""
        self.columns[column][index] = value
        self.clean = self.clean and _is_clean(value)

    def copy(self) -> Rows:
        """Rows with columns of their own (the cell strings are shared), to change with :meth:`set_cell`."""
        return Rows(self.numbers, [list(col) for col in self.columns], self.clean)


class Patch:
    """Cells written into a copy of a table's rows (corrections), the table's own rows left as they are.

    For rows kept as columns only a column written into is copied (one list, not one per row)."""

    def __init__(self, rows: Sequence[tuple[int, list[str]]]) -> None:
        self._source = rows
        self._listed: dict[int, list[str]] | None = None
        self._columns: list[list[str]] = []
        self._copied: set[int] = set()
        self._clean = True  # every value set is clean (see Rows.clean)
        if isinstance(rows, Rows):
            self._columns = list(rows.columns)  # the same lists until one is written into
        else:
            self._listed = {row: list(cells) for row, cells in rows}

    def __contains__(self, row: object) -> bool:
        if self._listed is not None:
            return row in self._listed
        return isinstance(row, int) and self._source.position(row) is not None  # type: ignore[attr-defined]

    def set(self, row: int, column: int, value: str) -> None:
        """Cell ``column`` of the row numbered ``row`` becomes ``value`` (a short row is padded)."""
        if self._listed is not None:
            cells = self._listed[row]
            if column >= len(cells):
                cells.extend([""] * (column + 1 - len(cells)))
            cells[column] = value
            return
        index = self._source.position(row)  # type: ignore[attr-defined]
        if index is None:
            raise KeyError(row)
        while column >= len(self._columns):
            self._columns.append([""] * len(self._source))
            self._copied.add(len(self._columns) - 1)
        if column not in self._copied:
            self._columns[column] = list(self._columns[column])
            self._copied.add(column)
        self._columns[column][index] = value
        self._clean = self._clean and _is_clean(value)

    def rows(self) -> list[tuple[int, list[str]]] | Rows:
        """The rows with every cell set so far."""
        if self._listed is not None:
            return [(row, self._listed[row]) for row, _ in self._source]
        source: Rows = self._source  # type: ignore[assignment]
        return Rows(source.numbers, self._columns, source.clean and self._clean)


def _is_clean(value: str) -> bool:
    return value.isprintable() and value == value.strip(" ")
