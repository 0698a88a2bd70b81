"""Running a badge-platform simulator by hand: ``python -m badgedesk.platforms.<platform>_sim``.

:func:`main` is every simulator module's command line and :func:`serve_until_interrupted` serves
one until Ctrl+C (``badgedesk simulate`` uses it too). A simulator module only names its class
and, if it has settings of its own, the options that set them. Nothing here knows a platform.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from badgedesk.platforms.simcore_parts import DEFAULT_FAULT_KINDS


def main(
    cls: Any,
    argv: Sequence[str] | None = None,
    options: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """Parse ``argv`` with the common options (and ``options``), then serve a ``cls`` until Ctrl+C.

    ``cls`` is a :class:`~badgedesk.platforms.simcore.SimulatorCore` subclass: its ``PLATFORM``,
    ``COMMAND_LINE_PORT`` and ``DEFAULT_RATE_LIMIT`` give the help text and the defaults.
    ``options(parser)`` adds the simulator's own options, each storing one of ``cls.EXTRA_SETTINGS``
    (its ``dest``).
    """
    parser = argument_parser(
        f"python -m {_module_name(cls)}",
        cls.PLATFORM,
        cls.COMMAND_LINE_PORT,
        rate_limit_text(cls.DEFAULT_RATE_LIMIT),
    )
    if options is not None:
        options(parser)
    args = parser.parse_args(argv)
    own = {name: value for name, value in vars(args).items() if name in cls.EXTRA_SETTINGS}
    serve_until_interrupted(cls(**settings_from(args), **own))
    return 0


def _module_name(cls: Any) -> str:
    """The module ``cls`` is defined in, by its real name also when it runs as ``__main__``."""
    spec = getattr(sys.modules.get(cls.__module__), "__spec__", None)
    return getattr(spec, "name", None) or cls.__module__


def serve_until_interrupted(sim: Any) -> None:
    """Start ``sim``, print its banner and serve until Ctrl+C (or SIGTERM in the main thread)."""
    sim.start()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        print(sim.banner(), flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_keyboard_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def rate_limit_arg(text: str) -> tuple[int, float] | None:
    """``"5/2"`` → (5, 2.0); ``"off"``/``"none"`` → None."""
    if text.lower() in ("off", "none"):
        return None
    limit, _, window = text.partition("/")
    return int(limit), float(window or 1)


def rate_limit_text(limit: tuple[int, float] | None) -> str:
    """(5, 2.0) → ``"5/2"``; None → ``"off"`` (what :func:`rate_limit_arg` reads back)."""
    if limit is None:
        return "off"
    requests, window = limit
    return f"{requests}/{window:g}"


def argument_parser(prog: str, platform: str, port: int, rate_limit: str) -> argparse.ArgumentParser:
    """The options every simulator's command line has; :func:`settings_from` reads them back."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=f"Run a {platform}-compatible API simulator (NOT the real {platform}) on 127.0.0.1.",
    )
    add = parser.add_argument
    add("--port", type=int, default=port, help=f"0 picks a free port (default {port})")
    add("--latency-ms", type=float, default=0, help="delay of each answer")
    add("--jitter-ms", type=float, default=0)
    add("--request-latency-ms", type=float, default=0, help="delay of each request before the rate limit")
    add("--request-jitter-ms", type=float, default=0)
    add("--fault-rate", type=float, default=0.0, help="0..1, share of issue requests that fail")
    add("--fault-kinds", default=",".join(DEFAULT_FAULT_KINDS), help="comma list of fault kinds")
    add("--stall-seconds", type=float, default=5.0)
    add("--seed", type=int, default=None)
    add(
        "--rate-limit",
        type=rate_limit_arg,
        default=rate_limit_arg(rate_limit),
        help=f'"{rate_limit}" (default) or "off"',
    )
    add("--revoke-after", type=int, default=None, help="revoke the demo token after N awards")
    add("--lookup-lag-s", type=float, default=0.0, help="awards stay invisible to look-ups this long")
    add("--redact-emails", action="store_true", help="look-ups show a***@e***.org instead of emails")
    return parser


def settings_from(args: argparse.Namespace) -> dict[str, Any]:
    """The simulator keyword arguments of an :func:`argument_parser` result."""
    return {
        "port": args.port,
        "latency_ms": args.latency_ms,
        "jitter_ms": args.jitter_ms,
        "request_latency_ms": args.request_latency_ms,
        "request_jitter_ms": args.request_jitter_ms,
        "fault_rate": args.fault_rate,
        "fault_kinds": tuple(k.strip() for k in args.fault_kinds.split(",") if k.strip()),
        "stall_seconds": args.stall_seconds,
        "seed": args.seed,
        "rate_limit": args.rate_limit,
        "revoke_after": args.revoke_after,
        "lookup_lag_s": args.lookup_lag_s,
        "redact_emails": args.redact_emails,
    }
