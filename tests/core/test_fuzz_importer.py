"""Fuzzing the importer: read_table + build_cohort on random bytes and random CSV text.

Whatever the file holds, the only exception is InputError with a one-line message naming the file;
a successful read yields problems that each fit on one line and name their row and column.
"""

from __future__ import annotations

import codecs
import io
import itertools
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from badgedesk.core.cohort import OLE_MAGIC, read_table
from badgedesk.core.messages import InputError
from badgedesk.core.validate import build_cohort

FUZZ = settings(
    max_examples=120,
    deadline=3000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
MAX_SECONDS = 3.0
_counter = itertools.count()

PREFIXES = [
    b"",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"PK\x07\x08",
    OLE_MAGIC,
    OLE_MAGIC + b"\x00" * 8 + "EncryptedPackage".encode("utf-16-le"),
    b"\x09\x08\x10\x00",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    b"sep=;\n",
    b'"sep=\t"\r\n',
    b"sep=\n",
    b"<html>",
    b"{\\rtf1",
    b"First name,Last name,Email\n",
]
EXTENSIONS = [".csv", ".xlsx", ".tsv", ".txt", ".xls", ""]


def _one_line(text: str) -> None:
    assert text.strip(), "empty message"
    assert "\n" not in text and "\r" not in text, text[:300]
    assert "Traceback" not in text


def _check(folder: Path, data: bytes, ext: str) -> None:
    path = folder / f"fuzz{next(_counter)}{ext}"
    path.write_bytes(data)
    start = time.perf_counter()
    try:
        cohort = build_cohort(read_table(path))
    except InputError as err:
        _one_line(err.message)
        assert path.name in err.message, err.message
        assert err.code
        return
    finally:
        assert time.perf_counter() - start < MAX_SECONDS
        path.unlink()
    for note in cohort.problems:
        _one_line(note.message)
    for learner in cohort.learners:
        for problem in learner.problems:
            _one_line(problem.message)
            assert problem.message.startswith(
                f"{problem.params['file']}, row {learner.row}, column '{problem.params['column']}': "
            )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), tail=st.binary(max_size=2000), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_with_spreadsheet_prefixes(folder: Path, prefix: bytes, tail: bytes, ext: str) -> None:
    _check(folder, prefix + tail, ext)


cell_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "Ada",
            "Lovelace",
            "ada@example.org",
            "MAILTO:ADA@EXAMPLE.ORG",
            " a d a@x.org",
            '"',
            '""',
            "\x00",
            "\r",
            "\n",
            '=HYPERLINK("x")',
            "2026-01-05",
            "31/02/2026",
            "101",
            "محمد",
            "🙂",
        ]
    ),
    st.integers(1, 140_000).map(lambda n: "x" * n),  # around csv's field size limit
)
headers = st.lists(
    st.sampled_from(
        [
            "First name",
            "Last name",
            "Full name",
            "Email",
            "Consent",
            "Score",
            "Issue date",
            "Evidence URL",
            "E-mail\naddress",
            "First\r\nname",
            "Surname\t(family)",
        ]
    )
    | st.text(max_size=10),
    min_size=0,
    max_size=8,
)


@st.composite
def csv_texts(draw: st.DrawFn) -> str:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", ":", " "]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    quote = draw(st.booleans())
    lines = [delimiter.join(f'"{h}"' if quote else h for h in draw(headers))]
    for row in draw(st.lists(st.lists(cell_text, max_size=9), max_size=12)):
        cells = [f'"{c}"' if quote else c for c in row]
        lines.append(delimiter.join(cells))
    return draw(st.sampled_from(["", "sep=" + delimiter + newline])) + newline.join(lines)


@FUZZ
@given(
    text=csv_texts(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "utf-32"]),
    ext=st.sampled_from(EXTENSIONS),
)
def test_random_csv_text(folder: Path, text: str, encoding: str, ext: str) -> None:
    _check(folder, text.encode(encoding, errors="replace"), ext)


def _workbook(rows: list[list[str]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append([ILLEGAL_CHARACTERS_RE.sub("", cell) for cell in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


VALID_XLSX = _workbook([["First name", "Last name", "Email"], ["Ada", "Lovelace", "ada@example.org"]])


@FUZZ
@given(
    cut=st.integers(0, len(VALID_XLSX)),
    flips=st.lists(st.tuples(st.integers(0, len(VALID_XLSX) - 1), st.integers(0, 255)), max_size=6),
)
def test_damaged_workbook_bytes(folder: Path, cut: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(VALID_XLSX)
    for at, value in flips:
        data[at] = value
    _check(folder, bytes(data[: max(cut, 4)]), ".xlsx")


@FUZZ
@given(
    sheet_xml=st.one_of(st.binary(max_size=500), st.text(max_size=500).map(str.encode)),
    part=st.sampled_from(
        ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml"]
    ),
)
def test_workbook_with_random_part(folder: Path, sheet_xml: bytes, part: str) -> None:
    src = zipfile.ZipFile(io.BytesIO(VALID_XLSX))
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, sheet_xml if info.filename == part else src.read(info))
    _check(folder, out.getvalue(), ".xlsx")


@FUZZ
@given(
    rows=st.lists(
        st.lists(
            st.sampled_from(["Ada", "x@y.org", "", "=1+1", "_x0007_", "_x005F_x0041_"])
            | st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=10),
            max_size=5,
        ),
        max_size=6,
    ),
    header=headers,
)
def test_random_workbook_cells(folder: Path, rows: list[list[str]], header: list[str]) -> None:
    _check(folder, _workbook([header, *rows]), ".xlsx")
