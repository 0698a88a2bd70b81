"""CohortDraft (badgedesk.core.draft) and read_table's forced header row."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from badgedesk.core import plan
from badgedesk.core.cohort import read_table
from badgedesk.core.draft import CohortDraft
from badgedesk.core.messages import InputError

TODAY = dt.date(2026, 11, 25)
AT = "2026-11-20T09:00:00Z"
SAMPLE_XLSX = Path(__file__).resolve().parents[2] / "resources" / "sample-cohort.xlsx"

PEOPLE = [
    ["Ada", "Lovelace", "ada@example.org", "yes"],  # row 4
    ["Alan", "Turing", "alan@exmaple", "yes"],  # row 5: invalid email
    ["Grace", "Hopper", "grace@gmial.com", "no"],  # row 6: a typo'd domain, refused
    ["Edsger", "Dijkstra", "edsger@example.org", ""],  # row 7: no answer
    ["Barbara", "Liskov", "ADA@example.org ", "yes"],  # row 8: duplicate of row 4
]


def write_xlsx(path, rows, header=("First name", "Surname", "Work e-mail", "Consent"), title=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cohort"
    if title:
        ws.append(["Spring course 2026"])
        ws.append([])
    ws.append(list(header))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path, lines):
    path.write_text("\n".join(",".join(cells) for cells in lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def source(tmp_path):
    return write_xlsx(tmp_path / "cohort.xlsx", PEOPLE)


def opened(path, **kwargs):
    draft = CohortDraft.open(path, operator="alice", today=TODAY, **kwargs)
    draft.clock = lambda: AT
    return draft


def by_row(draft):
    return {item.row: item for item in draft.rows()}


# --------------------------------------------------------------------------- read_table(header_row=)


def test_read_table_forced_header_row(tmp_path):
    path = write_xlsx(tmp_path / "c.xlsx", PEOPLE)
    assert read_table(path).header_row == 3
    forced = read_table(path, header_row=1)
    assert forced.header_row == 1 and forced.headers == ["Spring course 2026"]
    assert forced.rows[0][0] == 3  # the real header row is now data
    csv = write_csv(
        tmp_path / "c.csv", [["Note"], ["First name", "Last name", "Email"], ["Ada", "L", "a@b.org"]]
    )
    assert read_table(csv).header_row == 2
    table = read_table(csv, header_row=2)
    assert table.headers == ["First name", "Last name", "Email"] and table.rows == [
        (3, ["Ada", "L", "a@b.org"])
    ]


@pytest.mark.parametrize(
    ("row", "code", "words"),
    [
        (2, "header_row_empty", "Row 2 of sheet 'Cohort' in c.xlsx is empty"),
        (40, "header_row_out_of_range", "no row 40"),
    ],
)
def test_read_table_header_row_errors_say_what_to_do(tmp_path, row, code, words):
    path = write_xlsx(tmp_path / "c.xlsx", PEOPLE)
    with pytest.raises(InputError) as err:
        read_table(path, header_row=row)
    assert err.value.code == code and words in err.value.message
    assert "Choose the row that holds the column names" in err.value.message and "\n" not in err.value.message
    with pytest.raises(InputError, match="numbered from 1"):
        read_table(path, header_row=0)


# --------------------------------------------------------------------------- opening and checking


def test_open_detects_header_mapping_and_statuses(source):
    draft = opened(source)
    assert (draft.sheet, draft.sheets, draft.header_row) == ("Cohort", ["Cohort"], 3)
    assert draft.mapping == {"first_name": 0, "last_name": 1, "email": 2, "consent": 3}
    rows = by_row(draft)
    assert [rows[r].status for r in (4, 5, 6, 7, 8)] == [
        "valid",
        "skipped_invalid",
        "valid",
        "valid",
        "skipped_duplicate",
    ]
    assert rows[5].problems[0].code == "email_invalid"
    assert draft.counts() == {
        "learners": 5,
        "ready": 1,
        "no_consent": 2,
        "invalid": 1,
        "duplicate": 1,
        "already_issued": 0,
        "check_email": 1,
    }
    assert (
        draft.summary() == "5 learners · 1 ready · 2 no consent · 1 invalid · 1 duplicate · 1 email to check"
    )
    assert draft.is_complete()


def test_sample_summary_matches_the_issue_text():
    draft = CohortDraft.open(SAMPLE_XLSX, operator="alice")
    assert draft.header_row == 4
    assert draft.summary() == "24 learners · 20 ready · 2 no consent · 1 invalid · 1 duplicate"


def test_open_without_an_email_column(tmp_path):
    path = write_csv(
        tmp_path / "c.csv", [["First name", "Last name", "Contact"], ["Ada", "L", "ada@example.org"]]
    )
    with pytest.raises(InputError) as err:
        CohortDraft.open(path)
    assert err.value.code == "no_email_column"
    draft = CohortDraft.open(path, strict=False)
    assert draft.cohort is None and draft.error.code == "no_email_column" and draft.rows() == []
    assert not draft.is_complete() and "email" in draft.summary()
    draft.set_mapping("email", 2)
    assert draft.error is None and by_row(draft)[2].email == "ada@example.org"


def test_unreadable_file_raises_the_one_line_message(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputError) as err:
        CohortDraft.open(path)
    assert "broken.xlsx" in err.value.message and "\n" not in err.value.message


# --------------------------------------------------------------------------- consent


def test_consent_sources(source):
    draft = opened(source)
    rows = by_row(draft)
    assert (rows[4].consent, rows[4].consent_source) == (True, "column 'Consent': yes")
    assert (rows[6].consent, rows[6].consent_source) == (False, "column 'Consent': no")
    assert (rows[7].consent, rows[7].consent_source) == (False, "column 'Consent': (empty)")
    draft.set_consent(7, True)
    assert by_row(draft)[7].consent_source == f"ticked by alice at {AT}"
    draft.set_consent(4, False)
    assert by_row(draft)[4].consent_source == f"unticked by alice at {AT}"
    draft.set_consent(4, True)  # the same as the learner's own answer: the column is the source again
    assert by_row(draft)[4].consent_source == "column 'Consent': yes"
    assert draft.consent_mode() == "mixed"


def test_bulk_tick_is_the_operators_statement_and_keeps_refusals(source):
    draft = opened(source)
    assert draft.refusals() == [6]
    assert draft.set_all_consent(True) == 1  # row 7 had no answer; row 6 said no and stays unticked
    rows = by_row(draft)
    assert rows[7].consent_source == f"operator statement (bulk) by alice at {AT}"
    assert rows[6].consent is False and rows[4].consent_source == "column 'Consent': yes"
    assert draft.set_all_consent(False) == 4
    assert all(not item.consent for item in draft.rows())
    assert by_row(draft)[4].consent_source == f"unticked (bulk) by alice at {AT}"
    assert by_row(draft)[7].consent_source == "column 'Consent': (empty)"  # back to what the file says


def test_consent_mode_without_a_column(tmp_path):
    path = write_csv(
        tmp_path / "c.csv", [["First name", "Last name", "Email"], ["Ada", "L", "ada@example.org"]]
    )
    draft = opened(path)
    assert by_row(draft)[2].consent_source == "" and draft.consent_mode() == "operator_statement"
    assert not draft.is_complete()  # nobody consented: nothing can be sent
    draft.set_all_consent(True)
    assert draft.consent_mode() == "operator_statement" and draft.is_complete()
    column = opened(write_xlsx(tmp_path / "x.xlsx", PEOPLE[:1]))
    assert column.consent_mode() == "column"


def test_learner_records_carry_consent_and_statuses(source):
    draft = opened(source)
    draft.set_consent(7, True)
    records = {
        r.row_number: r for r in draft.learner_records(options=plan.RunOptions(issue_date="2026-11-25"))
    }
    assert [(r, records[r].status) for r in (4, 5, 6, 7, 8)] == [
        (4, "pending"),
        (5, "skipped_invalid"),
        (6, "skipped_no_consent"),
        (7, "pending"),
        (8, "skipped_duplicate"),
    ]
    assert records[4].consent and records[4].consent_source == "column 'Consent': yes"
    assert records[7].consent_source == f"ticked by alice at {AT}"
    assert records[6].consent is False and records[6].code == "no_consent"
    assert records[6].consent_source == "column 'Consent': no"
    assert records[5].code == "email_invalid" and records[5].consent_source == "column 'Consent': yes"
    assert records[4].issue_date == "2026-11-25" and records[4].recipient_key == "ada@example.org"
    never_sent = [r for r in records.values() if r.status == "pending" and not r.consent]
    assert never_sent == []


# --------------------------------------------------------------------------- corrections


def test_fix_revalidates_the_row_and_duplicates(source):
    before = source.read_bytes()
    draft = opened(source)
    draft.fix(5, email="alan@example.org")
    assert by_row(draft)[5].status == "valid" and by_row(draft)[5].fixed == frozenset({"email"})
    draft.fix(8, email="barbara@example.org")  # no longer a duplicate of row 4
    assert by_row(draft)[8].status == "valid"
    draft.fix(4, email="alan@example.org")  # now row 4 comes first: row 5 becomes the duplicate
    rows = by_row(draft)
    assert rows[4].status == "valid" and rows[5].status == "skipped_duplicate"
    assert "repeats the email address of row 4" in rows[5].problems[0].message
    draft.fix(4, email="ada@example.org")  # back to what the file says: the correction goes
    assert 4 not in draft.corrections() and by_row(draft)[5].status == "valid"
    draft.fix(7, first_name="  Edsger  W. ", last_name="")
    assert by_row(draft)[7].first_name == "Edsger W." and by_row(draft)[7].status == "skipped_invalid"
    assert source.read_bytes() == before  # the file is never written


def test_fix_a_name_in_a_full_name_column(tmp_path):
    path = write_csv(tmp_path / "c.csv", [["Full name", "Email"], ["Ada Lovelace", "ada@example.org"]])
    draft = opened(path)
    draft.fix(2, last_name="King-Noel")
    assert (by_row(draft)[2].first_name, by_row(draft)[2].last_name) == ("Ada", "King-Noel")
    with pytest.raises(InputError, match="comma"):
        draft.fix(2, first_name="Ada, Countess")
    with pytest.raises(InputError) as err:
        draft.fix(99, email="x@example.org")
    assert err.value.code == "no_such_row"


def test_email_suggestions(source):
    draft = opened(source)
    assert draft.email_suggestion(6) == "grace@gmail.com"
    assert draft.email_suggestion(4) is None and draft.email_suggestion(5) is None
    assert draft.apply_suggestion(6) is True
    assert by_row(draft)[6].email == "grace@gmail.com" and draft.corrections() == {
        6: {"email": "grace@gmail.com"}
    }
    assert draft.email_suggestion(6) is None and draft.apply_suggestion(6) is False


# --------------------------------------------------------------------------- re-reading and mapping


def test_set_header_row_and_back_keeps_consent_and_fixes(source):
    draft = opened(source)
    draft.set_consent(7, True)
    draft.fix(5, email="alan@example.org")
    draft.set_header_row(1)
    assert draft.header_row == 1 and draft.error is not None and draft.error.code == "no_email_column"
    draft.set_header_row(3)
    assert draft.error is None and draft.mapping["email"] == 2
    rows = by_row(draft)
    assert rows[7].consent and rows[5].email == "alan@example.org" and draft.notes == []
    with pytest.raises(InputError):
        draft.set_header_row(2)  # an empty row: the draft is left as it was
    assert draft.header_row == 3


def test_set_mapping_keeps_what_still_applies(tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [
            ["First name", "Last name", "Email", "Personal email", "OK"],
            ["Ada", "Lovelace", "ada@work.example", "ada@home.example", "yes"],
            ["Alan", "Turing", "alan@work", "alan@home.example", "no"],
        ],
    )
    draft = opened(path)
    assert "consent" not in draft.mapping
    draft.set_consent(3, True)
    draft.fix(3, email="alan@work.example")
    draft.set_mapping("consent", 4)
    rows = by_row(draft)
    assert (
        rows[2].consent_source == "column 'OK': yes" and rows[3].consent_source == f"ticked by alice at {AT}"
    )
    draft.set_mapping("email", 3)  # the correction was for the other column: it no longer applies
    assert by_row(draft)[3].email == "alan@home.example" and draft.corrections() == {}
    assert [n.code for n in draft.notes] == ["fix_stale"] and "columns now chosen" in draft.notes[0].message
    draft.set_mapping("email", 4)  # a column holds one field: consent is unmapped
    assert "consent" not in draft.mapping and draft.mapping["email"] == 4
    draft.set_mapping("consent", None)
    with pytest.raises(ValueError):
        draft.set_mapping("nickname", 1)
    with pytest.raises(ValueError):
        draft.set_mapping("email", 5)  # there are five columns: 0-4


def test_set_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Morning"
    wb.active.append(["First name", "Last name", "Email"])
    wb.active.append(["Ada", "Lovelace", "ada@example.org"])
    afternoon = wb.create_sheet("Afternoon")
    afternoon.append(["Afternoon group"])
    afternoon.append(["Forename", "Surname", "E-mail"])
    afternoon.append(["Alan", "Turing", "alan@example.org"])
    wb.save(tmp_path / "two.xlsx")
    draft = opened(tmp_path / "two.xlsx")
    assert draft.sheets == ["Morning", "Afternoon"] and draft.sheet == "Morning"
    draft.set_consent(2, True)
    draft.set_sheet("Afternoon")
    assert (draft.sheet, draft.header_row) == ("Afternoon", 2)
    assert [(i.row, i.email, i.consent) for i in draft.rows()] == [(3, "alan@example.org", False)]


def test_marks_for_already_issued(source):
    draft = opened(source)
    draft.mark_already_issued({"ada@example.org": 7})
    draft.mark_on_platform({"ada@example.org", "edsger@example.org"})
    rows = by_row(draft)
    assert rows[4].already_issued_run == 7 and rows[4].on_platform and rows[7].on_platform
    assert draft.counts()["already_issued"] == 1 and draft.counts()["ready"] == 0
    assert "1 already issued" in draft.summary()
    draft.fix(4, email="ada.l@example.org")
    assert by_row(draft)[4].already_issued_run is None


# --------------------------------------------------------------------------- prepared cohorts


def prepare(draft):
    draft.fix(5, email="alan@example.org")
    draft.apply_suggestion(6)
    draft.set_consent(7, True)
    return draft


def test_prepared_round_trip(source, tmp_path):
    before = source.read_bytes()
    draft = prepare(opened(source))
    saved = draft.save(tmp_path / "spring")
    assert saved.name == "spring.badgedesk-cohort.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "badgedesk-cohort" and data["source"]["header_row"] == 3
    assert data["consent_by"]["7"] == {"operator": "alice", "bulk": False}
    again = CohortDraft.from_prepared(saved, operator="bob", today=TODAY)
    assert again.notes == [] and again.prepared_path == saved
    assert again.corrections() == draft.corrections()
    assert [(i.row, i.email, i.status, i.consent, i.consent_source) for i in again.rows()] == [
        (i.row, i.email, i.status, i.consent, i.consent_source) for i in draft.rows()
    ]
    assert by_row(again)[7].consent_source == f"ticked by alice at {AT}"  # who decided, not who reopened
    assert source.read_bytes() == before


def test_prepared_keeps_a_chosen_header_row(tmp_path):
    path = write_csv(
        tmp_path / "c.csv",
        [
            ["Email", "Name"],
            ["x", "y"],
            ["First name", "Last name", "Email"],
            ["Ada", "L", "ada@example.org"],
        ],
    )
    draft = opened(path)
    assert draft.header_row == 1
    draft.set_header_row(3)
    saved = draft.save(tmp_path / "p.json")
    assert CohortDraft.from_prepared(saved).header_row == 3


def test_changed_source_says_what_changed(source, tmp_path):
    saved = prepare(opened(source)).save(tmp_path / "p.json")
    write_xlsx(source, [["Barbara", "Liskov", "barbara@example.org", "yes"], *PEOPLE])  # every row moved down
    again = CohortDraft.from_prepared(saved, operator="alice", today=TODAY)
    codes = [n.code for n in again.notes]
    assert (
        codes[0] == "source_changed"
        and "has changed since this cohort was prepared" in again.notes[0].message
    )
    assert "fix_stale" in codes and "consent_row_changed" in codes
    assert all("\n" not in n.message for n in again.notes)
    assert by_row(again)[5].email == "ada@example.org"  # Alan's fix was not written over Ada


def test_moved_source(source, tmp_path):
    saved = prepare(opened(source)).save(tmp_path / "p.json")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = Path(shutil.move(str(source), elsewhere / "renamed.xlsx"))
    with pytest.raises(InputError) as err:
        CohortDraft.from_prepared(saved)
    assert err.value.code == "source_moved" and "cohort.xlsx is no longer in" in err.value.message
    assert "locate it" in err.value.message
    again = CohortDraft.from_prepared(saved, locate=moved)
    assert again.notes == [] and again.corrections()[5] == {"email": "alan@example.org"}
    # moved together with the prepared cohort: found beside it
    box = tmp_path / "box"
    box.mkdir()
    shutil.move(str(moved), box / "cohort.xlsx")
    shutil.move(str(saved), box / "p.json")
    assert CohortDraft.from_prepared(box / "p.json").path == box / "cohort.xlsx"


def test_one_consent_tick_moves_the_counts_without_counting_every_row(tmp_path, monkeypatch):
    """Ticking one learner changes one row: its counts move by that row (the window thread does it at
    once at 100,000 learners), and they equal a full count afterwards."""
    lines = [["First name", "Last name", "Email", "Consent"]]
    lines += [[f"F{i}", f"L{i}", f"l{i}@example.org", "yes" if i % 2 else ""] for i in range(40)]
    lines += [["Bad", "Row", "not-an-address", "yes"], ["F1", "L1", "l1@example.org", "yes"]]  # invalid, duplicate
    draft = opened(write_csv(tmp_path / "c.csv", lines))
    before = draft.counts()
    assert before["ready"] == 20 and before["no_consent"] == 20
    recounted = []
    real = CohortDraft._all_rows
    monkeypatch.setattr(CohortDraft, "_all_rows", lambda self: recounted.append(1) or real(self))
    draft.set_consent(2, True)  # l0: no consent -> ready
    draft.set_consent(3, False)  # l1: ready -> no consent
    draft.set_consent(42, True)  # the invalid row stays invalid
    moved = draft.counts()
    assert recounted == []  # no count over every row
    assert moved == before  # one in, one out; the invalid row unchanged
    draft.set_consent(4, True)
    assert draft.counts()["ready"] == before["ready"] + 1 and recounted == []
    draft._counts = None  # a full count agrees
    assert draft.counts() == dict(before, ready=before["ready"] + 1, no_consent=before["no_consent"] - 1)
