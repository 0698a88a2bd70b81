"""Step 2 (LibraryPage, BadgeModel, ThumbnailLoader), driven as a user against the simulator.

PySide6 6.12.0 on Python < 3.12 drops a reference to ``True`` on every Python-side ``emit()``
(and to ``None`` on every void call); loading 140 thumbnails emits a few hundred signals, so
these tests give back what each test lost, or the process aborts at exit with "Fatal Python
error: bool_dealloc". The app itself needs a process-wide fix (see the hand-over notes).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QPixmap

from badgedesk.core.library_cache import LibraryCache
from badgedesk.gui.badge_model import (
    COL_ID,
    COL_IMAGE,
    COL_MIN_SCORE,
    COL_NAME,
    COL_SANDBOX,
    COL_STATUS,
    ISSUABLE_ROLE,
    BadgeModel,
)
from badgedesk.gui.library_page import LibraryPage
from badgedesk.gui.thumbnails import ThumbnailLoader
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms import registry
from badgedesk.platforms.base import Badge

FLAGS_OFF = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


@pytest.fixture
def make_page(qtbot):
    pages = []

    def make(state) -> LibraryPage:
        page = LibraryPage(state)
        qtbot.addWidget(page)
        page.resize(1200, 800)
        page.show()
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.shutdown()
    QThreadPool.globalInstance().waitForDone(5000)


def wait_loaded(qtbot, page, rows=simmod.NORTHWIND_BADGE_COUNT) -> None:
    def done():
        assert not page.loading()
        assert page.model.rowCount() == rows

    qtbot.waitUntil(done, timeout=10000)


def badge_position(page, badge_id):
    row = page.model.row_of(str(badge_id))
    index = page.proxy.mapFromSource(page.model.index(row, COL_NAME))
    assert index.isValid()
    page.view.scrollTo(index)
    return page.view.visualRect(index).center()


def click_badge(qtbot, page, badge_id) -> None:
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=badge_position(page, badge_id))


def double_click_badge(qtbot, page, badge_id) -> None:
    # A real double click is a click followed by a double-click event (QTest's DClick alone has no press).
    pos = badge_position(page, badge_id)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def library(connected, make_page, qtbot):
    page = make_page(connected)
    wait_loaded(qtbot, page)
    return page


def test_loads_every_badge_of_the_provider_and_remembers_it(qtbot, library, connected):
    combo = library.provider_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Northwind Training",
        "Contoso Academy",
        "Fabrikam Skills (deactivated)",
    ]
    assert combo.currentText() == "Northwind Training"
    assert connected.provider.id == str(simmod.NORTHWIND_PROVIDER_ID)
    assert connected.settings.last("provider") == str(simmod.NORTHWIND_PROVIDER_ID)
    ids = {b.id for b in library.model.badges()}
    assert len(ids) == simmod.NORTHWIND_BADGE_COUNT  # every page, no duplicates
    assert {str(simmod.SANDBOX_BADGE_ID), str(simmod.BADGE_400_ID), str(simmod.BADGE_422_ID)} <= ids
    assert library.notice.text() == "" and library.count_label.text() == "140 badges (7 cannot be issued)"
    # Saved for offline use.
    cached = connected.library.load(connected.connection.id, str(simmod.NORTHWIND_PROVIDER_ID))
    assert cached is not None and len(cached[0]) == simmod.NORTHWIND_BADGE_COUNT
    # Another provider, chosen with the keyboard, is remembered by a new page.
    with qtbot.waitSignal(connected.providerChanged):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    wait_loaded(qtbot, library, rows=13)  # Contoso's 12 and the shared sandbox badge
    assert connected.settings.last("provider") == str(simmod.CONTOSO_PROVIDER_ID)
    connected.set_connection(connected.connection)
    wait_loaded(qtbot, library, rows=13)
    assert library.provider_combo.currentText() == "Contoso Academy"


def test_search_narrows_the_list_and_ctrl_f_focuses_it(qtbot, library):
    library.activateWindow()
    library.view.setFocus()
    qtbot.waitUntil(lambda: library.view.hasFocus())
    qtbot.keyClick(library.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.search.hasFocus()
    qtbot.keyClicks(library.search, "FIRST aid")
    shown = [library.proxy.index(r, COL_NAME).data() for r in range(library.proxy.rowCount())]
    assert 0 < len(shown) < 20
    assert all("first aid" in name.lower() for name in shown)
    assert "First Aid at Work" in shown
    assert library.count_label.text() == f"Showing {len(shown)} of 140 badges"
    # Enter in the search box chooses the first match.
    qtbot.keyClick(library.search, Qt.Key.Key_Return)
    assert library.state.badge is not None and library.state.badge.name == shown[0]
    library.search.clear()
    assert library.proxy.rowCount() == simmod.NORTHWIND_BADGE_COUNT


def test_badges_that_cannot_be_issued_are_marked_and_cannot_be_chosen(qtbot, library, connected):
    model = library.model
    for badge_id, why, column, shown in (
        # The platform's own reason (the registry's badge_issuable), in the tooltip.
        (simmod.BADGE_400_ID, "comes from Credly", COL_STATUS, "Published — not issuable"),
        (simmod.BADGE_400_OU_ID, "comes from Open University", COL_STATUS, "Published — not issuable"),
        (simmod.BADGE_422_ID, "is Unpublished, not published", COL_STATUS, "Unpublished — not issuable"),
    ):
        row = model.row_of(str(badge_id))
        index = model.index(row, COL_NAME)
        # Selectable (the arrow keys walk past it and the details say why), never chosen.
        assert model.flags(index) & FLAGS_OFF and index.data(ISSUABLE_ROLE) is False
        assert why in index.data(Qt.ItemDataRole.ToolTipRole)
        assert model.index(row, column).data() == shown
        assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
        click_badge(qtbot, library, badge_id)
        assert connected.badge is None
        assert why in library.details.facts.text()  # the reason, readable beside the list
        assert not library.select_badge(str(badge_id))
    assert not library.use_button.isEnabled()
    # A published internal badge can be chosen; Enter also moves on to the cohort.
    click_badge(qtbot, library, simmod.FIRST_AID_BADGE_ID)
    assert connected.badge.id == str(simmod.FIRST_AID_BADGE_ID)
    assert connected.settings.last("badge") == str(simmod.FIRST_AID_BADGE_ID)
    assert model.flags(model.index(model.row_of(str(simmod.FIRST_AID_BADGE_ID)), COL_NAME)) & FLAGS_OFF
    assert library.details.name.text() == "First Aid at Work"
    assert "Status: Published" in library.details.facts.text()
    assert "/_sim/page/badge/2001" in library.details.link.text()
    assert library.is_complete() and library.use_button.isEnabled()
    with qtbot.waitSignal(connected.navigate, check_params_cb=lambda key: key == "cohort"):
        qtbot.keyClick(library.view, Qt.Key.Key_Return)
    with qtbot.waitSignal(connected.navigate, check_params_cb=lambda key: key == "cohort"):
        qtbot.mouseClick(library.use_button, Qt.MouseButton.LeftButton)
    # Double-click: on a badge that cannot be issued nothing happens; on one that can, it is used.
    with qtbot.assertNotEmitted(connected.navigate):
        double_click_badge(qtbot, library, simmod.BADGE_422_ID)
    assert connected.badge.id == str(simmod.FIRST_AID_BADGE_ID)
    with qtbot.waitSignal(connected.navigate, check_params_cb=lambda key: key == "cohort"):
        double_click_badge(qtbot, library, simmod.MIN_SCORE_BADGE_ID)
    assert connected.badge.id == str(simmod.MIN_SCORE_BADGE_ID)


def test_a_running_issue_locks_the_choice(qtbot, library, connected):
    connected.set_busy(True)
    assert not library.view.isEnabled() and not library.provider_combo.isEnabled()
    assert not library.use_button.isEnabled() and not library.sandbox_button.isEnabled()
    connected.set_busy(False)
    assert library.view.isEnabled() and library.provider_combo.isEnabled()


def test_min_score_is_shown(qtbot, library):
    click_badge(qtbot, library, simmod.MIN_SCORE_BADGE_ID)
    row = library.model.row_of(str(simmod.MIN_SCORE_BADGE_ID))
    assert library.model.index(row, COL_MIN_SCORE).data() == str(simmod.MIN_SCORE)
    assert f"Minimum score: {simmod.MIN_SCORE}" in library.details.facts.text()


def test_sandbox_badge_is_marked_and_restored_by_a_new_page(qtbot, library, connected, make_page):
    click_badge(qtbot, library, simmod.SANDBOX_BADGE_ID)
    assert library.sandbox_button.isEnabled()
    with qtbot.waitSignal(connected.sandboxChanged):
        qtbot.mouseClick(library.sandbox_button, Qt.MouseButton.LeftButton)
    sandbox = str(simmod.SANDBOX_BADGE_ID)
    assert connected.sandbox_badge.id == sandbox
    row = library.model.row_of(sandbox)
    assert library.model.index(row, COL_SANDBOX).data() == "Sandbox"
    assert "sandbox badge" in library.details.sandbox.text()
    assert library.sandbox_button.text() == "Clear sand&box mark"
    conn_id = connected.connection.id
    assert connected.library.sandbox(conn_id, str(simmod.NORTHWIND_PROVIDER_ID)) == sandbox

    connected.set_connection(connected.connection)  # forgets the session's sandbox badge
    assert connected.sandbox_badge is None
    again = make_page(connected)
    wait_loaded(qtbot, again)
    assert connected.sandbox_badge is not None and connected.sandbox_badge.id == sandbox
    assert again.model.index(again.model.row_of(sandbox), COL_SANDBOX).data() == "Sandbox"
    assert [r for r in range(again.model.rowCount()) if again.model.index(r, COL_SANDBOX).data()] == [
        again.model.row_of(sandbox)
    ]


def test_thumbnails_are_fetched_in_the_background_and_cached_on_disk(qtbot, library, connected, make_page):
    cache = connected.library
    urls = {b.image_url for b in library.model.badges()}
    assert len(urls) == simmod.NORTHWIND_BADGE_COUNT and all("/_sim/image/" in u for u in urls)
    qtbot.waitUntil(
        lambda: all(cache.has_image(u) for u in urls) and not library.thumbnails.pending(), timeout=15000
    )
    assert library.thumbnails.fetches == len(urls)
    index = library.model.index(library.model.row_of(str(simmod.FIRST_AID_BADGE_ID)), COL_IMAGE)
    pixmap = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(pixmap, QPixmap) and not pixmap.isNull()
    assert pixmap.cacheKey() != library.thumbnails.placeholder().cacheKey()
    assert cache.image_path(next(iter(urls))).read_bytes().startswith(b"\x89PNG")
    # A second page finds them all on disk and fetches nothing.
    again = make_page(connected)
    wait_loaded(qtbot, again)
    assert again.thumbnails.pending() == 0 and again.thumbnails.fetches == 0


def test_thumbnail_loader_refreshes_only_the_loaded_cell(qtbot, sim, tmp_path):
    cache = LibraryCache(tmp_path / "lib")
    loader = ThumbnailLoader(cache)
    url = sim.base_url.replace("/v1", "/_sim/image/2001.png")
    badges = [
        Badge("1", "One", "Published", "Internal", image_url=url),
        Badge("2", "Two", "Published", "Internal", image_url=url.replace("2001", "2002")),
        Badge("3", "No image", "Published", "Internal"),
    ]
    model = BadgeModel(loader)
    changed = []
    model.dataChanged.connect(
        lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column(), roles))
    )
    try:
        with qtbot.waitSignals([loader.loaded, loader.loaded], timeout=5000):
            model.set_badges(badges)
        assert sorted(changed) == [
            (0, COL_IMAGE, 0, COL_NAME, [Qt.ItemDataRole.DecorationRole]),  # the image, and the card
            (1, COL_IMAGE, 1, COL_NAME, [Qt.ItemDataRole.DecorationRole]),
        ]
        assert loader.fetches == 2 and cache.has_image(url)
        loader.request(url)  # already on disk: not fetched again
        assert loader.pending() == 0
        loader.request("ftp://example.org/x.png")  # never anything but http(s)
        assert loader.pending() == 0
    finally:
        loader.stop()
    loader.request(url.replace("2001", "2003"))  # stopped: nothing more starts
    assert loader.pending() == 0


def test_offline_the_saved_library_still_lets_you_choose(qtbot, library, connected, make_page, sim):
    connected.set_connection(connected.connection)
    sim.go_offline()
    try:
        page = make_page(connected)
        wait_loaded(qtbot, page)
        assert page.provider_combo.currentText() == "Northwind Training"
        assert page.notice.text().startswith("Offline: showing the copy saved ")
        assert "Cannot reach" in page.notice.text()
        click_badge(qtbot, page, simmod.FIRST_AID_BADGE_ID)
        assert connected.badge is not None and connected.badge.id == str(simmod.FIRST_AID_BADGE_ID)
        assert connected.provider.id == str(simmod.NORTHWIND_PROVIDER_ID)
    finally:
        sim.go_online()


def test_offline_with_nothing_saved_says_why(qtbot, connected, make_page, sim):
    sim.go_offline()
    try:
        page = make_page(connected)
        qtbot.waitUntil(
            lambda: "could not be loaded" in page.notice.text() and not page.loading(), timeout=10000
        )
        assert "Cannot reach" in page.notice.text()
        assert page.model.rowCount() == 0 and page.provider_combo.count() == 0
    finally:
        sim.go_online()
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert page.notice.text() == ""


def test_no_connection_says_where_to_start(qtbot, state, make_page):
    page = make_page(state)
    assert "step 1" in page.notice.text()
    assert not page.loading() and page.model.rowCount() == 0 and not page.is_complete()


def badge_set() -> list[Badge]:
    return [
        Badge("2001", "First Aid at Work", "Published", "Internal", image_url="https://x.test/a.png"),
        Badge("9001", "Assessed", "Published", "Internal", min_score=70),
        Badge("9400", "AWS (Credly)", "Published", "Credly"),
        Badge("9422", "Rigging", "Unpublished", "Internal"),
        Badge("77", "Unknown status", "", ""),
    ]


def test_badge_model_passes_the_model_tester(qapp, qtmodeltester, tmp_path):
    empty = BadgeModel()
    qtmodeltester.check(empty)
    model = BadgeModel(ThumbnailLoader(LibraryCache(tmp_path)))
    model.set_spec(registry.NAVIGATR)
    model.set_badges(badge_set())
    model.set_sandbox_id("9001")
    qtmodeltester.check(model)
    model.thumbnails.stop()
    assert model.rowCount() == 5 and model.columnCount() == 7
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "",
        "Name",
        "Sandbox",
        "Status",
        "Source",
        "Min score",
        "ID",
    ]
    assert model.index(1, COL_SANDBOX).data() == "Sandbox" and model.index(0, COL_SANDBOX).data() == ""
    assert model.index(1, COL_MIN_SCORE).data() == "70" and model.index(0, COL_MIN_SCORE).data() == ""
    assert model.index(0, COL_ID).data() == "2001"
    assert isinstance(model.index(0, COL_IMAGE).data(Qt.ItemDataRole.DecorationRole), QPixmap)  # placeholder
    assert [model.issuable(b) for b in model.badges()] == [True, True, False, False, True]
    assert model.blocked_count() == 2


def test_which_badges_can_be_issued_is_the_platforms_rule(qapp, qtmodeltester):
    model = BadgeModel()
    templates = [
        Badge("t-active", "Active template", "active"),
        Badge("t-archived", "Archived template", "archived"),
        Badge("t-draft", "Draft template", "draft"),
        Badge("t-credly", "Sourced elsewhere", "active", "Credly"),
    ]
    model.set_badges(templates)
    assert [model.issuable(b) for b in templates] == [True, True, True, True]  # no platform: no rule
    model.set_spec(registry.CREDLY)
    qtmodeltester.check(model)
    assert [model.issuable(b) for b in templates] == [True, False, False, True]
    assert "archived" in model.reason(templates[1]) and model.reason(templates[0]) == ""
    assert model.index(1, COL_STATUS).data() == "archived — not issuable"
    assert model.index(2, COL_NAME).data(ISSUABLE_ROLE) is False
    model.set_spec(registry.NAVIGATR)  # Navigatr issues only its own, published badges
    assert [model.issuable(b) for b in templates] == [False, False, False, False]


def test_badge_model_inside_the_page_passes_the_model_tester(qtmodeltester, library):
    qtmodeltester.check(library.model)
    qtmodeltester.check(library.proxy)


def test_the_card_view_shares_the_choice_and_is_remembered(qtbot, library, connected, make_page):
    assert library.view.isVisible() and not library.cards.isVisible()
    qtbot.mouseClick(library.cards_button, Qt.MouseButton.LeftButton)
    assert library.cards.isVisible() and not library.view.isVisible()
    assert connected.settings.last("library_view") == "cards"
    # The cards are the list's rows: same order, same filter.
    library.search.setText("First Aid at Work")
    qtbot.waitUntil(lambda: library.proxy.rowCount() == 6, timeout=3000)
    first = library.proxy.index(3, COL_NAME)
    rect = library.cards.visualRect(first)
    assert rect.isValid() and library.cards.viewport().rect().intersects(rect)
    qtbot.mouseClick(library.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert connected.badge is not None and connected.badge.name == "First Aid at Work"
    assert library.selected_badge() == connected.badge
    assert library.details.name.text() == "First Aid at Work"
    # The next page (the next launch) opens on the cards.
    again = make_page(connected)
    assert again.cards.isVisibleTo(again) and not again.view.isVisibleTo(again)
    qtbot.mouseClick(again.list_button, Qt.MouseButton.LeftButton)
    assert connected.settings.last("library_view") == "list"


def test_thumbnails_on_screen_are_fetched_first():
    from PySide6.QtCore import QObject

    from badgedesk.gui.thumbnails import ThumbnailLoader

    class Cache:
        def has_image(self, url):
            return False

    loader = ThumbnailLoader(Cache(), QObject(), max_parallel=1)
    started = []
    loader._client = object()  # no HTTP in this test: record the order instead of fetching
    import badgedesk.gui.thumbnails as thumbs

    real = thumbs.run_task
    thumbs.run_task = lambda fn, url, **kw: started.append(url) or object()
    try:
        loader.request_many([f"https://cdn.example/{n}.png" for n in range(50)])
        assert started == ["https://cdn.example/0.png"]  # one at a time
        loader.prioritise(["https://cdn.example/40.png", "https://cdn.example/41.png"])
        loader._running.clear()
        loader._start_next()
        loader._running.clear()
        loader._start_next()
        loader._running.clear()
        loader._start_next()
        assert started == [
            "https://cdn.example/0.png",
            "https://cdn.example/40.png",
            "https://cdn.example/41.png",
            "https://cdn.example/1.png",  # then the rest, in order, without the two taken already
        ]
    finally:
        thumbs.run_task = real
        loader._client = None
        loader._stopping.set()


def test_thumbnails_stay_crisp_at_150_percent(tmp_path):
    """At a 150 % scale a 32-pixel thumbnail is drawn from 48 device pixels, not stretched from 32."""
    import os
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QColor, QImage
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from badgedesk.gui.thumbnails import ThumbnailLoader
        image = QImage(256, 256, QImage.Format.Format_RGB32)
        image.fill(QColor("teal"))
        path = Path({str(tmp_path)!r}) / "badge.png"
        image.save(str(path))
        class Cache:
            def image_path(self, url):
                return path
        loader = ThumbnailLoader(Cache())
        small, card = loader.pixmap("https://cdn.example/b.png"), loader.pixmap("https://cdn.example/b.png", QSize(72, 72))
        print(small.devicePixelRatio(), small.width(), card.width())
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["1.5", "48", "108"], out.stderr
