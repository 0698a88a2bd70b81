"""Read a workbook's rows as text: python-calamine first, openpyxl for what calamine refuses.

This module runs in the child process that :mod:`badgedesk.core.isolate` starts for every workbook, so
that a file which makes a reader spin or allocate without end can be stopped. It imports nothing of the
app but :mod:`badgedesk.core.messages` (never Qt, never the platforms). It sends plain tuples:

- ``("sheets", [(name, state), ...])``: every sheet in workbook order; ``state`` is ``"visible"``,
  ``"hidden"``, ``"veryhidden"`` or ``"chart"`` (not a worksheet);
- ``("sheet", name)``, then ``("rows", [(row number, cells), ...])`` chunks, then ``("end", name)``;
- ``("error", kind, reason)`` with ``kind`` ``encrypted``, ``corrupt``, ``cell_limit`` or ``memory``;
- ``("done",)``.

Only non-empty rows are sent, each as its cells' stripped text without trailing empty cells, numbered
from 1 as Excel numbers them. A sheet is taken to have ended after EMPTY_RUN_STOP empty rows in a row or
at Excel's row limit, whatever its stored dimension claims.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import re
import sys
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from itertools import repeat
from typing import Any

MAX_COLUMNS = 16_384  # Excel's own limit (XFD)
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit; some files claim rows beyond it
EMPTY_RUN_STOP = 200  # consecutive empty rows after which a sheet is taken to have ended
CHUNK_ROWS = 1000  # rows per message to the parent (also how often progress is reported)

Send = Callable[[tuple[Any, ...]], None]

# Strict OOXML uses other namespace URIs for the same structure; openpyxl only knows the
# transitional ones and silently sees no worksheets.  Rewriting the URIs is enough to read it.
_STRICT_TO_TRANSITIONAL = (
    (
        b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


# --------------------------------------------------------------------------- cells


def cell_text(value: Any, unescape: bool = False) -> str:
    """A cell's value as the stripped text the importer works with ('' for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, str):
        # Excel stores characters XML cannot hold (control characters, a lone CR) as _xHHHH_;
        # openpyxl's read-only reader leaves them escaped (calamine decodes them itself).
        if unescape and "_x" in value:
            value = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def trim(cells: list[str]) -> list[str]:
    """Drop trailing empty cells; [] for an empty row."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def sheet_rows(
    values: Iterable[Any], first_column: int = 0, unescape: bool = False
) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) for the non-empty rows of ``values`` (one sequence per row, from row 1)."""
    pad = [""] * first_column
    empty_run = 0
    for number, row in enumerate(values, start=1):
        if number > MAX_SHEET_ROWS:
            break
        if not row:
            cells = []
        elif not unescape and all(map(isinstance, row, repeat(str))):
            cells = trim(list(map(str.strip, row[:MAX_COLUMNS])))  # text only: cell_text() is strip()
        else:
            cells = trim([cell_text(v, unescape) for v in row[:MAX_COLUMNS]])
        if not cells:
            empty_run += 1
            if empty_run >= EMPTY_RUN_STOP:
                break
            continue
        empty_run = 0
        yield number, pad + cells if first_column else cells


def _send_sheet(send: Send, name: str, rows: Iterator[tuple[int, list[str]]]) -> None:
    send(("sheet", name))
    chunk: list[tuple[int, list[str]]] = []
    # One object per distinct text in a chunk: pickle then sends a repeated value ('yes', a
    # date, a company) once, and the parent keeps one string for it instead of one per row.
    shared: dict[str, str] = {}
    for number, cells in rows:
        chunk.append((number, list(map(shared.setdefault, cells, cells))))
        if len(chunk) >= CHUNK_ROWS:
            send(("rows", chunk))
            chunk = []
            shared.clear()
    if chunk:
        send(("rows", chunk))
    send(("end", name))


def _chosen(sheets: list[tuple[str, str]], wanted: str | None) -> list[str]:
    """The sheets to read: the one asked for (exact name, else ignoring case) or every visible one."""
    visible = [name for name, state in sheets if state == "visible"]
    if wanted is None:
        return visible
    for match in (lambda n: n == wanted, lambda n: n.strip().casefold() == wanted.strip().casefold()):
        found = [n for n in visible if match(n)]
        if found:
            return found[:1]
    return []


# --------------------------------------------------------------------------- python-calamine


SUFFIXES = {"xlsx": ".xlsx", "xlsb": ".xlsb", "xls": ".xls", "ods": ".ods"}


def read_calamine(send: Send, data: bytes, wanted: str | None, fmt: str = "xlsx") -> None:
    import tempfile

    from python_calamine import CalamineWorkbook

    # calamine's own sniffing of a byte stream misses some OpenDocument files, and by path it goes by
    # the extension: so read a private copy named for the format the bytes really are.
    with tempfile.TemporaryDirectory(prefix="badgedesk-read-") as folder:
        copy = os.path.join(folder, "book" + SUFFIXES.get(fmt, ".xlsx"))
        with open(copy, "wb") as fh:
            fh.write(data)
        workbook = CalamineWorkbook.from_path(copy)
        _send_calamine(send, workbook, wanted)


def _send_calamine(send: Send, workbook: Any, wanted: str | None) -> None:
    try:
        sheets = []
        for meta in workbook.sheets_metadata:
            typ, visible = str(meta.typ).rsplit(".", 1)[-1], str(meta.visible).rsplit(".", 1)[-1]
            state = visible.lower() if typ == "WorkSheet" else "chart"
            sheets.append((meta.name, state))
        send(("sheets", sheets))
        for name in _chosen(sheets, wanted):
            sheet = workbook.get_sheet_by_name(name)
            start = sheet.start
            if start is None:
                _send_sheet(send, name, iter(()))
                continue
            # iter_rows() starts at the sheet's first row (row 1) but at its first used column.
            _send_sheet(send, name, sheet_rows(sheet.iter_rows(), first_column=start[1]))
    finally:
        workbook.close()


# --------------------------------------------------------------------------- openpyxl


def _zip_part(data: bytes, part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            return archive.read(part)
        except KeyError:
            return b""


def _strict_to_transitional(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in _STRICT_TO_TRANSITIONAL:
                    content = content.replace(strict, transitional)
            dst.writestr(info, content)
    return out.getvalue()


def _open_openpyxl(data: bytes) -> Any:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    if workbook.worksheets or b"purl.oclc.org/ooxml" not in _zip_part(data, "xl/workbook.xml"):
        return workbook
    workbook.close()
    return load_workbook(io.BytesIO(_strict_to_transitional(data)), read_only=True, data_only=True)


def read_openpyxl(send: Send, data: bytes, wanted: str | None, fmt: str = "xlsx") -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = _open_openpyxl(data)
        try:
            worksheets = {ws.title: ws for ws in workbook.worksheets}
            sheets = [(ws.title, ws.sheet_state.lower()) for ws in workbook.worksheets]
            send(("sheets", sheets))
            for name in _chosen(sheets, wanted):
                ws = worksheets[name]
                ws.reset_dimensions()  # the stored dimension can claim a million rows
                _send_sheet(send, name, sheet_rows(ws.iter_rows(values_only=True), unescape=True))
        finally:
            workbook.close()


# --------------------------------------------------------------------------- the child


def classify(exc: BaseException) -> tuple[str, str]:
    """(kind, one-line reason) for a reader's exception."""
    from badgedesk.core.messages import one_line

    kind = type(exc).__name__
    text = one_line(exc)
    if kind == "PasswordError":
        return "encrypted", text
    if isinstance(exc, MemoryError):
        return "memory", ""
    if "cell limit" in text.lower():
        return "cell_limit", text
    if isinstance(exc, zipfile.BadZipFile) or kind == "ZipError":
        return "corrupt", f"broken zip package: {text}"
    if isinstance(exc, KeyError):
        return "corrupt", f"a required part is missing: {one_line(exc.args[0] if exc.args else exc)}"
    if kind in ("XmlError", "ParseError", "XMLSyntaxError", "ExpatError"):
        return "corrupt", f"invalid XML: {text}"
    if kind == "PanicException":
        return "corrupt", "the reader gave up on its structure"
    if kind == "CalamineError":
        return "corrupt", text
    return "corrupt", f"{kind}: {text}"


def _limit_memory(limit: int | None) -> None:
    if not limit:
        return
    try:
        import resource  # POSIX only; on Windows only the time limit applies
    except ImportError:
        return
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ValueError, OSError, AttributeError):
        pass  # some systems (macOS) refuse RLIMIT_AS; the time limit still applies


def _quiet() -> None:
    """A Rust panic prints a backtrace on stderr: the parent reports the failure in one line instead."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def child_main(
    conn: Any, data: bytes, engine: str, wanted: str | None, memory_limit: int | None, fmt: str = "xlsx"
) -> None:
    """The child process: read ``data`` (format ``fmt``) with ``engine`` and send what was found."""
    _quiet()
    try:
        _serve(conn, data, engine, wanted, memory_limit, fmt)
    finally:
        conn.close()


def _serve(
    conn: Any, data: bytes, engine: str, wanted: str | None, memory_limit: int | None, fmt: str
) -> None:
    _limit_memory(memory_limit)
    send = conn.send
    try:
        send(("hello", sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))))
        (read_calamine if engine == "calamine" else read_openpyxl)(send, data, wanted, fmt)
        send(("done",))
    except BaseException as exc:  # noqa: BLE001 - pyo3's PanicException is a BaseException
        try:
            send(("error", *classify(exc)))
        except BaseException:  # noqa: BLE001 - out of memory even for the message: the exit code says it
            pass


def waiting_child_main(conn: Any) -> None:
    """A reader child kept for the next workbook: ready (calamine imported) before the parent has one.

    It reads each job ``(data, engine, wanted, memory_limit, fmt)`` it is sent, one after another, as
    :func:`child_main` does, until the parent closes the pipe. The parent sends a job only after the
    previous one ended with ``done``; any other end (stall, timeout, cancel, an error) kills the child."""
    _quiet()
    try:
        import python_calamine  # noqa: F401 - the import is most of a child's start-up
    except ImportError:
        pass
    try:
        while True:
            try:
                data, engine, wanted, memory_limit, fmt = conn.recv()
            except (EOFError, OSError, ValueError, TypeError):
                return
            _serve(conn, data, engine, wanted, memory_limit, fmt)
            del data
    finally:
        conn.close()
