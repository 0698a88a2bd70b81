"""Column mapping and learner checks (badgedesk.core.validate)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from badgedesk.core.cohort import Table, read_table
from badgedesk.core.messages import InputError
from badgedesk.core.validate import (
    FIELDS,
    HEADER_ALIASES,
    Cohort,
    auto_map,
    build_cohort,
    is_valid_email,
    normalise_header,
    parse_consent,
    parse_issue_date,
    parse_score,
    resolve_mapping,
    split_full_name,
)

TODAY = dt.date(2026, 11, 25)
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def make_table(
    headers: list[str], rows: list[list[str]], *, sheet: str | None = None, header_row: int = 1
) -> Table:
    return Table(
        path=Path("/somewhere/private/cohort.xlsx" if sheet else "/somewhere/private/cohort.csv"),
        format="xlsx" if sheet else "csv",
        sheet=sheet,
        sheets=[sheet] if sheet else [],
        header_row=header_row,
        headers=headers,
        rows=[(header_row + 1 + i, row) for i, row in enumerate(rows)],
        encoding=None if sheet else "utf-8",
        delimiter=None if sheet else ",",
        sha256="0" * 64,
    )


def cohort_of(headers: list[str], rows: list[list[str]], **kwargs) -> Cohort:
    return build_cohort(make_table(headers, rows), today=TODAY, **kwargs)


def one(headers: list[str], row: list[str]):
    return cohort_of(headers, [row]).learners[0]


BASE = ["First name", "Last name", "Email"]


# --------------------------------------------------------------------------- mapping


def test_aliases_cover_every_field_and_are_normalised() -> None:
    assert set(HEADER_ALIASES) == set(FIELDS)
    for aliases in HEADER_ALIASES.values():
        assert all(normalise_header(alias) == alias for alias in aliases)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-mail address", "email"),
        ("Email Address", "email"),
        ("email", "email"),
        ("EMAIL_ADDRESS", "email"),
        ("Learner's e-mail (work)", "email"),
        ("Forename", "first_name"),
        ("Given name", "first_name"),
        ("First name", "first_name"),
        ("FirstName", "first_name"),
        ("first_name", "first_name"),
        ("Prénom", "first_name"),
        ("Surname", "last_name"),
        ("Family name", "last_name"),
        ("Last name", "last_name"),
        ("Full name", "full_name"),
        ("Name", "full_name"),
        ("Consent", "consent"),
        ("Consent given?", "consent"),
        ("Score", "score"),
        ("Score (%)", "score"),
        ("Evidence", "evidence_text"),
        ("Evidence text", "evidence_text"),
        ("Evidence URL", "evidence_url"),
        ("Issue date", "issue_date"),
        ("Date", "issue_date"),
    ],
)
def test_auto_map_single_header(header: str, field: str) -> None:
    assert auto_map(["Notes", header]) == {field: 1}


def test_auto_map_typical_sheet() -> None:
    headers = [
        "#",
        "First name",
        "Last name",
        "E-mail",
        "Consent given",
        "Score",
        "Evidence URL",
        "Date",
        "Name",
    ]
    assert auto_map(headers) == {
        "first_name": 1,
        "last_name": 2,
        "email": 3,
        "consent": 4,
        "score": 5,
        "evidence_url": 6,
        "issue_date": 7,
    }  # "Name" is not taken as the full name when first and last name columns exist


def test_name_beside_surname_is_the_first_name() -> None:
    assert auto_map(["Name", "Surname", "Email"]) == {"first_name": 0, "last_name": 1, "email": 2}
    assert auto_map(["Full name", "Surname", "Email"]) == {"full_name": 0, "last_name": 1, "email": 2}


def test_auto_map_ignores_excel_errors_and_email_status_columns() -> None:
    assert auto_map(["#NAME?", "#N/A"]) == {}
    assert auto_map(["Email consent", "Contact"]) == {}
    assert auto_map(["Email", "Email"]) == {"email": 0}  # the first of two equal headers wins


def test_resolve_mapping_overrides() -> None:
    headers = ["Name", "Mail", "Work email", "Agreed?", "Points"]
    assert resolve_mapping(headers) == {"full_name": 0, "email": 1, "consent": 3, "score": 4}
    mapping = resolve_mapping(headers, {"email": "  WORK EMAIL "})
    assert mapping["email"] == 2
    assert resolve_mapping(headers, {"email": "3"})["email"] == 2
    assert resolve_mapping(headers, {"email": "c"})["email"] == 2
    # an explicit choice takes the column away from whatever auto_map put there
    assert resolve_mapping(headers, {"evidence_text": "Mail"}) == {
        "full_name": 0,
        "evidence_text": 1,
        "consent": 3,
        "score": 4,
    }
    assert "consent" not in resolve_mapping(headers, {"consent": ""})


def test_resolve_mapping_unknown_field_and_column() -> None:
    with pytest.raises(InputError) as err:
        resolve_mapping(["Email"], {"mail": "Email"})
    assert err.value.code == "unknown_field" and "first_name, last_name" in err.value.message
    with pytest.raises(InputError) as err:
        resolve_mapping(["Name", "Mail"], {"email": "Courriel"})
    assert err.value.code == "unknown_column"
    assert "'Name', 'Mail'" in err.value.message and "(A-B)" in err.value.message
    assert err.value.params["columns"] == ["Name", "Mail"]
    for beyond in ("3", "D", "0"):
        with pytest.raises(InputError):
            resolve_mapping(["Name", "Mail"], {"email": beyond})


# --------------------------------------------------------------------------- file-level errors


def test_no_email_column_message() -> None:
    table = make_table(
        ["First name", "Last name", "Phone"], [["Ada", "Lovelace", "1"]], sheet="Learners", header_row=3
    )
    with pytest.raises(InputError) as err:
        build_cohort(table)
    assert err.value.code == "no_email_column"
    assert err.value.message == (
        "No column for email addresses was found in cohort.xlsx (sheet 'Learners', header row 3). "
        "Found columns: 'First name', 'Last name', 'Phone'. "
        "Rename the column to 'Email' or choose it with --map email=<column>."
    )


def test_email_chosen_by_override_builds() -> None:
    table = make_table(["First name", "Last name", "Contact"], [["Ada", "Lovelace", "ada@example.org"]])
    cohort = build_cohort(table, {"email": "Contact"}, today=TODAY)
    assert cohort.learners[0].email == "ada@example.org" and cohort.counts["valid"] == 1


def test_no_name_columns() -> None:
    with pytest.raises(InputError) as err:
        cohort_of(["First name", "Email"], [["Ada", "ada@example.org"]])
    assert err.value.code == "no_name_columns"
    assert "cohort.csv (header row 1)" in err.value.message and "'First name', 'Email'" in err.value.message
    assert "\n" not in err.value.message


def test_no_learners_below_the_header_is_empty() -> None:
    for rows in ([], [["", "", ""]], [["", "", "", "a note in an unmapped column"]]):
        with pytest.raises(InputError) as err:
            cohort_of([*BASE, "Notes"], [r + [""] * (4 - len(r)) for r in rows])
        assert err.value.code == "empty"


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("full", "first", "last"),
    [
        ("Ada Lovelace", "Ada", "Lovelace"),
        ("Jean-Luc de la Tour", "Jean-Luc", "de la Tour"),
        ("Lovelace, Ada", "Ada", "Lovelace"),
        ("  Ada   King  Lovelace ", "Ada King", "Lovelace"),
        ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
        ("Cher", "Cher", ""),
    ],
)
def test_split_full_name(full: str, first: str, last: str) -> None:
    assert split_full_name(full) == (first, last)


def test_full_name_column() -> None:
    cohort = cohort_of(["Name", "Email"], [["Ada Lovelace", "a@example.org"], ["Cher", "c@example.org"]])
    ada, cher = cohort.learners
    assert (ada.first_name, ada.last_name, ada.status) == ("Ada", "Lovelace", "valid")
    assert cher.status == "skipped_invalid" and [p.code for p in cher.problems] == ["last_name_missing"]
    assert cher.problems[0].message == (
        "cohort.csv, row 3, column 'Name': 'Cher' has no last name. Enter the learner's full name and open it again."
    )


def test_names_are_stripped_and_collapsed_and_missing_ones_reported() -> None:
    learner = one(BASE, ["  Mary   Ann ", " de  Vries ", "m@example.org"])
    assert (learner.first_name, learner.last_name) == ("Mary Ann", "de Vries")
    learner = one(BASE, ["", " ", "m@example.org"])
    assert [p.code for p in learner.problems] == ["first_name_missing", "last_name_missing"]
    assert learner.problems[0].params == {"file": "cohort.csv", "row": 2, "column": "First name", "value": ""}


# --------------------------------------------------------------------------- email


@pytest.mark.parametrize(
    "email",
    ["ada@example.org", "ada.lovelace+badge@mail.example.co.uk", "o'brien@example.ie", "zoë@exämple.de"],
)
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    [
        "ada@example",
        "ada.example.org",
        "ada@@example.org",
        "a@b@example.org",
        "ada lovelace@example.org",
        ".ada@example.org",
        "ada.@example.org",
        "ada..l@example.org",
        "ada@.example.org",
        "ada@example.org.",
        "ada@example..org",
        "ada@-example.org",
        "ada@example.c",
        "ada@example.org; bo@example.org",
        "ada@example.123",
    ],
)
def test_invalid_emails(email: str) -> None:
    assert not is_valid_email(email)


def test_email_cleaning_and_problems() -> None:
    rows = [
        ["Ada", "Lovelace", "  mailto:Ada@Example.org "],
        ["Bo", "Li", "<bo@example.org>"],
        ["Cy", "Do", "ada@example"],
        ["Di", "Ek", ""],
    ]
    ada, bo, cy, di = cohort_of(BASE, rows).learners
    assert (ada.email, ada.recipient_key, ada.status) == ("Ada@Example.org", "ada@example.org", "valid")
    assert bo.email == "bo@example.org"
    assert cy.status == "skipped_invalid"
    assert cy.problems[0].code == "email_invalid"
    assert cy.problems[0].message == (
        "cohort.csv, row 4, column 'Email': 'ada@example' is not a valid email address. "
        "Correct it in the spreadsheet and open it again."
    )
    assert cy.problems[0].params == {
        "file": "cohort.csv",
        "row": 4,
        "column": "Email",
        "value": "ada@example",
    }
    assert [p.code for p in di.problems] == ["email_missing"] and di.recipient_key == ""


def test_duplicates_differ_only_in_case_and_spaces() -> None:
    rows = [
        ["Ada", "Lovelace", "ada@example.org"],
        ["Bo", "Li", "bo@example"],  # invalid: not a first occurrence
        ["Ada", "L", " ADA@Example.org  "],
        ["Bo", "Li", "BO@example"],
        ["Bo", "Li", "bo@example.org"],
        ["Bo", "Li", "Bo@Example.Org"],
    ]
    cohort = cohort_of(BASE, rows)
    assert [lr.status for lr in cohort.learners] == [
        "valid",
        "skipped_invalid",
        "skipped_duplicate",
        "skipped_invalid",
        "valid",
        "skipped_duplicate",
    ]
    dup = cohort.learners[2].problems[0]
    assert dup.code == "duplicate" and dup.params["first_row"] == 2 and dup.params["row"] == 4
    assert "row 2" in dup.message and "\n" not in dup.message
    assert cohort.learners[5].problems[0].params["first_row"] == 6
    assert cohort.counts == {"valid": 2, "skipped_invalid": 2, "skipped_duplicate": 2}
    assert [lr.row for lr in cohort.valid] == [2, 6]


# --------------------------------------------------------------------------- consent, score, dates, evidence


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("yes", True),
        (" YES ", True),
        ("Y", True),
        ("true", True),
        ("TRUE", True),
        ("1", True),
        ("x", True),
        ("X", True),
        ("✓", True),
        ("✔", True),
        ("no", False),
        ("", False),
        ("0", False),
        ("n", False),
        ("FALSE", False),
        ("maybe", False),
        ("yes please", False),
    ],
)
def test_parse_consent(value: str, expected: bool) -> None:
    assert parse_consent(value) is expected


def test_consent_column_and_its_absence() -> None:
    yes, no = cohort_of(
        [*BASE, "Consent"], [["A", "B", "a@x.org", "Yes"], ["C", "D", "c@x.org", "no"]]
    ).learners
    assert (yes.consent, yes.consent_raw, no.consent, no.consent_raw) == (True, "Yes", False, "no")
    assert no.status == "valid"  # consent is decided when the run is planned, not here
    cohort = cohort_of(BASE, [["A", "B", "a@x.org"]])
    assert cohort.learners[0].consent is None
    assert [p.code for p in cohort.problems] == ["no_consent_column"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("85", 85), ("85%", 85), ("85 %", 85), ("85.0", 85), ("85,00", 85), ("0", 0), ("100", 100), ("+7", 7)],
)
def test_scores_accepted(value: str, expected: int) -> None:
    assert parse_score(value) == expected


@pytest.mark.parametrize("value", ["85.5", "101", "-1", "eighty", "0.85", "1e2", "85/100"])
def test_scores_rejected(value: str) -> None:
    assert parse_score(value) is None


def test_score_problem() -> None:
    ok, bad, blank = cohort_of(
        [*BASE, "Score"],
        [["A", "B", "a@x.org", "85%"], ["C", "D", "c@x.org", "85.5"], ["E", "F", "e@x.org", ""]],
    ).learners
    assert (ok.score, blank.score, blank.status) == (85, None, "valid")
    assert bad.problems[0].code == "score_invalid"
    assert bad.problems[0].message == (
        "cohort.csv, row 3, column 'Score': '85.5' is not a whole number from 0 to 100. "
        "Correct it in the spreadsheet and open it again."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-25", "2026-11-25"),
        ("2026-11-25T09:30:00", "2026-11-25"),
        ("2026/3/1", "2026-03-01"),
        ("25/11/2026", "2026-11-25"),
        ("03/04/2026", "2026-04-03"),
        ("3.4.2026", "2026-04-03"),
        ("25-11-26", "2026-11-25"),
        ("25 Nov 2026", "2026-11-25"),
        ("November 25, 2026", "2026-11-25"),
        ("46351", "2026-11-25"),
        ("2027-12-31", "2027-12-31"),
    ],
)
def test_issue_dates_accepted(value: str, expected: str) -> None:
    assert parse_issue_date(value, TODAY) == (expected, "")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31/02/2026", "day/month/year"),
        ("12/31/2026", "day/month/year"),
        ("2026-13-01", "not a real calendar date"),
        ("2028-01-01", "after 2027"),
        ("1899-12-31", "before 1900"),
        ("next Tuesday", "YYYY-MM-DD"),
        ("2026", "YYYY-MM-DD"),
    ],
)
def test_issue_dates_rejected(value: str, reason: str) -> None:
    iso, why = parse_issue_date(value, TODAY)
    assert iso == "" and reason in why


def test_issue_date_problems_and_date_order_shown_by_the_column() -> None:
    rows = [
        ["A", "B", "a@x.org", "03/04/2026"],
        ["C", "D", "c@x.org", "12/31/2026"],
        ["E", "F", "e@x.org", "2026-11-25"],
    ]
    # 12/31/2026 can only be month first: the column shows its order, and a note says so.
    cohort = cohort_of([*BASE, "Date"], rows)
    first, dec, iso = cohort.learners
    assert (first.issue_date, dec.issue_date, iso.issue_date) == ("2026-03-04", "2026-12-31", "2026-11-25")
    [note] = [p for p in cohort.problems if p.code.startswith("date_order")]
    assert note.code == "date_order_shown" and note.params["shown_by"] == "12/31/2026"
    assert "month/day/year" in note.message and not cohort.needs_date_order

    # Chosen day first: 03/04 is 3 April and 12/31/2026 is no date at all.
    cohort = cohort_of([*BASE, "Date"], rows, date_order="dmy")
    first, bad, iso = cohort.learners
    assert (first.issue_date, iso.issue_date, bad.issue_date) == ("2026-04-03", "2026-11-25", "")
    assert bad.problems[0].code == "issue_date_invalid"
    assert bad.problems[0].message.startswith(
        "cohort.csv, row 3, column 'Date': '12/31/2026' is not a real calendar date"
    )
    assert not [p for p in cohort.problems if p.code.startswith("date_order")]


def test_evidence_checks() -> None:
    headers = [*BASE, "Evidence", "Evidence URL"]
    rows = [
        ["A", "B", "a@x.org", "Completed the practical", "https://example.org/portfolio/a"],
        ["C", "D", "c@x.org", "x" * 501, "http://example.org/c"],
        ["E", "F", "e@x.org", "fine", "ftp://example.org/e"],
        ["G", "H", "g@x.org", "y" * 500, "www.example.org/g"],
    ]
    ok, long_text, ftp, no_scheme = cohort_of(headers, rows).learners
    assert ok.status == "valid" and ok.evidence_url == "https://example.org/portfolio/a"
    assert [p.code for p in long_text.problems] == ["evidence_text_too_long"]
    assert "501 characters" in long_text.problems[0].message
    assert len(long_text.problems[0].params["value"]) <= 60
    assert [p.code for p in ftp.problems] == ["evidence_url_invalid"]
    assert [p.code for p in no_scheme.problems] == ["evidence_url_invalid"]  # 500 characters is allowed


def test_rows_with_only_unmapped_data_are_not_learners() -> None:
    cohort = cohort_of(
        [*BASE, "Notes"], [["A", "B", "a@x.org", ""], ["", "", "", "Room B12"], ["C", "D", "c@x.org", ""]]
    )
    assert [lr.row for lr in cohort.learners] == [2, 4]


def test_every_message_is_one_line() -> None:
    rows = [["A\nB", "C", "bad\nemail@x", "85.5\n", "a\nb", "x\n" * 300, "ftp://\n"]]
    cohort = cohort_of([*BASE, "Score", "Date", "Evidence", "Evidence URL"], rows)
    messages = [p.message for lr in cohort.learners for p in lr.problems] + [
        p.message for p in cohort.problems
    ]
    assert len(messages) >= 5 and all("\n" not in m for m in messages)


# --------------------------------------------------------------------------- end to end


def test_xlsx_with_title_block_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "course.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    for row in [
        ["Northwind Training — Fire Marshal, 2 Dec 2026"],
        [],
        ["Full name", "Email Address", "Consent given", "Score", "Issue date"],
        ["Ada Lovelace", "ada@example.org", True, 92.0, dt.datetime(2026, 12, 2)],
        ["Lovelace, Byron", "byron@example.org", "no", 64, None],
        [None, None, None, None, None],
        ["Jean-Luc de la Tour", "ADA@example.org ", "x", 70, "02/12/2026"],
    ]:
        ws.append(row)
    wb.save(path)
    assert build_cohort(read_table(path), today=TODAY).needs_date_order  # 02/12/2026 could be either
    cohort = build_cohort(read_table(path), today=TODAY, date_order="dmy")  # a UK trainer's file
    assert cohort.table.header_row == 3
    assert cohort.mapping == {"full_name": 0, "email": 1, "consent": 2, "score": 3, "issue_date": 4}
    ada, byron, jl = cohort.learners
    assert (ada.row, ada.first_name, ada.last_name, ada.consent, ada.score, ada.issue_date) == (
        4,
        "Ada",
        "Lovelace",
        True,
        92,
        "2026-12-02",
    )
    assert (byron.first_name, byron.last_name, byron.consent, byron.score) == ("Byron", "Lovelace", False, 64)
    assert (jl.row, jl.first_name, jl.last_name, jl.status) == (
        7,
        "Jean-Luc",
        "de la Tour",
        "skipped_duplicate",
    )


@pytest.mark.parametrize(
    ("name", "header_row", "sheet"), [("sample-cohort.csv", 1, None), ("sample-cohort.xlsx", 4, "Learners")]
)
def test_shipped_sample_cohort(name: str, header_row: int, sheet: str | None) -> None:
    table = read_table(RESOURCES / name)
    assert (table.header_row, table.sheet) == (header_row, sheet)
    assert table.headers == ["First name", "Last name", "Email", "Consent", "Score"]
    cohort = build_cohort(table, today=TODAY)
    assert len(cohort.learners) == 24
    assert cohort.counts == {"valid": 22, "skipped_invalid": 1, "skipped_duplicate": 1}
    assert sum(1 for lr in cohort.learners if lr.consent is False) == 2
    assert sum(1 for lr in cohort.learners if lr.score is not None and lr.score < 70) == 2
    [invalid] = [lr for lr in cohort.learners if lr.status == "skipped_invalid"]
    assert invalid.problems[0].code == "email_invalid"
    [dup] = [lr for lr in cohort.learners if lr.status == "skipped_duplicate"]
    first = next(lr for lr in cohort.learners if lr.row == dup.problems[0].params["first_row"])
    assert dup.email != first.email and dup.recipient_key == first.recipient_key
    names = {lr.first_name for lr in cohort.learners}
    assert {"Zoë", "José", "Siobhán"} <= names
    assert all(lr.email.endswith(("@example.org", "@example.com", "@example")) for lr in cohort.learners)
    if sheet:
        wb = openpyxl.load_workbook(RESOURCES / name, read_only=True)
        assert wb["Learners"]["A1"].value == "Northwind Training — First Aid at Work, 25 Nov 2026"
        wb.close()
