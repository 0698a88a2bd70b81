"""Export a run's results to .csv or .xlsx, safe to open in Excel.

Learner names and platform messages are untrusted: a cell that starts with ``= + - @``,
a tab or a carriage return could run as a formula, so it gets a leading apostrophe
(OWASP "CSV injection"). In .xlsx every value is written as a string cell.

:func:`export_rows` writes the journal's own columns; :func:`export_with_source` writes the
learner list itself with the results added on the right. :func:`atomic_write` is the one
place that writes a file next to its target and renames it, so a failure never leaves half
a file behind; the other core modules that save files use it too.

Every export says which run it holds and where that run issued (:class:`About`, words the caller
makes, e.g. "<platform> · simulator · Northwind"):

- an .xlsx gets a small "About" sheet beside the results: Run ID, Where, Badge, Exported at (UTC)
  and the BadgeDesk version, one label and value a line, which a trainer reads at a glance;
- a .csv has one sheet only, so each row says where in a "Where" column: :func:`export_rows`
  adds "Run ID" and "Where" after its own columns; the learner-list copy (which has a "Run ID"
  result column already) puts "Where" between the learner's columns and the result columns, so
  the result columns stay the last ones, as before. A preamble line above the header would read
  as the header in Excel's filters, pandas and csv readers; a column repeated on every row keeps
  the file one table, and a row copied elsewhere still says where it was issued.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from badgedesk.core.messages import InputError

if TYPE_CHECKING:
    from badgedesk.core.cohort import Table

COLUMNS = (
    ("row_number", "Row"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("email", "Email"),
    ("consent_source", "Consent"),
    ("status", "Status"),
    ("http_status", "HTTP"),
    ("code", "Code"),
    ("message", "Detail"),
    ("award_id", "Award ID"),
    ("attempts", "Attempts"),
    ("updated_at", "Updated (UTC)"),
)
# The columns export_with_source adds to the right of the learner list.
RESULT_COLUMNS = ("Status", "HTTP code", "Detail", "Assertion ID", "Assertion URL", "Issued at", "Run ID")
ISSUED_STATUSES = ("issued", "already_issued")
ABOUT_SHEET = "About"
ABOUT_LABELS = ("Run ID", "Where", "Badge", "Exported at", "BadgeDesk version")
WHERE_COLUMN = "Where"
RUN_COLUMN = "Run ID"
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value: Any) -> str:
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value))
    if text.startswith(_RISKY):
        text = "'" + text
    return text[:32000]


def result_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [[safe_cell(r.get(key)) for key, _ in COLUMNS] for r in rows]


@dataclass(frozen=True)
class About:
    """Which run an export holds and where it issued, in words the caller makes (the core names
    no platform): ``where`` reads like "<platform> · simulator · Northwind"."""

    run_id: Any
    where: str
    badge: str = ""
    exported_at: str = ""  # '' for now, in UTC
    version: str = ""  # '' for this BadgeDesk's

    def lines(self) -> list[list[str]]:
        """The About sheet: one ``[label, value]`` a line, in :data:`ABOUT_LABELS` order, safe to open."""
        from badgedesk import __version__

        when = self.exported_at or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        values = (self.run_id, self.where, self.badge, when, self.version or __version__)
        return [[label, safe_cell(value)] for label, value in zip(ABOUT_LABELS, values, strict=True)]


def _is_about_sheet(ws: Any) -> bool:
    """True for an About sheet an earlier export wrote (its labels in column A), so it is replaced."""
    found = [ws.cell(row=i + 1, column=1).value for i in range(len(ABOUT_LABELS))]
    return found == list(ABOUT_LABELS)


def _about_title(wb: Any) -> str:
    """ "About", or "About (2)", … when the workbook has a sheet of that name of its own; an earlier
    export's About sheet is removed first."""
    for name in list(wb.sheetnames):
        if re.fullmatch(re.escape(ABOUT_SHEET) + r"( \(\d+\))?", name) and _is_about_sheet(wb[name]):
            del wb[name]
    title, number = ABOUT_SHEET, 2
    while title in wb.sheetnames:
        title, number = f"{ABOUT_SHEET} ({number})", number + 1
    return title


def _add_about_sheet(wb: Any, about: About) -> None:
    """Append the About sheet to a workbook open for writing (not write-only)."""
    from openpyxl.styles import Font

    ws = wb.create_sheet(_about_title(wb))
    for r, (label, value) in enumerate(about.lines(), start=1):
        _text_cell(ws, r, 1, label).font = Font(bold=True)
        _text_cell(ws, r, 2, value)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 60


def atomic_write(out: Path, write: Callable[[str], None]) -> Path:
    """Call ``write(temp_path)`` for a temporary file beside ``out``, sync it, then rename it over ``out``.

    OSError (including PermissionError when ``out`` is open in another program) propagates;
    the temporary file is removed either way.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".badgedesk-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def atomic_write_bytes(out: Path, data: bytes) -> Path:
    """Write ``data`` to ``out`` atomically (see :func:`atomic_write`)."""

    def write(tmp: str) -> None:
        with open(tmp, "wb") as fh:
            fh.write(data)

    return atomic_write(out, write)


def _export_target(out: str | Path) -> tuple[Path, str]:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(
            "export_format",
            f"Cannot export to '{out.name}': use a name ending in .xlsx or .csv.",
            file=str(out),
        )
    return out, suffix


def write_json(out: Path, data: Any, indent: int | None = 2) -> Path:
    """Write ``data`` as UTF-8 JSON to ``out`` atomically (see :func:`atomic_write`)."""
    text = json.dumps(data, indent=indent, ensure_ascii=False, default=str) + "\n"
    return atomic_write_bytes(out, text.encode("utf-8"))


def export_rows(
    rows: list[dict[str, Any]], out: str | Path, title: str = "Results", about: About | None = None
) -> Path:
    """Write ``rows`` (journal learner rows) to ``out``; the format follows the extension.

    With ``about``, an .xlsx gets the About sheet and a .csv the "Run ID" and "Where" columns.
    """
    out, suffix = _export_target(out)
    header = [label for _, label in COLUMNS]
    body = result_rows(rows)
    if about is not None and suffix == ".csv":
        header += [RUN_COLUMN, WHERE_COLUMN]
        tail = [safe_cell(about.run_id), safe_cell(about.where)]
        body = [line + tail for line in body]

    def write(tmp: str) -> None:
        if suffix == ".csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows(body)
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            sheet = safe_cell(title)[:31] or "Results"
            ws = wb.create_sheet(sheet)
            ws.append(header)
            for line in body:
                ws.append(line)  # all str: openpyxl only makes formulas of strings starting with "="
            if about is not None:
                info = wb.create_sheet(ABOUT_SHEET if sheet != ABOUT_SHEET else f"{ABOUT_SHEET} (2)")
                info.column_dimensions["A"].width = 20
                info.column_dimensions["B"].width = 60
                for line in about.lines():
                    info.append(line)
            wb.save(tmp)

    try:
        atomic_write(out, write)
    except PermissionError as exc:
        raise InputError(
            "export_locked",
            f"Cannot write '{out.name}': it is open in another program or the folder is read-only. "
            "Close it and export again.",
            file=str(out),
        ) from exc
    except OSError as exc:  # a folder in the way, a full disk, a missing drive…
        raise InputError(
            "export_failed",
            f"Cannot write '{out}': {exc.strerror or exc}. Choose another file name or folder.",
            file=str(out),
        ) from exc
    return out


# --------------------------------------------------------------------------- results beside the source


def _lock_files(path: Path) -> tuple[Path, Path]:
    """Excel's owner files for ``path``: '~$' + name, or '~$' + name without its first two characters."""
    return path.with_name("~$" + path.name), path.with_name("~$" + path.name[2:])


def is_locked(path: Path) -> bool:
    """True when Excel (or LibreOffice) shows ``path`` as open: its lock file sits beside it."""
    path = Path(path)
    lo_lock = path.with_name(".~lock." + path.name + "#")
    return any(p.exists() for p in (*_lock_files(path), lo_lock))


def free_name(path: Path) -> Path:
    """'results.xlsx' -> the first of 'results (2).xlsx', 'results (3).xlsx', … that is free and not locked."""
    path = Path(path)
    stem = re.sub(r" \(\d+\)$", "", path.stem)
    for number in range(2, 1000):
        candidate = path.with_name(f"{stem} ({number}){path.suffix}")
        if not candidate.exists() and not is_locked(candidate):
            return candidate
    raise InputError(
        "export_locked",
        f"No free file name like '{path.name}' is left in {path.parent}. Choose another folder and export again.",
        file=str(path),
    )


def locked_error(out: Path) -> InputError:
    suggestion = free_name(out)
    return InputError(
        "export_locked",
        f"Cannot write '{out.name}': it is open in Excel or another program, or the folder is read-only. "
        f"Close it and export again, or save as '{suggestion.name}'.",
        file=str(out),
        suggestion=suggestion.name,
        suggestion_path=str(suggestion),
    )


def _result_cells(row: dict[str, Any], run_id: Any) -> list[str]:
    status = row.get("status") or ""
    issued_at = row.get("issued_at") or (row.get("updated_at") if status in ISSUED_STATUSES else "")
    values = (
        status,
        row.get("http_status"),
        row.get("message"),
        row.get("award_id"),
        row.get("award_url"),
        issued_at,
        run_id,
    )
    return [safe_cell(v) for v in values]


def _results_by_row(rows: list[dict[str, Any]], run_id: Any) -> dict[int, list[str]]:
    return {int(r["row_number"]): _result_cells(r, run_id) for r in rows if r.get("row_number") is not None}


def export_with_source(
    source: Table,
    rows: list[dict[str, Any]],
    out: str | Path,
    run_id: Any,
    source_sha256: str | None = None,
    about: About | None = None,
) -> Path:
    """Write the learner list ``source`` with the run's results added on the right, to ``out``.

    ``rows`` are journal rows (``row_number``, ``status``, ``http_status``, ``message``, ``award_id``,
    ``award_url``, ``updated_at``), matched to the learners by source row number. An .xlsx/.xlsm source
    exported to .xlsx keeps the workbook (a copy read into memory; the source file is never written;
    openpyxl drops charts and images); every other combination writes the table's header and rows plus
    the result columns. ``source_sha256`` (the run's recorded hash) guards against a learner list that
    changed since the run. With ``about``, an .xlsx gets the About sheet (an earlier export's About
    sheet is replaced, a sheet of the workbook's own called "About" is kept) and a .csv a "Where"
    column before the result columns. Raises InputError only.
    """
    out, suffix = _export_target(out)
    src = Path(source.path)
    if out.exists() and src.exists() and out.resolve() == src.resolve():
        raise InputError(
            "export_onto_source",
            f"'{out.name}' is the learner list itself; choose another file name so the original stays as it is.",
            file=str(out),
        )
    if is_locked(out):
        raise locked_error(out)
    if source_sha256 and source.sha256 and source_sha256 != source.sha256:
        raise _source_changed(src)
    results = _results_by_row(rows, run_id)
    write: Callable[[str], None]
    if suffix == ".xlsx" and source.format == "xlsx":
        write = partial(_write_workbook_copy, source, _source_bytes(source), results, about)
    elif suffix == ".xlsx":
        write = partial(_write_fresh_workbook, source, results, about)
    else:
        write = partial(_write_csv, source, results, about)
    try:
        atomic_write(out, write)
    except PermissionError:
        raise locked_error(out) from None
    except OSError as exc:
        raise InputError(
            "export_failed",
            f"Cannot write '{out.name}' ({exc.strerror or exc}). Choose another folder and export again.",
            file=str(out),
        ) from None
    return out


def _source_bytes(source: Table) -> bytes:
    path = Path(source.path)
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError(
            "export_source_missing",
            f"The learner list {path.name} cannot be read at {path.parent}. "
            "Put it back (or locate it), or export to .csv instead.",
            file=str(path),
        ) from None
    if source.sha256 and hashlib.sha256(data).hexdigest() != source.sha256:
        raise _source_changed(path)
    return data


def _source_changed(path: Path) -> InputError:
    return InputError(
        "export_source_changed",
        f"{path.name} has changed since the run, so its rows may no longer match the results. "
        "Export the results on their own instead (without the learner list's columns).",
        file=str(path),
    )


def _text_cell(ws: Any, row: int, column: int, value: str) -> Any:
    cell = ws.cell(row=row, column=column)
    cell.value = value or None  # an empty cell rather than an empty string
    if value:
        cell.data_type = "s"  # never a formula, whatever the text
    return cell


def _last_used_column(ws: Any) -> int:
    last = 0
    for row in ws.iter_rows():
        for cell in reversed(row):
            if cell.value is not None and cell.value != "":
                last = max(last, cell.column)
                break
    return last


def _existing_result_columns(ws: Any, header_row: int, last: int) -> int | None:
    """The first column of result columns a previous export added, if the header row ends with them."""
    start = last - len(RESULT_COLUMNS) + 1
    if start < 1:
        return None
    found = [ws.cell(row=header_row, column=start + i).value for i in range(len(RESULT_COLUMNS))]
    return start if found == list(RESULT_COLUMNS) else None


def _write_workbook_copy(
    source: Table, data: bytes, results: dict[int, list[str]], about: About | None, tmp: str
) -> None:
    import warnings

    from openpyxl import load_workbook
    from openpyxl.styles import Font

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = load_workbook(io.BytesIO(data), read_only=False, keep_vba=False, keep_links=True)
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds; all mean it cannot be copied
            raise InputError(
                "export_source_unreadable",
                f"{Path(source.path).name} cannot be copied into a results workbook "
                f"({type(exc).__name__}). Export to .csv instead.",
            ) from None
    if source.sheet not in wb.sheetnames:
        raise InputError(
            "export_source_changed",
            f"{Path(source.path).name} no longer has the sheet '{source.sheet}'. Open it again, then export.",
        )
    wb.template = False  # an .xltx source is saved as an ordinary workbook
    ws = wb[source.sheet]
    header_row = max(source.header_row, 1)
    last = _last_used_column(ws)
    start = _existing_result_columns(ws, header_row, last) or last + 1
    model = ws.cell(row=header_row, column=last) if last else None
    for offset, label in enumerate(RESULT_COLUMNS):
        cell = _text_cell(ws, header_row, start + offset, label)
        if model is not None and model.has_style:
            cell.font, cell.fill, cell.border = copy(model.font), copy(model.fill), copy(model.border)
            cell.alignment = copy(model.alignment)
        else:
            cell.font = Font(bold=True)
        ws.column_dimensions[cell.column_letter].width = 40 if label in ("Detail", "Assertion URL") else 16
    for row_number, _cells in source.rows:
        values = results.get(row_number, [""] * len(RESULT_COLUMNS))
        for offset, value in enumerate(values):
            _text_cell(ws, row_number, start + offset, value)
    if about is not None:
        _add_about_sheet(wb, about)
    wb.save(tmp)


def _table_lines(source: Table, results: dict[int, list[str]], where: str | None = None) -> list[list[str]]:
    """The learner list's header and rows with the result columns on the right (and, given ``where``,
    a "Where" column, the same on every row, just before them, so the result columns stay last)."""
    blank = [""] * len(RESULT_COLUMNS)
    extra = [] if where is None else [safe_cell(where)]
    header = [safe_cell(h) for h in source.headers] + ([WHERE_COLUMN] if where is not None else [])
    lines = [header + list(RESULT_COLUMNS)]
    for row_number, cells in source.rows:
        lines.append([safe_cell(c) for c in cells] + extra + results.get(row_number, blank))
    return lines


def _write_csv(source: Table, results: dict[int, list[str]], about: About | None, tmp: str) -> None:
    with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(_table_lines(source, results, about.where if about is not None else None))


def _write_fresh_workbook(
    source: Table, results: dict[int, list[str]], about: About | None, tmp: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Results"
    for r, line in enumerate(_table_lines(source, results), start=1):
        for c, value in enumerate(line, start=1):
            cell = _text_cell(ws, r, c, value)
            if r == 1:
                cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    if about is not None:
        _add_about_sheet(wb, about)
    wb.save(tmp)
