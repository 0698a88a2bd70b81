"""Fixtures for platform tests: a live Navigatr simulator on 127.0.0.1.

``sim``: a started :class:`NavigatrSimulator` with the rate limit on but a short window
(5 requests per 0.2 s) and a fixed seed; override any constructor argument with
``@pytest.mark.sim(latency_ms=50, rate_limit=(5, 2.0), ...)``.
``make_sim(**kwargs)``: start more simulators; all are stopped after the test.
``sim_client``: an ``httpx.Client`` on ``sim.base_url`` carrying the demo token.
``make_client(**kwargs)``: an ``httpx.Client`` for plain http, closed after the test (it skips
loading CA certificates, which costs ~80 ms per client).
"""

from __future__ import annotations

import contextlib
import functools
import ssl
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from badgedesk.platforms.navigatr_sim import DEMO_TOKEN, NavigatrSimulator

T = TypeVar("T")
SIM_DEFAULTS: dict[str, Any] = {"rate_limit": (5, 0.2), "seed": 1234}
_PLAIN_HTTP = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, but trusts nothing: http:// only


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sim(**kwargs): NavigatrSimulator arguments for the `sim` fixture")


@contextlib.contextmanager
def _factory(create: Callable[..., T], cleanup: Callable[[T], object]) -> Iterator[Callable[..., T]]:
    """A ``make(**kwargs)`` function whose products are all cleaned up afterwards."""
    made: list[T] = []

    def make(**kwargs: Any) -> T:
        made.append(create(**kwargs))
        return made[-1]

    try:
        yield make
    finally:
        for obj in made:
            cleanup(obj)


def _started_sim(**kwargs: Any) -> NavigatrSimulator:
    sim = NavigatrSimulator(**{**SIM_DEFAULTS, **kwargs})
    sim.start()
    return sim


@pytest.fixture
def make_sim() -> Iterator[Callable[..., NavigatrSimulator]]:
    with _factory(_started_sim, NavigatrSimulator.stop) as make:
        yield make


@pytest.fixture
def sim(request: pytest.FixtureRequest, make_sim: Callable[..., NavigatrSimulator]) -> NavigatrSimulator:
    marker = request.node.get_closest_marker("sim")
    return make_sim(**(marker.kwargs if marker else {}))


@pytest.fixture
def make_client() -> Iterator[Callable[..., httpx.Client]]:
    with _factory(functools.partial(httpx.Client, verify=_PLAIN_HTTP), httpx.Client.close) as make:
        yield make


@pytest.fixture
def sim_client(sim: NavigatrSimulator, make_client: Callable[..., httpx.Client]) -> httpx.Client:
    return make_client(base_url=sim.base_url, headers={"X-Access-Token": DEMO_TOKEN}, timeout=5.0)
