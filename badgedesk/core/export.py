"""Export a run's results to .csv or .xlsx, safe to open in Excel.

Learner names and platform messages are untrusted: a cell that starts with ``= + - @``,
a tab or a carriage return could run as a formula, so it gets a leading apostrophe
(OWASP "CSV injection"). In .xlsx every value is written as a string cell.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from badgedesk.core.messages import InputError

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


def export_rows(rows: list[dict[str, Any]], out: str | Path, title: str = "Results") -> Path:
    """Write ``rows`` (journal learner rows) to ``out``; the format follows the extension."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(
            "export_format",
            f"Cannot export to '{out.name}': use a name ending in .xlsx or .csv.",
            file=str(out),
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    header = [label for _, label in COLUMNS]
    body = result_rows(rows)
    # Write next to the target and rename, so a failure never leaves half a file behind.
    fd, tmp = tempfile.mkstemp(prefix=".badgedesk-", suffix=suffix, dir=out.parent)
    os.close(fd)
    try:
        if suffix == ".csv":
            with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows(body)
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet(safe_cell(title)[:31] or "Results")
            ws.append(header)
            for line in body:
                ws.append(line)  # all str: openpyxl only makes formulas of strings starting with "="
            wb.save(tmp)
        os.replace(tmp, out)
    except PermissionError as exc:
        raise InputError(
            "export_locked",
            f"Cannot write '{out.name}': it is open in another program or the folder is read-only. "
            "Close it and export again.",
            file=str(out),
        ) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out
