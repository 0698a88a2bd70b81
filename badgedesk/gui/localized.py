"""Numbers and dates as the user's locale writes them (QLocale(): the system's, or the language chosen
under Settings). For what the GUI shows only: exports and the journal keep machine formats."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt


def number(value: int) -> str:
    """A count: 1234 as "1,234" in English, "1.234" in German, "1 234" in Bokmål."""
    return QLocale().toString(int(value))


def decimal(value: float, places: int = 1) -> str:
    return QLocale().toString(float(value), "f", places)


def date(iso: str) -> str:
    """A 'YYYY-MM-DD' date in the locale's short form; anything unreadable as it is."""
    when = QDate.fromString(iso[:10], Qt.DateFormat.ISODate) if iso else QDate()
    return QLocale().toString(when, QLocale.FormatType.ShortFormat) if when.isValid() else iso


def date_time(when: QDateTime) -> str:
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)
