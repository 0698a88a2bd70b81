"""Map a table's columns to learner fields and check every learner row.

Pure functions over :class:`~badgedesk.core.cohort.Table`; never imports Qt. Problems the user can
fix in the spreadsheet are returned as :class:`~badgedesk.core.messages.Problem` (per row) or raised
as :class:`~badgedesk.core.messages.InputError` (whole file).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from badgedesk.core import dateorder, formshapes
from badgedesk.core.messages import InputError, Problem
from badgedesk.platforms import registry
from badgedesk.platforms.base import EMAIL_IDENTITY, Identity

if TYPE_CHECKING:  # cohort imports this module at run time; avoid the cycle
    from badgedesk.core.cohort import Table

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

CONSENT_YES = frozenset({"yes", "y", "true", "1", "x", "✓", "✔"})
EVIDENCE_TEXT_LIMIT = 500  # the platform's proxy silently drops larger payloads
NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ten",
        "ter",
    }
    | {"bin", "binti", "al", "el", "st", "st.", "mac", "ó", "o'", "y"}
)


# --------------------------------------------------------------------------- mapping


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


# --------------------------------------------------------------------------- cell checks


def parse_consent(value: str) -> bool:
    """yes / y / true / 1 / x / ✓ / ✔ (any case, stripped) mean consent, and what forms write for a
    ticked consent question ("I agree", "Yes, I consent", "Accepted", "Checked"); anything else does not."""
    text = str(value).strip().casefold()
    return text in CONSENT_YES or formshapes.consent_answer(" ".join(re.sub(r"[\W_]+", " ", text).split()))


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Drop control characters (keeping tab and line breaks); format marks such as RLM stay."""
    if text.isprintable():  # holds no control character (the common case: no regex needed)
        return text.strip()
    return _CONTROLS.sub("", text).strip()


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def split_full_name(full: str) -> tuple[str, str]:
    """'Ada Lovelace' -> ('Ada', 'Lovelace'); 'Lovelace, Ada' -> ('Ada', 'Lovelace');
    'Jean-Luc de la Tour' -> ('Jean-Luc', 'de la Tour'); a single word -> (word, '')."""
    full = collapse_spaces(full)
    if "," in full:
        last, _, first = full.partition(",")
        return collapse_spaces(first), collapse_spaces(last)
    words = full.split(" ")
    if len(words) < 2:
        return full, ""
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in NAME_PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


_LOCAL_OK = re.compile(r"^[^\s@,;:<>()\[\]\\\"]+$")
_LABEL_OK = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")


def clean_email(value: str) -> str:
    """Strip spaces, a leading 'mailto:' and surrounding <...>."""
    email = value.strip()
    if email[:7].casefold() == "mailto:":
        email = email[7:].strip()
    if email.startswith("<") and email.endswith(">"):
        email = email[1:-1].strip()
    return email


def is_valid_email(email: str) -> bool:
    """A sane syntax check (not RFC 5322): one @, no spaces, a dotted domain, no stray dots."""
    if email.count("@") != 1 or len(email) > 254:
        return False
    local, domain = email.split("@")
    if (
        not local
        or not _LOCAL_OK.match(local)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
    ):
        return False
    return _domain_ok(domain)


@functools.lru_cache(maxsize=4096)  # a cohort has few distinct domains
def _domain_ok(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL_OK.match(label) for label in labels):
        return False
    tld = labels[-1]
    return len(tld) >= 2 and (tld.isalpha() or tld.casefold().startswith("xn--"))


def parse_score(value: str) -> int | None:
    """'85', '85%', '85.0', '85,0' -> 85; None when not a whole number 0-100."""
    match = re.fullmatch(r"\+?(\d{1,3})(?:[.,]0+)?\s*%?", value.strip())
    if not match:
        return None
    score = int(match.group(1))
    return score if score <= 100 else None


_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_DMY_DATE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ][\d:.]+)?")
_EXCEL_SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
_TEXT_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y")


def parse_issue_date(value: str, today: dt.date | None = None, order: str = "dmy") -> tuple[str, str]:
    """Return (ISO date, '') or ('', reason). Slash dates are read in ``order``: "dmy" (day/month/year)
    or "mdy" (month/day/year); dotted dates are always day first."""
    today = today or dt.date.today()
    raw = value.strip()
    parsed: dt.date | None = None
    try:
        if match := _ISO_DATE.fullmatch(raw):
            parsed = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        elif _DMY_DATE.fullmatch(raw):
            parsed = dt.date(*dateorder.split(raw, order))  # type: ignore[misc]
        elif match := _EXCEL_SERIAL.fullmatch(raw):
            serial = int(match.group(1))
            if 20000 <= serial <= 80000:
                parsed = dt.date(1899, 12, 30) + dt.timedelta(days=serial)
        else:
            text = collapse_spaces(raw.replace(",", " "))
            for fmt in _TEXT_DATE_FORMATS:
                try:
                    parsed = dt.datetime.strptime(text, fmt).date()
                    break
                except ValueError:
                    continue
    except ValueError:
        return "", f"is not a real calendar date (dates with / are read as {dateorder.ORDER_NAMES[order]})"
    if parsed is None:
        return "", "is not a date BadgeDesk understands; use YYYY-MM-DD (e.g. 2026-11-25)"
    if parsed.year < 1900:
        return "", "is before 1900"
    if parsed.year > today.year + 1:
        return "", f"is too far in the future (after {today.year + 1})"
    return parsed.isoformat(), ""


def is_ambiguous_date(value: str) -> bool:
    """'03/04/2026' could be 3 April or March 4; a dotted date is always day first."""
    return dateorder.is_ambiguous(value)


def is_valid_url(value: str) -> bool:
    if any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and "." in (parts.hostname or "")
    )


def _show(value: str, limit: int = 60) -> str:
    text = collapse_spaces(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- learners and cohort


@dataclass(slots=True)  # 100,000 of them: no __dict__ each
class Learner:
    row: int  # source row number (1-based, as the user sees it in Excel)
    first_name: str
    last_name: str
    email: str  # as cleaned (stripped, no mailto:/<>)
    recipient_key: str  # the platform's key: the normalised email, or the file's recipient ID
    consent: bool | None  # None when no consent column is mapped
    consent_raw: str
    score: int | None
    evidence_text: str
    evidence_url: str
    issue_date: str  # ISO YYYY-MM-DD or ''
    status: str  # "valid" | "skipped_invalid" | "skipped_duplicate"
    problems: list[Problem] = field(default_factory=list)
    external_id: str = ""  # the file's recipient ID, if it has one
    expires: str = ""  # ISO YYYY-MM-DD or ''
    note: str = ""
    locale: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


STATUSES = ("valid", "skipped_invalid", "skipped_duplicate")


@dataclass
class Cohort:
    table: Table
    mapping: dict[str, int]
    learners: list[Learner]
    problems: list[Problem] = field(default_factory=list)  # file-level notes
    identity: Identity = EMAIL_IDENTITY
    # field -> how its column was found: see explain_map(); "chosen" when the user chose it
    mapped_by: dict[str, str] = field(default_factory=dict)
    date_columns: list[dateorder.DateColumn] = field(default_factory=list)  # columns with ambiguous dates

    @property
    def needs_date_order(self) -> bool:
        """Some date column holds dates that could be read either way and no order is chosen."""
        return any(col.needs_choice for col in self.date_columns)

    @property
    def consent_header(self) -> str | None:
        """The header of the column taken as consent (to show which one was taken), or None."""
        index = self.mapping.get("consent")
        return self.table.headers[index] if index is not None else None

    @property
    def valid(self) -> list[Learner]:
        return [learner for learner in self.learners if learner.status == "valid"]

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for learner in self.learners:
            counts[learner.status] = counts.get(learner.status, 0) + 1
        return counts


def _where(table: Table) -> str:
    if table.sheet is not None:
        return f"{table.path.name} (sheet '{table.sheet}', header row {table.header_row})"
    return f"{table.path.name} (header row {table.header_row})"


class _RowChecker:
    """Builds one Learner from one row; collects its problems."""

    def __init__(
        self,
        table: Table,
        mapping: dict[str, int],
        today: dt.date,
        identity: Identity = EMAIL_IDENTITY,
        names_required: bool = True,
    ) -> None:
        self.identity = identity
        self.names_required = names_required
        self.headers = table.headers
        self.file = table.path.name
        self.mapping = mapping
        self.today = today
        # Per mapping, not per row: where a missing name is reported, and whether any name is mapped.
        self.name_col = {n: n if n in mapping else "full_name" for n in ("first_name", "last_name")}
        self.names_mapped = any(n in mapping for n in ("first_name", "last_name", "full_name"))
        self.orders: dict[str, str | None] = {}  # date field -> its order; None while a choice is needed

    def column(self, fld: str) -> str:
        index = self.mapping[fld]
        return collapse_spaces(self.headers[index]) or f"column {column_letter(index)}"

    def cell(self, cells: list[str], fld: str) -> str:
        index = self.mapping.get(fld)
        return strip_controls(cells[index]) if index is not None and index < len(cells) else ""

    def problem(self, code: str, row: int, fld: str, value: str, text: str) -> Problem:
        column = self.column(fld)
        return Problem(
            code,
            f"{self.file}, row {row}, column '{column}': {text}",
            {"file": self.file, "row": row, "column": column, "value": value},
        )

    def order_unknown(self, value: str, fld: str) -> bool:
        return fld in self.orders and self.orders[fld] is None and is_ambiguous_date(value)

    def parse_date(self, value: str, fld: str, today: dt.date) -> tuple[str, str]:
        order = self.orders.get(fld)
        if order is None and _DMY_DATE.fullmatch(value.strip()):
            # No order known (none needed, or the column shows both): a value that is not ambiguous
            # has one reading only.
            for candidate in dateorder.ORDERS:
                parsed, reason = parse_issue_date(value, today, candidate)
                if not reason:
                    return parsed, ""
        return parse_issue_date(value, today, order or "dmy")

    def order_needed(self, row: int, fld: str, value: str) -> Problem:
        readings = " or ".join(
            f"{dateorder.ORDER_NAMES[o]} ({dateorder.reading(value, o)})" for o in dateorder.ORDERS
        )
        return self.problem(
            "date_order_needed",
            row,
            fld,
            value,
            f"'{_show(value)}' could be {readings}. Choose the column's date order; "
            "until then this row gets no badge.",
        )

    def learner(self, row: int, cells: list[str]) -> Learner:
        problems: list[Problem] = []
        add = problems.append
        first, last = (
            collapse_spaces(self.cell(cells, "first_name")),
            collapse_spaces(self.cell(cells, "last_name")),
        )
        full = collapse_spaces(self.cell(cells, "full_name"))
        if full and not (first and last):
            split_first, split_last = split_full_name(full)
            first, last = first or split_first, last or split_last
        name_col, names_mapped = self.name_col, self.names_mapped
        if not first and (self.names_required or (names_mapped and last)):
            add(
                self.problem(
                    "first_name_missing",
                    row,
                    name_col["first_name"],
                    first,
                    "the first name is missing. Add it in the spreadsheet and open it again.",
                )
            )
        if not last and (self.names_required or (names_mapped and first)):
            if full and name_col["last_name"] == "full_name":
                text = f"'{_show(full)}' has no last name. Enter the learner's full name and open it again."
            else:
                text = "the last name is missing. Add it in the spreadsheet and open it again."
            add(self.problem("last_name_missing", row, name_col["last_name"], full or last, text))

        for fld, value in (("first_name", first), ("last_name", last)):
            if value and not (value[0].isalpha() or any(c.isalpha() for c in value)):
                add(
                    self.problem(
                        "name_invalid",
                        row,
                        name_col[fld],
                        value,
                        f"'{_show(value)}' is not a name (it has no letters; a date or number "
                        "in a name column?). Correct it in the spreadsheet and open it again.",
                    )
                )

        raw_email = self.cell(cells, "email")
        email = clean_email(raw_email)
        external_id = collapse_spaces(self.cell(cells, "recipient_id"))
        if not self.identity.uses_email and not external_id:
            add(
                self.problem(
                    "recipient_id_missing",
                    row,
                    "recipient_id",
                    external_id,
                    f"the {self.identity.label} is missing. Add it in the spreadsheet and open it again.",
                )
            )
        if not email and not self.identity.uses_email:
            pass  # the platform keys on the recipient ID: an email is optional
        elif not email:
            add(
                self.problem(
                    "email_missing",
                    row,
                    "email",
                    raw_email,
                    "the email address is missing. Add it in the spreadsheet and open it again.",
                )
            )
        elif not is_valid_email(email):
            add(
                self.problem(
                    "email_invalid",
                    row,
                    "email",
                    raw_email,
                    f"'{_show(raw_email)}' is not a valid email address. "
                    "Correct it in the spreadsheet and open it again.",
                )
            )

        consent_raw = self.cell(cells, "consent")
        consent = parse_consent(consent_raw) if "consent" in self.mapping else None

        score = None
        raw_score = self.cell(cells, "score")
        if raw_score:
            score = parse_score(raw_score)
            if score is None:
                add(
                    self.problem(
                        "score_invalid",
                        row,
                        "score",
                        raw_score,
                        f"'{_show(raw_score)}' is not a whole number from 0 to 100. "
                        "Correct it in the spreadsheet and open it again.",
                    )
                )

        issue_date = ""
        raw_date = self.cell(cells, "issue_date")
        if raw_date and self.order_unknown(raw_date, "issue_date"):
            add(self.order_needed(row, "issue_date", raw_date))
        elif raw_date:
            issue_date, reason = self.parse_date(raw_date, "issue_date", self.today)
            if reason:
                add(
                    self.problem(
                        "issue_date_invalid",
                        row,
                        "issue_date",
                        raw_date,
                        f"'{_show(raw_date)}' {reason}. Correct it in the spreadsheet and open it again.",
                    )
                )

        evidence_url = self.cell(cells, "evidence_url")
        if evidence_url and not is_valid_url(evidence_url):
            add(
                self.problem(
                    "evidence_url_invalid",
                    row,
                    "evidence_url",
                    evidence_url,
                    f"'{_show(evidence_url)}' is not a web address starting with http:// or https://. "
                    "Correct it in the spreadsheet and open it again.",
                )
            )
        evidence_text = self.cell(cells, "evidence_text")
        if len(evidence_text) > EVIDENCE_TEXT_LIMIT:
            add(
                self.problem(
                    "evidence_text_too_long",
                    row,
                    "evidence_text",
                    _show(evidence_text),
                    f"the evidence text is {len(evidence_text)} characters long; the limit is "
                    f"{EVIDENCE_TEXT_LIMIT}. Shorten it in the spreadsheet and open it again.",
                )
            )

        expires = ""
        raw_expires = self.cell(cells, "expires")
        if raw_expires and self.order_unknown(raw_expires, "expires"):
            add(self.order_needed(row, "expires", raw_expires))
        elif raw_expires:
            expires, reason = self.parse_date(
                raw_expires, "expires", self.today.replace(year=self.today.year + 98)
            )
            if not reason and expires < self.today.isoformat():
                expires, reason = "", "is in the past"
            if reason:
                add(
                    self.problem(
                        "expires_invalid",
                        row,
                        "expires",
                        raw_expires,
                        f"'{_show(raw_expires)}' as an expiry date {reason}. "
                        "Correct it in the spreadsheet and open it again.",
                    )
                )

        return Learner(
            row=row,
            first_name=first,
            last_name=last,
            email=email,
            recipient_key=self.identity.key(email, external_id),
            external_id=external_id,
            expires=expires,
            note=collapse_spaces(self.cell(cells, "note")),
            locale=collapse_spaces(self.cell(cells, "locale")),
            consent=consent,
            consent_raw=consent_raw,
            score=score,
            evidence_text=evidence_text,
            evidence_url=evidence_url,
            issue_date=issue_date,
            status="skipped_invalid" if problems else "valid",
            problems=problems,
        )


def build_cohort(
    table: Table,
    overrides: dict[str, str] | None = None,
    today: dt.date | None = None,
    *,
    identity: Identity = EMAIL_IDENTITY,
    names_required: bool = True,
    date_order: str | None = None,
) -> Cohort:
    """Map the table's columns and check every learner row.

    ``date_order`` ("dmy" or "mdy") is how slash dates that could be read either way are read; without
    it a date column whose own values do not show the order is listed in :attr:`Cohort.date_columns`
    as needing a choice (a ``date_order_needed`` note), and its ambiguous dates are not used.

    ``identity`` is the platform's key for a learner: an email column is required only where the
    platform keys on email; otherwise the recipient ID column is (and names only if ``names_required``).
    """
    if date_order not in (None, *dateorder.ORDERS):
        raise InputError(
            "date_order_invalid", f"'{date_order}' is not a date order: use dmy or mdy.", order=date_order
        )
    mapping = resolve_mapping(table.headers, overrides)
    auto, found_by = explain_map(table.headers)
    how = {f: found_by[f] if auto.get(f) == i else "chosen" for f, i in mapping.items()}
    where = _where(table)
    columns = _column_list(table.headers)
    if not identity.uses_email and identity.field not in mapping:
        raise InputError(
            "no_recipient_id_column",
            f"No column for the {identity.label} was found in {where}. Found columns: {columns}. "
            f"Name the column '{identity.label}' or choose it with --map {identity.field}=<column>.",
            file=table.path.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns=[h for h in table.headers if h],
        )
    if identity.uses_email and "email" not in mapping:
        raise InputError(
            "no_email_column",
            f"No column for email addresses was found in {where}. Found columns: {columns}. "
            "Rename the column to 'Email' or choose it with --map email=<column>.",
            file=table.path.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns=[h for h in table.headers if h],
        )
    if names_required and not ({"first_name", "last_name"} <= mapping.keys() or "full_name" in mapping):
        raise InputError(
            "no_name_columns",
            f"No columns for learners' names were found in {where}. Found columns: {columns}. "
            "Name them 'First name' and 'Last name' (or 'Full name'), or choose them with "
            "--map first_name=<column> --map last_name=<column>.",
            file=table.path.name,
            sheet=table.sheet,
            header_row=table.header_row,
            columns=[h for h in table.headers if h],
        )
    checker = _RowChecker(table, mapping, today or dt.date.today(), identity, names_required)
    date_columns: list[dateorder.DateColumn] = []
    for fld in ("issue_date", "expires"):
        if fld in mapping:
            index = mapping[fld]
            values = (cells[index] for _, cells in table.rows if index < len(cells))
            surveyed = dateorder.survey(fld, index, checker.column(fld), values, date_order)
            if surveyed is not None:
                date_columns.append(surveyed)
                checker.orders[fld] = surveyed.order
    mapped = sorted(set(mapping.values()))
    learners: list[Learner] = []
    first_row_of: dict[str, int] = {}
    for row, cells in table.rows:
        if not any(cells[i] for i in mapped if i < len(cells)):
            continue  # nothing a learner is made of: a note or an empty row
        learner = checker.learner(row, cells)
        if learner.status == "valid":
            first = first_row_of.get(learner.recipient_key)
            if first is None:
                first_row_of[learner.recipient_key] = row
            else:
                learner.status = "skipped_duplicate"
                key_field = "email" if identity.uses_email else identity.field
                what = "email address" if identity.uses_email else identity.label
                shown = learner.email if identity.uses_email else learner.external_id
                learner.problems.append(
                    Problem(
                        "duplicate",
                        f"{checker.file}, row {row}, column '{checker.column(key_field)}': "
                        f"'{_show(shown)}' repeats the "
                        f"{what} of row {first}; only row {first} will get a badge. "
                        "Remove the duplicate row if that is wrong.",
                        {
                            "row": row,
                            "column": checker.column(key_field),
                            "value": shown,
                            "first_row": first,
                        },
                    )
                )
        learners.append(learner)
    if not learners:
        raise InputError(
            "empty",
            f"{where} has a header row but no learners below it. "
            "Add one learner per row under the header, save, and open it again.",
            file=table.path.name,
            sheet=table.sheet,
        )
    notes: list[Problem] = []
    if "consent" not in mapping:
        notes.append(
            Problem(
                "no_consent_column",
                f"{table.path.name} has no consent column, so no learner's consent is recorded. "
                "Add a 'Consent' column (yes/no) if badges need the learner's agreement.",
                {"file": table.path.name},
            )
        )
    notes.extend(_date_notes(table.path.name, date_columns))
    notes.extend(_mapping_notes(table, mapping, how))
    return Cohort(
        table=table,
        mapping=mapping,
        learners=learners,
        problems=notes,
        identity=identity,
        mapped_by=how,
        date_columns=date_columns,
    )


def _date_notes(file: str, columns: list[dateorder.DateColumn]) -> list[Problem]:
    notes = []
    for col in columns:
        params = {
            "file": file,
            "field": col.field,
            "column": col.column,
            "count": col.ambiguous,
            "example": col.example,
            "readings": dict(col.readings),
            "choices": list(dateorder.ORDERS),
        }
        if col.needs_choice:
            notes.append(
                Problem(
                    "date_order_needed",
                    f"{file}, column '{col.column}': {col.ambiguous} date(s) such as {col.example} could be "
                    f"day/month/year ({col.readings['dmy']}) or month/day/year ({col.readings['mdy']}). "
                    "Choose day-first or month-first (--date-order dmy or mdy); until then those rows get "
                    "no badge.",
                    params,
                )
            )
        elif not col.chosen:
            notes.append(
                Problem(
                    "date_order_shown",
                    f"{file}, column '{col.column}': dates such as {col.example} were read as "
                    f"{dateorder.ORDER_NAMES[col.order or 'dmy']}, as {col.shown_by} in the same column shows. "
                    "Choose the other order if that is wrong.",
                    params | {"order": col.order, "shown_by": col.shown_by},
                )
            )
    return notes


def _mapping_notes(table: Table, mapping: dict[str, int], how: dict[str, str]) -> list[Problem]:
    """Say which header was taken where it was not a plain column name."""
    file, notes = table.path.name, []
    if how.get("consent") == "question":
        header = collapse_spaces(table.headers[mapping["consent"]])
        notes.append(
            Problem(
                "consent_column_from_question",
                f"{file}: the answers to '{_show(header, 80)}' (column {column_letter(mapping['consent'])}) "
                "are taken as the learners' consent. Choose another consent column if that is wrong.",
                {"file": file, "column": header, "letter": column_letter(mapping["consent"])},
            )
        )
    if how.get("email") == "buyer":
        header = collapse_spaces(table.headers[mapping["email"]])
        notes.append(
            Problem(
                "buyer_email_used",
                f"{file}: the only email column is '{header}', the buyer's; badges go to those addresses. "
                "Add the attendees' own emails if the buyer is not the learner.",
                {"file": file, "column": header, "letter": column_letter(mapping["email"])},
            )
        )
    return notes
