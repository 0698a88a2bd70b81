"""The blank cohort template (badgedesk.core.template)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from badgedesk.core.cohort import read_table
from badgedesk.core.messages import InputError
from badgedesk.core.template import write_template
from badgedesk.core.validate import build_cohort

HEADERS = [
    "First name",
    "Last name",
    "Email",
    "Consent",
    "Score",
    "Evidence text",
    "Evidence URL",
    "Issue date",
]


@pytest.fixture
def template(tmp_path):
    return write_template(tmp_path / "cohort template.xlsx")


def test_layout(template):
    wb = openpyxl.load_workbook(template)
    assert wb.sheetnames == ["Learners", "How to fill this in"]
    ws = wb["Learners"]
    assert [c.value for c in ws[1]] == HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width == 32
    assert ws.column_dimensions["H"].number_format == "yyyy-mm-dd"
    assert ws.max_row == 1  # no example learner that could be issued by mistake


def test_validations(template):
    ws = openpyxl.load_workbook(template)["Learners"]
    found = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert set(found) == {"D2:D1000", "E2:E1000", "H2:H1000"}
    consent, score, date = found["D2:D1000"], found["E2:E1000"], found["H2:H1000"]
    assert (consent.type, consent.formula1) == ("list", '"Yes,No"')
    assert (score.type, score.operator, score.formula1, score.formula2) == ("whole", "between", "0", "100")
    assert (date.type, date.formula1) == ("date", "DATE(2000,1,1)")
    assert consent.showErrorMessage and "Yes" in consent.error


def test_instructions(template):
    ws = openpyxl.load_workbook(template)["How to fill this in"]
    text = " ".join(str(c.value) for c in ws["A"] if c.value)
    for phrase in ("Consent: choose Yes only", "typed exactly", "badge ID", "badge's page", "yyyy-mm-dd"):
        assert phrase in text


def test_filled_in_template_maps_every_field(template, tmp_path):
    wb = openpyxl.load_workbook(template)
    ws = wb["Learners"]
    ws.append(["Ada", "Lovelace", "ada@example.org", "Yes", 92, "Built an engine", "https://example.org/ada"])
    ws["H2"] = dt.datetime(2026, 3, 1)
    ws.append(["Alan", "Turing", "alan@example.org", "No"])
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)

    table = read_table(filled)
    assert table.sheet == "Learners" and table.header_row == 1 and table.headers == HEADERS
    cohort = build_cohort(table, today=dt.date(2026, 6, 1))
    assert cohort.mapping == {
        "first_name": 0,
        "last_name": 1,
        "email": 2,
        "consent": 3,
        "score": 4,
        "evidence_text": 5,
        "evidence_url": 6,
        "issue_date": 7,
    }
    ada, alan = cohort.learners
    assert (ada.full_name, ada.email, ada.consent, ada.score) == ("Ada Lovelace", "ada@example.org", True, 92)
    assert (ada.evidence_url, ada.issue_date, ada.status) == (
        "https://example.org/ada",
        "2026-03-01",
        "valid",
    )
    assert (alan.consent, alan.row) == (False, 3)
    assert cohort.problems == []


def test_extension_added_and_wrong_one_refused(tmp_path):
    assert write_template(tmp_path / "blank").name == "blank.xlsx"
    with pytest.raises(InputError) as err:
        write_template(tmp_path / "blank.csv")
    assert err.value.code == "template_format"


def test_locked_target(tmp_path, monkeypatch):
    import os

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InputError) as err:
        write_template(tmp_path / "t.xlsx")
    assert err.value.code == "template_locked"
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind
