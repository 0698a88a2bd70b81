"""Reading and checking the requests the Credly simulator serves (NOT the real Credly).

The POST …/badges body (required fields, times with a UTC offset, expiry, evidence, locale,
``duplicate_behavior``), ``filter=key::value|…``, ``sort=key|-key``, ``page``/``per``, and the
Credly-style error answers (``{"data": {"message", "errors"}, "metadata"}``) raised for bad ones.
Where Credly's docs are silent, the choices are written in the fixtures' ``"_source"``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Sequence
from typing import Any

from badgedesk.platforms.credly_sim_data import FIXTURES, LOCALES, stamp
from badgedesk.platforms.simcore import ApiError

MAX_PER_PAGE = 100
DUPLICATE_BEHAVIORS = ("replace", "allow", "deny")
EVIDENCE_TYPES = ("UrlEvidence", "IdEvidence", "TextEvidence")
LIVE_STATES = ("pending", "accepted")  # the badges that count as duplicates and can be revoked
CREDLY_TIME = "%Y-%m-%d %H:%M:%S %z"  # "2014-04-01 09:41:00 -0500"
TEMPLATE_FILTERS = ("state", "query", "name", "public", "skills", "reporting_tags")
TEMPLATE_SORTS = ("name", "created_at", "updated_at", "state")
BADGE_FILTERS = (
    "recipient_email_all",
    "recipient_email",
    "badge_template_id",
    "state",
    "issuer_earner_id",
    "query",
)
BADGE_SORTS = ("issued_at", "created_at", "updated_at", "recipient_email", "state")

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_canned = FIXTURES.canned


def fail(
    fixture: str, message: str | None = None, errors: Sequence[tuple[str, str]] | None = None
) -> ApiError:
    """An ApiError with the fixture's answer; ``message``/``errors`` replace the fixture's."""
    error = FIXTURES.refusal(fixture, message, "data")
    if errors is not None:
        error.reply.body["data"]["errors"] = [{"field": f, "message": m} for f, m in errors]
    return error


def invalid(fixture: str, problems: Sequence[tuple[str, str]]) -> ApiError:
    """A 422 naming each bad field: ``field problem; field problem``."""
    return fail(fixture, "; ".join(f"{field} {problem}" for field, problem in problems), problems)


# ---------------------------------------------------------------------------------------------
# Request parsing
# ---------------------------------------------------------------------------------------------


def parse_time(value: Any) -> dt.datetime | None:
    """A time with a UTC offset: Credly's ``2014-04-01 09:41:00 -0500``, ISO 8601 with an offset or Z,
    or a bare date (00:00 UTC). None for anything else, a time without an offset included."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.datetime.strptime(text, CREDLY_TIME)
    except ValueError:
        pass
    if _DATE_RE.match(text):
        try:
            return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc)
        except ValueError:
            return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def json_object(raw: bytes, *, required: bool = True) -> dict[str, Any]:
    if not raw.strip() and not required:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        raise fail("issue_400_json")
    return data


class Checker:
    """Collects ``(field, problem)`` pairs while reading a JSON body."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.problems: list[tuple[str, str]] = []

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.data.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "issuer_earner_id":
            value = str(value)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problems.append((name, "can't be blank"))
            return None
        if not isinstance(value, str):
            self.problems.append((name, "must be a string"))
            return None
        return value.strip()

    def flag(self, name: str) -> bool | None:
        value = self.data.get(name)
        if value is not None and not isinstance(value, bool):
            self.problems.append((name, "must be true or false"))
            return None
        return value

    def choice(self, name: str, allowed: Sequence[str]) -> str | None:
        value = self.text(name)
        if value is not None and value not in allowed:
            self.problems.append((name, f"must be one of {', '.join(allowed)}"))
            return None
        return value


def parse_issue(raw: bytes) -> dict[str, Any]:
    """The checked POST …/badges body; raises a 400 (not JSON) or 422 (bad fields) answer."""
    check = Checker(json_object(raw))
    clean: dict[str, Any] = {"recipient_email": check.text("recipient_email", required=True)}
    if clean["recipient_email"] and not _EMAIL_RE.match(clean["recipient_email"]):
        check.problems.append(("recipient_email", "is not a valid email address"))
    for name in ("issued_to_first_name", "issued_to_last_name", "badge_template_id"):
        clean[name] = check.text(name, required=True)
    clean["issued_to_middle_name"] = check.text("issued_to_middle_name")
    issued = _time_field(check, "issued_at", required=True)
    clean["issued_at"] = stamp(issued) if issued else None
    clean["issued_at_date"] = issued.date().isoformat() if issued else None
    clean["expires_at"] = _expiry_field(check, issued)
    clean["issuer_earner_id"] = check.text("issuer_earner_id")
    clean["locale"] = check.choice("locale", LOCALES)
    clean["suppress_badge_notification_email"] = check.flag("suppress_badge_notification_email")
    clean["duplicate_behavior"] = check.choice("duplicate_behavior", DUPLICATE_BEHAVIORS)
    clean["evidence"] = _evidence_field(check)
    if check.problems:
        raise invalid("issue_422_validation", check.problems)
    return clean


def _time_field(check: Checker, name: str, *, required: bool = False) -> dt.datetime | None:
    value = check.data.get(name)
    if value in (None, ""):
        if required:
            check.problems.append((name, "can't be blank"))
        return None
    moment = parse_time(value)
    if moment is None:
        check.problems.append((name, "is not a time with a UTC offset like 2014-04-01 09:41:00 -0500"))
    return moment


def _expiry_field(check: Checker, issued: dt.datetime | None) -> Any:
    """A Credly timestamp, False (never expires) or None (the template's default)."""
    if check.data.get("expires_at") is False:
        return False
    expires = _time_field(check, "expires_at")
    if expires is None:
        return None
    if issued is not None and expires <= issued:
        check.problems.append(("expires_at", "must be after issued_at"))
    return stamp(expires)


def _evidence_field(check: Checker) -> list[dict[str, Any]]:
    items = check.data.get("evidence")
    if items is None:
        return []
    good = isinstance(items, list) and all(
        isinstance(item, dict) and item.get("type") in EVIDENCE_TYPES for item in items
    )
    if not good:
        check.problems.append(
            ("evidence", f"must be a list of objects whose type is one of {', '.join(EVIDENCE_TYPES)}")
        )
        return []
    for item in items:
        value = item.get("value")
        if item["type"] == "UrlEvidence" and not (
            isinstance(value, str) and value.startswith(("http://", "https://"))
        ):
            check.problems.append(("evidence", "UrlEvidence needs a value that is an http(s) address"))
            return []
    return [{"id": str(uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(i, sort_keys=True))), **i} for i in items]


def parse_filters(query: dict[str, str], allowed: Sequence[str]) -> dict[str, str]:
    """``filter=key::value|key::value`` as a dict; an unknown key or a part without ``::`` is 422."""
    found: dict[str, str] = {}
    for part in query.get("filter", "").split("|"):
        if not part.strip():
            continue
        key, sep, value = part.partition("::")
        key = key.strip()
        if not sep:
            raise fail("filter_422", f"Filter '{part}' must look like key::value", [("filter", "missing ::")])
        if key not in allowed:
            message = f"Unknown filter key '{key}'; use one of: {', '.join(allowed)}"
            raise fail("filter_422", message, [("filter", f"unknown key {key}")])
        found[key] = value.strip()
    return found


def csv_set(value: str) -> set[str]:
    return {part.strip().casefold() for part in value.split(",") if part.strip()}


def parse_states(value: str, allowed: Sequence[str]) -> set[str]:
    states = csv_set(value)
    unknown = sorted(states - set(allowed))
    if unknown:
        message = f"Unknown state '{unknown[0]}'; use one of: {', '.join(allowed)}"
        raise fail("filter_422", message, [("filter", f"unknown state {unknown[0]}")])
    return states


def sort_items(
    items: list[dict[str, Any]], query: dict[str, str], allowed: Sequence[str]
) -> list[dict[str, Any]]:
    """``sort=key1|-key2``: stable, the first key first; an unknown key is 422."""
    keys = [k.strip() for k in query.get("sort", "").split("|") if k.strip()]
    for key in reversed(keys):
        name = key.removeprefix("-")
        if name not in allowed:
            message = f"Unknown sort key '{name}'; use one of: {', '.join(allowed)}"
            raise fail("filter_422", message, [("sort", f"unknown key {name}")])
        items = sorted(
            items, key=lambda item: str(item.get(name) or "").casefold(), reverse=key.startswith("-")
        )
    return items


def parse_paging(query: dict[str, str]) -> tuple[int, int]:
    values = []
    for name, default in (("page", 1), ("per", 50)):
        raw = query.get(name, str(default)).strip()
        if not raw.isdigit() or int(raw) < 1:
            raise fail("filter_422", f"{name} must be a positive whole number", [(name, "must be positive")])
        values.append(int(raw))
    return values[0], min(values[1], MAX_PER_PAGE)


def template_matches(item: dict[str, Any], wanted: dict[str, str]) -> bool:
    text = lambda key: wanted.get(key, "").casefold()  # noqa: E731
    return (
        text("query") in f"{item['name']}\n{item['description']}".casefold()
        and text("name") in item["name"].casefold()
        and ("public" not in wanted or item["public"] == (wanted["public"] == "true"))
        and (not text("skills") or any(text("skills") in s.casefold() for s in item["skills"]))
        and (
            "reporting_tags" not in wanted
            or bool(csv_set(wanted["reporting_tags"]) & csv_set(",".join(item["reporting_tags"])))
        )
    )


def badge_matches(badge: dict[str, Any], wanted: dict[str, str]) -> bool:
    email = badge["recipient_email"].casefold()
    return (
        all(wanted[k].casefold() == email for k in ("recipient_email_all", "recipient_email") if k in wanted)
        and (
            "badge_template_id" not in wanted
            or badge["badge_template"]["id"] in wanted["badge_template_id"].split(",")
        )
        and ("issuer_earner_id" not in wanted or badge["issuer_earner_id"] == wanted["issuer_earner_id"])
        and wanted.get("query", "").casefold() in f"{email}\n{badge['issued_to']}".casefold()
    )
