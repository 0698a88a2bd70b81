"""The OS's dark palette: every colour BadgeDesk sets by hand has a dark variant, text keeps WCAG AA
contrast (4.5:1) on its background in both palettes, and no page draws dark text on a dark ground."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTableView, QToolButton, QWidget

from badgedesk.gui import colours
from badgedesk.gui.app import style_for_scheme
from tests.gui.demo_run import demo_window, finish_live_run, load_pages

AA = 4.5


def dark_palette() -> QPalette:
    """A dark palette like the one Windows, macOS or GNOME give in dark mode."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#404040",
        QPalette.ColorRole.Mid: "#303030",
        QPalette.ColorRole.Dark: "#202020",
        QPalette.ColorRole.Shadow: "#101010",
        QPalette.ColorRole.Link: "#7db8ff",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return p


@pytest.fixture
def dark(qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def light_palette(qapp) -> QPalette:
    return qapp.style().standardPalette()


def test_the_contrast_ratio_is_wcags():
    assert colours.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert colours.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert colours.contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("which", ["light", "dark"])
def test_every_hand_set_colour_keeps_aa_contrast(qapp, which):
    pal = light_palette(qapp) if which == "light" else dark_palette()
    assert colours.dark(pal) == (which == "dark")

    def c(name):
        return colours.colour(name, pal)

    base, alt, window = (
        pal.color(r)
        for r in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Window)
    )
    text = pal.color(QPalette.ColorRole.Text)
    low = {}
    for code in colours.STATUS:
        s = colours.status(code, pal)
        for ground, name in (
            (base, "base"),
            (alt, "alternate"),
            (window, "window"),
            (c("review_bg"), "review"),
        ):
            low[f"{code} on {name}"] = colours.contrast(s, ground)
        low[f"symbol on {code} disc"] = colours.contrast(c("on_status"), s)
    for name in ("error", "warning", "info", "paused", "muted", "grey"):
        low[f"{name} on window"] = colours.contrast(c(name), window)
        low[f"{name} on base"] = colours.contrast(c(name), base)
    pairs = {
        "review text on review": ("review_text", "review_bg"),
        "sandbox label": ("sandbox_text", "sandbox_bg"),
        "tour callout": ("tour_text", "tour_bg"),
        "error on its notice": ("error", "error_bg"),
        "info on its notice": ("info", "info_bg"),
    }
    for label, (fg, bg) in pairs.items():
        low[label] = colours.contrast(c(fg), c(bg))
    for bg in ("error_bg", "info_bg", "review_bg", "panel_bg"):  # the palette's own text on a banner or panel
        low[f"text on {bg}"] = colours.contrast(text, c(bg))
    for bg in ("problem_bg", "fixed_bg"):  # the Cohort grid's problem and corrected cells
        low[f"text on {bg}"] = colours.contrast(text, c(bg))
    assert {k: round(v, 2) for k, v in low.items() if v < AA} == {}


def test_style_templates_are_filled_again_when_the_palette_turns_dark(qtbot, qapp):
    label = QLabel("Stopped")
    qtbot.addWidget(label)
    colours.style(label, "color:{error};")
    assert label.styleSheet() == "color:#b91c1c;"
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        assert label.styleSheet() == f"color:{colours.COLOURS['error'][1]};"
    finally:
        qapp.setPalette(before)
    assert label.styleSheet() == "color:#b91c1c;"


def test_windows_in_dark_mode_gets_the_fusion_style_that_follows_the_dark_palette():
    dark, light = Qt.ColorScheme.Dark, Qt.ColorScheme.Light
    assert style_for_scheme(dark, "windowsvista", "win32") == "Fusion"
    assert style_for_scheme(light, "windowsvista", "win32") is None
    assert style_for_scheme(dark, "windows11", "win32") is None  # follows the scheme itself
    assert style_for_scheme(dark, "fusion", "linux") is None


# -- every page, rendered dark ---------------------------------------------------------------------


def ink_contrast(image: QImage) -> float:
    """The contrast of the most contrasting pixel against the commonest one (the ground): the text's
    own colour when text is drawn (antialiasing only lowers it)."""
    pixels = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    ground = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(colours.contrast(QColor.fromRgb(p), ground) for p in pixels)


def unreadable_text(window: QWidget) -> list[str]:
    """Shown labels and buttons whose drawn text hardly differs from its ground (dark on dark)."""
    shot = window.grab().toImage()
    ratio = shot.devicePixelRatio()
    found = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, (QLabel, QAbstractButton)) or not w.isVisibleTo(window):
            continue
        text = w.text()
        if not text.strip() or (isinstance(w, QLabel) and not w.pixmap().isNull()):
            continue
        if isinstance(w, QToolButton) and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue  # its text is a name for screen readers, not drawn (a line edit's clear button)
        top_left = w.mapTo(window, w.rect().topLeft())
        if w.width() < 4 or w.height() < 4 or not window.rect().contains(top_left):
            continue
        area = shot.copy(
            int(top_left.x() * ratio),
            int(top_left.y() * ratio),
            int(w.width() * ratio),
            int(w.height() * ratio),
        )
        measured = ink_contrast(area)
        if measured < 3.0:  # AA text reads 4.5 by its colours; drawn, its antialiased pixels read at least 3
            found.append(f"{type(w).__name__} {w.objectName() or text[:30]!r}: {measured:.2f}")
    return found


def low_contrast_cells(view: QAbstractItemView) -> list[str]:
    """Cells whose text colour (the model's, else the palette's) is below AA on their background."""
    model, pal = view.model(), view.palette()
    found = []
    columns = 0
    while model.index(0, columns).isValid():  # (a list or tree widget's model hides its counts)
        columns += 1
    for row in range(200):
        if not model.index(row, 0).isValid():
            break
        for column in range(columns):
            index = model.index(row, column)
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            if not str(index.data() or "").strip():
                continue
            fg = index.data(Qt.ItemDataRole.ForegroundRole)
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            ground = (
                QPalette.ColorRole.AlternateBase
                if view.alternatingRowColors() and row % 2
                else QPalette.ColorRole.Base
            )
            fg = fg.color() if fg is not None else pal.color(QPalette.ColorRole.Text)
            bg = bg.color() if bg is not None else pal.color(ground)
            ratio = colours.contrast(fg, bg)
            if ratio < AA:
                found.append(f"{view.objectName()} {row},{column} {index.data()!r}: {ratio:.2f}")
    return found


def test_every_page_reads_in_the_dark_palette(qtbot, keychain, tmp_path, dark, monkeypatch):
    with demo_window(qtbot, tmp_path) as window:
        load_pages(qtbot, window)
        finish_live_run(qtbot, window, monkeypatch)
        results = window.pages["results"]
        review = next(r for r in results.model.rows() if r["status"] == "needs_review")
        results.select_learner(review["id"])
        assert results.review_banner.isVisibleTo(results)  # the 202 flag is on show
        found = {}
        for key, page in window.pages.items():
            window.go(key)
            qtbot.wait(50)
            assert colours.dark(page.palette())
            views = [
                v
                for v in page.findChildren(QAbstractItemView)
                if v.isVisibleTo(window) and v.model() is not None
            ]
            found[key] = unreadable_text(window) + [c for v in views for c in low_contrast_cells(v)]
        assert found == {key: [] for key in window.pages}


def test_the_dark_check_catches_dark_text_on_a_dark_ground(qtbot, dark):
    box = QWidget()
    box.resize(300, 60)
    good = QLabel("Readable", box)
    bad = QLabel("Dark on dark", box)
    bad.move(0, 30)
    bad.setStyleSheet("color:#b91c1c;")  # the light palette's red, as it was before the dark variants
    qtbot.addWidget(box)
    box.show()
    assert [f.split(":")[0] for f in unreadable_text(box)] == ["QLabel 'Dark on dark'"]
    assert good.isVisible()


def test_the_cohort_steps_problem_and_notes_read_in_the_dark(qtbot, dark, state):
    """The Cohort step's error and notes lines (hidden in the demo, so the page walk above misses them)."""
    from badgedesk.gui.cohort_page import CohortPage

    page = CohortPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.error_label.setText("learners.csv, row 4, column 'Email': 'ada@' is not a valid email address.")
    page.notes_label.setText("learners.csv has no consent column, so no learner's consent is recorded.")
    for label in (page.error_label, page.notes_label):
        label.show()
    page.show()
    qtbot.wait(20)
    assert unreadable_text(page) == []
    assert colours.COLOURS["error"][1] in page.error_label.styleSheet()
    assert colours.COLOURS["warning"][1] in page.notes_label.styleSheet()
