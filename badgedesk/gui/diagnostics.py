"""Help › Copy diagnostics: a redacted report for support. No token ever appears in it."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from badgedesk import __version__, paths
from badgedesk.gui.logging_setup import REDACTOR, RING


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def report(state) -> str:
    lines = [
        f"BadgeDesk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        "httpx {}, openpyxl {}, keyring {}, truststore {}".format(
            *(_version(p) for p in ("httpx", "openpyxl", "keyring", "truststore"))
        ),
        f"Keychain: {state.secrets.backend_name()} (usable: {state.secrets.has_keychain()})",
        f"Home: {paths.home()}",
        "Simulator: "
        + (", ".join(f"{k} {u}" for k, u in state.simulators.items()) or state.simulator_url or "no"),
        "",
        "Connections (tokens are never included):",
    ]
    try:
        connections = state.connections.list()
    except Exception as exc:  # a damaged file is itself useful to report
        connections = []
        lines.append(f"  could not read: {exc}")
    for c in connections:
        where = state.secrets.where(c.id) or "no token stored"
        extra = "".join(f", {k} {v}" for k, v in sorted(c.fields.items()))  # never the token: not a field
        lines.append(
            f"  {c.name}: {c.platform} {c.environment} {c.base_url or '(default address)'} "
            f"timeout {c.timeout:g}s, rate limit {c.rate_limit or 'the platform’s'}{extra}, token: {where}"
        )
    lines += ["", "Settings:"]
    lines += [f"  {k} = {v}" for k, v in sorted(state.settings.redacted().items())]
    lines += ["", "Recent runs:"]
    for run in state.journal.runs()[:5]:
        lines.append(
            f"  run {run['id']}: {run['state']} {run['environment']} badge {run['badge_id']} "
            f"rows {run['rows']} issued {run['issued']} problems {run['problems']}"
        )
    lines += ["", "Last log lines:"]
    lines += [f"  {line}" for line in list(RING.lines)[-60:]]
    token = state.token() if state.connection else None
    REDACTOR.add_secret(token)
    return REDACTOR.redact("\n".join(lines))
