"""Every badge platform BadgeDesk knows, described as data (the way Vorta declares its settings).

The GUI, the CLI and the core use only this registry and the protocol in
:mod:`badgedesk.platforms.base`; none of them imports a platform's own module. Adding a
platform means one :class:`PlatformSpec` here, one client module and one simulator module.

Callables (client, simulator, badge-reference parser, issuability check) are named as
``"module:attribute"`` strings and imported only when first used, so listing the platforms
costs nothing.
"""

from __future__ import annotations

import datetime as dt
import importlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import LearnedLimiter, Limiter, SlidingWindowLimiter, parse_limit
from badgedesk.platforms.base import EMAIL_IDENTITY, IDENTITY_EXTERNAL_ID, Badge, Identity, Platform
from badgedesk.platforms.transport import check_url

# Connection field kinds
SECRET = "secret"  # kept in the OS keychain, never in a file (one per platform: the token)
TEXT = "text"
DATE = "date"  # YYYY-MM-DD

# What a platform can do instead of revoking
REVOKE = "revoke"
DELETE = "delete"  # only permanent deletion (Certifier)

EXPIRY_WARNING_DAYS = 14


@dataclass(frozen=True)
class Field:
    """One thing a connection needs. The connection dialog is built from these."""

    key: str  # "token", "org_id", "awarded_by", "token_expires"
    label: str
    kind: str = TEXT
    required: bool = True
    help: str = ""
    placeholder: str = ""
    env: str = ""  # the CLI's environment variable for it
    flag: str = ""  # the CLI's option for it, e.g. "--awarded-by"


@dataclass(frozen=True)
class Environment:
    key: str
    label: str
    base_url: str
    token_page: str = ""  # where a user makes a token for this environment


@dataclass(frozen=True)
class RateLimit:
    """A published limit: ``max_calls`` requests in any ``period`` seconds."""

    max_calls: int
    period: float
    source: str = ""


@dataclass(frozen=True)
class Capabilities:
    providers: bool = False  # a providers level under the account (Navigatr); else the account is the one
    revoke: str = REVOKE  # REVOKE, or DELETE where the platform can only delete permanently
    claim_tracking: bool = False  # the award's accepted/claimed state can be read back
    replace: bool = False  # a second award can replace the first (Credly's duplicate_behavior)
    token_expiry: bool = False  # tokens expire on a known date
    min_score: bool = False  # badges may carry a minimum score
    expires: bool = False  # an award can carry an expiry date
    note: bool = False  # an award can carry a note
    evidence: bool = False  # an award can carry evidence text / URL
    sandbox_badge: bool = True  # a badge may be marked as the sandbox badge for rehearsals
    locale: bool = False  # an award can carry the language of its notification
    earner_id: bool = False  # an award can carry the file's own ID for the learner (e.g. issuer_earner_id)
    badge_source: bool = False  # badges name where they come from (some cannot be issued through the API)


@dataclass(frozen=True)
class Simulator:
    """How to run this platform's simulator and connect to it."""

    factory: str  # "module:Class"; the class takes keyword settings and has start() -> base URL
    token: str
    fields: Mapping[str, str] = field(default_factory=dict)  # e.g. the demo organisation ID
    sandbox_badge: str = ""  # the demo's sandbox badge, marked as such when the demo starts
    demo_settings: Mapping[str, Any] = field(default_factory=dict)  # the demo's own simulator settings


@dataclass(frozen=True)
class PlatformSpec:
    key: str
    label: str
    auth: str  # how it authenticates, in words (shown in docs and diagnostics)
    environments: tuple[Environment, ...]
    fields: tuple[Field, ...]
    identity: Identity
    capabilities: Capabilities
    client: str  # "module:Class"
    parse_badge: str  # "module:function" -> badge ID from an ID or a pasted URL
    issuable: str  # "module:function" -> (ok, code, reason) for a Badge
    simulator: Simulator | None = None
    rate_limit: RateLimit | None = None  # None: learned (LearnedLimiter)
    url_env: str = ""  # the CLI's base-URL override variable
    url_required: bool = False  # no default address (a self-hosted service)
    url_example: str = "https://host/v1"
    normalise_url: str = ""  # "module:function" tidying a typed address (optional)
    check_token: str = ""  # "module:function(token, environment) -> why it is not a token, or ''"
    available: bool = True
    unavailable_reason: str = ""
    badge_label: str = "badge"  # what the platform calls an issuable thing ("badge template")
    token_lifetime_days: int | None = None
    token_help: str = ""
    notes: tuple[str, ...] = ()
    # The platform's award states (lower case) as BadgeDesk's claim states, where they differ.
    claim_states: Mapping[str, str] = field(default_factory=dict)

    # -- derived facts ---------------------------------------------------------------------

    @property
    def token_field(self) -> Field:
        return next(f for f in self.fields if f.kind == SECRET)

    @property
    def uses_email(self) -> bool:
        return self.identity.uses_email

    @property
    def can_rehearse_to_test_address(self) -> bool:
        """Rehearsals send every award to aliases of the trainer's own address: only for email identities."""
        return self.identity.uses_email

    @property
    def can_correct_email(self) -> bool:
        """An email correction is a revoke and a re-issue: it needs email identity and a real revoke."""
        return self.identity.uses_email and self.capabilities.revoke == REVOKE

    def environment(self, key: str) -> Environment | None:
        return next((e for e in self.environments if e.key == key), None)

    @property
    def default_environment(self) -> str:
        return self.environments[0].key if self.environments else "custom"

    # -- behaviour, imported on first use ---------------------------------------------------

    def parse_badge_ref(self, value: str) -> str:
        return _load(self.parse_badge)(value)

    def badge_issuable(self, badge: Badge) -> tuple[bool, str, str]:
        return _load(self.issuable)(badge)

    def token_problem(self, token: str, environment: str = "") -> str:
        """Why a pasted value is not this platform's token (e.g. a username and password); '' if none."""
        if not self.check_token:
            return ""
        return _load(self.check_token)(token, environment or self.default_environment)

    def resolve_url(self, environment: str = "", base_url: str | None = None) -> tuple[str, str]:
        """``(base_url, environment_key)`` for the journal. Plain http only for this computer."""
        self.require_available()
        if base_url and base_url.strip():
            url = base_url
            if self.normalise_url:
                url = _load(self.normalise_url)(url)
            url = check_url(url, self.url_example)
            for env in self.environments:
                if url == env.base_url:
                    return url, env.key
            return url, "custom:" + url
        if self.url_required:
            raise InputError(
                "base_url_missing",
                f"{self.label} has no default address: give the service's address (e.g. {self.url_example}).",
                platform=self.key,
            )
        env = self.environment(environment or self.default_environment)
        if env is None:
            names = " or ".join(e.key for e in self.environments)
            raise InputError(
                "environment_invalid",
                f"Unknown {self.label} environment '{environment}'. Use {names}.",
                environment=environment,
            )
        return env.base_url, env.key

    def require_available(self) -> None:
        if not self.available:
            raise InputError(
                "platform_not_available",
                self.unavailable_reason or f"{self.label} is not available in this version of BadgeDesk yet.",
                platform=self.key,
            )

    def new_limiter(self, override: str = "") -> Limiter:
        """The limiter for one token: the connection's own limit, the published one, or a learned one."""
        if override and override.strip():
            calls, period = parse_limit(override)
            return SlidingWindowLimiter(calls, period)
        if self.rate_limit is not None:
            return SlidingWindowLimiter(self.rate_limit.max_calls, self.rate_limit.period)
        return LearnedLimiter()

    def open(
        self,
        token: str,
        *,
        environment: str = "",
        base_url: str | None = None,
        timeout: float = 30.0,
        fields: Mapping[str, str] | None = None,
        limiter: Limiter | None = None,
        cancel: threading.Event | None = None,
        transport: Any = None,
        rate_limit: str = "",
    ) -> Platform:
        """A client bound to one account and environment. Close it when done."""
        self.require_available()
        for f in self.fields:
            if f.required and f.kind != SECRET and not str((fields or {}).get(f.key) or "").strip():
                hint = f" (set {f.env})" if f.env else ""
                raise InputError(
                    f"{f.key}_missing",
                    f"{self.label} needs the {f.label.lower()}{hint}.",
                    field=f.key,
                )
        cls = _load(self.client)
        return cls(
            token,
            environment=environment or self.default_environment,
            base_url=base_url or None,
            timeout=timeout,
            limiter=limiter or self.new_limiter(rate_limit),
            cancel=cancel,
            transport=transport,
            fields=dict(fields or {}),
        )

    def open_simulator(self, *, demo: bool = False, **settings: Any) -> Any:
        """This platform's simulator; ``demo`` adds the demo's own settings (``Simulator.demo_settings``)."""
        if self.simulator is None:
            raise InputError("no_simulator", f"{self.label} has no simulator.")
        if demo:
            settings = {**self.simulator.demo_settings, **settings}
        return _load(self.simulator.factory)(**settings)


def _load(ref: str) -> Callable[..., Any]:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


# -- token expiry ---------------------------------------------------------------------------------


def expiry_state(expires: str, today: dt.date | None = None) -> tuple[str, int | None]:
    """("expired" | "soon" | "ok" | "unknown", days left) for an ISO date or date-time."""
    if not expires:
        return "unknown", None
    try:
        when = dt.date.fromisoformat(expires[:10])
    except ValueError:
        return "unknown", None
    left = (when - (today or dt.date.today())).days
    if left < 0:
        return "expired", left
    if left <= EXPIRY_WARNING_DAYS:
        return "soon", left
    return "ok", left


# -- the platforms --------------------------------------------------------------------------------

PEER_MENTOR_IDENTITY = Identity(
    IDENTITY_EXTERNAL_ID,
    "recipient_id",
    "Peer mentor ID",
    aliases=("peer mentor id", "peer mentor", "mentor id"),
)

NAVIGATR = PlatformSpec(
    key="navigatr",
    label="Navigatr",
    auth="Personal Access Token in the X-Access-Token header",
    environments=(
        Environment(
            "production",
            "Production",
            "https://api.navigatr.app/v1",
            "https://navigatr.app/settings/personal-access-tokens/",
        ),
        Environment(
            "staging",
            "Staging",
            "https://stagapi.navigatr.app/v1",
            "https://stag.navigatr.app/settings/personal-access-tokens/",
        ),
    ),
    fields=(
        Field(
            "token",
            "Personal Access Token",
            SECRET,
            help="Create one in Navigatr › Settings › Personal Access Tokens.",
            env="NAVIGATR_PAT",
        ),
    ),
    identity=EMAIL_IDENTITY,
    capabilities=Capabilities(
        providers=True, claim_tracking=True, min_score=True, evidence=True, badge_source=True
    ),
    client="badgedesk.platforms.navigatr:NavigatrClient",
    parse_badge="badgedesk.platforms.navigatr:parse_badge_ref",
    issuable="badgedesk.platforms.navigatr:badge_issuable",
    check_token="badgedesk.platforms.navigatr:token_problem",
    simulator=Simulator(
        "badgedesk.platforms.navigatr_sim:NavigatrSimulator",
        "sim-demo-token",
        sandbox_badge="9000",
        # First Aid at Work (2001) needs 70 without saying so: the sample cohort's 58 and 67 get the 202 flag.
        demo_settings={"unstated_min_score": {2001: 70}},
    ),
    rate_limit=RateLimit(5, 2.0, "Navigatr API docs: 5 requests every 2 seconds per token"),
    url_env="NAVIGATR_API_URL",
    token_help="Navigatr › Settings › Personal Access Tokens",
)

CREDLY = PlatformSpec(
    key="credly",
    label="Credly",
    auth="HTTP Basic: the organisation's authorization token as the user name, an empty password",
    environments=(
        Environment(
            "production",
            "Production",
            "https://api.credly.com/v1",
            "https://www.credly.com (Organization › Developers › Authorization Tokens)",
        ),
        Environment(
            "sandbox",
            "Sandbox",
            "https://sandbox-api.credly.com/v1",
            "https://sandbox.credly.com (Organization › Developers › Authorization Tokens)",
        ),
    ),
    fields=(
        Field(
            "org_id",
            "Organization ID",
            TEXT,
            help="Your Credly organisation's ID (Organization › Settings, or the address of its page).",
            placeholder="e.g. 6c4f0c86-…",
            env="CREDLY_ORG_ID",
        ),
        Field(
            "token",
            "Authorization token",
            SECRET,
            help="Organization › Developers › Authorization Tokens. Tokens expire 180 days after they are made.",
            env="CREDLY_TOKEN",
        ),
        Field(
            "token_expires",
            "Token expires on",
            DATE,
            required=False,
            help="Optional. BadgeDesk reads the date from Credly where the token may; otherwise it uses this.",
            placeholder="YYYY-MM-DD",
        ),
    ),
    identity=EMAIL_IDENTITY,
    capabilities=Capabilities(
        claim_tracking=True,
        replace=True,
        token_expiry=True,
        expires=True,
        evidence=True,
        locale=True,
        earner_id=True,
    ),
    client="badgedesk.platforms.credly:CredlyClient",
    parse_badge="badgedesk.platforms.credly:parse_badge_ref",
    issuable="badgedesk.platforms.credly:badge_issuable",
    simulator=Simulator(
        "badgedesk.platforms.credly_sim:CredlySimulator",
        "sim-credly-token",
        {"org_id": "b7f4bd1e-5c1a-4a0e-9d3e-6f1e2a3b4c5d"},
    ),
    url_env="CREDLY_API_URL",
    badge_label="badge template",
    claim_states={
        "pending": "Pending",  # issued, not yet accepted by the earner
        "accepted": "Claimed",  # the earner accepted the badge on Credly
        "rejected": "Declined",  # the earner turned it down
        "revoked": "Revoked",
        "replaced": "Replaced",  # superseded by a newer award (Update existing badges)
    },
    token_lifetime_days=180,
    token_help="Credly › Organization › Developers › Authorization Tokens",
)

CERTIFIER = PlatformSpec(
    key="certifier",
    label="Certifier",
    auth="Bearer access token, with the Certifier-Version header",
    environments=(
        Environment(
            "production",
            "Production",
            "https://api.certifier.io/v1",
            "https://app.certifier.io (Settings › Developers › Access Tokens)",
        ),
    ),
    fields=(
        Field(
            "token",
            "Access token",
            SECRET,
            help="Certifier › Settings › Developers › Access Tokens.",
            env="CERTIFIER_TOKEN",
        ),
    ),
    identity=EMAIL_IDENTITY,
    capabilities=Capabilities(revoke=DELETE, expires=True),
    client="badgedesk.platforms.certifier:CertifierClient",
    parse_badge="badgedesk.platforms.certifier:parse_badge_ref",
    issuable="badgedesk.platforms.certifier:badge_issuable",
    simulator=Simulator("badgedesk.platforms.certifier_sim:CertifierSimulator", "sim-certifier-token"),
    url_env="CERTIFIER_API_URL",
    url_example="https://api.certifier.io/v1",
    badge_label="group",
    token_help="Certifier › Settings › Developers › Access Tokens",
)

AWARD_SERVICE = PlatformSpec(
    key="award-service",
    label="Badge Award Service",
    auth="Bearer token (admin or system role)",
    environments=(),
    fields=(
        Field("token", "Token", SECRET, env="AWARD_SERVICE_TOKEN"),
        Field(
            "awarded_by",
            "Awarded by (your ID)",
            TEXT,
            env="AWARD_SERVICE_AWARDED_BY",
            flag="--awarded-by",
        ),
    ),
    identity=PEER_MENTOR_IDENTITY,
    capabilities=Capabilities(note=True, sandbox_badge=False),
    client="badgedesk.platforms.award_service:AwardServiceClient",
    parse_badge="badgedesk.platforms.award_service:parse_badge_ref",
    issuable="badgedesk.platforms.award_service:badge_issuable",
    url_env="AWARD_SERVICE_URL",
    url_required=True,
    url_example="https://awards.example.org",
    normalise_url="badgedesk.platforms.award_service:normalise_url",
    simulator=Simulator(
        "badgedesk.platforms.award_service_sim:AwardServiceSimulator",
        "sim-award-admin-token",
        {"awarded_by": "admin-demo-001"},
    ),
    badge_label="badge definition",
)

PLATFORMS: dict[str, PlatformSpec] = {p.key: p for p in (NAVIGATR, CREDLY, CERTIFIER, AWARD_SERVICE)}
# Keys written by earlier versions
_ALIASES = {"badge_award_service": "award-service", "award_service": "award-service"}
DEFAULT = "navigatr"


def canonical(key: str) -> str:
    text = (key or "").strip().lower()
    return _ALIASES.get(text, text)


def get(key: str) -> PlatformSpec:
    spec = PLATFORMS.get(canonical(key))
    if spec is None:
        raise InputError(
            "platform_unknown",
            f"'{key}' is not a badge platform BadgeDesk knows. Choose one of: {', '.join(PLATFORMS)}.",
            platform=key,
        )
    return spec


def header_aliases() -> dict[str, tuple[str, ...]]:
    """Cohort field -> the extra column headers platforms' identities are known by ("Peer mentor ID")."""
    found: dict[str, tuple[str, ...]] = {}
    for spec in PLATFORMS.values():
        if spec.identity.aliases:
            found[spec.identity.field] = found.get(spec.identity.field, ()) + spec.identity.aliases
    return found


def all_platforms() -> list[PlatformSpec]:
    return list(PLATFORMS.values())


def available() -> list[PlatformSpec]:
    return [p for p in PLATFORMS.values() if p.available]


def simulated() -> list[PlatformSpec]:
    return [p for p in PLATFORMS.values() if p.available and p.simulator is not None]
