"""Loading the Badge step's library: a connection's providers and a provider's badges (every page),
fetched on the thread pool and saved in the :class:`~badgedesk.core.library_cache.LibraryCache`.

A saved copy is shown at once while the fresh one loads, and is what :class:`LibraryLoader` falls
back to with the network gone, so a badge can still be chosen offline. The loader says what it is
doing in ``notice``; the page shows what it hands over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal

from badgedesk.core.connections import Connection
from badgedesk.core.messages import InputError
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.state import AppState
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.platforms import base
from badgedesk.platforms.base import Badge, Provider

NETWORK_KINDS = (base.NOT_SENT, base.AMBIGUOUS)


# -- background work (runs on the thread pool) ------------------------------------------------


def fetch_providers(state: AppState, connection: Connection) -> tuple[str, list[Provider]]:
    with state.client(connection) as client:
        return connection.id, client.providers()


def fetch_badges(
    state: AppState, connection: Connection, provider: Provider, providers: list[Provider]
) -> tuple[str, str, list[Badge], str, bool]:
    """Every badge of the provider, saved for offline use; a failed save is a warning, not a failure.
    The last item says the list may be incomplete (pieced together from earlier awards)."""
    with state.client(connection) as client:
        badges = client.badges(provider.id)
        partial = bool(client.library_from_earned)
    warning = ""
    try:
        state.library.save(connection.id, provider.id, badges, providers)
    except InputError as err:
        warning = err.message
    return connection.id, provider.id, badges, warning, partial


def saved_at(stamp: dt.datetime) -> str:
    """A cache time in the user's locale and time zone."""
    when = QDateTime.fromSecsSinceEpoch(int(stamp.timestamp()))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class LibraryLoader(QObject):
    """Fetches the library of the state's connection; ``current_provider()`` is the page's choice.

    ``providersReady(list)``: the providers to offer (fresh, or the saved ones when the platform
    did not answer). ``savedBadges(object)``: the saved badges of the provider being loaded (None:
    nothing saved), shown while the fresh list loads. ``badgesReady(list, bool)``: the fresh badges
    and whether the list may be incomplete. ``notice(str)``: what to tell the user ("" for nothing).
    ``changed()``: a fetch started or ended.
    """

    providersReady = Signal(list)
    savedBadges = Signal(object)
    badgesReady = Signal(list, bool)
    notice = Signal(str)
    changed = Signal()

    def __init__(
        self, state: AppState, current_provider: Callable[[], Provider | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.current_provider = current_provider
        self._tasks: dict[str, Task] = {}
        self._offline: TaskError | None = None  # the providers could not be fetched: use the saved copy
        self._cached_at: dt.datetime | None = None

    def loading(self) -> bool:
        """Providers or badges are being fetched."""
        return bool(self._tasks)

    def reset(self) -> None:
        """Forget what was loaded and stop loading it (another connection)."""
        self._cancel("providers")
        self._cancel("badges")
        self._offline = None
        self._cached_at = None

    def reload(self) -> None:
        """Fetch the providers again, also after the platform did not answer."""
        self._offline = None
        self.load_providers()

    def stop(self) -> None:
        for task in self._tasks.values():
            task.cancelled = True
        self._tasks.clear()

    def _start(self, kind: str, fn: Any, *args: Any, on_done: Any, on_error: Any) -> None:
        previous = self._tasks.pop(kind, None)
        if previous is not None:
            previous.cancelled = True
        self._tasks[kind] = run_task(fn, *args, on_done=on_done, on_error=on_error)
        self.changed.emit()

    def _finish(self, kind: str) -> None:
        self._tasks.pop(kind, None)
        self.changed.emit()

    def _cancel(self, kind: str) -> None:
        task = self._tasks.pop(kind, None)
        if task is not None:
            task.cancelled = True

    # -- providers -------------------------------------------------------------------------

    def load_providers(self) -> None:
        connection = self.state.connection
        if connection is None:
            return
        spec = self.state.spec
        if spec is None or not spec.available:
            reason = platform_text(spec.unavailable_reason) if spec is not None else ""
            self.notice.emit(
                reason
                or self.tr("'{platform}' is not a platform this version of BadgeDesk knows.").format(
                    platform=connection.platform
                )
            )
            return
        self.notice.emit(self.tr("Loading the providers of '{name}'…").format(name=connection.name))
        self._start(
            "providers",
            fetch_providers,
            self.state,
            connection,
            on_done=self._providers_loaded,
            on_error=self._providers_failed,
        )

    def _providers_loaded(self, result: tuple[str, list[Provider]]) -> None:
        self._finish("providers")
        connection_id, providers = result
        if self.state.connection is None or connection_id != self.state.connection.id:
            return
        self._offline = None
        self.providersReady.emit(providers)

    def _providers_failed(self, error: TaskError) -> None:
        self._finish("providers")
        connection = self.state.connection
        if connection is None:
            return
        cached = self.state.library.providers(connection.id)
        if not cached:
            self.notice.emit(
                self.tr("The providers could not be loaded: {reason}").format(reason=error.message)
            )
            return
        self._offline = error
        self.notice.emit(
            self.tr("Showing the saved providers; the platform did not answer: {reason}").format(
                reason=error.message
            )
        )
        self.providersReady.emit(cached)

    # -- badges ----------------------------------------------------------------------------

    def load_badges(self, provider: Provider, providers: list[Provider]) -> None:
        """Show the saved badges of ``provider`` and fetch them afresh (not while offline)."""
        connection = self.state.connection
        if connection is None:
            return
        self._cancel("badges")
        cached = self.state.library.load(connection.id, provider.id)
        self._cached_at = cached[1] if cached else None
        self.savedBadges.emit(cached[0] if cached else None)
        if self._offline is not None:
            self._show_failure(self._offline, provider)
            return
        if cached:
            self.notice.emit(
                self.tr("Showing the copy saved {time}; checking {provider} for changes…").format(
                    time=saved_at(cached[1]), provider=provider.name
                )
            )
        else:
            self.notice.emit(self.tr("Loading the badges of {provider}…").format(provider=provider.name))
        self._start(
            "badges",
            fetch_badges,
            self.state,
            connection,
            provider,
            list(providers),
            on_done=self._badges_loaded,
            on_error=self._badges_failed,
        )

    def _badges_loaded(self, result: tuple[str, str, list[Badge], str, bool]) -> None:
        self._finish("badges")
        connection_id, provider_id, badges, warning, partial = result
        provider = self.current_provider()
        connection = self.state.connection
        if (
            connection is None
            or connection.id != connection_id
            or provider is None
            or provider.id != provider_id
        ):
            return
        self._cached_at = None
        self.badgesReady.emit(badges, partial)
        if not badges:
            warning = self.tr("{provider} has no badges yet.").format(provider=provider.name)
        self.notice.emit(warning)

    def _badges_failed(self, error: TaskError) -> None:
        self._finish("badges")
        provider = self.current_provider()
        if provider is not None:
            self._show_failure(error, provider)

    def _show_failure(self, error: TaskError, provider: Provider) -> None:
        if self._cached_at is None:
            self.notice.emit(
                self.tr(
                    "The badges of {provider} could not be loaded, and no copy is saved: {reason}"
                ).format(provider=provider.name, reason=error.message)
            )
            return
        if error.kind in NETWORK_KINDS:
            text = self.tr("Offline: showing the copy saved {time}. {reason}")
        else:
            text = self.tr("Showing the copy saved {time}; the library could not be updated: {reason}")
        self.notice.emit(text.format(time=saved_at(self._cached_at), reason=error.message))
