"""Throughput benchmark: issued per second as a fraction of Navigatr's 2.5/s ceiling.

Runs the real engine and client against the simulator with Navigatr's own limit (5 requests
per 2 s) at 50 ms and at 1,200 ms of simulated latency, and prints, for each:

- ``sustained``: the token's steady request rate as the server saw it, divided by 2.5. It is
  measured between the first request of the run and request number 5·k, the first of the last
  full group of 5, so the free burst of 5 at the start earns no credit. All requests of the run
  but the one badge check before the first send are issue requests.
- ``end_to_end``: learners issued / wall time of the whole run / 2.5.
- ``429s``: how often the server had to refuse us (target: zero).

Usage: python tests/bench/throughput.py [--learners N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from badgedesk.core.engine import Engine
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms.navigatr import NavigatrClient

CEILING = 2.5  # Navigatr: 5 requests every 2 seconds


def measure(latency_ms: int, learners: int = 60, jitter_ms: int | None = None) -> dict[str, float]:
    jitter = latency_ms // 5 if jitter_ms is None else jitter_ms
    with (
        tempfile.TemporaryDirectory() as home,
        simmod.NavigatrSimulator(latency_ms=latency_ms, jitter_ms=jitter, rate_limit=(5, 2.0)) as sim,
    ):
        journal = Journal(Path(home) / "journal.sqlite3")
        rows = [
            LearnerRecord(
                i + 2,
                f"bench{i}@example.org",
                f"bench{i}@example.org",
                "Bench",
                f"Learner{i}",
                True,
                "operator statement",
                "pending",
            )
            for i in range(learners)
        ]
        run_id = journal.create_run(
            RunInfo("navigatr", "bench", sim.base_url, str(simmod.FIRST_AID_BADGE_ID), "operator_statement"),
            rows,
        )
        client = NavigatrClient(simmod.DEMO_TOKEN, base_url=sim.base_url, timeout=30)
        started = time.monotonic()
        result = Engine(client, journal, run_id).run()
        wall = time.monotonic() - started
        client.close()
        journal.close()
        issued = result.counts.get("issued", 0)
        sends = sorted(t for t, _method, _path, status in sim.request_log() if status != 429)
        last = 5 * ((len(sends) - 1) // 5)
        sustained = last / (sends[last] - sends[0]) / CEILING if last else 0.0
        return {
            "latency_ms": latency_ms,
            "learners": learners,
            "issued": issued,
            "sustained": sustained,
            "end_to_end": issued / wall / CEILING,
            "count_429": sim.stats()["count_429"],
            "wall_s": wall,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=60)
    args = parser.parse_args()
    for latency in (50, 1200):
        r = measure(latency, args.learners)
        print(
            f"latency {r['latency_ms']:>5} ms: sustained {r['sustained']:.3f}  end-to-end {r['end_to_end']:.3f}  "
            f"429s {r['count_429']}  issued {r['issued']}/{r['learners']} in {r['wall_s']:.1f} s"
        )


if __name__ == "__main__":
    main()
