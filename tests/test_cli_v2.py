"""CLI contract v2, end to end against the simulators: platforms, saved connections, revoke, show.

The contract is in issue 7 ("CLI contract v2"); contract 1 (tests/test_cli.py) is unchanged.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from badgedesk.core.connections import Connection, ConnectionStore
from badgedesk.core.secrets import SecretStore
from badgedesk.platforms import navigatr_sim as simmod
from tests.memory_keyring import memory_keyring
from tests.test_cli import env, people, run_cli, sim, write_cohort  # noqa: F401 - fixtures

BADGE = str(simmod.FIRST_AID_BADGE_ID)


@pytest.fixture
def kr():
    with memory_keyring() as backend:
        yield backend


def saved(name: str, sim, token: str = simmod.DEMO_TOKEN, **kw) -> Connection:
    conn = Connection(name=name, platform=kw.pop("platform", "navigatr"), base_url=sim.base_url, **kw)
    return ConnectionStore().add(conn, token, SecretStore())


@pytest.mark.parametrize(
    ("platform", "setting"),
    [("credly", "CREDLY_TOKEN"), ("certifier", "CERTIFIER_TOKEN"), ("award-service", "AWARD_SERVICE_TOKEN")],
)
def test_a_platform_without_its_settings_is_refused_in_one_line(capsys, tmp_path, platform, setting):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "na"))
    for args in (
        ["providers", "--platform", platform],
        ["badges", "--platform", platform],
        ["issue", cohort, "--badge", "g1", "--platform", platform, "--yes"],
    ):
        code, _, err = run_cli(capsys, *args)
        assert code == 2, err
        assert setting in err and len(err.strip().splitlines()) == 1


def test_unknown_platform_is_a_usage_error(capsys):
    code, _, err = run_cli(capsys, "providers", "--platform", "acme")
    assert code == 2 and "acme" in err


def test_badges_needs_a_provider_on_navigatr(env, capsys):
    code, _, err = run_cli(capsys, "badges")
    assert code == 2 and "--provider" in err


def test_a_saved_connection_gives_platform_address_and_keychain_token(sim, kr, capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("NAVIGATR_PAT", raising=False)
    conn = saved("Work", sim)
    code, out, err = run_cli(capsys, "providers", "--connection", "work", "--json")
    assert code == 0, err
    assert {p["name"] for p in json.loads(out)} >= {"Northwind Training"}
    cohort = write_cohort(tmp_path / "c.csv", people(2, "conn"))
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--connection", "Work", "--yes")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "runs", "--json")
    run_id = json.loads(out)[0]["id"]
    code, out, _ = run_cli(capsys, "show", run_id, "--json")
    run = json.loads(out)["run"]
    assert (run["platform"], run["connection"], run["base_url"]) == ("navigatr", conn.name, sim.base_url)
    assert run["environment"] == f"custom:{sim.base_url}"


def test_a_connection_that_does_not_exist_or_has_no_token(sim, kr, capsys):
    code, _, err = run_cli(capsys, "providers", "--connection", "nope")
    assert code == 2 and "no saved connection 'nope'" in err
    conn = saved("Empty", sim)
    SecretStore().delete(conn.id)
    code, _, err = run_cli(capsys, "providers", "--connection", "Empty")
    assert code == 2 and "keychain" in err


def test_a_connection_of_another_platform_is_refused(sim, kr, capsys):
    saved("Work", sim)
    code, _, err = run_cli(capsys, "providers", "--connection", "Work", "--platform", "credly")
    assert code == 2 and "Navigatr" in err


def test_connections_lists_platform_environment_and_expiry(sim, kr, capsys):
    saved("Work", sim)
    saved("Home", sim, environment="staging")
    code, out, err = run_cli(capsys, "connections", "--json")
    assert code == 0, err
    items = {c["name"]: c for c in json.loads(out)}
    assert items["Work"]["platform"] == "navigatr" and items["Work"]["token_expires"] is None
    assert items["Work"]["environment"].startswith("custom:")
    assert items["Work"]["where"] == "Navigatr · custom address · Work"  # the app's words
    code, out, _ = run_cli(capsys, "connections")
    assert "Navigatr · custom address · Work" in out and items["Work"]["base_url"] in out


def test_show_json_rows_carry_the_recipient_key_and_email(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", [("Ada", "Lovelace", " Ada.Show@Example.org ", "yes")])
    code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "show", "1", "--json")
    row = json.loads(out)["rows"][0]
    assert row["status"] == "issued"
    assert row["recipient"] == "ada.show@example.org" and row["email"] == "Ada.Show@Example.org"


def test_revoke_all_then_again(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(3, "rv"))
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")[0] == 0
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Wrong badge", "--yes")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "show", "1", "--json")
    assert Counter(r["status"] for r in json.loads(out)["rows"]) == {"revoked": 3}
    revoked = [a for a in env.ledger() if a["recipient_email"].endswith(".rv@example.org")]
    assert {a["status"] for a in revoked} == {"Revoked"}
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Again", "--yes")
    assert code == 0 and "Nothing to revoke" in err


def test_revoke_one_recipient_by_key(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(2, "one"))
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")[0] == 0
    code, _, err = run_cli(
        capsys, "revoke", "1", "--recipient", "ADA1.one@example.org", "--reason", "Left the course", "--yes"
    )
    assert code == 0, err
    code, out, _ = run_cli(capsys, "show", "1", "--json")
    by = {r["recipient"]: r["status"] for r in json.loads(out)["rows"]}
    assert by == {"ada0.one@example.org": "issued", "ada1.one@example.org": "revoked"}


def test_revoke_usage_errors(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "use"))
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")[0] == 0
    assert run_cli(capsys, "revoke", "1", "--reason", "x", "--yes")[0] == 2  # neither --all nor --recipient
    code, _, err = run_cli(
        capsys, "revoke", "1", "--recipient", "nobody@example.org", "--reason", "x", "--yes"
    )
    assert code == 2 and "nobody@example.org" in err
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "x", "--delete", "--yes")
    assert code == 2 and "drop --delete" in err
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "x")  # no terminal: not confirmed
    assert code == 2 and "not confirmed" in err
    code, _, err = run_cli(capsys, "revoke", "9", "--all", "--reason", "x", "--yes")
    assert code == 2 and "no run 9" in err


def test_revoke_reports_failures_with_exit_1(capsys, tmp_path, monkeypatch):
    with simmod.NavigatrSimulator() as own:  # its token gets revoked: not the module's simulator
        monkeypatch.setenv("NAVIGATR_PAT", simmod.DEMO_TOKEN)
        monkeypatch.setenv("NAVIGATR_API_URL", own.base_url)
        cohort = write_cohort(tmp_path / "c.csv", people(2, "fail"))
        assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")[0] == 0
        own.revoke_token()
        code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "x", "--yes")
    assert code == 1 and "0 of 2 revoked" in err


def test_options_a_platform_lacks_are_usage_errors(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "opt"))
    for extra, word in (
        (["--expires", "2027-01-31"], "--expires"),
        (["--replace-existing"], "--replace-existing"),
        (["--note", "well done"], "--note"),
    ):
        code, _, err = run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes", *extra)
        assert code == 2 and word in err, err


def test_resume_reads_the_platform_from_the_run_and_looks_everything_up(env, capsys, tmp_path):
    import shutil

    from badgedesk import paths

    cohort = write_cohort(tmp_path / "c.csv", people(4, "res"))
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes", "--dry-run")[0] == 0
    assert run_cli(capsys, "issue", cohort, "--badge", BADGE, "--yes")[0] == 0
    # Restore the journal as it was before the run: only the (empty) file from before; the run is gone,
    # so instead mark every row pending again in the ready state, as a backup copy would show it.
    journal_file = paths.journal_path()
    shutil.copyfile(journal_file, tmp_path / "after.sqlite3")
    from badgedesk.core.journal import Journal

    journal = Journal(journal_file)
    with journal._tx() as db:
        db.execute("UPDATE runs SET state = 'ready'")
        db.execute("UPDATE learners SET status = 'pending', award_id = NULL WHERE status = 'issued'")
        db.execute("DELETE FROM attempts")
    journal.close()
    before = len(env.ledger())
    code, _, err = run_cli(capsys, "resume", "1")
    assert code == 0, err
    assert len(env.ledger()) == before, "resume sent a second award"
    code, out, _ = run_cli(capsys, "show", "1", "--json")
    assert Counter(r["status"] for r in json.loads(out)["rows"]) == {"already_issued": 4}
