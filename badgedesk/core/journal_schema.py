"""The journal's tables and how an older journal is brought up to them (see :mod:`badgedesk.core.journal`).

``migrate`` runs inside the journal's opening transaction: a journal written by an older BadgeDesk
gains the columns added since, in one step; one written by a newer BadgeDesk is refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 5

STATUSES = (
    "issued",
    "needs_review",
    "failed",
    "skipped_no_consent",
    "skipped_invalid",
    "skipped_duplicate",
    "already_issued",
    "unknown",
    "pending",
    "revoked",
    "cancelled",
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL,
    stop_code TEXT,
    stop_message TEXT,
    platform TEXT NOT NULL,
    environment TEXT NOT NULL,
    base_url TEXT NOT NULL,
    connection TEXT,
    provider_id TEXT,
    badge_id TEXT NOT NULL,
    badge_name TEXT,
    sandbox INTEGER NOT NULL DEFAULT 0,
    real_badge_id TEXT,
    source_name TEXT,
    source_path TEXT,
    source_sha256 TEXT,
    sheet TEXT,
    mapping TEXT,
    operator TEXT,
    consent_mode TEXT NOT NULL,
    options TEXT,
    app_version TEXT
);
CREATE TABLE IF NOT EXISTS learners (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    row_number INTEGER NOT NULL,
    recipient_key TEXT NOT NULL,
    email TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    score INTEGER,
    evidence_text TEXT NOT NULL DEFAULT '',
    evidence_url TEXT NOT NULL DEFAULT '',
    issue_date TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    expires TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    extra TEXT,
    consent INTEGER NOT NULL,
    consent_source TEXT NOT NULL,
    consent_at TEXT,
    status TEXT NOT NULL,
    code TEXT,
    params TEXT,
    message TEXT,
    http_status INTEGER,
    award_id TEXT,
    award_url TEXT,
    claim_status TEXT,
    claim_checked_at TEXT,
    force INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    UNIQUE (run_id, row_number)
);
CREATE INDEX IF NOT EXISTS learners_award ON learners (recipient_key, status);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    learner_id INTEGER REFERENCES learners(id),
    kind TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    outcome TEXT,
    http_status INTEGER,
    code TEXT,
    detail TEXT,
    award_id TEXT
);
CREATE INDEX IF NOT EXISTS attempts_learner ON attempts (learner_id, id);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT
);
"""


# Counting a run's rows by status reads this index alone (Results strip, Resume question, engine end).
INDEXES = "CREATE INDEX IF NOT EXISTS learners_run_status ON learners (run_id, status);"


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring a journal written by an older BadgeDesk up to this schema (``db`` is in a transaction)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"This journal ({path}) was written by a newer BadgeDesk (schema {version}); update BadgeDesk."
        )
    columns = {r[1] for r in db.execute("PRAGMA table_info(learners)")}
    if "params" not in columns:  # schema 1 -> 2
        db.execute("ALTER TABLE learners ADD COLUMN params TEXT")
    if "claim_status" not in columns:  # schema 2 -> 3
        db.execute("ALTER TABLE learners ADD COLUMN claim_status TEXT")
        db.execute("ALTER TABLE learners ADD COLUMN claim_checked_at TEXT")
    if "consent_at" not in columns:  # schema 3 -> 4: when consent was recorded (the run's creation)
        db.execute("ALTER TABLE learners ADD COLUMN consent_at TEXT")
        db.execute(
            "UPDATE learners SET consent_at = (SELECT created_at FROM runs WHERE runs.id = learners.run_id)"
        )
    if "external_id" not in columns:  # schema 4 -> 5: one recipient identity, whatever the platform
        # 0.1.0 keyed every learner on the normalised email; those keys stay as they are.
        db.execute("ALTER TABLE learners ADD COLUMN external_id TEXT NOT NULL DEFAULT ''")
        db.execute("ALTER TABLE learners ADD COLUMN expires TEXT NOT NULL DEFAULT ''")
        db.execute("ALTER TABLE learners ADD COLUMN note TEXT NOT NULL DEFAULT ''")
        db.execute("ALTER TABLE learners ADD COLUMN extra TEXT")
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
        (str(SCHEMA_VERSION),),
    )
