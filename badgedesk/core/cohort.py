"""Read a learner table (one header row plus data rows) from a spreadsheet file.

Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods) are read with python-calamine, and with openpyxl for the
OOXML packages calamine refuses (e.g. a DOCTYPE with an internal entity in sharedStrings.xml), always in
a child process that is stopped when it takes too long or is cancelled (:mod:`badgedesk.core.isolate`).
Delimited text (.csv/.tsv) is read here. The format is judged by the file's bytes, never its extension
(:mod:`badgedesk.core.sniff`); the header row by its names (:mod:`badgedesk.core.header`).
Everything the user can fix is reported as :class:`~badgedesk.core.messages.InputError`; no other
exception escapes :func:`read_table`. This module must never import Qt.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from badgedesk.core import csvread, isolate
from badgedesk.core.bookread import _STRICT_TO_TRANSITIONAL, EMPTY_RUN_STOP, MAX_COLUMNS, MAX_SHEET_ROWS
from badgedesk.core.header import (
    HEADER_SCAN_ROWS,
    MAX_DATA_ROWS,
    cut_columns,
    cut_table,
    empty_error,
    find_header,
)
from badgedesk.core.isolate import Cancel, Progress, ReadProgress, ReadStopped
from badgedesk.core.messages import InputError, Problem, one_line
from badgedesk.core.rows import Rows
from badgedesk.core.sniff import (
    MAX_UNPACKED_BYTES,
    OLE_MAGIC,
    Sniffed,
    decode_text,
    detect_format,
    sniff,
)

__all__ = [
    "EMPTY_RUN_STOP",
    "HEADER_SCAN_ROWS",
    "MAX_COLUMNS",
    "MAX_DATA_ROWS",
    "MAX_FILE_BYTES",
    "MAX_SHEET_ROWS",
    "MAX_UNPACKED_BYTES",
    "OLE_MAGIC",
    "ReadProgress",
    "Table",
    "decode_text",
    "detect_format",
    "read_table",
    "_STRICT_TO_TRANSITIONAL",
]

MAX_FILE_BYTES = 50 * 1024 * 1024  # refuse larger files outright
READ_SECONDS = 60.0  # last-resort guard for a whole read (each child also has a stall limit)
EXCEL_EXTENSIONS = (".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods")

FORMAT_NAMES = {
    "xlsx": "Excel workbook",
    "xlsb": "Excel Binary Workbook (.xlsb)",
    "xls": "Excel 97-2003 workbook (.xls)",
    "ods": "OpenDocument spreadsheet (.ods)",
    "csv": "text file",
}
BIFF_NAMES = {
    "biff2": "a bare Excel 2.x worksheet",
    "biff3": "a bare Excel 3 worksheet",
    "biff4": "a bare Excel 4 worksheet",
    "biff5": "a bare Excel 5 worksheet stream (no workbook container)",
}
ENCRYPTED_MESSAGE = (
    "{name} is password-protected, so BadgeDesk cannot read it. Save an unprotected copy (Excel: "
    "File › Info › Protect Workbook › Encrypt with Password, clear the password, save; LibreOffice: "
    "File › Save As without 'Save with password'), or export it as .csv, then open that."
)


@dataclass
class Table:
    """A header row and the data rows below it, every cell as a stripped string."""

    path: Path
    format: str  # what the bytes are: "xlsx" (also .xlsm), "xlsb", "xls", "ods" or "csv" (also .tsv)
    sheet: str | None  # chosen worksheet name, None for csv
    sheets: list[str]  # visible worksheet names in workbook order ([] for csv)
    header_row: int  # 1-based row number of the header row (0 when the file is empty)
    headers: list[str]  # header cells as stripped strings ('' for an empty header cell)
    # (1-based source row number, cells), same length as headers: a list, or (regular .csv) rows kept
    # as columns (core/rows.py: make a changed copy with Rows.copy and set_cell)
    rows: list[tuple[int, list[str]]] | Rows
    encoding: str | None = None  # csv only: the detected encoding name
    delimiter: str | None = None  # csv only
    sha256: str = ""  # hex sha256 of the file's bytes
    reader: str = ""  # "calamine", "openpyxl" or "csv": what read it
    notes: list[Problem] = field(default_factory=list)  # what reading left out (e.g. a second table)
    ignored_from: int | None = None  # first row of a second table below the learners (not read)

    @property
    def keeps_workbook(self) -> bool:
        """Whether a results copy can be this workbook itself with columns added (only .xlsx/.xlsm).

        An .xls, .xlsb or .ods source gets a new .xlsx instead (openpyxl writes only OOXML).
        """
        return self.format == "xlsx"


# --------------------------------------------------------------------------- errors


def _corrupt_error(name: str, reason: str) -> InputError:
    return InputError(
        "corrupt",
        f"{name} is damaged or is not a spreadsheet ({reason}). Re-save it from Excel as .xlsx or .csv.",
        reason=reason,
    )


def _too_slow(name: str) -> InputError:
    return InputError(
        "too_large",
        f"{name} took too long to read. Copy just the learner list into a new workbook and open that.",
    )


def _cancelled(name: str) -> InputError:
    return InputError("cancelled", f"Reading {name} was cancelled; nothing was opened.", file=name)


class _Tick:
    """Deadline, cancel and progress for an in-process read (delimited text)."""

    def __init__(self, name: str, progress: Progress, cancel: Cancel, sheet: str | None = None) -> None:
        self.name, self.progress, self.cancel, self.sheet = name, progress, cancel, sheet
        self.deadline = time.monotonic() + READ_SECONDS
        self.rows = 0

    def __call__(self, rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
        for row in rows:
            self.rows += 1
            if self.rows % 1000 == 0:
                self.check()
            yield row

    def at(self, rows: int) -> None:
        self.rows = rows
        self.check()

    def check(self) -> None:
        if isolate.is_cancelled(self.cancel):
            raise _cancelled(self.name)
        if time.monotonic() > self.deadline:
            raise _too_slow(self.name)
        if self.progress is not None:
            self.progress(ReadProgress("reading", self.rows, self.sheet))


def _table(
    path: Path,
    fmt: str,
    rows: Iterator[tuple[int, list[str]]] | list[tuple[int, list[str]]],
    sheet: str | None,
    header_row: int | None,
) -> Table:
    cut = cut_table(rows, path.name, sheet, header_row)
    body = cut.rows
    if isinstance(body, list) and all(len(cells) == len(cut.headers) for _, cells in body):
        # A workbook's (or a quoted csv's) rows kept as columns too: no list and tuple per row, ~190
        # bytes a row less while the draft holds the table (see core/rows.py).
        body = Rows.of(body, len(cut.headers))
    return Table(
        path=path,
        format=fmt,
        sheet=sheet,
        sheets=[],
        header_row=cut.header_row,
        headers=cut.headers,
        rows=body,
        notes=cut.notes,
        ignored_from=cut.ignored_from,
    )


# --------------------------------------------------------------------------- delimited text


def _columns_table(path: Path, rows: Rows, header_row: int | None) -> Table | None:
    """The table of :func:`csvread.split_columns`'s rows, kept as columns; None when it must be cut
    row by row."""
    cut = cut_columns(rows, path.name, None, header_row)
    if cut is None:
        return None
    return Table(
        path,
        "csv",
        None,
        [],
        cut.header_row,
        cut.headers,
        cut.rows,
        notes=cut.notes,
        ignored_from=cut.ignored_from,
    )


def _read_csv(
    path: Path, text: str, encoding: str, header_row: int | None, progress: Progress, cancel: Cancel
) -> Table:
    name = path.name
    text, delimiter = csvread.prepare(text)
    lines = csvread.sample_lines(text)
    if not lines:
        raise empty_error(name)
    if delimiter is None:
        delimiter = csvread.sniff_delimiter(lines)
    tick = _Tick(name, progress, cancel)
    try:
        columns = csvread.split_columns(text, delimiter, tick.at)
        read = len(columns) if columns is not None else None  # the cut takes the columns' rows away
        table = _columns_table(path, columns, header_row) if columns is not None else None
        if table is None:
            plain = csvread.split_plain(text, delimiter, tick.at)
            rows = plain if plain is not None else tick(csvread.records(text, delimiter))
            table = _table(path, "csv", rows, None, header_row)
            read = len(plain) if plain is not None else None
    except csvread.csv.Error as exc:
        raise _corrupt_error(name, one_line(exc)) from None
    table.encoding, table.delimiter, table.reader = encoding, delimiter, "csv"
    if progress is not None:  # every row read, as a workbook's read ends (the ticks are spaced out)
        progress(ReadProgress("done", read if read is not None else tick.rows, None))
    return table


# --------------------------------------------------------------------------- workbooks


class _Retry(Exception):
    """This reader failed in a way another reader may not: (kind, reason)."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def _sheet_not_found(name: str, wanted: str, sheets: list[tuple[str, str]]) -> InputError:
    visible = [n for n, state in sheets if state == "visible"]
    available = ", ".join(f"'{n}'" for n in visible)
    if any(n.strip().casefold() == wanted.strip().casefold() for n, state in sheets if state != "visible"):
        message = (
            f"Sheet '{wanted}' in {name} is hidden. Unhide it in Excel and save, "
            f"or choose one of the visible sheets: {available}."
        )
    else:
        message = f"{name} has no sheet named '{wanted}'. Choose one of: {available}."
    return InputError("sheet_not_found", message, sheet=wanted, sheets=visible)


def _no_worksheets(name: str, sheets: list[tuple[str, str]]) -> InputError:
    if any(state in ("hidden", "veryhidden") for _, state in sheets):
        return InputError(
            "no_worksheets",
            f"{name} has no visible worksheets. Unhide the learner sheet in Excel "
            "(Format › Hide & Unhide › Unhide Sheet), save, and open it again.",
        )
    return InputError(
        "no_worksheets",
        f"{name} contains no worksheets BadgeDesk can read. "
        "Open it in Excel and save it as an Excel Workbook (.xlsx) or .csv, then open that.",
    )


def _read_engine(
    path: Path,
    data: bytes,
    fmt: str,
    engine: str,
    sheet: str | None,
    header_row: int | None,
    deadline: float,
    progress: Progress,
    cancel: Cancel,
) -> Table:
    """One reader in one child: the chosen sheet's table. Raises InputError or _Retry."""
    name = path.name
    sheets: list[tuple[str, str]] = []
    read: dict[str, list[tuple[int, list[str]]]] = {}
    current: str | None = None
    chosen: str | None = None
    fallback: str | None = None
    total = 0
    messages = isolate.child_messages(
        data, engine, sheet, time_limit=deadline - time.monotonic(), cancel=cancel, fmt=fmt
    )
    if progress is not None:
        progress(ReadProgress("opening", 0))
    try:
        for message in messages:
            kind = message[0]
            if kind == "sheets":
                sheets = message[1]
                visible = [n for n, state in sheets if state == "visible"]
                if not visible:
                    raise _no_worksheets(name, sheets)
                if sheet is not None and not any(
                    n.strip().casefold() == sheet.strip().casefold() for n in visible
                ):
                    raise _sheet_not_found(name, sheet, sheets)
            elif kind == "sheet":
                current = message[1]
                read[current] = []
            elif kind == "rows":
                read[current or ""].extend(message[1])
                total += len(message[1])
                if progress is not None:
                    progress(ReadProgress("reading", total, current))
            elif kind == "end":
                rows = read[message[1]]
                if sheet is not None:
                    chosen = message[1]
                    break
                head = rows[:HEADER_SCAN_ROWS]
                if head and find_header(head)[1]:
                    chosen = message[1]
                    break  # the child is ended: later sheets are not needed
                if head and fallback is None:
                    fallback = message[1]
            elif kind == "error":
                _, what, reason = message
                if what == "encrypted":
                    raise InputError("encrypted", ENCRYPTED_MESSAGE.format(name=name), format=fmt)
                raise _Retry(what, reason)
            elif kind == "done":
                break
    except ReadStopped as stop:
        if stop.kind == "cancelled":
            raise _cancelled(name) from None
        if stop.kind == "timeout":
            raise _too_slow(name) from None
        raise _Retry(stop.kind, stop.detail) from None
    finally:
        messages.close()
    chosen = chosen or fallback
    if chosen is None:
        raise empty_error(name, sheet=sheet, all_sheets=sheet is None and len(read) > 1)
    table = _table(path, fmt, read[chosen], chosen, header_row)
    table.sheets = [n for n, state in sheets if state == "visible"]
    table.reader = engine
    if progress is not None:
        progress(ReadProgress("done", total, chosen))
    return table


def _retry_reason(retry: _Retry) -> str:
    if retry.kind == "stalled":
        return f"the reader made no progress for {retry.reason}"
    if retry.kind == "died":
        return f"the reader stopped ({retry.reason}): it ran out of memory or crashed on it"
    if retry.kind == "memory":
        return "reading it needs more memory than any learner list"
    return retry.reason


def _read_workbook(
    path: Path,
    data: bytes,
    fmt: str,
    sheet: str | None,
    header_row: int | None,
    progress: Progress,
    cancel: Cancel,
) -> Table:
    deadline = time.monotonic() + READ_SECONDS
    # openpyxl reads some OOXML packages calamine refuses (a DOCTYPE with an internal entity, more
    # cells than calamine's limit) and streams rows without loading a whole sheet.
    engines = ("calamine", "openpyxl") if fmt == "xlsx" else ("calamine",)
    first: _Retry | None = None
    for engine in engines:
        try:
            return _read_engine(path, data, fmt, engine, sheet, header_row, deadline, progress, cancel)
        except _Retry as retry:
            first = first or retry
    assert first is not None
    if first.kind in ("memory", "cell_limit"):
        raise InputError(
            "corrupt" if first.kind == "cell_limit" else "too_large",
            f"{path.name} is damaged or too large to read ({_retry_reason(first)}). "
            "Copy just the learner list into a new workbook, save it as .xlsx or .csv, and open that.",
            reason=_retry_reason(first),
        )
    raise _corrupt_error(path.name, _retry_reason(first))


# --------------------------------------------------------------------------- entry point


def read_table(
    path: str | Path,
    sheet: str | None = None,
    header_row: int | None = None,
    *,
    progress: Progress = None,
    cancel: Cancel = None,
) -> Table:
    """Read the learner table from ``path``. Raises only InputError.

    ``header_row`` (1-based, as Excel numbers rows) forces the header row instead of detecting it;
    rows above it are ignored. ``progress`` is called with :class:`ReadProgress` as rows arrive (from
    the reading thread); ``cancel`` (a ``threading.Event`` or a callable returning True) stops the read,
    which then raises InputError ``cancelled``.
    """
    path = Path(path)
    name = path.name
    try:
        if not path.exists():
            raise InputError(
                "not_found", f"{name} was not found. Check the file name and folder, then open it again."
            )
        if name.startswith("~$"):
            raise InputError(
                "lock_file",
                f"{name} is Excel's temporary lock file; open the real workbook "
                f"({name[2:] or 'without the ~$ prefix'}) instead.",
            )
        if path.is_dir():
            raise InputError(
                "unreadable", f"{name} is a folder, not a file. Choose the spreadsheet file itself."
            )
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                "too_large",
                f"{name} is {size / 1024 / 1024:.0f} MB, more than BadgeDesk reads "
                f"({MAX_FILE_BYTES // 1024 // 1024} MB). Save just the learner list as .xlsx or .csv.",
                size=size,
            )
        data = path.read_bytes()
    except InputError:
        raise
    except PermissionError:
        raise InputError(
            "unreadable",
            f"{name} cannot be read (permission denied). Close it in other programs or check its "
            "permissions, then try again.",
        ) from None
    except OSError as exc:
        raise InputError(
            "unreadable",
            f"{name} cannot be read ({one_line(exc.strerror or exc)}). Check the file and try again.",
        ) from None

    try:
        return _read_bytes(path, data, sheet, header_row, progress, cancel)
    except InputError:
        raise
    except MemoryError:
        raise InputError("too_large", f"{name} is too large to read. Split the learner list.") from None
    except Exception as exc:  # noqa: BLE001 - the contract: only InputError escapes
        raise _corrupt_error(name, f"{type(exc).__name__}: {one_line(exc)}") from None


def _read_bytes(
    path: Path, data: bytes, sheet: str | None, header_row: int | None, progress: Progress, cancel: Cancel
) -> Table:
    name = path.name
    digest = hashlib.sha256(data).hexdigest()
    sniffed: Sniffed = sniff(data)
    fmt = sniffed.format
    if fmt == "empty":
        if path.suffix.lower() in EXCEL_EXTENSIONS:
            raise _corrupt_error(name, "the file is empty, 0 bytes")
        raise InputError(
            "empty", f"{name} is empty (0 bytes). Save the learner list into it and open it again."
        )
    if fmt == "encrypted":
        raise InputError("encrypted", ENCRYPTED_MESSAGE.format(name=name), format="xlsx")
    if fmt in BIFF_NAMES:
        raise InputError(
            "unsupported_format",
            f"{name} is {BIFF_NAMES[fmt]}, a format from before Excel 97 that BadgeDesk cannot read. "
            "Open it in Excel or LibreOffice and save it as .xlsx or .csv, then open that.",
            format=fmt,
        )
    if sniffed.too_large:
        raise InputError(
            "too_large",
            f"{name} is too large to read ({sniffed.reason}). Save just the learner list as .xlsx or .csv.",
            format=fmt,
        )
    if fmt in ("xlsx", "xlsb", "xls", "ods"):
        table = _read_workbook(path, data, fmt, sheet, header_row, progress, cancel)
    elif fmt == "csv" and sniffed.text is not None and sniffed.encoding is not None:
        table = _read_csv(path, sniffed.text, sniffed.encoding, header_row, progress, cancel)
    else:
        raise _corrupt_error(name, sniffed.reason or "unrecognised content")
    table.sha256 = digest
    return table
