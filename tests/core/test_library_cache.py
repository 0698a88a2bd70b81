"""The offline badge library (badgedesk.core.library_cache)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from badgedesk.core.library_cache import MAX_IMAGE_BYTES, LibraryCache, image_kind
from badgedesk.core.messages import InputError
from badgedesk.platforms.base import Badge, Provider

RAW = {
    "id": 2001,
    "name": "First Aid at Work",
    "issuer": {"id": 1, "name": "Northwind Training"},
    "community_ids": [],
    "featured": False,
    "min_score": None,
    "time_created": "2024-01-08T09:00:00",
}
BADGE = Badge(
    id="2001",
    name="First Aid at Work",
    status="Published",
    source="Internal",
    image_url="https://navigatr.app/images/badges/2001.png",
    url="https://navigatr.app/badge/2001/first-aid-at-work",
    description="Awarded to learners who complete the course.",
    provider_ids=("1", "7"),
    min_score=None,
    raw=RAW,
)
SCORED = Badge(id="2002", name="Exam", min_score=70, raw={"id": 2002, "min_score": 70})
PROVIDERS = [Provider(id="1", name="Northwind Training", url="https://navigatr.app/p/1", status="Active")]
WHEN = dt.datetime(2026, 5, 4, 10, 30, tzinfo=dt.timezone.utc)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
GIF = b"GIF89a" + b"\x00" * 32
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32
SVG = b'\xef\xbb\xbf<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'


@pytest.fixture
def cache(tmp_path):
    return LibraryCache(tmp_path / "lib")


def test_default_root(_private_home):
    assert LibraryCache().root == _private_home / "cache" / "library"


def test_round_trip_keeps_everything_including_raw(cache):
    cache.save("conn-a", "1", [BADGE, SCORED], PROVIDERS, fetched_at=WHEN)
    badges, fetched_at = cache.load("conn-a", "1")
    assert badges == [BADGE, SCORED]
    assert badges[0].raw == RAW and badges[0].provider_ids == ("1", "7")
    assert badges[1].min_score == 70
    assert fetched_at == WHEN
    assert cache.providers("conn-a") == PROVIDERS


def test_default_timestamp_is_now_in_utc(cache):
    before = dt.datetime.now(dt.timezone.utc)
    cache.save("c", "1", [BADGE], PROVIDERS)
    _, fetched_at = cache.load("c", "1")
    assert before <= fetched_at <= dt.datetime.now(dt.timezone.utc)


def test_connections_and_providers_are_kept_apart(cache):
    cache.save("conn-a", "1", [BADGE], PROVIDERS, fetched_at=WHEN)
    cache.save("conn-a", "2", [SCORED], PROVIDERS, fetched_at=WHEN)
    assert cache.load("conn-a", "2")[0] == [SCORED]
    assert cache.load("conn-a", "1")[0] == [BADGE]
    assert cache.load("conn-b", "1") is None
    assert cache.providers("conn-b") == []
    cache.forget("conn-a")
    assert cache.load("conn-a", "1") is None and cache.providers("conn-a") == []


def test_odd_ids_cannot_escape_the_root(cache, tmp_path):
    cache.save("../../evil", "../x", [BADGE], PROVIDERS, fetched_at=WHEN)
    assert cache.load("../../evil", "../x")[0] == [BADGE]
    assert cache.load("______evil", "___x") is None  # a look-alike id is another entry
    written = [p for p in tmp_path.rglob("*.json")]
    assert written and all(cache.root in p.parents for p in written)


@pytest.mark.parametrize("content", ["{not json", '{"version": 99, "badges": []}', '{"version": 1}', "[]"])
def test_damaged_cache_reads_as_not_cached(cache, content):
    cache.save("c", "1", [BADGE], PROVIDERS, fetched_at=WHEN)
    path = next(cache.root.rglob("badges-*.json"))
    path.write_text(content, encoding="utf-8")
    assert cache.load("c", "1") is None


def test_cache_file_is_json_with_a_version(cache):
    cache.save("c", "1", [BADGE], PROVIDERS, fetched_at=WHEN)
    data = json.loads(next(cache.root.rglob("badges-*.json")).read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["badges"][0]["raw"]["issuer"]["name"] == "Northwind Training"


def test_sandbox_marks(cache):
    assert cache.sandbox("c", "1") is None
    cache.set_sandbox("c", "1", "9001")
    cache.set_sandbox("c", "2", "9002")
    assert (cache.sandbox("c", "1"), cache.sandbox("c", "2")) == ("9001", "9002")
    cache.save("c", "1", [BADGE], PROVIDERS, fetched_at=WHEN)  # refreshing the library keeps the mark
    assert cache.sandbox("c", "1") == "9001"
    cache.set_sandbox("c", "1", None)
    assert (cache.sandbox("c", "1"), cache.sandbox("c", "2")) == (None, "9002")
    assert cache.sandbox("other", "2") is None


def test_unwritable_cache_is_an_input_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = LibraryCache(blocker / "lib")
    with pytest.raises(InputError) as err:
        cache.set_sandbox("c", "1", "9")
    assert err.value.code == "library_cache_unwritable"


def test_image_path_is_hash_plus_extension(cache):
    url = "https://navigatr.app/images/badges/2001.PNG?size=200"
    path = cache.image_path(url)
    assert path.parent == cache.root / "images"
    assert path.name == hashlib.sha256(url.encode()).hexdigest() + ".png"
    assert cache.image_path("https://x.org/badge?id=3").suffix == ".img"
    assert cache.image_path("https://x.org/a.svg").suffix == ".svg"


@pytest.mark.parametrize(
    ("data", "kind"), [(PNG, "png"), (JPEG, "jpeg"), (GIF, "gif"), (WEBP, "webp"), (SVG, "svg")]
)
def test_images_are_stored(cache, data, kind):
    url = f"https://navigatr.app/img/{kind}"
    assert image_kind(data) == kind
    assert not cache.has_image(url)
    path = cache.store_image(url, data)
    assert path == cache.image_path(url) and path.read_bytes() == data
    assert cache.has_image(url)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<html><body>Sign in to the Wi-Fi</body></html>",
        b'{"detail": "Not found"}',
        b"%PDF-1.7",
        PNG + b"\x00" * MAX_IMAGE_BYTES,
    ],
)
def test_non_images_and_huge_files_are_refused(cache, data):
    assert cache.store_image("https://navigatr.app/img/x.png", data) is None
    assert not cache.has_image("https://navigatr.app/img/x.png")
