"""The command-line contract, end to end against the simulator."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from badgedesk.cli import main
from badgedesk.platforms import navigatr_sim as simmod

BADGE = str(simmod.FIRST_AID_BADGE_ID)


@pytest.fixture(scope="module")
def sim():
    with simmod.NavigatrSimulator() as server:
        yield server


@pytest.fixture
def env(sim, monkeypatch):
    monkeypatch.setenv("NAVIGATR_PAT", simmod.DEMO_TOKEN)
    monkeypatch.setenv("NAVIGATR_API_URL", sim.base_url)
    return sim


def write_cohort(
    path: Path, rows: list[tuple], header=("First name", "Last name", "Email", "Consent")
) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def people(n: int, tag: str, consent: str = "yes") -> list[tuple]:
    return [(f"Ada{i}", f"Lovelace{i}", f"ada{i}.{tag}@example.org", consent) for i in range(n)]


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def issue_requests(sim) -> int:
    return sim.stats()["issue_requests"]


def test_issue_show_runs_and_export(env, tmp_path, capsys):
    cohort = write_cohort(
        tmp_path / "cohort.csv", people(3, "ok") + [("=cmd", "Evil", "evil.ok@example.org", "no")]
    )
    results = tmp_path / "out" / "results.xlsx"
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes", "--results", results)
    assert code == 0, err
    assert results.exists()

    code, out, _ = run_cli(capsys, "runs", "--json")
    runs = json.loads(out)
    assert code == 0 and len(runs) == 1 and runs[0]["issued"] == 3
    run_id = runs[0]["id"]

    code, out, _ = run_cli(capsys, "show", run_id, "--json")
    shown = json.loads(out)
    assert Counter(r["status"] for r in shown["rows"]) == {"issued": 3, "skipped_no_consent": 1}
    assert all({"status", "http_status", "detail", "attempts"} <= set(r) for r in shown["rows"])
    assert shown["run"]["source_name"] == "cohort.csv" and len(shown["run"]["source_sha256"]) == 64
    assert shown["run"]["consent_mode"] == "column" and shown["run"]["operator"]

    out_csv = tmp_path / "results.csv"
    code, _, _ = run_cli(capsys, "export", run_id, "--out", out_csv)
    assert code == 0
    rows = list(csv.reader(out_csv.open(encoding="utf-8-sig")))
    assert rows[0][:6] == ["Row", "First name", "Last name", "Email", "Consent", "Status"]
    assert "'=cmd" in [r[1] for r in rows]  # a formula in a name is neutralised

    from openpyxl import load_workbook

    ws = load_workbook(results).active
    assert ws["F2"].value == "issued" and all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_rerunning_the_same_cohort_issues_nothing_twice(env, tmp_path, capsys):
    cohort = write_cohort(tmp_path / "again.csv", people(2, "again"))
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")[0] == 0
    before = issue_requests(env)
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")
    assert code == 0
    assert issue_requests(env) == before
    assert "2 already_issued" in err


def test_no_consent_source_is_a_usage_error_and_sends_nothing(env, tmp_path, capsys):
    cohort = write_cohort(
        tmp_path / "c.csv", [("Ada", "L", "a.nc@example.org")], header=("First name", "Last name", "Email")
    )
    before = env.stats()["requests"]
    code, out, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")
    assert code == 2
    assert "--all-consented" in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert env.stats()["requests"] == before


def test_all_consented_is_recorded_as_the_operators_statement(env, tmp_path, capsys):
    cohort = write_cohort(
        tmp_path / "c.csv", [("Ada", "L", "a.op@example.org")], header=("First name", "Last name", "Email")
    )
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes", "--all-consented")[0] == 0
    run_id = json.loads(run_cli(capsys, "runs", "--json")[1])[0]["id"]
    shown = json.loads(run_cli(capsys, "show", run_id, "--json")[1])
    assert shown["run"]["consent_mode"] == "operator_statement"
    assert "operator" in shown["rows"][0]["consent_source"]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("old.xls", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504, ".xlsx"),
        ("broken.xlsx", b"PK\x03\x04 this is not really a zip", "damaged"),
        ("missing.csv", None, "missing.csv"),
    ],
)
def test_bad_files_get_one_clear_line(env, tmp_path, capsys, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, _, err = run_cli(capsys, "issue", path, "--badge", BADGE, "--yes", "--all-consented")
    assert code == 2
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_usage_errors_exit_2(env, tmp_path, capsys):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "usage"))
    assert run_cli(capsys, "issue", cohort)[0] == 2  # no --badge
    assert run_cli(capsys, "issue", cohort, "--badge", "not-a-badge", "--yes")[0] == 2
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--sandbox", "--yes")[0] == 2
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--issue-date", "25/13/2026", "--yes")[0] == 2
    assert run_cli(capsys, "resume", "999")[0] == 2
    assert run_cli(capsys, "frobnicate")[0] == 2


def test_missing_token_exits_2_and_bad_token_exits_3(env, tmp_path, capsys, monkeypatch):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "tok"))
    monkeypatch.delenv("NAVIGATR_PAT")
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")
    assert code == 2 and "NAVIGATR_PAT" in err
    monkeypatch.setenv("NAVIGATR_PAT", "revoked-or-wrong")
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")
    assert code == 3 and "token" in err.lower()


def test_invalid_consenting_rows_make_exit_1(env, tmp_path, capsys):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "inv") + [("Bob", "Smith", "bob@@example", "yes")])
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")
    assert code == 1
    assert "row 3" in err


def test_dry_run_sends_nothing_and_records_no_run(env, tmp_path, capsys):
    cohort = write_cohort(tmp_path / "c.csv", people(2, "dry"))
    before = issue_requests(env)
    code, out, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--dry-run")
    assert code == 0 and "Dry run" in out
    assert issue_requests(env) == before
    assert json.loads(run_cli(capsys, "runs", "--json")[1]) == []


def test_without_yes_and_without_a_terminal_nothing_is_sent(env, tmp_path, capsys, monkeypatch):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "noyes"))
    before = issue_requests(env)
    with open(os.devnull) as devnull:
        monkeypatch.setattr(sys, "stdin", devnull)
        code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE)
    assert code == 2 and "--yes" in err
    assert issue_requests(env) == before


def test_sandbox_rehearsal_uses_the_sandbox_badge(env, tmp_path, capsys):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "sbx"))
    url = f"https://navigatr.app/badge/{BADGE}/first-aid-at-work"
    code, _, _ = run_cli(
        capsys,
        "issue",
        cohort,
        "--badge",
        url,
        "--sandbox",
        "--sandbox-badge",
        simmod.SANDBOX_BADGE_ID,
        "--yes",
    )
    assert code == 0
    run = json.loads(
        run_cli(capsys, "show", json.loads(run_cli(capsys, "runs", "--json")[1])[0]["id"], "--json")[1]
    )
    assert run["run"]["sandbox"] is True
    assert run["run"]["badge_id"] == str(simmod.SANDBOX_BADGE_ID) and run["run"]["real_badge_id"] == BADGE
    assert env.ledger()[-1]["badge_id"] == simmod.SANDBOX_BADGE_ID


def test_map_overrides_auto_mapping(env, tmp_path, capsys):
    cohort = write_cohort(
        tmp_path / "c.csv",
        [("Ada", "L", "ada.map@example.org", "x")],
        header=("Given", "Family", "Work mail", "OK?"),
    )
    code, _, err = run_cli(
        capsys,
        "issue",
        cohort,
        "--badge",
        BADGE,
        "--yes",
        "--map",
        "first_name=Given",
        "--map",
        "last_name=Family",
        "--map",
        "email=Work mail",
        "--map",
        "consent=OK?",
    )
    assert code == 0, err


def test_min_score_badge_flags_low_scores_before_sending(env, tmp_path, capsys):
    cohort = write_cohort(
        tmp_path / "c.csv",
        [
            ("Ada", "L", "ada.score@example.org", "yes", "55"),
            ("Bo", "M", "bo.score@example.org", "yes", "90"),
        ],
        header=("First name", "Last name", "Email", "Consent", "Score"),
    )
    before = issue_requests(env)
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", simmod.MIN_SCORE_BADGE_ID, "--yes")
    assert code == 1
    assert issue_requests(env) == before + 1
    assert "needs_review" in err and "minimum" in err


def test_providers_and_badges(env, capsys):
    code, out, _ = run_cli(capsys, "providers", "--json")
    assert code == 0 and "Northwind Training" in {p["name"] for p in json.loads(out)}
    code, out, _ = run_cli(capsys, "badges", "--provider", "1", "--json")
    assert code == 0 and len(json.loads(out)) == simmod.NORTHWIND_BADGE_COUNT


# -- real subprocesses: SIGKILL and Ctrl-C mid-run ----------------------------------------------------


def spawn(args, home, sim):
    environ = dict(
        os.environ, BADGEDESK_HOME=str(home), NAVIGATR_PAT=simmod.DEMO_TOKEN, NAVIGATR_API_URL=sim.base_url
    )
    return subprocess.Popen(
        [sys.executable, "-m", "badgedesk", *map(str, args)],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_awards(sim, tag, n, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(tag in a["recipient_email"] for a in sim.ledger()) >= n:
            return
        time.sleep(0.02)
    raise AssertionError(f"fewer than {n} awards within {timeout} s")


@pytest.mark.parametrize("how", ["sigkill", "sigint"])
def test_killed_mid_run_then_resumed_issues_everyone_exactly_once(tmp_path, how):
    tag = f"kill-{how}"
    with simmod.NavigatrSimulator(latency_ms=400, jitter_ms=200) as server:
        cohort = write_cohort(tmp_path / "cohort.csv", people(16, tag))
        proc = spawn(["issue", cohort, "--badge", BADGE, "--yes"], tmp_path / "home", server)
        wait_for_awards(server, tag, 4)
        proc.send_signal(signal.SIGKILL if how == "sigkill" else signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        if how == "sigkill":
            assert proc.returncode == -signal.SIGKILL
        else:
            assert proc.returncode == 130, err
            assert "badgedesk resume 1" in err
        issued_before = sum(tag in a["recipient_email"] for a in server.ledger())
        assert issued_before < 16

        resumed = spawn(["resume", "1"], tmp_path / "home", server)
        out, err = resumed.communicate(timeout=90)
        assert resumed.returncode == 0, err
        per = Counter(a["recipient_email"] for a in server.ledger() if tag in a["recipient_email"])
        assert len(per) == 16 and max(per.values()) == 1

        shown = spawn(["show", "1", "--json"], tmp_path / "home", server)
        out, _ = shown.communicate(timeout=30)
        rows = json.loads(out)["rows"]
        assert Counter(r["status"] for r in rows) == {"issued": 16}


def test_two_processes_issuing_the_same_cohort_at_once_never_double_issue(tmp_path):
    tag = "twoproc"
    with simmod.NavigatrSimulator(latency_ms=150, jitter_ms=100) as server:
        cohort = write_cohort(tmp_path / "cohort.csv", people(10, tag))
        home = tmp_path / "home"  # one journal, as on one office PC with two windows
        first = spawn(["issue", cohort, "--badge", BADGE, "--yes"], home, server)
        second = spawn(["issue", cohort, "--badge", BADGE, "--yes"], home, server)
        out1, err1 = first.communicate(timeout=120)
        out2, err2 = second.communicate(timeout=120)
        assert first.returncode == 0, err1
        assert second.returncode == 0, err2
        per = Counter(a["recipient_email"] for a in server.ledger() if tag in a["recipient_email"])
        assert len(per) == 10 and max(per.values()) == 1
