"""The learner grid's model: one row per learner of a :class:`~badgedesk.core.draft.CohortDraft`.

Consent is a check box (Space or a click toggles it); names and email are edited in place, which
records a correction in the draft (the file is never written; with a ``fixer`` set, the page makes
it, off the window thread for a big cohort). Where the draft keys learners on an
ID (a platform that knows them by e.g. a peer mentor ID), the Email column shows that ID instead,
under the platform's name for it, as read from the file (trimmed); it is corrected in the file. Edits re-check the whole cohort,
then only the rows whose content changed are signalled with ``dataChanged``.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QIcon

from badgedesk.core.draft import CohortDraft, DraftRow
from badgedesk.core.messages import InputError
from badgedesk.gui import colours, icons
from badgedesk.gui.outcomes import status_colour, status_label, status_symbol

CONSENT, ROW, FIRST_NAME, LAST_NAME, EMAIL, CHECK, ISSUED, SCORE = range(8)
COLUMN_COUNT = 8  # SCORE is shown only while the chosen badge states a minimum score
EDITABLE = {FIRST_NAME: "first_name", LAST_NAME: "last_name", EMAIL: "email"}
# The learner field a row problem is about, to highlight the cell that needs attention.
PROBLEM_FIELD = {
    "first_name_missing": "first_name",
    "last_name_missing": "last_name",
    "email_missing": "email",
    "email_invalid": "email",
    "duplicate": "email",
}
KEY_PROBLEMS = ("recipient_id_missing", "duplicate")  # problems about an ID key
MAX_SIGNALS = 200  # more changed rows than this are signalled as one span

Index = QModelIndex | QPersistentModelIndex


def check_status(item: DraftRow) -> str:
    """The grid's one-word verdict for a learner (an outcomes status, or 'ready' / 'check_email')."""
    if item.status != "valid":
        return item.status
    if item.already_issued:
        return "already_issued"
    if not item.consent:
        return "skipped_no_consent"
    if item.suggestion:
        return "check_email"
    return "ready"


_STYLE_OF = {"ready": "pending", "check_email": "needs_review"}


def status_icon(status: str) -> QIcon:
    """A small coloured disc with the status symbol, so colour is never the only signal."""
    style = _STYLE_OF.get(status, status)
    return icons.status_disc(status_colour(style), status_symbol(style), inset=1, font_px=10)


_ROW_NUMBER = operator.attrgetter("row")


class CohortModel(QAbstractTableModel):
    fixFailed = Signal(str)  # an inline correction was refused: a one-line reason
    edited = Signal()  # consent or a correction changed through the grid

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._draft: CohortDraft | None = None
        self._rows: list[DraftRow] = []
        self._cohort: object = None  # the draft's cohort the rows were made from (same learners while it is)
        self._editable = True
        self._key_label = ""  # the ID the Email column shows instead ('' while keyed on the email)
        self._min_score: int | None = None  # the chosen badge's stated minimum score
        # Set by the page: corrections go to it (row, {field: value}), as they check every row again.
        self.fixer: Callable[[int, dict[str, str]], None] | None = None

    # ------------------------------------------------------------------ the draft

    @property
    def draft(self) -> CohortDraft | None:
        return self._draft

    def set_draft(self, draft: CohortDraft | None) -> None:
        self.beginResetModel()
        self._draft = draft
        self._rows = draft.rows() if draft is not None else []
        self._cohort = draft.cohort if draft is not None else None
        self._key_label = self._key_of(draft)
        self.endResetModel()

    @staticmethod
    def _key_of(draft: CohortDraft | None) -> str:
        identity = draft.identity if draft is not None else None
        return identity.label if identity is not None and not identity.uses_email else ""

    def rows_replaced(self, changed: list[int] | None = None) -> None:
        """The draft's rows were remade for the same learners (e.g. journal marks made off the window
        thread): dataChanged for the ``changed`` positions found there (None: the whole grid, the view
        repaints only what is in sight), with no comparison per row here."""
        draft = self._draft
        if draft is None or draft.cohort is not self._cohort or self._key_of(draft) != self._key_label:
            self.refresh()
            return
        self._rows = draft.rows()
        if changed is None:
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
            return
        self._signal_changed(changed)

    def adopt(self, draft: CohortDraft, changed: list[int]) -> None:
        """Show ``draft``, a changed copy of the draft shown with the same learners in the same order
        (made off the window thread): dataChanged for the ``changed`` positions only, found there; the
        view keeps its place and selection."""
        key = self._key_of(draft)
        self._draft, self._cohort = draft, draft.cohort
        self._rows = draft.rows()
        if key != self._key_label:  # the platform changed how it keys learners: every row's key shows
            self._key_label = key
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, EMAIL, EMAIL)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
            return
        self._signal_changed(changed)

    def refresh(self) -> None:
        """Show the draft's current rows: dataChanged for the rows that changed, a reset only when
        the set of learners itself changed."""
        new = self._draft.rows() if self._draft is not None else []
        cohort = self._draft.cohort if self._draft is not None else None
        same_learners = cohort is not None and cohort is self._cohort and len(new) == len(self._rows)
        self._cohort = cohort
        key = self._key_of(self._draft)
        if key != self._key_label:  # the platform changed how it keys learners
            self._key_label = key
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, EMAIL, EMAIL)
            if self._rows and (same_learners or [r.row for r in new] == [r.row for r in self._rows]):
                self._rows = new
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, COLUMN_COUNT - 1))
                return
        if not same_learners and [r.row for r in new] != [r.row for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        self._signal_changed(
            [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b and a != b]
        )

    def _one_row_changed(self, position: int) -> None:
        """Only the learner at ``position`` changed (a consent tick): take the draft's rows, in which
        only that one is new, and repaint it, without comparing every row (100,000 of them)."""
        new = self._draft.rows() if self._draft is not None else []
        if (
            len(new) != len(self._rows)
            or not 0 <= position < len(new)
            or new[position].row != self._rows[position].row
        ):
            self.refresh()  # not the change expected: find out what changed
            return
        self._rows = new
        self.dataChanged.emit(self.index(position, 0), self.index(position, COLUMN_COUNT - 1))

    def _signal_changed(self, changed: list[int]) -> None:
        """dataChanged for each run of consecutive positions in ``changed`` (ascending); one signal
        from the first to the last when there are many (e.g. every other learner ticked): the view
        repaints only the rows in sight either way, and thousands of signals would cost the window."""
        if len(changed) > MAX_SIGNALS:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], COLUMN_COUNT - 1))
            return
        start = None
        for position, i in enumerate(changed):
            if start is None:
                start = i
            if position + 1 == len(changed) or changed[position + 1] != i + 1:
                self.dataChanged.emit(self.index(start, 0), self.index(i, COLUMN_COUNT - 1))
                start = None

    def set_min_score(self, minimum: int | None) -> None:
        """The chosen badge's minimum score: rows below it are flagged before the run."""
        if minimum == self._min_score:
            return
        self._min_score = minimum
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, SCORE, SCORE)
        if self._rows:
            self.dataChanged.emit(self.index(0, CHECK), self.index(len(self._rows) - 1, SCORE))

    @property
    def min_score(self) -> int | None:
        return self._min_score

    def score(self, item: DraftRow) -> int | None:
        return self._draft.score(item.row) if self._draft is not None else None

    def below_minimum(self, item: DraftRow) -> bool:
        """The learner's score is under the badge's stated minimum (the platform would not issue)."""
        if self._min_score is None:
            return False
        score = self.score(item)
        return score is not None and score < self._min_score

    def set_editable(self, editable: bool) -> None:
        if editable != self._editable:
            self._editable = editable
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def is_editable(self) -> bool:
        return self._editable

    def draft_row(self, position: int) -> DraftRow | None:
        return self._rows[position] if 0 <= position < len(self._rows) else None

    def position_of(self, source_row: int) -> int:
        """The grid row showing source row ``source_row`` (-1 when none). The rows are in source-row
        order (the draft makes them so), so this is a bisection, not a walk over 100,000 rows."""
        rows = self._rows
        position = bisect.bisect_left(rows, source_row, key=_ROW_NUMBER)
        return position if position < len(rows) and rows[position].row == source_row else -1

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def _headers(self) -> list[str]:
        return [
            self.tr("Consent"),
            self.tr("Row"),
            self.tr("First name"),
            self.tr("Last name"),
            QCoreApplication.translate("Platforms", self._key_label) if self._key_label else self.tr("Email"),
            self.tr("Check"),
            self.tr("Already issued"),
            self.tr("Score"),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                CONSENT: self.tr("Tick when the learner agreed (Space toggles the selected row)."),
                ROW: self.tr("The row number in the spreadsheet."),
                EMAIL: self.tr("The ID the platform knows each learner by, as read from the file (trimmed).")
                if self._key_label
                else self.tr("Double-click (or F2) to correct an address; the file is not changed."),
                CHECK: self.tr("What will happen to this learner; the tooltip gives the reason."),
                ISSUED: self.tr("Earlier runs (journal) or the platform already hold this badge for them."),
                SCORE: self.tr("The learner's score; the badge asks for at least {n}.").format(
                    n=self._min_score
                ),
            }
            return tips.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() == CONSENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if (
            self._editable
            and index.column() in EDITABLE
            and not (index.column() == EMAIL and self._key_label)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Problem and correction backgrounds come in a light and a dark variant (colours.py), each
        # readable with the palette's own text colour.
        return self._data(index, role)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if column == CONSENT:
            return self._consent_data(item, role)
        if column == CHECK:
            return self._check_data(item, role)
        if column == ISSUED:
            return self._issued_data(item, role)
        if column == SCORE:
            return self._score_data(item, role)
        if column == ROW:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return str(item.row)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if column == EMAIL and self._key_label:
            return self._key_data(item, role)
        if column in EDITABLE:
            return self._field_data(item, EDITABLE[column], role)
        return None

    def _key_data(self, item: DraftRow, role: int) -> Any:
        """The learner's ID, where the platform keys learners on one (read-only: it comes from the file)."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.recipient_key
        problems = [p for p in item.problems if p.code in KEY_PROBLEMS]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.colour("problem_bg")) if problems else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [p.message for p in problems]
            lines.append(self.tr("The platform knows the learner by this ID; correct it in the file."))
            return "\n".join(lines)
        return None

    def _consent_data(self, item: DraftRow, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.consent else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Consent given") if item.consent else self.tr("No consent")
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.consent_source:
                return self.tr("Consent: {source}").format(source=item.consent_source)
            return self.tr("No consent recorded: tick the box once the learner has agreed.")
        return None

    def _field_data(self, item: DraftRow, fld: str, role: int) -> Any:
        value = getattr(item, fld)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return value
        problems = [p for p in item.problems if PROBLEM_FIELD.get(p.code) == fld]
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems or (fld == "email" and item.suggestion):
                return QBrush(colours.colour("problem_bg"))
            if fld in item.fixed:
                return QBrush(colours.colour("fixed_bg"))
            return None
        if role == Qt.ItemDataRole.FontRole and fld in item.fixed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [p.message for p in problems]
            if fld == "email" and item.suggestion:
                lines.append(self.tr("Did you mean {address}?").format(address=item.suggestion))
            if fld in item.fixed:
                lines.append(self.tr("Corrected here; the spreadsheet itself is unchanged."))
            lines.append(self.tr("Double-click or press F2 to correct it."))
            return "\n".join(lines)
        return None

    def _check_label(self, status: str) -> str:
        if status == "ready":
            return self.tr("Ready")
        if status == "check_email":
            return self.tr("Check email")
        return status_label(status)

    def _score_data(self, item: DraftRow, role: int) -> Any:
        score = self.score(item)
        below = self.below_minimum(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "" if score is None else str(score)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(colours.colour("problem_bg")) if below else None
        if role == Qt.ItemDataRole.ToolTipRole and below:
            return self._below_text()
        return None

    def _below_text(self) -> str:
        return self.tr(
            "Below the badge's minimum score ({n}): the platform will not issue it to this learner."
        ).format(n=self._min_score)

    def _check_data(self, item: DraftRow, role: int) -> Any:
        status = check_status(item)
        if status == "ready" and self.below_minimum(item):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Score too low")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._below_text()
            status = "needs_review"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._check_label(status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(status_colour(_STYLE_OF.get(status, status)))
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._check_tooltip(item, status)
        return None

    def _check_tooltip(self, item: DraftRow, status: str) -> str:
        lines = [p.message for p in item.problems]
        if item.suggestion:
            lines.append(
                self.tr(
                    "The address may be mistyped: did you mean {address}? Select the row and choose "
                    "Apply suggestion, or correct it by hand. A wrong address means the learner never "
                    "receives the claim email."
                ).format(address=item.suggestion)
            )
        if item.already_issued_run is not None:
            lines.append(
                self.tr(
                    "Run {run} already issued this badge to this learner; it will not be sent again."
                ).format(run=item.already_issued_run)
            )
        if item.on_platform:
            lines.append(self.tr("The platform already lists this badge for this learner."))
        if item.status == "valid" and not item.consent:
            lines.append(self.tr("No consent recorded: this learner will not be sent."))
        if not lines:
            lines.append(self.tr("Ready to issue."))
        return "\n".join(lines)

    def _issued_data(self, item: DraftRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = []
            if item.already_issued_run is not None:
                parts.append(self.tr("run {run}").format(run=item.already_issued_run))
            if item.on_platform:
                parts.append(self.tr("on platform"))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole and item.already_issued:
            return self._check_tooltip(item, "already_issued")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        draft = self._draft
        if (
            draft is None
            or not index.isValid()
            or not self._editable
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        item = self._rows[index.row()]
        column = index.column()
        try:
            if column == CONSENT and role == Qt.ItemDataRole.CheckStateRole:
                # Views pass a plain int (2), and 2 == Qt.CheckState.Checked is False in PySide6.
                state = Qt.CheckState(value.value if isinstance(value, Qt.CheckState) else int(value))
                draft.set_consent(item.row, state == Qt.CheckState.Checked)
                self._one_row_changed(index.row())
                self.edited.emit()
                return True
            elif column in EDITABLE and role == Qt.ItemDataRole.EditRole:
                text = "" if value is None else str(value)
                if text == getattr(item, EDITABLE[column]):
                    return True
                if self.fixer is not None:  # the page checks the cohort again (off the window thread)
                    self.fixer(item.row, {EDITABLE[column]: text})
                    return True
                draft.fix(item.row, **{EDITABLE[column]: text})
            else:
                return False
        except InputError as err:
            self.fixFailed.emit(err.message)
            return False
        self.refresh()
        self.edited.emit()
        return True
