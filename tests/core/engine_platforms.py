"""Each simulated platform as a test case, so the engine's suites run over all of them alike.

A case knows how to start its simulator (with a scaled-down rate limit so the suites stay
quick), open a client on it, which badge to issue, how to put an award on the platform
through its real API (as another tool or an earlier run would), and how to read the
simulator's ledger. Nothing here reaches past a simulator's public API.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from badgedesk.core.ratelimit import LearnedLimiter, SlidingWindowLimiter
from badgedesk.platforms import registry
from badgedesk.platforms.base import IssueRequest, Platform

WINDOW = 0.4  # the simulators enforce 5 requests per 0.4 s (Navigatr's 5 per 2 s, scaled down)


@dataclass(frozen=True)
class Case:
    key: str
    sim_module: str
    sim_class: str
    badge_attr: str  # the simulator module's constant for an issuable badge
    other_badge_attr: str  # a second issuable badge
    learned: bool  # the platform publishes no limit: the client learns one
    issue_method: str  # the HTTP method of the issue request
    refuses_duplicates: bool  # the platform answers a second award with "already has this badge"

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

    def simulator(self, **settings: Any) -> Any:
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

    def seed_award(self, sim: Any, badge_id: str, email: str, first: str = "A", last: str = "B") -> None:
        """Put an award on the platform through its own API, as another tool would have."""
        client = self.client(sim, timeout=5.0)
        try:
            for _ in range(20):  # each call here has a limiter of its own: wait out the server's 429s
                answer = client.issue(IssueRequest.for_email(str(badge_id), email, first, last))
                if answer.kind != "rate_limited":
                    break
                time.sleep(answer.retry_after or WINDOW)
        finally:
            client.close()
        assert answer.kind == "issued", answer

    def ledger(self, sim: Any) -> list[dict[str, Any]]:
        return [a for a in sim.ledger() if not self.is_revoked(a)]

    def is_revoked(self, award: dict[str, Any]) -> bool:
        state = str(award.get("status") or award.get("state") or "").lower()
        return state in ("revoked", "replaced")

    def ledger_key(self, award: dict[str, Any]) -> tuple[str, str]:
        badge = award.get("badge_id") or award.get("badge_template_id")
        if badge is None and isinstance(award.get("badge_template"), dict):
            badge = award["badge_template"].get("id")
        if badge is None and isinstance(award.get("badge"), dict):
            badge = award["badge"].get("id")
        return str(badge), str(award.get("recipient_email") or "").strip().lower()

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
        """The recipient's normalised email in a ledger entry."""
        return self.ledger_key(award)[1]

    def award_state(self, award: dict[str, Any]) -> str:
        """A ledger entry's state, lower-cased ("pending", "revoked"; Navigatr spells them "Pending", …)."""
        return str(award.get("status") or award.get("state") or "").lower()


PLATFORMS: dict[str, Case] = {
    "navigatr": Case(
        "navigatr",
        "badgedesk.platforms.navigatr_sim",
        "NavigatrSimulator",
        "FIRST_AID_BADGE_ID",
        "SANDBOX_BADGE_ID",
        learned=False,
        issue_method="PUT",
        refuses_duplicates=False,
    ),
    "credly": Case(
        "credly",
        "badgedesk.platforms.credly_sim",
        "CredlySimulator",
        "ACTIVE_TEMPLATE_ID",
        "SANDBOX_TEMPLATE_ID",
        learned=True,
        issue_method="POST",
        refuses_duplicates=True,
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


Factory = Callable[..., Any]
