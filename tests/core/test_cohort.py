"""read_table() and detect_format() on ordinary and hostile files generated in tmp_path."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from badgedesk.core import cohort, header, sniff
from badgedesk.core.cohort import detect_format, read_table
from badgedesk.core.messages import InputError

LEARNERS = [
    ["Zoë", "Brontë", "zoe@example.org"],
    ["José", "Núñez", "jose@example.com"],
    ["Siobhán", "Ó Súilleabháin", "siobhan@example.org"],
]
HEADER = ["First name", "Last name", "Email"]


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def rewrite_zip(path: Path, part: str, change) -> Path:
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in items:
            dst.writestr(info, change(data) if info.filename == part else data)
    return path


def error_of(path: Path, **kwargs) -> InputError:
    with pytest.raises(InputError) as err:
        read_table(path, **kwargs)
    assert "\n" not in err.value.message
    assert path.name in err.value.message and str(path.parent) not in err.value.message
    return err.value


# --------------------------------------------------------------------------- xlsx


def test_xlsx_title_block_above_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "event.xlsx",
        {"Learners": [["Northwind Training — First Aid"], ["25 Nov 2026"], [], HEADER, *LEARNERS]},
    )
    table = read_table(path)
    assert (table.format, table.sheet, table.sheets) == ("xlsx", "Learners", ["Learners"])
    assert table.header_row == 4
    assert table.headers == HEADER
    assert table.rows == [(5, LEARNERS[0]), (6, LEARNERS[1]), (7, LEARNERS[2])]
    assert table.encoding is None and table.delimiter is None
    assert len(table.sha256) == 64 and table.path == path


def test_xlsx_cell_values_become_text(tmp_path: Path) -> None:
    values = [
        True,
        12,
        12.0,
        0.1 + 0.2,
        1 / 3,
        dt.datetime(2026, 11, 25),
        dt.datetime(2026, 11, 25, 9, 30),
        dt.date(2026, 3, 1),
        "  padded\t",
        None,
        "=1+1",
    ]
    headers = [f"h{i}" for i in range(len(values) + 1)]
    path = write_xlsx(tmp_path / "types.xlsx", {"S": [headers, ["x", *values]]})
    table = read_table(path)
    assert table.rows[0][1] == [
        "x",
        "TRUE",
        "12",
        "12",
        "0.3",
        "0.333333333333333",
        "2026-11-25",
        "2026-11-25T09:30:00",
        "2026-03-01",
        "padded",
        "",
        "",  # a formula openpyxl wrote has no cached value
    ]


def test_hidden_first_sheet_is_never_chosen(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "hidden.xlsx",
        {"Old": [HEADER, ["Old", "Learner", "old@example.org"]], "Current": [HEADER, *LEARNERS]},
        hidden=("Old",),
    )
    table = read_table(path)
    assert table.sheet == "Current" and table.sheets == ["Current"]
    assert len(table.rows) == 3
    err = error_of(path, sheet="Old")
    assert err.code == "sheet_not_found" and "hidden" in err.message


def test_sheet_with_learner_headers_beats_earlier_sheet(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "two.xlsx",
        {
            "Notes": [["Room", "Trainer"], ["B12", "Sam"]],
            "Attendees": [["Full name", "E-mail address"], ["Ada X", "a@x.org"]],
        },
    )
    table = read_table(path)
    assert table.sheet == "Attendees" and table.sheets == ["Notes", "Attendees"]
    assert read_table(path, sheet="notes ").sheet == "Notes"  # case and spaces do not matter
    err = error_of(path, sheet="Learners")
    assert err.code == "sheet_not_found"
    assert "'Notes', 'Attendees'" in err.message and err.params["sheets"] == ["Notes", "Attendees"]


def test_first_sheet_with_data_when_no_learner_headers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "plain.xlsx", {"Empty": [], "Data": [["Room", "Trainer"], ["B12", "Sam"]]})
    table = read_table(path)
    assert (table.sheet, table.header_row, table.headers) == ("Data", 1, ["Room", "Trainer"])


def test_styled_empty_rows_and_gaps_are_not_rows(tmp_path: Path) -> None:
    path = tmp_path / "styled.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [HEADER, LEARNERS[0], [], [None, "  ", None], LEARNERS[1]]:
        ws.append(row)
    fill = PatternFill("solid", fgColor="FFFF00")
    for r in range(6, 600):
        for c in range(1, 5):
            ws.cell(r, c).fill = fill
    wb.save(path)
    table = read_table(path)
    assert table.rows == [(2, LEARNERS[0]), (5, LEARNERS[1])]


def test_ragged_rows_padded_and_truncated_to_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "ragged.xlsx", {"S": [HEADER, ["Ada"], ["Bo", "Li", "b@x.org", "extra", "more"]]}
    )
    table = read_table(path)
    assert table.rows == [(2, ["Ada", "", ""]), (3, ["Bo", "Li", "b@x.org"])]


def test_lying_dimension_and_far_away_row_finish_fast(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "huge.xlsx", {"S": [HEADER, *LEARNERS]})

    def lie(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', xml)
        far = b'<row r="999999999"><c r="A999999999" t="n"><v>1</v></c></row>'
        return xml.replace(b"</sheetData>", far + b"</sheetData>")

    rewrite_zip(path, "xl/worksheets/sheet1.xml", lie)
    assert b"XFD1048576" in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 2.0
    # The sheet is taken to end after a long run of empty rows: the row at 999,999,999 is not read.
    assert table.rows == [(2, LEARNERS[0]), (3, LEARNERS[1]), (4, LEARNERS[2])]


def test_rows_after_a_long_empty_gap_are_not_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, LEARNERS[0]] + [[]] * (cohort.EMPTY_RUN_STOP + 5) + [LEARNERS[1]]
    path = write_xlsx(tmp_path / "gap.xlsx", {"S": rows})
    assert [n for n, _ in read_table(path).rows] == [2]


def test_strict_ooxml_is_read_through_transitional_namespaces(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "strict.xlsx", {"Learners": [HEADER, *LEARNERS]})
    pairs = [(t, s) for s, t in cohort._STRICT_TO_TRANSITIONAL]

    def to_strict(xml: bytes) -> bytes:
        for transitional, strict in pairs:
            xml = xml.replace(transitional, strict)
        return xml

    for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "xl/worksheets/sheet1.xml"):
        rewrite_zip(path, part, to_strict)
    with pytest.warns(UserWarning):
        wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.worksheets == []  # what openpyxl alone sees
    wb.close()
    table = read_table(path)
    assert table.sheet == "Learners" and table.rows[1] == (3, LEARNERS[1])


def test_workbook_with_only_a_chartsheet_has_no_worksheets(tmp_path: Path) -> None:
    from openpyxl.chart import BarChart, Reference

    path = tmp_path / "chart.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([1, 2])
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=1, max_col=2, min_row=1))
    wb.create_chartsheet("Chart").add_chart(chart)
    ws.sheet_state = "hidden"
    wb.save(path)
    assert error_of(path).code == "no_worksheets"  # only a hidden worksheet: nothing visible
    rewrite_zip(path, "xl/workbook.xml", lambda xml: re.sub(rb'<sheet [^>]*name="Sheet"[^>]*/>', b"", xml))
    err = error_of(path)
    assert err.code == "no_worksheets" and "contains no worksheets" in err.message


def test_empty_workbook_and_header_only(tmp_path: Path) -> None:
    assert error_of(write_xlsx(tmp_path / "blank.xlsx", {"A": [], "B": []})).code == "empty"
    table = read_table(write_xlsx(tmp_path / "header.xlsx", {"A": [HEADER]}))
    assert (table.header_row, table.headers, table.rows) == (1, HEADER, [])


def test_ods_named_xlsx_and_xlsx_named_ods(tmp_path: Path) -> None:
    real = write_xlsx(tmp_path / "real.xlsx", {"S": [HEADER, LEARNERS[0]]})
    disguised = tmp_path / "cohort.ods"
    disguised.write_bytes(real.read_bytes())
    assert read_table(disguised).rows == [(2, LEARNERS[0])]

    ods = tmp_path / "cohort.xlsx"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    err = error_of(ods)  # OpenDocument is read now (python-calamine); this one has no spreadsheet inside
    assert err.code == "corrupt" and "damaged" in err.message and "cohort.xlsx" in err.message


# --------------------------------------------------------------------------- broken and odd files


def test_truncated_zip_is_corrupt(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"S": [HEADER, *LEARNERS]}).read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(good[: len(good) // 2])
    err = error_of(path)
    assert err.code == "corrupt" and "damaged" in err.message and "Re-save it from Excel" in err.message


def test_text_file_named_xlsx_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_text("First name,Last name,Email\nAda,Lovelace,ada@example.org\n", encoding="utf-8")
    table = read_table(path)
    assert (table.format, table.delimiter, table.rows) == (
        "csv",
        ",",
        [(2, ["Ada", "Lovelace", "ada@example.org"])],
    )


def test_web_page_named_xls_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "report.xls"
    path.write_text("<html><body><table><tr><td>Email</td></tr></table></body></html>", encoding="utf-8")
    err = error_of(path)
    assert err.code == "corrupt" and "web page" in err.message


def test_binary_junk_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(random.Random(7).randbytes(4000))
    assert error_of(path).code == "corrupt"


def test_zero_byte_files(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "blank.csv").write_text("\n \n\t\n", encoding="utf-8")
    assert error_of(tmp_path / "empty.csv").code == "empty"
    assert error_of(tmp_path / "empty.xlsx").code == "corrupt"
    assert error_of(tmp_path / "blank.csv").code == "empty"


def test_excel_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "~$cohort.xlsx"
    path.write_bytes(b"\x05Sam  " + b"\x00" * 150)
    err = error_of(path)
    assert err.code == "lock_file" and "lock file" in err.message and "cohort.xlsx" in err.message


def test_missing_folder_unreadable_and_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert error_of(tmp_path / "nowhere.xlsx").code == "not_found"
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert error_of(folder).code == "unreadable"

    path = tmp_path / "locked.csv"
    path.write_text("Email\na@x.org\n", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(Path, "read_bytes", denied)
        err = error_of(path)
    assert err.code == "unreadable" and "permission denied" in err.message

    monkeypatch.setattr(cohort, "MAX_FILE_BYTES", 5)
    err = error_of(path)
    assert err.code == "too_large" and err.params["size"] == path.stat().st_size


def test_zip_that_unpacks_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "bomb.xlsx", {"S": [HEADER, *LEARNERS]})
    monkeypatch.setattr(sniff, "MAX_UNPACKED_BYTES", 1000)
    err = error_of(path)
    assert (err.code, err.params) == (
        "too_large",
        {"format": "xlsx"},
    ) and "unpacks to more than" in err.message
    assert detect_format(path.read_bytes()) == "xlsx"


def test_too_many_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Email\n" + "".join(f"l{i}@x.org\n" for i in range(30)), encoding="utf-8")
    monkeypatch.setattr(header, "MAX_DATA_ROWS", 10)
    err = error_of(path)
    assert err.code == "too_large" and err.params["limit"] == 10


def test_mangled_workbooks_raise_only_input_error(tmp_path: Path) -> None:
    """Flip bytes, truncate and garble XML: read_table returns a Table or raises InputError, nothing else."""
    good = write_xlsx(tmp_path / "good.xlsx", {"S": [HEADER, *LEARNERS]})
    data = good.read_bytes()
    with zipfile.ZipFile(good) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    rng = random.Random(20261125)
    codes = set()
    for i in range(60):
        path = tmp_path / f"m{i}.xlsx"
        if i % 3 == 0:
            mutated = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            path.write_bytes(bytes(mutated))
        elif i % 3 == 1:
            path.write_bytes(data[: rng.randrange(len(data))])
        else:
            name = rng.choice(sorted(parts))
            xml = bytearray(parts[name])
            start = rng.randrange(len(xml))
            del xml[start : start + rng.randint(1, 40)]
            with zipfile.ZipFile(path, "w") as z:
                for part, content in parts.items():
                    z.writestr(part, bytes(xml) if part == name else content)
        try:
            read_table(path)
            codes.add("ok")
        except InputError as exc:
            assert "\n" not in exc.message
            codes.add(exc.code)
    assert codes <= {"ok", "corrupt", "empty", "no_worksheets"}
    assert "corrupt" in codes


# --------------------------------------------------------------------------- csv


CSV_TEXT = "First name,Last name,Email\r\nZoë,Brontë,zoe@example.org\r\nJosé,Núñez,jose@example.com\r\n"


@pytest.mark.parametrize(
    ("codec", "bom", "expected"),
    [
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-8", b"", "utf-8"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "utf-32-le"),
        ("utf-32-be", b"", "utf-32-be"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_csv_encodings(tmp_path: Path, codec: str, bom: bytes, expected: str) -> None:
    path = tmp_path / "cohort.csv"
    path.write_bytes(bom + CSV_TEXT.encode(codec))
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == HEADER
    assert table.rows == [
        (2, ["Zoë", "Brontë", "zoe@example.org"]),
        (3, ["José", "Núñez", "jose@example.com"]),
    ]


@pytest.mark.parametrize(
    ("codec", "first", "last"),
    [
        ("cp1253", "Γιώργος", "Παπαδόπουλος"),
        ("cp1251", "Мария", "Смирнова"),
        ("cp1250", "Łukasz", "Wiśniewski"),
        ("cp1254", "Ayşe", "Yılmaz"),
        ("cp1252", "Siobhán", "Ó Súilleabháin"),
    ],
)
def test_csv_single_byte_code_pages(tmp_path: Path, codec: str, first: str, last: str) -> None:
    path = tmp_path / "names.csv"
    path.write_bytes(
        f"First name,Last name,Email\n{first},{last},a@example.org\nAnn,Kim,k@example.org\n".encode(codec)
    )
    table = read_table(path)
    assert table.encoding == codec
    assert table.rows[0][1][:2] == [first, last]


def test_csv_sep_directive_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(b"sep=;\r\nFirst name;Last name;Email\r\nAda;Lovelace;ada@example.org\r\n")
    table = read_table(path)
    assert (table.delimiter, table.header_row, table.headers) == (";", 1, HEADER)
    assert table.rows == [(2, ["Ada", "Lovelace", "ada@example.org"])]


def test_csv_semicolons_with_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "de.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail;Punkte\nJürgen;Müller;j@example.org;85,5\nAnna;Berg;a@example.org;90,0\n"
    )
    table = read_table(path)
    assert table.delimiter == ";" and table.rows[0][1] == ["Jürgen", "Müller", "j@example.org", "85,5"]


def test_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "cohort.tsv"
    path.write_text("First name\tLast name\tEmail\nAda\tLovelace, Countess\tada@example.org\n")
    table = read_table(path)
    assert table.delimiter == "\t" and table.rows[0][1][1] == "Lovelace, Countess"


def test_csv_single_column_defaults_to_comma(tmp_path: Path) -> None:
    path = tmp_path / "emails.csv"
    path.write_text("Email\nada@example.org\nbo@example.org\n")
    table = read_table(path)
    assert (table.delimiter, table.headers, len(table.rows)) == (",", ["Email"], 2)


def test_csv_cr_only_quoted_newlines_nul_and_ragged(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(
        b'First name,Last name,Email,Evidence\r"Ada","Love\rlace",ada@example.org,"line 1\nline 2"\r'
        b"Bo\x00b,Li\rCy,Do,cy@example.org,x,y,z\r,,,\r"
    )
    table = read_table(path)
    assert table.headers == ["First name", "Last name", "Email", "Evidence"]
    assert table.rows == [
        (2, ["Ada", "Love\rlace", "ada@example.org", "line 1\nline 2"]),
        (3, ["Bob", "Li", "", ""]),
        (4, ["Cy", "Do", "cy@example.org", "x"]),
    ]


def test_csv_header_below_preamble(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Northwind Training export\nGenerated 2026-11-25\n\nFirst name,Last name,Email\nAda,Lovelace,a@x.org\n"
    )
    table = read_table(path)
    assert (table.header_row, table.rows) == (4, [(5, ["Ada", "Lovelace", "a@x.org"])])


def test_header_falls_back_to_first_texty_row(tmp_path: Path) -> None:
    path = tmp_path / "rooms.csv"
    path.write_text("2026,11\nRoom,Trainer,Seats\nB12,Sam,20\n")
    table = read_table(path)
    assert (table.header_row, table.headers, table.rows) == (
        2,
        ["Room", "Trainer", "Seats"],
        [(3, ["B12", "Sam", "20"])],
    )


def test_wide_csv(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    width = 9074
    path.write_text(
        ",".join(["Email"] + [f"c{i}" for i in range(width - 1)])
        + "\n"
        + ",".join(["a@x.org"] + ["1"] * (width - 1))
        + "\n"
    )
    started = time.perf_counter()
    table = read_table(path)
    assert time.perf_counter() - started < 2.0
    assert len(table.headers) == width and table.rows[0][1][-1] == "1"


# --------------------------------------------------------------------------- detect_format


def _ole(extra: bytes = b"") -> bytes:
    return cohort.OLE_MAGIC + b"\x00" * 504 + extra


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (_ole(), "xls"),
        (_ole("EncryptedPackage".encode("utf-16-le")), "encrypted"),
        (b"\x09\x04\x06\x00\x00\x00\x10\x00", "biff4"),  # a bare Excel 4 stream, no OLE container
        (_zip({"xl/workbook.bin": "x"}), "xlsb"),
        (_zip({"xl/workbook.xml": "<workbook/>"}), "xlsx"),
        (_zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}), "ods"),
        (_zip({"mimetype": "application/vnd.oasis.opendocument.text"}), "unknown"),
        (_zip({"word/document.xml": "<w/>"}), "unknown"),
        (b"PK\x03\x04 truncated", "unknown"),
        ("Email;Name\nä@x.org;Ä\n".encode("cp1252"), "csv"),
        ("Email\n".encode("utf-16"), "csv"),
        (bytes(range(256)) * 4, "unknown"),
    ],
    ids=lambda value: value if isinstance(value, str) else f"{len(value)}-bytes",
)
def test_detect_format(data: bytes, expected: str) -> None:
    assert detect_format(data) == expected
