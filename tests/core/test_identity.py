"""One recipient identity from the file to the journal: the platform decides what keys a learner."""

from __future__ import annotations

import pytest

from badgedesk.core import plan
from badgedesk.core.messages import InputError
from badgedesk.core.validate import auto_map
from badgedesk.platforms import registry
from badgedesk.platforms.base import EMAIL_IDENTITY
from tests.core.test_validate import cohort_of

PEER = registry.PEER_MENTOR_IDENTITY


@pytest.mark.parametrize(
    "header", ["Peer mentor ID", "Mentor ID", "peer_mentor_id", "Recipient ID", "External ID"]
)
def test_recipient_id_headers_are_auto_mapped(header):
    assert auto_map(["Name", header])["recipient_id"] == 1


def test_an_email_platform_keys_on_the_normalised_email_and_keeps_the_files_id():
    cohort = cohort_of(
        ["First name", "Last name", "Email", "Learner ID"], [["Ada", "Lovelace", " Ada@Example.org ", "L-7"]]
    )
    learner = cohort.learners[0]
    assert learner.recipient_key == "ada@example.org" and learner.external_id == "L-7"
    record = plan.learner_records(cohort, plan.CONSENT_OPERATOR, plan.RunOptions())[0]
    assert (record.recipient_key, record.email, record.external_id) == (
        "ada@example.org",
        "Ada@Example.org",
        "L-7",
    )


def test_an_id_platform_needs_no_email_or_names_but_the_id_column():
    cohort = cohort_of(
        ["Peer mentor ID", "Note"],
        [["PM-1", "Great mentoring"], ["PM-2", ""], ["", "no id"]],
        identity=PEER,
        names_required=False,
    )
    keys = [(learner.recipient_key, learner.status) for learner in cohort.learners]
    assert keys == [("PM-1", "valid"), ("PM-2", "valid"), ("", "skipped_invalid")]
    assert cohort.learners[2].problems[0].code == "recipient_id_missing"
    assert "Peer mentor ID" in cohort.learners[2].problems[0].message
    assert cohort.learners[0].note == "Great mentoring"


def test_an_id_platform_with_only_a_first_name_column_asks_for_no_last_name():
    """Names are optional: a list with just a First name column needs no last name (it has no column
    to put one in); a list with both name columns still needs both on a row that gives one."""
    cohort = cohort_of(
        ["Peer mentor ID", "First name"], [["PM-1", ""], ["PM-2", "Ada"]], identity=PEER, names_required=False
    )
    assert [(lr.recipient_key, lr.status, lr.problems) for lr in cohort.learners] == [
        ("PM-1", "valid", []),
        ("PM-2", "valid", []),
    ]
    both = cohort_of(
        ["Peer mentor ID", "First name", "Last name"],
        [["PM-1", "Ada", ""], ["PM-2", "", ""]],
        identity=PEER,
        names_required=False,
    )
    assert [[p.code for p in lr.problems] for lr in both.learners] == [["last_name_missing"], []]
    assert "column 'Last name'" in both.learners[0].problems[0].message


def test_an_id_platform_without_the_id_column_names_what_to_do():
    with pytest.raises(InputError) as err:
        cohort_of(
            ["First name", "Last name", "Email"],
            [["A", "B", "a@example.org"]],
            identity=PEER,
            names_required=False,
        )
    assert err.value.code == "no_recipient_id_column"
    assert "--map recipient_id=" in err.value.message and "cohort.csv" in err.value.message


def test_an_id_platform_still_checks_an_email_that_is_given():
    cohort = cohort_of(
        ["Mentor ID", "Email"], [["PM-1", "not-an-email"]], identity=PEER, names_required=False
    )
    assert cohort.learners[0].problems[0].code == "email_invalid"


def test_duplicates_are_found_by_the_platforms_key():
    cohort = cohort_of(
        ["Mentor ID", "Email"],
        [["PM-1", "a@example.org"], ["PM-1", "b@example.org"]],
        identity=PEER,
        names_required=False,
    )
    assert [learner.status for learner in cohort.learners] == ["valid", "skipped_duplicate"]
    assert "Peer mentor ID of row 2" in cohort.learners[1].problems[0].message
    same_email = cohort_of(
        ["Mentor ID", "Email"],
        [["PM-1", "a@example.org"], ["PM-2", "A@example.org"]],
        identity=PEER,
        names_required=False,
    )
    assert [learner.status for learner in same_email.learners] == ["valid", "valid"]


def test_an_email_platform_still_requires_email_and_both_names():
    cohort = cohort_of(
        ["Full name", "Email"], [["Cher", "cher@example.org"], ["Ada Lovelace", "ada@example.org"]]
    )
    assert cohort.learners[0].status == "skipped_invalid"
    assert cohort.learners[0].problems[0].code == "last_name_missing"
    assert cohort.learners[1].status == "valid"
    with pytest.raises(InputError) as err:
        cohort_of(["First name", "Last name", "Mentor ID"], [["A", "B", "PM-1"]])
    assert err.value.code == "no_email_column"


def test_expiry_column_and_run_options_reach_the_journal_record():
    cohort = cohort_of(
        ["First name", "Last name", "Email", "Expiry date", "Locale"],
        [
            ["A", "B", "a@example.org", "2027-06-30", "fr"],
            ["C", "D", "c@example.org", "", ""],
            ["E", "F", "e@example.org", "2020-01-01", ""],
        ],
    )
    assert [learner.expires for learner in cohort.learners] == ["2027-06-30", "", ""]
    assert cohort.learners[2].problems[0].code == "expires_invalid"
    records = plan.learner_records(
        cohort, plan.CONSENT_OPERATOR, plan.RunOptions(expires="2027-01-31", note="n")
    )
    assert [r.expires for r in records[:2]] == ["2027-06-30", "2027-01-31"]
    assert records[0].extra == {"locale": "fr"} and records[1].note == "n"


def test_each_platform_declares_its_identity_and_normalises_its_key():
    assert registry.get("navigatr").identity is EMAIL_IDENTITY and registry.get("credly").uses_email
    assert registry.get("award-service").identity.field == "recipient_id"
    assert EMAIL_IDENTITY.key(email=" Ada@Example.ORG ") == "ada@example.org"
    assert PEER.key(external_id=" PM-07 ") == "PM-07"


def test_capabilities_decide_rehearsal_and_email_correction():
    assert registry.get("navigatr").can_rehearse_to_test_address
    assert registry.get("credly").can_correct_email
    assert not registry.get("certifier").can_correct_email  # delete only
    assert not registry.get("award-service").can_rehearse_to_test_address  # keyed on an ID
