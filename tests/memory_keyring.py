"""An in-memory keyring backend, so tests never touch (or fill) a real keychain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict. ``locked = True`` makes every call fail like a locked keychain."""

    priority = 1  # type: ignore[assignment]  # a usable keychain, but never chosen by discovery over a real one
    name = "Memory keychain"  # type: ignore[assignment]  # what SecretStore.backend_name() shows

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("No such password!")


def use_memory_keyring() -> MemoryKeyring:
    """Make a fresh :class:`MemoryKeyring` the active keyring and return it."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """``with memory_keyring() as kr:`` — the previous keyring is restored afterwards."""
    previous = keyring.get_keyring()
    try:
        yield use_memory_keyring()
    finally:
        keyring.set_keyring(previous)


@contextmanager
def no_keyring() -> Iterator[None]:
    """keyring's 'fail' backend, as on a box without any keychain."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
