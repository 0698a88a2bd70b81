"""Readable grids: the column that carries the meaning takes the spare width, long text is elided
in the middle (the full text is the cell's tooltip), and the user's column widths are remembered
per grid in the settings file (``grids/<key>``)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

SAVE_DELAY_MS = 400


def make_readable(
    view: QTableView,
    settings,
    key: str,
    meaning: int,
    widths: dict[int, int] | None = None,
    fixed: tuple[int, ...] = (),
) -> None:
    """Lay out ``view``'s columns: ``widths`` to start with, ``meaning`` stretched, ``fixed`` not resizable;
    then the widths this grid had when it was last used, which are saved again whenever the user resizes."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, width in (widths or {}).items():
        # never narrower than the header's own text (longer in German or Bokmål)
        view.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))
    for column in fixed:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(meaning, QHeaderView.ResizeMode.Stretch)
    q = getattr(settings, "q", None)
    if q is None:
        return
    saved = q.value(f"grids/{key}")
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        header.restoreState(saved)
        header.setSectionResizeMode(meaning, QHeaderView.ResizeMode.Stretch)
        for column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(SAVE_DELAY_MS)
    timer.timeout.connect(lambda: q.setValue(f"grids/{key}", header.saveState()))
    header.sectionResized.connect(lambda *_: timer.start())
    header.sectionMoved.connect(lambda *_: timer.start())
    view.saved_widths_timer = timer  # kept with the view; tests flush it with timeout.emit()
