"""Throughput benchmark: awards issued per second as a fraction of the platform's ceiling.

Runs the real engine and client against each platform's simulator, with latency (and jitter)
on the way in and on the way out, and prints for each run:

- ``sustained``: the rate at which the server *recorded awards*, between the first and the last
  award of the run's full groups of 5, divided by the ceiling (the free burst of 5 at the start
  earns no credit). Look-ups, the badge check and 429s are not counted: only issued awards.
- ``end_to_end``: learners issued / wall time of the whole run / ceiling.
- ``429s``: how often the server had to refuse us.
- ``issue_requests``: the issue requests the server received; with no faults it must equal the
  number of learners (nothing sent twice, nothing extra).

Navigatr publishes its limit (5 requests every 2 s, a ceiling of 2.5/s); the client keeps to it
with zero 429s. Credly publishes none: the simulator enforces a hidden limit, and the client's
learned limiter starts conservatively and slows down on each 429; its ceiling here is the hidden
limit, so ``sustained`` shows how much of it the learned pace uses and ``429s`` what it cost.

Usage: python tests/bench/throughput.py [--learners N] [--platform navigatr|credly]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script from anywhere: the repository's tests package
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from badgedesk.core.engine import Engine
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.core.ratelimit import LearnedLimiter
from tests.core.engine_platforms import PLATFORMS

# (requests, seconds) the simulator enforces; Credly's is hidden from the client.
# The simulators' limits: Navigatr's published one; a hidden one for the others (their clients learn it).
# Certifier and the Award Service look each learner up before every award, so at most half of their
# requests can be awards: their ceiling in awards is half the request ceiling.
LIMITS = {"navigatr": (5, 2.0), "credly": (5, 1.0), "certifier": (5, 1.0), "award-service": (5, 1.0)}


def _rows(learners: int, case) -> list[LearnerRecord]:
    return [
        LearnerRecord(
            row_number=i + 2,
            **case.record_fields(f"bench{i}"),
            first_name="Bench",
            last_name=f"Learner{i}",
            consent=True,
            consent_source="operator statement",
            status="pending",
        )
        for i in range(learners)
    ]


def _sim_settings(latency_ms: int, jitter_ms: int) -> dict[str, Any]:
    return {
        "latency_ms": latency_ms,
        "jitter_ms": jitter_ms,
        # Latency on the way in too, so jitter reaches the client's limiter margin.
        "request_latency_ms": latency_ms // 4,
        "request_jitter_ms": jitter_ms // 2,
    }


def measure(
    latency_ms: int, learners: int = 60, jitter_ms: int | None = None, platform: str = "navigatr"
) -> dict[str, Any]:
    case = PLATFORMS[platform]
    calls, period = LIMITS[platform]
    ceiling = calls / period / (2 if case.checks_first else 1)  # awards per second at most
    jitter = latency_ms // 5 if jitter_ms is None else jitter_ms
    with (
        tempfile.TemporaryDirectory() as home,
        case.simulator(rate_limit=(calls, period), seed=1, **_sim_settings(latency_ms, jitter)) as sim,
    ):
        journal = Journal(Path(home) / "journal.sqlite3")
        run_id = journal.create_run(
            RunInfo(case.key, "bench", sim.base_url, case.badge, "operator_statement"), _rows(learners, case)
        )
        limiter = case.spec.new_limiter()  # what the app itself would use: published, or learned
        client = case.client(sim, timeout=30, limiter=limiter)
        started = time.monotonic()
        result = Engine(client, journal, run_id).run()
        wall = time.monotonic() - started
        client.close()
        journal.close()
        issued = result.counts.get("issued", 0)
        awards = sorted(t for t, status in sim.issue_log() if 200 <= status < 300)
        last = 5 * ((len(awards) - 1) // 5)
        sustained = last / (awards[last] - awards[0]) / ceiling if last else 0.0
        stats = sim.stats()
        return {
            "platform": platform,
            "latency_ms": latency_ms,
            "learners": learners,
            "issued": issued,
            "awards_recorded": len(sim.ledger()),
            "issue_requests": stats["issue_requests"],
            "sustained": sustained,
            "end_to_end": issued / wall / ceiling,
            "count_429": stats["count_429"],
            "wall_s": wall,
            "learned_interval": limiter.interval if isinstance(limiter, LearnedLimiter) else None,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=60)
    parser.add_argument("--platform", choices=sorted(PLATFORMS), action="append")
    args = parser.parse_args()
    for platform in args.platform or sorted(PLATFORMS):
        for latency in (50, 1200):
            r = measure(latency, args.learners, platform=platform)
            learned = f"  learned spacing {r['learned_interval']:.2f} s" if r["learned_interval"] else ""
            print(
                f"{platform:>8} latency {r['latency_ms']:>5} ms: sustained {r['sustained']:.3f}  "
                f"end-to-end {r['end_to_end']:.3f}  429s {r['count_429']}  issued {r['issued']}/{r['learners']} "
                f"(issue requests {r['issue_requests']}) in {r['wall_s']:.1f} s{learned}"
            )


if __name__ == "__main__":
    main()
