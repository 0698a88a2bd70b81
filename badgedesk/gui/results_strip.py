"""The Results step's summary strip and row detail.

The strip counts the run's learners in four groups (issued, needs review, failed, skipped); each
count is a button that filters the grid to its group. The row detail, under the grid, reads the
selected learner's outcome and the platform's full reason, so nothing depends on hovering, and
opens the learner's award on the platform where the platform gave its address.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from badgedesk.gui import colours, outcomes
from badgedesk.gui.a11y import live_label
from badgedesk.gui.results_model import detail, filter_count

GROUPS = ("issued", "needs_review", "failed", "skipped")
STYLE = {
    "issued": "issued",
    "needs_review": "needs_review",
    "failed": "failed",
    "skipped": "skipped_no_consent",
}


class SummaryStrip(QWidget):
    """``filterRequested(key)``: a count was clicked; ``key`` is a Results filter."""

    filterRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryStrip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key in GROUPS:
            button = QPushButton()
            button.setObjectName(f"count_{key}")
            button.setCheckable(True)
            button.setAutoExclusive(False)
            button.setToolTip(self.tr("Show only these learners; click again to show all."))
            colour = "{status_" + STYLE[key] + "}"
            colours.style(
                button,
                f"QPushButton{{{{border:1px solid {colour};border-radius:10px;padding:3px 10px;"
                f"color:{colour};font-weight:bold;}}}}"
                f"QPushButton:checked{{{{background:{colour};color:{{on_status}};}}}}",
            )
            button.clicked.connect(lambda checked, k=key: self._clicked(k, checked))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.show_counts({}, {})

    def _labels(self) -> dict[str, str]:
        return {
            "issued": self.tr("{n} issued"),
            "needs_review": self.tr("{n} need review"),
            "failed": self.tr("{n} failed"),
            "skipped": self.tr("{n} skipped"),
        }

    def show_counts(self, counts: dict[str, int], claims: dict[str, int]) -> None:
        labels = self._labels()
        for key, button in self.buttons.items():
            n = filter_count(key, counts, claims)
            symbol = outcomes.status_symbol(STYLE[key])
            button.setText(f"{symbol} " + labels[key].format(n=n))
            button.setAccessibleName(labels[key].format(n=n))
            button.setEnabled(n > 0 or button.isChecked())

    def show_filter(self, key: str) -> None:
        """Check the button of the shown group (none when another filter is shown)."""
        for k, button in self.buttons.items():
            button.setChecked(k == key)

    def _clicked(self, key: str, checked: bool) -> None:
        self.filterRequested.emit(key if checked else "all")


class RowDetail(QWidget):
    """The selected learner's outcome in full, and a way to their award on the platform."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = live_label(QLabel(), self.tr("Selected learner's outcome"))
        self.label.setObjectName("rowDetail")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open a&ward"))
        self.open_button.setAccessibleName(self.tr("Open the learner's award on the platform"))
        self.open_button.setToolTip(self.tr("Open the learner's award page in your browser."))
        self.open_button.clicked.connect(self.open_award)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        self.url = ""
        self.show_row(None)

    def show_row(self, data: dict[str, Any] | None) -> None:
        if data is None:
            self.label.setText(self.tr("Select a learner to read their outcome in full."))
            self.url = ""
        else:
            name = " ".join(p for p in (data.get("first_name"), data.get("last_name")) if p) or data.get(
                "email", ""
            )
            status = outcomes.status_label(data.get("status") or "")
            why = detail(data)
            text = self.tr("{name}: {status}").format(name=name, status=status)
            self.label.setText(f"{text} — {why}" if why else text)
            self.url = str(data.get("award_url") or "")
        self.open_button.setEnabled(bool(self.url))

    def open_award(self) -> bool:
        return bool(self.url) and QDesktopServices.openUrl(QUrl(self.url))
