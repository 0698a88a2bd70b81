"""read_table() against the vendored real-world corpus (tests/data/corpus, see its README.md).

One test per MANIFEST.tsv row. The expectation comes from ``expect-2026-12.tsv`` (vendored beside the
manifest from ``../shared/corpus/expect-2026-12.tsv``, explained in ``EXPECT.md`` from the same folder):
it replaces the manifest's ``expect`` column for an importer built on python-calamine with openpyxl
beside it. For every readable file the chosen sheet, header row, number of data rows and one decoded
cell are pinned below, so a change in sheet choice, header detection or decoding shows up here; every
other file must give its kind of one-line message. Every file, the two that attack readers included
(``phpspreadsheet__oleloop.xls``, ``calamine__issue_594_dos.ods``), finishes under a 5 s hang guard.
"""

from __future__ import annotations

import csv
import hashlib
import time
from pathlib import Path

import pytest

from badgedesk.core.cohort import Table, detect_format, read_table
from badgedesk.core.messages import InputError

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT / "tests" / "data" / "corpus"
SHARED_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "spreadsheets"
SHARED_EXPECT = SHARED_CORPUS.parent / "expect-2026-12.tsv"
# A hang guard, not a speed goal: most files read in under 0.1 s (a child process each), the
# reader-attacking oleloop.xls is stopped in about 0.5 s (memory bound) or 2.5 s (no progress), so this
# is 10x the slowest. The goal (every file in under 5 s) is tests/bench/test_corpus_times.py.
MAX_SECONDS = 30.0


def _tsv(name: str) -> list[dict[str, str]]:
    with open(CORPUS / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


MANIFEST = _tsv("MANIFEST.tsv")
EXPECT = {row["file"]: row["expect"] for row in _tsv("expect-2026-12.tsv")}
for _row in MANIFEST:
    _row["expect"] = EXPECT[_row["file"]]
CHECKS = {row["file"]: row for row in _tsv("CHECKS.tsv")}

# file -> (sheet, header_row, data rows, (source row, column index, expected cell text))
READABLE: dict[str, tuple[str | None, int, int, tuple[int, int, str]]] = {
    "calamine__merged_range.xlsx": ("Sheet1", 1, 2, (3, 4, "E3")),
    "calamine__richtext-namespaced.xlsx": ("Sheet1", 1, 0, (1, 0, "inline string\nLine 2\nLine 3")),
    "calamine__rph.xlsx": ("Sheet1", 1, 0, (1, 0, "課きく\u3000毛こ")),
    "calamine__strict_iso_paths.xlsx": ("ml_out", 1, 75, (2, 0, "150-031260-001_B")),
    "calamine__issue_174.xlsx": ("Sheet1", 1, 1, (2, 1, "Test Contact Name")),
    "calamine__any_sheets.xlsx": ("Visible", 1, 3, (2, 1, "4")),
    "calamine__date_iso.xlsx": ("Sheet", 1, 5, (2, 0, "2021-01-01T10:10:10")),
    "calamine__whitespace_trim.xlsx": ("inlineStr", 1, 2, (1, 1, "value with tabs")),
    "calamine__shared_formula_simple.xlsx": ("Sheet1", 1, 2, (3, 1, "6")),
    "pycalamine__base.xlsx": ("Sheet1", 2, 0, (2, 5, "2010-10-10")),
    "tablib__bad_dimensions.xlsx": ("Sheet1", 1, 3, (4, 2, "0.001")),
    "tablib__ragged.xlsx": ("Sheet1", 1, 1, (2, 1, "")),
    "frictionless__multiline-headers.xlsx": ("Лист1", 1, 3, (6, 2, "C")),
    "frictionless__sheets.xlsx": ("Sheet1", 1, 1, (2, 1, "london")),
    "frictionless__skip-rows.xlsx": ("Sheet 1", 2, 2, (4, 1, "TOTAL")),
    "roo__boolean-from-google-sheets.xlsx": ("Sheet1", 1, 1, (2, 0, "FALSE")),
    "roo__numbers-export.xlsx": ("Sheet 1", 1, 0, (1, 0, "Sheet 1")),
    "roo__hidden_sheets.xlsx": ("VisibleSheet1", 1, 0, (1, 0, "visible sheet 1")),
    "phpspreadsheet__1904_Calendar.xlsx": ("Sheet1", 1, 1, (2, 1, "2023-01-01")),
    "xlsx2csv__utf8.xlsx": ("Sheet1", 1, 4, (5, 0, "السلام عليكم")),
    "csvkit__ne_1033_data.xlsx": ("NE data", 1, 1036, (1037, 1, "YORK")),
    "phpspreadsheet__issue.2301.xlsx": ("HS1-XYZ", 1, 51, (57, 1, "měsíc:")),
    "phpspreadsheet__issue.2450.xlsx": ("Feuille1", 1, 3, (3, 1, "Béatrice")),
    "phpspreadsheet__issue.3613.xlsx": ("1月", 3, 2, (4, 4, "2020-08-27")),
    "phpspreadsheet__data_with_tables.xlsx": ("First", 1, 0, (1, 2, "3")),
    "phpspreadsheet__2x6m.xlsx": ("Sheet1", 1, 0, (1, 0, "1")),
    "phpspreadsheet__utf8entity.xlsx": ("Sheet1", 1, 0, (1, 0, "abc")),
    "calamine__issue3.xlsm": ("Sheet1", 1, 0, (1, 1, "a")),
    "phpspreadsheet__form_pass_print.xlsm": ("mySheet1", 1, 1, (3, 1, "pass: test")),
    "roo__type_excelx.ods": ("Sheet1", 3, 10, (4, 5, "Task 1")),
    # Readable since python-calamine: legacy .xls, OpenDocument, .xlsb, a wrong extension, and OOXML
    # packages only openpyxl refused (no sharedStrings.xml, a bad stylesheet, Windows path separators).
    "calamine__issue_419.xlsx": ("Sheet1", 1, 0, (1, 0, "Hello")),
    "roo__type_excel.xlsx": ("Sheet1", 3, 10, (4, 5, "Task 1")),
    "roo__type_openoffice.xlsx": ("Sheet1", 3, 10, (4, 5, "Task 1")),
    "roo__implicit_coordinates.xlsx": ("Sheet1", 2, 0, (2, 1, "B2")),
    "phpspreadsheet__issue.2494.xlsx": ("Elevations", 3, 50, (3, 2, "15,086 Watts")),
    "phpspreadsheet__issue.1482.xlsx": ("Page 1", 8, 8, (9, 2, "MM m")),
    "phpspreadsheet__Zip-Windows-Directory-Separator.xlsx": ("Sheet", 1, 2, (2, 9, "開発チームアップデート")),
    "calamine__date.xls": ("Sheet1", 1, 2, (2, 0, "2021-01-02")),
    "calamine__biff5_write.xls": ("SheetJS", 4, 0, (4, 2, "qux")),
    "csvkit__sheets.xls": ("data", 1, 5, (2, 0, "Chicago Reader")),
    "calamine__date.ods": ("Sheet1", 1, 3, (2, 0, "2021-01-01T10:10:10")),
    "calamine__merged_cells.ods": ("Sheet1", 1, 2, (2, 2, "C")),
    "calamine__any_sheets.ods": ("Visible", 1, 3, (2, 1, "4")),
    "pycalamine__base.xlsb": ("Sheet1", 2, 0, (2, 9, "10 days, 15:10:10")),
    "csvspectrum__comma_in_quotes.csv": (None, 1, 1, (2, 3, "Anytown, WW")),
    "csvspectrum__newlines.csv": (None, 1, 3, (3, 0, "Once upon \na time")),
    "csvspectrum__newlines_crlf.csv": (None, 1, 3, (3, 0, "Once upon \r\na time")),
    "csvspectrum__quotes_and_newlines.csv": (None, 1, 2, (2, 1, 'ha \n"ha" \nha')),
    "csvkit__test_utf8_bom.csv": (None, 1, 2, (3, 2, "ʤ")),
    "phpspreadsheet__premiere.win1252.csv": (None, 1, 1, (2, 0, "Quatrième")),
    "frictionless__table-infer-iso-8859-7.csv": (None, 1, 4, (2, 2, "Λεωνιδας")),
    "phpspreadsheet__premiere.utf16lebom.csv": (None, 1, 1, (1, 2, "troisième")),
    "phpspreadsheet__premiere.utf16be.csv": (None, 1, 1, (2, 1, "cinquième")),
    "pyexcelio__csv-encoding-utf16.csv": (None, 1, 0, (1, 0, "Äkkilähdöt")),
    "phpspreadsheet__premiere.utf32lebom.csv": (None, 1, 1, (2, 2, "sixième")),
    "phpspreadsheet__semicolon_separated.csv": (None, 1, 2, (2, 2, "25,5")),
    "phpspreadsheet__sep.csv": (None, 1, 1, (2, 1, "3")),
    "phpspreadsheet__NumberFormatTest.de.csv": (None, 4, 1, (5, 1, "TRUE")),
    "frictionless__table-with-accents.csv": (None, 1, 638, (1, 3, "Année")),
    "frictionless__table.tsv": (None, 1, 3, (3, 1, "中国人")),
    "csvkit__mac_newlines.csv": (None, 1, 2, (3, 0, "Once upon\ra time")),
    "csvkit__null_byte.csv": (None, 1, 1, (2, 1, "2")),
    "frictionless__defective-rows.csv": (None, 1, 2, (3, 2, "26")),
    "frictionless__duplicate-headers.csv": (None, 1, 2, (3, 4, "001102")),
    "frictionless__blank-rows.csv": (None, 1, 2, (3, 1, "Julie")),
    "frictionless__wide.csv": (None, 1, 3, (4, 0, "id3")),
}

# Readable files that truly hold no data: read_table raises InputError with this code.
READABLE_BUT_EMPTY = {
    "calamine__errors.xlsx": "empty",  # every cell is a formula error: python-calamine reads them as empty
    "calamine__empty_sheet.xlsx": "empty",
    "calamine__vba.xlsm": "empty",
    "frictionless__empty.csv": "empty",
}

UNSUPPORTED = {"xlrd__biff4_no_format_no_window2.xls": "biff4"}  # file -> params["format"]

ENCRYPTED = {  # file -> params["format"]
    "calamine__pass_protected.xlsx": "xlsx",
    "pycalamine__password.xls": "xls",
    "roo__encrypted-letmein.ods": "ods",
}

# What the bytes are, where the extension says otherwise (.xlsm is "xlsx").
FORMAT_BY_CONTENT = {
    "roo__type_excel.xlsx": "xls",
    "roo__type_openoffice.xlsx": "ods",
    "roo__type_excelx.ods": "xlsx",
}
_FORMAT_BY_SUFFIX = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods", ".xlsb": "xlsb"}

CSV_DETAILS = {  # file -> (encoding, delimiter) where the corpus makes a point of it
    "frictionless__table-infer-iso-8859-7.csv": ({"cp1253", "iso8859-7"}, ","),
    "phpspreadsheet__premiere.utf16be.csv": ({"utf-16-be"}, ","),
    "phpspreadsheet__premiere.utf16lebom.csv": ({"utf-16-le"}, ","),
    "phpspreadsheet__premiere.utf32lebom.csv": ({"utf-32-le"}, ","),
    "csvkit__test_utf8_bom.csv": ({"utf-8-sig"}, ","),
    "phpspreadsheet__premiere.win1252.csv": ({"cp1252"}, ","),
    "frictionless__table-with-accents.csv": ({"cp1252"}, ";"),
    "phpspreadsheet__semicolon_separated.csv": ({"utf-8"}, ";"),
    "phpspreadsheet__sep.csv": ({"utf-8"}, ";"),
    "frictionless__table.tsv": ({"utf-8"}, "\t"),
}


def _cell(table: Table, row: int, column: int) -> str:
    if row == table.header_row:
        return table.headers[column]
    for number, cells in table.rows:
        if number == row:
            return cells[column]
    raise AssertionError(f"row {row} not among the data rows of {table.path.name}")


def test_manifest_and_pins_agree() -> None:
    files = {row["file"] for row in MANIFEST}
    assert len(files) == 79
    assert files == set(CHECKS)
    assert all((CORPUS / name).is_file() for name in files)
    readable = {row["file"] for row in MANIFEST if row["expect"] == "readable"}
    assert readable == set(READABLE) | set(READABLE_BUT_EMPTY)
    assert {row["file"] for row in MANIFEST if row["expect"] == "unsupported_format"} == set(UNSUPPORTED)
    assert {row["file"] for row in MANIFEST if row["expect"] == "encrypted"} == set(ENCRYPTED)
    assert set(EXPECT) == files
    changed = [row["file"] for row in _tsv("MANIFEST.tsv") if row["expect"] != EXPECT[row["file"]]]
    assert len(changed) == 19  # as EXPECT.md says


@pytest.mark.parametrize("entry", MANIFEST, ids=[row["file"] for row in MANIFEST])
def test_corpus_file(entry: dict[str, str]) -> None:
    name, expect = entry["file"], entry["expect"]
    path = CORPUS / name
    started = time.perf_counter()
    try:
        table = read_table(path)
        error = None
    except InputError as exc:
        table, error = None, exc
    elapsed = time.perf_counter() - started
    assert elapsed < MAX_SECONDS, f"{name} took {elapsed:.2f} s"

    if error is not None:
        assert "\n" not in error.message and name in error.message
        assert str(CORPUS) not in error.message  # the file's name, not its full path

    if expect == "readable" and name in READABLE_BUT_EMPTY:
        assert error is not None and error.code == READABLE_BUT_EMPTY[name]
    elif expect == "readable":
        assert error is None, f"{name}: {error and error.code}: {error}"
        assert table is not None
        sheet, header_row, n_rows, (row, column, text) = READABLE[name]
        assert (table.sheet, table.header_row, len(table.rows)) == (sheet, header_row, n_rows)
        assert _cell(table, row, column) == text
        assert all(len(cells) == len(table.headers) for _, cells in table.rows)
        assert all(any(cells) for _, cells in table.rows)
        assert [n for n, _ in table.rows] == sorted({n for n, _ in table.rows})
        assert all(n > table.header_row for n, _ in table.rows)
        assert table.sha256 == CHECKS[name]["sha256"]
        fmt = FORMAT_BY_CONTENT.get(name) or _FORMAT_BY_SUFFIX.get(path.suffix.lower(), "csv")
        assert table.format == fmt
        if table.format == "csv":
            assert table.sheets == [] and table.encoding and table.delimiter
        else:
            assert table.sheet in table.sheets and table.encoding is None
    elif expect == "unsupported_format":
        assert error is not None and error.code == "unsupported_format", error
        assert error.params == {"format": UNSUPPORTED[name]}
        assert detect_format(path.read_bytes()) == UNSUPPORTED[name]
        assert "Excel 4" in error.message and "save it as .xlsx or .csv" in error.message
    elif expect == "encrypted":
        assert error is not None and error.code == "encrypted", error
        assert error.params == {"format": ENCRYPTED[name]}
        assert "password-protected" in error.message and "unprotected copy" in error.message
        assert "damaged" not in error.message
    elif expect == "corrupt":
        assert error is not None and error.code == "corrupt", error
        assert "damaged" in error.message
    else:  # pragma: no cover - a new label in the manifest
        pytest.fail(f"unknown expect {expect!r}")


@pytest.mark.parametrize("name", sorted(CSV_DETAILS))
def test_csv_encoding_and_delimiter(name: str) -> None:
    table = read_table(CORPUS / name)
    encodings, delimiter = CSV_DETAILS[name]
    assert table.encoding in encodings
    assert table.delimiter == delimiter


def test_greek_is_decoded_as_greek_not_cp1252_mojibake() -> None:
    table = read_table(CORPUS / "frictionless__table-infer-iso-8859-7.csv")
    names = [cells[2] for _, cells in table.rows]
    assert names == ["Λεωνιδας", "Αλεξανδρος", "Μυρων", "Ευστοργιος"]


def test_furigana_does_not_leak_into_cell_text() -> None:
    table = read_table(CORPUS / "calamine__rph.xlsx")
    assert table.headers == ["課きく\u3000毛こ"]
    assert "カ" not in table.headers[0] and "ケ" not in table.headers[0]


def test_hidden_and_chart_sheets_are_not_offered() -> None:
    assert read_table(CORPUS / "roo__hidden_sheets.xlsx").sheets == ["VisibleSheet1"]
    assert read_table(CORPUS / "calamine__any_sheets.xlsx").sheets == ["Visible"]
    with pytest.raises(InputError) as err:
        read_table(CORPUS / "roo__hidden_sheets.xlsx", sheet="HiddenSheet1")
    assert err.value.code == "sheet_not_found" and "hidden" in err.value.message


def test_formulas_without_cached_values_read_as_empty() -> None:
    table = read_table(CORPUS / "phpspreadsheet__issue.2301.xlsx")
    assert len(table.headers) < 16_196  # trailing empty columns are not kept
    assert all(cell != "None" for _, cells in table.rows for cell in cells)


def test_format_is_judged_by_bytes_not_extension() -> None:
    assert detect_format((CORPUS / "roo__type_excelx.ods").read_bytes()) == "xlsx"
    assert detect_format((CORPUS / "roo__type_excel.xlsx").read_bytes()) == "xls"
    assert read_table(CORPUS / "roo__type_excel.xlsx").format == "xls"
    assert detect_format((CORPUS / "roo__type_openoffice.xlsx").read_bytes()) == "ods"
    assert detect_format((CORPUS / "frictionless__empty.csv").read_bytes()) == "empty"
    assert detect_format((CORPUS / "frictionless__table.tsv").read_bytes()) == "csv"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_vendored_corpus_is_byte_for_byte() -> None:
    """Every vendored file matches CHECKS.tsv and, when ../shared is beside the repo, the shared copy."""
    for name, check in CHECKS.items():
        vendored = CORPUS / name
        assert vendored.stat().st_size == int(check["bytes"]), name
        assert _sha256(vendored) == check["sha256"], name
        shared = SHARED_CORPUS / name
        if SHARED_CORPUS.is_dir():
            assert _sha256(shared) == check["sha256"], name
    if SHARED_CORPUS.is_dir():
        for meta in ("MANIFEST.tsv", "CHECKS.tsv", "README.md"):
            assert (CORPUS / meta).read_bytes() == (SHARED_CORPUS / meta).read_bytes(), meta
        for meta in ("expect-2026-12.tsv", "EXPECT.md"):
            assert (CORPUS / meta).read_bytes() == (SHARED_EXPECT.parent / meta).read_bytes(), meta
        shared_licences = sorted(p.name for p in (SHARED_CORPUS / "LICENSES").iterdir())
        assert sorted(p.name for p in (CORPUS / "LICENSES").iterdir()) == shared_licences
        for licence in shared_licences:
            assert (CORPUS / "LICENSES" / licence).read_bytes() == (
                SHARED_CORPUS / "LICENSES" / licence
            ).read_bytes()
