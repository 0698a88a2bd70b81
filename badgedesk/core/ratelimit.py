"""A sliding-window rate limiter shared by every request made with one token.

Navigatr allows 5 requests in any 2-second window per token. Library paging, lookups and
issuing all draw from the same limiter, so the ceiling holds whatever mix is running.
The limiter records a request's start time *before* it is sent and keeps a small safety
margin on the window, which absorbs scheduling jitter between our clock and the server's.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime, timezone


class Cancelled(Exception):
    """Raised by :meth:`SlidingWindowLimiter.acquire` when the cancel event is set."""


class SlidingWindowLimiter:
    def __init__(
        self,
        max_calls: int = 5,
        period: float = 2.0,
        margin: float = 0.05,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_calls < 1 or period <= 0 or margin < 0:
            raise ValueError("max_calls must be >= 1, period > 0 and margin >= 0")
        self.max_calls = max_calls
        self.period = period
        self.margin = margin
        self._clock = clock
        self._starts: deque[float] = deque()
        self._paused_until = 0.0
        self._cond = threading.Condition()

    @property
    def window(self) -> float:
        return self.period + self.margin

    def _wait_needed(self, now: float) -> float:
        # One expression decides both "expired" and "how long to wait", so float rounding can
        # never let a slot count as expired yet still be waited for (or the reverse).
        while self._starts and self._starts[0] + self.window <= now:
            self._starts.popleft()
        wait = self._paused_until - now
        if len(self._starts) >= self.max_calls:
            wait = max(wait, self._starts[-self.max_calls] + self.window - now)
        return max(wait, 0.0)

    def _try(self) -> tuple[float, float]:
        with self._cond:
            now = self._clock()
            wait = self._wait_needed(now)
            if wait <= 0:
                self._starts.append(now)
            return wait, now

    def try_acquire(self) -> float:
        """Take a slot if one is free now and return 0; otherwise return the seconds to wait."""
        return self._try()[0]

    def acquire(
        self, cancel: threading.Event | None = None, on_wait: Callable[[float], None] | None = None
    ) -> float:
        """Block until a slot is free, then take it and return its stamp. ``cancel`` interrupts the wait."""
        while True:
            wait, stamp = self._try()
            if wait <= 0:
                return stamp
            if on_wait is not None:
                on_wait(wait)
            if cancel is not None:
                if cancel.wait(min(wait, 0.25)):
                    raise Cancelled()
            else:
                with self._cond:
                    self._cond.wait(min(wait, 0.25))

    def restamp(self, stamp: float) -> None:
        """Move a taken slot to now: the moment its request actually leaves (after connecting).

        A request that waited for a new connection reaches the server later than it took its
        slot; counting the window from the real send keeps the server's view within the limit.
        """
        with self._cond:
            try:
                index = self._starts.index(stamp)
            except ValueError:
                return
            self._starts[index] = max(stamp, self._clock())
            self._starts = deque(sorted(self._starts))

    def pause_until(self, deadline: float) -> None:
        """Hold every later request until ``deadline`` (a value of this limiter's clock)."""
        with self._cond:
            self._paused_until = max(self._paused_until, deadline)

    def pause_for(self, seconds: float) -> None:
        self.pause_until(self._clock() + max(seconds, 0.0))

    def paused_for(self) -> float:
        with self._cond:
            return max(self._paused_until - self._clock(), 0.0)


def parse_retry_after(value: str | None, now: datetime | None = None, cap: float = 300.0) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), capped; None if absent."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - (now or datetime.now(timezone.utc))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), cap)
