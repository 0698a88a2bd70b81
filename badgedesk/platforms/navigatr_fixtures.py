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

import copy
import functools
import json
from pathlib import Path
from typing import Any

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "navigatr"
REQUIRED_KEYS = ("source", "status", "headers", "body")


def names() -> list[str]:
    """Names of all fixtures (file stems, e.g. ``"issue_202"``), sorted."""
    return sorted(path.stem for path in FIXTURE_DIR.glob("*.json"))


def load(name: str) -> dict[str, Any]:
    """A fresh copy of fixture ``name`` (``"issue_202"`` or ``"issue_202.json"``)."""
    stem = name.removesuffix(".json")
    if stem not in names():
        raise KeyError(f"no Navigatr fixture named {stem!r} in {FIXTURE_DIR}")
    return copy.deepcopy(_read(stem))


@functools.cache
def _read(stem: str) -> dict[str, Any]:
    data = json.loads((FIXTURE_DIR / f"{stem}.json").read_text(encoding="utf-8"))
    missing = [key for key in REQUIRED_KEYS if key not in data]
    if missing:
        raise ValueError(f"Navigatr fixture {stem!r} lacks {', '.join(missing)}")
    return data


def shape(obj: Any) -> Any:
    """Recursive key/type skeleton of a JSON value, for comparing answers with fixtures.

    Objects keep their keys with the shape of each value; a list becomes a one-element
    list with the shape of its first item (``[]`` when empty); scalars become their JSON
    type name: ``"str"``, ``"int"``, ``"float"``, ``"bool"`` or ``"null"``.
    """
    if isinstance(obj, dict):
        return {key: shape(value) for key, value in obj.items()}
    if isinstance(obj, list):
        return [shape(obj[0])] if obj else []
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "bool"
    if isinstance(obj, int):
        return "int"
    if isinstance(obj, float):
        return "float"
    if isinstance(obj, str):
        return "str"
    return type(obj).__name__
