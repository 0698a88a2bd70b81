"""A real ``badgedesk issue`` process, SIGKILLed at 20 seeded random moments and resumed each time.

300 learners (30 of them without consent). The simulator runs in this process; the CLI's
rate-limit window is scaled from Navigatr's 5 per 2 s to 5 per WINDOW s so the whole thing fits
the CI budget (at the real rate the sends alone take two minutes). Everything else is the real
command line: its journal, its engine, its HTTP client.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter

from badgedesk.platforms import navigatr_sim as simmod
from tests.reliability import awards_for, cohort_rows, spawn, wait_until, write_cohort

BADGE = str(simmod.FIRST_AID_BADGE_ID)
LEARNERS, NO_CONSENT_EVERY, KILLS, SEED = 300, 10, 20, 20261125
WINDOW = 0.25


def test_sigkill_at_20_random_moments_then_resume_gives_everyone_the_badge_once(tmp_path, record):
    started = time.monotonic()
    tag = "crash"
    rows = cohort_rows(LEARNERS, tag, every_no=NO_CONSENT_EVERY)
    consenting = {r[2] for r in rows if r[3] == "yes"}
    cohort = write_cohort(tmp_path / "cohort.csv", rows)
    home = tmp_path / "home"
    rng = random.Random(SEED)
    # Kill moments: after a random number of awards exists (spread over the run), plus a random
    # 0-150 ms more so the kill lands anywhere between a send, its answer and its journal commit.
    targets = sorted(rng.sample(range(3, len(consenting) - 3), KILLS))
    kills, resumes, kill_log = 0, 0, []
    with simmod.NavigatrSimulator(rate_limit=(5, WINDOW), latency_ms=40, jitter_ms=60, seed=SEED) as sim:
        args = ["issue", cohort, "--badge", BADGE, "--yes"]
        for target in targets:
            proc = spawn(args, home, sim, simmod.DEMO_TOKEN, window=WINDOW)
            if len(awards_for(sim, tag)) >= target:
                # Already past this point (the previous kill came late): kill during start-up/lookups.
                time.sleep(rng.uniform(0.2, 1.0))
            else:
                wait_until(
                    lambda t=target, p=proc: len(awards_for(sim, tag)) >= t or p.poll() is not None, 60
                )
                time.sleep(rng.uniform(0, 0.15))
            if proc.poll() is None:
                proc.kill()
                kills += 1
            proc.communicate(timeout=30)
            kill_log.append({"after_awards": len(awards_for(sim, tag)), "exit": proc.returncode})
            args = ["resume", "1"]
            resumes += 1
        for _ in range(3):  # finish: a resume that is not killed
            proc = spawn(["resume", "1"], home, sim, simmod.DEMO_TOKEN, window=WINDOW)
            _, err = proc.communicate(timeout=120)
            resumes += 1
            if proc.returncode == 0:
                break
        assert proc.returncode == 0, err[-2000:]
        per = Counter(a["recipient_email"] for a in awards_for(sim, tag))
        issue_requests = sim.stats()["issue_requests"]

    shown = spawn(["show", "1", "--json"], home, sim, simmod.DEMO_TOKEN)
    out, _ = shown.communicate(timeout=30)
    journal_rows = json.loads(out)["rows"]
    duplicates = sum(n - 1 for n in per.values() if n > 1)
    lost = len(consenting - set(per))
    record("crash_learners", LEARNERS)
    record("crash_consenting", len(consenting))
    record("crash_kills", kills)
    record("crash_processes", resumes)
    record("crash_window_s", WINDOW)
    record("crash_duplicates", duplicates)
    record("crash_lost", lost)
    record("crash_issue_requests", issue_requests)
    record("crash_rows", dict(Counter(r["status"] for r in journal_rows)))
    record("crash_confirmed_by_lookup", sum(r["code"] == "issued_confirmed" for r in journal_rows))
    record("crash_seconds", round(time.monotonic() - started, 1))

    assert kills >= KILLS - 2, kill_log  # nearly every planned kill hit a live process
    assert set(per) == consenting and duplicates == 0, "every consenting learner holds the badge once"
    assert not any(r[3] == "no" and r[2] in per for r in rows), "no one without consent got it"
    # The journal agrees with the ledger, row by row, award by award.
    by_email = {a["recipient_email"]: str(a["id"]) for a in awards_for(sim, tag)}
    assert Counter(r["status"] for r in journal_rows) == {
        "issued": len(consenting),
        "skipped_no_consent": LEARNERS - len(consenting),
    }
    for r in journal_rows:
        if r["status"] == "issued":
            assert r["award_id"] == by_email[r["email"]], r
