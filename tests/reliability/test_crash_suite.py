"""A real ``badgedesk issue`` process, SIGKILLed at seeded random moments and resumed each time.

Once per platform, against its simulator in this process:

- Navigatr: 300 learners (30 of them without consent), 20 kills;
- Credly, Certifier and the Badge Award Service: the same run shape, reduced to 150 learners (15
  without consent) and 12 kills to keep the suite within the CI budget (their clients learn their
  pace, and every resume looks up each unsettled row first; Certifier and the Award Service also
  look each learner up before every award, so a run costs more requests per learner). The Award
  Service's cohort has a Peer mentor ID column instead of emails.

The CLI's rate limits are scaled (see tests/reliability/__init__.py): Navigatr's 5 per 2 s
becomes 5 per WINDOW s, and Credly's learned limiter starts at the same factor of its default
spacing, under the simulator's hidden limit of 5 per WINDOW s. Everything else is the real
command line: its journal, its engine, its HTTP client.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass

import pytest

from tests.core.engine_platforms import PLATFORMS, available
from tests.reliability import PATCHES, awards_for, cohort_rows, spawn, wait_until, write_cohort

NO_CONSENT_EVERY, SEED = 10, 20261125
WINDOW = 0.25


@dataclass(frozen=True)
class Plan:
    learners: int
    kills: int


PLANS = {
    "navigatr": Plan(300, 20),
    "credly": Plan(150, 12),
    "certifier": Plan(150, 12),
    "award-service": Plan(150, 12),
}


def figure(platform: str, key: str) -> str:
    """Navigatr's figures keep the names docs/make_reliability.py has always read."""
    return key if platform == "navigatr" else f"{platform}_{key}"


@pytest.mark.parametrize("platform", available())
def test_sigkill_at_random_moments_then_resume_gives_everyone_the_badge_once(tmp_path, record, platform):
    case, plan = PLATFORMS[platform], PLANS[platform]
    started = time.monotonic()
    tag = "crash"
    rows = cohort_rows(plan.learners, tag, every_no=NO_CONSENT_EVERY, platform=platform)
    consenting = {r[2] for r in rows if r[3] == "yes"}
    cohort = write_cohort(tmp_path / "cohort.csv", rows, platform=platform)
    home = tmp_path / "home"
    rng = random.Random(SEED)
    # Kill moments: after a random number of awards exists (spread over the run), plus a random
    # 0-150 ms more so the kill lands anywhere between a send, its answer and its journal commit.
    targets = sorted(rng.sample(range(3, len(consenting) - 3), plan.kills))
    kills, resumes, kill_log = 0, 0, []

    def held() -> int:
        return len(awards_for(sim, tag, platform))

    def start(args):
        return spawn(args, home, sim, case.token, window=WINDOW, platform=platform)

    with case.simulator(rate_limit=(5, WINDOW), latency_ms=40, jitter_ms=60, seed=SEED) as sim:
        args = ["issue", cohort, "--badge", case.badge, "--yes", *case.cli_args()]
        for target in targets:
            proc = start(args)
            if held() >= target:
                # Already past this point (the previous kill came late): kill during start-up/lookups.
                time.sleep(rng.uniform(0.2, 1.0))
            else:
                wait_until(lambda t=target, p=proc: held() >= t or p.poll() is not None, 60)
                time.sleep(rng.uniform(0, 0.15))
            if proc.poll() is None:
                proc.kill()
                kills += 1
            proc.communicate(timeout=30)
            kill_log.append({"after_awards": held(), "exit": proc.returncode})
            args = ["resume", "1"]
            resumes += 1
        for _ in range(3):  # finish: a resume that is not killed
            proc = start(["resume", "1"])
            _, err = proc.communicate(timeout=120)
            resumes += 1
            if proc.returncode == 0:
                break
        assert proc.returncode == 0, err[-2000:]
        awards = awards_for(sim, tag, platform)
        per = Counter(case.award_email(a) for a in awards)
        stats = sim.stats()
        issue_requests, http_429 = stats["issue_requests"], stats["count_429"]
        # Credly refuses a second award with 422 "already has this badge": a re-send to a learner
        # who holds it would not show in the ledger, only here.
        refused = stats["by_status"].get(422, 0)
        issued_by_anyone = len(sim.ledger())  # revoked or replaced ones too: none may exist here

    shown = spawn(["show", "1", "--json"], home, sim, case.token, platform=platform)
    out, _ = shown.communicate(timeout=30)
    journal_rows = json.loads(out)["rows"]
    duplicates = sum(n - 1 for n in per.values() if n > 1) + refused
    lost = len(consenting - set(per))
    put = lambda key, value: record(figure(platform, key), value)  # noqa: E731
    put("crash_learners", plan.learners)
    put("crash_consenting", len(consenting))
    put("crash_kills", kills)
    put("crash_processes", resumes)
    put("crash_window_s", WINDOW)
    put("crash_duplicates", duplicates)
    put("crash_lost", lost)
    put("crash_issue_requests", issue_requests)
    put("crash_http_429", http_429)
    put("crash_rows", dict(Counter(r["status"] for r in journal_rows)))
    put("crash_confirmed_by_lookup", sum(r["code"] == "issued_confirmed" for r in journal_rows))
    put("crash_seconds", round(time.monotonic() - started, 1))

    assert kills >= plan.kills - 2, kill_log  # nearly every planned kill hit a live process
    assert set(per) == consenting and duplicates == 0, (
        "every consenting learner holds the badge once",
        _why_twice(home, case, awards, per, refused, kill_log),
    )
    assert issued_by_anyone == len(consenting), "no award was made and then replaced or revoked"
    assert not any(r[3] == "no" and r[2] in per for r in rows), "no one without consent got it"
    # The journal agrees with the ledger, row by row, award by award.
    by_email = {case.award_email(a): str(a["id"]) for a in awards}
    assert Counter(r["status"] for r in journal_rows) == {
        "issued": len(consenting),
        "skipped_no_consent": plan.learners - len(consenting),
    }
    for r in journal_rows:
        if r["status"] == "issued":
            assert r["award_id"] == by_email[r["recipient"]], r


def _why_twice(home, case, awards, per, refused, kill_log) -> dict:
    """What the journal and the ledger say about each learner holding the badge twice (for the
    failure message: which attempts, when, and what the platform holds)."""
    from badgedesk.core.journal import Journal

    twice = {key for key, n in per.items() if n > 1}
    journal = Journal(home / "journal.sqlite3")
    try:
        rows = {r["recipient_key"]: r for r in journal.rows(1)}
        return {
            "refused_422": refused,
            "kills": kill_log,
            "learners": {
                key: {
                    "ledger": [a for a in awards if case.award_email(a) == key],
                    "attempts": [
                        {
                            k: a[k]
                            for k in ("kind", "started_at", "finished_at", "outcome", "code", "award_id")
                        }
                        for a in journal.attempts(1, rows[key]["id"])
                    ]
                    if key in rows
                    else "no row",
                }
                for key in sorted(twice)
            },
        }
    finally:
        journal.close()


PROBE = """
from badgedesk.platforms import registry
for key in ("navigatr", "credly"):
    limiter = registry.get(key).new_limiter()
    print(key, type(limiter).__name__, limiter.max_calls, repr(limiter.period), repr(limiter.margin),
          repr(getattr(limiter, "max_interval", None)))
"""


def test_the_window_scaling_scales_published_and_learned_limits_alike():
    """BD_TEST_WINDOW=0.25 is Navigatr's 2 s window divided by 8: a learned limiter's spacing too."""
    done = subprocess.run(
        [sys.executable, "-c", PATCHES + PROBE],
        env=dict(os.environ, BD_TEST_WINDOW="0.25"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()}
    assert seen["navigatr"] == ["SlidingWindowLimiter", "5", "0.25", "0.01", "None"]
    # LearnedLimiter() defaults: one request per 0.5 s, at most one per 30 s; both divided by 8.
    assert seen["credly"] == ["LearnedLimiter", "1", "0.0625", "0.0", "3.75"]
