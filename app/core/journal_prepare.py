"""Writing a job's rows: whole in one transaction, or while it is being sent.

A job prepared while it is sent goes through three calls, each its own committed transaction:
- `begin_job(source) -> job id`: the job, in state "preparing" with no rows (`preparing` = 1).
- `append_blocks(job_id, blocks) -> rows written so far`: the next rows, all pending; the
  uploader may send them from the moment this returns. Rows arrive in file order and every
  block but the job's last is full (`BLOCK_SIZE` rows), so a row's seq never changes.
- `finish_preparing(job_id, kept_back)`: the rows validation kept back; the job leaves
  "preparing" (state "pending" unless a runner already moved it on).
At every commit the job's `rows` are the rows written so far and accepted + rejected + failed
+ pending == rows. A job whose preparation never finished (a crash, a cancel) says so
(`JobSummary.preparing`); its `verdict` is unfinished even with nothing pending.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from array import array
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from app.core.job_rows import JobSource, KeptBackRow, RowBlock, reblock
from app.core.jobstate import JobState
from app.core.journal_base import JournalBase
from app.core.journal_store import BLOCK_SIZE, norm_url


class PreparationOrderError(ValueError):
    """Rows appended after a short block (only a job's last block may be short)."""


def new_job_id() -> str:
    """A job id: UTC time of creation and a few random hex digits."""
    return f"{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{secrets.token_hex(2)}"


def insert_job(db: sqlite3.Connection, job_id: str, now: float, source: JobSource) -> int:
    """The job's own row (no rows yet, still preparing); returns its key."""
    dumps = orjson.dumps
    cur = db.execute(
        "INSERT INTO jobs (id, created_at, updated_at, source_path, source_sha256,"
        " source_info, destination_id, base_url, profile_name, mapping, state, rows,"
        " block_size, preparing) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1)",
        (
            job_id,
            now,
            now,
            source.path,
            source.sha256,
            dumps(dict(source.info), default=str),
            source.destination_id,
            norm_url(source.base_url),
            source.profile_name,
            dumps(dict(source.mapping), default=str),
            JobState.PREPARING.value,
            BLOCK_SIZE,
        ),
    )
    return int(cur.lastrowid or 0)


def insert_blocks(
    db: sqlite3.Connection, pk: int, blocks: Iterable[RowBlock], first_state: int = 0
) -> int:
    """Store the next rows of the job after those it has, each in `first_state` (pending;
    HELD for the events part of a pair); returns how many."""
    (before,) = db.execute("SELECT rows FROM jobs WHERE pk = ?", (pk,)).fetchone()
    if before % BLOCK_SIZE:
        raise PreparationOrderError("rows were appended after the job's last (short) block")
    first = before // BLOCK_SIZE
    dumps = orjson.dumps
    sizes: list[int] = []

    def rows_iter() -> Iterator[tuple[Any, ...]]:
        for block, part in enumerate(reblock(blocks, BLOCK_SIZE), start=first):
            sizes.append(len(part.rows))
            ends = array("I")
            end = 0
            for d in part.payloads:
                end += 1 + len(d)  # "[" or "," before each payload
                ends.append(end)
            yield (
                pk,
                block,
                len(part.rows),
                dumps(list(part.rows)),
                b"[" + b",".join(part.payloads) + b"]",
                ends.tobytes(),
                part.originals_json(),
                b"".join(hashlib.blake2b(d, digest_size=16).digest() for d in part.payloads),
            )

    db.executemany(
        "INSERT INTO row_blocks (job, block, n, rows, payloads, ends, originals, hashes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows_iter(),
    )
    db.executemany(
        "INSERT INTO block_states (job, block, states) VALUES (?, ?, ?)",
        ((pk, first + i, bytes([first_state]) * n) for i, n in enumerate(sizes)),
    )
    added = sum(sizes)
    db.execute("UPDATE jobs SET rows = rows + ? WHERE pk = ?", (added, pk))
    return added


def insert_kept_back(db: sqlite3.Connection, pk: int, kept_back: Iterable[KeptBackRow]) -> None:
    """Store the rows validation kept back (or the operator excluded), with their reasons."""
    db.executemany(
        "INSERT OR REPLACE INTO kept_back (job, row, state, code, field, message, original)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (pk, int(k.row), k.state, k.code, k.field, k.message, orjson.dumps(dict(k.original)))
            for k in kept_back
        ),
    )


def end_preparing(db: sqlite3.Connection, pk: int, now: float) -> None:
    """The job's rows are all written: "preparing" becomes "pending" (a runner's state stays)."""
    db.execute(
        "UPDATE jobs SET preparing = 0, updated_at = ?,"
        " state = CASE WHEN state = ? THEN ? ELSE state END WHERE pk = ?",
        (now, JobState.PREPARING.value, JobState.PENDING.value, pk),
    )


class JournalPreparing(JournalBase):
    """A job written while it is sent (mixed into `Journal`; see the module docstring)."""

    def begin_job(self, source: JobSource) -> str:
        """Store a new job with no rows yet, in state "preparing"; returns its id."""
        job_id = new_job_id()
        with self._tx() as db:
            pk = insert_job(db, job_id, self._clock(), source)
            # In the job's own transaction: a pair's part exists with its link or not at all.
            self._join_pair(db, pk, source)
        return job_id

    def append_blocks(self, job_id: str, blocks: Iterable[RowBlock]) -> int:
        """Append the next rows (pending) in one committed transaction; returns the job's rows
        written so far. Raises `PreparationOrderError` after a short block."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            self._check_preparing(db, pk)
            insert_blocks(db, pk, blocks, self._first_state(db, pk))
            db.execute("UPDATE jobs SET updated_at = ? WHERE pk = ?", (self._clock(), pk))
            return int(db.execute("SELECT rows FROM jobs WHERE pk = ?", (pk,)).fetchone()[0])

    def finish_preparing(self, job_id: str, kept_back: Iterable[KeptBackRow] = ()) -> None:
        """Store the kept-back rows and end the preparation (one transaction)."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            self._check_preparing(db, pk)
            insert_kept_back(db, pk, kept_back)
            end_preparing(db, pk, self._clock())

    def stored_block_rows(self, job_id: str, block: int) -> list[int]:
        """The row numbers of one stored block (a resumed preparation checks it reads the same)."""
        pk = self._job_pk(job_id)
        found = self._read("SELECT rows FROM row_blocks WHERE job = ? AND block = ?", (pk, block))
        return list(orjson.loads(found[0][0])) if found else []

    @staticmethod
    def _check_preparing(db: sqlite3.Connection, pk: int) -> None:
        (preparing,) = db.execute("SELECT preparing FROM jobs WHERE pk = ?", (pk,)).fetchone()
        if not preparing:
            raise ValueError("the job's rows are all written; nothing can be added")
