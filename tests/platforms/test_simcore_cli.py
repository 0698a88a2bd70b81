"""Running the simulators by hand: every ``python -m …_sim`` and ``badgedesk simulate`` share one
command line (:mod:`badgedesk.platforms.simcore_cli`). Each is served for real, asked over HTTP
while it runs, then interrupted as Ctrl+C would."""

from __future__ import annotations

import subprocess
import sys
import types

import httpx
import pytest

from badgedesk import cli
from badgedesk.platforms import (
    award_service_sim,
    certifier_sim,
    credly_sim,
    navigatr_sim,
    simcore,
    simcore_cli,
)


@pytest.fixture
def served(monkeypatch):
    """Serve whatever is started, ask it for its settings once it serves, then press "Ctrl+C"."""
    seen: dict = {}
    serve = simcore_cli.serve_until_interrupted

    def recording(sim):
        seen["sim"] = sim
        serve(sim)

    def sleep(seconds):
        sim = seen["sim"]
        seen["settings"] = httpx.get(sim.origin + "/_sim/settings", timeout=10).json()
        raise KeyboardInterrupt

    monkeypatch.setattr(simcore_cli, "serve_until_interrupted", recording)
    monkeypatch.setattr(simcore, "serve_until_interrupted", recording)  # the seam the CLI imports
    monkeypatch.setattr(simcore_cli, "time", types.SimpleNamespace(sleep=sleep))
    return seen


@pytest.mark.parametrize(
    ("module", "words"),
    [
        (navigatr_sim, ["Navigatr simulator (NOT the real Navigatr)", navigatr_sim.DEMO_TOKEN]),
        (
            credly_sim,
            ["Credly simulator (NOT the real Credly)", credly_sim.DEMO_ORG_ID, credly_sim.DEMO_TOKEN],
        ),
        (certifier_sim, ["Certifier simulator (NOT the real Certifier)", certifier_sim.DEMO_TOKEN]),
        (
            award_service_sim,
            ["Badge Award Service simulator (NOT a real service)", award_service_sim.DEMO_AWARDED_BY],
        ),
    ],
)
def test_each_simulator_serves_prints_its_banner_and_stops(module, words, served, capsys):
    assert module.main(["--port", "0", "--latency-ms", "3", "--rate-limit", "7/3"]) == 0
    sim = served["sim"]
    banner = capsys.readouterr().out
    assert sim.base_url and f"at {sim.base_url} " in banner
    assert all(word in banner for word in words), banner
    assert served["settings"]["latency_ms"] == 3 and served["settings"]["rate_limit"] == [7, 3.0]
    with pytest.raises(httpx.ConnectError):  # stopped once interrupted
        httpx.get(sim.origin + "/_sim/settings", timeout=5)


def test_the_defaults_come_from_the_simulator_class():
    for cls, port, limit in (
        (navigatr_sim.NavigatrSimulator, 8750, "5/2"),
        (credly_sim.CredlySimulator, 8760, "10/1"),
        (certifier_sim.CertifierSimulator, 8770, "10/1"),
    ):
        assert port == cls.COMMAND_LINE_PORT
        assert simcore_cli.rate_limit_text(cls.DEFAULT_RATE_LIMIT) == limit
        assert simcore_cli.rate_limit_arg(limit) == cls.DEFAULT_RATE_LIMIT
    assert simcore_cli.rate_limit_text(None) == "off" and simcore_cli.rate_limit_arg("off") is None


def test_a_simulators_own_options_reach_it(served):
    credly_sim.main(["--port", "0", "--token-expires-at", "never"])
    assert served["settings"]["token_expires_at"] is None
    credly_sim.main(["--port", "0", "--token-expires-at", "2031-01-02"])
    assert served["settings"]["token_expires_at"].startswith("2031-01-02")
    award_service_sim.main(["--port", "0"])
    assert served["settings"]["definitions_endpoint"] is True
    assert served["settings"]["drop_delete_body"] is False
    award_service_sim.main(["--port", "0", "--no-definitions", "--drop-delete-body"])
    assert served["settings"]["definitions_endpoint"] is False
    assert served["settings"]["drop_delete_body"] is True


@pytest.mark.parametrize("platform", ["navigatr", "credly", "certifier", "award-service"])
def test_badgedesk_simulate_serves_each_platform(platform, served, capsys):
    code = cli.main(["simulate", "--platform", platform, "--port", "0", "--fault-rate", "0.25"])
    assert code == 0
    assert served["settings"]["fault_rate"] == 0.25
    assert served["sim"].PLATFORM in capsys.readouterr().out


def test_python_dash_m_names_the_module_in_its_help():
    done = subprocess.run(
        [sys.executable, "-m", "badgedesk.platforms.certifier_sim", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "usage: python -m badgedesk.platforms.certifier_sim " in done.stdout
    assert "NOT the real Certifier" in done.stdout and '"10/1" (default)' in done.stdout
