"""Privacy (GDPR): export everything held about a learner, delete it, purge old runs.

Deleting never weakens duplicate protection: a learner row keeps its run, badge, status and
award, and its recipient key becomes ``h:`` + a salted SHA-256 of the key (the salt is random,
created once per journal and kept in its ``meta`` table). The journal's duplicate guard matches
either form, so the same badge is never issued twice to the same address, deleted or not.
Runs themselves stay, for the audit trail; only the personal data in them goes.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from badgedesk.core.journal import HASHED_PREFIX, Journal, hash_key
from badgedesk.core.journal import now as journal_now
from badgedesk.platforms.base import EMAIL_IDENTITY

REDACTED = "[redacted]"
DELETED_CODE = "personal_data_deleted"
# params keys that name the learner (their values are replaced as a whole)
_PERSONAL_PARAMS = {"email", "first_name", "last_name", "name", "recipient", "suggestion", "old", "new", "to"}
_RUN_FIELDS = (
    "id",
    "created_at",
    "finished_at",
    "state",
    "platform",
    "environment",
    "badge_id",
    "badge_name",
    "sandbox",
    "source_name",
    "operator",
    "consent_mode",
)


def normalise(email: str) -> str:
    return EMAIL_IDENTITY.normalise(email)


def _learners_of(journal: Journal, who: str) -> list[dict[str, Any]]:
    """A learner's rows by email address, or by the platform's key for them (an email or an ID)."""
    key, exact = normalise(who), (who or "").strip()
    if not key:
        return []
    return journal._all(
        """SELECT * FROM learners WHERE recipient_key IN (?, ?) OR lower(trim(email)) = ?
           OR (external_id != '' AND external_id = ?) ORDER BY run_id, row_number""",
        (key, exact, key, exact),
    )


def _mentions(journal: Journal, table: str, needle: str) -> list[dict[str, Any]]:
    """Rows of ``table`` (events or attempts) whose ``detail`` mentions ``needle`` (case-insensitive)."""
    return journal._all(
        f"SELECT * FROM {table} WHERE instr(lower(COALESCE(detail, '')), ?) > 0 ORDER BY id", (needle,)
    )


def export_learner(journal: Journal, email: str) -> dict[str, Any]:
    """Everything the journal holds about one learner: rows (with consent and run), attempts, events."""
    key = normalise(email)
    learners = _learners_of(journal, email)
    runs: dict[int, dict[str, Any] | None] = {}
    out_rows = []
    for row in learners:
        if row["run_id"] not in runs:
            runs[row["run_id"]] = journal.run(row["run_id"])
        run = runs[row["run_id"]] or {}
        row = dict(row)
        row["params"] = json.loads(row["params"] or "{}")
        row["consent"] = bool(row["consent"])
        row["force"] = bool(row["force"])
        out_rows.append(
            {
                **row,
                "consent_record": {
                    "consent": row["consent"],
                    "consent_source": row["consent_source"],
                    "consent_at": row.get("consent_at") or run.get("created_at"),
                    "operator": run.get("operator") or "",
                    "run_created_at": run.get("created_at"),
                },
                "run": {k: run.get(k) for k in _RUN_FIELDS},
                "attempts": journal._all(
                    "SELECT * FROM attempts WHERE learner_id = ? ORDER BY id", (row["id"],)
                ),
            }
        )
    events = _mentions(journal, "events", key) if key else []
    own = {a["id"] for r in out_rows for a in r["attempts"]}
    other_attempts = [a for a in _mentions(journal, "attempts", key) if a["id"] not in own] if key else []
    deleted = 0
    with journal._lock:  # read only: an export never creates the salt
        salt = journal._read_salt(journal._db)
    if key and salt is not None:
        hashed = hash_key(salt, key)
        deleted = len(journal._all("SELECT id FROM learners WHERE recipient_key = ?", (hashed,)))
    return {
        "email": key,
        "exported_at": journal_now(),
        "journal": str(journal.path),
        "learners": out_rows,
        "events": events,
        "other_attempts": other_attempts,  # attempts of other rows whose detail mentions the address
        "deleted_rows": deleted,  # rows already deleted: only a salted hash of the address remains
    }


def _scrub(text: str | None, needles: list[str]) -> str | None:
    if not text:
        return text
    for needle in needles:
        if needle:
            text = re.sub(re.escape(needle), REDACTED, text, flags=re.IGNORECASE)
    return text


def _scrub_params(raw: str | None, needles: list[str]) -> str:
    def clean(value: Any, name: str = "") -> Any:
        if isinstance(value, dict):
            return {k: clean(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v, name) for v in value]
        if isinstance(value, str):
            return REDACTED if name in _PERSONAL_PARAMS and value else _scrub(value, needles)
        return value

    try:
        params = json.loads(raw or "{}")
    except ValueError:
        return json.dumps({})
    return json.dumps(clean(params))


def _needles(row: dict[str, Any]) -> list[str]:
    """The personal strings of a row, longest first (the full name before its parts)."""
    names = [f"{row['first_name']} {row['last_name']}".strip()]
    found = [row["email"].strip(), row["recipient_key"], row.get("external_id") or "", *names]
    return sorted({n for n in found if n and n != REDACTED and len(n) > 2}, key=len, reverse=True)


def _redact(journal: Journal, rows: list[dict[str, Any]], events_of: set[int] | None) -> dict[str, int]:
    """Replace the personal data of ``rows`` in one transaction; count what changed."""
    counts = {"learners": 0, "attempts": 0, "events": 0, "runs": 0}
    rows = [r for r in rows if not r["recipient_key"].startswith(HASHED_PREFIX)]
    if not rows:
        return counts
    salt = journal.privacy_salt()
    stamp = journal_now()
    with journal._tx() as db:
        runs: set[int] = set()
        for row in rows:
            needles = _needles(row)
            status = row["status"]
            if status == "pending":  # never sent, and now never will be (the address is gone)
                status = "skipped_no_consent"
            db.execute(
                """UPDATE learners SET recipient_key = ?, email = ?, first_name = ?, last_name = ?, score = NULL,
                   external_id = '', note = '', extra = NULL,
                   evidence_text = ?, evidence_url = '', params = ?, message = ?, status = ?,
                   code = CASE WHEN ? THEN ? ELSE code END, updated_at = ? WHERE id = ?""",
                (
                    hash_key(salt, row["recipient_key"]),
                    REDACTED,
                    REDACTED,
                    REDACTED,
                    REDACTED if row["evidence_text"] else "",
                    _scrub_params(row["params"], needles),
                    _scrub(row["message"], needles),
                    status,
                    int(status != row["status"]),
                    DELETED_CODE,
                    stamp,
                    row["id"],
                ),
            )
            counts["learners"] += 1
            runs.add(row["run_id"])
            for attempt in db.execute(
                "SELECT id, detail FROM attempts WHERE learner_id = ? OR run_id = ?",
                (row["id"], row["run_id"]),
            ).fetchall():
                cleaned = _scrub(attempt["detail"], needles)
                if cleaned != attempt["detail"]:
                    db.execute("UPDATE attempts SET detail = ? WHERE id = ?", (cleaned, attempt["id"]))
                    counts["attempts"] += 1
            scope = "" if events_of is None else "WHERE run_id = ?"
            args = () if events_of is None else (row["run_id"],)
            for event in db.execute(f"SELECT id, detail FROM events {scope}", args).fetchall():
                cleaned = _scrub(event["detail"], needles)
                if cleaned != event["detail"]:
                    db.execute("UPDATE events SET detail = ? WHERE id = ?", (cleaned, event["id"]))
                    counts["events"] += 1
        counts["runs"] = len(runs)
    return counts


def delete_learner(journal: Journal, email: str) -> dict[str, int]:
    """Remove one learner's personal data from the journal; duplicate protection stays (hashed key)."""
    key = normalise(email)
    rows = _learners_of(journal, email)
    counts = _redact(journal, rows, events_of=None)
    if key:  # any other mention of the address, e.g. an event of a correction away from it
        with journal._tx() as db:
            for table in ("events", "attempts"):
                for item in db.execute(
                    f"SELECT id, detail FROM {table} WHERE instr(lower(COALESCE(detail, '')), ?) > 0", (key,)
                ).fetchall():
                    db.execute(
                        f"UPDATE {table} SET detail = ? WHERE id = ?",
                        (_scrub(item["detail"], [key]), item["id"]),
                    )
                    counts[table] += 1
    return counts


def purge_older_than(journal: Journal, days: int, now: datetime | None = None) -> dict[str, int]:
    """Remove the personal data of every learner of runs created more than ``days`` days ago."""
    if days < 1:
        raise ValueError("days must be at least 1")
    moment = now or datetime.now(timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    cutoff = (moment - timedelta(days=days)).astimezone(timezone.utc).isoformat(timespec="milliseconds")
    old = journal._all("SELECT id FROM runs WHERE created_at < ?", (cutoff,))
    run_ids = {r["id"] for r in old}
    rows: list[dict[str, Any]] = []
    for run_id in sorted(run_ids):
        rows += journal._all("SELECT * FROM learners WHERE run_id = ? ORDER BY row_number", (run_id,))
    return _redact(journal, rows, events_of=run_ids)


def is_empty(export: dict[str, Any]) -> bool:
    """Nothing personal held (at most hashed, deleted rows)."""
    return not export["learners"] and not export["events"] and not export["other_attempts"]
