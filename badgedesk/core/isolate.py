"""Read an untrusted workbook in a child process that can be stopped.

A reader written in Rust (python-calamine) cannot be interrupted from Python: some files make it spin
for ever or allocate without end. So every workbook is read in a child process (``multiprocessing``
with the spawn start method, the same on Linux, macOS and Windows) that sends back plain rows
(:mod:`badgedesk.core.bookread`). The parent kills it when

- it sends nothing for a while (``stall_limit``: a few seconds plus time for the file's size),
- the whole read takes longer than ``time_limit``, or
- the user cancels (``cancel``).

On POSIX the child's address space is also bounded (``resource.setrlimit(RLIMIT_AS)``), so a file
that claims billions of cells fails in the child instead of exhausting the machine. Windows has no
such call without extra dependencies (a Job Object): there only the time limits apply.

Starting a child (a new interpreter that imports calamine) takes far longer than reading a small
workbook, so a child that finished the read of a small workbook (up to ``KEEP_BYTES``) cleanly
(``done``, nothing left unread) is kept, waiting, for the next one; after a bigger one it is ended, which
frees what it held. Any other end of a read (stalled, timed out, cancelled, an error, the caller stopping
early while the child still reads) kills it, and a new one is started ahead on a thread
(:func:`prestart`). The memory bound is set again for every read.

A frozen app (PyInstaller) must call ``multiprocessing.freeze_support()`` first thing in its entry
point (``badgedesk.cli.main`` does), or the child would start a second app.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.spawn
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from badgedesk.core import bookread

MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024  # the child's address space (POSIX); a 50 MB workbook needs far less
STALL_SECONDS = 2.5  # the child sends nothing for this long (plus the size allowance): it is stuck
STALL_BYTES_PER_SECOND = 2 * 1024 * 1024  # allowance for the one long call that loads a big sheet
POLL_SECONDS = 0.05
KEEP_BYTES = 2 * 1024 * 1024  # a child that read a workbook up to this size is kept for the next read


CHILD_NAME = "badgedesk-read"


def _preparation_data(
    name: str, _original: Callable[[str], dict[str, Any]] = multiprocessing.spawn.get_preparation_data
) -> dict[str, Any]:
    """The spawn start method re-runs the parent's main script in the child (the GUI's, with Qt, or
    '<stdin>', which fails). The reading child needs none of it: its target is imported by name."""
    data = _original(name)
    if name == CHILD_NAME:
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
    return data


if not getattr(multiprocessing.spawn.get_preparation_data, "badgedesk", False):
    _preparation_data.badgedesk = True  # type: ignore[attr-defined]
    multiprocessing.spawn.get_preparation_data = _preparation_data


class _Flag(Protocol):
    def is_set(self) -> bool: ...


Cancel = Callable[[], bool] | _Flag | None


@dataclass(frozen=True)
class ReadProgress:
    """What a long read has done so far (sent to the ``progress`` callback of ``read_table``).

    ``phase`` is ``"opening"`` (before the first row), ``"reading"`` or ``"done"``; ``rows`` counts the
    non-empty rows read so far, over all sheets read; ``sheet`` is the sheet being read (None for csv).
    """

    phase: str
    rows: int
    sheet: str | None = None


Progress = Callable[[ReadProgress], None] | None


class ReadStopped(Exception):
    """The child was stopped or died. ``kind``: cancelled, timeout, stalled or died."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.detail = detail


def is_cancelled(cancel: Cancel) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set() if is_set is not None else cancel())  # type: ignore[operator]


def stall_limit_for(size: int) -> float:
    return STALL_SECONDS + size / STALL_BYTES_PER_SECOND


def child_messages(
    data: bytes,
    engine: str,
    wanted: str | None,
    *,
    time_limit: float,
    stall_limit: float | None = None,
    memory_limit: int | None | bool = True,
    cancel: Cancel = None,
    fmt: str = "xlsx",
) -> Iterator[tuple[Any, ...]]:
    """Yield the child's messages (see :mod:`bookread`) until ``done`` or ``error``; raise ReadStopped.

    ``memory_limit``: bytes of address space for the child (POSIX), True for MEMORY_LIMIT_BYTES, None
    for no bound.
    Closing the generator early (the caller has what it needs) ends the child.
    """
    stall = stall_limit if stall_limit is not None else stall_limit_for(len(data))
    if memory_limit is True:
        memory_limit = MEMORY_LIMIT_BYTES
    started = time.monotonic()
    deadline = started + time_limit
    child, receive = _take_spare(memory_limit) or _start_child()
    clean = closed = False
    try:
        try:
            receive.send((data, engine, wanted, memory_limit, fmt))
        except (OSError, EOFError):  # the kept child died while it waited: start one now
            _end(child, receive)
            child, receive = _start_child()
            receive.send((data, engine, wanted, memory_limit, fmt))
        last = time.monotonic()
        while True:
            if is_cancelled(cancel):
                raise ReadStopped("cancelled")
            now = time.monotonic()
            if now > deadline:
                raise ReadStopped("timeout", f"{time_limit:.0f} s")
            if now - last > stall:
                raise ReadStopped("stalled", f"{stall:.1f} s")
            if not receive.poll(POLL_SECONDS):
                continue
            try:
                message = receive.recv()
            except (EOFError, OSError):
                child.join(1.0)
                raise ReadStopped("died", f"exit code {child.exitcode}") from None
            last = time.monotonic()
            if message[0] == "done":
                clean = True
            yield message
            if message[0] in ("done", "error"):
                return
    except GeneratorExit:  # the caller has what it needs (closed us at the end of a sheet)
        closed = True
        raise
    finally:
        if not clean and closed and child.is_alive():
            clean = _finishes(receive)
        if clean and len(data) <= KEEP_BYTES and child.is_alive():
            _keep(child, receive, memory_limit)
        else:
            _end(child, receive)
            prestart()


_lock = threading.Lock()
_NEW = True  # the bound of a child that has read nothing yet: none so far, any read may set one
# (process, its end of the pipe, the memory bound it has): waiting for a job. A child's bound only
# ever goes down, so a child is reused only for reads with the same bound (None: one never bounded).
_spare: tuple[Any, Any, int | None | bool] | None = None


def _finishes(receive: Any) -> bool:
    """The caller stopped at the end of a sheet: a child that was sending its last one says ``done``
    at once; one still reading another sheet does not (it is killed)."""
    deadline = time.monotonic() + 0.02
    try:
        while receive.poll(max(0.0, deadline - time.monotonic())):
            kind = receive.recv()[0]
            if kind in ("done", "error"):
                return kind == "done"
    except (EOFError, OSError):
        pass
    return False


def _start_child() -> tuple[Any, Any]:
    ctx = multiprocessing.get_context("spawn")
    mine, theirs = ctx.Pipe(duplex=True)
    child = ctx.Process(target=bookread.waiting_child_main, args=(theirs,), name=CHILD_NAME, daemon=True)
    try:
        child.start()
    finally:
        theirs.close()  # the parent's copy: the pipe reports EOF once the child is gone
    return child, mine


def _end(child: Any, conn: Any) -> None:
    conn.close()
    if child.pid is not None:
        if child.is_alive():
            child.kill()
        child.join(5.0)


def _keep(child: Any, conn: Any, memory_limit: int | None | bool) -> None:
    global _spare
    with _lock:
        if _spare is None:
            _spare, child = (child, conn, memory_limit), None
    if child is not None:
        _end(child, conn)  # one child waiting is enough


def _take_spare(memory_limit: int | None) -> tuple[Any, Any] | None:
    global _spare
    with _lock:
        spare, _spare = _spare, None
    if spare is None:
        return None
    child, conn, bound = spare
    if not child.is_alive() or bound not in (memory_limit, _NEW):
        _end(child, conn)
        return None
    return child, conn


def _start_spare() -> None:
    try:
        child, conn = _start_child()
    except Exception:  # noqa: BLE001 - the next read starts its own child instead
        return
    _keep(child, conn, _NEW)


def release() -> None:
    """End the child kept for the next read, if any (a one-shot command has no next read)."""
    spare = _take_spare(_NEW)
    if spare is not None:
        _end(*spare)


def prestart() -> None:
    """Start a child ahead for the next workbook (on a thread of its own), unless one is waiting."""
    with _lock:
        if _spare is not None:
            return
    threading.Thread(target=_start_spare, name="badgedesk-prestart-reader", daemon=True).start()
