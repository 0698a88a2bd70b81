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

Every test runs once per simulated platform (Navigatr, then Credly through ``--platform credly``
and CREDLY_TOKEN / CREDLY_ORG_ID / CREDLY_API_URL), with the same assertions. Rate limits are
scaled as in the crash suite (tests/reliability/__init__.py).
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
from tests.core.engine_platforms import PLATFORMS, available
from tests.reliability import awards_for, cohort_rows, spawn, wait_until, write_cohort

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


@pytest.fixture(params=available())
def case(request):
    return PLATFORMS[request.param]


def figure(case, key: str) -> str:
    """Navigatr's figures keep the names docs/make_reliability.py has always read."""
    return key if case.key == "navigatr" else f"{case.key}_{key}"


def simulator(case, seed):
    return case.simulator(rate_limit=(5, WINDOW), latency_ms=30, jitter_ms=30, seed=seed)


def start(case, args, home, sim, **kw):
    return spawn(args, home, sim, case.token, window=WINDOW, platform=case.key, **kw)


def run_to_the_end(case, home, sim, tries=3):
    for _ in range(tries):
        proc = start(case, ["resume", "1"], home, sim)
        _, err = proc.communicate(timeout=120)
        if proc.returncode == 0:
            return 0, err
    return proc.returncode, err


def issue_args(case, cohort):
    return ["issue", cohort, "--badge", case.badge, "--yes", *case.cli_args()]


def journal_ahead_of_copy(case, tmp_path, sim, tag):
    """Run, copy the journal at 10 awards, let the ledger reach 28, kill; return (home, backup)."""
    cohort = write_cohort(
        tmp_path / "cohort.csv", cohort_rows(LEARNERS, tag, platform=case.key), platform=case.key
    )
    home, backup = tmp_path / "home", tmp_path / "backup"
    proc = start(case, issue_args(case, cohort), home, sim)
    assert wait_until(lambda: len(awards_for(sim, tag, case.key)) >= 10, 60)
    proc.send_signal(signal.SIGSTOP)  # freeze: the copy is one consistent on-disk state
    try:
        copy_journal(home, backup)
    finally:
        proc.send_signal(signal.SIGCONT)
    assert wait_until(lambda: len(awards_for(sim, tag, case.key)) >= 28, 60)
    proc.kill()
    proc.communicate(timeout=30)
    restore_journal(backup, home)
    return home


def duplicates(case, sim, tag) -> tuple[int, int]:
    """(learners holding the badge more than once, learners holding it), over every award ever made.

    Credly refuses a second award (422 "already has this badge"), which would hide a re-send from
    the ledger: so a re-send is also counted from the 422s the platform gave.
    """
    per = Counter(case.award_email(a) for a in sim.ledger() if tag in case.award_email(a))
    refused = sim.stats()["by_status"].get(422, 0)
    return sum(n - 1 for n in per.values()) + refused, len(per)


def test_resume_from_an_older_journal_copy_issues_nothing_twice(case, tmp_path, record):
    tag = "older"
    with simulator(case, 3) as sim:
        home = journal_ahead_of_copy(case, tmp_path, sim, tag)
        ahead = len(awards_for(sim, tag, case.key))
        code, err = run_to_the_end(case, home, sim)
        dup, holders = duplicates(case, sim, tag)
    record(figure(case, "older_copy_ledger_ahead_by_awards"), ahead - 10)
    record(figure(case, "older_copy_cli_resume_duplicates"), dup)
    record(figure(case, "older_copy_cli_resume_exit"), code)
    assert code == 0, err[-2000:]
    assert holders == LEARNERS
    assert dup == 0, f"{dup} learners got the badge twice after resuming from an older journal"


def test_resume_from_an_older_copy_with_the_platform_check_issues_nothing_twice(case, tmp_path, record):
    """The mitigation: after an unclean journal, ask the platform before each send."""
    tag = "olderchk"
    with simulator(case, 4) as sim:
        home = journal_ahead_of_copy(case, tmp_path, sim, tag)
        journal = Journal(home / "journal.sqlite3")
        client = case.client(sim, timeout=5, limiter=case.limiter(WINDOW))
        try:
            result = Engine(client, journal, 1, settings=Settings(check_platform=True)).run()
        finally:
            client.close()
        statuses = Counter(r["status"] for r in journal.rows(1))
        journal.close()
        dup, holders = duplicates(case, sim, tag)
    record(figure(case, "older_copy_checked_resume_duplicates"), dup)
    record(figure(case, "older_copy_checked_resume_rows"), dict(statuses))
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
def test_torn_last_transaction_rolls_back_and_resume_issues_nothing_twice(case, tmp_path, record, commit):
    tag = f"torn{commit}"
    home = tmp_path / "home"
    with simulator(case, commit) as sim:
        cohort = write_cohort(
            tmp_path / "cohort.csv", cohort_rows(LEARNERS, tag, platform=case.key), platform=case.key
        )
        proc = start(case, issue_args(case, cohort), home, sim, exit_after=commit)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 9, f"the process died right after the chosen commit: {err[-2000:]}"
        issued_before = len(awards_for(sim, tag, case.key))
        intact = fingerprint(home, tmp_path / "intact")

        wal_path = home / "journal.sqlite3-wal"
        last, page_size = last_commit_frame(wal_path.read_bytes())
        os.truncate(wal_path, last + 24 + page_size // 2)  # the power went mid-write
        (home / "journal.sqlite3-shm").unlink(missing_ok=True)
        torn = fingerprint(home, tmp_path / "torn")
        assert torn != intact, "SQLite dropped the torn transaction and kept the one before it"

        code, err = run_to_the_end(case, home, sim)
        dup, holders = duplicates(case, sim, tag)
    record(figure(case, f"torn_{commit}_awards_before"), issued_before)
    record(figure(case, f"torn_{commit}_duplicates"), dup)
    assert code == 0, err[-2000:]
    assert holders == LEARNERS and dup == 0
