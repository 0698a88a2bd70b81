"""Turn a validated cohort into the journal rows of a new run.

This is where consent is decided: a mapped consent column, or the operator's statement
that every learner consented. A row without consent is never sent.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, replace

from badgedesk.core.journal import LearnerRecord, RunInfo
from badgedesk.core.messages import InputError
from badgedesk.core.validate import Cohort, Learner
from badgedesk.platforms.base import EMAIL_IDENTITY

CONSENT_COLUMN = "column"
CONSENT_OPERATOR = "operator_statement"


@dataclass
class RunOptions:
    """Values set for the whole run; a cohort column overrides them per row."""

    issue_date: str = ""
    evidence_url: str = ""
    evidence_text: str = ""
    force: bool = False
    expires: str = ""  # YYYY-MM-DD for every award (a column overrides it)
    note: str = ""  # a note with every award (a Note column overrides it)
    replace_existing: bool = False  # replace an award the learner already holds (where the platform can)
    extra: dict[str, str] | None = None  # per-platform values for every award (e.g. locale)


def consent_mode(cohort: Cohort, all_consented: bool) -> str:
    has_column = "consent" in cohort.mapping
    if has_column and all_consented:
        header = cohort.table.headers[cohort.mapping["consent"]]
        raise InputError(
            "consent_conflict",
            f"{cohort.table.path.name} has a consent column ('{header}'), so --all-consented would override "
            "what learners said. Drop --all-consented, or unmap the column.",
            column=header,
        )
    if has_column:
        return CONSENT_COLUMN
    if all_consented:
        return CONSENT_OPERATOR
    raise InputError(
        "consent_missing",
        f"{cohort.table.path.name} has no consent column. Add a 'Consent' column (yes/no per learner), map one "
        "with --map consent=<column>, or state that every learner consented with --all-consented.",
    )


def _record(
    learner: Learner,
    mode: str,
    header: str,
    options: RunOptions,
    recipient_key: Callable[[str], str] | None,
) -> LearnerRecord:
    params: dict = {}
    if mode == CONSENT_COLUMN:
        consent = bool(learner.consent)
        source = f"column '{header}': {learner.consent_raw or '(empty)'}"
    else:
        consent = True
        source = "operator statement (--all-consented)"
    if not consent:
        status, code, message = "skipped_no_consent", "no_consent", "No consent recorded; not sent."
    elif learner.status == "valid":
        status, code, message = "pending", None, None
    else:
        first = learner.problems[0] if learner.problems else None
        status = learner.status
        code = first.code if first else learner.status
        params = dict(first.params) if first else {}
        message = "; ".join(p.message for p in learner.problems) or None
    return LearnerRecord(
        row_number=learner.row,
        recipient_key=recipient_key(learner.email)
        if recipient_key is not None and learner.email
        else learner.recipient_key,
        email=learner.email,
        first_name=learner.first_name,
        last_name=learner.last_name,
        consent=consent,
        consent_source=source,
        status=status,
        code=code,
        message=message,
        params=params,
        score=learner.score,
        evidence_text=learner.evidence_text or options.evidence_text,
        evidence_url=learner.evidence_url or options.evidence_url,
        issue_date=learner.issue_date or options.issue_date,
        force=options.force,
        external_id=learner.external_id,
        expires=learner.expires or options.expires,
        note=learner.note or options.note,
        extra={"locale": learner.locale} if learner.locale else {},
    )


def email_key(email: str) -> str:
    return EMAIL_IDENTITY.normalise(email)


def rehearsal_address(test_address: str, row_number: int) -> str:
    """``you@example.org`` → ``you+row12@example.org``: one distinct inbox alias per learner row."""
    local, at, domain = test_address.strip().partition("@")
    if not at or not local or "." not in domain:
        raise InputError(
            "test_address_invalid",
            f"'{test_address}' is not an email address. Enter your own test address, e.g. you@example.org.",
        )
    local = local.split("+", 1)[0]
    return f"{local}+row{row_number}@{domain}"


def to_rehearsal(records: list[LearnerRecord], test_address: str) -> list[LearnerRecord]:
    """A sandbox rehearsal that emails no learner: every award goes to the operator's own address,
    plus-addressed per row, so each row still gets an award of its own."""
    out = []
    for rec in records:
        if rec.status != "pending":
            out.append(rec)
            continue
        address = rehearsal_address(test_address, rec.row_number)
        out.append(
            replace(
                rec,
                email=address,
                recipient_key=email_key(address),
                params={**rec.params, "real_email": rec.email},
                consent_source=rec.consent_source + "; rehearsal to the operator's test address",
            )
        )
    return out


def learner_records(
    cohort: Cohort, mode: str, options: RunOptions, recipient_key: Callable[[str], str] | None = None
) -> list[LearnerRecord]:
    """Each learner's key is the cohort's identity (the platform's: a normalised email or the file's
    recipient ID); ``recipient_key``, if given, re-keys learners that have an email."""
    header = cohort.table.headers[cohort.mapping["consent"]] if "consent" in cohort.mapping else ""
    return [_record(learner, mode, header, options, recipient_key) for learner in cohort.learners]


def run_info(
    cohort: Cohort,
    *,
    platform: str,
    environment: str,
    base_url: str,
    badge_id: str,
    badge_name: str,
    mode: str,
    provider_id: str | None = None,
    sandbox: bool = False,
    real_badge_id: str | None = None,
    connection: str | None = None,
    options: dict | None = None,
) -> RunInfo:
    from badgedesk import __version__

    table = cohort.table
    try:
        operator = getpass.getuser()
    except Exception:  # no login name (some service accounts)
        operator = "unknown"
    return RunInfo(
        platform=platform,
        environment=environment,
        base_url=base_url,
        badge_id=badge_id,
        badge_name=badge_name,
        consent_mode=mode,
        provider_id=provider_id,
        connection=connection,
        sandbox=sandbox,
        real_badge_id=real_badge_id,
        source_name=table.path.name,
        source_path=str(table.path),
        source_sha256=table.sha256,
        sheet=table.sheet,
        mapping={field: table.headers[index] for field, index in cohort.mapping.items()},
        operator=operator,
        options=options or {},
        app_version=__version__,
    )
