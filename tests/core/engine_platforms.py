"""Each simulated platform as a test case, so the engine's suites run over all of them alike.

A case knows how to start its simulator (with a scaled-down rate limit so the suites stay
quick), open a client on it, which badge to issue, how to put an award on the platform
through its real API (as another tool or an earlier run would), and how to read the
simulator's ledger. Nothing here reaches past a simulator's public API.
"""

from __future__ import annotations

import importlib
import re
import time
from dataclasses import dataclass
from typing import Any

from badgedesk.core.ratelimit import LearnedLimiter, SlidingWindowLimiter
from badgedesk.platforms import registry
from badgedesk.platforms.base import IssueRequest, Platform, Recipient

WINDOW = 0.4  # the simulators enforce 5 requests per 0.4 s (Navigatr's 5 per 2 s, scaled down)


@dataclass(frozen=True)
class Case:
    key: str
    sim_module: str
    sim_class: str
    badge_attr: str  # the simulator module's constant for an issuable badge
    other_badge_attr: str  # a second issuable badge
    learned: bool  # the platform publishes no limit: the client learns one
    refuses_duplicates: bool  # the platform answers a second award with "already has this badge"
    checks_first: bool = False  # the client looks the recipient up before every award (no duplicate rule)
    forbidden_is_the_tokens: bool = False  # any 403 means the token may not do this (stop, exit 3)
    sim_settings: tuple[tuple[str, Any], ...] = ()  # the simulator's own settings for these suites
    revoke_route: str = r"PUT .*/revoke"  # "METHOD path" of a revoke (or delete) request, as a regex
    settles_revoke_itself: bool = False  # the client reads an award back after an unclear revoke answer

    @property
    def spec(self) -> registry.PlatformSpec:
        return registry.get(self.key)

    @property
    def module(self) -> Any:
        return importlib.import_module(self.sim_module)

    @property
    def badge(self) -> str:
        return str(getattr(self.module, self.badge_attr))

    @property
    def other_badge(self) -> str:
        return str(getattr(self.module, self.other_badge_attr))

    @property
    def token(self) -> str:
        return self.spec.simulator.token

    @property
    def uses_email(self) -> bool:
        return self.spec.identity.uses_email

    @property
    def api_prefix(self) -> str:
        """The path every API request of this platform starts with ("/v1", "/api/v1")."""
        return str(getattr(self.module, self.sim_class).API_PREFIX)

    def key_of(self, handle: str) -> str:
        """The recipient key of the test learner called ``handle`` ("learner1"): their email where
        the platform keys on email, else a peer-mentor style ID ("PM-learner1", case kept)."""
        return f"{handle}@example.org".lower() if self.uses_email else f"PM-{handle}"

    def recipient(self, handle: str, first: str = "A", last: str = "B") -> Recipient:
        """The test learner ``handle`` as the platform sees them."""
        if self.uses_email:
            return Recipient(self.key_of(handle), f"{handle}@example.org", first, last)
        return Recipient(self.key_of(handle), "", first, last, external_id=self.key_of(handle))

    def record_fields(self, handle: str) -> dict[str, str]:
        """The journal row fields (recipient_key, email, external_id) for the test learner ``handle``;
        the email keeps the capitals a spreadsheet would have where the platform keys on it."""
        if self.uses_email:
            return {
                "recipient_key": self.key_of(handle),
                "email": f"{handle.capitalize()}@Example.org",
                "external_id": "",
            }
        return {"recipient_key": self.key_of(handle), "email": "", "external_id": self.key_of(handle)}

    def handle_of(self, key_or_email: str) -> str:
        """The handle of a test learner from a key or an address written by a test ("learner1@example.org")."""
        text = key_or_email.strip()
        if text.startswith("PM-"):
            return text[3:]
        return text.split("@", 1)[0].lower()

    def simulator(self, **settings: Any) -> Any:
        for name, value in self.sim_settings:
            settings.setdefault(name, value)
        settings.setdefault("rate_limit", (5, WINDOW))
        settings.setdefault("stall_seconds", 3.0)
        settings.setdefault("seed", 7)
        return getattr(self.module, self.sim_class)(**settings)

    def limiter(self, window: float = WINDOW) -> Any:
        """The client's limiter for a simulator that admits 5 requests per ``window`` seconds."""
        if self.learned:
            # Conservative start well under the simulator's hidden limit, as in production.
            return LearnedLimiter(start_interval=window / 3, max_interval=2.0)
        # A margin of an eighth of the window (0.05 s at WINDOW): scheduling on a loaded 2-core machine
        # must not make requests reach the simulator closer together than the window.
        return SlidingWindowLimiter(5, window, window / 8)

    def client(
        self,
        sim: Any,
        token: str | None = None,
        timeout: float = 1.0,
        limiter: Any = None,
        transport: Any = None,
    ) -> Platform:
        return self.open(sim.base_url, token, timeout, limiter, transport)

    def seed_award(self, sim: Any, badge_id: str, who: str, first: str = "A", last: str = "B") -> None:
        """Put an award on the platform through its own API, as another tool would have. ``who`` is
        the test learner's address or key ("learner1@example.org", "PM-learner1")."""
        if self.uses_email and "@" in who:  # an address as written (any domain)
            recipient = Recipient(who.strip().lower(), who.strip(), first, last)
        else:
            recipient = self.recipient(self.handle_of(who), first, last)
        client = self.client(sim, timeout=5.0)
        try:
            for _ in range(20):  # each call here has a limiter of its own: wait out the server's 429s
                answer = client.issue(IssueRequest(str(badge_id), recipient))
                if answer.kind != "rate_limited":
                    break
                time.sleep(answer.retry_after or WINDOW)
        finally:
            client.close()
        assert answer.kind == "issued", answer

    def ledger(self, sim: Any) -> list[dict[str, Any]]:
        return [a for a in sim.ledger() if not self.is_revoked(a)]

    def is_revoked(self, award: dict[str, Any]) -> bool:
        """Gone from the learner: revoked, replaced, or deleted for good (Certifier)."""
        if award.get("revoked_at"):
            return True
        return self.award_state(award) in ("revoked", "replaced", "deleted")

    def ledger_key(self, award: dict[str, Any]) -> tuple[str, str]:
        if award.get("peer_mentor_id"):
            return str(award.get("badge_definition_id")), str(award["peer_mentor_id"])
        badge = award.get("badge_id") or award.get("badge_template_id")
        if badge is None and isinstance(award.get("badge_template"), dict):
            badge = award["badge_template"].get("id")
        if badge is None and isinstance(award.get("badge"), dict):
            badge = award["badge"].get("id")
        return str(badge), str(award.get("recipient_email") or "").strip().lower()

    def is_revoke(self, method: str, path: str) -> bool:
        """Whether a request revokes (or deletes) an award on this platform."""
        return re.fullmatch(self.revoke_route, f"{method} {path.rstrip('/')}") is not None

    def revoke_requests(self, sim: Any) -> int:
        """How many revoke (or delete) requests the simulator has answered."""
        return sum(self.is_revoke(m, path) for _, m, path, _ in sim.request_log())

    def revoke_reason(self, award: dict[str, Any]) -> str | None:
        """The reason a ledger entry was revoked with, as the platform stored it."""
        return award.get("revocation_reason", award.get("revoke_reason"))

    def revoke_token(self, sim: Any) -> None:
        sim.revoke_token(self.token)

    # -- additions for the suites that drive the real command line or a child process ----------

    @property
    def fields(self) -> dict[str, str]:
        """The simulator's connection fields (Credly: the demo organisation ID)."""
        return dict(self.spec.simulator.fields)

    def open(
        self,
        base_url: str,
        token: str | None = None,
        timeout: float = 1.0,
        limiter: Any = None,
        transport: Any = None,
    ) -> Platform:
        """A client on a simulator known only by its address (e.g. in a child process)."""
        return self.spec.open(
            token or self.token,
            base_url=base_url,
            timeout=timeout,
            fields=self.fields,
            limiter=limiter or self.limiter(),
            transport=transport,
        )

    def cli_env(self, sim: Any, token: str | None = None) -> dict[str, str]:
        """The environment the ``badgedesk`` command reads for this platform, pointed at ``sim``
        (NAVIGATR_PAT + NAVIGATR_API_URL; CREDLY_TOKEN + CREDLY_ORG_ID + CREDLY_API_URL)."""
        spec = self.spec
        env = {spec.token_field.env: token or self.token, spec.url_env: sim.base_url}
        for f in spec.fields:
            if f.env and f.key in self.fields:
                env[f.env] = self.fields[f.key]
        return env

    def cli_args(self) -> list[str]:
        """The options ``providers``, ``badges`` and ``issue`` need to choose this platform."""
        return ["--platform", self.key]

    def award_email(self, award: dict[str, Any]) -> str:
        """The recipient's key in a ledger entry: the normalised email, or the peer mentor ID."""
        return self.ledger_key(award)[1]

    def award_state(self, award: dict[str, Any]) -> str:
        """A ledger entry's state, lower-cased ("pending", "revoked"; Navigatr spells them "Pending", …;
        the Award Service has no state, only ``revoked_at``)."""
        if "peer_mentor_id" in award and not (award.get("status") or award.get("state")):
            return "revoked" if award.get("revoked_at") else "issued"
        return str(award.get("status") or award.get("state") or "").lower()


PLATFORMS: dict[str, Case] = {
    "navigatr": Case(
        "navigatr",
        "badgedesk.platforms.navigatr_sim",
        "NavigatrSimulator",
        "FIRST_AID_BADGE_ID",
        "SANDBOX_BADGE_ID",
        learned=False,
        refuses_duplicates=False,
    ),
    "credly": Case(
        "credly",
        "badgedesk.platforms.credly_sim",
        "CredlySimulator",
        "ACTIVE_TEMPLATE_ID",
        "SANDBOX_TEMPLATE_ID",
        learned=True,
        refuses_duplicates=True,
    ),
    "certifier": Case(
        "certifier",
        "badgedesk.platforms.certifier_sim",
        "CertifierSimulator",
        "GROUP_ID",
        "SANDBOX_GROUP_ID",
        learned=True,
        refuses_duplicates=False,  # it has no duplicate rule: the client searches before creating
        checks_first=True,
        revoke_route=r"DELETE /v1/credentials/[^/]+",  # it cannot revoke: it deletes for good
    ),
    "award-service": Case(
        "award-service",
        "badgedesk.platforms.award_service_sim",
        "AwardServiceSimulator",
        "DEFINITION_ID",
        "OTHER_DEFINITION_ID",
        learned=True,
        refuses_duplicates=False,  # a second POST makes a second record: the client checks first
        checks_first=True,
        forbidden_is_the_tokens=True,
        revoke_route=r"DELETE /api/v1/earned-badges/[^/]+",
        settles_revoke_itself=True,  # DELETE bodies may be dropped: it always checks afterwards
        # Hundreds of test learners: every well-formed peer mentor ID is known (PM-9999 is not).
        sim_settings=(("open_directory", True),),
    ),
}


def available() -> list[str]:
    """The cases whose simulator module exists in this tree."""
    found = []
    for key, case in PLATFORMS.items():
        try:
            importlib.import_module(case.sim_module)
        except ImportError:
            continue
        found.append(key)
    return found
