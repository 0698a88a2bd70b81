"""At 1366×768 the reason a row was not issued (the 202 "Score is too low" of the demo) reads in
full without hovering: the Detail column takes the spare width, and the selected row's reason is
word-wrapped, whole, in the detail pane under the grid, in English and in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect

from badgedesk.gui import language
from badgedesk.gui.results_model import DETAIL, detail
from tests.gui.demo_run import demo_window, finish_live_run, load_pages


@pytest.fixture(params=["en", "de"])
def lang(request, qapp):
    installed = (
        language.install(qapp, request.param, QLocale(QLocale.Language.English))
        if request.param != "en"
        else []
    )
    yield request.param
    language.uninstall(qapp, installed)


def test_the_selected_rows_reason_reads_in_full_at_1366x768(qtbot, keychain, tmp_path, lang, monkeypatch):
    with demo_window(qtbot, tmp_path) as window:
        load_pages(qtbot, window)
        review = finish_live_run(qtbot, window, monkeypatch)
        results = window.pages["results"]
        header = results.table.horizontalHeader()
        widths = {c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)}
        assert max(widths, key=widths.get) == DETAIL  # the meaning column takes the spare width
        pane = results.row_detail.label
        for row in review:
            assert results.select_learner(row["id"])
            qtbot.wait(20)
            why = detail(row)
            assert "Score is too low" in why and why in pane.text()
            assert pane.wordWrap() and pane.isVisibleTo(window)
            shown = QRect(pane.mapTo(window, pane.rect().topLeft()), pane.size())
            assert window.rect().contains(shown)  # on screen, not scrolled or pushed off
            assert pane.height() >= pane.heightForWidth(pane.width())  # every wrapped line has room
            widest_word = max(pane.fontMetrics().horizontalAdvance(w) for w in pane.text().split())
            assert widest_word <= pane.contentsRect().width()
