"""Where API tokens live: the operating system's keychain, or this session's memory only.

Tokens are never written to a file. When no usable keychain exists (a headless Linux box,
no D-Bus session, a frozen app without keyring's backends) the caller must ask the user to
keep the token for this session only; :meth:`SecretStore.set` refuses otherwise.
Keyring failures on reading are treated as "no token" and never raise.
"""

from __future__ import annotations

from typing import Any

import keyring
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError

from badgedesk.core.messages import InputError

KEYCHAIN = "keychain"
SESSION = "session"

# keyring's backend modules, as a user knows them.
_FRIENDLY_NAMES = {
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.SecretService": "Secret Service (GNOME Keyring)",
    "keyring.backends.libsecret": "libsecret (GNOME Keyring)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.fail": "no keychain",
    "keyring.backends.null": "no keychain (disabled)",
}


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _priority(backend: Any) -> float:
    try:
        return float(backend.priority)
    except Exception:  # noqa: BLE001 - a backend signals "not usable here" by raising from priority
        return 0.0


def _usable(backend: Any) -> bool:
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        try:
            chained = list(backend.backends)
        except Exception:  # noqa: BLE001 - discovery itself failed: nothing to chain
            return False
        return any(_usable(b) for b in chained)
    return _priority(backend) >= 1


def _describe(backend: Any) -> str:
    if backend is None:
        return "no keychain"
    if isinstance(backend, chainer.ChainerBackend):
        try:
            chained = [b for b in backend.backends if _usable(b)]
        except Exception:  # noqa: BLE001
            chained = []
        return _describe(chained[0]) if chained else "no keychain"
    module = type(backend).__module__
    return _FRIENDLY_NAMES.get(module) or str(getattr(type(backend), "name", type(backend).__name__))


class SecretStore:
    """Tokens by key (a connection id) in the OS keychain, or in this process's memory."""

    def __init__(self, service: str = "BadgeDesk") -> None:
        self.service = service
        self._session: dict[str, str] = {}

    # ----------------------------------------------------------------- backend

    def _backend(self) -> Any:
        try:
            return keyring.get_keyring()
        except Exception:  # noqa: BLE001 - keyring's own discovery can fail in many ways
            return None

    def backend_name(self) -> str:
        """The active keychain as a user knows it, e.g. 'Windows Credential Manager' or 'no keychain'."""
        return _describe(self._backend())

    def has_keychain(self) -> bool:
        """True when a real keychain (priority >= 1, not keyring's fail/null backend) is active."""
        backend = self._backend()
        return backend is not None and _usable(backend)

    # ----------------------------------------------------------------- tokens

    def set(self, key: str, token: str, session_only: bool = False) -> str:
        """Store ``token`` (trimmed) under ``key``; returns where: 'keychain' or 'session'."""
        token = (token or "").strip()
        if not token:
            raise InputError(
                "token_empty", "The token is empty. Paste the Personal Access Token and save again."
            )
        if session_only:
            self._session[key] = token
            return SESSION
        backend = self.backend_name()
        if not self.has_keychain():
            raise InputError(
                "no_keychain",
                f"No system keychain is available ({backend}). Keep the token for this session only, "
                "or install/unlock a keychain (e.g. GNOME Keyring or KWallet).",
                backend=backend,
            )
        try:
            keyring.set_password(self.service, key, token)
        except KeyringLocked:
            raise InputError(
                "keychain_locked",
                f"The keychain ({backend}) is locked. Unlock it and save again, "
                "or keep the token for this session only.",
                backend=backend,
            ) from None
        except Exception as exc:  # noqa: BLE001 - KeyringError, and D-Bus/OS errors that escape keyring
            raise InputError(
                "keychain_error",
                f"The token could not be saved in {backend} ({_one_line(exc)}). "
                "Unlock the keychain and try again, or keep the token for this session only.",
                backend=backend,
                reason=_one_line(exc),
            ) from None
        self._session.pop(key, None)  # the keychain copy is now the one that counts
        return KEYCHAIN

    def get(self, key: str) -> str | None:
        """The token for ``key``: this session's first, then the keychain's; None if none or unreadable."""
        if key in self._session:
            return self._session[key]
        if not self.has_keychain():
            return None
        try:
            return keyring.get_password(self.service, key)
        except Exception:  # noqa: BLE001 - a locked or broken keychain reads as "no token"
            return None

    def where(self, key: str) -> str | None:
        """'session', 'keychain' or None: where the token for ``key`` is kept."""
        if key in self._session:
            return SESSION
        return KEYCHAIN if self.get(key) is not None else None

    def delete(self, key: str, label: str | None = None) -> str:
        """Remove the token for ``key`` everywhere; returns one line saying what was removed.

        ``label`` names the token in that line (e.g. the connection's name); default ``key``.
        Never raises: a keychain that refuses is reported in the returned line.
        """
        label = label or key
        places = []
        if self._session.pop(key, None) is not None:
            places.append("this session's memory")
        backend = self.backend_name()
        if self.has_keychain():
            try:
                keyring.delete_password(self.service, key)
                places.insert(0, backend)
            except PasswordDeleteError:
                pass  # nothing stored there
            except Exception as exc:  # noqa: BLE001 - a locked keychain or a D-Bus error
                return (
                    f"The token for '{label}' could not be removed from {backend} ({_one_line(exc)}); "
                    f"unlock the keychain and remove the entry '{self.service}' / '{key}' there."
                )
        if not places:
            return f"No stored token was found for '{label}'."
        return f"Removed the token for '{label}' from {' and from '.join(places)}."
