"""The shared simulator core, driven over real HTTP (127.0.0.1 only) through a tiny test platform.

``TinySim`` is a made-up platform with the least a platform supplies (token, principal, routes,
error answers), so these tests show the core's behaviour is its own, not Navigatr's or Credly's.
No test asserts how fast anything is: delays that must be shown to exist get lower bounds only.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import selectors
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from badgedesk.platforms import simcore
from badgedesk.platforms.simcore import (
    ALL_FAULT_KINDS,
    ApiError,
    Fixtures,
    Reply,
    Request,
    SimulatorCore,
    compile_routes,
    redact_email,
)

TOKEN = "tiny-token"
OTHER = "tiny-other-token"
TRANSPORT_LOST = (httpx.RemoteProtocolError, httpx.ReadError)


class TinySim(SimulatorCore):
    """Awards of "things": POST /v1/things issues, GET lists and looks up (with lag and redaction)."""

    PLATFORM = "Tiny"
    DEMO_TOKEN = TOKEN
    DEFAULT_RATE_LIMIT = None
    ROUTES = compile_routes(
        [
            (r"/things", {"GET": "_list", "POST": "_create"}),
            (r"/things/(\d+)", {"GET": "_get"}),
        ]
    )

    def _token(self, req: Request) -> str | None:
        return req.headers.get("X-Token") or None

    def _principal(self, token: str) -> str | None:
        return token if token in (TOKEN, OTHER) else None

    def _error(self, kind: str, **info: Any) -> Reply:
        status = {"not_found": 404, "method_not_allowed": 405, "internal": 500, "too_large": 413}
        status |= {"rate_limited": 429, "unauthorized": 401, "fault_html_200": 200, "lookup_403": 403}
        code = status.get(kind) or int(kind[-3:])
        return Reply(code, {"error": kind})

    def _is_issue(self, req: Request) -> bool:
        return req.method == "POST"

    def _create(self, req: Request, who: str) -> Reply:
        def create() -> Reply:
            body = json.loads(req.body or b"{}")
            if "email" not in body:
                raise ApiError(Reply(422, {"error": "email missing"}))
            with self._lock:
                ident = len(self._records) + 1
                return Reply(201, self._commit(ident, {"id": ident, "recipient_email": body["email"]}))

        return self._with_faults(create)

    def _list(self, req: Request, who: str) -> Reply:
        self._check_lookup_fault()
        email = req.query.get("email", "").casefold()
        with self._lock:
            found = [
                self._lookup_view(r)
                for r in self._records
                if self._visible(r["id"]) and (not email or r["recipient_email"].casefold() == email)
            ]
        return Reply(200, found)

    def _get(self, req: Request, who: str, raw_id: str) -> Reply:
        self._check_lookup_fault()
        with self._lock:
            record = self._by_id.get(int(raw_id))
            if record is None or not self._visible(record["id"]):
                raise ApiError(Reply(404, {"error": "no such thing"}))
            return Reply(200, self._lookup_view(record))


@pytest.fixture
def make_tiny() -> Iterator[Callable[..., TinySim]]:
    """Started TinySims, all stopped after the test."""
    with contextlib.ExitStack() as stack:
        yield lambda **settings: stack.enter_context(TinySim(seed=5, **settings))


@pytest.fixture
def tiny(make_tiny: Callable[..., TinySim]) -> TinySim:
    return make_tiny()


def client(sim: SimulatorCore, make_client: Callable[..., httpx.Client], token: str = TOKEN, **kw: Any):
    return make_client(base_url=sim.base_url, headers={"X-Token": token}, timeout=kw.pop("timeout", 10), **kw)


def wait_until(predicate: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Poll; the deadline is only a safety net against hanging, never the thing tested."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def assert_answer_matches(response: httpx.Response, fx: dict[str, Any], max_retry_after: int) -> None:
    """A live answer keeps its fixture's contract: status, content type, shape, headers, and for
    errors and text answers the very body (the platforms' tests use this for every fixture)."""
    assert response.status_code == fx["status"]
    expected_type = fx["headers"]["content-type"].split(";")[0]
    assert response.headers["content-type"].split(";")[0] == expected_type
    body = response.json() if expected_type == "application/json" else response.text
    assert simcore.shape(body) == simcore.shape(fx["body"])
    if fx["status"] not in (200, 201) or isinstance(fx["body"], str):
        assert body == fx["body"]  # error bodies come straight from the fixture
    for header, value in fx["headers"].items():
        if header == "retry-after":
            assert 1 <= int(response.headers[header]) <= max_retry_after
        elif header != "content-type":
            assert response.headers[header] == value


# ---------------------------------------------------------------------------------------------
# Request-side latency reaches the rate limiter
# ---------------------------------------------------------------------------------------------


def test_a_request_delayed_on_its_way_in_loses_its_slot_to_a_later_one(make_tiny, make_client):
    """Sent first, admitted second: the rate limiter sees a request after its request-side latency."""
    sim = make_tiny(rate_limit=(1, 60.0), request_latency_ms=3000)
    statuses: list[int] = []
    slow = client(sim, make_client)
    worker = threading.Thread(target=lambda: statuses.append(slow.get("/things").status_code), daemon=True)
    worker.start()
    assert wait_until(lambda: sim.stats()["waiting"] == 1)
    sim.set(request_latency_ms=0)
    assert client(sim, make_client).get("/things").status_code == 200
    worker.join(30)
    assert statuses == [429]  # sent first, but admitted after the other one took the only slot
    log = sim.request_log()
    assert [status for _, _, _, status in log] == [200, 429]  # by admission time, not by sending


def test_request_latency_is_waited_before_admission_and_logged_as_admission_time(make_tiny, make_client):
    sim = make_tiny(request_latency_ms=200)
    sent = time.monotonic()
    assert client(sim, make_client).get("/things").status_code == 200
    ((admitted, method, path, status),) = sim.request_log()
    assert (method, path, status) == ("GET", "/v1/things", 200)
    assert admitted - sent >= 0.19  # a lower bound: the delay exists; nothing says how fast anything is


def test_answer_latency_comes_after_admission(make_tiny, make_client):
    sim = make_tiny(latency_ms=200)
    assert client(sim, make_client).get("/things").status_code == 200
    (admitted, *_), answered = sim.request_log()[0], time.monotonic()
    assert answered - admitted >= 0.19  # the answer waited after the limiter saw it


def test_jitter_is_seeded_and_never_negative(make_tiny):
    first, second = make_tiny(request_jitter_ms=50), make_tiny(request_jitter_ms=50)
    draws = [
        [sim._delay("request_latency_ms", "request_jitter_ms", sim._request_rng) for _ in range(20)]
        for sim in (first, second)
    ]
    assert draws[0] == draws[1] and all(d >= 0 for d in draws[0]) and len(set(draws[0])) > 1


# ---------------------------------------------------------------------------------------------
# Lagging look-ups and redacted emails
# ---------------------------------------------------------------------------------------------


def test_an_award_is_invisible_to_lookups_for_the_lag(tiny, make_client):
    http = client(tiny, make_client)
    tiny.set(lookup_lag_s=3600)
    hidden = http.post("/things", json={"email": "ada@example.org"}).json()
    assert hidden["recipient_email"] == "ada@example.org"  # the issue answer itself is immediate
    assert http.get("/things").json() == []
    assert http.get(f"/things/{hidden['id']}").status_code == 404
    tiny.set(lookup_lag_s=0)  # the lag is fixed per award when it is made
    shown = http.post("/things", json={"email": "bob@example.org"}).json()
    assert [t["id"] for t in http.get("/things").json()] == [shown["id"]]
    assert [r["id"] for r in tiny.ledger()] == [hidden["id"], shown["id"]]  # the ledger sees everything


def test_a_lagging_award_appears_once_the_lag_is_over(make_tiny, make_client):
    sim = make_tiny(lookup_lag_s=0.3)
    http = client(sim, make_client)
    made = http.post("/things", json={"email": "ada@example.org"}).json()
    assert wait_until(lambda: http.get(f"/things/{made['id']}").status_code == 200)


def test_redacted_emails_in_lookups_but_not_in_the_issue_answer_or_ledger(make_tiny, make_client):
    sim = make_tiny(redact_emails=True)
    http = client(sim, make_client)
    made = http.post("/things", json={"email": "Ada.Lovelace@Example.org"}).json()
    assert made["recipient_email"] == "Ada.Lovelace@Example.org"
    listed = http.get(
        "/things", params={"email": "ada.lovelace@example.org"}
    ).json()  # filters see the real one
    assert [t["recipient_email"] for t in listed] == ["A***@E***.org"]
    assert http.get(f"/things/{made['id']}").json()["recipient_email"] == "A***@E***.org"
    assert sim.ledger()[0]["recipient_email"] == "Ada.Lovelace@Example.org"
    sim.set(redact_emails=False)
    assert http.get(f"/things/{made['id']}").json()["recipient_email"] == "Ada.Lovelace@Example.org"


@pytest.mark.parametrize(
    ("email", "redacted"),
    [
        ("ada.lovelace@example.org", "a***@e***.org"),
        ("x@sub.example.co.uk", "x***@s***.uk"),
        ("root@localhost", "r***@l***"),
        ("not an email", "***"),
    ],
)
def test_redact_email(email, redacted):
    assert redact_email(email) == redacted


# ---------------------------------------------------------------------------------------------
# Faults, auth, rate limit
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "status", "created"),
    [
        ("503", 503, 0),
        ("html_200", 200, 0),
        ("500_after_commit", 500, 1),
        ("504_after_commit", 504, 1),
        ("drop_after_commit", None, 1),
    ],
)
def test_each_fault_kind(tiny, make_client, kind, status, created):
    http = client(tiny, make_client)
    tiny.queue_faults(kind)
    if status is None:
        with pytest.raises(TRANSPORT_LOST):
            http.post("/things", json={"email": "ada@example.org"})
    else:
        response = http.post("/things", json={"email": "ada@example.org"})
        expected = "fault_html_200" if kind == "html_200" else f"fault_{kind[:3]}"
        assert response.status_code == status and response.json() == {"error": expected}
    assert len(tiny.ledger()) == created and tiny.stats()["faults"] == {kind: 1}
    assert client(tiny, make_client).post("/things", json={"email": "b@example.org"}).status_code == 201


def test_a_stall_times_out_the_client_but_makes_the_award(make_tiny, make_client):
    sim = make_tiny(stall_seconds=600)
    sim.queue_faults("stall")
    with pytest.raises(httpx.ReadTimeout):
        client(sim, make_client, timeout=0.5).post("/things", json={"email": "ada@example.org"})
    assert len(sim.ledger()) == 1


def test_a_rejected_request_under_a_fault_keeps_its_own_answer(tiny, make_client):
    tiny.queue_faults("500_after_commit", "stall")
    http = client(tiny, make_client)
    assert http.post("/things", json={}).status_code == 500  # the fault spoils even a refusal
    tiny.set(stall_seconds=0)
    assert http.post("/things", json={}).json() == {"error": "email missing"}
    assert tiny.ledger() == []


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("403", 403), ("drop", None)])
def test_lookup_faults(tiny, make_client, kind, status):
    http = client(tiny, make_client)
    tiny.set_lookup_fault(kind)
    if status is None:
        with pytest.raises(TRANSPORT_LOST):
            http.get("/things")
    else:
        assert http.get("/things").status_code == status
    assert client(tiny, make_client).post("/things", json={"email": "a@example.org"}).status_code == 201
    assert tiny.stats()["faults"] == {f"lookup_{kind}": 1}


def test_tokens_revocation_and_revoke_after(tiny, make_client):
    assert client(tiny, make_client, token="nobody").get("/things").status_code == 401
    tiny.set(revoke_after=1)
    http = client(tiny, make_client)
    assert http.post("/things", json={"email": "a@example.org"}).status_code == 201
    assert http.get("/things").status_code == 401
    assert client(tiny, make_client, token=OTHER).get("/things").status_code == 200
    tiny.revoke_token(OTHER)
    assert client(tiny, make_client, token=OTHER).get("/things").status_code == 401


def test_rate_limit_is_per_token_with_retry_after(make_tiny, make_client):
    sim = make_tiny(rate_limit=(2, 30.0))
    http = client(sim, make_client)
    codes = [http.get("/things").status_code for _ in range(3)]
    limited = http.get("/things")
    assert codes == [200, 200, 429] and 1 <= int(limited.headers["retry-after"]) <= 30
    assert client(sim, make_client, token=OTHER).get("/things").status_code == 200
    assert sim.stats()["count_429"] == 2


def test_unknown_paths_methods_and_large_bodies(tiny, make_client):
    http = client(tiny, make_client)
    assert http.get("/nothing").status_code == 404
    assert http.delete("/things").headers["allow"] == "GET, POST"
    assert http.post("/things", content=b"x" * (simcore.MAX_BODY_BYTES + 1)).status_code == 413
    assert http.get(http.base_url.copy_with(path="/elsewhere")).status_code == 404
    assert tiny.stats()["requests"] == 3  # only /v1 requests count


# ---------------------------------------------------------------------------------------------
# Settings, admin endpoints, lifecycle
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        {"request_latency_ms": -1},
        {"request_jitter_ms": "lots"},
        {"lookup_lag_s": -0.5},
        {"redact_emails": "yes"},
        {"fault_rate": 1.5},
        {"fault_kinds": ["teapot"]},
        {"rate_limit": (0, 1)},
    ],
)
def test_bad_settings_are_refused(tiny, bad):
    with pytest.raises(ValueError):
        tiny.set(**bad)


def test_settings_and_admin_endpoints(tiny, make_client):
    admin = make_client(base_url=tiny.origin)
    changed = admin.post(
        "/_sim/settings", json={"request_latency_ms": 5, "lookup_lag_s": 2, "redact_emails": True}
    ).json()
    assert (changed["request_latency_ms"], changed["lookup_lag_s"], changed["redact_emails"]) == (5, 2, True)
    assert admin.post("/_sim/settings", json={"redact_emails": "yes"}).status_code == 400
    assert admin.post("/_sim/settings", json={"colour": "blue"}).status_code == 400
    assert set(admin.get("/_sim/stats").json()) >= {"requests", "by_status", "faults", "waiting"}
    assert admin.post("/_sim/queue_faults", json=["503"]).json() == {"queued": 1}
    assert client(tiny, make_client).post("/things", json={"email": "a@example.org"}).status_code == 503
    assert admin.post("/_sim/revoke").json() == {"revoked": TOKEN}
    for path in ("/_sim/image/key.png", "/_sim/images/another-key.png"):
        image = admin.get(path)
        assert image.headers["content-type"] == "image/png" and image.content.startswith(b"\x89PNG")
        assert struct.unpack(">II", image.content[16:24]) == (32, 32)
    assert admin.get("/_sim/page/thing/1").status_code == 404  # TinySim has no pages


def test_stop_wakes_requests_still_on_their_way_in(make_tiny, make_client):
    sim = make_tiny(request_latency_ms=600_000)
    outcome: list[Any] = []

    def send() -> None:
        try:
            outcome.append(client(sim, make_client, timeout=600).get("/things"))
        except httpx.HTTPError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=send, daemon=True)
    worker.start()
    assert wait_until(lambda: sim.stats()["waiting"] == 1)
    sim.stop()
    worker.join(60)  # far less than the 600 s the request would otherwise wait
    assert not worker.is_alive() and isinstance(outcome[0], httpx.HTTPError)
    assert wait_until(lambda: sim.stats()["by_status"] == {0: 1})  # never admitted, never answered


def test_offline_online_and_the_host_check(tiny, make_client):
    http = client(tiny, make_client)
    tiny.go_offline()
    with pytest.raises(httpx.ConnectError):
        http.get("/things")
    tiny.go_online()
    assert http.get("/things").status_code == 200
    with pytest.raises(ValueError, match="Tiny simulator only listens on 127.0.0.1"):
        TinySim(host="0.0.0.0")
    with pytest.raises(RuntimeError):
        TinySim().go_online()


def test_the_fault_kinds_and_the_command_line_options():
    assert set(simcore.DEFAULT_FAULT_KINDS) < set(ALL_FAULT_KINDS)
    parser = simcore.argument_parser("prog", "Tiny", 9999, "5/2")
    settings = simcore.settings_from(
        parser.parse_args(["--request-latency-ms", "30", "--lookup-lag-s", "2", "--redact-emails"])
    )
    assert settings["port"] == 9999 and settings["rate_limit"] == (5, 2.0)
    assert (settings["request_latency_ms"], settings["lookup_lag_s"], settings["redact_emails"]) == (
        30,
        2,
        True,
    )
    assert simcore.settings_from(parser.parse_args(["--rate-limit", "off"]))["rate_limit"] is None
    assert TinySim(**{k: v for k, v in settings.items() if k != "port"}).settings()["redact_emails"] is True


# ---------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------


def test_fixtures_load_fill_and_can_answers(tmp_path: Path):
    (tmp_path / "thing_200.json").write_text(
        json.dumps(
            {"why": "test", "status": 200, "headers": {"Content-Type": "text/plain"}, "body": {"a": 1}}
        )
    )
    (tmp_path / "broken_500.json").write_text(json.dumps({"status": 500}))
    fixtures = Fixtures(tmp_path, "Tiny", ("why", "status", "headers", "body"))
    assert fixtures.names() == ["broken_500", "thing_200"]
    fixtures.load("thing_200")["body"]["a"] = 2
    assert fixtures.load("thing_200.json")["body"] == {"a": 1}
    reply = fixtures.canned("thing_200", status=201)
    assert (reply.status, reply.content_type, reply.body) == (201, "text/plain", {"a": 1})
    assert fixtures.fill(fixtures.template("thing_200"), a=5) == {"a": 5}
    with pytest.raises(KeyError, match="not in the Tiny fixture"):
        fixtures.fill(fixtures.template("thing_200"), b=5)
    with pytest.raises(KeyError, match="no Tiny fixture"):
        fixtures.load("nothing")
    with pytest.raises(ValueError, match="lacks why, headers, body"):
        fixtures.load("broken_500")


# ---------------------------------------------------------------------------------------------
# Every simulator runs by hand
# ---------------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
BY_HAND = {
    "navigatr": (
        ["--seed", "1"],
        r"Navigatr simulator \(NOT the real Navigatr\) at (?P<url>http://127\.0\.0\.1:\d+/v1) — token: (?P<token>\S+)",
        lambda http, token: http.get("/user_detail/0", headers={"X-Access-Token": token}),
    ),
    "credly": (
        ["--seed", "1", "--lookup-lag-s", "0", "--redact-emails", "--rate-limit", "10/1"],
        r"Credly simulator \(NOT the real Credly\) at (?P<url>http://127\.0\.0\.1:\d+/v1) — "
        r"organization: (?P<org>\S+) — token: (?P<token>\S+)",
        lambda http, token: http.get("/organizations/b7f4bd1e-5c1a-4a0e-9d3e-6f1e2a3b4c5d", auth=(token, "")),
    ),
}


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
@pytest.mark.parametrize("platform", sorted(BY_HAND))
def test_a_simulator_runs_by_hand_from_the_command_line(platform: str, make_client) -> None:
    args, banner, probe = BY_HAND[platform]
    proc = subprocess.Popen(
        [sys.executable, "-m", f"badgedesk.platforms.{platform}_sim", "--port", "0", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            assert selector.select(timeout=30), "the simulator printed nothing"
        line = proc.stdout.readline()
        match = re.fullmatch(banner + "\n", line)
        assert match, line
        module = __import__(f"badgedesk.platforms.{platform}_sim", fromlist=["DEMO_TOKEN"])
        assert match.group("token") == module.DEMO_TOKEN
        admin = make_client(base_url=match.group("url").removesuffix("/v1"), timeout=10)
        assert admin.get("/_sim/stats").json()["requests"] == 0
        assert (
            probe(make_client(base_url=match.group("url"), timeout=10), module.DEMO_TOKEN).status_code == 200
        )
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert "Traceback" not in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


@pytest.mark.parametrize("chunked", [False, True], ids=["content_length", "chunked"])
def test_a_request_cut_off_before_its_body_is_whole_is_not_processed(chunked):
    """A client killed between writing the headers and the body (h11 writes them apart): a real
    server does nothing with the partial request, so the simulator must not answer or record it
    (a truncated body would otherwise be refused as invalid, or worse, acted on)."""
    import socket

    from badgedesk.platforms.navigatr_sim import DEMO_TOKEN, FIRST_AID_BADGE_ID, NavigatrSimulator

    with NavigatrSimulator(rate_limit=None) as sim:
        host, port = sim.origin.removeprefix("http://").split(":")
        framing = "Transfer-Encoding: chunked" if chunked else "Content-Length: 200"
        head = (
            f"PUT /v1/badge/{FIRST_AID_BADGE_ID}/issue HTTP/1.1\r\nHost: {host}\r\n"
            f"X-Access-Token: {DEMO_TOKEN}\r\nContent-Type: application/json\r\n{framing}\r\n\r\n"
        )
        partial = b'40\r\n{"recipient_email": "a@example.org"' if chunked else b'{"recipient_email": "a@ex'
        with socket.create_connection((host, int(port))) as conn:
            conn.sendall(head.encode() + partial)
            conn.shutdown(socket.SHUT_WR)  # the client is gone
            conn.settimeout(5)
            assert conn.recv(1024) == b""  # no answer: the connection is just closed
        assert sim.ledger() == [] and sim.stats()["requests"] == 0


def test_every_simulator_answers_every_core_error_with_one_of_its_fixtures():
    from badgedesk.platforms import award_service_sim, certifier_sim, credly_sim, navigatr_sim

    kinds = set(simcore.ERROR_FIXTURES)
    for cls in (
        navigatr_sim.NavigatrSimulator,
        credly_sim.CredlySimulator,
        certifier_sim.CertifierSimulator,
        award_service_sim.AwardServiceSimulator,
    ):
        assert set(cls.ERRORS) == kinds, cls.PLATFORM
        assert set(cls.ERRORS.values()) <= set(cls.FIXTURES.names()), cls.PLATFORM
        sim = cls()
        for kind in sorted(kinds):
            reply = sim._error(kind)
            assert reply.status == cls.FIXTURES.canned(cls.ERRORS[kind]).status, (cls.PLATFORM, kind)
    assert credly_sim.CredlySimulator.ERRORS["lookup_403"] == "organization_403"
    assert award_service_sim.AwardServiceSimulator.ERRORS is simcore.ERROR_FIXTURES


def test_a_fixture_as_a_refusal_carries_its_answer_and_the_message():
    from badgedesk.platforms import certifier_sim_data, credly_sim_data

    error = certifier_sim_data.FIXTURES.refusal("validation_error_400", "issueDate is not a date")
    assert isinstance(error, simcore.ApiError) and error.reply.status == 400
    assert error.reply.body["error"]["message"] == "issueDate is not a date"
    plain = certifier_sim_data.FIXTURES.refusal("validation_error_400")
    assert plain.reply.body == certifier_sim_data.FIXTURES.load("validation_error_400")["body"]
    credly = credly_sim_data.FIXTURES.refusal("issue_400_json", "Not JSON", "data")
    assert credly.reply.body["data"]["message"] == "Not JSON"
