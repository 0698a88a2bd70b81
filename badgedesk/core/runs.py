"""The one way a run is created: the CLI and the desktop app both call :func:`create_run`.

A run records what it issues (badge, cohort, consent) and where: the platform, the saved
connection (if one was used), the environment and the address, whether that address was one
of BadgeDesk's simulators, and the account's name (the words exports and titles use). ``resume``, ``show``,
``export`` and ``revoke`` read the platform from the run.
"""

from __future__ import annotations

from dataclasses import dataclass

from badgedesk.core import plan
from badgedesk.core.journal import Journal, LearnerRecord
from badgedesk.core.validate import Cohort
from badgedesk.platforms.base import Badge, Platform


@dataclass(frozen=True)
class Target:
    """Where a run issues: a platform's environment at an address, through a saved connection or not."""

    platform: str  # the registry key
    environment: str  # the environment key the journal compares runs by
    base_url: str
    connection: str | None = None  # the saved connection's name
    simulated: bool = False  # one of BadgeDesk's simulators, not a real platform
    account: str = ""  # whom it issues as, in words: the provider's name, else the connection's

    @classmethod
    def of(cls, client: Platform, connection: str | None = None, account: str = "") -> Target:
        """The client's target; ``simulated`` when its answers said they came from a simulator."""
        simulated = bool(getattr(client, "simulated", False))  # a test's stand-in client may not say
        return cls(
            client.key,
            client.environment,
            client.base_url,
            connection,
            simulated,
            account or connection or "",
        )


def run_options(options: plan.RunOptions, rehearsal_to: str = "") -> dict:
    """What the journal keeps of a run's options (the engine reads expires, note, replace and extra)."""
    return {
        "issue_date": options.issue_date,
        "evidence_url": options.evidence_url,
        "evidence_text": options.evidence_text,
        "reissue": options.force,
        "expires": options.expires,
        "note": options.note,
        "replace_existing": options.replace_existing,
        "extra": dict(options.extra or {}),
        "rehearsal_to": rehearsal_to,
    }


def create_run(
    journal: Journal,
    target: Target,
    cohort: Cohort,
    records: list[LearnerRecord],
    badge: Badge,
    *,
    mode: str,
    options: plan.RunOptions,
    provider_id: str | None = None,
    sandbox: bool = False,
    real_badge_id: str | None = None,
    rehearsal_to: str = "",
) -> int:
    """Journal a new run in state ``ready`` with one row per learner; returns its ID."""
    info = plan.run_info(
        cohort,
        platform=target.platform,
        environment=target.environment,
        base_url=target.base_url,
        badge_id=badge.id,
        badge_name=badge.name,
        mode=mode,
        provider_id=provider_id,
        sandbox=sandbox,
        real_badge_id=real_badge_id,
        connection=target.connection,
        options={
            **run_options(options, rehearsal_to),
            "simulated": target.simulated,
            "account": target.account,
        },
    )
    return journal.create_run(info, records)
