"""The token store (badgedesk.core.secrets): keychain, session-only fallback, no keychain at all."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import chainer

from badgedesk.core.messages import InputError
from badgedesk.core.secrets import SecretStore
from tests.memory_keyring import MemoryKeyring, memory_keyring, no_keyring

MEMORY = MemoryKeyring.name


@pytest.fixture
def kr():
    with memory_keyring() as backend:
        yield backend


def test_token_is_trimmed_and_kept_in_the_keychain(kr):
    store = SecretStore()
    assert store.set("conn1", "  abc123token \n") == "keychain"
    assert kr.passwords == {("BadgeDesk", "conn1"): "abc123token"}
    assert store.get("conn1") == "abc123token"
    assert store.where("conn1") == "keychain"
    assert store.has_keychain() is True
    assert store.backend_name() == MEMORY


def test_a_second_store_reads_what_the_first_saved(kr):
    SecretStore(service="BadgeDesk-test").set("c", "tok")
    assert SecretStore(service="BadgeDesk-test").get("c") == "tok"
    assert SecretStore().get("c") is None  # another service name


def test_session_only_never_touches_the_keychain(kr):
    store = SecretStore()
    assert store.set("conn1", "sessiontoken", session_only=True) == "session"
    assert kr.passwords == {}
    assert store.get("conn1") == "sessiontoken"
    assert store.where("conn1") == "session"
    assert SecretStore().get("conn1") is None  # another process (store) does not see it


def test_saving_to_the_keychain_replaces_a_session_copy(kr):
    store = SecretStore()
    store.set("c", "old", session_only=True)
    store.set("c", "new")
    assert store.get("c") == "new" and store.where("c") == "keychain"


def test_empty_token_is_refused(kr):
    with pytest.raises(InputError) as err:
        SecretStore().set("c", "   ")
    assert err.value.code == "token_empty"


def test_delete_reports_each_place(kr):
    store = SecretStore()
    store.set("k", "tok")
    assert store.delete("k", label="Work") == "Removed the token for 'Work' from Memory keychain."
    assert kr.passwords == {}
    store.set("k", "tok", session_only=True)
    assert store.delete("k") == "Removed the token for 'k' from this session's memory."
    assert store.delete("k") == "No stored token was found for 'k'."
    assert store.where("k") is None


def test_delete_from_both_places(kr):
    store = SecretStore()
    kr.passwords[("BadgeDesk", "k")] = "chain"
    store.set("k", "sess", session_only=True)
    assert store.delete("k", "Lab") == (
        "Removed the token for 'Lab' from Memory keychain and from this session's memory."
    )


def test_no_keychain_refuses_unless_session_only():
    with no_keyring():
        store = SecretStore()
        assert store.has_keychain() is False
        assert store.backend_name() == "no keychain"
        with pytest.raises(InputError) as err:
            store.set("c", "tok")
        assert err.value.code == "no_keychain"
        assert err.value.message.startswith("No system keychain is available (no keychain). Keep the token")
        assert "\n" not in err.value.message
        assert err.value.params["backend"] == "no keychain"
        assert store.set("c", "tok", session_only=True) == "session"
        assert store.get("c") == "tok" and store.where("c") == "session"
        assert store.get("other") is None  # the fail backend's NoKeyringError never escapes
        assert store.delete("other") == "No stored token was found for 'other'."


def test_locked_keychain_is_an_input_error_on_save_and_none_on_read(kr):
    store = SecretStore()
    store.set("c", "tok")
    kr.locked = True
    with pytest.raises(InputError) as err:
        store.set("c", "tok2")
    assert err.value.code == "keychain_locked"
    assert MEMORY in err.value.message
    assert store.get("c") is None
    assert store.where("c") is None
    line = store.delete("c", "Lab")
    assert line.startswith("The token for 'Lab' could not be removed from Memory keychain")
    kr.locked = False
    assert store.get("c") == "tok"


class _Broken(MemoryKeyring):
    def set_password(self, service, username, password):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


def test_other_keychain_errors_name_the_backend():
    previous = keyring.get_keyring()
    keyring.set_keyring(_Broken())
    try:
        with pytest.raises(InputError) as err:
            SecretStore().set("c", "tok")
    finally:
        keyring.set_keyring(previous)
    assert err.value.code == "keychain_error"
    assert MEMORY in err.value.message and "ServiceUnknown" in err.value.message


class _LowPriority(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


def test_low_priority_backend_is_not_a_keychain():
    previous = keyring.get_keyring()
    keyring.set_keyring(_LowPriority())
    try:
        assert SecretStore().has_keychain() is False
    finally:
        keyring.set_keyring(previous)


def test_chainer_without_usable_backends_is_not_a_keychain(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    previous = keyring.get_keyring()
    keyring.set_keyring(chainer.ChainerBackend())
    try:
        store = SecretStore()
        assert store.has_keychain() is False
        assert store.backend_name() == "no keychain"
    finally:
        keyring.set_keyring(previous)


def test_chainer_with_a_usable_backend_is_named_after_it(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    previous = keyring.get_keyring()
    keyring.set_keyring(chainer.ChainerBackend())
    try:
        store = SecretStore()
        assert store.has_keychain() is True
        assert store.backend_name() == MEMORY
    finally:
        keyring.set_keyring(previous)


def test_get_keyring_failing_means_no_keychain(monkeypatch):
    def boom():
        raise RuntimeError("no backends")

    monkeypatch.setattr(keyring, "get_keyring", boom)
    store = SecretStore()
    assert store.has_keychain() is False and store.backend_name() == "no keychain"
    with pytest.raises(InputError) as err:
        store.set("c", "tok")
    assert err.value.code == "no_keychain"
