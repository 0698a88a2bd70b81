"""A blank cohort workbook to fill in offline, with drop-downs and checks Excel enforces as you type.

The headers are the ones :func:`badgedesk.core.validate.auto_map` recognises, so a filled-in
template opens in BadgeDesk with every column already mapped.
"""

from __future__ import annotations

from pathlib import Path

from badgedesk.core.export import atomic_write
from badgedesk.core.messages import InputError

SHEET = "Learners"
HELP_SHEET = "How to fill this in"
LAST_ROW = 1000
# (header, column width, number format)
COLUMNS = (
    ("First name", 18, "@"),
    ("Last name", 18, "@"),
    ("Email", 32, "@"),
    ("Consent", 10, "@"),
    ("Score", 8, "0"),
    ("Evidence text", 40, "@"),
    ("Evidence URL", 36, "@"),
    ("Issue date", 13, "yyyy-mm-dd"),
)
INSTRUCTIONS = (
    "How to fill in the Learners sheet",
    "",
    "One learner per row, from row 2 down. Keep the header row as it is and do not leave gaps inside the list.",
    "First name, Last name: exactly as they should appear on the badge - check spelling, accents and capitals.",
    "Email: the learner's own address, typed exactly. The badge is sent to it, so a typo sends it nowhere "
    "(or to someone else).",
    "Consent: choose Yes only if the learner agreed to receive the badge and to their name and email being "
    "sent to the badge platform. Learners without Yes are not sent.",
    "Score (optional): a whole number from 0 to 100, needed only for badges with a minimum score.",
    "Evidence text (optional): up to 500 characters about what the learner did.",
    "Evidence URL (optional): a link to the learner's work, starting with https://.",
    "Issue date (optional): the date the learner earned the badge, as yyyy-mm-dd. Leave it empty to use the "
    "day you issue.",
    "",
    "The badge itself is not chosen here. In BadgeDesk you pick it from your badge library, or paste its "
    "badge ID or the address of the badge's page on your badge platform.",
    "When the list is complete, save this workbook (.xlsx) and open it in BadgeDesk.",
)


def _build(tmp: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for index, (header, width, number_format) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=index, value=header)
        cell.font = Font(bold=True)
        dimension = ws.column_dimensions[cell.column_letter]
        dimension.width = width
        dimension.number_format = number_format  # the column's style: new cells typed in Excel take it
    ws.freeze_panes = "A2"

    def column(header: str) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter([c[0] for c in COLUMNS].index(header) + 1)

    def cells(header: str) -> str:
        letter = column(header)
        return f"{letter}2:{letter}{LAST_ROW}"

    checks = (
        (
            DataValidation(type="list", formula1='"Yes,No"', allow_blank=True),
            "Consent",
            "Choose Yes or No",
            "Choose Yes (the learner agreed) or No from the list.",
        ),
        (
            DataValidation(type="whole", operator="between", formula1="0", formula2="100", allow_blank=True),
            "Score",
            "Whole number 0-100",
            "Enter a whole number from 0 to 100, or leave it empty.",
        ),
        (
            DataValidation(
                type="date",
                operator="between",
                formula1="DATE(2000,1,1)",
                formula2="DATE(2100,12,31)",
                allow_blank=True,
            ),
            "Issue date",
            "A date",
            "Enter a date as yyyy-mm-dd (e.g. 2026-03-01), or leave it empty.",
        ),
    )
    for validation, header, title, text in checks:
        validation.error, validation.errorTitle = text, title
        validation.prompt, validation.promptTitle = text, title
        validation.showErrorMessage = validation.showInputMessage = True
        validation.add(cells(header))
        ws.add_data_validation(validation)

    help_ws = wb.create_sheet(HELP_SHEET)
    help_ws.column_dimensions["A"].width = 110
    for row, line in enumerate(INSTRUCTIONS, start=1):
        cell = help_ws.cell(row=row, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1:
            cell.font = Font(bold=True, size=13)
    wb.active = 0
    wb.save(tmp)


def write_template(path: str | Path) -> Path:
    """Write a new, empty cohort template to ``path`` ('.xlsx' is added when there is no extension)."""
    path = Path(path)
    if not path.suffix:
        path = path.with_name(path.name + ".xlsx")
    if path.suffix.lower() != ".xlsx":
        raise InputError(
            "template_format",
            f"Cannot save the template as '{path.name}': use a name ending in .xlsx.",
            file=str(path),
        )
    try:
        return atomic_write(path, _build)
    except PermissionError:
        raise InputError(
            "template_locked",
            f"Cannot write '{path.name}': it is open in Excel or the folder is read-only. "
            "Close it or choose another name, then save the template again.",
            file=str(path),
        ) from None
    except OSError as exc:
        raise InputError(
            "template_failed",
            f"Cannot write '{path.name}' ({exc.strerror or exc}). Choose another folder and try again.",
            file=str(path),
        ) from None
