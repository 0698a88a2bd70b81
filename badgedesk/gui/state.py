"""What the window is working on, shared by every page, with a signal for each change.

Pages never talk to each other directly: they read and set the state here and listen to
its signals. It also owns the core services (journal, connections, token store, library
cache) and hands out platform clients, built through the platform registry, that share one
rate limiter per token and platform.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from badgedesk import paths
from badgedesk.core.connections import Connection, ConnectionStore
from badgedesk.core.journal import Journal
from badgedesk.core.library_cache import LibraryCache
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Limiter
from badgedesk.core.secrets import SecretStore
from badgedesk.gui.settings import Settings
from badgedesk.platforms import registry
from badgedesk.platforms.base import Badge, Platform, Provider
from badgedesk.platforms.registry import PlatformSpec


class AppState(QObject):
    connectionChanged = Signal()
    connectionUpdated = Signal()  # the current connection's details changed (e.g. its token expiry was read)
    providerChanged = Signal()
    badgeChanged = Signal()
    sandboxChanged = Signal()
    cohortChanged = Signal()
    runChanged = Signal()
    runsChanged = Signal()
    rowsUpdated = Signal(list)  # batched row outcomes of the run being issued (journal-row-shaped dicts)
    busyChanged = Signal(bool)  # a run is being issued: pages that would change its inputs lock up
    message = Signal(str)  # a one-line notice for the status bar
    navigate = Signal(
        str
    )  # ask the window to show a page: "connect", "library", "cohort", "issue", "results"

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        simulator_url: str | None = None,
        secrets: SecretStore | None = None,
        simulators: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        # The demo's simulators: platform key -> base URL. ``simulator_url`` is the first one's.
        self.simulators: dict[str, str] = dict(simulators or {})
        self.simulator_url = simulator_url or next(iter(self.simulators.values()), None)
        self.journal = Journal(paths.journal_path())
        self.connections = ConnectionStore()
        self.secrets = secrets or SecretStore()
        self.library = LibraryCache()
        self.connection: Connection | None = None
        self.provider: Provider | None = None
        self.badge: Badge | None = None
        self.sandbox_badge: Badge | None = None
        self.sandbox = False
        self.cohort_draft: Any = None  # badgedesk.core.draft.CohortDraft
        self.run_id: int | None = None
        self.busy = False
        self._limiters: dict[tuple[str, str], Limiter] = {}
        self._limiter_made_for: dict[tuple[str, str], str] = {}  # the rate-limit override each was made for
        self._lock = threading.Lock()

    # -- connection and clients ------------------------------------------------------------

    @property
    def spec(self) -> PlatformSpec | None:
        """The current connection's platform (None without a connection, or for one BadgeDesk does not know)."""
        return spec_of(self.connection)

    def set_connection(self, connection: Connection | None) -> None:
        self.connection = connection
        self.settings.set_last("connection", connection.id if connection else "")
        self.provider = None
        self.badge = None
        self.sandbox_badge = None
        self.connectionChanged.emit()
        self.providerChanged.emit()
        self.badgeChanged.emit()

    def update_connection(self, connection: Connection) -> None:
        """The current connection, saved again with new details (same platform and account): keep the choices."""
        if self.connection is None or self.connection.id != connection.id:
            return
        self.connection = connection
        self.connectionUpdated.emit()

    def token(self) -> str | None:
        return self.secrets.get(self.connection.id) if self.connection else None

    def limiter_for(self, token: str, spec: PlatformSpec | None = None, rate_limit: str = "") -> Limiter:
        """One limiter per token and platform: library paging, checks and issuing share its limit.

        ``rate_limit`` is the connection's own limit ("5/2"); when it changes, the limiter is made anew.
        """
        spec = spec or registry.get(registry.DEFAULT)
        key = (spec.key, hashlib.sha256(token.strip().encode()).hexdigest())
        with self._lock:
            limiter = self._limiters.get(key)
            if limiter is None or self._limiter_made_for.get(key, "") != rate_limit:
                limiter = spec.new_limiter(rate_limit)
                self._limiters[key] = limiter
                self._limiter_made_for[key] = rate_limit
            return limiter

    def client(self, connection: Connection | None = None, token: str | None = None) -> Platform:
        """A new client for the current (or given) connection. Close it when done (use ``with``)."""
        connection = connection or self.connection
        if connection is None:
            raise InputError("no_connection", "Choose or add a connection first (step 1, Connect).")
        spec = connection.spec
        spec.require_available()
        token = token or self.secrets.get(connection.id)
        if not token:
            raise InputError(
                "token_missing",
                f"No token is stored for '{connection.name}'. Edit the connection and enter the token again.",
            )
        return spec.open(
            token,
            environment=connection.environment,
            base_url=connection.base_url or None,
            timeout=connection.timeout,
            fields=connection.fields,
            limiter=self.limiter_for(token, spec, connection.rate_limit),
        )

    def simulated(self, connection: Connection | None = None) -> str | None:
        """The platform key of the demo simulator this connection talks to, or None (a real platform)."""
        connection = connection or self.connection
        if connection is None or not connection.base_url:
            return None
        url = connection.base_url.rstrip("/")
        for key, sim in self.simulators.items():
            if sim.rstrip("/") == url:
                return key
        if self.simulator_url and self.simulator_url.rstrip("/") == url:
            return connection.platform
        return None

    # -- choices ---------------------------------------------------------------------------

    def set_provider(self, provider: Provider | None) -> None:
        self.provider = provider
        self.settings.set_last("provider", provider.id if provider else "")
        self.providerChanged.emit()

    def set_badge(self, badge: Badge | None) -> None:
        self.badge = badge
        self.settings.set_last("badge", badge.id if badge else "")
        self.badgeChanged.emit()

    def set_sandbox_badge(self, badge: Badge | None) -> None:
        self.sandbox_badge = badge
        self.sandboxChanged.emit()

    def set_sandbox(self, on: bool) -> None:
        self.sandbox = on
        self.sandboxChanged.emit()

    def set_cohort(self, draft: Any) -> None:
        self.cohort_draft = draft
        self.cohortChanged.emit()

    def set_run(self, run_id: int | None) -> None:
        self.run_id = run_id
        self.runChanged.emit()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busyChanged.emit(busy)

    def environment_key(self) -> str:
        """The journal's environment key for the current connection ('' without one, or with a bad address)."""
        if self.connection is None:
            return ""
        try:
            return self.connection.resolve()[1]
        except InputError:
            return ""

    def close(self) -> None:
        self.journal.close()


def spec_of(connection: Connection | None) -> PlatformSpec | None:
    """A connection's platform, or None (no connection, or a platform this version does not know)."""
    if connection is None:
        return None
    try:
        return connection.spec
    except InputError:
        return None
