"""Collects the reliability suite's measured figures into tests/reliability/.results.json.

Tests call ``record(section, key, value)``; each test's outcome and duration is added here.
The file keeps sections from earlier runs that this run did not touch, so running one module
updates only its own figures. ``docs/make_reliability.py`` turns it into docs/reliability.md.
"""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path

import pytest

RESULTS = Path(__file__).with_name(".results.json")
_figures: dict[str, dict] = {}
_outcomes: dict[str, dict] = {}


@pytest.fixture
def record(request):
    section = request.node.nodeid.split("::")[0].rsplit("/", 1)[-1].removesuffix(".py")

    def put(key: str, value) -> None:
        _figures.setdefault(section, {})[key] = value

    return put


def pytest_runtest_logreport(report):
    if "tests/reliability/" not in report.nodeid.replace("\\", "/"):
        return
    entry = _outcomes.setdefault(report.nodeid, {"outcome": "passed", "seconds": 0.0})
    entry["seconds"] = round(entry["seconds"] + report.duration, 2)
    if report.failed:
        entry["outcome"] = "failed"
    elif report.skipped and entry["outcome"] != "failed":
        entry["outcome"] = "xfailed" if hasattr(report, "wasxfail") else "skipped"
    elif report.when == "call" and hasattr(report, "wasxfail"):
        entry["outcome"] = "xpassed"


def pytest_sessionfinish(session):
    if not _outcomes:
        return
    try:
        old = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old = {}
    figures = {**old.get("figures", {}), **_figures}
    tests = {
        k: v
        for k, v in old.get("tests", {}).items()
        if k.split("::")[0] not in {n.split("::")[0] for n in _outcomes}
    }
    tests.update(_outcomes)
    data = {
        "generated": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
        "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
        "figures": figures,
        "tests": dict(sorted(tests.items())),
    }
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=False), encoding="utf-8")
