"""Where a prepared cohort's learner list is now, and who made its saved consent decisions.

Part of :mod:`badgedesk.core.draft`; never imports Qt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from badgedesk.core.messages import InputError
from badgedesk.core.prepared import PreparedCohort

EXTENSION_KEY = "consent_by"  # our addition to the prepared-cohort JSON: who made each decision


def locate_source(prepared: PreparedCohort, locate: str | Path | None) -> Path:
    if locate is not None:
        path = Path(locate)
        if not path.is_file():
            raise InputError(
                "source_not_found", f"{path.name} was not found. Choose the learner list file again."
            )
        return path
    path = Path(prepared.source_path)
    if path.is_file():
        return path
    if prepared.loaded_from is not None:
        beside = prepared.loaded_from.parent / path.name  # moved together with the prepared cohort
        if beside.is_file():
            return beside
    raise InputError(
        "source_moved",
        f"The learner list {path.name} is no longer in {path.parent}. Put it back, or locate it "
        "(it may have been moved or renamed) to reopen this prepared cohort.",
        path=str(path),
        name=path.name,
    )


def extension(path: Path | None) -> dict[str, Any]:
    """Who made each saved decision (absent from files written by other tools)."""
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8")).get(EXTENSION_KEY)
    except (OSError, ValueError, AttributeError):
        return {}
    return data if isinstance(data, dict) else {}
