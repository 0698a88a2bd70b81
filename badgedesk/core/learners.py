"""A cohort's learners, made when they are first asked for. Never imports Qt.

:func:`~badgedesk.core.colcheck.check_rows` checks a table a column at a time; the learners of the rows
no check flagged are all alike in how they are made (one ``Learner`` per row from the checked columns),
so :class:`Learners` keeps those columns and makes the ``Learner`` objects on the first access that
needs one: iterating, indexing, comparing. Its length and the keys of its valid learners
(:meth:`Learners.valid_keys`, what the duplicate search needs) come from the columns. Once made, the
same objects are returned every time, so a status set on a learner (a duplicate, a learner already
issued) or its problem list stays. Opening 100,000 rows thus makes no 100,000 objects the cyclic garbage
collector then walks; the grid's rows, made off the window thread, make them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

from badgedesk.core.rowcheck import Learner


class Learners(Sequence[Learner]):
    """Learners in row order: parts added eagerly (a list) or lazily (a count, a function that makes
    them, and the keys of the valid ones among them)."""

    __slots__ = ("_parts", "_count", "_made", "_lock")

    def __init__(self, learners: Iterable[Learner] = ()) -> None:
        self._parts: list[tuple[list[Learner] | Callable[[], list[Learner]], Sequence[str] | None]] = []
        self._count = 0
        self._made: list[Learner] | None = None
        self._lock = threading.Lock()  # two threads asking at once get the same objects
        listed = list(learners)
        if listed:
            self.add(listed)

    def add(self, learners: list[Learner]) -> None:
        """Learners already made, after those added before."""
        self._require_unmade()
        self._parts.append((learners, None))
        self._count += len(learners)

    def add_lazy(self, count: int, make: Callable[[], list[Learner]], valid_keys: Sequence[str]) -> None:
        """``count`` learners ``make()`` makes when first needed; ``valid_keys`` are the recipient keys
        of the valid ones among them, in order."""
        self._require_unmade()
        self._parts.append((make, valid_keys))
        self._count += count

    def _require_unmade(self) -> None:
        if self._made is not None:
            raise TypeError("learners are added only while the cohort is built")

    @property
    def made(self) -> bool:
        """Whether the Learner objects exist yet (for tests and measurements)."""
        return self._made is not None

    def _all(self) -> list[Learner]:
        made = self._made
        if made is None:
            with self._lock:
                if self._made is None:
                    out: list[Learner] = []
                    for part, _ in self._parts:
                        out += part if isinstance(part, list) else part()
                    if len(out) != self._count:
                        raise AssertionError(f"{len(out)} learners made, {self._count} counted")
                    self._made, self._parts = out, []  # the columns are let go
                made = self._made
        return made  # type: ignore[return-value]

    def valid_keys(self) -> Sequence[str]:
        """The recipient keys of the valid learners, in order (from the columns until they are made)."""
        if self._made is not None or any(keys is None for _, keys in self._parts):
            return [learner.recipient_key for learner in self._all() if learner.status == "valid"]
        if len(self._parts) == 1:
            return self._parts[0][1]  # type: ignore[return-value]
        out: list[str] = []
        for _, keys in self._parts:
            out += keys  # type: ignore[arg-type]
        return out

    def __len__(self) -> int:
        return self._count if self._made is None else len(self._made)

    @overload
    def __getitem__(self, index: int) -> Learner: ...

    @overload
    def __getitem__(self, index: slice) -> list[Learner]: ...

    def __getitem__(self, index: int | slice) -> Learner | list[Learner]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Learner]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Learners):
            return len(self) == len(other) and self._all() == other._all()
        if isinstance(other, list):
            return len(self) == len(other) and self._all() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Learners({self._all()!r})"
