"""The shared core of BadgeDesk's badge-platform simulators (NOT any real platform).

:class:`SimulatorCore` is a real HTTP server on 127.0.0.1 only. It owns everything that is not a
platform's data or routes: reading requests (bodies, chunked bodies, a size limit), start/stop,
going offline and back, a per-token sliding-window rate limit with Retry-After, latency on the
way in (before the rate limiter sees the request) and on the way out, injectable faults on
issue requests (lost answers after the award was made, proxy errors, captive portals, stalls),
lookup faults, revoked tokens, a ledger of awards with lagging look-ups and redacted emails,
stats, a request log and the ``/_sim/`` admin endpoints (no auth, not rate-limited).

A platform simulator subclasses it and supplies: how a request carries its token
(:meth:`~SimulatorCore._token`), who a token is (:meth:`~SimulatorCore._principal`), its routes
(``ROUTES``), its error answers (:meth:`~SimulatorCore._error`) and its data.
:class:`Fixtures` turns a folder of JSON answer fixtures into :class:`Reply` objects, so a
simulator and its client's tests share one contract.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from badgedesk.platforms.simcore_cli import argument_parser, serve_until_interrupted, settings_from
from badgedesk.platforms.simcore_controls import SimulatorControls
from badgedesk.platforms.simcore_parts import (
    _POLL_SECONDS,
    ALL_FAULT_KINDS,
    DEFAULT,
    DEFAULT_FAULT_KINDS,
    DROP,
    ERROR_FIXTURES,
    LOOKUP_FAULT_KINDS,
    MAX_BODY_BYTES,
    SETTING_NAMES,
    ApiError,
    FaultPlan,
    Fixtures,
    RateLimiter,
    Reply,
    Request,
    Server,
    compile_routes,
    png,
    redact_email,
    shape,
)

__all__ = [
    "ALL_FAULT_KINDS",
    "DEFAULT",
    "DEFAULT_FAULT_KINDS",
    "ERROR_FIXTURES",
    "LOOKUP_FAULT_KINDS",
    "MAX_BODY_BYTES",
    "SETTING_NAMES",
    "ApiError",
    "Fixtures",
    "Reply",
    "Request",
    "SimulatorCore",
    "argument_parser",
    "compile_routes",
    "png",
    "redact_email",
    "serve_until_interrupted",
    "settings_from",
    "shape",
]

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# The simulator core
# ---------------------------------------------------------------------------------------------


class SimulatorCore(SimulatorControls):
    """A badge-platform API server on 127.0.0.1; subclass it per platform.

    Thread-safe; start/stop are fast. ``base_url`` is ``http://127.0.0.1:PORT`` + ``API_PREFIX``
    once started. Settings (constructor keywords, also :meth:`set` and ``POST /_sim/settings``):

    - ``latency_ms``, ``jitter_ms``: delay of each answer (uniform ± jitter).
    - ``request_latency_ms``, ``request_jitter_ms``: delay of each request on its way in, applied
      *before* the rate limiter admits it, so a request the client sent in time can arrive late.
    - ``rate_limit``: ``(requests, seconds)`` sliding window per token, or ``None``.
    - ``fault_rate``, ``fault_kinds``, ``stall_seconds``: random faults on issue requests
      (:data:`ALL_FAULT_KINDS`); :meth:`queue_faults` queues exact ones.
    - ``revoke_after``: after N awards the demo token is refused (401).
    - ``lookup_lag_s``: an award is invisible to list/look-up endpoints for this long.
    - ``redact_emails``: list/look-up answers show ``a***@e***.org`` instead of the email.
    """

    PLATFORM = "Platform"
    DEMO_TOKEN = ""
    API_PREFIX = "/v1"
    DEFAULT_RATE_LIMIT: tuple[int, float] | None = (5, 2.0)
    COMMAND_LINE_PORT = 8750  # where ``python -m`` serves unless --port says otherwise
    ROUTES: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = ()
    EXTRA_SETTINGS: tuple[str, ...] = ()
    EMAIL_KEYS: tuple[str, ...] = ("recipient_email",)  # redacted in look-up answers
    FIXTURES: Any = None  # the platform's Fixtures: its answers
    ERRORS: Mapping[str, str] = ERROR_FIXTURES  # each core error kind -> the fixture answering it

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: float = 0,
        jitter_ms: float = 0,
        request_latency_ms: float = 0,
        request_jitter_ms: float = 0,
        fault_rate: float = 0.0,
        fault_kinds: Iterable[str] = DEFAULT_FAULT_KINDS,
        stall_seconds: float = 5.0,
        seed: Any = None,
        rate_limit: Any = DEFAULT,
        revoke_after: int | None = None,
        lookup_lag_s: float = 0.0,
        redact_emails: bool = False,
        **extra_settings: Any,
    ) -> None:
        if host not in ("127.0.0.1", "localhost"):
            raise ValueError(f"the {self.PLATFORM} simulator only listens on 127.0.0.1")
        self.host = "127.0.0.1"
        self.port = port
        self.base_url = ""
        self.origin = ""
        self._lock = threading.RLock()
        self._life_lock = threading.Lock()
        self._limiter = RateLimiter(None)
        self._faults = FaultPlan(seed)
        self._latency_rng = random.Random(None if seed is None else f"{seed}/latency")
        self._request_rng = random.Random(None if seed is None else f"{seed}/request-latency")
        self._settings: dict[str, Any] = {}
        self._revoked: set[str] = set()
        self._lookup_fault: str | None = None
        self._lookup_fault_after_issue = False  # the lookup fault waits for the next issue request
        self._records: list[dict[str, Any]] = []  # the ledger, in order of creation
        self._by_id: dict[Any, dict[str, Any]] = {}
        self._visible_at: dict[Any, float] = {}
        self._issued = 0
        self._waiting = 0
        self._log: list[tuple[float, str, str, int]] = []
        self._counts: Counter[str] = Counter()
        self._by_status: Counter[int] = Counter()
        self._fault_counts: Counter[str] = Counter()
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self.set(
            latency_ms=latency_ms,
            jitter_ms=jitter_ms,
            request_latency_ms=request_latency_ms,
            request_jitter_ms=request_jitter_ms,
            fault_rate=fault_rate,
            fault_kinds=fault_kinds,
            stall_seconds=stall_seconds,
            rate_limit=self.DEFAULT_RATE_LIMIT if rate_limit is DEFAULT else rate_limit,
            revoke_after=revoke_after,
            lookup_lag_s=lookup_lag_s,
            redact_emails=redact_emails,
            **extra_settings,
        )

    # -- what a platform supplies ------------------------------------------------------------------

    def _token(self, req: Request) -> str | None:
        """The token the request carries (also the rate limiter's key), or None."""
        raise NotImplementedError

    def _principal(self, token: str) -> Any:
        """Who ``token`` is (any object), or None for an unknown token; may raise ApiError."""
        raise NotImplementedError

    def _error(self, kind: str, **info: Any) -> Reply:
        """The platform's answer for a core error (the core adds the Allow and Retry-After headers):
        the fixture ``ERRORS`` names for it.

        ``kind``: "not_found", "method_not_allowed" (``allow``), "internal", "too_large",
        "rate_limited" (``retry_after``), "unauthorized", "fault_503", "fault_500", "fault_504",
        "fault_html_200", "lookup_500", "lookup_403".
        """
        return self.FIXTURES.canned(self.ERRORS[kind])

    def _is_issue(self, req: Request) -> bool:
        """Whether ``req`` is an issue request (counted in stats()["issue_requests"])."""
        return False

    def _on_listen(self, origin: str) -> None:
        """Called (under the life lock) each time the server starts listening."""

    def _page_title(self, kind: str, ident: str) -> str | None:
        """The title of the simulated HTML page ``/_sim/page/<kind>/<ident>``, or None (404)."""
        return None

    def _normalise_extra(self, clean: dict[str, Any]) -> None:
        """Check and normalise the platform's own settings in ``clean`` (in place)."""

    def banner(self) -> str:
        """The line printed once it serves by hand: where, and the demo token."""
        return f"{self.PLATFORM} simulator (NOT the real {self.PLATFORM}) at {self.base_url} — token: {self.DEMO_TOKEN}"

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> str:
        """Serve in a daemon thread; returns the base URL ``http://127.0.0.1:PORT/v1``."""
        with self._life_lock:
            if self._server is None:
                self._listen()
        return self.base_url

    def stop(self) -> None:
        """Stop serving, close every connection and wake stalled handlers (quick and idempotent)."""
        with self._life_lock:
            self._close()

    def go_offline(self) -> None:
        """Close the listening socket and open connections: new connects are refused."""
        with self._life_lock:
            self._close()

    def go_online(self) -> None:
        """Listen again on the same port after :meth:`go_offline`."""
        with self._life_lock:
            if not self.origin:
                raise RuntimeError("start() the simulator before go_online()")
            if self._server is None:
                self._listen()

    def __enter__(self) -> Any:
        self.start()
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.stop()

    def _listen(self) -> None:
        server = Server((self.host, self.port), self)
        self.port = server.server_address[1]
        self.origin = f"http://{self.host}:{self.port}"
        self.base_url = self.origin + self.API_PREFIX
        self._on_listen(self.origin)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": _POLL_SECONDS},
            name=f"{self.PLATFORM.lower()}-sim-{self.port}",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread

    def _close(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.closing.set()
        server.shutdown()
        server.server_close()
        server.drop_connections()
        if thread is not None:
            thread.join(timeout=1.0)

    # -- steering ----------------------------------------------------------------------------------

    # -- request handling ------------------------------------------------------------------------

    def _is_api(self, path: str) -> bool:
        return path == self.API_PREFIX or path.startswith(self.API_PREFIX + "/")

    def _respond(self, req: Request) -> Reply:
        try:
            if req.path.startswith("/_sim/"):
                return self._admin(req)
            if self._is_api(req.path):
                return self._respond_api(req)
            return self._error("not_found")
        except ApiError as err:
            return err.reply
        except Exception:
            log.exception("%s simulator: unexpected error for %s %s", self.PLATFORM, req.method, req.path)
            return self._error("internal")

    def _respond_api(self, req: Request) -> Reply:
        if req.too_large:
            return self._error("too_large")
        if not self._arrive(req):
            return dataclasses.replace(DROP)  # stopped while the request was on its way in
        req.arrival, retry_after = self._limiter.admit(self._token(req) or f"anonymous@{req.client}")
        if retry_after is not None:
            reply = self._error("rate_limited", retry_after=retry_after)
            reply.headers["retry-after"] = str(retry_after)
        else:
            try:
                reply = self._route(req)
            except ApiError as err:
                reply = err.reply
        reply.delay += self._delay("latency_ms", "jitter_ms", self._latency_rng)
        return reply

    def _arrive(self, req: Request) -> bool:
        """Wait out request-side latency; False when the server stopped meanwhile."""
        delay = self._delay("request_latency_ms", "request_jitter_ms", self._request_rng)
        if delay <= 0:
            return True
        with self._lock:
            self._waiting += 1
        try:
            closing = req.closing or threading.Event()
            return not closing.wait(delay)
        finally:
            with self._lock:
                self._waiting -= 1

    def _route(self, req: Request) -> Reply:
        path = req.path[len(self.API_PREFIX) :].rstrip("/") or "/"
        for pattern, methods in self.ROUTES:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            handler = methods.get(req.method)
            if handler is None:
                reply = self._error("method_not_allowed", allow=", ".join(methods))
                reply.headers["allow"] = ", ".join(methods)
                raise ApiError(reply)
            principal = self._authenticate(req)
            return getattr(self, handler)(req, principal, *match.groups())
        raise ApiError(self._error("not_found"))

    def _authenticate(self, req: Request) -> Any:
        token = self._token(req)
        with self._lock:
            principal = None if not token or token in self._revoked else self._principal(token)
        if principal is None:
            raise ApiError(self._error("unauthorized"))
        return principal

    def _delay(self, base_key: str, jitter_key: str, rng: random.Random) -> float:
        with self._lock:
            base, jitter = self._settings[base_key], self._settings[jitter_key]
            millis = base + (rng.uniform(-jitter, jitter) if jitter else 0)
        return max(0.0, millis) / 1000

    def _record(self, req: Request, status: int) -> None:
        if not self._is_api(req.path):
            return
        with self._lock:
            self._log.append((req.arrival, req.method, req.path, status))
            self._counts["requests"] += 1
            self._by_status[status] += 1
            if self._is_issue(req):
                self._counts["issue_requests"] += 1

    def _count_fault(self, kind: str | None) -> None:
        if kind is not None:
            with self._lock:
                self._fault_counts[kind] += 1

    # -- faults ----------------------------------------------------------------------------------

    def _with_faults(self, create: Callable[[], Reply]) -> Reply:
        """Run an issue request's work under the fault plan: before it, or spoiling its answer."""
        kind = self._faults.draw()
        self._count_fault(kind)
        with self._lock:
            self._lookup_fault_after_issue = False  # an issue request arrived: a waiting lookup fault applies
        if kind in ("503", "html_200"):
            return self._error(f"fault_{kind}")  # nothing reached the platform
        try:
            reply = create()
        except ApiError as err:
            reply = err.reply
        if kind == "drop_after_commit":
            return dataclasses.replace(DROP)
        if kind in ("500_after_commit", "504_after_commit"):
            return self._error(f"fault_{kind[:3]}")
        if kind == "stall":
            with self._lock:
                reply.delay += self._settings["stall_seconds"]
        return reply

    def _check_lookup_fault(self) -> None:
        with self._lock:
            kind = None if self._lookup_fault_after_issue else self._lookup_fault
        if kind is None:
            return
        self._count_fault(f"lookup_{kind}")
        raise ApiError(dataclasses.replace(DROP) if kind == "drop" else self._error(f"lookup_{kind}"))

    # -- the ledger ------------------------------------------------------------------------------

    def _commit(self, ident: Any, record: dict[str, Any]) -> dict[str, Any]:
        """Record a new award (call with the lock held or not); returns a copy of it."""
        with self._lock:
            self._records.append(record)
            self._by_id[ident] = record
            self._visible_at[ident] = time.monotonic() + self._settings.get("lookup_lag_s", 0.0)
            self._issued += 1
            self._check_revoke_after()
            return copy.deepcopy(record)

    def _visible(self, ident: Any) -> bool:
        """Whether look-ups see the award yet (``lookup_lag_s`` after it was made)."""
        with self._lock:
            return ident in self._visible_at and self._visible_at[ident] <= time.monotonic()

    def _lookup_view(self, record: dict[str, Any]) -> dict[str, Any]:
        """A copy of ``record`` as list/look-up answers show it (emails redacted if set)."""
        with self._lock:
            view = copy.deepcopy(record)
            redact = self._settings.get("redact_emails", False)
        if redact:
            for key in self.EMAIL_KEYS:
                if isinstance(view.get(key), str):
                    view[key] = redact_email(view[key])
        return view

    def _check_revoke_after(self) -> None:
        limit = self._settings.get("revoke_after")
        if limit is not None and self._issued >= limit:
            self._revoked.add(self.DEMO_TOKEN)
