"""The CLI names where a run issued as the app does ("Navigatr · simulator · Northwind Training"),
in its output and in every export, end to end against the Navigatr simulator."""

from __future__ import annotations

import csv
import json

import openpyxl

from badgedesk import __version__, paths
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo
from badgedesk.platforms import navigatr_sim as simmod
from tests.test_cli import env, people, run_cli, sim, write_cohort  # noqa: F401 - fixtures
from tests.test_cli_v2 import kr, saved  # noqa: F401 - fixtures

BADGE = str(simmod.FIRST_AID_BADGE_ID)
WHERE = "Navigatr · simulator · Northwind Training"


def about(path):
    return dict(openpyxl.load_workbook(path)["About"].iter_rows(values_only=True))


def test_issue_results_and_export_say_where_and_which_run(env, tmp_path, capsys):
    cohort = write_cohort(tmp_path / "c.csv", people(2, "where"))
    results = tmp_path / "results.xlsx"
    code, _, err = run_cli(
        capsys,
        "issue",
        cohort,
        "--badge",
        BADGE,
        "--provider",
        simmod.NORTHWIND_PROVIDER_ID,
        "--yes",
        "--results",
        results,
    )
    assert code == 0, err
    assert f"on {WHERE} to 2 learners" in err
    info = about(results)
    run_id = info["Run ID"]
    assert info["Where"] == WHERE and info["Badge"] == "First Aid at Work (2001)"
    assert info["BadgeDesk version"] == __version__ and info["Exported at"].endswith(" UTC")
    assert openpyxl.load_workbook(results).sheetnames == [f"Run {run_id}", "About"]

    out = tmp_path / "again.csv"
    code, stdout, err = run_cli(capsys, "export", run_id, "--out", out)
    assert code == 0, err
    assert f"Exported run {run_id} ({WHERE}) to" in stdout
    lines = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert lines[0][-2:] == ["Run ID", "Where"]
    assert [line[-2:] for line in lines[1:]] == [[run_id, WHERE]] * 2

    code, stdout, _ = run_cli(capsys, "runs", "--json")
    [listed] = json.loads(stdout)
    assert listed["where"] == WHERE and listed["environment"] == f"custom:{env.base_url}"  # old keys stay
    code, stdout, _ = run_cli(capsys, "show", run_id, "--json")
    shown = json.loads(stdout)
    assert shown["where"] == WHERE and shown["run"]["options"]["simulated"] is True
    code, stdout, _ = run_cli(capsys, "runs")
    assert "Where" in stdout.splitlines()[0] and WHERE in stdout
    code, stdout, _ = run_cli(capsys, "show", run_id)
    assert stdout.splitlines()[0].endswith(f" — {WHERE}")


def test_a_saved_connection_names_the_account_when_no_provider_is_given(
    sim, kr, tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("NAVIGATR_PAT", raising=False)
    saved("Work", sim)
    cohort = write_cohort(tmp_path / "c.csv", people(1, "work"))
    out = tmp_path / "r.csv"
    code, _, err = run_cli(
        capsys, "issue", cohort, "--badge", BADGE, "--connection", "Work", "--yes", "--results", out
    )
    assert code == 0, err
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[1][-1] == "Navigatr · simulator · Work"


def test_a_run_that_recorded_no_simulator_is_never_called_one_by_its_address(tmp_path, capsys):
    journal = Journal(paths.journal_path())
    record = LearnerRecord(2, "a@example.org", "a@example.org", "A", "B", True, "operator", "issued")
    local = journal.create_run(
        RunInfo(
            "navigatr",
            "custom:http://127.0.0.1:8750/v1",
            "http://127.0.0.1:8750/v1",
            "2001",
            "operator_statement",
            connection="Lab",
        ),
        [record],
    )
    staging = journal.create_run(
        RunInfo(
            "navigatr",
            "staging",
            "https://stagapi.navigatr.app/v1",
            "2001",
            "operator_statement",
            badge_name="First Aid",
            connection="Northwind",
            sandbox=True,
        ),
        [record],
    )
    journal.close()
    for run_id, words in (
        (local, "Navigatr · custom address · Lab"),
        (staging, "Navigatr · staging · Northwind"),
    ):
        out = tmp_path / f"{run_id}.xlsx"
        code, _, err = run_cli(capsys, "export", run_id, "--out", out)
        assert code == 0, err
        assert about(out)["Where"] == words
    assert about(tmp_path / f"{staging}.xlsx")["Badge"] == "First Aid (2001), sandbox rehearsal"
    code, stdout, _ = run_cli(capsys, "runs")
    assert "Navigatr · staging · Northwind (sandbox)" in stdout
