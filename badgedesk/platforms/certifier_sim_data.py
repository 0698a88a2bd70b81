"""The demo data of the Certifier simulator (NOT real Certifier data) and how it is rendered.

One workspace, its access tokens and 45 groups with fixed IDs (module constants), and the
functions that turn them and credentials into Certifier API objects shaped by the JSON fixtures
in ``fixtures/certifier``. Every fixture names the public source of its shape in ``"_source"``
(or says where BadgeDesk chose, the docs being silent).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from badgedesk.platforms.simcore import Fixtures

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "certifier"
FIXTURES = Fixtures(FIXTURE_DIR, "Certifier", ("_source", "status", "headers", "body"))

API_VERSION = "2022-10-26"
_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"


def ulid_from(number: int) -> str:
    """A 26-character lower-case ULID-looking ID from a 128-bit number."""
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    return "01" + "".join(reversed(chars))[2:]


def sim_id(kind: str, number: int | str) -> str:
    """A fixed ID for demo object ``kind`` number ``number`` (the same on every run)."""
    digest = hashlib.sha256(f"certifier-sim/{kind}/{number}".encode()).digest()
    return ulid_from(int.from_bytes(digest[:16], "big"))


DEMO_TOKEN = "sim-certifier-token"
READONLY_TOKEN = "sim-certifier-readonly-token"  # may read, not create/issue/send/delete: 403 forbidden
WORKSPACE_ID = sim_id("workspace", 1)
WORKSPACE_NAME = "Northwind Training (simulated)"
TOKENS = {DEMO_TOKEN: ("read", "write"), READONLY_TOKEN: ("read",)}

GROUP_COUNT = 45  # three pages at the default limit of 20
GROUP_ID = sim_id("group", 0)  # "First Aid at Work"
SANDBOX_GROUP_ID = sim_id("group", 1)  # "Sandbox rehearsal group (not for learners)"
EXPIRING_GROUP_ID = sim_id("group", 2)  # credentials expire a year after issue by default
PREMIUM_GROUP_ID = sim_id("group", 3)  # uses a premium feature: creating in it answers 402
UNKNOWN_GROUP_ID = sim_id("group", 999)

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
CREDENTIAL_STATES = ("draft", "scheduled", "issued", "expired")

_TOPICS = (
    "Manual Handling", "Fire Safety Awareness", "Food Hygiene", "Safeguarding Adults",
    "Mental Health First Aid", "Infection Prevention", "Working at Height", "COSHH Awareness",
    "GDPR Essentials", "Customer Service", "Conflict Resolution", "Risk Assessment",
    "Leadership Foundations", "Coaching Skills", "Digital Skills",
)  # fmt: skip
_LEVELS = ("Foundation", "Practitioner", "Advanced")


@dataclasses.dataclass(frozen=True)
class Group:
    id: str
    name: str
    number: int
    premium: bool = False
    expiry_days: int | None = None  # the group's default expiry after the issue date


def catalogue() -> dict[str, Group]:
    special = [
        Group(GROUP_ID, "First Aid at Work", 0),
        Group(SANDBOX_GROUP_ID, "Sandbox rehearsal group (not for learners)", 1),
        Group(EXPIRING_GROUP_ID, "Fire Warden (annual renewal)", 2, expiry_days=365),
        Group(PREMIUM_GROUP_ID, "Accredited Assessor (premium design)", 3, premium=True),
    ]
    regular = [
        Group(
            sim_id("group", n),
            f"{_TOPICS[(n - 4) % len(_TOPICS)]} — {_LEVELS[(n - 4) // len(_TOPICS) % len(_LEVELS)]}",
            n,
        )
        for n in range(len(special), GROUP_COUNT)
    ]
    return {g.id: g for g in special + regular}


def stamp(moment: dt.datetime) -> str:
    """``2022-01-01T00:00:00.000Z`` (UTC, milliseconds), as the docs' examples."""
    utc = moment.astimezone(dt.timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _fixed(days: float) -> str:
    return stamp(dt.datetime(2023, 1, 9, 9, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=days))


_template = FIXTURES.template
_fill = FIXTURES.fill


def workspace() -> dict[str, Any]:
    return _fill(_template("workspace_200"), id=WORKSPACE_ID, name=WORKSPACE_NAME)


def group(g: Group, origin: str) -> dict[str, Any]:
    return _fill(
        _template("group_200"),
        id=g.id,
        name=g.name,
        learningEventUrl=f"{origin}/_sim/page/group/{g.id}",
        certificateDesignId=sim_id("certificate-design", g.number),
        badgeDesignId=sim_id("badge-design", g.number),
        createdAt=_fixed(g.number),
        updatedAt=_fixed(g.number + 30.5),
    )


def credential(ident: str, clean: dict[str, Any], status: str, created: dt.datetime) -> dict[str, Any]:
    name, email = clean["name"], clean["email"]
    return _fill(
        _template("credential_200"),
        id=ident,
        publicId=clean["public_id"],
        groupId=clean["groupId"],
        status=status,
        recipient={"id": clean["recipient_id"], "name": name, "email": email},
        issueDate=clean["issueDate"],
        expiryDate=clean["expiryDate"],
        attributes={"recipient.name": name},
        customAttributes=clean["customAttributes"],
        createdAt=stamp(created),
        updatedAt=stamp(created),
    )
