"""Icons and sample data from the top-level ``resources/`` folder (installed as ``badgedesk.resources``)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

try:
    ROOT = Path(str(resources.files("badgedesk.resources")))
except ModuleNotFoundError:  # run from a source tree that is not installed (PYTHONPATH=checkout)
    ROOT = Path(__file__).resolve().parents[2] / "resources"


def path(name: str) -> Path:
    return ROOT / name


@cache
def app_icon() -> QIcon:
    return QIcon(str(path("badgedesk.svg")))


def sample_cohort() -> Path:
    return path("sample-cohort.xlsx")
