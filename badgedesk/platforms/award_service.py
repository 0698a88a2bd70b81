"""Badge Award Service client: its endpoints, its parsing and its answer classification.

The contract (``../shared/seeds/003_*``, ``shared/reference/other-providers.md`` §3) names five
endpoints under ``/api/v1/earned-badges`` and says nothing on many points; every choice BadgeDesk
made there is issue 8's and is marked "Contract silent:". Everything HTTP (rate-limit slot, TLS,
proxies, 429/503 retries of reads, transport errors) is the shared
:class:`~badgedesk.platforms.transport.Transport`. ``issue`` never raises and never re-sends.

Recipients are peer mentors, keyed by their ``peer_mentor_id`` (trimmed, case kept). Before each
award the client asks ``/check``: a POST for a badge already held may create a second record.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from badgedesk.core.messages import InputError
from badgedesk.platforms import base
from badgedesk.platforms.base import Account, Answer, Award, Badge, IssueRequest, PlatformError, Provider
from badgedesk.platforms.transport import (
    MAX_PAGES,
    HttpPlatform,
    check_url,
    excerpt,
    json_of,
    retry_after,
    unclear_issue,
)

__all__ = ["AwardServiceClient", "badge_issuable", "classify_issue", "classify_status", "normalise_url"]
__all__ += ["parse_badge_ref", "peer_mentor_key"]

LABEL = "Badge Award Service"
API = "/api/v1"
EARNED = f"{API}/earned-badges"
DEFINITIONS = f"{API}/badge-definitions"
URL_EXAMPLE = "https://awards.example.org"
PAGE_LIMIT = 100
DEFAULT_REVOKE_REASON = "Revoked by the issuer through BadgeDesk."
EARNED_STATUS = "earned"
REVOKED_STATUS = "revoked"
# The definitions endpoint is not part of the contract: these answers mean "not offered here".
_NOT_OFFERED = (404, 405, 501)
_SPACES = " \t\r\n\u00a0\u2007\u202f\ufeff"
_ID = re.compile(r"^[^\s/?#&=]+$")
_DEFINITION_URL = re.compile(r"(?:badge[-_]definitions?/|badge_definition_id=)([^/?#&\s]+)", re.I)
_API_SUFFIX = re.compile(r"/api/v1(?:/.*)?$", re.I)

_FORBIDDEN = (
    "The Badge Award Service refused this token: it cannot award or revoke badges. Awarding and "
    "revoking need a token with the admin or system role (a coordinator or peer mentor token can "
    "only read). Connect with such a token; the run is kept and can be resumed"
)
_AUTH = (
    "The Badge Award Service refused the token (401): it is invalid, expired or revoked. Reconnect "
    "with a valid token; a run it stopped is kept and can be resumed."
)


def normalise_url(text: str) -> str:
    """The service root from a typed address: a trailing slash or an ``/api/v1…`` suffix is dropped."""
    cleaned = (text or "").strip().rstrip("/")
    return _API_SUFFIX.sub("", cleaned).rstrip("/")


def peer_mentor_key(value: str) -> str:
    """A peer mentor ID as the service compares it: trimmed of spaces and NBSP, its case kept."""
    return str(value or "").strip(_SPACES)


def parse_badge_ref(value: str) -> str:
    """A badge definition ID as typed (``bdg-def-001``), or from a pasted address containing one."""
    text = (value or "").strip(_SPACES)
    if "://" in text:
        match = _DEFINITION_URL.search(text)
        if match:
            return match.group(1)
    elif _ID.match(text):
        return text
    raise InputError(
        "badge_ref_invalid",
        f"'{value}' is not a badge definition ID. Give the definition's ID (e.g. bdg-def-001) or paste "
        "an address containing badge-definitions/<ID> or badge_definition_id=<ID>.",
        value=value,
    )


def badge_issuable(badge: Badge) -> tuple[bool, str, str]:
    """Contract silent on definition states: every definition can be awarded; the service decides."""
    return True, "", ""


def _q(value: Any) -> str:
    return quote(str(value), safe="")


def _shape(what: str) -> PlatformError:
    return PlatformError(
        base.FAILED, "unexpected_shape", f"The {LABEL}'s {what} answer has an unexpected shape."
    )


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _items(body: Any) -> list[dict[str, Any]] | None:
    """Contract: ``{"data": [...], "pagination": {...}}``; a bare list is taken too."""
    items = body.get("data") if isinstance(body, dict) else body
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else None


def _badge(item: dict[str, Any], *, seen_in_earned: bool = False) -> Badge:
    ident = (
        item.get("badge_definition_id") if seen_in_earned else item.get("id", item.get("badge_definition_id"))
    )
    if ident in (None, ""):
        raise _shape("badge definition")
    return Badge(
        id=str(ident),
        name=str(item.get("badge_name") or item.get("name") or ""),
        status=str(item.get("status") or ""),
        image_url=str(item.get("icon_url") or ""),
        description=str(item.get("badge_description") or item.get("description") or ""),
        raw={**item, "seen_in_earned_badges": True} if seen_in_earned else item,
    )


def _award(item: Any, badge_id: str = "", recipient_key: str = "") -> Award | None:
    if not isinstance(item, dict) or item.get("id") in (None, ""):
        return None
    revoked = bool(item.get("revoked_at")) or item.get("revoked") is True
    return Award(
        id=str(item["id"]),
        badge_id=str(item.get("badge_definition_id") or badge_id),
        recipient_key=peer_mentor_key(item.get("peer_mentor_id") or recipient_key),
        status=REVOKED_STATUS if revoked else EARNED_STATUS,
        raw=item,
    )


class AwardServiceClient(HttpPlatform):
    key = "award-service"
    name = "award-service"

    label = LABEL
    no_token = "No Badge Award Service token. Add a connection, or set AWARD_SERVICE_TOKEN."

    def _check_fields(self) -> None:
        self.awarded_by = str(self.fields.get("awarded_by") or "").strip()
        if not self.awarded_by:
            raise InputError(
                "awarded_by_missing",
                "The Badge Award Service needs your ID as awarded_by: give --awarded-by, set "
                "AWARD_SERVICE_AWARDED_BY, or enter it with the connection.",
                field="awarded_by",
            )
        # Whether the last library came from earned badges (no definitions endpoint): the CLI and
        # the app then say a definition ID can also be typed.
        self.library_from_earned = False

    def _resolve(self, environment: str, base_url: str | None) -> tuple[str, str]:
        """The service root, whose paths are /api/v1/… (the contract is silent on the address);
        it has no environments and no default address."""
        if not (base_url or "").strip():
            raise InputError(
                "base_url_missing",
                f"The {LABEL} has no default address: give the service's address (e.g. {URL_EXAMPLE}).",
                platform=self.key,
            )
        url = check_url(normalise_url(base_url or ""), URL_EXAMPLE)
        return url, "custom:" + url

    def _transport_options(self, token: str) -> dict[str, Any]:
        return {"classify": classify_status, "headers": {"Authorization": f"Bearer {token}"}}

    @staticmethod
    def recipient_key(value: str) -> str:
        return peer_mentor_key(value)

    def token_expiry(self) -> str:
        return ""  # contract silent on token lifetimes

    # -- reading -----------------------------------------------------------------------------

    def _pages(self, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Pages 1, 2, … of ``{data, pagination: {page, limit, total}}`` until ``total`` items, a
        short page or an empty one. Contract silent on the largest ``limit``: the answer's own counts."""
        found: list[dict[str, Any]] = []
        for page in range(1, MAX_PAGES + 1):
            body = self.http.get_json(path, {**(params or {}), "page": page, "limit": PAGE_LIMIT})
            items = _items(body)
            if items is None:
                raise _shape(path)
            found.extend(items)
            paging = body.get("pagination") if isinstance(body, dict) else None
            limit, total = (
                (_count(paging.get(k)) for k in ("limit", "total")) if isinstance(paging, dict) else (0, 0)
            )
            if (
                not items
                or len(items) < (limit or PAGE_LIMIT)
                or not isinstance(body, dict)
                or 0 < total <= len(found)
            ):
                return found
        raise PlatformError(
            base.FAILED, "too_many_pages", f"The {LABEL} kept answering {path} with more pages."
        )

    def _check(self, badge_id: str, recipient_key: str) -> dict[str, Any]:
        params = {"badge_definition_id": badge_id, "peer_mentor_id": recipient_key}
        body = self.http.get_json(f"{EARNED}/check", params)
        if not isinstance(body, dict) or "has_earned" not in body:
            raise _shape("check")
        return body

    def account(self) -> Account:
        """Contract silent on who a token is: one earned badge is read (``limit=1``), which every role
        may do, so this proves the address and the token; whether the token may award shows at the
        first award (403)."""
        body = self.http.get_json(EARNED, {"limit": 1})
        if _items(body) is None:
            raise _shape("earned badges")
        host = urlsplit(self.base_url).netloc
        return Account(
            f"{LABEL} at {host}", f"awarding as {self.awarded_by}", raw=body if isinstance(body, dict) else {}
        )

    def providers(self) -> list[Provider]:
        host = urlsplit(self.base_url).netloc
        return [Provider(self.key, f"{LABEL} ({host})", self.base_url)]

    def badges(self, provider_id: str | None = None, keyword: str | None = None) -> list[Badge]:
        """The badge definitions. Contract silent on listing them: ``GET /api/v1/badge-definitions``;
        where the service answers 404, the definitions seen in earned badges (every page), with
        ``library_from_earned`` set (a definition ID can then also be typed)."""
        try:
            found = [_badge(item) for item in self._pages(DEFINITIONS)]
            self.library_from_earned = False
        except PlatformError as err:
            if err.http_status not in _NOT_OFFERED:
                raise
            self.library_from_earned = True
            seen: dict[str, Badge] = {}
            for item in self._pages(EARNED):
                if item.get("badge_definition_id") not in (None, ""):
                    badge = _badge(item, seen_in_earned=True)
                    seen.setdefault(badge.id, badge)
            found = list(seen.values())
        words = (keyword or "").strip().lower()
        if words:
            found = [b for b in found if words in b.name.lower() or words in b.id.lower()]
        return sorted(found, key=lambda b: (b.name.lower(), b.id))

    def badge(self, badge_id: str) -> Badge:
        """One definition. Where the service lists none, a typed ID not seen in earned badges is
        returned as it is (``raw["typed"]``): the service itself checks it at the first award."""
        try:
            body = self.http.get_json(f"{DEFINITIONS}/{_q(badge_id)}")
            item = body.get("data", body) if isinstance(body, dict) else None
            if isinstance(item, dict):
                return _badge({"id": badge_id, **item})
            raise _shape("badge definition")
        except PlatformError as err:
            if err.http_status not in _NOT_OFFERED:
                raise
        found = next((b for b in self.badges() if b.id == badge_id), None)
        if found is not None:
            return found
        if not self.library_from_earned:
            raise PlatformError(
                base.REJECTED, "badge_not_found", f"The {LABEL} has no badge definition '{badge_id}'.", 404
            )
        note = f"Not listed by the {LABEL} (it offers no list of definitions); the service checks it when awarding."
        return Badge(id=badge_id, name=badge_id, description=note, raw={"typed": True})

    def find_awards(self, badge_id: str, recipient_key: str) -> list[Award]:
        """The live award of this definition to this peer mentor, by ``/check`` (revoked ones are not
        earned). An unknown peer mentor holds nothing."""
        key = self.recipient_key(recipient_key)
        try:
            body = self._check(badge_id, key)
        except PlatformError as err:
            if err.code == "peer_mentor_unknown":
                return []
            raise
        if body.get("has_earned") is not True or body.get("earned_badge_id") in (None, ""):
            return []
        item = {"id": body["earned_badge_id"], "awarded_at": body.get("awarded_at")}
        return [_award(item, str(badge_id), key)]  # type: ignore[list-item]

    def award(self, award_id: str) -> Award:
        award = _award(self.http.get_json(f"{EARNED}/{_q(award_id)}"))
        if award is None:
            raise _shape("earned badge")
        return award

    def awards_of(self, recipient_key: str) -> list[Award]:
        """Every earned badge of one peer mentor (revoked ones included, marked so)."""
        items = self._pages(EARNED, {"peer_mentor_id": self.recipient_key(recipient_key)})
        return [a for a in map(_award, items) if a is not None]

    # -- writing -----------------------------------------------------------------------------

    def revoke(self, award_id: str, reason: str = "") -> Award:
        """``DELETE`` with ``{"revoke_reason"}``, then read the award back: some proxies drop DELETE
        bodies, and only the record says whether it took effect. Already revoked counts as revoked."""
        path = f"{EARNED}/{_q(award_id)}"
        reason = reason.strip() or DEFAULT_REVOKE_REASON
        try:
            response = self.http.call("DELETE", path, ok=(400, 409, 410, 422), json={"revoke_reason": reason})
        except PlatformError as err:
            if err.kind != base.AMBIGUOUS:  # a timeout or 5xx may have revoked it: read it back
                raise
            award = self.award(award_id)
            if award.status == REVOKED_STATUS:
                return award
            raise
        award = self.award(award_id)
        if award.status == REVOKED_STATUS:
            if not award.raw.get("revoke_reason"):
                award.raw["reason_lost"] = True  # revoked, but the reason did not arrive (a proxy?)
            return award
        if response.is_success:
            raise PlatformError(
                base.AMBIGUOUS,
                "revoke_unconfirmed",
                f"The {LABEL} answered {response.status_code} to revoking {award_id}, but the award still "
                "reads as earned. Check it on the service.",
                response.status_code,
            )
        said = _detail(response) or str(response.status_code)
        raise PlatformError(
            base.REJECTED,
            "revoke_refused",
            f"The {LABEL} did not revoke {award_id} ({said}). A proxy on the way may drop the body of "
            "DELETE requests, and with it the revoke reason; the award is still earned.",
            response.status_code,
        )

    def payload(self, request: IssueRequest) -> dict[str, Any]:
        return {
            "badge_definition_id": request.badge_id,
            "peer_mentor_id": self.recipient_key(request.recipient.key or request.recipient.external_id),
            "awarded_by": self.awarded_by,
            "note": (request.note or "").strip(),
        }

    def issue(self, request: IssueRequest) -> Answer:
        key = self.recipient_key(request.recipient.key or request.recipient.external_id)
        if not key:
            return Answer(base.REJECTED, "peer_mentor_missing", "Not sent: this row has no peer mentor ID.")
        checked = self._check_before_award(request.badge_id, key)
        if isinstance(checked, Answer):
            return checked
        response = self.http.exchange("POST", EARNED, "the badge", json=self.payload(request))
        if isinstance(response, Answer):
            return response
        return classify_issue(response, key, request.badge_id)

    def _check_before_award(self, badge_id: str, key: str) -> Answer | None:
        """None when the peer mentor does not hold it yet; else the answer to give (held, or why not)."""
        params = {"badge_definition_id": badge_id, "peer_mentor_id": key}
        response = self.http.exchange("GET", f"{EARNED}/check", "the check", params=params)
        answer = response if isinstance(response, Answer) else None
        if answer is None and not response.is_success:
            answer = classify_status(response, key)
        if answer is not None:
            if answer.kind == base.AMBIGUOUS:  # the check is a read: nothing was awarded, so back off
                why = f"Nothing awarded: the check before awarding failed ({answer.message})"
                return Answer(base.UNAVAILABLE, "check_failed", why, answer.http_status, answer.detail)
            return answer
        try:
            body = json_of(response)
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("has_earned"), bool):
            return Answer(
                base.NOT_SENT,
                "check_unreadable",
                f"Nothing awarded: the check before awarding was answered {response.status_code} without its "
                f"result ({excerpt(response)}); a Wi-Fi login page or proxy may be in the way.",
                response.status_code,
            )
        if body["has_earned"] and body.get("earned_badge_id") not in (None, ""):
            award = _award(
                {"id": body["earned_badge_id"], "awarded_at": body.get("awarded_at")}, badge_id, key
            )
            message = f"Peer mentor {key} already holds this badge ({body['earned_badge_id']}); nothing new was awarded."
            return Answer(base.ALREADY_HELD, "already_held", message, response.status_code, award=award)
        return None


# -- answer classification ----------------------------------------------------------------------


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):  # e.g. FastAPI's detail list
        return "; ".join(t for t in (_text(v.get("msg") if isinstance(v, dict) else v) for v in value) if t)
    return ""


def _error(response: httpx.Response) -> tuple[str, str]:
    """(code, message) of ``{"error": {"code", "message"}}``; contract silent beyond it, so a
    ``detail``/``message`` field anywhere at the top is read too."""
    try:
        body = json_of(response)
    except ValueError:
        return "", ""
    if not isinstance(body, dict):
        return "", ""
    error = body.get("error")
    if isinstance(error, dict):
        code = str(error.get("code") or "")
        return code, _text(error.get("message")) or _text(error.get("detail"))
    return "", _text(error) or _text(body.get("message")) or _text(body.get("detail"))


def _detail(response: httpx.Response, limit: int = 200) -> str:
    message = _error(response)[1]
    if message:
        return message[:limit]
    return excerpt(response, limit) if response.content else ""


def _path(response: httpx.Response) -> str:
    try:
        return response.request.url.path
    except RuntimeError:
        return ""


def classify_status(response: httpx.Response, recipient_key: str = "") -> Answer:
    """Map a non-2xx answer to an outcome (issue, the check, and every other call)."""
    status = response.status_code
    code, _ = _error(response)
    detail = _detail(response)
    said = f" (the service: {detail})" if detail else ""

    def answer(kind: str, new_code: str, message: str, scope: str = base.SCOPE_ROW) -> Answer:
        wait = retry_after(response) if status in (429, 503) else None
        return Answer(kind, new_code, message, status, detail, retry_after=wait, scope=scope)

    words = f"{code} {detail}".lower()
    if status == 401:
        return answer(base.AUTH, "token_rejected", _AUTH + said, base.SCOPE_RUN)
    if status == 403:
        return answer(base.AUTH, "token_not_permitted", f"{_FORBIDDEN}{said}.", base.SCOPE_RUN)
    if status == 429:
        return answer(base.RATE_LIMITED, "rate_limited", f"The {LABEL} asked us to slow down (429).")
    if status == 503:
        return answer(
            base.UNAVAILABLE, "service_unavailable", f"The {LABEL} is unavailable (503); nothing was done."
        )
    if status >= 500:
        return answer(
            base.AMBIGUOUS, "server_error", f"The {LABEL} answered {status} (a server error){said}."
        )
    if status == 404:
        if "mentor" in words:
            who = f"peer mentor '{recipient_key}'" if recipient_key else "this peer mentor"
            message = f"The {LABEL} does not know {who}; check the Peer mentor ID in the file{said}."
            return answer(base.REJECTED, "peer_mentor_unknown", message)
        if "definition" in words or "badge_not_found" in words:
            message = f"The {LABEL} has no such badge definition; check the definition ID{said}."
            return answer(base.REJECTED, "badge_not_found", message, base.SCOPE_BADGE)
        if re.search(r"/earned-badges/(?!check$)[^/]+$", _path(response)):
            return answer(base.REJECTED, "award_not_found", f"The {LABEL} has no such earned badge{said}.")
        message = (
            f"The {LABEL} answered 404{said}; check the service's address (its root, e.g. {URL_EXAMPLE})."
        )
        return answer(base.REJECTED, "not_found", message, base.SCOPE_BADGE)
    if status == 409 and any(w in words for w in ("already", "duplicate", "earned")):
        return answer(
            base.ALREADY_HELD, "already_held", f"The {LABEL} says this badge is already held{said}."
        )
    if status in (400, 409, 422):
        message = f"The {LABEL} refused this row's details: {detail or 'no details'}."
        return answer(base.REJECTED, "request_invalid", message)
    if status == 413:
        return answer(
            base.REJECTED,
            "payload_too_large",
            f"The request was too large for the {LABEL}; shorten the note.",
        )
    return answer(
        base.FAILED, "unexpected_status", f"The {LABEL} answered {status}: {detail or 'no details'}."
    )


def classify_issue(response: httpx.Response, recipient_key: str, badge_id: str = "") -> Answer:
    """The POST's answer: the earned badge for this peer mentor and definition is ISSUED; any other
    2xx and any 5xx but 503 is AMBIGUOUS (resolved by ``/check`` before a re-send)."""
    status = response.status_code
    award = None
    if status in (200, 201):
        try:
            body = json_of(response)
        except ValueError:
            body = None
        award = _award(
            body.get("data", body) if isinstance(body, dict) else None, str(badge_id), recipient_key
        )
    if award is not None and award.badge_id == str(badge_id) and award.recipient_key in ("", recipient_key):
        award = Award(award.id, str(badge_id), recipient_key, EARNED_STATUS, raw=award.raw)
        return Answer(base.ISSUED, "issued", f"Awarded on the {LABEL} ({award.id}).", status, award=award)
    unclear = unclear_issue(
        response,
        f"The {LABEL}",
        f"an earned badge for peer mentor {recipient_key}",
        "the badge may have been recorded",
        _detail(response),
    )
    return unclear or classify_status(response, recipient_key)
