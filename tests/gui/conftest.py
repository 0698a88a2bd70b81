"""GUI test fixtures: offscreen Qt, an in-memory keychain, a private settings file, the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from badgedesk.core.connections import Connection
from badgedesk.gui.settings import Settings
from badgedesk.gui.state import AppState
from badgedesk.platforms import navigatr_sim as simmod
from tests.memory_keyring import use_memory_keyring


@pytest.fixture
def keychain():
    import keyring

    previous = keyring.get_keyring()
    backend = use_memory_keyring()
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="module")
def sim():
    with simmod.NavigatrSimulator(rate_limit=(5, 0.2)) as server:
        yield server


@pytest.fixture
def state(qapp, keychain, settings):
    s = AppState(settings=settings)
    yield s
    s.close()


@pytest.fixture
def connected(state, sim):
    """The state with a saved connection to the simulator (the state's limiter is scaled to its window)."""
    from badgedesk.core.ratelimit import SlidingWindowLimiter

    conn = state.connections.add(
        Connection(name="Simulator", environment="production", base_url=sim.base_url, timeout=5),
        simmod.DEMO_TOKEN,
        state.secrets,
    )
    state.limiter_for(simmod.DEMO_TOKEN)  # create, then scale it down to the simulator's window
    state._limiters = {k: SlidingWindowLimiter(5, 0.2, 0.03) for k in state._limiters}
    state.set_connection(conn)
    return state
