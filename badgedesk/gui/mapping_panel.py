"""Which spreadsheet column holds which learner field: one drop-down per field.

The fields the connection's platform uses are offered (``set_platform``): the key it knows a
learner by (an email, or an ID such as a peer mentor ID), and the optional values it can carry
(score, evidence, an expiry date, a note). A field the platform ignores is hidden unless the
file maps it, so a mapping is never chosen where it cannot be seen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from badgedesk.core.validate import FIELDS, column_letter
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity
from badgedesk.platforms.registry import Capabilities

REQUIRED = ("email",)  # plus first + last name, or a full name (the platform's key field, in general)
COLUMNS_PER_ROW = 3


def _e_mnemonic(text: str) -> str:
    at = text.lower().find("e")
    return text if at < 0 else text[:at] + "&" + text[at:]


class MappingPanel(QWidget):
    mappingChanged = Signal(str, object)  # field, 0-based column index or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Column mapping"))
        # Mnemonics avoid the menu bar's (F, G, H) and the cohort page's own; no letter is left for the
        # optional fields that only some platforms use, so those are reached with Tab.
        self._labels = {
            "first_name": self.tr("F&irst name:"),
            "last_name": self.tr("&Last name:"),
            "full_name": self.tr("Full na&me:"),
            "email": self.tr("&Email:"),
            "consent": self.tr("&Consent:"),
            "score": self.tr("Sco&re:"),
            "evidence_text": self.tr("Evidence te&xt:"),
            "evidence_url": self.tr("E&vidence URL:"),
            "issue_date": self.tr("Issue &date:"),
            "recipient_id": self.tr("Recipient ID:"),
            "expires": self.tr("Expires:"),
            "note": self.tr("Note:"),
            "locale": self.tr("Language:"),
        }
        self._names = {
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "full_name": self.tr("full name"),
            "email": self.tr("email"),
            "consent": self.tr("consent"),
            "score": self.tr("score"),
            "evidence_text": self.tr("evidence text"),
            "evidence_url": self.tr("evidence URL"),
            "issue_date": self.tr("issue date"),
            "recipient_id": self.tr("recipient ID"),
            "expires": self.tr("expiry date"),
            "note": self.tr("note"),
            "locale": self.tr("language"),
        }
        self._tips = {
            "first_name": self.tr("Needed, with the last name, unless a full-name column is chosen."),
            "last_name": self.tr("Needed, with the first name, unless a full-name column is chosen."),
            "full_name": self.tr("A single column with the whole name, used when there are no name columns."),
            "email": self.tr("Needed: the badge is sent to this address."),
            "consent": self.tr("Yes / y / true / 1 / x / ✓ mean the learner agreed. Optional: you can tick."),
            "score": self.tr("Optional: a whole number 0-100, for badges with a minimum score."),
            "evidence_text": self.tr("Optional: up to 500 characters about what the learner did."),
            "evidence_url": self.tr("Optional: a link to the learner's work."),
            "issue_date": self.tr("Optional: the date the learner earned the badge."),
            "recipient_id": self.tr("The learner's ID on the platform."),
            "expires": self.tr("Optional: the date each learner's badge expires (YYYY-MM-DD)."),
            "note": self.tr("Optional: a note sent with each learner's badge."),
            "locale": self.tr(
                "Optional: the language of the platform's email to the learner, e.g. en or fr."
            ),
        }
        self.identity: Identity = EMAIL_IDENTITY
        self.relevant: set[str] = set(FIELDS)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for fld in FIELDS:
            combo = QComboBox(self)  # a child even while hidden (not in the grid)
            combo.setObjectName(f"map_{fld}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.activated.connect(lambda _=0, f=fld: self._chosen(f))
            label = QLabel(self._labels[fld], self)
            label.setBuddy(combo)
            self.combos[fld] = combo
            self.labels[fld] = label
        self.set_platform(EMAIL_IDENTITY, None)
        for first, second in zip(FIELDS, FIELDS[1:], strict=False):
            QWidget.setTabOrder(self.combos[first], self.combos[second])

    # -- the platform ----------------------------------------------------------------------------

    def set_platform(self, identity: Identity, capabilities: Capabilities | None) -> None:
        """Offer the fields this platform uses, and name the one it keys learners on."""
        caps = capabilities
        self.identity = identity
        relevant = set(FIELDS)
        if identity.uses_email and not (caps is not None and caps.earner_id):
            relevant.discard("recipient_id")
        if caps is not None:
            for fld, used in (
                ("locale", caps.locale),
                ("score", caps.min_score),
                ("evidence_text", caps.evidence),
                ("evidence_url", caps.evidence),
                ("expires", caps.expires),
                ("note", caps.note),
            ):
                if not used:
                    relevant.discard(fld)
        self.relevant = relevant
        for fld in FIELDS:
            combo, label = self.combos[fld], self.labels[fld]
            name, tip, text = self._names[fld], self._tips[fld], self._labels[fld]
            if fld == identity.field:
                name = identity.label if not identity.uses_email else name
                tip = self.tr("Needed: the platform knows each learner by their {key}.").format(
                    key=identity.label.lower() if identity.uses_email else identity.label
                )
                if not identity.uses_email:  # the key takes the E mnemonic from the email, if it has an E
                    text = _e_mnemonic(self.tr("{key}:").format(key=identity.label))
            elif fld == "email" and not identity.uses_email:
                tip = self.tr("Optional here: this platform knows learners by their {key}.").format(
                    key=identity.label
                )
                text = text.replace("&", "")
            label.setText(text)
            combo.setAccessibleName(self.tr("Column for {field}").format(field=name))
            combo.setToolTip(tip)
            combo.setAccessibleDescription(tip)
        self._lay_out()

    def _shown(self, fld: str) -> bool:
        return fld in self.relevant or self.combos[fld].currentData() is not None

    def _lay_out(self) -> None:
        for fld in FIELDS:
            self.grid.removeWidget(self.labels[fld])
            self.grid.removeWidget(self.combos[fld])
        position = 0
        for fld in FIELDS:
            shown = self._shown(fld)
            self.labels[fld].setVisible(shown)
            self.combos[fld].setVisible(shown)
            if not shown:
                continue
            row, col = divmod(position, COLUMNS_PER_ROW)
            self.grid.addWidget(self.labels[fld], row, 2 * col)
            self.grid.addWidget(self.combos[fld], row, 2 * col + 1)
            self.grid.setColumnStretch(2 * col + 1, 1)
            position += 1

    # -- the columns -----------------------------------------------------------------------------

    def set_columns(self, headers: list[str], mapping: dict[str, int]) -> None:
        """Offer ``headers`` in every drop-down and show ``mapping`` (field -> column), without signalling."""
        for fld, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for index, header in enumerate(headers):
                text = header or self.tr("(no header)")
                combo.addItem(f"{column_letter(index)}: {text}", index)
            chosen = mapping.get(fld)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        self._lay_out()

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() is not None}

    def first_widget(self) -> QWidget:
        return self.combos[FIELDS[0]]

    def last_widget(self) -> QWidget:
        return self.combos[FIELDS[-1]]

    def _chosen(self, fld: str) -> None:
        self.mappingChanged.emit(fld, self.combos[fld].currentData())
