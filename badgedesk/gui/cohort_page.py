"""Step 3, Cohort: open the learner list, check it, record consent and corrections.

Reading files, writing the template or a prepared cohort, journal queries and platform lookups
all run off the GUI thread (:func:`badgedesk.gui.tasks.run_task`). The page keeps one
:class:`~badgedesk.core.draft.CohortDraft` and publishes it to the shared state whenever it can
be issued from (an unusable draft is published as None). The draft keys learners the way the
connection's platform does (its recipient identity: an email, or an ID from the file), and is
checked again when the connection moves to a platform with another identity.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from badgedesk.core.cohort import MAX_SHEET_ROWS
from badgedesk.core.draft import CohortDraft
from badgedesk.core.prepared import SUFFIX, ChosenBadge, save_prepared
from badgedesk.core.template import write_template
from badgedesk.gui import colours
from badgedesk.gui.a11y import live_label
from badgedesk.gui.cohort_actions import CohortActions
from badgedesk.gui.cohort_findings import CohortFindings
from badgedesk.gui.cohort_loading import ReadJob, size_columns
from badgedesk.gui.cohort_model import EMAIL, SCORE, CohortModel
from badgedesk.gui.cohort_opening import SPREADSHEET_PATTERNS, CohortOpening
from badgedesk.gui.cohort_reading import CohortReading
from badgedesk.gui.cohort_texts import draft_error_text, draft_notes, summary
from badgedesk.gui.learner_grid import LearnerGrid
from badgedesk.gui.mapping_panel import MappingPanel
from badgedesk.gui.tasks import TaskError, run_task

PREPARED_PATTERN = f"*{SUFFIX}"
ERROR_STYLE = "color:{error};"  # colours.style templates: light or dark, as the palette is
NOTE_STYLE = "color:{warning};"


class _Progress(QObject):
    """Carries a background lookup's progress to the GUI thread (queued)."""

    advanced = Signal(int, int)


class CohortPage(CohortOpening, CohortActions, CohortReading, QWidget):
    draftChanged = Signal()  # a new draft, or the current one changed (consent, fixes, mapping, marks)
    completeChanged = Signal(bool)  # whether there is at least one learner who can be sent

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.draft: CohortDraft | None = None
        self._generation = 0  # newer reads make older answers void
        self._reading = False
        self._checking: threading.Event | None = None  # set to stop the platform check
        self._job: ReadJob | None = None  # the read in progress (its progress and Cancel)
        self._changing: list | None = None  # a change on a copy is under way: the changes asked meanwhile
        self._platform_marks = False  # the draft holds marks of a platform check
        self._complete = False
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._check_progress)
        self._build()
        state.badgeChanged.connect(self._badge_or_connection_changed)
        state.connectionChanged.connect(self._badge_or_connection_changed)
        state.runsChanged.connect(self._mark_issued)
        state.busyChanged.connect(self._update_enabled)
        state.cohortChanged.connect(self._state_cohort_changed)
        self._apply_identity()
        self._update_enabled()

    # ------------------------------------------------------------------ layout

    def _button(self, text: str, accessible: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.open_button = self._button(
            self.tr("&Open…"),
            self.tr("Open learner list"),
            self.tr("Open an .xlsx or .csv learner list, or a prepared cohort (Ctrl+O)."),
            self.choose_file,
        )
        self.template_button = self._button(
            self.tr("&New template…"),
            self.tr("New cohort template"),
            self.tr("Write an empty .xlsx with the expected columns, to fill in offline (Ctrl+N)."),
            self.new_template,
        )
        self.save_button = self._button(
            self.tr("&Save prepared…"),
            self.tr("Save prepared cohort"),
            self.tr("Save the mapping, consent and corrections to reopen later, offline (Ctrl+S)."),
            self.save_prepared,
        )
        # Each row layout joins the page's layout before it gets widgets, so the widgets' wrappers are
        # owned by the page (a layout without a parent would keep stale references once it is deleted).
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        layout.addLayout(tools)
        for button in (self.open_button, self.template_button, self.save_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.file_label = QLabel(self.tr("No learner list open."))
        live_label(self.file_label, self.tr("Learner list file"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Worksheet"))
        self.sheet_combo.setToolTip(self.tr("The worksheet that holds the learner list."))
        self.sheet_combo.setMinimumContentsLength(12)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        sheet_label = QLabel(self.tr("Shee&t:"))
        sheet_label.setBuddy(self.sheet_combo)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, MAX_SHEET_ROWS)
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setToolTip(
            self.tr("The spreadsheet row that holds the column names; rows above it are ignored.")
        )
        self.header_spin.valueChanged.connect(lambda _=0: self._header_timer.start())
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(300)
        self._header_timer.timeout.connect(self._header_row_chosen)
        header_label = QLabel(self.tr("Header ro&w:"))
        header_label.setBuddy(self.header_spin)
        self.cancel_read_button = self._button(
            self.tr("Cancel reading"),
            self.tr("Cancel reading"),
            self.tr("Stop reading this file; the learner list shown before stays as it was."),
            self.cancel_read,
        )
        self.cancel_read_button.hide()
        source = QHBoxLayout()
        layout.addLayout(source)
        source.addWidget(self.file_label, 1)
        source.addWidget(self.cancel_read_button)
        source.addWidget(sheet_label)
        source.addWidget(self.sheet_combo)
        source.addWidget(header_label)
        source.addWidget(self.header_spin)

        self.error_label = QLabel()
        self.error_label.setObjectName("cohortError")
        live_label(self.error_label, self.tr("Problem"))
        self.error_label.setWordWrap(True)
        colours.style(self.error_label, ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.notes_label = QLabel()
        live_label(self.notes_label, self.tr("Notes about the learner list"))
        self.notes_label.setWordWrap(True)
        colours.style(self.notes_label, NOTE_STYLE)
        self.notes_label.hide()

        self.mapping_panel = MappingPanel()
        self.mapping_panel.mappingChanged.connect(self._mapping_chosen)
        mapping_box = QGroupBox(self.tr("Column mapping"))
        mapping_box.setAccessibleName(self.tr("Column mapping"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_panel)
        self.findings = CohortFindings()  # which header is consent, how email was found, date order
        self.findings.dateOrderChosen.connect(self._date_order_chosen)
        mapping_layout.addWidget(self.findings)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("cohortSummary")
        live_label(self.summary_label, self.tr("Cohort summary"))
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.model = CohortModel(self)
        self.model.fixFailed.connect(self._show_error)
        self.model.edited.connect(self._draft_edited)
        self.model.fixer = self.fix_cell  # corrections check every row again: off the window thread
        self.grid = LearnerGrid()
        self.grid.setObjectName("learnerGrid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Learners"))
        self.grid.setAccessibleDescription(
            self.tr("Space ticks or unticks consent; F2 or a double-click corrects a name or email.")
        )
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.grid.verticalHeader().hide()
        self.grid.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.grid.setColumnHidden(SCORE, True)  # until a badge states a minimum score
        self.grid.horizontalHeader().setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        self.grid.selectionModel().currentRowChanged.connect(lambda *_: self._update_enabled())

        self.tick_button = self._button(
            self.tr("Tic&k all consent…"),
            self.tr("Tick all consent"),
            self.tr("Record your statement that every learner agreed (asks first)."),
            self.tick_all,
        )
        self.untick_button = self._button(
            self.tr("Untick &all"),
            self.tr("Untick all consent"),
            self.tr("Clear every learner's consent tick."),
            self.untick_all,
        )
        self.check_button = self._button(
            self.tr("Check against &platform"),
            self.tr("Check against platform"),
            self.tr("Ask the platform which learners already hold the chosen badge (needs a connection)."),
            self.check_platform,
        )
        self.suggest_button = self._button(
            self.tr("Appl&y suggestion"),
            self.tr("Apply email suggestion"),
            self.tr("Correct the selected learner's email to the suggested address."),
            self.apply_suggestion,
        )
        self.continue_button = self._button(
            self.tr("Contin&ue to Issue"),
            self.tr("Continue to Issue"),
            self.tr("Go to step 4 to issue the badge to the learners who are ready."),
            lambda: self.state.navigate.emit("issue"),
        )
        self.info_label = QLabel()
        live_label(self.info_label, self.tr("Status"))
        self.info_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(mapping_box)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.info_label)
        actions = QHBoxLayout()
        layout.addLayout(actions)
        for button in (self.tick_button, self.untick_button, self.check_button, self.suggest_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.continue_button)
        self.continue_button.hide()  # the window's Next button moves on, as on every step

        order = [
            self.open_button,
            self.template_button,
            self.save_button,
            self.sheet_combo,
            self.header_spin,
            *self.mapping_panel.combos.values(),
            self.grid,
            self.tick_button,
            self.untick_button,
            self.check_button,
            self.suggest_button,
            self.continue_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(order[order.index(self.grid) - 1], self.findings.date_combo)
        QWidget.setTabOrder(self.findings.date_combo, self.grid)

    # ------------------------------------------------------------------ public API

    def new_template(self) -> None:
        """Ask where, then write an empty cohort workbook to fill in offline."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New cohort template"),
            str(self._start_dir() / "cohort.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        self._begin(self.tr("Writing the template…"))
        run_task(write_template, path, on_done=self._template_written, on_error=self._task_failed)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open learner list"),
            str(self._start_dir()),
            ";;".join(
                (
                    self.tr("Learner lists and prepared cohorts ({patterns})").format(
                        patterns=f"{SPREADSHEET_PATTERNS} {PREPARED_PATTERN}"
                    ),
                    self.tr("Spreadsheets ({patterns})").format(patterns=SPREADSHEET_PATTERNS),
                    self.tr("Prepared cohorts ({patterns})").format(patterns=PREPARED_PATTERN),
                    self.tr("All files (*)"),
                )
            ),
        )
        if path:
            self.open_file(path)

    def save_prepared(self) -> None:
        """Ask where, then save the mapping, consent decisions and corrections."""
        draft = self.draft
        if draft is None or draft.cohort is None:
            self._show_error(self.tr("Open a learner list first; there is nothing to save yet."))
            return
        default = draft.prepared_path or draft.path.with_name(draft.path.stem + SUFFIX)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save prepared cohort"),
            str(default),
            self.tr("Prepared cohort ({patterns})").format(patterns=PREPARED_PATTERN),
        )
        if not path:
            return
        prepared = draft.to_prepared(self._chosen_badge())  # a snapshot: the draft may change meanwhile
        generation = self._begin(self.tr("Saving…"))
        run_task(
            save_prepared,
            path,
            prepared,
            on_done=lambda saved: self._saved(generation, draft, saved),
            on_error=self._task_failed,
        )

    def is_complete(self) -> bool:
        """A draft with at least one learner who is valid and consented."""
        return self.draft is not None and self.draft.is_complete()

    @property
    def working(self) -> bool:
        """A file is being read or written, or the platform is being checked."""
        return self._reading or self._checking is not None

    # ------------------------------------------------------------------ reading

    def _begin(self, text: str) -> int:
        self._generation += 1
        self._reading = True
        self._clear_error()
        self._info(text)
        self._update_enabled()
        return self._generation

    def _end(self) -> None:
        if self._changing is not None:
            return  # a change on a copy of the draft is still under way (it ends it)
        self._reading = False
        self._job = None
        self.cancel_read_button.hide()
        self._update_enabled()

    def _task_failed(self, err: TaskError) -> None:
        self._end()
        self._info("")
        self._show_error(err.message)

    def _template_written(self, path: Any) -> None:
        self._end()
        self._info(
            self.tr("Template saved as {name}. Fill it in in Excel, save it, then open it here.").format(
                name=Path(path).name
            )
        )
        self.state.message.emit(self.tr("Cohort template written: {path}").format(path=str(path)))

    def _saved(self, generation: int, draft: CohortDraft, path: Any) -> None:
        self._end()
        draft.prepared_path = Path(path)
        self.state.settings.add_recent_file(str(path))
        self._info(self.tr("Prepared cohort saved as {name}.").format(name=Path(path).name))
        self.state.message.emit(self.tr("Prepared cohort saved: {path}").format(path=str(path)))

    # ------------------------------------------------------------------ showing

    def _set_draft(self, draft: CohortDraft) -> None:
        if self._changing is not None:  # a change of the draft shown before: void
            self._changing = None
            self._generation += 1
            self._end()
        self.draft = draft
        self._platform_marks = False
        self._show_draft(reset=True)
        self._apply_identity()  # e.g. reopened from history for another platform: keyed its way

    def _show_source(self) -> None:
        draft = self.draft
        self.sheet_combo.blockSignals(True)
        self.header_spin.blockSignals(True)
        self.sheet_combo.clear()
        if draft is None:
            self.file_label.setText(self.tr("No learner list open."))
        else:
            self.file_label.setText(draft.path.name)
            self.file_label.setToolTip(str(draft.path))
            self.sheet_combo.addItems(draft.sheets)
            if draft.sheet is not None:
                self.sheet_combo.setCurrentText(draft.sheet)
            self.header_spin.setValue(max(draft.header_row, 1))
        self.sheet_combo.blockSignals(False)
        self.header_spin.blockSignals(False)
        self._header_timer.stop()

    def _show_draft(self, reset: bool | None) -> None:
        draft = self.draft
        self._show_source()
        self.mapping_panel.set_columns(draft.headers if draft else [], draft.mapping if draft else {})
        self.findings.show_cohort(draft.cohort if draft else None, draft.date_order if draft else None)
        if reset:
            self.model.set_draft(draft)
            size_columns(self.grid, skip=(EMAIL,))  # from a sample of rows: never every row
        elif reset is not None:  # None: the model already shows it (see CohortModel.adopt)
            self.model.refresh()
        self._clear_error()
        if draft is not None and draft.error is not None:
            self._show_error(draft_error_text(draft))
        self._changed()

    def _changed(self) -> None:
        """After any change to the draft: summary, notes, buttons, the shared state."""
        draft = self.draft
        if draft is None:
            self.summary_label.setText("")
        elif draft.cohort is None:
            self.summary_label.setText(self.tr("No learners to show until the columns are chosen."))
        else:
            self.summary_label.setText(summary(draft.counts()))
        notes = draft_notes(draft) if draft is not None else []
        self.notes_label.setText("\n".join(f"• {n}" for n in notes))
        self.notes_label.setVisible(bool(notes))
        usable = draft if draft is not None and draft.cohort is not None else None
        if self.state.cohort_draft is not usable or usable is not None:
            self.state.set_cohort(usable)
        self._update_enabled()
        complete = self.is_complete()
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit(complete)
        self.draftChanged.emit()

    def _draft_edited(self) -> None:
        self._clear_error()
        self._changed()

    def _state_cohort_changed(self) -> None:
        other = self.state.cohort_draft
        if other is not None and other is not self.draft and isinstance(other, CohortDraft):
            self._set_draft(other)  # set elsewhere (e.g. reopened from history)

    def _update_enabled(self, *_: Any) -> None:
        busy = bool(self.state.busy)
        idle = not busy and not self._reading
        draft = self.draft
        usable = draft is not None and draft.cohort is not None
        for widget in (self.open_button, self.template_button):
            widget.setEnabled(idle)
        self.save_button.setEnabled(
            usable and not self._reading
        )  # saving changes no input: allowed while busy
        self.sheet_combo.setEnabled(idle and draft is not None and len(draft.sheets) > 1)
        self.header_spin.setEnabled(idle and draft is not None)
        self.mapping_panel.setEnabled(idle and draft is not None)
        self.findings.setEnabled(idle and draft is not None)
        for widget in (self.tick_button, self.untick_button):
            widget.setEnabled(idle and usable)
        self.check_button.setEnabled(self._checking is not None or (idle and usable))
        item = self.model.draft_row(self.grid.currentIndex().row())
        self.suggest_button.setEnabled(idle and usable and item is not None and item.suggestion is not None)
        self.continue_button.setEnabled(self.is_complete())
        self.model.set_editable(idle)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(" ".join(text.split()))  # always one line
        self.error_label.setVisible(bool(text))

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _info(self, text: str) -> None:
        self.info_label.setText(text)

    def _start_dir(self) -> Path:
        for recent in self.state.settings.recent_files():
            folder = Path(recent).parent
            if folder.is_dir():
                return folder
        return Path.home()

    def _chosen_badge(self) -> ChosenBadge | None:
        s = self.state
        if s.badge is None:
            return None
        return ChosenBadge(
            s.connection.spec.key if s.connection else "",
            s.environment_key(),
            s.provider.id if s.provider else None,
            s.badge.id,
            s.badge.name,
        )
