"""Step 2: choose the badge from the provider's whole library, online or from the saved copy.

A platform with a providers level (Navigatr) lists the providers to choose from; on one without
(Credly) the account is the one provider and is picked by itself. Which badges can be issued,
and why not, is the platform's rule (the registry's ``badge_issuable``); the sandbox mark is
offered only where the platform has sandbox badges for rehearsals.

The providers and the chosen provider's badges (every page) are fetched in the background
and saved in the :class:`~badgedesk.core.library_cache.LibraryCache`. A saved copy is shown
at once while the fresh one loads, and is what the page falls back to with the network gone,
so a badge can still be chosen and a cohort checked offline. The page loads when it is first
shown after a connection change (``reload()`` loads at once).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.connections import Connection
from badgedesk.core.messages import InputError
from badgedesk.gui import localized
from badgedesk.gui.a11y import follow_selection, live_label, name_clear_button
from badgedesk.gui.badge_cards import attach_cards
from badgedesk.gui.badge_model import (
    BADGE_ROLE,
    COL_ID,
    COL_IMAGE,
    COL_MIN_SCORE,
    COL_NAME,
    COL_SANDBOX,
    COL_SOURCE,
    COL_STATUS,
    SORT_ROLE,
    BadgeModel,
)
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.grids import make_readable
from badgedesk.gui.state import AppState
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.gui.thumbnails import ThumbnailLoader
from badgedesk.gui.typed_badge import TypedBadgeBox
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


class LibraryPage(QWidget):
    """Step 2. ``completeChanged(bool)`` says whether a badge is chosen."""

    completeChanged = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._providers: list[Provider] = []
        self._tasks: dict[str, Task] = {}
        self._offline: TaskError | None = None  # the providers could not be fetched: use the saved copy
        self._cached_at: dt.datetime | None = None
        self._stale = True  # load when next shown
        self._demo_marked: set[tuple[str, str]] = set()  # demo sandbox badges marked this session

        self.thumbnails = ThumbnailLoader(state.library, self)
        self.model = BadgeModel(self.thumbnails, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(COL_NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self._build()
        self._connect()
        self._show_details()
        self._update_buttons()
        self._on_connection_changed()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:

        self.provider_label = provider_label = QLabel(self.tr("&Provider:"))
        self.provider_combo = QComboBox()
        self.provider_combo.setObjectName("providerCombo")
        self.provider_combo.setAccessibleName(self.tr("Provider"))
        self.provider_combo.setMinimumContentsLength(24)
        provider_label.setBuddy(self.provider_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the library from the platform"))
        self.refresh_button.setToolTip(self.tr("Fetch the providers and badges again"))

        self.notice = QLabel()
        self.notice.setObjectName("libraryNotice")
        live_label(self.notice, self.tr("Library notice"))
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        search_label = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setObjectName("badgeSearch")
        self.search.setAccessibleName(self.tr("Search badges by name"))
        self.search.setPlaceholderText(self.tr("Part of the badge's name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        search_label.setBuddy(self.search)
        self.count_label = QLabel()
        live_label(self.count_label, self.tr("Number of badges"))
        self.typed = TypedBadgeBox(self.state)

        self.view = QTableView()
        self.view.setObjectName("badgeTable")
        self.view.setAccessibleName(self.tr("Badges"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.view.setWordWrap(False)
        self.view.setIconSize(self.thumbnails.size)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.thumbnails.size.height() + 6)
        follow_selection(self.view)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        make_readable(
            self.view,
            self.state.settings,
            "badges",
            COL_NAME,
            {
                COL_IMAGE: self.thumbnails.size.width() + 12,
                COL_SANDBOX: 70,
                COL_STATUS: 110,
                COL_SOURCE: 90,
                COL_MIN_SCORE: 70,
                COL_ID: 70,
            },
            fixed=(COL_IMAGE,),
        )

        self.use_button = QPushButton(self.tr("&Use this badge"))
        self.use_button.setAccessibleName(self.tr("Use this badge and go to the cohort"))
        self.sandbox_button = QPushButton(self.tr("Mark as sand&box badge"))
        self.sandbox_button.setAccessibleName(self.tr("Mark as sandbox badge"))
        self.sandbox_button.setToolTip(
            self.tr("Rehearsal runs issue the provider's sandbox badge instead of the real one.")
        )

        self.details = QGroupBox(self.tr("Chosen badge"))
        self.details.setAccessibleName(self.tr("Chosen badge details"))
        self.detail_name = QLabel()
        live_label(self.detail_name, self.tr("Badge name"))
        self.detail_name.setWordWrap(True)
        self.detail_name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.detail_name.font()
        font.setBold(True)
        self.detail_name.setFont(font)
        self.detail_description = QLabel()
        live_label(self.detail_description, self.tr("Badge description"))
        self.detail_description.setWordWrap(True)
        self.detail_description.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_facts = QLabel()
        live_label(self.detail_facts, self.tr("Badge status, source and minimum score"))
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_sandbox = QLabel()
        live_label(self.detail_sandbox, self.tr("Sandbox badge"))
        self.detail_sandbox.setWordWrap(True)
        self.detail_link = QLabel()
        self.detail_link.setAccessibleName(self.tr("Link to the badge's page"))
        self.detail_link.setTextFormat(Qt.TextFormat.RichText)
        self.detail_link.setOpenExternalLinks(True)
        self.detail_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        for label in (self.detail_name, self.detail_description, self.detail_facts):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.details)
        for widget in (
            self.detail_name,
            self.detail_description,
            self.detail_facts,
            self.detail_sandbox,
            self.detail_link,
        ):
            box.addWidget(widget)
        box.addStretch(1)
        self.details.setMinimumWidth(260)

        top = QHBoxLayout()
        top.addWidget(provider_label)
        top.addWidget(self.provider_combo, 1)
        top.addWidget(self.refresh_button)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.sandbox_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.details, 1)
        attach_cards(self)
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.view)
        self.view_stack.addWidget(self.cards)
        search_row.addWidget(self.view_switch)
        middle = QHBoxLayout()
        middle.addWidget(self.view_stack, 3)
        middle.addLayout(side, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.typed)
        layout.addLayout(search_row)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        order = [
            self.provider_combo,
            self.refresh_button,
            self.typed.edit,
            self.typed.check_button,
            self.search,
            self.list_button,
            self.cards_button,
            self.view,
            self.cards,
            self.use_button,
            self.sandbox_button,
            self.detail_link,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self.show_cards(self.state.settings.last("library_view") == "cards", remember=False)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)

    def _connect(self) -> None:
        state = self.state
        state.connectionChanged.connect(self._on_connection_changed)
        state.badgeChanged.connect(self._on_badge_changed)
        state.sandboxChanged.connect(self._on_sandbox_changed)
        state.busyChanged.connect(self._on_busy)
        self.provider_combo.currentIndexChanged.connect(self._on_provider_index)
        self.refresh_button.clicked.connect(self.reload)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._choose_first_match)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.activated.connect(self._on_activated)
        self.use_button.clicked.connect(self.use_selected)
        self.typed.badgeFound.connect(self._typed_badge_found)
        self.sandbox_button.clicked.connect(self.toggle_sandbox)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

    # -- public ----------------------------------------------------------------------------

    def is_complete(self) -> bool:
        """A badge is chosen."""
        return self.state.badge is not None

    def loading(self) -> bool:
        """Providers or badges are being fetched."""
        return bool(self._tasks)

    def provider(self) -> Provider | None:
        index = self.provider_combo.currentIndex()
        return self._providers[index] if 0 <= index < len(self._providers) else None

    def selected_badge(self) -> Badge | None:
        # The cards select the name cell alone, the list the whole row: either way, that row's badge.
        picked = self.view.selectionModel().selectedIndexes()
        return picked[0].siblingAtColumn(COL_NAME).data(BADGE_ROLE) if picked else None

    def select_badge(self, badge_id: str | None, reveal: bool = True) -> bool:
        """Select (and so choose) an issuable badge by ID; False if it is not listed or cannot be issued.

        A badge hidden by the search is revealed by clearing the search, unless ``reveal`` is False.
        """
        row = self.model.row_of(badge_id)
        badge = self.model.badge_at(row) if row is not None else None
        if badge is None or not self.model.issuable(badge):
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        if not index.isValid():  # hidden by the search
            if not reveal:
                return False
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def reload(self) -> None:
        """Fetch the providers and the chosen provider's badges from the platform now."""
        self._offline = None
        self.thumbnails.retry_failed()
        self._stale = False
        self._load_providers()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def use_selected(self) -> None:
        """Choose the selected badge and go on to the cohort."""
        badge = self.selected_badge() or self.state.badge
        if badge is None or not self.model.issuable(badge):
            self.state.message.emit(self.tr("Select a badge first."))
            return
        if self.state.badge != badge:
            self.state.set_badge(badge)
        self.state.navigate.emit("cohort")

    def toggle_sandbox(self) -> None:
        """Mark the selected badge as the provider's sandbox badge, or clear the mark if it has it."""
        badge = self.selected_badge() or self.state.badge
        connection, provider, spec = self.state.connection, self.provider(), self.state.spec
        if badge is None or connection is None or provider is None:
            return
        if spec is not None and not spec.capabilities.sandbox_badge:
            return
        unmark = self.model.sandbox_id == badge.id
        try:
            self.state.library.set_sandbox(connection.id, provider.id, None if unmark else badge.id)
        except InputError as err:
            self._set_notice(err.message)
            return
        self.model.set_sandbox_id(None if unmark else badge.id)
        self.state.set_sandbox_badge(None if unmark else badge)
        if unmark:
            text = self.tr("'{name}' is no longer the sandbox badge of {provider}.")
        else:
            text = self.tr("'{name}' is now the sandbox badge of {provider}: rehearsal runs issue it.")
        self.state.message.emit(text.format(name=badge.name, provider=provider.name))

    def shutdown(self) -> None:
        """Stop background work (thumbnails and library loads); the page stays usable offline."""
        for task in self._tasks.values():
            task.cancelled = True
        self._tasks.clear()
        self.thumbnails.stop()

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.request_visible_thumbnails()
        if self._stale:
            self._stale = False
            self._load_providers()

    def _start(self, kind: str, fn: Any, *args: Any, on_done: Any, on_error: Any) -> None:
        previous = self._tasks.pop(kind, None)
        if previous is not None:
            previous.cancelled = True
        self._tasks[kind] = run_task(fn, *args, on_done=on_done, on_error=on_error)

    def _finish(self, kind: str) -> None:
        self._tasks.pop(kind, None)
        self._update_buttons()

    def _cancel(self, kind: str) -> None:
        task = self._tasks.pop(kind, None)
        if task is not None:
            task.cancelled = True

    def _on_connection_changed(self) -> None:
        self._cancel("providers")
        self._cancel("badges")
        self._offline = None
        self._cached_at = None
        self._providers = []
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        self.provider_combo.blockSignals(False)
        self.model.set_badges([])
        self.model.set_sandbox_id(None)
        self.typed.cancel()
        self.typed.offer(False)
        self._show_platform()
        connection = self.state.connection
        if connection is None:
            self._set_notice(self.tr("Choose or add a connection in step 1 (Connect) first."))
        else:
            self._set_notice("")
        self._stale = connection is not None
        if self._stale and self.isVisible():
            self._stale = False
            self._load_providers()
        self._update_buttons()

    def _show_platform(self) -> None:
        """Fit the page to the connection's platform: its providers level, sandbox badges, columns."""
        spec = self.state.spec
        self.model.set_spec(spec)
        caps = spec.capabilities if spec is not None else None
        providers = caps is None or caps.providers
        self.provider_label.setText(self.tr("&Provider:") if providers else self.tr("&Account:"))
        self.provider_combo.setAccessibleName(self.tr("Provider") if providers else self.tr("Account"))
        self.provider_combo.setToolTip(
            ""
            if providers
            else self.tr("This platform's account is the one that issues: it is chosen for you.")
        )
        sandbox = caps is None or caps.sandbox_badge
        self.sandbox_button.setVisible(sandbox)
        self.view.setColumnHidden(COL_SANDBOX, not sandbox)
        self.view.setColumnHidden(COL_MIN_SCORE, caps is not None and not caps.min_score)
        self.view.setColumnHidden(COL_SOURCE, caps is not None and not caps.badge_source)

    def _has_providers_level(self) -> bool:
        spec = self.state.spec
        return spec is None or spec.capabilities.providers

    def _load_providers(self) -> None:
        connection = self.state.connection
        if connection is None:
            return
        spec = self.state.spec
        if spec is None or not spec.available:
            reason = platform_text(spec.unavailable_reason) if spec is not None else ""
            self._set_notice(
                reason
                or self.tr("'{platform}' is not a platform this version of BadgeDesk knows.").format(
                    platform=connection.platform
                )
            )
            return
        self._set_notice(self.tr("Loading the providers of '{name}'…").format(name=connection.name))
        self._start(
            "providers",
            fetch_providers,
            self.state,
            connection,
            on_done=self._providers_loaded,
            on_error=self._providers_failed,
        )
        self._update_buttons()

    def _providers_loaded(self, result: tuple[str, list[Provider]]) -> None:
        self._finish("providers")
        connection_id, providers = result
        if self.state.connection is None or connection_id != self.state.connection.id:
            return
        self._offline = None
        self._fill_providers(providers)

    def _providers_failed(self, error: TaskError) -> None:
        self._finish("providers")
        connection = self.state.connection
        if connection is None:
            return
        cached = self.state.library.providers(connection.id)
        if not cached:
            self._set_notice(
                self.tr("The providers could not be loaded: {reason}").format(reason=error.message)
            )
            return
        self._offline = error
        self._set_notice(
            self.tr("Showing the saved providers; the platform did not answer: {reason}").format(
                reason=error.message
            )
        )
        self._fill_providers(cached)

    def _fill_providers(self, providers: list[Provider]) -> None:
        self._providers = list(providers)
        combo = self.provider_combo
        combo.blockSignals(True)
        combo.clear()
        for provider in self._providers:
            label = provider.name
            if provider.status and provider.status.casefold() != "active":
                label = self.tr("{name} ({status})").format(
                    name=provider.name, status=provider.status.lower()
                )
            combo.addItem(label, provider.id)
        wanted = self.state.provider.id if self.state.provider else self.state.settings.last("provider")
        index = combo.findData(wanted) if wanted else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if self._providers else -1))
        combo.blockSignals(False)
        # Without a providers level the account is the one provider: nothing to choose.
        combo.setEnabled(not self.state.busy and (self._has_providers_level() or len(self._providers) > 1))
        if not self._providers:
            self.model.set_badges([])
            self._set_notice(
                self.tr(
                    "This account cannot issue badges for any provider. Ask an administrator of your "
                    "provider on the platform to add you, or use another token."
                )
            )
            return
        self._on_provider_index(combo.currentIndex())

    def _on_provider_index(self, index: int) -> None:
        if not 0 <= index < len(self._providers):
            return
        provider = self._providers[index]
        if self.state.provider != provider:
            self.state.set_provider(provider)
        badge = self.state.badge
        if badge is not None and provider.id not in badge.provider_ids:
            self.state.set_badge(None)
        self._load_badges(provider)

    def _load_badges(self, provider: Provider) -> None:
        connection = self.state.connection
        if connection is None:
            return
        self._cancel("badges")
        cached = self.state.library.load(connection.id, provider.id)
        self._cached_at = cached[1] if cached else None
        if cached:
            self._show_badges(cached[0])
        else:
            self.model.set_badges([])
        if self._offline is not None:
            self._show_failure(self._offline, provider)
            return
        if cached:
            self._set_notice(
                self.tr("Showing the copy saved {time}; checking {provider} for changes…").format(
                    time=saved_at(cached[1]), provider=provider.name
                )
            )
        else:
            self._set_notice(self.tr("Loading the badges of {provider}…").format(provider=provider.name))
        self._start(
            "badges",
            fetch_badges,
            self.state,
            connection,
            provider,
            list(self._providers),
            on_done=self._badges_loaded,
            on_error=self._badges_failed,
        )
        self._update_buttons()

    def _badges_loaded(self, result: tuple[str, str, list[Badge], str, bool]) -> None:
        self._finish("badges")
        connection_id, provider_id, badges, warning, partial = result
        provider = self.provider()
        connection = self.state.connection
        if (
            connection is None
            or connection.id != connection_id
            or provider is None
            or provider.id != provider_id
        ):
            return
        self._cached_at = None
        self._show_badges(badges)
        self._set_notice(warning)
        self.typed.offer(partial, badges[0].id if badges else "")
        if not badges:
            self._set_notice(self.tr("{provider} has no badges yet.").format(provider=provider.name))

    def _badges_failed(self, error: TaskError) -> None:
        self._finish("badges")
        provider = self.provider()
        if provider is not None:
            self._show_failure(error, provider)

    def _show_failure(self, error: TaskError, provider: Provider) -> None:
        if self._cached_at is None:
            self._set_notice(
                self.tr(
                    "The badges of {provider} could not be loaded, and no copy is saved: {reason}"
                ).format(provider=provider.name, reason=error.message)
            )
            return
        if error.kind in NETWORK_KINDS:
            text = self.tr("Offline: showing the copy saved {time}. {reason}")
        else:
            text = self.tr("Showing the copy saved {time}; the library could not be updated: {reason}")
        self._set_notice(text.format(time=saved_at(self._cached_at), reason=error.message))

    def _show_badges(self, badges: list[Badge]) -> None:
        keep = self.selected_badge()
        wanted = (
            keep.id
            if keep
            else (self.state.badge.id if self.state.badge else self.state.settings.last("badge"))
        )
        self.model.set_badges(badges)
        self._restore_sandbox()
        if wanted:
            self.select_badge(wanted, reveal=False)  # a background refresh never clears the search
        self._update_count()
        self._update_buttons()

    def _restore_sandbox(self) -> None:
        connection, provider = self.state.connection, self.provider()
        if connection is None or provider is None:
            return
        marked = self.state.library.sandbox(connection.id, provider.id)
        if marked is None:
            marked = self._demo_sandbox(connection, provider)
        badge = self.model.badge_by_id(marked)
        self.model.set_sandbox_id(badge.id if badge else None)
        usable = badge if badge is not None and self.model.issuable(badge) else None
        if self.state.sandbox_badge != usable:
            self.state.set_sandbox_badge(usable)

    def _demo_sandbox(self, connection: Connection, provider: Provider) -> str | None:
        """In the demo, the simulator's sandbox badge starts out marked (once: unmarking it sticks)."""
        spec = self.state.spec
        wanted = spec.simulator.sandbox_badge if spec is not None and spec.simulator is not None else ""
        if not wanted or not self.state.simulated(connection) or self.model.badge_by_id(wanted) is None:
            return None
        if (connection.id, provider.id) in self._demo_marked:
            return None
        self._demo_marked.add((connection.id, provider.id))
        try:
            self.state.library.set_sandbox(connection.id, provider.id, wanted)
        except InputError:
            return None
        return wanted

    # -- reactions -------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _choose_first_match(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, COL_NAME)
            if self.model.issuable(index.data(BADGE_ROLE)):
                self.select_badge(index.data(BADGE_ROLE).id)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        badge = self.selected_badge()
        if badge is not None and self.model.issuable(badge) and self.state.badge != badge:
            self.state.set_badge(badge)
        self._show_details()
        self._update_buttons()

    def _typed_badge_found(self, badge: Badge) -> None:
        """A badge typed by its ID checked out: list it (if it is not) and choose it."""
        provider = self.provider()
        if provider is not None and provider.id not in badge.provider_ids:
            badge = dataclasses.replace(badge, provider_ids=(*badge.provider_ids, provider.id))
        self.model.add_badge(badge)
        if not self.select_badge(badge.id):
            _ok, _code, reason = self.model.verdict(badge)
            self.typed.result.setText(reason)

    def _on_activated(self, index: QModelIndex) -> None:
        badge = index.data(BADGE_ROLE)
        if isinstance(badge, Badge) and self.model.issuable(badge):
            if self.state.badge != badge:
                self.state.set_badge(badge)
            self.state.navigate.emit("cohort")

    def _on_badge_changed(self) -> None:
        self._show_details()
        self._update_buttons()
        self.completeChanged.emit(self.is_complete())

    def _on_sandbox_changed(self) -> None:
        sandbox = self.state.sandbox_badge
        if sandbox is not None and self.model.badge_by_id(sandbox.id) is not None:
            self.model.set_sandbox_id(sandbox.id)
        self._show_details()
        self._update_buttons()

    def _on_busy(self, busy: bool) -> None:
        for widget in (
            self.provider_combo,
            self.refresh_button,
            self.view,
            self.cards,
            self.use_button,
            self.sandbox_button,
        ):
            widget.setEnabled(not busy)
        self.typed.setEnabled(not busy)
        if not busy:
            self.provider_combo.setEnabled(self._has_providers_level() or len(self._providers) > 1)
            self._update_buttons()

    # -- display ---------------------------------------------------------------------------

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        blocked = self.model.blocked_count()
        if total == 0:
            text = ""
        elif shown == total:
            text = self.tr("{total} badges ({blocked} cannot be issued)").format(
                total=localized.number(total), blocked=localized.number(blocked)
            )
        else:
            text = self.tr("Showing {shown} of {total} badges").format(
                shown=localized.number(shown), total=localized.number(total)
            )
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        if self.state.busy:
            return
        badge = self.selected_badge() or self.state.badge
        usable = badge is not None and self.model.issuable(badge)
        self.use_button.setEnabled(usable)
        self.sandbox_button.setEnabled(usable and self.provider() is not None)
        if badge is not None and self.model.sandbox_id == badge.id:
            self.sandbox_button.setText(self.tr("Clear sand&box mark"))
            self.sandbox_button.setAccessibleName(self.tr("Clear the sandbox mark"))
        else:
            self.sandbox_button.setText(self.tr("Mark as sand&box badge"))
            self.sandbox_button.setAccessibleName(self.tr("Mark as sandbox badge"))
        self.refresh_button.setEnabled(self.state.connection is not None)

    def _show_details(self) -> None:
        selected = self.selected_badge()
        badge = selected if selected is not None else self.state.badge
        if badge is None:
            self.detail_name.setText(self.tr("No badge chosen yet."))
            self.detail_description.setText(
                self.tr("Select a badge in the list. Greyed badges cannot be issued; their tooltip says why.")
            )
            self.detail_facts.clear()
            self.detail_sandbox.clear()
            self.detail_link.clear()
            return
        self.detail_name.setText(badge.name)
        self.detail_description.setText(badge.description)
        facts = [self.tr("Status: {status}").format(status=badge.status or self.tr("not given"))]
        spec = self.state.spec
        if spec is None or spec.capabilities.badge_source:
            facts.append(self.tr("Source: {source}").format(source=badge.source or self.tr("not given")))
        if badge.min_score is not None:
            facts.append(self.tr("Minimum score: {score}").format(score=badge.min_score))
        facts.append(self.tr("ID: {id}").format(id=badge.id))
        if not self.model.issuable(badge):
            _ok, _code, reason = self.model.verdict(badge)
            facts.insert(0, self.tr("Cannot be issued: {reason}").format(reason=reason))
        self.detail_facts.setText("\n".join(facts))
        sandbox = self.state.sandbox_badge
        self.detail_sandbox.setText(
            self.tr("This is the provider's sandbox badge (used for rehearsal runs).")
            if sandbox is not None and sandbox.id == badge.id
            else ""
        )
        if badge.url:
            self.detail_link.setText(
                '<a href="{url}">{text}</a>'.format(
                    url=html.escape(badge.url, quote=True), text=html.escape(self.tr("Open the badge's page"))
                )
            )
        else:
            self.detail_link.clear()
