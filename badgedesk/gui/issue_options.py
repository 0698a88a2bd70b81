"""The Issue page's options for the whole run, offered by what the platform can do.

An issue date is always offered; an expiry date only where awards can carry one
(``capabilities.expires``), evidence where they can carry evidence, a note where they can carry a
note, and **Update existing badges** only where the platform can replace an award the learner
already holds (``capabilities.replace``, Credly's ``duplicate_behavior: replace``). That one is off
by default, is switched off again whenever the platform changes, and the page asks before a run
that uses it. A cohort column overrides the date, expiry, evidence and note per learner.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from badgedesk.core import plan
from badgedesk.core.messages import InputError
from badgedesk.platforms.base import Badge
from badgedesk.platforms.registry import PlatformSpec

DATE_FORMAT = "yyyy-MM-dd"


def _date_edit(name: str, when: QDate) -> QDateEdit:
    edit = QDateEdit(when)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setAccessibleName(name)
    edit.setEnabled(False)
    return edit


class RunOptionsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("For the whole run (a cohort column overrides these per learner)"))
        self.form = QFormLayout(self)
        self.use_date = QCheckBox(self.tr("Set an issue &date"))
        self.issue_date = _date_edit(self.tr("Issue date"), QDate.currentDate())
        self.use_date.toggled.connect(lambda on: self.issue_date.setEnabled(on and self.isEnabled()))
        self.use_expiry = QCheckBox(self.tr("Badges e&xpire on"))
        self.use_expiry.setAccessibleName(self.tr("Set an expiry date"))
        self.expiry_date = _date_edit(self.tr("Expiry date"), QDate.currentDate().addYears(1))
        self.use_expiry.toggled.connect(lambda on: self.expiry_date.setEnabled(on and self.isEnabled()))
        self.date_row = QWidget()
        dates = QHBoxLayout(self.date_row)
        dates.setContentsMargins(0, 0, 0, 0)
        for widget in (self.use_date, self.issue_date, self.use_expiry, self.expiry_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.form.addRow(self.date_row)
        self.evidence_url = QLineEdit()
        self.evidence_url.setAccessibleName(self.tr("Evidence URL"))
        self.form.addRow(self.tr("Evidence &URL:"), self.evidence_url)
        self.evidence_text = QLineEdit()
        self.evidence_text.setMaxLength(500)
        self.evidence_text.setAccessibleName(self.tr("Evidence text"))
        self.form.addRow(self.tr("Evidence &text:"), self.evidence_text)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Note with every award"))
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.replace_box = QCheckBox(
            self.tr("Update &existing badges (replace the badge a learner already holds)")
        )
        self.replace_box.setObjectName("replaceExisting")
        self.replace_box.setAccessibleName(self.tr("Update existing badges"))
        self.replace_box.setToolTip(
            self.tr(
                "Off: a learner who already holds the badge keeps it and is not sent again. On: the platform "
                "replaces their badge with the new one. BadgeDesk asks you to confirm before the run."
            )
        )
        self.form.addRow(self.replace_box)
        self.check_platform = QCheckBox(
            self.tr("Ask the platform whether each learner already has the badge (slower)")
        )
        self.form.addRow(self.check_platform)
        self.spec: PlatformSpec | None = None

    def set_spec(self, spec: PlatformSpec | None) -> None:
        """Offer what this platform's awards can carry. A platform change switches replacing off."""
        if spec is not self.spec:
            self.replace_box.setChecked(False)
        self.spec = spec
        caps = spec.capabilities if spec is not None else None
        self.use_expiry.setVisible(caps is not None and caps.expires)
        self.expiry_date.setVisible(caps is not None and caps.expires)
        evidence = caps is None or caps.evidence
        self.form.setRowVisible(self.evidence_url, evidence)
        self.form.setRowVisible(self.evidence_text, evidence)
        self.form.setRowVisible(self.note, caps is not None and caps.note)
        self.form.setRowVisible(self.replace_box, caps is not None and caps.replace)

    def set_running(self, running: bool) -> None:
        for widget in (
            self.use_date,
            self.use_expiry,
            self.evidence_url,
            self.evidence_text,
            self.note,
            self.replace_box,
            self.check_platform,
        ):
            widget.setEnabled(not running)
        self.issue_date.setEnabled(not running and self.use_date.isChecked())
        self.expiry_date.setEnabled(not running and self.use_expiry.isChecked())

    def confirm_replace(self, parent: QWidget, badge: Badge) -> bool:
        """The clear, separate confirmation "Update existing badges" needs (No is the default)."""
        answer = QMessageBox.question(
            parent,
            self.tr("Update existing badges?"),
            self.tr(
                "Update existing badges is on. Every learner in this run who already holds '{badge}' on "
                "{platform} has that badge REPLACED by the new one: the existing badge stops being theirs "
                "and the platform may email them again. Learners BadgeDesk already issued it to in an "
                "earlier run are still not sent again.\n\nReplace existing badges?"
            ).format(badge=badge.name, platform=self.spec.label if self.spec else self.tr("the platform")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def replacing(self) -> bool:
        caps = self.spec.capabilities if self.spec is not None else None
        return caps is not None and caps.replace and self.replace_box.isChecked()

    def run_options(self) -> plan.RunOptions:
        """The options as the run records them; raises InputError for a value that cannot be sent."""
        caps = self.spec.capabilities if self.spec is not None else None
        evidence = caps is None or caps.evidence
        expires = caps is not None and caps.expires and self.use_expiry.isChecked()
        options = plan.RunOptions(
            issue_date=self.issue_date.date().toString(DATE_FORMAT) if self.use_date.isChecked() else "",
            evidence_url=self.evidence_url.text().strip() if evidence else "",
            evidence_text=self.evidence_text.text().strip() if evidence else "",
            expires=self.expiry_date.date().toString(DATE_FORMAT) if expires else "",
            note=self.note.text().strip() if caps is not None and caps.note else "",
            replace_existing=self.replacing(),
        )
        if options.evidence_url and not options.evidence_url.startswith(("https://", "http://")):
            raise InputError(
                "evidence_url_invalid", self.tr("The evidence URL must be a web address (https://…).")
            )
        if options.expires and options.issue_date and options.expires <= options.issue_date:
            raise InputError(
                "expires_before_issue",
                self.tr("The expiry date {expires} must come after the issue date {issued}.").format(
                    expires=options.expires, issued=options.issue_date
                ),
            )
        if options.expires and options.expires <= QDate.currentDate().toString(DATE_FORMAT):
            raise InputError(
                "expires_in_past",
                self.tr("The expiry date {expires} has already come; choose a later one.").format(
                    expires=options.expires
                ),
            )
        return options
