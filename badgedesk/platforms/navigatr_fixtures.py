"""Navigatr API answers as JSON fixtures: one file per endpoint and status code.

Each file in ``fixtures/navigatr/`` is an object::

    {"source": "where the shape comes from", "request": {"method": ..., "path": ...},
     "status": 202, "headers": {"content-type": ...}, "body": ...}

``body`` is parsed JSON for JSON answers and a plain string for text/HTML answers
(proxy errors, captive portals). The simulator (:mod:`navigatr_sim`) builds its answers
from these files and client tests load the same files, so both sides agree on one
contract; :func:`shape` gives a comparable skeleton to catch drift.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from badgedesk.platforms.simcore import Fixtures, shape

__all__ = ["FIXTURES", "FIXTURE_DIR", "REQUIRED_KEYS", "load", "names", "shape"]

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "navigatr"
REQUIRED_KEYS = ("source", "status", "headers", "body")
FIXTURES = Fixtures(FIXTURE_DIR, "Navigatr", REQUIRED_KEYS)


def names() -> list[str]:
    """Names of all fixtures (file stems, e.g. ``"issue_202"``), sorted."""
    return FIXTURES.names()


def load(name: str) -> dict[str, Any]:
    """A fresh copy of fixture ``name`` (``"issue_202"`` or ``"issue_202.json"``)."""
    return FIXTURES.load(name)
