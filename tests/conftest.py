"""Shared test set-up: no display, no real keychain, a private BADGEDESK_HOME per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("BADGEDESK_HOME", str(home))
    monkeypatch.delenv("NAVIGATR_PAT", raising=False)
    monkeypatch.delenv("NAVIGATR_API_URL", raising=False)
    return home
