"""Pause the cyclic garbage collector while a learner list is read and checked. Never imports Qt.

Reading 100,000 rows makes some 700,000 objects that hold no reference cycles (strings, lists of
cells, learners); every few hundred allocations the collector would walk all of them again, which
cost more than the checks themselves. They are freed by reference counting either way.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside; re-enabled on the way out when it was enabled on the way in."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
