"""One runner per job: a lease in the journal (owner, pid, host, heartbeat).

`Uploader.run` takes the job's lease, renews it every `LEASE_HEARTBEAT_S` and gives it back at
the end. A lease whose process is gone (same host), or silent for `LEASE_STALE_S`, is taken
over; otherwise `take_lease` raises `JobBusy`. Heartbeats are stored in the journal's clock
(`Journal(clock=...)`), so tests age a lease without waiting.
"""

from __future__ import annotations

import os
import socket
import sys

from app.core.journal_base import JournalBase

# A runner refreshes its lease every LEASE_HEARTBEAT_S; one silent for LEASE_STALE_S is dead
# (a crashed run on another machine sharing the data directory, or a reused pid here).
LEASE_HEARTBEAT_S = 30.0
LEASE_STALE_S = 120.0


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


class JournalLeases(JournalBase):
    """The journal's lease calls (mixed into `Journal`)."""

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
                    raise JobBusy(self._job_id(pk), h_pid, h_host)
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
