"""Issue 10, deliverable 4: opening a big learner list never runs row-proportional work on the window
thread. No wall-clock assertions: spies record which thread did the work and how much of it."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from badgedesk.core import draft as draft_module
from badgedesk.core.draft import CohortDraft
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.gui import cohort_loading, cohort_page, cohort_reading
from badgedesk.gui.cohort_loading import ReadJob, size_columns
from badgedesk.gui.cohort_model import CohortModel
from badgedesk.platforms.base import Badge
from badgedesk.platforms.navigatr_sim import FIRST_AID_BADGE_ID
from tests.gui.test_cohort_page import open_and_wait, page  # noqa: F401 (the page fixture)

SAMPLE_CSV = Path(__file__).resolve().parents[2] / "resources" / "sample-cohort.csv"


def write_csv(path: Path, rows: int, dates: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["First name", "Last name", "Email", "Consent"] + (["Issue date"] if dates else []))
        for i in range(rows):
            date = [f"0{1 + i % 9}/0{1 + (i + 3) % 9}/2025"] if dates else []
            out.writerow([f"First{i}", f"Last{i}", f"learner{i}@example.org", "yes", *date])
    return path


class ThreadSpy:
    """Records the thread of every call to ``owner.name`` (the real method still runs)."""

    def __init__(self, monkeypatch, owner, name):
        self.threads: list[threading.Thread] = []
        real = getattr(owner, name)

        def spy(*args, **kwargs):
            self.threads.append(threading.current_thread())
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, spy)

    @property
    def on_window_thread(self) -> int:
        return sum(1 for t in self.threads if t is threading.main_thread())


@pytest.fixture
def with_badge(connected):
    connected.set_badge(Badge(id=str(FIRST_AID_BADGE_ID), name="First Aid at Work"))
    return connected


def issue_earlier(state, keys):
    records = [LearnerRecord(i + 2, k, k, "F", "L", True, "op", "issued") for i, k in enumerate(keys)]
    info = RunInfo(state.connection.spec.key, state.environment_key(), "", str(FIRST_AID_BADGE_ID), "column")
    state.journal.create_run(info, records)


def test_opening_makes_every_row_off_the_window_thread(qtbot, page, with_badge, tmp_path, monkeypatch):
    issue_earlier(with_badge, ["learner3@example.org", "learner7@example.org"])
    rows = ThreadSpy(monkeypatch, CohortDraft, "_make_row")
    validate = ThreadSpy(monkeypatch, draft_module, "build_cohort")
    open_and_wait(qtbot, page, write_csv(tmp_path / "big.csv", 3000))
    qtbot.waitUntil(lambda: page.draft is not None and page.draft.counts()["already_issued"] == 2)
    assert page.model.rowCount() == 3000
    assert len(rows.threads) >= 3000 and validate.threads  # the work was done ...
    assert rows.on_window_thread == 0 and validate.on_window_thread == 0  # ... never on the window thread


def test_the_issued_check_is_one_set_based_query_off_the_window_thread(
    qtbot, page, with_badge, tmp_path, monkeypatch
):
    issue_earlier(with_badge, ["learner5@example.org"])
    calls = []
    real = Journal.issued_among

    def spy(self, platform, environment, badge_id, keys):
        calls.append((threading.current_thread(), set(keys)))
        return real(self, platform, environment, badge_id, keys)

    monkeypatch.setattr(Journal, "issued_among", spy)
    monkeypatch.setattr(
        Journal, "issued_keys", lambda *a: pytest.fail("one query per cohort, not the whole badge")
    )
    open_and_wait(qtbot, page, write_csv(tmp_path / "list.csv", 1500))
    assert len(calls) == 1
    thread, keys = calls[0]
    assert thread is not threading.main_thread() and len(keys) == 1500
    assert page.draft.row(7).already_issued_run is not None

    calls.clear()  # a new run in the journal: asked again, once, and marked without a row made here
    rows = ThreadSpy(monkeypatch, CohortDraft, "_make_row")
    issue_earlier(with_badge, ["learner6@example.org"])
    with_badge.runsChanged.emit()
    qtbot.waitUntil(lambda: page.draft.counts()["already_issued"] == 2)
    assert len(calls) == 1 and rows.threads and rows.on_window_thread == 0


def test_columns_are_sized_from_a_sample_of_rows_never_every_row(qtbot, page, tmp_path, monkeypatch):
    asked: set[int] = set()
    real = CohortModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.add(index.row())
        return real(self, index, role)

    monkeypatch.setattr(
        cohort_page.LearnerGrid, "resizeColumnsToContents", lambda self: pytest.fail("every row")
    )
    calls = []
    monkeypatch.setattr(
        cohort_page, "size_columns", lambda view, **kw: calls.append(size_columns(view, sample_rows=40, **kw))
    )
    monkeypatch.setattr(CohortModel, "data", data)
    open_and_wait(qtbot, page, write_csv(tmp_path / "big.csv", 2500))
    assert page.model.rowCount() == 2500 and calls
    asked.clear()
    measured = size_columns(page.grid, sample_rows=40)
    assert measured <= 40 and len(asked) <= 40


def test_size_columns_measures_at_most_the_sample(qtbot, tmp_path):
    model = CohortModel()
    model.set_draft(CohortDraft.open(write_csv(tmp_path / "l.csv", 500)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert size_columns(view, sample_rows=25) <= 25
    assert view.columnWidth(2) > 0


def test_cancel_mid_read_keeps_the_previous_cohort_and_says_so(qtbot, page, tmp_path, monkeypatch):
    open_and_wait(qtbot, page, SAMPLE_CSV)
    before, shown = page.draft, page.model.rowCount()
    real = draft_module.read_table
    reports = []

    def held(path, sheet=None, header_row=None, *, progress=None, cancel=None):
        def report(r):
            reports.append(r)
            progress(r)
            if r.phase == "reading":
                cancel.wait(20)  # the trainer presses Cancel reading meanwhile

        return real(path, sheet, header_row, progress=report, cancel=cancel)

    monkeypatch.setattr(draft_module, "read_table", held)
    page.open_file(str(write_csv(tmp_path / "big.csv", 6000)))
    assert page.cancel_read_button.isVisible()
    qtbot.waitUntil(lambda: "so far" in page.info_label.text(), timeout=20000)  # progress arrived
    qtbot.mouseClick(page.cancel_read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert page.draft is before and page.model.rowCount() == shown
    assert "cancelled" in page.info_label.text().lower() and page.error_label.isHidden()
    assert page.cancel_read_button.isHidden()
    assert any(r.phase == "reading" and r.rows > 0 for r in reports)
    assert page.open_button.isEnabled()


def test_progress_is_relayed_at_most_every_tenth_of_a_second(qtbot, monkeypatch):
    job = ReadJob()
    got = []
    job.progressed.connect(lambda *a: got.append(a))
    clock = [100.0]
    monkeypatch.setattr(cohort_loading.time, "monotonic", lambda: clock[0])
    from badgedesk.core.isolate import ReadProgress

    job.progress(ReadProgress("opening", 0))
    for rows in range(1000, 20000, 1000):  # 19 reports within the same instant
        job.progress(ReadProgress("reading", rows, "Sheet1"))
    clock[0] += 0.2
    job.progress(ReadProgress("reading", 20000, "Sheet1"))
    job.progress(ReadProgress("done", 20000, "Sheet1"))
    assert [g[0] for g in got] == ["opening", "reading", "done"] and got[1][1] == 20000


def test_the_model_passes_the_model_tester_after_marks_made_elsewhere(
    qtbot, qtmodeltester, page, with_badge, tmp_path
):
    issue_earlier(with_badge, ["learner1@example.org"])
    open_and_wait(qtbot, page, write_csv(tmp_path / "l.csv", 300))
    qtmodeltester.check(page.model)
    issue_earlier(with_badge, ["learner2@example.org"])
    with_badge.runsChanged.emit()
    qtbot.waitUntil(lambda: page.draft.counts()["already_issued"] == 2)
    qtmodeltester.check(page.model)


def test_choosing_the_date_order_checks_the_rows_again_off_the_window_thread(
    qtbot, page, tmp_path, monkeypatch
):
    monkeypatch.setattr(cohort_reading, "INLINE_ROWS", 100)  # a bigger cohort: off the window thread
    open_and_wait(qtbot, page, write_csv(tmp_path / "dates.csv", 400, dates=True))
    findings = page.findings
    assert page.draft.cohort.needs_date_order and findings.dates_row.isVisibleTo(page)
    assert "Issue date" in findings.dates_label.text()
    before = page.draft
    validate = ThreadSpy(monkeypatch, draft_module, "build_cohort")
    combo = findings.date_combo
    combo.setCurrentIndex(combo.findData("dmy"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not page.working, timeout=20000)
    assert page.error_label.isHidden(), page.error_label.text()
    assert page.draft is not before
    assert page.draft.date_order == "dmy" and not page.draft.cohort.needs_date_order
    assert validate.threads and validate.on_window_thread == 0
    assert before.date_order is None  # the draft shown meanwhile was not touched
    assert combo.currentData() == "dmy"


def test_the_consent_header_taken_is_shown(qtbot, page, tmp_path):
    path = tmp_path / "forms.csv"
    path.write_text(
        "Name,Email,I consent to my name and email being shared with the badge platform\n"
        "Ada Lovelace,ada@example.org,Yes\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, page, path)
    text = page.findings.found_label.text()
    assert page.findings.found_label.isVisibleTo(page)
    assert "I consent to my name and email being shared" in text and "question" in text
    assert not any("taken as the learners' consent" in n for n in page.notes_label.text().split("\n"))


def test_a_small_cohort_takes_the_date_order_at_once(qtbot, page, tmp_path):
    open_and_wait(qtbot, page, write_csv(tmp_path / "dates.csv", 30, dates=True))
    combo = page.findings.date_combo
    combo.setCurrentIndex(combo.findData("mdy"))
    combo.activated.emit(combo.currentIndex())
    assert page.draft.date_order == "mdy" and not page.draft.cohort.needs_date_order
    assert "Choose the order" not in page.findings.dates_label.text()
