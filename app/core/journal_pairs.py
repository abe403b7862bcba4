"""The journal's side of a pair (`app.core.pair`): a users job and the events job made from
the same sheet, linked in the `pairs` table, and the one step that lets each event row go once
its user's outcome is known.

An events job's rows are stored HELD (pending, never planned into a chunk). `release_events`
reads the users job's outcomes and, in one transaction, frees the event rows whose user was
accepted and rejects those whose user was rejected or never sent; rows whose user is still
pending or failed stay held. Running it again changes nothing more, so a crash anywhere
around it is harmless.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

import orjson

from app.core.job_rows import JobSource
from app.core.journal_base import JournalBase
from app.core.journal_store import ACCEPTED, BLOCK_SIZE, FREE, HELD, REJECTED

if TYPE_CHECKING:  # numpy is imported where it is used: the engine's process never needs it
    import numpy as np

USER_REJECTED = "user_rejected"  # reason code of an event row whose user was rejected
USER_NOT_SENT = "user_not_sent"  # … whose user was kept back (invalid or left out)


@dataclass(frozen=True)
class Pair:
    """A users job and its events job (None while the pair's preparation never finished)."""

    users_job: str
    events_job: str | None

    @property
    def complete(self) -> bool:
        """Both parts were stored (a pair whose preparation was cut short has no events job)."""
        return self.events_job is not None


@dataclass(frozen=True)
class Release:
    """What one `release_events` did: rows freed to send, rejected unsent, still held."""

    freed: int
    rejected: int
    held: int


class JournalPairs(JournalBase):
    """Pairs of jobs (mixed into `Journal`)."""

    def _join_pair(self, db: sqlite3.Connection, pk: int, source: JobSource) -> int:
        """Link a new job into its pair inside its creating transaction; the state its rows
        start in (HELD for an events part)."""
        if source.pair_role == "users":
            db.execute(
                "INSERT INTO pairs (users_job, events_job, created_at) VALUES (?, NULL, ?)",
                (pk, self._clock()),
            )
        elif source.pair_role == "events":
            users_pk = self._job_pk(source.pair_users_job or "")
            cur = db.execute(
                "UPDATE pairs SET events_job = ? WHERE users_job = ? AND events_job IS NULL",
                (pk, users_pk),
            )
            if cur.rowcount != 1:
                raise ValueError(f"job {source.pair_users_job} does not wait for an events job")
            return HELD
        elif source.pair_role is not None:
            raise ValueError(f"unknown pair role {source.pair_role!r}")
        return FREE

    def _first_state(self, db: sqlite3.Connection, pk: int) -> int:
        linked = db.execute("SELECT 1 FROM pairs WHERE events_job = ?", (pk,)).fetchone()
        return HELD if linked else FREE

    def _leave_pair(self, db: sqlite3.Connection, pk: int) -> None:
        db.execute("DELETE FROM pairs WHERE users_job = ? OR events_job = ?", (pk, pk))

    def pair_of(self, job_id: str) -> Pair | None:
        """The pair this job is a part of (either part's id), else None."""
        pk = self._job_pk(job_id)
        rows = self._read(
            "SELECT u.id, e.id FROM pairs p JOIN jobs u ON u.pk = p.users_job"
            # An events part still being written is not yet part of a complete pair.
            " LEFT JOIN jobs e ON e.pk = p.events_job AND e.preparing = 0"
            " WHERE p.users_job = ? OR p.events_job = ?",
            (pk, pk),
        )
        return Pair(rows[0][0], rows[0][1]) if rows else None

    def unfinished_events_job(self, pair: Pair) -> str | None:
        """The events part of a pair whose writing was cut short, if it got that far."""
        rows = self._read(
            "SELECT e.id FROM pairs p JOIN jobs e ON e.pk = p.events_job"
            " WHERE p.users_job = ? AND e.preparing = 1",
            (self._job_pk(pair.users_job),),
        )
        return str(rows[0][0]) if rows else None

    def held_rows(self, job_id: str) -> int:
        """Rows of an events part still waiting for their user's outcome."""
        pk = self._job_pk(job_id)
        blobs = self._read("SELECT states FROM block_states WHERE job = ?", (pk,))
        return sum(blob.count(HELD) for (blob,) in blobs)

    def release_events(self, pair: Pair) -> Release:
        """Free the held event rows whose user was accepted, reject those whose user was
        rejected or never sent (with the user's reason); one transaction."""
        if pair.events_job is None:
            raise ValueError(f"the pair of job {pair.users_job} has no events job")
        users_pk, events_pk = self._job_pk(pair.users_job), self._job_pk(pair.events_job)
        with self._tx() as db:
            users = _UserOutcomes(db, users_pk)
            freed = rejected = held = 0
            reasons: list[tuple[int, int, str, str | None, str]] = []
            for block, blob in db.execute(
                "SELECT block, states FROM block_states WHERE job = ? ORDER BY block",
                (events_pk,),
            ).fetchall():
                if HELD not in blob:
                    continue
                (rows_json,) = db.execute(
                    "SELECT rows FROM row_blocks WHERE job = ? AND block = ?", (events_pk, block)
                ).fetchone()
                rows = orjson.loads(rows_json)
                states = bytearray(blob)
                for i, st in enumerate(states):
                    if st != HELD:
                        continue
                    user = users.for_row(rows[i])
                    if user is None:
                        held += 1
                    elif user is _ACCEPTED:
                        states[i] = FREE
                        freed += 1
                    else:
                        states[i] = REJECTED
                        rejected += 1
                        reasons.append((events_pk, block * BLOCK_SIZE + i, *user))
                db.execute(
                    "UPDATE block_states SET states = ? WHERE job = ? AND block = ?",
                    (bytes(states), events_pk, block),
                )
            db.executemany(
                "INSERT OR REPLACE INTO reasons (job, seq, code, field, message)"
                " VALUES (?, ?, ?, ?, ?)",
                reasons,
            )
            if rejected:
                db.execute(
                    "UPDATE jobs SET rejected = rejected + ?, updated_at = ? WHERE pk = ?",
                    (rejected, self._clock(), events_pk),
                )
        return Release(freed, rejected, held)


# The user was accepted: its event may go.
_ACCEPTED = ("", None, "")


class _UserOutcomes:
    """The users part's outcome per spreadsheet row, read once inside a transaction (a few
    bytes per row in arrays, not an object per row)."""

    def __init__(self, db: sqlite3.Connection, users_pk: int) -> None:
        import numpy as np

        numbers: list[np.ndarray] = []
        states: list[np.ndarray] = []
        for rows_json, blob in db.execute(
            "SELECT b.rows, s.states FROM row_blocks b JOIN block_states s"
            " ON s.job = b.job AND s.block = b.block WHERE b.job = ? ORDER BY b.block",
            (users_pk,),
        ):
            numbers.append(np.asarray(orjson.loads(rows_json), dtype=np.int64))
            states.append(np.frombuffer(blob, dtype=np.uint8))
        rows = np.concatenate(numbers) if numbers else np.empty(0, np.int64)
        self._order = np.argsort(rows, kind="stable")
        self._rows = rows[self._order]
        self._states = np.concatenate(states) if states else np.empty(0, np.uint8)
        self._db = db
        self._pk = users_pk
        self._kept: dict[int, str] | None = None

    def for_row(self, row: int) -> tuple[str, str | None, str] | None:
        """`_ACCEPTED` when the row's user was accepted; (code, field, message) of the event's
        rejection when its user was rejected or never sent; None while it may be delivered."""
        import numpy as np

        at = int(np.searchsorted(self._rows, row))
        if at < self._rows.size and int(self._rows[at]) == row:
            seq = int(self._order[at])
            state = int(self._states[seq])
            if state == ACCEPTED:
                return _ACCEPTED
            if state == REJECTED:
                found = self._db.execute(
                    "SELECT message, code FROM reasons WHERE job = ? AND seq = ?", (self._pk, seq)
                ).fetchone()
                why = (found[0] or found[1]) if found else None
                return USER_REJECTED, None, f"its user was rejected: {why or 'no reason given'}"
            return None  # pending or failed: a retry may still deliver it
        return USER_NOT_SENT, None, f"its user was not sent: {self._kept_reason(row)}"

    def _kept_reason(self, row: int) -> str:
        if self._kept is None:
            self._kept = {
                int(r): str(message or state)
                for r, state, message in self._db.execute(
                    "SELECT row, state, message FROM kept_back WHERE job = ?", (self._pk,)
                )
            }
        return self._kept.get(row, "it was not in the upload")
