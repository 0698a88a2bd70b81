"""Token expiry, as the window shows it: a cell in the connection list and a warning sentence.

A platform whose tokens expire (Credly: 180 days after they are made) says so in the registry
(``capabilities.token_expiry``). The date is what Test Connection read from the platform, else
the date the user entered with the connection. BadgeDesk warns within
:data:`~badgedesk.platforms.registry.EXPIRY_WARNING_DAYS` days and once the date has passed; a run
with a token known to have expired is refused before anything is sent. Colour is never the only
signal: each state has a symbol and words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from badgedesk.core.connections import Connection
from badgedesk.gui import colours, localized
from badgedesk.gui.connection_fields import platform_text
from badgedesk.gui.state import spec_of
from badgedesk.platforms import registry

CONTEXT = "Expiry"
EXPIRED, SOON, OK, UNKNOWN, NEVER = "expired", "soon", "ok", "unknown", "never"
COLOUR_NAMES = {EXPIRED: "error", SOON: "warning"}  # see colours.py; STYLES are colours.style templates
STYLES = {EXPIRED: "color:{error};font-weight:bold;", SOON: "color:{warning};font-weight:bold;"}


def colour(state: str) -> QColor | None:
    """The colour of an expiry state for the palette in use (None when it needs none)."""
    return colours.colour(COLOUR_NAMES[state]) if state in COLOUR_NAMES else None


_CELL = {
    EXPIRED: QT_TRANSLATE_NOOP("Expiry", "⚠ Expired on {date}"),
    "today": QT_TRANSLATE_NOOP("Expiry", "⚠ Expires today ({date})"),
    "one": QT_TRANSLATE_NOOP("Expiry", "⚠ Expires tomorrow ({date})"),
    SOON: QT_TRANSLATE_NOOP("Expiry", "⚠ Expires in {days} days ({date})"),
    OK: QT_TRANSLATE_NOOP("Expiry", "{date}"),
    UNKNOWN: QT_TRANSLATE_NOOP("Expiry", "Not known yet (Test connection reads it)"),
    NEVER: QT_TRANSLATE_NOOP("Expiry", "—"),
}
_ACCESSIBLE = {
    OK: QT_TRANSLATE_NOOP("Expiry", "The token expires on {date}"),
    NEVER: QT_TRANSLATE_NOOP("Expiry", "This platform's tokens carry no expiry date"),
}
_REFUSAL = QT_TRANSLATE_NOOP(
    "Expiry",
    "Not started: the {platform} token of '{name}' expired on {date}. Make a new one ({where}) and enter it "
    "with Edit… in step 1 (Connect). Nothing was sent.",
)
_WARNING = {
    EXPIRED: QT_TRANSLATE_NOOP(
        "Expiry",
        "The {platform} token of '{name}' expired on {date}. Make a new one ({where}) and enter it with "
        "Edit… in step 1 (Connect); nothing can be sent with it until then.",
    ),
    SOON: QT_TRANSLATE_NOOP(
        "Expiry",
        "The {platform} token of '{name}' expires {when} ({date}). Make a new one soon ({where}) and "
        "enter it with Edit… in step 1 (Connect).",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Expiry:
    state: str  # EXPIRED, SOON, OK, UNKNOWN or NEVER (the platform's tokens do not expire)
    days: int | None  # days left (negative once expired)
    date: str  # YYYY-MM-DD, '' when not known

    @property
    def warns(self) -> bool:
        return self.state in (EXPIRED, SOON)


def of(connection: Connection | None, today: dt.date | None = None) -> Expiry:
    spec = spec_of(connection)
    if connection is None or spec is None or not spec.capabilities.token_expiry:
        return Expiry(NEVER, None, "")
    expires = connection.token_expires()
    state, days = registry.expiry_state(expires, today)
    return Expiry(state, days, expires[:10] if state != UNKNOWN else "")


def _when(expiry: Expiry) -> str:
    if expiry.days == 0:
        return QCoreApplication.translate("Expiry", "today")
    if expiry.days == 1:
        return QCoreApplication.translate("Expiry", "tomorrow")
    return QCoreApplication.translate("Expiry", "in {days} days").format(days=expiry.days)


def cell_text(expiry: Expiry) -> str:
    """What the connection list shows in its Token expires column."""
    key = expiry.state
    if key == SOON and expiry.days in (0, 1):
        key = "today" if expiry.days == 0 else "one"
    return tr(_CELL[key]).format(date=localized.date(expiry.date), days=expiry.days)


def accessible_text(expiry: Expiry) -> str:
    if expiry.state in _ACCESSIBLE:
        return tr(_ACCESSIBLE[expiry.state]).format(date=localized.date(expiry.date))
    return cell_text(expiry).lstrip("⚠ ")


def warning(connection: Connection | None, today: dt.date | None = None) -> str:
    """A sentence warning about the connection's token ('' when there is nothing to warn about)."""
    expiry = of(connection, today)
    spec = spec_of(connection)
    if connection is None or spec is None or not expiry.warns:
        return ""
    return tr(_WARNING[expiry.state]).format(
        platform=spec.label,
        name=connection.name,
        date=localized.date(expiry.date),
        when=_when(expiry),
        where=platform_text(spec.token_help)
        or QCoreApplication.translate("Expiry", "in the platform's settings"),
    )


def refusal(connection: Connection | None, today: dt.date | None = None) -> str:
    """Why nothing may be sent with this connection's token ('' when it may be used): it is known to
    have expired. Says the date and where to make a new token."""
    known = of(connection, today)
    spec = spec_of(connection)
    if connection is None or spec is None or known.state != EXPIRED:
        return ""
    return tr(_REFUSAL).format(
        platform=spec.label,
        name=connection.name,
        date=localized.date(known.date),
        where=platform_text(spec.token_help)
        or QCoreApplication.translate("Expiry", "in the platform's settings"),
    )
