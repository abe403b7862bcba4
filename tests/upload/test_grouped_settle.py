"""Answers settled together (`Journal.settle_chunks`): one transaction, all or nothing (also
across a SIGKILL inside it), the same states and counts as one by one; and the vectorised
reads and marks give exactly what the row-by-row code gave."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.core.journal import Journal
from app.core.journal_engine import Settle, Settled
from app.core.journal_store import (
    BLOCK_SIZE,
    FREE,
    PENDING_CODES,
    JournalRow,
    RowStates,
)
from app.core.uploader import ChunkLogEntry, Progress, Uploader, UploadSettings
from tests.upload.jobs import (
    assert_exactly_once,
    assert_journal_consistent,
    make_job,
    records,
    sandbox_job,
    uploader,
)
from tests.upload.test_journal import assert_counts_add_up

REPO = Path(__file__).resolve().parents[2]


def _job(journal: Journal, n: int) -> str:
    return make_job(journal, "flokit-events", "http://127.0.0.1:9999", records("flokit-events", n))


def _commits(journal: Journal) -> list[str]:
    """Statements the journal's write connection runs from now on."""
    seen: list[str] = []
    journal._db.set_trace_callback(seen.append)
    return seen


def test_several_answers_in_one_call_one_commit_right_states_and_counts(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = _job(journal, 30)
        a, b, c = journal.open_chunks(job_id, [range(0, 10), range(10, 20), range(20, 30)])
        statements = _commits(journal)
        results = journal.settle_chunks(
            job_id,
            [
                Settle(a, "done", accepted=range(10), status=200, requests=1),
                Settle(
                    b,
                    "done",
                    accepted=range(10, 15),
                    rejected=[(s, "validation", "user_id", "bad") for s in (15, 16, 17)],
                    new_groups=[[18, 19]],
                    new_attempts=1,
                    attempts=1,
                    requests=1,
                    retries=1,
                ),
                Settle(c, "failed", failed=[(s, "transient", "503") for s in range(20, 30)]),
            ],
        )
        journal._db.set_trace_callback(None)
        assert [s for s in statements if s == "COMMIT"] == ["COMMIT"]  # one commit, one sync
        assert [changed for _, changed in results] == [(10, 0, 0), (5, 3, 0), (0, 0, 10)]
        assert [plans for plans, _ in results][0::2] == [[], []]
        (retry,) = results[1][0]
        assert retry.seqs == (18, 19) and retry.attempts == 1
        assert retry.idem_key not in {a.idem_key, b.idem_key, c.idem_key}
        job = journal.job(job_id)
        assert (job.accepted, job.rejected, job.failed, job.pending) == (15, 3, 10, 2)
        assert_counts_add_up(journal, job_id)
        assert journal.chunk_states(job_id) == {"done": 2, "failed": 1, "open": 1}
        assert journal.load_open_chunks(job_id) == [retry]
        stats = journal.job_stats(job_id)
        assert (stats.requests, stats.retries) == (2, 1)
        assert [o.state for o in journal.row_outcomes(job_id)] == ["rejected"] * 3 + ["failed"] * 10


def test_grouped_settle_ends_as_one_by_one(tmp_path: Path) -> None:
    """The same answers settled one call each and all in one call leave the same journal."""
    ends = []
    for grouped in (False, True):
        with Journal(tmp_path / f"j{grouped}.sqlite3") as journal:
            job_id = _job(journal, 3000)
            chunks = journal.open_chunks(job_id, [range(i, i + 250) for i in range(0, 3000, 250)])
            rng = random.Random(7)
            settles = []
            for chunk in chunks:
                seqs = list(chunk.seqs)
                rng.shuffle(seqs)
                settles.append(
                    Settle(
                        chunk,
                        "done",
                        accepted=seqs[:200],
                        rejected=[(s, "v", None, "m") for s in seqs[200:220]],
                        new_groups=[sorted(seqs[220:])],
                        requests=1,
                    )
                )
            if grouped:
                results = journal.settle_chunks(job_id, settles)
            else:
                results = [journal.settle_chunks(job_id, [s])[0] for s in settles]
            assert_counts_add_up(journal, job_id)
            job = journal.job(job_id)
            ends.append(
                (
                    [changed for _, changed in results],
                    [p.seqs for plans, _ in results for p in plans],
                    (job.accepted, job.rejected, job.failed, job.pending),
                    journal.state_counts(job_id),
                    journal.chunk_states(job_id),
                    journal.job_stats(job_id).requests,
                )
            )
    assert ends[0] == ends[1]
    assert ends[1][2] == (2400, 240, 0, 360)


def test_a_group_that_fails_part_way_leaves_nothing_of_it(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = _job(journal, 20)
        a, b = journal.open_chunks(job_id, [range(10), range(10, 20)])
        broken = Settle(b, "done", accepted=[10, 5 * BLOCK_SIZE])  # a row the job lacks
        with pytest.raises(TypeError):
            journal.settle_chunks(job_id, [Settle(a, "done", accepted=range(10)), broken])
        job = journal.job(job_id)
        assert (job.accepted, job.pending) == (0, 20)  # the first answer was rolled back too
        assert journal.chunk_states(job_id) == {"open": 2}
        assert_counts_add_up(journal, job_id)
        journal.settle_chunks(job_id, [Settle(a, "done", accepted=range(10))])
        assert journal.job(job_id).accepted == 10


# A process that settles a group and is killed (SIGKILL, by itself) inside the transaction,
# after the group's first answers were applied but before its commit.
KILLED_MID_GROUP = """
import os, signal, sys
from pathlib import Path
import app.core.journal_engine as engine
from app.core.journal import Journal
from app.core.journal_engine import Settle

applied = []
settle_one = engine._settle_one

def then_die(*args):
    out = settle_one(*args)
    applied.append(out)
    if len(applied) == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)
    return out

engine._settle_one = then_die
journal = Journal(Path(sys.argv[1]))
job_id = sys.argv[2]
chunks = journal.load_open_chunks(job_id)
journal.settle_chunks(job_id, [Settle(c, "done", accepted=c.seqs, requests=1) for c in chunks])
print("not killed")
"""


def test_sigkill_inside_a_group_settles_none_of_it(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        job_id = _job(journal, 2500)
        chunks = journal.open_chunks(job_id, [range(i, i + 500) for i in range(0, 2500, 500)])
    for killed_after in (1, 4):
        child = subprocess.run(
            [sys.executable, "-c", KILLED_MID_GROUP, str(path), job_id, str(killed_after)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert child.returncode == -signal.SIGKILL, child.stderr
        with Journal(path) as journal:
            job = journal.job(job_id)
            assert (job.accepted, job.pending) == (0, 2500)
            assert journal.load_open_chunks(job_id) == chunks  # all still to be re-sent
            assert journal.job_stats(job_id).requests == 0
            assert_counts_add_up(journal, job_id)
    # Not killed: the whole group at once.
    child = subprocess.run(
        [sys.executable, "-c", KILLED_MID_GROUP, str(path), job_id, "0"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0 and "not killed" in child.stdout, child.stderr
    with Journal(path) as journal:
        assert journal.job(job_id).accepted == 2500
        assert journal.chunk_states(job_id) == {"done": 5}
        assert_counts_add_up(journal, job_id)


# --- the vectorised reads and marks against the row-by-row code they replaced ---------------


def python_next_free_rows(
    journal: Journal, job_id: str, after_seq: int, limit: int
) -> list[JournalRow]:
    """`next_free_rows` as it was: every row's state looked at in Python."""
    pk = journal._job_pk(job_id)
    out: list[JournalRow] = []
    block = max(0, (after_seq + 1) // BLOCK_SIZE)
    while len(out) < limit:
        page = journal._read(
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
            data = journal._block(pk, block)
            out.extend(data.row(base, i) for i in hits[: limit - len(out)])
            if len(out) >= limit:
                break
        block = page[-1][0] + 1
    return out


def _scramble(journal: Journal, job_id: str, rng: random.Random, p_free: float) -> None:
    """Random row states (every code, runs of one state, whole blocks without a free row)."""
    pk = journal._job_pk(job_id)
    with journal._tx() as db:
        blocks = db.execute("SELECT block, states FROM block_states WHERE job = ?", (pk,))
        for block, states in blocks.fetchall():
            if rng.random() < 0.2:
                new = bytes([rng.choice((1, 2, 3, 4, 5))] * len(states))
            else:
                new = bytes(
                    FREE if rng.random() < p_free else rng.choice((1, 2, 3, 4, 5)) for _ in states
                )
            db.execute(
                "UPDATE block_states SET states = ? WHERE job = ? AND block = ?", (new, pk, block)
            )


def test_next_free_rows_is_exactly_the_row_by_row_one_on_random_states(tmp_path: Path) -> None:
    rng = random.Random(20261208)
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = _job(journal, 9 * BLOCK_SIZE + 377)  # a short last block
        rows = journal.job(job_id).rows
        for p_free in (0.0, 0.02, 0.5, 0.97, 1.0):
            _scramble(journal, job_id, rng, p_free)
            for _ in range(25):
                after = rng.choice([-1, 0, rows - 1, rows, rng.randrange(-1, rows)])
                limit = rng.choice([1, 7, 999, 1000, 1001, 2500, rows + 10])
                got = journal.next_free_rows(job_id, after, limit)
                want = python_next_free_rows(journal, job_id, after, limit)
                assert got == want, (p_free, after, limit)
                assert all(type(r) is JournalRow and type(r.raw) is bytes for r in got)


def python_mark(
    blocks: dict[int, bytearray], seqs: list[int], value: int, only_from: tuple[int, ...]
) -> int:
    """`RowStates.mark` as it was: one row at a time."""
    changed = 0
    for seq in seqs:
        block, i = divmod(seq, BLOCK_SIZE)
        if blocks[block][i] in only_from:
            blocks[block][i] = value
            changed += 1
    return changed


def test_row_state_marks_are_exactly_the_row_by_row_ones(tmp_path: Path) -> None:
    rng = random.Random(99)
    with Journal(tmp_path / "j.sqlite3") as journal:
        job_id = _job(journal, 4 * BLOCK_SIZE)
        _scramble(journal, job_id, rng, 0.4)
        pk = journal._job_pk(job_id)
        rows = journal.job(job_id).rows
        for case in range(60):
            n = rng.choice([0, 1, 2, 50, 1000, 2500])
            seqs = rng.sample(range(rows), n)
            if case % 3 == 0:
                seqs.sort()  # a chunk's rows: in file order, across a block boundary
            if case % 4 == 1 and seqs:
                seqs += rng.choices(seqs, k=max(1, n // 10))  # repeats
                rng.shuffle(seqs)
            if case % 4 == 3 and seqs:
                seqs = sorted(seqs + seqs[: n // 5 + 1])  # repeats side by side, in one block
            value = rng.choice((0, 1, 2, 3, 4, 5))
            only_from = rng.choice((PENDING_CODES, (0,), (1,), (0, 5), (value, 2)))
            with journal._tx() as db:
                before = {
                    b: bytearray(s)
                    for b, s in db.execute(
                        "SELECT block, states FROM block_states WHERE job = ?", (pk,)
                    )
                }
                states = RowStates(db, pk)
                got = states.mark(iter(seqs), value, only_from=only_from)
                states.flush()
                after = {
                    b: bytes(s)
                    for b, s in db.execute(
                        "SELECT block, states FROM block_states WHERE job = ?", (pk,)
                    )
                }
            want = python_mark(before, seqs, value, only_from)
            assert got == want, case
            assert after == {b: bytes(s) for b, s in before.items()}, case


# --- the engine: answers arriving together share a commit; counts add up at every answer ----


class Waves(httpx.AsyncBaseTransport):
    """Forwards to the sandbox and hands answers back in waves of `size` at once (the last
    ones after `tail_s`), as a server answering a burst of requests together does."""

    def __init__(self, size: int, tail_s: float = 1.0) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._size = size
        self._tail_s = tail_s
        self._held: list[asyncio.Event] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        await response.aread()
        released = asyncio.Event()
        self._held.append(released)
        if len(self._held) == self._size:
            for event in self._held:
                event.set()
            self._held = []
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(released.wait(), self._tail_s)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_answers_arriving_together_share_one_commit_and_counts_add_up(sandbox) -> None:
    n, size = 4000, 250
    settings = dataclasses.replace(
        UploadSettings.fixed_concurrency(4), chunk_size=size, backoff_base=0.01
    )
    groups: list[int] = []
    checked: list[int] = []
    with Journal() as journal:
        job_id = sandbox_job(journal, sandbox, "vibefollow-events", n)
        settle_chunks = journal.settle_chunks

        def slow_disk(job: str, settles: list[Settle]) -> list[Settled]:
            time.sleep(0.05)  # a disk whose sync takes a while: the next answers queue up
            groups.append(len(settles))
            return settle_chunks(job, settles)

        journal.settle_chunks = slow_disk  # type: ignore[method-assign]

        def on_chunk(entry: ChunkLogEntry) -> None:
            assert up is not None
            shown = up.progress()
            assert shown.accepted + shown.rejected + shown.failed + shown.pending == n
            stored = journal.job(job_id)  # committed (and synced) before it was counted
            assert stored.accepted >= shown.accepted and stored.pending <= shown.pending
            assert stored.accepted + stored.rejected + stored.failed + stored.pending == n
            checked.append(entry.chunk)

        async def upload() -> Progress:
            client = httpx.AsyncClient(transport=Waves(4), timeout=30.0)
            try:
                return await up_with(client).run()
            finally:
                await client.aclose()

        up: Uploader | None = None

        def up_with(client: httpx.AsyncClient) -> Uploader:
            nonlocal up
            up = uploader(
                journal, job_id, sandbox, settings=settings, on_chunk=on_chunk, client=client
            )
            return up

        final = asyncio.run(upload())
        assert final.state == "finished" and final.accepted == n
        assert len(checked) == n // size
        assert sum(groups) == n // size and max(groups) > 1, groups
        assert_journal_consistent(journal, job_id)
        assert journal.chunk_states(job_id) == {"done": n // size}
    assert_exactly_once(sandbox, "vibefollow-events", set(range(n)))


def test_the_engine_and_its_journal_load_no_numpy_until_used() -> None:
    code = "import sys, app.core.uploader, app.core.journal; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr
