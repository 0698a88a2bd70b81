"""The Results page's export: the shown run to .xlsx (a copy of the learner list with the result
columns on the right) or .csv, off the GUI thread, with the way out of a file open in Excel or a
learner list that changed. Whether the results copy can be the learner list's own workbook is judged
by the file's content, as the core does (``Table.format`` / ``Table.keeps_workbook``): an .xls renamed
.xlsx is still an .xls. That look at the file runs off the GUI thread too, before the name is asked.

A mixin of :class:`~badgedesk.gui.results_page.ResultsPage`: it uses the page's ``state``, ``run``,
``run_id``, ``_task`` and ``_start``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from badgedesk.core import actions
from badgedesk.core.sniff import detect_format
from badgedesk.gui.tasks import TaskError, run_task
from badgedesk.gui.vocabulary import run_words

EXPORT_SOURCE_CODES = ("export_source_changed", "export_source_missing", "export_source_unreadable")
# Workbooks openpyxl cannot write back: their results copy is a new .xlsx (Table.keeps_workbook).
NEW_WORKBOOK_FORMATS = ("xls", "ods", "xlsb")


def source_format(source_path: str | None) -> str:
    """What the run's learner list is by its bytes ("xlsx", "xls", "ods", "xlsb", "csv", ...), as the
    core judges it when it reads the file; '' when there is no file to read."""
    path = Path(source_path or "")
    if not source_path or not path.is_file():
        return ""
    try:
        return detect_format(path.read_bytes())
    except OSError:
        return ""


class ResultsExport:
    """``export()`` and its dialogs, for the Results page."""

    state: Any
    run: dict[str, Any] | None
    run_id: int | None
    _task: Any
    _judged: tuple[int | None, str] | None = None  # (run id, what its learner list is by content)
    _judging = False

    def export(self, path: str | Path | None = None) -> None:
        """Export the shown run; asks for a file name unless ``path`` is given. The learner list's
        format is looked at first, off the GUI thread (see the module's docstring)."""
        if not isinstance(path, (str, Path)):
            path = None  # called from a QAction: the argument is its checked state
        if self.run is None:
            self.state.message.emit(self.tr("Open a run first (Run history, Ctrl+H)."))
            return
        if self._task is not None or self._judging:
            return
        run_id, self._judging = self.run_id, True

        def judged(fmt: str) -> None:
            self._judging = False
            if run_id != self.run_id or self._task is not None:
                return  # another run is shown, or another action started meanwhile
            self._judged = (run_id, fmt)
            self._export_judged(path)

        def failed(_error: TaskError) -> None:
            judged("")

        run_task(source_format, (self.run or {}).get("source_path"), on_done=judged, on_error=failed)

    def _export_judged(self, path: str | Path | None) -> None:
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
        .ods or .xlsb source (by content, as judged when the export began) gets a new .xlsx (with its
        columns and the results); '' otherwise."""
        name = (self.run or {}).get("source_name") or ""
        run_id, fmt = self._judged or (None, "")
        if (
            run_id != self.run_id
            or fmt not in NEW_WORKBOOK_FORMATS
            or (out and out.suffix.lower() != ".xlsx")
        ):
            return ""
        return self.tr(
            "{name} is a {kind} file, which BadgeDesk cannot write: the results copy is a new .xlsx "
            "workbook with its learner columns and the results. {name} itself is not changed."
        ).format(name=name, kind=fmt)

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
