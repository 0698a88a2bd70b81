"""The HTTP transport every platform module shares, in the manner of Picard's ``webservice/``.

A platform module keeps only its endpoints, its parsing and its answer classification. This
module owns what they have in common:

- a rate-limit slot for every request, restamped when the request really leaves;
- the ``before_send`` hook (pause and stop catch requests already waiting for a slot);
- TLS through the operating system's trust store (truststore), system proxies, the User-Agent;
- GET retries on 429 and 503 (nothing was done), honouring Retry-After;
- paging helpers: page numbers, a next-page URL, or a cursor;
- mapping transport errors (no connection, timeout, dropped connection) to answers.
"""

from __future__ import annotations

import ipaddress
import platform as _platform
import ssl
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import truststore

from badgedesk import __version__
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled, Limiter, SlidingWindowLimiter, parse_retry_after
from badgedesk.platforms import base
from badgedesk.platforms.base import Answer, PlatformError

USER_AGENT = (
    f"BadgeDesk/{__version__} (desktop badge issuing; httpx/{httpx.__version__}; "
    f"Python/{_platform.python_version()})"
)
GET_RETRIES = 5
MAX_PAGES = 1000  # a server that keeps saying "more" is not followed further

Classify = Callable[[httpx.Response], Answer]


def ssl_context() -> ssl.SSLContext:
    # The operating system's trust store, so TLS inspection the browser accepts works here too.
    # Verification stays on: truststore checks the chain and the host name.
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, example: str = "https://host/v1") -> str:
    """A base URL without its trailing slash; https, or plain http only for this computer."""
    cleaned = (url or "").strip().rstrip("/")
    parts = urlsplit(cleaned)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            "base_url_invalid", f"'{url}' is not a valid API address (expected {example}).", url=cleaned
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InputError(
            "base_url_insecure",
            f"'{url}' uses plain http. Only https is allowed, except for this computer (127.0.0.1).",
            url=cleaned,
        )
    return cleaned


def json_of(response: httpx.Response) -> Any:
    """``response.json()``, raising only ValueError (nesting too deep for the parser is unreadable too)."""
    try:
        return response.json()
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply") from exc


def excerpt(response: httpx.Response, limit: int = 80) -> str:
    """A short one-line excerpt of whatever came back (for answers that are not what we expect)."""
    text = " ".join(response.text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


def retry_after(response: httpx.Response) -> float | None:
    return parse_retry_after(response.headers.get("Retry-After"))


def unclear_issue(response: httpx.Response, who: str, named: str, done: str, detail: str) -> Answer | None:
    """An issue answer that neither names the award nor refuses it, read alike on every platform:
    a 2xx without ``named`` (a login page or proxy may be in the way) or a server error other than
    503, after which ``done`` may be so. Both are AMBIGUOUS: the engine checks before any re-send.
    None for any other answer. ``who`` starts the message ("Credly", "The Badge Award Service")."""
    status = response.status_code
    if 200 <= status < 300:
        seen = excerpt(response) if response.content else "an empty answer"
        message = (
            f"{who} answered {status} without naming {named} ({seen}); a Wi-Fi login page or proxy "
            "may be in the way. Checking before any re-send."
        )
        return Answer(base.AMBIGUOUS, "unreadable_answer", message, status, seen)
    if status >= 500 and status != 503:
        message = f"{who} answered {status}; {done} before the error."
        return Answer(base.AMBIGUOUS, "server_error", message, status, detail)
    return None


class Transport:
    """One platform account's HTTP session. ``label`` names the platform in messages."""

    def __init__(
        self,
        *,
        label: str,
        base_url: str,
        classify: Classify,
        headers: dict[str, str] | None = None,
        auth: httpx.Auth | tuple[str, str] | None = None,
        timeout: float = 30.0,
        limiter: Limiter | None = None,
        cancel: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not 1 <= timeout <= 300:
            raise InputError(
                "timeout_invalid", "The timeout must be between 1 and 300 seconds.", timeout=timeout
            )
        self.label = label
        self.base_url = base_url
        self.timeout = timeout
        self.classify = classify
        self.limiter: Limiter = limiter or SlidingWindowLimiter()
        self.cancel = cancel or threading.Event()
        self.before_send: Callable[[], bool] | None = None
        self.simulated = False  # an answer carried base.SIMULATOR_HEADER
        self._client = httpx.Client(
            base_url=base_url,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", **(headers or {})},
            auth=auth,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            verify=ssl_context(),
            trust_env=True,  # the system's proxy settings
            follow_redirects=True,
            transport=transport,
            limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
        )

    def close(self) -> None:
        self._client.close()

    # -- sending -----------------------------------------------------------------------------

    def send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Take a rate-limit slot, let ``before_send`` hold the request, send it, tell the limiter.

        Raises :class:`Cancelled` when held, and httpx's own errors when the exchange fails.
        """
        stamp = self.limiter.acquire(self.cancel)
        if self.before_send is not None and not self.before_send():
            raise Cancelled()

        def trace(event: str, info: dict[str, Any]) -> None:
            if event.endswith("send_request_headers.started"):
                self.limiter.restamp(stamp)

        response = self._client.request(method, path, extensions={"trace": trace}, **kwargs)
        self.limiter.observe(response.status_code, retry_after(response))
        if base.SIMULATOR_HEADER in response.headers:
            self.simulated = True
        return response

    def exchange(
        self, method: str, path: str, what: str = "the request", **kwargs: Any
    ) -> httpx.Response | Answer:
        """Send once, never retrying. A failed exchange comes back as an :class:`Answer` that says
        whether the request may have been done (``what`` names it: "the badge")."""
        try:
            return self.send(method, path, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            return Answer(base.NOT_SENT, "network_unreachable", f"Cannot reach {self.base_url} ({exc}).")
        except httpx.TimeoutException:
            return Answer(
                base.AMBIGUOUS,
                "timeout",
                f"No answer within {self.timeout:g} seconds; {what} may or may not have been done.",
            )
        except httpx.TransportError as exc:
            return Answer(
                base.AMBIGUOUS,
                "connection_dropped",
                f"The connection dropped after sending ({type(exc).__name__}); {what} may have been done.",
            )

    def call(
        self, method: str, path: str, *, retry: bool = True, ok: tuple[int, ...] = (), **kwargs: Any
    ) -> httpx.Response:
        """Send, retrying 429 and 503 (provably nothing was done) when ``retry``; return a 2xx answer
        (or one whose status is in ``ok``) and raise :class:`PlatformError` for anything else."""
        for attempt in range(GET_RETRIES + 1):
            try:
                response = self.send(method, path, **kwargs)
            except Cancelled:
                raise
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                raise PlatformError(
                    base.NOT_SENT, "network_unreachable", f"Cannot reach {self.base_url}: {exc}."
                ) from exc
            except httpx.TimeoutException as exc:
                raise PlatformError(
                    base.AMBIGUOUS, "timeout", f"{self.label} did not answer within {self.timeout:g} seconds."
                ) from exc
            except httpx.TransportError as exc:
                raise PlatformError(
                    base.AMBIGUOUS, "connection_dropped", f"The connection dropped: {exc}."
                ) from exc
            status = response.status_code
            if retry and status in (429, 503) and attempt < GET_RETRIES:
                wait = retry_after(response)
                wait = wait if wait is not None else min(2.0 * 2**attempt, 30.0)
                if status == 429:
                    self.limiter.pause_for(wait)
                elif self.cancel.wait(wait):
                    raise Cancelled()
                continue
            if 200 <= status < 300 or status in ok:
                return response
            raise PlatformError.from_answer(self.classify(response))
        raise AssertionError("unreachable")

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET with a JSON answer; retries 429/503, raises PlatformError otherwise."""
        return self.read_json(self.call("GET", path, params=params))

    def read_json(self, response: httpx.Response) -> Any:
        try:
            return json_of(response)
        except ValueError as exc:
            raise PlatformError(
                base.AMBIGUOUS,
                "unreadable_answer",
                f"{self.label} answered {response.status_code} but not with JSON ({excerpt(response)}). "
                "A Wi-Fi login page or a proxy may be in the way.",
                response.status_code,
            ) from exc

    # -- paging ------------------------------------------------------------------------------

    def _too_many(self, path: str) -> PlatformError:
        return PlatformError(
            base.FAILED,
            "too_many_pages",
            f"{self.label} kept answering {path} with more pages after {MAX_PAGES}; stopped reading.",
        )

    def _shape(self, path: str) -> PlatformError:
        return PlatformError(
            base.FAILED, "unexpected_shape", f"{self.label} answered {path} with an unexpected shape."
        )

    def numbered_pages(
        self,
        path: str,
        params: dict[str, Any],
        *,
        items: str = "items",
        page_param: str = "page",
        size_param: str = "size",
        size: int = 100,
        pages_key: str = "pages",
    ) -> list[dict[str, Any]]:
        """Pages 1, 2, … until the answer's ``pages`` count, a short page or an empty one."""
        found: list[dict[str, Any]] = []
        for page in range(1, MAX_PAGES + 2):
            if page > MAX_PAGES:
                raise self._too_many(path)
            body = self.get_json(path, {**params, page_param: page, size_param: size})
            if not isinstance(body, dict) or not isinstance(body.get(items), list):
                raise self._shape(path)
            found.extend(i for i in body[items] if isinstance(i, dict))
            pages = body.get(pages_key)
            if isinstance(pages, bool):
                pages = None
            if (
                not body[items]
                or (isinstance(pages, int) and page >= pages)
                or (not isinstance(pages, int) and len(body[items]) < size)
            ):
                return found
        raise self._too_many(path)

    def linked_pages(
        self,
        path: str,
        params: dict[str, Any] | None,
        next_of: Callable[[dict[str, Any]], str | None],
        *,
        items: str = "data",
        method: str = "GET",
        body_of: Callable[[str | None], Any] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Follow a next-page link or cursor until there is none.

        ``next_of(answer)`` gives the next page's URL (absolute or relative) for GET paging, or the
        next cursor when ``body_of(cursor)`` builds a POST body (search endpoints). A link that
        leaves the platform's host is not followed.
        """
        target: str | None = path
        cursor: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            if method == "GET":
                response = self.call("GET", target or path, params=params if target == path else None)
            else:
                response = self.call(method, path, json=body_of(cursor) if body_of else None)
            body = self.read_json(response)
            if not isinstance(body, dict) or not isinstance(body.get(items), list):
                raise self._shape(path)
            yield from (i for i in body[items] if isinstance(i, dict))
            following = next_of(body)
            if not following or not isinstance(following, str) or following in seen or not body[items]:
                return
            seen.add(following)
            if method == "GET":
                target = self._same_host(following, path)
                if target is None:
                    return
            else:
                cursor = following
        raise self._too_many(path)

    def _same_host(self, link: str, path: str) -> str | None:
        parts, mine = urlsplit(link), urlsplit(self.base_url)
        if not parts.scheme:
            # A link from the host's root ("/v1/items?page=2") is joined to the host, not to the base
            # path; one without a leading slash is relative to the base URL.
            return f"{mine.scheme}://{mine.netloc}{link}" if link.startswith("/") else link
        if (parts.scheme, parts.netloc) != (mine.scheme, mine.netloc):
            raise PlatformError(
                base.FAILED,
                "unexpected_shape",
                f"{self.label} answered {path} with a next page on another host ({parts.netloc}); not followed.",
            )
        return link


class HttpPlatform:
    """What every platform client on this transport shares: the registry's uniform constructor,
    the parts the engine drives (``limiter``, ``cancel``, ``before_send``), closing, and use as a
    context manager.

    A subclass names itself (``key``, ``label``, ``no_token``) and supplies
    :meth:`_transport_options` (its answer classification and credentials) and
    :meth:`_resolve` (its address); :meth:`_check_fields` checks what else it needs.
    """

    key = ""
    label = ""  # the platform in messages, e.g. "Credly"
    no_token = ""  # what to say when the token is empty
    # True after badges() when the platform names no list of what can be issued and the library was
    # pieced together from earlier awards: an ID can also be typed.
    library_from_earned = False
    http: Transport
    base_url: str
    environment: str

    def __init__(
        self,
        token: str,
        *,
        environment: str = "production",
        base_url: str | None = None,
        timeout: float = 30.0,
        limiter: Limiter | None = None,
        cancel: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        """Check the token, then the fields, resolve the address and open the transport, in that
        order (the first problem is the one reported)."""
        token = self.require_token(token, self.no_token)
        self.fields = dict(fields or {})
        self._check_fields()
        self.base_url, self.environment = self._resolve(environment, base_url)
        self.http = Transport(
            label=self.label,
            base_url=self.base_url,
            timeout=timeout,
            limiter=limiter,
            cancel=cancel,
            transport=transport,
            **self._transport_options(token),
        )

    def _check_fields(self) -> None:
        """Check ``self.fields`` (the connection's platform fields); raise InputError if one is missing."""

    def _resolve(self, environment: str, base_url: str | None) -> tuple[str, str]:
        """``(base URL, environment key)`` for the connection's environment or its own address."""
        raise NotImplementedError

    def _transport_options(self, token: str) -> dict[str, Any]:
        """The :class:`Transport` keywords only this platform knows: ``classify`` and its credentials
        (``headers`` or ``auth``)."""
        raise NotImplementedError

    @staticmethod
    def require_token(token: str, message: str) -> str:
        token = (token or "").strip()
        if not token:
            raise InputError("token_missing", message)
        return token

    @property
    def limiter(self) -> Limiter:
        return self.http.limiter

    @property
    def cancel(self) -> threading.Event:
        return self.http.cancel

    @property
    def before_send(self) -> Callable[[], bool] | None:
        return self.http.before_send

    @before_send.setter
    def before_send(self, hook: Callable[[], bool] | None) -> None:
        self.http.before_send = hook

    @property
    def timeout(self) -> float:
        return self.http.timeout

    @property
    def simulated(self) -> bool:
        """True once an answer came from a BadgeDesk simulator (see ``base.SIMULATOR_HEADER``)."""
        return self.http.simulated

    def delete(self, award_id: str) -> None:
        """Platforms that can revoke do not delete awards through BadgeDesk."""
        raise PlatformError(
            base.REJECTED,
            "delete_unsupported",
            f"{self.http.label} revokes awards; BadgeDesk does not delete them there.",
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self):  # noqa: ANN204 - the subclass
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
