"""What the journal says about a job's rows for reports and receipts: each row's outcome with
its reason and cells, counts per state, the job's request numbers, and the rows a destination
accepted before (the cross-run duplicate guard)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

from app.core.job_rows import (
    KEPT_BACK_STATES,
    AcceptedBefore,
    EarlierAcceptances,
    content_hash,
)
from app.core.journal_base import JournalBase
from app.core.journal_store import (
    ACCEPTED,
    BLOCK_SIZE,
    FINAL_STATES,
    STATE_NAMES,
    as_datetime,
    norm_url,
)
from app.core.records import Record

if TYPE_CHECKING:  # numpy is imported where it is used: the engine's process never needs it
    import numpy as np


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


class JournalReads(JournalBase):
    """The journal's report and receipt reads (mixed into `Journal`)."""

    def job_stats(self, job_id: str) -> JobStats:
        """Requests, retries, waits and start/finish times of a job."""
        pk = self._job_pk(job_id)
        r = self._read(
            "SELECT requests, retries, rate_wait_s, retry_after_wait_s, started_at, finished_at,"
            " (SELECT COUNT(*) FROM chunks WHERE job = jobs.pk AND sent = 1), resent_after_lost"
            " FROM jobs WHERE pk = ?",
            (pk,),
        )[0]
        started, finished = as_datetime(r[4]), as_datetime(r[5])
        return JobStats(r[0], r[1], float(r[2]), float(r[3]), started, finished, r[6], int(r[7]))

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
        wanted = {code for code, name in STATE_NAMES.items() if name in states}
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
                        state=STATE_NAMES[states_blob[i]],
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
            for code, name in STATE_NAMES.items():
                counts[name] += blob.count(code)
        return counts

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
            (destination_id, norm_url(base_url)),
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
        return EarlierAcceptances(prefixes, as_datetime(jobs[0][1]) if jobs else None)
