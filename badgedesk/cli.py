"""The ``badgedesk`` command. The GUI, the CLI and the tests all drive the same core.

Exit codes of ``issue`` and ``resume``: 0 every consenting row issued or already issued;
1 some rows failed, need review or are unknown; 2 usage or input error (nothing sent);
3 authentication failed (the run is kept and resumable); 130 interrupted (resumable).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

from badgedesk import __version__, paths
from badgedesk.core.messages import InputError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        raise UsageError(f"{self.prog}: {message}")


def _connection_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--base-url", help="API base URL (default: from --env, or NAVIGATR_API_URL)")
    p.add_argument("--env", choices=("production", "staging"), default="production")
    p.add_argument("--timeout", type=float, default=30.0, help="HTTP timeout in seconds (1-300, default 30)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="badgedesk", description="Issue digital badges to a cohort from a spreadsheet.")
    parser.add_argument("--version", action="version", version=f"BadgeDesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", help="open the desktop app (the default)")
    sub.add_parser("demo", help="open the desktop app against the built-in simulator, with a sample cohort")

    p = sub.add_parser("simulate", help="run the Navigatr simulator on 127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--latency-ms", type=int, default=0)
    p.add_argument("--jitter-ms", type=int, default=0)
    p.add_argument("--fault-rate", type=float, default=0.0)

    p = sub.add_parser("providers", help="list the providers this token may issue for")
    _connection_args(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("badges", help="list a provider's whole badge library")
    p.add_argument("--provider", required=True)
    p.add_argument("--search", help="only badges whose name contains this")
    _connection_args(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("issue", help="issue a badge to every consenting learner in FILE")
    p.add_argument("file")
    p.add_argument("--badge", required=True, help="badge ID or badge URL")
    p.add_argument("--provider")
    p.add_argument("--sheet")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER")
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
    p.add_argument("--timeout", type=float, default=30.0)

    p = sub.add_parser("export", help="export a run's results")
    p.add_argument("run_id", type=int)
    p.add_argument("--out", required=True)

    p = sub.add_parser("privacy", help="export or delete a learner's personal data; purge old runs")
    actions = p.add_subparsers(dest="privacy_command", parser_class=_Parser)
    q = actions.add_parser("export", help="everything held about one learner, as JSON")
    q.add_argument("email")
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
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        command = args.command or "gui"
        handler = _COMMANDS[command]
        return handler(args)
    except UsageError as err:
        print(str(err), file=sys.stderr)
        return EXIT_USAGE
    except InputError as err:
        print(f"badgedesk: {err.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("badgedesk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as err:  # a file we were asked to read or write: say which, no traceback
        where = f" ({err.filename})" if err.filename else ""
        print(f"badgedesk: {err.strerror or err}{where}", file=sys.stderr)
        return EXIT_USAGE


# -- helpers ------------------------------------------------------------------------------


def _journal():
    from badgedesk.core.journal import Journal

    return Journal(paths.journal_path())


def _client(args: argparse.Namespace, base_url: str | None = None, environment: str | None = None):
    from badgedesk.platforms.navigatr import NavigatrClient

    token = os.environ.get("NAVIGATR_PAT", "")
    if not token.strip():
        raise InputError(
            "token_missing",
            "No token: set NAVIGATR_PAT to a Navigatr Personal Access Token "
            "(Navigatr › Settings › Personal Access Tokens).",
        )
    url = base_url or getattr(args, "base_url", None) or os.environ.get("NAVIGATR_API_URL") or None
    return NavigatrClient(
        token,
        environment=environment or getattr(args, "env", "production"),
        base_url=url,
        timeout=getattr(args, "timeout", 30.0),
    )


def _platform_failure(err) -> int:
    from badgedesk.platforms import base

    print(f"badgedesk: {err.message}", file=sys.stderr)
    return EXIT_AUTH if err.kind == base.AUTH else EXIT_USAGE if err.kind == base.REJECTED else EXIT_PROBLEMS


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def _table(rows: list[list[Any]], header: list[str]) -> None:
    cells = [[str(c) if c is not None else "" for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    widths = [min(w, 60) for w in widths]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


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


def _check_date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise InputError(
            "issue_date_invalid", f"--issue-date '{value}' is not a date like 2026-11-25."
        ) from exc


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

    return run_app()


def cmd_demo(args: argparse.Namespace) -> int:
    from badgedesk.gui.app import run_demo

    return run_demo()


def cmd_simulate(args: argparse.Namespace) -> int:
    from badgedesk.platforms.navigatr_sim import run_simulator

    if not 0 <= args.fault_rate <= 1:
        raise InputError("fault_rate_invalid", "--fault-rate must be between 0 and 1.")
    run_simulator(
        port=args.port, latency_ms=args.latency_ms, jitter_ms=args.jitter_ms, fault_rate=args.fault_rate
    )
    return EXIT_OK


def cmd_providers(args: argparse.Namespace) -> int:
    from badgedesk.platforms.base import PlatformError

    with _client(args) as client:
        try:
            providers = client.providers()
        except PlatformError as err:
            return _platform_failure(err)
    if args.json:
        _print_json([p.__dict__ for p in providers])
    elif not providers:
        print("No providers: this account is not a provider admin.")
    else:
        _table([[p.id, p.name, p.status] for p in providers], ["ID", "Provider", "Status"])
    return EXIT_OK


def cmd_badges(args: argparse.Namespace) -> int:
    from badgedesk.platforms.base import PlatformError

    with _client(args) as client:
        try:
            badges = client.badges(args.provider, keyword=args.search)
        except PlatformError as err:
            return _platform_failure(err)
    if args.json:
        _print_json([{k: v for k, v in b.__dict__.items() if k != "raw"} for b in badges])
    else:
        _table(
            [[b.id, b.name, b.status, b.source, "" if b.min_score is None else b.min_score] for b in badges],
            ["ID", "Badge", "Status", "Source", "Min score"],
        )
        print(f"{len(badges)} badges")
    return EXIT_OK


def cmd_issue(args: argparse.Namespace) -> int:
    from badgedesk.core import plan
    from badgedesk.core.cohort import read_table
    from badgedesk.core.engine import check_badge
    from badgedesk.core.validate import build_cohort
    from badgedesk.platforms.base import PlatformError
    from badgedesk.platforms.navigatr import NavigatrClient, parse_badge_ref

    badge_id = parse_badge_ref(args.badge)
    real_badge_id = None
    if args.sandbox or args.sandbox_badge:
        if not (args.sandbox and args.sandbox_badge):
            raise InputError("sandbox_usage", "Rehearsing needs both --sandbox and --sandbox-badge ID.")
        real_badge_id, badge_id = badge_id, parse_badge_ref(args.sandbox_badge)
    options = plan.RunOptions(
        issue_date=_check_date(args.issue_date),
        evidence_url=_check_url(args.evidence_url),
        evidence_text=(args.evidence_text or "").strip(),
        force=args.reissue,
    )
    if args.results:
        _check_results_target(args.results)
    cohort = build_cohort(read_table(args.file, sheet=args.sheet), _parse_map(args.map))
    mode = plan.consent_mode(cohort, args.all_consented)
    records = plan.learner_records(cohort, mode, options, NavigatrClient.recipient_key)
    to_send = sum(r.status == "pending" for r in records)

    client = _client(args)
    try:
        try:
            badge = check_badge(client, badge_id)
        except PlatformError as err:
            return _platform_failure(err)
        _print_plan(cohort, records, badge, args.sandbox)
        if args.dry_run:
            print("Dry run: nothing was sent.")
            return EXIT_OK
        if to_send == 0:
            print("Nothing to send: no consenting, valid learner rows.", file=sys.stderr)
        elif not args.yes and not _confirm(f"Issue '{badge.name}' to {to_send} learners? [y/N] "):
            print(
                "badgedesk: not confirmed; nothing was sent (use --yes to skip the question).",
                file=sys.stderr,
            )
            return EXIT_USAGE
        journal = _journal()
        info = plan.run_info(
            cohort,
            platform=client.name,
            environment=client.environment,
            base_url=client.base_url,
            badge_id=badge.id,
            badge_name=badge.name,
            mode=mode,
            provider_id=args.provider,
            sandbox=args.sandbox,
            real_badge_id=real_badge_id,
            options={
                "issue_date": options.issue_date,
                "evidence_url": options.evidence_url,
                "reissue": args.reissue,
            },
        )
        run_id = journal.create_run(info, records)
        print(f"Run {run_id}: issuing '{badge.name}' ({badge.id}) to {to_send} learners.", file=sys.stderr)
        return _drive(client, journal, run_id, args.results, check_platform=args.check_existing)
    finally:
        client.close()


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


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


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


def _drive(client, journal, run_id: int, results: str | None, check_platform: bool = False) -> int:
    """Run the engine in the foreground with progress on stderr; Ctrl-C interrupts, resumably."""
    from badgedesk.core.engine import Engine, Settings

    lock = threading.Lock()

    def on_event(event: dict[str, Any]) -> None:
        with lock:
            if event["type"] == "row":
                http = f" [{event['http_status']}]" if event.get("http_status") else ""
                print(
                    f"  row {event['row']}: {event['status']}{http} {event['email']} {event['message']}",
                    file=sys.stderr,
                )
            elif event["type"] == "state" and (event["state"] != "running" or event.get("message")):
                print(f"  [{event['state']}] {event.get('message', '')}".rstrip(), file=sys.stderr)

    engine = Engine(
        client, journal, run_id, settings=Settings(check_platform=check_platform), on_event=on_event
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
        from badgedesk.core.export import export_rows

        try:
            out = export_rows(journal.rows(run_id), results, title=f"Run {run_id}")
            print(f"Results written to {out}", file=sys.stderr)
        except (InputError, OSError) as err:  # the run itself is done and journaled: keep its exit code
            reason = err.message if isinstance(err, InputError) else str(err)
            print(
                f"badgedesk: results not written ({reason}); use 'badgedesk export {run_id} --out FILE'.",
                file=sys.stderr,
            )
    return result.exit_code


def cmd_resume(args: argparse.Namespace) -> int:
    journal = _journal()
    run = journal.run(args.run_id)
    if run is None:
        raise InputError("run_not_found", f"There is no run {args.run_id}. See 'badgedesk runs'.")
    if run["platform"] != "navigatr":
        raise InputError(
            "platform_unsupported", f"Run {args.run_id} used {run['platform']}, which the CLI cannot resume."
        )
    if args.retry_failed:
        journal.set_rows_status(args.run_id, ("failed", "needs_review"), "pending", None)
    with _client(args, base_url=run["base_url"]) as client:
        return _drive(client, journal, args.run_id, None)


def cmd_runs(args: argparse.Namespace) -> int:
    runs = _journal().runs()
    if args.json:
        _print_json(runs)
        return EXIT_OK
    if not runs:
        print("No runs yet.")
        return EXIT_OK
    _table(
        [
            [
                r["id"],
                r["created_at"][:19].replace("T", " "),
                r["state"],
                r["badge_name"] or r["badge_id"],
                "sandbox" if r["sandbox"] else r["environment"],
                r["source_name"],
                r["rows"],
                r["issued"],
                r["problems"],
            ]
            for r in runs
        ],
        ["Run", "Started (UTC)", "State", "Badge", "Environment", "File", "Rows", "Issued", "Problems"],
    )
    return EXIT_OK


def _run_or_fail(journal, run_id: int) -> dict[str, Any]:
    run = journal.run(run_id)
    if run is None:
        raise InputError("run_not_found", f"There is no run {run_id}. See 'badgedesk runs'.")
    return run


def cmd_show(args: argparse.Namespace) -> int:
    journal = _journal()
    run = _run_or_fail(journal, args.run_id)
    rows = journal.rows(args.run_id)
    if args.json:
        keys = (
            "row_number",
            "email",
            "first_name",
            "last_name",
            "status",
            "http_status",
            "code",
            "message",
            "attempts",
            "award_id",
            "consent_source",
            "updated_at",
        )
        _print_json({"run": run, "rows": [{k: r[k] for k in keys} | {"detail": r["message"]} for r in rows]})
        return EXIT_OK
    print(
        f"Run {run['id']} — {run['state']} — {run['badge_name']} ({run['badge_id']}) — {run['source_name']}"
    )
    _table(
        [
            [
                r["row_number"],
                r["email"],
                r["status"],
                r["http_status"] or "",
                r["attempts"],
                r["message"] or "",
            ]
            for r in rows
        ],
        ["Row", "Email", "Status", "HTTP", "Tries", "Detail"],
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from badgedesk.core.export import export_rows

    journal = _journal()
    _run_or_fail(journal, args.run_id)
    out = export_rows(journal.rows(args.run_id), args.out, title=f"Run {args.run_id}")
    print(f"Exported run {args.run_id} to {out}")
    return EXIT_OK


def _privacy_email(value: str) -> str:
    from badgedesk.core.privacy import normalise

    email = normalise(value)
    if "@" not in email or " " in email:
        raise InputError("email_invalid", f"'{value}' is not an email address.")
    return email


def _removed(counts: dict[str, int]) -> str:
    return (
        f"{counts['learners']} learner rows in {counts['runs']} runs, "
        f"{counts['attempts']} attempt details, {counts['events']} events"
    )


def cmd_privacy(args: argparse.Namespace) -> int:
    from badgedesk.core import privacy

    action = args.privacy_command
    if action is None:
        raise UsageError("badgedesk privacy: choose export, delete or purge")
    if action == "purge":
        if args.older_than < 1:
            raise InputError("days_invalid", "--older-than must be a whole number of days, 1 or more.")
        if not args.yes and not _confirm(
            f"Remove the personal data of every run older than {args.older_than} days? [y/N] "
        ):
            print(
                "badgedesk: not confirmed; nothing removed (use --yes to skip the question).", file=sys.stderr
            )
            return EXIT_USAGE
        counts = privacy.purge_older_than(_journal(), args.older_than)
        print(f"Removed personal data from runs older than {args.older_than} days: {_removed(counts)}.")
        return EXIT_OK
    email = _privacy_email(args.email)
    journal = _journal()
    held = privacy.export_learner(journal, email)
    if action == "export":
        if privacy.is_empty(held):
            print(f"badgedesk: nothing held about {email}", file=sys.stderr)
        if args.out:
            from pathlib import Path

            Path(args.out).write_text(
                json.dumps(held, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
            )
            print(f"Wrote everything held about {email} to {args.out}")
        else:
            _print_json(held)
        return EXIT_OK
    if privacy.is_empty(held):
        print(f"badgedesk: nothing held about {email}")
        return EXIT_OK
    if not args.yes and not _confirm(
        f"Remove the personal data of {email} ({len(held['learners'])} learner rows)? [y/N] "
    ):
        print("badgedesk: not confirmed; nothing removed (use --yes to skip the question).", file=sys.stderr)
        return EXIT_USAGE
    counts = privacy.delete_learner(journal, email)
    print(f"Removed the personal data of {email}: {_removed(counts)}. Duplicate protection is kept.")
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
    "export": cmd_export,
    "privacy": cmd_privacy,
}
