"""Which column holds which learner field: header aliases, form questions, the user's choices.

Part of :mod:`badgedesk.core.validate` (which re-exports these names); never imports Qt.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from badgedesk.core import formshapes
from badgedesk.core.cells import collapse_spaces
from badgedesk.core.messages import InputError
from badgedesk.platforms import registry

if TYPE_CHECKING:  # cohort imports this module at run time; avoid the cycle
    pass


FIELDS = (
    "first_name",
    "last_name",
    "full_name",
    "email",
    "consent",
    "score",
    "evidence_text",
    "evidence_url",
    "issue_date",
    "recipient_id",
    "expires",
    "note",
    "locale",
)

# Header names as normalise_header() renders them: lower case, accents dropped, punctuation and
# underscores as single spaces, "(…)" removed.  Matching also ignores the spaces ("FirstName").
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": (
        "first name",
        "forename",
        "forenames",
        "given name",
        "given names",
        "first",
        "christian name",
        "learner first name",
        "student first name",
        "participant first name",
        "prenom",
        "vorname",
        "nombre",
    ),
    "last_name": (
        "last name",
        "surname",
        "family name",
        "last",
        "learner last name",
        "student last name",
        "participant last name",
        "learner surname",
        "nom de famille",
        "nachname",
        "familienname",
        "apellido",
        "apellidos",
    ),
    "full_name": (
        "full name",
        "learner name",
        "student name",
        "participant name",
        "attendee name",
        "delegate name",
        "candidate name",
        "recipient name",
        "learner full name",
        "display name",
        "name",
        "names",
        "learner",
        "student",
        "participant",
        "attendee",
        "delegate",
        "nom complet",
    ),
    "email": (
        "email",
        "email address",
        "mail",
        "mail address",
        "learner email",
        "student email",
        "participant email",
        "attendee email",
        "delegate email",
        "recipient email",
        "work email",
        "courriel",
        "adresse email",
        "correo",
        "correo electronico",
    ),
    "consent": (
        "consent",
        "consent given",
        "consented",
        "badge consent",
        "consent to badge",
        "consent to share",
        "gdpr consent",
        "opt in",
        "permission",
        "agreed",
    ),
    "score": (
        "score",
        "scores",
        "mark",
        "marks",
        "percentage",
        "percent",
        "points",
        "test score",
        "exam score",
        "assessment score",
        "final score",
        "quiz score",
        "score percent",
    ),
    "evidence_text": (
        "evidence",
        "evidence text",
        "evidence description",
        "evidence narrative",
        "evidence notes",
        "narrative",
    ),
    "evidence_url": (
        "evidence url",
        "evidence link",
        "evidence uri",
        "evidence web address",
        "portfolio url",
        "portfolio link",
        "url",
        "link",
    ),
    "issue_date": (
        "issue date",
        "date issued",
        "issued",
        "issued on",
        "date",
        "completion date",
        "date completed",
        "completed on",
        "award date",
        "date awarded",
        "awarded on",
        "event date",
        "course date",
    ),
    # The file's own ID for a learner: the key where the platform keys on it, otherwise carried along
    # (as the platform's earner ID). Platforms add the names their identity goes by (the registry).
    "recipient_id": (
        "recipient id",
        "external id",
        "learner id",
        "student id",
        "participant id",
        "member id",
        "employee id",
        "staff id",
        "earner id",
        "issuer earner id",
    ),
    "expires": (
        "expires",
        "expires at",
        "expires on",
        "expiry",
        "expiry date",
        "expiration",
        "expiration date",
        "valid until",
    ),
    # "Notes" is left alone: a trainer's own notes column is not meant for the platform.
    "note": ("note", "award note", "badge note"),
    "locale": ("locale", "badge locale", "email locale"),
}

# "Name", "Learner"… mean the full name only when there are no first/last-name columns.
_WEAK_FULL_NAME = frozenset({"name", "names", "learner", "student", "participant", "attendee", "delegate"})

# --------------------------------------------------------------------------- mapping


@functools.lru_cache(maxsize=8192)  # header search asks about the same cells many times
def normalise_header(text: str) -> str:
    """'E-mail Address (work)' -> 'e mail address'; accents dropped, case folded."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _compact(text: str) -> str:
    return normalise_header(text).replace(" ", "")


for _field, _extra in registry.header_aliases().items():
    HEADER_ALIASES[_field] = HEADER_ALIASES.get(_field, ()) + tuple(
        a for a in _extra if a not in HEADER_ALIASES[_field]
    )
_ALIAS_LOOKUP: dict[str, str] = {}
for _field, _aliases in HEADER_ALIASES.items():
    for _alias in _aliases:
        _ALIAS_LOOKUP.setdefault(_compact(_alias), _field)
_WEAK_COMPACT = frozenset(_compact(a) for a in _WEAK_FULL_NAME)
_EXCEL_ERROR = re.compile(r"^\s*#(?:NAME\?|N/A|REF!|VALUE!|DIV/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)\s*$")
_SOMEONE_ELSE = formshapes.OTHER_PERSON - formshapes.BUYER_WORDS  # buyers' emails are a last resort
_EMAIL_NOT = ("consent", "opt", "sent", "verified", "status", "date", "bounce")


def auto_map(headers: list[str]) -> dict[str, int]:
    """Field -> 0-based column index for the headers that name a learner field."""
    return explain_map(headers)[0]


def explain_map(headers: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """:func:`auto_map` and, per mapped field, how its column was found.

    ``"alias"``: the header is one of the field's names; ``"question"``: the header reads like a form's
    question or statement ("I consent to …", "What's your first name?"); ``"email_in_header"``: a header
    that mentions email; ``"buyer"``: the only email column is the buyer's (who paid), not the
    attendee's. Where both exist, the attendee's column wins over the buyer's or an unlabelled one.
    """
    mapping, how = _explain(tuple(headers))
    return dict(mapping), dict(how)


@functools.lru_cache(maxsize=1024)  # opening a file asks about its header row several times
def _explain(headers: tuple[str, ...]) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, str], ...]]:
    mapping, how = _explain_map(headers)
    return tuple(mapping.items()), tuple(how.items())


def _explain_map(headers: tuple[str, ...]) -> tuple[dict[str, int], dict[str, str]]:
    candidates: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        if _EXCEL_ERROR.match(header):
            continue  # '#NAME?' is a broken formula, not a "Name" column
        fld = _ALIAS_LOOKUP.get(_compact(header))
        if fld:
            candidates.setdefault(fld, []).append(index)
    normalised = [normalise_header(h) for h in headers]
    mapping: dict[str, int] = {}
    how: dict[str, str] = {}
    for fld, indexes in candidates.items():
        attendee = [i for i in indexes if formshapes.is_attendee(normalised[i])]
        mapping[fld], how[fld] = (attendee or indexes)[0], "alias"
    taken = set(mapping.values())
    for index, text in enumerate(normalised):
        fld = formshapes.question_field(text) if index not in taken else None
        if fld and fld not in mapping:
            mapping[fld], how[fld] = index, "question"
            taken.add(index)
    if "email" not in mapping:
        found = [
            i
            for i, header in enumerate(headers)
            if "email" in _compact(header)
            and not any(w in _compact(header) for w in _EMAIL_NOT)
            and i not in taken
            and not formshapes.words(normalised[i]) & _SOMEONE_ELSE
        ]
        ranked = sorted(
            found,
            key=lambda i: (formshapes.is_buyer(normalised[i]), not formshapes.is_attendee(normalised[i]), i),
        )
        if ranked:
            mapping["email"] = ranked[0]
            how["email"] = "buyer" if formshapes.is_buyer(normalised[ranked[0]]) else "email_in_header"
    weak_full = "full_name" in mapping and _compact(headers[mapping["full_name"]]) in _WEAK_COMPACT
    if weak_full and "first_name" in mapping and "last_name" in mapping:
        del mapping["full_name"]
        how.pop("full_name", None)
    elif weak_full and "last_name" in mapping and "first_name" not in mapping:
        mapping["first_name"] = mapping.pop("full_name")  # "Name" next to "Surname" is the first name
        how["first_name"] = how.pop("full_name")
    return mapping, how


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB'."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _column_list(headers: list[str], limit: int = 15) -> str:
    named = [collapse_spaces(h) for h in headers if h]
    shown = ", ".join(f"'{h}'" for h in named[:limit]) or "(none)"
    if len(named) > limit:
        shown += f" and {len(named) - limit} more"
    return shown


def _column_index(headers: list[str], spec: str) -> int | None:
    wanted = _compact(spec)
    if wanted:
        for index, header in enumerate(headers):
            if _compact(header) == wanted:
                return index
    spec = spec.strip()
    if spec.isdigit():
        index = int(spec) - 1
        return index if 0 <= index < len(headers) else None
    if re.fullmatch(r"[A-Za-z]{1,3}", spec):
        index = 0
        for ch in spec.upper():
            index = index * 26 + ord(ch) - 64
        return index - 1 if index - 1 < len(headers) else None
    return None


def resolve_mapping(headers: list[str], overrides: dict[str, str] | None = None) -> dict[str, int]:
    """auto_map() plus explicit choices: field -> header text, 1-based column number or letter.

    An override wins over whatever auto_map() put in that column; an empty value unmaps the field.
    """
    mapping = auto_map(headers)
    for fld, spec in (overrides or {}).items():
        if fld not in FIELDS:
            raise InputError(
                "unknown_field",
                f"'{fld}' is not a learner field. Use one of: {', '.join(FIELDS)}.",
                field=fld,
                fields=list(FIELDS),
            )
        spec = str(spec)
        if not spec.strip():
            mapping.pop(fld, None)
            continue
        index = _column_index(headers, spec)
        if index is None:
            last = column_letter(max(len(headers) - 1, 0))
            raise InputError(
                "unknown_column",
                f"No column matches '{spec}' (for {fld}). Columns are: {_column_list(headers, 30)}. "
                f"Give the header text, a column number (1-{len(headers)}) or a letter (A-{last}).",
                field=fld,
                column=spec,
                columns=[h for h in headers if h],
            )
        for other in [f for f, i in mapping.items() if i == index and f != fld]:
            del mapping[other]
        mapping[fld] = index
    return mapping
