"""How a job's rows, row states and chunks are laid out in the journal file, and the small
writers the journal's transactions share (row states, new chunks, job counters).

Rows are stored in blocks of `BLOCK_SIZE` (payloads, original cells, content hashes as one blob
each; row states as one byte per row), so a million-row job is a thousand inserts.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import sqlite3
import uuid
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from app.core.records import Record

if TYPE_CHECKING:  # numpy is imported where used: the engine alone never loads it
    import numpy as np

BLOCK_SIZE = 1000
FINAL_STATES = ("accepted", "rejected", "failed")
TRANSIENT_CODE = "transient"  # reason code of rows that failed by exhausting their retries
# A chunk's `last_status` while its last send has no recorded answer (no HTTP status is 0).
NO_ANSWER = 0

# One byte per row. FREE, IN_CHUNK and HELD are all "pending" to the outside world. HELD: an
# event row of a pair waiting for its user's outcome (app.core.pair); nothing sends it, as
# only FREE rows are planned into chunks, until `release_events` frees or rejects it.
FREE, IN_CHUNK, ACCEPTED, REJECTED, FAILED, HELD = 0, 1, 2, 3, 4, 5
STATE_NAMES = {
    FREE: "pending",
    IN_CHUNK: "pending",
    HELD: "pending",
    ACCEPTED: "accepted",
    REJECTED: "rejected",
    FAILED: "failed",
}
PENDING_CODES = (FREE, IN_CHUNK)


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


def insert_chunks(
    db: sqlite3.Connection,
    job_pk: int,
    groups: Sequence[Sequence[int]],
    attempts: int,
    states: RowStates,
    now: float,
) -> list[ChunkPlan]:
    """Insert one open chunk (a fresh Idempotency-Key) per group and mark its rows in a chunk."""
    (next_no,) = db.execute("SELECT next_chunk_no FROM jobs WHERE pk = ?", (job_pk,)).fetchone()
    plans: list[ChunkPlan] = []
    for group in groups:
        seqs = tuple(map(int, group))
        key = str(uuid.uuid4())
        cur = db.execute(
            "INSERT INTO chunks (job, no, idem_key, seqs, attempts, state, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 'open', ?, ?)",
            (job_pk, next_no, key, orjson.dumps(seqs), attempts, now, now),
        )
        states.mark(seqs, IN_CHUNK, only_from=PENDING_CODES)
        plans.append(ChunkPlan(int(cur.lastrowid or 0), next_no, key, seqs, attempts))
        next_no += 1
    db.execute("UPDATE jobs SET next_chunk_no = ? WHERE pk = ?", (next_no, job_pk))
    return plans


class RowStates:
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
        import numpy as np

        at = np.fromiter(seqs, dtype=np.int64)
        if not at.size:
            return 0
        blocks = at // BLOCK_SIZE
        # Runs of one block (a chunk's seqs are in file order: usually one or two runs).
        cuts = [0, *(np.flatnonzero(blocks[1:] != blocks[:-1]) + 1).tolist(), at.size]
        changed = 0
        for start, stop in itertools.pairwise(cuts):
            block = int(blocks[start])
            changed += self._mark_in(block, at[start:stop] - block * BLOCK_SIZE, value, only_from)
        return changed

    def _mark_in(
        self, block: int, offsets: np.ndarray, value: int, only_from: tuple[int, ...]
    ) -> int:
        import numpy as np

        states = self._load(block)
        self._dirty.add(block)
        if _repeats(offsets):
            # A row twice: one by one, so a repeat sees the state its first mark left.
            changed = 0
            for i in offsets.tolist():
                if states[i] in only_from:
                    states[i] = value
                    changed += 1
            return changed
        view = np.frombuffer(states, dtype=np.uint8)  # writes go to the block's bytearray
        allowed = np.zeros(256, dtype=bool)
        allowed[list(only_from)] = True
        hit = offsets[allowed[view[offsets]]]
        view[hit] = value
        return int(hit.size)

    def finish(self, seqs: Iterable[int], value: int) -> int:
        """Move pending rows to a final state; returns how many actually changed."""
        return self.mark(seqs, value, only_from=PENDING_CODES)

    def flush(self) -> None:
        """Write the changed blocks back (inside the same transaction)."""
        self._db.executemany(
            "UPDATE block_states SET states = ? WHERE job = ? AND block = ?",
            [(bytes(self._blocks[b]), self._pk, b) for b in sorted(self._dirty)],
        )
        self._dirty.clear()


@dataclass(frozen=True, slots=True)
class StoredBlock:
    """One stored block of rows as read back: row numbers, payload JSON, original cells."""

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
        """Row i's payload JSON exactly as stored."""
        start = self.ends[i - 1] + 1 if i else 1
        return self.payloads[start : self.ends[i]]

    def row(self, base: int, i: int) -> JournalRow:
        """Row i as the uploader needs it (`base`: the block's first seq)."""
        return JournalRow(base + i, self.rows[i], self.raw(i))

    def rows_at(self, base: int, offsets: np.ndarray) -> list[JournalRow]:
        """The rows at these offsets, as `row` gives them, sliced in one pass."""
        import numpy as np

        ends = np.frombuffer(self.ends, dtype=np.uintc)
        stop = ends[offsets]
        start = np.where(offsets > 0, ends[offsets - 1] + 1, 1)
        payloads = self.payloads
        raws = [payloads[a:b] for a, b in zip(start.tolist(), stop.tolist(), strict=True)]
        rows = np.asarray(self.rows, dtype=np.int64)[offsets].tolist()
        return list(map(_new_row, zip((offsets + base).tolist(), rows, raws, strict=True)))


# JournalRow from a (seq, row, raw) tuple without a Python-level __new__ per row (a thousand a chunk).
_new_row = functools.partial(tuple.__new__, JournalRow)


def _repeats(offsets: np.ndarray) -> bool:
    """Whether an offset comes twice (cheap when they rise, as a chunk's do)."""
    import numpy as np

    if offsets.size < 2 or bool(np.all(offsets[1:] > offsets[:-1])):
        return False
    return bool(np.unique(offsets).size != offsets.size)


def free_offsets(states: bytes, first: int = 0) -> np.ndarray:
    """Offsets in a block's row states of the rows free to plan (FREE), from `first` on."""
    import numpy as np

    free = np.flatnonzero(np.frombuffer(states, dtype=np.uint8) == FREE)
    return free[np.searchsorted(free, first) :] if first > 0 else free


def add_job_stats(
    db: sqlite3.Connection,
    pk: int,
    requests: int,
    retries: int,
    rate_wait_s: float,
    retry_after_wait_s: float,
    resent_after_lost: int = 0,
) -> None:
    """Add to a job's receipt counters (no write when there is nothing to add)."""
    if requests or retries or rate_wait_s or retry_after_wait_s or resent_after_lost:
        db.execute(
            "UPDATE jobs SET requests = requests + ?, retries = retries + ?,"
            " rate_wait_s = rate_wait_s + ?, retry_after_wait_s = retry_after_wait_s + ?,"
            " resent_after_lost = resent_after_lost + ? WHERE pk = ?",
            (requests, retries, rate_wait_s, retry_after_wait_s, resent_after_lost, pk),
        )


def norm_url(url: str) -> str:
    """A base URL as stored (no surrounding spaces, no trailing slash)."""
    return url.strip().rstrip("/")


def as_datetime(value: float | None) -> datetime | None:
    """A stored epoch time as an aware UTC datetime (None stays None)."""
    return None if value is None else datetime.fromtimestamp(value, UTC)
