"""Kill the issuing process at every journal commit, before and after it, then resume.

SIGKILL-equivalent (``os._exit``) right before a transaction commits loses that transaction,
as a power cut would; right after it, the commit is durable but nothing that followed
happened. Either way, resuming must give every learner the badge exactly once.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections import Counter

import pytest

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms.navigatr import NavigatrClient

CHILD = textwrap.dedent(
    """
    import os, sys
    from contextlib import contextmanager
    from badgedesk.core import journal as jm
    from badgedesk.core.engine import Engine, Settings
    from badgedesk.core.ratelimit import SlidingWindowLimiter
    from badgedesk.platforms.navigatr import NavigatrClient

    base_url, db, run_id, crash_at, when = sys.argv[1:6]
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
    client = NavigatrClient("sim-demo-token", base_url=base_url, timeout=2,
                            limiter=SlidingWindowLimiter(5, 0.2, 0.01))
    settings = Settings(workers=2, backoff_base=0.05, confirm_delay=0.05)
    Engine(client, jm.Journal(db), int(run_id), settings=settings).run()
    """
)

LEARNERS = 3


@pytest.fixture(scope="module")
def sim():
    with simmod.NavigatrSimulator(rate_limit=(5, 0.2)) as server:
        yield server


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("crash_at", range(1, 17))
def test_a_crash_at_any_commit_never_loses_or_doubles(sim, tmp_path, crash_at, when):
    tag = f"c{crash_at}{when}"
    db = tmp_path / "journal.sqlite3"
    journal = Journal(db)
    rows = [
        LearnerRecord(
            i + 2, f"{tag}-{i}@example.org", f"{tag}-{i}@example.org", "A", "B", True, "op", "pending"
        )
        for i in range(LEARNERS)
    ]
    run_id = journal.create_run(
        RunInfo("navigatr", "custom:" + sim.base_url, sim.base_url, str(simmod.FIRST_AID_BADGE_ID), "op"),
        rows,
    )
    journal.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    child = subprocess.run(
        [sys.executable, str(script), sim.base_url, str(db), str(run_id), str(crash_at), when],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode in (0, 9), child.stderr

    journal = Journal(db)
    with NavigatrClient(
        simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=2, limiter=SlidingWindowLimiter(5, 0.2, 0.01)
    ) as client:
        result = Engine(
            client, journal, run_id, settings=Settings(backoff_base=0.05, confirm_delay=0.05)
        ).run()
    assert result.state == "completed"
    assert Counter(r["status"] for r in journal.rows(run_id)) == {"issued": LEARNERS}
    per = Counter(a["recipient_email"] for a in sim.ledger() if a["recipient_email"].startswith(tag + "-"))
    assert len(per) == LEARNERS and max(per.values()) == 1
    journal.close()


def test_the_crash_points_cover_a_whole_run(sim, tmp_path):
    """The parametrised range above must reach past the last commit of a run, or it proves less."""
    db = tmp_path / "journal.sqlite3"
    journal = Journal(db)
    rows = [
        LearnerRecord(
            i + 2, f"count-{i}@example.org", f"count-{i}@example.org", "A", "B", True, "op", "pending"
        )
        for i in range(LEARNERS)
    ]
    run_id = journal.create_run(
        RunInfo("navigatr", "custom:" + sim.base_url, sim.base_url, str(simmod.FIRST_AID_BADGE_ID), "op"),
        rows,
    )
    commits = 0
    original = Journal._tx

    def counting(self):
        nonlocal commits
        commits += 1
        return original(self)

    Journal._tx = counting
    try:
        with NavigatrClient(
            simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=2, limiter=SlidingWindowLimiter(5, 0.2, 0.01)
        ) as client:
            Engine(client, journal, run_id, settings=Settings(workers=2)).run()
    finally:
        Journal._tx = original
    journal.close()
    assert commits <= 16, f"a run now makes {commits} commits: widen the crash_at range"
