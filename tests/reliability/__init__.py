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
#
# BD_TEST_WINDOW scales the client's rate limit so that a 300-learner run fits the CI budget.
# It stands for Navigatr's published window: 5 requests per 2 s become 5 per BD_TEST_WINDOW s
# (SlidingWindowLimiter). A platform that publishes no limit (Credly) gets a LearnedLimiter, which
# subclasses SlidingWindowLimiter with one request per ``start_interval``: its start_interval and
# max_interval are scaled by the same factor (BD_TEST_WINDOW / 2 s), so it starts 8 times faster
# at a 0.25 s window, and the SlidingWindowLimiter patch leaves a learned limiter's own
# period alone (otherwise it would become one request per BD_TEST_WINDOW s).
#
# BD_TEST_EXIT_AFTER_COMMIT=N makes the process die (os._exit, like SIGKILL) right after its
# N-th journal commit: nothing after that commit happens.
PATCHES = textwrap.dedent(
    """
    import os, sys
    from contextlib import contextmanager
    from badgedesk.core import ratelimit

    window = float(os.environ.get("BD_TEST_WINDOW") or 0)
    if window:
        scale = window / 2.0  # Navigatr's 5 per 2 s -> 5 per BD_TEST_WINDOW s
        _init = ratelimit.SlidingWindowLimiter.__init__

        def init(self, max_calls=5, period=2.0, margin=0.05, clock=ratelimit.time.monotonic):
            if isinstance(self, ratelimit.LearnedLimiter):  # scaled by its own __init__ below
                _init(self, max_calls, period, margin, clock)
            else:
                _init(self, max_calls, window, 0.01, clock)

        ratelimit.SlidingWindowLimiter.__init__ = init
        _learned = ratelimit.LearnedLimiter.__init__

        def learned(self, start_interval=0.5, max_interval=30.0, recover_after=10, recover_factor=0.8,
                    clock=ratelimit.time.monotonic):
            _learned(self, start_interval * scale, max_interval * scale, recover_after, recover_factor, clock)

        ratelimit.LearnedLimiter.__init__ = learned

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
    """
)
CLI = PATCHES + textwrap.dedent(
    """
    from badgedesk.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def cli_env(platform: str, sim, token: str) -> dict[str, str]:
    """The environment variables the command reads for ``platform``, pointed at ``sim``."""
    from tests.core.engine_platforms import PLATFORMS

    return PLATFORMS[platform].cli_env(sim, token)


def spawn(
    args,
    home: Path,
    sim,
    token: str,
    window: float | None = None,
    exit_after: int = 0,
    extra_env=None,
    cwd=None,
    platform: str = "navigatr",
    script: str = CLI,
):
    """The real command line in a new process. ``platform`` only chooses the environment variables
    (NAVIGATR_PAT/NAVIGATR_API_URL, or CREDLY_TOKEN/CREDLY_ORG_ID/CREDLY_API_URL); commands that
    take ``--platform`` need it in ``args`` too."""
    environ = dict(
        os.environ,
        BADGEDESK_HOME=str(home),
        BD_TEST_WINDOW=str(window or ""),
        BD_TEST_EXIT_AFTER_COMMIT=str(exit_after or ""),
        **cli_env(platform, sim, token),
        **(extra_env or {}),
    )
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def write_cohort(path: Path, rows, header=None, platform: str = "navigatr") -> Path:
    """A CSV cohort: first name, last name, the platform's identity column (Email, or e.g. Peer
    mentor ID), consent."""
    if header is None:
        from tests.core.engine_platforms import PLATFORMS

        header = ("First name", "Last name", PLATFORMS[platform].spec.identity.label, "Consent")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def cohort_rows(n: int, tag: str, every_no: int = 0, platform: str = "navigatr") -> list[tuple]:
    """n learners keyed as ``platform`` keys recipients (email, or a peer mentor ID); with
    ``every_no`` every that-many-th one has not consented."""
    from tests.core.engine_platforms import PLATFORMS

    case = PLATFORMS[platform]
    return [
        (
            f"Ada{i}",
            f"Lovelace{i}",
            case.key_of(f"ada{i}.{tag}"),
            "no" if every_no and i % every_no == 0 else "yes",
        )
        for i in range(n)
    ]


def awards_for(sim, tag: str, platform: str = "navigatr") -> list[dict]:
    """The live awards (not revoked or replaced) to this test's learners, from the platform's ledger."""
    from tests.core.engine_platforms import PLATFORMS

    case = PLATFORMS[platform]
    return [a for a in case.ledger(sim) if tag in case.award_email(a)]


def wait_until(predicate, timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
