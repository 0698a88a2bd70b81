"""Where a run issues, in words: "Navigatr · staging · Northwind".

The platform, the environment and the account, joined by " · ". A simulator is always "simulator";
an address of the user's own is "custom address". The GUI passes ``words`` to translate those two
(:mod:`badgedesk.gui.vocabulary`); the CLI and the exports use them as they are. Part of the shared
seam: it reads the registry's data and names no platform.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from badgedesk.platforms.registry import DEFAULT, PLATFORMS, canonical

SEPARATOR = " · "
SIMULATOR_WORD = "simulator"
CUSTOM_WORD = "custom address"


def where_parts(
    platform: str, environment: str, account: str, is_simulated: bool, words: Mapping[str, str] | None = None
) -> tuple[str, str, str]:
    """``(platform label, environment in words, account)``; an unknown platform keeps its key."""
    spec = PLATFORMS.get(canonical(platform))
    words = words or {}
    if is_simulated:
        env_word = words.get(SIMULATOR_WORD, SIMULATOR_WORD)
    elif environment.startswith("custom:"):
        env_word = words.get(CUSTOM_WORD, CUSTOM_WORD)
    else:
        env = spec.environment(environment) if spec is not None else None
        env_word = env.label.lower() if env is not None and env.label else environment
    return (spec.label if spec is not None else platform), env_word, account


def describe(
    platform: str, environment: str, account: str, is_simulated: bool, words: Mapping[str, str] | None = None
) -> str:
    """Where BadgeDesk issues, in words: "Navigatr · staging · Northwind" (empty parts left out)."""
    return SEPARATOR.join(p for p in where_parts(platform, environment, account, is_simulated, words) if p)


def run_where(run: Mapping[str, Any], words: Mapping[str, str] | None = None) -> str:
    """Where a journalled run issued, from what the run recorded: its ``options`` hold ``simulated``
    and ``account`` (the provider's or the connection's name); older runs have neither."""
    options = run.get("options") or {}
    account = options.get("account") or run.get("connection") or ""
    return describe(
        run.get("platform") or DEFAULT,
        run.get("environment") or "",
        account,
        bool(options.get("simulated")),
        words,
    )
