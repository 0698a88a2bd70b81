"""A client knows it talks to one of BadgeDesk's simulators: every simulator answer says so in a
header no real platform sends, whatever address the simulator listens on."""

from __future__ import annotations

import httpx
import pytest

from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.platforms import registry
from badgedesk.platforms.base import SIMULATOR_HEADER, PlatformError


@pytest.mark.parametrize("spec", registry.simulated(), ids=lambda s: s.key)
def test_every_simulator_says_it_is_one_and_the_client_notes_it(spec):
    sim = spec.open_simulator()
    url = sim.start()
    try:
        client = spec.open(
            spec.simulator.token,
            base_url=url,
            fields=dict(spec.simulator.fields),
            limiter=SlidingWindowLimiter(1000, 0.01, 0.0),
        )
        with client:
            assert client.simulated is False  # nothing answered yet
            try:
                client.badge("1")  # found or not, the answer carries the header
            except PlatformError:
                pass
            assert client.simulated is True
    finally:
        sim.stop()


def test_a_platform_without_the_header_is_not_a_simulator():
    spec = registry.get("navigatr")
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(404, json={"detail": "Not found."})

    client = spec.open("a-token", base_url="http://127.0.0.1:9/v1", transport=httpx.MockTransport(handler))
    with client, pytest.raises(PlatformError):
        client.badge("1")
    assert seen and client.simulated is False  # even on this computer's own address

    def simulated(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"detail": "Not found."}, headers={SIMULATOR_HEADER: "1"})

    client = spec.open(
        "a-token", base_url="https://api.example.test/v1", transport=httpx.MockTransport(simulated)
    )
    with client, pytest.raises(PlatformError):
        client.badge("1")
    assert client.simulated is True
