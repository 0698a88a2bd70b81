"""Big cohorts (issue 10): the already-issued check in one set-based query, rows made once and kept."""

from __future__ import annotations

import pytest

from badgedesk.core import privacy
from badgedesk.core.draft import CohortDraft
from tests.core.test_privacy import add_run, record


@pytest.fixture
def journal(tmp_path):
    from badgedesk.core.journal import Journal

    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def selects(journal):
    """Count the SELECT statements the journal's connection runs."""
    seen: list[str] = []
    journal._db.set_trace_callback(
        lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
    )
    return seen


def test_it_answers_for_many_keys_with_one_select(journal):
    run_id = add_run(journal, [record(2, "ada@example.org"), record(3, "bob@example.org", status="failed")])
    keys = {f"learner{i}@example.org" for i in range(5000)} | {"ada@example.org", "bob@example.org"}
    seen = selects(journal)
    found = journal.issued_among("navigatr", "production", "3425", keys)
    assert found == {"ada@example.org": run_id}  # bob's award failed: not issued
    assert len([s for s in seen if "wanted_keys" in s]) == 1
    assert journal.issued_among("navigatr", "production", "999", keys) == {}
    assert journal.issued_among("navigatr", "sandbox", "3425", keys) == {}
    assert journal.issued_among("navigatr", "production", "3425", []) == {}
    # the temporary table is left empty: a second cohort is not answered with the first one's keys
    assert journal.issued_among("navigatr", "production", "3425", {"bob@example.org"}) == {}


def test_it_finds_a_deleted_learner_from_the_plain_key(journal):
    run_id = add_run(journal, [record(2, "ada@example.org"), record(3, "bob@example.org")])
    privacy.delete_learner(journal, "ada@example.org")
    found = journal.issued_among(
        "navigatr", "production", "3425", {"ada@example.org", "bob@example.org", "c@x.org"}
    )
    assert found == {"ada@example.org": run_id, "bob@example.org": run_id}
    assert found == {
        k: v for k, v in journal.issued_keys("navigatr", "production", "3425").items() if "@" in k
    } | {"ada@example.org": run_id}


def test_the_earliest_run_is_named(journal):
    first = add_run(journal, [record(2, "ada@example.org")])
    add_run(journal, [record(2, "ada@example.org")])
    assert journal.issued_among("navigatr", "production", "3425", {"ada@example.org"}) == {
        "ada@example.org": first
    }


def write(path, rows):
    path.write_text(
        "First name,Last name,Email,Consent\n"
        + "".join(f"F{i},L{i},l{i}@example.org,yes\n" for i in range(rows)),
        encoding="utf-8",
    )
    return path


def test_rows_made_elsewhere_are_adopted_only_for_the_same_version(tmp_path):
    draft = CohortDraft.open(write(tmp_path / "l.csv", 50))
    version, rows = draft.rows_with_issued({"l3@example.org": 7})
    assert draft.rows()[1].already_issued_run is None  # making them changed nothing
    assert version == draft.version
    draft.mark_already_issued({"l3@example.org": 7}, rows)
    assert draft.rows()[3].already_issued_run == 7 and draft.counts()["already_issued"] == 1
    before = draft.version
    draft.set_consent(2, False)
    assert draft.version > before  # rows made before this change would be stale


def test_counts_are_cached_until_the_draft_changes(tmp_path, monkeypatch):
    draft = CohortDraft.open(write(tmp_path / "l.csv", 20))
    assert draft.counts()["ready"] == 20 and draft.sendable_count() == 20
    made = []
    real = CohortDraft._make_row
    monkeypatch.setattr(CohortDraft, "_make_row", lambda self, *a: made.append(1) or real(self, *a))
    draft.counts(), draft.is_complete(), draft.sendable_count()
    assert made == []
    draft.set_consent(2, False)
    assert draft.counts()["no_consent"] == 1 and draft.sendable_count() == 19 and len(made) == 1


def test_a_copy_changes_without_touching_the_original(tmp_path):
    draft = CohortDraft.open(write(tmp_path / "l.csv", 10))
    draft.set_consent(3, False)
    other = draft.copy()
    other.set_consent(4, False)
    other.set_mapping("consent", None)
    assert draft.counts()["no_consent"] == 1 and "consent" in draft.mapping
    assert "consent" not in other.mapping and draft.row(4).consent


def test_ticking_one_learner_remakes_only_that_row(tmp_path, monkeypatch):
    draft = CohortDraft.open(write(tmp_path / "l.csv", 200))
    before = draft.rows()
    made = []
    real = CohortDraft._make_row
    monkeypatch.setattr(CohortDraft, "_make_row", lambda self, *a: made.append(a[0].row) or real(self, *a))
    draft.set_consent(50, False)
    assert made == [50]
    after = draft.rows()
    assert not after[48].consent and after[48].row == 50 and before[48].consent  # handed-out rows unchanged
    assert [r for i, r in enumerate(after) if i != 48] == [r for i, r in enumerate(before) if i != 48]
    fresh = CohortDraft.open(write(tmp_path / "m.csv", 200))
    fresh.set_consent(50, False)
    fresh._stale()
    assert [(r.row, r.consent, r.consent_source[:6]) for r in fresh.rows()] == [
        (r.row, r.consent, r.consent_source[:6]) for r in after
    ]
    assert draft.counts()["no_consent"] == 1
