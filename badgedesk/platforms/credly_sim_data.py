"""The demo data of the Credly simulator (NOT real Credly data) and how it is rendered.

Two organisations, their authorization tokens and about 120 badge templates with fixed IDs
(module constants), and :class:`Renderer`, which turns them and issued badges into Credly Web
Service API v1 objects shaped by the JSON fixtures in ``fixtures/credly``. Every fixture names
the public source of its shape in ``"_source"`` (or says where BadgeDesk chose, docs being silent).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
import urllib.parse
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from badgedesk.platforms.simcore import Fixtures

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "credly"
FIXTURES = Fixtures(FIXTURE_DIR, "Credly", ("_source", "status", "headers", "body"))

_NAMESPACE = uuid.UUID("5a3c0f7e-2d4b-4c1a-9e6f-0b8d7c6a5e4f")


def sim_uuid(kind: str, number: int | str) -> str:
    """A fixed UUID for demo object ``kind`` number ``number`` (the same on every run)."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}-{number}"))


DEMO_TOKEN = "sim-credly-token"
OTHER_ORG_TOKEN = "sim-credly-contoso-token"  # a token of another organisation (Contoso Academy)
LIMITED_TOKEN = "sim-credly-limited-token"  # no "delete" scope: issues, revokes, reads; may not list tokens
EXPIRED_TOKEN = "sim-credly-expired-token"  # expired a day before the simulator started: 401
DEMO_ORG_ID = "b7f4bd1e-5c1a-4a0e-9d3e-6f1e2a3b4c5d"
DEMO_ORG_NAME = "Northwind Training"
OTHER_ORG_ID = sim_uuid("organization", 2)
OTHER_ORG_NAME = "Contoso Academy"

TEMPLATE_COUNT = 120  # Northwind's templates: three pages at the default 50 per page
ACTIVE_TEMPLATE_ID = sim_uuid("template", 0)  # "First Aid at Work"
SANDBOX_TEMPLATE_ID = sim_uuid("template", 1)  # "Sandbox rehearsal badge (not for learners)"
DUPLICATES_ALLOWED_TEMPLATE_ID = sim_uuid("template", 2)  # allow_duplicate_badges: true
EXPIRING_TEMPLATE_ID = sim_uuid("template", 3)  # has default_expires_at
LONG_NAME_TEMPLATE_ID = sim_uuid("template", 4)  # a name of well over 100 characters
ARCHIVED_TEMPLATE_IDS = tuple(sim_uuid("template", n) for n in range(110, 115))
DRAFT_TEMPLATE_IDS = tuple(sim_uuid("template", n) for n in range(115, 120))
ARCHIVED_TEMPLATE_ID = ARCHIVED_TEMPLATE_IDS[0]
DRAFT_TEMPLATE_ID = DRAFT_TEMPLATE_IDS[0]
ACTIVE_TEMPLATE_COUNT = TEMPLATE_COUNT - len(ARCHIVED_TEMPLATE_IDS) - len(DRAFT_TEMPLATE_IDS)
OTHER_ORG_TEMPLATE_ID = sim_uuid("template", 1000)  # Contoso's, so unknown to Northwind

LOCALES = ("en", "fr", "de", "ko", "ja", "zh-CN", "pt", "es-ES", "es-US", "fr-CA", "pt-BR")
BADGE_STATES = ("pending", "accepted", "rejected", "revoked", "replaced")
TEMPLATE_STATES = ("active", "archived", "draft")


@dataclasses.dataclass(frozen=True)
class Organization:
    id: str
    name: str

    @property
    def slug(self) -> str:
        return slug(self.name)


@dataclasses.dataclass(frozen=True)
class Token:
    token: str
    org_id: str
    description: str
    scopes: tuple[str, ...]
    expires_in_days: float | None = None  # from the simulator's start; None: the token_expires_at setting

    @property
    def id(self) -> str:
        return sim_uuid("token", self.token)


@dataclasses.dataclass(frozen=True)
class Template:
    id: str
    org_id: str
    name: str
    number: int
    state: str = "active"
    public: bool = True
    allow_duplicate_badges: bool = False
    skills: tuple[str, ...] = ()
    reporting_tags: tuple[str, ...] = ()
    default_expires_at: str | None = None


ORGANIZATIONS = {
    DEMO_ORG_ID: Organization(DEMO_ORG_ID, DEMO_ORG_NAME),
    OTHER_ORG_ID: Organization(OTHER_ORG_ID, OTHER_ORG_NAME),
}
TOKENS = {
    t.token: t
    for t in (
        Token(DEMO_TOKEN, DEMO_ORG_ID, "BadgeDesk (simulated)", ("read", "write", "delete")),
        Token(LIMITED_TOKEN, DEMO_ORG_ID, "Issuing only (simulated)", ("read", "write"), 60),
        Token(EXPIRED_TOKEN, DEMO_ORG_ID, "Old integration (simulated)", ("read", "write", "delete"), -1),
        Token(OTHER_ORG_TOKEN, OTHER_ORG_ID, "Contoso (simulated)", ("read", "write", "delete"), 120),
    )
}

_TOPICS = (
    "Manual Handling", "Fire Safety Awareness", "Food Hygiene", "Safeguarding Adults",
    "Safeguarding Children", "Health and Safety Essentials", "Mental Health First Aid",
    "Infection Prevention and Control", "Working at Height", "COSHH Awareness",
    "Equality, Diversity and Inclusion", "GDPR Essentials", "Customer Service Excellence",
    "Conflict Resolution", "Lone Working", "Display Screen Equipment", "Risk Assessment",
    "Leadership Foundations", "Coaching Skills", "Project Management Basics", "Time Management",
    "Presentation Skills", "Digital Skills", "Cyber Security Awareness", "Spreadsheets for Work",
    "Basic Life Support", "Emergency First Aid at Work", "Asbestos Awareness", "Forklift Safety",
    "Environmental Awareness", "Allergen Awareness", "Dementia Awareness", "Autism Awareness",
    "Medication Awareness", "Moving and Positioning People", "Team Working",
)  # fmt: skip
_LEVELS = ("Foundation", "Practitioner", "Advanced")
_SKILLS = ("Communication", "Safety", "Teamwork", "Leadership", "Compliance", "Care", "Digital")
_LONG_NAMES = (
    "Advanced Certificate in Occupational Health, Safety and Environmental Management for Site "
    "Supervisors and Team Leaders — Level 3 (2025 syllabus, including the practical assessment)",
    "Professional Award in Safeguarding, Mental Health Awareness and Trauma-Informed Practice for "
    "Youth Workers, Volunteers and Community Sports Coaches",
)


def _northwind_templates() -> list[Template]:
    special = [
        Template(ACTIVE_TEMPLATE_ID, DEMO_ORG_ID, "First Aid at Work", 0, skills=("First aid", "Safety")),
        Template(SANDBOX_TEMPLATE_ID, DEMO_ORG_ID, "Sandbox rehearsal badge (not for learners)", 1, public=False),
        Template(
            DUPLICATES_ALLOWED_TEMPLATE_ID, DEMO_ORG_ID, "Monthly Toolbox Talk Attendance", 2,
            allow_duplicate_badges=True, reporting_tags=("attendance",),
        ),
        Template(
            EXPIRING_TEMPLATE_ID, DEMO_ORG_ID, "Fire Warden (annual renewal)", 3,
            skills=("Fire safety",), default_expires_at="2027-12-31T23:59:59.000Z",
        ),
        Template(LONG_NAME_TEMPLATE_ID, DEMO_ORG_ID, _LONG_NAMES[0], 4, skills=("Safety", "Leadership")),
        Template(sim_uuid("template", 5), DEMO_ORG_ID, _LONG_NAMES[1], 5, skills=("Care",)),
    ]  # fmt: skip
    regular = []
    for number in range(len(special), TEMPLATE_COUNT):
        index = number - len(special)
        name = f"{_TOPICS[index % len(_TOPICS)]} — {_LEVELS[index // len(_TOPICS) % len(_LEVELS)]}"
        state = "archived" if number in range(110, 115) else "draft" if number >= 115 else "active"
        skills = (_SKILLS[number % len(_SKILLS)], _SKILLS[(number * 3) % len(_SKILLS)])
        tags = ("compliance",) if number % 4 == 0 else ()
        regular.append(
            Template(
                sim_uuid("template", number), DEMO_ORG_ID, name, number, state,
                public=number % 9 != 0, skills=tuple(dict.fromkeys(skills)), reporting_tags=tags,
            )
        )  # fmt: skip
    return special + regular


def _contoso_templates() -> list[Template]:
    names = ("Python Fundamentals", "Data Analysis with SQL", "Cloud Basics")
    return [
        Template(sim_uuid("template", 1000 + i), OTHER_ORG_ID, name, 1000 + i, skills=("Digital",))
        for i, name in enumerate(names)
    ]


def catalogue() -> dict[str, Template]:
    """Every template of every organisation, by ID."""
    return {t.id: t for t in (*_northwind_templates(), *_contoso_templates())}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def stamp(moment: dt.datetime) -> str:
    """Credly's timestamp form: ``2014-04-01T14:41:00.000Z`` (UTC, milliseconds)."""
    utc = moment.astimezone(dt.timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _fixed_time(days: float) -> str:
    return stamp(dt.datetime(2023, 1, 9, 9, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=days))


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

_template = FIXTURES.template
_fill = FIXTURES.fill


class Renderer:
    """Turns demo records into API objects, with links that point at the simulator itself."""

    def __init__(self, origin: str, badges_count: Callable[[str], int]) -> None:
        self.origin = origin
        self.badges_count = badges_count

    def image(self, key: str) -> str:
        return f"{self.origin}/_sim/images/{key}.png"

    def page_url(self, kind: str, ident: str) -> str:
        return f"{self.origin}/_sim/page/{kind}/{ident}"

    def organization(self, org: Organization) -> dict[str, Any]:
        return _fill(
            _template("organization_200", "data"),
            id=org.id,
            name=org.name,
            vanity_slug=org.slug,
            vanity_url=self.page_url("organization", org.id),
            photo_url=self.image(f"org-{org.id}"),
            website_url=f"https://{org.slug}.example.org/",
            contact_email=f"badges@{org.slug}.example.org",
        )

    def _owner(self, org: Organization) -> dict[str, Any]:
        return _fill(
            _template("template_200", "data", "owner"),
            id=org.id,
            name=org.name,
            url=f"{self.origin}/v1/organizations/{org.id}",
            vanity_url=self.page_url("organization", org.id),
        )

    def template(self, tpl: Template) -> dict[str, Any]:
        org = ORGANIZATIONS[tpl.org_id]
        image = self.image(tpl.id)
        return _fill(
            _template("template_200", "data"),
            id=tpl.id,
            name=tpl.name,
            description=f"Earned by learners who complete {tpl.name} with {org.name}. (Simulated template.)",
            state=tpl.state,
            public=tpl.public,
            allow_duplicate_badges=tpl.allow_duplicate_badges,
            vanity_slug=slug(tpl.name),
            image={"id": sim_uuid("image", tpl.id), "url": image},
            image_url=image,
            url=self.page_url("template", tpl.id),
            badges_count=self.badges_count(tpl.id),
            skills=list(tpl.skills),
            reporting_tags=list(tpl.reporting_tags),
            owner=self._owner(org),
            default_expires_at=tpl.default_expires_at,
            created_at=_fixed_time(tpl.number),
            updated_at=_fixed_time(tpl.number + 30.5),
        )

    def template_summary(self, tpl: Template) -> dict[str, Any]:
        """The template as an issued badge carries it (the keys of the fixture's badge_template)."""
        full = self.template(tpl)
        return {key: full[key] for key in _template("issue_201", "data", "badge_template")}

    def badge(self, ident: str, tpl: Template, clean: dict[str, Any], created: dt.datetime) -> dict[str, Any]:
        first, last = clean["issued_to_first_name"], clean["issued_to_last_name"]
        middle = clean.get("issued_to_middle_name")
        created_at = stamp(created)
        return _fill(
            _template("issue_201", "data"),
            id=ident,
            state="pending",
            badge_template=self.template_summary(tpl),
            recipient_email=clean["recipient_email"],
            issued_to=" ".join(part for part in (first, middle, last) if part),
            issued_to_first_name=first,
            issued_to_middle_name=middle,
            issued_to_last_name=last,
            issuer_earner_id=clean.get("issuer_earner_id"),
            issued_at=clean["issued_at"],
            issued_at_date=clean["issued_at_date"],
            expires_at=clean["expires_at"],
            expires_at_date=clean["expires_at"][:10] if clean["expires_at"] else None,
            badge_url=self.page_url("badge", ident),
            image_url=self.image(tpl.id),
            locale=clean.get("locale") or "en",
            public=tpl.public,
            suppress_badge_notification_email=bool(clean.get("suppress_badge_notification_email")),
            evidence=clean.get("evidence") or [],
            replaces_badge_id=None,
            replacement_badge_id=None,
            revocation_reason=None,
            created_at=created_at,
            updated_at=created_at,
            state_updated_at=created_at,
        )

    def token(self, token: Token, expires_at: str | None, current: bool, made: dt.datetime) -> dict[str, Any]:
        return _fill(
            _template("authorization_tokens_200", "data", 0),
            id=token.id,
            description=token.description,
            scopes=list(token.scopes),
            expires_at=expires_at,
            created_at=stamp(made),
            updated_at=stamp(made),
            current=current,
        )

    def page(self, items: list[Any], page: int, per: int, path: str, query: dict[str, str]) -> dict[str, Any]:
        """``{"data": items of this page, "metadata": {...}}`` with absolute page links."""
        total_pages = math.ceil(len(items) / per)

        def link(number: int) -> str:
            params = urllib.parse.urlencode({**query, "page": number})
            return f"{self.origin}{urllib.parse.quote(path)}?{params}"

        metadata = _fill(
            _template("templates_page_200", "metadata"),
            count=len(items[(page - 1) * per : page * per]),
            current_page=page,
            total_count=len(items),
            total_pages=total_pages,
            per=per,
            previous_page_url=link(page - 1) if page > 1 else None,
            next_page_url=link(page + 1) if page < total_pages else None,
        )
        return {"data": items[(page - 1) * per : page * per], "metadata": metadata}
