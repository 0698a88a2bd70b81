"""Navigatr API client: its endpoints, its parsing and its answer classification.

Everything HTTP (rate-limit slot, TLS, proxies, retries of 429/503, paging, transport errors)
is the shared :class:`~badgedesk.platforms.transport.Transport`. ``issue`` never raises and
never retries: it classifies the answer into an :class:`~badgedesk.platforms.base.Answer` and
leaves the decision to the engine.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import httpx

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import parse_retry_after
from badgedesk.platforms import base
from badgedesk.platforms.base import (
    EMAIL_IDENTITY,
    Account,
    Answer,
    Award,
    Badge,
    IssueRequest,
    PlatformError,
    Provider,
)
from badgedesk.platforms.transport import MAX_PAGES, USER_AGENT, HttpPlatform, check_url, json_of

__all__ = [
    "MAX_PAGES",
    "USER_AGENT",
    "NavigatrClient",
    "parse_badge_ref",
    "resolve_base_url",
    "badge_issuable",
]

HOSTS = {
    "production": "https://api.navigatr.app/v1",
    "staging": "https://stagapi.navigatr.app/v1",
}
PAT_PAGES = {
    "production": "https://navigatr.app/settings/personal-access-tokens/",
    "staging": "https://stag.navigatr.app/settings/personal-access-tokens/",
}
EVIDENCE_TEXT_LIMIT = 500
PAGE_SIZE = 100

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


def legacy_credentials_message(environment: str = "production") -> str:
    """One line for a user who brings a Navigatr username and password instead of a token."""
    page = PAT_PAGES.get(environment, PAT_PAGES["production"])
    return (
        "Navigatr now uses Personal Access Tokens instead of a username and password (the /v1/token "
        f"sign-in is deprecated): create a token at {page} and paste it here."
    )


_USER_COLON_PASSWORD = re.compile(r"^[\w.+-]{1,64}:\S+$")


def looks_like_password_login(text: str) -> bool:
    """True for a pasted 'user@example.org:password', 'username password' or bare email, not a token.

    Personal Access Tokens are long opaque strings with no spaces and no '@'.
    """
    text = (text or "").strip()
    if not text:
        return False
    if any(ch.isspace() for ch in text):
        return True
    if "@" in text:
        return True  # an email address, alone or followed by ':password'
    return bool(_USER_COLON_PASSWORD.match(text)) and len(text) < 64


def token_problem(token: str, environment: str = "production") -> str:
    """Why this is not a Personal Access Token ('' when it may be one)."""
    return legacy_credentials_message(environment) if looks_like_password_login(token) else ""


def badge_issuable(badge: Badge) -> tuple[bool, str, str]:
    """(can be issued, code, reason). Only published badges that Navigatr itself issues can be sent."""
    if badge.source and badge.source.lower() != "internal":
        return (
            False,
            "badge_not_api_issuable",
            f"Badge {badge.id} '{badge.name}' comes from {badge.source}, and Navigatr does not let its badges "
            "be issued through the API. Choose a badge your provider created on Navigatr.",
        )
    if badge.status and badge.status.lower() != "published":
        return (
            False,
            "badge_unpublished",
            f"Badge {badge.id} '{badge.name}' is {badge.status}, not published. Publish it on Navigatr first.",
        )
    return True, "", ""


def resolve_base_url(environment: str = "production", base_url: str | None = None) -> tuple[str, str]:
    """Return ``(base_url, environment_key)``. Plain http is accepted only for loopback addresses."""
    if base_url:
        url = check_url(base_url)
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


def _detail(response: httpx.Response, limit: int = 200) -> str:
    """The error detail, on one line: FastAPI-style ``detail`` or a short excerpt of whatever came back."""
    return " ".join(_raw_detail(response, limit).split())


def _raw_detail(response: httpx.Response, limit: int) -> str:
    try:
        body = json_of(response)
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


class NavigatrClient(HttpPlatform):
    key = "navigatr"
    name = "navigatr"  # kept for 0.1.0 callers; the registry key

    label = "Navigatr"
    no_token = (
        "No Navigatr token. Add a connection, or set NAVIGATR_PAT to a Personal Access Token "
        "(Navigatr › Settings › Personal Access Tokens)."
    )

    def _resolve(self, environment: str, base_url: str | None) -> tuple[str, str]:
        return resolve_base_url(environment, base_url)

    def _transport_options(self, token: str) -> dict[str, Any]:
        return {"classify": classify_status, "headers": {"X-Access-Token": token}}

    @staticmethod
    def recipient_key(value: str) -> str:
        return EMAIL_IDENTITY.normalise(value)

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return self.http.get_json(path, params)

    def _pages(self, path: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.http.numbered_pages(path, params, size=PAGE_SIZE)

    # -- the platform interface ----------------------------------------------------------

    def current_user(self) -> dict[str, Any]:
        body = self._get("/user_detail/0")
        if not isinstance(body, dict):
            raise PlatformError(
                base.FAILED, "unexpected_shape", "Navigatr's user answer has an unexpected shape."
            )
        return body

    def account(self) -> Account:
        user = self.current_user()
        name = " ".join(str(user.get(key) or "").strip() for key in ("firstname", "lastname")).strip()
        email = str(user.get("email") or "")
        return Account(name or str(user.get("username") or email), email, raw=user)

    def token_expiry(self) -> str:
        return ""  # Personal Access Tokens carry no expiry date Navigatr tells us

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

    def badges(self, provider_id: str | None, keyword: str | None = None) -> list[Badge]:
        if not provider_id:
            raise InputError(
                "provider_missing", "Navigatr lists badges per provider: choose a provider first."
            )
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
        try:
            # 429 means nothing was done, so the transport sends again once the platform allows it;
            # a 503 is not retried here: a revoke is answered, not guessed.
            response = self.http.call(
                "PUT",
                f"/badge_assertion/{award_id}/revoke",
                retry=True,
                json={"revocation_reason": reason} if reason else {},
            )
        except PlatformError as err:
            if err.code == "connection_dropped" or err.code == "timeout":
                raise PlatformError(
                    base.AMBIGUOUS, "connection_dropped", f"Revoke may not have arrived: {err.message}"
                ) from err
            raise
        if response.status_code != 200:
            raise PlatformError.from_answer(classify_status(response))
        try:
            award = _award(json_of(response))
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
        response = self.http.exchange("PUT", f"/badge/{request.badge_id}/issue", "the badge", json=payload)
        if isinstance(response, Answer):
            return response
        return classify_issue(response, self.recipient_key(request.email), request.badge_id)


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
            "and reconnect; a run it stopped is kept and can be resumed.",
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
        body = json_of(response)
    except ValueError:
        return False
    return isinstance(body, dict) and isinstance(body.get("detail"), list)


def _is_badge_object(item: Any, badge_id: str) -> bool:
    """A 200 whose body is the badge itself ("the issued badge object"), not an assertion."""
    if not isinstance(item, dict) or item.get("id") is None:
        return False
    if item.get("recipient_email") or item.get("recipient") or item.get("badge_id") or item.get("badge"):
        return False
    return bool(badge_id) and str(item.get("id")) == str(badge_id)


def classify_issue(response: httpx.Response, recipient_key: str, badge_id: str = "") -> Answer:
    status = response.status_code
    if status in (200, 201):
        award = None
        body: Any = None
        try:
            body = json_of(response)
            award = _award(body)
        except ValueError:
            pass
        if _is_badge_object(body, badge_id):
            # The seed says a 200 carries "the issued badge object": the badge, naming no award. It was
            # issued; the award's ID is unknown here and the engine looks it up.
            return Answer(
                base.ISSUED,
                "issued_award_unknown",
                "Issued (the platform answered with the badge, not the award; the award is looked up).",
                status,
            )
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
