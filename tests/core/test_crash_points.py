"""Kill the issuing process at every journal commit, before and after it, then resume.

SIGKILL-equivalent (``os._exit``) right before a transaction commits loses that transaction,
as a power cut would; right after it, the commit is durable but nothing that followed
happened. Either way, resuming must give every learner the badge exactly once.

Every test runs once per simulated platform (Navigatr and Credly, through the cases in
tests/core/engine_platforms.py): the child process opens its client through the platform
registry, exactly as the CLI and the app do; Credly's client learns its limit.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from tests.core.engine_platforms import PLATFORMS, available

ROOT = Path(__file__).resolve().parents[2]
WINDOW = 0.2  # the simulators admit 5 requests per WINDOW s; the clients' limiters are scaled alike

CHILD = textwrap.dedent(
    """
    import os, sys
    from contextlib import contextmanager

    root, key, base_url, db, run_id, crash_at, when, window = sys.argv[1:9]
    sys.path.insert(0, root)
    from badgedesk.core import journal as jm
    from badgedesk.core.engine import Engine, Settings
    from tests.core.engine_platforms import PLATFORMS

    crash_at, count = int(crash_at), 0

    @contextmanager
    def tx(self):
        global count
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            count += 1
            if count == crash_at and when == "before":
                os._exit(9)
            self._db.execute("COMMIT")
            if count == crash_at and when == "after":
                os._exit(9)

    jm.Journal._tx = tx
    case = PLATFORMS[key]
    client = case.open(base_url, timeout=2, limiter=case.limiter(float(window)))
    settings = Settings(workers=2, backoff_base=0.05, confirm_delay=0.05)
    Engine(client, jm.Journal(db), int(run_id), settings=settings).run()
    """
)

LEARNERS = 3
CRASH_POINTS = 16


@pytest.fixture(scope="module", params=available())
def case(request):
    return PLATFORMS[request.param]


@pytest.fixture(scope="module")
def sim(case):
    with case.simulator(rate_limit=(5, WINDOW)) as server:
        yield server


def new_run(journal, case, sim, tag):
    rows = [
        LearnerRecord(
            i + 2, f"{tag}-{i}@example.org", f"{tag}-{i}@example.org", "A", "B", True, "op", "pending"
        )
        for i in range(LEARNERS)
    ]
    return journal.create_run(
        RunInfo(case.key, "custom:" + sim.base_url, sim.base_url, case.badge, "op"),
        rows,
    )


def holders(case, sim, tag):
    """Awards per recipient of this test's learners, as the platform's ledger has them."""
    return Counter(case.award_email(a) for a in case.ledger(sim) if case.award_email(a).startswith(tag + "-"))


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("crash_at", range(1, CRASH_POINTS + 1))
def test_a_crash_at_any_commit_never_loses_or_doubles(case, sim, tmp_path, crash_at, when):
    tag = f"c{crash_at}{when}"
    db = tmp_path / "journal.sqlite3"
    journal = Journal(db)
    run_id = new_run(journal, case, sim, tag)
    journal.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    child = subprocess.run(
        [
            sys.executable,
            str(script),
            *map(str, (ROOT, case.key, sim.base_url, db, run_id, crash_at, when, WINDOW)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode in (0, 9), child.stderr
    if crash_at <= 2 * LEARNERS:  # a run commits at least twice per learner: this point is always reached
        assert child.returncode == 9, "the child was not killed at its commit"

    journal = Journal(db)
    with case.client(sim, timeout=2, limiter=case.limiter(WINDOW)) as client:
        result = Engine(
            client, journal, run_id, settings=Settings(backoff_base=0.05, confirm_delay=0.05)
        ).run()
    assert result.state == "completed"
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"issued": LEARNERS}
    per = holders(case, sim, tag)
    assert len(per) == LEARNERS and max(per.values()) == 1, per
    journal.close()


def test_the_crash_points_cover_a_whole_run(case, sim, tmp_path):
    """The parametrised range above must reach past the last commit of a run, or it proves less."""
    db = tmp_path / "journal.sqlite3"
    journal = Journal(db)
    run_id = new_run(journal, case, sim, "count")
    commits = 0
    original = Journal._tx

    def counting(self):
        nonlocal commits
        commits += 1
        return original(self)

    Journal._tx = counting
    try:
        with case.client(sim, timeout=2, limiter=case.limiter(WINDOW)) as client:
            Engine(client, journal, run_id, settings=Settings(workers=2)).run()
    finally:
        Journal._tx = original
    journal.close()
    assert len(holders(case, sim, "count")) == LEARNERS
    assert commits <= CRASH_POINTS, f"a run now makes {commits} commits: widen the crash_at range"
