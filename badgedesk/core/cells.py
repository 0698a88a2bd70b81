"""Cell checks: consent answers, names, emails, scores, dates and web addresses, as text.

Part of :mod:`badgedesk.core.validate` (which re-exports these names); never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from badgedesk.core import dateorder, formshapes

if TYPE_CHECKING:  # cohort imports this module at run time; avoid the cycle
    pass


__all__ = [  # what validate re-exports
    "clean_email",
    "collapse_spaces",
    "CONSENT_YES",
    "EVIDENCE_TEXT_LIMIT",
    "is_ambiguous_date",
    "is_valid_email",
    "is_valid_url",
    "NAME_PARTICLES",
    "parse_consent",
    "parse_issue_date",
    "parse_score",
    "split_full_name",
    "strip_controls",
]

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
