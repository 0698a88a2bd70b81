"""The Badge step's detail pane: the chosen (or selected) badge's name, description, facts, sandbox
mark and a link to its page, all readable and selectable beside the list."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from badgedesk.gui.a11y import live_label
from badgedesk.gui.badge_model import BadgeModel
from badgedesk.platforms.base import Badge


class BadgeDetails(QGroupBox):
    """The "Chosen badge" box; :meth:`show_badge` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chosen badge"), parent)
        self.setAccessibleName(self.tr("Chosen badge details"))
        self.name = self._text_label(self.tr("Badge name"))
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.description = self._text_label(self.tr("Badge description"))
        self.facts = self._text_label(self.tr("Badge status, source and minimum score"))
        self.sandbox = QLabel()
        live_label(self.sandbox, self.tr("Sandbox badge"))
        self.sandbox.setWordWrap(True)
        self.link = QLabel()
        self.link.setAccessibleName(self.tr("Link to the badge's page"))
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        box = QVBoxLayout(self)
        for widget in (self.name, self.description, self.facts, self.sandbox, self.link):
            box.addWidget(widget)
        box.addStretch(1)
        self.setMinimumWidth(260)

    @staticmethod
    def _text_label(accessible_name: str) -> QLabel:
        label = QLabel()
        live_label(label, accessible_name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_badge(self, badge: Badge | None, model: BadgeModel, spec: Any, sandbox: Badge | None) -> None:
        """Show ``badge`` (None: say how to choose one); ``model`` says whether it can be issued,
        ``spec`` (the platform's) whether badges have a source, ``sandbox`` is the sandbox badge."""
        if badge is None:
            self.name.setText(self.tr("No badge chosen yet."))
            self.description.setText(
                self.tr("Select a badge in the list. Greyed badges cannot be issued; their tooltip says why.")
            )
            self.facts.clear()
            self.sandbox.clear()
            self.link.clear()
            return
        self.name.setText(badge.name)
        self.description.setText(badge.description)
        facts = [self.tr("Status: {status}").format(status=badge.status or self.tr("not given"))]
        if spec is None or spec.capabilities.badge_source:
            facts.append(self.tr("Source: {source}").format(source=badge.source or self.tr("not given")))
        if badge.min_score is not None:
            facts.append(self.tr("Minimum score: {score}").format(score=badge.min_score))
        facts.append(self.tr("ID: {id}").format(id=badge.id))
        if not model.issuable(badge):
            _ok, _code, reason = model.verdict(badge)
            facts.insert(0, self.tr("Cannot be issued: {reason}").format(reason=reason))
        self.facts.setText("\n".join(facts))
        self.sandbox.setText(
            self.tr("This is the provider's sandbox badge (used for rehearsal runs).")
            if sandbox is not None and sandbox.id == badge.id
            else ""
        )
        if badge.url:
            self.link.setText(
                '<a href="{url}">{text}</a>'.format(
                    url=html.escape(badge.url, quote=True), text=html.escape(self.tr("Open the badge's page"))
                )
            )
        else:
            self.link.clear()
