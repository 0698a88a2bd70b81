"""Privacy: export everything held about a learner, delete it without weakening duplicate protection,
purge the personal data of old runs."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from badgedesk.core import privacy
from badgedesk.core.journal import SCHEMA_VERSION, Journal, LearnerRecord, RunInfo
from badgedesk.platforms import navigatr_sim as simmod
from tests.core.engine_platforms import PLATFORMS
from tests.core.test_engine import (
    CASES,
    awards_per_recipient,
    client_for,
    learners,
    new_run,
    run_engine,
    statuses,
)

BADGE = str(simmod.FIRST_AID_BADGE_ID)


@pytest.fixture
def sim():
    with simmod.NavigatrSimulator(rate_limit=(5, 0.4), seed=7) as server:
        CASES[id(server)] = PLATFORMS["navigatr"]
        yield server
        CASES.pop(id(server), None)


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def record(row, email, first="Ada", last="Lovelace", status="issued", **extra):
    return LearnerRecord(
        row_number=row,
        recipient_key=email.strip().lower(),
        email=email,
        first_name=first,
        last_name=last,
        consent=True,
        consent_source="ticked in BadgeDesk by trainer@example.org at 2026-11-20 09:00",
        status=status,
        **extra,
    )


def add_run(journal, rows, badge="3425", operator="trainer@example.org", environment="production"):
    info = RunInfo(
        platform="navigatr",
        environment=environment,
        base_url="https://api.navigatr.app/v1",
        badge_id=badge,
        badge_name="First aid",
        consent_mode="column",
        operator=operator,
    )
    return journal.create_run(info, rows)


def set_created(journal, run_id, when: datetime):
    with journal._tx() as db:
        db.execute(
            "UPDATE runs SET created_at = ? WHERE id = ?", (when.isoformat(timespec="milliseconds"), run_id)
        )


def everything(journal) -> str:
    """The whole journal as text (every table), to look for any trace of a learner."""
    with journal._lock:
        return json.dumps(
            {
                t: [list(r) for r in journal._db.execute(f"SELECT * FROM {t}")]
                for t in ("runs", "learners", "attempts", "events")
            }
        ).lower()


def seed(journal):
    run_id = add_run(
        journal,
        [
            record(
                2,
                " Ada@Example.org ",
                evidence_text="Ada's essay",
                evidence_url="https://e.org/ada",
                score=91,
                params={"email": "ada@example.org"},
                message="sent to ada@example.org",
            ),
            record(3, "bob@example.org", first="Bob", last="Builder"),
        ],
    )
    rows = journal.rows(run_id)
    ada = rows[0]
    attempt = journal.begin_attempt(run_id, ada["id"], "issue")
    journal.finish_attempt(
        attempt, "issued", 200, detail="Issued to Ada Lovelace <ada@example.org>", award_id="A1"
    )
    journal.set_row(
        ada["id"],
        "issued",
        award_id="A1",
        params={"email": "ada@example.org"},
        message="Issued to ada@example.org",
    )
    bob_attempt = journal.begin_attempt(run_id, rows[1]["id"], "lookup")
    journal.finish_attempt(bob_attempt, "absent", 200, detail="award A1 belongs to ada@example.org")
    journal.log_event(run_id, "corrected", "learner 1: ada@exmaple.org -> ada@example.org")
    journal.log_event(run_id, "note", "bob@example.org checked")
    return run_id


def test_export_holds_rows_consent_run_attempts_and_events(journal):
    run_id = seed(journal)
    out = privacy.export_learner(journal, "  ADA@example.ORG")
    assert out["email"] == "ada@example.org"
    assert len(out["learners"]) == 1
    row = out["learners"][0]
    assert row["email"].strip() == "Ada@Example.org" and row["first_name"] == "Ada" and row["score"] == 91
    assert row["evidence_text"] == "Ada's essay" and row["award_id"] == "A1"
    consent = row["consent_record"]
    run = journal.run(run_id)
    assert consent["consent"] is True
    assert consent["consent_source"].startswith("ticked in BadgeDesk by trainer@example.org")
    assert consent["operator"] == "trainer@example.org"
    assert consent["consent_at"] == run["created_at"] == consent["run_created_at"]
    assert row["run"]["id"] == run_id and row["run"]["badge_id"] == "3425"
    assert [a["detail"] for a in row["attempts"]] == ["Issued to Ada Lovelace <ada@example.org>"]
    assert [e["kind"] for e in out["events"]] == ["corrected"]
    assert [a["detail"] for a in out["other_attempts"]] == ["award A1 belongs to ada@example.org"]
    json.dumps(out)  # JSON-serialisable as is
    assert privacy.export_learner(journal, "nobody@example.org")["learners"] == []
    assert privacy.is_empty(privacy.export_learner(journal, "nobody@example.org"))


def test_delete_redacts_everything_personal_and_keeps_others(journal):
    run_id = seed(journal)
    counts = privacy.delete_learner(journal, "ada@example.org")
    assert counts["learners"] == 1 and counts["runs"] == 1
    assert counts["attempts"] == 2 and counts["events"] == 1
    text = everything(journal)
    assert "ada@example.org" not in text and "lovelace" not in text and "ada's essay" not in text
    assert "e.org/ada" not in text
    ada, bob = journal.rows(run_id)
    assert ada["email"] == privacy.REDACTED and ada["first_name"] == privacy.REDACTED
    assert ada["recipient_key"].startswith("h:") and ada["score"] is None
    assert ada["status"] == "issued" and ada["award_id"] == "A1"  # the audit trail stays
    assert bob["email"] == "bob@example.org" and bob["first_name"] == "Bob"
    assert "bob@example.org checked" in [e["detail"] for e in journal.events(run_id)]
    assert privacy.is_empty(privacy.export_learner(journal, "ada@example.org"))
    assert privacy.export_learner(journal, "ada@example.org")["deleted_rows"] == 1
    # the salt is random, made once and kept in the journal
    salt = journal.privacy_salt()
    assert len(salt) >= 32 and journal.privacy_salt() == salt
    assert ada["recipient_key"] == journal.hashed_key("ada@example.org")
    assert privacy.delete_learner(journal, "ada@example.org")["learners"] == 0


def test_pending_rows_of_a_deleted_learner_are_never_sent(journal):
    run_id = add_run(journal, [record(2, "ada@example.org", status="pending")])
    privacy.delete_learner(journal, "ada@example.org")
    row = journal.rows(run_id)[0]
    assert row["status"] == "skipped_no_consent" and row["code"] == privacy.DELETED_CODE


def test_issued_keys_still_finds_a_deleted_learner(journal):
    run_id = add_run(journal, [record(2, "ada@example.org"), record(3, "bob@example.org")])
    privacy.delete_learner(journal, "Ada@example.org")
    keys = journal.issued_keys("navigatr", "production", "3425")
    assert "ada@example.org" in keys and keys.get("ada@example.org") == run_id
    assert keys["ada@example.org"] == run_id and keys["bob@example.org"] == run_id
    assert "carol@example.org" not in keys and keys.get("carol@example.org") is None
    assert "ada@example.org" not in journal.issued_keys("navigatr", "production", "999")


def test_delete_keeps_duplicate_protection_against_the_simulator(sim, journal):
    with client_for(sim) as client:
        first = new_run(journal, sim, learners(2))
        run_engine(journal, first, client)
        assert statuses(journal, first) == {"issued": 2}
        counts = privacy.delete_learner(journal, "Learner0@Example.org")
        assert counts["learners"] == 1
        assert "learner0@example.org" not in everything(journal)
        again = new_run(journal, sim, learners(2))
        result = run_engine(journal, again, client)
    assert statuses(journal, again) == {"already_issued": 2}
    assert result.exit_code == 0
    assert len(sim.ledger()) == 2
    assert awards_per_recipient(sim)["learner0@example.org"] == 1
    keys = journal.issued_keys("navigatr", "custom:" + sim.base_url, BADGE)
    assert "learner0@example.org" in keys


def test_the_hash_depends_on_the_journal_salt(journal):
    """The guard matches the hash made with this journal's salt (another salt's hash does not block)."""
    add_run(journal, [record(2, "ada@example.org")])
    privacy.delete_learner(journal, "ada@example.org")
    with journal._tx() as db:
        db.execute("UPDATE meta SET value = 'another-salt' WHERE key = 'privacy_salt'")
    second = add_run(journal, [record(2, "ada@example.org", status="pending")])
    row = journal.rows(second)[0]
    attempt, conflict = journal.begin_issue(second, row["id"])
    assert conflict is None and attempt is not None


def test_purge_redacts_runs_older_than_n_days_only(journal):
    now = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
    old = add_run(journal, [record(2, "old@example.org", first="Olga", last="Oldfield")])
    recent = add_run(journal, [record(2, "new@example.org", first="Nina", last="Newman")])
    set_created(journal, old, now - timedelta(days=31))
    set_created(journal, recent, now - timedelta(days=29))
    journal.log_event(old, "note", "mailed old@example.org")
    counts = privacy.purge_older_than(journal, 30, now=now)
    assert counts == {"learners": 1, "attempts": 0, "events": 1, "runs": 1}
    text = everything(journal)
    assert "old@example.org" not in text and "oldfield" not in text
    assert "new@example.org" in text and "newman" in text
    assert journal.run(old) is not None  # the run stays for the audit trail
    assert journal.rows(old)[0]["recipient_key"] == journal.hashed_key("old@example.org")
    assert privacy.purge_older_than(journal, 30, now=now)["learners"] == 0  # nothing left to purge
    assert privacy.purge_older_than(journal, 28, now=now)["learners"] == 1
    with pytest.raises(ValueError):
        privacy.purge_older_than(journal, 0, now=now)


def test_consent_time_is_recorded_and_old_journals_are_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    j = Journal(path)
    run_id = add_run(j, [record(2, "ada@example.org")])
    assert j.rows(run_id)[0]["consent_at"] == j.run(run_id)["created_at"]
    j.close()
    db = sqlite3.connect(path)  # as schema 3 left it: no consent_at column
    db.execute("ALTER TABLE learners DROP COLUMN consent_at")
    db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    j = Journal(path)
    try:
        assert j.rows(run_id)[0]["consent_at"] == j.run(run_id)["created_at"]
        assert j._one("SELECT value FROM meta WHERE key = 'schema_version'")["value"] == str(SCHEMA_VERSION)
    finally:
        j.close()


def test_a_learner_keyed_on_an_id_is_found_and_deleted_by_it(journal):
    rec = record(2, "", first="Pat", last="Mentor", external_id="PM-0042")
    rec.recipient_key = "PM-0042"
    run_id = add_run(journal, [rec, record(3, "ada@example.org")])
    held = privacy.export_learner(journal, "PM-0042")
    assert [r["row_number"] for r in held["learners"]] == [2]
    privacy.delete_learner(journal, "PM-0042")
    row = {r["row_number"]: r for r in journal.rows(run_id)}[2]
    assert row["external_id"] == "" and row["first_name"] != "Pat"
    assert row["recipient_key"].startswith("h:")  # duplicate protection stays, as a salted hash
    assert privacy.is_empty(privacy.export_learner(journal, "PM-0042"))
