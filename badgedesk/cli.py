"""The ``badgedesk`` command. The GUI, the CLI and the tests all drive the same core.

Exit codes of ``issue`` and ``resume``: 0 every consenting row issued or already issued;
1 some rows failed, need review or are unknown; 2 usage or input error (nothing sent);
3 authentication failed (the run is kept and resumable); 130 interrupted (resumable).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from badgedesk import __version__
from badgedesk import cli_common as common
from badgedesk.cli_common import (  # noqa: F401 (EXIT_* are the CLI's public contract)
    EXIT_AUTH,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
)
from badgedesk.cli_issue import cmd_issue, cmd_resume, cmd_revoke
from badgedesk.cli_records import (
    cmd_connections,
    cmd_export,
    cmd_privacy,
    cmd_runs,
    cmd_show,
)
from badgedesk.core.messages import InputError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def _connection_args(p: argparse.ArgumentParser) -> None:
    from badgedesk.cli_target import add_target_args

    add_target_args(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="badgedesk", description="Issue digital badges to a cohort from a spreadsheet.")
    parser.add_argument("--version", action="version", version=f"BadgeDesk {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation offscreen (Qt, resources, keychain, TLS, a run on the simulator); exit 0 if sound",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("gui", help="open the desktop app (the default); `badgedesk FILE` opens FILE in it")
    p.add_argument("file", nargs="?", help="a learner list to open in the Cohort step")
    # For tests/bench: quit as soon as the first window is on screen (time to first window).
    p.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    sub.add_parser("demo", help="open the desktop app against the built-in simulator, with a sample cohort")

    p = sub.add_parser("simulate", help="run a platform simulator on 127.0.0.1 (default: Navigatr)")
    from badgedesk.platforms import registry  # the platforms that have a simulator, by name

    p.add_argument(
        "--platform",
        default=registry.DEFAULT,
        help="the simulated platform: " + ", ".join(spec.key for spec in registry.simulated()),
    )
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--latency-ms", type=int, default=0)
    p.add_argument("--jitter-ms", type=int, default=0)
    p.add_argument("--fault-rate", type=float, default=0.0)

    p = sub.add_parser("providers", help="list the providers this token may issue for")
    _connection_args(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("badges", help="list the whole badge library (Navigatr: of one provider)")
    p.add_argument("--provider", help="the provider's ID (Navigatr needs it)")
    p.add_argument("--search", help="only badges whose name contains this")
    _connection_args(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("issue", help="issue a badge to every consenting learner in FILE")
    p.add_argument("file")
    p.add_argument(
        "--badge",
        required=True,
        help="badge ID or URL (Navigatr), template ID (Credly), group or definition ID",
    )
    p.add_argument("--provider")
    p.add_argument("--sheet")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER")
    p.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read dates like 03/04/2026: dmy (day first) or mdy (month first)",
    )
    p.add_argument("--sandbox", action="store_true", help="rehearse on the sandbox badge instead")
    p.add_argument("--sandbox-badge", help="the sandbox badge's ID or URL")
    p.add_argument("--dry-run", action="store_true", help="read, validate and check the badge; send nothing")
    p.add_argument("--all-consented", action="store_true", help="state that every learner consented")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--results", metavar="OUT", help="export results to OUT.xlsx or OUT.csv")
    p.add_argument("--issue-date", help="YYYY-MM-DD for every row (a column overrides it)")
    p.add_argument("--evidence-url", help="evidence URL for every row (a column overrides it)")
    p.add_argument("--evidence-text", help="evidence text for every row (a column overrides it)")
    p.add_argument(
        "--reissue", action="store_true", help="re-issue even to learners who already have this badge"
    )
    p.add_argument("--expires", metavar="YYYY-MM-DD", help="expiry date of every award (credly, certifier)")
    p.add_argument(
        "--replace-existing",
        action="store_true",
        help="credly: replace a badge the learner already holds (duplicate_behavior: replace)",
    )
    p.add_argument("--note", help="award-service: a note with every award (a Note column overrides it)")
    p.add_argument(
        "--check-existing",
        action="store_true",
        help="ask the platform whether each learner already has the badge before sending (one extra request each)",
    )
    _connection_args(p)

    p = sub.add_parser("runs", help="past runs, newest first")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="one row per learner of a run")
    p.add_argument("run_id", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("resume", help="carry on with a stopped, interrupted or cancelled run")
    p.add_argument("run_id", type=int)
    p.add_argument("--retry-failed", action="store_true", help="also retry failed and needs-review rows")
    p.add_argument("--timeout", type=float, default=None)

    p = sub.add_parser("revoke", help="revoke a run's issued awards")
    p.add_argument("run_id", type=int)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--all", action="store_true", help="every issued award of the run")
    who.add_argument(
        "--recipient", action="append", metavar="KEY", help="one learner (the platform's key: email or ID)"
    )
    p.add_argument("--reason", required=True, help="why (the platform records it; the learner may see it)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--delete", action="store_true", help="where the platform cannot revoke: delete permanently"
    )
    p.add_argument("--timeout", type=float, default=None)

    p = sub.add_parser("connections", help="the saved connections, with token expiry where known")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export a run's results")
    p.add_argument("run_id", type=int)
    p.add_argument("--out", required=True)

    p = sub.add_parser("privacy", help="export or delete a learner's personal data; purge old runs")
    actions = p.add_subparsers(dest="privacy_command", parser_class=_Parser)
    q = actions.add_parser("export", help="everything held about one learner, as JSON")
    q.add_argument("email", help="the learner's email address, or their recipient ID")
    q.add_argument("--out", metavar="FILE.json", help="write to FILE.json instead of standard output")
    q = actions.add_parser("delete", help="remove one learner's personal data (duplicate protection stays)")
    q.add_argument("email")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    q = actions.add_parser("purge", help="remove the personal data of runs older than DAYS days")
    q.add_argument(
        "--older-than", "--retention-days", dest="older_than", type=int, required=True, metavar="DAYS"
    )
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    # A frozen app (PyInstaller) starts workbook-reading children with this executable: let them run.
    multiprocessing.freeze_support()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        if _is_file_argument(argv):
            argv = ["gui", *argv]
        args = parser.parse_args(argv)
        if args.smoke_test:
            from badgedesk.smoke import run as smoke_test

            return smoke_test()
        command = args.command or "gui"
        handler = _COMMANDS[command]
        try:
            return handler(args)
        finally:
            _release_reader()
    except UsageError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    except InputError as err:
        print(f"badgedesk: {err.message}", file=sys.stderr)
        return EXIT_USAGE
    except _token_expired() as err:
        print(f"badgedesk: {err}", file=sys.stderr)
        return EXIT_AUTH
    except KeyboardInterrupt:
        print("badgedesk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as err:  # a file we were asked to read or write: say which, no traceback
        where = f" ({err.filename})" if err.filename else ""
        print(f"badgedesk: {err.strerror or err}{where}", file=sys.stderr)
        return EXIT_USAGE


# -- helpers ------------------------------------------------------------------------------

OPENABLE = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt", ".json")


def _release_reader() -> None:
    """End a workbook reader's child kept for a next read: a command has none (only if one was used)."""
    isolate = sys.modules.get("badgedesk.core.isolate")
    if isolate is not None:
        isolate.release()


def _is_file_argument(argv: list[str]) -> bool:
    """``badgedesk FILE`` (as a file manager's "Open with" starts it): FILE is not a command.

    A word that names no command is taken as a file only when it looks like one (a folder in it,
    a spreadsheet's suffix, or it exists), so a mistyped command still says so.
    """
    if len(argv) != 1 or argv[0].startswith("-"):
        return False
    word = argv[0]
    if word in _COMMANDS:
        return False
    from pathlib import Path

    path = Path(word)
    return path.suffix.lower() in OPENABLE or len(path.parts) > 1 or path.exists()


def _token_expired() -> type[Exception]:
    from badgedesk.cli_target import TokenExpired

    return TokenExpired


# -- commands -----------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from badgedesk.gui.app import run_app

    return run_app(getattr(args, "file", None), quit_when_shown=getattr(args, "quit_when_shown", False))


def cmd_demo(args: argparse.Namespace) -> int:
    from badgedesk.gui.app import run_demo

    return run_demo()


def cmd_simulate(args: argparse.Namespace) -> int:
    from badgedesk.platforms import registry
    from badgedesk.platforms.simcore import serve_until_interrupted

    if not 0 <= args.fault_rate <= 1:
        raise InputError("fault_rate_invalid", "--fault-rate must be between 0 and 1.")
    spec = registry.get(args.platform)
    if spec.simulator is None or not spec.available:
        names = ", ".join(p.key for p in registry.simulated())
        raise InputError("no_simulator", f"{spec.label} has no simulator in this version. Choose {names}.")
    serve_until_interrupted(
        spec.open_simulator(
            port=args.port, latency_ms=args.latency_ms, jitter_ms=args.jitter_ms, fault_rate=args.fault_rate
        )
    )
    return EXIT_OK


def cmd_providers(args: argparse.Namespace) -> int:
    from badgedesk.platforms.base import PlatformError

    opened = common.open_target(args)
    try:
        expires = common.expiry(opened)
        try:
            providers = opened.client.providers()
        except PlatformError as err:
            return common.platform_failure(err, expires)
    finally:
        opened.client.close()
    if args.json:
        common.print_json([p.__dict__ for p in providers])
    elif not providers:
        print("No providers: this account is not a provider admin.")
    else:
        common.table([[p.id, p.name, p.status] for p in providers], ["ID", "Provider", "Status"])
    return EXIT_OK


def cmd_badges(args: argparse.Namespace) -> int:
    from badgedesk.platforms.base import PlatformError

    opened = common.open_target(args)
    try:
        if opened.spec.capabilities.providers and not args.provider:
            raise InputError(
                "provider_missing",
                f"{opened.spec.label} lists badges per provider: give --provider ID (see 'badgedesk providers').",
            )
        expires = common.expiry(opened)
        try:
            badges = opened.client.badges(args.provider, keyword=args.search)
        except PlatformError as err:
            return common.platform_failure(err, expires)
    finally:
        opened.client.close()
    if opened.client.library_from_earned:
        print(
            f"badgedesk: {opened.spec.label} names no list of {opened.spec.badge_label}s; these are the ones "
            f"earlier awards name. Another {opened.spec.badge_label} ID can also be given to --badge.",
            file=sys.stderr,
        )
    if args.json:
        common.print_json(
            [
                {k: v for k, v in b.__dict__.items() if k != "raw"}
                | {"state": b.status, "issuable": opened.spec.badge_issuable(b)[0]}
                for b in badges
            ]
        )
    else:
        common.table(
            [[b.id, b.name, b.status, b.source, "" if b.min_score is None else b.min_score] for b in badges],
            ["ID", "Badge", "Status", "Source", "Min score"],
        )
        print(f"{len(badges)} badges")
    return EXIT_OK


_COMMANDS = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "simulate": cmd_simulate,
    "providers": cmd_providers,
    "badges": cmd_badges,
    "issue": cmd_issue,
    "runs": cmd_runs,
    "show": cmd_show,
    "resume": cmd_resume,
    "revoke": cmd_revoke,
    "connections": cmd_connections,
    "export": cmd_export,
    "privacy": cmd_privacy,
}
