"""Where BadgeDesk keeps its state: ``BADGEDESK_HOME`` or the OS user-data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path:
    env = os.environ.get("BADGEDESK_HOME")
    path = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("BadgeDesk", "BadgeDesk"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def journal_path() -> Path:
    return home() / "journal.sqlite3"
