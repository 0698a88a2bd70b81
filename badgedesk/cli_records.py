"""The CLI's commands that read what is recorded: runs, show, export, connections and privacy.

Part of :mod:`badgedesk.cli`, which parses the command line and dispatches here.
"""

from __future__ import annotations

import argparse
import json
import sys

from badgedesk import cli_common as common
from badgedesk.cli_common import EXIT_OK, EXIT_USAGE, UsageError
from badgedesk.core.messages import InputError


def cmd_connections(args: argparse.Namespace) -> int:
    from badgedesk.core.connections import ConnectionStore
    from badgedesk.platforms import registry
    from badgedesk.platforms import words as where_words

    items = []
    for conn in ConnectionStore().list():
        expires = conn.token_expires()
        state, left = registry.expiry_state(expires)
        environment = conn.environment if not conn.base_url else f"custom:{conn.base_url}"
        items.append(
            {
                "name": conn.name,
                "platform": conn.spec.key,
                "environment": environment,
                "where": where_words.describe(conn.spec.key, environment, conn.name, False),
                "base_url": conn.base_url,
                "token_expires": expires[:10] if expires else None,
                "token_state": state if expires else None,
            }
        )
        if state in ("soon", "expired"):
            when = (
                f"expired on {expires[:10]}"
                if state == "expired"
                else f"expires in {left} days ({expires[:10]})"
            )
            print(f"badgedesk: warning: the token of '{conn.name}' {when}.", file=sys.stderr)
    if args.json:
        common.print_json(items)
    elif not items:
        print("No saved connections. Add one in the app (step 1, Connect).")
    else:
        common.table(
            [[c["name"], c["where"], c["base_url"] or "", c["token_expires"] or ""] for c in items],
            ["Name", "Where", "Address", "Token expires"],
        )
    return EXIT_OK


def cmd_runs(args: argparse.Namespace) -> int:
    journal = common.journal()
    runs = [r | {"where": common.where(journal, r["id"])} for r in journal.runs()]
    if args.json:
        common.print_json(runs)
        return EXIT_OK
    if not runs:
        print("No runs yet.")
        return EXIT_OK
    common.table(
        [
            [
                r["id"],
                r["created_at"][:19].replace("T", " "),
                r["state"],
                r["badge_name"] or r["badge_id"],
                f"{r['where']} (sandbox)" if r["sandbox"] else r["where"],
                r["source_name"],
                r["rows"],
                r["issued"],
                r["problems"],
            ]
            for r in runs
        ],
        ["Run", "Started (UTC)", "State", "Badge", "Where", "File", "Rows", "Issued", "Problems"],
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    journal = common.journal()
    run = common.run_or_fail(journal, args.run_id)
    rows = journal.rows(args.run_id)
    if args.json:
        keys = (
            "row_number",
            "recipient_key",
            "email",
            "external_id",
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
        common.print_json(
            {
                "run": run,
                "where": common.where(journal, args.run_id),
                "rows": [
                    {k: r[k] for k in keys}
                    | {"recipient": r["recipient_key"], "email": r["email"] or None, "detail": r["message"]}
                    for r in rows
                ],
            }
        )
        return EXIT_OK
    print(
        f"Run {run['id']} — {run['state']} — {run['badge_name']} ({run['badge_id']}) — {run['source_name']}"
        f" — {common.where(journal, args.run_id)}"
    )
    common.table(
        [
            [
                r["row_number"],
                r["email"] or r["recipient_key"],
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
    from badgedesk.core.actions import export_about
    from badgedesk.core.export import export_rows

    journal = common.journal()
    run = common.run_or_fail(journal, args.run_id)
    about = export_about(run)
    out = export_rows(journal.rows(args.run_id), args.out, title=f"Run {args.run_id}", about=about)
    print(f"Exported run {args.run_id} ({about.where}) to {out}")
    return EXIT_OK


def _privacy_email(value: str, journal=None) -> str:
    """An email address, or the recipient ID of a learner the journal holds (a platform that keys
    learners on an ID may have no email for them)."""
    from badgedesk.core.privacy import normalise

    text = " ".join((value or "").split())
    if "@" in text:
        email = normalise(text)
        if " " not in email:
            return email
    elif text and " " not in text and journal is not None:
        hits = journal._all(
            "SELECT 1 FROM learners WHERE recipient_key = ? OR external_id = ? LIMIT 1", (text, text)
        )
        if hits:
            return text
    raise InputError(
        "email_invalid", f"'{value}' is not an email address, nor the ID of a learner in the journal."
    )


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
        if not args.yes and not common.confirm(
            f"Remove the personal data of every run older than {args.older_than} days? [y/N] "
        ):
            print(
                "badgedesk: not confirmed; nothing removed (use --yes to skip the question).", file=sys.stderr
            )
            return EXIT_USAGE
        counts = privacy.purge_older_than(common.journal(), args.older_than)
        print(f"Removed personal data from runs older than {args.older_than} days: {_removed(counts)}.")
        return EXIT_OK
    journal = common.journal()
    email = _privacy_email(args.email, journal)
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
            common.print_json(held)
        return EXIT_OK
    if privacy.is_empty(held):
        print(f"badgedesk: nothing held about {email}")
        return EXIT_OK
    if not args.yes and not common.confirm(
        f"Remove the personal data of {email} ({len(held['learners'])} learner rows)? [y/N] "
    ):
        print("badgedesk: not confirmed; nothing removed (use --yes to skip the question).", file=sys.stderr)
        return EXIT_USAGE
    counts = privacy.delete_learner(journal, email)
    print(f"Removed the personal data of {email}: {_removed(counts)}. Duplicate protection is kept.")
    return EXIT_OK
