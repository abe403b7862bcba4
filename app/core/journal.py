"""The upload journal: every job, chunk and row state in SQLite, so nothing is lost or sent twice.

SQLite in WAL mode with `synchronous=FULL`: a committed state survives a crash or power loss.
Rows are stored in blocks of 1,000 (`app.core.journal_store`), so a million-row job is a
thousand inserts, not a million, and the uploader can put a row's stored JSON on the wire
without decoding it. The file's schema is a version ladder (`app.core.journal_schema`). No
secret is ever stored here.

`Journal` is made of parts, one module each: connections and plumbing (`journal_base`), the
uploader's side (`journal_engine`), one runner per job (`journal_leases`), reads for reports
and receipts (`journal_outcomes`); jobs themselves live here.

Public API:
- `Journal(path=None)` (default `data_dir()/journal.sqlite3`), `.close()`; usable as a context
  manager and from one worker thread at a time (calls are serialised by a lock). Raises
  `JournalTooNew` (plain words, file untouched) for a journal of a newer Backfill.
- Preparing while sending (`app.core.journal_prepare`): `.begin_job(source) -> job id` (state
  "preparing", no rows), `.append_blocks(job_id, blocks) -> rows so far` (each call its own
  committed transaction; the uploader may send them at once), `.finish_preparing(job_id,
  kept_back)` (→ "pending"); `.stored_block_rows(job_id, block)`. `JobSummary.preparing` says
  the rows are not all written yet.
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
- `.event_times(job_id)`, `.event_time_blocks(job_id)` (the receipt's picture of time),
  `.accepted_user_hashes(destination_id, base_url)` (users new to a destination):
  `journal_insight`.
- `open_or_set_aside(path=None) -> Journal`: as `Journal(path)`, but a damaged file (or one of
  a newer Backfill) is moved aside (`journal.sqlite3.damaged-<UTC time>`, with its -wal/-shm)
  and a fresh journal opened; the returned journal's `.recovery_note` then says so in plain
  words (else None).
- `.take_lease(job_id, owner)`, `.refresh_lease(job_id, owner) -> bool`,
  `.release_lease(job_id, owner)`: one runner per job (raises `JobBusy` while another live
  Backfill holds it; a lease whose process is gone, or silent for `LEASE_STALE_S`, is taken over).
- Engine side (used by the uploader): `open_chunks`, `load_open_chunks`, `next_free_rows`,
  `rows_for`, `record_attempt`, `settle_chunks` (answers that arrive together settled in one
  transaction, all or none; `settle_chunk` for one), `release_chunks`, `set_state`, `add_stats`,
  `recent_request_times` (the request budget survives restarts), `note_sends` and
  `unanswered_chunks` (each request recorded as it leaves); `state_counts` and
  `chunk_states` count from the stored rows and chunks (consistency checks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from app.core.job_rows import (
    AcceptedBefore,
    EarlierAcceptances,
    JobSource,
    KeptBackRow,
    RowBlock,
    content_hash,
    payload_json,
)
from app.core.jobstate import JobState
from app.core.journal_engine import JOB_STATES, JournalEngine
from app.core.journal_insight import JournalInsight
from app.core.journal_leases import LEASE_HEARTBEAT_S, LEASE_STALE_S, JobBusy, JournalLeases
from app.core.journal_outcomes import JobStats, JournalReads, RowOutcome
from app.core.journal_pairs import JournalPairs, Pair
from app.core.journal_prepare import (
    JournalPreparing,
    PreparationOrderError,
    end_preparing,
    insert_blocks,
    insert_job,
    insert_kept_back,
    new_job_id,
)
from app.core.journal_schema import SCHEMA_VERSION, JournalTooNew
from app.core.journal_store import (
    BLOCK_SIZE,
    FAILED,
    FINAL_STATES,
    FREE,
    IN_CHUNK,
    NO_ANSWER,
    TRANSIENT_CODE,
    ChunkPlan,
    JournalRow,
    as_datetime,
)
from app.core.records import Record


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
    # Its rows are still being written (or were, when the process stopped): `rows` so far.
    preparing: bool = False

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
            "preparing": self.preparing,
        }


class Journal(
    JournalPairs, JournalLeases, JournalEngine, JournalReads, JournalInsight, JournalPreparing
):
    """See the module docstring."""

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
        job_id = new_job_id()
        now = self._clock()
        with self._tx() as db:
            pk = insert_job(db, job_id, now, source)
            # In the job's own transaction: a pair's part exists with its link or not at all.
            first_state = self._join_pair(db, pk, source)
            insert_blocks(db, pk, blocks, first_state)
            insert_kept_back(db, pk, kept_back)
            end_preparing(db, pk, now)
        return job_id

    _JOB_COLUMNS = (
        "id, source_path, destination_id, base_url, profile_name, state, created_at, updated_at,"
        " rows, accepted, rejected, failed, source_sha256, source_info, mapping, last_error,"
        " (SELECT COUNT(*) FROM kept_back k WHERE k.job = jobs.pk AND k.state = 'invalid'),"
        " (SELECT COUNT(*) FROM kept_back k WHERE k.job = jobs.pk AND k.state = 'excluded'),"
        " preparing"
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
            created_at=as_datetime(r[6]) or datetime.now(UTC),
            updated_at=as_datetime(r[7]) or datetime.now(UTC),
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
            preparing=bool(r[18]),
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
        """Jobs with rows still pending or still to be written (crashed, paused, cancelled or
        never started)."""
        return [j for j in self.list_jobs() if j.pending > 0 or j.preparing]

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

    def discard_job(self, job_id: str) -> None:
        """Delete a job that was never started (the operator declined to send, or its
        preparation failed before anything was sent)."""
        pk = self._job_pk(job_id)
        with self._tx() as db:
            state, rows = db.execute("SELECT state, rows FROM jobs WHERE pk = ?", (pk,)).fetchone()
            sent = db.execute("SELECT 1 FROM chunks WHERE job = ? LIMIT 1", (pk,)).fetchone()
            # A runner may have run over a job with no rows at all (its file had no valid row).
            if sent or (state not in (JobState.PENDING, JobState.PREPARING) and rows):
                raise ValueError(f"job {job_id} has started; it cannot be discarded")
            for table in ("row_blocks", "block_states", "reasons", "chunks", "kept_back", "leases"):
                db.execute(f"DELETE FROM {table} WHERE job = ?", (pk,))
            self._leave_pair(db, pk)
            db.execute("DELETE FROM jobs WHERE pk = ?", (pk,))


# Re-exported: recovery of a damaged file is its own module, callers open the journal here.
from app.core.journal_recovery import open_or_set_aside  # noqa: E402

__all__ = [
    "BLOCK_SIZE",
    "FINAL_STATES",
    "JOB_STATES",
    "LEASE_HEARTBEAT_S",
    "LEASE_STALE_S",
    "NO_ANSWER",
    "SCHEMA_VERSION",
    "TRANSIENT_CODE",
    "AcceptedBefore",
    "ChunkPlan",
    "EarlierAcceptances",
    "JobBusy",
    "JobSource",
    "JobStats",
    "JobSummary",
    "Journal",
    "JournalRow",
    "JournalTooNew",
    "KeptBackRow",
    "Pair",
    "PreparationOrderError",
    "RowBlock",
    "RowOutcome",
    "content_hash",
    "open_or_set_aside",
    "payload_json",
]
