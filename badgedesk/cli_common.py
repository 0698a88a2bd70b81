"""What the CLI's commands share: exit codes, the journal, JSON and table output, a y/N question.

Kept apart from :mod:`badgedesk.cli` (the parser and the issuing commands) and
:mod:`badgedesk.cli_records` (the commands that read the journal), which both use it.
"""

from __future__ import annotations

import json
import sys
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
