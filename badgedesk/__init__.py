"""BadgeDesk: hand-issue digital badges to an event's cohort."""

__version__ = "0.1.0"
