"""What can be done to a run after it was issued: revoke, correct, retry, track claims, export.

Every platform call is journaled as an attempt (kind ``revoke``, ``correct`` or ``claim``),
committed before the request is sent and completed after the answer, exactly as the engine
does for issuing. None of these outcomes counts as "in doubt": a revoke or a claim check can
never issue a badge, so the engine's look-up-before-resend rule is not triggered by them.

Re-issuing (after an email correction, or for retried rows) always goes through the
engine, so every safety rule of issuing applies.

Long loops (:func:`revoke_run`, :func:`refresh_claims`) stop early when the platform's
``cancel`` event is set, and report progress through ``on_progress(event)`` where
``event`` is ``{"done", "total", "row", "ok", "message"}`` (plain data, any thread).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from badgedesk.core import locks
from badgedesk.core.journal import AttemptResult, Journal
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled
from badgedesk.core.validate import is_valid_email
from badgedesk.platforms import base, registry
from badgedesk.platforms import words as where_words
from badgedesk.platforms.base import Award, Platform, PlatformError

if TYPE_CHECKING:
    from badgedesk.core.export import About

Progress = Callable[[dict[str, Any]], None]

# Claim states as the platform reports them (Failed = the award email bounced).
CLAIM_STATES = ("Pending", "Claimed", "Failed", "Complained", "Revoked", "Declined", "Replaced")
# Row statuses that retry_rows may set back to pending. Never "unknown": those need a lookup,
# which the engine does on resume. Never anything issued.
RETRYABLE = ("failed", "needs_review", "cancelled")
# Row statuses whose email may be corrected (an issued award is revoked first).
CORRECTABLE = ("issued", "failed", "needs_review", "revoked", "pending", "cancelled")
# Rows that a run would still send when resumed.
WAITING = ("pending", "unknown", "cancelled")

_RETRY_KINDS = (base.RATE_LIMITED, base.UNAVAILABLE, base.NOT_SENT)
_STOP_KINDS = (base.AUTH, base.NOT_SENT)
MAX_TRIES = 4


# -- helpers -------------------------------------------------------------------------------------


def _row(journal: Journal, learner_id: int) -> dict[str, Any]:
    row = journal.row(learner_id)
    if row is None:
        raise InputError("row_not_found", f"There is no learner {learner_id} in the journal.", id=learner_id)
    if isinstance(row.get("params"), str):
        row["params"] = json.loads(row["params"] or "{}")
    return row


def _reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise InputError(
            "reason_missing",
            "Give a reason for revoking: the platform records it and the learner may see it.",
        )
    return text[:500]


def _who(row: dict[str, Any]) -> str:
    name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
    return f"row {row['row_number']} ({name or row['email']})"


def _cancelled(platform: Platform) -> bool:
    return platform.cancel.is_set()


def _wait(platform: Platform, seconds: float) -> None:
    """Wait before a re-send; a set ``platform.cancel`` stops at once."""
    if platform.cancel.wait(seconds):
        raise Cancelled()


def _backoff(err: PlatformError, tries: int) -> float:
    return err.retry_after if err.retry_after is not None else min(0.5 * 2**tries, 10.0)


def _recipient_key(platform: Platform, email: str) -> str:
    return platform.recipient_key(email)


def claim_state(raw: str, platform: str = "") -> str:
    """The platform's award status as a claim state: the platform's own words mapped by the registry
    (an earner who "accepted" a badge has claimed it), else in canonical spelling ("claimed" → "Claimed")."""
    text = (raw or "").strip()
    if platform:
        mapped = registry.get(platform).claim_states.get(text.casefold())
        if mapped:
            return mapped
    for state in CLAIM_STATES:
        if text.casefold() == state.casefold():
            return state
    return text or "Unknown"


def _notify(
    on_progress: Progress | None, done: int, total: int, row: dict[str, Any], ok: bool, msg: str
) -> None:
    if on_progress is not None:
        on_progress({"done": done, "total": total, "row": row, "ok": ok, "message": msg})


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


# -- correcting an email -------------------------------------------------------------------------


def correct_email(
    journal: Journal,
    platform: Platform,
    learner_id: int,
    new_email: str,
    reason: str,
    engine_factory: Callable[[int], Any],
) -> dict[str, Any]:
    """Correct a learner's email as one journaled change: revoke the wrong award, issue the right one.

    The old award (if issued) is revoked first; if that fails nothing else changes. Then the
    row gets the new address and goes back to pending, and ``engine_factory(run_id).run()``
    issues it with all of the engine's safety (rate limit, duplicate guard, lookups). The run
    must have no other learner waiting to be sent, or the engine would send them too.

    Returns ``{"learner_id", "run_id", "old_email", "new_email", "old_award_id", "new_award_id",
    "revoked", "status", "run_state", "stop_message", "row"}``.
    """
    row = _row(journal, learner_id)
    run_id = row["run_id"]
    new_email = (new_email or "").strip()
    if not is_valid_email(new_email):
        raise InputError(
            "email_invalid",
            f"'{new_email}' is not a valid email address; check it and try again.",
            email=new_email,
        )
    spec = registry.get(platform.key)
    if not spec.can_correct_email:
        raise InputError(
            "correct_unsupported",
            f"{spec.label} cannot correct an email here: it keys learners on {spec.identity.label.lower()}"
            + ("" if spec.capabilities.revoke == registry.REVOKE else " and cannot revoke an award")
            + ". Correct the learner on the platform itself.",
            platform=spec.key,
        )
    reason = _reason(reason)
    new_key = _recipient_key(platform, new_email)
    if row["status"] not in CORRECTABLE:
        raise InputError(
            "correct_status",
            f"{_who(row)} cannot be corrected here (status: {row['status']}).",
            row=row["row_number"],
            status=row["status"],
        )
    if not row.get("consent"):
        raise InputError("correct_no_consent", f"{_who(row)} has no consent; it is never sent.")
    if row["status"] == "issued" and new_key == row["recipient_key"]:
        raise InputError(
            "email_unchanged",
            f"{new_email} is already {_who(row)}'s address; nothing to correct.",
            email=new_email,
        )
    waiting = [r for r in journal.rows(run_id) if r["id"] != learner_id and r["status"] in WAITING]
    if waiting:
        raise InputError(
            "run_unfinished",
            f"Run {run_id} still has {len(waiting)} learners waiting to be sent (pending, unknown or cancelled). "
            "Resume or finish the run first, then correct the email.",
            run_id=run_id,
            waiting=len(waiting),
        )
    if locks.is_live(journal.path, run_id):
        raise InputError(
            "run_busy",
            f"Run {run_id} is being issued right now. Let it finish, then correct the email.",
            run_id=run_id,
        )
    old_email = row["email"]
    old_award = row["award_id"] if row["status"] == "issued" else None
    journal.log_event(run_id, "correction", f"learner {learner_id}: {old_email} -> {new_email}: {reason}")
    if old_award:
        _revoke(journal, platform, row, reason, "correct")
    # The address changes before the row is pending: a crash in between can never send to the old one.
    journal.set_recipient(learner_id, new_email, new_key, row["first_name"], row["last_name"])
    journal.set_row(
        learner_id,
        "pending",
        "correction_pending",
        f"Email corrected from {old_email}; waiting to be issued to the new address.",
        params={"old_email": old_email, "reason": reason, "old_award_id": old_award},
    )
    result = engine_factory(run_id).run()
    after = _row(journal, learner_id)
    new_award = after["award_id"] if after["status"] == "issued" and after["award_id"] != old_award else None
    if new_award:
        try:
            _check_claim(journal, platform, after)
        except (PlatformError, Cancelled):
            journal.set_claim(learner_id, "")  # the old award's "Revoked" no longer describes this row
        after = _row(journal, learner_id)
    journal.log_event(
        run_id,
        "corrected_award",
        f"learner {learner_id}: award {old_award or '-'} to {old_email} "
        f"{'revoked' if old_award else '(none)'}; award {new_award or '-'} to {new_email} "
        f"({after['status']}); reason: {reason}",
    )
    return {
        "learner_id": learner_id,
        "run_id": run_id,
        "old_email": old_email,
        "new_email": new_email,
        "old_award_id": old_award,
        "new_award_id": new_award,
        "revoked": bool(old_award),
        "status": after["status"],
        "run_state": getattr(result, "state", None),
        "stop_message": getattr(result, "stop_message", None),
        "row": after,
    }


# -- retrying ------------------------------------------------------------------------------------


def retry_rows(journal: Journal, run_id: int, statuses: tuple[str, ...] = ("failed", "needs_review")) -> int:
    """Set a run's failed / needs-review (/ cancelled) rows back to pending; resuming sends them.

    Unknown rows are never touched (the engine looks them up on resume), nor anything issued.
    Returns how many rows were reset.
    """
    wanted = tuple(s for s in statuses if s in RETRYABLE)
    if not wanted:
        return 0
    count = journal.set_rows_status(run_id, wanted, "pending", None)
    if count:
        journal.log_event(run_id, "retry", f"{count} rows ({', '.join(wanted)}) set to pending")
    return count


# -- claim tracking ------------------------------------------------------------------------------


def _check_claim(journal: Journal, platform: Platform, row: dict[str, Any]) -> str:
    attempt = journal.begin_attempt(row["run_id"], row["id"], "claim")
    try:
        award = platform.award(row["award_id"])
    except Cancelled:
        journal.finish_attempt(attempt, "not_sent", None, "held", "Stopped before sending")
        raise
    except PlatformError as err:
        journal.finish_attempt(attempt, "claim_failed", err.http_status, err.code, err.message)
        raise
    state = claim_state(award.status, platform.key)
    result = AttemptResult(attempt, "checked", 200, state, None, award.id)
    if state == "Revoked" and row["status"] == "issued":  # revoked on the website: no longer live
        journal.set_row(
            row["id"],
            "revoked",
            "revoked_on_platform",
            "The award was revoked on the platform.",
            200,
            params={"award_id": row["award_id"]},
            finish=result,
        )
    else:
        journal.finish_attempt(attempt, result.outcome, 200, state, None, award.id)
    journal.set_claim(row["id"], state)
    return state


def refresh_claims(
    journal: Journal, platform: Platform, run_id: int, on_progress: Progress | None = None
) -> dict[str, int]:
    """Read each issued award's state from the platform and record it on the row.

    Returns counts by claim state (``Pending``, ``Claimed``, ``Failed`` = the email bounced,
    ``Complained``, ``Revoked``, and any other state the platform reports), plus ``error`` (awards
    that could not be read) and ``stopped`` (1 when cancelled or stopped early).
    """
    rows = [r for r in journal.rows(run_id) if r["status"] == "issued" and r.get("award_id")]
    counts: dict[str, int] = dict.fromkeys(CLAIM_STATES, 0)
    counts.update(error=0, stopped=0)
    for done, row in enumerate(rows, start=1):
        if _cancelled(platform):
            counts["stopped"] = 1
            break
        try:
            state = _check_claim(journal, platform, row)
        except Cancelled:
            counts["stopped"] = 1
            break
        except PlatformError as err:
            counts["error"] += 1
            _notify(on_progress, done, len(rows), _row(journal, row["id"]), False, err.message)
            if err.kind in _STOP_KINDS:
                counts["stopped"] = 1
                break
            continue
        counts[state] = counts.get(state, 0) + 1
        _notify(on_progress, done, len(rows), _row(journal, row["id"]), True, "")
    journal.log_event(
        run_id, "claims_checked", ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "no issued awards"
    )
    return counts


# -- export --------------------------------------------------------------------------------------


def export_about(run: dict[str, Any], where: str = "") -> About:
    """What an export of ``run`` says about it (an :class:`badgedesk.core.export.About`): its ID,
    ``where`` (the caller's words, e.g. the GUI's Results title; else the registry's English words
    from what the run recorded), the badge, and the time and version of the export."""
    from badgedesk.core import export

    badge = f"{run.get('badge_name') or ''} ({run.get('badge_id')})".strip()
    if run.get("sandbox"):
        badge += ", sandbox rehearsal"
    return export.About(run["id"], where or where_words.run_where(run), badge)


def export_run(
    journal: Journal, run_id: int, out: str | Path, with_source: bool = True, where: str = ""
) -> Path:
    """Export a run's results to ``out`` (.xlsx or .csv), with where it issued (see :func:`export_about`).

    When the run's learner list still exists (and ``with_source``), the export is a copy of it with
    the result columns added on the right; otherwise the journal's own columns. A target that is
    open in Excel raises InputError "export_locked" with ``params["suggestion"]`` (a free name) and
    ``params["suggestion_path"]``. A learner list that changed or cannot be read raises an
    "export_source_…" InputError: export again with ``with_source=False``.
    """
    from badgedesk.core import export
    from badgedesk.core.cohort import read_table

    run = journal.run(run_id)
    if run is None:
        raise InputError("run_not_found", f"There is no run {run_id} in the journal.", run_id=run_id)
    out = Path(out)
    rows = journal.rows(run_id)
    about = export_about(run, where)
    source = Path(run.get("source_path") or "")
    if with_source and run.get("source_path") and source.is_file():
        try:
            table = read_table(source, sheet=run.get("sheet"))
        except InputError as err:
            raise InputError(
                "export_source_unreadable",
                f"The learner list {source.name} cannot be read now ({err.message}) "
                "Export the results on their own instead.",
                file=str(source),
            ) from None
        return export.export_with_source(
            table, rows, out, run_id, source_sha256=run.get("source_sha256") or None, about=about
        )
    if export.is_locked(out):
        raise export.locked_error(out)
    try:
        return export.export_rows(rows, out, title=f"Run {run_id}", about=about)
    except InputError as err:
        if err.code == "export_locked" and "suggestion" not in err.params:
            raise export.locked_error(out) from None
        raise
