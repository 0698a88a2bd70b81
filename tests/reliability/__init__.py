"""Reliability suite: crash, power-cut, fault-matrix and secrets tests.

Every test records its measured figures through the ``record`` fixture (see conftest.py);
``docs/make_reliability.py`` turns the results file into docs/reliability.md.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

# A real ``badgedesk`` command line, with two test-only changes made before it starts:
# BD_TEST_WINDOW scales the client's rate-limit window (Navigatr's is 5 per 2 s) so that a
# 300-learner run fits the CI budget, and BD_TEST_EXIT_AFTER_COMMIT=N makes the process die
# (os._exit, like SIGKILL) right after its N-th journal commit: nothing after that commit happens.
CLI = textwrap.dedent(
    """
    import os, sys
    from contextlib import contextmanager
    from badgedesk.core import ratelimit

    window = float(os.environ.get("BD_TEST_WINDOW") or 0)
    if window:
        _init = ratelimit.SlidingWindowLimiter.__init__

        def init(self, max_calls=5, period=2.0, margin=0.05, clock=ratelimit.time.monotonic):
            _init(self, max_calls, window, 0.01, clock)

        ratelimit.SlidingWindowLimiter.__init__ = init

    exit_after = int(os.environ.get("BD_TEST_EXIT_AFTER_COMMIT") or 0)
    if exit_after:
        from badgedesk.core import journal as jm
        commits = [0]

        @contextmanager
        def tx(self):
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
                commits[0] += 1
                if commits[0] == exit_after:
                    os._exit(9)

        jm.Journal._tx = tx

    from badgedesk.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def spawn(
    args,
    home: Path,
    sim,
    token: str,
    window: float | None = None,
    exit_after: int = 0,
    extra_env=None,
    cwd=None,
):
    environ = dict(
        os.environ,
        BADGEDESK_HOME=str(home),
        NAVIGATR_PAT=token,
        NAVIGATR_API_URL=sim.base_url,
        BD_TEST_WINDOW=str(window or ""),
        BD_TEST_EXIT_AFTER_COMMIT=str(exit_after or ""),
        **(extra_env or {}),
    )
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *map(str, args)],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def write_cohort(path: Path, rows, header=("First name", "Last name", "Email", "Consent")) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def cohort_rows(n: int, tag: str, every_no: int = 0) -> list[tuple]:
    """n learners; with ``every_no`` every that-many-th one has not consented."""
    return [
        (
            f"Ada{i}",
            f"Lovelace{i}",
            f"ada{i}.{tag}@example.org",
            "no" if every_no and i % every_no == 0 else "yes",
        )
        for i in range(n)
    ]


def awards_for(sim, tag: str) -> list[dict]:
    return [a for a in sim.ledger() if tag in a["recipient_email"]]


def wait_until(predicate, timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
