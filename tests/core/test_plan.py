"""Run planning: rehearsal addresses."""

import pytest

from badgedesk.core.journal import LearnerRecord
from badgedesk.core.messages import InputError
from badgedesk.core.plan import rehearsal_address, to_rehearsal


def test_rehearsal_addresses_are_plus_addressed_per_row():
    assert rehearsal_address("trainer@example.org", 12) == "trainer+row12@example.org"
    assert rehearsal_address(" Trainer+old@Example.org ", 3) == "Trainer+row3@Example.org"
    for bad in ("", "trainer", "@example.org", "trainer@localhost"):
        with pytest.raises(InputError):
            rehearsal_address(bad, 1)


def test_a_rehearsal_emails_no_learner():
    recs = [
        LearnerRecord(2, "ada@example.com", "Ada@Example.com", "Ada", "L", True, "column", "pending"),
        LearnerRecord(
            3, "bo@example.com", "bo@example.com", "Bo", "M", False, "column", "skipped_no_consent"
        ),
    ]
    out = to_rehearsal(recs, "me@training.example")
    assert out[0].email == "me+row2@training.example" and out[0].recipient_key == "me+row2@training.example"
    assert out[0].params["real_email"] == "Ada@Example.com" and out[0].first_name == "Ada"
    assert out[1] is recs[1]  # not sent anyway: untouched
