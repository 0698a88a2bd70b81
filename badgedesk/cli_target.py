"""How the CLI finds the platform, account and token it talks to (CLI contract v2).

Either ``--connection NAME`` (a saved connection: its platform, environment, address, fields
and the token from the keychain), or ``--platform KEY`` with the token and fields taken from
the environment variables the registry names (NAVIGATR_PAT, CREDLY_TOKEN + CREDLY_ORG_ID, …).
``resume``, ``show``, ``export`` and ``revoke`` take the platform from the run instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import Any

from badgedesk.core.messages import InputError
from badgedesk.platforms import registry
from badgedesk.platforms.base import Platform
from badgedesk.platforms.registry import SECRET, PlatformSpec


@dataclass
class Opened:
    client: Platform
    spec: PlatformSpec
    connection: Any = None  # the saved Connection, if one was used
    known_expiry: str = ""  # the token's expiry as the connection knows it (read earlier, or entered)


def add_target_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--platform",
        choices=list(registry.PLATFORMS),
        help="navigatr (default), credly, certifier or award-service",
    )
    p.add_argument("--connection", metavar="NAME", help="a saved connection (see 'badgedesk connections')")
    p.add_argument("--base-url", help="API base URL (default: from --env, or the platform's *_API_URL)")
    p.add_argument("--env", help="environment: production (default), staging (Navigatr), sandbox (Credly)")
    p.add_argument("--timeout", type=float, default=None, help="HTTP timeout in seconds (1-300, default 30)")
    p.add_argument("--awarded-by", metavar="ID", help="award-service: who awards (AWARD_SERVICE_AWARDED_BY)")


def _saved(name: str):
    from badgedesk.core.connections import ConnectionStore

    conn = ConnectionStore().find(name)
    if conn is None:
        raise InputError(
            "connection_not_found",
            f"There is no saved connection '{name}'. See 'badgedesk connections', or add it in the app.",
            name=name,
        )
    return conn


def _token_from_keychain(conn) -> str:
    from badgedesk.core.secrets import SecretStore

    token = SecretStore().get(conn.id)
    if not token:
        raise InputError(
            "token_missing",
            f"No token is stored in the keychain for the connection '{conn.name}'. Open the app, edit the "
            "connection and enter the token again.",
            name=conn.name,
        )
    return token


def open_target(
    args: argparse.Namespace,
    *,
    run: dict[str, Any] | None = None,
    limiter: Any = None,
) -> Opened:
    """A client for the command's platform: from the run, a saved connection, or the environment."""
    timeout = getattr(args, "timeout", None)
    conn_name = getattr(args, "connection", None) or (run or {}).get("connection")
    if run is not None:
        spec = registry.get(run["platform"])
    elif getattr(args, "connection", None):
        spec = None
    else:
        spec = registry.get(getattr(args, "platform", None) or registry.DEFAULT)
    if conn_name and (run is None or _has_saved(conn_name)):
        conn = _saved(conn_name)
        if spec is not None and conn.spec.key != spec.key:
            raise InputError(
                "connection_platform",
                f"The connection '{conn.name}' is for {conn.spec.label}, not {spec.label}.",
                name=conn.name,
            )
        if run is None and getattr(args, "platform", None) and args.platform != conn.spec.key:
            raise InputError(
                "connection_platform",
                f"The connection '{conn.name}' is for {conn.spec.label}; drop --platform {args.platform}.",
            )
        spec = conn.spec
        spec.require_available()
        token = _token_from_keychain(conn)
        client = spec.open(
            token,
            environment=conn.environment,
            base_url=(run or {}).get("base_url") or conn.base_url or None,
            timeout=timeout or conn.timeout,
            fields=conn.fields,
            limiter=limiter,
            rate_limit=conn.rate_limit,
        )
        return Opened(client, spec, conn, conn.token_expires())
    assert spec is not None
    spec.require_available()
    token = os.environ.get(spec.token_field.env, "")
    if not token.strip():
        raise InputError(
            "token_missing",
            f"No token: set {spec.token_field.env} to a {spec.label} {spec.token_field.label.lower()}"
            + (f" ({spec.token_help})" if spec.token_help else "")
            + ", or use --connection NAME.",
        )
    fields: dict[str, str] = {}
    for fld in spec.fields:
        if fld.kind == SECRET:
            continue
        value = ""
        if fld.flag:
            value = getattr(args, fld.flag.lstrip("-").replace("-", "_"), None) or ""
        value = value or (os.environ.get(fld.env, "") if fld.env else "")
        if fld.required and not value.strip():
            how = f"set {fld.env}" + (f" or give {fld.flag}" if fld.flag else "")
            raise InputError(
                f"{fld.key}_missing", f"{spec.label} needs the {fld.label}: {how}.", field=fld.key
            )
        if value.strip():
            fields[fld.key] = value.strip()
    if run is not None:
        base_url = run["base_url"]
        environment = run["environment"] if not run["environment"].startswith("custom:") else ""
    else:
        base_url = getattr(args, "base_url", None) or (os.environ.get(spec.url_env) if spec.url_env else None)
        environment = getattr(args, "env", None) or ""
        if environment and not base_url and spec.environment(environment) is None:
            names = ", ".join(e.key for e in spec.environments) or "none (give the address)"
            raise InputError(
                "environment_invalid",
                f"--env {environment}: {spec.label} has the environments {names}.",
                environment=environment,
            )
    client = spec.open(
        token,
        environment=environment,
        base_url=base_url or None,
        timeout=timeout or 30.0,
        fields=fields,
        limiter=limiter,
    )
    return Opened(client, spec, None, "")


def _has_saved(name: str) -> bool:
    from badgedesk.core.connections import ConnectionStore

    try:
        return ConnectionStore().find(name) is not None
    except InputError:
        return False


def warn_expiry(opened: Opened, read: bool = True) -> str:
    """Check the token's expiry where the platform has one. Returns the expiry date known ('' if none).

    Prints one warning line on stderr within 14 days of expiry; raises the "token_expired" InputError
    (exit 3 at the caller) once it has passed. ``read`` asks the platform for the date first.
    """
    if not opened.spec.capabilities.token_expiry:
        return ""
    expires = ""
    if read:
        try:
            expires = opened.client.token_expiry()
        except Exception:  # noqa: BLE001 - a failed read is not a reason to stop; the entered date serves
            expires = ""
        if expires and opened.connection is not None:
            from badgedesk.core.connections import ConnectionStore

            try:
                ConnectionStore().note_expiry(opened.connection.id, expires)
            except InputError:
                pass
    expires = expires or opened.known_expiry
    state, left = registry.expiry_state(expires)
    label = opened.spec.label
    if state == "expired":
        raise TokenExpired(
            f"The {label} token expired on {expires[:10]}. Make a new one ({opened.spec.token_help}) and "
            "update the connection or the environment variable; nothing was sent."
        )
    if state == "soon":
        when = "today" if left == 0 else f"in {left} day{'s' if left != 1 else ''}"
        print(
            f"badgedesk: warning: the {label} token expires {when} ({expires[:10]}); make a new one soon "
            f"({opened.spec.token_help}).",
            file=sys.stderr,
        )
    return expires


class TokenExpired(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
