"""Step 2: choose the badge from the provider's whole library, online or from the saved copy.

A platform with a providers level (Navigatr) lists the providers to choose from; on one without
(Credly) the account is the one provider and is picked by itself. Which badges can be issued,
and why not, is the platform's rule (the registry's ``badge_issuable``); the sandbox mark is
offered only where the platform has sandbox badges for rehearsals.

The page loads its library (:mod:`~badgedesk.gui.library_loading`, a saved copy first and
offline) when it is first shown after a connection change (``reload()`` loads at once). Its
parts: the search row (:mod:`~badgedesk.gui.badge_search`), the list
(:mod:`~badgedesk.gui.badge_table`) or cards (:mod:`~badgedesk.gui.badge_cards`), the detail
pane (:mod:`~badgedesk.gui.badge_details`), the sandbox mark
(:mod:`~badgedesk.gui.library_sandbox`) and the box for a badge typed by its ID
(:mod:`~badgedesk.gui.typed_badge`).
"""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.messages import InputError
from badgedesk.gui.a11y import live_label
from badgedesk.gui.badge_cards import attach_cards
from badgedesk.gui.badge_details import BadgeDetails
from badgedesk.gui.badge_model import (
    BADGE_ROLE,
    COL_MIN_SCORE,
    COL_NAME,
    COL_SANDBOX,
    COL_SOURCE,
    SORT_ROLE,
    BadgeModel,
)
from badgedesk.gui.badge_search import BadgeSearch
from badgedesk.gui.badge_table import BadgeTable
from badgedesk.gui.library_loading import LibraryLoader
from badgedesk.gui.library_sandbox import SandboxMarks
from badgedesk.gui.state import AppState
from badgedesk.gui.thumbnails import ThumbnailLoader
from badgedesk.gui.typed_badge import TypedBadgeBox
from badgedesk.platforms.base import Badge, Provider


class LibraryPage(QWidget):
    """Step 2. ``completeChanged(bool)`` says whether a badge is chosen."""

    completeChanged = Signal(bool)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._providers: list[Provider] = []
        self._stale = True  # load when next shown

        self.loader = LibraryLoader(state, self.provider, self)
        self.thumbnails = ThumbnailLoader(state.library, self)
        self.model = BadgeModel(self.thumbnails, self)
        self.sandbox_marks = SandboxMarks(state, self.model, self)
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

        self.search_bar = BadgeSearch(self.model, self.proxy)
        self.search, self.count_label = self.search_bar.edit, self.search_bar.count
        self.typed = TypedBadgeBox(self.state)

        self.view = BadgeTable(self.proxy, self.thumbnails, self.state.settings)

        self.use_button = QPushButton(self.tr("&Use this badge"))
        self.use_button.setAccessibleName(self.tr("Use this badge and go to the cohort"))
        self.sandbox_button = QPushButton(self.tr("Mark as sand&box badge"))
        self.sandbox_button.setAccessibleName(self.tr("Mark as sandbox badge"))
        self.sandbox_button.setToolTip(
            self.tr("Rehearsal runs issue the provider's sandbox badge instead of the real one.")
        )

        self.details = BadgeDetails()

        top = QHBoxLayout()
        top.addWidget(provider_label)
        top.addWidget(self.provider_combo, 1)
        top.addWidget(self.refresh_button)
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
        self.search_bar.layout().addWidget(self.view_switch)
        middle = QHBoxLayout()
        middle.addWidget(self.view_stack, 3)
        middle.addLayout(side, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.typed)
        layout.addWidget(self.search_bar)
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
            self.details.link,
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
        self.search.returnPressed.connect(self._choose_first_match)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.activated.connect(self._on_activated)
        self.use_button.clicked.connect(self.use_selected)
        self.typed.badgeFound.connect(self._typed_badge_found)
        self.sandbox_button.clicked.connect(self.toggle_sandbox)
        self.loader.notice.connect(self._set_notice)
        self.loader.changed.connect(self._update_buttons)
        self.loader.providersReady.connect(self._fill_providers)
        self.loader.savedBadges.connect(self._show_saved_badges)
        self.loader.badgesReady.connect(self._show_fresh_badges)

    # -- public ----------------------------------------------------------------------------

    def is_complete(self) -> bool:
        """A badge is chosen."""
        return self.state.badge is not None

    def loading(self) -> bool:
        """Providers or badges are being fetched."""
        return self.loader.loading()

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
        self.thumbnails.retry_failed()
        self._stale = False
        self.loader.reload()

    def focus_search(self) -> None:
        self.search_bar.focus()

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
        try:
            text = self.sandbox_marks.toggle(badge, connection, provider)
        except InputError as err:
            self._set_notice(err.message)
            return
        self.state.message.emit(text)

    def shutdown(self) -> None:
        """Stop background work (thumbnails and library loads); the page stays usable offline."""
        self.loader.stop()
        self.thumbnails.stop()

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.request_visible_thumbnails()
        if self._stale:
            self._stale = False
            self.loader.load_providers()

    def _on_connection_changed(self) -> None:
        self.loader.reset()
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
            self.loader.load_providers()
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
        self.loader.load_badges(provider, self._providers)

    def _show_saved_badges(self, badges: list[Badge] | None) -> None:
        if badges is None:
            self.model.set_badges([])
        else:
            self._show_badges(badges)

    def _show_fresh_badges(self, badges: list[Badge], partial: bool) -> None:
        self._show_badges(badges)
        self.typed.offer(partial, badges[0].id if badges else "")

    def _show_badges(self, badges: list[Badge]) -> None:
        keep = self.selected_badge()
        wanted = (
            keep.id
            if keep
            else (self.state.badge.id if self.state.badge else self.state.settings.last("badge"))
        )
        self.model.set_badges(badges)
        self.sandbox_marks.restore(self.provider())
        if wanted:
            self.select_badge(wanted, reveal=False)  # a background refresh never clears the search
        self.search_bar.update_count()
        self._update_buttons()

    # -- reactions -------------------------------------------------------------------------

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
        self.details.show_badge(badge, self.model, self.state.spec, self.state.sandbox_badge)
