"""What the CLI's commands share: exit codes, the journal, JSON and table output, a y/N question.

Kept apart from :mod:`badgedesk.cli` (the parser and the issuing commands) and
:mod:`badgedesk.cli_records` (the commands that read the journal), which both use it.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from badgedesk import paths
from badgedesk.core.messages import InputError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(Exception):
    pass


def journal():
    from badgedesk.core.journal import Journal

    return Journal(paths.journal_path())


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def table(rows: list[list[Any]], header: list[str]) -> None:
    cells = [[str(c) if c is not None else "" for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    widths = [min(w, 60) for w in widths]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def where(journal, run_id: int) -> str:
    """Where a run issued, in the words of the app's titles and the exports ("Navigatr · simulator")."""
    from badgedesk.platforms import words as where_words

    return where_words.run_where(journal.run(run_id) or {})


def run_or_fail(journal, run_id: int) -> dict[str, Any]:
    run = journal.run(run_id)
    if run is None:
        raise InputError("run_not_found", f"There is no run {run_id}. See 'badgedesk runs'.")
    return run


def open_target(args: argparse.Namespace, run: dict[str, Any] | None = None):
    from badgedesk.cli_target import open_target

    return open_target(args, run=run)


def expiry(opened, read: bool = True) -> str:
    """Warn ahead of a token's expiry; raises TokenExpired once it has passed (exit 3, nothing sent)."""
    from badgedesk.cli_target import warn_expiry

    return warn_expiry(opened, read=read)


def platform_failure(err, expires: str = "") -> int:
    from badgedesk.platforms import base

    known = (
        f" The token's expiry date on record is {expires[:10]}." if expires and err.kind == base.AUTH else ""
    )
    print(f"badgedesk: {err.message}{known}", file=sys.stderr)
    return EXIT_AUTH if err.kind == base.AUTH else EXIT_USAGE if err.kind == base.REJECTED else EXIT_PROBLEMS


def parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        field, sep, header = item.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise InputError(
                "map_invalid", f"--map '{item}' must look like field=Header, e.g. email='E-mail address'."
            )
        mapping[field.strip().lower()] = header.strip()
    return mapping


def check_date(value: str | None, option: str = "--issue-date") -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        code = "issue_date_invalid" if option == "--issue-date" else "expires_invalid"
        raise InputError(code, f"{option} '{value}' is not a date like 2026-11-25.") from exc


def check_url(value: str | None) -> str:
    if not value:
        return ""
    if not value.startswith(("https://", "http://")) or " " in value:
        raise InputError(
            "evidence_url_invalid", f"--evidence-url '{value}' must be a web address (https://…)."
        )
    return value
