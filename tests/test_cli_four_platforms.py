"""CLI contract v2 on Certifier and the Badge Award Service, end to end against their simulators.

Each platform issues a cohort through the real CLI; Certifier
deletes instead of revoking (only with --delete), stops on 402 before the next send; the
Award Service keys learners on the peer mentor ID (no email needed) and takes a note.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from badgedesk.platforms import award_service_sim as awardsim
from badgedesk.platforms import certifier_sim as certsim
from tests.test_cli import people, run_cli, write_cohort


@pytest.fixture
def certifier(monkeypatch):
    with certsim.CertifierSimulator(rate_limit=None) as sim:
        monkeypatch.setenv("CERTIFIER_TOKEN", certsim.DEMO_TOKEN)
        monkeypatch.setenv("CERTIFIER_API_URL", sim.base_url)
        yield sim


@pytest.fixture
def award_service(monkeypatch):
    with awardsim.AwardServiceSimulator(rate_limit=None) as sim:
        monkeypatch.setenv("AWARD_SERVICE_TOKEN", awardsim.DEMO_TOKEN)
        monkeypatch.setenv("AWARD_SERVICE_URL", sim.base_url + "/api/v1/")  # the suffix is tolerated
        monkeypatch.setenv("AWARD_SERVICE_AWARDED_BY", awardsim.DEMO_AWARDED_BY)
        yield sim


def shown(capsys, run_id=1):
    code, out, _ = run_cli(capsys, "show", run_id, "--json")
    assert code == 0
    return json.loads(out)


def test_certifier_issues_then_deletes_only_when_asked(certifier, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(3, "cert"))
    args = ("issue", cohort, "--platform", "certifier", "--badge", certsim.GROUP_ID, "--yes")
    code, _, err = run_cli(capsys, *args, "--expires", "2027-06-30")
    assert code == 0, err
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"issued": 3}
    live = [c for c in certifier.ledger() if c["status"] != "deleted"]
    assert len(live) == 3 and {c["expiryDate"] for c in live} == {"2027-06-30"}
    code, _, err = run_cli(capsys, *args)  # the same cohort again: Certifier is searched first
    assert code == 0, err
    assert Counter(r["status"] for r in shown(capsys, 2)["rows"]) == {"already_issued": 3}
    assert len([c for c in certifier.ledger() if c["status"] != "deleted"]) == 3
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Wrong group", "--yes")
    assert code == 2 and "--delete" in err and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Wrong group", "--delete", "--yes")
    assert code == 0, err
    rows = shown(capsys)["rows"]
    assert {r["status"] for r in rows} == {"revoked"}
    assert all("Deleted permanently" in r["detail"] for r in rows)
    assert [c for c in certifier.ledger() if c["status"] != "deleted"] == []


def test_certifier_premium_group_stops_before_the_next_send(certifier, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(4, "prem"))
    code, _, err = run_cli(
        capsys, "issue", cohort, "--platform", "certifier", "--badge", certsim.PREMIUM_GROUP_ID, "--yes"
    )
    assert code == 1, err
    assert "premium" in err.lower()
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"pending": 4}  # resumable once upgraded


def test_award_service_keys_on_the_peer_mentor_id_with_a_note(award_service, capsys, tmp_path):
    cohort = write_cohort(
        tmp_path / "mentors.csv",
        [("PM-0001", "Great term", "yes"), ("PM-0002", "", "yes"), (awardsim.UNKNOWN_PEER_MENTOR, "", "yes")],
        header=("Peer mentor ID", "Note", "Consent"),
    )
    code, _, err = run_cli(
        capsys,
        "issue",
        cohort,
        "--platform",
        "award-service",
        "--badge",
        awardsim.DEFINITION_ID,
        "--note",
        "Well done",
        "--yes",
    )
    assert code == 1, err  # the unknown mentor's row failed; the run went on
    rows = {r["recipient"]: r for r in shown(capsys)["rows"]}
    assert rows["PM-0001"]["status"] == "issued" and rows["PM-0001"]["email"] is None
    assert rows[awardsim.UNKNOWN_PEER_MENTOR]["status"] == "failed"
    assert awardsim.UNKNOWN_PEER_MENTOR in rows[awardsim.UNKNOWN_PEER_MENTOR]["detail"]
    notes = {a["peer_mentor_id"]: a["note"] for a in award_service.ledger()}
    assert notes == {"PM-0001": "Great term", "PM-0002": "Well done"}  # a blank cell falls back to --note
    code, _, err = run_cli(capsys, "revoke", "1", "--recipient", "PM-0001", "--reason", "Left", "--yes")
    assert code == 0, err
    assert {r["recipient"]: r["status"] for r in shown(capsys)["rows"]}["PM-0001"] == "revoked"


def test_award_service_needs_awarded_by(award_service, capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("AWARD_SERVICE_AWARDED_BY")
    code, _, err = run_cli(capsys, "providers", "--platform", "award-service")
    assert code == 2 and "--awarded-by" in err
    code, out, err = run_cli(
        capsys, "providers", "--platform", "award-service", "--awarded-by", awardsim.DEMO_AWARDED_BY
    )
    assert code == 0, err


def test_certifier_lists_its_workspace_and_every_page_of_groups(certifier, capsys):
    code, out, err = run_cli(capsys, "providers", "--platform", "certifier")
    assert code == 0, err
    assert certsim.WORKSPACE_NAME in out and certsim.WORKSPACE_ID in out
    code, out, err = run_cli(capsys, "badges", "--platform", "certifier")
    assert code == 0, err
    assert f"{certsim.GROUP_COUNT} badges" in out  # three pages followed through pagination.next
    assert certsim.GROUP_ID in out and certsim.PREMIUM_GROUP_ID in out


@pytest.fixture
def earned_only(monkeypatch):
    """An Award Service with no badge-definitions endpoint (it answers 404)."""
    with awardsim.AwardServiceSimulator(rate_limit=None, definitions_endpoint=False) as sim:
        monkeypatch.setenv("AWARD_SERVICE_TOKEN", awardsim.DEMO_TOKEN)
        monkeypatch.setenv("AWARD_SERVICE_URL", sim.base_url)
        monkeypatch.setenv("AWARD_SERVICE_AWARDED_BY", awardsim.DEMO_AWARDED_BY)
        yield sim


def test_award_service_library_from_earned_badges_says_an_id_can_be_typed(earned_only, capsys, tmp_path):
    code, out, err = run_cli(capsys, "badges", "--platform", "award-service")
    assert code == 0, err
    for definition in awardsim.SEEDED_DEFINITION_IDS:
        assert definition in out
    assert f"{len(awardsim.SEEDED_DEFINITION_IDS)} badges" in out
    assert "can also be given to --badge" in err and len(err.strip().splitlines()) == 1
    # A definition no earlier award names can still be issued by its ID.
    cohort = write_cohort(tmp_path / "m.csv", [("PM-0005", "yes")], header=("Mentor ID", "Consent"))
    code, _, err = run_cli(
        capsys,
        "issue",
        cohort,
        "--platform",
        "award-service",
        "--badge",
        awardsim.OTHER_DEFINITION_ID,
        "--yes",
    )
    assert code == 0, err
    assert [(a["peer_mentor_id"], a["badge_definition_id"]) for a in earned_only.ledger()] == [
        ("PM-0005", awardsim.OTHER_DEFINITION_ID)
    ]


def test_award_service_revoke_all_covers_only_the_awards_this_run_made(award_service, capsys, tmp_path):
    held = next(m for d, m, _ in awardsim.SEEDED_AWARDS if d == awardsim.DEFINITION_ID)
    cohort = write_cohort(
        tmp_path / "m.csv",
        # IDs as a spreadsheet has them: padded with spaces and a no-break space, case kept.
        [(f" {held}\u00a0", "yes"), ("PM-0001", "yes"), ("pm-0002 ", "no"), ("PM-0002", "yes")],
        header=("Peer mentor ID", "Consent"),
    )
    args = ("issue", cohort, "--platform", "award-service", "--badge", awardsim.DEFINITION_ID, "--yes")
    code, _, err = run_cli(capsys, *args)
    assert code == 0, err
    rows = {r["recipient"]: r["status"] for r in shown(capsys)["rows"]}
    assert rows == {
        held: "already_issued",
        "PM-0001": "issued",
        "pm-0002": "skipped_no_consent",
        "PM-0002": "issued",
    }
    assert award_service.held_count(awardsim.DEFINITION_ID, held) == 1  # checked first, never sent blind
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Wrong badge", "--yes")
    assert code == 0, err
    rows = {r["recipient"]: r["status"] for r in shown(capsys)["rows"]}
    assert rows[held] == "already_issued" and rows["PM-0001"] == rows["PM-0002"] == "revoked"
    assert award_service.held_count(awardsim.DEFINITION_ID, held) == 1  # the earlier award is untouched
    revoked = {a["peer_mentor_id"]: a["revoke_reason"] for a in award_service.ledger() if a["revoked_at"]}
    assert revoked == {"PM-0001": "Wrong badge", "PM-0002": "Wrong badge"}


def test_award_service_token_that_cannot_award_exits_3_with_every_row_pending(
    award_service, capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("AWARD_SERVICE_TOKEN", awardsim.COORDINATOR_TOKEN)  # may read, not award
    cohort = write_cohort(
        tmp_path / "m.csv", [("PM-0001", "yes"), ("PM-0002", "yes")], header=("Peer mentor ID", "Consent")
    )
    code, _, err = run_cli(
        capsys, "issue", cohort, "--platform", "award-service", "--badge", awardsim.DEFINITION_ID, "--yes"
    )
    assert code == 3, err
    assert "admin or system role" in err  # the service's own message is shown
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"pending": 2}
    assert (
        award_service.ledger() == [] and award_service.stats()["issue_requests"] == 1
    )  # the first 403 stops it
    monkeypatch.setenv("AWARD_SERVICE_TOKEN", awardsim.SYSTEM_TOKEN)  # fixed: the run resumes
    code, _, err = run_cli(capsys, "resume", "1")
    assert code == 0, err
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"issued": 2}
