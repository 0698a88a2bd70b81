"""The throughput goal, measured as ratios in one run (see throughput.py)."""

import pytest

from tests.bench.throughput import measure


@pytest.mark.parametrize("latency_ms", [50, 1200])
def test_throughput_stays_at_the_ceiling_without_429s(latency_ms):
    r = measure(latency_ms, learners=40)
    assert r["issued"] == 40
    assert r["count_429"] == 0
    assert r["sustained"] >= 0.95, r
