"""The journal's connections and plumbing, shared by its parts (jobs, engine side, leases,
outcome reads): one write connection whose transactions are serialised by a lock, one read
connection of its own, the clock seam, and the schema brought up to date on open."""

from __future__ import annotations

import sqlite3
import threading
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Self

import orjson

from app.core.appdirs import data_dir
from app.core.job_rows import JobSource
from app.core.journal_schema import check_not_too_new, migrate
from app.core.journal_store import StoredBlock


class JournalBase:
    """Opens the file and gives the journal's parts transactions and reads."""

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time) -> None:
        # Wall-clock seconds for every stored time (leases, heartbeats, chunk and job times);
        # tests pass a manual clock to age a lease without waiting.
        self._clock = clock
        self.path = Path(path) if path is not None else data_dir() / "journal.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        # Set by open_or_set_aside when a damaged journal was replaced by this fresh one.
        self.recovery_note: str | None = None
        self._db = sqlite3.connect(
            str(self.path), isolation_level=None, check_same_thread=False, timeout=30.0
        )
        self._reader: sqlite3.Connection | None = None
        try:
            self._prepare()
            # Reads get their own connection: with WAL they see the last commit at once instead
            # of queueing behind a long write (a GUI refresh during a million-row create_job).
            self._reader = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=30.0
            )
            self._reader.execute("PRAGMA busy_timeout=30000")
        except BaseException:
            self._db.close()  # so a damaged file can be moved aside (Windows locks open files)
            if self._reader is not None:
                self._reader.close()
            raise
        self._read_lock = threading.Lock()

    def _join_pair(self, db: sqlite3.Connection, pk: int, source: JobSource) -> int:
        """(Overridden by the pairs part.) Link a new job into its pair; the state its rows
        start in."""
        return 0

    def _first_state(self, db: sqlite3.Connection, pk: int) -> int:
        """(Overridden by the pairs part.) The state a job's newly written rows start in."""
        return 0

    def _prepare(self) -> None:
        # Before anything writes (even the WAL switch): a newer Backfill's file stays as it is.
        check_not_too_new(self._db, self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA busy_timeout=30000")
        with self._tx() as db:
            migrate(db, self.path)

    # --- plumbing ----------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), serialised across threads."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        assert self._reader is not None
        with self._read_lock:
            return self._reader.execute(sql, params).fetchall()

    def _job_pk(self, job_id: str) -> int:
        rows = self._read("SELECT pk FROM jobs WHERE id = ?", (job_id,))
        if rows:
            return int(rows[0][0])
        rows = self._read("SELECT pk, id FROM jobs WHERE id LIKE ? ESCAPE '\\'", (_like(job_id),))
        if len(rows) == 1:
            return int(rows[0][0])
        if not rows:
            raise KeyError(f"No job {job_id!r} in the journal ({self.path}).")
        raise KeyError(f"{job_id!r} matches several jobs: " + ", ".join(r[1] for r in rows))

    def close(self) -> None:
        """Close the database (safe to call twice)."""
        with self._lock, suppress(sqlite3.ProgrammingError):
            self._db.close()
        if self._reader is not None:
            with self._read_lock, suppress(sqlite3.ProgrammingError):
                self._reader.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _block(self, pk: int, block: int, *, originals: bool = False) -> StoredBlock:
        columns = "rows, payloads, ends, originals" if originals else "rows, payloads, ends, NULL"
        r = self._read(
            f"SELECT {columns} FROM row_blocks WHERE job = ? AND block = ?", (pk, block)
        )[0]
        ends = array("I")
        ends.frombytes(r[2])
        return StoredBlock(orjson.loads(r[0]), r[1], ends, orjson.loads(r[3]) if r[3] else None)

    def _each_block(
        self, pk: int, columns: str, blocks: Sequence[int] | None = None
    ) -> Iterator[tuple[Any, ...]]:
        """`columns` of the job's blocks (all, or `blocks`), one block read at a time: a whole
        job's payloads in one fetch is ~3x the file in memory (the 1M-row receipt's regression)."""
        if blocks is None:
            sql = "SELECT block FROM row_blocks WHERE job = ? ORDER BY block"
            blocks = [b for (b,) in self._read(sql, (pk,))]
        sql = f"SELECT {columns} FROM row_blocks WHERE job = ? AND block = ?"
        for block in blocks:
            yield from self._read(sql, (pk, block))

    def _job_id(self, pk: int) -> str:
        """The full id of the job with this key."""
        return str(self._read("SELECT id FROM jobs WHERE pk = ?", (pk,))[0][0])


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
