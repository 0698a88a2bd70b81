"""Reading in a stoppable child process: hostile files, cancel, progress, and a child without Qt."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import openpyxl
import pytest

from badgedesk.core import isolate
from badgedesk.core.cohort import ReadProgress, read_table
from badgedesk.core.messages import InputError

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
HANG_GUARD = 5.0  # seconds; a guard against a hang, not a speed goal


def _xlsx(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First name", "Last name", "Email"])
    for i in range(rows):
        ws.append([f"Ada{i}", "Lovelace", f"ada{i}@example.org"])
    wb.save(path)
    return path


def test_a_reader_that_spins_for_ever_is_stopped_when_it_makes_no_progress() -> None:
    """Without a memory bound (Windows) python-calamine loops for ever on this OLE sector chain."""
    data = (CORPUS / "phpspreadsheet__oleloop.xls").read_bytes()
    started = time.perf_counter()
    with pytest.raises(isolate.ReadStopped) as stopped:
        for _ in isolate.child_messages(data, "calamine", None, time_limit=30, memory_limit=None, fmt="xls"):
            pass
    assert stopped.value.kind == "stalled"
    assert time.perf_counter() - started < HANG_GUARD


@pytest.mark.parametrize("name", ["phpspreadsheet__oleloop.xls", "calamine__issue_594_dos.ods"])
def test_reader_attacking_files_give_one_line_and_finish(name: str) -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as err:
        read_table(CORPUS / name)
    assert time.perf_counter() - started < HANG_GUARD
    assert err.value.code == "corrupt" and "\n" not in err.value.message and name in err.value.message


def test_the_whole_read_has_a_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from badgedesk.core import cohort

    monkeypatch.setattr(cohort, "READ_SECONDS", 0.0)  # already over: the child is stopped at once
    with pytest.raises(InputError) as err:
        read_table(_xlsx(tmp_path / "slow.xlsx", 3))
    assert err.value.code == "too_large" and "took too long" in err.value.message


def test_progress_is_reported_while_reading(tmp_path: Path) -> None:
    seen: list[ReadProgress] = []
    table = read_table(_xlsx(tmp_path / "big.xlsx", 2500), progress=seen.append)
    assert len(table.rows) == 2500
    assert seen[0].phase == "opening" and seen[-1] == ReadProgress("done", 2501, "Sheet")
    counts = [p.rows for p in seen if p.phase == "reading"]
    assert counts == sorted(counts) and counts[-1] == 2501 and len(counts) >= 3


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_cancel_mid_read(tmp_path: Path, kind: str) -> None:
    if kind == "xlsx":
        path = _xlsx(tmp_path / "big.xlsx", 3000)
    else:
        path = tmp_path / "big.csv"
        path.write_text(
            "First name,Last name,Email\n" + "".join(f"A{i},L,a{i}@x.org\n" for i in range(5000)), "utf-8"
        )
    cancel = threading.Event()
    seen: list[int] = []

    def progress(p: ReadProgress) -> None:
        if p.phase == "reading":
            seen.append(p.rows)
            cancel.set()  # the user presses Cancel once the first rows are in

    with pytest.raises(InputError) as err:
        read_table(path, progress=progress, cancel=cancel)
    assert err.value.code == "cancelled" and path.name in err.value.message
    assert len(seen) == 1 and seen[0] < 3000


def test_a_callable_can_cancel_too(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_table(_xlsx(tmp_path / "c.xlsx", 3), cancel=lambda: True)
    assert err.value.code == "cancelled"


def test_the_child_never_imports_qt(tmp_path: Path) -> None:
    pytest.importorskip("PySide6.QtCore")  # loaded in this (parent) process
    assert "PySide6.QtCore" in sys.modules
    data = _xlsx(tmp_path / "q.xlsx", 1).read_bytes()
    messages = list(isolate.child_messages(data, "calamine", None, time_limit=30))
    assert messages[0] == ("hello", [])
    assert messages[-1] == ("done",)
