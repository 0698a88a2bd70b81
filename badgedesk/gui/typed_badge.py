"""Choosing a badge by typing its ID, where the platform's own list may be incomplete.

A platform client that could only piece its library together from earlier awards says so
(``library_from_earned``, see :class:`~badgedesk.platforms.base.Platform`). The Badge step then shows
this box: it says that the list is what earlier awards name and that an ID can be typed, takes the
ID (or a pasted address, read by the registry's ``parse_badge_ref``), and checks it with the
client's ``badge(id)`` off the window thread. A badge found is offered through ``badgeFound``.
Nothing here names a platform: the words come from the registry (its label and ``badge_label``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from badgedesk.core.connections import Connection
from badgedesk.gui import colours
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.state import AppState
from badgedesk.gui.tasks import Task, TaskError, run_task
from badgedesk.platforms.base import Badge


def check_badge_id(state: AppState, connection: Connection, text: str) -> tuple[str, Badge]:
    """(connection ID, the badge) for a typed ID or address; raises InputError / PlatformError."""
    spec = state.spec
    badge_id = spec.parse_badge_ref(text) if spec is not None else text.strip()
    with state.client(connection) as client:
        return connection.id, client.badge(badge_id)


class TypedBadgeBox(QFrame):
    """ "Type an ID" for a library that may be incomplete. ``badgeFound(Badge)`` when one checks out."""

    badgeFound = Signal(object)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._task: Task | None = None
        self.setObjectName("typedBadge")
        self.setAccessibleName(self.tr("Type an ID"))
        colours.style(
            self,
            "QFrame#typedBadge{{background:{panel_bg};border:1px solid {panel_border};border-radius:4px;}}",
        )
        self.explanation = QLabel()
        self.explanation.setObjectName("typedBadgeExplanation")
        self.explanation.setAccessibleName(self.tr("Why an ID can be typed"))
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.label = QLabel(self.tr("&ID:"))
        self.edit = QLineEdit()
        self.edit.setObjectName("typedBadgeId")
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.check_button = QPushButton(self.tr("Chec&k and use"))
        self.check_button.setAccessibleName(self.tr("Check the typed ID and use it"))
        self.result = QLabel()
        self.result.setObjectName("typedBadgeResult")
        self.result.setAccessibleName(self.tr("Result of the check"))
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.edit.textChanged.connect(self._update)
        self.edit.returnPressed.connect(self.check)
        self.check_button.clicked.connect(self.check)
        self.hide()
        self._update()

    def offer(self, partial: bool, example: str = "") -> None:
        """Show the box when the platform's list is pieced together from earlier awards; else hide it."""
        spec = self.state.spec
        if not partial or spec is None:
            self.hide()
            return
        what = platform_text(spec.badge_label)
        self.explanation.setText(
            self.tr(
                "{platform} offers no list of its {what}s: the list shows the ones earlier awards name. "
                "Another {what} can be used by typing its ID here."
            ).format(platform=spec.label, what=what)
        )
        self.label.setText(self.tr("{what} &ID:").format(what=what[:1].upper() + what[1:]))
        self.edit.setAccessibleName(self.tr("{what} ID to use").format(what=what))
        self.edit.setPlaceholderText(self.tr("e.g. {example}").format(example=example) if example else "")
        self.show()

    def busy(self) -> bool:
        return self._task is not None

    def check(self) -> None:
        """Check the typed ID on the platform (off the window thread)."""
        text = self.edit.text().strip()
        connection = self.state.connection
        if not text or connection is None or self._task is not None:
            return
        self.result.setText(self.tr("Checking {id}…").format(id=text))
        self._task = run_task(
            check_badge_id, self.state, connection, text, on_done=self._checked, on_error=self._failed
        )
        self._update()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancelled = True
            self._task = None
        self.result.clear()
        self._update()

    def _checked(self, result: tuple[str, Badge]) -> None:
        self._task = None
        self._update()
        connection_id, badge = result
        if self.state.connection is None or self.state.connection.id != connection_id:
            return
        if badge.raw.get("typed"):
            text = self.tr("Not in the list; the platform checks {id} at the first award.")
        else:
            text = self.tr("Found: {name} ({id}).")
        self.result.setText(text.format(id=badge.id, name=badge.name))
        self.badgeFound.emit(badge)

    def _failed(self, error: TaskError) -> None:
        self._task = None
        self._update()
        self.result.setText(self.tr("Cannot use this ID: {reason}").format(reason=error.message))

    def _update(self) -> None:
        self.check_button.setEnabled(bool(self.edit.text().strip()) and self._task is None)
