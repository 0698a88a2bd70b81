"""The window thread's longest stall while something happens: the largest gap between the ticks of a
2 ms QTimer, from the action until ``done()`` holds (events processed meanwhile)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def wait(app: QApplication, done: Callable[[], bool], timeout: float = 600) -> None:
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.001)


def measure(app: QApplication, name: str, action: Callable[[], object], done: Callable[[], bool]) -> float:
    """Print and return the longest stall (ms) from ``action()`` until ``done()``."""
    gaps, last = [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    for _ in range(5):
        app.processEvents()
    start = last[0] = time.perf_counter()
    action()
    call = time.perf_counter() - start  # the action's own time, before anything it started in the background
    wait(app, done)
    app.processEvents()
    tick()
    total = time.perf_counter() - start
    timer.stop()
    print(
        f"{name:34s} call {call * 1000:7.1f} ms  longest stall {max(gaps) * 1000:8.1f} ms  "
        f"total {total * 1000:8.1f} ms",
        flush=True,
    )
    return max(gaps) * 1000
