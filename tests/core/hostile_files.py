"""A corpus of hostile learner files, built into a folder at test time (no binary junk committed).

Every :class:`Case` writes one file and pins what ``read_table`` + ``build_cohort`` must make of it:

* ``error``: the InputError code raised (by either step); its message is one line naming the file;
* otherwise the cohort is built and exactly the rows in ``flagged`` are skipped, each with a problem
  of the given code whose message starts ``Row <n>, column '<column>':``; ``check`` pins cell values
  (sanitised, normalised or deliberately kept as text).

Decisions pinned here:

* a formula-looking name (``=HYPERLINK(...)``, ``+cmd``, ``@SUM``) is kept verbatim as text and
  accepted: the API receives plain text, and the CSV/xlsx exports neutralise formulas themselves;
* control characters are stripped from cells; emoji and right-to-left names are kept intact;
* ``mailto:``, surrounding spaces, ``<...>`` and upper case are normalised in ``recipient_key``;
* a name with no letter at all (a date or number in a name column) is flagged ``name_invalid``.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from badgedesk.core import cohort as cohort_mod
from badgedesk.core.validate import Cohort

HEADER = "First name,Last name,Email"
GOOD = "Ada,Lovelace,ada@example.org"
OLE_MAGIC = cohort_mod.OLE_MAGIC


@dataclass(frozen=True)
class Case:
    filename: str
    build: Callable[[Path], None]
    error: str | None = None  # InputError code, or None for a successful read
    flagged: tuple[tuple[int, str, str], ...] = ()  # (row, column, problem code)
    check: Callable[[Cohort], None] | None = None
    notes: str = ""


# --------------------------------------------------------------------------- writers


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _text(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(text.encode(encoding))


def _csv(*lines: str, header: str = HEADER, encoding: str = "utf-8") -> Callable[[Path], None]:
    return _text("\n".join([header, *lines]) + "\n", encoding)


def _xlsx_bytes(rows: list[list[object]], setup: Callable[[object], None] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Learners"
    for row in rows:
        ws.append(row)
    if setup is not None:
        setup(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _xlsx(rows: list[list[object]], setup: Callable[[object], None] | None = None) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(_xlsx_bytes(rows, setup))


XHEAD: list[object] = ["First name", "Last name", "Email"]
XGOOD: list[object] = ["Ada", "Lovelace", "ada@example.org"]


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _claims_huge() -> bytes:
    """A workbook-looking zip whose central directory claims a member of ~3.7 GB unpacked."""
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}))
    at = data.rfind(b"PK\x01\x02")
    data[at + 24 : at + 28] = (0xE0000000).to_bytes(4, "little")
    return bytes(data)


def _sparse(size: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with open(path, "wb") as fh:
            fh.write((HEADER + "\n" + GOOD + "\n").encode())
            fh.truncate(size)

    return build


def _many_rows(count: int) -> Callable[[Path], None]:
    return _text(HEADER + "\n" + "Ada,Lovelace,ada@example.org\n" * count)


def _patched(data: bytes, old: bytes, new: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info).replace(old, new))
    return out.getvalue()


def _escaped_controls(path: Path) -> None:
    data = _xlsx_bytes([XHEAD, ["AdaCTRL", "LoveCTRLlace", "ada@example.org"]])
    path.write_bytes(_patched(data, b"CTRL", b"_x0007_"))


def _only_hidden(path: Path) -> None:
    data = _xlsx_bytes([XHEAD, XGOOD])
    path.write_bytes(_patched(data, b'state="visible"', b'state="hidden"'))


def _merge_header(wb: object) -> None:
    wb.active.merge_cells("A1:B1")  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- checks


def _learner(cohort: Cohort, row: int):
    return next(learner for learner in cohort.learners if learner.row == row)


def _names(expected: dict[int, tuple[str, str]]) -> Callable[[Cohort], None]:
    def check(cohort: Cohort) -> None:
        for row, (first, last) in expected.items():
            learner = _learner(cohort, row)
            assert (learner.first_name, learner.last_name) == (first, last), row

    return check


def _keys(expected: dict[int, str]) -> Callable[[Cohort], None]:
    def check(cohort: Cohort) -> None:
        for row, key in expected.items():
            assert _learner(cohort, row).recipient_key == key, row

    return check


def _count(valid: int) -> Callable[[Cohort], None]:
    def check(cohort: Cohort) -> None:
        assert len(cohort.valid) == valid

    return check


def _all(*checks: Callable[[Cohort], None]) -> Callable[[Cohort], None]:
    def check(cohort: Cohort) -> None:
        for each in checks:
            each(cohort)

    return check


EMAIL, FIRST, LAST = "Email", "First name", "Last name"

CASES: list[Case] = [
    # -- empty and nearly empty
    Case("empty.csv", _bytes(b""), "empty"),
    Case("empty.xlsx", _bytes(b""), "corrupt"),
    Case("whitespace_only.csv", _text("  \n\n\t \r\n\n"), "empty"),
    Case("bom_only.csv", _bytes(b"\xef\xbb\xbf"), "empty"),
    Case("nuls_only.csv", _bytes(b"\x00" * 64), "corrupt"),
    Case("header_only.csv", _csv(), "empty"),
    Case("header_only.xlsx", _xlsx([XHEAD]), "empty"),
    Case("header_and_blank_rows.csv", _csv(",,", " , , ", ""), "empty"),
    Case("empty_workbook.xlsx", _xlsx([]), "empty"),
    Case("only_hidden_sheets.xlsx", _only_hidden, "no_worksheets"),
    # -- wrong extension and not-a-spreadsheet
    Case("csv_named.xlsx", _csv(GOOD), None, check=_count(1)),
    Case("xlsx_named.csv", _xlsx([XHEAD, XGOOD]), None, check=_count(1)),
    Case("web_page.xls", _text("<!DOCTYPE html><html><body><table><tr><td>x</td></tr></table>"), "corrupt"),
    Case("document.rtf.csv", _text("{\\rtf1\\ansi Ada Lovelace}"), "corrupt"),
    Case("png_named.csv", _bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8), "corrupt"),
    Case("~$learners.xlsx", _xlsx([XHEAD, XGOOD]), "lock_file"),
    # -- zip tricks
    Case("truncated.xlsx", lambda p: p.write_bytes(_xlsx_bytes([XHEAD, XGOOD])[:700]), "corrupt"),
    Case("pk_then_junk.xlsx", _bytes(b"PK\x03\x04" + b"\x00\xff" * 200), "corrupt"),
    Case("zip_without_workbook.xlsx", _bytes(_zip({"readme.txt": b"hello"})), "corrupt"),
    Case(
        "workbook_xml_is_junk.xlsx",
        _bytes(_zip({"[Content_Types].xml": b"<Types", "xl/workbook.xml": b"\x00not xml"})),
        "corrupt",
    ),
    Case("claims_4gb_unpacked.xlsx", _bytes(_claims_huge()), "too_large"),
    Case(
        "opendocument.xlsx",
        _bytes(_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"})),
        "corrupt",  # OpenDocument is read (python-calamine); this package holds no spreadsheet
    ),
    Case("binary_workbook.xlsx", _bytes(_zip({"xl/workbook.bin": b"\x00" * 16})), "corrupt"),
    # -- OLE: encrypted and legacy
    Case(
        "encrypted.xlsx",
        _bytes(OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 256),
        "encrypted",
    ),
    Case("legacy.xls", _bytes(OLE_MAGIC + b"\x00" * 1024), "corrupt"),  # an empty OLE container
    # -- huge
    Case("huge_51mb.csv", _sparse(51 * 1024 * 1024), "too_large"),
    Case("too_many_rows.csv", _many_rows(cohort_mod.MAX_DATA_ROWS + 1), "too_large"),
    Case("giant_field.csv", _csv("Ada," + "L" * 200_000 + ",ada@example.org"), "corrupt"),
    # -- structure
    Case("no_email_column.csv", _csv("Ada,Lovelace", header="First name,Last name"), "no_email_column"),
    Case("no_name_columns.csv", _csv("ada@example.org,yes", header="Email,Consent"), "no_name_columns"),
    Case(
        "merged_header.xlsx",
        _xlsx([["Name", None, "Email"], ["Ada", "Lovelace", "ada@example.org"]], _merge_header),
        None,
        flagged=((2, "Name", "last_name_missing"),),
    ),
    Case(
        "merged_title_above_header.xlsx",
        _xlsx([["Cohort 2026", None, None], XHEAD, XGOOD], lambda wb: wb.active.merge_cells("A1:C1")),
        None,
        check=_all(_count(1), lambda c: c.table.header_row == 2),
    ),
    Case(
        "multiline_header.csv",
        _csv("Ada,Lovelace,not-an-email", header='First name,Last name,"E-mail\naddress"'),
        None,
        flagged=((2, "E-mail address", "email_invalid"),),
        notes="rows are counted in records, as Excel shows them; the column name is shown on one line",
    ),
    Case(
        "ragged_rows.csv",
        _csv("Ada,Lovelace,ada@example.org,extra,cells", "Grace,Hopper", "Alan"),
        None,
        flagged=((3, EMAIL, "email_missing"), (4, LAST, "last_name_missing"), (4, EMAIL, "email_missing")),
    ),
    Case(
        "unterminated_quote.csv",
        _csv('"Ada,Lovelace,ada@example.org', "Grace,Hopper,grace@example.org"),
        None,
        flagged=((2, LAST, "last_name_missing"), (2, EMAIL, "email_missing")),
    ),
    # -- formulas and CSV injection
    Case(
        "formulas_without_cached_values.xlsx",
        _xlsx([XHEAD, ['=CONCAT("A","da")', "Lovelace", '=LOWER("ADA@EXAMPLE.ORG")'], XGOOD]),
        None,
        flagged=((2, FIRST, "first_name_missing"), (2, EMAIL, "email_missing")),
    ),
    Case(
        "csv_injection_names.csv",
        _csv(
            '"=HYPERLINK(""http://evil.example/"",""Ada"")",Lovelace,ada@example.org',
            "+cmd,Hopper,grace@example.org",
            "@SUM(1+1),Turing,alan@example.org",
            "-2+3,Noether,emmy@example.org",
        ),
        None,
        flagged=((5, FIRST, "name_invalid"),),
        check=_names({2: ('=HYPERLINK("http://evil.example/","Ada")', "Lovelace"), 3: ("+cmd", "Hopper")}),
    ),
    Case(
        "csv_injection_email.csv",
        _csv("Ada,Lovelace,\"=cmd|' /C calc'!A0\"", "Grace,Hopper,@SUM(1)"),
        None,
        flagged=((2, EMAIL, "email_invalid"), (3, EMAIL, "email_invalid")),
    ),
    # -- dates and numbers in name columns
    Case(
        "dates_in_name_columns.xlsx",
        _xlsx(
            [
                XHEAD,
                [dt.datetime(2026, 1, 5), "Lovelace", "ada@example.org"],
                ["Grace", dt.date(2026, 2, 1), "grace@example.org"],
                ["Alan", 42, "alan@example.org"],
                ["May", "June", "may@example.org"],
            ]
        ),
        None,
        flagged=((2, FIRST, "name_invalid"), (3, LAST, "name_invalid"), (4, LAST, "name_invalid")),
    ),
    Case(
        "date_in_full_name.csv",
        _csv("2026-01-05,ada@example.org", "Grace Hopper,grace@example.org", header="Full name,Email"),
        None,
        flagged=((2, "Full name", "last_name_missing"), (2, "Full name", "name_invalid")),
        notes="one word: no last name, and the first name has no letter",
    ),
    # -- scripts and characters
    Case(
        "emoji_names.csv",
        _csv("Zoë 🌟,Ng 👩🏽‍💻,zoe@example.org", "🙂,Smith,smile@example.org"),
        None,
        flagged=((3, FIRST, "name_invalid"),),
        check=_names({2: ("Zoë 🌟", "Ng 👩🏽‍💻")}),
    ),
    Case(
        "right_to_left_names.csv",
        _csv("محمد,\u200fالعلي,mohammed@example.org", "שרה,כהן,sara@example.org"),
        None,
        check=_all(_count(2), _names({2: ("محمد", "\u200fالعلي"), 3: ("שרה", "כהן")})),
    ),
    Case(
        "right_to_left_names.xlsx",
        _xlsx([XHEAD, ["\u202bمحمد\u202c", "العلي", "mohammed@example.org"]]),
        None,
        check=_names({2: ("\u202bمحمد\u202c", "العلي")}),
    ),
    Case(
        "control_characters.csv",
        _csv(
            "Ada\x07,Love\x1blace,ada@example.org\x7f",
            "Gr\x08ace,Hop\x00per,grace@example.org",
            *(f"Learner,Number {n},learner{n}@example.org" for n in range(20)),
        ),
        None,
        check=_all(
            _count(22),
            _names({2: ("Ada", "Lovelace"), 3: ("Grace", "Hopper")}),
            _keys({2: "ada@example.org"}),
        ),
    ),
    Case(
        "control_characters.xlsx",
        _escaped_controls,
        None,
        check=_all(_count(1), _names({2: ("Ada", "Lovelace")})),
        notes="Excel stores control characters as _x0007_ escapes; openpyxl turns them back",
    ),
    Case(
        "nul_bytes.csv",
        _bytes((HEADER + "\nA\x00da,Love\x00lace,ada@exa\x00mple.org\n").encode()),
        None,
        check=_all(_count(1), _names({2: ("Ada", "Lovelace")})),
    ),
    # -- emails
    Case(
        "mailto_emails.csv",
        _csv("Ada,Lovelace,mailto:Ada@Example.org", "Grace,Hopper,MAILTO: grace@example.org"),
        None,
        check=_keys({2: "ada@example.org", 3: "grace@example.org"}),
    ),
    Case(
        "emails_with_spaces.csv",
        _csv(
            'Ada,Lovelace,"  ada@example.org  "',
            "Grace,Hopper,grace @example.org",
            "Alan,Turing,\talan@example.org",
        ),
        None,
        flagged=((3, EMAIL, "email_invalid"),),
        check=_keys({2: "ada@example.org", 4: "alan@example.org"}),
    ),
    Case(
        "uppercase_duplicate_emails.csv",
        _csv(
            "Ada,Lovelace,ADA@EXAMPLE.ORG", "Ada,Lovelace,ada@example.org", "Grace,Hopper,<Grace@Example.ORG>"
        ),
        None,
        flagged=((3, EMAIL, "duplicate"),),
        check=_keys({2: "ada@example.org", 4: "grace@example.org"}),
    ),
    Case(
        "bad_cells.csv",
        _csv(
            "Ada,Lovelace,ada@example.org,101,javascript:alert(1),31/02/2026",
            "Grace,Hopper,grace@example.org,85%,https://example.org/e,2026-02-01",
            header="First name,Last name,Email,Score,Evidence URL,Issue date",
        ),
        None,
        flagged=(
            (2, "Score", "score_invalid"),
            (2, "Evidence URL", "evidence_url_invalid"),
            (2, "Issue date", "issue_date_invalid"),
        ),
    ),
    # -- encodings and separators
    Case("utf16.csv", _csv(GOOD, "Zoë,Ñúñez,zoe@example.org", encoding="utf-16"), None, check=_count(2)),
    Case(
        "cp1252.csv",
        _csv("Zoë,Ñúñez,zoe@example.org", "Ada,Lovelace,ada@example.org", encoding="cp1252"),
        None,
        check=_names({2: ("Zoë", "Ñúñez")}),
    ),
    Case(
        "sep_line.csv",
        _text("sep=;\nFirst name;Last name;Email\nAda;Lovelace;ada@example.org\n"),
        None,
        check=_count(1),
    ),
]

assert len({case.filename for case in CASES}) == len(CASES), "file names must be distinct"


def build(case: Case, folder: Path) -> Path:
    path = folder / case.filename
    case.build(path)
    return path
