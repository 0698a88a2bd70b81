"""Prepared cohorts saved and reopened offline (badgedesk.core.prepared)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil

import openpyxl
import pytest

from badgedesk.core.cohort import read_table
from badgedesk.core.messages import InputError
from badgedesk.core.prepared import ChosenBadge, PreparedCohort, load_prepared, save_prepared
from badgedesk.core.validate import build_cohort

TODAY = dt.date(2026, 11, 25)
AT = "2026-11-20T09:00:00+00:00"
BADGE = ChosenBadge("navigatr", "staging", "12", "3425", "Digital Badge Basics")


def write_xlsx(path, rows, title=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cohort"
    if title:
        ws.append(["Spring course 2026"])  # a title block above the header
        ws.append([])
    ws.append(["First name", "Surname", "Work e-mail", "Consent"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


PEOPLE = [
    ["Ada", "Lovelace", "ada@example.org", "yes"],
    ["Alan", "Turing", "alan@exmaple", "yes"],  # invalid email, fixed inline
    ["Grace", "Hopper", "grace@example.org", "no"],
    ["Edsger", "Dijkstra", "edsger@example.org", ""],
]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def source(tmp_path):
    return write_xlsx(tmp_path / "cohort.xlsx", PEOPLE)


def prepare(source):
    cohort = build_cohort(read_table(source), today=TODAY)
    prepared = PreparedCohort.from_cohort(cohort, badge=BADGE)
    rows = {learner.row: learner for learner in cohort.learners}
    prepared.fix(rows[5], email="alan@example.org")
    for learner in cohort.learners:
        prepared.decide(learner, bool(learner.consent), "column", at=AT)
    prepared.decide(rows[7], True, "operator_ticked", at=AT)  # Edsger said yes in person
    return prepared, rows


def test_from_cohort_records_the_source(source):
    prepared, _ = prepare(source)
    assert prepared.source_path == str(source.resolve())
    assert prepared.source_sha256 == digest(source)
    assert (prepared.sheet, prepared.header_row) == ("Cohort", 3)
    assert prepared.mapping == {
        "first_name": "First name",
        "last_name": "Surname",
        "email": "Work e-mail",
        "consent": "Consent",
    }
    assert prepared.fixes[5].values == {"email": "alan@example.org"}
    assert prepared.fixes[5].original == {"email": "alan@exmaple"}
    assert prepared.consent[7].source == "operator_ticked" and prepared.consent[7].key == "edsger@example.org"


def test_save_load_round_trip(source, tmp_path):
    prepared, _ = prepare(source)
    out = save_prepared(tmp_path / "spring", prepared)
    assert out.name == "spring.badgedesk-cohort.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "badgedesk-cohort" and data["version"] == 1
    assert data["source"]["sha256"] == digest(source)
    assert data["badge"] == {
        "platform": "navigatr",
        "environment": "staging",
        "provider_id": "12",
        "badge_id": "3425",
        "name": "Digital Badge Basics",
    }
    loaded = load_prepared(out)
    assert loaded == prepared
    assert loaded.consent[4].at == AT and loaded.fixes[5].values == {"email": "alan@example.org"}


def test_reopen_applies_fixes_and_consent_without_touching_the_source(source, tmp_path):
    before = source.read_bytes()
    prepared, _ = prepare(source)
    reopened = load_prepared(save_prepared(tmp_path / "p.json", prepared)).reopen(today=TODAY)
    assert source.read_bytes() == before
    assert reopened.changed is False and reopened.problems == []
    assert reopened.path == source and reopened.badge == BADGE
    learners = {learner.row: learner for learner in reopened.cohort.learners}
    alan = learners[5]
    assert (alan.email, alan.status, alan.problems) == ("alan@example.org", "valid", [])
    assert [(r, learners[r].consent) for r in (4, 5, 6, 7)] == [(4, True), (5, True), (6, False), (7, True)]
    assert sorted(reopened.consent) == [4, 5, 6, 7]
    assert reopened.table.rows[1] == (5, ["Alan", "Turing", "alan@exmaple", "yes"])  # as read


def test_a_fix_is_checked_again(source, tmp_path):
    prepared, rows = prepare(source)
    prepared.fix(rows[5], email="ada@example.org")  # now a duplicate of row 4
    prepared.fix(rows[7], first_name="  ", last_name="Dijkstra")
    reopened = prepared.reopen(today=TODAY)
    learners = {learner.row: learner for learner in reopened.cohort.learners}
    assert learners[5].status == "skipped_duplicate" and learners[5].problems[0].code == "duplicate"
    assert learners[7].status == "skipped_invalid"
    assert [p.code for p in learners[7].problems] == ["first_name_missing"]
    assert prepared.fixes[5].original == {"email": "alan@exmaple"}  # the first original is kept


def test_changed_source_keeps_only_what_still_matches(source, tmp_path):
    prepared, _ = prepare(source)
    # Someone inserted a learner at the top: every row moved down by one.
    write_xlsx(source, [["Barbara", "Liskov", "barbara@example.org", "yes"], *PEOPLE])
    reopened = prepared.reopen(today=TODAY)
    assert reopened.changed is True
    codes = [p.code for p in reopened.problems]
    assert codes[0] == "source_changed"
    assert "fix_stale" in codes  # row 5 now holds Ada
    assert codes.count("consent_row_changed") == 4  # rows 4-7 hold other learners now
    learners = {learner.row: learner for learner in reopened.cohort.learners}
    assert learners[5].email == "ada@example.org"  # the fix was not written over someone else
    assert learners[7].consent is False  # Grace's 'no' from the file, not Edsger's ticked yes
    assert reopened.consent == {}
    assert all("\n" not in p.message for p in reopened.problems)


def test_moved_source_asks_to_locate_it(source, tmp_path):
    prepared, _ = prepare(source)
    saved = save_prepared(tmp_path / "p.json", prepared)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    moved = shutil.move(str(source), elsewhere / "renamed.xlsx")
    with pytest.raises(InputError) as err:
        load_prepared(saved).reopen(today=TODAY)
    assert err.value.code == "source_moved"
    assert "Locate the file" in err.value.message and "cohort.xlsx" in err.value.message
    reopened = load_prepared(saved).reopen(locate=moved, today=TODAY)
    assert reopened.path == moved and reopened.changed is False and reopened.problems == []
    with pytest.raises(InputError) as err:
        load_prepared(saved).reopen(locate=tmp_path / "nope.xlsx")
    assert err.value.code == "source_not_found"


def test_source_moved_together_with_the_prepared_file_is_found(source, tmp_path):
    prepared, _ = prepare(source)
    save_prepared(tmp_path / "p.json", prepared)
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    shutil.move(str(tmp_path / "p.json"), folder / "p.json")
    shutil.move(str(source), folder / "cohort.xlsx")
    reopened = load_prepared(folder / "p.json").reopen(today=TODAY)
    assert reopened.path == folder / "cohort.xlsx" and reopened.problems == []


def test_renamed_column_is_reported(source):
    prepared, _ = prepare(source)
    wb = openpyxl.load_workbook(source)
    wb.active["C3"] = "Email"
    wb.save(source)
    with pytest.raises(InputError) as err:
        prepared.reopen(today=TODAY)
    assert err.value.code == "prepared_column_missing"
    assert err.value.params == {"field": "email", "column": "Work e-mail", "file": "cohort.xlsx"}


def test_unmapped_field_stays_unmapped(source):
    cohort = build_cohort(read_table(source), overrides={"consent": ""}, today=TODAY)
    prepared = PreparedCohort.from_cohort(cohort)
    assert "consent" not in prepared.mapping
    reopened = prepared.reopen(today=TODAY)
    assert "consent" not in reopened.cohort.mapping
    assert all(learner.consent is None for learner in reopened.cohort.learners)


def test_operator_statement_without_a_consent_column(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "Full name,Email\nAda King Lovelace,ada@example.org\nAlan Turing,alan@example.org\n", "utf-8"
    )
    cohort = build_cohort(read_table(path), today=TODAY)
    prepared = PreparedCohort.from_cohort(cohort)
    ada, alan = cohort.learners
    assert (ada.first_name, ada.last_name) == ("Ada King", "Lovelace")  # not what she uses
    prepared.fix(ada, first_name="Ada", last_name="King Lovelace")
    prepared.decide(ada, True, "operator_statement", at=AT)
    reopened = prepared.reopen(today=TODAY)
    ada2, alan2 = reopened.cohort.learners
    assert (ada2.first_name, ada2.last_name, ada2.status) == ("Ada", "King Lovelace", "valid")
    assert (ada2.consent, alan2.consent) == (True, None)
    assert path.read_text("utf-8").startswith("Full name,Email\nAda King Lovelace,")


def test_comma_in_a_full_name_fix_is_refused(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nAda Lovelace,ada@example.org\n", "utf-8")
    cohort = build_cohort(read_table(path), today=TODAY)
    prepared = PreparedCohort.from_cohort(cohort)
    prepared.fix(cohort.learners[0], last_name="Lovelace, Countess")
    reopened = prepared.reopen(today=TODAY)
    assert [p.code for p in reopened.problems] == ["fix_not_applied"]
    assert reopened.cohort.learners[0].last_name == "Lovelace"


def test_bad_calls_are_refused(source):
    prepared, rows = prepare(source)
    with pytest.raises(ValueError):
        prepared.fix(rows[4], score="90")
    with pytest.raises(ValueError):
        prepared.decide(rows[4], True, "guess")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("{oops", "prepared_damaged"),
        ('{"format": "something-else", "version": 1}', "prepared_damaged"),
        ('{"format": "badgedesk-cohort", "version": 1}', "prepared_damaged"),
        ('{"format": "badgedesk-cohort", "version": 7}', "prepared_newer"),
    ],
)
def test_unreadable_prepared_files(tmp_path, content, code):
    path = tmp_path / "x.badgedesk-cohort.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_prepared(path)
    assert err.value.code == code


def test_missing_prepared_file(tmp_path):
    with pytest.raises(InputError) as err:
        load_prepared(tmp_path / "gone.badgedesk-cohort.json")
    assert err.value.code == "prepared_not_found"


def test_never_saved_over_the_source(tmp_path):
    src = tmp_path / "list.json"
    src.write_text("First name,Last name,Email\nAda,Lovelace,ada@example.org\n", "utf-8")
    prepared = PreparedCohort.from_cohort(build_cohort(read_table(src), today=TODAY))
    with pytest.raises(InputError) as err:
        save_prepared(src, prepared)
    assert err.value.code == "prepared_onto_source"
    assert src.read_text("utf-8").startswith("First name")
