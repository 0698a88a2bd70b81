"""Saved connections (badgedesk.core.connections): validation, the JSON file, tokens kept elsewhere."""

from __future__ import annotations

import json
import os

import pytest

from badgedesk.core.connections import (
    Connection,
    ConnectionStore,
)
from badgedesk.core.messages import InputError
from badgedesk.core.secrets import SecretStore
from badgedesk.platforms.navigatr import legacy_credentials_message, looks_like_password_login
from tests.memory_keyring import memory_keyring, no_keyring

TOKEN = "nvgtr_pat_8f2c0e6b1d9a4b7e93c5f01a2d6e8b4c"


@pytest.fixture
def kr():
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def store(tmp_path):
    return ConnectionStore(tmp_path / "connections.json")


def test_default_path_is_in_badgedesk_home(_private_home):
    assert ConnectionStore().path == _private_home / "connections.json"


def test_add_saves_no_secret_in_the_file(store, kr):
    secrets = SecretStore()
    conn = store.add(Connection(name="  Work   account ", environment="staging"), f" {TOKEN} ", secrets)
    assert conn.name == "Work account" and len(conn.id) == 32
    text = store.path.read_text(encoding="utf-8")
    assert TOKEN not in text
    data = json.loads(text)
    assert data == {
        "version": 1,
        "connections": [
            {
                "id": conn.id,
                "name": "Work account",
                "platform": "navigatr",
                "environment": "staging",
                "base_url": "",
                "timeout": 30.0,
                "fields": {},
                "rate_limit": "",
            }
        ],
    }
    assert kr.passwords == {("BadgeDesk", conn.id): TOKEN}
    assert store.list() == [conn]
    assert store.get(conn.id) == conn
    assert store.get("nope") is None
    assert not list(store.path.parent.glob(".badgedesk-*"))  # no temp file left behind


def test_ids_are_unique_uuid_hex():
    a, b = Connection(name="a"), Connection(name="b")
    assert a.id != b.id and int(a.id, 16) >= 0 and len(a.id) == 32


def test_names_are_unique_ignoring_case(store, kr):
    secrets = SecretStore()
    store.add(Connection(name="Work"), TOKEN, secrets)
    with pytest.raises(InputError) as err:
        store.add(Connection(name="work"), TOKEN, secrets)
    assert err.value.code == "connection_name_taken"
    assert err.value.message == "A connection named 'work' already exists. Choose another name."
    assert len(store.list()) == 1 and len(kr.passwords) == 1  # nothing stored for the refused one


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"name": "   "}, "connection_name_missing"),
        ({"name": "x" * 81}, "connection_name_too_long"),
        ({"platform": "openbadges"}, "platform_unknown"),
        ({"environment": "dev"}, "environment_invalid"),
        ({"timeout": 0.5}, "timeout_invalid"),
        ({"timeout": 301}, "timeout_invalid"),
        ({"timeout": float("nan")}, "timeout_invalid"),
        ({"timeout": "soon"}, "timeout_invalid"),
        ({"base_url": "http://api.example.org/v1"}, "base_url_insecure"),
        ({"base_url": "ftp://api.example.org"}, "base_url_invalid"),
    ],
)
def test_validation(changes, code):
    conn = Connection(**{"name": "Work", **changes}).cleaned()
    with pytest.raises(InputError) as err:
        conn.validate()
    assert err.value.code == code
    assert "\n" not in err.value.message


@pytest.mark.parametrize(
    "platform, fields, base_url",
    [
        ("navigatr", {}, ""),
        ("credly", {"org_id": "org-1"}, ""),
        ("certifier", {}, ""),
        ("badge_award_service", {"awarded_by": "coord-1"}, "https://awards.example.org"),
        ("award-service", {"awarded_by": "coord-1"}, "https://awards.example.org"),
    ],
)
def test_known_platforms_validate(platform, fields, base_url):
    conn = Connection(name="x", platform=platform, fields=fields, base_url=base_url).cleaned()
    conn.validate()
    assert conn.platform in ("navigatr", "credly", "certifier", "award-service")


@pytest.mark.parametrize(
    "platform, fields, code",
    [
        ("credly", {}, "org_id_missing"),
        ("credly", {"org_id": "o", "token_expires": "31/12/2026"}, "token_expires_invalid"),
        ("award-service", {"awarded_by": "c"}, "base_url_missing"),
    ],
)
def test_platform_fields_are_checked(platform, fields, code):
    with pytest.raises(InputError) as err:
        Connection(name="x", platform=platform, fields=fields).cleaned().validate()
    assert err.value.code == code


def test_a_connection_may_set_its_own_rate_limit():
    Connection(name="x", rate_limit="5/2").validate()
    with pytest.raises(InputError) as err:
        Connection(name="x", rate_limit="fast").validate()
    assert err.value.code == "rate_limit_invalid"


def test_valid_edges_and_urls():
    Connection(name="x", timeout=1).validate()
    Connection(name="x", timeout=300).validate()
    Connection(name="x", base_url="http://127.0.0.1:8750/v1").validate()
    conn = Connection(name="x", base_url=" https://api.example.org/v1/ ").cleaned()
    assert conn.base_url == "https://api.example.org/v1"
    assert conn.resolved_url() == "https://api.example.org/v1"
    assert Connection(name="x", environment="staging").resolved_url() == "https://stagapi.navigatr.app/v1"
    assert Connection(name="x").resolved_url() == "https://api.navigatr.app/v1"
    assert Connection(name="x", platform="credly", environment="sandbox").resolved_url() == (
        "https://sandbox-api.credly.com/v1"
    )
    assert Connection(name="x", platform="certifier").resolved_url() == "https://api.certifier.io/v1"


def test_update_renames_and_replaces_token(store, kr):
    secrets = SecretStore()
    conn = store.add(Connection(name="Work"), TOKEN, secrets)
    conn.name, conn.timeout = "Work (new)", 60
    store.update(conn)
    assert store.get(conn.id).name == "Work (new)" and store.get(conn.id).timeout == 60.0
    assert kr.passwords[("BadgeDesk", conn.id)] == TOKEN
    store.update(conn, token="second_token_value_1234567890", secrets=secrets)
    assert kr.passwords[("BadgeDesk", conn.id)] == "second_token_value_1234567890"


def test_update_refuses_a_taken_name_and_a_missing_entry(store, kr):
    secrets = SecretStore()
    store.add(Connection(name="A"), TOKEN, secrets)
    b = store.add(Connection(name="B"), TOKEN, secrets)
    b.name = "a"
    with pytest.raises(InputError) as err:
        store.update(b)
    assert err.value.code == "connection_name_taken"
    with pytest.raises(InputError) as err:
        store.update(Connection(name="C"))
    assert err.value.code == "connection_not_found"
    assert [c.name for c in store.list()] == ["A", "B"]


def test_remove_deletes_entry_and_secret(store, kr):
    secrets = SecretStore()
    keep = store.add(Connection(name="Keep"), TOKEN, secrets)
    gone = store.add(Connection(name="Gone"), TOKEN, secrets)
    assert store.remove(gone.id, secrets) == "Removed the token for 'Gone' from Memory keychain."
    assert store.list() == [keep]
    assert set(kr.passwords) == {("BadgeDesk", keep.id)}
    with pytest.raises(InputError) as err:
        store.remove(gone.id, secrets)
    assert err.value.code == "connection_not_found"


def test_session_only_token_when_there_is_no_keychain(store):
    with no_keyring():
        secrets = SecretStore()
        with pytest.raises(InputError) as err:
            store.add(Connection(name="Work"), TOKEN, secrets)
        assert err.value.code == "no_keychain"
        assert not store.path.exists()  # nothing saved when the token could not be kept
        conn = store.add(Connection(name="Work"), TOKEN, secrets, session_only=True)
        assert secrets.where(conn.id) == "session" and secrets.get(conn.id) == TOKEN
        assert TOKEN not in store.path.read_text(encoding="utf-8")
        assert store.remove(conn.id, secrets) == "Removed the token for 'Work' from this session's memory."


def test_damaged_file_is_reported_and_kept_until_reset(store, kr):
    store.path.write_text('{"version": 1, "connections": [', encoding="utf-8")
    with pytest.raises(InputError) as err:
        store.list()
    assert err.value.code == "connections_damaged"
    assert "Reset saved connections" in err.value.message and str(store.path) in err.value.message
    with pytest.raises(InputError):
        store.add(Connection(name="Work"), TOKEN, SecretStore())
    assert store.path.read_text(encoding="utf-8") == '{"version": 1, "connections": ['  # untouched
    assert kr.passwords == {}
    moved = store.reset_damaged()
    assert moved is not None and moved.name.startswith("connections.json.damaged-")
    assert moved.read_text(encoding="utf-8") == '{"version": 1, "connections": ['
    assert not store.path.exists() and store.list() == []
    assert store.reset_damaged() is None  # nothing to set aside any more


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe garbage",
        b"[]",
        b'{"version": 1}',
        b'{"version": 1, "connections": [{"name": "no id"}]}',
        b'{"version": 1, "connections": [{"id": "x", "colour": 3, "name": "ok"}, 5]}',
    ],
)
def test_malformed_content_is_damaged(store, content):
    store.path.write_bytes(content)
    with pytest.raises(InputError) as err:
        store.list()
    assert err.value.code == "connections_damaged"


def test_unknown_fields_are_ignored_and_newer_versions_refused(store):
    store.path.write_text(
        json.dumps({"version": 1, "connections": [{"id": "abc", "name": "Old", "colour": "red"}]}),
        encoding="utf-8",
    )
    assert store.list() == [Connection(id="abc", name="Old")]
    store.path.write_text(json.dumps({"version": 2, "connections": []}), encoding="utf-8")
    with pytest.raises(InputError) as err:
        store.list()
    assert err.value.code == "connections_newer"


def test_failed_write_leaves_old_file_and_no_orphan_token(store, kr, monkeypatch):
    secrets = SecretStore()
    first = store.add(Connection(name="First"), TOKEN, secrets)
    before = store.path.read_bytes()

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(InputError) as err:
        store.add(Connection(name="Second"), TOKEN, secrets)
    assert err.value.code == "connections_unwritable"
    assert store.path.read_bytes() == before
    assert set(kr.passwords) == {("BadgeDesk", first.id)}
    assert not list(store.path.parent.glob(".badgedesk-*"))


def test_password_login_is_refused_with_the_pat_pages(store, kr):
    with pytest.raises(InputError) as err:
        store.add(Connection(name="Work", environment="staging"), "ada@example.org:hunter2", SecretStore())
    assert err.value.code == "token_looks_like_password"
    assert "https://stag.navigatr.app/settings/personal-access-tokens/" in err.value.message
    assert kr.passwords == {} and not store.path.exists()


def test_legacy_message_names_the_right_page():
    prod = legacy_credentials_message("production")
    assert "Personal Access Tokens" in prod and "/v1/token" in prod and "deprecated" in prod
    assert "https://navigatr.app/settings/personal-access-tokens/" in prod
    assert "https://stag.navigatr.app/settings/personal-access-tokens/" in legacy_credentials_message(
        "staging"
    )
    assert "\n" not in prod


@pytest.mark.parametrize(
    "text",
    ["ada@example.org:hunter2", "ada@example.org", "ada hunter2", "ada.lovelace:Secr3t!", "user  pass word"],
)
def test_looks_like_password_login(text):
    assert looks_like_password_login(text) is True


@pytest.mark.parametrize(
    "text",
    [TOKEN, "sim-demo-token", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMiJ9.c2lnbmF0dXJl", "", "  ", "a" * 80],
)
def test_tokens_do_not_look_like_password_login(text):
    assert looks_like_password_login(text) is False
