"""Reading and checking the requests the Certifier simulator serves (NOT the real Certifier).

The create body (groupId, recipient, issueDate, expiryDate, customAttributes), the search
grammar (``AND``/``OR``/``NOT``, conditions nested by property, string operators ``equals``,
``contains``, ``startsWith``, ``endsWith``, ``in``), cursors, and the ``{"error": {...}}``
answers raised for bad ones. Where Certifier's docs are silent, the choices are written in the
fixtures' ``"_source"``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from badgedesk.platforms.certifier_sim_data import DEFAULT_LIMIT, FIXTURES, MAX_LIMIT
from badgedesk.platforms.simcore import ApiError

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Docs silent on which properties are searchable; groupId is refused on purpose (not documented).
SEARCHABLE = (
    "id",
    "publicId",
    "status",
    "recipient.name",
    "recipient.email",
    "issueDate",
    "expiryDate",
    "createdAt",
    "updatedAt",
)
OPERATORS = ("equals", "contains", "startsWith", "endsWith", "in")
SORTABLE = ("createdAt", "updatedAt", "issueDate", "expiryDate")


fail = FIXTURES.refusal  # fail(fixture, message=None): raise it


def invalid(message: str) -> ApiError:
    return fail("validation_error_400", message)


def json_object(raw: bytes, *, required: bool = True) -> dict[str, Any]:
    if not raw.strip() and not required:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise fail("invalid_json_400") from None
    if not isinstance(data, dict):
        raise invalid("The request body must be a JSON object")
    return data


def _date(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise invalid(f"{name} must be a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise invalid(f"{name} must be a date written YYYY-MM-DD") from None


def parse_create(raw: bytes) -> dict[str, Any]:
    """The checked create(-issue-send) body: groupId, name, email, issueDate, expiryDate (or None)."""
    data = json_object(raw)
    group = data.get("groupId")
    if not isinstance(group, str) or not group.strip():
        raise invalid("groupId is required")
    recipient = data.get("recipient")
    if not isinstance(recipient, dict):
        raise invalid("recipient is required")
    name, email = recipient.get("name"), recipient.get("email")
    if not isinstance(name, str) or not name.strip():
        raise invalid("recipient.name is required")
    if email is not None and (not isinstance(email, str) or not _EMAIL_RE.match(email.strip())):
        raise invalid("recipient.email must be a valid email address")
    issue = _date(data.get("issueDate"), "issueDate") or dt.date.today().isoformat()
    expiry = _date(data.get("expiryDate"), "expiryDate")
    if expiry is not None and expiry < issue:
        raise invalid("expiryDate must not be before issueDate")
    custom = data.get("customAttributes") or {}
    if not isinstance(custom, dict) or not all(str(k).startswith("custom.") for k in custom):
        raise invalid("customAttributes keys must look like custom.<tag>")
    return {
        "groupId": group.strip(),
        "name": name.strip(),
        "email": email.strip() if isinstance(email, str) else None,
        "issueDate": issue,
        "expiryDate": expiry,
        "customAttributes": custom,
    }


def parse_limit(value: Any) -> int:
    if value in (None, ""):
        return DEFAULT_LIMIT
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise invalid("limit must be a whole number from 1 to 100") from None
    if isinstance(value, bool) or not 1 <= limit <= MAX_LIMIT:
        raise invalid("limit must be a whole number from 1 to 100")
    return limit


def page(items: list[dict[str, Any]], cursor: Any, limit: int) -> dict[str, Any]:
    """``{"data", "pagination": {"prev", "next"}}``; a cursor is the ID of its page's first item."""
    start = 0
    if cursor not in (None, ""):
        ids = [item["id"] for item in items]
        if not isinstance(cursor, str) or cursor not in ids:
            raise invalid("cursor is not valid")
        start = ids.index(cursor)
    chunk = items[start : start + limit]
    following = items[start + limit]["id"] if start + limit < len(items) else None
    previous = items[max(0, start - limit)]["id"] if start > 0 else None
    return {"data": chunk, "pagination": {"prev": previous, "next": following}}


# -- the search grammar ---------------------------------------------------------------------------


def _value(item: dict[str, Any], path: str) -> Any:
    node: Any = item
    for step in path.split("."):
        node = node.get(step) if isinstance(node, dict) else None
    return node


def _compare(actual: Any, operator: str, expected: Any, path: str) -> bool:
    if operator == "in":
        if not isinstance(expected, list) or not all(isinstance(e, str) for e in expected):
            raise invalid(f"{path}: 'in' takes a list of strings")
        return actual in expected
    if not isinstance(expected, str):
        raise invalid(f"{path}: '{operator}' takes a string")
    if not isinstance(actual, str):
        return False
    if operator == "equals":
        return actual == expected
    if operator == "contains":
        return expected in actual
    if operator == "startsWith":
        return actual.startswith(expected)
    return actual.endswith(expected)


def _condition(item: dict[str, Any], node: dict[str, Any], prefix: str) -> bool:
    """A condition nested by property: ``{"recipient": {"email": {"in": [...]}}}``."""
    results = []
    for key, value in node.items():
        if key in OPERATORS:
            path = prefix
            if path not in SEARCHABLE:
                raise invalid(f"'{path or key}' is not a searchable property")
            results.append(_compare(_value(item, path), key, value, path))
            continue
        path = f"{prefix}.{key}" if prefix else key
        if not isinstance(value, dict) or not value:
            raise invalid(f"'{path}' needs an operator ({', '.join(OPERATORS)})")
        if not any(p == path or p.startswith(path + ".") for p in SEARCHABLE):
            raise invalid(f"'{path}' is not a searchable property")
        results.append(_condition(item, value, path))
    return all(results)


def matches(item: dict[str, Any], node: Any) -> bool:
    """Whether ``item`` passes the filter ``node`` (AND/OR lists, NOT, or a condition)."""
    if not isinstance(node, dict) or not node:
        raise invalid("filter must be an object")
    results = []
    for key, value in node.items():
        if key in ("AND", "OR"):
            if not isinstance(value, list) or not value:
                raise invalid(f"{key} takes a non-empty list of conditions")
            found = [matches(item, part) for part in value]
            results.append(all(found) if key == "AND" else any(found))
        elif key == "NOT":
            results.append(not matches(item, value))
        else:
            results.append(_condition(item, {key: value}, ""))
    return all(results)


def parse_search(raw: bytes) -> dict[str, Any]:
    data = json_object(raw, required=False)
    sort = data.get("sort")
    if sort is not None:
        good = isinstance(sort, dict) and sort.get("property") in SORTABLE
        if not good or sort.get("order", "asc") not in ("asc", "desc"):
            raise invalid(f"sort needs a property ({', '.join(SORTABLE)}) and an order (asc or desc)")
    return {
        "filter": data.get("filter"),
        "sort": sort,
        "cursor": data.get("cursor"),
        "limit": parse_limit(data.get("limit")),
    }
