"""The demo data of the Badge Award Service simulator (NOT a real service) and how it is rendered.

Tokens with roles, peer mentors ``PM-0001`` … ``PM-0040``, twelve badge definitions and a few
earned badges made before the simulator started (so a library read from earned badges has
something in it). Objects are shaped by the JSON fixtures in ``fixtures/award_service``; each
names its source in ``"_source"`` (the seed contract, or issue 8's decision where it is silent).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from badgedesk.platforms.simcore import Fixtures

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "award_service"
FIXTURES = Fixtures(FIXTURE_DIR, "Badge Award Service", ("_source", "status", "headers", "body"))

ADMIN, COORDINATOR, PEER_MENTOR, SYSTEM = "admin", "coordinator", "peer_mentor", "system"
ROLES = (ADMIN, COORDINATOR, PEER_MENTOR, SYSTEM)
AWARDING_ROLES = (ADMIN, SYSTEM)  # the contract's roles for POST and DELETE

DEMO_TOKEN = "sim-award-admin-token"
COORDINATOR_TOKEN = "sim-award-coordinator-token"
PEER_MENTOR_TOKEN = "sim-award-peer-mentor-token"
SYSTEM_TOKEN = "sim-award-system-token"
TOKENS = {
    DEMO_TOKEN: ADMIN,
    COORDINATOR_TOKEN: COORDINATOR,
    PEER_MENTOR_TOKEN: PEER_MENTOR,
    SYSTEM_TOKEN: SYSTEM,
}
DEMO_AWARDED_BY = "admin-demo-001"
ORGANISATION_ID = "org-demo"

PEER_MENTOR_COUNT = 40
PEER_MENTORS = tuple(f"PM-{n:04d}" for n in range(1, PEER_MENTOR_COUNT + 1))
UNKNOWN_PEER_MENTOR = "PM-9999"


@dataclasses.dataclass(frozen=True)
class Definition:
    id: str
    name: str
    description: str


_NAMES = (
    ("First Session", "Ran a first peer mentoring session"),
    ("Streak Champion", "Maintained an active mentoring streak for 30 consecutive days"),
    ("Community Builder", "Recognised for contribution to the peer mentor community"),
    ("Active Listener", "Completed the active listening module"),
    ("Safeguarding Basics", "Completed the safeguarding introduction"),
    ("Group Facilitator", "Facilitated a peer support group"),
    ("Mentor of the Month", "Chosen by the coordinators as mentor of the month"),
    ("Digital Helper", "Helped peers with digital tools"),
    ("Retreat Contributor", "Contributed to the annual retreat"),
    ("Wellbeing Ally", "Completed the wellbeing ally training"),
    ("Ten Sessions", "Ran ten peer mentoring sessions"),
    ("Sandbox rehearsal badge (not for mentors)", "For rehearsals only"),
)
DEFINITIONS = {
    f"bdg-def-{n:03d}": Definition(f"bdg-def-{n:03d}", name, text) for n, (name, text) in enumerate(_NAMES, 1)
}
DEFINITION_ID = "bdg-def-001"
OTHER_DEFINITION_ID = "bdg-def-002"
UNKNOWN_DEFINITION_ID = "bdg-def-999"
# Earned before the simulator started: (definition, peer mentor, awarded_at)
SEEDED_AWARDS = (
    ("bdg-def-001", "PM-0031", "2026-01-22T14:35:00Z"),
    ("bdg-def-002", "PM-0031", "2026-02-21T00:01:00Z"),
    ("bdg-def-001", "PM-0032", "2026-02-03T10:00:00Z"),
    ("bdg-def-004", "PM-0033", "2026-02-10T09:15:00Z"),
)
SEEDED_DEFINITION_IDS = tuple(dict.fromkeys(d for d, _, _ in SEEDED_AWARDS))


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Renderer:
    """Turns definitions and records into API objects, with icon URLs on the simulator's origin."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def icon(self, definition_id: str) -> str:
        return f"{self.origin}/_sim/images/{definition_id}.png"

    def definition(self, d: Definition) -> dict[str, Any]:
        template = FIXTURES.template("badge_definitions_200", "data", 0)
        return FIXTURES.fill(
            template, id=d.id, badge_name=d.name, badge_description=d.description, icon_url=self.icon(d.id)
        )

    def record(
        self, ident: str, d: Definition, peer_mentor_id: str, awarded_by: str, note: Any, at: str
    ) -> dict[str, Any]:
        """A stored earned badge: the GET example's keys (the ledger keeps this form)."""
        return FIXTURES.fill(
            FIXTURES.template("earned_badge_200"),
            id=ident,
            badge_definition_id=d.id,
            peer_mentor_id=peer_mentor_id,
            organisation_id=ORGANISATION_ID,
            badge_name=d.name,
            badge_description=d.description,
            icon_url=self.icon(d.id),
            awarded_at=at,
            awarded_by=awarded_by,
            note=note,
            revoked_at=None,
            revoke_reason=None,
        )

    @staticmethod
    def list_item(record: dict[str, Any]) -> dict[str, Any]:
        template = FIXTURES.template("earned_badges_page_200", "data", 0)
        return {key: record.get(key) for key in template}

    @staticmethod
    def check(definition_id: str, peer_mentor_id: str, record: dict[str, Any] | None) -> dict[str, Any]:
        return FIXTURES.fill(
            FIXTURES.template("check_200"),
            badge_definition_id=definition_id,
            peer_mentor_id=peer_mentor_id,
            has_earned=record is not None,
            earned_badge_id=record["id"] if record else None,
            awarded_at=record["awarded_at"] if record else None,
        )

    @staticmethod
    def revoked(record: dict[str, Any]) -> dict[str, Any]:
        return FIXTURES.fill(
            FIXTURES.template("revoke_200"),
            id=record["id"],
            revoked=True,
            revoked_at=record["revoked_at"],
            revoke_reason=record["revoke_reason"],
        )

    @staticmethod
    def page(items: list[Any], page: int, limit: int) -> dict[str, Any]:
        start = (page - 1) * limit
        return {
            "data": items[start : start + limit],
            "pagination": {"page": page, "limit": limit, "total": len(items)},
        }
