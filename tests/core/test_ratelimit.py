import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from badgedesk.core.ratelimit import Cancelled, SlidingWindowLimiter, parse_retry_after


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def drive(limiter: SlidingWindowLimiter, clock: FakeClock, gaps: list[float]) -> list[float]:
    """Each gap is when the next caller arrives; a caller waits exactly as long as it is told."""
    granted = []
    for gap in gaps:
        clock.t += gap
        while (wait := limiter.try_acquire()) > 0:
            clock.t += wait
        granted.append(clock.t)
    return granted


@settings(max_examples=300, deadline=None)
@given(
    gaps=st.lists(st.floats(min_value=0, max_value=3, allow_nan=False), min_size=1, max_size=60),
    max_calls=st.integers(1, 8),
    period=st.floats(0.1, 5, allow_nan=False),
    margin=st.floats(0, 0.3, allow_nan=False),
)
def test_never_more_than_max_calls_in_any_window(gaps, max_calls, period, margin):
    clock = FakeClock()
    limiter = SlidingWindowLimiter(max_calls, period, margin, clock=clock)
    granted = drive(limiter, clock, gaps)
    for i in range(len(granted) - max_calls):
        assert granted[i + max_calls] - granted[i] >= period + margin - 1e-9


def test_full_speed_reaches_the_ceiling_but_not_beyond():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(5, 2.0, 0.08, clock=clock)
    granted = drive(limiter, clock, [0.0] * 105)
    # 5 at once, then 5 per 2.08 s: 100 more requests take exactly 20 windows.
    assert granted[:5] == [1000.0] * 5
    assert granted[5] == pytest.approx(1002.08)
    assert granted[-1] - granted[0] == pytest.approx(20 * 2.08)


def test_pause_until_holds_every_request():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(5, 2.0, 0.0, clock=clock)
    limiter.pause_for(7.5)
    assert limiter.try_acquire() == pytest.approx(7.5)
    clock.t += 7.5
    assert limiter.try_acquire() == 0
    assert limiter.paused_for() == 0


def test_pause_never_shortens_an_earlier_pause():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(clock=clock)
    limiter.pause_for(10)
    limiter.pause_for(2)
    assert limiter.paused_for() == pytest.approx(10)


def test_cancel_interrupts_a_wait_at_once():
    limiter = SlidingWindowLimiter(1, 60.0, 0.0)
    limiter.acquire()
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        limiter.acquire(cancel)
    assert time.monotonic() - started < 1.0


def test_threads_share_one_window():
    limiter = SlidingWindowLimiter(3, 0.3, 0.0)
    stamps: list[float] = []
    lock = threading.Lock()

    def worker():
        for _ in range(4):
            limiter.acquire()
            with lock:
                stamps.append(limiter._starts[-1] if limiter._starts else 0.0)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(stamps) == 16
    # 16 slots at 3 per 0.3 s need at least five full windows.
    assert max(stamps) - min(stamps) >= 5 * 0.3 - 1e-6


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), (" 1.5 ", 1.5), ("-4", 0.0), ("9999", 300.0), ("soon", None), ("", None), (None, None)],
)
def test_parse_retry_after_seconds(header, expected):
    assert parse_retry_after(header) == expected


def test_parse_retry_after_http_date():
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=timezone.utc)
    header = (now + timedelta(seconds=42)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert parse_retry_after(header, now=now) == pytest.approx(42)


@pytest.mark.parametrize("bad", [(0, 1.0, 0.0), (5, 0, 0.0), (5, 1.0, -1)])
def test_rejects_nonsense_settings(bad):
    with pytest.raises(ValueError):
        SlidingWindowLimiter(*bad)


# -- the learned limiter (platforms that publish no limit) ------------------------------------

from badgedesk.core.ratelimit import LearnedLimiter, parse_limit  # noqa: E402


def test_learned_limiter_starts_conservative_and_spaces_requests():
    clock = FakeClock()
    limiter = LearnedLimiter(start_interval=0.5, clock=clock)
    granted = drive(limiter, clock, [0.0] * 6)
    gaps = [b - a for a, b in zip(granted, granted[1:], strict=False)]
    assert all(g >= 0.5 - 1e-9 for g in gaps) and max(gaps) < 0.5 + 1e-6


def test_learned_limiter_slows_down_on_each_429_and_honours_retry_after():
    clock = FakeClock()
    limiter = LearnedLimiter(start_interval=0.5, max_interval=30.0, clock=clock)
    limiter.observe(429, retry_after=7.0)
    assert limiter.interval == 1.0 and limiter.throttled == 1
    assert limiter.try_acquire() == pytest.approx(7.0)  # Retry-After holds every request
    clock.t += 7.0
    limiter.observe(429)  # no Retry-After: wait the new spacing
    assert limiter.interval == 2.0
    assert limiter.paused_for() == pytest.approx(2.0)
    for _ in range(10):
        limiter.observe(429)
    assert limiter.interval == 30.0  # capped


def test_learned_limiter_recovers_slowly_and_never_beyond_where_it_started():
    clock = FakeClock()
    limiter = LearnedLimiter(start_interval=0.5, recover_after=10, recover_factor=0.8, clock=clock)
    limiter.observe(429)
    limiter.observe(429)
    assert limiter.interval == 2.0
    for _ in range(9):
        limiter.observe(200)
    assert limiter.interval == 2.0  # one good answer is not enough
    limiter.observe(200)
    assert limiter.interval == pytest.approx(1.6)
    limiter.observe(503)  # a 5xx says nothing about our pace
    for _ in range(200):
        limiter.observe(201)
    assert limiter.interval == 0.5
    limiter.observe(429)
    assert limiter.interval == 1.0


def test_a_published_limit_does_not_move_but_a_429_holds_requests_and_widens_the_margin():
    clock = FakeClock()
    limiter = SlidingWindowLimiter(5, 2.0, 0.05, clock=clock)
    limiter.observe(200)
    assert limiter.margin == 0.05
    limiter.observe(429, retry_after=3.0)
    assert (limiter.max_calls, limiter.period) == (5, 2.0)
    assert limiter.margin == pytest.approx(0.1)  # requests arrived closer together than they left
    assert limiter.try_acquire() == pytest.approx(3.0)
    for _ in range(10):
        limiter.observe(429, retry_after=0)
    assert limiter.margin == pytest.approx(0.5)  # at most a quarter of the window
    clock.t += 10
    granted = drive(limiter, clock, [0.0] * 11)
    assert granted[5] - granted[0] >= 2.5 - 1e-9  # the window now counts with the wider margin


@pytest.mark.parametrize(
    ("text", "expected"), [("5/2", (5, 2.0)), ("5 per 2 s", (5, 2.0)), ("10", (10, 1.0)), ("3/0.5", (3, 0.5))]
)
def test_a_typed_limit_is_parsed(text, expected):
    assert parse_limit(text) == expected


@pytest.mark.parametrize("text", ["", "fast", "0/1", "5/0", "5/-1", "100000/1"])
def test_a_nonsense_limit_is_refused(text):
    with pytest.raises(ValueError):
        parse_limit(text)
