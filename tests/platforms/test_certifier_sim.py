"""The Certifier simulator by itself, over plain HTTP: its contract with the fixtures, the version
header, cursors, the search grammar, the credential lifecycle, deletion, faults and steering."""

from __future__ import annotations

import json

import httpx
import pytest

from badgedesk.platforms import certifier_sim as simmod
from badgedesk.platforms.certifier_sim_data import FIXTURES, sim_id

EMAIL = "Ada.Lovelace@Example.org"


@pytest.fixture
def sim():
    with simmod.CertifierSimulator(rate_limit=None, seed=99) as server:
        yield server


@pytest.fixture
def http(sim):
    headers = {"Authorization": f"Bearer {simmod.DEMO_TOKEN}", "Certifier-Version": simmod.API_VERSION}
    with httpx.Client(base_url=sim.base_url, headers=headers, timeout=5) as client:
        yield client


def create(
    http, path="/credentials/create-issue-send", group=None, email=EMAIL, name="Ada Lovelace", **extra
):
    body = {"groupId": group or simmod.GROUP_ID, "recipient": {"name": name, "email": email}, **extra}
    return http.post(path, json=body)


def search(http, filter_, **extra):
    return http.post("/credentials/search", json={"filter": filter_, **extra})


def test_every_fixture_names_its_source_and_errors_have_certifiers_shape():
    names = FIXTURES.names()
    assert len(names) >= 20
    for name in names:
        fx = FIXTURES.load(name)
        assert fx["_source"].strip(), name
        if fx["status"] >= 400 and fx["headers"].get("content-type", "").startswith("application/json"):
            assert set(fx["body"]["error"]) == {"code", "message"}, name


def test_ids_are_fixed_and_ulid_shaped():
    assert sim_id("group", 0) == simmod.GROUP_ID and len(simmod.GROUP_ID) == 26
    assert simmod.GROUP_ID.lower() == simmod.GROUP_ID and simmod.PREMIUM_GROUP_ID != simmod.GROUP_ID


@pytest.mark.parametrize(
    ("headers", "code"), [({}, "missing_version"), ({"Certifier-Version": "1"}, "invalid_version")]
)
def test_the_version_header_is_checked_on_every_request(sim, headers, code):
    auth = {"Authorization": f"Bearer {simmod.DEMO_TOKEN}"}
    with httpx.Client(base_url=sim.base_url, headers={**auth, **headers}) as bare:
        for answer in (bare.get("/workspace"), bare.post("/credentials/search", json={})):
            assert answer.status_code == 400 and answer.json()["error"]["code"] == code


def test_a_bearer_token_is_required(sim):
    with httpx.Client(base_url=sim.base_url, headers={"Certifier-Version": simmod.API_VERSION}) as bare:
        assert bare.get("/workspace").json()["error"]["code"] == "unauthorized"
        assert bare.get("/workspace", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_the_workspace_and_groups_over_cursor_pages(http):
    assert http.get("/workspace").json()["name"] == simmod.WORKSPACE_NAME
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 20, **({"cursor": cursor} if cursor else {})}
        body = http.get("/groups", params=params).json()
        assert set(body["data"][0]) == set(FIXTURES.load("group_200")["body"])
        seen += [g["id"] for g in body["data"]]
        pages += 1
        cursor = body["pagination"]["next"]
        if cursor is None:
            break
    assert pages == 3 and len(seen) == len(set(seen)) == simmod.GROUP_COUNT
    assert http.get("/groups", params={"limit": 101}).json()["error"]["code"] == "validation_error"
    assert http.get("/groups", params={"cursor": "nonsense"}).status_code == 400
    assert http.get(f"/groups/{simmod.GROUP_ID}").json()["name"] == "First Aid at Work"
    assert http.get(f"/groups/{simmod.UNKNOWN_GROUP_ID}").json()["error"]["code"] == "not_found"


def test_the_credential_lifecycle_draft_issued_sent(sim, http):
    draft = create(http, "/credentials").json()
    assert draft["status"] == "draft" and set(draft) == set(FIXTURES.load("credential_200")["body"])
    assert http.post(f"/credentials/{draft['id']}/send", json={"deliveryMethod": "email"}).status_code == 409
    issued = http.post(f"/credentials/{draft['id']}/issue")
    assert issued.status_code == 200 and issued.json()["status"] == "issued"
    assert http.post(f"/credentials/{draft['id']}/issue").json()["error"]["code"] == "conflict"
    sent = http.post(f"/credentials/{draft['id']}/send", json={"deliveryMethod": "email"})
    assert sent.status_code == 200
    (record,) = sim.ledger()
    assert (record["status"], record["sends"], record["recipient"]["email"]) == ("issued", 1, EMAIL)
    assert http.get(f"/credentials/{draft['id']}").json()["id"] == draft["id"]


def test_create_issue_send_and_its_refusals(sim, http):
    made = create(http)
    assert made.status_code == 201 and made.json()["status"] == "issued"
    assert sim.ledger()[0]["sends"] == 1 and sim.stats()["issue_requests"] == 1
    assert create(http, group=simmod.PREMIUM_GROUP_ID).json()["error"]["code"] == "payment_required"
    assert create(http, group=simmod.UNKNOWN_GROUP_ID).status_code == 404
    assert create(http, name="").json()["error"]["code"] == "validation_error"
    assert create(http, email="not an email").status_code == 400
    assert create(http, issueDate="01/02/2026").status_code == 400
    assert create(http, issueDate="2026-02-01", expiryDate="2026-01-01").status_code == 400
    bad_json = http.post("/credentials", content=b"{not json", headers={"Content-Type": "application/json"})
    assert bad_json.json()["error"]["code"] == "invalid_json"
    assert len(sim.ledger()) == 1


def test_search_grammar(http):
    create(http, email=EMAIL)
    create(http, email="grace@example.org", name="Grace Hopper", group=simmod.SANDBOX_GROUP_ID)
    create(http, "/credentials", email="alan@example.org", name="Alan Turing")

    def emails(filter_):
        answer = search(http, filter_)
        assert answer.status_code == 200, answer.text
        return sorted(c["recipient"]["email"] for c in answer.json()["data"])

    both = [EMAIL, EMAIL.lower()]
    assert emails({"AND": [{"recipient": {"email": {"in": both}}}]}) == [EMAIL]
    assert emails({"recipient": {"email": {"equals": EMAIL.lower()}}}) == []  # exact match
    assert emails(
        {"OR": [{"recipient": {"name": {"startsWith": "Grace"}}}, {"status": {"equals": "draft"}}]}
    ) == [
        "alan@example.org",
        "grace@example.org",
    ]
    assert emails({"NOT": {"recipient": {"email": {"endsWith": "example.org"}}}}) == [EMAIL]
    assert emails({"AND": [{"recipient": {"name": {"contains": "ing"}}}, {"status": {"in": ["draft"]}}]}) == [
        "alan@example.org"
    ]
    for bad in (
        {"groupId": {"equals": simmod.GROUP_ID}},
        {"recipient": {"email": {"like": "x"}}},
        {"AND": []},
    ):
        assert search(http, bad).json()["error"]["code"] == "validation_error"


def test_search_pages_with_a_cursor(http):
    for n in range(5):
        create(http, email=f"l{n}@example.org")
    first = search(http, {"status": {"equals": "issued"}}, limit=2).json()
    assert len(first["data"]) == 2 and first["pagination"]["next"]
    rest = search(http, {"status": {"equals": "issued"}}, limit=2, cursor=first["pagination"]["next"]).json()
    assert {c["id"] for c in first["data"]}.isdisjoint({c["id"] for c in rest["data"]})


def test_delete_is_permanent(sim, http):
    ident = create(http).json()["id"]
    assert http.delete(f"/credentials/{ident}").status_code == 204
    assert http.delete(f"/credentials/{ident}").status_code == 404
    assert http.get(f"/credentials/{ident}").json()["error"]["code"] == "not_found"
    assert search(http, {"recipient": {"email": {"equals": EMAIL}}}).json()["data"] == []
    assert sim.ledger()[0]["status"] == "deleted"


def test_a_read_only_token_may_read_but_not_write(sim):
    headers = {"Authorization": f"Bearer {simmod.READONLY_TOKEN}", "Certifier-Version": simmod.API_VERSION}
    with httpx.Client(base_url=sim.base_url, headers=headers) as reader:
        assert reader.get("/workspace").status_code == 200
        assert create(reader).json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize(
    ("fault", "status", "recorded"),
    [("503", 503, 0), ("html_200", 200, 0), ("500_after_commit", 500, 1), ("504_after_commit", 504, 1)],
)
def test_faults_on_create_issue_send(sim, http, fault, status, recorded):
    sim.queue_faults(fault)
    answer = create(http)
    assert answer.status_code == status and len(sim.ledger()) == recorded
    assert sim.stats()["faults"] == {fault: 1}


def test_a_dropped_answer_after_commit(sim, http):
    sim.queue_faults("drop_after_commit")
    with pytest.raises(httpx.TransportError):
        create(http)
    assert len(sim.ledger()) == 1 and sim.stats()["by_status"].get(0) == 1


def test_lookup_faults_lag_and_redaction(sim, http):
    create(http)
    sim.set_lookup_fault("500")
    assert search(http, {"status": {"equals": "issued"}}).status_code == 500
    sim.set_lookup_fault("403")
    assert search(http, {"status": {"equals": "issued"}}).json()["error"]["code"] == "forbidden"
    sim.set_lookup_fault(None)
    sim.set(redact_emails=True)
    hit = search(http, {"recipient": {"email": {"equals": EMAIL}}}).json()["data"][0]
    assert "*" in hit["recipient"]["email"]
    sim.set(lookup_lag_s=30)
    create(http, email="late@example.org")
    assert search(http, {"recipient": {"email": {"equals": "late@example.org"}}}).json()["data"] == []


def test_the_hidden_rate_limit_answers_429_with_retry_after(sim, http):
    sim.set(rate_limit=(1, 5.0))
    assert http.get("/workspace").status_code == 200
    limited = http.get("/workspace")
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert limited.json()["error"]["code"] == "rate_limited" and sim.stats()["count_429"] == 1


def test_steering_offline_revoke_and_the_request_log(sim, http):
    sim.revoke_token()
    assert http.get("/workspace").status_code == 401
    log = sim.request_log()
    assert log[-1][1:] == ("GET", "/v1/workspace", 401)
    sim.go_offline()
    with pytest.raises(httpx.ConnectError):
        httpx.get(sim.base_url + "/workspace", timeout=2)
    sim.go_online()
    assert httpx.get(sim.base_url + "/workspace", timeout=2).status_code == 400  # no version header


def test_unknown_paths_methods_and_admin(sim, http):
    assert http.get("/nothing").json()["error"]["code"] == "not_found"
    assert http.put("/workspace").status_code == 405
    assert httpx.get(sim.origin + "/_sim/stats").json()["requests"] >= 2
    assert httpx.post(sim.origin + "/_sim/queue_faults", content=json.dumps(["503"])).status_code == 200
    assert create(http).status_code == 503


def test_main_prints_help(capsys):
    with pytest.raises(SystemExit) as done:
        simmod.main(["--help"])
    assert done.value.code == 0 and "Certifier" in capsys.readouterr().out
