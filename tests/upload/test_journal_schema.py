"""The journal's schema ladder: an old file is brought up to date on open, a newer one is
refused (plain words, file untouched) or, through the app's opener, set aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.journal import Journal, open_or_set_aside
from app.core.journal_schema import SCHEMA_VERSION, STEPS, JournalTooNew, migrate
from app.core.records import Record

# The journal of the first row-block builds, before any step of the ladder (user_version 0,
# no block_size / resent_after_lost on jobs, no sent on chunks, no leases, no kept_back).
OLDEST_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE jobs (
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, created_at REAL NOT NULL,
    updated_at REAL NOT NULL, source_path TEXT NOT NULL, source_sha256 TEXT NOT NULL,
    source_info BLOB NOT NULL, destination_id TEXT NOT NULL, base_url TEXT NOT NULL,
    profile_name TEXT NOT NULL, mapping BLOB NOT NULL, state TEXT NOT NULL,
    rows INTEGER NOT NULL, accepted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
    started_at REAL, finished_at REAL, requests INTEGER NOT NULL DEFAULT 0,
    retries INTEGER NOT NULL DEFAULT 0, rate_wait_s REAL NOT NULL DEFAULT 0,
    retry_after_wait_s REAL NOT NULL DEFAULT 0, next_chunk_no INTEGER NOT NULL DEFAULT 1,
    last_error TEXT
);
CREATE TABLE row_blocks (
    job INTEGER NOT NULL, block INTEGER NOT NULL, n INTEGER NOT NULL, rows BLOB NOT NULL,
    payloads BLOB NOT NULL, ends BLOB NOT NULL, originals BLOB NOT NULL, hashes BLOB NOT NULL,
    PRIMARY KEY (job, block)
);
CREATE TABLE block_states (
    job INTEGER NOT NULL, block INTEGER NOT NULL, states BLOB NOT NULL, PRIMARY KEY (job, block)
) WITHOUT ROWID;
CREATE TABLE reasons (
    job INTEGER NOT NULL, seq INTEGER NOT NULL, code TEXT, field TEXT, message TEXT,
    PRIMARY KEY (job, seq)
) WITHOUT ROWID;
CREATE TABLE chunks (
    pk INTEGER PRIMARY KEY, job INTEGER NOT NULL, no INTEGER NOT NULL, idem_key TEXT NOT NULL,
    seqs BLOB NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL, last_status INTEGER, last_error TEXT
);
CREATE INDEX chunks_by_state ON chunks (job, state);
INSERT INTO meta (key, value) VALUES ('schema', '1');
INSERT INTO jobs (pk, id, created_at, updated_at, source_path, source_sha256, source_info,
    destination_id, base_url, profile_name, mapping, state, rows, accepted, requests)
    VALUES (1, '20240101-000000-abcd', 1704067200, 1704067300, '/data/old.csv', 'ab',
    '{}', 'flokit-events', 'http://127.0.0.1:9999', 'default', '{}', 'finished', 2, 2, 2);
INSERT INTO chunks (job, no, idem_key, seqs, attempts, state, created_at, updated_at,
    last_status) VALUES (1, 1, 'k1', '[0]', 1, 'done', 1704067200, 1704067250, 200);
INSERT INTO chunks (job, no, idem_key, seqs, attempts, state, created_at, updated_at)
    VALUES (1, 2, 'k2', '[1]', 0, 'released', 1704067200, 1704067200);
"""


def oldest_journal(path: Path) -> Path:
    db = sqlite3.connect(path)
    db.executescript(OLDEST_DDL)
    db.commit()
    db.close()
    return path


def user_version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def test_the_ladder_is_ordered_and_ends_at_the_schema_version() -> None:
    versions = [step.version for step in STEPS]
    assert versions == list(range(1, len(STEPS) + 1))
    assert versions[-1] == SCHEMA_VERSION


def test_a_fresh_journal_is_at_the_newest_version(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    assert user_version(path) == SCHEMA_VERSION


def test_a_journal_of_the_oldest_schema_is_migrated_on_open(tmp_path: Path) -> None:
    path = oldest_journal(tmp_path / "j.sqlite3")
    with Journal(path) as journal:
        (old,) = journal.list_jobs()
        assert (old.rows, old.accepted, old.pending, old.state) == (2, 2, 0, "finished")
        stats = journal.job_stats(old.id)
        # The answered chunk counts as sent; the released one never went out.
        assert (stats.requests, stats.chunks, stats.resent_after_lost_answer) == (2, 1, 0)
        assert journal.row_outcomes(old.id) == []  # kept_back exists now
        # The migrated file takes new jobs, leases and all.
        new_id = journal.create_job(
            source_path="/data/new.csv",
            source_sha256="cd",
            source_info={},
            destination_id="flokit-events",
            base_url="http://127.0.0.1:9999",
            profile_name="default",
            mapping={},
            records=[Record(2, {"event": "e"})],
            original_rows={},
        )
        assert journal.take_lease(new_id, "me") is None
        journal.release_lease(new_id, "me")
        assert journal.job(new_id).pending == 1
    assert user_version(path) == SCHEMA_VERSION
    db = sqlite3.connect(path)
    try:
        columns = {r[1] for r in db.execute("PRAGMA table_info(jobs)")}
        assert {"block_size", "resent_after_lost"} <= columns
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            str(SCHEMA_VERSION),
        )
    finally:
        db.close()
    with Journal(path) as again:  # opening an up-to-date file changes nothing
        assert len(again.list_jobs()) == 2


def test_a_pre_ladder_journal_that_had_every_step_opens_unchanged(tmp_path: Path) -> None:
    """Before the ladder, files had user_version 0 whatever columns they had: every step
    checks first, so running them all again is harmless."""
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 0")
    db.commit()
    db.close()
    with Journal(path) as journal:
        assert journal.list_jobs() == []
    assert user_version(path) == SCHEMA_VERSION


def newer_journal(path: Path) -> bytes:
    Journal(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    return path.read_bytes()


def test_a_newer_journal_is_refused_in_plain_words_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    before = newer_journal(path)
    with pytest.raises(JournalTooNew) as refused:
        Journal(path)
    message = str(refused.value)
    assert "newer version of Backfill" in message and "left unchanged" in message
    assert f"version {SCHEMA_VERSION + 1}" in message
    assert path.read_bytes() == before
    assert user_version(path) == SCHEMA_VERSION + 1


def test_the_apps_opener_sets_a_newer_journal_aside(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    before = newer_journal(path)
    journal = open_or_set_aside(path)
    try:
        assert journal.list_jobs() == []
        note = journal.recovery_note
    finally:
        journal.close()
    (aside,) = sorted(tmp_path.glob("j.sqlite3.newer-*[0-9Z]"))
    assert aside.read_bytes() == before
    assert note is not None and "newer version of Backfill" in note and str(aside) in note
    assert user_version(path) == SCHEMA_VERSION


def test_the_oldest_file_runs_every_step_after_the_first_and_a_current_one_none(
    tmp_path: Path,
) -> None:
    path = oldest_journal(tmp_path / "j.sqlite3")
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        ran = migrate(db, path)
        db.execute("COMMIT")
        assert [step.version for step in ran] == [2, 3, 4, 5, 6, 7, 8, 9]
        db.execute("BEGIN IMMEDIATE")
        assert migrate(db, path) == []
        db.execute("COMMIT")
    finally:
        db.close()
