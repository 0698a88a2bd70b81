"""The CLI's commands that send: issue (with its plan, confirmation and results export), resume and
revoke, all driving the same core engine as the app.

Part of :mod:`badgedesk.cli`, which parses the command line and dispatches here.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from typing import Any

from badgedesk import cli_common as common
from badgedesk.cli_common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from badgedesk.core.messages import InputError


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
    opened = common.open_target(args)
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
            issue_date=common.check_date(args.issue_date),
            evidence_url=common.check_url(args.evidence_url),
            evidence_text=(args.evidence_text or "").strip(),
            force=args.reissue,
            expires=common.check_date(args.expires, "--expires"),
            note=(args.note or "").strip(),
            replace_existing=args.replace_existing,
        )
        cohort = build_cohort(
            read_table(args.file, sheet=args.sheet),
            common.parse_map(args.map),
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
        expires = common.expiry(opened)
        try:
            badge = check_badge(client, badge_id)
        except PlatformError as err:
            return common.platform_failure(err, expires)
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
    opened = common.open_target(args, run=run)
    try:
        common.expiry(opened)
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
    opened = common.open_target(args, run=run)
    try:
        common.expiry(opened, read=False)

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
