"""Headers and answers as event and form tools export them.

Eventbrite attendee reports, Microsoft Forms and Google Forms responses, Zoom registration reports,
Teams attendance reports and Jotform/Typeform exports name columns after the question asked
("What's your first name?", "I consent to my name and email being shared with the badge platform")
and carry the buyer's contact beside the attendee's ("Buyer Email" and "Attendee Email"). This module
recognises them; :func:`badgedesk.core.validate.auto_map` uses it after its exact aliases.
Pure functions; never imports Qt.
"""

from __future__ import annotations

import re

# Words that make a column the buyer's (who paid), not the attendee's (who gets the badge).
BUYER_WORDS = frozenset({"buyer", "purchaser", "billing", "payer", "booker", "order", "invoice", "orderer"})
# Words that say a column is the attendee's own.
ATTENDEE_WORDS = frozenset(
    {"attendee", "participant", "learner", "student", "delegate", "ticket", "holder", "registrant", "trainee"}
)
# Whose details a question may ask besides the learner's: never the learner's own.
OTHER_PERSON = frozenset(
    {"emergency", "manager", "parent", "guardian", "supervisor", "referee", "assistant", "mother", "father"}
    | BUYER_WORDS
)

_CONSENT_SENTENCE = re.compile(
    r"\b(?:i|we|you)\s+(?:consent|agree|accept)\b"
    r"|\bconsent\s+to\b|\bconsent\s+for\b|\b(?:do|would)\s+you\s+(?:consent|agree|accept)\b"
    r"|\bagree\s+to\b|\bagree\s+that\b|\bgive\s+(?:my\s+|your\s+)?(?:consent|permission)\b"
    r"|\bpermission\s+to\b|\bhappy\s+for\b|\bopt\s+in\b|\bi\s+give\b"
)
_FIELD_PHRASES = (
    ("first_name", re.compile(r"\b(?:first|given|christian)\s+names?\b|\bforenames?\b")),
    ("last_name", re.compile(r"\b(?:last|family)\s+names?\b|\bsurnames?\b")),
    (
        "full_name",
        re.compile(
            r"\bfull\s+name\b|\byour\s+name\b|\bname\s+(?:of|for)\s+the\s+(?:attendee|participant|learner)\b"
        ),
    ),
    ("email", re.compile(r"\be\s?mail\b")),
)

# Answers a form gives for a ticked consent question, besides yes / y / true / 1 / x / ✓.
CONSENT_ANSWERS = frozenset(
    {
        "i agree",
        "agree",
        "agreed",
        "i consent",
        "consent given",
        "i accept",
        "accept",
        "accepted",
        "yes i agree",
        "yes i consent",
        "yes i accept",
        "checked",
        "ticked",
        "on",
        "selected",
        "opted in",
        "opt in",
    }
)


def words(normalised: str) -> set[str]:
    return set(normalised.split())


def is_sentence(normalised: str) -> bool:
    """A header that reads like a question or statement rather than a column name."""
    return len(normalised.split()) >= 3


def is_buyer(normalised: str) -> bool:
    return bool(words(normalised) & BUYER_WORDS)


def is_attendee(normalised: str) -> bool:
    return bool(words(normalised) & ATTENDEE_WORDS) and not is_buyer(normalised)


def is_consent_sentence(normalised: str) -> bool:
    return is_sentence(normalised) and bool(_CONSENT_SENTENCE.search(normalised))


def question_field(normalised: str) -> str | None:
    """The learner field a sentence-like header asks for, or None.

    "What's your first name?" is the first name; "I consent to …" is consent; a question about someone
    else ("Emergency contact email", "Buyer first name") is nobody's field here.
    """
    if not is_sentence(normalised):
        return None
    if is_consent_sentence(normalised):
        return "consent"
    if words(normalised) & OTHER_PERSON:
        return None
    for fld, pattern in _FIELD_PHRASES:
        if pattern.search(normalised):
            return fld
    return None


def consent_answer(normalised_answer: str) -> bool:
    """Whether a form's answer (normalised: lower case, punctuation as spaces) means consent."""
    return normalised_answer in CONSENT_ANSWERS
