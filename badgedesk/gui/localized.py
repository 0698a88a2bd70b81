"""Numbers and dates as the user's locale writes them (QLocale(): the system's, or the language chosen
under Settings). For what the GUI shows only: exports and the journal keep machine formats."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def number(value: int) -> str:
    """A count: 1234 as "1,234" in English, "1.234" in German, "1 234" in Bokmål."""
    return QLocale().toString(int(value))


def decimal(value: float, places: int = 1) -> str:
    return QLocale().toString(float(value), "f", places)


def _iso() -> bool:
    """English (and the C locale) keep the unambiguous ISO dates the app has always shown."""
    return QLocale().language() in (QLocale.Language.C, QLocale.Language.English)


def date(iso: str) -> str:
    """A 'YYYY-MM-DD' date in the locale's short form (ISO in English); anything unreadable as it is."""
    when = QDate.fromString(iso[:10], Qt.DateFormat.ISODate) if iso else QDate()
    if not when.isValid() or _iso():
        return iso
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def date_time(when: QDateTime) -> str:
    if _iso():
        return when.toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def in_sentence(label: str) -> str:
    """A label ("No consent") inside a running text: lower-cased, except in German, whose nouns keep
    their capital ("Keine Einwilligung")."""
    return label if QLocale().language() == QLocale.Language.German else label.lower()
