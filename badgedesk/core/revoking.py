"""Revoking or deleting issued awards: one learner's, or a whole run's (see :mod:`badgedesk.core.actions`).

Every platform call is journaled as an attempt (kind ``revoke`` or ``delete``) before it is sent and
completed after the answer; an unclear answer is read back from the platform before anything is
sent again. Part of the actions on a run; never imports Qt.
"""

from __future__ import annotations

from typing import Any

from badgedesk.core.action_steps import (
    _RETRY_KINDS,
    _STOP_KINDS,
    MAX_TRIES,
    Progress,
    _backoff,
    _cancelled,
    _notify,
    _reason,
    _row,
    _wait,
    _who,
    claim_state,
)
from badgedesk.core.journal import AttemptResult, Journal
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled
from badgedesk.platforms import base
from badgedesk.platforms.base import Award, Platform, PlatformError

# -- revoking ------------------------------------------------------------------------------------


def _check_revoked(journal: Journal, platform: Platform, row: dict[str, Any], kind: str) -> Award | None:
    """After an unclear revoke answer: the award if the platform shows it revoked, else None."""
    attempt = journal.begin_attempt(row["run_id"], row["id"], kind)
    try:
        award = platform.award(row["award_id"])
    except PlatformError as err:
        journal.finish_attempt(attempt, "check_failed", err.http_status, err.code, err.message)
        raise
    except Cancelled:
        journal.finish_attempt(attempt, "not_sent", None, "held", "Stopped before sending")
        raise
    revoked = claim_state(award.status, platform.key) == "Revoked"
    journal.finish_attempt(
        attempt,
        "revoke_confirmed" if revoked else "still_live",
        200,
        claim_state(award.status, platform.key),
        None,
        award.id,
    )
    return award if revoked else None


def _revoke(journal: Journal, platform: Platform, row: dict[str, Any], reason: str, kind: str) -> Award:
    """Revoke ``row``'s award on the platform and record it. Raises PlatformError or Cancelled.

    429, 503 and failed connects did nothing and are sent again. An unclear answer (timeout,
    dropped connection, 5xx) or a refusal is checked by reading the award: a revoked award is
    success (revoking is idempotent, so sending it again is harmless either way).
    """
    tries = 0
    finish: AttemptResult | None = None  # completed together with the row, in one transaction
    while True:
        attempt = journal.begin_attempt(row["run_id"], row["id"], kind)
        try:
            award = platform.revoke(row["award_id"], reason)
        except Cancelled:
            journal.finish_attempt(attempt, "not_sent", None, "held", "Stopped before sending")
            raise
        except PlatformError as err:
            outcome = err.kind if err.kind in _RETRY_KINDS else "revoke_failed"
            journal.finish_attempt(attempt, outcome, err.http_status, err.code, err.message)
            tries += 1
            if err.kind == base.AUTH:
                raise
            if err.kind in _RETRY_KINDS and tries < MAX_TRIES:
                _wait(platform, _backoff(err, tries))
                continue
            if err.kind in _RETRY_KINDS:
                raise
            try:  # unclear, or refused (e.g. already revoked on the website): look at the award
                award = _check_revoked(journal, platform, row, kind)
            except PlatformError:
                raise _award_error(err, row) from None
            if award is not None:
                break
            if err.kind == base.AMBIGUOUS and tries < MAX_TRIES:
                continue
            raise _award_error(err, row) from None
        except Exception as exc:  # a bug or an unexpected library error: the request may have gone out
            journal.finish_attempt(attempt, "revoke_failed", None, "client_error", repr(exc)[:300])
            raise
        else:
            finish = AttemptResult(attempt, "revoked", 200, "revoked", reason, award.id or row["award_id"])
            break
    journal.set_row(
        row["id"],
        "revoked",
        "revoked",
        f"Revoked: {reason}",
        200,
        params={"reason": reason, "award_id": row["award_id"]},
        finish=finish,
    )
    journal.set_claim(row["id"], "Revoked")
    journal.log_event(row["run_id"], "revoked", f"learner {row['id']}, award {row['award_id']}: {reason}")
    return award


def _check_deleted(journal: Journal, platform: Platform, row: dict[str, Any], kind: str) -> bool:
    """After an unclear delete answer: True if the award is gone (the delete took effect)."""
    attempt = journal.begin_attempt(row["run_id"], row["id"], kind)
    try:
        award = platform.award(row["award_id"])
    except Cancelled:
        journal.finish_attempt(attempt, "not_sent", None, "held", "Stopped before sending")
        raise
    except PlatformError as err:
        if err.http_status == 404:
            journal.finish_attempt(attempt, "delete_confirmed", 404, "deleted", None, row["award_id"])
            return True
        journal.finish_attempt(attempt, "check_failed", err.http_status, err.code, err.message)
        raise
    journal.finish_attempt(
        attempt, "still_there", 200, claim_state(award.status, platform.key), None, award.id
    )
    return False


def _delete(journal: Journal, platform: Platform, row: dict[str, Any], reason: str, kind: str) -> None:
    """Delete ``row``'s award for good, where the platform cannot revoke; the row becomes ``revoked``.

    Deleting is idempotent: an unclear answer is checked by reading the award (gone means done)
    and the delete is sent again if it is still there.
    """
    tries = 0
    while True:
        attempt = journal.begin_attempt(row["run_id"], row["id"], kind)
        try:
            platform.delete(row["award_id"])
        except Cancelled:
            journal.finish_attempt(attempt, "not_sent", None, "held", "Stopped before sending")
            raise
        except PlatformError as err:
            outcome = err.kind if err.kind in _RETRY_KINDS else "delete_failed"
            journal.finish_attempt(attempt, outcome, err.http_status, err.code, err.message)
            tries += 1
            if err.kind == base.AUTH or tries >= MAX_TRIES:
                raise
            if err.kind in _RETRY_KINDS:
                _wait(platform, _backoff(err, tries))
                continue
            if err.kind != base.AMBIGUOUS:
                raise
            if _check_deleted(journal, platform, row, kind):
                break
            continue  # still there: delete again
        else:
            journal.finish_attempt(attempt, "deleted", 200, "deleted", reason, row["award_id"])
            break
    journal.set_row(
        row["id"],
        "revoked",
        "deleted",
        f"Deleted permanently: {reason}",
        200,
        params={"reason": reason, "award_id": row["award_id"]},
    )
    journal.set_claim(row["id"], "Revoked")
    journal.log_event(row["run_id"], "deleted", f"learner {row['id']}, award {row['award_id']}: {reason}")


def _award_error(err: PlatformError, row: dict[str, Any]) -> PlatformError:
    """The platform's error, worded for an award rather than a badge when the award is missing."""
    if err.http_status != 404:
        return err
    return PlatformError(
        err.kind,
        "award_not_found",
        f"The platform has no award {row['award_id']} for {_who(row)}; it may have been deleted.",
        404,
    )


def _require_revocable(row: dict[str, Any]) -> None:
    if row["status"] == "already_issued":
        other = (row.get("params") or {}).get("run_id")
        where = f" in run {other}" if other else " elsewhere"
        raise InputError(
            "revoke_not_here",
            f"{_who(row)} was issued{where}, not by this run; revoke it from that run.",
            row=row["row_number"],
        )
    if row["status"] != "issued" or not row.get("award_id"):
        raise InputError(
            "revoke_not_issued",
            f"{_who(row)} has no issued award to revoke (status: {row['status']}).",
            row=row["row_number"],
            status=row["status"],
        )


def revoke_row(journal: Journal, platform: Platform, learner_id: int, reason: str) -> dict[str, Any]:
    """Revoke one learner's award. Returns the updated journal row (status "revoked")."""
    row = _row(journal, learner_id)
    _require_revocable(row)
    _revoke(journal, platform, row, _reason(reason), "revoke")
    return _row(journal, learner_id)


def delete_row(journal: Journal, platform: Platform, learner_id: int, reason: str) -> dict[str, Any]:
    """Delete one learner's award permanently (a platform that cannot revoke). Returns the updated
    journal row (status "revoked", detail "Deleted permanently")."""
    row = _row(journal, learner_id)
    _require_revocable(row)
    _delete(journal, platform, row, _reason(reason), "delete")
    return _row(journal, learner_id)


def revoke_run(
    journal: Journal,
    platform: Platform,
    run_id: int,
    reason: str,
    on_progress: Progress | None = None,
    recipients: set[str] | None = None,
    delete: bool = False,
) -> dict[str, int]:
    """Revoke every issued award of a run (e.g. issued with the wrong badge).

    Carries on past a learner whose revoke fails (each failure is reported through
    ``on_progress`` and recorded as an attempt); stops when the token is refused, the network
    is gone or ``platform.cancel`` is set. ``recipients`` limits it to those learners' keys;
    ``delete`` deletes the awards permanently instead (a platform that cannot revoke).
    Returns ``{"total", "revoked", "failed", "not_done"}``.
    """
    reason = _reason(reason)
    if journal.run(run_id) is None:
        raise InputError("run_not_found", f"There is no run {run_id} in the journal.", run_id=run_id)
    rows = [r for r in journal.rows(run_id) if r["status"] == "issued" and r.get("award_id")]
    if recipients is not None:  # only these learners (by the platform's key)
        rows = [r for r in rows if r["recipient_key"] in recipients]
    counts = {"total": len(rows), "revoked": 0, "failed": 0, "not_done": 0}
    journal.log_event(run_id, "revoke_run", f"{len(rows)} issued awards: {reason}")
    stopped: BaseException | None = None
    for done, row in enumerate(rows, start=1):
        if _cancelled(platform):
            break
        try:
            if delete:
                _delete(journal, platform, row, reason, "delete")
            else:
                _revoke(journal, platform, row, reason, "revoke")
        except Cancelled:
            break
        except PlatformError as err:
            counts["failed"] += 1
            _notify(on_progress, done, len(rows), _row(journal, row["id"]), False, err.message)
            if err.kind in _STOP_KINDS:
                stopped = err
                break
            continue
        counts["revoked"] += 1
        _notify(on_progress, done, len(rows), _row(journal, row["id"]), True, "")
    counts["not_done"] = counts["total"] - counts["revoked"] - counts["failed"]
    journal.log_event(
        run_id,
        "revoke_run_done",
        f"revoked {counts['revoked']} of {counts['total']}, {counts['failed']} failed, "
        f"{counts['not_done']} not done" + (f" ({stopped})" if stopped else ""),
    )
    return counts
