"""What the Cohort page found in a learner list, beside the column mapping.

- which header was taken as consent, and how: a column named for it, or the answers to a question
  ("I consent to …", from a Forms export);
- where the email came from when it was not a plain Email column (the buyer's, or a header that
  holds an address);
- for dates that could be read either way (03/04/2025), a day-first / month-first choice. Nothing is
  guessed: until one is chosen, those dates are not used. Choosing emits :attr:`dateOrderChosen`;
  the page checks every row again off the window thread.

Plain data in (:class:`~badgedesk.core.validate.Cohort`), plain signals out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from badgedesk.core.validate import Cohort, column_letter

ORDERS = ("dmy", "mdy")
# Codes of the cohort notes this panel shows in its own words (the page leaves them out of its notes).
# (date_order_shown, the order a column's own dates show, stays a note of the page.)
SHOWN_HERE = ("consent_column_from_question", "buyer_email_used", "date_order_needed")


class CohortFindings(QWidget):
    dateOrderChosen = Signal(str)  # "dmy" or "mdy"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.found_label = QLabel()
        self.found_label.setObjectName("cohortFound")
        self.found_label.setAccessibleName(self.tr("How the columns were found"))
        self.found_label.setWordWrap(True)
        self.found_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found_label.hide()
        layout.addWidget(self.found_label)
        self.dates_label = QLabel()
        self.dates_label.setObjectName("cohortDates")
        self.dates_label.setWordWrap(True)
        self.date_combo = QComboBox()
        self.date_combo.setObjectName("dateOrder")
        self.date_combo.setAccessibleName(self.tr("Date order"))
        self.date_combo.setToolTip(
            self.tr("How to read dates like 03/04/2025 in this file: day first or month first.")
        )
        self.date_combo.addItem(self.tr("Choose…"), None)
        self.date_combo.addItem(self.tr("Day first (31/12/2025)"), "dmy")
        self.date_combo.addItem(self.tr("Month first (12/31/2025)"), "mdy")
        self.date_combo.activated.connect(self._chosen)
        order_label = QLabel(self.tr("Date order:"))  # no mnemonic left free on the page; Tab reaches it
        order_label.setBuddy(self.date_combo)
        self.dates_row = QWidget()
        row = QHBoxLayout(self.dates_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dates_label, 1)
        row.addWidget(order_label)
        row.addWidget(self.date_combo)
        self.dates_row.hide()
        layout.addWidget(self.dates_row)

    def show_cohort(self, cohort: Cohort | None, date_order: str | None) -> None:
        """Show what ``cohort`` was found to hold (None: nothing)."""
        lines = self._found(cohort) if cohort is not None else []
        self.found_label.setText("\n".join(lines))
        self.found_label.setVisible(bool(lines))
        columns = (
            [c for c in cohort.date_columns if c.ambiguous and (c.needs_choice or c.chosen)] if cohort else []
        )
        self.date_combo.blockSignals(True)
        self.date_combo.setCurrentIndex(ORDERS.index(date_order) + 1 if date_order in ORDERS else 0)
        self.date_combo.blockSignals(False)
        if columns:
            texts = [
                self.tr(
                    "{count} date(s) in '{column}', such as {example}, could be day first ({dmy}) "
                    "or month first ({mdy})."
                ).format(
                    count=c.ambiguous,
                    column=c.column,
                    example=c.example,
                    dmy=c.readings.get("dmy", ""),
                    mdy=c.readings.get("mdy", ""),
                )
                for c in columns
            ]
            if any(c.needs_choice for c in columns):
                texts.append(self.tr("Choose the order: until then those rows get no badge."))
            self.dates_label.setText(" ".join(texts))
            self.date_combo.setAccessibleDescription(" ".join(texts))
        self.dates_row.setVisible(bool(columns))

    def _found(self, cohort: Cohort) -> list[str]:
        how, mapping, headers = cohort.mapped_by, cohort.mapping, cohort.table.headers
        lines = []
        header = cohort.consent_header
        if header is not None:
            letter = column_letter(mapping["consent"])
            if how.get("consent") == "question":
                text = self.tr(
                    "Consent: the answers to the question '{header}' (column {letter}). Choose another "
                    "Consent column under Column mapping if that is wrong."
                )
            else:
                text = self.tr("Consent: the column '{header}' (column {letter}).")
            lines.append(text.format(header=" ".join(header.split()), letter=letter))
        if "email" in mapping:
            email = " ".join(headers[mapping["email"]].split())
            letter = column_letter(mapping["email"])
            if how.get("email") == "buyer":
                lines.append(
                    self.tr(
                        "Email: the only email column is the buyer's, '{header}' (column {letter}); "
                        "badges go to those addresses. Add the attendees' own emails if the buyer is "
                        "not the learner."
                    ).format(header=email, letter=letter)
                )
            elif how.get("email") == "email_in_header":
                lines.append(
                    self.tr(
                        "Email: the column '{header}' (column {letter}), whose header names an email."
                    ).format(header=email, letter=letter)
                )
        return lines

    def _chosen(self, position: int) -> None:
        order = self.date_combo.itemData(position)
        if order in ORDERS:
            self.dateOrderChosen.emit(order)
