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

# A symbol per status, so colour (colours.STATUS, for light and dark palettes) is never the only signal.
STATUS_SYMBOLS = {
    "issued": "✔",
    "already_issued": "✔",
    "needs_review": "⚠",
    "failed": "✖",
    "unknown": "?",
    "pending": "…",
    "cancelled": "–",
    "revoked": "⊘",
    "skipped_no_consent": "–",
    "skipped_invalid": "!",
    "skipped_duplicate": "=",
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
    # -- what platforms without a revoke, with a self-hosted address or an ID identity can answer ----
    # {said} is the platform's own words, " (the platform said: …)", or nothing when it gave none.
    "issued_draft": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Issued: a draft made earlier for this learner (e.g. by an interrupted run) was issued and sent, "
        "so no second credential was made.",
    ),
    "issued_after_expired": QT_TRANSLATE_NOOP(
        "Outcomes", "Issued: the learner's earlier credential had expired, so a new one was made and sent."
    ),
    "payment_required": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the platform says this badge uses a feature of a paid plan{said}. The run stopped before "
        "the next learner; upgrade the plan or choose another badge, then resume.",
    ),
    "missing_version": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the platform refused the API version BadgeDesk sends{said}. This is a problem in BadgeDesk, "
        "not in your account or file: update BadgeDesk, or report it.",
    ),
    "invalid_version": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the platform refused the API version BadgeDesk sends{said}. This is a problem in BadgeDesk, "
        "not in your account or file: update BadgeDesk, or report it.",
    ),
    "invalid_json": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the platform could not read BadgeDesk's request{said}. This is a problem in BadgeDesk: "
        "report it.",
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the token may not issue this badge{said}. The run stopped before the next learner; use a "
        "token with the right permissions, then resume.",
    ),
    "token_not_permitted": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: this token may not award or revoke badges (it needs an administrator's or the system's "
        "role){said}. The run stopped before the next learner; connect with such a token, then resume.",
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform reported a conflict{said}. Check this learner on the platform, then retry."
    ),
    "peer_mentor_unknown": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not awarded: the service does not know the ID {key}{said}. Check the ID in the file (a typing "
        "mistake?), then retry this row; the other learners went on.",
    ),
    "peer_mentor_missing": QT_TRANSLATE_NOOP(
        "Outcomes", "Not sent: this row has no ID for the learner. Fill it in the file, then retry the row."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the service answered “not found”{said}. Check the connection's address (the service's "
        "root), then resume.",
    ),
    "check_failed": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the check whether this learner already holds the badge failed{said}. Nothing was awarded; "
        "retry the row later.",
    ),
    "check_unreadable": QT_TRANSLATE_NOOP(
        "Outcomes",
        "Not sent: the check whether this learner already holds the badge gave an answer BadgeDesk cannot "
        "read. Nothing was awarded; retry the row later.",
    ),
    "revoke_refused": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform refused to revoke this award{said}. It is still issued; try again later."
    ),
    "revoke_unconfirmed": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform answered the revoke, but the award still shows as live (a proxy may have dropped the "
        "request's reason). It is still issued; try again, or revoke it on the platform.",
    ),
    "revoke_unsupported": QT_TRANSLATE_NOOP(
        "Outcomes", "This platform cannot revoke awards, only delete them permanently (Delete permanently…)."
    ),
    "delete_unsupported": QT_TRANSLATE_NOOP(
        "Outcomes", "This platform cannot delete awards; revoke them instead (Revoke award…)."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform kept asking BadgeDesk to slow down, so this row was not sent. Retry it later.",
    ),
    "service_unavailable": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform was unavailable (503); nothing was done. Retry the row later."
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform had a problem on its side{said}. The badge may or may not have been issued: BadgeDesk "
        "checks before sending again.",
    ),
    "unreadable_answer": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform's answer could not be read (a Wi-Fi login page or a proxy?). The badge may have been "
        "issued: BadgeDesk checks before sending again.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform did not answer in time. The badge may have been issued: BadgeDesk checks before "
        "sending again.",
    ),
    "connection_dropped": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The connection dropped while waiting for the answer. The badge may have been issued: BadgeDesk "
        "checks before sending again.",
    ),
    "network_unreachable": QT_TRANSLATE_NOOP(
        "Outcomes", "The platform could not be reached (no network?); nothing was sent. Resume when online."
    ),
    "unexpected_shape": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform answered in a form BadgeDesk does not know. Nothing more was done; report this if it "
        "goes on.",
    ),
    "too_many_pages": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The platform kept answering with more pages, so BadgeDesk stopped reading; try again later.",
    ),
    "client_error": QT_TRANSLATE_NOOP(
        "Outcomes", "Something went wrong in BadgeDesk while sending ({error}); check before re-issuing."
    ),
    "run_busy": QT_TRANSLATE_NOOP(
        "Outcomes", "This run is being issued by another BadgeDesk window right now; let it finish first."
    ),
    "badge_ref_invalid": QT_TRANSLATE_NOOP(
        "Outcomes",
        "That is not a badge ID the platform knows how to read; give the ID as the platform shows it.",
    ),
    "awarded_by_missing": QT_TRANSLATE_NOOP(
        "Outcomes", "The connection has no “Awarded by” ID: edit the connection (step 1) and give yours."
    ),
    "base_url_missing": QT_TRANSLATE_NOOP(
        "Outcomes",
        "This platform has no default address: edit the connection (step 1) and give the service's.",
    ),
    "base_url_invalid": QT_TRANSLATE_NOOP(
        "Outcomes", "The connection's address is not a web address: edit the connection (step 1)."
    ),
    "base_url_insecure": QT_TRANSLATE_NOOP(
        "Outcomes",
        "The connection's address is plain http: only https is used, except for this computer. Edit the "
        "connection (step 1).",
    ),
    "timeout_invalid": QT_TRANSLATE_NOOP(
        "Outcomes", "The connection's timeout is not a number of seconds: edit the connection (step 1)."
    ),
    "org_id_missing": QT_TRANSLATE_NOOP(
        "Outcomes", "The connection has no organisation ID: edit the connection (step 1) and give it."
    ),
    "environment_invalid": QT_TRANSLATE_NOOP(
        "Outcomes", "The connection names an environment this platform does not have: edit it (step 1)."
    ),
    "provider_missing": QT_TRANSLATE_NOOP(
        "Outcomes", "This platform lists badges per provider: choose a provider in step 2 first."
    ),
    "token_missing": QT_TRANSLATE_NOOP(
        "Outcomes", "The connection has no token: edit the connection (step 1) and paste one."
    ),
}
SAID = QT_TRANSLATE_NOOP("Outcomes", " (the platform said: {detail})")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def status_colour(status: str) -> QColor:
    """The status's colour for the palette in use (light or dark, see colours.py)."""
    from badgedesk.gui import colours

    return colours.status(status)


def status_symbol(status: str) -> str:
    return STATUS_SYMBOLS.get(status, "•")


def explain(code: str | None, params: dict[str, Any] | None, fallback: str | None) -> str:
    """The translated sentence for an outcome code, or the core's English message."""
    if code and code in TEMPLATES:
        values = {k: ("" if v is None else v) for k, v in (params or {}).items()}
        if "said" not in values:
            values["said"] = tr(SAID).format(detail=values["detail"]) if values.get("detail") else ""
        try:
            return tr(TEMPLATES[code]).format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    return fallback or ""
