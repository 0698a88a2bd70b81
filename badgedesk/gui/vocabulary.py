"""One way to say where BadgeDesk issues: "Navigatr · staging · Northwind".

The platform, the environment and the account (the chosen provider, else the connection's name),
in that order, joined by " · ". A demo simulator is always named as the environment
("Navigatr · simulator · Northwind"); an address of the user's own reads "custom address".
The window title, the status bar and the Results title all use :func:`connection_words` or
:func:`run_words`, so they read the same.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from badgedesk.core.connections import Connection
from badgedesk.core.messages import InputError
from badgedesk.platforms import registry

SEPARATOR = " · "


def environment_word(platform: str, key: str, simulated: bool) -> str:
    """An environment key as the journal records it ("production", "custom:http://…"), in words."""
    if simulated:
        return QCoreApplication.translate("vocabulary", "simulator")
    if key.startswith("custom:"):
        return QCoreApplication.translate("vocabulary", "custom address")
    try:
        env = registry.get(platform).environment(key)
    except InputError:
        env = None
    return env.label.lower() if env is not None and env.label else key


def platform_word(platform: str) -> str:
    try:
        return registry.get(platform).label
    except InputError:
        return platform


def describe(platform: str, environment_key: str, account: str, simulated: bool) -> str:
    parts = [platform_word(platform), environment_word(platform, environment_key, simulated), account]
    return SEPARATOR.join(p for p in parts if p)


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
    """Where a journalled run issued, in the same words as :func:`connection_words`."""
    platform = run.get("platform") or registry.DEFAULT
    url = (run.get("base_url") or "").rstrip("/")
    simulated = bool(url) and any(u.rstrip("/") == url for u in state.simulators.values())
    provider = state.provider
    if provider is not None and provider.name and str(run.get("provider_id") or "") == str(provider.id):
        account = provider.name
    else:
        account = run.get("connection") or ""
    return describe(platform, run.get("environment") or "", account, simulated)
