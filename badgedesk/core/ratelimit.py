"""Rate limiters shared by every request made with one token.

Library paging, lookups and issuing all draw from the same limiter, so the ceiling holds
whatever mix is running. Two kinds:

- :class:`SlidingWindowLimiter` for a published limit (for example 5 requests in any 2-second
  window). It records a request's start time *before* it is sent and keeps a small safety
  margin on the window, which absorbs scheduling jitter between our clock and the server's.
- :class:`LearnedLimiter` where no number is published: it starts at a conservative spacing,
  honours Retry-After, slows down on each 429 and recovers slowly, in the manner of
  MusicBrainz Picard's ``webservice/ratecontrol.py``.

Both tell the transport how each answer went through :meth:`observe`.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Protocol


class Cancelled(Exception):
    """Raised by :meth:`SlidingWindowLimiter.acquire` when the cancel event is set."""


class Limiter(Protocol):
    """What the transport and the engine need of a limiter."""

    def acquire(
        self, cancel: threading.Event | None = None, on_wait: Callable[[float], None] | None = None
    ) -> float: ...

    def try_acquire(self) -> float: ...

    def restamp(self, stamp: float) -> None: ...

    def pause_for(self, seconds: float) -> None: ...

    def paused_for(self) -> float: ...

    def observe(self, status: int | None, retry_after: float | None = None) -> None: ...

    def describe(self) -> str: ...


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

    # The widest safety margin a 429 can teach: a quarter of the window.
    MAX_MARGIN_SHARE = 0.25

    def observe(self, status: int | None, retry_after: float | None = None) -> None:
        """An answer arrived. A published limit does not move, but a 429 under it means requests reach
        the server closer together than they left us (jitter on the way in): the margin widens, up to a
        quarter of the window, and every request is held as long as the platform asks."""
        if status == 429:
            with self._cond:
                self.margin = min(max(self.margin * 2, 0.05), self.period * self.MAX_MARGIN_SHARE)
            self.pause_for(retry_after if retry_after is not None else self.period)

    def describe(self) -> str:
        return f"{self.max_calls} requests per {self.period:g} s"


class LearnedLimiter(SlidingWindowLimiter):
    """A limiter for a platform that publishes no limit: it learns one from the platform's 429s.

    Requests are spaced ``interval`` seconds apart. It starts at ``start_interval`` (a conservative
    default), doubles the spacing on each 429 (up to ``max_interval``) and honours Retry-After;
    after every ``recover_after`` answers in a row without a 429 it shortens the spacing by
    ``recover_factor``, never below where it started. So a platform that throttles us is met
    quickly, and the pace only creeps back up.
    """

    def __init__(
        self,
        start_interval: float = 0.5,
        max_interval: float = 30.0,
        recover_after: int = 10,
        recover_factor: float = 0.8,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if start_interval <= 0 or max_interval < start_interval or not 0 < recover_factor < 1:
            raise ValueError("need 0 < start_interval <= max_interval and 0 < recover_factor < 1")
        super().__init__(max_calls=1, period=start_interval, margin=0.0, clock=clock)
        self.start_interval = start_interval
        self.max_interval = max_interval
        self.recover_after = max(1, recover_after)
        self.recover_factor = recover_factor
        self._good = 0
        self.throttled = 0  # 429s seen, for the log and the tests

    @property
    def interval(self) -> float:
        return self.period

    def observe(self, status: int | None, retry_after: float | None = None) -> None:
        with self._cond:
            if status == 429:
                self.throttled += 1
                self._good = 0
                self.period = min(self.period * 2, self.max_interval)
                wait = retry_after if retry_after is not None else self.period
                self._paused_until = max(self._paused_until, self._clock() + max(wait, 0.0))
                return
            if status is None or status >= 500:
                return  # says nothing about our pace
            self._good += 1
            if self._good >= self.recover_after and self.period > self.start_interval:
                self._good = 0
                self.period = max(self.start_interval, self.period * self.recover_factor)

    def describe(self) -> str:
        return f"learned: one request every {self.period:.2g} s"


def parse_limit(text: str) -> tuple[int, float]:
    """A limit a user typed, ``"5/2"`` or ``"5 per 2 s"``: (requests, seconds). Raises ValueError."""
    cleaned = (text or "").lower().replace("per", "/").replace("seconds", "").replace("s", "").strip()
    count, sep, period = cleaned.partition("/")
    calls = int(count.strip())
    seconds = float(period.strip()) if sep and period.strip() else 1.0
    if not (1 <= calls <= 1000 and 0 < seconds <= 3600):
        raise ValueError(text)
    return calls, seconds


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
