"""One vocabulary in exports: the Results export writes where the run issued in the Results title's
words, the Issue step records whether it issued on a simulator and as whom, and the GUI's
translated words agree with the registry's English ones (which the CLI and the core use)."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.gui import vocabulary
from badgedesk.gui.results_page import ResultsPage
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms import registry
from badgedesk.platforms import words as where_words
from tests.gui.test_issue_page import prepare

WAIT = 15000


def make_run(state, base_url, options=None, connection="Demo connection"):
    rows = [
        LearnerRecord(2, "ew0@example.org", "ew0@example.org", "=Ada", "L", True, "operator", "issued"),
        LearnerRecord(3, "ew1@example.org", "ew1@example.org", "Bo", "T", True, "operator", "failed"),
    ]
    info = RunInfo(
        platform="navigatr",
        environment=f"custom:{base_url}",
        base_url=base_url,
        badge_id="2001",
        badge_name="First Aid at Work",
        consent_mode="operator_statement",
        connection=connection,
        provider_id="1",
        options=options or {},
    )
    return state.journal.create_run(info, rows)


@pytest.fixture
def page(qtbot, state):
    p = ResultsPage(state)
    qtbot.addWidget(p)
    return p


def exported_where(qtbot, page, out):
    with qtbot.waitSignal(page.actionFinished, timeout=WAIT):
        page.export(out)
    if out.suffix == ".csv":
        lines = list(csv.reader(out.open(encoding="utf-8-sig")))
        column = lines[0].index("Where")
        assert len({line[column] for line in lines[1:]}) == 1
        return lines[1][column]
    about = dict(openpyxl.load_workbook(out)["About"].iter_rows(values_only=True))
    return about["Where"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_results_export_writes_the_words_of_the_results_title(qtbot, page, state, tmp_path, suffix):
    run_id = make_run(state, "http://127.0.0.1:1/v1", {"simulated": True, "account": "Northwind"})
    page.show_run(run_id)
    where = exported_where(qtbot, page, tmp_path / f"results{suffix}")
    assert where == "Navigatr · simulator · Northwind"
    assert f" · {where} · " in page.title.text()


def test_an_older_demo_run_exports_the_titles_words_from_this_sessions_simulators(
    qtbot, page, state, tmp_path
):
    url = "http://127.0.0.1:2/v1"
    state.simulators = {"navigatr": url}
    page.show_run(make_run(state, url))  # journalled before runs recorded "simulated"
    where = exported_where(qtbot, page, tmp_path / "old.xlsx")
    assert where == "Navigatr · simulator · Demo connection" and where in page.title.text()


def test_a_run_on_an_address_of_ones_own_says_custom_address(qtbot, page, state, tmp_path):
    page.show_run(make_run(state, "https://badges.example.org/v1", connection="Northwind"))
    where = exported_where(qtbot, page, tmp_path / "own.csv")
    assert where == "Navigatr · custom address · Northwind" and where in page.title.text()


def test_the_issue_step_records_the_simulator_and_the_provider(qtbot, state, sim, tmp_path, monkeypatch):
    from badgedesk.platforms.base import Provider

    page = prepare(state, sim, tmp_path, n=2, tag="words")
    qtbot.addWidget(page)
    state.simulators = {"navigatr": sim.base_url}
    state.set_provider(Provider(str(simmod.NORTHWIND_PROVIDER_ID), "Northwind Training"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.start()
    qtbot.waitUntil(lambda: state.run_id is not None and not state.busy, timeout=WAIT)
    run = state.journal.run(state.run_id)
    assert run["options"]["simulated"] is True and run["options"]["account"] == "Northwind Training"
    words = "Navigatr · simulator · Northwind Training"
    assert where_words.run_where(run) == words == vocabulary.run_words(state, run)
    state.simulators = {}  # another session: the run's own record still says simulator
    assert vocabulary.run_words(state, run) == words


def cases():
    for spec in registry.all_platforms():
        keys = [e.key for e in spec.environments] + ["custom:https://host.example/v1"]
        for key in keys:
            for simulated in (False, True):
                yield spec.key, key, simulated


@pytest.mark.parametrize(("platform", "environment", "simulated"), list(cases()))
def test_vocabulary_and_the_registry_agree(qapp, platform, environment, simulated):
    gui = vocabulary.describe(platform, environment, "Northwind", simulated)
    assert gui == where_words.describe(platform, environment, "Northwind", simulated)
    label, env_word, account = where_words.where_parts(platform, environment, "Northwind", simulated)
    assert gui == f"{label} · {env_word} · Northwind" and label == registry.get(platform).label
    expected = (
        "simulator"
        if simulated
        else "custom address"
        if environment.startswith("custom:")
        else registry.get(platform).environment(environment).label.lower()
    )
    assert env_word == expected
    run = {
        "platform": platform,
        "environment": environment,
        "connection": "Northwind",
        "options": {"simulated": simulated},
    }
    assert where_words.run_where(run) == gui


def test_the_words_of_each_platform(qapp):
    assert where_words.describe("navigatr", "staging", "Northwind", False) == "Navigatr · staging · Northwind"
    assert where_words.describe("credly", "sandbox", "", False) == "Credly · sandbox"
    assert where_words.describe("certifier", "production", "Acme", True) == "Certifier · simulator · Acme"
    assert where_words.describe("award-service", "custom:https://a.example", "", False) == (
        "Badge Award Service · custom address"
    )
    assert (
        where_words.describe("elsewhere", "x", "", False) == "elsewhere · x"
    )  # an unknown platform keeps its key
    assert vocabulary.platform_word("credly") == "Credly"
    assert vocabulary.environment_word("navigatr", "production", False) == "production"
