"""The seed's example as a benchmark: one request at a time, no limiter, no retry.

Navigatr's documentation shows issuing as one ``PUT /v1/badge/{id}/issue`` per learner with
``requests``; a script that loops over a learner list that way sends each request as soon as the
previous answer arrives, and a 429 simply loses that learner. This is that loop (httpx instead of
requests, same calls), against the same simulator and limit as the engine, so the two are compared
in one run: awards issued per second as a fraction of the platform's ceiling, and the 429s.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from badgedesk.platforms import navigatr_sim as simmod
from tests.bench.throughput import LIMITS, _sim_settings


def measure(latency_ms: int, learners: int = 30, jitter_ms: int | None = None) -> dict[str, Any]:
    calls, period = LIMITS["navigatr"]
    ceiling = calls / period
    jitter = latency_ms // 5 if jitter_ms is None else jitter_ms
    settings = _sim_settings(latency_ms, jitter)
    with simmod.NavigatrSimulator(rate_limit=(calls, period), seed=1, **settings) as sim:
        url = f"{sim.base_url.rstrip('/')}/badge/{simmod.FIRST_AID_BADGE_ID}/issue"
        headers = {"X-Access-Token": simmod.DEMO_TOKEN, "Content-Type": "application/json"}
        issued = refused = other = 0
        started = time.monotonic()
        with httpx.Client(timeout=30) as client:
            for i in range(learners):
                payload = {
                    "recipient_firstname": "Bench",
                    "recipient_lastname": f"Learner{i}",
                    "recipient_email": f"naive{i}@example.org",
                }
                response = client.put(url, json=payload, headers=headers)
                if 200 <= response.status_code < 300:
                    issued += 1
                elif response.status_code == 429:
                    refused += 1
                else:
                    other += 1
        wall = time.monotonic() - started
        return {
            "latency_ms": latency_ms,
            "learners": learners,
            "issued": issued,
            "awards_recorded": len(sim.ledger()),
            "count_429": refused,
            "other_errors": other,
            "end_to_end": issued / wall / ceiling,
            "wall_s": wall,
        }
