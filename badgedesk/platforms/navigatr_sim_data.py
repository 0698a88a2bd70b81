"""The demo data of the Navigatr simulator (NOT real Navigatr data) and how it is rendered.

Providers, users (one per token) and about 160 badges, with fixed IDs the tests and the demo
rely on; :class:`_Renderer` turns them into API objects shaped by the JSON fixtures in
``fixtures/navigatr`` (see :mod:`badgedesk.platforms.navigatr_fixtures`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

from badgedesk.platforms.navigatr_fixtures import FIXTURES

_template = FIXTURES.template
_fill = FIXTURES.fill

DEMO_TOKEN = "sim-demo-token"
OTHER_TOKEN = "sim-learner-token"

DEMO_USER_ID = 1001
OTHER_USER_ID = 1002
NORTHWIND_PROVIDER_ID = 1
CONTOSO_PROVIDER_ID = 2
DEACTIVATED_PROVIDER_ID = 3
FOREIGN_PROVIDER_ID = 99

FIRST_AID_BADGE_ID = 2001
SANDBOX_BADGE_ID = 9000
MIN_SCORE_BADGE_ID = 9001
MIN_SCORE = 70
BADGE_400_ID = 9400  # source "Credly"
BADGE_400_OU_ID = 9401  # source "Open University"
BADGE_404_ID = 9404  # listed, but deleted
BADGE_422_ID = 9422  # unpublished
BADGE_403_ID = 7001  # provider 99, which the demo user does not administer
DEACTIVATED_PROVIDER_BADGE_ID = 4001
NORTHWIND_BADGE_COUNT = 140  # everything GET /badge/?provider_id=1 lists

FIRST_ASSERTION_ID = 50001


# ---------------------------------------------------------------------------------------------
# Demo data
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Provider:
    id: int
    name: str
    active: bool = True


@dataclasses.dataclass(frozen=True)
class _User:
    id: int
    firstname: str
    lastname: str
    email: str
    role: str
    provider_ids: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class _Badge:
    id: int
    name: str
    provider_ids: tuple[int, ...]
    type: str = "Training"
    status: str = "Published"
    source: str = "Internal"
    min_score: int | None = None
    deleted: bool = False
    featured: bool = False
    qa_required: bool = False


_PROVIDERS = (
    _Provider(NORTHWIND_PROVIDER_ID, "Northwind Training"),
    _Provider(CONTOSO_PROVIDER_ID, "Contoso Academy"),
    _Provider(DEACTIVATED_PROVIDER_ID, "Fabrikam Skills", active=False),
    _Provider(FOREIGN_PROVIDER_ID, "Globex Institute"),
)
_USERS = {
    DEMO_TOKEN: _User(
        DEMO_USER_ID, "Demo", "Trainer", "demo.trainer@example.org", "Provider Admin", (1, 2, 3)
    ),
    OTHER_TOKEN: _User(OTHER_USER_ID, "Lee", "Learner", "lee.learner@example.org", "Learner", ()),
}
_TOPICS = (
    "First Aid at Work", "Manual Handling", "Fire Safety Awareness", "Food Hygiene",
    "Safeguarding Adults", "Safeguarding Children", "Health and Safety Essentials",
    "Mental Health First Aid", "Infection Prevention and Control", "Working at Height",
    "COSHH Awareness", "Equality, Diversity and Inclusion", "GDPR Essentials",
    "Customer Service Excellence", "Conflict Resolution", "Lone Working",
    "Display Screen Equipment", "Risk Assessment", "Leadership Foundations", "Coaching Skills",
    "Project Management Basics", "Time Management", "Presentation Skills", "Digital Skills",
    "Cyber Security Awareness", "Spreadsheets for Work", "Basic Life Support",
    "Emergency First Aid at Work", "Asbestos Awareness", "Forklift Safety",
    "Environmental Awareness", "Allergen Awareness", "Dementia Awareness", "Autism Awareness",
    "Medication Awareness", "Moving and Positioning People", "Team Working",
    "Effective Communication", "Report Writing", "Mentoring Skills", "Unconscious Bias",
    "Anti-Bribery", "Whistleblowing", "Youth Work Foundations",
)  # fmt: skip
_VARIANTS = ("", " — Refresher", " — Level 2")
_TYPES = ("Training", "Certification", "Course", "Attendance", "Workshop", "Qualification", "Learning")
_CONTOSO_NAMES = (
    "Python Fundamentals", "Data Analysis with SQL", "Cloud Basics", "Agile Practitioner",
    "Scrum Team Member", "UX Research Essentials", "Accessibility in Design", "Intro to Machine Learning",
    "Network Fundamentals", "IT Support Foundations", "Web Development Bootcamp", "Digital Marketing",
)  # fmt: skip


def _northwind_badges() -> list[_Badge]:
    """130 Published Internal badges (several pages at size 50) plus four drafts."""
    badges = []
    for i in range(130):
        name = _TOPICS[i % len(_TOPICS)] + _VARIANTS[i // len(_TOPICS)]
        badges.append(_Badge(2001 + i, name, (1,), type=_TYPES[i % len(_TYPES)], featured=i % 17 == 0))
    for i, topic in enumerate(
        ("Chainsaw Safety", "Scaffold Inspection", "Boat Handling", "Archery Coaching")
    ):
        badges.append(_Badge(2131 + i, f"{topic} (draft)", (1,), type="Course", status="Draft"))
    return badges


def _other_badges() -> list[_Badge]:
    contoso = [
        _Badge(3001 + i, name, (2,), type=_TYPES[(i + 3) % len(_TYPES)])
        for i, name in enumerate(_CONTOSO_NAMES)
    ]
    fabrikam = [
        _Badge(4001 + i, name, (3,))
        for i, name in enumerate(("Welding Basics", "CNC Operation", "Lean Six Sigma"))
    ]
    return [*contoso, *fabrikam, _Badge(BADGE_403_ID, "Globex Forklift Operator", (FOREIGN_PROVIDER_ID,))]


def _special_badges() -> list[_Badge]:
    return [
        _Badge(SANDBOX_BADGE_ID, "Sandbox — test badge (not real)", (1, 2), type="Other"),
        _Badge(
            MIN_SCORE_BADGE_ID, f"Assessed Skills Check (pass mark {MIN_SCORE})", (1,), min_score=MIN_SCORE
        ),
        _Badge(BADGE_400_ID, "AWS Cloud Practitioner (Credly)", (1,), type="Certification", source="Credly"),
        _Badge(
            BADGE_400_OU_ID,
            "Introduction to Ecology (OpenLearn)",
            (1,),
            type="Course",
            source="Open University",
        ),
        _Badge(BADGE_404_ID, "Legacy Induction (deleted)", (1,), deleted=True),
        _Badge(BADGE_422_ID, "Advanced Rigging (unpublished)", (1,), status="Unpublished"),
    ]


def _catalogue() -> dict[int, _Badge]:
    badges = [*_northwind_badges(), *_other_badges(), *_special_badges()]
    return {badge.id: badge for badge in sorted(badges, key=lambda b: b.id)}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _stamp(offset_hours: int) -> str:
    return (dt.datetime(2024, 1, 8, 9, 0) + dt.timedelta(hours=offset_hours)).isoformat()


def _now_stamp() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0).isoformat()


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class _Renderer:
    """Turns the demo records into API objects, with links that point at the simulator."""

    def __init__(self, origin: str, providers: dict[int, _Provider]) -> None:
        self.origin = origin
        self.providers = providers

    def image(self, key: str) -> str:
        return f"{self.origin}/_sim/image/{key}.png"

    def page_url(self, kind: str, ident: int) -> str:
        return f"{self.origin}/_sim/page/{kind}/{ident}"

    def provider_link(self, provider: _Provider) -> dict[str, Any]:
        tpl = _template("user_detail_200", "providers", 0)
        return _fill(tpl, id=provider.id, name=provider.name, url=self.page_url("provider", provider.id))

    def provider_item(self, provider: _Provider) -> dict[str, Any]:
        return _fill(_template("providers_200", 0), **self._provider_values(provider))

    def provider(self, provider: _Provider) -> dict[str, Any]:
        values = self._provider_values(provider)
        return _fill(_template("provider_200"), **values, time_created=_stamp(-1000 - provider.id))

    def _provider_values(self, provider: _Provider) -> dict[str, Any]:
        return {
            "id": provider.id,
            "name": provider.name,
            "url": self.page_url("provider", provider.id),
            "image_url": self.image(f"provider-{provider.id}"),
            "status": "Active" if provider.active else "Deactivated",
        }

    def user(self, user: _User, providers: list[_Provider]) -> dict[str, Any]:
        email = _fill(_template("user_detail_200", "emails", 0), email=user.email, user_id=user.id)
        return _fill(
            _template("user_detail_200"),
            id=user.id,
            firstname=user.firstname,
            lastname=user.lastname,
            avatar_url=self.image(f"user-{user.id}"),
            bio="Simulated account: NOT a real Navigatr user.",
            role=user.role,
            emails=[email],
            providers=[self.provider_link(p) for p in providers],
        )

    def badge(self, badge: _Badge) -> dict[str, Any]:
        issuer = self.providers[badge.provider_ids[0]]
        return _fill(
            _template("badge_200"),
            id=badge.id,
            name=badge.name,
            description=f"Awarded to learners who complete {badge.name} with {issuer.name}. (Simulated badge.)",
            image_url=self.image(str(badge.id)),
            url=self.page_url("badge", badge.id),
            status=badge.status,
            type=badge.type,
            source=badge.source,
            provider_ids=list(badge.provider_ids),
            issuer_id=issuer.id,
            issuer=_fill(_template("badge_200", "issuer"), id=issuer.id, name=issuer.name),
            featured=badge.featured,
            qa_required=badge.qa_required,
            min_score=badge.min_score,
            time_created=_stamp(badge.id % 5000),
            time_updated=_stamp(badge.id % 5000 + 24),
        )

    def assertion(
        self, ident: int, badge: _Badge, provider: _Provider, request: dict[str, Any]
    ) -> dict[str, Any]:
        now = _now_stamp()
        tpl = _template("issue_200")
        return _fill(
            tpl,
            id=ident,
            badge_id=badge.id,
            badge_issuer_id=badge.provider_ids[0],
            badge=_fill(tpl["badge"], id=badge.id, name=badge.name),
            provider_id=provider.id,
            provider=_fill(tpl["provider"], id=provider.id, name=provider.name),
            recipient_email=request["recipient_email"],
            recipient_firstname=request["recipient_firstname"],
            recipient_lastname=request["recipient_lastname"],
            image_url=self.image(str(badge.id)),
            issue_date=request.get("issue_date") or now[:10],
            evidence_text=request.get("evidence_text"),
            evidence_url=request.get("evidence_url"),
            score=request.get("score"),
            status="Pending",
            time_created=now,
            time_updated=now,
            url=self.page_url("assertion", ident),
        )

    @staticmethod
    def page(
        fixture: str, items: list[Any], page: int, size: int, render: Callable[[Any], Any]
    ) -> dict[str, Any]:
        chunk = items[(page - 1) * size : page * size]
        pages = math.ceil(len(items) / size)
        return _fill(
            _template(fixture),
            items=[render(x) for x in chunk],
            total=len(items),
            page=page,
            size=size,
            pages=pages,
        )
