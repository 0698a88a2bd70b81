"""The Results page's export: the shown run to .xlsx (a copy of the learner list with the result
columns on the right) or .csv, off the GUI thread, with the way out of a file open in Excel or a
learner list that changed.

A mixin of :class:`~badgedesk.gui.results_page.ResultsPage`: it uses the page's ``state``, ``run``,
``run_id``, ``_task`` and ``_start``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from badgedesk.core import actions
from badgedesk.gui.tasks import TaskError
from badgedesk.gui.vocabulary import run_words

EXPORT_SOURCE_CODES = ("export_source_changed", "export_source_missing", "export_source_unreadable")
# Learner lists openpyxl cannot write back: their results copy is a new .xlsx (Table.keeps_workbook).
NEW_WORKBOOK_SUFFIXES = (".xls", ".ods", ".xlsb")


class ResultsExport:
    """``export()`` and its dialogs, for the Results page."""

    state: Any
    run: dict[str, Any] | None
    run_id: int | None
    _task: Any

    def export(self, path: str | Path | None = None) -> None:
        """Export the shown run; asks for a file name unless ``path`` is given."""
        if not isinstance(path, (str, Path)):
            path = None  # called from a QAction: the argument is its checked state
        if self.run is None:
            self.state.message.emit(self.tr("Open a run first (Run history, Ctrl+H)."))
            return
        if self._task is not None:
            return
        if path is None:
            path = self._ask_export_path()
            if path is None:
                return
        self._start_export(Path(path), with_source=True)

    def _ask_export_path(self) -> Path | None:
        run = self.run or {}
        stem = Path(run.get("source_name") or "").stem or f"run-{self.run_id}"
        folder = self.state.settings.last("export_dir") or str(
            Path(run.get("source_path") or "").parent or ""
        )
        if not folder or not Path(folder).is_dir():
            folder = str(Path.home())
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma-separated (*.csv)")
        note = self.new_workbook_note()
        if note:
            self.state.message.emit(note)  # before the dialog: the trainer sees why the name ends in .xlsx
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            str(Path(folder) / f"{stem} results run {self.run_id}.xlsx"),
            f"{xlsx};;{csv}",
        )
        if not name:
            return None
        out = Path(name)
        if out.suffix.lower() not in (".xlsx", ".csv"):
            out = out.with_name(out.name + (".csv" if chosen == csv else ".xlsx"))
        self.state.settings.set_last("export_dir", str(out.parent))
        return out

    def new_workbook_note(self, out: Path | None = None) -> str:
        """What to say when the results copy of the run's learner list cannot be that workbook: an .xls,
        .ods or .xlsb source gets a new .xlsx (with its columns and the results); '' otherwise."""
        name = (self.run or {}).get("source_name") or ""
        if Path(name).suffix.lower() not in NEW_WORKBOOK_SUFFIXES or (out and out.suffix.lower() != ".xlsx"):
            return ""
        return self.tr(
            "{name} is a {kind} file, which BadgeDesk cannot write: the results copy is a new .xlsx "
            "workbook with its learner columns and the results. {name} itself is not changed."
        ).format(name=name, kind=Path(name).suffix.lstrip(".").lower())

    def export_done_text(self, result: Any) -> str:
        """The status line after an export (with the note above when the copy is a new .xlsx)."""
        text = self.tr("Exported run {id} to {path}.").format(id=self.run_id, path=str(result))
        with_source = getattr(self, "_export_args", (None, True))[1]
        note = self.new_workbook_note(Path(str(result))) if with_source else ""
        return f"{text} {note}" if note else text

    def _start_export(self, out: Path, with_source: bool) -> None:
        self._export_args = (out, with_source)
        where = run_words(self.state, self.run) if self.run else ""  # the file says where, as the title does
        self._start("export", actions.export_run, self.state.journal, self.run_id, out, with_source, where)

    def _export_retry(self, error: TaskError) -> bool:
        """Offer the way out of a failed export. True when a new export started."""
        out, with_source = getattr(self, "_export_args", (None, True))
        if out is None:
            return False
        if error.code == "export_locked" and error.params.get("suggestion"):
            answer = QMessageBox.question(
                self,
                self.tr("The file is open"),
                self.tr(
                    "'{name}' is open in Excel or another program (or the folder is read-only), so it cannot be "
                    "replaced. Save as '{suggestion}' instead?"
                ).format(name=out.name, suggestion=error.params["suggestion"]),
            )
            if answer == QMessageBox.StandardButton.Yes:
                target = error.params.get("suggestion_path") or str(out.with_name(error.params["suggestion"]))
                self._start_export(Path(target), with_source)
                return True
            return False
        if error.code in EXPORT_SOURCE_CODES and with_source:
            answer = QMessageBox.question(
                self,
                self.tr("Export the results on their own?"),
                error.message + "\n\n" + self.tr("Export the results without the learner list's columns?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._start_export(out, with_source=False)
                return True
        return False
