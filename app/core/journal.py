"""The upload journal: every job, chunk and row state in SQLite, so nothing is lost or sent twice.

SQLite in WAL mode with `synchronous=FULL`: a committed state survives a crash or power loss.
Rows are stored in blocks of 1,000 (payloads, original cells, content hashes as one blob each;
row states as one byte per row), so a million-row job is a thousand inserts, not a million, and
the uploader can put a row's stored JSON on the wire without decoding it.
Rules the uploader follows with it: a chunk (its rows, Idempotency-Key, attempts) is committed
*before* its first send; a row's state changes only on a parsed response; after a crash the
open chunks are re-sent first, with their stored key. No secret is ever stored here.

Public API:
- `Journal(path=None)` (default `data_dir()/journal.sqlite3`), `.close()`; usable as a context
  manager and from one worker thread at a time (calls are serialised by a lock).
- `.create_job(*, source_path, source_sha256, source_info, destination_id, base_url,
  profile_name, mapping, records, original_rows) -> job id`: all rows pending, one transaction.
- `.list_jobs() -> list[JobSummary]`, `.job(job_id) -> JobSummary` (unique id prefix accepted),
  `.unfinished_jobs()`. Every summary satisfies accepted + rejected + failed + pending == rows.
- `.row_outcomes(job_id, states=("rejected", "failed")) -> list[RowOutcome]` for reports.
- `.reset_failed_to_pending(job_id) -> int`: "Retry failed rows" (their chunks reopen with
  the same Idempotency-Key, since the server may have taken them after all).
- `.already_accepted(destination_id, base_url, records) -> int`: rows with the same content
  accepted before at that destination and base URL (cross-run duplicate guard).
- `.job_stats(job_id) -> JobStats` (requests, retries, waits, start/finish) for the receipt.
- `open_or_set_aside(path=None) -> Journal`: as `Journal(path)`, but a damaged file is moved
  aside (`journal.sqlite3.damaged-<UTC time>`, with its -wal/-shm) and a fresh journal opened;
  the returned journal's `.recovery_note` then says so in plain words (else None).
- `.take_lease(job_id, owner)`, `.refresh_lease(job_id, owner) -> bool`,
  `.release_lease(job_id, owner)`: one runner per job (raises `JobBusy` while another live
  Backfill holds it; a lease whose process is gone, or silent for `LEASE_STALE_S`, is taken over).
- Engine side (used by the uploader): `open_chunks`, `load_open_chunks`, `next_free_rows`,
  `rows_for`, `record_attempt`, `settle_chunk`, `release_chunks`, `set_state`, `add_stats`,
  `recent_request_times` (the request budget survives restarts), `note_sends` and
  `unanswered_chunks` (each request recorded as it leaves); `state_counts` and
  `chunk_states` count from the stored rows and chunks (consistency checks).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import secrets
import socket
import sqlite3
import sys
import threading
import time
import uuid
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from app.core.appdirs import data_dir
from app.core.job_rows import (
    KEPT_BACK_STATES,
    AcceptedBefore,
    EarlierAcceptances,
    JobSource,
    KeptBackRow,
    RowBlock,
    content_hash,
    payload_json,
    reblock,
)
from app.core.jobstate import JobState
from app.core.records import Record

if TYPE_CHECKING:  # numpy is imported where it is used: the engine's process never needs it
    import numpy as np
from app.core.redaction import redact_text

SCHEMA_VERSION = 1
FINAL_STATES = ("accepted", "rejected", "failed")
TRANSIENT_CODE = "transient"  # reason code of rows that failed by exhausting their retries
# A chunk's `last_status` while its last send has no recorded answer (no HTTP status is 0).
NO_ANSWER = 0
BLOCK_SIZE = 1000
# A runner refreshes its lease every LEASE_HEARTBEAT_S; one silent for LEASE_STALE_S is dead
# (a crashed run on another machine sharing the data directory, or a reused pid here).
LEASE_HEARTBEAT_S = 30.0
LEASE_STALE_S = 120.0

# One byte per row. FREE and IN_CHUNK are both "pending" to the outside world.
FREE, IN_CHUNK, ACCEPTED, REJECTED, FAILED = 0, 1, 2, 3, 4
_STATE_NAMES = {
    FREE: "pending",
    IN_CHUNK: "pending",
    ACCEPTED: "accepted",
    REJECTED: "rejected",
    FAILED: "failed",
}
_PENDING = (FREE, IN_CHUNK)

JOB_STATES = tuple(state.value for state in JobState)

_SCHEMA = """
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
    resent_after_lost INTEGER NOT NULL DEFAULT 0,
    next_chunk_no INTEGER NOT NULL DEFAULT 1,
    block_size INTEGER NOT NULL DEFAULT 1000,
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
    last_error TEXT,
    sent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS chunks_by_state ON chunks (job, state);
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
CREATE TABLE IF NOT EXISTS leases (
    job INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    heartbeat REAL NOT NULL
);
"""


class JobBusy(RuntimeError):
    """Another live Backfill is sending this job; the message is for the operator."""

    def __init__(self, job_id: str, pid: int, host: str) -> None:
        where = "" if host == socket.gethostname() else f" on {host}"
        super().__init__(
            f"Job {job_id} is being sent by another Backfill (pid {pid}{where}) — "
            "wait for it or stop it."
        )
        self.job_id = job_id
        self.pid = pid
        self.host = host


def _pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would terminate it there; the heartbeat age decides instead.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class JobSummary:
    """One job as listed by `backfill jobs` and shown by the app."""

    id: str
    file_name: str
    source_path: str
    destination_id: str
    base_url: str
    profile_name: str
    state: str
    created_at: datetime
    updated_at: datetime
    rows: int
    accepted: int
    rejected: int
    failed: int
    pending: int
    source_sha256: str = ""
    source_info: dict[str, Any] = field(default_factory=dict)
    mapping: dict[str, Any] = field(default_factory=dict)
    last_error: str | None = None
    invalid: int = 0  # rows of the file validation kept back (not in `rows`)
    excluded: int = 0  # rows of the file the operator left out (not in `rows`)

    @property
    def file_rows(self) -> int:
        """Every data row of the file: the job's rows plus those kept back."""
        return self.rows + self.invalid + self.excluded

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (for `backfill jobs --json`)."""
        return {
            "id": self.id,
            "file": self.file_name,
            "source_path": self.source_path,
            "source_sha256": self.source_sha256,
            "destination": self.destination_id,
            "base_url": self.base_url,
            "profile": self.profile_name,
            "state": self.state,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "rows": self.rows,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "failed": self.failed,
            "pending": self.pending,
            "not_sent_invalid": self.invalid,
            "not_sent_excluded": self.excluded,
            "last_error": self.last_error,
        }


@dataclass(frozen=True)
class RowOutcome:
    """A row's final state with its reason and the cells it came from."""

    row: int
    state: str
    code: str | None
    field: str | None
    message: str | None
    original: dict[str, str]
    payload: dict[str, Any]


@dataclass(frozen=True)
class JobStats:
    """Numbers for the receipt."""

    requests: int
    retries: int
    rate_limit_wait_s: float
    retry_after_wait_s: float
    started_at: datetime | None
    finished_at: datetime | None
    chunks: int  # chunks sent at least once (planned but never sent ones do not count)
    # Rows sent again after an answer was lost (timeout or broken connection after the send,
    # or a crash/cancel while waiting): a destination without server-side dedupe may hold
    # up to this many rows twice.
    resent_after_lost_answer: int = 0


@dataclass(frozen=True)
class ChunkPlan:
    """A chunk committed to the journal: its rows (by seq, in send order) and its key."""

    pk: int
    no: int
    idem_key: str
    seqs: tuple[int, ...]
    attempts: int


class JournalRow(NamedTuple):
    """A row as the uploader needs it (a tuple: a chunk builds a thousand of them). `raw` is
    the payload's JSON exactly as stored (keys sorted), ready to go on the wire."""

    seq: int
    row: int
    raw: bytes

    @property
    def record(self) -> Record:
        """The row as a Record (decoded on each access)."""
        return Record(self.row, orjson.loads(self.raw))

    @property
    def hash(self) -> bytes:
        """The content hash (same as `content_hash(record.payload)`)."""
        return hashlib.blake2b(self.raw, digest_size=16).digest()


def _dt(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _new_job_id() -> str:
    return f"{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{secrets.token_hex(2)}"


class Journal:
    """See the module docstring."""

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

    def _prepare(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA busy_timeout=30000")
        with self._tx() as db:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            columns = {r[1] for r in db.execute("PRAGMA table_info(jobs)")}
            if "block_size" not in columns:  # a journal from an early development build
                db.execute("ALTER TABLE jobs ADD COLUMN block_size INTEGER NOT NULL DEFAULT 1000")
            chunk_columns = {r[1] for r in db.execute("PRAGMA table_info(chunks)")}
            if "sent" not in chunk_columns:  # before it, every chunk ever planned was counted
                db.execute("ALTER TABLE chunks ADD COLUMN sent INTEGER NOT NULL DEFAULT 0")
                db.execute(
                    "UPDATE chunks SET sent = 1 WHERE last_status IS NOT NULL"
                    " OR state IN ('done', 'failed')"
                )
            if "resent_after_lost" not in columns:  # a journal from before this counter
                db.execute(
                    "ALTER TABLE jobs ADD COLUMN resent_after_lost INTEGER NOT NULL DEFAULT 0"
                )
            db.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?)",
                (str(SCHEMA_VERSION),),
            )

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

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- jobs ----------------------------------------------------------------------------------

    def create_job(
        self,
        *,
        source_path: str | Path,
        source_sha256: str,
        source_info: Mapping[str, Any],
        destination_id: str,
        base_url: str,
        profile_name: str,
        mapping: Mapping[str, Any],
        records: Sequence[Record],
        original_rows: Mapping[int, Mapping[str, str]] | Callable[[int], Mapping[str, str]],
    ) -> str:
        """Store a new job from ready records (tests, benchmarks); see `create_job_from_blocks`."""
        if callable(original_rows):
            original_of = original_rows
        else:
            table = original_rows

            def original_of(row: int) -> Mapping[str, str]:
                return table.get(row, {})

        keep_originals = callable(original_rows) or bool(original_rows)

        def blocks() -> Iterator[RowBlock]:
            for start in range(0, len(records), BLOCK_SIZE):
                part = records[start : start + BLOCK_SIZE]
                yield RowBlock(
                    rows=[r.row for r in part],
                    payloads=[payload_json(r.payload) for r in part],
                    originals=(
                        [dict(original_of(r.row)) or None for r in part] if keep_originals else None
                    ),
                )

        return self.create_job_from_blocks(
            JobSource(
                path=str(source_path),
                sha256=source_sha256,
                info=dict(source_info),
                destination_id=destination_id,
                base_url=base_url,
                profile_name=profile_name,
                mapping=dict(mapping),
            ),
            blocks(),
        )

    def create_job_from_blocks(
        self,
        source: JobSource,
        blocks: Iterable[RowBlock],
        kept_back: Iterable[KeptBackRow] = (),
    ) -> str:
        """Store a new job with every row pending, block by block as `blocks` yields them.

        One transaction: the job appears whole or not at all. Rows that validation kept back
        (`kept_back`) are stored beside it, so every row of the file has one outcome.
        """
        job_id = _new_job_id()
        now = self._clock()
        dumps = orjson.dumps
        counted = [0]

        def rows_iter(pk: int) -> Iterator[tuple[Any, ...]]:
            for block, part in enumerate(reblock(blocks, BLOCK_SIZE)):
                counted[0] += len(part.rows)
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

        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO jobs (id, created_at, updated_at, source_path, source_sha256,"
                " source_info, destination_id, base_url, profile_name, mapping, state, rows,"
                " block_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?)",
                (
                    job_id,
                    now,
                    now,
                    source.path,
                    source.sha256,
                    dumps(dict(source.info), default=str),
                    source.destination_id,
                    _norm_url(source.base_url),
                    source.profile_name,
                    dumps(dict(source.mapping), default=str),
                    BLOCK_SIZE,
                ),
            )
            pk = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO row_blocks (job, block, n, rows, payloads, ends, originals, hashes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows_iter(pk),
            )
            total = counted[0]
            db.executemany(
                "INSERT INTO block_states (job, block, states) VALUES (?, ?, ?)",
                (
                    (pk, block, bytes(min(BLOCK_SIZE, total - block * BLOCK_SIZE)))
                    for block in range(-(-total // BLOCK_SIZE))
                ),
            )
            db.executemany(
                "INSERT OR REPLACE INTO kept_back (job, row, state, code, field, message, original)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (pk, int(k.row), k.state, k.code, k.field, k.message, dumps(dict(k.original)))
                    for k in kept_back
                ),
            )
            db.execute("UPDATE jobs SET rows = ? WHERE pk = ?", (total, pk))
        return job_id

    _JOB_COLUMNS = (
        "id, source_path, destination_id, base_url, profile_name, state, created_at, updated_at,"
        " rows, accepted, rejected, failed, source_sha256, source_info, mapping, last_error,"
        " (SELECT COUNT(*) FROM kept_back k WHERE k.job = jobs.pk AND k.state = 'invalid'),"
        " (SELECT COUNT(*) FROM kept_back k WHERE k.job = jobs.pk AND k.state = 'excluded')"
    )

    @staticmethod
    def _summary(r: tuple[Any, ...]) -> JobSummary:
        rows, accepted, rejected, failed = r[8], r[9], r[10], r[11]
        return JobSummary(
            id=r[0],
            file_name=Path(r[1]).name,
            source_path=r[1],
            destination_id=r[2],
            base_url=r[3],
            profile_name=r[4],
            state=r[5],
            created_at=_dt(r[6]) or datetime.now(UTC),
            updated_at=_dt(r[7]) or datetime.now(UTC),
            rows=rows,
            accepted=accepted,
            rejected=rejected,
            failed=failed,
            pending=rows - accepted - rejected - failed,
            source_sha256=r[12],
            source_info=orjson.loads(r[13]),
            mapping=orjson.loads(r[14]),
            last_error=r[15],
            invalid=r[16],
            excluded=r[17],
        )

    def list_jobs(self) -> list[JobSummary]:
        """Every job, newest first."""
        rows = self._read(f"SELECT {self._JOB_COLUMNS} FROM jobs ORDER BY created_at DESC, pk DESC")
        return [self._summary(r) for r in rows]

    def job(self, job_id: str) -> JobSummary:
        """One job by id (or a unique prefix of it); KeyError when unknown."""
        pk = self._job_pk(job_id)
        return self._summary(
            self._read(f"SELECT {self._JOB_COLUMNS} FROM jobs WHERE pk = ?", (pk,))[0]
        )

    def unfinished_jobs(self) -> list[JobSummary]:
        """Jobs with rows still pending (crashed, paused, cancelled or never started)."""
        return [j for j in self.list_jobs() if j.pending > 0]

    def job_stats(self, job_id: str) -> JobStats:
        """Requests, retries, waits and start/finish times of a job."""
        pk = self._job_pk(job_id)
        r = self._read(
            "SELECT requests, retries, rate_wait_s, retry_after_wait_s, started_at, finished_at,"
            " (SELECT COUNT(*) FROM chunks WHERE job = jobs.pk AND sent = 1), resent_after_lost"
            " FROM jobs WHERE pk = ?",
            (pk,),
        )[0]
        return JobStats(r[0], r[1], float(r[2]), float(r[3]), _dt(r[4]), _dt(r[5]), r[6], int(r[7]))

    # --- the per-job lease (one runner at a time) -----------------------------------------------

    def take_lease(
        self, job_id: str, owner: str, *, stale_after: float = LEASE_STALE_S
    ) -> int | None:
        """Make `owner` the job's only runner, in one transaction. Raises `JobBusy` when
        another live runner holds it; returns the pid of a stale holder taken over, else None."""
        pk = self._job_pk(job_id)
        now = self._clock()
        pid, host = os.getpid(), socket.gethostname()
        with self._tx() as db:
            held = db.execute(
                "SELECT owner, pid, host, heartbeat FROM leases WHERE job = ?", (pk,)
            ).fetchone()
            taken_over = None
            if held is not None and held[0] != owner:
                h_pid, h_host, beat = int(held[1]), str(held[2]), float(held[3])
                gone = h_host == host and not _pid_alive(h_pid)
                if not gone and now - beat < stale_after:
                    raise JobBusy(self.job(job_id).id, h_pid, h_host)
                taken_over = h_pid
            db.execute(
                "INSERT OR REPLACE INTO leases (job, owner, pid, host, heartbeat)"
                " VALUES (?, ?, ?, ?, ?)",
                (pk, owner, pid, host, now),
            )
        return taken_over

    def refresh_lease(self, job_id: str, owner: str) -> bool:
        """Renew the heartbeat; False when the lease is no longer ours (taken over)."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            cur = db.execute(
                "UPDATE leases SET heartbeat = ? WHERE job = ? AND owner = ?",
                (self._clock(), pk, owner),
            )
            return cur.rowcount == 1

    def release_lease(self, job_id: str, owner: str) -> None:
        """Give the job back (only if `owner` still holds it)."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            db.execute("DELETE FROM leases WHERE job = ? AND owner = ?", (pk, owner))

    def row_outcomes(
        self,
        job_id: str,
        states: Sequence[str] = ("rejected", "failed", *KEPT_BACK_STATES),
    ) -> list[RowOutcome]:
        """Rows in `states`, in file order, with reasons, original cells and payload.

        "invalid" and "excluded" are the rows kept back when the job was made (never sent).
        """
        pk = self._job_pk(job_id)
        out = self._sent_outcomes(pk, states)
        kept = [s for s in states if s in KEPT_BACK_STATES]
        if kept:
            marks = ",".join("?" * len(kept))
            out.extend(
                RowOutcome(row, state, code, fld, message, orjson.loads(original), {})
                for row, state, code, fld, message, original in self._read(
                    "SELECT row, state, code, field, message, original FROM kept_back"
                    f" WHERE job = ? AND state IN ({marks})",
                    (pk, *kept),
                )
            )
            out.sort(key=lambda o: o.row)
        return out

    def _sent_outcomes(self, pk: int, states: Sequence[str]) -> list[RowOutcome]:
        wanted = {code for code, name in _STATE_NAMES.items() if name in states}
        if not wanted:
            return []
        reasons = {
            r[0]: r[1:]
            for r in self._read(
                "SELECT seq, code, field, message FROM reasons WHERE job = ?", (pk,)
            )
        }
        out: list[RowOutcome] = []
        for block, states_blob in self._read(
            "SELECT block, states FROM block_states WHERE job = ? ORDER BY block", (pk,)
        ):
            hits = [i for i, st in enumerate(states_blob) if st in wanted]
            if not hits:
                continue
            data = self._block(pk, block, originals=True)
            base = block * BLOCK_SIZE
            for i in hits:
                code, fld, message = reasons.get(base + i, (None, None, None))
                out.append(
                    RowOutcome(
                        row=data.rows[i],
                        state=_STATE_NAMES[states_blob[i]],
                        code=code,
                        field=fld,
                        message=message,
                        original=data.original(i),
                        payload=orjson.loads(data.raw(i)),
                    )
                )
        return out

    def state_counts(self, job_id: str) -> dict[str, int]:
        """Row counts per state, counted from the rows themselves (for consistency checks)."""
        pk = self._job_pk(job_id)
        counts = {s: 0 for s in ("pending", *FINAL_STATES)}
        for (blob,) in self._read("SELECT states FROM block_states WHERE job = ?", (pk,)):
            for code, name in _STATE_NAMES.items():
                counts[name] += blob.count(code)
        return counts

    def reset_failed_to_pending(self, job_id: str) -> int:
        """Make failed rows pending again; returns how many. Chunks that failed as a whole
        reopen unchanged, so their re-send carries the same Idempotency-Key as before."""
        pk = self._job_pk(job_id)
        now = self._clock()
        with self._tx() as db:
            reopened: set[int] = set()
            for (seqs,) in db.execute(
                "SELECT seqs FROM chunks WHERE job = ? AND state = 'failed'", (pk,)
            ).fetchall():
                reopened.update(orjson.loads(seqs))
            reset: list[int] = []
            for block, blob in db.execute(
                "SELECT block, states FROM block_states WHERE job = ?", (pk,)
            ).fetchall():
                if FAILED not in blob:
                    continue
                states = bytearray(blob)
                base = block * BLOCK_SIZE
                for i, st in enumerate(states):
                    if st == FAILED:
                        states[i] = IN_CHUNK if base + i in reopened else FREE
                        reset.append(base + i)
                db.execute(
                    "UPDATE block_states SET states = ? WHERE job = ? AND block = ?",
                    (bytes(states), pk, block),
                )
            db.executemany(
                "DELETE FROM reasons WHERE job = ? AND seq = ?", [(pk, seq) for seq in reset]
            )
            n = len(reset)
            db.execute(
                "UPDATE chunks SET state = 'open', attempts = 0, updated_at = ?"
                " WHERE job = ? AND state = 'failed'",
                (now, pk),
            )
            if n:
                db.execute(
                    "UPDATE jobs SET failed = failed - ?, state = 'paused', finished_at = NULL,"
                    " updated_at = ? WHERE pk = ?",
                    (n, now, pk),
                )
        return n

    def already_accepted(
        self, destination_id: str, base_url: str, records: Iterable[Record]
    ) -> int:
        """How many of `records` were accepted before by this destination at this base URL."""
        return self.accepted_before(
            destination_id, base_url, (content_hash(r.payload) for r in records)
        ).count

    def accepted_before(
        self, destination_id: str, base_url: str, hashes: Iterable[bytes]
    ) -> AcceptedBefore:
        """How many of these content hashes (`content_hash`) this destination at this base
        URL accepted in earlier jobs, and when the newest such job was last active."""
        earlier = self.accepted_prefixes(destination_id, base_url)
        count = 0
        stream = iter(hashes)
        while earlier.prefixes.size and (part := list(itertools.islice(stream, 65536))):
            count += earlier.count_in(part)
        return AcceptedBefore(count, earlier.last_active if count else None)

    def accepted_prefixes(self, destination_id: str, base_url: str) -> EarlierAcceptances:
        """Every row this destination at this base URL accepted in earlier jobs, as one sorted
        8-byte hash prefix per row (never an object per row)."""
        import numpy as np

        jobs = self._read(
            "SELECT pk, updated_at FROM jobs WHERE destination_id = ? AND base_url = ?"
            " AND accepted > 0 ORDER BY updated_at DESC",
            (destination_id, _norm_url(base_url)),
        )
        parts: list[np.ndarray] = []
        for pk, _ in jobs:
            for states, stored in self._read(
                "SELECT s.states, b.hashes FROM block_states s JOIN row_blocks b"
                " ON b.job = s.job AND b.block = s.block WHERE s.job = ?",
                (pk,),
            ):
                if ACCEPTED not in states:
                    continue
                mask = np.frombuffer(states, dtype=np.uint8) == ACCEPTED
                parts.append(np.frombuffer(stored, dtype="<u8").reshape(-1, 2)[:, 0][mask])
        prefixes = np.unique(np.concatenate(parts)) if parts else np.empty(0, "<u8")
        return EarlierAcceptances(prefixes, _dt(jobs[0][1]) if jobs else None)

    def discard_job(self, job_id: str) -> None:
        """Delete a job that was prepared but never started (the operator declined to send)."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            state = db.execute("SELECT state FROM jobs WHERE pk = ?", (pk,)).fetchone()[0]
            if state != JobState.PENDING:
                raise ValueError(f"job {job_id} has started; it cannot be discarded")
            for table in ("row_blocks", "block_states", "reasons", "chunks", "kept_back", "leases"):
                db.execute(f"DELETE FROM {table} WHERE job = ?", (pk,))
            db.execute("DELETE FROM jobs WHERE pk = ?", (pk,))

    def _block(self, pk: int, block: int, *, originals: bool = False) -> _Block:
        columns = "rows, payloads, ends, originals" if originals else "rows, payloads, ends, NULL"
        r = self._read(
            f"SELECT {columns} FROM row_blocks WHERE job = ? AND block = ?", (pk, block)
        )[0]
        ends = array("I")
        ends.frombytes(r[2])
        return _Block(orjson.loads(r[0]), r[1], ends, orjson.loads(r[3]) if r[3] else None)

    # --- engine side ---------------------------------------------------------------------------

    def set_state(
        self,
        job_id: str,
        state: str,
        *,
        last_error: str | None = None,
        started: bool = False,
        finished: bool = False,
    ) -> None:
        """Record the job's state (and when it started/finished, and why it stopped)."""
        if state not in JOB_STATES:
            raise ValueError(f"unknown job state {state!r}")
        pk = self._job_pk(job_id)
        now = self._clock()
        last_error = redact_text(last_error) if last_error else last_error  # the last guard
        with self._tx() as db:
            db.execute(
                "UPDATE jobs SET state = ?, updated_at = ?, last_error = ?,"
                " started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END,"
                " finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE pk = ?",
                (state, now, last_error, started, now, finished, now, pk),
            )

    def add_stats(
        self,
        job_id: str,
        *,
        requests: int = 0,
        retries: int = 0,
        rate_wait_s: float = 0.0,
        retry_after_wait_s: float = 0.0,
        resent_after_lost: int = 0,
    ) -> None:
        """Add to the job's counters for the receipt."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            _add_stats(
                db, pk, requests, retries, rate_wait_s, retry_after_wait_s, resent_after_lost
            )

    def load_open_chunks(self, job_id: str) -> list[ChunkPlan]:
        """Chunks committed but not settled (in flight when the process stopped), oldest first."""
        pk = self._job_pk(job_id)
        rows = self._read(
            "SELECT pk, no, idem_key, seqs, attempts FROM chunks WHERE job = ? AND state = 'open'"
            " ORDER BY pk",
            (pk,),
        )
        return [ChunkPlan(r[0], r[1], r[2], tuple(orjson.loads(r[3])), r[4]) for r in rows]

    def next_free_rows(self, job_id: str, after_seq: int, limit: int) -> list[JournalRow]:
        """Pending rows in no chunk, in file order, after `after_seq`."""
        pk = self._job_pk(job_id)
        out: list[JournalRow] = []
        block = max(0, (after_seq + 1) // BLOCK_SIZE)
        while len(out) < limit:
            # A few blocks at a time: a long job is never read whole to find the next rows.
            page = self._read(
                "SELECT block, states FROM block_states WHERE job = ? AND block >= ?"
                " ORDER BY block LIMIT 8",
                (pk, block),
            )
            if not page:
                break
            for block, states in page:
                if FREE not in states:
                    continue
                base = block * BLOCK_SIZE
                hits = [i for i, st in enumerate(states) if st == FREE and base + i > after_seq]
                if not hits:
                    continue
                data = self._block(pk, block)
                out.extend(data.row(base, i) for i in hits[: limit - len(out)])
                if len(out) >= limit:
                    break
            block = page[-1][0] + 1
        return out

    def rows_for(self, job_id: str, seqs: Sequence[int]) -> list[JournalRow]:
        """The rows with these seqs, in the order given."""
        pk = self._job_pk(job_id)
        blocks: dict[int, _Block] = {}
        out: list[JournalRow] = []
        for seq in seqs:
            block, i = divmod(seq, BLOCK_SIZE)
            if block not in blocks:
                blocks[block] = self._block(pk, block)
            out.append(blocks[block].row(block * BLOCK_SIZE, i))
        return out

    def open_chunks(
        self, job_id: str, groups: Sequence[Sequence[int]], *, attempts: int = 0
    ) -> list[ChunkPlan]:
        """Commit new chunks (fresh Idempotency-Keys) for these groups of pending rows."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            states = _States(db, pk)
            plans = _open_chunks(db, pk, groups, attempts, states, self._clock())
            states.flush()
            return plans

    def record_attempt(
        self, chunk: ChunkPlan, attempts: int, *, status: int | None, error: str
    ) -> None:
        """A send of this chunk failed transiently; it stays open with the same key."""
        now = self._clock()
        error = redact_text(error)  # the last guard: credential shapes never reach the file
        with self._tx() as db:
            db.execute(
                "UPDATE chunks SET attempts = ?, last_status = ?, last_error = ?, updated_at = ?,"
                " sent = 1 WHERE pk = ?",
                (attempts, status, error, now, chunk.pk),
            )

    def settle_chunk(
        self,
        job_id: str,
        chunk: ChunkPlan,
        *,
        chunk_state: str,
        accepted: Sequence[int] = (),
        rejected: Sequence[tuple[int, str, str | None, str]] = (),
        failed: Sequence[tuple[int, str, str]] = (),
        new_groups: Sequence[Sequence[int]] = (),
        new_attempts: int = 0,
        attempts: int | None = None,
        status: int | None = None,
        note: str = "",
        requests: int = 0,
        retries: int = 0,
        rate_wait_s: float = 0.0,
        retry_after_wait_s: float = 0.0,
        resent_after_lost: int = 0,
        sent: bool = True,
    ) -> tuple[list[ChunkPlan], tuple[int, int, int]]:
        """Apply a parsed response in one transaction: row states, the chunk's end state
        ("done", "split", "failed"), any follow-up chunks (retry subsets, split parts) with new
        keys, duplicate-guard hashes and the job counters. `sent=False` for a chunk settled
        without ever being sent (split before its first send).

        Returns the new chunks and (accepted, rejected, failed) rows actually changed.
        """
        pk = self._job_pk(job_id)
        now = self._clock()
        with self._tx() as db:
            states = _States(db, pk)
            n_acc = states.finish(accepted, ACCEPTED)
            n_rej = states.finish([r[0] for r in rejected], REJECTED)
            n_fail = states.finish([f[0] for f in failed], FAILED)
            if rejected or failed:
                db.executemany(
                    "INSERT OR REPLACE INTO reasons (job, seq, code, field, message)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(pk, seq, code, fld, msg) for seq, code, fld, msg in rejected]
                    + [(pk, seq, code, None, msg) for seq, code, msg in failed],
                )
            db.execute(
                "UPDATE chunks SET state = ?, attempts = COALESCE(?, attempts), last_status = ?,"
                " last_error = ?, updated_at = ?, sent = MAX(sent, ?) WHERE pk = ?",
                (chunk_state, attempts, status, note or None, now, int(sent), chunk.pk),
            )
            plans = (
                _open_chunks(db, pk, new_groups, new_attempts, states, self._clock())
                if new_groups
                else []
            )
            states.flush()
            db.execute(
                "UPDATE jobs SET accepted = accepted + ?, rejected = rejected + ?,"
                " failed = failed + ?, updated_at = ? WHERE pk = ?",
                (n_acc, n_rej, n_fail, now, pk),
            )
            _add_stats(
                db, pk, requests, retries, rate_wait_s, retry_after_wait_s, resent_after_lost
            )
        return plans, (n_acc, n_rej, n_fail)

    def release_chunks(self, job_id: str, chunks: Sequence[ChunkPlan]) -> None:
        """Give back chunks that were never sent (cancel): their rows become free again."""
        if not chunks:
            return
        pk = self._job_pk(job_id)
        now = self._clock()
        with self._tx() as db:
            states = _States(db, pk)
            for chunk in chunks:
                db.execute(
                    "UPDATE chunks SET state = 'released', updated_at = ?"
                    " WHERE pk = ? AND state = 'open'",
                    (now, chunk.pk),
                )
                states.mark(chunk.seqs, FREE, only_from=(IN_CHUNK,))
            states.flush()

    def recent_request_times(self, destination_id: str, base_url: str, since: float) -> list[float]:
        """Wall-clock times (epoch s) after `since` of requests recorded for this destination
        and base URL, across jobs: a new run starts its request budget from them. A chunk
        keeps the time of its last answer (or of its creation while unanswered)."""
        rows = self._read(
            "SELECT c.updated_at FROM chunks c JOIN jobs j ON j.pk = c.job"
            " WHERE j.destination_id = ? AND j.base_url = ? AND c.updated_at > ?"
            " AND c.state != 'released' AND (c.attempts > 0 OR c.state = 'open')",
            (destination_id, _norm_url(base_url), since),
        )
        return [float(r[0]) for r in rows]

    def chunk_states(self, job_id: str) -> dict[str, int]:
        """Chunk counts per state (diagnostics and tests)."""
        pk = self._job_pk(job_id)
        return dict(
            self._read("SELECT state, COUNT(*) FROM chunks WHERE job = ? GROUP BY state", (pk,))
        )

    # --- sends as they leave (exact receipts after a crash) -------------------------------------

    def note_sends(self, job_id: str, sends: Sequence[tuple[int, bool, int]]) -> None:
        """Record requests about to go on the wire, before they leave, in one transaction:
        per chunk (pk, is a retry, rows re-sent that the server may hold from a lost answer).
        Each chunk is marked as having no answer yet (`last_status` `NO_ANSWER`) until its
        answer is recorded; the job counts the requests. Not fsynced: in WAL mode it survives
        a crash of the process (what it is for), and the next answer's commit syncs it."""
        if not sends:
            return
        pk = self._job_pk(job_id)
        now = time.time()
        with self._lock:
            self._db.execute("PRAGMA synchronous=NORMAL")
            try:
                with self._tx() as db:
                    db.executemany(
                        "UPDATE chunks SET last_status = ?, last_error = NULL, updated_at = ?"
                        " WHERE pk = ? AND job = ?",
                        [(NO_ANSWER, now, chunk, pk) for chunk, _, _ in sends],
                    )
                    _add_stats(
                        db,
                        pk,
                        len(sends),
                        sum(1 for _, retry, _ in sends if retry),
                        0.0,
                        0.0,
                        sum(resent for _, _, resent in sends),
                    )
            finally:
                self._db.execute("PRAGMA synchronous=FULL")

    def unnote_send(self, job_id: str, chunk_pk: int, retry: bool, resent: int) -> None:
        """Take back a `note_sends` entry whose request never left (cancelled just before)."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            db.execute(
                "UPDATE chunks SET last_status = ? WHERE pk = ? AND job = ?",
                (NO_ANSWER if resent else None, chunk_pk, pk),
            )
            _add_stats(db, pk, -1, -int(retry), 0.0, 0.0, -resent)

    def unanswered_chunks(self, job_id: str) -> set[int]:
        """Open chunks (pks) whose last send got no recorded answer (in flight at a crash or
        stop, or its answer lost): the server may hold their rows."""
        pk = self._job_pk(job_id)
        rows = self._read(
            "SELECT pk FROM chunks WHERE job = ? AND state = 'open' AND last_status = ?",
            (pk, NO_ANSWER),
        )
        return {int(r[0]) for r in rows}


def _open_chunks(
    db: sqlite3.Connection,
    job_pk: int,
    groups: Sequence[Sequence[int]],
    attempts: int,
    states: _States,
    now: float,
) -> list[ChunkPlan]:
    (next_no,) = db.execute("SELECT next_chunk_no FROM jobs WHERE pk = ?", (job_pk,)).fetchone()
    plans: list[ChunkPlan] = []
    for group in groups:
        seqs = tuple(int(s) for s in group)
        key = str(uuid.uuid4())
        cur = db.execute(
            "INSERT INTO chunks (job, no, idem_key, seqs, attempts, state, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
            (job_pk, next_no, key, orjson.dumps(seqs), attempts, now, now),
        )
        states.mark(seqs, IN_CHUNK, only_from=_PENDING)
        plans.append(ChunkPlan(int(cur.lastrowid or 0), next_no, key, seqs, attempts))
        next_no += 1
    db.execute("UPDATE jobs SET next_chunk_no = ? WHERE pk = ?", (next_no, job_pk))
    return plans


class _States:
    """Row states of one job inside one transaction: read blocks on demand, write back dirty."""

    def __init__(self, db: sqlite3.Connection, job_pk: int) -> None:
        self._db = db
        self._pk = job_pk
        self._blocks: dict[int, bytearray] = {}
        self._dirty: set[int] = set()

    def _load(self, block: int) -> bytearray:
        states = self._blocks.get(block)
        if states is None:
            (blob,) = self._db.execute(
                "SELECT states FROM block_states WHERE job = ? AND block = ?", (self._pk, block)
            ).fetchone()
            states = self._blocks[block] = bytearray(blob)
        return states

    def mark(self, seqs: Iterable[int], value: int, *, only_from: tuple[int, ...]) -> int:
        """Set rows whose state is in `only_from` to `value`; returns how many changed."""
        changed = 0
        current_block = -1
        states = bytearray()
        for seq in seqs:
            block, i = divmod(seq, BLOCK_SIZE)
            if block != current_block:
                current_block = block
                states = self._load(block)
                self._dirty.add(block)
            if states[i] in only_from:
                states[i] = value
                changed += 1
        return changed

    def finish(self, seqs: Iterable[int], value: int) -> int:
        """Move pending rows to a final state; returns how many actually changed."""
        return self.mark(seqs, value, only_from=_PENDING)

    def flush(self) -> None:
        self._db.executemany(
            "UPDATE block_states SET states = ? WHERE job = ? AND block = ?",
            [(bytes(self._blocks[b]), self._pk, b) for b in sorted(self._dirty)],
        )
        self._dirty.clear()


@dataclass(frozen=True, slots=True)
class _Block:
    rows: list[int]
    payloads: bytes  # a JSON array; payload i spans (ends[i-1] or 0) + 1 .. ends[i]
    ends: array[int]
    # Row-wise (a list of dicts, older journals) or columnar ({"headers", "cells"}).
    originals: list[dict[str, str] | None] | dict[str, Any] | None

    def original(self, i: int) -> dict[str, str]:
        """Row i's original cells by header ({} when none were stored)."""
        kept = self.originals
        if not kept:
            return {}
        if isinstance(kept, dict):
            return {h: col[i] for h, col in zip(kept["headers"], kept["cells"], strict=True)}
        return kept[i] or {}

    def raw(self, i: int) -> bytes:
        start = self.ends[i - 1] + 1 if i else 1
        return self.payloads[start : self.ends[i]]

    def row(self, base: int, i: int) -> JournalRow:
        return JournalRow(base + i, self.rows[i], self.raw(i))


def _add_stats(
    db: sqlite3.Connection,
    pk: int,
    requests: int,
    retries: int,
    rate_wait_s: float,
    retry_after_wait_s: float,
    resent_after_lost: int = 0,
) -> None:
    if requests or retries or rate_wait_s or retry_after_wait_s or resent_after_lost:
        db.execute(
            "UPDATE jobs SET requests = requests + ?, retries = retries + ?,"
            " rate_wait_s = rate_wait_s + ?, retry_after_wait_s = retry_after_wait_s + ?,"
            " resent_after_lost = resent_after_lost + ? WHERE pk = ?",
            (requests, retries, rate_wait_s, retry_after_wait_s, resent_after_lost, pk),
        )


def _norm_url(url: str) -> str:
    return url.strip().rstrip("/")


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# Re-exported: recovery of a damaged file is its own module, callers open the journal here.
from app.core.journal_recovery import open_or_set_aside  # noqa: E402

__all__ = [
    "AcceptedBefore",
    "EarlierAcceptances",
    "JobSource",
    "KeptBackRow",
    "RowBlock",
    "content_hash",
    "open_or_set_aside",
    "payload_json",
]
