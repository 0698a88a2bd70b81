"""One way to say where BadgeDesk issues: "Navigatr · staging · Northwind".

The platform, the environment and the account (the chosen provider, else the connection's name),
in that order, joined by " · ". A demo simulator is always named as the environment
("Navigatr · simulator · Northwind"); an address of the user's own reads "custom address".
The words are made by :func:`badgedesk.platforms.where_words.describe`, which the CLI and the exports
use too; this module only translates "simulator" and "custom address". The window title, the
status bar and the Results title all use :func:`connection_words` or :func:`run_words`, so they
read the same, and the Results export writes :func:`run_words` into the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from badgedesk.core.connections import Connection
from badgedesk.core.messages import InputError
from badgedesk.platforms import registry
from badgedesk.platforms import words as where_words

SEPARATOR = where_words.SEPARATOR


def _words() -> dict[str, str]:
    return {
        where_words.SIMULATOR_WORD: QCoreApplication.translate("vocabulary", "simulator"),
        where_words.CUSTOM_WORD: QCoreApplication.translate("vocabulary", "custom address"),
    }


def environment_word(platform: str, key: str, simulated: bool) -> str:
    """An environment key as the journal records it ("production", "custom:http://…"), in words."""
    return where_words.where_parts(platform, key, "", simulated, _words())[1]


def platform_word(platform: str) -> str:
    return where_words.where_parts(platform, "", "", False)[0]


def describe(platform: str, environment_key: str, account: str, simulated: bool) -> str:
    return where_words.describe(platform, environment_key, account, simulated, _words())


def connection_words(state: Any, connection: Connection | None = None) -> str:
    """The current (or given) connection in words; '' without one."""
    connection = connection or state.connection
    if connection is None:
        return ""
    try:
        key = connection.resolve()[1]
    except InputError:
        key = connection.environment
    provider = state.provider if connection is state.connection else None
    account = provider.name if provider is not None and provider.name else connection.name
    return describe(connection.platform, key, account, bool(state.simulated(connection)))


def run_words(state: Any, run: dict[str, Any]) -> str:
    """Where a journalled run issued, in the same words as :func:`connection_words`.

    The run's own record (``options["simulated"]``, ``options["account"]``) decides, as in the CLI
    and the exports; a run journalled before BadgeDesk recorded them falls back to this session's
    simulators and provider.
    """
    options = run.get("options") or {}
    url = (run.get("base_url") or "").rstrip("/")
    simulated = bool(options.get("simulated")) or (
        bool(url) and any(u.rstrip("/") == url for u in state.simulators.values())
    )
    provider = state.provider
    if options.get("account"):
        account = options["account"]
    elif provider is not None and provider.name and str(run.get("provider_id") or "") == str(provider.id):
        account = provider.name
    else:
        account = run.get("connection") or ""
    return describe(run.get("platform") or registry.DEFAULT, run.get("environment") or "", account, simulated)
