"""Credly Web Service API v1 client: its endpoints, its parsing and its answer classification.

Everything HTTP (rate-limit slot, TLS, proxies, retries of 429/503, paging, transport errors)
is the shared :class:`~badgedesk.platforms.transport.Transport`. ``issue`` never raises and
never retries: it classifies the answer into an :class:`~badgedesk.platforms.base.Answer`.

Sources: https://www.credly.com/docs/issued_badges and /docs/badge_templates, and public
clients (see /work/shared/reference/other-providers.md §1). Where those are silent the choice
made here is marked "Docs silent:".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from badgedesk.core.messages import InputError
from badgedesk.platforms import base
from badgedesk.platforms.base import Account, Answer, Award, Badge, IssueRequest, PlatformError, Provider
from badgedesk.platforms.registry import CREDLY
from badgedesk.platforms.transport import HttpPlatform, excerpt, json_of, retry_after, unclear_issue

__all__ = [
    "CredlyClient",
    "badge_issuable",
    "classify_issue",
    "classify_status",
    "issued_at",
    "parse_badge_ref",
]

CREDLY_TIME = "%Y-%m-%d %H:%M:%S %z"  # the docs' example: "2014-04-01 09:41:00 -0500"
TOKEN_PAGE = "Credly › Organization › Developers › Authorization Tokens"
DEFAULT_REVOKE_REASON = "Revoked by the issuing organisation."
EVIDENCE_TITLE = "Evidence"
DEAD_STATES = frozenset({"revoked", "rejected", "replaced"})

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Docs silent on template addresses: the API's own /badge_templates/<id>, the hyphenated
# form, and the management pages' /badges/templates/<id> are all accepted.
_TEMPLATE_URL = re.compile(r"/(?:badge[_-]templates|badges/templates)/([^/?#\s]+)")
_TOKEN = re.compile(r"^[^\s/?#]+$")


def parse_badge_ref(value: str) -> str:
    """A template ID from ``6c4f…`` or a pasted URL such as ``https://www.credly.com/org/x/badge_templates/<id>``."""
    text = (value or "").strip()
    if "://" in text or text.lower().split("/", 1)[0].endswith("credly.com"):
        match = _TEMPLATE_URL.search(urlsplit(text if "://" in text else "https://" + text).path)
        if match:
            return match.group(1)
    elif _TOKEN.match(text):
        return text
    raise InputError(
        "badge_ref_invalid",
        f"'{value}' is not a Credly badge template ID or template address. Give the template's ID "
        "(e.g. 6c4f0c86-1f2e-4b8a-9d3c-2a1b0c9d8e7f) or paste an address containing "
        "badge_templates/<ID>; a public badge page names the template by its title, not its ID.",
        value=value,
    )


def badge_issuable(badge: Badge) -> tuple[bool, str, str]:
    """(can be issued, code, reason). Credly issues only from active templates."""
    state = (badge.status or "").strip().lower()
    if state in ("", "active"):  # Docs silent on a missing state: Credly decides when issuing.
        return True, "", ""
    label = f"Credly badge template {badge.id} '{badge.name}'"
    if state == "archived":
        reason = "is archived, and archived templates cannot issue badges. Restore it in Credly first"
        return False, "template_archived", f"{label} {reason}, or choose an active template."
    if state == "draft":
        reason = "is still a draft. Publish it in Credly so it is active"
        return False, "template_draft", f"{label} {reason}, or choose an active template."
    reason = f"is {state}, not active. Make it active in Credly"
    return False, "template_not_active", f"{label} {reason}, or choose an active template."


def issued_at(issue_date: str = "", now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> str:
    """``issued_at`` as Credly documents it: the day at 00:00 local time, or now, with the UTC offset."""
    if issue_date:
        day = _parse_date(issue_date, "issue date")
        moment = dt.datetime.combine(day, dt.time(), tzinfo=tz) if tz else dt.datetime.combine(day, dt.time())
    else:
        moment = now or dt.datetime.now(tz)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the local zone, with its summer-time offset for that day
    return moment.replace(microsecond=0).strftime(CREDLY_TIME)


def _parse_date(text: str, what: str) -> dt.date:
    try:
        if not _DATE.match(text.strip()):
            raise ValueError(text)
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"The {what} '{text}' is not a date written YYYY-MM-DD.") from None


def _q(value: Any) -> str:
    return quote(str(value), safe="")


def _data(body: Any) -> Any:
    """The object inside Credly's ``{"data": …}`` envelope; docs silent on a bare object, also taken."""
    if isinstance(body, dict) and "data" in body:
        return body["data"]
    return body


def _shape(what: str) -> PlatformError:
    return PlatformError(base.FAILED, "unexpected_shape", f"Credly's {what} answer has an unexpected shape.")


def _flag(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "y")


class CredlyClient(HttpPlatform):
    key = "credly"
    name = "credly"

    label = "Credly"
    no_token = f"No Credly authorization token. Add a connection, or set CREDLY_TOKEN ({TOKEN_PAGE})."

    def _check_fields(self) -> None:
        self.org_id = str(self.fields.get("org_id") or "").strip()
        if not self.org_id:
            raise InputError(
                "org_id_missing",
                "Credly needs the organization ID (set CREDLY_ORG_ID): find it in Credly › Organization "
                "› Settings, or in the address of your organisation's pages.",
                field="org_id",
            )
        self._org = f"/organizations/{_q(self.org_id)}"

    def _resolve(self, environment: str, base_url: str | None) -> tuple[str, str]:
        return CREDLY.resolve_url(environment, base_url)

    def _transport_options(self, token: str) -> dict[str, Any]:
        self._token = token  # only to find this token's entry in the token list
        return {"classify": classify_status, "auth": (token, "")}

    @staticmethod
    def recipient_key(value: str) -> str:
        return base.EMAIL_IDENTITY.normalise(value)

    def _next_page(self, body: dict[str, Any]) -> str | None:
        """``metadata.next_page_url``; docs silent on its absence on the last page (taken as "no more")
        and on relative links (joined to the API's host, not appended to /v1)."""
        meta = body.get("metadata")
        link = meta.get("next_page_url") if isinstance(meta, dict) else None
        return link if isinstance(link, str) and link else None

    def _pages(self, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return list(self.http.linked_pages(path, params, self._next_page))

    # -- the platform interface ----------------------------------------------------------

    def organization(self) -> dict[str, Any]:
        org = _data(self.http.get_json(self._org))
        if not isinstance(org, dict):
            raise _shape("organisation")
        return org

    def account(self) -> Account:
        org = self.organization()
        name = str(org.get("name") or "").strip()
        return Account(name or self.org_id, str(org.get("id") or self.org_id), self.token_expiry(), raw=org)

    def token_expiry(self) -> str:
        """The date (YYYY-MM-DD) this token expires: from Credly's token list where the token may read
        it, else the date the user entered, else ""."""
        try:
            entry = _own_token(self._pages(f"{self._org}/authorization_tokens"), self._token)
        except PlatformError as err:
            # 403: a token without the permission may not read the list; 404/shape: not offered.
            if err.kind not in (base.REJECTED, base.FAILED):
                raise
            entry = None
        if entry is not None and entry.get("expires_at"):
            found = _local_date(entry["expires_at"])
            if found:
                return found
        typed = str(self.fields.get("token_expires") or "").strip()
        try:
            return _parse_date(typed, "token expiry").isoformat() if typed else ""
        except ValueError:
            return ""

    def providers(self) -> list[Provider]:
        org = self.organization()
        org_id = str(org.get("id") or self.org_id)
        url = str(org.get("vanity_url") or org.get("website_url") or org.get("url") or "")
        return [Provider(org_id, str(org.get("name") or org_id), url)]

    def badges(self, provider_id: str | None, keyword: str | None = None) -> list[Badge]:
        """Every template of the organisation (``provider_id`` is the organisation; it has no other)."""
        params: dict[str, Any] = {}
        if keyword and keyword.strip():
            # Docs silent on escaping: "|" separates filters, so it cannot be part of a keyword.
            params["filter"] = "query::" + " ".join(keyword.replace("|", " ").split())
        return [_badge(item) for item in self._pages(f"{self._org}/badge_templates", params or None)]

    def badge(self, badge_id: str) -> Badge:
        return _badge(_data(self.http.get_json(f"{self._org}/badge_templates/{_q(badge_id)}")))

    def find_awards(self, badge_id: str, recipient_key: str) -> list[Award]:
        """Every live award of this template to this recipient (not revoked, rejected or replaced).

        ``recipient_email_all`` matches every address on the earner's Credly account, so an award
        under another of their addresses is theirs too (Credly counts it a duplicate); one whose
        email is redacted or missing still counts: the query was already filtered by recipient.
        """
        key = self.recipient_key(recipient_key)
        items = self._pages(
            f"{self._org}/badges", {"filter": f"recipient_email_all::{key}|badge_template_id::{badge_id}"}
        )
        found = []
        for item in items:
            award = _award(item)
            if award is None or not _live(award):
                continue
            if award.badge_id not in ("", str(badge_id)):
                continue
            if not award.recipient_key or "*" in award.recipient_key:
                award = dataclasses.replace(award, recipient_key=key)
            found.append(dataclasses.replace(award, badge_id=str(badge_id)))
        return found

    def find_award(self, badge_id: str, recipient_key: str) -> Award | None:
        awards = self.find_awards(badge_id, recipient_key)
        return awards[0] if awards else None

    def award(self, award_id: str) -> Award:
        """One issued badge as Credly holds it now: pending, accepted, rejected or revoked."""
        award = _award(_data(self.http.get_json(f"{self._org}/badges/{_q(award_id)}")))
        if award is None:
            raise _shape("issued badge")
        return award

    def revoke(self, award_id: str, reason: str = "") -> Award:
        """Revoke; an award that is already revoked counts as revoked. Docs silent on what Credly
        answers to a second revoke, so a refusal is checked by reading the award back."""
        path = f"{self._org}/badges/{_q(award_id)}/revoke"
        body = {
            "reason": reason.strip() or DEFAULT_REVOKE_REASON,
            "suppress_revoke_notification_email": False,
        }
        # 429/503 mean nothing was done, so the transport sends again when Credly allows it.
        response = self.http.call("PUT", path, ok=(400, 409, 410, 422), json=body)
        award = _award_of(response) if response.is_success else None
        if award is None or award.status.lower() != "revoked":
            award = self.award(award_id)
        if award.status.lower() == "revoked":
            return award
        why = " (it was replaced, and only the newer award can be revoked)" if _replaced(award) else ""
        raise PlatformError(
            base.AMBIGUOUS if response.is_success else base.REJECTED,
            "revoke_unconfirmed" if response.is_success else "revoke_refused",
            f"Credly did not revoke award {award_id}{why}: it still reads '{award.status}' "
            f"({_detail(response) or response.status_code}).",
            response.status_code,
        )

    def issue(self, request: IssueRequest) -> Answer:
        try:
            payload = self.payload(request)
        except ValueError as exc:
            return Answer(base.REJECTED, "request_invalid", f"Not sent to Credly: {exc}")
        response = self.http.exchange("POST", f"{self._org}/badges", "the badge", json=payload)
        if isinstance(response, Answer):
            return response
        return classify_issue(response, self.recipient_key(request.email), request.badge_id)

    def payload(self, request: IssueRequest) -> dict[str, Any]:
        """The POST body. Raises ValueError for a date that is not YYYY-MM-DD."""
        payload: dict[str, Any] = {
            "recipient_email": request.email.strip(),
            "issued_to_first_name": request.first_name.strip(),
            "issued_to_last_name": request.last_name.strip(),
            "badge_template_id": request.badge_id,
            "issued_at": issued_at(request.issue_date),
        }
        if request.expires:
            # The calendar date itself, no time: a time with an offset is an instant that can fall
            # on the neighbouring day when Credly shows it in another zone. Docs silent on the form.
            payload["expires_at"] = _parse_date(request.expires, "expiry date").isoformat()
        evidence = _evidence(request.evidence_text, request.evidence_url)
        if evidence:
            payload["evidence"] = evidence
        if request.recipient.external_id.strip():
            payload["issuer_earner_id"] = request.recipient.external_id.strip()
        extra = request.extra or {}
        if str(extra.get("locale") or "").strip():
            payload["locale"] = str(extra["locale"]).strip()
        if "suppress_badge_notification_email" in extra:
            payload["suppress_badge_notification_email"] = _flag(extra["suppress_badge_notification_email"])
        if request.replace_existing:
            payload["duplicate_behavior"] = "replace"
        return payload


def _evidence(text: str, url: str) -> list[dict[str, str]]:
    """Docs silent on text and URL evidence fields (only IdEvidence is seen in public code): a URL goes as
    ``UrlEvidence`` (name, value); text alone as ``IdEvidence`` (title, description), the text
    with a URL as that URL item's description."""
    text, url = (text or "").strip(), (url or "").strip()
    if url:
        item = {"type": "UrlEvidence", "name": EVIDENCE_TITLE, "value": url}
        return [item | {"description": text}] if text else [item]
    if text:
        return [{"type": "IdEvidence", "title": EVIDENCE_TITLE, "description": text}]
    return []


def _own_token(items: Iterable[dict[str, Any]], token: str) -> dict[str, Any] | None:
    """The calling token's entry. Docs silent on how the list marks it: an exact ``token`` value, a
    ``current``/``is_current`` flag, or the one masked value ("abcd…wxyz", "****wxyz") it fits."""
    masked = []
    for item in items:
        value = item.get("token")
        if value == token or item.get("current") is True or item.get("is_current") is True:
            return item
        if isinstance(value, str) and _fits_mask(value, token):
            masked.append(item)
    return masked[0] if len(masked) == 1 else None


def _fits_mask(value: str, token: str) -> bool:
    parts = re.split(r"(?:[*…]|\.{3,})+", value)
    if len(parts) < 2:
        return False
    head, tail = parts[0], parts[-1]
    return len(head) + len(tail) >= 4 and token.startswith(head) and token.endswith(tail)


def _local_date(value: Any) -> str:
    """The local calendar date of an ISO or Credly-style time; "" if unreadable."""
    text = str(value).strip()
    for parse in (
        lambda t: dt.datetime.fromisoformat(t.replace("Z", "+00:00")),
        lambda t: dt.datetime.strptime(t, CREDLY_TIME),
    ):
        try:
            moment = parse(text)
        except ValueError:
            continue
        return (moment.astimezone() if moment.tzinfo else moment).date().isoformat()
    return ""


def _badge(item: Any) -> Badge:
    if not isinstance(item, dict) or item.get("id") is None:
        raise _shape("badge template")
    image = item.get("image")
    image_url = item.get("image_url") or (image.get("url") if isinstance(image, dict) else "")
    return Badge(
        id=str(item["id"]),
        name=str(item.get("name") or ""),
        status=str(item.get("state") or ""),
        image_url=str(image_url or ""),
        url=str(item.get("url") or item.get("vanity_url") or ""),
        description=str(item.get("description") or ""),
        raw=item,
    )


def _award(item: Any) -> Award | None:
    """An issued badge. Docs silent on ids' type (taken as int or str) and on a flat ``badge_template_id``."""
    if not isinstance(item, dict) or item.get("id") in (None, ""):
        return None
    template = item.get("badge_template")
    template_id = template.get("id") if isinstance(template, dict) else item.get("badge_template_id")
    return Award(
        id=str(item["id"]),
        badge_id=str(template_id) if template_id not in (None, "") else "",
        recipient_key=CredlyClient.recipient_key(str(item.get("recipient_email") or "")),
        status=str(item.get("state") or ""),
        url=str(item.get("badge_url") or item.get("url") or ""),
        replaces_id=str(item.get("replaces_badge_id") or ""),
        raw=item,
    )


def _replaced(award: Award) -> bool:
    return bool(award.raw.get("replacement_badge_id"))


def _live(award: Award) -> bool:
    return award.status.lower() not in DEAD_STATES and not _replaced(award)


# -- answer classification ----------------------------------------------------------------------


def _texts(value: Any) -> list[str]:
    """Error text from a string, a ``{field, message}`` object or a list of either, one line each."""
    if isinstance(value, str) and value.strip():
        return [" ".join(value.split())]
    if isinstance(value, dict):
        field, texts = value.get("field"), _texts(value.get("message"))
        return [f"{field} {t}" if isinstance(field, str) and field not in t else t for t in texts]
    if isinstance(value, list):
        return [t for item in value for t in _texts(item)]
    return []


def _messages(response: httpx.Response) -> list[list[str]]:
    """Credly's error text where it may be: data.message (the documented place), message, error, then
    the per-field errors[] lists; one list per place, in that order."""
    try:
        body = json_of(response)
    except ValueError:
        return []
    if not isinstance(body, dict):
        return []
    data = body.get("data") if isinstance(body.get("data"), dict) else {}
    places = (
        data.get("message"),
        body.get("message"),
        body.get("error"),
        data.get("errors"),
        body.get("errors"),
    )
    return [found for found in map(_texts, places) if found]


def _detail(response: httpx.Response, limit: int = 200) -> str:
    """The first place's text (data.message before the field list that repeats it), else an excerpt."""
    places = _messages(response)
    if places:
        return "; ".join(dict.fromkeys(places[0]))[:limit]
    return excerpt(response, limit) if response.content else ""


def _is_award_path(response: httpx.Response) -> bool:
    try:
        return re.search(r"/badges/[^/]+$", response.request.url.path) is not None
    except RuntimeError:  # a response built without its request
        return False


_AUTH_MESSAGE = (
    "Credly refused the authorization token; it may have expired (Credly tokens expire 180 days after "
    f"they are made) or been revoked. Make a new one in {TOKEN_PAGE} and reconnect; a run it "
    "stopped is kept and can be resumed."
)
_FORBIDDEN_MESSAGE = (
    "Credly refused this token permission: it may lack write permission, or belong to another "
    f"organisation than the Organization ID given. Check both in {TOKEN_PAGE}"
)
# 422 messages about the template itself concern every learner: (words, code, advice)
_TEMPLATE_PROBLEMS = (
    (("archived",), "template_archived", "archived templates cannot issue; restore it or choose another"),
    (("draft", "not active", "inactive"), "template_not_active", "publish it so it is active"),
    (("not found", "does not exist", "invalid", "blank"), "badge_not_found", "check the template ID"),
)


def classify_status(response: httpx.Response) -> Answer:
    """Map a non-2xx answer to an outcome (used for issue and for every other call)."""
    status = response.status_code
    detail = _detail(response)
    said = f" (Credly: {detail})" if detail else ""

    def answer(kind: str, code: str, message: str, scope: str = base.SCOPE_ROW) -> Answer:
        wait = retry_after(response) if status in (429, 503) else None
        return Answer(kind, code, message, status, detail, retry_after=wait, scope=scope)

    if status == 401:
        return answer(base.AUTH, "token_rejected", _AUTH_MESSAGE, base.SCOPE_RUN)
    if status == 429:
        return answer(base.RATE_LIMITED, "rate_limited", "Credly asked us to slow down (429).")
    if status == 503:
        message = "Credly is temporarily unavailable (503); nothing was done."
        return answer(base.UNAVAILABLE, "service_unavailable", message)
    if status >= 500:
        return answer(base.AMBIGUOUS, "server_error", f"Credly answered {status} (a server error){said}.")
    if status == 403:
        return answer(base.REJECTED, "token_forbidden", f"{_FORBIDDEN_MESSAGE}{said}.", base.SCOPE_BADGE)
    if status == 404:
        award = _is_award_path(response)
        code = "award_not_found" if award else "badge_not_found"
        what = "that award" if award else "the badge template or the organisation"
        message = f"Credly could not find {what}; check the Organization ID and the ID{said}."
        return answer(base.REJECTED, code, message, base.SCOPE_BADGE)
    if status == 413:
        message = "The request was too large for Credly or a proxy on the way; shorten the evidence text."
        return answer(base.REJECTED, "payload_too_large", message)
    if status != 422:
        return answer(
            base.FAILED, "unexpected_status", f"Credly answered {status}: {detail or 'no details'}."
        )
    text = " ".join(t for place in _messages(response) for t in place).lower()
    if "already has this badge" in text:
        message = "Credly says this learner already has this badge; nothing new was issued."
        return answer(base.ALREADY_HELD, "already_held", message)
    for words, code, advice in _TEMPLATE_PROBLEMS if "template" in text else ():
        if any(w in text for w in words):
            message = f"Credly cannot issue this badge template: {detail}; {advice}."
            return answer(base.REJECTED, code, message, base.SCOPE_BADGE)
    message = (
        f"Credly refused this learner's details: {detail or 'no details'}. Correct the row and retry it."
    )
    return answer(base.REJECTED, "request_invalid", message)


def _award_of(response: httpx.Response) -> Award | None:
    try:
        return _award(_data(json_of(response)))
    except ValueError:
        return None


def classify_issue(response: httpx.Response, recipient_key: str, badge_id: str = "") -> Answer:
    status = response.status_code
    award = _award_of(response) if status in (200, 201) else None
    unnamed = award is not None and (not award.recipient_key or "*" in award.recipient_key)
    if award and award.badge_id in ("", str(badge_id)) and (unnamed or award.recipient_key == recipient_key):
        award = dataclasses.replace(award, badge_id=str(badge_id), recipient_key=recipient_key)
        if award.replaces_id:
            return Answer(
                base.ISSUED,
                "issued_replacing",
                f"Issued on Credly, replacing badge {award.replaces_id} (Update existing badges).",
                status,
                award=award,
            )
        return Answer(base.ISSUED, "issued", "Issued on Credly.", status, award=award)
    unclear = unclear_issue(
        response,
        "Credly",
        "an issued badge for this learner",
        "the badge may have been recorded",
        _detail(response),
    )
    return unclear or classify_status(response)
