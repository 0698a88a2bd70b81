"""The command line on Credly, end to end against the Credly simulator (CLI contract v2, issue 7).

Every command goes through ``badgedesk.cli.main`` with the environment Credly reads
(CREDLY_TOKEN, CREDLY_ORG_ID, CREDLY_API_URL) pointed at a simulator of its own per test.
The simulator's hidden limit is scaled to 5 requests per WINDOW s, and the client's learned
limiter (which starts at one request every 0.5 s, as in production) is made to start at one per
WINDOW/4 s, so the suite stays quick; nothing else of the CLI is changed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
from collections import Counter

import httpx
import pytest

from badgedesk.core.connections import Connection, ConnectionStore
from badgedesk.core.ratelimit import LearnedLimiter
from badgedesk.core.secrets import SecretStore
from badgedesk.platforms import registry
from tests.core.engine_platforms import PLATFORMS
from tests.memory_keyring import memory_keyring
from tests.test_cli import people, run_cli, write_cohort

pytest.importorskip("badgedesk.platforms.credly_sim")

from badgedesk.platforms import credly_sim as simmod  # noqa: E402

CASE = PLATFORMS["credly"]
WINDOW = 0.2
TEMPLATE = simmod.ACTIVE_TEMPLATE_ID
ORG = simmod.DEMO_ORG_ID
CREDLY_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4}$")  # "2014-04-01 09:41:00 -0500"


class QuickLearnedLimiter(LearnedLimiter):
    """Credly's learned limiter, starting at the scaled pace (the production default is 0.5 s)."""

    def __init__(self, start_interval: float = WINDOW / 4, max_interval: float = 1.0, **kw) -> None:
        super().__init__(start_interval, max_interval, **kw)


@pytest.fixture(autouse=True)
def _quick_limiter(monkeypatch):
    monkeypatch.setattr(registry, "LearnedLimiter", QuickLearnedLimiter)
    assert isinstance(registry.get("credly").new_limiter(), QuickLearnedLimiter)


@pytest.fixture
def sim():
    with CASE.simulator(rate_limit=(5, WINDOW)) as server:
        yield server


@pytest.fixture
def env(sim, monkeypatch):
    for name, value in CASE.cli_env(sim).items():
        monkeypatch.setenv(name, value)
    return sim


@pytest.fixture
def kr():
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def local_zone():
    """The computer's time zone is India's (UTC+05:30), so an offset must be written out to be right."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "IST-5:30"  # POSIX form: needs no tz database
    time.tzset()
    try:
        yield dt.timezone(dt.timedelta(hours=5, minutes=30))
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def issue(capsys, cohort, *extra):
    return run_cli(capsys, "issue", cohort, "--platform", "credly", "--badge", TEMPLATE, "--yes", *extra)


def shown(capsys, run_id=1):
    code, out, err = run_cli(capsys, "show", run_id, "--json")
    assert code == 0, err
    return json.loads(out)


def rows_by_email(capsys, run_id=1):
    return {r["recipient"]: r for r in shown(capsys, run_id)["rows"]}


def posts(sim) -> int:
    return sim.stats()["issue_requests"]


def requests_to(sim, fragment: str, method: str = "GET") -> int:
    return sum(m == method and fragment in path for _, m, path, _ in sim.request_log())


def lookups(sim) -> int:
    """Look-ups of issued badges (GET …/badges?filter=recipient_email_all::…|badge_template_id::…)."""
    return sum(m == "GET" and path.endswith(f"/{ORG}/badges") for _, m, path, _ in sim.request_log())


def ledger(sim, email: str) -> list[dict]:
    return [a for a in sim.ledger() if CASE.award_email(a) == email.lower()]


def warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if "warning" in line.lower()]


def saved(name, sim, token=simmod.DEMO_TOKEN, **fields) -> Connection:
    conn = Connection(name=name, platform="credly", base_url=sim.base_url, fields={"org_id": ORG, **fields})
    return ConnectionStore().add(conn, token, SecretStore())


def every_command(cohort) -> list[list]:
    """providers, badges and issue, on Credly from the environment."""
    return [
        ["providers", "--platform", "credly"],
        ["badges", "--platform", "credly"],
        ["issue", cohort, "--platform", "credly", "--badge", TEMPLATE, "--yes"],
    ]


def in_days(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


# -- providers and badges -----------------------------------------------------------------------


def test_providers_lists_the_organisation_as_its_one_provider(env, capsys):
    code, out, err = run_cli(capsys, "providers", "--platform", "credly", "--json")
    assert code == 0, err
    providers = json.loads(out)
    assert [(p["id"], p["name"]) for p in providers] == [(ORG, simmod.DEMO_ORG_NAME)]
    code, out, _ = run_cli(capsys, "providers", "--platform", "credly")
    assert code == 0 and simmod.DEMO_ORG_NAME in out and ORG in out


def test_badges_lists_every_template_of_every_page_with_its_state(env, capsys):
    code, out, err = run_cli(capsys, "badges", "--platform", "credly", "--json")
    assert code == 0, err
    badges = json.loads(out)
    assert len(badges) == simmod.TEMPLATE_COUNT == len({b["id"] for b in badges})
    assert requests_to(env, "/badge_templates") >= 2, "120 templates are more than one page (100 at most)"
    by_id = {b["id"]: b for b in badges}
    assert Counter(b["state"] for b in badges) == {
        "active": simmod.ACTIVE_TEMPLATE_COUNT,
        "archived": len(simmod.ARCHIVED_TEMPLATE_IDS),
        "draft": len(simmod.DRAFT_TEMPLATE_IDS),
    }
    assert all(b["issuable"] == (b["state"] == "active") for b in badges)
    assert by_id[TEMPLATE]["issuable"] and by_id[TEMPLATE]["name"] == "First Aid at Work"
    assert (
        not by_id[simmod.ARCHIVED_TEMPLATE_ID]["issuable"] and not by_id[simmod.DRAFT_TEMPLATE_ID]["issuable"]
    )


def test_an_archived_template_is_refused_before_anything_is_sent(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(2, "arch"))
    code, _, err = run_cli(
        capsys, "issue", cohort, "--platform", "credly", "--badge", simmod.ARCHIVED_TEMPLATE_ID, "--yes"
    )
    assert code == 2 and "archived" in err, err
    assert posts(env) == 0 and env.ledger() == []


def test_missing_org_id_is_one_line_and_exit_2(env, capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("CREDLY_ORG_ID")
    for args in every_command(write_cohort(tmp_path / "c.csv", people(1, "org"))):
        code, _, err = run_cli(capsys, *args)
        assert code == 2, (args, err)
        assert len(err.strip().splitlines()) == 1 and "CREDLY_ORG_ID" in err, err
    assert env.stats()["requests"] == 0


def test_missing_token_is_one_line_and_exit_2(env, capsys, monkeypatch):
    monkeypatch.delenv("CREDLY_TOKEN")
    code, _, err = run_cli(capsys, "providers", "--platform", "credly")
    assert code == 2 and "CREDLY_TOKEN" in err and len(err.strip().splitlines()) == 1


# -- issuing ------------------------------------------------------------------------------------


def test_issue_sends_every_consenting_learner_with_first_and_last_names(env, capsys, tmp_path):
    cohort = write_cohort(
        tmp_path / "c.csv",
        [
            ("Ada", "Lovelace", "Ada@Example.org", "yes"),
            ("Grace", "Hopper", "grace@example.org", "yes"),
            ("Cher", "", "cher@example.org", "yes"),  # Credly needs a last name too
            ("Alan", "Turing", "alan@example.org", "no"),
        ],
    )
    code, _, err = issue(capsys, cohort)
    assert code == 1, err  # a consenting row was not sent: it needs attention
    rows = rows_by_email(capsys)
    assert {k: r["status"] for k, r in rows.items()} == {
        "ada@example.org": "issued",
        "grace@example.org": "issued",
        "cher@example.org": "skipped_invalid",
        "alan@example.org": "skipped_no_consent",
    }
    cher = rows["cher@example.org"]
    assert cher["detail"] and "last name" in cher["detail"].lower(), cher
    assert posts(env) == 2 and not ledger(env, "cher@example.org") and not ledger(env, "alan@example.org")
    (ada,) = ledger(env, "ada@example.org")
    assert (ada["issued_to_first_name"], ada["issued_to_last_name"]) == ("Ada", "Lovelace")
    assert ada["badge_template"]["id"] == TEMPLATE and ada["recipient_email"] == "Ada@Example.org"
    assert rows["ada@example.org"]["award_id"] == ada["id"]


def test_a_full_name_column_is_split_and_a_single_name_is_skipped_with_its_reason(env, capsys, tmp_path):
    cohort = write_cohort(
        tmp_path / "c.csv",
        [("Ada King Lovelace", "ada@example.org", "yes"), ("Cher", "cher@example.org", "yes")],
        header=("Full name", "Email", "Consent"),
    )
    code, _, err = issue(capsys, cohort)
    assert code == 1, err  # the single-name row needs attention
    rows = rows_by_email(capsys)
    assert rows["ada@example.org"]["status"] == "issued"
    assert rows["cher@example.org"]["status"] == "skipped_invalid"
    assert "name" in (rows["cher@example.org"]["detail"] or "").lower()
    (ada,) = ledger(env, "ada@example.org")
    assert ada["issued_to_first_name"] and ada["issued_to_last_name"] == "Lovelace"
    assert f"{ada['issued_to_first_name']} {ada['issued_to_last_name']}" == "Ada King Lovelace"
    assert posts(env) == 1


@pytest.fixture
def payloads(monkeypatch):
    """Every POST body the Credly client builds, as it leaves for the simulator."""
    from badgedesk.platforms.credly import CredlyClient

    seen: list[dict] = []
    original = CredlyClient.payload

    def spy(self, request):
        body = original(self, request)
        seen.append(dict(body))
        return body

    monkeypatch.setattr(CredlyClient, "payload", spy)
    return seen


def test_issued_at_is_the_issue_date_in_credlys_form_with_the_utc_offset(
    env, capsys, tmp_path, local_zone, payloads
):
    cohort = write_cohort(tmp_path / "c.csv", people(2, "date"))
    code, _, err = issue(capsys, cohort, "--issue-date", "2026-03-01")
    assert code == 0, err
    assert [p["issued_at"] for p in payloads] == ["2026-03-01 00:00:00 +0530"] * 2
    for award in env.ledger():
        # the simulator read it as that instant (it refuses a time without an offset)
        assert award["issued_at"] == "2026-02-28T18:30:00.000Z"
        assert award["issued_at_date"] == "2026-03-01"


def test_issued_at_is_now_with_the_utc_offset_without_an_issue_date(
    env, capsys, tmp_path, local_zone, payloads
):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "now"))
    before = dt.datetime.now(dt.timezone.utc)
    code, _, err = issue(capsys, cohort)
    assert code == 0, err
    (sent,) = [p["issued_at"] for p in payloads]
    assert CREDLY_TIME.match(sent) and sent.endswith("+0530"), sent
    moment = dt.datetime.strptime(sent, "%Y-%m-%d %H:%M:%S %z")
    assert abs(moment - before) < dt.timedelta(minutes=10)
    (award,) = env.ledger()
    assert dt.datetime.fromisoformat(award["issued_at"].replace("Z", "+00:00")) == moment


def test_an_issue_date_column_overrides_and_expires_reaches_credly_as_that_date(env, capsys, tmp_path):
    cohort = write_cohort(
        tmp_path / "c.csv",
        [
            ("Ada", "Lovelace", "ada@example.org", "yes", "2026-05-04"),
            ("Grace", "Hopper", "grace@example.org", "yes", ""),
        ],
        header=("First name", "Last name", "Email", "Consent", "Issue date"),
    )
    code, _, err = issue(capsys, cohort, "--expires", "2027-01-31", "--issue-date", "2026-04-01")
    assert code == 0, err
    (ada,), (grace,) = ledger(env, "ada@example.org"), ledger(env, "grace@example.org")
    assert ada["issued_at_date"] == "2026-05-04" and grace["issued_at_date"] == "2026-04-01"
    assert ada["expires_at_date"] == grace["expires_at_date"] == "2027-01-31"
    assert shown(capsys)["run"]["options"]["expires"] == "2027-01-31"


def test_a_bad_expiry_date_is_a_usage_error_before_anything_is_sent(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "bad"))
    code, _, err = issue(capsys, cohort, "--expires", "31/01/2027")
    assert code == 2 and "--expires" in err and len(err.strip().splitlines()) == 1
    assert posts(env) == 0


# -- already holding the badge, and replacing it --------------------------------------------------


def test_a_learner_holding_the_badge_is_already_issued_from_credlys_refusal(env, capsys, tmp_path):
    CASE.seed_award(env, TEMPLATE, "ada0.held@example.org")  # issued by another tool
    cohort = write_cohort(tmp_path / "c.csv", people(2, "held"))
    code, _, err = issue(capsys, cohort)
    assert code == 0, err
    rows = rows_by_email(capsys)
    held = rows["ada0.held@example.org"]
    assert held["status"] == "already_issued" and held["code"] == "already_held", held
    assert held["http_status"] == 422
    assert rows["ada1.held@example.org"]["status"] == "issued"
    assert len(ledger(env, "ada0.held@example.org")) == 1


def test_check_existing_finds_the_award_by_a_look_up_and_sends_nothing_for_it(env, capsys, tmp_path):
    CASE.seed_award(env, TEMPLATE, "ada0.look@example.org")
    before = posts(env)
    cohort = write_cohort(tmp_path / "c.csv", people(2, "look"))
    code, _, err = issue(capsys, cohort, "--check-existing")
    assert code == 0, err
    rows = rows_by_email(capsys)
    held = rows["ada0.look@example.org"]
    assert held["status"] == "already_issued" and held["code"] == "already_on_platform", held
    assert held["award_id"] == ledger(env, "ada0.look@example.org")[0]["id"]
    assert rows["ada1.look@example.org"]["status"] == "issued"
    assert posts(env) == before + 1, "only the learner without the badge was sent"
    assert lookups(env) == 2, "both learners were looked up"


def test_replace_existing_replaces_the_badge_and_names_it_in_the_row(env, capsys, tmp_path):
    CASE.seed_award(env, TEMPLATE, "ada0.repl@example.org")
    (old,) = ledger(env, "ada0.repl@example.org")
    cohort = write_cohort(tmp_path / "c.csv", people(2, "repl"))
    code, _, err = issue(capsys, cohort, "--replace-existing")
    assert code == 0, err
    rows = rows_by_email(capsys)
    row = rows["ada0.repl@example.org"]
    assert row["status"] == "issued", row
    assert old["id"] in (row["detail"] or ""), f"the detail names the replaced badge: {row['detail']!r}"
    awards = {a["id"]: a for a in env.ledger() if CASE.award_email(a) == "ada0.repl@example.org"}
    assert awards[old["id"]]["state"] == "replaced"
    new = awards[row["award_id"]]
    assert new["state"] == "pending" and new["replaces_badge_id"] == old["id"]
    other = rows["ada1.repl@example.org"]
    assert other["status"] == "issued" and "replac" not in (other["detail"] or "").lower()
    assert shown(capsys)["run"]["options"]["replace_existing"] is True


def test_replace_existing_replaces_a_badge_an_earlier_run_issued(env, capsys, tmp_path):
    """The learners hold the badge from an earlier BadgeDesk run; --replace-existing asks to replace it."""
    cohort = write_cohort(tmp_path / "c.csv", people(2, "again"))
    assert issue(capsys, cohort)[0] == 0
    first = {k: r["award_id"] for k, r in rows_by_email(capsys, 1).items()}
    code, _, err = issue(capsys, cohort, "--replace-existing")
    assert code == 0, err
    rows = rows_by_email(capsys, 2)
    for key, row in rows.items():
        assert row["status"] == "issued", row
        assert row["award_id"] != first[key] and first[key] in (row["detail"] or ""), row
        assert [a["state"] for a in ledger(env, key)] == ["replaced", "pending"]


def test_replace_existing_without_yes_and_no_terminal_sends_nothing(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(1, "conf"))
    code, _, err = run_cli(
        capsys, "issue", cohort, "--platform", "credly", "--badge", TEMPLATE, "--replace-existing"
    )
    assert code == 2 and "not confirmed" in err  # no terminal to confirm on
    assert posts(env) == 0


# -- revoke ---------------------------------------------------------------------------------------


def test_revoke_a_credly_run_then_revoking_again_succeeds(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(3, "rv"))
    assert issue(capsys, cohort)[0] == 0
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Wrong badge", "--yes")
    assert code == 0, err
    assert "3 of 3 revoked" in err
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"revoked": 3}
    awards = [a for a in env.ledger() if CASE.award_email(a).endswith(".rv@example.org")]
    assert [(a["state"], a["revocation_reason"]) for a in awards] == [("revoked", "Wrong badge")] * 3
    revokes = requests_to(env, "/revoke", "PUT")
    code, _, err = run_cli(capsys, "revoke", "1", "--all", "--reason", "Again", "--yes")
    assert code == 0, err
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"revoked": 3}
    assert requests_to(env, "/revoke", "PUT") == revokes


def test_revoke_one_recipient_already_revoked_on_credly_counts_as_revoked(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", people(2, "web"))
    assert issue(capsys, cohort)[0] == 0
    rows = rows_by_email(capsys)
    with CASE.client(env, timeout=5) as client:  # revoked on Credly's website first
        client.revoke(rows["ada0.web@example.org"]["award_id"], "on the website")
    code, _, err = run_cli(
        capsys, "revoke", "1", "--recipient", "ADA0.web@example.org", "--reason", "Left", "--yes"
    )
    assert code == 0, err
    after = rows_by_email(capsys)
    assert after["ada0.web@example.org"]["status"] == "revoked"
    assert after["ada1.web@example.org"]["status"] == "issued"


# -- token expiry -----------------------------------------------------------------------------------


def test_a_token_expiring_within_14_days_warns_once_on_issue_and_badges(env, capsys, tmp_path):
    soon = in_days(5)
    env.set(token_expires_at=soon + "T12:00:00Z")
    cohort = write_cohort(tmp_path / "c.csv", people(1, "soon"))
    for args in (
        ["badges", "--platform", "credly"],
        ["issue", cohort, "--platform", "credly", "--badge", TEMPLATE, "--yes"],
    ):
        code, _, err = run_cli(capsys, *args)
        assert code == 0, err
        (line,) = warnings(err)
        assert soon in line and "Credly" in line, line
    assert len(env.ledger()) == 1


def test_a_token_expiring_later_gives_no_warning(env, capsys):
    env.set(token_expires_at=in_days(40) + "T12:00:00Z")
    code, _, err = run_cli(capsys, "badges", "--platform", "credly")
    assert code == 0 and warnings(err) == []


def test_connections_warns_once_per_token_that_expires_soon(sim, kr, capsys):
    saved("Entered soon", sim, token_expires=in_days(3))
    saved("Entered later", sim, token_expires=in_days(60))
    read = saved("Read soon", sim)
    sim.set(token_expires_at=in_days(10) + "T12:00:00Z")
    code, _, err = run_cli(capsys, "badges", "--connection", "Read soon")  # reads the date and notes it
    assert code == 0, err
    assert ConnectionStore().get(read.id).token_expires()[:10] == in_days(10)
    code, out, err = run_cli(capsys, "connections", "--json")
    assert code == 0, err
    items = {c["name"]: c for c in json.loads(out)}
    assert (
        items["Entered soon"]["token_expires"] == in_days(3)
        and items["Entered soon"]["token_state"] == "soon"
    )
    assert items["Read soon"]["token_state"] == "soon" and items["Entered later"]["token_state"] == "ok"
    lines = warnings(err)
    assert len(lines) == 2, lines
    assert any("Entered soon" in line and in_days(3) in line for line in lines)
    assert any("Read soon" in line and in_days(10) in line for line in lines)
    assert all(c["platform"] == "credly" for c in items.values())


def test_an_expired_token_exits_3_having_sent_nothing(env, capsys, tmp_path):
    env.expire_token()
    cohort = write_cohort(tmp_path / "c.csv", people(2, "exp"))
    code, _, err = issue(capsys, cohort)
    assert code == 3, err
    assert posts(env) == 0 and env.ledger() == []
    assert "token" in err.lower() and "Traceback" not in err
    code, out, _ = run_cli(capsys, "runs", "--json")
    assert code == 0 and json.loads(out) == [], "no run was created"


def test_the_expired_demo_token_exits_3_on_every_command(env, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CREDLY_TOKEN", simmod.EXPIRED_TOKEN)
    for args in every_command(write_cohort(tmp_path / "c.csv", people(1, "old"))):
        code, _, err = run_cli(capsys, *args)
        assert code == 3, (args, err)
    assert posts(env) == 0


def test_a_connection_whose_known_expiry_has_passed_exits_3_with_the_date(sim, kr, capsys, tmp_path):
    yesterday = in_days(-1)
    saved("Old", sim, token_expires=yesterday)
    sim.expire_token()
    cohort = write_cohort(tmp_path / "c.csv", people(2, "past"))
    for args in (
        ["issue", cohort, "--connection", "Old", "--badge", TEMPLATE, "--yes"],
        ["badges", "--connection", "Old"],
    ):
        code, _, err = run_cli(capsys, *args)
        assert code == 3, err
        assert yesterday in err and "expired" in err and len(err.strip().splitlines()) == 1, err
    assert posts(sim) == 0 and sim.ledger() == []
    code, _, err = run_cli(capsys, "connections")
    assert code == 0 and any("Old" in line and yesterday in line for line in warnings(err))


def test_a_refused_token_exits_3_with_the_expiry_date_on_record(sim, kr, capsys, tmp_path):
    expires = in_days(90)
    sim.set(token_expires_at=expires + "T12:00:00Z")
    saved("Work", sim)
    assert run_cli(capsys, "badges", "--connection", "Work")[0] == 0  # reads the date and notes it
    sim.revoke_token()
    cohort = write_cohort(tmp_path / "c.csv", people(2, "refused"))
    code, _, err = run_cli(capsys, "issue", cohort, "--connection", "Work", "--badge", TEMPLATE, "--yes")
    assert code == 3, err
    assert expires in err and "token" in err.lower()
    assert posts(sim) == 0 and sim.ledger() == []


# -- environments, show and resume -------------------------------------------------------------------


def test_env_sandbox_without_an_address_goes_to_credlys_sandbox(env, capsys, monkeypatch):
    """Nothing may reach the internet: every request is stopped at the HTTP transport and its address kept."""
    monkeypatch.delenv("CREDLY_API_URL")
    seen: list[httpx.URL] = []

    def refuse(self, request):
        seen.append(request.url)
        raise httpx.ConnectError("not in tests", request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    code, _, err = run_cli(capsys, "providers", "--platform", "credly", "--env", "sandbox")
    assert code != 0 and seen, err
    assert {(u.scheme, u.host) for u in seen} == {("https", "sandbox-api.credly.com")}
    assert all(u.path.startswith(f"/v1/organizations/{ORG}") for u in seen)
    assert "sandbox-api.credly.com" in err
    seen.clear()
    code, _, err = run_cli(capsys, "providers", "--platform", "credly")
    assert {u.host for u in seen} == {"api.credly.com"}
    code, _, err = run_cli(capsys, "providers", "--platform", "credly", "--env", "staging")
    assert code == 2 and "sandbox" in err


def test_show_json_rows_carry_status_recipient_and_email(env, capsys, tmp_path):
    cohort = write_cohort(tmp_path / "c.csv", [("Ada", "Lovelace", " Ada.Show@Example.org ", "yes")])
    assert issue(capsys, cohort)[0] == 0
    data = shown(capsys)
    assert data["run"]["platform"] == "credly" and data["run"]["base_url"] == env.base_url
    (row,) = data["rows"]
    assert row["status"] == "issued"
    assert row["recipient"] == "ada.show@example.org" and row["email"] == "Ada.Show@Example.org"


def test_resume_of_a_credly_run_reads_the_platform_from_the_run(env, capsys, tmp_path, monkeypatch):
    env.set(revoke_after=2)  # the demo token is refused after two awards: the run stops, resumable
    cohort = write_cohort(tmp_path / "c.csv", people(5, "res"))
    code, _, err = issue(capsys, cohort)
    assert code == 3, err
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"issued": 2, "pending": 3}
    # A new token of the same organisation; nothing names the platform but the run.
    monkeypatch.setenv("CREDLY_TOKEN", simmod.LIMITED_TOKEN)
    code, _, err = run_cli(capsys, "resume", "1")
    assert code == 0, err
    assert Counter(r["status"] for r in shown(capsys)["rows"]) == {"issued": 5}
    per = Counter(CASE.award_email(a) for a in env.ledger())
    assert len(per) == 5 and set(per.values()) == {1}
    assert lookups(env) >= 3, "the resumed rows were looked up first"
