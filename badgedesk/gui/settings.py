"""Typed access to the app's QSettings (an INI file; never a secret in it)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

RECENT_LIMIT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BadgeDesk", "BadgeDesk"
        )

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    # window
    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    # last choices
    def last(self, name: str) -> str:
        return self._str(f"last/{name}")

    def set_last(self, name: str, value: str | None) -> None:
        self.q.setValue(f"last/{name}", value or "")

    # recent files
    def recent_files(self) -> list[str]:
        value = self.q.value("recent/files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v]

    def add_recent_file(self, path: str) -> list[str]:
        files = [path] + [f for f in self.recent_files() if f != path]
        self.q.setValue("recent/files", files[:RECENT_LIMIT])
        return files[:RECENT_LIMIT]

    def clear_recent_files(self) -> None:
        self.q.setValue("recent/files", [])

    # language: "" follows the system, else "en", "de" or "nb" (read at start-up)
    def language(self) -> str:
        return self._str("ui/language")

    def set_language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    # sandbox rehearsal
    def test_address(self) -> str:
        return self._str("sandbox/test_address")

    def set_test_address(self, address: str) -> None:
        self.q.setValue("sandbox/test_address", address.strip())

    def sync(self) -> None:
        self.q.sync()

    def redacted(self) -> dict[str, str]:
        """Every setting, for diagnostics (there are no secrets here; window blobs are summarised)."""
        out = {}
        for key in self.q.allKeys():
            value = self.q.value(key)
            out[key] = f"<{len(value)} bytes>" if isinstance(value, QByteArray) else str(value)
        return out
