"""The local journal: every run, every learner row, every attempt, in SQLite.

Durability rules:
- WAL mode with ``synchronous=FULL``: a committed record survives a power cut.
- An attempt row is committed *before* each request is sent (``outcome`` NULL means
  "in flight") and completed after the answer. After a crash, a row whose last attempt
  has no outcome is "in doubt": the engine looks the award up before any re-send.
- Attempts are history: one row per attempt, never overwritten by a later one.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from badgedesk.core.journal_records import (
    HASHED_PREFIX,
    AttemptResult,
    IssuedKeys,
    LearnerRecord,
    RunInfo,
    hash_key,
    learner_values,
    now,
    run_values,
)
from badgedesk.core.journal_schema import INDEXES, SCHEMA, SCHEMA_VERSION, STATUSES, migrate

_SCHEMA = SCHEMA  # the tables, as tests and tools have long read them here
_SALT_KEY = "privacy_salt"
__all__ = [
    "DOUBT_OUTCOMES",
    "HASHED_PREFIX",
    "SCHEMA_VERSION",
    "STATUSES",
    "AttemptResult",
    "IssuedKeys",
    "Journal",
    "LearnerRecord",
    "RunInfo",
    "hash_key",
    "now",
]

# A learner is "in doubt" when its latest attempt may have issued a badge without our knowing:
# still in flight (NULL), cut off by a crash, answered ambiguously, or a lookup that failed.
DOUBT_OUTCOMES = ("interrupted", "ambiguous", "lookup_failed")
_DOUBT_SQL = ", ".join(f"'{o}'" for o in DOUBT_OUTCOMES)


class Journal:
    """Thread-safe access to the journal database. One instance per process is enough."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.executescript(_SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Bring a journal written by an older BadgeDesk up to this schema, in one transaction."""
        with self._tx() as db:
            migrate(db, self.path)
        self._db.executescript(INDEXES)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _all(self, sql: str, args: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(r) for r in self._db.execute(sql, tuple(args)).fetchall()]

    def _one(self, sql: str, args: Iterable[Any] = ()) -> dict[str, Any] | None:
        rows = self._all(sql, args)
        return rows[0] if rows else None

    # -- runs ------------------------------------------------------------------------------

    def create_run(self, info: RunInfo, learners: list[LearnerRecord]) -> int:
        stamp = now()
        with self._tx() as db:
            cur = db.execute(
                """INSERT INTO runs (created_at, updated_at, state, platform, environment, base_url,
                   connection, provider_id, badge_id, badge_name, sandbox, real_badge_id, source_name,
                   source_path,
                   source_sha256, sheet, mapping, operator, consent_mode, options, app_version)
                   VALUES (?, ?, 'ready', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                run_values(info, stamp),
            )
            run_id = int(cur.lastrowid)
            db.executemany(
                """INSERT INTO learners (run_id, row_number, recipient_key, email, first_name, last_name,
                   score, evidence_text, evidence_url, issue_date, external_id, expires, note, extra, consent,
                   consent_source, consent_at, status, code, params, message, force, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [learner_values(run_id, rec, stamp) for rec in learners],
            )
            db.execute(
                "INSERT INTO events (run_id, at, kind, detail) VALUES (?, ?, 'created', ?)",
                (run_id, stamp, f"{len(learners)} rows"),
            )
        return run_id

    def run(self, run_id: int) -> dict[str, Any] | None:
        row = self._one("SELECT * FROM runs WHERE id = ?", (run_id,))
        if row:
            row["mapping"] = json.loads(row["mapping"] or "{}")
            row["options"] = json.loads(row["options"] or "{}")
            row["sandbox"] = bool(row["sandbox"])
        return row

    def runs(self) -> list[dict[str, Any]]:
        return self._all(
            """SELECT r.id, r.created_at, r.updated_at, r.finished_at, r.state, r.stop_code, r.platform,
                      r.environment, r.badge_id, r.badge_name, r.sandbox, r.source_name, r.operator,
                      COUNT(l.id) AS rows,
                      SUM(l.status = 'issued') AS issued,
                      SUM(l.status IN ('failed', 'needs_review', 'unknown')) AS problems,
                      SUM(l.status = 'pending') AS pending
               FROM runs r LEFT JOIN learners l ON l.run_id = r.id
               GROUP BY r.id ORDER BY r.id DESC"""
        )

    def set_state(self, run_id: int, state: str, code: str | None = None, message: str | None = None) -> None:
        stamp = now()
        finished = stamp if state in ("completed", "cancelled") else None
        with self._tx() as db:
            db.execute(
                """UPDATE runs SET state = ?, stop_code = ?, stop_message = ?, updated_at = ?,
                   finished_at = COALESCE(?, finished_at) WHERE id = ?""",
                (state, code, message, stamp, finished, run_id),
            )
            db.execute(
                "INSERT INTO events (run_id, at, kind, detail) VALUES (?, ?, ?, ?)",
                (run_id, stamp, "state:" + state, message or code),
            )

    def log_event(self, run_id: int, kind: str, detail: str = "") -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO events (run_id, at, kind, detail) VALUES (?, ?, ?, ?)",
                (run_id, now(), kind, detail),
            )

    def events(self, run_id: int) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM events WHERE run_id = ? ORDER BY id", (run_id,))

    # -- learner rows ----------------------------------------------------------------------

    def rows(self, run_id: int) -> list[dict[str, Any]]:
        rows = self._all(
            f"""SELECT l.*, (SELECT COUNT(*) FROM attempts a WHERE a.learner_id = l.id AND a.kind = 'issue')
                      AS attempts,
                      COALESCE((SELECT a.outcome IS NULL OR a.outcome IN ({_DOUBT_SQL}) FROM attempts a
                       WHERE a.learner_id = l.id ORDER BY a.id DESC LIMIT 1), 0) AS in_doubt
               FROM learners l WHERE l.run_id = ? ORDER BY l.row_number""",
            (run_id,),
        )
        for row in rows:
            row["params"] = json.loads(row["params"] or "{}")
            row["extra"] = json.loads(row["extra"] or "{}")
        return rows

    def row(self, learner_id: int) -> dict[str, Any] | None:
        return self._one("SELECT * FROM learners WHERE id = ?", (learner_id,))

    def set_row(
        self,
        learner_id: int,
        status: str,
        code: str | None = None,
        message: str | None = None,
        http_status: int | None = None,
        award_id: str | None = None,
        award_url: str | None = None,
        params: dict[str, Any] | None = None,
        finish: AttemptResult | None = None,
    ) -> None:
        """Record a row's outcome: a stable ``code`` with ``params`` (for translation) and the English ``message``.

        ``finish`` completes the attempt that produced the outcome in the same transaction, so a crash
        can never leave an answered attempt without its row status (or the reverse).
        """
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._tx() as db:
            if finish is not None:
                self._finish(db, finish)
            db.execute(
                """UPDATE learners SET status = ?, code = ?, params = ?, message = ?, http_status = ?,
                   award_id = COALESCE(?, award_id), award_url = COALESCE(?, award_url), updated_at = ?
                   WHERE id = ?""",
                (
                    status,
                    code,
                    json.dumps(params or {}),
                    message,
                    http_status,
                    award_id,
                    award_url,
                    now(),
                    learner_id,
                ),
            )

    def set_rows_status(
        self, run_id: int, from_statuses: tuple[str, ...], status: str, code: str | None
    ) -> int:
        marks = ",".join("?" * len(from_statuses))
        with self._tx() as db:
            cur = db.execute(
                f"""UPDATE learners SET status = ?, code = ?, message = NULL, updated_at = ?
                    WHERE run_id = ? AND status IN ({marks})""",
                (status, code, now(), run_id, *from_statuses),
            )
            return cur.rowcount

    def status_counts(self, run_id: int) -> dict[str, int]:
        """How many of the run's rows are in each status: one query on the run's (run_id, status) index."""
        with self._lock:
            found = self._db.execute(
                "SELECT status, COUNT(*) FROM learners WHERE run_id = ? GROUP BY status", (run_id,)
            ).fetchall()
        return {str(status): int(n) for status, n in found}

    def row_count(self, run_id: int, at_most: int | None = None) -> int:
        """How many rows the run has; with ``at_most``, counting stops there (constant time)."""
        with self._lock:
            return int(
                self._db.execute(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM learners WHERE run_id = ? LIMIT ?)",
                    (run_id, -1 if at_most is None else at_most),
                ).fetchone()[0]
            )

    def cancel_unsent(self, run_id: int, code: str, message: str) -> int:
        """Mark every pending row of the run that was never sent (none of its attempts is in flight or
        in doubt) cancelled, in one transaction: after a crash either all of them are, or none.
        Returns how many rows changed."""
        with self._tx() as db:
            cur = db.execute(
                f"""UPDATE learners SET status = 'cancelled', code = ?, params = '{{}}', message = ?,
                       http_status = NULL, updated_at = ?
                    WHERE run_id = ? AND status = 'pending'
                      AND NOT COALESCE((SELECT a.outcome IS NULL OR a.outcome IN ({_DOUBT_SQL})
                                        FROM attempts a WHERE a.learner_id = learners.id
                                        ORDER BY a.id DESC LIMIT 1), 0)""",
                (code, message, now(), run_id),
            )
            return cur.rowcount

    def issued_keys(self, platform: str, environment: str, badge_id: str) -> dict[str, int]:
        """recipient_key -> run id, for every live (non-sandbox) award of this badge in this environment.

        Rows whose personal data was deleted hold a hashed key; looking up a plain key (``get``,
        ``in``, ``[]``) also finds its hashed form, so a deleted learner still shows as already issued.
        """
        rows = self._all(
            """SELECT l.recipient_key, MIN(l.run_id) AS run_id FROM learners l JOIN runs r ON r.id = l.run_id
               WHERE l.status = 'issued' AND r.sandbox = 0 AND r.platform = ? AND r.environment = ?
                 AND r.badge_id = ? GROUP BY l.recipient_key""",
            (platform, environment, badge_id),
        )
        keys = IssuedKeys({r["recipient_key"]: r["run_id"] for r in rows})
        if any(k.startswith(HASHED_PREFIX) for k in keys):
            keys.salt = self.privacy_salt()
        return keys

    def issued_among(
        self, platform: str, environment: str, badge_id: str, keys: Iterable[str]
    ) -> dict[str, int]:
        """recipient_key -> run id for those of ``keys`` that a live (non-sandbox) run already issued
        this badge to in this environment: one query, whatever the number of keys.

        The keys go into a temporary table and are joined against the journal's index on the key,
        so a 100,000-learner cohort costs one indexed join, not a lookup per learner. A deleted
        learner's hashed key is found from its plain key, as with :meth:`issued_keys`."""
        wanted = {k for k in keys if k}
        if not wanted:
            return {}
        with self._lock:
            salt = self._read_salt(self._db)  # only a journal that deleted someone holds hashed keys
        pairs = [(k, k) for k in wanted]
        if salt is not None:
            pairs += [(hash_key(salt, k), k) for k in wanted if not k.startswith(HASHED_PREFIX)]
        with self._lock:
            db = self._db
            db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS wanted_keys (lookup TEXT PRIMARY KEY, key TEXT NOT NULL)"
            )
            try:
                db.execute("BEGIN")
                db.executemany("INSERT OR IGNORE INTO wanted_keys (lookup, key) VALUES (?, ?)", pairs)
                db.execute("COMMIT")
                found = db.execute(
                    """SELECT w.key AS key, MIN(l.run_id) AS run_id
                       FROM wanted_keys w JOIN learners l ON l.recipient_key = w.lookup
                       JOIN runs r ON r.id = l.run_id
                       WHERE l.status = 'issued' AND r.sandbox = 0 AND r.platform = ?
                         AND r.environment = ? AND r.badge_id = ?
                       GROUP BY w.key""",
                    (platform, environment, badge_id),
                ).fetchall()
            finally:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                db.execute("DELETE FROM wanted_keys")
        return {row["key"]: row["run_id"] for row in found}

    # -- privacy: the salted hash that replaces a deleted learner's key ----------------------

    @staticmethod
    def _read_salt(db: sqlite3.Connection) -> str | None:
        row = db.execute("SELECT value FROM meta WHERE key = ?", (_SALT_KEY,)).fetchone()
        return str(row[0]) if row else None

    def privacy_salt(self) -> str:
        """The journal's random salt for hashed recipient keys, created once and kept in ``meta``."""
        with self._lock:
            salt = self._read_salt(self._db)
        if salt is not None:
            return salt
        with self._tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (_SALT_KEY, secrets.token_hex(16))
            )
            return str(self._read_salt(db))

    def hashed_key(self, recipient_key: str) -> str:
        """The hashed form of a recipient key (a key that is already hashed is returned as is)."""
        return hash_key(self.privacy_salt(), recipient_key)

    def set_claim(self, learner_id: int, claim_status: str) -> None:
        """The award's state on the platform (Pending, Claimed, Failed = bounced, Complained, Revoked)."""
        with self._tx() as db:
            db.execute(
                "UPDATE learners SET claim_status = ?, claim_checked_at = ? WHERE id = ?",
                (claim_status, now(), learner_id),
            )

    def set_recipient(
        self, learner_id: int, email: str, recipient_key: str, first_name: str, last_name: str
    ) -> None:
        """Correct a learner's details (the old ones stay in the events log)."""
        with self._tx() as db:
            old = db.execute("SELECT run_id, email FROM learners WHERE id = ?", (learner_id,)).fetchone()
            db.execute(
                """UPDATE learners SET email = ?, recipient_key = ?, first_name = ?, last_name = ?, updated_at = ?
                   WHERE id = ?""",
                (email, recipient_key, first_name, last_name, now(), learner_id),
            )
            if old is not None:
                db.execute(
                    "INSERT INTO events (run_id, at, kind, detail) VALUES (?, ?, 'corrected', ?)",
                    (old["run_id"], now(), f"learner {learner_id}: {old['email']} -> {email}"),
                )

    def set_force(self, learner_ids: list[int], force: bool = True) -> None:
        with self._tx() as db:
            db.executemany(
                "UPDATE learners SET force = ? WHERE id = ?", [(int(force), i) for i in learner_ids]
            )

    def _conflict(
        self, db: sqlite3.Connection, learner_id: int, ignore: Iterable[int]
    ) -> dict[str, Any] | None:
        """Another live (non-sandbox) row for the same recipient, badge and environment that is issued,
        in flight or in doubt. Sandbox runs never count towards duplicate protection."""
        ignored = tuple(ignore)
        skip = f"AND o.id NOT IN ({','.join('?' * len(ignored))})" if ignored else ""
        # A row whose personal data was deleted holds the salted hash of its key: match either form.
        mine = db.execute("SELECT recipient_key FROM learners WHERE id = ?", (learner_id,)).fetchone()
        key = str(mine[0]) if mine else ""
        salt = self._read_salt(db)
        hashed = hash_key(salt, key) if salt is not None else key
        row = db.execute(
            f"""SELECT o.id AS learner_id, o.run_id, o.status, o.award_id,
                       a.id AS attempt_id, a.outcome
                FROM learners me JOIN runs mr ON mr.id = me.run_id
                JOIN learners o ON o.recipient_key IN (?, ?) AND o.id != me.id
                JOIN runs r ON r.id = o.run_id
                LEFT JOIN attempts a ON a.id = (SELECT MAX(id) FROM attempts WHERE learner_id = o.id)
                WHERE me.id = ? AND r.sandbox = 0 AND r.badge_id = mr.badge_id
                  AND r.environment = mr.environment AND r.platform = mr.platform
                  {skip}
                  AND (o.status = 'issued' OR (a.id IS NOT NULL AND (a.outcome IS NULL OR a.outcome IN ({_DOUBT_SQL}))))
                ORDER BY o.status = 'issued' DESC, o.id LIMIT 1""",
            (key, hashed, learner_id, *ignored),
        ).fetchone()
        if row is None:
            return None
        found = dict(row)
        found["in_flight"] = found["status"] != "issued" and found["outcome"] is None
        return found

    def begin_issue(
        self, run_id: int, learner_id: int, guard: bool = True, ignore: Iterable[int] = ()
    ) -> tuple[int | None, dict[str, Any] | None]:
        """Commit an in-flight issue attempt, unless another run holds this recipient (``guard``).

        The check and the insert share one ``BEGIN IMMEDIATE`` transaction, so two processes on the
        same journal can never both start sending to the same learner. Returns ``(attempt_id, None)``
        or ``(None, conflict)``.
        """
        with self._tx() as db:
            if guard:
                conflict = self._conflict(db, learner_id, ignore)
                if conflict is not None:
                    return None, conflict
            cur = db.execute(
                "INSERT INTO attempts (run_id, learner_id, kind, started_at) VALUES (?, ?, 'issue', ?)",
                (run_id, learner_id, now()),
            )
            return int(cur.lastrowid), None

    # -- attempts --------------------------------------------------------------------------

    def begin_attempt(self, run_id: int, learner_id: int | None, kind: str) -> int:
        """Commit an in-flight attempt before the request is sent."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO attempts (run_id, learner_id, kind, started_at) VALUES (?, ?, ?, ?)",
                (run_id, learner_id, kind, now()),
            )
            return int(cur.lastrowid)

    def finish_attempt(
        self,
        attempt_id: int,
        outcome: str,
        http_status: int | None = None,
        code: str | None = None,
        detail: str | None = None,
        award_id: str | None = None,
    ) -> None:
        with self._tx() as db:
            self._finish(db, AttemptResult(attempt_id, outcome, http_status, code, detail, award_id))

    @staticmethod
    def _finish(db: sqlite3.Connection, result: AttemptResult) -> None:
        db.execute(
            """UPDATE attempts SET finished_at = ?, outcome = ?, http_status = ?, code = ?, detail = ?,
               award_id = ? WHERE id = ?""",
            (
                now(),
                result.outcome,
                result.http_status,
                result.code,
                result.detail,
                result.award_id,
                result.id,
            ),
        )

    def attempts(self, run_id: int, learner_id: int | None = None) -> list[dict[str, Any]]:
        if learner_id is None:
            return self._all("SELECT * FROM attempts WHERE run_id = ? ORDER BY id", (run_id,))
        return self._all("SELECT * FROM attempts WHERE learner_id = ? ORDER BY id", (learner_id,))

    def close_dangling(self, run_id: int) -> None:
        """After a crash: mark in-flight attempts as interrupted (their learners stay in doubt)."""
        with self._tx() as db:
            db.execute(
                """UPDATE attempts SET outcome = 'interrupted', finished_at = ?, code = 'interrupted',
                   detail = 'BadgeDesk stopped while this request was in flight'
                   WHERE run_id = ? AND outcome IS NULL""",
                (now(), run_id),
            )
