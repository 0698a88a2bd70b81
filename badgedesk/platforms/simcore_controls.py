"""The controls of a simulator that tests, benchmarks and the demo use (NOT any real platform).

A mixin of :class:`~badgedesk.platforms.simcore.SimulatorCore`: settings changed at run time,
queued faults, look-up faults, revoked tokens, the ledger, stats and request logs, and the same
controls over HTTP as the ``/_sim/`` admin endpoints (no auth, no rate limit, not counted), plus
the simulated HTML pages of badges and awards.
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Callable
from typing import Any

from badgedesk.platforms.simcore_parts import (
    DEFAULT_FAULT_KINDS,
    LOOKUP_FAULT_KINDS,
    SETTING_NAMES,
    Reply,
    Request,
    check_kinds,
    normalise_settings,
    png,
)


class SimulatorControls:
    """Needs the core's _lock, _settings, _limiter, _faults, _records, _counts, _by_status,
    _fault_counts, _waiting, _log, _revoked, _lookup_fault(_after_issue), DEMO_TOKEN, PLATFORM,
    EXTRA_SETTINGS, _normalise_extra, _check_revoke_after, _is_issue, _error and _page_title."""

    def set(self, **settings: Any) -> None:
        """Change settings at run time (see the class docstring); raises TypeError/ValueError."""
        clean = normalise_settings(settings, SETTING_NAMES + self.EXTRA_SETTINGS)
        self._normalise_extra(clean)
        with self._lock:
            self._settings.update(clean)
            self._limiter.rate_limit = self._settings.get("rate_limit")
            self._faults.rate = self._settings.get("fault_rate", 0.0)
            self._faults.kinds = self._settings.get("fault_kinds", DEFAULT_FAULT_KINDS)
            self._check_revoke_after()

    def settings(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._settings)

    def queue_faults(self, *kinds: str) -> None:
        """Apply these kinds, in order, to the next issue requests (one each; "none" = behave normally).

        An issue request takes the next kind once it is past the rate limit and auth.
        """
        self._faults.queue(kinds)

    def set_lookup_fault(self, kind: str | None, *, after_issue: bool = False) -> None:
        """Make award look-ups fail with "500", "403" or "drop" (closed socket); None = normal.

        ``after_issue``: look-ups work until the next issue request arrives, then fail (for clients
        that look a recipient up before each award, the fault then hits the look-up after it).
        """
        if kind is not None:
            check_kinds([kind], LOOKUP_FAULT_KINDS, "lookup fault")
        with self._lock:
            self._lookup_fault = kind
            self._lookup_fault_after_issue = bool(kind) and after_issue

    def revoke_token(self, token: str | None = None) -> None:
        """From now on ``token`` (default: the demo token) gets 401."""
        with self._lock:
            self._revoked.add(token or self.DEMO_TOKEN)

    def ledger(self) -> list[dict[str, Any]]:
        """Every award the server created, in order, in its current state (revoked ones too)."""
        with self._lock:
            return copy.deepcopy(self._records)

    def stats(self) -> dict[str, Any]:
        """Counts over API requests; a request answered by closing the socket counts as status 0.

        ``waiting``: requests held right now by request-side latency, not yet seen by the limiter.
        """
        with self._lock:
            return {
                "requests": self._counts["requests"],
                "by_status": dict(self._by_status),
                "count_429": self._by_status[429],
                "issue_requests": self._counts["issue_requests"],
                "faults": dict(self._fault_counts),
                "waiting": self._waiting,
            }

    def request_log(self) -> list[tuple[float, str, str, int]]:
        """(time.monotonic() when admitted, method, path, status) per API request, by admission."""
        with self._lock:
            return sorted(self._log)

    def issue_log(self) -> list[tuple[float, int]]:
        """(time admitted, status) of each issue request (an award made), in the order admitted."""
        entries = self.request_log()
        return [
            (t, status)
            for t, method, path, status in entries
            if self._is_issue(Request(method, path, {}, {}, b"", t, ""))
        ]

    # -- admin endpoints (no auth, no rate limit, not counted) -----------------------------------

    def _admin(self, req: Request) -> Reply:
        path = req.path.rstrip("/")
        image = re.fullmatch(r"/_sim/images?/([\w-]{1,64})\.png", path)
        if image and req.method == "GET":
            return Reply(200, png(image.group(1)), "image/png", {"cache-control": "max-age=3600"})
        page = re.fullmatch(r"/_sim/page/([a-z_]{1,20})/([\w-]{1,64})", path)
        if page and req.method == "GET":
            return self._html_page(page.group(1), page.group(2))
        action = self._admin_actions().get((req.method, path))
        if action is None:
            return self._error("not_found")
        try:
            data = json.loads(req.body) if req.body.strip() else None
            return Reply(200, action(data))
        except (TypeError, ValueError) as exc:
            return Reply(400, {"detail": str(exc)})

    def _admin_actions(self) -> dict[tuple[str, str], Callable[[Any], Any]]:
        """``(method, path) -> action(parsed JSON body or None)``; extend in a subclass."""

        def settings(data: Any) -> Any:
            self.set(**(data or {}))
            return self.settings()

        def queue(data: Any) -> Any:
            self.queue_faults(*(data or []))
            return {"queued": len(data or [])}

        def revoke(data: Any) -> Any:
            token = (data or {}).get("token", self.DEMO_TOKEN)
            self.revoke_token(token)
            return {"revoked": token}

        def lookup_fault(data: Any) -> Any:
            body = data or {}
            self.set_lookup_fault(body.get("kind"), after_issue=bool(body.get("after_issue")))
            return {"lookup_fault": self._lookup_fault}

        return {
            ("GET", "/_sim/ledger"): lambda _: self.ledger(),
            ("GET", "/_sim/stats"): lambda _: self.stats(),
            ("GET", "/_sim/settings"): lambda _: self.settings(),
            ("POST", "/_sim/settings"): settings,
            ("POST", "/_sim/queue_faults"): queue,
            ("POST", "/_sim/revoke"): revoke,
            ("POST", "/_sim/lookup_fault"): lookup_fault,
        }

    def _html_page(self, kind: str, ident: str) -> Reply:
        title = self._page_title(kind, ident)
        if title is None:
            return self._error("not_found")
        text = (
            f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
            f"<h1>{html.escape(title)}</h1><p>Simulated {kind} page: this is NOT the real "
            f"{self.PLATFORM}.</p></body></html>"
        )
        return Reply(200, text, "text/html; charset=utf-8")
