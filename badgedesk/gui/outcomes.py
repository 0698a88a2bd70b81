"""Translatable texts for the core's stable codes: row statuses and outcome codes.

The core reports ``code`` + ``params`` + an English ``message``. Here each code gets a
``tr()``-able template; a code without one falls back to the core's English message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

CONTEXT = "Outcomes"

STATUS_LABELS = {
    "issued": QT_TRANSLATE_NOOP("Outcomes", "Issued"),
    "needs_review": QT_TRANSLATE_NOOP("Outcomes", "Needs review"),
    "failed": QT_TRANSLATE_NOOP("Outcomes", "Failed"),
    "skipped_no_consent": QT_TRANSLATE_NOOP("Outcomes", "No consent"),
    "skipped_invalid": QT_TRANSLATE_NOOP("Outcomes", "Invalid row"),
    "skipped_duplicate": QT_TRANSLATE_NOOP("Outcomes", "Duplicate"),
    "already_issued": QT_TRANSLATE_NOOP("Outcomes", "Already issued"),
    "unknown": QT_TRANSLATE_NOOP("Outcomes", "Unknown: check first"),
    "pending": QT_TRANSLATE_NOOP("Outcomes", "Pending"),
    "revoked": QT_TRANSLATE_NOOP("Outcomes", "Revoked"),
    "cancelled": QT_TRANSLATE_NOOP("Outcomes", "Cancelled"),
}

# Colour-blind-safe hues, plus a symbol so colour is never the only signal.
STATUS_STYLE = {
    "issued": ("#1b7f3b", "✔"),
    "already_issued": ("#2f6f4f", "✔"),
    "needs_review": ("#b45309", "⚠"),
    "failed": ("#b91c1c", "✖"),
    "unknown": ("#7c2d12", "?"),
    "pending": ("#4b5563", "…"),
    "cancelled": ("#6b7280", "–"),
    "revoked": ("#6b21a8", "⊘"),
    "skipped_no_consent": ("#6b7280", "–"),
    "skipped_invalid": ("#b91c1c", "!"),
    "skipped_duplicate": ("#6b7280", "="),
}

TEMPLATES = {
    "issued": QT_TRANSLATE_NOOP("Outcomes", "Issued."),
    "issued_confirmed": QT_TRANSLATE_NOOP(
        "Outcomes", "Issued (confirmed by looking the award up after an unclear answer)."
    ),
    "already_issued": QT_TRANSLATE_NOOP(
        "Outcomes", "Already issued to this learner in run {run_id}; not sent again."
    ),
    "already_on_platform": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform already lists this badge for this learner; not sent again."
    ),
    "already_held": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform refused a second award: this learner already holds this badge. Nothing new was issued.",
    ),
    "score_below_minimum": QT_TRANSLATE_NOOP(
        "Outcomes", "Score {score} is below the badge's minimum of {min_score}; not sent."
    ),
    "score_too_low": QT_TRANSLATE_NOOP("Outcomes", "Not issued: {detail}. The badge needs a minimum score."),
    "accepted_not_issued": QT_TRANSLATE_NOOP("Outcomes", "Not issued: {detail}."),
    "badge_not_api_issuable": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform does not let this badge be issued through its API (it comes from elsewhere). "
        "Choose another badge.",
    ),
    "provider_forbidden": QT_TRANSLATE_NOOP(
        "Outcomes", "This account does not administer the badge's provider."
    ),
    "badge_not_found": QT_TRANSLATE_NOOP(
        "Outcomes", "The badge or provider could not be found; it may be deleted."
    ),
    "badge_unpublished": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The badge is unpublished or its provider deactivated. Publish it again, or choose another.",
    ),
    "request_invalid": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform refused this learner's details: {detail}."
    ),
    "token_rejected": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The token was refused (invalid, expired or revoked). Enter a new one; the run can resume.",
    ),
    "lookup_impossible": QT_TRANSLATE_NOOP(
        "Outcomes", "The request may have reached the platform and checking failed. Check before re-issuing."
    ),
    "unresolved_elsewhere": QT_TRANSLATE_NOOP(
        "Outcomes", "Another run may have issued this and it cannot be checked. Check before re-issuing."
    ),
    "precheck_failed": QT_TRANSLATE_NOOP(
        "Outcomes", "Could not check whether this learner already has the badge; nothing was sent."
    ),
    "gave_up": QT_TRANSLATE_NOOP("Outcomes", "Gave up after {attempts} attempts; retry the row later."),
    "no_consent": QT_TRANSLATE_NOOP("Outcomes", "No consent recorded; not sent."),
    "cancelled": QT_TRANSLATE_NOOP("Outcomes", "Cancelled before sending."),
    "unexpected_status": QT_TRANSLATE_NOOP("Outcomes", "The platform answered {http_status}: {detail}."),
    "revoked": QT_TRANSLATE_NOOP("Outcomes", "Revoked: {reason}"),
    "deleted": QT_TRANSLATE_NOOP("Outcomes", "Deleted permanently: {reason}"),
    "revoked_on_platform": QT_TRANSLATE_NOOP("Outcomes", "The award was revoked on the platform."),
    "issued_replacing": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Issued, replacing the learner's earlier badge {replaces_award_id} (Update existing badges).",
    ),
    "issued_award_unknown": QT_TRANSLATE_NOOP(
        "Outcomes", "Issued (the platform answered with the badge, not the award; the award was looked up)."
    ),
    "template_archived": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The badge template is archived and cannot issue badges. Restore it, or choose an active one.",
    ),
    "template_draft": QT_TRANSLATE_NOOP(
        "Outcomes", "The badge template is still a draft. Publish it so it is active, or choose another."
    ),
    "template_not_active": QT_TRANSLATE_NOOP(
        "Outcomes", "The badge template is not active. Make it active, or choose an active one."
    ),
    "token_forbidden": QT_TRANSLATE_NOOP(
        "Outcomes", "The token may not do this for this organisation. Use a token with the right permissions."
    ),
    "award_not_found": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform has no such award; it may have been deleted."
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "Outcomes", "The request was too large for the platform; shorten the evidence text."
    ),
    "correction_pending": QT_TRANSLATE_NOOP(
        "Outcomes", "Email corrected from {old_email}; waiting to be issued to the new address."
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def status_colour(status: str) -> QColor:
    return QColor(STATUS_STYLE.get(status, ("#374151", ""))[0])


def status_symbol(status: str) -> str:
    return STATUS_STYLE.get(status, ("", "•"))[1]


def explain(code: str | None, params: dict[str, Any] | None, fallback: str | None) -> str:
    """The translated sentence for an outcome code, or the core's English message."""
    if code and code in TEMPLATES:
        try:
            return tr(TEMPLATES[code]).format(
                **{k: ("" if v is None else v) for k, v in (params or {}).items()}
            )
        except (KeyError, IndexError, ValueError):
            pass
    return fallback or ""
