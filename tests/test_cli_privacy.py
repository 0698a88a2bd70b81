"""``badgedesk privacy``: export, delete and purge, through the command line's own entry point."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from badgedesk import paths
from badgedesk.cli import main
from badgedesk.core.journal import Journal, LearnerRecord, RunInfo


@pytest.fixture
def journal():
    j = Journal(paths.journal_path())  # the same journal the CLI opens (BADGEDESK_HOME is per test)
    yield j
    j.close()


def add_run(journal, emails, status="issued", age_days=0):
    rows = [
        LearnerRecord(
            row_number=i + 2,
            recipient_key=email.lower(),
            email=email,
            first_name="Grace",
            last_name=f"Hopper{i}",
            consent=True,
            consent_source="consent column 'Consent'",
            status=status,
        )
        for i, email in enumerate(emails)
    ]
    info = RunInfo(
        platform="navigatr",
        environment="production",
        base_url="https://api.navigatr.app/v1",
        badge_id="3425",
        consent_mode="column",
        operator="trainer@example.org",
    )
    run_id = journal.create_run(info, rows)
    if age_days:
        when = datetime.now(timezone.utc) - timedelta(days=age_days)
        with journal._tx() as db:
            db.execute("UPDATE runs SET created_at = ? WHERE id = ?", (when.isoformat(), run_id))
    return run_id


def test_export_prints_json_to_stdout(journal, capsys):
    run_id = add_run(journal, ["Grace@Example.org"])
    assert main(["privacy", "export", " grace@example.ORG "]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["email"] == "grace@example.org"
    [row] = out["learners"]
    assert row["run_id"] == run_id and row["first_name"] == "Grace"
    assert row["consent_record"]["operator"] == "trainer@example.org"
    assert row["consent_record"]["consent_source"] == "consent column 'Consent'"
    assert row["consent_record"]["consent_at"]


def test_export_to_a_file(journal, capsys, tmp_path):
    add_run(journal, ["grace@example.org"])
    target = tmp_path / "grace.json"
    assert main(["privacy", "export", "grace@example.org", "--out", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    assert json.loads(target.read_text(encoding="utf-8"))["learners"][0]["email"] == "grace@example.org"


def test_delete_with_yes_removes_and_reports(journal, capsys):
    run_id = add_run(journal, ["grace@example.org", "alan@example.org"])
    assert main(["privacy", "delete", "GRACE@example.org", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "grace@example.org" in out and "1 learner rows in 1 runs" in out
    emails = [r["email"] for r in journal.rows(run_id)]
    assert emails == ["[redacted]", "alan@example.org"]
    assert main(["privacy", "delete", "grace@example.org", "--yes"]) == 0
    assert "nothing held about grace@example.org" in capsys.readouterr().out


def test_delete_asks_and_does_nothing_when_not_confirmed(journal, capsys, monkeypatch):
    run_id = add_run(journal, ["grace@example.org"])
    monkeypatch.setattr("badgedesk.cli_common.confirm", lambda question: False)
    assert main(["privacy", "delete", "grace@example.org"]) == 2
    assert "not confirmed" in capsys.readouterr().err
    assert journal.rows(run_id)[0]["email"] == "grace@example.org"
    asked = []
    monkeypatch.setattr("badgedesk.cli_common.confirm", lambda question: asked.append(question) or True)
    assert main(["privacy", "delete", "grace@example.org"]) == 0
    assert asked and "grace@example.org" in asked[0]
    assert journal.rows(run_id)[0]["email"] == "[redacted]"


def test_delete_unknown_email_says_nothing_held(journal, capsys):
    add_run(journal, ["grace@example.org"])
    assert main(["privacy", "delete", "nobody@example.org", "--yes"]) == 0
    assert "nothing held about nobody@example.org" in capsys.readouterr().out


def test_purge_older_than(journal, capsys):
    old = add_run(journal, ["old@example.org"], age_days=40)
    recent = add_run(journal, ["new@example.org"], age_days=5)
    assert main(["privacy", "purge", "--older-than", "30", "--yes"]) == 0
    assert "1 learner rows in 1 runs" in capsys.readouterr().out
    assert journal.rows(old)[0]["email"] == "[redacted]"
    assert journal.rows(recent)[0]["email"] == "new@example.org"
    assert main(["privacy", "purge", "--retention-days", "1", "--yes"]) == 0
    assert journal.rows(recent)[0]["email"] == "[redacted]"


@pytest.mark.parametrize(
    "argv",
    [
        ["privacy"],
        ["privacy", "export"],
        ["privacy", "export", "not-an-email"],
        ["privacy", "delete", "", "--yes"],
        ["privacy", "purge", "--yes"],
        ["privacy", "purge", "--older-than", "soon", "--yes"],
        ["privacy", "purge", "--older-than", "0", "--yes"],
        ["privacy", "shred", "x@example.org"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip() and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
