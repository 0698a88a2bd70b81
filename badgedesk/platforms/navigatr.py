"""Navigatr API client (httpx).

Every request, whatever it is for, first takes a slot from the token's rate limiter.
``issue`` never raises and never retries: it classifies the answer into an
:class:`~badgedesk.platforms.base.Answer` and leaves the decision to the engine.
The other calls retry only what provably did nothing (429 and 503) and otherwise
raise :class:`~badgedesk.platforms.base.PlatformError`.
"""

from __future__ import annotations

import ipaddress
import platform as _platform
import re
import ssl
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
import truststore

from badgedesk import __version__
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled, SlidingWindowLimiter, parse_retry_after
from badgedesk.platforms import base
from badgedesk.platforms.base import Answer, Award, Badge, IssueRequest, PlatformError, Provider

HOSTS = {
    "production": "https://api.navigatr.app/v1",
    "staging": "https://stagapi.navigatr.app/v1",
}
USER_AGENT = (
    f"BadgeDesk/{__version__} (desktop badge issuing; httpx/{httpx.__version__}; "
    f"Python/{_platform.python_version()})"
)
EVIDENCE_TEXT_LIMIT = 500
PAGE_SIZE = 100
MAX_PAGES = 1000  # 100,000 items; a server that keeps saying "more" is not followed further
_GET_RETRIES = 5

_BADGE_URL = re.compile(r"/badges?/(\d+)(?:[/?#]|$)")


def parse_badge_ref(value: str) -> str:
    """A badge ID from ``3425`` or a pasted URL such as ``https://navigatr.app/badge/3425/digital-badge-basics``."""
    text = (value or "").strip()
    if text.isdigit():
        return str(int(text))
    if "://" in text or text.startswith("navigatr.app"):
        match = _BADGE_URL.search(urlsplit(text if "://" in text else "https://" + text).path)
        if match:
            return str(int(match.group(1)))
    raise InputError(
        "badge_ref_invalid",
        f"'{value}' is not a badge ID or badge URL. Give the number (e.g. 3425) or paste the badge's page "
        "address (e.g. https://navigatr.app/badge/3425/digital-badge-basics).",
        value=value,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_base_url(environment: str = "production", base_url: str | None = None) -> tuple[str, str]:
    """Return ``(base_url, environment_key)``. Plain http is accepted only for loopback addresses."""
    if base_url:
        url = base_url.strip().rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(
                "base_url_invalid",
                f"'{base_url}' is not a valid API address (expected https://host/v1).",
                url=url,
            )
        if parts.scheme == "http" and not _is_loopback(parts.hostname):
            raise InputError(
                "base_url_insecure",
                f"'{base_url}' uses plain http. Only https is allowed, except for this computer (127.0.0.1).",
                url=url,
            )
        for name, known in HOSTS.items():
            if url == known:
                return url, name
        return url, "custom:" + url
    if environment not in HOSTS:
        raise InputError(
            "environment_invalid",
            f"Unknown environment '{environment}'. Use production or staging.",
            environment=environment,
        )
    return HOSTS[environment], environment


def _ssl_context() -> ssl.SSLContext:
    # The operating system's trust store, so TLS inspection the browser accepts works here too.
    # Verification stays on: truststore checks the chain and the host name.
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _json(response: httpx.Response) -> Any:
    """``response.json()``, raising only ValueError (nesting too deep for the parser is unreadable too)."""
    try:
        return response.json()
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc


def _detail(response: httpx.Response, limit: int = 200) -> str:
    """The error detail, on one line: FastAPI-style ``detail`` or a short excerpt of whatever came back."""
    return " ".join(_raw_detail(response, limit).split())


def _raw_detail(response: httpx.Response, limit: int) -> str:
    try:
        body = _json(response)
    except ValueError:
        text = " ".join(response.text.split())
        return text[:limit] + ("…" if len(text) > limit else "")
    if isinstance(body, dict):
        detail = body.get("detail", body.get("error", body.get("message")))
        if isinstance(detail, str):
            return detail[:limit]
        if isinstance(detail, list):
            parts = []
            for item in detail:
                if isinstance(item, dict):
                    loc = item.get("loc")
                    loc = ".".join(str(p) for p in loc if p != "body") if isinstance(loc, list) else ""
                    parts.append(f"{loc}: {item.get('msg', '')}".strip(": "))
                else:
                    parts.append(str(item))
            return "; ".join(parts)[:limit]
    return str(body)[:limit]


class NavigatrClient:
    name = "navigatr"

    def __init__(
        self,
        token: str,
        *,
        environment: str = "production",
        base_url: str | None = None,
        timeout: float = 30.0,
        limiter: SlidingWindowLimiter | None = None,
        cancel: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        token = (token or "").strip()
        if not token:
            raise InputError(
                "token_missing",
                "No Navigatr token. Add a connection, or set NAVIGATR_PAT to a Personal Access Token "
                "(Navigatr › Settings › Personal Access Tokens).",
            )
        if not 1 <= timeout <= 300:
            raise InputError(
                "timeout_invalid", "The timeout must be between 1 and 300 seconds.", timeout=timeout
            )
        self.base_url, self.environment = resolve_base_url(environment, base_url)
        self.timeout = timeout
        self.limiter = limiter or SlidingWindowLimiter()
        self.cancel = cancel or threading.Event()
        # Called after a rate-limit slot is taken and just before sending; False holds the request
        # (the engine uses it so pause and stop also catch requests already waiting for a slot).
        self.before_send: Callable[[], bool] | None = None
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"X-Access-Token": token, "User-Agent": USER_AGENT, "Accept": "application/json"},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            verify=_ssl_context(),
            trust_env=True,
            follow_redirects=True,
            transport=transport,
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
        )

    # -- plumbing -------------------------------------------------------------------------

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> NavigatrClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def recipient_key(email: str) -> str:
        return (email or "").strip().lower()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        stamp = self.limiter.acquire(self.cancel)
        if self.before_send is not None and not self.before_send():
            raise Cancelled()

        def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_headers.started"):
                self.limiter.restamp(stamp)

        return self._client.request(method, path, extensions={"trace": trace}, **kwargs)

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET with JSON answer. Retries 429/503 (nothing was done); raises PlatformError otherwise."""
        for attempt in range(_GET_RETRIES + 1):
            try:
                response = self._send("GET", path, params=params)
            except Cancelled:
                raise
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                raise PlatformError(
                    base.NOT_SENT, "network_unreachable", f"Cannot reach {self.base_url}: {exc}."
                ) from exc
            except httpx.TimeoutException as exc:
                raise PlatformError(
                    base.AMBIGUOUS, "timeout", f"Navigatr did not answer within {self.timeout:g} seconds."
                ) from exc
            except httpx.TransportError as exc:
                raise PlatformError(
                    base.AMBIGUOUS, "connection_dropped", f"The connection dropped: {exc}."
                ) from exc
            status = response.status_code
            if status in (429, 503) and attempt < _GET_RETRIES:
                wait = parse_retry_after(response.headers.get("Retry-After"))
                wait = wait if wait is not None else min(2.0 * 2**attempt, 30.0)
                if status == 429:
                    self.limiter.pause_for(wait)
                elif self.cancel.wait(wait):
                    raise Cancelled()
                continue
            if 200 <= status < 300:
                try:
                    return _json(response)
                except ValueError as exc:
                    raise PlatformError(
                        base.AMBIGUOUS,
                        "unreadable_answer",
                        f"Navigatr answered {status} but not with JSON ({_detail(response, 80)}). "
                        "A Wi-Fi login page or a proxy may be in the way.",
                        status,
                    ) from exc
            raise self._error(response)
        raise AssertionError("unreachable")

    def _error(self, response: httpx.Response) -> PlatformError:
        answer = classify_status(response)
        return PlatformError(
            answer.kind, answer.code, answer.message, response.status_code, answer.retry_after
        )

    def _pages(self, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        page = 1
        while True:
            if page > MAX_PAGES:
                raise PlatformError(
                    base.FAILED,
                    "too_many_pages",
                    f"Navigatr kept answering {path} with more pages after {MAX_PAGES}; stopped reading.",
                )
            body = self._get(path, {**params, "page": page, "size": PAGE_SIZE})
            if not isinstance(body, dict) or not isinstance(body.get("items"), list):
                raise PlatformError(
                    base.FAILED, "unexpected_shape", f"Navigatr answered {path} with an unexpected shape."
                )
            items.extend(i for i in body["items"] if isinstance(i, dict))
            pages = body.get("pages")
            if (
                not body["items"]
                or (isinstance(pages, int) and page >= pages)
                or (not isinstance(pages, int) and len(body["items"]) < PAGE_SIZE)
            ):
                return items
            page += 1

    # -- the platform interface ----------------------------------------------------------

    def current_user(self) -> dict[str, Any]:
        body = self._get("/user_detail/0")
        if not isinstance(body, dict):
            raise PlatformError(
                base.FAILED, "unexpected_shape", "Navigatr's user answer has an unexpected shape."
            )
        return body

    def providers(self) -> list[Provider]:
        body = self._get("/user_detail/0/providers")
        if not isinstance(body, list):
            raise PlatformError(
                base.FAILED, "unexpected_shape", "Navigatr's provider list has an unexpected shape."
            )
        return [
            Provider(
                str(p.get("id")), str(p.get("name", "")), str(p.get("url") or ""), str(p.get("status") or "")
            )
            for p in body
            if isinstance(p, dict) and p.get("id") is not None
        ]

    def badges(self, provider_id: str, keyword: str | None = None) -> list[Badge]:
        params: dict[str, Any] = {"provider_id": provider_id}
        if keyword:
            params["keyword"] = keyword
        return [_badge(item) for item in self._pages("/badge/", params)]

    def badge(self, badge_id: str) -> Badge:
        return _badge(self._get(f"/badge/{badge_id}"))

    def find_awards(self, badge_id: str, recipient_key: str) -> list[Award]:
        """Every live (not revoked) award of this badge to this recipient, as the platform lists them.

        An award whose email the platform redacts or leaves out still counts: the query was already
        filtered by the recipient's email, and missing a real award would mean issuing it twice.
        """
        items = self._pages("/badge_assertion/", {"badge_id": badge_id, "recipient_email": recipient_key})
        found = []
        for item in items:
            award = _award(item)
            if award is None or award.status.lower() == "revoked":
                continue
            if award.badge_id not in ("", str(badge_id)):
                continue
            if award.recipient_key not in ("", recipient_key) and "*" not in award.recipient_key:
                continue
            found.append(award)
        return found

    def find_award(self, badge_id: str, recipient_key: str) -> Award | None:
        awards = self.find_awards(badge_id, recipient_key)
        return awards[0] if awards else None

    def award(self, award_id: str) -> Award:
        """One award as the platform holds it now (for claim tracking: Pending, Claimed, Failed, …)."""
        award = _award(self._get(f"/badge_assertion/{award_id}"))
        if award is None:
            raise PlatformError(
                base.FAILED, "unexpected_shape", "Navigatr's award answer has an unexpected shape."
            )
        return award

    def revoke(self, award_id: str, reason: str = "") -> Award:
        for attempt in range(_GET_RETRIES + 1):
            try:
                response = self._send(
                    "PUT",
                    f"/badge_assertion/{award_id}/revoke",
                    json={"revocation_reason": reason} if reason else {},
                )
            except httpx.TransportError as exc:
                raise PlatformError(
                    base.AMBIGUOUS, "connection_dropped", f"Revoke may not have arrived: {exc}."
                ) from exc
            if response.status_code != 429 or attempt == _GET_RETRIES:
                break
            # 429: nothing was done, so sending again is safe once the platform allows it.
            wait = parse_retry_after(response.headers.get("Retry-After"))
            self.limiter.pause_for(wait if wait is not None else min(2.0 * 2**attempt, 30.0))
        if response.status_code != 200:
            raise self._error(response)
        try:
            award = _award(_json(response))
        except ValueError:
            award = None
        if award is None:
            raise PlatformError(
                base.FAILED, "unexpected_shape", "Navigatr's revoke answer has an unexpected shape."
            )
        return award

    def issue(self, request: IssueRequest) -> Answer:
        payload: dict[str, Any] = {
            "recipient_email": request.email.strip(),
            "recipient_firstname": request.first_name,
            "recipient_lastname": request.last_name,
        }
        if request.provider_id:
            payload["provider_id"] = (
                int(request.provider_id) if request.provider_id.isdigit() else request.provider_id
            )
        if request.score is not None:
            payload["score"] = request.score
        if request.evidence_text:
            payload["evidence_text"] = request.evidence_text[:EVIDENCE_TEXT_LIMIT]
        if request.evidence_url:
            payload["evidence_url"] = request.evidence_url
        if request.issue_date:
            payload["issue_date"] = request.issue_date
        try:
            response = self._send("PUT", f"/badge/{request.badge_id}/issue", json=payload)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            return Answer(base.NOT_SENT, "network_unreachable", f"Cannot reach {self.base_url} ({exc}).")
        except httpx.TimeoutException:
            return Answer(
                base.AMBIGUOUS,
                "timeout",
                f"No answer within {self.timeout:g} seconds; the badge may or may not have been issued.",
            )
        except httpx.TransportError as exc:
            return Answer(
                base.AMBIGUOUS,
                "connection_dropped",
                f"The connection dropped after sending ({type(exc).__name__}); the badge may be issued.",
            )
        return classify_issue(response, self.recipient_key(request.email))


def _badge(item: Any) -> Badge:
    if not isinstance(item, dict) or item.get("id") is None:
        raise PlatformError(
            base.FAILED, "unexpected_shape", "Navigatr's badge answer has an unexpected shape."
        )
    min_score = item.get("min_score")
    provider_ids = item.get("provider_ids")
    return Badge(
        id=str(item["id"]),
        name=str(item.get("name") or ""),
        status=str(item.get("status") or ""),
        source=str(item.get("source") or ""),
        image_url=str(item.get("image_url") or ""),
        url=str(item.get("url") or ""),
        description=str(item.get("description") or ""),
        provider_ids=tuple(str(p) for p in provider_ids) if isinstance(provider_ids, list) else (),
        min_score=min_score if isinstance(min_score, int) and not isinstance(min_score, bool) else None,
        raw=item,
    )


def _award(item: Any) -> Award | None:
    if not isinstance(item, dict) or item.get("id") is None:
        return None
    badge_id = item.get(
        "badge_id", (item.get("badge") or {}).get("id") if isinstance(item.get("badge"), dict) else None
    )
    return Award(
        id=str(item["id"]),
        badge_id=str(badge_id) if badge_id is not None else "",
        recipient_key=NavigatrClient.recipient_key(str(item.get("recipient_email") or "")),
        status=str(item.get("status") or ""),
        url=str(item.get("url") or ""),
        raw=item,
    )


# -- answer classification, following the seeds' status table -----------------------------

_EXPLAIN = {
    400: (
        "badge_not_api_issuable",
        "This badge cannot be issued through the API; it usually comes from Open University or Credly. "
        "Choose a Navigatr-issued badge.",
        base.SCOPE_BADGE,
    ),
    403: (
        "provider_forbidden",
        "This account does not administer the badge's provider. Use a token of a provider admin, "
        "or choose a badge of your own provider.",
        base.SCOPE_BADGE,
    ),
    404: (
        "badge_not_found",
        "The badge or provider could not be found; it may have been deleted. Choose a current badge.",
        base.SCOPE_BADGE,
    ),
    422: (
        "badge_unpublished",
        "The badge has been unpublished or its provider deactivated on Navigatr. "
        "Publish the badge again, or choose another badge.",
        base.SCOPE_BADGE,
    ),
}


def classify_status(response: httpx.Response) -> Answer:
    """Map a non-2xx answer to an outcome (used for issue and for every other call)."""
    status = response.status_code
    detail = _detail(response)
    if status == 401:
        return Answer(
            base.AUTH,
            "token_rejected",
            "Navigatr rejected the token (invalid, expired or revoked). Create a new Personal Access Token "
            "and reconnect; the run is kept and can be resumed.",
            status,
            detail,
            scope=base.SCOPE_RUN,
        )
    if status == 429:
        return Answer(
            base.RATE_LIMITED,
            "rate_limited",
            "Navigatr asked us to slow down (429).",
            status,
            detail,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status == 503:
        return Answer(
            base.UNAVAILABLE,
            "service_unavailable",
            "Navigatr is temporarily unavailable (503); nothing was done.",
            status,
            detail,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    if status >= 500:
        return Answer(
            base.AMBIGUOUS,
            "server_error",
            f"Navigatr answered {status}; the badge may have been recorded before the error.",
            status,
            detail,
        )
    if status == 422 and _is_validation_error(response):
        return Answer(
            base.REJECTED,
            "request_invalid",
            f"Navigatr refused this learner's details: {detail}. Correct the row and retry it.",
            status,
            detail,
        )
    if status == 413:
        return Answer(
            base.REJECTED,
            "payload_too_large",
            "The request was too large for Navigatr's proxy; shorten the evidence text.",
            status,
            detail,
        )
    if status in _EXPLAIN:
        code, message, scope = _EXPLAIN[status]
        return Answer(
            base.REJECTED,
            code,
            message + (f" (Navigatr: {detail})" if detail else ""),
            status,
            detail,
            scope=scope,
        )
    return Answer(
        base.FAILED,
        "unexpected_status",
        f"Navigatr answered {status}: {detail or 'no details'}.",
        status,
        detail,
    )


def _is_validation_error(response: httpx.Response) -> bool:
    try:
        body = _json(response)
    except ValueError:
        return False
    return isinstance(body, dict) and isinstance(body.get("detail"), list)


def classify_issue(response: httpx.Response, recipient_key: str) -> Answer:
    status = response.status_code
    if status in (200, 201):
        award = None
        try:
            award = _award(_json(response))
        except ValueError:
            pass
        if award is not None and award.recipient_key in ("", recipient_key):
            return Answer(base.ISSUED, "issued", "Issued.", status, award=award)
        return Answer(
            base.AMBIGUOUS,
            "unreadable_answer",
            f"Navigatr answered {status} without naming an award for this learner ({_detail(response, 80)}); "
            "a Wi-Fi login page or proxy may be in the way. Checking before any re-send.",
            status,
            _detail(response, 80),
        )
    if status == 202:
        detail = _detail(response) or "Accepted without issuing"
        return Answer(
            base.NEEDS_REVIEW,
            "score_too_low" if "score" in detail.lower() else "accepted_not_issued",
            f"Not issued: {detail}. The badge needs a minimum score or evidence that was not met.",
            status,
            detail,
        )
    if 200 <= status < 300:
        return Answer(
            base.AMBIGUOUS,
            "unreadable_answer",
            f"Navigatr answered {status}; checking before any re-send.",
            status,
        )
    return classify_status(response)
