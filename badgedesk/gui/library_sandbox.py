"""The sandbox mark of the Badge step: which of a provider's badges rehearsal runs issue instead
of the real one. It is saved with the library (per connection and provider); in the demo the
simulator's sandbox badge starts out marked, once, so that unmarking it sticks."""

from __future__ import annotations

from PySide6.QtCore import QObject

from badgedesk.core.connections import Connection
from badgedesk.core.messages import InputError
from badgedesk.gui.badge_model import BadgeModel
from badgedesk.gui.state import AppState
from badgedesk.platforms.base import Badge, Provider


class SandboxMarks(QObject):
    """Keeps ``model``'s sandbox column and the state's sandbox badge in step with the saved mark."""

    def __init__(self, state: AppState, model: BadgeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = model
        self._demo_marked: set[tuple[str, str]] = set()  # demo sandbox badges marked this session

    def toggle(self, badge: Badge, connection: Connection, provider: Provider) -> str:
        """Mark ``badge`` as the provider's sandbox badge, or clear the mark if it has it; returns
        what to tell the user. Raises InputError when the mark cannot be saved."""
        unmark = self.model.sandbox_id == badge.id
        self.state.library.set_sandbox(connection.id, provider.id, None if unmark else badge.id)
        self.model.set_sandbox_id(None if unmark else badge.id)
        self.state.set_sandbox_badge(None if unmark else badge)
        if unmark:
            text = self.tr("'{name}' is no longer the sandbox badge of {provider}.")
        else:
            text = self.tr("'{name}' is now the sandbox badge of {provider}: rehearsal runs issue it.")
        return text.format(name=badge.name, provider=provider.name)

    def restore(self, provider: Provider | None) -> None:
        """Show the saved mark of ``provider``'s badges (just loaded into the model)."""
        connection = self.state.connection
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
