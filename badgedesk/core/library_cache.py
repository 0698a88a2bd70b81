"""An offline copy of each connection's badge library: providers, badges, thumbnails, sandbox badge.

Layout under the root (default ``<home>/cache/library``)::

    <connection>/providers.json          the providers the token may issue for
    <connection>/badges-<provider>.json  one provider's badges, each with the platform's raw record
    <connection>/sandbox.json            provider -> the badge the user marked as the sandbox badge
    images/<sha256 of URL><ext>          thumbnails (PNG, JPEG, GIF, SVG or WebP, at most 2 MB)

A cache is a convenience: a missing or damaged file reads as "not cached", never as an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from badgedesk import paths
from badgedesk.core.export import atomic_write_bytes, write_json
from badgedesk.core.messages import InputError
from badgedesk.platforms.base import Badge, Provider

CACHE_VERSION = 1
MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


def image_kind(data: bytes) -> str | None:
    """'png', 'jpeg', 'gif', 'webp' or 'svg' judged by the bytes, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and b"<svg" in head:
        return "svg"
    return None


def _safe_name(value: str) -> str:
    """A file-name-safe form of an id; a short hash keeps ids that differ only in odd characters apart."""
    text = str(value)
    readable = re.sub(r"[^A-Za-z0-9_-]", "_", text)[:40]
    return f"{readable}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in known}
    if "provider_ids" in values:
        values["provider_ids"] = tuple(str(p) for p in values["provider_ids"] or ())
    return cls(**values)


class LibraryCache:
    """Badge libraries per connection and provider, on disk."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else paths.home() / "cache" / "library"

    # ----------------------------------------------------------------- files

    def _dir(self, connection_id: str) -> Path:
        return self.root / _safe_name(connection_id)

    def _badges_file(self, connection_id: str, provider_id: str) -> Path:
        return self._dir(connection_id) / f"badges-{_safe_name(provider_id)}.json"

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return None
        return data

    def _write(self, path: Path, data: dict[str, Any]) -> None:
        try:
            write_json(path, {"version": CACHE_VERSION, **data}, indent=None)
        except OSError as exc:
            raise InputError(
                "library_cache_unwritable",
                f"The badge library could not be saved for offline use in {self.root} "
                f"({exc.strerror or exc}). Check that folder's free space and permissions.",
                path=str(self.root),
            ) from None

    # ----------------------------------------------------------------- library

    def save(
        self,
        connection_id: str,
        provider_id: str,
        badges: list[Badge],
        providers: list[Provider],
        fetched_at: dt.datetime | None = None,
    ) -> None:
        """Keep a provider's whole badge list (raw records included) and the connection's providers."""
        stamp = (fetched_at or dt.datetime.now(dt.timezone.utc)).isoformat()
        self._write(
            self._badges_file(connection_id, provider_id),
            {"provider_id": str(provider_id), "fetched_at": stamp, "badges": [asdict(b) for b in badges]},
        )
        self._write(
            self._dir(connection_id) / "providers.json",
            {"fetched_at": stamp, "providers": [asdict(p) for p in providers]},
        )

    def load(self, connection_id: str, provider_id: str) -> tuple[list[Badge], dt.datetime] | None:
        """The cached badges and when they were fetched, or None when nothing (readable) is cached."""
        data = self._read(self._badges_file(connection_id, provider_id))
        if data is None or data.get("provider_id") != str(provider_id):
            return None
        try:
            badges = [_from_dict(Badge, item) for item in data["badges"]]
            fetched_at = dt.datetime.fromisoformat(data["fetched_at"])
        except (KeyError, TypeError, ValueError):
            return None
        return badges, fetched_at

    def providers(self, connection_id: str) -> list[Provider]:
        """The cached providers of a connection ([] when none are cached)."""
        data = self._read(self._dir(connection_id) / "providers.json")
        try:
            return [_from_dict(Provider, item) for item in (data or {}).get("providers", [])]
        except (TypeError, ValueError):
            return []

    def forget(self, connection_id: str) -> None:
        """Drop everything cached for a connection (e.g. when it is removed). Thumbnails are shared and kept."""
        shutil.rmtree(self._dir(connection_id), ignore_errors=True)

    # ----------------------------------------------------------------- sandbox badge

    def set_sandbox(self, connection_id: str, provider_id: str, badge_id: str | None) -> None:
        """Mark (or with None, unmark) the provider's sandbox badge, used for rehearsal runs."""
        path = self._dir(connection_id) / "sandbox.json"
        marks = dict((self._read(path) or {}).get("sandbox", {}))
        if badge_id is None:
            marks.pop(str(provider_id), None)
        else:
            marks[str(provider_id)] = str(badge_id)
        self._write(path, {"sandbox": marks})

    def sandbox(self, connection_id: str, provider_id: str) -> str | None:
        marks = (self._read(self._dir(connection_id) / "sandbox.json") or {}).get("sandbox", {})
        value = marks.get(str(provider_id)) if isinstance(marks, dict) else None
        return str(value) if value is not None else None

    # ----------------------------------------------------------------- thumbnails

    def image_path(self, url: str) -> Path:
        """Where the thumbnail for ``url`` is kept: sha256 of the URL plus the URL's image extension."""
        suffix = Path(urlsplit(url).path).suffix.lower()
        if suffix not in IMAGE_EXTENSIONS:
            suffix = ".img"
        return self.root / "images" / (hashlib.sha256(url.encode("utf-8")).hexdigest() + suffix)

    def has_image(self, url: str) -> bool:
        return self.image_path(url).is_file()

    def store_image(self, url: str, data: bytes) -> Path | None:
        """Keep ``data`` as the thumbnail for ``url`` if it is an image of at most 2 MB; else None."""
        if not data or len(data) > MAX_IMAGE_BYTES or image_kind(data) is None:
            return None
        return atomic_write_bytes(self.image_path(url), data)
