"""The Cohort page's words about a draft: why no cohort could be built, the notes about the learner
list, the summary line. Translated in the page's context ("CohortPage"); no work per learner (the
counts are the draft's, made off the window thread)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from badgedesk.core.draft import CohortDraft
from badgedesk.gui.cohort_findings import SHOWN_HERE


def draft_error_text(draft: CohortDraft) -> str:
    err = draft.error
    assert err is not None
    name = draft.path.name
    if err.code == "no_email_column":
        return QCoreApplication.translate(
            "CohortPage",
            "No column for email addresses was found in {name} (header row {row}). Choose it under "
            "Column mapping (Email), or pick another header row or sheet.",
        ).format(name=name, row=draft.header_row)
    if err.code == "no_recipient_id_column":
        return QCoreApplication.translate(
            "CohortPage",
            "No column for the {key} was found in {name} (header row {row}). Choose it under Column "
            "mapping ({key}), or pick another header row or sheet.",
        ).format(key=draft.identity.label, name=name, row=draft.header_row)
    if err.code == "no_name_columns":
        return QCoreApplication.translate(
            "CohortPage",
            "No columns for the learners' names were found in {name} (header row {row}). Choose First "
            "name and Last name (or Full name) under Column mapping, or pick another header row or sheet.",
        ).format(name=name, row=draft.header_row)
    return err.message


def draft_notes(draft: CohortDraft) -> list[str]:
    notes = [p.message for p in draft.notes]
    for problem in draft.cohort.problems if draft.cohort else []:
        if problem.code in SHOWN_HERE:
            continue  # in the mapping area, in words of its own (CohortFindings)
        if problem.code == "no_consent_column":
            notes.append(
                QCoreApplication.translate(
                    "CohortPage",
                    "There is no consent column: tick each learner who agreed, or use Tick all "
                    "consent… to record your statement that they all did.",
                )
            )
        else:
            notes.append(problem.message)
    return notes


def summary(c: dict[str, int]) -> str:
    learners = (
        QCoreApplication.translate("CohortPage", "1 learner")
        if c["learners"] == 1
        else QCoreApplication.translate("CohortPage", "{count} learners")
    )
    parts = [
        learners.format(count=c["learners"]),
        QCoreApplication.translate("CohortPage", "{count} ready").format(count=c["ready"]),
    ]
    optional = (
        ("no_consent", QCoreApplication.translate("CohortPage", "{count} no consent")),
        ("invalid", QCoreApplication.translate("CohortPage", "{count} invalid")),
        ("duplicate", QCoreApplication.translate("CohortPage", "{count} duplicate")),
        ("already_issued", QCoreApplication.translate("CohortPage", "{count} already issued")),
        ("check_email", QCoreApplication.translate("CohortPage", "{count} email(s) to check")),
    )
    parts += [text.format(count=c[key]) for key, text in optional if c[key]]
    return " · ".join(parts)
