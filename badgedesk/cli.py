"""The ``badgedesk`` command. The GUI, the CLI and the tests all drive the same core.

Exit codes of ``issue`` and ``resume``: 0 every consenting row issued or already issued;
1 some rows failed, need review or are unknown; 2 usage or input error (nothing sent);
3 authentication failed (the run is kept and resumable); 130 interrupted (resumable).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

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
        return handler(args)
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


def _open(args: argparse.Namespace, run: dict[str, Any] | None = None):
    from badgedesk.cli_target import open_target

    return open_target(args, run=run)


def _expiry(opened, read: bool = True) -> str:
    """Warn ahead of a token's expiry; raises TokenExpired once it has passed (exit 3, nothing sent)."""
    from badgedesk.cli_target import warn_expiry

    return warn_expiry(opened, read=read)


def _platform_failure(err, expires: str = "") -> int:
    from badgedesk.platforms import base

    known = (
        f" The token's expiry date on record is {expires[:10]}." if expires and err.kind == base.AUTH else ""
    )
    print(f"badgedesk: {err.message}{known}", file=sys.stderr)
    return EXIT_AUTH if err.kind == base.AUTH else EXIT_USAGE if err.kind == base.REJECTED else EXIT_PROBLEMS


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, header = item.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise InputError(
                "map_invalid", f"--map '{item}' must look like field=Header, e.g. email='E-mail address'."
            )
        mapping[field.strip().lower()] = header.strip()
    return mapping


def _check_date(value: str | None, option: str = "--issue-date") -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        code = "issue_date_invalid" if option == "--issue-date" else "expires_invalid"
        raise InputError(code, f"{option} '{value}' is not a date like 2026-11-25.") from exc


def _check_url(value: str | None) -> str:
    if not value:
        return ""
    if not value.startswith(("https://", "http://")) or " " in value:
        raise InputError(
            "evidence_url_invalid", f"--evidence-url '{value}' must be a web address (https://…)."
        )
    return value


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

    opened = _open(args)
    try:
        expires = _expiry(opened)
        try:
            providers = opened.client.providers()
        except PlatformError as err:
            return _platform_failure(err, expires)
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

    opened = _open(args)
    try:
        if opened.spec.capabilities.providers and not args.provider:
            raise InputError(
                "provider_missing",
                f"{opened.spec.label} lists badges per provider: give --provider ID (see 'badgedesk providers').",
            )
        expires = _expiry(opened)
        try:
            badges = opened.client.badges(args.provider, keyword=args.search)
        except PlatformError as err:
            return _platform_failure(err, expires)
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


def cmd_issue(args: argparse.Namespace) -> int:
    from badgedesk.core import plan, runs
    from badgedesk.core.cohort import read_table
    from badgedesk.core.engine import check_badge
    from badgedesk.core.validate import build_cohort
    from badgedesk.platforms import registry
    from badgedesk.platforms.base import PlatformError

    spec = registry.get(args.platform or registry.DEFAULT) if not args.connection else None
    if spec is not None:
        spec.require_available()
    if args.results:
        _check_results_target(args.results)
    opened = _open(args)
    client, spec = opened.client, opened.spec
    try:
        caps = spec.capabilities
        if args.expires and not caps.expires:
            raise InputError(
                "expires_unsupported", f"{spec.label} awards carry no expiry date; drop --expires."
            )
        if args.replace_existing and not caps.replace:
            raise InputError(
                "replace_unsupported",
                f"{spec.label} cannot replace an existing award; drop --replace-existing.",
            )
        if args.note and not caps.note:
            raise InputError("note_unsupported", f"{spec.label} awards carry no note; drop --note.")
        badge_id = spec.parse_badge_ref(args.badge)
        real_badge_id = None
        if args.sandbox or args.sandbox_badge:
            if not (args.sandbox and args.sandbox_badge):
                raise InputError("sandbox_usage", "Rehearsing needs both --sandbox and --sandbox-badge ID.")
            real_badge_id, badge_id = badge_id, spec.parse_badge_ref(args.sandbox_badge)
        options = plan.RunOptions(
            issue_date=_check_date(args.issue_date),
            evidence_url=_check_url(args.evidence_url),
            evidence_text=(args.evidence_text or "").strip(),
            force=args.reissue,
            expires=_check_date(args.expires, "--expires"),
            note=(args.note or "").strip(),
            replace_existing=args.replace_existing,
        )
        cohort = build_cohort(
            read_table(args.file, sheet=args.sheet),
            _parse_map(args.map),
            identity=spec.identity,
            names_required=spec.uses_email,
            date_order=args.date_order,
        )
        if cohort.needs_date_order:
            [note] = [p for p in cohort.problems if p.code == "date_order_needed"][:1]
            raise InputError(note.code, note.message, **note.params)
        mode = plan.consent_mode(cohort, args.all_consented)
        records = plan.learner_records(cohort, mode, options)
        to_send = sum(r.status == "pending" for r in records)
        expires = _expiry(opened)
        try:
            badge = check_badge(client, badge_id)
        except PlatformError as err:
            return _platform_failure(err, expires)
        _print_plan(cohort, records, badge, args.sandbox)
        if args.dry_run:
            print("Dry run: nothing was sent.")
            return EXIT_OK
        if to_send == 0:
            print("Nothing to send: no consenting, valid learner rows.", file=sys.stderr)
        elif not args.yes and not common.confirm(f"Issue '{badge.name}' to {to_send} learners? [y/N] "):
            print(
                "badgedesk: not confirmed; nothing was sent (use --yes to skip the question).",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if (
            args.replace_existing
            and to_send
            and not args.yes
            and not common.confirm(
                f"Replace the '{badge.name}' badge of every learner who already holds it? Their current badge is "
                "replaced by the new one. [y/N] "
            )
        ):
            print("badgedesk: replacing not confirmed; nothing was sent.", file=sys.stderr)
            return EXIT_USAGE
        journal = common.journal()
        connection = opened.connection.name if opened.connection else None
        target = runs.Target.of(client, connection, _provider_name(client, spec, args.provider))
        run_id = runs.create_run(
            journal,
            target,
            cohort,
            records,
            badge,
            mode=mode,
            options=options,
            provider_id=args.provider,
            sandbox=args.sandbox,
            real_badge_id=real_badge_id,
        )
        where = common.where(journal, run_id)
        print(
            f"Run {run_id}: issuing '{badge.name}' ({badge.id}) on {where} to {to_send} learners.",
            file=sys.stderr,
        )
        return _drive(client, journal, run_id, args.results, check_platform=args.check_existing)
    finally:
        client.close()


def _provider_name(client, spec, provider_id: str | None) -> str:
    """The name of the provider a run issues for, as the app's titles show it ('' if unknown)."""
    from badgedesk.platforms.base import PlatformError

    if not provider_id or not spec.capabilities.providers:
        return ""
    try:
        return next((p.name for p in client.providers() if str(p.id) == str(provider_id)), "")
    except PlatformError:  # only words are lost: the run goes ahead
        return ""


def _check_results_target(path: str) -> None:
    """Refuse a results file we could not write, before anything is sent."""
    from pathlib import Path

    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise InputError("export_format", f"--results '{target.name}' must end in .xlsx or .csv.")
    if target.is_dir():
        raise InputError(
            "export_target", f"--results '{path}' is a folder; give a file name ending in .xlsx or .csv."
        )
    folder = target.parent if str(target.parent) else Path(".")
    if folder.exists() and not os.access(folder, os.W_OK):
        raise InputError(
            "export_target", f"Cannot write to the folder of --results '{path}'; choose another folder."
        )


def _print_plan(cohort, records, badge, sandbox: bool) -> None:
    counts: dict[str, int] = {}
    for r in records:
        counts[r.status] = counts.get(r.status, 0) + 1
    table = cohort.table
    where = f"sheet '{table.sheet}', " if table.sheet else ""
    print(
        f"{table.path.name}: {where}header row {table.header_row}, {len(records)} learner rows",
        file=sys.stderr,
    )
    label = "SANDBOX rehearsal on" if sandbox else "Badge"
    minimum = f", minimum score {badge.min_score}" if badge.min_score is not None else ""
    print(f"{label}: {badge.name} ({badge.id}){minimum}", file=sys.stderr)
    print("  " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())), file=sys.stderr)
    for r in records:
        if r.status.startswith("skipped") and r.status != "skipped_no_consent":
            print(f"  row {r.row_number}: {r.message}", file=sys.stderr)


def _drive(
    client, journal, run_id: int, results: str | None, check_platform: bool = False, resume: bool = False
) -> int:
    """Run the engine in the foreground with progress on stderr; Ctrl-C interrupts, resumably."""
    from badgedesk.core.engine import Engine, Settings

    lock = threading.Lock()

    def on_event(event: dict[str, Any]) -> None:
        with lock:
            if event["type"] == "row":
                http = f" [{event['http_status']}]" if event.get("http_status") else ""
                who = event.get("email") or event.get("recipient") or ""
                print(
                    f"  row {event['row']}: {event['status']}{http} {who} {event['message']}",
                    file=sys.stderr,
                )
            elif event["type"] == "state" and (event["state"] != "running" or event.get("message")):
                print(f"  [{event['state']}] {event.get('message', '')}".rstrip(), file=sys.stderr)

    engine = Engine(
        client,
        journal,
        run_id,
        settings=Settings(check_platform=check_platform),
        on_event=on_event,
        resume=resume,
    )
    previous = signal.getsignal(signal.SIGINT)

    def interrupt(signum, frame):
        print("\nInterrupting: finishing requests in flight…", file=sys.stderr)
        engine.cancel(mark_rows=False)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, interrupt)
    try:
        result = engine.run()
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, previous)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(result.counts.items()))
    print(f"Run {run_id} {result.state}: {summary}", file=sys.stderr)
    if result.stop_message:
        print(f"Stopped: {result.stop_message}", file=sys.stderr)
    if result.state in ("stopped", "interrupted", "cancelled"):
        print(f"Resume with: badgedesk resume {run_id}", file=sys.stderr)
    if results:
        from badgedesk.core.actions import export_about
        from badgedesk.core.export import export_rows

        try:
            about = export_about(journal.run(run_id) or {"id": run_id})
            out = export_rows(journal.rows(run_id), results, title=f"Run {run_id}", about=about)
            print(f"Results written to {out}", file=sys.stderr)
        except (InputError, OSError) as err:  # the run itself is done and journaled: keep its exit code
            reason = err.message if isinstance(err, InputError) else str(err)
            print(
                f"badgedesk: results not written ({reason}); use 'badgedesk export {run_id} --out FILE'.",
                file=sys.stderr,
            )
    return result.exit_code


def cmd_resume(args: argparse.Namespace) -> int:
    journal = common.journal()
    run = common.run_or_fail(journal, args.run_id)
    if args.retry_failed:
        journal.set_rows_status(args.run_id, ("failed", "needs_review"), "pending", None)
    opened = _open(args, run=run)
    try:
        _expiry(opened)
        # A resumed run asks the platform about every unsettled row before sending it, whatever
        # state the journal recorded (a restored copy may say "ready").
        return _drive(opened.client, journal, args.run_id, None, resume=True)
    finally:
        opened.client.close()


def cmd_revoke(args: argparse.Namespace) -> int:
    from badgedesk.core import actions
    from badgedesk.platforms import registry

    journal = common.journal()
    run = common.run_or_fail(journal, args.run_id)
    spec = registry.get(run["platform"])
    if spec.capabilities.revoke == registry.DELETE and not args.delete:
        raise InputError(
            "revoke_unsupported",
            f"{spec.label} cannot revoke an award, only delete it permanently; add --delete to delete "
            f"the run's awards for good.",
        )
    if args.delete and spec.capabilities.revoke != registry.DELETE:
        raise InputError("delete_unsupported", f"{spec.label} revokes awards; drop --delete.")
    wanted = None
    if args.recipient:
        wanted = {spec.identity.normalise(k) for k in args.recipient}
        known = {r["recipient_key"] for r in journal.rows(args.run_id)}
        missing = sorted(wanted - known)
        if missing:
            raise InputError(
                "recipient_not_in_run",
                f"Run {args.run_id} has no learner {', '.join(missing)} (give the {spec.identity.label.lower()}).",
            )
    rows = [
        r
        for r in journal.rows(args.run_id)
        if r["status"] == "issued" and r.get("award_id") and (wanted is None or r["recipient_key"] in wanted)
    ]
    if not rows:
        print(
            f"Nothing to revoke: run {args.run_id} has no issued award for those learners.", file=sys.stderr
        )
        return EXIT_OK
    verb = "Delete permanently" if args.delete else "Revoke"
    if not args.yes and not common.confirm(
        f"{verb} {len(rows)} awards of run {args.run_id} ({run['badge_name']})? [y/N] "
    ):
        print(
            "badgedesk: not confirmed; nothing was revoked (use --yes to skip the question).", file=sys.stderr
        )
        return EXIT_USAGE
    opened = _open(args, run=run)
    try:
        _expiry(opened, read=False)

        def progress(event: dict[str, Any]) -> None:
            row = event["row"]
            who = row.get("email") or row.get("recipient_key")
            done = "deleted permanently" if args.delete else "revoked"
            state = done if event["ok"] else f"failed: {event['message']}"
            print(f"  row {row['row_number']}: {who} {state}", file=sys.stderr)

        counts = actions.revoke_run(
            journal, opened.client, args.run_id, args.reason, progress, wanted, delete=args.delete
        )
    finally:
        opened.client.close()
    print(
        f"Run {args.run_id}: {counts['revoked']} of {counts['total']} revoked"
        + (f", {counts['failed']} failed" if counts["failed"] else "")
        + (f", {counts['not_done']} not done" if counts["not_done"] else ""),
        file=sys.stderr,
    )
    return EXIT_OK if counts["revoked"] == counts["total"] else EXIT_PROBLEMS


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
