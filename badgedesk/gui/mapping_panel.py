"""Which spreadsheet column holds which learner field: one drop-down per field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from badgedesk.core.validate import FIELDS, column_letter

REQUIRED = ("email",)  # plus first + last name, or a full name
COLUMNS_PER_ROW = 3


class MappingPanel(QWidget):
    mappingChanged = Signal(str, object)  # field, 0-based column index or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Column mapping"))
        # Mnemonics avoid the menu bar's (F, G, H) and the cohort page's own.
        labels = {
            "first_name": self.tr("F&irst name:"),
            "last_name": self.tr("&Last name:"),
            "full_name": self.tr("Full na&me:"),
            "email": self.tr("&Email:"),
            "consent": self.tr("&Consent:"),
            "score": self.tr("Sco&re:"),
            "evidence_text": self.tr("Evidence te&xt:"),
            "evidence_url": self.tr("E&vidence URL:"),
            "issue_date": self.tr("Issue &date:"),
        }
        names = {
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "full_name": self.tr("full name"),
            "email": self.tr("email"),
            "consent": self.tr("consent"),
            "score": self.tr("score"),
            "evidence_text": self.tr("evidence text"),
            "evidence_url": self.tr("evidence URL"),
            "issue_date": self.tr("issue date"),
        }
        tips = {
            "first_name": self.tr("Needed, with the last name, unless a full-name column is chosen."),
            "last_name": self.tr("Needed, with the first name, unless a full-name column is chosen."),
            "full_name": self.tr("A single column with the whole name, used when there are no name columns."),
            "email": self.tr("Needed: the badge is sent to this address."),
            "consent": self.tr("Yes / y / true / 1 / x / ✓ mean the learner agreed. Optional: you can tick."),
            "score": self.tr("Optional: a whole number 0-100, for badges with a minimum score."),
            "evidence_text": self.tr("Optional: up to 500 characters about what the learner did."),
            "evidence_url": self.tr("Optional: a link to the learner's work."),
            "issue_date": self.tr("Optional: the date the learner earned the badge."),
        }
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, fld in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{fld}")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=names[fld]))
            combo.setToolTip(tips[fld])
            combo.setAccessibleDescription(tips[fld])
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.activated.connect(lambda _=0, f=fld: self._chosen(f))
            label = QLabel(labels[fld])
            label.setBuddy(combo)
            row, col = divmod(position, COLUMNS_PER_ROW)
            layout.addWidget(label, row, 2 * col)
            layout.addWidget(combo, row, 2 * col + 1)
            layout.setColumnStretch(2 * col + 1, 1)
            self.combos[fld] = combo
            self.labels[fld] = label
        for first, second in zip(FIELDS, FIELDS[1:], strict=False):
            QWidget.setTabOrder(self.combos[first], self.combos[second])

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

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() is not None}

    def first_widget(self) -> QWidget:
        return self.combos[FIELDS[0]]

    def last_widget(self) -> QWidget:
        return self.combos[FIELDS[-1]]

    def _chosen(self, fld: str) -> None:
        self.mappingChanged.emit(fld, self.combos[fld].currentData())
