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

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from badgedesk.core import locks
from badgedesk.core.action_steps import (
    _STOP_KINDS,
    CLAIM_STATES,
    CORRECTABLE,
    RETRYABLE,
    WAITING,
    Progress,
    _cancelled,
    _notify,
    _reason,
    _recipient_key,
    _row,
    _who,
    claim_state,
)
from badgedesk.core.journal import AttemptResult, Journal
from badgedesk.core.messages import InputError
from badgedesk.core.ratelimit import Cancelled
from badgedesk.core.revoking import _revoke, delete_row, revoke_row, revoke_run  # noqa: F401 (revoking is part of actions' API)
from badgedesk.core.validate import is_valid_email
from badgedesk.platforms import registry
from badgedesk.platforms import words as where_words
from badgedesk.platforms.base import Platform, PlatformError

if TYPE_CHECKING:
    from badgedesk.core.export import About


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
