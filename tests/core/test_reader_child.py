"""The reader child of a small workbook is kept for the next read, and only after a clean read."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from badgedesk.core import isolate
from badgedesk.core.cohort import ReadProgress, read_table
from badgedesk.core.messages import InputError
from tests.core.test_reading import _xlsx


def _kept() -> int | None:
    """The pid of the child waiting for the next read (waiting a moment for one started ahead)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        spare = isolate._spare
        if spare is not None:
            return spare[0].pid
        time.sleep(0.05)
    return None


def test_a_clean_read_keeps_its_child_and_the_next_read_uses_it(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "small.xlsx", 20)
    assert len(read_table(path).rows) == 20
    first = _kept()
    assert first is not None
    assert len(read_table(path).rows) == 20
    assert _kept() == first  # the same process read again and waits again


def test_a_cancelled_read_kills_its_child(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "big.xlsx", 3000)
    read_table(_xlsx(tmp_path / "small.xlsx", 5))
    used = isolate._spare[0] if _kept() is not None else None
    assert used is not None
    cancel = threading.Event()

    def progress(p: ReadProgress) -> None:
        if p.phase == "reading":
            cancel.set()

    with pytest.raises(InputError) as err:
        read_table(path, progress=progress, cancel=cancel)
    assert err.value.code == "cancelled"
    assert not used.is_alive()  # killed, not kept
    assert _kept() not in (None, used.pid)  # a new one was started ahead


def test_a_child_is_reused_only_under_the_same_memory_bound(tmp_path: Path) -> None:
    data = _xlsx(tmp_path / "small.xlsx", 5).read_bytes()
    list(isolate.child_messages(data, "calamine", None, time_limit=30))
    bounded = _kept()
    assert bounded is not None
    hello = list(isolate.child_messages(data, "calamine", None, time_limit=30, memory_limit=None))[0]
    assert hello == ("hello", [])
    unbounded = _kept()
    assert unbounded is not None and unbounded != bounded


def test_release_ends_the_kept_child(tmp_path: Path) -> None:
    read_table(_xlsx(tmp_path / "small.xlsx", 5))
    assert _kept() is not None
    kept = isolate._spare[0]
    isolate.release()
    assert isolate._spare is None and not kept.is_alive()
