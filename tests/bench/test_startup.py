"""Start-up goal of the frozen app: time to first window within 1.5x the unfrozen app's (see startup.py)."""

import pytest

from tests.bench.startup import frozen_executable, measure

MAX_RATIO = 1.5


def test_the_frozen_app_starts_about_as_fast_as_the_unfrozen_one():
    exe = frozen_executable()
    if exe is None:
        pytest.skip("no frozen app: run packaging/linux/build.sh first (or set BADGEDESK_FROZEN)")
    r = measure(exe)
    print(
        f"time to first window: frozen {r['frozen_s']:.2f} s, unfrozen {r['unfrozen_s']:.2f} s, ratio {r['ratio']:.2f}"
    )
    assert r["ratio"] < MAX_RATIO, r
