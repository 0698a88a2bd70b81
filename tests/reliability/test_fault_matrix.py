"""The fault matrix: the engine against each platform's simulator under each fault, one scenario at a time.

Each scenario issues to a small cohort, then checks: no learner holds the badge twice, no row
is lost (every consenting row ends issued, needs_review, failed or unknown, or, for a stopped
run, pending and resumable), the journal agrees with the platform's ledger, every row that is
not issued says why, and no row ends ``unknown`` (the simulator's lookup works throughout).

Every scenario runs once per simulated platform (Navigatr, Credly, Certifier and the Badge
Award Service: the cases of tests/core/engine_platforms.py), with the same assertions. Windows
are scaled: the simulators admit 5 requests per WINDOW s instead of Navigatr's 5 per 2 s;
Navigatr's client uses the same window, the others learn their pace (starting at one request
per WINDOW/4 s, under the hidden limit). "The network gone for a minute" is OUTAGE seconds here; the engine's logic does not
depend on the length.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

import httpx
import pytest

from badgedesk.core.engine import Engine, Settings
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms.simcore import ALL_FAULT_KINDS
from tests.core.engine_platforms import PLATFORMS, available
from tests.reliability import wait_until

WINDOW = 0.2
OUTAGE = 4.0
N = 30
FAST = Settings(backoff_base=0.05, backoff_cap=0.5, confirm_delay=0.05, busy_wait=0.05, probe_cap=0.5)
FINAL = ("issued", "needs_review", "failed", "unknown")


class StripRetryAfter(httpx.HTTPTransport):
    """A proxy that drops the Retry-After header from 429 answers."""

    def handle_request(self, request):
        response = super().handle_request(request)
        if response.status_code == 429 and "retry-after" in response.headers:
            del response.headers["retry-after"]
        return response


# name -> (simulator settings, client options, cohort size, description)
SCENARIOS = {
    "latency_spikes": ({"latency_ms": 50, "jitter_ms": 700}, {"timeout": 2.0}, N, "latency 50-750 ms"),
    "503_5pct": ({"fault_rate": 0.05, "fault_kinds": ("503",)}, {}, N, "5 % of issue requests get 503"),
    "503_20pct": ({"fault_rate": 0.20, "fault_kinds": ("503",)}, {}, N, "20 % of issue requests get 503"),
    "dropped_after_recorded": (
        {"fault_rate": 0.2, "fault_kinds": ("drop_after_commit",)},
        {},
        N,
        "20 %: badge recorded, then the connection is dropped",
    ),
    "stall_past_timeout": (
        {"fault_rate": 0.15, "fault_kinds": ("stall",), "stall_seconds": 2.0},
        {"timeout": 1.0},
        N,
        "15 %: badge recorded, answer stalls 2 s past the 1 s timeout",
    ),
    "429_storm_retry_after": (
        {"rate_limit": (5, 2 * WINDOW)},
        {"client_window": WINDOW / 4},
        15,
        "client sends 8x faster than the server admits; 429 with Retry-After",
    ),
    "429_storm_no_retry_after": (
        {"rate_limit": (5, 2 * WINDOW)},
        {"client_window": WINDOW / 4, "strip_retry_after": True},
        15,
        "the same storm, Retry-After stripped by a proxy",
    ),
    "500_after_recorded": (
        {"fault_rate": 0.2, "fault_kinds": ("500_after_commit",)},
        {},
        N,
        "20 %: badge recorded, then 500",
    ),
    "504_after_recorded": (
        {"fault_rate": 0.2, "fault_kinds": ("504_after_commit",)},
        {},
        N,
        "20 %: badge recorded, then 504 from a gateway",
    ),
    "captive_portal_html_200": (
        {"fault_rate": 0.2, "fault_kinds": ("html_200",)},
        {},
        N,
        "20 %: an HTML 200 login page instead of the award",
    ),
    "token_revoked_mid_run": ({"revoke_after": 12}, {}, N, "token revoked after 12 awards; fixed; resumed"),
    "network_gone_and_back": ({}, {}, N, f"network gone for {OUTAGE:g} s (stands for a minute) mid-run"),
    "all_faults_mixed": (
        {"fault_rate": 0.25, "fault_kinds": ALL_FAULT_KINDS, "stall_seconds": 2.0, "jitter_ms": 200},
        {"timeout": 1.0},
        N,
        "25 % of issue requests get one of every fault kind, latency jitter",
    ),
}


def make_client(case, sim, timeout=1.0, client_window=WINDOW, strip_retry_after=False):
    if case.learned:  # learns its pace: starts at one request per client_window / 4 s
        limiter = case.limiter(client_window)
    else:
        limiter = SlidingWindowLimiter(5, client_window, 0.01)
    return case.client(
        sim,
        timeout=timeout,
        limiter=limiter,
        transport=StripRetryAfter() if strip_retry_after else None,
    )


def new_run(journal, case, sim, tag, n):
    rows = [
        LearnerRecord(
            row_number=i + 2,
            **case.record_fields(f"l{i}.{tag}"),
            first_name=f"First{i}",
            last_name=f"Last{i}",
            consent=True,
            consent_source="operator statement",
            status="pending",
        )
        for i in range(n)
    ]
    info = RunInfo(
        platform=case.key,
        environment="custom:" + sim.base_url,
        base_url=sim.base_url,
        badge_id=case.badge,
        consent_mode="operator_statement",
    )
    return journal.create_run(info, rows)


def figure_key(platform: str, name: str) -> str:
    """Navigatr's figures keep the names they always had; other platforms' are prefixed."""
    return name if platform == "navigatr" else f"{platform}/{name}"


@pytest.mark.parametrize("name", list(SCENARIOS))
@pytest.mark.parametrize("platform", available())
def test_fault_scenario(tmp_path, record, platform, name):
    case = PLATFORMS[platform]
    sim_settings, client_opts, n, description = SCENARIOS[name]
    tag = name.replace("_", "")
    started = time.monotonic()
    journal = Journal(tmp_path / "journal.sqlite3")
    events: list[dict] = []
    base = {"rate_limit": (5, WINDOW), "seed": 11}
    base.update(sim_settings)
    with case.simulator(**base) as sim:
        run_id = new_run(journal, case, sim, tag, n)
        client = make_client(case, sim, **client_opts)
        engine = Engine(client, journal, run_id, settings=FAST, on_event=events.append)
        stopped_counts = None
        try:
            if name == "network_gone_and_back":
                box: list = []
                worker = threading.Thread(target=lambda: box.append(engine.run()))
                worker.start()
                assert wait_until(lambda: len(sim.ledger()) >= 8, 30)
                sim.go_offline()
                time.sleep(OUTAGE)
                sim.go_online()
                worker.join(120)
                result = box[0]
                assert any(e.get("state") == "waiting_for_network" for e in events)
            else:
                result = engine.run()
            if name == "token_revoked_mid_run":
                assert result.state == "stopped" and result.stop_code == "token_rejected"
                assert result.exit_code == 3 and "token" in (result.stop_message or "").lower()
                stopped_counts = Counter(r["status"] for r in journal.rows(run_id))
                assert stopped_counts["pending"] > 0, "the rest waits, resumable"
                sim.set(revoke_after=None)
                sim._revoked.clear()  # the operator fixes the token
                result = Engine(client, journal, run_id, settings=FAST).run()
        finally:
            client.close()
        rows = journal.rows(run_id)
        # Every award the platform ever made to these learners, revoked or replaced ones too.
        ledger = [a for a in sim.ledger() if tag in case.award_email(a)]
        stats = sim.stats()
    journal.close()

    counts = Counter(r["status"] for r in rows)
    per = Counter(case.award_email(a) for a in ledger)
    dup = sum(k - 1 for k in per.values())
    lost = sum(r["status"] not in FINAL for r in rows)
    figures = {
        "platform": platform,
        "description": description,
        "learners": n,
        **{s: counts.get(s, 0) for s in FINAL},
        "duplicates": dup,
        "lost": lost,
        "state": result.state,
        "exit_code": result.exit_code,
        "issue_requests": stats["issue_requests"],
        "http_429": stats["count_429"],
        "faults": stats["faults"],
        "confirmed_by_lookup": sum(r["code"] == "issued_confirmed" for r in rows),
        "seconds": round(time.monotonic() - started, 1),
    }
    if stopped_counts is not None:
        figures["at_stop"] = dict(stopped_counts)
    record(figure_key(platform, name), figures)

    assert dup == 0, "nobody holds the badge twice"
    assert lost == 0, f"every row has a final state: {counts}"
    assert counts["unknown"] == 0, "the lookup works, so nothing may stay unknown"
    issued_rows = {r["recipient_key"] for r in rows if r["status"] == "issued"}
    assert issued_rows == set(per), "the journal and the platform agree"
    assert all(r["message"] for r in rows if r["status"] != "issued"), "every other row says why"
    assert result.state == "completed", result.stop_message
    if name not in ("429_storm_retry_after", "429_storm_no_retry_after"):
        assert result.exit_code == (0 if counts["issued"] == n else 1)
