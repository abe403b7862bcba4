"""The journal's engine side, used by the uploader: chunks committed before their first send,
each request noted as it leaves, parsed answers settled in one transaction (answers that
arrive together in one, a group commit: one sync for several), the job's state.

Rules the uploader follows with it: a chunk (its rows, Idempotency-Key, attempts) is committed
*before* its first send; a row's state changes only on a parsed response; after a crash the
open chunks are re-sent first, with their stored key.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from app.core.jobstate import JobState
from app.core.journal_base import JournalBase
from app.core.journal_store import (
    ACCEPTED,
    BLOCK_SIZE,
    FAILED,
    FREE,
    IN_CHUNK,
    NO_ANSWER,
    REJECTED,
    ChunkPlan,
    JournalRow,
    RowStates,
    StoredBlock,
    add_job_stats,
    free_offsets,
    insert_chunks,
    norm_url,
)
from app.core.redaction import redact_text

JOB_STATES = tuple(state.value for state in JobState)
# What settling one answer gives back: the new chunks, and (accepted, rejected, failed) changed.
Settled = tuple[list[ChunkPlan], tuple[int, int, int]]


class JournalEngine(JournalBase):
    """The uploader's journal calls (mixed into `Journal`)."""

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
            add_job_stats(
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
                base = block * BLOCK_SIZE
                hits = free_offsets(states, after_seq - base + 1)[: limit - len(out)]
                if hits.size:
                    out.extend(self._block(pk, block).rows_at(base, hits))
                    if len(out) >= limit:
                        break
            block = page[-1][0] + 1
        return out

    def rows_for(self, job_id: str, seqs: Sequence[int]) -> list[JournalRow]:
        """The rows with these seqs, in the order given."""
        pk = self._job_pk(job_id)
        blocks: dict[int, StoredBlock] = {}
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
            states = RowStates(db, pk)
            plans = insert_chunks(db, pk, groups, attempts, states, self._clock())
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

    def settle_chunk(self, job_id: str, chunk: ChunkPlan, **settle: Any) -> Settled:
        """Apply one parsed response in one transaction (see `Settle` for the keywords);
        returns the new chunks and (accepted, rejected, failed) rows actually changed."""
        return self.settle_chunks(job_id, [Settle(chunk, **settle)])[0]

    def settle_chunks(self, job_id: str, settles: Sequence[Settle]) -> list[Settled]:
        """Apply several parsed responses in ONE transaction (one commit, one sync): all of
        them or, after a crash, none. Per response, in order: the new chunks and the rows
        actually changed (accepted, rejected, failed)."""
        if not settles:
            return []
        pk = self._job_pk(job_id)
        now = self._clock()
        out: list[Settled] = []
        with self._tx() as db:
            states = RowStates(db, pk)
            for settle in settles:
                out.append(_settle_one(db, pk, states, settle, now))
            states.flush()
            n_acc, n_rej, n_fail = (sum(c[i] for _, c in out) for i in range(3))
            db.execute(
                "UPDATE jobs SET accepted = accepted + ?, rejected = rejected + ?,"
                " failed = failed + ?, updated_at = ? WHERE pk = ?",
                (n_acc, n_rej, n_fail, now, pk),
            )
            add_job_stats(
                db,
                pk,
                sum(s.requests for s in settles),
                sum(s.retries for s in settles),
                sum(s.rate_wait_s for s in settles),
                sum(s.retry_after_wait_s for s in settles),
                sum(s.resent_after_lost for s in settles),
            )
        return out

    def release_chunks(self, job_id: str, chunks: Sequence[ChunkPlan]) -> None:
        """Give back chunks that were never sent (cancel): their rows become free again."""
        if not chunks:
            return
        pk = self._job_pk(job_id)
        now = self._clock()
        with self._tx() as db:
            states = RowStates(db, pk)
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
            (destination_id, norm_url(base_url), since),
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
        now = self._clock()  # the clock seam, like every stored time
        with self._lock:
            self._db.execute("PRAGMA synchronous=NORMAL")
            try:
                with self._tx() as db:
                    db.executemany(
                        "UPDATE chunks SET last_status = ?, last_error = NULL, updated_at = ?"
                        " WHERE pk = ? AND job = ?",
                        [(NO_ANSWER, now, chunk, pk) for chunk, _, _ in sends],
                    )
                    add_job_stats(
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
            add_job_stats(db, pk, -1, -int(retry), 0.0, 0.0, -resent)

    def unanswered_chunks(self, job_id: str) -> set[int]:
        """Open chunks (pks) whose last send got no recorded answer (in flight at a crash or
        stop, or its answer lost): the server may hold their rows."""
        pk = self._job_pk(job_id)
        rows = self._read(
            "SELECT pk FROM chunks WHERE job = ? AND state = 'open' AND last_status = ?",
            (pk, NO_ANSWER),
        )
        return {int(r[0]) for r in rows}


@dataclass(frozen=True, slots=True)
class Settle:
    """One parsed response to apply: row states, the chunk's end state ("done", "split",
    "failed"), follow-up chunks (retry subsets, split parts) with new keys, the job counters.
    `sent=False` for a chunk settled without ever being sent (split before its first send)."""

    chunk: ChunkPlan
    chunk_state: str
    accepted: Sequence[int] = ()
    rejected: Sequence[tuple[int, str, str | None, str]] = ()
    failed: Sequence[tuple[int, str, str]] = ()
    new_groups: Sequence[Sequence[int]] = ()
    new_attempts: int = 0
    attempts: int | None = None
    status: int | None = None
    note: str = ""
    requests: int = 0
    retries: int = 0
    rate_wait_s: float = 0.0
    retry_after_wait_s: float = 0.0
    resent_after_lost: int = 0
    sent: bool = True


def _settle_one(
    db: sqlite3.Connection, pk: int, states: RowStates, s: Settle, now: float
) -> Settled:
    """One response's share of `settle_chunks` (inside its transaction)."""
    n_acc = states.finish(s.accepted, ACCEPTED)
    n_rej = states.finish([r[0] for r in s.rejected], REJECTED)
    n_fail = states.finish([f[0] for f in s.failed], FAILED)
    if s.rejected or s.failed:
        db.executemany(
            "INSERT OR REPLACE INTO reasons (job, seq, code, field, message)"
            " VALUES (?, ?, ?, ?, ?)",
            [(pk, seq, code, fld, msg) for seq, code, fld, msg in s.rejected]
            + [(pk, seq, code, None, msg) for seq, code, msg in s.failed],
        )
    db.execute(
        "UPDATE chunks SET state = ?, attempts = COALESCE(?, attempts), last_status = ?,"
        " last_error = ?, updated_at = ?, sent = MAX(sent, ?) WHERE pk = ?",
        (s.chunk_state, s.attempts, s.status, s.note or None, now, int(s.sent), s.chunk.pk),
    )
    plans = insert_chunks(db, pk, s.new_groups, s.new_attempts, states, now) if s.new_groups else []
    return plans, (n_acc, n_rej, n_fail)
