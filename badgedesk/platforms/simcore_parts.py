"""Building blocks of the badge-platform simulators (see :mod:`badgedesk.platforms.simcore`).

Answers and requests, JSON answer fixtures, the rate limiter, the fault plan, settings checks,
and the threaded HTTP server bound to 127.0.0.1 with its request reader (the command line is in
:mod:`badgedesk.platforms.simcore_cli`).
Nothing here knows a platform.
"""

from __future__ import annotations

import colorsys
import copy
import dataclasses
import functools
import http.server
import json
import logging
import math
import random
import re
import socket
import socketserver
import struct
import threading
import time
import urllib.parse
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from badgedesk.platforms.base import SIMULATOR_HEADER

log = logging.getLogger("badgedesk.platforms.simcore")

DEFAULT_FAULT_KINDS = ("503", "drop_after_commit", "500_after_commit", "504_after_commit", "html_200")
ALL_FAULT_KINDS = DEFAULT_FAULT_KINDS + ("stall",)
LOOKUP_FAULT_KINDS = ("500", "403", "drop")
MAX_BODY_BYTES = 64 * 1024
# Each core error kind (see SimulatorCore._error) -> the fixture that answers it, as most
# platforms' fixture folders name them; a simulator changes the names its fixtures spell otherwise.
ERROR_FIXTURES = MappingProxyType(
    {
        "not_found": "not_found_404",
        "method_not_allowed": "method_405",
        "internal": "server_error_500",
        "too_large": "payload_413",
        "rate_limited": "rate_limited_429",
        "unauthorized": "unauthorized_401",
        "fault_503": "unavailable_503",
        "fault_500": "server_error_500",
        "fault_504": "gateway_timeout_504",
        "fault_html_200": "captive_portal_200",
        "lookup_500": "server_error_500",
        "lookup_403": "forbidden_403",
    }
)
DEFAULT = object()  # "the platform's default" for constructor arguments such as rate_limit
_DISCARD_LIMIT = 8 * 1024 * 1024
_POLL_SECONDS = 0.02  # how fast stop()/go_offline() see the serve loop end

# Every setting set(...) knows; a platform adds its own in EXTRA_SETTINGS.
SETTING_NAMES = (
    "latency_ms",
    "jitter_ms",
    "request_latency_ms",
    "request_jitter_ms",
    "fault_rate",
    "fault_kinds",
    "stall_seconds",
    "rate_limit",
    "revoke_after",
    "lookup_lag_s",
    "redact_emails",
)


# ---------------------------------------------------------------------------------------------
# Answers, requests and fixtures
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Reply:
    """One answer: ``drop`` closes the connection without answering; ``delay`` is waited first."""

    status: int
    body: Any = None
    content_type: str = "application/json"
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if self.content_type.startswith("application/json"):
            return json.dumps(self.body).encode("utf-8")
        return str(self.body).encode("utf-8")


DROP = Reply(0, drop=True)


class ApiError(Exception):
    """Carries a finished non-2xx (or otherwise final) answer out of endpoint code."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


@dataclasses.dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Any
    body: bytes
    arrival: float  # time.monotonic() when read; when admitted by the rate limiter for API requests
    client: str
    too_large: bool = False
    closing: threading.Event | None = None  # set when the server that read it is stopping


class Fixtures:
    """A folder of answer fixtures: ``{"<source key>", "status", "headers", "body"[, "request"]}``."""

    def __init__(self, directory: Path, platform: str, required: Sequence[str]) -> None:
        self.directory = directory
        self.platform = platform
        self.required = tuple(required)
        self._cache: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        """Names of all fixtures (file stems, e.g. ``"issue_202"``), sorted."""
        return sorted(path.stem for path in self.directory.glob("*.json"))

    def load(self, name: str) -> dict[str, Any]:
        """A fresh copy of fixture ``name`` (``"issue_202"`` or ``"issue_202.json"``)."""
        return copy.deepcopy(self._read(name.removesuffix(".json")))

    def _read(self, stem: str) -> dict[str, Any]:
        with self._lock:
            if stem in self._cache:
                return self._cache[stem]
        path = self.directory / f"{stem}.json"
        if not path.is_file() or stem not in self.names():
            raise KeyError(f"no {self.platform} fixture named {stem!r} in {self.directory}")
        data = json.loads(path.read_text(encoding="utf-8"))
        missing = [key for key in self.required if key not in data]
        if missing:
            raise ValueError(f"{self.platform} fixture {stem!r} lacks {', '.join(missing)}")
        with self._lock:
            return self._cache.setdefault(stem, data)

    def canned(self, name: str, **changes: Any) -> Reply:
        """The fixture's status, headers and body, as an answer."""
        fx = self._read(name)
        headers = {key.lower(): value for key, value in fx["headers"].items()}
        content_type = headers.pop("content-type", "application/json")
        headers.pop("content-length", None)
        reply = Reply(fx["status"], copy.deepcopy(fx["body"]), content_type, headers)
        return dataclasses.replace(reply, **changes)

    def refusal(self, name: str, message: str | None = None, envelope: str = "error") -> ApiError:
        """The fixture's answer as an error to raise; ``message`` replaces ``body[envelope]["message"]``."""
        reply = self.canned(name)
        if message is not None:
            reply.body[envelope]["message"] = message
        return ApiError(reply)

    def template(self, name: str, *path: str | int) -> Any:
        """A part of a fixture's body (not a copy: pass it to :meth:`fill`)."""
        node = self._read(name)["body"]
        for step in path:
            node = node[step]
        return node

    def fill(self, template: dict[str, Any], **values: Any) -> dict[str, Any]:
        """An object with the template's keys (in its order); keys not given keep the fixture's value."""
        unknown = set(values) - set(template)
        if unknown:
            raise KeyError(f"not in the {self.platform} fixture, add them there first: {sorted(unknown)}")
        return {
            key: values[key] if key in values else copy.deepcopy(default) for key, default in template.items()
        }


def shape(obj: Any) -> Any:
    """Recursive key/type skeleton of a JSON value, for comparing answers with fixtures.

    Objects keep their keys with the shape of each value; a list becomes a one-element
    list with the shape of its first item (``[]`` when empty); scalars become their JSON
    type name: ``"str"``, ``"int"``, ``"float"``, ``"bool"`` or ``"null"``.
    """
    if isinstance(obj, dict):
        return {key: shape(value) for key, value in obj.items()}
    if isinstance(obj, list):
        return [shape(obj[0])] if obj else []
    if obj is None:
        return "null"
    for kind in (bool, int, float, str):
        if isinstance(obj, kind):
            return kind.__name__
    return type(obj).__name__


def redact_email(email: str) -> str:
    """``ada.lovelace@example.org`` → ``a***@e***.org``, as platforms show emails to callers who may not see them."""
    local, at, domain = str(email).strip().rpartition("@")
    if not at:
        return "***"
    head, dot, tld = domain.rpartition(".")
    if not dot:
        return f"{local[:1]}***@{domain[:1]}***"
    return f"{local[:1]}***@{head[:1]}***.{tld}"


@functools.lru_cache(maxsize=512)
def png(key: str, size: int = 32) -> bytes:
    """A small solid-colour PNG whose colour depends on ``key``."""
    hue = (zlib.crc32(key.encode("utf-8")) % 360) / 360
    rgb = bytes(round(c * 255) for c in colorsys.hsv_to_rgb(hue, 0.55, 0.85))
    raw = (b"\x00" + rgb * size) * size

    def chunk(tag: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + tag + data + crc

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(raw))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + idat + chunk(b"IEND", b"")


# ---------------------------------------------------------------------------------------------
# Rate limit, faults and settings
# ---------------------------------------------------------------------------------------------


class RateLimiter:
    """Sliding window per key: at most ``limit`` admitted requests in any ``window`` seconds."""

    def __init__(self, rate_limit: tuple[int, float] | None) -> None:
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}
        self.rate_limit = rate_limit

    def admit(self, key: str) -> tuple[float, int | None]:
        """(arrival time, None) when admitted, else (arrival time, Retry-After seconds)."""
        with self._lock:
            now = time.monotonic()
            if self.rate_limit is None:
                return now, None
            limit, window = self.rate_limit
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) < limit:
                hits.append(now)
                return now, None
            return now, max(1, math.ceil(hits[-limit] + window - now))


class FaultPlan:
    """Which fault (if any) the next issue request gets: queued kinds first, then random draws."""

    def __init__(self, seed: Any) -> None:
        self._lock = threading.Lock()
        self._queue: deque[str] = deque()
        self._rng = random.Random(seed)
        self.rate = 0.0
        self.kinds: tuple[str, ...] = DEFAULT_FAULT_KINDS

    def queue(self, kinds: Iterable[str]) -> None:
        kinds = list(kinds)
        check_kinds(kinds, (*ALL_FAULT_KINDS, "none"), "fault kind")
        with self._lock:
            self._queue.extend(kinds)

    def draw(self) -> str | None:
        with self._lock:
            if self._queue:
                kind = self._queue.popleft()
                return None if kind == "none" else kind
            if self.rate > 0 and self.kinds and self._rng.random() < self.rate:
                return self._rng.choice(self.kinds)
            return None


def check_kinds(kinds: Iterable[Any], allowed: Sequence[str], what: str) -> None:
    for kind in kinds:
        if kind not in allowed:
            raise ValueError(f"unknown {what} {kind!r}; expected one of {', '.join(allowed)}")


def non_negative(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{name} must be a number >= 0, not {value!r}")
    return value


def normalise_settings(settings: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    """Checked and normalised core settings; raises TypeError/ValueError on bad ones."""
    unknown = set(settings) - set(names)
    if unknown:
        raise TypeError(f"unknown simulator setting(s): {', '.join(sorted(unknown))}")
    clean = dict(settings)
    for name in ("latency_ms", "jitter_ms", "request_latency_ms", "request_jitter_ms", "stall_seconds"):
        if name in clean:
            clean[name] = non_negative(name, clean[name])
    if "lookup_lag_s" in clean:
        clean["lookup_lag_s"] = non_negative("lookup_lag_s", clean["lookup_lag_s"])
    if "redact_emails" in clean and not isinstance(clean["redact_emails"], bool):
        raise ValueError(f"redact_emails must be true or false, not {clean['redact_emails']!r}")
    if "fault_rate" in clean and not 0 <= non_negative("fault_rate", clean["fault_rate"]) <= 1:
        raise ValueError("fault_rate must be between 0 and 1")
    if "fault_kinds" in clean:
        kinds = clean["fault_kinds"]
        kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
        check_kinds(kinds, ALL_FAULT_KINDS, "fault kind")
        clean["fault_kinds"] = kinds
    if clean.get("rate_limit") is not None:
        limit, window = clean["rate_limit"]
        if int(limit) < 1 or non_negative("rate_limit window", window) <= 0:
            raise ValueError("rate_limit must be (requests >= 1, seconds > 0) or None")
        clean["rate_limit"] = (int(limit), float(window))
    if clean.get("revoke_after") is not None and int(clean["revoke_after"]) < 0:
        raise ValueError("revoke_after must be >= 0 or None")
    return clean


# ---------------------------------------------------------------------------------------------
# HTTP plumbing
# ---------------------------------------------------------------------------------------------


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sim: Any) -> None:
        self.sim = sim
        self.closing = threading.Event()
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup; skip it to start fast.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conns_lock:
            self._conns.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._conns_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Shut down every open connection, which wakes handler threads blocked on reads."""
        with self._conns_lock:
            conns = list(self._conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("%s simulator: error while serving %s", self.sim.PLATFORM, client_address, exc_info=True)


class _Incomplete(Exception):
    """The connection closed before the request's body was complete."""


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    sys_version = ""
    server: Server

    def version_string(self) -> str:
        return f"{self.server.sim.PLATFORM}Simulator"

    def do_GET(self) -> None:
        try:
            request = self._read_request()
        except _Incomplete:
            # The client went away before its request was whole (killed between writing the headers
            # and the body): like a real server, do nothing with it and close the connection.
            self.close_connection = True
            return
        reply = self.server.sim._respond(request)
        self._write(reply, lambda status: self.server.sim._record(request, status))

    do_PUT = do_POST = do_DELETE = do_PATCH = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        log.debug(f"{self.server.sim.PLATFORM} simulator: " + format, *args)

    def _read_request(self) -> Request:
        arrival = time.monotonic()
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        body, too_large = self._read_body()
        path = urllib.parse.unquote(url.path)
        return Request(
            self.command,
            path,
            query,
            self.headers,
            body,
            arrival,
            self.client_address[0],
            too_large,
            self.server.closing,
        )

    def _read_body(self) -> tuple[bytes, bool]:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            return b"", False
        if length <= MAX_BODY_BYTES:
            body = self.rfile.read(length)
            if len(body) < length:
                raise _Incomplete
            return body, False
        # Like a proxy: swallow the body (so the client can read our answer), then refuse it.
        self.close_connection = True
        remaining = length if length <= _DISCARD_LIMIT else 0
        while remaining > 0:
            data = self.rfile.read(min(remaining, 65536))
            if not data:
                break
            remaining -= len(data)
        return b"", True

    def _read_chunked(self) -> tuple[bytes, bool]:
        parts, total = [], 0
        while True:
            line = self.rfile.readline()
            if not line:  # the connection closed before the last chunk
                raise _Incomplete
            size = int(line.split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                break
            total += size
            data = self.rfile.read(size)
            if len(data) < size:
                raise _Incomplete
            self.rfile.readline()
            if total <= MAX_BODY_BYTES:
                parts.append(data)
        if total > MAX_BODY_BYTES:
            self.close_connection = True
            return b"", True
        return b"".join(parts), False

    def _write(self, reply: Reply, record: Callable[[int], None]) -> None:
        """Send ``reply``, calling ``record(status)`` just before (0 when nothing is sent), so a
        client never holds an answer that stats() and request_log() do not show yet."""
        if reply.delay > 0 and self.server.closing.wait(reply.delay):
            self.close_connection = True  # the simulator is stopping: leave without answering
            record(0)
            return
        if reply.drop:
            self.close_connection = True
            record(0)
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        payload = reply.payload()
        record(reply.status)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.send_header(SIMULATOR_HEADER, "1")  # so a client knows it is not a real platform
            for name, value in reply.headers.items():
                self.send_header(name.title(), value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            self.close_connection = True


def compile_routes(
    routes: Iterable[tuple[str, dict[str, str]]],
) -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    """``(path pattern under API_PREFIX, {method: handler method name})`` pairs, compiled."""
    return tuple((re.compile(pattern), methods) for pattern, methods in routes)
