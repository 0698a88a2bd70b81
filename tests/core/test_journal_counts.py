"""Issue 10: a run's counts by status come from one query on the run's index, and a cancel marks
the unsent rows in one transaction (not one per row), leaving the journal as the per-row writes did;
a crash inside that write leaves all of them marked or none."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from pathlib import Path

import pytest

from badgedesk.core import journal as jm
from badgedesk.core.engine import Engine
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from tests.core.test_engine import FAST, case, client_for, learners, new_run  # noqa: F401 (case: a fixture)
from tests.core.test_engine import sim as sim  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parents[2]
CANCELLED = ("cancelled", "Cancelled before sending.")


def records(n: int, tag: str = "c") -> list[LearnerRecord]:
    return [
        LearnerRecord(
            row_number=i + 2,
            recipient_key=f"{tag}{i}@example.org",
            email=f"{tag}{i}@example.org",
            first_name=f"F{i}",
            last_name=f"L{i}",
            consent=True,
            consent_source="operator statement",
            status="pending",
        )
        for i in range(n)
    ]


def make_run(journal: Journal, n: int, tag: str = "c") -> int:
    return journal.create_run(
        RunInfo("navigatr", "production", "u", "1", "operator_statement"), records(n, tag)
    )


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def mixed_run(journal: Journal) -> int:
    """Rows in every state a cancel meets: sent and settled, never sent, in flight, in doubt, retried."""
    run_id = make_run(journal, 9)
    by = {r["row_number"]: r["id"] for r in journal.rows(run_id)}
    journal.set_row(by[2], "issued", "issued", "Issued.", 201, award_id="a1")
    journal.set_row(by[3], "failed", "unexpected_status", "Teapot.", 418)
    journal.begin_issue(run_id, by[4])  # in flight: stays pending (in doubt)
    ambiguous, _ = journal.begin_issue(run_id, by[5])
    journal.finish_attempt(ambiguous, "ambiguous")  # in doubt: stays pending
    retried, _ = journal.begin_issue(run_id, by[6])
    journal.finish_attempt(retried, "failed", 500)  # answered: not in doubt, cancelled
    journal.set_row(by[7], "skipped_no_consent", "no_consent", "No consent.")
    journal.set_row(by[8], "needs_review", "score_too_low", "Too low.", 202)
    return run_id  # rows 9 and 10: never touched


def state_of(journal: Journal, run_id: int) -> list[tuple]:
    return [
        (r["row_number"], r["status"], r["code"], r["message"], r["params"], r["http_status"], r["award_id"])
        for r in journal.rows(run_id)
    ]


def cancel_row_by_row(journal: Journal, run_id: int) -> None:
    """How the engine marked a cancelled run before: one transaction per unsent row."""
    for r in journal.rows(run_id):
        if r["status"] == "pending" and not r["in_doubt"]:
            journal.set_row(r["id"], "cancelled", *CANCELLED)


def test_status_counts_counts_one_run_on_its_index(journal):
    run_id = mixed_run(journal)
    other = make_run(journal, 4, "o")
    assert journal.status_counts(run_id) == Counter(r["status"] for r in journal.rows(run_id))
    assert journal.status_counts(run_id) == {
        "issued": 1,
        "failed": 1,
        "pending": 5,
        "skipped_no_consent": 1,
        "needs_review": 1,
    }
    assert journal.status_counts(other) == {"pending": 4}
    assert journal.status_counts(other + 1) == {}
    plan = " ".join(
        str(row[-1])
        for row in journal._db.execute(
            "EXPLAIN QUERY PLAN SELECT status, COUNT(*) FROM learners WHERE run_id = ? GROUP BY status",
            (run_id,),
        )
    )
    assert "COVERING INDEX learners_run_status" in plan  # the rows themselves are not read


def test_an_older_journal_gains_the_run_status_index(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(jm._SCHEMA)
    db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '5')")
    db.commit()
    db.close()
    j = Journal(path)
    names = {r["name"] for r in j._all("SELECT name FROM sqlite_master WHERE type = 'index'")}
    j.close()
    assert "learners_run_status" in names


def test_cancel_unsent_leaves_the_journal_as_the_row_by_row_cancel_did(journal, tmp_path):
    run_id = mixed_run(journal)
    copy = tmp_path / "copy.sqlite3"
    journal._db.execute("VACUUM INTO ?", (str(copy),))
    reference = Journal(copy)
    cancel_row_by_row(reference, run_id)
    expected = state_of(reference, run_id)
    reference.close()

    assert journal.cancel_unsent(run_id, *CANCELLED) == 3  # rows 6, 9 and 10
    assert state_of(journal, run_id) == expected
    statuses = {r["row_number"]: r["status"] for r in journal.rows(run_id)}
    assert statuses == {
        2: "issued",
        3: "failed",
        4: "pending",
        5: "pending",
        6: "cancelled",
        7: "skipped_no_consent",
        8: "needs_review",
        9: "cancelled",
        10: "cancelled",
    }


CHILD = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[1])
    from badgedesk.core.journal import Journal

    db, run_id, steps = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    journal = Journal(db)
    # A power cut part way through the batch write: SQLite stops the process after ``steps`` of its
    # virtual machine's instructions, inside the UPDATE (or, for a large number, after it committed).
    journal._db.set_progress_handler(lambda: os._exit(9), steps)
    journal.cancel_unsent(run_id, "cancelled", "Cancelled before sending.")
    os._exit(0)
    """
)


@pytest.mark.parametrize("steps", [50, 400, 3000, 10_000_000])
def test_a_crash_inside_the_cancel_leaves_all_rows_marked_or_none(tmp_path, steps):
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    run_id = make_run(journal, 200)
    by = {r["row_number"]: r["id"] for r in journal.rows(run_id)}
    journal.set_row(by[2], "issued", "issued", "Issued.", 201, award_id="a1")
    journal.begin_issue(run_id, by[3])  # in flight
    journal.close()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), str(path), str(run_id), str(steps)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode in (0, 9), done.stderr
    survivor = tmp_path / "after.sqlite3"
    shutil.copy(path, survivor)
    for suffix in ("-wal", "-shm"):
        if Path(str(path) + suffix).exists():
            shutil.copy(str(path) + suffix, str(survivor) + suffix)
    journal = Journal(survivor)
    try:
        assert journal._one("PRAGMA integrity_check")["integrity_check"] == "ok"
        counts = journal.status_counts(run_id)
        if done.returncode == 9:  # cut off before its commit: nothing was marked
            assert counts == {"issued": 1, "pending": 199}
        else:
            assert counts == {"issued": 1, "pending": 1, "cancelled": 198}
        assert journal.rows(run_id)[1]["in_doubt"] == 1  # the row in flight is still in doubt
    finally:
        journal.close()
    if steps == 10_000_000:
        assert done.returncode == 0  # the largest budget lets the write commit
    if steps == 50:
        assert done.returncode == 9  # the smallest cuts it off


def test_the_engine_cancels_the_unsent_rows_in_one_transaction(sim, journal, monkeypatch):
    """60 learners, cancelled after the first award: the rest are marked in a few commits, not 50+."""
    sim.set(latency_ms=40)
    run_id = new_run(journal, sim, learners(60))
    commits: list[str] = []
    cancelling = threading.Event()
    real_tx = Journal._tx

    def counted(self):
        if cancelling.is_set():
            commits.append("tx")
        return real_tx(self)

    monkeypatch.setattr(Journal, "_tx", counted)

    def on_event(event):
        if event.get("type") == "row" and event.get("status") == "issued" and not cancelling.is_set():
            cancelling.set()
            engine.cancel()

    with client_for(sim) as client:
        engine = Engine(client, journal, run_id, settings=FAST, on_event=on_event)
        result = engine.run()
    assert result.state == "cancelled"
    rows = journal.rows(run_id)
    sent = [r for r in rows if r["attempts"]]
    unsent = [r for r in rows if not r["attempts"]]
    assert unsent and len(unsent) > 40
    assert all(r["status"] == "cancelled" and r["code"] == "cancelled" for r in unsent)
    assert all(r["status"] != "cancelled" for r in sent if r["in_doubt"] or r["status"] == "issued")
    assert result.counts == dict(Counter(r["status"] for r in rows))
    assert len(commits) < 12  # the workers' last answers, the batch write and the run's state
