"""Certifier REST API client (certifier.io, API version 2022-10-26): endpoints, parsing, answers.

Everything HTTP (rate-limit slot, TLS, proxies, retries of 429/503, transport errors) is the
shared :class:`~badgedesk.platforms.transport.Transport`. ``issue`` never raises: it searches
first (Certifier has no duplicate rule), adopts a draft, or creates, issues and sends in one call,
and classifies the answer into an :class:`~badgedesk.platforms.base.Answer`.

Sources: /work/shared/seeds/002_* and /work/shared/reference/other-providers.md §2 (Certifier's
API reference, its Moodle plugin certifier-me/moodle-mod_certifier, Pipedream's component).
Where those are silent the choice made here is marked "Docs silent:".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from badgedesk.core.messages import InputError
from badgedesk.platforms import base
from badgedesk.platforms.base import Account, Answer, Award, Badge, IssueRequest, PlatformError, Provider
from badgedesk.platforms.registry import CERTIFIER
from badgedesk.platforms.transport import (
    MAX_PAGES,
    HttpPlatform,
    excerpt,
    json_of,
    retry_after,
    unclear_issue,
)

__all__ = [
    "API_VERSION",
    "CertifierClient",
    "badge_issuable",
    "classify_issue",
    "classify_status",
    "parse_badge_ref",
]

API_VERSION = "2022-10-26"  # the Moodle plugin hard-codes the same (api_client.php API_VERSION)
TOKEN_PAGE = "Certifier › Settings › Developers › Access Tokens"
PAGE_LIMIT = 100  # the documented maximum of ``limit``
HELD_STATES = frozenset({"issued", "scheduled", "sent"})  # Docs silent on "sent" as a status: held
DRAFT = "draft"
# Docs silent on other states: these do not count as held; any state not named here does (it is
# safer to report a credential as held than to make a second one).
DEAD_STATES = frozenset({"expired", "deleted", "revoked", "archived"})

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Certifier IDs are ULIDs in lower case ("01g90279gp5sbmfek7wymcsvec"). Docs silent on the app's
# addresses: a URL is searched for a ULID-looking segment, preferring one after groups/ or
# credential-templates/ (the newer name of groups).
_ULID = re.compile(r"^[0-9a-hjkmnp-tv-z]{26}$", re.IGNORECASE)
_GROUP_URL = re.compile(r"/(?:groups|credential-templates|templates)/([^/?#\s]+)", re.IGNORECASE)
_TOKEN = re.compile(r"^[^\s/?#]+$")


def parse_badge_ref(value: str) -> str:
    """A group ID from ``01g9…`` or a pasted Certifier address containing one."""
    text = (value or "").strip()
    if "://" in text or "certifier.io" in text.lower().split("/", 1)[0]:
        path = urlsplit(text if "://" in text else "https://" + text).path
        match = _GROUP_URL.search(path)
        if match and _ULID.match(match.group(1)):
            return match.group(1).lower()
        for segment in path.split("/"):
            if _ULID.match(segment):
                return segment.lower()
    elif _TOKEN.match(text):
        return text
    raise InputError(
        "badge_ref_invalid",
        f"'{value}' is not a Certifier group ID or an address containing one. Give the group's ID "
        "(e.g. 01g90279gp5sbmfek7wymcsvec) or paste the group's address from Certifier.",
        value=value,
    )


def badge_issuable(badge: Badge) -> tuple[bool, str, str]:
    """Every Certifier group can issue (groups have no published/archived state)."""
    return True, "", ""


def _q(value: Any) -> str:
    return quote(str(value), safe="")


def _date(text: str, what: str) -> str:
    text = (text or "").strip()
    try:
        if not _DATE.match(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"The {what} '{text}' is not a date written YYYY-MM-DD.") from None


def _data(body: Any) -> Any:
    """Docs show bare objects; a ``{"data": {...}}`` envelope is tolerated too."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" not in body:
        return body["data"]
    return body


def _shape(what: str) -> PlatformError:
    return PlatformError(
        base.FAILED, "unexpected_shape", f"Certifier's {what} answer has an unexpected shape."
    )


def _next(body: dict[str, Any]) -> str | None:
    """``pagination.next``; Docs silent on its absence (taken as the last page), also ``nextCursor``."""
    pagination = body.get("pagination")
    found = pagination.get("next") if isinstance(pagination, dict) else body.get("nextCursor")
    return found if isinstance(found, str) and found else None


def _email(item: dict[str, Any]) -> str:
    recipient = item.get("recipient")
    email = recipient.get("email") if isinstance(recipient, dict) else item.get("recipientEmail")
    return str(email or "").strip()


def _group(item: dict[str, Any]) -> str:
    group = item.get("groupId")
    if group is None and isinstance(item.get("group"), dict):
        group = item["group"].get("id")  # Docs silent: a nested group object is tolerated
    return str(group) if group not in (None, "") else ""


def _award(item: Any) -> Award | None:
    if not isinstance(item, dict) or item.get("id") in (None, ""):
        return None
    return Award(
        id=str(item["id"]),
        badge_id=_group(item),
        recipient_key=base.EMAIL_IDENTITY.normalise(_email(item)),
        status=str(item.get("status") or ""),
        raw=item,
    )


def _state(award: Award) -> str:
    return award.status.strip().lower()


def _badge(item: Any) -> Badge:
    if not isinstance(item, dict) or item.get("id") in (None, ""):
        raise _shape("group")
    return Badge(
        id=str(item["id"]),
        name=str(item.get("name") or ""),
        url=str(item.get("learningEventUrl") or ""),
        description=str(item.get("description") or ""),
        raw=item,
    )


class CertifierClient(HttpPlatform):
    key = "certifier"
    name = "certifier"

    label = "Certifier"
    no_token = f"No Certifier access token. Add a connection, or set CERTIFIER_TOKEN ({TOKEN_PAGE})."

    def _check_fields(self) -> None:
        # Each recipient key -> the addresses as written that issue() searched for, so that a look-up
        # by the key alone (the engine's) also searches them.
        self._written: dict[str, set[str]] = {}

    def _resolve(self, environment: str, base_url: str | None) -> tuple[str, str]:
        """(base URL, environment key) as the registry resolves them, also while Certifier is not yet listed."""
        return dataclasses.replace(CERTIFIER, available=True).resolve_url(environment, base_url)

    def _transport_options(self, token: str) -> dict[str, Any]:
        return {
            "classify": classify_status,
            "headers": {"Authorization": f"Bearer {token}", "Certifier-Version": API_VERSION},
        }

    @staticmethod
    def recipient_key(value: str) -> str:
        return base.EMAIL_IDENTITY.normalise(value)

    def token_expiry(self) -> str:
        return ""  # Docs silent on token lifetime

    # -- account and library -----------------------------------------------------------------

    def workspace(self) -> dict[str, Any]:
        found = _data(self.http.get_json("/workspace"))
        if not isinstance(found, dict):
            raise _shape("workspace")
        return found

    def account(self) -> Account:
        ws = self.workspace()
        name = str(ws.get("name") or "").strip()
        return Account(name or "Certifier workspace", str(ws.get("id") or ""), raw=ws)

    def providers(self) -> list[Provider]:
        ws = self.workspace()
        ident = str(ws.get("id") or "workspace")
        return [Provider(ident, str(ws.get("name") or ident), str(ws.get("url") or ""))]

    def _cursor_pages(self, path: str) -> Iterator[dict[str, Any]]:
        """GET pages passing ``pagination.next`` back as ``cursor`` until it is null."""
        cursor: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"limit": PAGE_LIMIT}
            if cursor:
                params["cursor"] = cursor
            body = self.http.get_json(path, params)
            if not isinstance(body, dict) or not isinstance(body.get("data"), list):
                raise _shape(path)
            yield from (i for i in body["data"] if isinstance(i, dict))
            cursor = _next(body)
            if not cursor or cursor in seen or not body["data"]:
                return
            seen.add(cursor)
        raise PlatformError(
            base.FAILED, "too_many_pages", f"Certifier kept answering {path} with more pages."
        )

    def badges(self, provider_id: str | None, keyword: str | None = None) -> list[Badge]:
        """Every group of the workspace. Docs silent on searching groups: the keyword is matched here."""
        found = [_badge(item) for item in self._cursor_pages("/groups")]
        words = (keyword or "").casefold().split()
        return [b for b in found if all(w in b.name.casefold() for w in words)]

    def badge(self, badge_id: str) -> Badge:
        return _badge(_data(self.http.get_json(f"/groups/{_q(badge_id)}")))

    # -- credentials -----------------------------------------------------------------------

    def search(self, email: str) -> list[Award]:
        """Every credential whose recipient email is ``email`` as written or lower-cased (Certifier's
        match may be exact), every page. Docs silent on filtering groupId: done by the caller."""
        wanted = list(dict.fromkeys([email.strip(), email.strip().lower()]))

        def body_of(cursor: str | None) -> dict[str, Any]:
            body: dict[str, Any] = {
                "filter": {"AND": [{"recipient": {"email": {"in": wanted}}}]},
                "limit": PAGE_LIMIT,
            }
            if cursor:
                body["cursor"] = cursor
            return body

        key = self.recipient_key(email)
        found = []
        for item in self.http.linked_pages(
            "/credentials/search", None, _next, method="POST", body_of=body_of
        ):
            award = _award(item)
            if award is None:
                continue
            # A hit whose email is missing or redacted still counts: the search was by email.
            if award.recipient_key and "*" not in award.recipient_key and award.recipient_key != key:
                continue
            found.append(dataclasses.replace(award, recipient_key=key))
        return found

    def _hits(self, badge_id: str, email: str) -> list[Award]:
        self._written.setdefault(self.recipient_key(email), set()).add(email.strip())
        found: dict[str, Award] = {}
        for written in sorted(self._written[self.recipient_key(email)]):
            for award in self.search(written):
                if award.badge_id == str(badge_id):
                    found.setdefault(award.id, award)
        return list(found.values())

    def find_awards(self, badge_id: str, recipient_key: str) -> list[Award]:
        """Credentials of this group to this recipient that count as held: issued, scheduled, or a
        draft (which a re-send adopts rather than duplicates). Raises when Certifier cannot be asked."""
        return [a for a in self._hits(badge_id, recipient_key) if _state(a) not in DEAD_STATES]

    def award(self, award_id: str) -> Award:
        award = _award(_data(self.http.get_json(f"/credentials/{_q(award_id)}")))
        if award is None:
            raise _shape("credential")
        return award

    def revoke(self, award_id: str, reason: str = "") -> Award:
        raise PlatformError(
            base.REJECTED,
            "revoke_unsupported",
            "Certifier cannot revoke a credential, only delete it permanently (which cannot be undone).",
        )

    def delete(self, award_id: str) -> None:
        """Delete permanently (``DELETE /v1/credentials/{id}``); a 404 counts as already deleted."""
        self.http.call("DELETE", f"/credentials/{_q(award_id)}", ok=(404,))

    # -- issuing ---------------------------------------------------------------------------

    def payload(self, request: IssueRequest) -> dict[str, Any]:
        """The create(-issue-send) body. Raises ValueError for a bad date or a missing email."""
        # Docs silent on whether Certifier's search matches emails exactly: the address is sent
        # lower-cased, so a later look-up by the recipient key (lower-cased) always finds it.
        email = request.email.strip().lower()
        if not email:
            raise ValueError("the learner has no email address")
        name = request.recipient.full_name or request.email.strip()
        payload: dict[str, Any] = {
            "groupId": request.badge_id,
            "recipient": {"name": name, "email": email},
            "issueDate": _date(request.issue_date, "issue date")
            if request.issue_date
            else dt.date.today().isoformat(),
        }
        if request.expires:
            payload["expiryDate"] = _date(request.expires, "expiry date")  # else the group's default
        return payload

    def issue(self, request: IssueRequest) -> Answer:
        try:
            payload = self.payload(request)
        except ValueError as exc:
            return Answer(base.REJECTED, "request_invalid", f"Not sent to Certifier: {exc}")
        key = self.recipient_key(request.email)
        try:
            hits = self._hits(request.badge_id, request.email)
        except PlatformError as err:
            # Nothing was created: a search that failed unclearly is "unavailable", never ambiguous.
            kind = base.UNAVAILABLE if err.kind == base.AMBIGUOUS else err.kind
            message = (
                f"Could not check Certifier for an existing credential, so nothing was sent: {err.message}"
            )
            scope = _SCOPES.get(err.code, base.SCOPE_ROW)
            return Answer(kind, err.code, message, err.http_status, retry_after=err.retry_after, scope=scope)
        held = [a for a in hits if _state(a) not in DEAD_STATES and _state(a) != DRAFT]
        if held:
            message = f"Certifier already holds credential {held[0].id} ({held[0].status}) of this group for this learner."
            return Answer(base.ALREADY_HELD, "already_held", message, award=held[0])
        drafts = [a for a in hits if _state(a) == DRAFT]
        if drafts:
            return self._adopt(drafts[0], key, request.badge_id)
        response = self.http.exchange(
            "POST", "/credentials/create-issue-send", "the credential", json=payload
        )
        if isinstance(response, Answer):
            return response
        answer = classify_issue(response, key, request.badge_id)
        expired = [a for a in hits if _state(a) == "expired"]
        if expired and answer.kind == base.ISSUED:
            note = f" The learner's earlier credential {expired[0].id} has expired, so a new one was made."
            answer = dataclasses.replace(answer, code="issued_after_expired", message=answer.message + note)
        return answer

    def _adopt(self, draft: Award, key: str, badge_id: str) -> Answer:
        """Issue and send a draft found for this learner (a half-done earlier attempt)."""
        path = f"/credentials/{_q(draft.id)}"
        response = self.http.exchange("POST", f"{path}/issue", "issuing the draft")
        if isinstance(response, Answer):
            return response
        if not response.is_success:
            answer = classify_status(response)
            if answer.code != "conflict":  # 409: issued meanwhile; checked below
                return answer
        response = self.http.exchange(
            "POST", f"{path}/send", "sending the credential", json={"deliveryMethod": "email"}
        )
        if isinstance(response, Answer):
            return response
        answer = classify_issue(response, key, badge_id)
        if answer.kind == base.ISSUED:
            message = f"Issued on Certifier: the draft credential {draft.id} found for this learner was issued and sent."
            return dataclasses.replace(answer, code="issued_draft", message=message)
        return answer


# -- answer classification ----------------------------------------------------------------------


def _error(response: httpx.Response) -> tuple[str, str]:
    """(code, message) of ``{"error": {"code", "message"}}``; Docs silent elsewhere: a flat code/message."""
    try:
        body = json_of(response)
    except ValueError:
        return "", excerpt(response, 200) if response.content else ""
    if not isinstance(body, dict):
        return "", ""
    err = body.get("error") if isinstance(body.get("error"), dict) else body
    code = err.get("code") if isinstance(err.get("code"), str) else ""
    message = err.get("message") if isinstance(err.get("message"), str) else ""
    return code, " ".join(message.split())[:200]


def _about_credential(response: httpx.Response) -> bool:
    try:
        return (
            re.search(r"/credentials/(?!search$|create-issue-send$)[^/]+(/\w+)?$", response.request.url.path)
            is not None
        )
    except RuntimeError:
        return False


# What a refusal concerns, for errors that come back as PlatformError (which carries no scope).
_SCOPES = {
    "missing_version": base.SCOPE_RUN,
    "invalid_version": base.SCOPE_RUN,
    "token_rejected": base.SCOPE_RUN,
    "payment_required": base.SCOPE_RUN,
    "forbidden": base.SCOPE_BADGE,
    "badge_not_found": base.SCOPE_BADGE,
}
_VERSION_MESSAGE = (
    "This is a problem in BadgeDesk, not in your account or your data: Certifier refused the API "
    f"version BadgeDesk sends (Certifier-Version: {API_VERSION}). Update BadgeDesk, or report this."
)


def classify_status(response: httpx.Response) -> Answer:
    """Map a non-2xx answer to an outcome, by Certifier's error code first and the status second."""
    status = response.status_code
    code, detail = _error(response)
    said = f" (Certifier: {detail})" if detail else ""

    def answer(kind: str, ours: str, message: str, scope: str = base.SCOPE_ROW) -> Answer:
        wait = retry_after(response) if status in (429, 503) else None
        return Answer(kind, ours, message, status, detail, retry_after=wait, scope=scope)

    if code in ("missing_version", "invalid_version"):
        return answer(base.REJECTED, code, f"{_VERSION_MESSAGE}{said}", base.SCOPE_RUN)
    if code == "invalid_json":
        message = f"This is a problem in BadgeDesk: Certifier could not read the request it sent{said}."
        return answer(base.REJECTED, code, message)
    if status == 401 or code == "unauthorized":
        message = (
            "Certifier refused the access token: it may have been deleted or mistyped. Make a new one in "
            f"{TOKEN_PAGE} and reconnect; a run it stopped is kept and can be resumed."
        )
        return answer(base.AUTH, "token_rejected", message, base.SCOPE_RUN)
    if status == 402 or code == "payment_required":
        message = (
            "Certifier says this group uses a feature that needs a premium Certifier plan; the run stops "
            f"before the next send. Upgrade the workspace's plan or choose another group{said}."
        )
        return answer(base.REJECTED, "payment_required", message, base.SCOPE_RUN)
    if status == 429 or code == "rate_limited":
        return answer(base.RATE_LIMITED, "rate_limited", "Certifier asked us to slow down (429).")
    if status == 503 or code == "unavailable":
        return answer(
            base.UNAVAILABLE,
            "service_unavailable",
            "Certifier is temporarily unavailable (503); nothing was done.",
        )
    if status >= 500:
        return answer(
            base.AMBIGUOUS, "server_error", f"Certifier answered {status} (a problem on its end){said}."
        )
    if status == 403 or code == "forbidden":
        message = f"Certifier refused this token permission for this group or workspace; check the token's workspace{said}."
        return answer(base.REJECTED, "forbidden", message, base.SCOPE_BADGE)
    if status == 404 or code == "not_found":
        if _about_credential(response):
            return answer(base.REJECTED, "award_not_found", f"Certifier has no such credential{said}.")
        message = f"Certifier could not find this group in the workspace; check the group ID{said}."
        return answer(base.REJECTED, "badge_not_found", message, base.SCOPE_BADGE)
    if status == 409 or code == "conflict":
        message = f"Certifier reported a conflict: the credential changed state meanwhile{said}."
        return answer(base.REJECTED, "conflict", message)
    if status in (400, 422) or code == "validation_error":
        message = f"Certifier refused this learner's details: {detail or 'no details'}. Correct the row and retry it."
        return answer(base.REJECTED, "request_invalid", message)
    return answer(base.FAILED, "unexpected_status", f"Certifier answered {status}: {detail or 'no details'}.")


def classify_issue(response: httpx.Response, recipient_key: str, badge_id: str = "") -> Answer:
    """The answer to create-issue-send (or send): a credential of this group for this learner is issued."""
    status = response.status_code
    award = None
    if 200 <= status < 300:
        try:
            award = _award(_data(json_of(response)))
        except ValueError:
            award = None
    if award is not None and award.badge_id in ("", str(badge_id)):
        named = award.recipient_key
        if not named or "*" in named or named == recipient_key:
            award = dataclasses.replace(award, badge_id=str(badge_id), recipient_key=recipient_key)
            return Answer(base.ISSUED, "issued", "Issued and sent on Certifier.", status, award=award)
    unclear = unclear_issue(
        response,
        "Certifier",
        "a credential for this learner",
        "the credential may have been made",
        _error(response)[1],
    )
    return unclear or classify_status(response)
