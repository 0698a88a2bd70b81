"""What the window is working on, shared by every page, with a signal for each change.

Pages never talk to each other directly: they read and set the state here and listen to
its signals. It also owns the core services (journal, connections, token store, library
cache) and hands out platform clients that share one rate limiter per token.
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
from badgedesk.core.ratelimit import SlidingWindowLimiter
from badgedesk.core.secrets import SecretStore
from badgedesk.gui.settings import Settings
from badgedesk.platforms.base import Badge, Provider
from badgedesk.platforms.navigatr import NavigatrClient


class AppState(QObject):
    connectionChanged = Signal()
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
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.simulator_url = simulator_url
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
        self._limiters: dict[str, SlidingWindowLimiter] = {}
        self._lock = threading.Lock()

    # -- connection and clients ------------------------------------------------------------

    def set_connection(self, connection: Connection | None) -> None:
        self.connection = connection
        self.settings.set_last("connection", connection.id if connection else "")
        self.provider = None
        self.badge = None
        self.sandbox_badge = None
        self.connectionChanged.emit()
        self.providerChanged.emit()
        self.badgeChanged.emit()

    def token(self) -> str | None:
        return self.secrets.get(self.connection.id) if self.connection else None

    def limiter_for(self, token: str) -> SlidingWindowLimiter:
        """One limiter per token: library paging, checks and issuing share the platform's limit."""
        key = hashlib.sha256(token.strip().encode()).hexdigest()
        with self._lock:
            return self._limiters.setdefault(key, SlidingWindowLimiter())

    def client(self, connection: Connection | None = None, token: str | None = None) -> NavigatrClient:
        """A new client for the current (or given) connection. Close it when done (use ``with``)."""
        connection = connection or self.connection
        if connection is None:
            raise InputError("no_connection", "Choose or add a connection first (step 1, Connect).")
        token = token or self.secrets.get(connection.id)
        if not token:
            raise InputError(
                "token_missing",
                f"No token is stored for '{connection.name}'. Edit the connection and enter the token again.",
            )
        return NavigatrClient(
            token,
            environment=connection.environment,
            base_url=connection.base_url or None,
            timeout=connection.timeout,
            limiter=self.limiter_for(token),
        )

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
        """The journal's environment key for the current connection (as the client computes it)."""
        if self.connection is None:
            return ""
        from badgedesk.platforms.navigatr import resolve_base_url

        return resolve_base_url(self.connection.environment, self.connection.base_url or None)[1]

    def close(self) -> None:
        self.journal.close()
