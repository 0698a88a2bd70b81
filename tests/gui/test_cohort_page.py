"""Step 3, Cohort: the page, its learner grid model and its mapping panel, offscreen."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QStyle,
    QStyleOptionViewItem,
)

from badgedesk.core import plan
from badgedesk.core.draft import CohortDraft
from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.gui import cohort_model
from badgedesk.gui.cohort_model import CHECK, CONSENT, EMAIL, ISSUED, CohortModel
from badgedesk.gui.cohort_page import CohortPage
from badgedesk.platforms.base import Badge, IssueRequest
from badgedesk.platforms.navigatr_sim import FIRST_AID_BADGE_ID

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE_XLSX = RESOURCES / "sample-cohort.xlsx"
SAMPLE_CSV = RESOURCES / "sample-cohort.csv"
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def page(state, qtbot):
    widget = CohortPage(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    qtbot.waitUntil(lambda: not widget.working, timeout=10000)


def open_and_wait(qtbot, page, path):
    page.open_file(str(path))
    qtbot.waitUntil(lambda: not page.working, timeout=10000)


def wait_idle(qtbot, page):
    qtbot.waitUntil(lambda: not page.working, timeout=10000)


def position(page, source_row):
    pos = page.model.position_of(source_row)
    assert pos >= 0, f"row {source_row} is not in the grid"
    return pos


def cell(page, source_row, column, role=Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(position(page, source_row), column), role)


def consent(page, source_row):
    return cell(page, source_row, CONSENT, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def answer(monkeypatch, button):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2] if len(args) > 2 else "")
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def dialog_returns(monkeypatch, name, path):
    """QFileDialog.<name> answers ``path`` at once, as if the user had chosen it."""
    monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: (str(path), "")))


def write_csv(path, lines):
    path.write_text("\n".join(",".join(cells) for cells in lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- opening


def test_open_the_sample_workbook(qtbot, page, state):
    seen = []
    state.navigate.connect(seen.append)
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    assert page.error_label.isHidden()
    assert page.file_label.text() == "sample-cohort.xlsx"
    assert page.header_spin.value() == 4  # a title block sits above the header row
    assert page.sheet_combo.currentText() == "Learners"
    assert page.model.rowCount() == 24
    assert page.summary_label.text() == "24 learners · 20 ready · 2 no consent · 1 invalid · 1 duplicate"
    assert state.cohort_draft is page.draft and page.is_complete()
    assert str(SAMPLE_XLSX) in state.settings.recent_files()
    assert page.mapping_panel.combos["email"].currentText() == "C: Email"
    assert page.mapping_panel.combos["full_name"].currentText() == "(none)"
    assert page.continue_button.isEnabled()
    page.continue_button.click()
    assert seen == ["issue"]


def test_open_the_sample_csv(qtbot, page):
    open_and_wait(qtbot, page, SAMPLE_CSV)
    assert page.header_spin.value() == 1 and page.sheet_combo.count() == 0
    assert not page.sheet_combo.isEnabled()
    assert page.draft.counts()["learners"] == 24


def test_a_broken_file_shows_one_line(qtbot, page, state, tmp_path):
    open_and_wait(qtbot, page, SAMPLE_CSV)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    open_and_wait(qtbot, page, broken)
    text = page.error_label.text()
    assert page.error_label.isVisible() and "broken.xlsx" in text and "Re-save it" in text
    assert "\n" not in text and "Traceback" not in text
    assert page.draft.path == SAMPLE_CSV and state.cohort_draft is page.draft  # the open list stays
    open_and_wait(qtbot, page, tmp_path / "missing.csv")
    assert "missing.csv was not found" in page.error_label.text()


def test_pick_a_sheet_in_a_workbook(qtbot, page, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Read me"
    wb.active.append(["This workbook holds two groups."])
    morning = wb.create_sheet("Morning")
    morning.append(["First name", "Last name", "Email"])
    morning.append(["Ada", "Lovelace", "ada@example.org"])
    afternoon = wb.create_sheet("Afternoon")
    afternoon.append(["Afternoon group"])
    afternoon.append(["Forename", "Surname", "E-mail", "Consent"])
    afternoon.append(["Alan", "Turing", "alan@example.org", "yes"])
    afternoon.append(["Grace", "Hopper", "grace@example.org", "yes"])
    wb.save(tmp_path / "groups.xlsx")
    open_and_wait(qtbot, page, tmp_path / "groups.xlsx")
    combo = page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Read me", "Morning", "Afternoon"]
    assert combo.currentText() == "Morning" and combo.isEnabled()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard picks the next sheet
    wait_idle(qtbot, page)
    assert page.draft.sheet == "Afternoon" and page.header_spin.value() == 2
    assert [item.email for item in page.draft.rows()] == ["alan@example.org", "grace@example.org"]
    assert page.summary_label.text() == "2 learners · 2 ready"


def test_change_the_header_row(qtbot, page, state):
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=checkbox_pos(page, 12))
    assert consent(page, 12)
    page.header_spin.setValue(2)  # the subtitle row: no learner columns there
    qtbot.waitUntil(lambda: page.draft.header_row == 2, timeout=5000)
    wait_idle(qtbot, page)
    assert "No column for email addresses" in page.error_label.text()
    assert "Column mapping" in page.error_label.text()
    assert page.model.rowCount() == 0 and state.cohort_draft is None
    assert not page.continue_button.isEnabled()
    page.header_spin.setValue(3)  # an empty row: refused, and the spin box goes back
    qtbot.waitUntil(lambda: "Row 3" in page.error_label.text(), timeout=5000)
    assert page.header_spin.value() == 2 and page.draft.header_row == 2
    page.header_spin.setValue(4)
    qtbot.waitUntil(lambda: page.draft.header_row == 4, timeout=5000)
    wait_idle(qtbot, page)
    assert page.error_label.isHidden() and page.model.rowCount() == 24
    assert consent(page, 12)  # the tick survived: same row, same learner
    assert state.cohort_draft is page.draft


def test_change_a_mapping(qtbot, page, tmp_path):
    path = write_csv(
        tmp_path / "contacts.csv",
        [
            ["First name", "Last name", "Contact", "Personal email"],
            ["Ada", "Lovelace", "ada@work.example", "ada@home.example"],
            ["Alan", "Turing", "alan@work.example", "alan@home.example"],
        ],
    )
    open_and_wait(qtbot, page, path)
    assert page.draft.mapping["email"] == 3  # found by its name
    combo = page.mapping_panel.combos["email"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # D: Personal email -> C: Contact
    assert combo.currentText() == "C: Contact"
    assert page.draft.mapping["email"] == 2
    assert cell(page, 2, EMAIL) == "ada@work.example"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)  # (none)
    assert "No column for email addresses" in page.error_label.text() and page.model.rowCount() == 0


# --------------------------------------------------------------------------- consent


def checkbox_pos(page, source_row) -> QPoint:
    index = page.model.index(position(page, source_row), CONSENT)
    option = QStyleOptionViewItem()
    option.initFrom(page.grid)
    option.rect = page.grid.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = page.grid.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, page.grid
    )
    return rect.center()


def test_tick_consent_with_space_and_with_the_mouse(qtbot, page, state):
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    assert not consent(page, 12) and not consent(page, 19)
    page.grid.setFocus()
    page.select_row(12)
    page.grid.setCurrentIndex(page.model.index(position(page, 12), EMAIL))  # Space works from any cell
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert consent(page, 12)
    assert re.fullmatch(r"ticked by .+ at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", page.draft.row(12).consent_source)
    assert "ticked by" in cell(page, 12, CONSENT, Qt.ItemDataRole.ToolTipRole)
    assert page.summary_label.text().startswith("24 learners · 21 ready · 1 no consent")
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert not consent(page, 12)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=checkbox_pos(page, 19))
    assert consent(page, 19)
    assert state.cohort_draft.row(19).consent_source.startswith("ticked by ")


def test_one_tick_repaints_one_row_without_comparing_every_row(qtbot, page, monkeypatch):
    """A consent tick changes one learner: the grid repaints that row only, and neither the draft nor
    the grid compares or counts every row (the window thread does it at once at 100,000 learners)."""
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    model, row = page.model, position(page, 12)
    before = page.draft.counts()
    spans = []
    model.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), b.row())))
    walked = []
    monkeypatch.setattr(type(model), "refresh", lambda self: walked.append("refresh"))
    assert model.setData(model.index(row, CONSENT), 2, Qt.ItemDataRole.CheckStateRole)
    assert spans == [(row, row)] and walked == []
    assert consent(page, 12) and page.draft.counts()["ready"] == before["ready"] + 1
    assert "21 ready" in page.summary_label.text()


def test_bulk_tick_asks_first(qtbot, page, state, monkeypatch, tmp_path):
    path = write_csv(
        tmp_path / "no-consent.csv",
        [
            ["First name", "Last name", "Email"],
            ["Ada", "Lovelace", "ada@example.org"],
            ["Alan", "Turing", "alan@example.org"],
        ],
    )
    open_and_wait(qtbot, page, path)
    assert "no consent column" in page.notes_label.text()
    assert page.summary_label.text() == "2 learners · 0 ready · 2 no consent"
    assert not page.continue_button.isEnabled()
    asked = answer(monkeypatch, No)
    qtbot.mouseClick(page.tick_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "operator's statement" in asked[0]
    assert not consent(page, 2) and not consent(page, 3) and not page.is_complete()
    answer(monkeypatch, Yes)
    with qtbot.waitSignal(page.completeChanged) as blocker:
        qtbot.mouseClick(page.tick_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert consent(page, 2) and consent(page, 3)
    draft = state.cohort_draft
    assert draft.consent_mode() == "operator_statement"
    records = draft.learner_records()
    assert all(r.consent and r.consent_source.startswith("operator statement (bulk) by ") for r in records)
    info = plan.run_info(
        draft.cohort, platform="navigatr", environment="e", base_url="u", badge_id="1", badge_name="B",
        mode=draft.consent_mode(),
    )  # fmt: skip
    run_id = state.journal.create_run(info, records)
    assert state.journal.run(run_id)["consent_mode"] == "operator_statement"
    assert all(
        r["consent_source"].startswith("operator statement (bulk)") for r in state.journal.rows(run_id)
    )
    qtbot.mouseClick(page.untick_button, Qt.MouseButton.LeftButton)
    assert not consent(page, 2) and not page.continue_button.isEnabled()


def test_bulk_tick_leaves_learners_who_said_no(qtbot, page, monkeypatch):
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    asked = answer(monkeypatch, Yes)
    page.tick_button.click()
    assert asked == [] and "already is" in page.info_label.text()  # everyone else already said yes
    assert not consent(page, 12) and not consent(page, 19)


# --------------------------------------------------------------------------- checks and corrections


def edit_cell(qtbot, page, source_row, column, text):
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(position(page, source_row), column))
    qtbot.keyClick(page.grid, Qt.Key.Key_F2)
    editors = [e for e in page.grid.findChildren(QLineEdit) if e.isVisible()]  # older ones linger hidden
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: page.grid.state() != page.grid.State.EditingState, timeout=2000)


def test_edit_an_email_inline(qtbot, page):
    before = SAMPLE_XLSX.read_bytes()
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    assert cell(page, 21, CHECK) == "Invalid row"
    assert "is not a valid email address" in cell(page, 21, CHECK, Qt.ItemDataRole.ToolTipRole)
    assert cell(page, 21, EMAIL, Qt.ItemDataRole.BackgroundRole) is not None
    resets, changes = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), b.row())))
    edit_cell(qtbot, page, 21, EMAIL, "emile.laurent@example.com")
    assert cell(page, 21, EMAIL) == "emile.laurent@example.com" and cell(page, 21, CHECK) == "Ready"
    assert resets == [] and changes == [(position(page, 21), position(page, 21))]
    assert page.summary_label.text() == "24 learners · 21 ready · 2 no consent · 1 duplicate"
    assert "Corrected here" in cell(page, 21, EMAIL, Qt.ItemDataRole.ToolTipRole)
    assert SAMPLE_XLSX.read_bytes() == before  # the source file is never modified


def test_duplicates_are_marked_and_follow_corrections(qtbot, page):
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    assert cell(page, 28, CHECK) == "Duplicate"
    assert "repeats the email address of row 6" in cell(page, 28, CHECK, Qt.ItemDataRole.ToolTipRole)
    changes = []
    page.model.dataChanged.connect(lambda a, b, *_: changes.append((a.row(), b.row())))
    edit_cell(qtbot, page, 6, EMAIL, "jose.n@example.com")  # row 28 is now the only José
    assert cell(page, 28, CHECK) == "Ready" and cell(page, 6, CHECK) == "Ready"
    assert sorted(changes) == [(position(page, 6),) * 2, (position(page, 28),) * 2]
    edit_cell(qtbot, page, 7, EMAIL, "JOSE.N@example.com ")
    assert cell(page, 7, CHECK) == "Duplicate"


def test_apply_a_gmial_suggestion(qtbot, page, tmp_path):
    path = write_csv(
        tmp_path / "typos.csv",
        [["First name", "Last name", "Email", "Consent"], ["Ada", "Lovelace", "ada@gmial.com", "yes"]],
    )
    before = path.read_bytes()
    open_and_wait(qtbot, page, path)
    assert cell(page, 2, CHECK) == "Check email"
    assert "did you mean ada@gmail.com?" in cell(page, 2, CHECK, Qt.ItemDataRole.ToolTipRole)
    assert "1 email(s) to check" in page.summary_label.text()
    assert not page.suggest_button.isEnabled()
    page.select_row(2)
    assert page.suggest_button.isEnabled()
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert cell(page, 2, EMAIL) == "ada@gmail.com" and cell(page, 2, CHECK) == "Ready"
    assert not page.suggest_button.isEnabled() and path.read_bytes() == before


def test_a_refused_correction_is_explained(qtbot, page, tmp_path):
    path = write_csv(tmp_path / "full.csv", [["Full name", "Email"], ["Ada Lovelace", "ada@example.org"]])
    open_and_wait(qtbot, page, path)
    edit_cell(qtbot, page, 2, 2, "Ada, Countess")  # First name, written into the full-name column
    assert "comma" in page.error_label.text() and cell(page, 2, 2) == "Ada"


# --------------------------------------------------------------------------- already issued


def test_already_issued_from_the_journal(qtbot, page, connected):
    state = connected
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    record = LearnerRecord(
        5, "zoe.bronte@example.org", "zoe.bronte@example.org", "Zoë", "Brontë", True, "x", "issued"
    )
    info = RunInfo(platform="navigatr", environment=state.environment_key(), base_url="", badge_id="2001",
                   consent_mode="column")  # fmt: skip
    run_id = state.journal.create_run(info, [record])
    state.set_badge(Badge(id="2001", name="First Aid at Work"))
    qtbot.waitUntil(lambda: cell(page, 5, ISSUED) == f"run {run_id}", timeout=5000)
    assert cell(page, 5, CHECK) == "Already issued"
    assert f"Run {run_id} already issued" in cell(page, 5, CHECK, Qt.ItemDataRole.ToolTipRole)
    assert "1 already issued" in page.summary_label.text()
    state.set_badge(Badge(id="2002", name="Another badge"))
    qtbot.waitUntil(lambda: cell(page, 5, ISSUED) == "", timeout=5000)


def test_check_against_the_platform(qtbot, page, connected):
    state = connected
    open_and_wait(qtbot, page, SAMPLE_CSV)
    page.check_button.click()
    assert "Choose the badge first" in page.info_label.text() and not page.working
    badge_id = str(FIRST_AID_BADGE_ID)
    with state.client() as client:
        answer = client.issue(
            IssueRequest.for_email(badge_id, "amelia.hart@example.org", "Amelia", "Hart", provider_id="1")
        )
    assert answer.kind == "issued", answer
    state.set_badge(Badge(id=badge_id, name="First Aid at Work"))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.working and page.check_button.text() == "Stop checking"
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert "1 learner(s) already hold this badge" in page.info_label.text()
    assert cell(page, 5, ISSUED) == "on platform" and cell(page, 5, CHECK) == "Already issued"
    assert page.draft.counts()["already_issued"] == 1


def test_check_needs_a_connection(qtbot, page):
    open_and_wait(qtbot, page, SAMPLE_CSV)
    page.check_button.click()
    assert "needs a connection" in page.info_label.text()


# --------------------------------------------------------------------------- prepared cohorts and template


def test_save_prepared_and_reopen(qtbot, page, state, monkeypatch, tmp_path):
    source = Path(shutil.copy(SAMPLE_XLSX, tmp_path / "cohort.xlsx"))
    before = source.read_bytes()
    open_and_wait(qtbot, page, source)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=checkbox_pos(page, 12))
    edit_cell(qtbot, page, 21, EMAIL, "emile.laurent@example.com")
    page.grid.setFocus()
    page.select_row(5)
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)  # Zoë withdrew
    expected = [(i.row, i.email, i.status, i.consent, i.consent_source) for i in page.draft.rows()]
    dialog_returns(monkeypatch, "getSaveFileName", tmp_path / "spring")
    page.save_prepared()
    wait_idle(qtbot, page)
    saved = tmp_path / "spring.badgedesk-cohort.json"
    assert saved.is_file() and "Prepared cohort saved" in page.info_label.text()
    page.open_file(str(SAMPLE_CSV))
    wait_idle(qtbot, page)
    dialog_returns(monkeypatch, "getOpenFileName", saved)
    page.choose_file()
    wait_idle(qtbot, page)
    assert page.draft.path == source and page.error_label.isHidden() and page.notes_label.isHidden()
    assert [(i.row, i.email, i.status, i.consent, i.consent_source) for i in page.draft.rows()] == expected
    assert not consent(page, 5) and consent(page, 12) and cell(page, 21, CHECK) == "Ready"
    assert str(saved) in state.settings.recent_files()
    assert source.read_bytes() == before


def test_reopen_after_the_source_changed_or_moved(qtbot, page, monkeypatch, tmp_path):
    source = Path(shutil.copy(SAMPLE_CSV, tmp_path / "cohort.csv"))
    open_and_wait(qtbot, page, source)
    edit_cell(qtbot, page, 18, EMAIL, "emile.laurent@example.com")
    saved = page.draft.save(tmp_path / "p.json")
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    source.write_text("\n".join([lines[0], "Barbara,Liskov,barbara@example.org,Yes,90", *lines[1:]]) + "\n")
    open_and_wait(qtbot, page, saved)
    notes = page.notes_label.text()
    assert page.notes_label.isVisible() and "has changed since this cohort was prepared" in notes
    assert "correct it again" in notes and page.model.rowCount() == 25
    moved = Path(shutil.move(str(source), tmp_path / "renamed.csv"))
    asked = answer(monkeypatch, Yes)
    dialog_returns(monkeypatch, "getOpenFileName", moved)
    open_and_wait(qtbot, page, saved)
    assert len(asked) == 1 and "no longer in" in asked[0]
    wait_idle(qtbot, page)
    assert page.draft.path == moved and page.model.rowCount() == 25


def test_new_template_is_written_and_reopens(qtbot, page, monkeypatch, tmp_path):
    dialog_returns(monkeypatch, "getSaveFileName", tmp_path / "tpl")
    page.new_template()
    wait_idle(qtbot, page)
    path = tmp_path / "tpl.xlsx"
    assert path.is_file() and "Template saved as tpl.xlsx" in page.info_label.text()
    wb = openpyxl.load_workbook(path)
    ws = wb["Learners"]
    assert [c.value for c in ws[1]][:4] == ["First name", "Last name", "Email", "Consent"]
    assert any(v.formula1 == '"Yes,No"' for v in ws.data_validations.dataValidation)
    assert ws.column_dimensions["H"].number_format == "yyyy-mm-dd"
    open_and_wait(qtbot, page, path)  # blank: every column mapped, and a one-line note about the rows
    assert "no learners below it" in page.error_label.text()
    assert page.mapping_panel.mapping() == {
        "first_name": 0, "last_name": 1, "email": 2, "consent": 3, "score": 4,
        "evidence_text": 5, "evidence_url": 6, "issue_date": 7,
    }  # fmt: skip
    ws.append(["Ada", "Lovelace", "ada@example.org", "Yes", 90])
    wb.save(path)
    open_and_wait(qtbot, page, path)
    assert page.error_label.isHidden() and page.summary_label.text() == "1 learner · 1 ready"


# --------------------------------------------------------------------------- locks, keyboard, model


def test_busy_locks_the_inputs(qtbot, page, state):
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    state.set_busy(True)
    assert not page.open_button.isEnabled() and not page.tick_button.isEnabled()
    assert not page.mapping_panel.isEnabled() and not page.header_spin.isEnabled()
    index = page.model.index(position(page, 12), CONSENT)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not page.model.flags(page.model.index(0, EMAIL)) & Qt.ItemFlag.ItemIsEditable
    page.grid.setFocus()
    page.select_row(12)
    qtbot.keyClick(page.grid, Qt.Key.Key_Space)
    assert not consent(page, 12)
    page.open_file(str(SAMPLE_CSV))
    assert "run is in progress" in page.error_label.text() and page.draft.path == SAMPLE_XLSX
    state.set_busy(False)
    assert page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable and page.open_button.isEnabled()


def test_every_control_is_named_and_has_a_unique_mnemonic(page):
    controls = page.findChildren(QAbstractButton) + page.findChildren(QComboBox) + page.findChildren(QSpinBox)
    controls = [w for w in controls if w.isVisibleTo(page)]
    assert len(controls) >= 19 and [w for w in controls if not w.accessibleName()] == []
    texts = [b.text() for b in page.findChildren(QAbstractButton)] + [
        lbl.text() for lbl in page.findChildren(QLabel)
    ]
    keys = [m.group(1).lower() for t in texts for m in [re.search(r"&(\w)", t)] if m]
    assert len(keys) >= 19 and len(keys) == len(set(keys)), keys
    assert not {"f", "g", "h"} & set(keys)  # the menu bar's File, Go and Help
    assert page.grid.accessibleName() == "Learners" and not page.grid.tabKeyNavigation()


def test_model_passes_the_model_tester(qtmodeltester):
    model = CohortModel()
    draft = CohortDraft.open(SAMPLE_XLSX)
    draft.mark_already_issued({"zoe.bronte@example.org": 3})
    model.set_draft(draft)
    qtmodeltester.check(model)
    index = model.index(position_in(model, 12), CONSENT)
    assert model.setData(index, 2, Qt.ItemDataRole.CheckStateRole)  # an int, as views pass it
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert draft.row(12).consent is False
    assert model.setData(model.index(position_in(model, 21), EMAIL), "emile@example.com")
    qtmodeltester.check(model)
    model.set_draft(None)
    qtmodeltester.check(model)


def position_in(model, source_row):
    return model.position_of(source_row)


def test_the_mapping_and_the_draft_follow_the_platforms_identity(qtbot, page, state, tmp_path):
    from badgedesk.core.connections import Connection

    panel = page.mapping_panel
    assert panel.labels["email"].text() == "&Email:" and not panel.combos["recipient_id"].isVisibleTo(page)
    assert panel.combos["score"].isVisibleTo(page)  # no connection yet: every field the file may use
    source = tmp_path / "mentors.csv"
    source.write_text(
        "Peer mentor ID,Full name,Email,Consent,Note\nPM-7,Ada Lovelace,,yes,Great\nPM-8,Bo Diddley,bo@example.org,yes,\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, page, source)
    assert page.draft.identity.uses_email  # keyed on the email, so Ada (no address) is invalid
    assert [r.status for r in page.draft.rows()] == ["skipped_invalid", "valid"]
    # A platform that knows learners by an ID: the panel names that ID, and the draft keys on it.
    conn = state.connections.add(
        Connection(
            name="Mentors",
            platform="award-service",
            base_url="https://awards.example.org",
            fields={"awarded_by": "trainer-1"},
        ),
        "award-token-123",
        state.secrets,
    )
    state.set_connection(conn)
    assert panel.labels["recipient_id"].text() == "P&eer mentor ID:"
    assert panel.labels["email"].text() == "Email:"  # optional here, and its mnemonic moves to the key
    assert panel.combos["recipient_id"].accessibleName() == "Column for Peer mentor ID"
    assert panel.combos["recipient_id"].isVisibleTo(page) and panel.combos["note"].isVisibleTo(page)
    assert not panel.combos["expires"].isVisibleTo(page)  # these awards carry no expiry date
    assert page.draft.identity.label == "Peer mentor ID"
    assert {r.recipient_key for r in page.draft.rows()} == {"PM-7", "PM-8"}
    key_column = cohort_model.EMAIL  # the grid shows the ID where the email was, under its name
    assert page.model.headerData(key_column, Qt.Orientation.Horizontal) == "Peer mentor ID"
    assert [page.model.index(i, key_column).data() for i in range(2)] == ["PM-7", "PM-8"]
    assert [r.status for r in page.draft.rows()] == ["valid", "valid"]
    # Back on an email platform (Credly): keyed on the email again, with its expiry date offered.
    credly = state.connections.add(
        Connection(name="Credly", platform="credly", fields={"org_id": "org-1"}),
        "credly-token",
        state.secrets,
    )
    state.set_connection(credly)
    assert page.draft.identity.uses_email and panel.labels["email"].text() == "&Email:"
    assert page.model.headerData(key_column, Qt.Orientation.Horizontal) == "Email"
    assert [page.model.index(i, key_column).data() for i in range(2)] == ["", "bo@example.org"]
    assert panel.combos["expires"].isVisibleTo(page)
    assert panel.combos["recipient_id"].isVisibleTo(
        page
    )  # Credly ignores it, but the file maps it: still shown
    assert not panel.combos["score"].isVisibleTo(page)  # Credly badges have no minimum score


def test_a_badge_with_a_minimum_score_shows_the_scores_and_flags_rows_below_it(qtbot, page, state):
    from badgedesk.gui.cohort_model import SCORE

    open_and_wait(qtbot, page, SAMPLE_CSV)
    assert page.grid.isColumnHidden(SCORE)  # no badge, no minimum: no Score column
    state.set_badge(Badge("77", "Assessed Skills Check", min_score=70))
    assert not page.grid.isColumnHidden(SCORE)
    model = page.model
    below = [p for p in range(model.rowCount()) if model.index(p, CHECK).data() == "Score too low"]
    scores = {model.index(p, SCORE).data() for p in below}
    assert scores == {"58", "67"}  # the sample cohort's two learners under 70, flagged before the run
    assert "minimum score (70)" in model.index(below[0], SCORE).data(Qt.ItemDataRole.ToolTipRole)
    state.set_badge(Badge("78", "First Aid", min_score=None))
    assert page.grid.isColumnHidden(SCORE)
    assert all(model.index(p, CHECK).data() != "Score too low" for p in range(model.rowCount()))


def test_position_of_finds_every_shown_row_and_no_other(qtbot, page):
    open_and_wait(qtbot, page, SAMPLE_XLSX)
    model = page.model
    rows = [model.draft_row(i).row for i in range(model.rowCount())]
    assert [model.position_of(r) for r in rows] == list(range(len(rows)))
    assert model.position_of(rows[0] - 1) == -1 and model.position_of(rows[-1] + 1) == -1
