"""A journal written by BadgeDesk 0.1.0 opens in place: every run, row and attempt kept, nothing re-sent.

The journal in tests/data/journals/ was written by 0.1.0 itself (see the README there): two
completed runs and one killed mid-run, with attempts still in flight.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import SCHEMA_VERSION, Journal
from badgedesk.platforms import registry

OLD = Path(__file__).resolve().parents[1] / "data" / "journals" / "journal-0.1.0.sqlite3"


def _raw(path: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


@pytest.fixture
def old_copy(tmp_path) -> Path:
    target = tmp_path / "journal.sqlite3"
    shutil.copyfile(OLD, target)
    return target


def test_the_fixture_really_is_a_0_1_0_journal():
    assert _raw(OLD, "SELECT value FROM meta WHERE key = 'schema_version'") == [("4",)]
    columns = {r[1] for r in _raw(OLD, "PRAGMA table_info(learners)")}
    assert "external_id" not in columns and "consent_at" in columns
    assert _raw(OLD, "SELECT DISTINCT app_version FROM runs") == [("0.1.0",)]


def test_migrates_in_place_keeping_every_record(old_copy):
    before = {
        table: _raw(old_copy, f"SELECT * FROM {table} ORDER BY id")
        for table in ("runs", "learners", "attempts", "events")
    }
    journal = Journal(old_copy)
    try:
        assert _raw(old_copy, "SELECT value FROM meta WHERE key = 'schema_version'") == [
            (str(SCHEMA_VERSION),)
        ]
        for table, rows in before.items():
            after = _raw(old_copy, f"SELECT * FROM {table} ORDER BY id")
            assert len(after) == len(rows), table
            # Old columns keep their values; the new ones come after them.
            assert [row[: len(rows[0])] for row in after] == rows, table
        runs = {r["id"]: r for r in journal.runs()}
        assert [runs[i]["state"] for i in (1, 2, 3)] == ["completed", "completed", "running"]
        assert all(runs[i]["platform"] == "navigatr" for i in runs)
        rows = journal.rows(1)
        issued = [r for r in rows if r["status"] == "issued"]
        assert len(issued) == 20
        # 0.1.0 keyed every learner on the normalised email: that is still the key.
        spec = registry.get(journal.run(1)["platform"])
        assert all(r["recipient_key"] == spec.identity.normalise(r["email"]) for r in issued)
        assert all(r["external_id"] == "" and r["expires"] == "" and r["extra"] == {} for r in rows)
        # The killed run still shows its learners in doubt (to be looked up, never blindly re-sent).
        assert sum(r["in_doubt"] for r in journal.rows(3)) == 6
        keys = journal.issued_keys("navigatr", runs[1]["environment"], runs[1]["badge_id"])
        assert len(keys) == 20
    finally:
        journal.close()


def test_migration_is_idempotent_and_a_newer_schema_is_refused(old_copy):
    Journal(old_copy).close()
    Journal(old_copy).close()
    assert _raw(old_copy, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    db = sqlite3.connect(old_copy)
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    db.commit()
    db.close()
    with pytest.raises(RuntimeError, match="newer BadgeDesk"):
        Journal(old_copy)


def test_the_killed_0_1_0_run_resumes_without_a_second_award(old_copy):
    """Resume run 3 of the old journal against a simulator that already holds its eight awards."""
    from tests.core.engine_platforms import PLATFORMS

    case = PLATFORMS["navigatr"]
    journal = Journal(old_copy)
    try:
        run = journal.run(3)
        rows = journal.rows(3)
        issued = [r for r in rows if r["status"] == "issued"]
        doubtful = [r for r in rows if r["in_doubt"]]
        with case.simulator() as sim:
            # The platform holds what 0.1.0 issued, and (say) half of the in-doubt rows.
            for r in issued + doubtful[:3]:
                case.seed_award(sim, run["badge_id"], r["email"], r["first_name"], r["last_name"])
            seeded = len(case.ledger(sim))
            client = case.client(sim)
            # The old run recorded the simulator's address of the day; point it at this one.
            with journal._tx() as db:
                db.execute("UPDATE runs SET base_url = ? WHERE id = 3", (client.base_url,))
            result = Engine(client, journal, 3, settings=Settings(confirm_delay=0.05), resume=True).run()
            client.close()
            ledger = case.ledger(sim)
        assert result.state == "completed"
        keys = [case.ledger_key(a) for a in ledger]
        assert len(keys) == len(set(keys)), "a learner got a second award"
        consenting = [r for r in journal.rows(3) if r["consent"] and r["status"] not in ("skipped_invalid",)]
        sent = [r for r in consenting if r["status"] in ("issued", "already_issued")]
        assert len(ledger) - seeded == len(sent) - len(issued) - 3
    finally:
        journal.close()
