"""The engine's look-ups: whether a learner already holds the badge, asked before the first send
("precheck"), after a crash ("doubt"), after an unclear answer ("confirm": two "absent" answers before
anything is sent again) or when another run may have sent it ("elsewhere"). A mixin of
:class:`~badgedesk.core.engine.Engine`; never imports Qt.
"""

from __future__ import annotations

from typing import Any

from badgedesk.core.engine_parts import backoff
from badgedesk.core.journal import AttemptResult
from badgedesk.core.ratelimit import Cancelled
from badgedesk.platforms import base
from badgedesk.platforms.base import Award, PlatformError


class EngineLookup:
    """Needs the engine's platform, journal, run_id, _run, settings, _sleep, _ready, _forced,
    _set_row, _halt, _network_wait and _network_ok."""

    def _find_issued(self, row: dict[str, Any]) -> tuple[str | None, str | None]:
        """The platform said "issued" without naming the award: look its ID up (best effort).

        The row is issued either way; a failed look-up only leaves the award's ID unknown.
        """
        for _ in range(3):
            try:
                awards = self.platform.find_awards(self._run["badge_id"], row["recipient_key"])
            except (PlatformError, Cancelled):
                return None, None
            if awards:
                return awards[0].id, awards[0].url or None
            try:
                self._sleep(self.settings.confirm_delay)
            except Cancelled:
                return None, None
        return None, None

    def _lookup(
        self, row: dict[str, Any], mode: str, known: set[str], other_run: int | None = None
    ) -> tuple[str, list[Award]]:
        """Ask the platform whether this learner holds the badge.

        ``mode``: "doubt" (after a crash), "confirm" (after an unclear answer: wait, and need two
        "absent" answers before re-sending), "precheck" (before the first send) or "elsewhere"
        (another run may have sent it). Returns ("found" | "absent" | "unknown" | "stopped", awards).
        """
        kind = "precheck" if mode == "precheck" else "lookup"
        failed_outcome = "precheck_failed" if mode == "precheck" else "lookup_failed"
        failures = 0
        absents_needed = 2 if mode == "confirm" else 1
        while True:
            if mode == "confirm":
                self._sleep(self.settings.confirm_delay)
            if not self._ready():
                return "stopped", []
            attempt = self.journal.begin_attempt(self.run_id, row["id"], kind)
            try:
                awards = [
                    a
                    for a in self.platform.find_awards(self._run["badge_id"], row["recipient_key"])
                    if a.id not in known
                ]
            except Cancelled:
                self.journal.finish_attempt(attempt, failed_outcome, None, "held", "Held before sending")
                return "stopped", []
            except PlatformError as err:
                self.journal.finish_attempt(attempt, failed_outcome, err.http_status, err.code, err.message)
                if err.kind == base.NOT_SENT:
                    self._network_wait()
                    continue
                if err.kind == base.AUTH:
                    if mode in ("doubt", "confirm"):
                        # The request may have reached the platform: the row is in doubt, not pending.
                        self._lookup_failed(row, mode, err, attempt)
                    self._halt(err.code, err.message, auth=True)
                    return "stopped", []
                failures += 1
                if err.kind in (base.AMBIGUOUS, base.UNAVAILABLE, base.RATE_LIMITED) and (
                    failures < self.settings.lookup_tries
                ):
                    self._sleep(
                        err.retry_after
                        or backoff(failures, self.settings.backoff_base, self.settings.backoff_cap)
                    )
                    continue
                self._lookup_failed(row, mode, err, attempt)
                return "unknown", []
            self._network_ok()
            award = awards[0] if awards else None
            result = AttemptResult(
                attempt, "found" if award else "absent", 200, None, None, award.id if award else None
            )
            if award is None:
                self.journal.finish_attempt(result.id, result.outcome, 200)
                absents_needed -= 1
                if absents_needed > 0:
                    continue
                return "absent", awards
            if mode == "precheck" and not self._forced(row):
                self._set_row(
                    row,
                    "already_issued",
                    "already_on_platform",
                    "The platform already lists this badge for this learner; not sent again.",
                    {"award_id": award.id},
                    award_id=award.id,
                    award_url=award.url,
                    finish=result,
                )
            elif mode == "precheck":  # a forced re-issue: the existing awards are noted, not final
                self.journal.finish_attempt(result.id, result.outcome, 200, None, None, award.id)
                return "absent", awards
            elif mode == "elsewhere":
                self._set_row(
                    row,
                    "already_issued",
                    "already_issued",
                    f"Already issued to this learner (run {other_run} left it unresolved; the platform has it).",
                    {"run_id": other_run, "award_id": award.id},
                    award_id=award.id,
                    award_url=award.url,
                    finish=result,
                )
            else:
                self._set_row(
                    row,
                    "issued",
                    "issued_confirmed",
                    "Issued (confirmed by looking the award up after an unclear answer).",
                    {"award_id": award.id},
                    award_id=award.id,
                    award_url=award.url,
                    finish=result,
                )
            return "found", awards

    def _lookup_failed(self, row: dict[str, Any], mode: str, err: PlatformError, attempt: int) -> None:
        params = {"reason": err.message, "http_status": err.http_status}
        if mode == "precheck":
            self._set_row(
                row,
                "failed",
                "precheck_failed",
                f"Could not check whether this learner already has the badge ({err.message}); "
                "nothing was sent. Retry the row.",
                params,
                http_status=err.http_status,
            )
        elif mode == "elsewhere":
            self._set_row(
                row,
                "unknown",
                "unresolved_elsewhere",
                "Another run may have issued this badge to this learner and it cannot be checked "
                f"({err.message}). Check the badge's recipients on the platform before re-issuing.",
                params,
                http_status=err.http_status,
            )
        else:
            self._set_row(
                row,
                "unknown",
                "lookup_impossible",
                f"The issue request may have reached the platform, and checking failed ({err.message}). "
                "Check the badge's recipients on the platform before re-issuing.",
                params,
                http_status=err.http_status,
            )
