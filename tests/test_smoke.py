"""``badgedesk --smoke-test``: it passes on a sound installation, and each kind of breakage fails it."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings

from badgedesk import smoke
from badgedesk.gui import resources
from tests.memory_keyring import MemoryKeyring, memory_keyring, no_keyring

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def run_smoke(qapp, tmp_path):
    """smoke.run() in this process: (exit code, stdout, stderr)."""

    def run():
        out, err = io.StringIO(), io.StringIO()
        code = smoke.run(out, err)
        return code, out.getvalue(), err.getvalue()

    yield run
    # The smoke test points Qt's settings at its throwaway home; give the next test its own.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def test_the_smoke_test_passes_and_round_trips_a_token_through_the_keychain(run_smoke):
    with memory_keyring() as backend:
        code, out, err = run_smoke()
        assert code == 0, err
        assert backend.passwords == {}  # the smoke test's entry is deleted again
    assert "keychain: Memory keychain: stored, read back and deleted" in out
    issue = next(line for line in out.splitlines() if "issue:" in line)
    # The sample cohort: 20 learners to send, two of them below the badge's pass mark.
    assert "18 issued" in issue and "2 needs_review" in issue and "(202 score too low: 2)" in issue
    assert "smoke test passed" in out and err == ""


def test_from_the_command_line_with_no_keychain_it_says_skipped_and_passes(tmp_path):
    env = dict(
        os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", BADGEDESK_HOME=str(tmp_path)
    )
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test chooses offscreen itself
    proc = subprocess.run(
        [sys.executable, "-m", "badgedesk", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "ok  keychain: no keychain: skipped" in proc.stdout
    assert "ok  Qt offscreen" in proc.stdout
    assert list(tmp_path.iterdir()) == []  # the run happened in a throwaway home, not the user's


def test_missing_simulator_fixtures_fail_it(run_smoke, monkeypatch, tmp_path):
    monkeypatch.setattr(smoke, "fixture_root", lambda: tmp_path / "not-bundled")
    code, out, err = run_smoke()
    assert code == 1
    assert err.startswith("smoke test FAILED: simulator fixtures: none for Navigatr") and "not-bundled" in err
    assert "smoke test passed" not in out


def test_a_damaged_fixture_fails_it(run_smoke, monkeypatch, tmp_path):
    import shutil

    copy = tmp_path / "fixtures"
    shutil.copytree(smoke.fixture_root(), copy)
    (copy / "credly" / "badge_200.json").write_text('{"truncated": ', encoding="utf-8")
    monkeypatch.setattr(smoke, "fixture_root", lambda: copy)
    code, _, err = run_smoke()
    assert code == 1 and "badge_200.json is unreadable" in err


def test_missing_resources_fail_it(run_smoke, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "ROOT", tmp_path / "no-resources")
    code, _, err = run_smoke()
    assert code == 1 and "sample-cohort.xlsx" in err and "no-resources" in err


class ForgetfulKeyring(MemoryKeyring):
    """A keychain that accepts a token and then cannot give it back."""

    def get_password(self, service, username):
        return None


def test_a_keychain_that_loses_the_token_fails_it(run_smoke, monkeypatch):
    monkeypatch.setattr(smoke, "CHECKS", [smoke.check_keychain])
    previous = keyring.get_keyring()
    keyring.set_keyring(ForgetfulKeyring())
    try:
        code, _, err = run_smoke()
    finally:
        keyring.set_keyring(previous)
    assert code == 1 and "keychain Memory keychain: read back nothing" in err


def test_a_locked_keychain_fails_it_rather_than_skipping(run_smoke, monkeypatch):
    monkeypatch.setattr(smoke, "CHECKS", [smoke.check_keychain])
    with memory_keyring() as backend:
        backend.locked = True
        code, _, err = run_smoke()
    assert code == 1 and "storing failed" in err and "locked" in err


def test_no_keychain_is_said_plainly(run_smoke, monkeypatch):
    monkeypatch.setattr(smoke, "CHECKS", [smoke.check_keychain])
    with no_keyring():
        code, out, _ = run_smoke()
    assert code == 0 and "ok  keychain: no keychain: skipped" in out


def test_results_that_are_not_the_platforms_202s_fail_it(run_smoke, monkeypatch):
    """Without the client hiding the pass mark, the engine holds the low scores back itself: no 202."""
    monkeypatch.setattr(smoke, "CHECKS", [smoke.check_issue])
    monkeypatch.setattr(smoke, "_hide_minimum_score", lambda client: client)
    with memory_keyring():
        code, _, err = run_smoke()
    assert code == 1 and "needs review but not for a 202 score: score_below_minimum" in err


def test_an_unexpected_error_in_a_check_fails_it_with_its_reason(run_smoke, monkeypatch):
    def broken():
        raise ImportError("No module named 'truststore'")

    monkeypatch.setattr(smoke, "CHECKS", [broken])
    code, _, err = run_smoke()
    assert (
        code == 1 and err.strip() == "smoke test FAILED in broken: ImportError: No module named 'truststore'"
    )


def test_a_run_that_cannot_start_fails_it_at_once_with_the_pages_reason(run_smoke, monkeypatch):
    from badgedesk.core.messages import InputError
    from badgedesk.gui import issue_prep

    def refuse(client, badge_id):
        raise InputError("badge_unavailable", "This badge cannot be issued (test).")

    monkeypatch.setattr(smoke, "CHECKS", [smoke.check_issue])
    monkeypatch.setattr(issue_prep, "check_badge", refuse)  # the worker checks the badge first
    with memory_keyring():
        code, _, err = run_smoke()
    assert code == 1
    assert (
        err.strip()
        == "smoke test FAILED: the run did not start or stopped: This badge cannot be issued (test)."
    )
