"""Spot likely typos in the domain of an email address ('gmial.com', 'outlook.con', '.uk.co').

Syntax is :func:`badgedesk.core.validate.is_valid_email`'s job; this only suggests a fix for a
domain that is *not* a known mail domain but sits one slip away from one. University, company
and other unknown domains are never touched unless their ending is a non-existent typo of
.com/.net/.org/.co.uk.
"""

from __future__ import annotations

import functools

# Mail domains people really use. A domain in this set is never "fixed".
KNOWN_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.co.uk",
        "hotmail.fr",
        "hotmail.de",
        "hotmail.it",
        "hotmail.es",
        "hotmail.nl",
        "outlook.com",
        "outlook.co.uk",
        "outlook.fr",
        "outlook.de",
        "outlook.ie",
        "live.com",
        "live.co.uk",
        "live.fr",
        "live.ie",
        "msn.com",
        "windowslive.com",
        "yahoo.com",
        "yahoo.co.uk",
        "yahoo.fr",
        "yahoo.de",
        "yahoo.es",
        "yahoo.it",
        "yahoo.ie",
        "yahoo.com.au",
        "yahoo.ca",
        "ymail.com",
        "rocketmail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "aol.co.uk",
        "aim.com",
        "btinternet.com",
        "btopenworld.com",
        "sky.com",
        "virginmedia.com",
        "ntlworld.com",
        "blueyonder.co.uk",
        "talktalk.net",
        "tiscali.co.uk",
        "protonmail.com",
        "protonmail.ch",
        "proton.me",
        "pm.me",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "gmx.co.uk",
        "web.de",
        "mail.com",
        "email.com",
        "zoho.com",
        "fastmail.com",
        "hey.com",
        "tutanota.com",
        "yandex.com",
        "mail.ru",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "qq.com",
        "163.com",
        "cloud.com",
        "eircom.net",
    }
)

# Fuzzy targets: the big providers whose name is long enough that a one-letter slip is a typo,
# not another real domain. Order is popularity: on a tie the first wins.
_TARGETS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.co.uk",
    "googlemail.com",
    "yahoo.co.uk",
    "btinternet.com",
    "outlook.co.uk",
    "virginmedia.com",
    "ntlworld.com",
    "talktalk.net",
    "protonmail.com",
    "blueyonder.co.uk",
    "rocketmail.com",
    "live.co.uk",
)
LONG_DOMAIN = 12  # a target this long may be two slips away

# Short providers are too close to real domains for fuzzy matching: only these exact slips.
_EXACT_TYPOS = {
    "liv.com": "live.com",
    "lvie.com": "live.com",
    "ilve.com": "live.com",
    "livee.com": "live.com",
    "skyy.com": "sky.com",
    "sky.co": "sky.com",
    "aol.co": "aol.com",
    "aoll.com": "aol.com",
    "icoud.com": "icloud.com",
    "msn.co": "msn.com",
}

# Endings that are not real top-level domains but slips of a real one.
_TLD_TYPOS = {
    "con": "com",
    "cmo": "com",
    "ocm": "com",
    "comm": "com",
    "coom": "com",
    "cim": "com",
    "vom": "com",
    "xom": "com",
    "cpm": "com",
    "c0m": "com",
    "comn": "com",
    "nte": "net",
    "ner": "net",
    "nett": "net",
    "ogr": "org",
    "orgg": "org",
    "couk": "co.uk",
}
# Two-label endings written the wrong way round or slipped: 'uk.co' -> 'co.uk'.
_SUFFIX_TYPOS = {
    ("uk", "co"): "co.uk",
    ("uk", "org"): "org.uk",
    ("uk", "ac"): "ac.uk",
    ("co", "ku"): "co.uk",
    ("co", "uj"): "co.uk",
    ("co", "ik"): "co.uk",
    ("co", "ukk"): "co.uk",
    ("cp", "uk"): "co.uk",
    ("xo", "uk"): "co.uk",
}


def damerau_levenshtein(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) to turn ``a`` into ``b`` (OSA distance)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def _fix_ending(domain: str) -> str:
    labels = domain.split(".")
    if len(labels) >= 3 and tuple(labels[-2:]) in _SUFFIX_TYPOS:
        return ".".join([*labels[:-2], _SUFFIX_TYPOS[(labels[-2], labels[-1])]])
    if len(labels) >= 2 and labels[-1] in _TLD_TYPOS:
        return ".".join([*labels[:-1], _TLD_TYPOS[labels[-1]]])
    return domain


def _nearest_target(domain: str) -> str | None:
    best, best_distance = None, 99
    for target in _TARGETS:
        limit = 2 if len(target) >= LONG_DOMAIN else 1
        if abs(len(target) - len(domain)) > limit:
            continue
        distance = damerau_levenshtein(domain, target)
        if distance == 2 and domain[0] != target[0]:
            continue  # two slips and a different first letter: more likely another real domain
        if distance <= limit and distance < best_distance:
            best, best_distance = target, distance
    return best


@functools.lru_cache(maxsize=4096)  # a cohort has few distinct domains; each costs ~0.5 ms to judge
def fix_domain(domain: str) -> str | None:
    """The likely intended domain for a mistyped one, or None when it looks fine or unknown."""
    typed = domain.strip().lower()
    core = typed.strip(".")  # 'gmail.com.' -> 'gmail.com'
    if not core or typed in KNOWN_DOMAINS:
        return None
    if core in KNOWN_DOMAINS:
        return core
    ending_fixed = _fix_ending(core)
    if ending_fixed in KNOWN_DOMAINS:
        return ending_fixed
    candidate = _EXACT_TYPOS.get(ending_fixed) or _nearest_target(ending_fixed)
    if candidate:
        return candidate
    return ending_fixed if ending_fixed != typed else None


def suggest_fix(email: str) -> str | None:
    """The full corrected address when the domain looks mistyped, else None. The local part stays as typed."""
    text = (email or "").strip()
    if text.count("@") != 1:
        return None
    local, domain = text.split("@")
    if not local or not domain:
        return None
    fixed = fix_domain(domain)
    if fixed is None or fixed == domain.lower():
        return None
    return f"{local}@{fixed}"
