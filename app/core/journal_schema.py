"""The journal file's schema as a version ladder: an ordered list of steps, each with the
version a file has once it ran; `PRAGMA user_version` records the version a file reached.

Opening a journal runs, in order and in one transaction, every step the file lacks. Whether it
lacks one is read from the file itself (a column, a table), not only from its number: journals
written before the ladder all say 0 whatever steps they had (those steps used to be ad-hoc
`ALTER TABLE`s run on every open), and a file's tables can disagree with its number. A file
whose version is higher than this build knows was written by a newer Backfill: it is refused
(`JournalTooNew`) before anything in it is touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# The first tables (a journal of the first row-block builds, before the steps below).
_FIRST_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    source_path TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    source_info BLOB NOT NULL,
    destination_id TEXT NOT NULL,
    base_url TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    mapping BLOB NOT NULL,
    state TEXT NOT NULL,
    rows INTEGER NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    started_at REAL,
    finished_at REAL,
    requests INTEGER NOT NULL DEFAULT 0,
    retries INTEGER NOT NULL DEFAULT 0,
    rate_wait_s REAL NOT NULL DEFAULT 0,
    retry_after_wait_s REAL NOT NULL DEFAULT 0,
    next_chunk_no INTEGER NOT NULL DEFAULT 1,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS row_blocks (
    job INTEGER NOT NULL,
    block INTEGER NOT NULL,
    n INTEGER NOT NULL,
    rows BLOB NOT NULL,
    payloads BLOB NOT NULL,
    ends BLOB NOT NULL,
    originals BLOB NOT NULL,
    hashes BLOB NOT NULL,
    PRIMARY KEY (job, block)
);
CREATE TABLE IF NOT EXISTS block_states (
    job INTEGER NOT NULL,
    block INTEGER NOT NULL,
    states BLOB NOT NULL,
    PRIMARY KEY (job, block)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reasons (
    job INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    code TEXT,
    field TEXT,
    message TEXT,
    PRIMARY KEY (job, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS chunks (
    pk INTEGER PRIMARY KEY,
    job INTEGER NOT NULL,
    no INTEGER NOT NULL,
    idem_key TEXT NOT NULL,
    seqs BLOB NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    last_status INTEGER,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS chunks_by_state ON chunks (job, state);
"""

_LEASES = """
CREATE TABLE IF NOT EXISTS leases (
    job INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    heartbeat REAL NOT NULL
);
"""

_KEPT_BACK = """
CREATE TABLE IF NOT EXISTS kept_back (
    job INTEGER NOT NULL,
    row INTEGER NOT NULL,
    state TEXT NOT NULL,
    code TEXT,
    field TEXT,
    message TEXT,
    original BLOB NOT NULL,
    PRIMARY KEY (job, row)
) WITHOUT ROWID;
"""

_USER_HASHES = """
CREATE TABLE IF NOT EXISTS user_hashes (
    job INTEGER NOT NULL,
    block INTEGER NOT NULL,
    hashes BLOB NOT NULL,
    PRIMARY KEY (job, block)
) WITHOUT ROWID;
"""


# A users job and the events job made from the same sheet (app.core.pair): `events_job` is
# NULL until the events job is stored, so a pair whose preparation was interrupted shows.
_PAIRS = """
CREATE TABLE IF NOT EXISTS pairs (
    users_job INTEGER PRIMARY KEY,
    events_job INTEGER UNIQUE,
    created_at REAL NOT NULL
);
"""


class JournalTooNew(RuntimeError):
    """The journal was written by a newer Backfill; the message is for the operator."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"The upload history {path} was written by a newer version of Backfill "
            f"(journal version {found}; this one knows up to {known}). Update Backfill to "
            "open it; it has been left unchanged."
        )
        self.path = path
        self.found = found
        self.known = known


@dataclass(frozen=True)
class Step:
    """One rung of the ladder: `apply` brings a file to `version` when `present` says the
    file lacks what it adds."""

    version: int
    what: str
    present: Callable[[sqlite3.Connection], bool]
    apply: Callable[[sqlite3.Connection], None]


def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def apply(db: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)

    return apply


def _has_table(name: str) -> Callable[[sqlite3.Connection], bool]:
    def present(db: sqlite3.Connection) -> bool:
        found = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return found is not None

    return present


def _has_column(table: str, column: str) -> Callable[[sqlite3.Connection], bool]:
    def present(db: sqlite3.Connection) -> bool:
        return column in {r[1] for r in db.execute(f"PRAGMA table_info({table})")}

    return present


def _add_column(table: str, definition: str) -> Callable[[sqlite3.Connection], None]:
    def apply(db: sqlite3.Connection) -> None:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {definition}")

    return apply


def _add_chunk_sent(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE chunks ADD COLUMN sent INTEGER NOT NULL DEFAULT 0")
    # Before this column every chunk ever planned was counted: these ones surely went out.
    db.execute(
        "UPDATE chunks SET sent = 1 WHERE last_status IS NOT NULL OR state IN ('done', 'failed')"
    )


# In the order they were made; a new step goes at the end with the next version.
STEPS: tuple[Step, ...] = (
    Step(1, "the first tables", _has_table("chunks"), _run_script(_FIRST_TABLES)),
    Step(
        2,
        "jobs remember their block size",
        _has_column("jobs", "block_size"),
        _add_column("jobs", "block_size INTEGER NOT NULL DEFAULT 1000"),
    ),
    Step(3, "one runner per job (leases)", _has_table("leases"), _run_script(_LEASES)),
    Step(
        4,
        "rows re-sent after a lost answer are counted",
        _has_column("jobs", "resent_after_lost"),
        _add_column("jobs", "resent_after_lost INTEGER NOT NULL DEFAULT 0"),
    ),
    Step(
        5,
        "chunks record whether they were ever sent",
        _has_column("chunks", "sent"),
        _add_chunk_sent,
    ),
    Step(6, "rows kept back by validation", _has_table("kept_back"), _run_script(_KEPT_BACK)),
    Step(
        7,
        "user ids of sent rows, hashed (users new to a destination)",
        _has_table("user_hashes"),
        _run_script(_USER_HASHES),
    ),
    # 1 while the job's rows are still being written (blocks appended as the file is read, see
    # `app.core.journal_prepare`); every job before this step was written whole, so 0.
    Step(
        8,
        "jobs prepared while they are sent",
        _has_column("jobs", "preparing"),
        _add_column("jobs", "preparing INTEGER NOT NULL DEFAULT 0"),
    ),
    Step(9, "users and their events from one sheet", _has_table("pairs"), _run_script(_PAIRS)),
)
SCHEMA_VERSION = STEPS[-1].version


def file_version(db: sqlite3.Connection) -> int:
    """The version the file records (0: new, or written before the ladder)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_not_too_new(db: sqlite3.Connection, path: Path) -> None:
    """Refuse a file from a newer Backfill before anything in it changes."""
    found = file_version(db)
    if found > SCHEMA_VERSION:
        raise JournalTooNew(path, found, SCHEMA_VERSION)


def migrate(db: sqlite3.Connection, path: Path) -> list[Step]:
    """Bring the file up to `SCHEMA_VERSION` (`db` inside a write transaction); the steps run."""
    check_not_too_new(db, path)
    ran: list[Step] = []
    for step in STEPS:  # in order: a step may build on the ones before it
        if not step.present(db):
            step.apply(db)
            ran.append(step)
    if file_version(db) != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),)
        )
    return ran
