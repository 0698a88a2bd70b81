"""Learner lists as event and form tools export them (small fixtures shaped like each tool's export).

Column names follow each tool's own export: Eventbrite's attendee summary report (order and buyer
columns beside the attendee's), Microsoft Forms and Google Forms response sheets (question texts as
headers), Zoom's registration report (a title block above the header), Teams' attendance report
(a summary block, then "2. Participants", then "3. In-Meeting Activities" with its own header) and
Jotform/Typeform exports (question-like headers, a merged group-title row above the header).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from badgedesk.core.cohort import read_table
from badgedesk.core.validate import build_cohort, explain_map, parse_consent

TODAY = dt.date(2026, 12, 1)


def _csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    import csv

    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def test_eventbrite_attendee_report_takes_the_attendee_over_the_buyer(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "eventbrite.csv",
        [
            [
                "Order #",
                "Order Date",
                "Buyer First Name",
                "Buyer Last Name",
                "Buyer Email",
                "Attendee First Name",
                "Attendee Last Name",
                "Attendee Email",
                "Ticket Type",
            ],
            [
                "1001",
                "2026-11-02",
                "Pat",
                "Boss",
                "pat@corp.example",
                "Ada",
                "Lovelace",
                "ada@example.org",
                "GA",
            ],
            [
                "1001",
                "2026-11-02",
                "Pat",
                "Boss",
                "pat@corp.example",
                "Alan",
                "Turing",
                "alan@example.org",
                "GA",
            ],
        ],
    )
    cohort = build_cohort(read_table(path), today=TODAY)
    assert cohort.mapping == {"first_name": 5, "last_name": 6, "email": 7}
    assert [lr.email for lr in cohort.valid] == ["ada@example.org", "alan@example.org"]


def test_buyer_email_then_attendee_email_by_plain_alias(tmp_path: Path) -> None:
    # Eventbrite's older layout: the attendee's columns are unlabelled, the buyer's say so.
    headers = ["Buyer Email", "First Name", "Last Name", "Email"]
    assert explain_map(headers)[0]["email"] == 3
    # Only a buyer's email: used as a last resort, and a note says so.
    mapping, how = explain_map(["First Name", "Last Name", "Purchaser email"])
    assert (mapping["email"], how["email"]) == (2, "buyer")
    path = _csv(tmp_path / "b.csv", [["First Name", "Last Name", "Purchaser email"], ["A", "B", "a@x.org"]])
    cohort = build_cohort(read_table(path), today=TODAY)
    assert "buyer_email_used" in [p.code for p in cohort.problems]


def test_microsoft_forms_consent_sentence_is_the_consent_column(tmp_path: Path) -> None:
    headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Full name",
        "I consent to my name and email being shared with the badge platform",
    ]
    path = _csv(
        tmp_path / "msforms.csv",
        [
            headers,
            ["1", "11/2/26 9:01", "11/2/26 9:03", "anon", "Anonymous", "Ada Lovelace", "Yes, I consent"],
            ["2", "11/2/26 9:02", "11/2/26 9:04", "anon", "Anonymous", "Alan Turing", "No"],
        ],
    )
    cohort = build_cohort(read_table(path), today=TODAY, names_required=True)
    assert cohort.mapping["consent"] == 6 and cohort.mapped_by["consent"] == "question"
    assert cohort.consent_header == headers[6]
    [note] = [p for p in cohort.problems if p.code == "consent_column_from_question"]
    assert note.params["letter"] == "G" and "I consent to my name" in note.message
    assert [lr.consent for lr in cohort.learners] == [True, False]


@pytest.mark.parametrize(
    "header",
    [
        "I consent to my details being shared with the awarding body",
        "Consent to share my name and email for the digital badge",
        "Do you agree to receive your badge by email?",
        "I agree that my name may be published with my badge",
        "Do you give permission for us to issue you a badge?",
    ],
)
def test_consent_sentences_are_recognised(header: str) -> None:
    mapping, how = explain_map(["First name", "Last name", "Email", header])
    assert (mapping.get("consent"), how.get("consent")) == (3, "question")


def test_other_peoples_details_and_short_headers_are_not_consent_or_names() -> None:
    assert "consent" not in explain_map(["Email consent", "Email"])[0]
    mapping = explain_map(["Emergency contact first name", "What's your email address?"])[0]
    assert mapping == {"email": 1}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I agree", True),
        ("Yes, I consent", True),
        ("Accepted", True),
        ("I do not agree", False),
        ("yes please", False),
        ("No", False),
    ],
)
def test_form_consent_answers(answer: str, expected: bool) -> None:
    assert parse_consent(answer) is expected


def test_google_forms_and_typeform_question_headers(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "typeform.csv",
        [
            [
                "#",
                "What's your first name?",
                "And your last name?",
                "What's your email address?",
                "Do you agree to share your name with the badge platform?",
                "Submitted At",
                "Token",
            ],
            ["1", "Ada", "Lovelace", "ada@example.org", "1", "2026-11-02 10:00:00", "abc"],
        ],
    )
    cohort = build_cohort(read_table(path), today=TODAY)
    assert cohort.mapping == {"first_name": 1, "last_name": 2, "email": 3, "consent": 4}
    assert cohort.learners[0].consent is True


def test_zoom_registration_report_title_block_above_the_header(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "zoom.csv",
        [
            ["Registration Report"],
            ["Topic", "ID", "Scheduled Time"],
            ["Fire Marshal", "812 3456", "Nov 2, 2026"],
            [],
            ["First Name", "Last Name", "Email", "Registration Time", "Approval Status"],
            ["Ada", "Lovelace", "ada@example.org", "Oct 30, 2026 09:00:00", "approved"],
        ],
    )
    table = read_table(path)
    assert table.header_row == 5 and len(table.rows) == 1


def test_jotform_merged_group_title_row_above_the_header(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Attendee", None, None, "Order", None])
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:E1")
    ws.append(["Name", "Surname", "E-mail", "Submission Date", "Payer email"])
    ws.append(["Ada", "Lovelace", "ada@example.org", "2026-11-02", "pat@corp.example"])
    wb.save(tmp_path / "jotform.xlsx")
    table = read_table(tmp_path / "jotform.xlsx")
    assert table.header_row == 2
    cohort = build_cohort(table, today=TODAY)
    assert cohort.mapping["email"] == 2 and cohort.valid[0].email == "ada@example.org"


def test_teams_attendance_report_reads_participants_only(tmp_path: Path) -> None:
    rows = [
        ["1. Summary"],
        ["Meeting title", "Fire Marshal"],
        ["Attended participants", "2"],
        ["Start time", "11/2/26, 9:00:00 AM"],
        [],
        ["2. Participants"],
        ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"],
        [
            "Ada Lovelace",
            "11/2/26, 9:00:00 AM",
            "11/2/26, 10:00:00 AM",
            "1h",
            "ada@example.org",
            "ada@example.org",
            "Attendee",
        ],
        [
            "Alan Turing",
            "11/2/26, 9:01:00 AM",
            "11/2/26, 10:00:00 AM",
            "59m",
            "alan@example.org",
            "alan@example.org",
            "Attendee",
        ],
        [],
        ["3. In-Meeting Activities"],
        ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"],
        ["Ada Lovelace", "11/2/26, 9:00:00 AM", "11/2/26, 10:00:00 AM", "1h", "ada@example.org", "Attendee"],
    ]
    path = _csv(tmp_path / "teams.csv", rows, delimiter="\t", encoding="utf-16")
    table = read_table(path)
    assert table.header_row == 7 and [n for n, _ in table.rows] == [8, 9]
    assert table.ignored_from == 11 and [p.code for p in table.notes] == ["second_table_ignored"]
    cohort = build_cohort(table, today=TODAY)
    assert [lr.email for lr in cohort.valid] == ["ada@example.org", "alan@example.org"]


def _dated(tmp_path: Path, dates: list[str]) -> Path:
    rows = [["First name", "Last name", "Email", "Completion date", "Expiry date"]]
    rows += [[f"A{i}", "B", f"a{i}@x.org", d, "01/02/2027"] for i, d in enumerate(dates)]
    return _csv(tmp_path / "dates.csv", rows)


def test_ambiguous_dates_are_flagged_once_per_column_and_never_guessed(tmp_path: Path) -> None:
    cohort = build_cohort(
        read_table(_dated(tmp_path, ["03/04/2026", "05/06/2026", "2026-11-02"])), today=TODAY
    )
    notes = [p for p in cohort.problems if p.code == "date_order_needed"]
    assert [n.params["field"] for n in notes] == ["issue_date", "expires"]  # one per column
    assert notes[0].params["count"] == 2 and notes[0].params["readings"] == {
        "dmy": "2026-04-03",
        "mdy": "2026-03-04",
    }
    assert cohort.needs_date_order
    first, second, iso = cohort.learners
    assert first.status == second.status == "skipped_invalid" and first.issue_date == ""
    assert first.problems[0].code == "date_order_needed"
    assert iso.issue_date == "2026-11-02" and iso.problems[0].code == "date_order_needed"  # its expiry


@pytest.mark.parametrize(
    ("order", "issued", "expires"), [("dmy", "2026-04-03", "2027-02-01"), ("mdy", "2026-03-04", "2027-01-02")]
)
def test_the_chosen_order_resolves_every_column(
    tmp_path: Path, order: str, issued: str, expires: str
) -> None:
    cohort = build_cohort(read_table(_dated(tmp_path, ["03/04/2026"])), today=TODAY, date_order=order)
    [learner] = cohort.learners
    assert (learner.status, learner.issue_date, learner.expires) == ("valid", issued, expires)
    assert not cohort.needs_date_order and all(col.chosen for col in cohort.date_columns)


def test_the_draft_offers_the_choice(tmp_path: Path) -> None:
    from badgedesk.core.draft import CohortDraft

    draft = CohortDraft.open(_dated(tmp_path, ["03/04/2026"]), today=TODAY)
    assert draft.cohort is not None and draft.cohort.needs_date_order
    draft.set_date_order("mdy")
    assert draft.cohort.learners[0].issue_date == "2026-03-04" and not draft.cohort.needs_date_order


def test_the_chosen_order_is_kept_in_a_prepared_cohort(tmp_path: Path) -> None:
    from badgedesk.core.draft import CohortDraft
    from badgedesk.core.prepared import PreparedCohort, load_prepared

    draft = CohortDraft.open(_dated(tmp_path, ["03/04/2026"]), today=TODAY)
    draft.set_date_order("dmy")
    saved = draft.save(tmp_path / "dates")
    assert load_prepared(saved).date_order == "dmy"
    reopened = CohortDraft.from_prepared(saved, today=TODAY)
    assert reopened.date_order == "dmy" and not reopened.cohort.needs_date_order
    assert reopened.cohort.learners[0].issue_date == "2026-04-03"
    assert (
        PreparedCohort.reopen(load_prepared(saved), today=TODAY).cohort.learners[0].issue_date == "2026-04-03"
    )
    # A file that names no valid order is damaged, not guessed.
    with pytest.raises(ValueError):
        PreparedCohort.from_dict({**load_prepared(saved).to_dict(), "date_order": "ymd"})


def test_the_cli_refuses_ambiguous_dates_until_an_order_is_given(tmp_path: Path, capsys, monkeypatch) -> None:
    from badgedesk.cli import main
    from badgedesk.platforms import navigatr_sim

    cohort = _dated(tmp_path, ["03/04/2026", "05/06/2026"])
    with navigatr_sim.NavigatrSimulator(rate_limit=None) as sim:
        monkeypatch.setenv("BADGEDESK_HOME", str(tmp_path / "home"))
        monkeypatch.setenv("NAVIGATR_PAT", navigatr_sim.DEMO_TOKEN)
        monkeypatch.setenv("NAVIGATR_API_URL", sim.base_url)
        args = [
            "issue",
            str(cohort),
            "--badge",
            str(navigatr_sim.FIRST_AID_BADGE_ID),
            "--all-consented",
            "--yes",
        ]
        code = main(args)
        err = capsys.readouterr().err
        assert code == 2 and "--date-order" in err and len(err.strip().splitlines()) == 1
        assert sim.stats()["issue_requests"] == 0  # nothing sent on a guess
        code = main([*args, "--date-order", "mdy"])
        err = capsys.readouterr().err
        assert code == 0, err
        sent = sorted(a["issue_date"] for a in sim.ledger())
    assert sent == ["2026-03-04", "2026-05-06"]  # month first, as chosen
