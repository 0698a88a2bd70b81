"""The workbook reader's child process: started ahead once the app's window is up (so the first
workbook opens as fast as later ones), and ended when the app or a CLI command finishes."""

from __future__ import annotations

import multiprocessing

from badgedesk import cli
from badgedesk.core import isolate
from badgedesk.gui import app
from badgedesk.platforms import navigatr_sim as simmod
from tests.bench.cohort_open import write_learners


def readers() -> list:
    return [p for p in multiprocessing.active_children() if p.name == isolate.CHILD_NAME]


def test_the_app_starts_a_reader_ahead_and_ends_it_on_quit(qtbot, monkeypatch):
    isolate.release()
    assert isolate._spare is None
    monkeypatch.setattr(app, "READER_AHEAD_MS", 0)
    app._reader_ahead()
    qtbot.waitUntil(lambda: isolate._spare is not None, timeout=30000)
    child = isolate._spare[0]
    assert child.is_alive()
    app._reader_released()
    assert isolate._spare is None and not child.is_alive()


def test_a_cli_command_leaves_no_reader_behind(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BADGEDESK_HOME", str(tmp_path / "home"))
    book = write_learners(tmp_path / "learners.xlsx", 20)  # small: its reader would be kept for a next read
    kept = []
    real_keep = isolate._keep
    monkeypatch.setattr(isolate, "_keep", lambda *a: kept.append(a[0]) or real_keep(*a))
    with simmod.NavigatrSimulator() as sim:
        monkeypatch.setenv("NAVIGATR_PAT", simmod.DEMO_TOKEN)
        monkeypatch.setenv("NAVIGATR_API_URL", sim.base_url)
        code = cli.main(["issue", str(book), "--badge", str(simmod.FIRST_AID_BADGE_ID), "--dry-run"])
    captured = capsys.readouterr()
    assert code == 0 and "20 learner" in captured.out + captured.err  # it read the workbook's learners ...
    assert len(kept) == 1  # ... in a child that would have been kept for a next read ...
    assert isolate._spare is None and readers() == [] and not kept[0].is_alive()  # ... and ended it
