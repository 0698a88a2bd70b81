"""Power cuts: the journal on disk is older than what the platform has, or its last commit is torn.

SIGKILL keeps the OS cache, so the crash suite never loses a committed transaction. A power
cut (or a disk that lies about fsync) can. Two cases:

- an older copy: the journal files (main db + -wal) are copied mid-run with the process frozen
  (SIGSTOP, so the copy is one consistent on-disk state), the run goes on and the ledger gets
  ahead, the process is killed and the old copy put back; then ``badgedesk resume``;
- a torn last transaction: the process dies right after its N-th commit (nothing after that
  commit happened), then the -wal file is cut in the middle of that commit's last frame, as a
  power cut during the commit's write would leave it. SQLite must fall back to the commit before
  it, and the resume must not issue anything twice.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms.navigatr import NavigatrClient
from tests.reliability import awards_for, cohort_rows, spawn, wait_until, write_cohort

BADGE = str(simmod.FIRST_AID_BADGE_ID)
WINDOW = 0.25
LEARNERS = 40
FILES = ("journal.sqlite3", "journal.sqlite3-wal")


def copy_journal(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        if (src / name).exists():
            shutil.copy2(src / name, dst / name)


def restore_journal(backup: Path, home: Path) -> None:
    for name in (*FILES, "journal.sqlite3-shm"):
        (home / name).unlink(missing_ok=True)
    copy_journal(backup, home)


def run_to_the_end(home, sim, tries=3):
    for _ in range(tries):
        proc = spawn(["resume", "1"], home, sim, simmod.DEMO_TOKEN, window=WINDOW)
        _, err = proc.communicate(timeout=120)
        if proc.returncode == 0:
            return 0, err
    return proc.returncode, err


def journal_ahead_of_copy(tmp_path, sim, tag):
    """Run, copy the journal at 10 awards, let the ledger reach 28, kill; return (home, backup)."""
    cohort = write_cohort(tmp_path / "cohort.csv", cohort_rows(LEARNERS, tag))
    home, backup = tmp_path / "home", tmp_path / "backup"
    proc = spawn(["issue", cohort, "--badge", BADGE, "--yes"], home, sim, simmod.DEMO_TOKEN, window=WINDOW)
    assert wait_until(lambda: len(awards_for(sim, tag)) >= 10, 60)
    proc.send_signal(signal.SIGSTOP)  # freeze: the copy is one consistent on-disk state
    try:
        copy_journal(home, backup)
    finally:
        proc.send_signal(signal.SIGCONT)
    assert wait_until(lambda: len(awards_for(sim, tag)) >= 28, 60)
    proc.kill()
    proc.communicate(timeout=30)
    restore_journal(backup, home)
    return home


def duplicates(sim, tag) -> tuple[int, int]:
    per = Counter(a["recipient_email"] for a in awards_for(sim, tag))
    return sum(n - 1 for n in per.values()), len(per)


def test_resume_from_an_older_journal_copy_issues_nothing_twice(tmp_path, record):
    tag = "older"
    with simmod.NavigatrSimulator(rate_limit=(5, WINDOW), latency_ms=30, jitter_ms=30, seed=3) as sim:
        home = journal_ahead_of_copy(tmp_path, sim, tag)
        ahead = len(awards_for(sim, tag))
        code, err = run_to_the_end(home, sim)
        dup, holders = duplicates(sim, tag)
    record("older_copy_ledger_ahead_by_awards", ahead - 10)
    record("older_copy_cli_resume_duplicates", dup)
    record("older_copy_cli_resume_exit", code)
    assert code == 0, err[-2000:]
    assert holders == LEARNERS
    assert dup == 0, f"{dup} learners got the badge twice after resuming from an older journal"


def test_resume_from_an_older_copy_with_the_platform_check_issues_nothing_twice(tmp_path, record):
    """The mitigation: after an unclean journal, ask the platform before each send."""
    tag = "olderchk"
    with simmod.NavigatrSimulator(rate_limit=(5, WINDOW), latency_ms=30, jitter_ms=30, seed=4) as sim:
        home = journal_ahead_of_copy(tmp_path, sim, tag)
        journal = Journal(home / "journal.sqlite3")
        client = NavigatrClient(
            simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=5, limiter=SlidingWindowLimiter(5, WINDOW, 0.01)
        )
        try:
            result = Engine(client, journal, 1, settings=Settings(check_platform=True)).run()
        finally:
            client.close()
        statuses = Counter(r["status"] for r in journal.rows(1))
        journal.close()
        dup, holders = duplicates(sim, tag)
    record("older_copy_checked_resume_duplicates", dup)
    record("older_copy_checked_resume_rows", dict(statuses))
    assert result.state == "completed" and result.exit_code == 0
    assert holders == LEARNERS and dup == 0
    assert set(statuses) <= {"issued", "already_issued"}


# -- torn WAL ------------------------------------------------------------------------------


def last_commit_frame(wal: bytes) -> tuple[int, int]:
    """(offset of the last valid commit frame, page size) in a WAL file."""
    page_size = int.from_bytes(wal[8:12], "big")
    salt = wal[16:24]
    offset, last = 32, None
    while offset + 24 + page_size <= len(wal):
        header = wal[offset : offset + 24]
        if header[8:16] != salt:  # a stale frame from before the last checkpoint
            break
        if int.from_bytes(header[4:8], "big"):  # "database size after commit": a commit frame
            last = offset
        offset += 24 + page_size
    assert last is not None, "no commit frame in the WAL"
    return last, page_size


def fingerprint(folder: Path, scratch: Path) -> tuple:
    """What a fresh process sees in the journal files in ``folder`` (opened on a copy)."""
    shutil.rmtree(scratch, ignore_errors=True)
    copy_journal(folder, scratch)
    db = sqlite3.connect(scratch / "journal.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (
            db.execute("SELECT count(*), count(finished_at) FROM attempts").fetchone(),
            tuple(db.execute("SELECT status, count(*) FROM learners GROUP BY status ORDER BY status")),
            db.execute("SELECT count(*) FROM events").fetchone(),
        )
    finally:
        db.close()


@pytest.mark.parametrize("commit", [23, 51, 86])
def test_torn_last_transaction_rolls_back_and_resume_issues_nothing_twice(tmp_path, record, commit):
    tag = f"torn{commit}"
    home = tmp_path / "home"
    with simmod.NavigatrSimulator(rate_limit=(5, WINDOW), latency_ms=30, jitter_ms=30, seed=commit) as sim:
        cohort = write_cohort(tmp_path / "cohort.csv", cohort_rows(LEARNERS, tag))
        proc = spawn(
            ["issue", cohort, "--badge", BADGE, "--yes"],
            home,
            sim,
            simmod.DEMO_TOKEN,
            window=WINDOW,
            exit_after=commit,
        )
        proc.communicate(timeout=60)
        assert proc.returncode == 9, "the process died right after the chosen commit"
        issued_before = len(awards_for(sim, tag))
        intact = fingerprint(home, tmp_path / "intact")

        wal_path = home / "journal.sqlite3-wal"
        last, page_size = last_commit_frame(wal_path.read_bytes())
        os.truncate(wal_path, last + 24 + page_size // 2)  # the power went mid-write
        (home / "journal.sqlite3-shm").unlink(missing_ok=True)
        torn = fingerprint(home, tmp_path / "torn")
        assert torn != intact, "SQLite dropped the torn transaction and kept the one before it"

        code, err = run_to_the_end(home, sim)
        dup, holders = duplicates(sim, tag)
    record(f"torn_{commit}_awards_before", issued_before)
    record(f"torn_{commit}_duplicates", dup)
    assert code == 0, err[-2000:]
    assert holders == LEARNERS and dup == 0
